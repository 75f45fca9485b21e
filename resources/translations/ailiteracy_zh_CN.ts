<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>ailiteracy is already open on this computer with the same data folder.
Please switch to the window that is already open, or close it first.</source>
        <translation>ailiteracy 已经在这台电脑上打开了(使用的是同一个数据文件夹)。
请切换到已经打开的那个窗口,或者先把它关掉。</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>已经打开了</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学习者</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>请选出所有符合的选项(可以多选)。</translation>
    </message>
    <message>
        <source>Your choice: right.</source>
        <translation>您的选择:正确。</translation>
    </message>
    <message>
        <source>Your choice: not right.</source>
        <translation>您的选择:不正确。</translation>
    </message>
    <message>
        <source>→ You missed this right answer.</source>
        <translation>→ 您漏选了这个正确答案。</translation>
    </message>
</context>
<context>
    <name>ClaimWidget</name>
    <message>
        <source>The AI assistant&apos;s answer (a training example)</source>
        <translation>AI 助手的回答(练习用的例子)</translation>
    </message>
    <message>
        <source>AI answer</source>
        <translation>AI 的回答</translation>
    </message>
    <message>
        <source>Sources you can use</source>
        <translation>可以参考的来源</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>来源 %1</translation>
    </message>
    <message>
        <source>Claim %1:</source>
        <translation>说法 %1:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Verdict for claim %1</source>
        <translation>对说法 %1 的判断</translation>
    </message>
    <message>
        <source>(no source chosen)</source>
        <translation>(没有选择来源)</translation>
    </message>
    <message>
        <source>Deciding source for claim %1</source>
        <translation>判断说法 %1 所依据的来源</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>判断:</translation>
    </message>
    <message>
        <source>Deciding source:</source>
        <translation>依据的来源:</translation>
    </message>
    <message>
        <source>Deciding source: %1.</source>
        <translation>依据的来源:%1。</translation>
    </message>
    <message>
        <source>Right verdict: %1.</source>
        <translation>正确的判断:%1。</translation>
    </message>
