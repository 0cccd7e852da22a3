//! The evaluation report end to end: the bundled flood scenario played by the exemplary and
//! the silent trainee, its JSON snapshotted, every section present in both languages, trainee
//! and scenario text escaped, the `report` command, and the HTML opened in headless Chromium
//! (no console errors, nothing fetched, the charts drawn, a PDF printed).

use crate::goldenhour;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use goldenhour_l10n::{Lang, Localizer};
use goldenhour_report::{HtmlOptions, Report, ReportMeta};
use goldenhour_scenario::{ActionKind, Scenario, SimDuration};
use goldenhour_simlog::{LogEntry, LogKind, PostAssessment, SimLog, TraineeAction};

const FLOOD: &str = "scenarios/flood";
const EXEMPLARY: &str = "scenarios/flood/responses/exemplary.zh-CN.ron";
const SILENT: &str = "tests/data/run/flood-silent.ron";
const FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Subset.otf");
const SCRIPT: &str = "<script>alert(1)</script>";
const ATTRIBUTE: &str = "\"><img src=x onerror=alert(1)>";

fn out_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("report")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Plays the flood scenario with seed 1 through `goldenhour run`, which also writes the
/// report files beside the log; returns the log.
fn play(responses: &str, name: &str) -> SimLog {
    play_in(FLOOD, responses, name)
}

/// [`play`] with English responses made of `actions` (RON action entries), written to a file
/// of the test's own.
fn play_actions(name: &str, actions: &str) -> SimLog {
    let dir = out_dir(&format!("{name}-input"));
    std::fs::create_dir_all(&dir).expect("dir");
    let responses = dir.join("responses.ron");
    std::fs::write(
        &responses,
        format!(r#"Responses(scenario: "flood", language: "en-US", actions: [{actions}])"#),
    )
    .expect("responses");
    play(responses.to_str().expect("utf-8 path"), name)
}

/// [`play`] in another scenario.
fn play_in(scenario: &str, responses: &str, name: &str) -> SimLog {
    let dir = out_dir(name);
    let (code, out, err) = goldenhour(&[
        "--lang",
        "en-US",
        "run",
        scenario,
        "--responses",
        responses,
        "--seed",
        "1",
        "--out",
        dir.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("Overall:") && out.contains("report.html"),
        "the run prints the report summary: {out}"
    );
    for file in ["report.html", "report.json"] {
        let written = std::fs::read_to_string(dir.join(file)).expect("the run writes the report");
        assert!(written.len() > 1000, "{file} is too short");
    }
    SimLog::from_ron(&std::fs::read_to_string(dir.join("simlog.ron")).expect("log"))
        .expect("log parses")
}

fn exemplary() -> &'static SimLog {
    static LOG: OnceLock<SimLog> = OnceLock::new();
    LOG.get_or_init(|| play(EXEMPLARY, "exemplary"))
}

/// The English exemplary trainee's run (played once for the tests that read it).
fn exemplary_en() -> &'static SimLog {
    static LOG: OnceLock<SimLog> = OnceLock::new();
    LOG.get_or_init(|| {
        play(
            "scenarios/flood/responses/exemplary.en-US.ron",
            "exemplary-en",
        )
    })
}

fn silent() -> &'static SimLog {
    static LOG: OnceLock<SimLog> = OnceLock::new();
    LOG.get_or_init(|| play(SILENT, "silent"))
}

fn scorer() -> &'static goldenhour_scoring::Scorer {
    static SCORER: OnceLock<goldenhour_scoring::Scorer> = OnceLock::new();
    SCORER.get_or_init(goldenhour_scoring::Scorer::new)
}

fn scenario_of(log: &SimLog) -> Scenario {
    goldenhour::reporting::embedded_scenario(log)
        .scenario
        .expect("the embedded scenario loads")
}

/// The report with fixed metadata, so that it is reproducible.
fn report(log: &SimLog, lang: Lang, trainee: &str) -> Report {
    let scenario = scenario_of(log);
    let scores = goldenhour_scoring::score_run(scorer(), &scenario, log);
    let meta = ReportMeta {
        trainee: Some(trainee.to_owned()),
        date: "2026-07-18".to_owned(),
        real_duration: Some(std::time::Duration::from_secs(1834)),
        lang,
    };
    goldenhour_report::build(&scenario, log, &scores, &meta)
}

