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

cli-new-about = Write a commented starter scenario that validates
cli-new-arg-name = Folder to create; its name becomes the scenario's title and id
cli-new-exists = error: { $path } already exists; choose another name (nothing was overwritten)
cli-new-created = wrote { $path } and a responses file; edit them, then run: goldenhour validate { $dir }

cli-import-about = Convert a Master Scenario Events List (CSV) into a scenario to refine
cli-import-arg-csv = The MSEL as UTF-8 CSV with columns Number, Time, From, To, Method, Subject, Message, Expected Action
cli-import-arg-out = Where to write the scenario (.ron)
cli-import-arg-title = Title of the scenario (default: the CSV file's name)
cli-import-arg-force = Replace the output file if it exists
cli-import-exists = error: { $path } already exists; pass --force to replace it
cli-import-row = { $file }: row { $row }: { $message }
cli-import-written = wrote { $path } with { $events ->
        [one] 1 event
       *[other] { $events } events
    }{ $skipped ->
        [0] {""}
        [one] {""}; 1 row skipped
       *[other] {""}; { $skipped } rows skipped
    }
msel-bad-csv = not valid CSV: { $detail }
msel-missing-columns = missing columns: { $columns } (expected: { $expected })
msel-bad-time = time `{ $time }` is not readable; write it as HH:MM, H:MM:SS or like 1h30m
msel-empty-message = the Message column is empty
msel-no-rows = the file has a header but no injects
