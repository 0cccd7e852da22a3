//! The command line as a user runs it: exit codes, help, localisation.

use std::process::Command;

fn goldenhour(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_goldenhour"))
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

#[test]
fn help_documents_exit_codes_in_both_languages() {
    let (code, out, _) = goldenhour(&["--lang", "en-US", "--help"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Exit codes:") && out.contains("1  problems in your content"),
        "{out}"
    );
    let (code, out, _) = goldenhour(&["--lang", "zh-CN", "--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("退出码") && out.contains("validate"), "{out}");
}

#[test]
fn validate_exit_codes() {
    let (code, out, err) = goldenhour(&["validate", "scenarios"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("0 errors"), "{out}");

    let (code, out, err) = goldenhour(&["validate", "tests/data/broken/unknown-actor"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("scenario.ron:35:63: error: unknown actor `residnet`"),
        "{err}"
    );

    // Warnings alone do not fail validation.
    let (code, _, err) = goldenhour(&[
        "validate",
        "tests/data/broken/wrong-kind-actor/scenario.ron",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("warning:"), "{err}");

    // A folder with several broken scenarios: every file is reported, and the run fails.
    let (code, out, _) = goldenhour(&["validate", "tests/data/broken"]);
    assert_eq!(code, 1);
    assert!(out.contains("checked 26 files"), "{out}");

    let (code, _, err) = goldenhour(&["validate", "no/such/path"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no/such/path"), "{err}");
}

#[test]
fn bad_command_lines_exit_2() {
    let (code, _, _) = goldenhour(&["validate"]);
    assert_eq!(code, 2);
    let (code, _, _) = goldenhour(&["frobnicate"]);
    assert_eq!(code, 2);
}