/// The JSON, with each appendix finding cut to one line of rule, quality and effect: its
/// message texts repeat the scoring crate's, which its own tests pin down, and would make the
/// snapshot unreadable.
fn json_for_snapshot(report: &Report) -> String {
    let mut value: serde_json::Value = serde_json::from_str(&report.to_json()).expect("valid JSON");
    for group in value["appendix"].as_array_mut().expect("appendix") {
        for finding in group["findings"].as_array_mut().expect("findings") {
            let line = format!(
                "{} {} {:+.1}",
                finding["rule"].as_str().unwrap_or("?"),
                finding["dimension"].as_str().unwrap_or("?"),
                finding["effect"].as_f64().unwrap_or(f64::NAN)
            );
            *finding = serde_json::Value::String(line);
        }
        group["text"] = serde_json::Value::String(format!(
            "({} bytes)",
            group["text"].as_str().unwrap_or("").len()
        ));
    }
    serde_json::to_string_pretty(&value).expect("serialises")
}

#[test]
fn json_of_the_exemplary_run() {
    let report = report(exemplary(), Lang::ZhCn, "李华");
    insta::assert_snapshot!(json_for_snapshot(&report));
}

#[test]
fn json_of_the_silent_run() {
    let report = report(silent(), Lang::EnUs, "Silent Trainee");
    insta::assert_snapshot!(json_for_snapshot(&report));
}

#[test]
fn the_two_runs_differ_at_a_glance() {
    let good = report(exemplary(), Lang::EnUs, "A");
    let bad = report(silent(), Lang::EnUs, "B");
    assert!(
        matches!(good.scores.rating.as_str(), "P" | "S"),
        "exemplary rated {}",
        good.scores.rating
    );
    assert_eq!(bad.scores.rating, "U");
    assert!(good.strengths.len() >= 3 && bad.strengths.is_empty());
    assert_eq!(
        bad.improvements[0].rule, "speed.no-response",
        "silence comes first"
    );
    // The silent trainee gets the first statement they could have written; the exemplary one a
    // rewrite of a post of their own, with its original.
    assert!(bad.rewrite.original.is_none() && bad.rewrite.parts.iter().all(|p| p.added));
    assert!(good.rewrite.original.is_some() && good.rewrite.parts.iter().any(|p| !p.added));
    let kinds = |r: &Report, k: goldenhour_report::TimelineKind| {
        r.timeline.iter().filter(|i| i.kind == k).count()
    };
    use goldenhour_report::TimelineKind as K;
    assert!(kinds(&good, K::Action) > 10 && kinds(&bad, K::Action) == 0);
    assert!(kinds(&bad, K::DeadlineMissed) > kinds(&good, K::DeadlineMissed));
    assert!(kinds(&good, K::PromiseKept) > 0 && kinds(&good, K::RumourDebunked) > 0);

    // The summary's first priority is the largest shortcoming of the weakest quality, unless
    // one elsewhere cost more than twice as much: then that one.
    let weakest = good
        .scores
        .dimensions
        .iter()
        .filter(|d| d.score.is_some())
        .min_by(|a, b| a.score.unwrap_or(0.0).total_cmp(&b.score.unwrap_or(0.0)))
        .expect("scored qualities");
    let in_weakest = good
        .improvements
        .iter()
        .find(|o| o.dimension == weakest.id)
        .expect("an area in the weakest quality");
    let costliest = good
        .improvements
        .iter()
        .min_by(|a, b| a.effect.total_cmp(&b.effect))
        .expect("an area");
    let expected = if in_weakest.effect <= costliest.effect / 2.0 {
        in_weakest
    } else {
        costliest
    };
    assert!(
        expected.effect < 0.0,
        "the priority is a loss: {}",
        expected.rule
    );
    let priority = good
        .summary
        .iter()
        .find(|t| t.id == "report-summary-priority")
        .expect("a first priority");
    let theme_heading = good
        .plan
        .iter()
        .find(|i| i.theme == expected.theme)
        .map(|i| i.area.text.clone())
        .expect("the theme is in the plan");
    assert!(
        priority.text.contains(&theme_heading),
        "{} vs {theme_heading} ({})",
        priority.text,
        weakest.id
    );
}

