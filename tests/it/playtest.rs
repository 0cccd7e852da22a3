//! Playtesting: every bundled scenario, in each of its languages, ranks the scripted trainees
//! sensibly (the exemplary one at P, the silent one at U, each flawed one losing most on the
//! dimension of its flaw); the bots' scripts are valid responses files; and
//! `validate --timeline` writes a self-contained, escaped page with every event.

use crate::goldenhour;

use std::path::Path;

use goldenhour::files::ScenarioFiles;
use goldenhour::playtest::{Phrasebook, Policy, largest_drop, playtest, script};
use goldenhour_scenario::{Dimension, Scenario};

const BUNDLED: [&str; 4] = ["flood", "school-canteen", "chemical-fire", "viral-video"];

/// Two seeds keep a debug build's run of all four scenarios, both languages and six playing
/// policies (96 headless runs) short; the bots and the simulation vary with the seed.
const RUNS: u32 = 2;

fn load(name: &str) -> Scenario {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(name)
        .join("scenario.ron");
    let files = ScenarioFiles::read(&path).expect("bundled scenario reads");
    files.load().scenario.expect("bundled scenario validates")
}

/// The flaw each policy has, and the dimension it must lose most on. Defensive posts deny and
/// blame: SCCT's defensive strategies and the criticised 临时工 scapegoat are tone findings
/// (domain brief §5, §6), so tone is where a defensive trainee should lose most. A leaky
/// trainee publishes private facts and unverified ones: published private data costs the
/// whole run's transparency (`transparency.privacy-breach`), the larger loss; the unverified
/// facts cost authority.
///
/// Stonewalling posts "no facts, no times, no help" (its definition in `bots.rs`): it loses
/// all but a point or two in both transparency and service, and either may be where it
/// loses most (with service's points since session 13 an exemplary run's service is near
/// 100, like its transparency).
const FLAWS: [(Policy, &[Dimension]); 5] = [
    (Policy::FastButCold, &[Dimension::Tone]),
    (Policy::GoodButSlow, &[Dimension::Speed]),
    (
        Policy::Stonewalling,
        &[Dimension::Transparency, Dimension::Service],
    ),
    (Policy::Defensive, &[Dimension::Tone]),
    (Policy::Leaky, &[Dimension::Transparency]),
];

