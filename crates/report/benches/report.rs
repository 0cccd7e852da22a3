//! The report's cost for a six-hour run: the bundled flood scenario stretched to six simulated
//! hours, played by the exemplary trainee (24 actions, about 8,000 generated comments, 361
//! samples of the public), then built and rendered — HTML with its three charts and the
//! embedded font subset, JSON and the terminal text. Playing and scoring the run happen once,
//! outside the measurement: they are the simulation's and the scoring crate's costs.
//!
//! Run: `cargo bench -p goldenhour-report --bench report`. Target: under 200 ms
//! (docs/performance.md, ## Report).

use std::sync::{Arc, OnceLock};

use divan::black_box;
use goldenhour_l10n::Lang;
use goldenhour_report::{HtmlOptions, ReportMeta};
use goldenhour_scenario::{Scenario, TranslationSource};
use goldenhour_scoring::RunScores;
use goldenhour_sim::{KeywordScorer, SimPlugin, play};
use goldenhour_simlog::SimLog;

const SCENARIO: &str = include_str!("../../../scenarios/flood/scenario.ron");
const EN_US: &str = include_str!("../../../scenarios/flood/en-US.ftl");
const RESPONSES: &str = include_str!("../../../scenarios/flood/responses/exemplary.zh-CN.ron");
const FONT: &[u8] = include_bytes!("../../../assets/fonts/NotoSansSC-Subset.otf");

struct Run {
    scenario: Scenario,
    log: SimLog,
    scores: RunScores,
}

fn run() -> &'static Run {
    static RUN: OnceLock<Run> = OnceLock::new();
    RUN.get_or_init(|| {
        let source = SCENARIO.replacen("duration: \"5h\"", "duration: \"6h\"", 1);
        assert_ne!(source, SCENARIO, "the flood scenario's duration line moved");
        let translations = [TranslationSource {
            lang: "en-US".into(),
            name: "en-US.ftl".into(),
            text: EN_US.into(),
        }];
        let scenario =
            goldenhour_scenario::load("flood/scenario.ron", source.as_bytes(), &translations)
                .scenario
                .expect("the stretched flood scenario loads");
        let (responses, diagnostics) = goldenhour_scenario::load_responses(
            "exemplary.zh-CN.ron",
            RESPONSES.as_bytes(),
            &scenario,
        );
        let responses = responses.unwrap_or_else(|| panic!("responses: {diagnostics:?}"));
        let setup = SimPlugin::new(Arc::new(scenario.clone()), 1, Arc::new(KeywordScorer))
            .with_language(responses.language)
            .with_script(responses.actions);
        let log = play(setup);
        assert_eq!(log.duration.as_secs(), 6 * 3600, "a six-hour run");
        let scores =
            goldenhour_scoring::score_run(&goldenhour_scoring::Scorer::new(), &scenario, &log);
        Run {
            scenario,
            log,
            scores,
        }
    })
}

fn meta(lang: Lang) -> ReportMeta {
    ReportMeta {
        trainee: Some("Bench".into()),
        date: "2026-07-18".into(),
        real_duration: None,
        lang,
    }
}

fn main() {
    let r = run();
    eprintln!(
        "six-hour run: {} entries, {} samples, {} trainee actions",
        r.log.entries.len(),
        r.log.samples.len(),
        r.log.actions().count()
    );
    divan::main();
}

/// Everything the hosts do with the report crate: build, HTML (with the font subset), JSON
/// and the terminal text.
#[divan::bench(args = [Lang::ZhCn, Lang::EnUs])]
fn full_report(lang: Lang) -> (String, String, String) {
    let r = run();
    let report = goldenhour_report::build(&r.scenario, &r.log, &r.scores, &meta(lang));
    let html = report.to_html(&HtmlOptions {
        cjk_font: Some(FONT),
    });
    (black_box(html), report.to_json(), report.to_text())
}

/// The model and its charts alone.
#[divan::bench]
fn build_only() -> goldenhour_report::Report {
    let r = run();
    goldenhour_report::build(&r.scenario, &r.log, &r.scores, &meta(Lang::ZhCn))
}

/// The HTML without the embedded font: the cost of the font subset is the difference.
#[divan::bench]
fn html_without_font(bencher: divan::Bencher) {
    let r = run();
    let report = goldenhour_report::build(&r.scenario, &r.log, &r.scores, &meta(Lang::ZhCn));
    bencher.bench_local(|| report.to_html(&HtmlOptions::default()));
}