#[test]
fn scenario_facts_are_quoted_in_the_report_language() {
    // This English trainee states a figure before being briefed on it; the scorer quotes the
    // fact in the scenario's own language (Chinese), the English report in English.
    let log = play(
        "tests/data/run/flood-early-figure.en-US.ron",
        "early-figure-en",
    );
    let report = report(&log, Lang::EnUs, "C");
    let json = report.to_json();
    let scenario = scenario_of(&log);
    let quoted: Vec<&str> = scenario
        .def()
        .facts
        .iter()
        .map(|f| f.text.as_str())
        .filter(|text| json.contains(text))
        .collect();
    assert!(
        quoted.is_empty(),
        "Chinese fact texts in the English report: {quoted:?}"
    );
    assert!(
        json.contains("More than 3,200 firefighters"),
        "the unbriefed figure is quoted in English"
    );
}

#[test]
fn the_exemplary_trainees_state_only_what_they_were_briefed_on() {
    // An exemplary run is the model answer: no finding may say it published a fact before
    // the briefing that revealed it (the 6:30 update once quoted the rescue forces' figure
    // from a briefing that arrived in the same second).
    for (lang, log) in [("zh-CN", exemplary()), ("en-US", exemplary_en())] {
        let unbriefed: Vec<String> = log
            .actions()
            .flat_map(|(at, a)| {
                a.assessment
                    .findings
                    .iter()
                    .filter(|f| f.rule == "authority.unbriefed")
                    .map(move |f| format!("{at}: {}", f.excerpt))
            })
            .collect();
        assert!(unbriefed.is_empty(), "{lang}: {unbriefed:?}");
    }
}

#[test]
fn a_strength_quotes_a_figure_rather_than_a_time_word() {
    // The English exemplary trainee's first post opens "Overnight our city had the heaviest
    // rain since records began in 1954: 112.4 mm fell…": every fact there earns the same
    // points, and the report's headline evidence for concrete facts should be a figure, not
    // the time word that happens to come first.
    let report = report(exemplary_en(), Lang::EnUs, "C");
    let facts = report
        .strengths
        .iter()
        .find(|o| o.rule == "transparency.facts")
        .expect("concrete facts are a strength of the exemplary run");
    let excerpt = facts
        .message
        .args
        .iter()
        .find(|(k, _)| k == "excerpt")
        .map(|(_, v)| v.as_str())
        .expect("the strength quotes an excerpt");
    assert!(
        excerpt.chars().any(|c| c.is_ascii_digit()),
        "the headline fact is {excerpt:?}"
    );
}

/// Every section of the report, by its anchor and its heading's message id.
const SECTIONS: [(&str, &str); 10] = [
    ("overview", "report-section-overview"),
    ("summary", "report-section-summary"),
    ("objectives", "report-section-objectives"),
    ("strengths", "report-section-strengths"),
    ("improvements", "report-section-improvements"),
    ("plan", "report-section-plan"),
    ("rewrite", "report-section-rewrite"),
    ("public", "report-section-public"),
    ("timeline", "report-section-timeline"),
    ("appendix", "report-section-appendix"),
];

#[test]
fn every_section_appears_in_both_languages() {
    for (log, name) in [(exemplary(), "exemplary"), (silent(), "silent")] {
        for lang in Lang::ALL {
            let l = Localizer::new(lang);
            let report = report(log, lang, "Trainee");
            let html = report.to_html(&HtmlOptions::default());
            assert!(
                html.contains(&format!("<html lang=\"{}\">", lang.tag())),
                "{name} {lang:?}"
            );
            for (id, heading) in SECTIONS {
                assert!(
                    html.contains(&format!("<section id=\"{id}\">")),
                    "{name} {lang:?}: no section {id}"
                );
                let title = l.get(heading);
                let shown = goldenhour_report::escape(&title);
                assert!(
                    title != heading && html.contains(&shown),
                    "{name} {lang:?}: no heading {title}"
                );
            }
            assert_eq!(
                html.matches("<svg class=\"chart\"").count(),
                3,
                "{name} {lang:?}: three charts"
            );
            assert!(
                report.summary.len() >= 4,
                "{name} {lang:?}: executive summary"
            );
            assert_eq!(
                report.objectives.len(),
                5,
                "{name} {lang:?}: the flood scenario's objectives"
            );
            assert!(!report.plan.is_empty() && !report.rewrite.suggested.is_empty());
            assert!(report.timeline.len() > 20 && !report.appendix.is_empty());
            // Nothing left untranslated: a missing message shows as its id.
            assert!(
                !html.contains(">report-") && !html.contains(" report-"),
                "{name} {lang:?}: a message id leaked"
            );
            let text = report.to_text();
            assert!(
                text.contains(&l.get("score-dimension-transparency")),
                "{text}"
            );
            // The Chinese report reads as Chinese, the English one as English.
            let cjk = html
                .chars()
                .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
                .count();
            match lang {
                Lang::ZhCn => assert!(html.contains("演练评估报告") && cjk > 500),
                Lang::EnUs => assert!(html.contains("Evaluation report")),
            }
        }
    }
}

