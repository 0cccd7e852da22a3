//! Snapshot tests of the diagnostics for every file in the broken-scenario corpus
//! (tests/data/broken/*/scenario.ron), rendered in English exactly as `goldenhour validate`
//! prints them.

use std::path::Path;

use goldenhour::files::ScenarioFiles;
use goldenhour_l10n::{Lang, Localizer};
use goldenhour_scenario::Severity;

/// Renders every diagnostic of the scenario at `path` (relative to the package root).
pub fn render_all(path: &Path, lang: Lang) -> (String, bool) {
    let l = Localizer::new(lang);
    let files = ScenarioFiles::read(path).expect("corpus file is readable");
    let loaded = files.load();
    let mut out = String::new();
    for d in &loaded.diagnostics {
        out.push_str(&d.render(&files.source_of(&d.file), &|m| l.format(m.id, &m.args)));
    }
    let has_errors = loaded
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error);
    (out, has_errors)
}

fn relative(path: &Path) -> &Path {
    path.strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(path)
}

#[test]
fn broken_corpus_diagnostics() {
    insta::glob!("../data/broken", "*/scenario.ron", |path| {
        let (out, has_errors) = render_all(relative(path), Lang::EnUs);
        let case = path
            .parent()
            .and_then(|p| p.file_name())
            .unwrap()
            .to_string_lossy();
        // Every case but the warning-only ones must be rejected.
        let warning_only = ["wrong-kind-actor", "untranslated"].contains(&case.as_ref());
        assert_eq!(has_errors, !warning_only, "{case}:\n{out}");
        assert!(!out.is_empty(), "{case} produced no diagnostics");
        insta::assert_snapshot!(out);
    });
}

#[test]
fn diagnostics_render_in_chinese() {
    let (out, _) = render_all(
        Path::new("tests/data/broken/unknown-actor/scenario.ron"),
        Lang::ZhCn,
    );
    assert!(out.contains("错误: 未知角色 `residnet`"), "{out}");
    assert!(out.contains("提示: 您是不是要写 `resident`？"), "{out}");
}

#[test]
fn minimal_scenario_is_clean() {
    let (out, has_errors) = render_all(Path::new("tests/data/minimal/scenario.ron"), Lang::EnUs);
    assert!(!has_errors && out.is_empty(), "{out}");
}
