# 评估报告（crates/report）与 `report` 命令：按 HSEEP 演练总结报告与改进计划的结构组织
# （见 docs/report-format.md）。各条发现本身的文字来自 scoring.ftl。

## 标题与章节

report-title = 演练评估报告
report-subtitle = 演练总结报告与改进计划
report-section-overview = 演练概况
report-section-summary = 总体评价
report-section-objectives = 演练目标与能力评级
report-section-strengths = 做得好的方面
report-section-improvements = 需要改进的方面
report-section-plan = 改进计划
report-section-rewrite = 改写建议
report-section-timeline = 时间线回顾
report-section-public = 舆论反应
report-section-appendix = 附录：每条规则的影响
report-contents = 目录

## 概况

report-field-scenario = 演练情景
report-field-account = 账号
report-field-objectives = 演练目标
report-field-trainee = 学员
report-field-date = 日期
report-field-sim-duration = 模拟时长
report-field-real-duration = 实际用时
report-field-seed = 随机种子
report-field-language = 报告语言
report-field-post-language = 学员发帖语言
report-field-scenario-start = 情景开始时间
report-trainee-unknown = （未填写）
report-trainee-anonymous = 受训者
report-real-duration-unknown = 未记录
report-duration = { $hours }小时{ $minutes }分钟
report-clock-next-day = { $time }（+{ $days }天）
report-language-zh-cn = 简体中文
report-language-en-us = 英文
report-no-objectives = 本情景未列出演练目标；下面对六项能力逐一评级。

## 总体评价

report-summary-overall = { $trainee }完成了情景“{ $scenario }”，模拟时长{ $duration }。总体评级：{ $rating }（{ $score }/100）。
report-summary-dimensions = 最强的一项：{ $best }（{ $best-score }）；最弱的一项：{ $worst }（{ $worst-score }）。
report-summary-first-post = 首条面向公众的通报在开始后{ $minutes }分钟发布（目标{ $target }分钟，最迟{ $deadline }分钟）。
report-summary-no-post = 全程没有发布任何帖子：首次权威发布最迟应在{ $deadline }分钟内完成。
report-summary-no-statement = 全程没有发布面向公众的通报，只回复了个人（第一条回复在开始后{ $minutes }分钟）：首次权威发布最迟应在{ $deadline }分钟内完成。
report-summary-answers = 回应提问和媒体问询：{ $answered }/{ $questions }。澄清谣言：{ $corrected }/{ $rumours }。承诺的通报兑现{ $kept }次，失约{ $broken }次。
report-summary-public = 演练结束时，公众对账号的信任度为{ $trust }/100；舆情压力峰值为{ $pressure }/100；传播最广的谣言触达{ $reach }%的公众。
report-summary-strength = 主要优点：{ $strength }。
report-summary-priority = 首要改进方向：{ $area }。
report-summary-no-priority = 没有突出的待改进之处。

## 表格

report-col-objective = 目标
report-col-dimensions = 评价依据
report-col-rating = 评级
report-col-score = 得分
report-col-observation = 观察说明
report-col-dimension = 能力
report-col-weight = 权重
report-col-time = 时间
report-col-what = 发生了什么
report-col-rule = 规则
report-col-effect = 影响
report-col-evidence = 证据与建议
report-not-scored = 未评分
report-not-scored-note = 未评分：本次演练中没有可评价的内容。
report-objective-observation = 最弱的依据：{ $dimension }（{ $score }）。最强：{ $best }（{ $best-score }）。
report-objective-unscored = 本目标涉及的能力在本次演练中都无法评分。
report-objective-flat = 各项能力均为{ $score }分。
report-rating-legend = P：顺利完成（80分及以上）· S：完成但有一些问题（60–79）· M：完成但问题较大（40–59）· U：未能完成（40分以下）

## 优点与待改进之处

report-strengths-none = 本次演练中没有可以证明的优点。
report-improvements-none = 没有发现需要改进之处。
report-occurrences = 出现{ $count }次
report-effect = “{ $dimension }”{ $effect }分
report-quote-trainee = 你的原话，{ $time }（{ $kind }）：
report-quote-scenario = 演练情景，{ $time }（{ $who }）：
report-quote-scenario-plain = 演练情景，{ $time }：
report-kind-publish = 发布
report-kind-reply = 回复{ $to }
report-kind-correct = 辟谣
report-kind-verify = 请求核实：{ $fact }

## 改进计划：每个主题是一个待改进方面，对应一项纠正措施