/// The exemplary log with a hostile post and a hostile scenario title and rumour.
fn hostile_log() -> SimLog {
    let mut log = exemplary().clone();
    let payload = format!("{SCRIPT} 我们正在核实。{ATTRIBUTE} & 'quotes'");
    let at = SimDuration::from_mins(40);
    let index = log
        .entries
        .iter()
        .position(|e| e.at > at)
        .unwrap_or(log.entries.len());
    let id = log.actions().map(|(_, a)| a.id).max().unwrap_or(0) + 1;
    log.entries.insert(
        index,
        LogEntry {
            at,
            kind: LogKind::TraineeAction(Box::new(TraineeAction {
                id,
                action: ActionKind::Publish,
                text: payload,
                assessment: PostAssessment::default(),
            })),
        },
    );
    // RON strings escape `"` and `\`; the loader reads the payload back as it is.
    let ron_payload = format!("{SCRIPT}{ATTRIBUTE}")
        .replace('\\', "\\\\")
        .replace('"', "\\\"");
    let source = &mut log.scenario.source;
    *source = source.replacen("title: \"", &format!("title: \"{ron_payload}"), 1);
    let rumour = source
        .find("rumours: [")
        .expect("the flood scenario has rumours");
    let text =
        rumour + source[rumour..].find("text: \"").expect("a rumour text") + "text: \"".len();
    source.insert_str(text, &ron_payload);
    log.trainee = Some(format!("{SCRIPT}{ATTRIBUTE}"));
    log
}

#[test]
fn trainee_and_scenario_text_is_escaped() {
    let log = hostile_log();
    assert!(
        scenario_of(&log).def().title.starts_with(SCRIPT),
        "the payload reaches the scenario"
    );
    for lang in Lang::ALL {
        let report = report(&log, lang, &format!("{SCRIPT}{ATTRIBUTE}"));
        let html = report.to_html(&HtmlOptions::default());
        // The report itself has no script and no image at all: any is an injection.
        assert!(
            !html.contains("<script"),
            "{lang:?}: a script tag got through"
        );
        assert!(!html.contains("<img"), "{lang:?}: an img tag got through");
        assert!(!html.contains("onerror=alert(1)>"), "{lang:?}");
        // And the payloads show as text: in the post, the title, the rumour (chart legend and
        // timeline) and the trainee's name.
        let shown_script = "&lt;script&gt;alert(1)&lt;/script&gt;";
        let shown_attribute = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";
        assert!(
            html.matches(shown_script).count() >= 4,
            "{lang:?}: the payload is not shown as text"
        );
        assert!(html.matches(shown_attribute).count() >= 4, "{lang:?}");
        assert!(html.contains("&amp; &#39;quotes&#39;"), "{lang:?}");
        assert!(html.contains("<title>") && !html.contains(&format!("<title>{SCRIPT}")));
        // The JSON keeps the text exactly, as JSON.
        let json: serde_json::Value = serde_json::from_str(&report.to_json()).expect("valid JSON");
        assert_eq!(json["overview"]["trainee"], format!("{SCRIPT}{ATTRIBUTE}"));
        let text = report.to_text();
        assert!(
            text.contains(SCRIPT),
            "the terminal shows the name as written"
        );
    }
}

