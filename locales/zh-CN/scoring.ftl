# 评分：对学员帖子和整场演练的评价，以及 `score` 命令。
# 每条发现都说明看到了什么，并建议更好的写法（见 docs/scoring.md）。

## 维度与评级

score-dimension-speed = 快速
score-dimension-tone = 语气
score-dimension-transparency = 透明
score-dimension-authority = 权威
score-dimension-service = 服务
score-dimension-interaction = 互动
score-overall = 总分
score-rating-p = P：顺利完成
score-rating-s = S：完成但有一些问题
score-rating-m = M：完成但问题较大
score-rating-u = U：未能完成

## 单条帖子的发现

score-post-empty = 帖子没有内容。请说明发生了什么、正在做什么、群众可以到哪里求助。

score-tone-empathy = 体现了共情：«{ $excerpt }»。先共情，事实更容易被听进去。
score-tone-personal-data = «{ $excerpt }»把处在事件中心的当事人暴露在公众面前：周围的话说得再暖，也谈不上尊重。请用不可识别的说法，如“一名63岁居民”，不要写病情和住址。
score-tone-cold = 报告了伤害（«{ $excerpt }»），却没有一句话体恤受影响的人。在事实之前加一句，例如“我们牵挂每一位伤者和他们的家人，也理解大家的担心”。
score-tone-no-empathy = 没有一句话回应伤害和群众的担心。开头加一句，例如“我们理解[受影响的群众]和家属此刻的担心”。语气最多可得{ $forgone }分。
score-tone-apology = 作出了道歉：«{ $excerpt }»。机构有过错时，道歉加整改能重建信任。
score-tone-no-apology = { $replied ->
    [yes] 只在回复个人时道过歉，始终没有在面向公众的通报中为己方过失道歉：{ $fact } 受影响的群众看的是通报，不是你给别人的回复。要在通报里直接道歉、承担责任并说明整改措施，例如“[什么问题]是我们的过失，我们向[谁]诚恳道歉，已[整改措施]。”
   *[other] { $earlier ->
        [yes] 事件之初道过歉，但这项己方过失查明后没有再道歉：{ $fact } 要在通报里点明这项过失并道歉，例如“[什么问题]是我们的过失，我们向[谁]诚恳道歉，已[整改措施]。”
       *[other] 始终没有为己方过失道歉：{ $fact } 机构有过错时，要在通报里直接道歉、承担责任并说明整改措施，例如“[什么问题]是我们的过失，我们向[谁]诚恳道歉，已[整改措施]。”
    }
}
score-tone-late-apology = 得知己方过失 { $minutes } 分钟后才道歉：{ $fact } 过失一经确认，应在首次回应时限内道歉；拖得越久，越像是被逼出来的。
score-tone-officialese = 官腔或行话：«{ $excerpt }»没有提供任何信息。改用群众听得懂的话，说明谁在哪里做什么，例如“[几支][队伍]正在[地点][做什么]”；缩写和术语要写明白。
score-tone-boilerplate = 八股套话：«{ $excerpt }»像一张空头支票。改为给出一个具体事实和下一次通报的时间。
score-tone-denial-backed = 有依据的否认：«{ $excerpt }»。否认不实说法时同时给出经核实的事实和来源，是回应谣言的正确做法，不扣分。
score-tone-denial = { $kind ->
    [refusal] 拒绝回应：«{ $excerpt }»。沉默会被当成遮掩，谣言会填补空白。说清已确认的、尚在核实的，以及何时再通报，例如“[已确认的情况]。[尚在核实的情况]，[几时]前再通报”。
   *[denial] 断然否认：«{ $excerpt }»。一旦被证伪，公信力会严重受损。改为陈述经核实的事实及其来源，例如“[哪个部门][几时]核查了[什么]：[结果]”。
}
score-tone-blame = 推卸责任：«{ $excerpt }»像是在找替罪羊。对机构能负责的部分担起责任，例如“[我们负责的环节]是我们的责任，我们正在倒查”。
score-tone-condescension = 居高临下：«{ $excerpt }»在训斥或贬低网民。平等对话，回应提问背后的担心。
score-tone-lecturing = 说教：«{ $excerpt }»在提醒、教育或责备群众。平等地说清该做什么、为什么，例如“每年夏天都有人因中暑就医，以下几点可以帮您防暑”。
score-tone-officialese-backed = 套话：«{ $excerpt }»。这句话后面已经说了做了什么，直接从做了什么说起，去掉套话。
score-tone-threat = 威胁群众：«{ $excerpt }»。威胁会让账号显得心虚，也把群众推远。辟谣就用核实的事实，并告诉大家到哪里查证；要群众配合，就说清该做什么、为什么。
score-tone-threat-backed = 在核实的事实之后提醒法律后果：«{ $excerpt }»。作为结尾的一句简短提醒可以接受，但不少人仍会觉得是在吓唬人；事实和核查本身就足以辟谣。
score-tone-threat-main = 这条帖子的主旨是威胁。先讲清核实的事实；如需提及法律后果，放在最后一句简短说明。
score-tone-excuse = 找借口：«{ $excerpt }»在淡化伤害。先说发生了什么、正在做什么，原因留待调查结论。
score-tone-long-sentence = 一句话长达 { $length } { $unit ->
        [chars] 个字
       *[words] 个词
    }（上限 { $limit }），在手机上很难读。拆成短句，一句一个意思。
