<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>ailiteracy is already open on this computer with the same data folder.
Please switch to the window that is already open, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <source>Choose all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice: right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice: not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ You missed this right answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimWidget</name>
    <message>
        <source>The AI assistant&apos;s answer (a training example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources you can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict for claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no source chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding source for claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding source: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right verdict: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryView</name>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter glossary terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;lesson that explains it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the lesson that explains this term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Learn to use AI safely and to check what it tells you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a module in the list, or continue where you stopped. Your progress is saved on this computer after every answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue where I left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue where I left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review questions that are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the selected module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the lesson aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the module quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet translated: shown in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this lesson you will learn to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud is not installed on this computer. An administrator can add it by installing PySide6-Addons (pip install PySide6-Addons).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no speech voice, so the lesson cannot be read aloud. An administrator can install one (on Linux: speech-dispatcher and espeak-ng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ailiteracy main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules and lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content &amp;problems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ailiteracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That lesson is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links are switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer, web links cannot be opened. The address is:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That link does not lead anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link leads to a web page outside the app:

%1

Open it in your web browser? This needs an internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the module list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab	Move between controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space	Choose an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys	Move between answers in a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return	Check the answer / go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down	Move an item when putting things in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + underlined letter	Press that button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ailiteracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ailiteracy %1

Learn to use AI safely and to check what it tells you. Works offline; your progress stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of content problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files have problems. The modules they belong to are not shown until the problems are fixed; every other module works. Each line gives the file, the line number and what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found in the content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A progress file was damaged. What could be read has been kept, but some recent progress may be missing. The damaged file was kept as:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A progress file was damaged and could not be read, so that part of your progress starts again. The damaged file was kept as:
%1
Ask your teacher or librarian if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress file damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchWidget</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderWidget</name>
    <message>
        <source>Select an item and move it with the buttons or with Alt+Up and Alt+Down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to put in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move selected item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move selected item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right order:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>How sure are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just &amp;guessing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fairly sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the lesson &amp;section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the lesson section this question tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check or continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;inish quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the quiz and see the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions and results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;lesson section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the lesson section of the selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through every question with the right answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions (press Enter on one to review it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly right (%1%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You passed. The pass mark is %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed yet. The pass mark is %1%. Read the sections of the questions you missed, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your best score: %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search lessons and glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra content folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a content folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected content folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra content folders (teachers&apos; own modules):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More content folders are set by the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a content folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortWidget</name>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted answers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpotWidget</name>
    <message>
        <source>Tick every sentence that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick if this sentence is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sentence is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sentence is right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrueFalseWidget</name>
    <message>
        <source>&amp;True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Supported by the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradicted by the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checkable from these sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