</context>
<context>
    <name>GlossaryView</name>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Type to filter terms</source>
        <translation>输入文字来筛选术语</translation>
    </message>
    <message>
        <source>Filter glossary terms</source>
        <translation>筛选术语表中的术语</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>术语列表</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>释义</translation>
    </message>
    <message>
        <source>Open the &amp;lesson that explains it</source>
        <translation>打开讲解它的课(&amp;L)</translation>
    </message>
    <message>
        <source>Open the lesson that explains this term</source>
        <translation>打开讲解这个术语的课</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Learn to use AI safely and to check what it tells you</source>
        <translation>学会安全地使用 AI,并核实它告诉您的内容</translation>
    </message>
    <message>
        <source>Choose a module in the list, or continue where you stopped. Your progress is saved on this computer after every answer.</source>
        <translation>请在列表中选择一个模块,或者从上次停下的地方继续学习。每回答一道题,您的学习进度都会保存在这台电脑上。</translation>
    </message>
    <message>
        <source>&amp;Continue where I left off</source>
        <translation>从上次停下的地方继续(&amp;C)</translation>
    </message>
    <message>
        <source>Continue where I left off</source>
        <translation>从上次停下的地方继续</translation>
    </message>
    <message>
        <source>Review questions that are due</source>
        <translation>复习到期的题目</translation>
    </message>
    <message>
        <source>Progress overview</source>
        <translation>学习进度总览</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长(分钟)</translation>
    </message>
    <message>
        <source>Lessons read</source>
        <translation>已读的课</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>最高分</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>About</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>&amp;Open the selected module</source>
        <translation>打开选中的模块(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected module</source>
        <translation>打开选中的模块</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>还没有</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Lesson text</source>
        <translation>课文</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>下一课(&amp;N)</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>下一课</translation>
    </message>
    <message>
        <source>&amp;Read aloud</source>
        <translation>朗读(&amp;R)</translation>
    </message>
    <message>
        <source>Read the lesson aloud</source>
        <translation>朗读这一课</translation>
    </message>
    <message>
        <source>Take the &amp;quiz</source>
        <translation>参加测验(&amp;Q)</translation>
    </message>
    <message>
        <source>Take the module quiz</source>
        <translation>参加本模块的测验</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Not yet translated: shown in English.</source>
        <translation>还没有翻译,暂时显示英文。</translation>
    </message>
    <message>
        <source>In this lesson you will learn to:</source>
        <translation>在这一课中,您将学会:</translation>
    </message>
    <message>
        <source>Reading aloud is not installed on this computer. An administrator can add it by installing PySide6-Addons (pip install PySide6-Addons).</source>
        <translation>这台电脑上没有安装朗读功能。管理员可以安装 PySide6-Addons 来添加这个功能(pip install PySide6-Addons)。</translation>
    </message>
    <message>
        <source>This computer has no speech voice, so the lesson cannot be read aloud. An administrator can install one (on Linux: speech-dispatcher and espeak-ng).</source>
        <translation>这台电脑上没有可用的朗读语音,所以无法朗读这一课。管理员可以安装语音(在 Linux 上:speech-dispatcher 和 espeak-ng)。</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>朗读</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ailiteracy main window</source>
        <translation>ailiteracy 主窗口</translation>
    </message>
    <message>
        <source>Modules and lessons</source>
        <translation>模块和课</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Guest session: nothing you do is saved on this computer. To keep your progress, use File &gt; Export my progress before you leave.</source>
        <translation>访客模式:您在这里做的一切都不会保存在这台电脑上。如果想保留学习进度,请在离开前使用“文件 &gt; 导出我的学习进度”。</translation>
    </message>
    <message>
        <source>Guest session notice</source>
        <translation>访客模式提示</translation>
    </message>
    <message>
        <source>Sign-out warning</source>
        <translation>退出登录提醒</translation>
    </message>
    <message>
        <source>&amp;Stay signed in</source>
        <translation>保持登录(&amp;S)</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>保持登录</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export my progress…</source>
        <translation>导出我的学习进度(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import progress…</source>
        <translation>导入学习进度(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Home and progress</source>
        <translation>主页和学习进度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>术语表(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Module &amp;list</source>
        <translation>模块列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>显示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Default colours</source>
        <translation>默认颜色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Dark colours</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Content &amp;problems…</source>
        <translation>内容问题(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About ailiteracy</source>
        <translation>关于 ailiteracy(&amp;A)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>还没读</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>That lesson is not available.</source>
        <translation>这一课目前无法打开。</translation>
    </message>
    <message>
        <source>Links are switched off</source>
        <translation>链接已关闭</translation>
    </message>
    <message>
        <source>On this computer, web links cannot be opened. The address is:
%1</source>
        <translation>这台电脑上不能打开网页链接。网址是:
%1</translation>
    </message>
    <message>
        <source>That link does not lead anywhere.</source>
        <translation>这个链接没有指向任何内容。</translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation>要打开网页吗?</translation>
    </message>
    <message>
        <source>This link leads to a web page outside the app:

%1

Open it in your web browser? This needs an internet connection.</source>
        <translation>这个链接指向本程序以外的一个网页:

%1

要在网页浏览器中打开它吗?这需要连接互联网。</translation>
    </message>
    <message>
        <source>Text size: %1%</source>
        <translation>文字大小:%1%</translation>
    </message>
    <message>
        <source>Home and progress</source>
        <translation>主页和学习进度</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Move to the module list</source>
        <translation>转到模块列表</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>正常文字大小</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab	Move between controls</source>
        <translation>Tab / Shift+Tab	在按钮、选项等之间移动</translation>
    </message>
    <message>
        <source>Space	Choose an answer</source>
        <translation>Space	选择一个答案</translation>
    </message>
    <message>
        <source>Arrow keys	Move between answers in a group</source>
        <translation>Arrow keys	在同一组答案之间移动</translation>
    </message>
    <message>
        <source>Ctrl+Return	Check the answer / go on</source>
        <translation>Ctrl+Return	检查答案 / 继续</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down	Move an item when putting things in order</source>
        <translation>Alt+Up / Alt+Down	排序时上下移动选中的项目</translation>
    </message>
    <message>
        <source>Alt + underlined letter	Press that button</source>
        <translation>Alt + 带下划线的字母	按下对应的按钮</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About ailiteracy</source>
        <translation>关于 ailiteracy</translation>
    </message>
    <message>
        <source>ailiteracy %1

Learn to use AI safely and to check what it tells you. Works offline; your progress stays on this computer.</source>
        <translation>ailiteracy %1

学会安全地使用 AI,并核实它告诉您的内容。不用联网也能使用;您的学习进度只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>No one has used the computer for a while. You will be signed out in %1 seconds.</source>
        <translation>已经有一段时间没有人使用这台电脑了。%1 秒后将自动退出登录。</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Content problems</source>
        <translation>内容问题</translation>
    </message>
    <message>
        <source>List of content problems</source>
        <translation>内容问题列表</translation>
    </message>
    <message>
        <source>These files have problems. The modules they belong to are not shown until the problems are fixed; every other module works. Each line gives the file, the line number and what is wrong.</source>
        <translation>这些文件有问题。在问题修好之前,它们所属的模块不会显示;其他模块都能正常使用。每一行列出文件名、行号和出错的地方。</translation>
    </message>
    <message>
        <source>No problems found in the content.</source>
        <translation>内容中没有发现问题。</translation>
    </message>
    <message>
        <source>A progress file was damaged. What could be read has been kept, but some recent progress may be missing. The damaged file was kept as:
%1</source>
        <translation>有一个进度文件损坏了。能读取的部分已经保留下来,但最近的一些进度可能丢失了。损坏的文件已另存为:
%1</translation>
    </message>
    <message>
        <source>A progress file was damaged and could not be read, so that part of your progress starts again. The damaged file was kept as:
%1
Ask your teacher or librarian if you need it.</source>
        <translation>有一个进度文件损坏了,无法读取,所以这部分进度要从头开始。损坏的文件已另存为:
%1
如果需要这个文件,请询问您的教师或图书管理员。</translation>
    </message>
    <message>
        <source>Progress file damaged</source>
        <translation>进度文件已损坏</translation>
    </message>
</context>
<context>
    <name>MatchWidget</name>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Match for: %1</source>
        <translation>与“%1”配对的选项</translation>
    </message>
</context>
<context>
    <name>OrderWidget</name>
    <message>
        <source>Select an item and move it with the buttons or with Alt+Up and Alt+Down.</source>
        <translation>先选中一项,然后用按钮或 Alt+Up 和 Alt+Down 键移动它。</translation>
    </message>
    <message>
        <source>Items to put in order</source>
        <translation>需要排序的项目</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Move selected item up</source>
        <translation>把选中的项目往上移</translation>
    </message>
    <message>
        <source>Move selected item down</source>
        <translation>把选中的项目往下移</translation>
    </message>
    <message>
        <source>The right order:</source>
        <translation>正确的顺序:</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>How sure are you?</source>
        <translation>您有多大把握?</translation>
    </message>
    <message>
        <source>Just &amp;guessing</source>
        <translation>只是猜的(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Not sure</source>
        <translation>不太确定(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Fairly sure</source>
        <translation>比较确定(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Certain</source>
        <translation>非常确定(&amp;C)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>Read the lesson &amp;section</source>
        <translation>阅读相关的课文段落(&amp;S)</translation>
    </message>
    <message>
        <source>Open the lesson section this question tests</source>
        <translation>打开这道题考查的课文段落</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一题(&amp;P)</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>上一题</translation>
    </message>
    <message>
        <source>Check or continue</source>
        <translation>检查答案或继续</translation>
    </message>
    <message>
        <source>F&amp;inish quiz</source>
        <translation>完成测验(&amp;I)</translation>
    </message>
    <message>
        <source>Finish the quiz and see the result</source>
        <translation>完成测验并查看结果</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Questions and results</source>
        <translation>题目和结果</translation>
    </message>
    <message>
        <source>Go to the &amp;lesson section</source>
        <translation>转到相关的课文段落(&amp;L)</translation>
    </message>
    <message>
        <source>Go to the lesson section of the selected question</source>
        <translation>转到选中题目对应的课文段落</translation>
    </message>
    <message>
        <source>&amp;Review answers</source>
        <translation>查看答案(&amp;R)</translation>
    </message>
    <message>
        <source>Step through every question with the right answers</source>
        <translation>逐题查看每道题和正确答案</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再试一次(&amp;T)</translation>
    </message>
    <message>
        <source>Start a new attempt</source>
        <translation>重新做一遍测验</translation>
    </message>
    <message>
        <source>Questions (press Enter on one to review it):</source>
        <translation>题目(选中一道题后按 Enter 键即可查看):</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>测验:%1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>第 %1 题,共 %2 题</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一题(&amp;N)</translation>
    </message>
    <message>
        <source>Back to &amp;results</source>
        <translation>返回结果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>下一题(&amp;N)</translation>
    </message>
    <message>
        <source>See &amp;results</source>
        <translation>查看结果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Check answer</source>
        <translation>检查答案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>保存并继续(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save and finish</source>
        <translation>保存并完成(&amp;S)</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>答对了!</translation>
    </message>
    <message>
        <source>Partly right (%1%).</source>
        <translation>部分正确(%1%)。</translation>
    </message>
    <message>
        <source>Not right.</source>
        <translation>不正确。</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果:%1</translation>
    </message>
    <message>
        <source>You passed. The pass mark is %1%.</source>
        <translation>您通过了。及格线是 %1%。</translation>
    </message>
    <message>
        <source>Not passed yet. The pass mark is %1%. Read the sections of the questions you missed, then try again.</source>
        <translation>还没有通过。及格线是 %1%。请阅读答错题目对应的课文段落,然后再试一次。</translation>
    </message>
    <message>
        <source>Your best score: %1%.</source>
        <translation>您的最高分:%1%。</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search lessons and glossary</source>
        <translation>搜索课文和术语表</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>结果:%1 条</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Extra content folders</source>
        <translation>额外的内容文件夹</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>添加文件夹(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a content folder</source>
        <translation>添加一个内容文件夹</translation>
    </message>
    <message>
        <source>&amp;Remove folder</source>
        <translation>移除文件夹(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected content folder</source>
        <translation>移除选中的内容文件夹</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>文字大小(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>颜色(&amp;C):</translation>
    </message>
    <message>
        <source>Extra content folders (teachers&apos; own modules):</source>
        <translation>额外的内容文件夹(教师自己制作的模块):</translation>
    </message>
    <message>
        <source>More content folders are set by the administrator.</source>
        <translation>管理员还设置了其他内容文件夹。</translation>
    </message>
    <message>
        <source>Choose a content folder</source>
        <translation>选择一个内容文件夹</translation>
    </message>
</context>
<context>
    <name>ShortWidget</name>
    <message>
        <source>Your answer</source>
        <translation>您的答案</translation>
    </message>
    <message>
        <source>Accepted answers: %1.</source>
        <translation>可以接受的答案:%1。</translation>
    </message>
</context>
<context>
    <name>SpotWidget</name>
    <message>
        <source>Tick every sentence that is wrong.</source>
        <translation>请勾选每一个错误的句子。</translation>
    </message>
    <message>
        <source>Tick if this sentence is wrong</source>
        <translation>如果这句话是错的,请勾选</translation>
    </message>
    <message>
        <source>This sentence is wrong.</source>
        <translation>这句话是错的。</translation>
    </message>
    <message>
        <source>This sentence is right.</source>
        <translation>这句话是对的。</translation>
    </message>
</context>
<context>
    <name>TrueFalseWidget</name>
    <message>
        <source>&amp;True</source>
        <translation>对(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;False</source>
        <translation>错(&amp;F)</translation>
    </message>
    <message>
        <source>True</source>
        <translation>对</translation>
    </message>
    <message>
        <source>False</source>
        <translation>错</translation>
    </message>
    <message>
        <source>The answer is: %1.</source>
        <translation>答案是:%1。</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Supported by the sources</source>
        <translation>来源支持这个说法</translation>
    </message>
    <message>
        <source>Contradicted by the sources</source>
        <translation>来源与这个说法矛盾</translation>
    </message>
    <message>
        <source>Not checkable from these sources</source>
        <translation>无法用这些来源核实</translation>
    </message>
</context>
</TS>