score-tone-forbidden = «{ $excerpt }»是本次演练要求避免的说法。请直接说明已知情况和正在采取的措施。

score-transparency-facts = 具体事实：«{ $excerpt }»。数字、时间、地点表明哪些情况已经确认。
score-transparency-unknowns = 说明了尚不清楚的情况：«{ $excerpt }»。及早承认未知，反而保护公信力。
score-transparency-actions = 说明了正在采取的措施：«{ $excerpt }»。
score-transparency-next-update = 承诺了下一次通报的时间：«{ $excerpt }»。请按时兑现。
score-transparency-vague-promise = 承诺会通报但没有时间：«{ $excerpt }»。请给出时间，例如“今晚8时再次通报”。
score-transparency-help = 说明了到哪里求助或获取信息：«{ $excerpt }»。
score-transparency-commitment = 承诺持续沟通：«{ $excerpt }»。
score-transparency-missing-facts = 没有已确认的事实：请说明何时、何地、发生了什么、涉及谁，例如“[时间]，[地点]发生[什么事]，[多少人]受影响”。透明最多可得{ $forgone }分。
score-transparency-missing-unknowns = 没有说明尚不清楚的情况。加一句，例如“[原因]尚不清楚，[哪个部门]正在调查”。透明最多可得{ $forgone }分。
score-transparency-missing-actions = 没有说明正在做什么。写清谁在做什么，例如“[哪个部门]正在[地点][做什么]”。透明最多可得{ $forgone }分。
score-transparency-missing-next-update = 没有说明下一次通报的时间。加上“下一次通报时间：[几时]”（最多一两个小时后），并按时兑现。透明最多可得{ $forgone }分。
score-transparency-missing-help = 没有说明到哪里求助。加上热线、网站或地点，例如“求助请拨打[热线]”。透明最多可得{ $forgone }分。
score-transparency-boilerplate = «{ $excerpt }»代替了应有的信息。改为说明目前已掌握的情况。
score-transparency-shield = 在没有任何事实的情况下使用«{ $excerpt }»，成了挡箭牌。说清已知什么、未知什么、何时再通报。
score-transparency-contradiction = «{ $excerpt }»与已确认的事实（{ $fact }）相矛盾。请更正并陈述已确认的事实。
score-transparency-leak-private = «{ $excerpt }»泄露了个人隐私（{ $fact }）。删去当事人的姓名和个人信息。
score-transparency-personal-data = «{ $excerpt }»公开了个人信息（身份证号、门牌住址、点名者的年龄、住址或班级）。请删去，用不可识别的说法，如“一名学生”“一名34岁居民”，不要写住在哪里。
score-transparency-leak-unverified = «{ $excerpt }»把尚未核实的信息（{ $fact }）当作事实发布。请说明正在核实，或先请相关部门核实。