#[test]
fn report_command_rerenders_a_saved_run() {
    let _ = exemplary();
    let log = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report/exemplary/simlog.ron");
    let dir = out_dir("rerendered");
    let (code, out, err) = goldenhour(&[
        "report",
        log.to_str().expect("utf-8"),
        "--out",
        dir.to_str().expect("utf-8"),
        "--lang",
        "zh-CN",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("总分") && out.contains("已写入"), "{out}");
    let html = std::fs::read_to_string(dir.join("report.html")).expect("html");
    assert!(html.contains("<html lang=\"zh-CN\">") && html.contains("演练评估报告"));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("report.json")).expect("json"))
            .expect("valid");
    assert_eq!(json["format"], goldenhour_report::REPORT_FORMAT);
    assert_eq!(json["language"], "zh-CN");
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");

    let bad = dir.join("not-a-log.ron");
    std::fs::write(&bad, "Scenario(oops").expect("write");
    let (code, _, err) = goldenhour(&[
        "report",
        bad.to_str().expect("utf-8"),
        "--out",
        dir.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("is not a readable run log"), "{err}");
}

/// Headless Chromium, or `None` (with a note) when it is not installed; in CI its absence
/// fails the test, since .ci/run installs it.
fn chromium() -> Option<PathBuf> {
    let path = PathBuf::from("/usr/bin/chromium");
    if path.exists() {
        return Some(path);
    }
    if std::env::var_os("CI").is_some() {
        panic!(
            "chromium is not installed at /usr/bin/chromium: .ci/run must install the Debian package chromium"
        );
    }
    eprintln!("skipped: chromium is not installed (apt-get install chromium)");
    None
}

/// Runs headless Chromium with a fresh profile and no background traffic.
fn run_chromium(
    chromium: &Path,
    name: &str,
    extra: &[String],
    page: &Path,
) -> std::process::Output {
    let profile = out_dir(&format!("chromium-profile-{name}"));
    Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs")
}

#[test]
fn the_html_opens_cleanly_in_headless_chromium() {
    let Some(chromium) = chromium() else { return };
    let dir = out_dir("chromium");
    std::fs::create_dir_all(&dir).expect("folder");
    let report = report(exemplary(), Lang::ZhCn, "李华");
    let html = report.to_html(&HtmlOptions {
        cjk_font: Some(FONT),
    });
    let page = dir.join("report.html");
    std::fs::write(&page, &html).expect("write");

    // Nothing that could fetch: no scripts, stylesheets, images, frames or remote URLs.
    for forbidden in [
        "<script", "<link", "<img", "<iframe", "<object", "@import", "url(http", "url(//",
    ] {
        assert!(!html.contains(forbidden), "the report contains {forbidden}");
    }
    for attribute in ["src=", "href="] {
        for (at, _) in html.match_indices(attribute) {
            let value = html[at + attribute.len()..].trim_start_matches(['"', '\'']);
            assert!(
                value.starts_with('#'),
                "{attribute} points outside the page: {}",
                &value[..value.len().min(40)]
            );
        }
    }
    assert!(
        html.contains("src:url(data:font/otf;base64,"),
        "the CJK font subset is embedded"
    );

    let out = run_chromium(&chromium, "dom", &["--dump-dom".to_owned()], &page);
    let dom = String::from_utf8_lossy(&out.stdout);
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "chromium failed: {log}");
    let console: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("CONSOLE") || l.contains("Uncaught"))
        .collect();
    assert!(console.is_empty(), "console messages: {console:#?}");
    let network: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("net::ERR") || l.contains("Failed to load"))
        .collect();
    assert!(network.is_empty(), "network errors: {network:#?}");
    assert_eq!(
        dom.matches("<svg class=\"chart\"").count(),
        3,
        "the three charts are in the DOM"
    );
    assert!(
        dom.matches("<polyline").count() + dom.matches("<path").count() > 5,
        "the charts have lines"
    );
    for (id, _) in SECTIONS {
        assert!(
            dom.contains(&format!("id=\"{id}\"")),
            "section {id} is in the DOM"
        );
    }

    let pdf = dir.join("report.pdf");
    let out = run_chromium(
        &chromium,
        "pdf",
        &[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".to_owned(),
        ],
        &page,
    );
    assert!(
        out.status.success(),
        "printing failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&pdf).expect("the PDF is written");
    assert!(bytes.starts_with(b"%PDF"), "not a PDF");
    // A4 is 595 × 842 points; the page boxes say so.
    let text = String::from_utf8_lossy(&bytes);
    let boxes: Vec<(f64, f64)> = text
        .match_indices("/MediaBox")
        .filter_map(|(at, _)| {
            let rest = text[at + "/MediaBox".len()..]
                .trim_start()
                .strip_prefix('[')?;
            let numbers: Vec<f64> = rest
                .split(']')
                .next()?
                .split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect();
            (numbers.len() == 4).then(|| (numbers[2] - numbers[0], numbers[3] - numbers[1]))
        })
        .collect();
    assert!(
        boxes.len() > 1,
        "the report prints on several pages: {boxes:?}"
    );
    assert!(
        boxes
            .iter()
            .all(|(w, h)| (w - 595.3).abs() < 2.0 && (h - 841.9).abs() < 2.0),
        "pages are not A4: {boxes:?}"
    );
}

