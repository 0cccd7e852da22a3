//! Scoring agrees with an experienced spokesperson: the calibration corpora under
//! tests/calibration/ (orderings per dimension and key findings, ≥ 90% agreement required per
//! dimension and language), the `score` command in both languages and formats, and the
//! rules documented in docs/scoring.md.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use goldenhour_scenario::Dimension;
use goldenhour_scoring::{RULES, Scorer};
use goldenhour_simlog::PostAssessment;
use serde::Deserialize;

/// Required agreement per dimension and language (issue 4).
const REQUIRED_AGREEMENT: f64 = 0.90;
/// Posts required per language.
const REQUIRED_POSTS: usize = 60;

#[derive(Deserialize)]
struct Calibration {
    lang: String,
    posts: BTreeMap<String, String>,
    groups: Vec<Group>,
    findings: Vec<Expect>,
}

/// Posts in expected order per dimension, best first.
#[derive(Deserialize)]
struct Group {
    name: String,
    rank: BTreeMap<Dimension, Vec<String>>,
}

/// Findings a post must and must not produce.
#[derive(Deserialize)]
struct Expect {
    post: String,
    #[serde(default)]
    has: Vec<String>,
    #[serde(default)]
    lacks: Vec<String>,
}

fn scorer() -> &'static Scorer {
    static SCORER: OnceLock<Scorer> = OnceLock::new();
    SCORER.get_or_init(Scorer::new)
}

fn corpus(lang: &str) -> Calibration {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/calibration/{lang}.ron"));
    let text = std::fs::read_to_string(&path).expect("corpus exists");
    let corpus: Calibration =
        ron::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(corpus.lang, lang);
    corpus
}

/// Agreement per dimension: the share of ordered pairs (every pair within every ranked list)
/// that the scorer puts in the expected order, strictly.
fn agreement(
    c: &Calibration,
    scores: &BTreeMap<&String, PostAssessment>,
) -> BTreeMap<Dimension, (usize, usize, Vec<String>)> {
    let mut out: BTreeMap<Dimension, (usize, usize, Vec<String>)> = BTreeMap::new();
    for group in &c.groups {
        for (dimension, ranked) in &group.rank {
            for (i, better) in ranked.iter().enumerate() {
                for worse in &ranked[i + 1..] {
                    let (b, w) = (
                        scores[better].scores[dimension],
                        scores[worse].scores[dimension],
                    );
                    let entry = out.entry(*dimension).or_default();
                    entry.1 += 1;
                    if b > w {
                        entry.0 += 1;
                    } else {
                        entry.2.push(format!(
                            "[{}] {dimension:?}: {better} ({b:.0}) should beat {worse} ({w:.0})",
                            group.name
                        ));
                    }
                }
            }
        }
    }
    out
}

