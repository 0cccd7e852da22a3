# The command line and messages shared by every host.

cli-about = Golden Hour: a crisis-communication training simulator for government social-media accounts.
cli-help-template = {"{"}about-with-newline{"}"}
    Usage: {"{"}usage{"}"}

    {"{"}all-args{"}"}{"{"}after-help{"}"}
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-heading-commands = Commands
cli-value-command = COMMAND
cli-exit-codes = Exit codes:
    {"  "}0  success
    {"  "}1  problems in your content (scenario errors, bad responses files)
    {"  "}2  I/O or runtime failure, or a command line that cannot be understood
cli-arg-lang = Interface language: zh-CN or en-US (default: the system locale)
cli-arg-help = Print help
cli-arg-version = Print version
cli-failure = error: { $error }

cli-validate-about = Check scenario files and the responses files beside them
cli-validate-arg-paths = Scenario files, or folders to search for scenario.ron files
cli-validate-none-found = error: no scenario.ron files found under { $path }
cli-validate-summary = checked { $files ->
        [one] 1 file
       *[other] { $files } files
    }: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