/// A defensive trainee: the summary and the plan put taking responsibility first, and the
/// rewrite strikes the scapegoat, keeps the denial of the rumour in plain words with its
/// proof, apologises and leaves no pronoun without its person.
#[test]
fn figures_in_statements_that_miss_elements_are_no_main_strength() {
    // Most of this trainee's statements say nothing of what is unknown, though each is full
    // of figures: a dozen facts do not make "complete crisis messages" the main strength.
    let log = play_in(
        "scenarios/school-canteen",
        "tests/data/run/school-canteen-figures-no-apology.en-US.ron",
        "figures-no-apology",
    );
    let r = report(&log, Lang::EnUs, "F");
    let l = Localizer::new(Lang::EnUs);
    let cerc = l.get("report-theme-cerc");
    assert!(
        !r.summary
            .iter()
            .any(|t| t.text.starts_with("Main strength") && t.text.contains(&cerc)),
        "{:?}",
        r.summary
    );
}

#[test]
fn a_promise_with_no_time_gets_the_timed_line_in_the_rewrite() {
    let log = play_actions(
        "vague-promise",
        r#"(at: "40m", action: Publish, text: "The Old Town underpass flooded at 5:30 this morning. Further updates will be released in due course."),"#,
    );
    let r = report(&log, Lang::EnUs, "V");
    let l = Localizer::new(Lang::EnUs);
    assert!(
        r.rewrite
            .added
            .contains(&l.get("report-element-next-update")),
        "{:?}",
        r.rewrite.added
    );
}

#[test]
fn a_defensive_trainee_is_told_to_take_responsibility_first() {
    let log = play_actions(
        "defensive",
        r#"(at: "1h30m", action: Publish, text: "The underpass flooded because a temporary worker did not close the gate. He has been dismissed. Posts claiming that hundreds died in the metro tunnel are completely false. The relevant departments are handling it."),"#,
    );
    let r = report(&log, Lang::EnUs, "D");
    let l = Localizer::new(Lang::EnUs);
    let defensive = l.get("report-theme-defensive");
    assert!(
        r.summary.iter().any(|t| t.text.contains(&defensive)),
        "{:?}",
        r.summary
    );
    assert_eq!(r.plan[0].theme, "defensive");
    let suggested = &r.rewrite.suggested;
    assert!(!suggested.contains("temporary worker"), "{suggested}");
    assert!(
        suggested.contains("Posts claiming that hundreds died in the metro tunnel are not true."),
        "{suggested}"
    );
    assert!(
        suggested.contains(&l.get("report-rewrite-apology")),
        "{suggested}"
    );
    assert!(
        suggested.contains("[The person] has been dismissed."),
        "{suggested}"
    );
    assert!(
        suggested.contains("The [responsible body] are handling it."),
        "{suggested}"
    );
    assert!(r.rewrite.added.contains(&l.get("report-element-apology")));
    // The timeline says the post lost points for what it said, beside its timing.
    let harm_tag = |r: &goldenhour_report::Report| -> Vec<(String, Option<bool>)> {
        r.timeline
            .iter()
            .filter(|i| i.kind == goldenhour_report::TimelineKind::Action)
            .flat_map(|i| {
                i.tags
                    .iter()
                    .filter(|t| t.starts_with("marked down for what it said: "))
                    .map(|t| (t.clone(), i.good))
            })
            .collect()
    };
    let tags = harm_tag(&r);
    assert_eq!(tags.len(), 1, "{:?}", r.timeline);
    assert_eq!(tags[0].1, Some(false));
    assert!(tags[0].0.ends_with(&defensive), "{tags:?}");
    assert_eq!(harm_tag(&report(exemplary_en(), Lang::EnUs, "E")), vec![]);
}

