//! The `goldenhour` binary. See `goldenhour --help`; the exit codes are documented there:
//! 0 success; 1 problems in the user's content; 2 I/O or runtime failure.

use std::process::ExitCode;

fn main() -> ExitCode {
    goldenhour::cli::main()
}