fn check_corpus(lang: &str) {
    let c = corpus(lang);
    assert!(
        c.posts.len() >= REQUIRED_POSTS,
        "{lang}: only {} posts",
        c.posts.len()
    );
    // Every referenced post exists and every post is ranked somewhere.
    let mut ranked = std::collections::BTreeSet::new();
    for g in &c.groups {
        for ids in g.rank.values() {
            assert!(
                ids.len() >= 2,
                "{lang} [{}]: a ranking needs two posts",
                g.name
            );
            for id in ids {
                assert!(
                    c.posts.contains_key(id),
                    "{lang} [{}]: unknown post {id}",
                    g.name
                );
                ranked.insert(id);
            }
        }
    }
    let unranked: Vec<_> = c.posts.keys().filter(|id| !ranked.contains(id)).collect();
    assert!(
        unranked.is_empty(),
        "{lang}: posts in no ranking: {unranked:?}"
    );

    let scores: BTreeMap<&String, PostAssessment> = c
        .posts
        .iter()
        .map(|(id, text)| (id, scorer().assess_text(text, lang, None)))
        .collect();
    let table = agreement(&c, &scores);
    for d in [
        Dimension::Tone,
        Dimension::Transparency,
        Dimension::Authority,
        Dimension::Service,
    ] {
        assert!(
            table.get(&d).is_some_and(|(_, total, _)| *total >= 10),
            "{lang}: too few {d:?} comparisons"
        );
    }
    let mut failures = Vec::new();
    for (d, (agreed, total, misses)) in &table {
        let rate = *agreed as f64 / *total as f64;
        println!("{lang} {d:?}: {agreed}/{total} = {:.1}%", rate * 100.0);
        for m in misses {
            println!("  {m}");
        }
        if rate < REQUIRED_AGREEMENT {
            failures.push(format!("{d:?} {:.1}%", rate * 100.0));
        }
    }
    assert!(
        failures.is_empty(),
        "{lang}: agreement below {REQUIRED_AGREEMENT}: {failures:?}"
    );

    let mut missing = Vec::new();
    for e in &c.findings {
        let a = scores
            .get(&e.post)
            .unwrap_or_else(|| panic!("{lang}: unknown post {}", e.post));
        let rules: Vec<&str> = a.findings.iter().map(|f| f.rule.as_str()).collect();
        for rule in &e.has {
            assert!(
                RULES.iter().any(|r| r.id == rule),
                "{lang}: {} expects unknown rule {rule}",
                e.post
            );
            if !rules.contains(&rule.as_str()) {
                missing.push(format!("{} lacks {rule}", e.post));
            }
        }
        for rule in &e.lacks {
            if rules.contains(&rule.as_str()) {
                missing.push(format!("{} has {rule}", e.post));
            }
        }
    }
    assert!(missing.is_empty(), "{lang}: key findings: {missing:#?}");
}

#[test]
fn calibration_zh_cn() {
    check_corpus("zh-CN");
}

#[test]
fn calibration_en_us() {
    check_corpus("en-US");
}

#[test]
fn every_rule_is_documented_with_a_source() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/scoring.md"))
            .expect("docs/scoring.md exists");
    let undocumented: Vec<&str> = RULES
        .iter()
        .map(|r| r.id)
        .filter(|id| !doc.contains(&format!("`{id}`")))
        .collect();
    assert!(
        undocumented.is_empty(),
        "rules missing from docs/scoring.md: {undocumented:?}"
    );
    for source in [
        "国办发〔2016〕61号",
        "国办发〔2016〕80号",
        "CERC",
        "SCCT",
        "HSEEP",
    ] {
        assert!(
            doc.contains(source),
            "docs/scoring.md does not cite {source}"
        );
    }
    for category in goldenhour_scoring::Category::ALL {
        assert!(
            doc.contains(&format!("`{}`", category.name())),
            "docs/scoring.md does not list the category {}",
            category.name()
        );
    }
}

