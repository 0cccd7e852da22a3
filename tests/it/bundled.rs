//! Shipped content is tested: every bundled scenario and its responses validate with no
//! errors and no warnings.

use std::path::Path;

use goldenhour::files::{self, ScenarioFiles};

#[test]
fn bundled_scenarios_validate_clean() {
    let scenarios = files::find_scenarios(Path::new("scenarios")).expect("scenarios/ exists");
    assert!(!scenarios.is_empty(), "no bundled scenarios found");
    for path in scenarios {
        let files = ScenarioFiles::read(&path).unwrap();
        let loaded = files.load();
        let ids: Vec<_> = loaded
            .diagnostics
            .iter()
            .map(|d| (d.message.id, d.message.args.clone()))
            .collect();
        assert!(loaded.diagnostics.is_empty(), "{}: {ids:?}", path.display());
        let scenario = loaded.scenario.expect("no errors");
        // Playable in both languages.
        assert_eq!(scenario.languages().len(), 2, "{}", path.display());
        let responses = files::responses_beside(&path);
        assert!(
            !responses.is_empty(),
            "{} has no responses files",
            path.display()
        );
        for r in responses {
            let bytes = std::fs::read(&r).unwrap();
            let (ok, diagnostics) =
                goldenhour_scenario::load_responses(&r.display().to_string(), &bytes, &scenario);
            assert!(
                ok.is_some() && diagnostics.is_empty(),
                "{}: {diagnostics:?}",
                r.display()
            );
        }
    }
}

/// The annotated example in docs/scenario-format.md is a real scenario: it loads without
/// errors, and its only warnings are the texts its short translation excerpt leaves out.
#[test]
fn documented_example_validates() {
    let doc = std::fs::read_to_string("docs/scenario-format.md").unwrap();
    let block = |fence: &str| {
        let start = doc.find(fence).expect("fenced block") + fence.len();
        doc[start..start + doc[start..].find("```").unwrap()].to_owned()
    };
    let scenario = block("```ron\n");
    let ftl = block("```fluent\n");
    let sources = vec![goldenhour_scenario::TranslationSource {
        lang: "zh-CN".into(),
        name: "zh-CN.ftl".into(),
        text: ftl,
    }];
    let loaded = goldenhour_scenario::load("example.ron", scenario.as_bytes(), &sources);
    let ids: Vec<_> = loaded
        .diagnostics
        .iter()
        .map(|d| (d.message.id, d.message.args.clone()))
        .collect();
    assert!(loaded.scenario.is_some(), "{ids:?}");
    assert!(
        loaded
            .diagnostics
            .iter()
            .all(|d| d.message.id == "diag-untranslated"),
        "{ids:?}"
    );
}
