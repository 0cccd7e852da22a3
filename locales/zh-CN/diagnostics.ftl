# 场景、翻译与应答文件的诊断信息。
# 机器可读格式：文件:行:列: 错误: 信息

diag-severity-error = 错误
diag-severity-warning = 警告
diag-help = 提示


diag-help-did-you-mean = 您是不是要写 `{ $suggestion }`？
diag-help-none-defined = 当前还没有定义任何一项，请先添加
diag-help-known-ids = 已定义的 id：{ $ids }
diag-help-expected-one-of = 应为以下之一：{ $names }

diag-bad-id = { $kind ->
    [actor] 角色
    [fact] 事实
    [rumour] 谣言
    [event] 事件
    [objective] 学习目标
    [template] 评论模板
    [scenario] 场景
   *[other] { $kind }
} id `{ $id }` 不合法
diag-help-id-form = 只能使用小写字母、数字、`-` 和 `_`，以字母或数字开头，最长 64 个字符（如 `dam-break`）
diag-duplicate-id = { $kind ->
    [actor] 角色
    [fact] 事实
    [rumour] 谣言
    [event] 事件
    [objective] 学习目标
    [template] 评论模板
    [scenario] 场景
   *[other] { $kind }
} id `{ $id }` 重复
diag-help-first-defined = 同一列表的第 { $index } 项已使用该 id，请为其中之一改名
diag-bad-format = 不支持的格式版本 { $found }；本版本的黄金一小时读取格式 { $expected }
diag-unknown-language = 未知语言 `{ $lang }`
diag-translation-is-source = `{ $lang }` 就是场景本身的语言，请从 `translations` 中删除
diag-unknown-reference = 未知{ $kind ->
    [actor] 角色
    [fact] 事实
    [rumour] 谣言
    [event] 事件
    [objective] 学习目标
    [template] 评论模板
    [scenario] 场景
   *[other] { $kind }
} `{ $id }`
diag-rumour-no-debunk = 谣言 `{ $id }` 没有可用于辟谣的事实
diag-help-rumour-no-debunk = 在 `debunked_by` 中列出能够澄清它的事实，学员才能辟谣
diag-actor-kind = 角色 `{ $id }` 的类型是 { $kind }，此类事件通常由 { $expected } 发出
diag-out-of-range = 数值 { $value } 超出范围，应在 { $min } 到 { $max } 之间
diag-reply-to-self = 事件 `{ $id }` 回复了它自己
diag-apology-unconfirmed = 事实 `{ $id }` 未经证实（`confirmed: false`）：只有确认属实的过失才需要道歉；请改填一条已证实的事实
diag-not-an-inquiry = 事件 `{ $id }` 不是媒体问询；`InquiryUnanswered` 需要一个 `MediaInquiry` 事件
diag-reply-to-briefing = 事件 `{ $id }` 是内部通报，学员不能公开回复
diag-responses-wrong-scenario = 这些应答属于场景 `{ $found }`，而不是 `{ $expected }`
diag-empty-post = 该操作要发布文字，但 `text` 为空

diag-bad-start = 开始时间 `{ $found }` 不是有效的日期时间
diag-help-start-form = 请写成 "YYYY-MM-DDTHH:MM"，如 "2026-07-18T05:30"
diag-bad-duration-range = 场景时长为 { $found }；应大于零且不超过 { $max }
diag-bad-speed = 不提供默认速度 { $found }
diag-help-speeds = 请使用 1、5、10 或 60（每秒真实时间对应的模拟秒数）
diag-time-outside = 时间 { $time } 超出了场景时长 { $duration }
diag-help-time-outside = 请使用 0m 到 { $duration } 之间的时间，或延长 `clock.duration`
diag-condition-on-secret = 事实 `{ $id }` 不得公开，因此该条件总会触发
diag-never-fires-share = 该条件永远不会触发：比例 { $share } 不在 0 到 1 之间
diag-help-share = 谣言的传播范围是相信它的公众比例，例如 0.2 表示五分之一
diag-never-fires-rumour = 该条件永远不会触发：谣言 `{ $id }` 从未开始传播
diag-help-start-rumour = 添加事件 `RumourStarts(rumour: "{ $id }", actor: "…")`
diag-never-fires-trust = 该条件永远不会触发：信任度 { $level } 不在 0–100 之间
diag-help-trust = 信任度取值 0 到 100，可选如 40.0
diag-never-fires-forbidden = 该条件永远不会触发：评分规则中没有列出禁用语
diag-help-forbidden = 在 `rubric.forbidden_phrases` 中添加禁用语，如 {"{"} "zh-CN": ["临时工"] {"}"}
diag-zero-deadline = 时限为零，没有留下回应的时间
diag-fact-never-revealed = 事实 `{ $id }` 从未向学员通报
diag-help-reveal-fact = 把它列入某条通报的 `reveals`，或设置 `known_at_start: true`
diag-rumour-never-starts = 谣言 `{ $id }` 从未开始传播

