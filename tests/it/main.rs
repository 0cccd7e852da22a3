//! The one integration-test binary (one link instead of many). Each module tests one feature
//! through its public surface: the CLI, the loader, the locales, the bundled content.

mod bundled;
mod cli;
mod diagnostics;
mod gui;
mod l10n;
mod loader_props;
mod playtest;
mod report;
mod run;
mod scoring;

/// Runs the built `goldenhour` binary from the repository root in English; returns the exit
/// code, stdout and stderr.
pub fn goldenhour(args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_goldenhour"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LANG", "en_US.UTF-8")
        .output()
        .expect("binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