report-plan-intro = 每个待改进方面及其纠正措施，供下次演练前练习。
report-plan-addresses = 对应规则：{ $rules }
report-theme-first-response = 在黄金时间内回应
report-action-first-response = 演练前准备好一份首发通报模板（发生了什么、正在做什么、到哪里求助、下一次通报时间），即使掌握的信息很少，也要在{ $target }分钟内发布，后续再补充细节。
report-theme-media = 按时回应媒体
report-action-media = 把每一条媒体问询和截止时间列成清单。在截止时间前，先回复已确认的事实和何时能掌握更多情况。
report-theme-rumours = 用事实辟谣，而不是威胁
report-action-rumours = 谣言一出现就请责任部门核实，然后发布核实的事实、信息来源和核查时间。不要威胁网民，也不要只说“不实”。
report-theme-promises = 承诺通报要有时间，并按时兑现
report-action-promises = 每条实质性帖子结尾写明下一次通报的时间，给自己设提醒；到点必须发布，哪怕只是说明何时能掌握更多情况。
report-theme-interaction = 回应每一个提问，包括普通群众的
report-action-interaction = 在{ $target }分钟内简短、具体地回复普通居民的提问，回应提问背后的担心。
report-theme-disclosure = 及时公开公众需要的事实
report-action-disclosure = 每次收到通报后，检查哪些事实是公众需要知道的（伤亡、安置点、交通管制），并在{ $target }分钟内发布。
report-theme-empathy = 先共情
report-action-empathy = 凡涉及伤害的帖子，开头先用一句话回应受影响的群众和他们的担心，再讲事实。
report-theme-apology = 为己方过失道歉
report-action-apology = 通报显示己方有过错时，在{ $target }分钟内发布面向公众的通报致歉：说清是什么过错、承担责任、说明正在如何整改。事件之初已就整起事件道歉的也算；只在回复个人时道歉，受影响的群众看不到。
report-theme-defensive = 担起责任，而不是辩解
report-action-defensive = 不推卸、不说教、不找借口。说明机构应负的责任，有过错就道歉，并说明正在如何整改。
report-theme-plain-language = 说人话：用事实代替套话，句子要短
report-action-plain-language = 把每一句套话换成具体的事实、数字、时间或地点。句子要短，一句一个意思。
report-theme-authority = 只发布已确认的事实，并注明来源
report-action-authority = 每个事实都写明由哪个部门确认。没有收到通报或未经核实的信息不发布，先请责任部门核实。
report-theme-privacy = 保护当事人的隐私
report-action-privacy = 不发布遇难者、患者、学生或其他当事人的姓名、病情、住址等个人信息。
report-theme-service = 告诉群众该做什么、到哪里求助
report-action-service = 每条帖子都加上一项明确的行动建议（现在该做什么、避免什么）和求助渠道（热线、安置点、网站）。
report-theme-cerc = 发布要素完整的通报
report-action-cerc = 对照CERC六要素检查每条帖子：共情、已确认的事实、尚不清楚的情况、正在采取的措施、下一次通报时间、求助渠道。

## 改写建议

report-rewrite-intro = 你得分最低的帖子（{ $time }，{ $score }/100），根据评价发现改写。这只是建议的模板，不是成稿：发布前请替换每一个[占位符]，并核对每一个事实。
report-rewrite-none-intro = 你没有发布任何帖子。下面是一份本可以在{ $time }前发布的首发通报，依据当时已掌握的情况拟写。这只是建议的模板：发布前请替换每一个[占位符]，并核对每一个事实。
report-rewrite-no-statement-intro = 你只回复了个人，没有发布面向公众的通报。下面是一份本可以在{ $time }前发布的首发通报，依据当时已掌握的情况拟写。这只是建议的模板：发布前请替换每一个[占位符]，并核对每一个事实。
report-rewrite-original = 你的原文（划线部分：建议删除）
report-rewrite-suggested = 建议版本
report-rewrite-added = 补充了
report-rewrite-removed = 删除了
report-rewrite-nothing-removed = 无
report-element-empathy = 共情
report-element-apology = 担责的道歉
report-element-facts = 已确认的事实
report-element-unknowns = 尚不清楚的情况
report-element-actions = 正在采取的措施
report-element-next-update = 下一次通报时间
report-element-help = 求助渠道
report-element-guidance = 行动建议
report-element-source = 责任部门
report-element-proof = 否认的核实依据
# 改写模板中的句子，使用学员发帖的语言。
report-rewrite-empathy = 我们理解[受影响的群众]此刻的担心，我们和大家在一起。
report-rewrite-apology = 我们向[受到伤害的人]道歉。[我们哪项工作出了问题]是我们的责任，我们正在[如何纠正]。
report-rewrite-apology-for = 对此我们诚恳道歉：{ $fault }这是我们的责任，我们正在[如何纠正]。
report-rewrite-facts = [时间]，[地点]发生[事件]，[数字]人受到影响。
report-rewrite-fact-line = 经确认：{ $fact }
report-rewrite-unknowns = [尚不清楚的情况]目前还不清楚，[部门]正在核查。
report-rewrite-actions = [部门]正在[地点][采取的措施]。
report-rewrite-guidance = 请[现在应该做什么或避免什么]。
report-rewrite-help = 求助请拨打[热线]，或前往[地点]。
report-rewrite-help-phone = 求助请拨打{ $phone }。
report-rewrite-next-update = 下一次通报时间：[时间]。
report-rewrite-source = 据[责任部门]确认：
report-rewrite-proof = 经[部门]对[什么]进行核查，[核查结果：检测数据、现场情况]。
report-rewrite-redacted = [已隐去个人信息]
report-rewrite-body = [责任部门]
report-rewrite-specify = [具体说明]
report-rewrite-untrue = 不实
report-rewrite-who = [当事人]

