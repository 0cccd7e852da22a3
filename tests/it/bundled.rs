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