diag-target-after-deadline = 首次回应目标 { $target } 晚于硬性时限 { $deadline }
diag-deadline-after-end = 硬性时限 { $deadline } 晚于场景结束时间（{ $duration }）
diag-all-weights-zero = 所有维度的权重都是零，无法计算总分
diag-empty-phrase = 禁用语为空
diag-empty-pattern = 匹配模式为空，或 `+` 号之间有空的部分
diag-help-pattern-form = 当帖子中出现每个以 `+` 分隔的部分时，模式即匹配，如 "3+遇难"
diag-fact-no-patterns = 事实 `{ $id }` 没有 { $lang } 的 `discloses` 模式，{ $lang } 帖子永远无法被认定为公开了它
diag-empty-segment = 公众群体至少要有一人
diag-unknown-coefficient = 未知的公众模型系数 `{ $name }`

diag-missing-translation = 场景声明了 { $lang } 译文，但旁边没有 { $lang }.ftl
diag-help-missing-translation = 在场景文件旁创建 { $lang }.ftl，或从 `translations` 中删除 `{ $lang }`
diag-untranslated = 文本 `{ $key }` 没有 { $lang } 译文
diag-help-untranslated = 在 { $file } 中添加 `{ $key } = …`
diag-unknown-text-key = `{ $key }` 不对应场景中的任何文本
diag-undeclared-translation = 存在 { $lang } 译文文件，但场景没有声明该语言
diag-help-undeclared-translation = 在场景的 `translations` 中加入 "{ $lang }"
diag-ftl-syntax = Fluent 语法错误：{ $detail }
diag-ftl-empty = `{ $key }` 没有文本
diag-ftl-placeable = `{ $key }` 使用了 Fluent 占位符；场景文本应为纯文本
diag-help-ftl-placeable = 字面的大括号请写成 {"{"}"{"{"}"{"}"}
diag-ftl-duplicate = `{ $key }` 被翻译了两次，以最后一次为准

diag-file-too-large = 文件大小为 { $size } MiB；场景文件上限为 { $limit } MiB
diag-not-utf8 = 文件不是有效的 UTF-8（第 { $byte } 字节处）
diag-help-not-utf8 = 请将文件另存为 UTF-8 编码
diag-empty-file = 文件为空
diag-help-empty-file = 场景以 `Scenario(` 开头；可运行 `goldenhour new NAME` 生成模板，或参阅 docs/scenario-format.md
diag-too-deep = 括号嵌套超过 { $max } 层
diag-unknown-field = `{ $outer }` 中有未知字段 `{ $field }`
diag-missing-field = `{ $outer }` 缺少必填字段 `{ $field }`
diag-duplicate-field = 字段 `{ $field }` 在 `{ $outer }` 中出现了两次
diag-unknown-variant = `{ $outer }` 没有名为 `{ $found }` 的取值
diag-bad-duration = `{ $found }` 不是有效的时长
diag-help-duration-form = 时长请写成 "1h30m"、"45m" 或 "90s"
diag-wrong-type = 应为 { $expected }，实际为 { $found }
diag-unexpected-eof = 文件在某个值的中间结束了
diag-help-unclosed = 可能有括号或引号没有闭合
diag-trailing = 场景结束后还有多余的内容
diag-wrong-struct-name = 应为 `{ $expected }`，实际为 `{ $found }`
diag-expected-comma = 此处应有逗号
diag-help-comma = 上一个值的末尾是不是漏了逗号？
diag-expected = 此处应为{ $what ->
        [option] 可选值
        [integer] 整数
        [number] 数字
        [boolean] `true` 或 `false`
        [string] 带引号的字符串
        [list] `[ ]` 中的列表
        [map] `{"{"} {"}"}` 中的映射
       *[struct] `( )` 中的结构
    }
diag-help-option = 可选字段要写成 `Some(值)`，如 `verify_delay: Some("1h")`
diag-help-quote = 文字应写在双引号之间："像这样"
diag-syntax = RON 语法错误：{ $detail }
