//! The `goldenhour` binary: the command-line host (validate, run, score, …) and, later, the GUI.
//!
//! Exit codes: 0 success; 1 problems in the user's content (scenario errors, bad responses);
//! 2 I/O or runtime failure, or a command line that cannot be understood.

mod cli;
mod files;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