## 时间线

report-timeline-intro = 发生了什么、你做了什么、在什么时候：哪些截止时间赶上了、哪些错过了，哪些承诺兑现了、哪些失约了，谣言何时出现、何时被澄清。公众评论不在此列出。
report-event-public-post = { $who }发帖
report-event-question = { $who }提问
report-event-follow-up = { $who }追问
report-event-inquiry = { $who }媒体问询（{ $deadline }分钟内答复）
report-event-briefing = { $who }通报情况
report-event-rumour = { $who }发布谣言
report-event-escalation = 事态升级：{ $who }
report-timeline-deadline-missed = 错过截止时间：{ $what }
report-timeline-promise-kept = 按时兑现了承诺的通报
report-timeline-promise-broken = 承诺的通报没有兑现
report-timeline-rumour-debunked = 谣言被澄清：{ $rumour }
report-timeline-fact-verified = 核实确认：{ $fact }
report-timeline-fact-refuted = 核实未确认：{ $fact }
report-timeline-end = 演练结束
report-tag-deadline-met = 按时回应
report-tag-deadline-late = 超过截止时间
report-tag-answered = 已回应
report-tag-empty-reply = 已回复，但无实质内容
report-tag-harmful-reply = 已回复，但回复本身有问题
report-tag-pasted-reply = 回复与之前的回复一字不差
report-tag-promise = 承诺{ $time }再次通报
report-tag-harm = 内容扣分：{ $area }

## 图表

report-chart-radar = 六项能力
report-chart-public = 舆情压力、信任度和谣言触达率随模拟时间的变化
report-chart-timeline = 事件与你的回应
report-series-pressure = 舆情压力
report-series-trust = 信任度
report-series-rumour = 谣言：{ $rumour }
report-series-posts = 你的帖子
report-lane-events = 事件
report-lane-responses = 你的行动
report-legend-post = 发布
report-legend-reply = 回复
report-legend-correction = 辟谣
report-legend-public = 网民发帖或提问
report-legend-inquiry = 媒体问询
report-legend-briefing = 内部通报
report-legend-rumour = 谣言出现
report-legend-escalation = 事态升级
report-legend-missed = 错过截止时间
report-legend-debunked = 谣言被澄清
report-legend-promise-kept = 兑现承诺
report-legend-promise-broken = 承诺失约
report-chart-unscored = 未评分

## 附录

report-appendix-intro = 自动评分的每一条发现：产生它的规则，以及它对某项能力的加减分（每条规则的说明见 docs/scoring.md）。
report-appendix-run = 整场演练
report-appendix-post = { $time }的帖子

## 页脚

report-footer = 由“黄金时刻”{ $version }生成（报告格式{ $format }）。分数来自 docs/scoring.md 中的自动评分规则，须结合教员的观察综合评价。

## 终端摘要

report-text-heading = “{ $scenario }”演练评估 — { $trainee }
report-text-overall = 总分：{ $score }/100，评级 { $rating }
report-text-top-strengths = 做得好的方面：
report-text-top-improvements = 需要改进：

## `report` 命令

cli-report-about = 根据保存的演练记录生成评估报告（HTML 和 JSON）
cli-report-arg-simlog = goldenhour run 或桌面程序写出的 simlog.ron 文件
cli-report-arg-out = 写入 report.html 和 report.json 的文件夹（不存在时自动创建）
cli-report-arg-trainee = 学员姓名（演练记录中没有时使用）
cli-report-bad-simlog = 错误：{ $path } 不是可读取的演练记录：{ $error }
cli-report-invalid-scenario = 错误：{ $path } 中嵌入的情景有错误，无法生成报告
cli-report-wrote = 已写入 { $html } 和 { $json }