/// The flood's 12345 overload (briefed at 07:05) is the city's own failure, listed in the
/// scenario's `rubric.apology_owed_for`: a run that never apologises for it loses tone, one
/// that apologises after the hour it had loses less, one that apologises in time loses
/// nothing; a run that ended before the hour was up owes nothing yet. The rewrite of a
/// statement made once the fault was known opens with the apology.
#[test]
fn a_fault_on_the_accounts_own_side_is_owed_an_apology() {
    let statement = |at: &str, opening: &str| {
        format!(
            r#"(at: "{at}", action: Publish, text: "{opening}Between 5 and 7 a.m. the 12345 hotline received about 26,000 calls and 4 in 10 callers could not get through. We have added 80 operators. Shelters are open at the City Sports Center; call 12345 or 119. Next update at 9:00."),"#
        )
    };
    let sorry = "We apologise: our 12345 hotline failed many of you this morning. ";
    // The run's tone, and its apology findings as (rule, effect, message arguments).
    type Owed = (String, f64, Vec<(String, String)>);
    let owed = |log: &SimLog| -> (f64, Vec<Owed>) {
        let scores = goldenhour_scoring::score_run(scorer(), &scenario_of(log), log);
        let tone = scores.dimensions[&goldenhour_scenario::Dimension::Tone]
            .score
            .expect("tone is scored");
        let found = scores
            .findings
            .iter()
            .filter(|f| f.rule.ends_with("-apology"))
            .inspect(|f| assert_eq!(f.subject.as_deref(), Some("hotline-overload")))
            .map(|f| (f.rule.clone(), f.effect, f.args.clone()))
            .collect();
        (tone, found)
    };

    let none = play_actions("apology-none", &statement("2h", ""));
    let (tone_none, found) = owed(&none);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].1),
        ("tone.no-apology", -15.0)
    );

    let on_time = play_actions("apology-on-time", &statement("2h", sorry));
    let (tone_on_time, found) = owed(&on_time);
    assert_eq!(found, vec![]);
    assert!(
        tone_on_time > tone_none + 15.0,
        "{tone_on_time} vs {tone_none}"
    );

    // Briefed at 1h35m, due at 2h35m: an apology at 4h is 145 minutes after the briefing.
    let late = play_actions("apology-late", &statement("4h", sorry));
    let (tone_late, found) = owed(&late);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].1),
        ("tone.late-apology", -10.0)
    );
    assert!(
        found[0]
            .2
            .contains(&("minutes".to_owned(), "145".to_owned()))
    );
    assert!(tone_none < tone_late, "{tone_none} vs {tone_late}");

    // The same silent run, stopped at 2h10m: the apology is not due until 2h35m.
    let mut stopped = none.clone();
    stopped.duration = SimDuration::from_mins(130);
    stopped.entries.retain(|e| e.at <= stopped.duration);
    assert_eq!(owed(&stopped).1, vec![]);

    // An apology in a first notice, before the fault came to light, does not own the fault
    // found later; the message says the trainee apologised earlier.
    let early = play_actions(
        "apology-early",
        &format!(
            r#"(at: "40m", action: Publish, text: "We are sorry: many of you waited too long for help this morning. The Old Town underpass is closed. Call 12345 or 119. Next update at 7:00."),{}"#,
            statement("2h", "")
        ),
    );
    // The one finding is `tone.no-apology`, with `key` set to "yes" in its message.
    let no_apology_with = |log: &SimLog, key: &str| {
        let (_, found) = owed(log);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "tone.no-apology");
        assert!(
            found[0].2.contains(&(key.to_owned(), "yes".to_owned())),
            "{found:?}"
        );
    };
    no_apology_with(&early, "earlier");

    // An apology only in a reply to one caller does not reach the people the fault failed.
    let replied = play_actions(
        "apology-replied",
        &format!(
            r#"{}(at: "2h5m", action: Reply(to: "e27"), text: "@EngineerChen_TonglinRd We apologise: 4 in 10 calls to 12345 could not get through, and that was our failure."),"#,
            statement("2h", "")
        ),
    );
    no_apology_with(&replied, "replied");

    let l = Localizer::new(Lang::EnUs);
    let r = report(&none, Lang::EnUs, "A");
    assert!(
        r.rewrite.added.contains(&l.get("report-element-apology")),
        "{:?}",
        r.rewrite.added
    );
    // The apology names the fault, so that it is not read as one for everything else.
    let suggested = &r.rewrite.suggested;
    let apology_line = suggested
        .lines()
        .find(|l| l.starts_with("We apologise for this:"))
        .unwrap_or_else(|| panic!("no apology line: {suggested}"));
    assert!(
        apology_line.contains("12345") && apology_line.contains("It is our responsibility"),
        "{apology_line}"
    );
    assert!(r.plan.iter().any(|p| p.theme == "apology"), "{:?}", r.plan);
    assert!(
        !r.plan.iter().any(|p| p.theme == "defensive"),
        "{:?}",
        r.plan
    );
    let r = report(&on_time, Lang::EnUs, "A");
    assert!(!r.rewrite.added.contains(&l.get("report-element-apology")));
}

