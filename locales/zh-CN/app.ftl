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

cli-new-about = 生成一个可通过校验、带注释的场景模板
cli-new-arg-name = 要创建的文件夹；其名称即场景的标题和 id
cli-new-exists = 错误：{ $path } 已存在，请换一个名称（未覆盖任何文件）
cli-new-created = 已写入 { $path } 和一个应答文件；编辑后运行：goldenhour validate { $dir }

cli-import-about = 把主情景事件清单（MSEL，CSV 格式）转换为待完善的场景
cli-import-arg-csv = UTF-8 编码的 MSEL CSV，列为 Number、Time、From、To、Method、Subject、Message、Expected Action
cli-import-arg-out = 场景的输出路径（.ron）
cli-import-arg-title = 场景标题（默认取 CSV 文件名）
cli-import-arg-force = 输出文件已存在时覆盖它
cli-import-exists = 错误：{ $path } 已存在；如需覆盖请加 --force
cli-import-row = { $file }：第 { $row } 行：{ $message }
cli-import-written = 已写入 { $path }，共 { $events } 个事件{ $skipped ->
        [0] {""}
       *[other] {""}；跳过 { $skipped } 行
    }
msel-bad-csv = 不是有效的 CSV：{ $detail }
msel-missing-columns = 缺少列：{ $columns }（应有：{ $expected }）
msel-bad-time = 无法识别时间 `{ $time }`；请写成 HH:MM、H:MM:SS 或 1h30m 这样的形式
msel-empty-message = Message 列为空
msel-no-rows = 文件只有表头，没有事件
