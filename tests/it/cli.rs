//! The command line as a user runs it: exit codes, help, localisation.

use crate::goldenhour;

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
    assert!(out.contains("checked 28 files"), "{out}");

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

/// A fresh, empty scratch folder for one test.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("goldenhour-it-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn new_writes_a_starter_that_validates_and_never_overwrites() {
    let dir = scratch("new").join("harbour-drill");
    let path = dir.to_str().unwrap();
    let (code, out, err) = goldenhour(&["--lang", "zh-CN", "new", path]);
    assert_eq!(code, 0, "{out}{err}");
    let text = std::fs::read_to_string(dir.join("scenario.ron")).unwrap();
    assert!(
        text.contains("language: \"zh-CN\"") && text.contains("id: \"harbour-drill\""),
        "{text}"
    );
    let (code, out, err) = goldenhour(&["validate", path]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("checked 2 files: 0 errors, 0 warnings"),
        "{out}{err}"
    );

    std::fs::write(dir.join("scenario.ron"), "my work").unwrap();
    let (code, _, err) = goldenhour(&["new", path]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.join("scenario.ron")).unwrap(),
        "my work"
    );
}

#[test]
fn import_msel_reports_bad_rows_and_writes_a_valid_scenario() {
    let out_path = scratch("msel").join("elm.ron");
    let out_str = out_path.to_str().unwrap();
    let (code, out, err) = goldenhour(&[
        "import-msel",
        "tests/data/msel/elm-street.csv",
        "--out",
        out_str,
    ]);
    assert_eq!(code, 1, "bad rows are problems in the content: {out}{err}");
    assert!(err.contains("row 4: time `soon` is not readable"), "{err}");
    assert!(out.contains("3 events; 1 row skipped"), "{out}");
    let (code, out, err) = goldenhour(&["validate", out_str]);
    assert_eq!(code, 0, "{out}{err}");
    // An existing output is kept unless --force is given.
    let (code, _, _) = goldenhour(&[
        "import-msel",
        "tests/data/msel/elm-street.csv",
        "--out",
        out_str,
    ]);
    assert_eq!(code, 2);
    let (code, _, _) = goldenhour(&[
        "import-msel",
        "tests/data/msel/elm-street.csv",
        "--out",
        out_str,
        "--force",
    ]);
    assert_eq!(code, 1);
}