/// A correction titled with the rumour as a question («白石岭水库溃坝，洪水一小时到河西？»)
/// loses authority for the title, which claims nothing in the account's voice, and the
/// rewrite strikes the title and keeps the verified fact.
#[test]
fn a_title_that_asks_the_rumour_is_marked_down_and_struck() {
    let dir = out_dir("rumour-headline-input");
    std::fs::create_dir_all(&dir).expect("dir");
    let responses = dir.join("responses.ron");
    std::fs::write(
        &responses,
        r#"Responses(scenario: "flood", language: "zh-CN", actions: [(at: "1h30m", action: CorrectRumour(rumour: "dam-break"), text: "【白石岭水库溃坝，洪水一小时到河西？】今天6时10分至6时40分，市水利局专家组对白石岭水库大坝进行了现场巡查：坝体结构完好，无渗漏、无裂缝，不存在溃坝险情。求助请拨打12345。")])"#,
    )
    .expect("responses");
    let log = play(responses.to_str().expect("utf-8 path"), "rumour-headline");
    let scores = goldenhour_scoring::score_run(scorer(), &scenario_of(&log), &log);
    let findings = &scores.posts[0].assessment.findings;
    let headline: Vec<&str> = findings
        .iter()
        .filter(|f| f.rule == "authority.rumour-headline")
        .map(|f| f.excerpt.as_str())
        .collect();
    assert_eq!(headline, ["白石岭水库溃坝，洪水一小时到河西？"]);
    assert!(
        !findings.iter().any(|f| f.rule.ends_with(".contradiction")),
        "{findings:?}"
    );
    let r = report(&log, Lang::ZhCn, "H");
    assert!(
        r.rewrite
            .removed
            .iter()
            .any(|t| t.contains("白石岭水库溃坝，洪水一小时到河西？")),
        "{:?}",
        r.rewrite.removed
    );
    assert!(
        r.rewrite.suggested.contains("不存在溃坝险情"),
        "{}",
        r.rewrite.suggested
    );
}

/// A trainee who apologised only in replies to the family (a reviewer's trainee): the run
/// owes the public apology, the plan says so, and with service rated below P (hotlines, no
/// instruction) the summary praises no "tell people what to do", though the posts' hotlines
/// count towards transparency.
#[test]
fn an_apology_only_in_replies_is_owed_and_a_weak_quality_is_no_main_strength() {
    let log = play_in(
        "scenarios/viral-video",
        "tests/data/run/viral-reply-only-apology.zh-CN.ron",
        "reply-only-apology",
    );
    let scores = goldenhour_scoring::score_run(scorer(), &scenario_of(&log), &log);
    let owed: Vec<_> = scores
        .findings
        .iter()
        .filter(|f| f.rule == "tone.no-apology")
        .collect();
    assert_eq!(owed.len(), 1, "{owed:?}");
    assert!(
        owed[0]
            .args
            .contains(&("replied".to_owned(), "yes".to_owned()))
    );
    let r = report(&log, Lang::ZhCn, "R");
    assert!(r.plan.iter().any(|p| p.theme == "apology"), "{:?}", r.plan);
    let service = r
        .scores
        .dimensions
        .iter()
        .find(|d| d.id == "service")
        .and_then(|d| d.score)
        .expect("service is scored");
    // Not a quality done well: hotlines, but no instruction in any post, rate below P.
    assert!(
        !matches!(
            goldenhour_scoring::Rating::of(service),
            goldenhour_scoring::Rating::P
        ),
        "{service}"
    );
    let l = Localizer::new(Lang::ZhCn);
    let service_theme = l.get("report-theme-service");
    assert!(
        !r.summary
            .iter()
            .any(|t| t.id == "report-summary-strength" && t.text.contains(&service_theme)),
        "{:?}",
        r.summary
    );
}
