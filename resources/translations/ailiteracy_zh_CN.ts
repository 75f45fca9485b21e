<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>The data folder %1 is a file, not a folder. Give a folder with --data-dir (or AILITERACY_DATA_DIR).</source>
        <translation>数据文件夹 %1 是一个文件，不是文件夹。请用 --data-dir（或 AILITERACY_DATA_DIR）指定一个文件夹。</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written (%2), so ailiteracy cannot keep anyone&apos;s work. Ask the administrator to make it writable, or give another folder with --data-dir.</source>
        <translation>无法写入数据文件夹 %1（%2），因此 ailiteracy 无法保存任何人的学习记录。请管理员让它可以写入，或用 --data-dir 指定另一个文件夹。</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written.</source>
        <translation>无法写入数据文件夹 %1。</translation>
    </message>
    <message>
        <source>ailiteracy is already open on this computer with the same data folder.
Please switch to the window that is already open, or close it first.</source>
        <translation>ailiteracy 已经在这台电脑上打开了（使用的是同一个数据文件夹）。
请切换到已经打开的那个窗口，或者先把它关掉。</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>已经打开了</translation>
    </message>
    <message>
        <source>The list of learners was saved by a newer version of ailiteracy. This version can open it but not change it, so new profiles and PIN changes are not possible. Ask the administrator to install the newer version.</source>
        <translation>学习者名单是由较新版本的 ailiteracy 保存的。此版本可以打开它，但不能修改它，因此无法新建档案或更改 PIN。请管理员安装较新的版本。</translation>
    </message>
    <message>
        <source>The list of learners on this computer was damaged. It has been restored from its safety copy, so no learner and no PIN is lost.</source>
        <translation>这台电脑上的学习者名单损坏了。它已从安全副本中恢复，没有丢失任何学习者或 PIN。</translation>
    </message>
    <message>
        <source>The list of learners on this computer was damaged. Every learner whose entry could be read, or whose own folder was found, is listed again with their work; a learner whose name was lost is listed as &quot;Learner&quot; with a number and can rename the profile.</source>
        <translation>这台电脑上的学习者名单损坏了。凡是记录能读取、或找到了自己文件夹的学习者，都已连同学习记录重新列出；名字丢失的学习者显示为“学习者”加一个编号，可以给档案重新命名。</translation>
    </message>
    <message>
        <source>The damaged file was kept as:
%1</source>
        <translation>损坏的文件已另存为：
%1</translation>
    </message>
    <message>
        <source>Some learners were missing from the list of learners. They have been listed again from their own folders, with their work.</source>
        <translation>学习者名单中缺少了一些学习者。已根据他们自己的文件夹，连同学习记录重新列出。</translation>
    </message>
    <message>
        <source>List of learners</source>
        <translation>学习者名单</translation>
    </message>
</context>
<context>
    <name>AssignedView</name>
    <message>
        <source>This assignment file is damaged (it is incomplete or was changed after your teacher saved it). Please ask your teacher for the file again.</source>
        <translation>这个作业文件损坏了（文件不完整，或者在教师保存之后被改动过）。请向你的教师重新要一份这个文件。</translation>
    </message>
    <message>
        <source>This is not an assignment file. Your teacher&apos;s file has a name that ends in .ailiteracy-assignment.</source>
        <translation>这不是作业文件。教师给你的文件，名字以 .ailiteracy-assignment 结尾。</translation>
    </message>
    <message>
        <source>This assignment was made with a newer version of ailiteracy. Please ask your teacher or the person who looks after this computer to update ailiteracy.</source>
        <translation>这份作业是用更新版本的 ailiteracy 制作的。请你的教师或负责管理这台电脑的人更新 ailiteracy。</translation>
    </message>
    <message>
        <source>Something in this assignment file is missing or wrong, so it cannot be used. Please ask your teacher for the file again.</source>
        <translation>这个作业文件里有内容缺失或出错，所以无法使用。请向你的教师重新要一份这个文件。</translation>
    </message>
    <message>
        <source>This file is too large to be an assignment file. Check that you chose the right file.</source>
        <translation>这个文件太大了，不会是作业文件。请检查你选的文件对不对。</translation>
    </message>
    <message>
        <source>This file could not be read (%1). Check that the USB stick is plugged in, then try again.</source>
        <translation>无法读取这个文件（%1）。请检查 U 盘是否插好，然后再试一次。</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Overdue: the due date has passed</source>
        <translation>已逾期：已经过了截止日期</translation>
    </message>
    <message>
        <source>This module is not on this computer. Please tell your teacher.</source>
        <translation>这台电脑上没有这个模块。请告诉你的教师。</translation>
    </message>
    <message>
        <source>Lessons read: %1 of %2</source>
        <translation>已读的课：%1 / %2</translation>
    </message>
    <message>
        <source>Quiz passed with %1</source>
        <translation>测验已通过，成绩 %1</translation>
    </message>
    <message>
        <source>Quiz: best %1 so far, %2 needed</source>
        <translation>测验：目前最高分 %1，需要达到 %2</translation>
    </message>
    <message>
        <source>Quiz: not taken yet, %1 needed</source>
        <translation>测验：还没有参加，需要达到 %1</translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation>已完成。%1</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>我的作业</translation>
    </message>
    <message>
        <source>Work your teacher gave you. Open the assignment file from your teacher, work through it, then save your results and hand the file to your teacher.</source>
        <translation>这里是教师布置给你的作业。请打开教师给你的作业文件，把作业做完，然后保存你的成绩，再把成绩文件交给教师。</translation>
    </message>
    <message>
        <source>Guest session: this list is forgotten when you leave. Save your results for the teacher before you go.</source>
        <translation>访客模式：你离开后，这个列表就会被清除。离开之前，请先保存好要交给教师的成绩。</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignments given to me</source>
        <translation>布置给我的作业</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>About the selected assignment</source>
        <translation>选中作业的详细信息</translation>
    </message>
    <message>
        <source>&amp;Open an assignment file…</source>
        <translation>打开作业文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an assignment file from your teacher</source>
        <translation>打开教师给你的作业文件</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start the next unfinished module</source>
        <translation>开始下一个还没完成的模块</translation>
    </message>
    <message>
        <source>Save my &amp;results for the teacher…</source>
        <translation>保存我的成绩交给教师(&amp;R)…</translation>
    </message>
    <message>
        <source>Save my results for the teacher</source>
        <translation>保存我的成绩交给教师</translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation>证书(&amp;C)…</translation>
    </message>
    <message>
        <source>Save a certificate</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <source>Re&amp;move from my list</source>
        <translation>从我的列表中移除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected assignment from my list</source>
        <translation>把选中的作业从我的列表中移除</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 done)</source>
        <translation>%1（共 %3 项，已完成 %2 项）</translation>
    </message>
    <message>
        <source>No assignments yet. Use &apos;Open an assignment file…&apos; to add one.</source>
        <translation>还没有作业。请用“打开作业文件…”来添加一份作业。</translation>
    </message>
    <message>
        <source>%1, due %2. Pass mark for the quizzes: %3.</source>
        <translation>%1，截止日期：%2。测验的及格线：%3。</translation>
    </message>
    <message>
        <source>Message from your teacher: %1</source>
        <translation>教师留言：%1</translation>
    </message>
    <message>
        <source>The due date has passed. You can still finish it and give your teacher your results.</source>
        <translation>已经过了截止日期。你仍然可以把作业做完，再把成绩交给教师。</translation>
    </message>
    <message>
        <source>Well done: everything is done. Save your results for your teacher.</source>
        <translation>做得好：全部都完成了。请保存你的成绩，交给教师。</translation>
    </message>
    <message>
        <source>Open an assignment file</source>
        <translation>打开作业文件</translation>
    </message>
    <message>
        <source>Assignment from your teacher (*%1);;All files (*)</source>
        <translation>教师布置的作业 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This assignment is already in your list.</source>
        <translation>这份作业已经在你的列表里了。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was added to your list.</source>
        <translation>已把“%1”添加到你的列表中。</translation>
    </message>
    <message>
        <source>Some of its modules are not on this computer (%1). Please tell your teacher.</source>
        <translation>其中有些模块这台电脑上没有（%1）。请告诉你的教师。</translation>
    </message>
    <message>
        <source>Everything in this assignment is done.</source>
        <translation>这份作业的所有内容都已完成。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>Your name, so that your teacher knows whose results these are:</source>
        <translation>请输入你的名字，这样教师才知道这是谁的成绩：</translation>
    </message>
    <message>
        <source>Choose an assignment in the list first.</source>
        <translation>请先在列表中选择一份作业。</translation>
    </message>
    <message>
        <source>Your results were not saved: your teacher needs your name on them.</source>
        <translation>你的成绩没有保存：成绩上必须有你的名字，教师才能知道是谁的。</translation>
    </message>
    <message>
        <source>Results for your teacher (*%1)</source>
        <translation>交给教师的成绩 (*%1)</translation>
    </message>
    <message>
        <source>Your results could not be saved in %1 (%2). Check that the USB stick is plugged in, is not full and is not write-protected, then try again.</source>
        <translation>无法把你的成绩保存到 %1（%2）。请检查 U 盘是否插好、是否已满、是否开了写保护，然后再试一次。</translation>
    </message>
    <message>
        <source>Your results were saved in:
%1

Give this file to your teacher. You can save it again later: the newest file counts.</source>
        <translation>你的成绩已保存在：
%1

请把这个文件交给教师。以后你还可以再保存一次：以最新的文件为准。</translation>
    </message>
    <message>
        <source>A certificate can be saved when everything in the assignment is done.</source>
        <translation>作业的所有内容都完成后，才能保存证书。</translation>
    </message>
    <message>
        <source>Certificate %1 - %2</source>
        <translation>证书 %1 - %2</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <source>The certificate could not be saved in %1 (%2).</source>
        <translation>无法把证书保存到 %1（%2）。</translation>
    </message>
    <message>
        <source>Your certificate was saved in:
%1</source>
        <translation>你的证书已保存在：
%1</translation>
    </message>
    <message>
        <source>Remove from my list?</source>
        <translation>要从我的列表中移除吗？</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from your list? Your progress in its modules is kept, and you can open the assignment file again later.</source>
        <translation>要把“%1”从你的列表中移除吗？你在其中各模块的学习进度会保留，以后也可以再打开这个作业文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was removed from your list.</source>
        <translation>已把“%1”从你的列表中移除。</translation>
    </message>
