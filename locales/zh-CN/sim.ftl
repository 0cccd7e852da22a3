# 模拟：run 命令，以及简易关键词评分器的发现。

cli-run-about = 以脚本化的学员操作无界面运行场景，并写出本次运行的记录
cli-run-arg-scenario = scenario.ron 文件，或包含它的文件夹
cli-run-arg-responses = 学员的操作：一个应答 .ron 文件
cli-run-arg-seed = 本次运行随机数生成器的种子（种子相同，记录相同）
cli-run-arg-out = 写入 simlog.ron 的文件夹（不存在时自动创建）
cli-run-arg-trainee = 学员姓名，记入运行记录
cli-run-invalid-scenario = 错误：{ $path } 有错误；请先修正（参见 goldenhour validate）再运行
cli-run-invalid-responses = 错误：{ $path } 有错误；请修正后再运行
cli-run-summary = 已运行 { $scenario }（种子 { $seed }）：学员操作 { $actions } 次，网民评论 { $posts } 条
    {"  "}最终信任度 { $trust }/100，舆情压力峰值 { $pressure }/100，谣言最大传播面 { $reach }%
    {"  "}错过媒体问询截止时间：{ $missed } 次；未在回复时限内回应的网民提问：{ $late } 条
    {"  "}承诺的更新按时兑现 { $kept } 次，失约 { $broken } 次
    {"  "}已写入 { $path }

# 模拟无法接受的请求。
sim-rejected-finished = 演练已结束，不能再发布。
sim-rejected-empty = 请先写内容再发布。
sim-rejected-unknown-event = 没有可回复的帖子 { $id }。
sim-rejected-briefing = { $id } 是内部通报，不能公开回复。
sim-rejected-unknown-rumour = 没有谣言 { $id }。
sim-rejected-unknown-fact = 没有事实 { $id }。

# 简易关键词评分器（goldenhour_sim::KeywordScorer）的发现。
sim-finding-empathy = 共情：“{ $excerpt }”体察了公众的感受。
sim-finding-defensive = 防御性表述：“{ $excerpt }”在推责、威胁或否认；请改用事实及其来源澄清。
sim-finding-boilerplate = 官腔套话：“{ $excerpt }”没有实质内容；请给出数字、时间和地点。
sim-finding-help = 服务：“{ $excerpt }”告诉公众到哪里求助。
sim-finding-unknowns = 透明：“{ $excerpt }”说明了尚不清楚的情况。
sim-finding-actions = 服务：“{ $excerpt }”说明了正在采取的措施。
sim-finding-fact-disclosed = 权威：发布了已证实的事实 { $excerpt }。
sim-finding-fact-leaked = 权威：发布了不应公开的信息 { $excerpt }（隐私或未经核实）。
sim-finding-fact-contradicted = 权威：与事实 { $excerpt } 相矛盾。
sim-finding-forbidden = 语气：“{ $excerpt }”是本次演练的禁用语。
sim-finding-next-update = 透明：承诺在 { $excerpt } 前发布下一次更新；请按时兑现。