#[test]
fn bundled_scenarios_rank_the_policies_sensibly() {
    let mut failures = Vec::new();
    for name in BUNDLED {
        let scenario = load(name);
        for lang in scenario.languages() {
            let result = playtest(&scenario, lang, RUNS, &Policy::ALL, |_, _| {})
                .expect("bundled languages have phrasebooks");
            let table: Vec<String> = result
                .policies
                .iter()
                .map(|p| {
                    let dims: Vec<String> = Dimension::ALL
                        .iter()
                        .map(|d| format!("{:?} {:.0}", d, p.mean(*d).unwrap_or(f64::NAN)))
                        .collect();
                    format!(
                        "  {:<14} overall {:5.1}  {}",
                        p.policy.id(),
                        p.overall.mean,
                        dims.join(", ")
                    )
                })
                .collect();
            println!("{name} {lang}\n{}", table.join("\n"));
            let exemplary = result.policy(Policy::Exemplary).unwrap();
            let silent = result.policy(Policy::Silent).unwrap();
            if exemplary.overall.min < 80.0 {
                failures.push(format!(
                    "{name} {lang}: exemplary overall min {:.1} < 80",
                    exemplary.overall.min
                ));
            }
            if silent.overall.max > 30.0 {
                failures.push(format!(
                    "{name} {lang}: silent overall max {:.1} > 30",
                    silent.overall.max
                ));
            }
            for (policy, flaw) in FLAWS {
                let flawed = result.policy(policy).unwrap();
                let (worst, drop) = largest_drop(exemplary, flawed).unwrap();
                if !flaw.contains(&worst) {
                    failures.push(format!(
                        "{name} {lang}: {} loses most on {worst:?} ({drop:.1}), not {:?} ({:.1})",
                        policy.id(),
                        flaw[0],
                        exemplary.mean(flaw[0]).unwrap_or(0.0)
                            - flawed.mean(flaw[0]).unwrap_or(0.0)
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn bot_scripts_are_valid_responses_and_vary_with_the_seed() {
    let scenario = load("flood");
    for lang in ["zh-CN", "en-US"] {
        let phrases = Phrasebook::bundled(lang).unwrap();
        for policy in Policy::ALL {
            let responses = script(policy, &scenario, lang, &phrases, 7);
            let text = ron::ser::to_string(&responses).unwrap();
            let (loaded, diagnostics) =
                goldenhour_scenario::load_responses("bot.ron", text.as_bytes(), &scenario);
            assert!(
                diagnostics.is_empty(),
                "{lang} {}: {diagnostics:?}",
                policy.id()
            );
            assert_eq!(loaded.unwrap(), responses);
            assert_eq!(
                responses.actions.is_empty(),
                policy == Policy::Silent,
                "{}",
                policy.id()
            );
            assert_eq!(script(policy, &scenario, lang, &phrases, 7), responses);
        }
        let a = script(Policy::Exemplary, &scenario, lang, &phrases, 1);
        let b = script(Policy::Exemplary, &scenario, lang, &phrases, 2);
        assert_ne!(a, b, "seeds vary the bots' timing and wording");
    }
}

fn out_dir(name: &str) -> std::path::PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn timeline_page_has_every_event_and_the_deadlines() {
    let out = out_dir("timeline-flood");
    let (code, stdout, stderr) = goldenhour(&[
        "--lang",
        "zh-CN",
        "validate",
        "--timeline",
        "scenarios/flood",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let html = std::fs::read_to_string(out.join("timeline.html")).unwrap();
    let scenario = load("flood");
    for event in &scenario.def().events {
        assert!(
            html.contains(&format!(">{}<", event.id)),
            "missing {}",
            event.id
        );
    }
    // Chinese texts, the two deadline lines, the conditional section with conditions in words.
    assert!(
        html.contains("首次回应目标（60 分钟）"),
        "first-response line"
    );
    assert!(html.contains("最迟期限（300 分钟）"), "hard-deadline line");
    assert!(
        html.contains("开始 60 分钟后学员仍未发布任何信息"),
        "a condition in words"
    );
    assert!(
        !html.contains("<link") && !html.contains("src="),
        "nothing fetched"
    );
    assert!(!html.contains("<script"), "no scripts");
}

#[test]
fn timeline_escapes_hostile_text_and_shows_gaps() {
    let dir = out_dir("timeline-hostile");
    let scenario_dir = dir.join("hostile");
    std::fs::create_dir_all(&scenario_dir).unwrap();
    let minimal = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/minimal/scenario.ron");
    let source = std::fs::read_to_string(&minimal).unwrap().replace(
        "Water everywhere on Harbour Road!",
        "<script>alert('x')</script> & \\\"quotes\\\"",
    );
    std::fs::write(scenario_dir.join("scenario.ron"), source).unwrap();
    std::fs::copy(
        minimal.with_file_name("zh-CN.ftl"),
        scenario_dir.join("zh-CN.ftl"),
    )
    .unwrap();
    let out = dir.join("out");
    let (code, stdout, stderr) = goldenhour(&[
        "--lang",
        "en-US",
        "validate",
        "--timeline",
        scenario_dir.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let html = std::fs::read_to_string(out.join("timeline.html")).unwrap();
    assert!(!html.contains("<script>"), "hostile text escaped");
    assert!(
        html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;")
    );
    assert!(
        html.contains(">Gap<"),
        "a long stretch without events is drawn as a gap"
    );
}

#[test]
fn playtest_json_has_the_documented_shape() {
    let (code, stdout, stderr) = goldenhour(&[
        "--lang",
        "en-US",
        "playtest",
        "tests/data/minimal",
        "--runs",
        "2",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(
        stderr.is_empty(),
        "no progress bar outside a terminal: {stderr}"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["runs"], 2);
    let policies = json["policies"].as_array().unwrap();
    let ids: Vec<&str> = policies
        .iter()
        .map(|p| p["policy"].as_str().unwrap())
        .collect();
    assert_eq!(ids, Policy::ALL.iter().map(|p| p.id()).collect::<Vec<_>>());
    for p in policies {
        let o = &p["overall"];
        let (mean, min, max) = (
            o["mean"].as_f64().unwrap(),
            o["min"].as_f64().unwrap(),
            o["max"].as_f64().unwrap(),
        );
        assert!(min <= mean && mean <= max, "{p}");
        for d in [
            "speed",
            "tone",
            "transparency",
            "authority",
            "service",
            "interaction",
        ] {
            assert!(p["dimensions"].get(d).is_some(), "{d} in {p}");
        }
    }
}