</context>
<context>
    <name>AssignmentsTab</name>
    <message>
        <source>Class name</source>
        <translation>班级名称</translation>
    </message>
    <message>
        <source>for example 7B</source>
        <translation>例如：七年级二班</translation>
    </message>
    <message>
        <source>Assignment title</source>
        <translation>作业标题</translation>
    </message>
    <message>
        <source>for example Week 3: Check what AI tells you</source>
        <translation>例如：第 3 周：核实 AI 告诉你的内容</translation>
    </message>
    <message>
        <source>Message to the learners</source>
        <translation>给学习者的留言</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Pass mark in percent</source>
        <translation>及格线（百分比）</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>班级(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>留言(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Pass mark:</source>
        <translation>及格线(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;What to do (tick modules, lessons or quizzes):</source>
        <translation>要做的内容（勾选模块、课或测验）(&amp;W)：</translation>
    </message>
    <message>
        <source>Modules, lessons and quizzes to assign</source>
        <translation>要布置的模块、课和测验</translation>
    </message>
    <message>
        <source>Press Space to tick or untick the selected line.</source>
        <translation>按空格键（Space）勾选或取消勾选选中的这一行。</translation>
    </message>
    <message>
        <source>Tick a module to assign all its lessons and its quiz. Open a module to tick single lessons or only its quiz.</source>
        <translation>勾选一个模块，就会布置它的所有课和测验。展开一个模块，可以只勾选其中某几课或只勾选测验。</translation>
    </message>
    <message>
        <source>&amp;Save assignment file…</source>
        <translation>保存作业文件(&amp;S)…</translation>
    </message>
    <message>
        <source>Save assignment file</source>
        <translation>保存作业文件</translation>
    </message>
    <message>
        <source>&amp;New assignment</source>
        <translation>新建作业(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new assignment</source>
        <translation>开始新建一份作业</translation>
    </message>
    <message>
        <source>Assignment message</source>
        <translation>作业提示</translation>
    </message>
    <message>
        <source>Quiz (%1 questions)</source>
        <translation>测验（%1 道题）</translation>
    </message>
    <message>
        <source>Please give the assignment a title first.</source>
        <translation>请先给作业起一个标题。</translation>
    </message>
    <message>
        <source>Please tick at least one module, lesson or quiz.</source>
        <translation>请至少勾选一个模块、一课或一个测验。</translation>
    </message>
    <message>
        <source>The assignment could not be made: %1</source>
        <translation>无法生成作业：%1</translation>
    </message>
    <message>
        <source>Save the assignment file</source>
        <translation>保存作业文件</translation>
    </message>
    <message>
        <source>ailiteracy assignment (*%1)</source>
        <translation>ailiteracy 作业 (*%1)</translation>
    </message>
    <message>
        <source>The assignment could not be saved in %1 (%2). Check that the folder or USB stick is there and not full, then try again.</source>
        <translation>无法把作业保存到 %1（%2）。请检查文件夹或 U 盘是否还在、是否已满，然后再试一次。</translation>
    </message>
    <message>
        <source>The assignment was saved in:
%1

Give this file to your learners (USB stick, shared folder or e-mail). They open it with File &gt; Open assignment…, and later hand you back a results file.</source>
        <translation>作业已保存在：
%1

请把这个文件交给学习者（用 U 盘、共享文件夹或电子邮件）。他们用“文件 &gt; 打开作业…”打开它，之后会交回一个成绩文件给你。</translation>
    </message>
</context>
<context>
    <name>CalibrationChart</name>
    <message>
        <source>Chart: expected and actual accuracy per confidence level</source>
        <translation>图表：每种把握程度的预期答对率和实际答对率</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期答对率</translation>
    </message>
    <message>
        <source>Actually right</source>
        <translation>实际答对率</translation>
    </message>
    <message>
        <source>%1 (none)</source>
        <translation>%1（无）</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <source>Just guessing</source>
        <translation>只是猜的</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>不太确定</translation>
    </message>
    <message>
        <source>Fairly sure</source>
        <translation>比较确定</translation>
    </message>
    <message>
        <source>Certain</source>
        <translation>非常确定</translation>
    </message>
    <message>
        <source>just guessing</source>
        <translation>只是猜的</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>不太确定</translation>
    </message>
    <message>
        <source>fairly sure</source>
        <translation>比较确定</translation>
    </message>
    <message>
        <source>certain</source>
        <translation>非常确定</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Answer some questions that ask &apos;How sure are you?&apos; to see this.</source>
        <translation>回答一些问“你有多大把握？”的题目后，这里就会显示结果。</translation>
    </message>
    <message>
        <source>Answer a few more questions that ask &apos;How sure are you?&apos; to see how well your confidence matches your accuracy.</source>
        <translation>再回答几道问“你有多大把握？”的题目，就能看到你的把握程度和实际答对的情况是否相符。</translation>
    </message>
    <message>
        <source>Your confidence matches your accuracy well.</source>
        <translation>你的把握程度和实际答对的情况很相符。</translation>
    </message>
    <message>
        <source>When you say &apos;%1&apos; you are right %2% of the time.</source>
        <translation>你选“%1”的时候，答对的比例是 %2%。</translation>
    </message>
    <message>
        <source>Slow down and check before you are sure.</source>
        <translation>在觉得有把握之前，请放慢速度，先核实一下。</translation>
    </message>
    <message>
        <source>No answers with a confidence level yet.</source>
        <translation>还没有标明把握程度的答案。</translation>
    </message>
    <message>
        <source>%1: no answers.</source>
        <translation>%1：没有答案。</translation>
    </message>
    <message>
        <source>%1: expected %2, actually right %3 (1 answer).</source>
        <translation>%1：预期答对率 %2，实际答对率 %3（1 个答案）。</translation>
    </message>
    <message>
        <source>%1: expected %2, actually right %3 (%4 answers).</source>
        <translation>%1：预期答对率 %2，实际答对率 %3（%4 个答案）。</translation>
    </message>
    <message>
        <source>How sure were you, and how often were you right?</source>
        <translation>你当时有多大把握？实际答对了多少？</translation>
    </message>
    <message>
        <source>Some questions ask &apos;How sure are you?&apos;. Here you can see whether your feeling of being sure matches how often you are right.</source>
        <translation>有些题目会问“你有多大把握？”。在这里，你可以看到自己觉得有把握的程度和实际答对的次数是否相符。</translation>
    </message>
    <message>
        <source>What your answers show</source>
        <translation>你的答案说明了什么</translation>
    </message>
    <message>
        <source>Confidence and accuracy per level</source>
        <translation>每种把握程度的答对情况</translation>
    </message>
    <message>
        <source>How sure you were</source>
        <translation>你的把握程度</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答案数</translation>
    </message>
    <message>
        <source>Expected to be right</source>
        <translation>预期答对率</translation>
    </message>
    <message>
        <source>Actually right</source>
        <translation>实际答对率</translation>
    </message>
    <message>
        <source>Over time (oldest first):</source>
        <translation>随时间的变化（从早到晚）：</translation>
    </message>
    <message>
        <source>Confidence and accuracy over time</source>
        <translation>把握程度和答对情况随时间的变化</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 (too sure)</source>
        <translation>%1（把握过高）</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>请选出所有符合的选项（可以多选）。</translation>
    </message>
    <message>
        <source>Your choice: right.</source>
        <translation>你的选择：正确。</translation>
    </message>
    <message>
        <source>Your choice: not right.</source>
        <translation>你的选择：不正确。</translation>
    </message>
    <message>
        <source>→ You missed this right answer.</source>
        <translation>→ 你漏选了这个正确答案。</translation>
    </message>
</context>
<context>
    <name>ClaimWidget</name>
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
    <message>
        <source>The AI assistant&apos;s answer (a training example)</source>
        <translation>AI 助手的回答（练习用的例子）</translation>
    </message>
    <message>
        <source>Sources you can use</source>
        <translation>可以参考的来源</translation>
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
        <translation>（没有选择来源）</translation>
    </message>
    <message>
        <source>Deciding source for claim %1</source>
        <translation>判断说法 %1 所依据的来源</translation>
    </message>
    <message>
        <source>Deciding source: %1.</source>
        <translation>依据的来源：%1。</translation>
    </message>
    <message>
        <source>Right verdict: %1.</source>
        <translation>正确的判断：%1。</translation>
    </message>
</context>
<context>
    <name>ContentTab</name>
    <message>
        <source>&amp;Content folders with your own modules:</source>
        <translation>存放你自己模块的内容文件夹(&amp;C)：</translation>
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
        <source>A content folder holds a folder &apos;en&apos; (and &apos;zh-CN&apos; for Chinese) with one folder per module. Removing a folder here does not delete any file.</source>
        <translation>内容文件夹里有一个“en”文件夹（中文内容放在“zh-CN”文件夹），每个模块各占一个子文件夹。在这里移除文件夹不会删除任何文件。</translation>
    </message>
    <message>
        <source>&amp;Problems found in the content:</source>
        <translation>内容中发现的问题(&amp;P)：</translation>
    </message>
    <message>
        <source>Problems found in the content</source>
        <translation>内容中发现的问题</translation>
    </message>
    <message>
        <source>Chec&amp;k the content again</source>
        <translation>重新检查内容(&amp;K)</translation>
    </message>
    <message>
        <source>Load the content again and list its problems</source>
        <translation>重新加载内容并列出其中的问题</translation>
    </message>
    <message>
        <source>&amp;Import Moodle GIFT questions…</source>
        <translation>导入 Moodle GIFT 题目(&amp;I)…</translation>
    </message>
    <message>
        <source>Import questions from a Moodle GIFT file</source>
        <translation>从 Moodle GIFT 文件导入题目</translation>
    </message>
    <message>
        <source>Result of the GIFT import</source>
        <translation>GIFT 导入结果</translation>
    </message>
    <message>
        <source>What was imported, and every question that was skipped, appears here.</source>
        <translation>导入了哪些内容、跳过了哪些题目，都会显示在这里。</translation>
    </message>
    <message>
        <source>Teacher guide for the &amp;module:</source>
        <translation>教师指南对应的模块(&amp;M)：</translation>
    </message>
    <message>
        <source>Module for the teacher guide</source>
        <translation>教师指南对应的模块</translation>
    </message>
    <message>
        <source>&amp;Teacher guide (PDF)…</source>
        <translation>教师指南（PDF）(&amp;T)…</translation>
    </message>
    <message>
        <source>Save a printable guide to the chosen module: aims, timing, a discussion plan and the answers</source>
        <translation>为选中的模块保存一份可打印的指南：教学目标、时间安排、讨论计划和答案</translation>
    </message>
    <message>
        <source>Content message</source>
        <translation>内容提示</translation>
    </message>
    <message>
        <source>%1 (set by the administrator)</source>
        <translation>%1（由管理员设置）</translation>
    </message>
    <message>
        <source>These files have problems. A module with a problem is not shown until it is fixed; every other module works. Each line gives the file, the line and what is wrong.</source>
        <translation>这些文件有问题。有问题的模块在修好之前不会显示；其他模块都能正常使用。每一行列出文件名、行号和出错的地方。</translation>
    </message>
    <message>
        <source>No problems found in the content.</source>
        <translation>内容中没有发现问题。</translation>
    </message>
    <message>
        <source>Choose a module first.</source>
        <translation>请先选择一个模块。</translation>
    </message>
    <message>
        <source>Teacher guide - %1</source>
        <translation>教师指南 - %1</translation>
    </message>
    <message>
        <source>Save the teacher guide</source>
        <translation>保存教师指南</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The teacher guide was saved as a PDF in:
%1</source>
        <translation>教师指南已保存为 PDF，位置：
%1</translation>
    </message>
    <message>
        <source>The teacher guide could not be saved in %1 because the disk is full. Free some space or choose another place, then try again.</source>
        <translation>无法把教师指南保存到 %1：磁盘已满。请腾出一些空间或换一个位置，然后再试一次。</translation>
    </message>
    <message>
        <source>The teacher guide could not be saved in %1 because this computer does not allow writing there. Choose another folder, for example your Documents.</source>
        <translation>无法把教师指南保存到 %1：这台电脑不允许在那里写入。请换一个文件夹，例如你的“文档”文件夹。</translation>
    </message>
    <message>
        <source>The teacher guide could not be saved in %1 (%2). Check that the folder is there and not full.</source>
        <translation>无法把教师指南保存到 %1（%2）。请检查文件夹是否还在、是否已满。</translation>
    </message>
    <message>
        <source>The content was loaded again. Problems found: %1.</source>
        <translation>内容已重新加载。发现的问题：%1 个。</translation>
    </message>
    <message>
        <source>The content was loaded again: no problems found.</source>
        <translation>内容已重新加载：没有发现问题。</translation>
    </message>
    <message>
        <source>Choose a content folder</source>
        <translation>选择一个内容文件夹</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 已经在列表中了。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>(You chose a folder inside it; the app needs the folder that holds &apos;en&apos;.)</source>
        <translation>（你选的是它里面的一个文件夹；本程序需要的是包含“en”的那个文件夹。）</translation>
    </message>
    <message>
        <source>There are no modules in it yet: put each module in a folder inside %1, or import GIFT questions into it.</source>
        <translation>里面还没有模块：请把每个模块放在 %1 中的一个文件夹里，或者把 GIFT 题目导入进去。</translation>
    </message>
    <message>
        <source>This folder is set by the administrator and stays in the list.</source>
        <translation>这个文件夹由管理员设置，会一直留在列表中。</translation>
    </message>
    <message>
        <source>Removed %1 from the list. No file was deleted.</source>
        <translation>已从列表中移除 %1。没有删除任何文件。</translation>
    </message>
</context>
<context>
    <name>DeletePage</name>
    <message>
        <source>&amp;Delete for good</source>
        <translation>永久删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete this profile and all its progress from this computer for good</source>
        <translation>从这台电脑上永久删除这个学习者档案及其全部学习进度</translation>
    </message>
    <message>
        <source>&amp;Keep my data</source>
        <translation>保留我的数据(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the data and go back</source>
        <translation>保留数据并返回</translation>
    </message>
    <message>
        <source>Delete %1 and all of its data?</source>
        <translation>要删除 %1 及其全部数据吗？</translation>
    </message>
    <message>
        <source>This removes the profile %1 and everything it has saved — lessons read, answers, scores and settings — from this computer for good. It cannot be undone.

If you want to keep your progress, choose Keep my data, open the profile and export your progress to a USB stick first.</source>
        <translation>这会从这台电脑上永久删除学习者档案 %1 以及它保存的所有内容——已读的课、答案、分数和设置。删除后无法恢复。

如果你想保留学习进度，请选择“保留我的数据”，打开这个学习者档案，先把学习进度导出到 U 盘上。</translation>
    </message>
    <message>
        <source>Some of the data could not be removed, because another program is using it. Close other programs and try again.</source>
        <translation>有些数据无法删除，因为另一个程序正在使用它。请关闭其他程序后再试一次。</translation>
    </message>
    <message>
        <source>%1 and all of its data were deleted from this computer.</source>
        <translation>已从这台电脑上删除 %1 及其全部数据。</translation>
    </message>
</context>
<context>
    <name>EnterPinDialog</name>
    <message>
        <source>Teacher mode</source>
        <translation>教师模式</translation>
    </message>
    <message>
        <source>Teacher PIN</source>
        <translation>教师 PIN 码</translation>
    </message>
    <message>
        <source>Type the teacher PIN to open teacher mode.</source>
        <translation>请输入教师 PIN 码来打开教师模式。</translation>
    </message>
    <message>
        <source>On this computer the PIN is set by the administrator.</source>
        <translation>这台电脑上的 PIN 码由管理员设置。</translation>
    </message>
    <message>
        <source>Teacher &amp;PIN:</source>
        <translation>教师 PIN 码(&amp;P)：</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>PIN 码提示</translation>
    </message>
    <message>
        <source>Open teacher mode</source>
        <translation>打开教师模式</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The file that keeps the teacher PIN on this computer is damaged, so teacher mode stays locked. Ask the administrator to set the teacher PIN in the policy file, or to remove the damaged file:
%1</source>
        <translation>这台电脑上保存教师 PIN 的文件损坏了，因此教师模式保持锁定。请管理员在策略文件中设置教师 PIN，或删除损坏的文件：
%1</translation>
    </message>
    <message>
        <source>That PIN is not right. After three wrong PINs, teacher mode is locked for a short while. Please try again in %1 seconds.</source>
        <translation>PIN 码不对。输错三次后，教师模式会被锁定一小会儿。请在 %1 秒后再试。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please try again in %1 seconds.</source>
        <translation>PIN 码输错的次数太多了。请在 %1 秒后再试。</translation>
    </message>
    <message>
        <source>You can type the PIN again now.</source>
        <translation>现在可以再次输入 PIN 码了。</translation>
    </message>
    <message>
        <source>Please type the PIN first.</source>
        <translation>请先输入 PIN 码。</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>PIN 码不对，请再试一次。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This is not an ordinary file (it is a folder, a device or a pipe), so it was not opened. Choose the file itself.</source>
        <translation>这不是普通文件（它是文件夹、设备或管道），所以没有打开它。请选择文件本身。</translation>
    </message>
    <message>
        <source>not an ordinary file (a folder, a device or a pipe)</source>
        <translation>不是普通文件（是文件夹、设备或管道）</translation>
    </message>
    <message>
        <source>larger than %1</source>
        <translation>大于 %1</translation>
    </message>
    <message>
        <source>Your work could not be saved because the disk is full. Everything saved before is safe. Free some space (or ask the administrator), then try again.</source>
        <translation>由于磁盘已满，你的内容没能保存。之前保存的内容都是安全的。请腾出一些空间（或请管理员帮忙），然后再试一次。</translation>
    </message>
    <message>
        <source>Your work could not be saved because this computer does not allow writing to the data folder. Everything saved before is safe. Ask the administrator to check the folder&apos;s permissions.</source>
        <translation>由于这台电脑不允许写入数据文件夹，你的内容没能保存。之前保存的内容都是安全的。请管理员检查这个文件夹的权限。</translation>
    </message>
    <message>
        <source>A file could not be read or written (%1). Everything saved before is safe. Try again; if it keeps happening, ask the administrator.</source>
        <translation>有一个文件无法读取或写入（%1）。之前保存的内容都是安全的。请再试一次；如果问题一直出现，请联系管理员。</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. Your saved progress is safe. If it keeps happening, tell your teacher or librarian what you were doing.</source>
        <translation>软件内部出了点问题。你已保存的学习进度是安全的。如果问题一直出现，请告诉老师或图书馆工作人员你当时在做什么。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>出现问题</translation>
    </message>
</context>
<context>
    <name>GiftImport</name>
    <message>
        <source>Choose a Moodle GIFT file</source>
        <translation>选择一个 Moodle GIFT 文件</translation>
    </message>
    <message>
        <source>GIFT questions (*.gift *.txt);;All files (*)</source>
        <translation>GIFT 题目 (*.gift *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the folder for your own content</source>
        <translation>选择存放你自己内容的文件夹</translation>
    </message>
    <message>
        <source>Module title</source>
        <translation>模块标题</translation>
    </message>
    <message>
        <source>Title of the new module:</source>
        <translation>新模块的标题：</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, so it is not a GIFT file from Moodle. In Moodle, export the questions again in GIFT format.</source>
        <translation>%1 不是 UTF-8 文本，所以不是从 Moodle 导出的 GIFT 文件。请在 Moodle 中重新以 GIFT 格式导出题目。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>No question in %1 could be imported, so nothing was written.</source>
        <translation>%1 中没有可以导入的题目，所以什么都没有写入。</translation>
    </message>
    <message>
        <source>The module could not be written in %1 (%2).</source>
        <translation>无法把模块写入 %1（%2）。</translation>
    </message>
    <message>
        <source>Questions imported: %1, into the new module &quot;%2&quot; (id %3) in:</source>
        <translation>已导入的题目：%1 道，导入到新模块“%2”（编号 %3），位置：</translation>
    </message>
    <message>
        <source>Questions skipped: %1; imported with a change: %2.</source>
        <translation>跳过的题目：%1；有改动地导入的题目：%2。</translation>
    </message>
    <message>
        <source>Every question was imported without a change.</source>
        <translation>所有题目都已原样导入，没有任何改动。</translation>
    </message>
    <message>
        <source>The module &quot;%1&quot; is now in the module list.</source>
        <translation>模块“%1”现在已经在模块列表中了。</translation>
    </message>
    <message>
        <source>Add the content folder?</source>
        <translation>要添加这个内容文件夹吗？</translation>
    </message>
    <message>
        <source>Add %1 as a content folder, so that the new module appears in the app?</source>
        <translation>要把 %1 添加为内容文件夹，让新模块显示在本程序中吗？</translation>
    </message>
    <message>
        <source>The module was written, but %1 is not a content folder, so the module does not appear in the app. Add the folder when you are ready.</source>
        <translation>模块已经写好，但 %1 不是内容文件夹，所以这个模块不会在本程序中显示。准备好后，请添加这个文件夹。</translation>
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
    <message>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <source>Back to where you were (Alt+Left)</source>
        <translation>回到刚才的位置（Alt+左方向键）</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Learn to use AI safely and to check what it tells you</source>
        <translation>学会安全地使用 AI，并核实它告诉你的内容</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Continue reading</source>
        <translation>继续阅读</translation>
    </message>
    <message>
        <source>Take the quiz</source>
        <translation>做测验</translation>
    </message>
    <message>
        <source>Continue the quiz</source>
        <translation>继续测验</translation>
    </message>
    <message>
        <source>Try the quiz again</source>
        <translation>再做一次测验</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>再看一遍</translation>
    </message>
    <message>
        <source>Pick up the next step below, or choose any module. As a guest, what you do lasts only until you sign out.</source>
        <translation>从下面的下一步继续，或者任选一个模块。访客模式下，你做的一切只保留到退出为止。</translation>
    </message>
    <message>
        <source>Pick up the next step below, or choose any module. Your progress is saved on this computer after every answer.</source>
        <translation>从下面的下一步继续，或者任选一个模块。每答一题，你的进度都会保存在这台电脑上。</translation>
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
        <source>Suggested order: start with how AI works, then the everyday routine for checking AI answers; the other modules can follow in any order.</source>
        <translation>建议顺序：先了解人工智能如何工作，再学习核查人工智能回答的日常方法；其余模块可以按任意顺序学习。</translation>
    </message>
    <message>
        <source>Next: the quiz of “%1”</source>
        <translation>下一步：“%1”的测验</translation>
    </message>
    <message>
        <source>Next: “%1” in “%2”</source>
        <translation>下一步：“%2”中的“%1”</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Show &amp;more detail</source>
        <translation>展开更多细节(&amp;M)</translation>
    </message>
    <message>
        <source>Hide &amp;more detail</source>
        <translation>收起更多细节(&amp;M)</translation>
    </message>
    <message>
        <source>Show more detail</source>
        <translation>展开更多细节</translation>
    </message>
    <message>
        <source>Hide more detail</source>
        <translation>收起更多细节</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>课文</translation>
    </message>
    <message>
        <source>Go to &amp;section:</source>
        <translation>转到章节(&amp;S)：</translation>
    </message>
    <message>
        <source>Go to section</source>
        <translation>转到章节</translation>
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
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <source>Back to where you were (Alt+Left)</source>
        <translation>回到刚才的位置（Alt+左方向键）</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Facts last checked %1</source>
        <translation>事实核查于 %1</translation>
    </message>
    <message>
        <source>Not yet translated: shown in English.</source>
        <translation>还没有翻译，暂时显示英文。</translation>
    </message>
    <message>
        <source>In this lesson you will learn to:</source>
        <translation>在这一课中，你将学会：</translation>
    </message>
    <message>
        <source>Reading aloud is not installed on this computer. An administrator can add it by installing PySide6-Addons (pip install PySide6-Addons).</source>
        <translation>这台电脑上没有安装朗读功能。管理员可以安装 PySide6-Addons 来添加这个功能（pip install PySide6-Addons）。</translation>
    </message>
    <message>
        <source>This computer has no speech voice, so the lesson cannot be read aloud. An administrator can install one (on Linux: speech-dispatcher and espeak-ng).</source>
        <translation>这台电脑上没有可用的朗读语音，所以无法朗读这一课。管理员可以安装语音（在 Linux 上：speech-dispatcher 和 espeak-ng）。</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>链接：%1</translation>
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
        <source>Guest, nothing is saved</source>
        <translation>访客，不保存任何内容</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>当前学习者：%1</translation>
    </message>
    <message>
        <source>Who is using the app</source>
        <translation>谁在使用本应用</translation>
    </message>
    <message>
        <source>S&amp;witch learner</source>
        <translation>切换学习者(&amp;W)</translation>
    </message>
    <message>
        <source>Switch learner: sign out and choose who you are</source>
        <translation>切换学习者：退出并选择你是谁</translation>
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
    <name>MiniWebView</name>
    <message>
        <source>Practice steps</source>
        <translation>练习步骤</translation>
    </message>
    <message>
        <source>Worked example</source>
        <translation>示范</translation>
    </message>
    <message>
        <source>&amp;Now check it yourself</source>
        <translation>现在自己查一查(&amp;N)</translation>
    </message>
    <message>
        <source>1. Worked example</source>
        <translation>1. 示范</translation>
    </message>
    <message>
        <source>The AI answer to check</source>
        <translation>要核查的 AI 回答</translation>
    </message>
    <message>
        <source>Search the practice web</source>
        <translation>在练习网络中搜索</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>The AI answer (a training example):</source>
        <translation>AI 的回答（练习用例子）：</translation>
    </message>
    <message>
        <source>Your verdict on each claim</source>
        <translation>你对每个说法的判断</translation>
    </message>
    <message>
        <source>&amp;Check my verdicts</source>
        <translation>检查我的判断(&amp;C)</translation>
    </message>
    <message>
        <source>2. Check it yourself</source>
        <translation>2. 自己查一查</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>3. Feedback</source>
        <translation>3. 反馈</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>练习：%1</translation>
    </message>
    <message>
        <source>Search, then open a result to read it here.</source>
        <translation>先搜索，再打开一个结果，就能在这里阅读。</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>属实</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>有误</translation>
    </message>
    <message>
        <source>Not checkable</source>
        <translation>无法核查</translation>
    </message>
    <message>
        <source>Page that decides it: %1</source>
        <translation>作出判断所依据的页面：%1</translation>
    </message>
    <message>
        <source>(deciding page)</source>
        <translation>（依据的页面）</translation>
    </message>
    <message>
        <source>No results. Try other words.</source>
        <translation>没有结果。换几个词试试。</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>属实</translation>
    </message>
    <message>
        <source>contradicted</source>
        <translation>有误</translation>
    </message>
    <message>
        <source>not checkable</source>
        <translation>无法核查</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>primary source</source>
        <translation>原始来源</translation>
    </message>
    <message>
        <source>official explanation</source>
        <translation>官方解读</translation>
    </message>
    <message>
        <source>news report</source>
        <translation>新闻报道</translation>
    </message>
    <message>
        <source>fact-check</source>
        <translation>事实核查</translation>
    </message>
    <message>
        <source>reference work</source>
        <translation>参考资料</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>已过时</translation>
    </message>
    <message>
        <source>content farm</source>
        <translation>内容农场</translation>
    </message>
    <message>
        <source>forum post</source>
        <translation>论坛帖子</translation>
    </message>
    <message>
        <source>advert</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Your score: %1%</source>
        <translation>你的得分：%1%</translation>
    </message>
    <message>
        <source>%1 You said: %2. Right answer: %3.</source>
        <translation>%1 你的判断：%2。正确答案：%3。</translation>
    </message>
    <message>
        <source>Deciding page: %1.</source>
        <translation>依据的页面：%1。</translation>
    </message>
    <message>
        <source>The path an expert would take</source>
        <translation>专家会怎么查</translation>
    </message>
    <message>
        <source>You opened %1, the page an expert opens first.</source>
        <translation>你打开了“%1”，这正是专家最先打开的页面。</translation>
    </message>
    <message>
        <source>You did not open %1, the page an expert opens first.</source>
        <translation>你没有打开“%1”，这是专家最先打开的页面。</translation>
    </message>
    <message>
        <source>What each page was</source>
        <translation>每个页面是什么</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>可靠</translation>
    </message>
    <message>
        <source>not reliable</source>
        <translation>不可靠</translation>
    </message>
</context>
<context>
    <name>ModuleCard</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 of %2 lessons read</source>
        <translation>已读 %1/%2 课</translation>
    </message>
    <message>
        <source>best quiz score %1%</source>
        <translation>测验最高分 %1%</translation>
    </message>
    <message>
        <source>passed ✔</source>
        <translation>已通过 ✔</translation>
    </message>
    <message>
        <source>pass mark %1%</source>
        <translation>及格线 %1%</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Progress in %1</source>
        <translation>“%1”的进度</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>&amp;Name (first name or nickname):</source>
        <translation>名字（名或昵称）(&amp;N)：</translation>
    </message>
    <message>
        <source>PIN, optional</source>
        <translation>PIN 码（可不填）</translation>
    </message>
    <message>
        <source>P&amp;IN (optional, %1 to 12 digits):</source>
        <translation>PIN 码（可不填，%1 到 12 位数字）(&amp;I)：</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>再输入一次同样的 PIN 码</translation>
    </message>
    <message>
        <source>The same PIN &amp;again:</source>
        <translation>再输入一次 PIN 码(&amp;A)：</translation>
    </message>
    <message>
        <source>A PIN stops others on this computer from opening your progress. Choose one you will remember.</source>
        <translation>设置 PIN 码后，这台电脑上的其他人就无法打开你的学习进度。请选一个你记得住的 PIN 码。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>保存名字</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the list of profiles</source>
        <translation>返回学习者档案列表</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建学习者档案</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>创建学习者档案(&amp;C)</translation>
    </message>
    <message>
        <source>Create the new profile</source>
        <translation>创建新的学习者档案</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>给 %1 改名</translation>
    </message>
    <message>
        <source>Save the new name</source>
        <translation>保存新名字</translation>
    </message>
    <message>
        <source>The profile %1 is ready. Press Open to start.</source>
        <translation>学习者档案 %1 已经建好了。按“打开”就可以开始。</translation>
    </message>
    <message>
        <source>The profile is now called %1.</source>
        <translation>这个学习者档案现在的名字是 %1。</translation>
    </message>
    <message>
        <source>The profile could not be saved on this computer: %1</source>
        <translation>无法在这台电脑上保存这个学习者档案：%1</translation>
    </message>
</context>
<context>
    <name>NumericalWidget</name>
    <message>
        <source>Your answer (a number)</source>
        <translation>你的答案（一个数字）</translation>
    </message>
    <message>
        <source>The right answer: %1.</source>
        <translation>正确答案：%1。</translation>
    </message>
</context>
<context>
    <name>OrderWidget</name>
    <message>
        <source>Select an item and move it with the buttons or with Alt+Up and Alt+Down.</source>
        <translation>先选中一项，然后用按钮或 Alt+Up 和 Alt+Down 键移动它。</translation>
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
        <translation>正确的顺序：</translation>
    </message>
</context>
<context>
    <name>PickerBase</name>
    <message>
        <source>That profile is no longer on this computer.</source>
        <translation>这个学习者档案已经不在这台电脑上了。</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type them again.</source>
        <translation>两次输入的 PIN 码不一样。请重新输入。</translation>
    </message>
</context>
<context>
    <name>PinPages</name>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>PIN 码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>Check the PIN</source>
        <translation>核对 PIN 码</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the list of profiles</source>
        <translation>返回学习者档案列表</translation>
    </message>
    <message>
        <source>Please type the PIN first.</source>
        <translation>请先输入 PIN 码。</translation>
    </message>
    <message>
        <source>That profile is no longer on this computer.</source>
        <translation>这个学习者档案已经不在这台电脑上了。</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>PIN 码不对，请再试一次。</translation>
    </message>
    <message>
        <source>You can try the PIN again now.</source>
        <translation>现在可以再次输入 PIN 码了。</translation>
    </message>
    <message>
        <source>That PIN is not right. After several wrong tries, this profile is locked for a while to keep it safe. Please try again in %1.</source>
        <translation>PIN 码不对。为了安全，输错几次后，这个学习者档案会被锁定一段时间。请在 %1后再试。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. To keep this profile safe, it is locked for now. Please try again in %1.</source>
        <translation>PIN 码输错的次数太多了。为了保护这个学习者档案，现在暂时锁定。请在 %1后再试。</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新的 PIN 码</translation>
    </message>
    <message>
        <source>&amp;New PIN (%1 to 12 digits):</source>
        <translation>新的 PIN 码（%1 到 12 位数字）(&amp;N)：</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>再输入一次同样的 PIN 码</translation>
    </message>
    <message>
        <source>The same PIN &amp;again:</source>
        <translation>再输入一次 PIN 码(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Save PIN</source>
        <translation>保存 PIN 码(&amp;S)</translation>
    </message>
    <message>
        <source>Save the new PIN</source>
        <translation>保存新的 PIN 码</translation>
    </message>
    <message>
        <source>&amp;Remove PIN</source>
        <translation>取消 PIN 码(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the PIN from this profile</source>
        <translation>取消这个学习者档案的 PIN 码</translation>
    </message>
    <message>
        <source>Change or remove the PIN for %1</source>
        <translation>更改或取消 %1 的 PIN 码</translation>
    </message>
    <message>
        <source>Set a PIN for %1</source>
        <translation>为 %1 设置 PIN 码</translation>
    </message>
    <message>
        <source>Please type the new PIN twice.</source>
        <translation>请把新的 PIN 码输入两次。</translation>
    </message>
    <message>
        <source>The new PIN for %1 is saved.</source>
        <translation>%1 的新 PIN 码已保存。</translation>
    </message>
    <message>
        <source>%1 no longer has a PIN.</source>
        <translation>%1 已经没有 PIN 码了。</translation>
    </message>
    <message>
        <source>The PIN could not be saved on this computer: %1</source>
        <translation>无法在这台电脑上保存 PIN 码：%1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Different learners share a name (%1): each is shown with the date their profile was made and the start of their learner id.</source>
        <translation>有不同的学习者使用相同的名字（%1）：每人名字后面都显示其档案的创建日期和学习者编号的开头。</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1，已逾期</translation>
    </message>
    <message>
        <source>Failed the quiz of &quot;%1&quot; %2 times and has not passed it yet</source>
        <translation>“%1”的测验没通过 %2 次，至今仍未通过</translation>
    </message>
    <message>
        <source>The due date has passed and nothing has been done</source>
        <translation>已过截止日期，但还什么都没有做</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>班级：%1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>截止日期：%1</translation>
    </message>
    <message>
        <source>Pass mark: %1</source>
        <translation>及格线：%1</translation>
    </message>
    <message>
        <source>Report made on %1</source>
        <translation>报告生成日期：%1</translation>
    </message>
    <message>
        <source>Learners: %1</source>
        <translation>学习者人数：%1</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>班级报告</translation>
    </message>
    <message>
        <source>The due date has passed.</source>
        <translation>已过截止日期。</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Average best score</source>
        <translation>平均最高分</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学习者</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>最高分</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>测验次数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No results have been opened yet.</source>
        <translation>还没有打开任何成绩文件。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Learners who may need help</source>
        <translation>可能需要帮助的学习者</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Nobody at the moment.</source>
        <translation>目前没有。</translation>
    </message>
    <message>
        <source>Most missed questions</source>
        <translation>答错最多的题目</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2 人）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 人中有 %1 人</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Wrong (latest answer)</source>
        <translation>答错人数（按最近一次作答）</translation>
    </message>
    <message>
        <source>Wrong answers given (learners)</source>
        <translation>给出的错误答案（人数）</translation>
    </message>
    <message>
        <source>No question was answered wrongly.</source>
        <translation>没有答错的题目。</translation>
    </message>
    <message>
        <source>Older files replaced by a newer file of the same learner: %1</source>
        <translation>被同一学习者较新的文件替换掉的旧文件：%1 个</translation>
    </message>
    <message>
        <source>Files for another assignment, not counted: %1</source>
        <translation>属于其他作业、没有计入的文件：%1 个</translation>
    </message>
    <message>
        <source>Results of every learner</source>
        <translation>每位学习者的结果</translation>
    </message>
    <message>
        <source>Class report: %1</source>
        <translation>班级报告：%1</translation>
    </message>
    <message>
        <source>AI literacy</source>
        <translation>AI 素养</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>结业证书</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>兹证明</translation>
    </message>
    <message>
        <source>has successfully completed</source>
        <translation>已顺利完成</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Who is learning?</source>
        <translation>谁在学习？</translation>
    </message>
    <message>
        <source>Choose who is learning</source>
        <translation>选择正在学习的人</translation>
    </message>
    <message>
        <source>Choose your name and press Open. Each learner&apos;s progress is kept separately on this computer.</source>
        <translation>请选择你的名字，然后按“打开”。每位学习者的学习进度都分开保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation>这台电脑上的学习者档案</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the chosen profile</source>
        <translation>打开选中的学习者档案</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>新建学习者档案(&amp;N)</translation>
    </message>
    <message>
        <source>Make a new profile</source>
        <translation>新建一个学习者档案</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>改名(&amp;R)</translation>
    </message>
    <message>
        <source>Rename the chosen profile</source>
        <translation>给选中的学习者档案改名</translation>
    </message>
    <message>
        <source>Set &amp;PIN</source>
        <translation>设置 PIN 码(&amp;P)</translation>
    </message>
    <message>
        <source>Set or remove the PIN of the chosen profile</source>
        <translation>设置或取消选中学习者档案的 PIN 码</translation>
    </message>
    <message>
        <source>&amp;Delete my data</source>
        <translation>删除我的数据(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the chosen profile and all its progress</source>
        <translation>删除选中的学习者档案及其全部学习进度</translation>
    </message>
    <message>
        <source>Continue as &amp;guest</source>
        <translation>以访客身份继续(&amp;G)</translation>
    </message>
    <message>
        <source>Continue as a guest; nothing is kept after you finish</source>
        <translation>以访客身份继续；结束后不会保留任何内容</translation>
    </message>
    <message>
        <source>%1 (has a PIN)</source>
        <translation>%1（有 PIN 码）</translation>
    </message>
    <message>
        <source>There are no profiles yet. Choose New profile to make one.</source>
        <translation>还没有学习者档案。请选择“新建学习者档案”来创建一个。</translation>
    </message>
    <message>
        <source>There are no profiles on this computer yet.</source>
        <translation>这台电脑上还没有学习者档案。</translation>
    </message>
    <message>
        <source>That profile is no longer on this computer.</source>
        <translation>这个学习者档案已经不在这台电脑上了。</translation>
    </message>
    <message>
        <source>Choose a name in the list first.</source>
        <translation>请先在列表中选择一个名字。</translation>
    </message>
    <message>
        <source>Enter the PIN for %1</source>
        <translation>请输入 %1 的 PIN 码</translation>
    </message>
    <message>
        <source>Enter the PIN for %1 to rename this profile</source>
        <translation>请输入 %1 的 PIN 码，才能给这个学习者档案改名</translation>
    </message>
    <message>
        <source>Enter the current PIN for %1 to change it</source>
        <translation>请输入 %1 现在的 PIN 码，才能更改它</translation>
    </message>
    <message>
        <source>Enter the PIN for %1 to delete this profile</source>
        <translation>请输入 %1 的 PIN 码，才能删除这个学习者档案</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>请输入一个名字。</translation>
    </message>
    <message>
        <source>That name is too long. Please use at most %1 characters.</source>
        <translation>名字太长了。请最多使用 %1 个字符。</translation>
    </message>
    <message>
        <source>Someone on this computer already uses that name. Please choose another, for example add your initial.</source>
        <translation>这台电脑上已经有人用了这个名字。请换一个，比如在后面加上你姓氏的首字母。</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits (numbers only).</source>
        <translation>PIN 码是 %1 到 %2 位数字（只能用数字）。</translation>
    </message>
</context>
<context>
    <name>ProgressTransfer</name>
    <message>
        <source>This is not an ordinary file (it is a folder, a device or a pipe), so it was not used. Nothing was changed.

Choose the file itself: its name ends in .ailiteracy-progress.</source>
        <translation>这不是普通文件（它是文件夹、设备或管道），所以没有使用它。什么都没有改动。

请选择文件本身：它的名字以 .ailiteracy-progress 结尾。</translation>
    </message>
    <message>
        <source>This file is too big to be a progress file (they are smaller than 10 MB), so it was not used. Nothing was changed.

Check that you chose the right file: its name ends in .ailiteracy-progress.</source>
        <translation>这个文件太大了，不会是学习进度文件（学习进度文件都小于 10 MB），所以没有使用它。什么都没有改动。

请检查你选的文件对不对：学习进度文件的名字以 .ailiteracy-progress 结尾。</translation>
    </message>
    <message>
        <source>This file could not be read: it is incomplete or not in the expected form. Nothing was changed.

If it came on a USB stick, copy it again and eject the stick safely before unplugging it, or export your progress again on the other computer.</source>
        <translation>无法读取这个文件：它不完整，或者格式不对。什么都没有改动。

如果文件是从 U 盘拷来的，请重新拷贝一次，并且在拔出 U 盘之前先安全弹出；或者在另一台电脑上重新导出学习进度。</translation>
    </message>
    <message>
        <source>This is not an ailiteracy progress file. Nothing was changed.

Choose a file whose name ends in .ailiteracy-progress. You make one with Export progress.</source>
        <translation>这不是 ailiteracy 的学习进度文件。什么都没有改动。

请选择名字以 .ailiteracy-progress 结尾的文件。这种文件可以用“导出我的学习进度”生成。</translation>
    </message>
    <message>
        <source>This file was made by a newer version of ailiteracy, so this version cannot read it. Nothing was changed.

Please update ailiteracy on this computer (on a shared computer, ask a member of staff), then try again.</source>
        <translation>这个文件是由更新版本的 ailiteracy 生成的，当前版本无法读取。什么都没有改动。

请先更新这台电脑上的 ailiteracy（如果是公用电脑，请找工作人员），然后再试一次。</translation>
    </message>
    <message>
        <source>This file was damaged or changed after it was saved, so it was not used. Nothing was changed.

Export your progress again on the other computer and copy the new file.</source>
        <translation>这个文件在保存之后损坏了或被改动过，所以没有使用它。什么都没有改动。

请在另一台电脑上重新导出学习进度，再拷贝新的文件。</translation>
    </message>
    <message>
        <source>This file could not be opened (%1). Nothing was changed.

Check that the USB stick is plugged in and choose the file again.</source>
        <translation>无法打开这个文件（%1）。什么都没有改动。

请检查 U 盘是否插好，然后重新选择这个文件。</translation>
    </message>
    <message>
        <source>Save your progress</source>
        <translation>保存你的学习进度</translation>
    </message>
    <message>
        <source>ailiteracy progress (*%1)</source>
        <translation>ailiteracy 学习进度文件 (*%1)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出学习进度</translation>
    </message>
    <message>
        <source>Your progress is too large to fit in one progress file, so nothing was saved. Please ask a member of staff for help.</source>
        <translation>你的学习进度太多，一个进度文件放不下，所以什么都没有保存。请找工作人员帮忙。</translation>
    </message>
    <message>
        <source>Your progress could not be saved to %1 (%2).

Check that the USB stick is plugged in, is not full and is not write-protected, then try again.</source>
        <translation>无法把你的学习进度保存到 %1（%2）。

请检查 U 盘是否插好、是否已满、是否开了写保护，然后再试一次。</translation>
    </message>
    <message>
        <source>Your progress was saved in:
%1

On another computer, open ailiteracy, choose Import progress and pick this file. If it is on a USB stick, eject the stick safely before you unplug it.</source>
        <translation>你的学习进度已保存在：
%1

在另一台电脑上打开 ailiteracy，选择“导入学习进度”，再选中这个文件。如果文件在 U 盘上，请先安全弹出 U 盘，再把它拔下来。</translation>
    </message>
    <message>
        <source>Everything in this file (progress of %1, saved %2) was already on this computer, so nothing needed to be added.</source>
        <translation>这个文件里的所有内容（%1 的学习进度，保存于 %2）这台电脑上都已经有了，所以不需要添加任何内容。</translation>
    </message>
    <message>
        <source>The progress of %1 (saved %2) was added:</source>
        <translation>已添加 %1 的学习进度（保存于 %2）：</translation>
    </message>
    <message>
        <source>• New quiz attempts: %1</source>
        <translation>• 新增的测验次数：%1</translation>
    </message>
    <message>
        <source>• New answers: %1</source>
        <translation>• 新增的答案：%1</translation>
    </message>
    <message>
        <source>• Lessons updated: %1</source>
        <translation>• 更新的课：%1</translation>
    </message>
    <message>
        <source>• Quizzes finished on the other computer: %1</source>
        <translation>• 在另一台电脑上完成的测验：%1</translation>
    </message>
    <message>
        <source>• Review questions updated: %1</source>
        <translation>• 更新的复习题目：%1</translation>
    </message>
    <message>
        <source>Nothing was counted twice, and your best scores are kept.</source>
        <translation>没有任何内容被重复计算，你的最高分也都保留着。</translation>
    </message>
    <message>
        <source>Choose a progress file</source>
        <translation>选择一个学习进度文件</translation>
    </message>
    <message>
        <source>ailiteracy progress (*%1);;All files (*)</source>
        <translation>ailiteracy 学习进度文件 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入学习进度</translation>
    </message>
    <message>
        <source>The progress could not be saved on this computer (%1). Part of it may have been added. Importing the same file again is safe: it adds the rest without counting anything twice.</source>
        <translation>无法在这台电脑上保存学习进度（%1）。可能已经添加了一部分。再次导入同一个文件是安全的：它会补上其余部分，不会重复计算任何内容。</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>How sure are you?</source>
        <translation>你有多大把握？</translation>
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
        <source>F&amp;inish quiz</source>
        <translation>完成测验(&amp;I)</translation>
    </message>
    <message>
        <source>Finish the quiz and see the result</source>
        <translation>完成测验并查看结果</translation>
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
        <translation>题目（选中一道题后按 Enter 键即可查看）：</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>测验：%1</translation>
    </message>
    <message>
        <source>&amp;Just guessing</source>
        <translation>只是猜测(&amp;J)</translation>
    </message>
    <message>
        <source>N&amp;ot sure</source>
        <translation>不太确定(&amp;O)</translation>
    </message>
    <message>
        <source>Fairly s&amp;ure</source>
        <translation>比较确定(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;ertain</source>
        <translation>非常确定(&amp;E)</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <source>Choose an answer and how sure you are, then check it.</source>
        <translation>请选择答案和把握程度，然后检查答案。</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>请先选择答案。</translation>
    </message>
    <message>
        <source>Choose how sure you are (under the question), then check it.</source>
        <translation>请选择你的把握程度（在题目下方），然后检查答案。</translation>
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
        <translation>答对了！</translation>
    </message>
    <message>
        <source>Partly right (%1%).</source>
        <translation>部分正确（%1%）。</translation>
    </message>
    <message>
        <source>Not right.</source>
        <translation>不正确。</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Your score %1% against the pass mark %2%</source>
        <translation>你的得分 %1%，及格线 %2%</translation>
    </message>
    <message>
        <source>Your score: %1%.</source>
        <translation>你的得分：%1%。</translation>
    </message>
    <message>
        <source>Well done: you passed. The pass mark is %1%.</source>
        <translation>做得好：你通过了。及格线是 %1%。</translation>
    </message>
    <message>
        <source>Not passed yet, and that is fine: the pass mark is %1%, and you can try as often as you like. Read the sections below, then try again.</source>
        <translation>还没有通过，这很正常：及格线是 %1%，你可以随时再试。先读一读下面的章节，再试一次。</translation>
    </message>
    <message>
        <source>What went well: %1 of %2 answers right.</source>
        <translation>做得好的地方：%2 题中答对了 %1 题。</translation>
    </message>
    <message>
        <source>You have made a start: the review shows every right answer.</source>
        <translation>你已经开始了：回顾答案时可以看到每道题的正确答案。</translation>
    </message>
    <message>
        <source>You know these sections: %1.</source>
        <translation>你已掌握这些章节：%1。</translation>
    </message>
    <message>
        <source>Worth reading again: %1.</source>
        <translation>值得再读一遍：%1。</translation>
    </message>
    <message>
        <source>Your best score: %1%.</source>
        <translation>你的最高分：%1%。</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>Open &amp;assignment file…</source>
        <translation>打开作业文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the assignment file the report is for</source>
        <translation>打开这份报告所对应的作业文件</translation>
    </message>
    <message>
        <source>Open &amp;result files…</source>
        <translation>打开成绩文件(&amp;R)…</translation>
    </message>
    <message>
        <source>Open learners&apos; result files</source>
        <translation>打开学习者的成绩文件</translation>
    </message>
    <message>
        <source>Open a f&amp;older…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Open every result file in a folder</source>
        <translation>打开一个文件夹中的所有成绩文件</translation>
    </message>
    <message>
        <source>Clear the res&amp;ults</source>
        <translation>清除成绩(&amp;U)</translation>
    </message>
    <message>
        <source>Take all opened result files out of the report</source>
        <translation>把所有已打开的成绩文件从报告中移除</translation>
    </message>
    <message>
        <source>The assignment of the report</source>
        <translation>报告对应的作业</translation>
    </message>
    <message>
        <source>Report message</source>
        <translation>报告提示</translation>
    </message>
    <message>
        <source>Results: learners and modules</source>
        <translation>成绩：学习者和模块</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>Most missed questions</source>
        <translation>答错最多的题目</translation>
    </message>
    <message>
        <source>Learners who may need help</source>
        <translation>可能需要帮助的学习者</translation>
    </message>
    <message>
        <source>Files that were not used</source>
        <translation>没有使用的文件</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export the report as a CSV file</source>
        <translation>把报告导出为 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Gradebook CSV…</source>
        <translation>成绩册 CSV(&amp;G)…</translation>
    </message>
    <message>
        <source>One row per learner and a column per module, for a gradebook such as Moodle&apos;s</source>
        <translation>每位学习者一行、每个模块一列，可导入 Moodle 等成绩册</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>把报告保存为 PDF 文件</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>Certificate for the selected l&amp;earner…</source>
        <translation>为选中的学习者制作证书(&amp;E)…</translation>
    </message>
    <message>
        <source>Make a certificate for the selected learner</source>
        <translation>为选中的学习者制作证书</translation>
    </message>
    <message>
        <source>Result files read</source>
        <translation>已读取的结果文件</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop reading result files</source>
        <translation>停止读取结果文件</translation>
    </message>
    <message>
        <source>Open the assignment file</source>
        <translation>打开作业文件</translation>
    </message>
    <message>
        <source>ailiteracy assignment (*%1);;All files (*)</source>
        <translation>ailiteracy 作业 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 could not be opened. %2</source>
        <translation>无法打开 %1。%2</translation>
    </message>
    <message>
        <source>ailiteracy results (*%1);;All files (*)</source>
        <translation>ailiteracy 成绩 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Stopped: %1 result files were read. Open the folder again to read the rest.</source>
        <translation>已停止：读取了 %1 个结果文件。再次打开文件夹即可读取其余文件。</translation>
    </message>
    <message>
        <source>Reading result files: %1 of %2</source>
        <translation>正在读取结果文件：第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Open a folder of result files</source>
        <translation>打开存放成绩文件的文件夹</translation>
    </message>
    <message>
        <source>First open the assignment file the report is for, then the result files your learners handed in (or a folder that holds them).</source>
        <translation>请先打开这份报告所对应的作业文件，再打开学习者交来的成绩文件（或存放这些文件的文件夹）。</translation>
    </message>
    <message>
        <source>Result files open: %1.</source>
        <translation>已打开的成绩文件：%1 个。</translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation>作业：%1</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>班级：%1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>截止日期：%1</translation>
    </message>
    <message>
        <source>Pass mark: %1</source>
        <translation>及格线：%1</translation>
    </message>
    <message>
        <source>Learners: %1.</source>
        <translation>学习者人数：%1。</translation>
    </message>
    <message>
        <source>The due date has passed.</source>
        <translation>已过截止日期。</translation>
    </message>
    <message>
        <source>Older files set aside for a newer file of the same learner: %1.</source>
        <translation>因同一学习者有更新的文件而被搁置的旧文件：%1 个。</translation>
    </message>
    <message>
        <source>Different learners share a name (%1): they are shown with the date their profile was made and the start of their learner id. Ask them to use their full names.</source>
        <translation>有不同的学习者使用相同的名字（%1）：名字后面显示其档案的创建日期和学习者编号的开头。请让他们使用全名。</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学习者</translation>
    </message>
    <message>
        <source>Results saved on %1</source>
        <translation>成绩保存于 %1</translation>
    </message>
    <message>
        <source>Overdue: the due date has passed.</source>
        <translation>已逾期：已经过了截止日期。</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>%1: wrong for %2 of %3 learners</source>
        <translation>%1:%3 位学习者中有 %2 位答错</translation>
    </message>
    <message>
        <source>Wrong answers: %1</source>
        <translation>错误答案：%1</translation>
    </message>
    <message>
        <source>No question was answered wrongly.</source>
        <translation>没有答错的题目。</translation>
    </message>
    <message>
        <source>Nobody at the moment.</source>
        <translation>目前没有。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1: made for another assignment (&quot;%2&quot;), so it is not counted here. Open that assignment to see it.</source>
        <translation>%1：这是另一份作业（“%2”）的文件，所以这里不计入。请打开那份作业来查看。</translation>
    </message>
    <message>
        <source>None: every file could be used.</source>
        <translation>没有：所有文件都可以使用。</translation>
    </message>
    <message>
        <source>Open the assignment file first, then the result files.</source>
        <translation>请先打开作业文件，再打开成绩文件。</translation>
    </message>
    <message>
        <source>%1 could not be saved (%2). Check that the folder is there and not full.</source>
        <translation>无法保存 %1（%2）。请检查文件夹是否还在、是否已满。</translation>
    </message>
    <message>
        <source>gradebook</source>
        <translation>成绩册</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>把报告导出为 CSV</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>电子表格用的 CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The report was saved for spreadsheets in:
%1</source>
        <translation>报告已保存为电子表格文件，位置：
%1</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>把报告保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF: %1%</source>
        <translation>正在保存 PDF:%1%</translation>
    </message>
    <message>
        <source>The report was saved as a PDF in:
%1</source>
        <translation>报告已保存为 PDF 文件，位置：
%1</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>报告已发送到打印机。</translation>
    </message>
    <message>
        <source>Select a learner in the table first.</source>
        <translation>请先在表格中选择一位学习者。</translation>
    </message>
    <message>
        <source>%1 has not passed any module of this assignment yet, so there is no certificate to make.</source>
        <translation>%1 还没有通过这份作业中的任何模块，所以还不能制作证书。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>证书 %1</translation>
    </message>
    <message>
        <source>The certificate for %1 was saved in:
%2</source>
        <translation>%1 的证书已保存在：
%2</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Review</source>
        <translation>复习</translation>
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
        <source>Nothing to review right now. Questions you miss in a quiz come back here a day or so later, and again at growing intervals until you know them.</source>
        <translation>现在没有需要复习的题目。测验中答错的题目大约一天后会回到这里，之后会隔得越来越久再出现，直到你掌握为止。</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>Question %1 of %2 (from: %3)</source>
        <translation>第 %1 题，共 %2 题（来自：%3）</translation>
    </message>
    <message>
        <source>&amp;Check answer</source>
        <translation>检查答案(&amp;C)</translation>
    </message>
    <message>
        <source>It will come back later.</source>
        <translation>这道题以后还会再出现。</translation>
    </message>
    <message>
        <source>It will come back soon.</source>
        <translation>这道题很快会再出现。</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>结束(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>下一题(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ScoreBar</name>
    <message>
        <source>pass mark %1%</source>
        <translation>及格线 %1%</translation>
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
        <source>Nothing found. Check the spelling, try fewer or shorter words, or look the word up in the Glossary (Ctrl+G).</source>
        <translation>什么也没找到。请检查拼写，试试更少或更短的词，或者在术语表中查找这个词（Ctrl+G）。</translation>
    </message>
    <message>
        <source>No exact match. Results for similar words: %1</source>
        <translation>没有完全相符的结果。相近词语的结果：%1 个</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>结果：%1 条</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Choose a teacher PIN</source>
        <translation>设置教师 PIN 码</translation>
    </message>
    <message>
        <source>Teacher mode is protected by a PIN so that learners cannot open it. Choose a PIN of %1 to 12 digits and type it twice. Keep it to yourself: if you forget it, the person who looks after this computer can reset it.</source>
        <translation>教师模式用 PIN 码保护，这样学习者就打不开它。请设一个 %1 到 12 位数字的 PIN 码，并输入两次。请不要告诉别人：如果忘记了，负责管理这台电脑的人可以重新设置。</translation>
    </message>
    <message>
        <source>New teacher PIN</source>
        <translation>新的教师 PIN 码</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>再输入一次同样的 PIN 码</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>新的 PIN 码(&amp;P)：</translation>
    </message>
    <message>
        <source>The same PIN &amp;again:</source>
        <translation>再输入一次 PIN 码(&amp;A)：</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>PIN 码提示</translation>
    </message>
    <message>
        <source>Save the PIN</source>
        <translation>保存 PIN 码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A PIN is %1 to 12 digits (0 to 9). Please choose another one.</source>
        <translation>PIN 码是 %1 到 12 位数字（0 到 9）。请换一个。</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type the PIN again.</source>
        <translation>两次输入的 PIN 码不一样。请重新输入。</translation>
    </message>
    <message>
        <source>The PIN could not be saved (%1).</source>
        <translation>无法保存 PIN 码（%1）。</translation>
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
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>文字大小(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>Extra content folders (teachers&apos; own modules):</source>
        <translation>额外的内容文件夹（教师自己制作的模块）：</translation>
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
        <translation>你的答案</translation>
    </message>
    <message>
        <source>Accepted answers: %1.</source>
        <translation>可以接受的答案：%1。</translation>
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
        <translation>如果这句话是错的，请勾选</translation>
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
    <name>TeacherGuide</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Teacher guide</source>
        <translation>教师指南</translation>
    </message>
    <message>
        <source>Time for everything below:</source>
        <translation>以下全部内容所需时间：</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>约 %1 分钟</translation>
    </message>
    <message>
        <source>Pass mark of the quiz:</source>
        <translation>测验及格线：</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Aims</source>
        <translation>教学目标</translation>
    </message>
    <message>
        <source>After each lesson, learners can:</source>
        <translation>学完每一课，学习者能够：</translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation>第 %1 课：%2</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时间安排</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课</translation>
    </message>
    <message>
        <source>Practice task</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>讨论</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>%1 claims to check; the time is an estimate</source>
        <translation>要核查 %1 个说法；时间为估计值</translation>
    </message>
    <message>
        <source>%1 questions; the time is an estimate</source>
        <translation>%1 道题；时间为估计值</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Discussion plan</source>
        <translation>讨论计划</translation>
    </message>
    <message>
        <source>This module has no discussion questions yet.</source>
        <translation>这个模块还没有讨论题。</translation>
    </message>
    <message>
        <source>After the lesson: %1</source>
        <translation>学完这一课之后：%1</translation>
    </message>
    <message>
        <source>Check it yourself</source>
        <translation>动手试一试</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>课堂活动：%1</translation>
    </message>
    <message>
        <source>In the section:</source>
        <translation>所在小节：</translation>
    </message>
    <message>
        <source>Discussion question (%1)</source>
        <translation>讨论题（%1）</translation>
    </message>
    <message>
        <source>After the section:</source>
        <translation>接在这一小节之后：</translation>
    </message>
    <message>
        <source>For the teacher:</source>
        <translation>给教师的提示：</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>属实</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>有误</translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation>无法核查</translation>
    </message>
    <message>
        <source>primary source</source>
        <translation>原始来源</translation>
    </message>
    <message>
        <source>official explanation</source>
        <translation>官方解读</translation>
    </message>
    <message>
        <source>news report</source>
        <translation>新闻报道</translation>
    </message>
    <message>
        <source>fact-check</source>
        <translation>事实核查</translation>
    </message>
    <message>
        <source>reference work</source>
        <translation>参考资料</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>已过时</translation>
    </message>
    <message>
        <source>content farm</source>
        <translation>内容农场</translation>
    </message>
    <message>
        <source>forum post</source>
        <translation>论坛帖子</translation>
    </message>
    <message>
        <source>advert</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Answers to the practice tasks</source>
        <translation>练习的答案</translation>
    </message>
    <message>
        <source>Practises the lesson:</source>
        <translation>对应的课：</translation>
    </message>
    <message>
        <source>The AI answer to check:</source>
        <translation>要核查的 AI 回答：</translation>
    </message>
    <message>
        <source>The claims</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>依据的页面</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Reliable</source>
        <translation>可靠</translation>
    </message>
    <message>
        <source>Not reliable</source>
        <translation>不可靠</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Can it be trusted?</source>
        <translation>能信吗？</translation>
    </message>
    <message>
        <source>An expert opens first:</source>
        <translation>专家先打开：</translation>
    </message>
    <message>
        <source>The expert’s path</source>
        <translation>专家的核查路径</translation>
    </message>
    <message>
        <source>Quiz answer key</source>
        <translation>测验答案</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
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
        <source>%1 (give or take %2)</source>
        <translation>%1（误差 ±%2）</translation>
    </message>
    <message>
        <source>%1, for %2% of the marks</source>
        <translation>%1，得 %2% 的分</translation>
    </message>
    <message>
        <source>Right order:</source>
        <translation>正确顺序：</translation>
    </message>
    <message>
        <source>Pairs:</source>
        <translation>配对：</translation>
    </message>
    <message>
        <source>The wrong sentences:</source>
        <translation>错误的句子：</translation>
    </message>
    <message>
        <source>Verdicts:</source>
        <translation>判断：</translation>
    </message>
    <message>
        <source>Accepted answers:</source>
        <translation>可以接受的答案：</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>答案：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Taught in:</source>
        <translation>所在的课：</translation>
    </message>
    <message>
        <source>Teacher guide: %1</source>
        <translation>教师指南：%1</translation>
    </message>
</context>
<context>
    <name>TeacherView</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>This file is damaged (it is incomplete or its checksum does not match). Ask the learner to export it again.</source>
        <translation>这个文件损坏了（文件不完整，或者校验值不符）。请让学习者重新导出一次。</translation>
    </message>
    <message>
        <source>This is not an ailiteracy results file. Learners make one with &apos;Save my results for the teacher&apos; in their list of assignments.</source>
        <translation>这不是 ailiteracy 的成绩文件。学习者可以在自己的作业列表中用“保存我的成绩交给教师”来生成成绩文件。</translation>
    </message>
    <message>
        <source>This file was made by a newer version of ailiteracy. Update ailiteracy on this computer, then open it again.</source>
        <translation>这个文件是由更新版本的 ailiteracy 生成的。请先更新这台电脑上的 ailiteracy，然后再打开它。</translation>
    </message>
    <message>
        <source>This file is not in the expected form (something in it is missing or wrong). Ask the learner to export it again.</source>
        <translation>这个文件的格式不对（里面有内容缺失或出错）。请让学习者重新导出一次。</translation>
    </message>
    <message>
        <source>This file is too large to be a results file. Check that you chose the right file.</source>
        <translation>这个文件太大了，不会是成绩文件。请检查你选的文件对不对。</translation>
    </message>
    <message>
        <source>This file could not be read (%1). Check that the USB stick or shared folder is still there, then open it again.</source>
        <translation>无法读取这个文件（%1）。请检查 U 盘或共享文件夹是否还在，然后重新打开。</translation>
    </message>
    <message>
        <source>This assignment file is damaged (it is incomplete or its checksum does not match). Save the assignment again from the Assignments tab.</source>
        <translation>这个作业文件损坏了（文件不完整，或者校验值不符）。请在“作业”标签页中重新保存这份作业。</translation>
    </message>
    <message>
        <source>This is not an ailiteracy assignment file. Its name should end in .ailiteracy-assignment. (Learners&apos; results files are opened with &apos;Open result files…&apos;.)</source>
        <translation>这不是 ailiteracy 的作业文件。作业文件的名字应该以 .ailiteracy-assignment 结尾。（学习者的成绩文件请用“打开成绩文件…”来打开。）</translation>
    </message>
    <message>
        <source>This assignment was made by a newer version of ailiteracy. Update ailiteracy on this computer, then open it again.</source>
        <translation>这份作业是由更新版本的 ailiteracy 制作的。请先更新这台电脑上的 ailiteracy，然后再打开它。</translation>
    </message>
    <message>
        <source>This assignment file is not in the expected form (something in it is missing or wrong). Save the assignment again from the Assignments tab.</source>
        <translation>这个作业文件的格式不对（里面有内容缺失或出错）。请在“作业”标签页中重新保存这份作业。</translation>
    </message>
    <message>
        <source>This file is too large to be an assignment file. Check that you chose the right file.</source>
        <translation>这个文件太大了，不会是作业文件。请检查你选的文件对不对。</translation>
    </message>
    <message>
        <source>This file could not be read (%1).</source>
        <translation>无法读取这个文件（%1）。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>In %1:</source>
        <translation>在 %1 中：</translation>
    </message>
    <message>
        <source>Elsewhere:</source>
        <translation>其他位置：</translation>
    </message>
    <message>
        <source>failed the quiz of &quot;%1&quot; %2 times and has not passed it yet</source>
        <translation>“%1”的测验没通过 %2 次，至今仍未通过</translation>
    </message>
    <message>
        <source>the due date has passed and nothing has been done</source>
        <translation>已过截止日期，但还什么都没有做</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1，已逾期</translation>
    </message>
    <message>
        <source>Teacher mode</source>
        <translation>教师模式</translation>
    </message>
    <message>
        <source>&amp;Leave teacher mode</source>
        <translation>离开教师模式(&amp;L)</translation>
    </message>
    <message>
        <source>Leave teacher mode</source>
        <translation>离开教师模式</translation>
    </message>
    <message>
        <source>Teacher mode sections</source>
        <translation>教师模式的各个部分</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>班级报告</translation>
    </message>
    <message>
        <source>Own content</source>
        <translation>自己的内容</translation>
    </message>
    <message>
        <source>%1 (attempts: %2)</source>
        <translation>%1（测验次数：%2）</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>day, month and year</comment>
        <translation>%3年%2%1日</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>原则</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>宣言</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>倡议</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>条约</translation>
    </message>
    <message>
        <source>Position paper</source>
        <translation>立场文件</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构设立</translation>
    </message>
    <message>
        <source>Timeline of AI governance</source>
        <translation>AI 治理时间线</translation>
    </message>
    <message>
        <source>Rules, principles and agreements about AI, oldest first. Choose an event to read what it is, then open its lesson or the original text.</source>
        <translation>关于 AI 的规则、原则和协议，按时间从早到晚排列。选择一个事件，看看它讲的是什么，然后可以打开相关的课或原文。</translation>
    </message>
    <message>
        <source>Show events from this body</source>
        <translation>显示这个机构的事件</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>机构(&amp;B)：</translation>
    </message>
    <message>
        <source>Show events of this kind</source>
        <translation>显示这种类型的事件</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Number of events shown</source>
        <translation>显示的事件数量</translation>
    </message>
    <message>
        <source>Events, oldest first</source>
        <translation>事件（按时间从早到晚）</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose an event. Press Enter to open its lesson.</source>
        <translation>用方向键选择一个事件，按 Enter 键打开相关的课。</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>事件(&amp;E)：</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>没有符合这些筛选条件的事件。</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Date, body and kind</source>
        <translation>日期、机构和类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Open the &amp;lesson</source>
        <translation>打开相关的课(&amp;L)</translation>
    </message>
    <message>
        <source>Open the lesson</source>
        <translation>打开相关的课</translation>
    </message>
    <message>
        <source>Open the primary &amp;source</source>
        <translation>打开原始来源(&amp;S)</translation>
    </message>
    <message>
        <source>Open the primary source</source>
        <translation>打开原始来源</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>事件详情</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>所有机构</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>显示 %1 个事件，共 %2 个</translation>
    </message>
    <message>
        <source>No events to show.</source>
        <translation>没有可以显示的事件。</translation>
    </message>
    <message>
        <source>No event chosen.</source>
        <translation>还没有选择事件。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>TrueFalseWidget</name>
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
        <translation>答案是：%1。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to ailiteracy</source>
        <translation>欢迎使用 ailiteracy</translation>
    </message>
    <message>
        <source>Your &amp;name (or a nickname your teacher will know):</source>
        <translation>你的名字（或老师认得的昵称）(&amp;N)：</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>No name? Use the app as a guest. Nothing is saved on this computer, and everything is forgotten when you sign out.</source>
        <translation>不想留名字？可以以访客身份使用。这台电脑上不会保存任何内容，退出后一切都会被清除。</translation>
    </message>
    <message>
        <source>Continue as a &amp;guest</source>
        <translation>以访客身份继续(&amp;G)</translation>
    </message>
    <message>
        <source>Continue as a guest; nothing is saved</source>
        <translation>以访客身份继续；不保存任何内容</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>Skip this step and keep the setting shown</source>
        <translation>跳过这一步，保留显示的设置</translation>
    </message>
    <message>
        <source>This is how big the text will be. You can change it any time with Ctrl+ +.</source>
        <translation>文字就会这么大。你随时可以用 Ctrl + 加号键调整。</translation>
    </message>
    <message>
        <source>Step %1 of 3</source>
        <translation>第 %1 步，共 3 步</translation>
    </message>
    <message>
        <source>Welcome! Which language do you want?</source>
        <translation>欢迎！你想用哪种语言？</translation>
    </message>
    <message>
        <source>You can change it later in View &gt; Language.</source>
        <translation>以后可以在“视图 &gt; 语言”中更改。</translation>
    </message>
    <message>
        <source>How big should the text be?</source>
        <translation>文字要多大？</translation>
    </message>
    <message>
        <source>Choose a size that is easy for you to read.</source>
        <translation>请选择你读起来舒服的大小。</translation>
    </message>
    <message>
        <source>What is your name?</source>
        <translation>你叫什么名字？</translation>
    </message>
    <message>
        <source>Your name keeps your progress apart from other people&apos;s and appears on the results you hand in.</source>
        <translation>名字可以把你的进度和别人的分开，也会出现在你交给老师的成绩上。</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Start learning</source>
        <translation>开始学习</translation>
    </message>
    <message>
        <source>Please type a name, or continue as a guest.</source>
        <translation>请输入一个名字，或者以访客身份继续。</translation>
    </message>
</context>
<context>
    <name>WindowAppearance</name>
    <message>
        <source>Text size: %1%</source>
        <translation>文字大小：%1%</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Guest</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>SIFT routine card</source>
        <translation>SIFT 四步法卡片</translation>
    </message>
    <message>
        <source>Save the SIFT routine card</source>
        <translation>保存 SIFT 四步法卡片</translation>
    </message>
    <message>
        <source>The card could not be saved in %1 (%2).</source>
        <translation>卡片无法保存到 %1（%2）。</translation>
    </message>
    <message>
        <source>The card was saved in %1. Open it to print it.</source>
        <translation>卡片已保存到 %1。打开它就可以打印。</translation>
    </message>
    <message>
        <source>About ailiteracy</source>
        <translation>关于 ailiteracy</translation>
    </message>
    <message>
        <source>ailiteracy %1

Learn to use AI safely and to check what it tells you. Works offline; your progress stays on this computer.</source>
        <translation>ailiteracy %1

学会安全地使用 AI，并核实它告诉你的内容。不用联网也能使用；你的学习进度只保存在这台电脑上。</translation>
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
        <translation>这些文件有问题。在问题修好之前，它们所属的模块不会显示；其他模块都能正常使用。每一行列出文件名、行号和出错的地方。</translation>
    </message>
    <message>
        <source>No problems found in the content.</source>
        <translation>内容中没有发现问题。</translation>
    </message>
</context>
<context>
    <name>WindowLessons</name>
    <message>
        <source>That lesson is not available.</source>
        <translation>这一课目前无法打开。</translation>
    </message>
    <message>
        <source>That practice task is not available.</source>
        <translation>这个练习无法打开。</translation>
    </message>
</context>
<context>
    <name>WindowLinks</name>
    <message>
        <source>That link does not lead anywhere.</source>
        <translation>这个链接没有指向任何内容。</translation>
    </message>
    <message>
        <source>Links are switched off</source>
        <translation>链接已关闭</translation>
    </message>
    <message>
        <source>On this computer, web links cannot be opened. The address is:
%1</source>
        <translation>这台电脑上不能打开网页链接。网址是：
%1</translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation>要打开网页吗？</translation>
    </message>
    <message>
        <source>This link leads to a web page outside the app:

%1

Open it in your web browser? This needs an internet connection.</source>
        <translation>这个链接指向本程序以外的一个网页：

%1

要在网页浏览器中打开它吗？这需要连接互联网。</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
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
        <source>Open &amp;assignment…</source>
        <translation>打开作业(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Teacher mode…</source>
        <translation>教师模式(&amp;T)…</translation>
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
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Governance &amp;timeline</source>
        <translation>AI 治理时间线(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Review due questions</source>
        <translation>复习到期的题目(&amp;R)</translation>
    </message>
    <message>
        <source>How sure vs. ho&amp;w right</source>
        <translation>把握程度与答对情况(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Assigned to me</source>
        <translation>我的作业(&amp;A)</translation>
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
        <source>Dar&amp;k colours</source>
        <translation>深色模式(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
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
        <source>SIFT routine &amp;card (PDF)…</source>
        <translation>SIFT 四步法卡片(&amp;C)（PDF）…</translation>
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
        <source>Review due questions</source>
        <translation>复习到期的题目</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>我的作业</translation>
    </message>
    <message>
        <source>Open an assignment file</source>
        <translation>打开作业文件</translation>
    </message>
    <message>
        <source>Teacher mode</source>
        <translation>教师模式</translation>
    </message>
    <message>
        <source>Governance timeline</source>
        <translation>AI 治理时间线</translation>
    </message>
    <message>
        <source>How sure vs. how right</source>
        <translation>把握程度与答对情况</translation>
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
</context>
<context>
    <name>WindowNavigation</name>
    <message>
        <source>&amp;Review %1 due question(s)</source>
        <translation>复习 %1 道到期的题目(&amp;R)</translation>
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
        <source>Practice: %1</source>
        <translation>练习：%1</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
</context>
<context>
    <name>WindowNotices</name>
    <message>
        <source>To keep what you do as a guest, use File &gt; Export my progress before you leave.</source>
        <translation>访客模式下想保留学习记录，请在离开前使用“文件 &gt; 导出我的进度”。</translation>
    </message>
    <message>
        <source>Guest session notice</source>
        <translation>访客模式提示</translation>
    </message>
    <message>
        <source>Your quiz answers, scores and lessons read are shared with %1, as your school or library has set up this computer.</source>
        <translation>按照你的学校或图书馆对这台电脑的设置，你的测验答案、分数和已读课程会分享给%1。</translation>
    </message>
    <message>
        <source>Sharing notice</source>
        <translation>分享提示</translation>
    </message>
    <message>
        <source>Saving notice</source>
        <translation>保存提示</translation>
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
        <source>No one has used the computer for a while. You will be signed out in %1 seconds.</source>
        <translation>已经有一段时间没有人使用这台电脑了。%1 秒后将自动退出登录。</translation>
    </message>
    <message>
        <source>Your progress was saved by a newer version of ailiteracy. You can look at it here, but nothing more is saved in this session.</source>
        <translation>你的进度是由较新版本的 ailiteracy 保存的。你可以在这里查看，但本次使用中不会再保存任何内容。</translation>
    </message>
    <message>
        <source>Nothing more is saved in this session: the data folder cannot be written.</source>
        <translation>本次使用中不会再保存任何内容：数据文件夹无法写入。</translation>
    </message>
    <message>
        <source>Your work could not be saved in %1 (%2). You can go on using the app, but nothing more will be saved in this session. Everything saved before is safe. Ask the administrator to check the data folder.</source>
        <translation>你的学习记录无法保存到 %1（%2）。你可以继续使用本应用，但本次使用中不会再保存任何内容。之前保存的内容都是安全的。请管理员检查数据文件夹。</translation>
    </message>
    <message>
        <source>Your progress was saved by a newer version of ailiteracy. This version shows what it can but saves nothing, so that your progress is not damaged. Ask the administrator to install the newer version.</source>
        <translation>你的进度是由较新版本的 ailiteracy 保存的。为了不损坏你的进度，此版本只显示能显示的内容，不保存任何东西。请管理员安装较新的版本。</translation>
    </message>
    <message>
        <source>A progress file was damaged. What could be read has been kept, but some recent progress may be missing. The damaged file was kept as:
%1</source>
        <translation>有一个进度文件损坏了。能读取的部分已经保留下来，但最近的一些进度可能丢失了。损坏的文件已另存为：
%1</translation>
    </message>
    <message>
        <source>A progress file was damaged and could not be read, so that part of your progress starts again. The damaged file was kept as:
%1
Ask your teacher or librarian if you need it.</source>
        <translation>有一个进度文件损坏了，无法读取，所以这部分进度要从头开始。损坏的文件已另存为：
%1
如果需要这个文件，请询问你的教师或图书管理员。</translation>
    </message>
    <message>
        <source>Progress not saved</source>
        <translation>进度未保存</translation>
    </message>
    <message>
        <source>Progress file damaged</source>
        <translation>进度文件已损坏</translation>
    </message>
    <message>
        <source>Some content could not be loaded: see Help &gt; Content problems.</source>
        <translation>有些内容无法载入：请查看“帮助 &gt; 内容问题”。</translation>
    </message>
    <message>
        <source>No Chinese font</source>
        <translation>没有中文字体</translation>
    </message>
    <message>
        <source>This computer has no font for Chinese text, so Chinese may show as empty boxes. Ask the administrator to install a Chinese font (on Debian or Ubuntu: the package fonts-noto-cjk).</source>
        <translation>这台电脑没有中文字体，中文可能会显示成空白方框。请管理员安装中文字体（Debian 或 Ubuntu 系统：安装 fonts-noto-cjk 软件包）。</translation>
    </message>
</context>
</TS>
