# 命令行及各宿主共用的信息。

cli-about = 黄金一小时：面向政务新媒体账号的危机沟通训练模拟器。
cli-help-template = {"{"}about-with-newline{"}"}
    用法：{"{"}usage{"}"}

    {"{"}all-args{"}"}{"{"}after-help{"}"}
cli-heading-options = 选项
cli-heading-arguments = 参数
cli-heading-commands = 命令
cli-value-command = 命令
cli-exit-codes = 退出码：
    {"  "}0  成功
    {"  "}1  您的内容有问题（场景错误、应答文件有误）
    {"  "}2  读写或运行失败，或命令行无法识别
cli-arg-lang = 界面语言：zh-CN 或 en-US（默认跟随系统区域设置）
cli-arg-help = 显示帮助
cli-arg-version = 显示版本
cli-failure = 错误：{ $error }

cli-validate-about = 检查场景文件及其旁边的应答文件
cli-validate-arg-paths = 场景文件，或要在其中查找 scenario.ron 的文件夹
cli-validate-none-found = 错误：在 { $path } 下没有找到 scenario.ron 文件
cli-validate-summary = 共检查 { $files } 个文件：{ $errors } 个错误，{ $warnings } 个警告