score-authority-responsible-body = 点明了负责机构：«{ $excerpt }»。
score-authority-no-source = 没有点明负责机构。说明信息由谁确认，例如“据[负责机构]通报……”。权威最多可得{ $forgone }分。
score-authority-facts = 已确认的细节：«{ $excerpt }»。
score-authority-verified = 标明了信息经过核实及其来源：«{ $excerpt }»。
score-authority-speculation = 臆测：«{ $excerpt }»。只发布已确认的事实；与其猜测，不如说明哪些情况仍在核实。
score-authority-own-account = 以官方账号身份直接回复«{ $excerpt }»：回复本身就是权威来源，不必另外注明。
score-authority-over-reassurance = 过度保证：«{ $excerpt }»在结果还没出来时就保证安全。说清已有结果和待定事项，例如“常规指标合格，全项结果9月7日公布，在此之前婴幼儿请饮用桶装水”。
score-authority-vague-naming = 主体含糊：«{ $excerpt }»。写明机构或职务，例如“市水务局”而不是“有关部门”。
score-authority-rumour-headline = 标题把谣言写成了问句，却没有给出答案：«{ $excerpt }»。很多人只看标题，记住的反而是谣言。标题直接给出经核实的事实（“[真实情况]，[哪个部门][几时]核实”），或在问句后直接作答（“…？不实”）。
score-authority-bare-denial = { $kind ->
    [refusal] 拒绝回应且没有任何事实：«{ $excerpt }»。说明已确认的情况、由谁确认，以及何时能知道更多。
   *[denial] 否认缺少事实和来源支撑：«{ $excerpt }»。说明由谁、在何时、核查了什么。
}
score-authority-contradiction = «{ $excerpt }»与已确认的事实（{ $fact }）相矛盾，账号的公信力受到质疑。请尽快更正。
score-authority-leak-unverified = «{ $excerpt }»转述了未经核实的说法（{ $fact }）。发布前请先向负责部门核实。
score-authority-unbriefed = «{ $excerpt }»陈述了尚未向您通报的情况（{ $fact }）。只发布负责机构已向您确认的信息。

score-service-guidance = 告诉了群众该怎么做：«{ $excerpt }»。
score-service-phone = 提供了求助电话：«{ $excerpt }»。
score-service-help = 指明了求助渠道：«{ $excerpt }»。
score-service-place = 告诉了群众去哪里：«{ $excerpt }»。
score-service-warning = 发布了有时间或地点的预警：«{ $excerpt }»。
score-service-missing-guidance = 没有告诉群众现在该做什么。给受影响的群众加一条明确的行动建议，例如“请[现在该做什么：避开某处、关好门窗、带孩子到某医院就诊]”。服务最多可得{ $forgone }分。
score-service-missing-help = 没有提供热线、地点或网站。说明到哪里求助，例如“[安置点或服务点]设在[地点]，求助热线[号码]”。服务最多可得{ $forgone }分。

## 整场演练的发现