fn score_cli(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_goldenhour"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LANG", "en_US.UTF-8")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("binary runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write stdin");
    }
    drop(child.stdin.take());
    let out = child.wait_with_output().expect("binary finishes");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn score_command_prints_stable_json() {
    let text = "涉事人员系临时工，已被辞退。下一次通报在8:00。";
    let (code, out, err) = score_cli(
        &[
            "score", "--lang", "zh-CN", "--format", "json", "--text", text,
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let scores = json["scores"].as_object().expect("scores object");
    let keys: Vec<&str> = scores.keys().map(String::as_str).collect();
    let mut expected = [
        "speed",
        "tone",
        "transparency",
        "authority",
        "service",
        "interaction",
        "overall",
    ];
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    expected.sort_unstable();
    assert_eq!(sorted, expected);
    assert!(scores["speed"].is_null() && scores["interaction"].is_null());
    assert!(scores["tone"].as_u64().is_some_and(|t| t < 60), "{out}");
    let blame = json["findings"]
        .as_array()
        .and_then(|f| f.iter().find(|f| f["rule"] == "tone.blame"))
        .unwrap_or_else(|| panic!("no blame finding: {out}"));
    assert_eq!(blame["dimension"], "tone");
    assert!(blame["effect"].as_f64().is_some_and(|e| e < 0.0));
    let span: Vec<usize> = blame["span"]
        .as_array()
        .expect("span")
        .iter()
        .filter_map(|v| v.as_u64().map(|n| n as usize))
        .collect();
    assert_eq!(
        &text[span[0]..span[1]],
        blame["excerpt"].as_str().expect("excerpt")
    );
    // Messages are localised in the interface language: --lang zh-CN → Chinese.
    assert!(
        blame["message"]
            .as_str()
            .is_some_and(|m| m.contains("推卸责任")),
        "{blame}"
    );
    let fields: Vec<&str> = blame
        .as_object()
        .expect("finding object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(fields.len(), 6, "{fields:?}");
}

/// A single message need not give guidance: the overall leaves service out where that is
/// higher, and the text output says so; a message that guides keeps it.
#[test]
fn score_overall_counts_service_only_where_it_raises_it() {
    let json = |text: &str| {
        let (code, out, err) = score_cli(
            &[
                "score", "--lang", "en-US", "--format", "json", "--text", text,
            ],
            None,
        );
        assert_eq!(code, 0, "{err}");
        let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
        let s = |k: &str| v["scores"][k].as_u64().expect("a score") as f64;
        (
            s("overall"),
            (s("tone") + s("transparency") + s("authority")) / 3.0,
            (s("tone") + s("transparency") + s("authority") + s("service")) / 4.0,
        )
    };
    let apology = "We should have told you about the landfill fire sooner. It started Tuesday night. That's on us, and we're sorry.";
    let (overall, three, four) = json(apology);
    assert!(three > four, "{three} {four}");
    // Rounded scores: within a point of the mean of the three.
    assert!((overall - three).abs() <= 1.0, "{overall} vs {three}");
    let (code, out, err) = score_cli(&["score", "--lang", "en-US", "--text", apology], None);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Service is left out of the overall"), "{out}");
    let guide = "Call 555-0142 now if you need a ride to the shelter at 400 Oak St.";
    let (overall, three, four) = json(guide);
    assert!(four >= three, "{three} {four}");
    assert!((overall - four).abs() <= 1.0, "{overall} vs {four}");
    let (_, out, _) = score_cli(&["score", "--lang", "en-US", "--text", guide], None);
    assert!(!out.contains("Service is left out"), "{out}");
    // With a scenario the rubric's weights hold, service included.
    let scores: BTreeMap<Dimension, f64> = [
        (Dimension::Tone, 80.0),
        (Dimension::Transparency, 10.0),
        (Dimension::Authority, 45.0),
        (Dimension::Service, 0.0),
    ]
    .into_iter()
    .collect();
    assert_eq!(goldenhour_scoring::overall(&scores, None), 45.0);
    let flood = bundled("flood");
    let weighted = goldenhour_scoring::overall(&scores, Some(&flood));
    assert!(weighted < 45.0, "{weighted}");
}

#[test]
fn score_command_reads_files_and_stdin_in_both_languages() {
    let (code, out, err) = score_cli(
        &["score", "-"],
        Some(
            "We know this is a frightening night. Please avoid River Lane and call 555-0100 for help.",
        ),
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("en-US") && out.contains("Tone") && out.contains("«"),
        "{out}"
    );
    assert!(
        !out.contains("\u{1b}["),
        "no ANSI codes when stdout is not a terminal: {out}"
    );
    let dir = std::env::temp_dir().join(format!("goldenhour-score-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("post.txt");
    std::fs::write(
        &file,
        "领导高度重视，立即成立专班调查，后续进展将及时向社会公布。",
    )
    .expect("write");
    let path = file.display().to_string();
    let (code, out, err) = score_cli(&["score", "--lang", "zh-CN", &path], None);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("语气") && out.contains("高度重视") && out.contains("建议"),
        "{out}"
    );
    // Without --lang, Chinese text is detected and scored as zh-CN.
    let (_, out, _) = score_cli(&["score", "--format", "json", &path], None);
    assert!(out.contains("tone.boilerplate"), "{out}");

    std::fs::write(&file, [0xff, 0xfe, 0x00]).expect("write");
    let (code, _, err) = score_cli(&["score", &path], None);
    assert_eq!(code, 1, "non-UTF-8 input is a content problem: {err}");
    let (code, _, _) = score_cli(&["score"], None);
    assert_eq!(code, 2, "no input is a usage error");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A bundled scenario, loaded as the app loads it.
fn bundled(name: &str) -> goldenhour_scenario::Scenario {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(name)
        .join("scenario.ron");
    goldenhour::files::ScenarioFiles::read(&path)
        .expect("bundled scenario reads")
        .load()
        .scenario
        .expect("bundled scenario validates")
}

/// One post assessed in a bundled scenario at `minutes`, with `known` briefed.
fn assess_in(
    scenario: &goldenhour_scenario::Scenario,
    text: &str,
    lang: &str,
    minutes: u32,
    action: &goldenhour_scenario::ActionKind,
    known: &[String],
) -> goldenhour_simlog::PostAssessment {
    use goldenhour_simlog::{PostContext, PostScorer};
    let post = PostContext {
        text,
        lang,
        at: goldenhour_scenario::SimDuration::from_mins(minutes),
        action,
        known_facts: known,
        empathy_shown: false,
    };
    scorer().assess(scenario, &post)
}

/// A correction that denies the claim it names ("[No sodium cyanide was stored at Ruilan]")
/// or narrows it ("no fatalities on the train") contradicts nothing; the claim said in the
/// account's own voice still does, in the wordings a trainee uses.
#[test]
fn a_denied_or_narrowed_claim_contradicts_nothing() {
    let contradicted_in =
        |scenario: &goldenhour_scenario::Scenario, text: &str, lang: &str, minutes: u32| {
            let known: Vec<String> = scenario.def().facts.iter().map(|f| f.id.clone()).collect();
            let publish = goldenhour_scenario::ActionKind::Publish;
            assess_in(scenario, text, lang, minutes, &publish, &known)
                .signals
                .contradicted
        };
    let contradicted = |scenario: &goldenhour_scenario::Scenario, text: &str, minutes: u32| {
        contradicted_in(scenario, text, "en-US", minutes)
    };
    let fire = bundled("chemical-fire");
    assert_eq!(
        contradicted(
            &fire,
            "[No sodium cyanide was stored at Ruilan] The city emergency management bureau checked the company's registration.",
            180
        ),
        Vec::<String>::new()
    );
    assert_ne!(
        contradicted(
            &fire,
            "Sodium cyanide was stored at Ruilan, we are told.",
            180
        ),
        Vec::<String>::new()
    );
    let flood = bundled("flood");
    assert_eq!(
        contradicted(
            &flood,
            "All 427 passengers were evacuated and there were no fatalities on the train.",
            130
        ),
        Vec::<String>::new()
    );
    // An account correcting its own earlier guess ("不是诺如病毒") contradicts nothing; the
    // school's late call told as prompt does, with its "了" ("及时拨打了120").
    let canteen = bundled("school-canteen");
    assert_eq!(
        contradicted_in(
            &canteen,
            "市疾控中心确认：是卤鸡腿里的金黄色葡萄球菌肠毒素引起的食物中毒，不是诺如病毒。",
            "zh-CN",
            300
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        contradicted_in(
            &canteen,
            "经区教育局调查，学校在发现学生不适后及时拨打了120，并第一时间通知了家长。",
            "zh-CN",
            300
        ),
        ["school-delay"]
    );
    // A label named to refuse it contradicts nothing; said in the account's voice it does.
    let viral = bundled("viral-video");
    assert_eq!(
        contradicted(
            &viral,
            "Did the vendor attack the officers? No. Some posts call this 'violent resistance to law enforcement'; the footage shows otherwise.",
            180
        ),
        Vec::<String>::new()
    );
    assert_ne!(
        contradicted(
            &viral,
            "This was violent resistance to law enforcement.",
            180
        ),
        Vec::<String>::new()
    );
    // Advice against it ("不要开窗散味") contradicts nothing.
    assert_eq!(
        contradicted_in(
            &fire,
            "请先关好门窗，不要开窗散味，尽量别出门。",
            "zh-CN",
            100
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        contradicted_in(&fire, "屋里味道大的话可以开窗通通风。", "zh-CN", 100),
        ["resident-guidance"]
    );
    // Reassurance against the health advice contradicts it.
    assert_eq!(
        contradicted(
            &fire,
            "The smoke is harmless and the air is safe to breathe. You do not need to close your windows.",
            180
        ),
        ["resident-guidance"]
    );
}

/// An "@handle" names the account answered, whether written as one word or as the actor's
/// display name: "Huaiyin" in it is the asker's own name, not the vendor's address.
#[test]
fn a_handle_or_display_name_after_the_at_sign_leaks_nothing() {
    let scenario = bundled("viral-video");
    let known: Vec<String> = scenario.def().facts.iter().map(|f| f.id.clone()).collect();
    let reply = goldenhour_scenario::ActionKind::Reply { to: "x".into() };
    let leaked = |text: &str| {
        assess_in(&scenario, text, "en-US", 150, &reply, &known)
            .signals
            .leaked
    };
    let answer = "We understand why you were worried. The hospital confirms she is conscious.";
    for handle in [
        "@SisterZhang_HuaiyinStreet",
        "@Sister Zhang from Huaiyin Street",
    ] {
        assert_eq!(
            leaked(&format!("{handle} {answer}")),
            Vec::<String>::new(),
            "{handle}"
        );
    }
    assert_ne!(
        leaked(&format!("{answer} She lives in Huaiyinli, Building 7.")),
        Vec::<String>::new()
    );
}

/// A forbidden phrase is charged once, not again for the words inside it.
#[test]
fn words_inside_a_forbidden_phrase_are_charged_once() {
    let scenario = bundled("flood");
    let publish = goldenhour_scenario::ActionKind::Publish;
    let rules_of = |text: &str| -> Vec<String> {
        assess_in(&scenario, text, "zh-CN", 60, &publish, &[])
            .findings
            .into_iter()
            .map(|f| f.rule)
            .collect()
    };
    let rules = rules_of("对于散布谣言的行为，造谣者将被依法严惩。");
    assert_eq!(
        rules.iter().filter(|r| *r == "tone.forbidden").count(),
        1,
        "{rules:?}"
    );
    assert!(!rules.iter().any(|r| r == "tone.threat"), "{rules:?}");
    // The same threat outside the phrase is still a threat.
    let rules = rules_of("对散布谣言者，我们将依法追究法律责任。");
    assert!(rules.iter().any(|r| r == "tone.threat"), "{rules:?}");
}

/// docs/scoring.md shows the JSON of one command "shortened to two" findings: it must be
/// that command's real output, so the documented format cannot drift from the program's.
#[test]
fn the_documented_json_example_is_the_commands_output() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/scoring.md"))
        .expect("docs/scoring.md");
    let from = doc.find("JSON output (stable").expect("the JSON section");
    let block = &doc[from..];
    let start = block.find("```json\n").expect("a json block") + "```json\n".len();
    let end = start + block[start..].find("```").expect("its end");
    let documented: serde_json::Value =
        serde_json::from_str(&block[start..end]).expect("the documented example parses");
    let (code, out, err) = score_cli(
        &[
            "score",
            "--lang",
            "zh-CN",
            "--format",
            "json",
            "--text",
            "涉事人员系临时工，已被辞退。",
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
    let mut real: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    if let Some(findings) = real["findings"].as_array_mut() {
        findings.truncate(2);
    }
    assert_eq!(real, documented);
}