score-speed-first-response = 首条面向公众的通报在第 { $minutes } 分钟发布（目标 { $target } 分钟，最迟 { $deadline } 分钟）。先发一条简短的事实快讯，再补充细节。
score-speed-no-response = 始终没有发帖。首次权威发布最迟应在 { $deadline } 分钟内：即使掌握的信息不多，也要先发布。
score-speed-no-statement = 始终没有发布面向公众的通报，只回复了个人（第一条回复在第 { $minutes } 分钟）。回复只有提问者看得到；首次权威发布最迟应在 { $deadline } 分钟内。
score-speed-inquiry = { $empty ->
    [repeated] 在 { $minutes } 分钟后回复了{ $asker }（时限 { $deadline } 分钟），但用的是与之前回复相同的文字：复制粘贴的回复回答不了任何人的问题。请针对这位记者的提问作答。
    [yes] 在 { $minutes } 分钟后回复了{ $asker }（时限 { $deadline } 分钟），但回复没有记者能用的内容。请给出已确认的事实，并说明何时能提供更多信息。
   *[other] 在 { $minutes } 分钟后回复了{ $asker }（时限 { $deadline } 分钟）。
}
score-speed-inquiry-missed = 没有回复{ $asker }（时限 { $deadline } 分钟）。哪怕回复“正在核实数字，[几时]前答复”，也能赢得媒体理解。
score-speed-rumour = 谣言“{ $rumour }”出现 { $minutes } 分钟后作出了澄清。
score-speed-rumour-replied = 谣言“{ $rumour }”出现 { $minutes } 分钟后作出了澄清，但只是在回复个人时说的：其他人看到的仍然只有谣言。请发布辟谣通报，写明核实的事实和来源。
score-speed-rumour-uncorrected = 始终没有澄清谣言“{ $rumour }”。一旦掌握核实的事实，应立即用事实和来源辟谣。
score-speed-promise-kept = 按时兑现了下一次通报的承诺。
score-speed-promise-broken = 没有按承诺时间通报。如果无法兑现，也要在承诺的时间发帖说明何时再通报。
score-interaction-answered = { $publicly ->
    [yes] { $late ->
        [yes] { $asker }的问题直到 { $minutes } 分钟后才由一条公开通报答复（目标 { $target } 分钟）：答得晚，也没有直接回复对方。请在目标时间内直接回复提问的人。
       *[other] 在 { $minutes } 分钟后通过公开通报回答了{ $asker }的问题（目标 { $target } 分钟）：通报给出了对方想知道的事实。
    }
   *[other] { $empty ->
        [repeated] 在 { $minutes } 分钟后回复了{ $asker }（目标 { $target } 分钟），但用的是与之前回复相同的文字：复制粘贴的回复回答不了任何人的问题。请针对对方的提问作答。
        [yes] 在 { $minutes } 分钟后回复了{ $asker }（目标 { $target } 分钟），但回复没有实质内容。请用事实、数字或该怎么做来回答。
        [harmful] 在 { $minutes } 分钟后回复了{ $asker }（目标 { $target } 分钟），但回复本身有问题（泄露、猜测、推责、说教或否认：见这条回复的发现）。这样的回复只能算迟到的回复。
       *[other] { $late ->
            [yes] { $minutes } 分钟后才回复{ $asker }，超过了 { $target } 分钟的目标。请更快回复。
           *[other] 在 { $minutes } 分钟后回复了{ $asker }（目标 { $target } 分钟）。
        }
    }
}
score-interaction-unanswered = 没有回复{ $asker }。请简短、具体地回答提问。
score-interaction-big-accounts-only = 回复了 { $big }% 的媒体和大V提问，但只回复了 { $ordinary }% 的普通网民提问。也要让“沉默的声音”被听见。
score-transparency-withheld = 始终没有公开公众需要的事实：{ $fact }。
score-transparency-late-disclosure = 得知“{ $fact }”后 { $minutes } 分钟才公开。需要公开的事实应及时发布。
score-transparency-broken-promise = { $came ->
    [yes] 承诺的通报晚了 { $minutes } 分钟才发布：赶不上时，要在承诺的时间先发帖说明何时再通报。
   *[other] 承诺的通报没有兑现：空头支票会损害公信力。
}
score-transparency-privacy-breach = 公开了个人隐私（«{ $excerpt }»）。信息一经发出就无法收回，这会影响整场演练的评价，而不只是这一条帖子。
score-tone-privacy-breach = 公开了事件当事人的隐私（«{ $excerpt }»）：措辞再温暖，公开他们的个人信息也是对当事人的不尊重。提到当事人时不要写姓名和病情。
score-run-no-posts = 没有可评估的帖子：语气、透明、权威、服务均为 0 分。

## `score` 命令

cli-score-about = 为一条消息评分（无时间线）：语气、透明、权威、服务
cli-score-arg-text = 要评分的消息
cli-score-arg-file = 包含消息的文件，或用 - 从标准输入读取
cli-score-arg-format = 输出格式：text 或 json
cli-score-lang-note = 给出 --lang 时按该语言评分；否则根据文字判断（含汉字 → zh-CN，否则 en-US）。
cli-score-lang-mismatch = 警告：这条消息看起来是 { $detected }，但因为 --lang 按 { $lang } 评分
cli-score-not-utf8 = 错误：{ $path } 不是 UTF-8 文本
cli-score-heading = 按 { $lang } 评分：
cli-score-needs-timeline = 快速和互动需要时间线：运行一个场景才能评分。
cli-score-service-left-out = 服务未计入总分：单条消息不一定要给出指引，指引只在能提高总分时计入。
cli-score-findings = 依据：
cli-score-advice = 建议：
cli-score-no-findings = 没有发现。
cli-score-promise = 承诺的下一次通报：开始后 { $at }。
