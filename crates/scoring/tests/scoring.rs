//! The scoring crate through its public API: per-post assessment with a scenario (facts,
//! leaks, forbidden phrases, scenario lexicons, promised updates), extra lexicons from the
//! host, and whole runs scored from a SimLog.

use std::sync::OnceLock;

use goldenhour_scenario::{ActionKind, Dimension, Scenario, SimDuration};
use goldenhour_scoring::{Category, LexiconSource, Rating, Scorer, ScoringError, score_run};
use goldenhour_simlog::{
    LogEntry, LogKind, PostAssessment, PostContext, PostScorer, SimLog, TraineeAction,
};

fn scorer() -> &'static Scorer {
    static SCORER: OnceLock<Scorer> = OnceLock::new();
    SCORER.get_or_init(Scorer::new)
}

fn scenario() -> Scenario {
    let source = include_str!("data/scenario.ron");
    let loaded = goldenhour_scenario::load("scenario.ron", source.as_bytes(), &[]);
    let errors: Vec<_> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == goldenhour_scenario::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    loaded.scenario.expect("test scenario is valid")
}

fn rules(a: &PostAssessment) -> Vec<&str> {
    a.findings.iter().map(|f| f.rule.as_str()).collect()
}

/// The excerpts of one rule's findings, in order.
fn excerpts(a: &PostAssessment, rule: &str) -> Vec<String> {
    a.findings
        .iter()
        .filter(|f| f.rule == rule)
        .map(|f| f.excerpt.clone())
        .collect()
}

/// The effects of one rule's findings, in order.
fn effects(a: &PostAssessment, rule: &str) -> Vec<f64> {
    a.findings
        .iter()
        .filter(|f| f.rule == rule)
        .map(|f| f.effect)
        .collect()
}

/// The excerpts of one rule's findings in a text scored with no scenario.
fn excerpts_of(text: &str, lang: &str, rule: &str) -> Vec<String> {
    excerpts(&scorer().assess_text(text, lang, None), rule)
}

/// Asserts that a text scored with no scenario has a finding of `rule` quoting `excerpt`.
fn assert_found(text: &str, lang: &str, rule: &str, excerpt: &str) {
    let found = excerpts_of(text, lang, rule);
    assert!(
        found.iter().any(|e| e == excerpt),
        "{text}: {rule} {found:?}"
    );
}

/// Whether a text scored with no scenario has no finding of `rule`.
fn no_finding(text: &str, lang: &str, rule: &str) -> bool {
    excerpts_of(text, lang, rule).is_empty()
}

fn assess_at(
    scenario: &Scenario,
    text: &str,
    lang: &str,
    minutes: u32,
    known: &[&str],
) -> PostAssessment {
    let known: Vec<String> = known.iter().map(|s| (*s).to_owned()).collect();
    let post = PostContext {
        text,
        lang,
        at: SimDuration::from_mins(minutes),
        action: &ActionKind::Publish,
        known_facts: &known,
        empathy_shown: false,
    };
    scorer().assess(scenario, &post)
}

#[test]
fn fact_patterns_disclose_contradict_and_leak() {
    let sc = scenario();
    let all = ["road-closed", "homes", "victim-name", "sabotage"];
    let a = assess_at(
        &sc,
        "Harbour Road is closed. About 2,000 homes have low pressure.",
        "en-US",
        20,
        &all,
    );
    assert_eq!(a.signals.disclosed, ["road-closed", "homes"]);
    assert!(a.signals.contradicted.is_empty() && a.signals.leaked.is_empty());

    let a = assess_at(
        &sc,
        "Harbour Road is open as usual. The cyclist, Zhang Wei, is in hospital; sabotage is behind it.",
        "en-US",
        20,
        &all,
    );
    assert_eq!(a.signals.contradicted, ["road-closed"]);
    assert_eq!(a.signals.leaked, ["victim-name", "sabotage"]);
    let r = rules(&a);
    for rule in [
        "transparency.contradiction",
        "authority.contradiction",
        "transparency.leak-private",
        "transparency.leak-unverified",
        "authority.leak-unverified",
    ] {
        assert!(r.contains(&rule), "{rule} missing from {r:?}");
    }

    // Normalisation: full-width, spacing and punctuation do not hide a disclosure.
    let a = assess_at(
        &sc,
        "海港路　已经 封闭，影响约２０００户。",
        "zh-CN",
        20,
        &all,
    );
    assert_eq!(a.signals.disclosed, ["road-closed", "homes"]);
}

#[test]
fn a_claim_narrowed_to_some_contradicts_nothing_and_owned_blame_is_no_scapegoat() {
    let sc = scenario();
    // The pattern's first part is the span: "Harbour Road" narrowed by what follows it.
    for (text, lang) in [
        ("Harbour Road except the bridge section is open.", "en-US"),
        ("除东段外，海港路其余路段正常通行。", "zh-CN"),
        ("海港路除东段外正常通行。", "zh-CN"),
    ] {
        let a = assess_at(&sc, text, lang, 20, &["road-closed"]);
        assert!(a.signals.contradicted.is_empty(), "{text}: {:?}", rules(&a));
    }
    // Not narrowed: still a contradiction.
    let a = assess_at(&sc, "海港路目前正常通行。", "zh-CN", 20, &["road-closed"]);
    assert_eq!(a.signals.contradicted, ["road-closed"]);

    let owned = "The responsibility lies with the company, and with us for not catching it, not with one worker.";
    assert!(excerpts_of(owned, "en-US", "tone.blame").is_empty());
    assert!(!excerpts_of(owned, "en-US", "tone.apology").is_empty());
    assert_eq!(
        excerpts_of(
            "The responsibility lies with the company.",
            "en-US",
            "tone.blame"
        ),
        ["responsibility lies with the"]
    );
}

#[test]
fn a_rumour_retold_to_refute_it_contradicts_nothing() {
    let sc = scenario();
    let all = ["road-closed", "homes", "victim-name", "sabotage"];
    for (text, lang) in [
        (
            "Posts claiming that Harbour Road is open are false. Crews closed it at 6:40 a.m.",
            "en-US",
        ),
        ("Rumour: Harbour Road is open. FALSE.", "en-US"),
        ("It is not true that Harbour Road is open.", "en-US"),
        ("Claims that \"Harbour Road is open\" are false.", "en-US"),
        ("网传“海港路已正常通行”，不实。", "zh-CN"),
        ("网传海港路已正常通行，经核实不属实。", "zh-CN"),
        (
            "We are not saying that Harbour Road is open; crews closed it at 6:40 a.m.",
            "en-US",
        ),
        ("There is no sign that Harbour Road is open.", "en-US"),
        (
            "Some people fear Harbour Road is open. It is closed.",
            "en-US",
        ),
        ("没有迹象表明海港路已正常通行。", "zh-CN"),
        ("不少人担心海港路已正常通行，其实已封闭。", "zh-CN"),
        // Correcting an earlier word, the account's own or another body's.
        (
            "Earlier reports that Harbour Road is open were wrong; we are sorry we repeated them.",
            "en-US",
        ),
        (
            "The traffic bureau's website says Harbour Road is open, but that page is out of date.",
            "en-US",
        ),
        ("此前称海港路已正常通行，这一说法有误。", "zh-CN"),
        (
            "The traffic bureau said earlier that Harbour Road is open, but crews have closed it.",
            "en-US",
        ),
        // A correction's title names the claim it answers.
        (
            "【关于“海港路已正常通行”的说明】经市交通局核实，海港路1街至3街段仍封闭。",
            "zh-CN",
        ),
    ] {
        let a = assess_at(&sc, text, lang, 20, &all);
        assert!(a.signals.contradicted.is_empty(), "{text}: {:?}", a.signals);
        assert!(!rules(&a).contains(&"transparency.contradiction"), "{text}");
    }
    // A sentence that says it does not know claims nothing.
    let a = assess_at(
        &sc,
        "We do not know whether Harbour Road is open; we are checking.",
        "en-US",
        20,
        &all,
    );
    assert!(a.signals.contradicted.is_empty(), "{:?}", a.signals);
    let a = assess_at(
        &sc,
        "We cannot confirm that sabotage caused the burst; it is being verified.",
        "en-US",
        20,
        &all,
    );
    assert!(a.signals.leaked.is_empty(), "{:?}", a.signals);
    // Held back until it is checked: the CERC answer to an unverified claim.
    let a = assess_at(
        &sc,
        "A report that sabotage caused the burst has been passed to the police; we will not publish it before it is verified.",
        "en-US",
        20,
        &all,
    );
    assert!(a.signals.leaked.is_empty(), "{:?}", a.signals);
    // Said in the account's own voice, it still contradicts the facts.
    let a = assess_at(&sc, "Harbour Road is open again.", "en-US", 20, &all);
    assert_eq!(a.signals.contradicted, ["road-closed"]);
    // A private name stays private inside a retold rumour.
    let a = assess_at(
        &sc,
        "Posts claiming that Zhang Wei caused the crash are false.",
        "en-US",
        20,
        &all,
    );
    assert_eq!(a.signals.leaked, ["victim-name"]);
}

/// The website a corrected claim came from is no place to send people for help; a website
/// offered for help, in the same post or on its own, still is.
#[test]
fn the_source_of_a_corrected_claim_is_no_help() {
    for (text, lang) in [
        (
            "The traffic bureau's website says Harbour Road is open, but that page is out of date.",
            "en-US",
        ),
        ("官网显示海港路已正常通行，这一信息有误。", "zh-CN"),
    ] {
        assert_eq!(
            excerpts_of(text, lang, "transparency.help"),
            Vec::<String>::new(),
            "{text}"
        );
        assert_eq!(
            excerpts_of(text, lang, "service.help"),
            Vec::<String>::new(),
            "{text}"
        );
    }
    assert_eq!(
        excerpts_of(
            "The website says Harbour Road is open, but it is closed. Check the city website for updates.",
            "en-US",
            "transparency.help"
        ),
        ["website"]
    );
    assert_eq!(
        excerpts_of(
            "官网显示海港路已正常通行，此信息有误，请以市交通局官网为准。",
            "zh-CN",
            "transparency.help"
        ),
        ["官网"]
    );
}

#[test]
fn the_first_end_of_a_range_of_clock_times_is_no_figure() {
    for (text, lang, not_fact) in [
        (
            "112.4 mm fell in Hexi District between 4 and 5 a.m.",
            "en-US",
            "4",
        ),
        ("Roads are closed from 6 to 9pm.", "en-US", "6"),
        ("河西区凌晨4至5时降雨112.4毫米。", "zh-CN", "4"),
    ] {
        let a = scorer().assess_text(text, lang, None);
        let facts: Vec<&str> = a
            .findings
            .iter()
            .filter(|f| f.rule == "transparency.facts")
            .map(|f| f.excerpt.as_str())
            .collect();
        assert!(!facts.contains(&not_fact), "{text}: {facts:?}");
        assert!(!facts.is_empty(), "{text}: the other figures are facts");
    }
    // A range of head counts is two figures.
    let a = scorer().assess_text("Between 4 and 5 people were hurt.", "en-US", None);
    assert!(
        a.findings
            .iter()
            .any(|f| f.rule == "transparency.facts" && f.excerpt == "4")
    );
}

#[test]
fn stating_a_fact_before_the_briefing_costs_authority() {
    let sc = scenario();
    let early = assess_at(&sc, "Harbour Road is closed.", "en-US", 5, &[]);
    assert!(
        rules(&early).contains(&"authority.unbriefed"),
        "{:?}",
        rules(&early)
    );
    let briefed = assess_at(
        &sc,
        "Harbour Road is closed.",
        "en-US",
        20,
        &["road-closed"],
    );
    assert!(!rules(&briefed).contains(&"authority.unbriefed"));
    assert!(briefed.scores[&Dimension::Authority] > early.scores[&Dimension::Authority]);
}

#[test]
fn forbidden_phrases_and_scenario_lexicon_apply() {
    let sc = scenario();
    let a = assess_at(
        &sc,
        "No comment at this stage. The pipe fitters caused this.",
        "en-US",
        20,
        &[],
    );
    assert_eq!(a.signals.forbidden, ["no comment"]);
    let r = rules(&a);
    assert!(
        r.contains(&"tone.forbidden") && r.contains(&"tone.blame"),
        "{r:?}"
    );
    let a = assess_at(&sc, "我们和海港路的街坊在一起。", "zh-CN", 20, &[]);
    assert!(rules(&a).contains(&"tone.empathy"), "{:?}", rules(&a));
    // Without the scenario the same phrase is not in any lexicon.
    let plain = scorer().assess_text("我们和海港路的街坊在一起。", "zh-CN", None);
    assert!(!rules(&plain).contains(&"tone.empathy"));
}

#[test]
fn a_forbidden_denial_earns_no_credit_for_its_proof() {
    let text = "网传“水库溃坝”纯属造谣。经市水利局10时现场核查，大坝运行正常。";
    // Without the scenario the denial stands with its proof.
    let plain = scorer().assess_text(text, "zh-CN", None);
    assert!(
        rules(&plain).contains(&"tone.denial-backed"),
        "{:?}",
        rules(&plain)
    );
    // The exercise forbids "纯属造谣": one finding says to drop it, none praises it.
    let a = assess_at(&scenario(), text, "zh-CN", 20, &[]);
    let r = rules(&a);
    assert!(r.contains(&"tone.forbidden"), "{r:?}");
    assert!(!r.contains(&"tone.denial-backed"), "{r:?}");
    assert!(r.contains(&"authority.verified"), "{r:?}");
}

#[test]
fn a_denial_with_its_proof_is_not_categorical() {
    let s = scorer();
    let backed = s.assess_text(
        "经市水利局今天10时现场核查，大坝运行正常，不存在安全隐患。",
        "zh-CN",
        None,
    );
    let bare = s.assess_text("大坝不存在安全隐患，纯属谣言。", "zh-CN", None);
    assert!(
        rules(&backed).contains(&"tone.denial-backed") && !rules(&backed).contains(&"tone.denial"),
        "{:?}",
        rules(&backed)
    );
    assert!(rules(&bare).contains(&"tone.denial"), "{:?}", rules(&bare));
    let tone = |a: &PostAssessment| a.scores[&goldenhour_scenario::Dimension::Tone];
    assert!(tone(&backed) > tone(&bare));
    assert!(backed.signals.defensiveness < bare.signals.defensiveness);
    // In English, the same; the proof may be in the sentence before.
    let backed = s.assess_text(
        "Tests show the tap water meets every standard. There is no risk to health.",
        "en-US",
        None,
    );
    let bare = s.assess_text("There is no risk to health.", "en-US", None);
    assert!(
        rules(&backed).contains(&"tone.denial-backed") && !rules(&backed).contains(&"tone.denial"),
        "{:?}",
        rules(&backed)
    );
    assert!(rules(&bare).contains(&"tone.denial"), "{:?}", rules(&bare));
}

#[test]
fn the_time_stamp_of_a_post_is_not_its_promise() {
    // The scenario starts at 07:00; the post is written at 07:30 and stamped with its time
    // (or the incident's, a little earlier) in a header that contains the cue "update".
    let sc = scenario();
    for header in ["7:30 a.m.", "7:10 a.m."] {
        let text = format!(
            "[Harbour Road update, {header}] A water main burst on Harbour Road. Next update: 8:30 a.m."
        );
        let a = assess_at(&sc, &text, "en-US", 30, &[]);
        assert_eq!(
            a.signals.promised_update_at,
            Some(SimDuration::from_mins(90)),
            "{header}: {:?}",
            a.findings
        );
    }
    let a = assess_at(
        &sc,
        "【海港路爆管通报，7时30分】下一次通报在8时30分。",
        "zh-CN",
        30,
        &[],
    );
    assert_eq!(
        a.signals.promised_update_at,
        Some(SimDuration::from_mins(90))
    );
    // "As of" dates the figures, in the same sentence as the promise.
    for text in [
        "As of 7:20 a.m. three people are in hospital, and we will update you at 8:30 a.m.",
        "截至7时20分，3人住院，我们将在8时30分再次通报。",
    ] {
        let lang = if text.is_ascii() { "en-US" } else { "zh-CN" };
        let a = assess_at(&sc, text, lang, 30, &[]);
        assert_eq!(
            a.signals.promised_update_at,
            Some(SimDuration::from_mins(90)),
            "{text}"
        );
    }
    // A time later today, or tomorrow's at the same hour, is still a promise.
    let a = assess_at(
        &sc,
        "We will post the next update at 7:30 a.m. tomorrow.",
        "en-US",
        30,
        &[],
    );
    assert_eq!(
        a.signals.promised_update_at,
        Some(SimDuration::from_mins(30 + 24 * 60))
    );
}

#[test]
fn a_header_dates_and_labels_the_post_and_states_no_fact() {
    // The scenario starts at 07:00; the post is written at 07:30. Its header's time says when
    // the post was written, not what is confirmed, and its "更新" (update) is a label, not a
    // promise: the "as of" time and the figures after it are the facts.
    let sc = scenario();
    let facts = |a: &PostAssessment| excerpts(a, "transparency.facts");
    for (text, lang, expected) in [
        (
            "[Casualty update, 7:30 a.m.] As of 7:20 a.m., four people have died.",
            "en-US",
            vec!["7:20 a.m.", "four people"],
        ),
        (
            "【伤亡信息更新·7时30分】截至7时20分，全市遇难人数上升至4人。",
            "zh-CN",
            vec!["7时20分", "4人"],
        ),
        (
            "【伤亡信息更新】截至7时20分，全市遇难人数上升至4人。",
            "zh-CN",
            vec!["7时20分", "4人"],
        ),
    ] {
        let a = assess_at(&sc, text, lang, 30, &[]);
        assert_eq!(facts(&a), expected, "{text}");
        assert_eq!(a.signals.promised_update_at, None, "{text}");
        assert!(
            !rules(&a).contains(&"transparency.vague-promise"),
            "{text}: {:?}",
            rules(&a)
        );
    }
    // Outside a header the same time is a fact.
    let a = assess_at(&sc, "7时30分，全市遇难人数上升至4人。", "zh-CN", 45, &[]);
    assert_eq!(facts(&a), ["7时30分", "4人"]);
}

#[test]
fn a_serial_number_or_a_list_marker_is_no_fact() {
    let facts = |text: &str, lang: &str| excerpts_of(text, lang, "transparency.facts");
    for (text, lang, expected) in [
        (
            "【火灾情况通报（第1号）】截至2时，共有7人受伤。",
            "zh-CN",
            vec!["2时", "7人"],
        ),
        (
            "Warehouse fire — update 1. As of 2 a.m., 7 people are injured.",
            "en-US",
            vec!["2 a.m.", "7 people"],
        ),
        (
            "Hello, point by point. 1. The fire is out. 2. 7 people are injured.",
            "en-US",
            vec!["7 people"],
        ),
        (
            "您好，逐项回复：1. 火已扑灭。2、7人受伤。",
            "zh-CN",
            vec!["7人"],
        ),
        // A typhoon's number names it; a count is a count wherever it stands.
        ("第9号台风登陆，3人受伤。", "zh-CN", vec!["9", "3人"]),
        ("2. 3 people were hurt.", "en-US", vec!["3 people"]),
    ] {
        assert_eq!(facts(text, lang), expected, "{text}");
    }
}

#[test]
fn a_lecture_is_no_guidance() {
    let guidance = |text: &str, lang: &str| excerpts_of(text, lang, "service.guidance");
    // The cue's clause goes on to officialese or condescension: nobody is told what to do.
    assert_eq!(
        guidance("请广大市民不信谣、不传谣。", "zh-CN"),
        Vec::<String>::new()
    );
    assert_eq!(
        guidance("请广大网民不要给政府添乱。", "zh-CN"),
        Vec::<String>::new()
    );
    for (text, lang) in [
        ("无可奉告，请以官方发布为准。", "zh-CN"),
        ("Please stop causing trouble for the government.", "en-US"),
        (
            "No comment. Please refer to official announcements.",
            "en-US",
        ),
        (
            "We urge the public not to believe or spread rumours.",
            "en-US",
        ),
        // Belittling other sources, lecturing about sharing.
        (
            "Citizen sensors should not be relied upon; please rely only on official data.",
            "en-US",
        ),
        (
            "The dam is intact. Please do not share unverified posts.",
            "en-US",
        ),
    ] {
        assert_eq!(guidance(text, lang), Vec::<String>::new(), "{text}");
    }
    assert_eq!(
        excerpts_of(
            "Please rely only on official data published by the bureau.",
            "en-US",
            "tone.condescension"
        ),
        ["rely only on official"]
    );
    // Chinese officialese reads as officialese in English too.
    let a = scorer().assess_text(
        "The city leadership attaches great importance to this and has issued instructions to go all out.",
        "en-US",
        None,
    );
    let officialese: Vec<&str> = a
        .findings
        .iter()
        .filter(|f| f.rule == "tone.officialese")
        .map(|f| f.excerpt.as_str())
        .collect();
    assert_eq!(
        officialese,
        [
            "attaches great importance",
            "issued instructions",
            "go all out"
        ]
    );
    // Guidance and a lecture in separate clauses: the guidance counts, once for its clause.
    assert_eq!(
        guidance("请市民避开和平路，不信谣不传谣。", "zh-CN"),
        ["请市民"]
    );
    // A bare verb that narrates is no guidance; its imperative is.
    assert_eq!(guidance("中队随即拨打120。", "zh-CN"), Vec::<String>::new());
    assert_eq!(
        guidance("如需帮助，可拨打12345。", "zh-CN"),
        ["如需", "可拨打"]
    );
}

#[test]
fn a_header_is_read_apart_from_the_sentence_after_it() {
    let long = |text: &str, lang: &str| {
        rules(&scorer().assess_text(text, lang, None)).contains(&"tone.long-sentence")
    };
    // 30 words after a 6-word header: over the 35-word limit together, not apart.
    let sentence = "one two three four five six seven eight nine ten ".repeat(3);
    let text = format!(
        "[Tangchuan rainstorm update, 5:55 a.m.] {}.",
        sentence.trim()
    );
    assert!(!long(&text, "en-US"), "{text}");
    assert!(long(
        &format!(
            "Tangchuan rainstorm update at 5:55 this morning {}.",
            sentence.trim()
        ),
        "en-US"
    ));
    // 66 chars after a 14-char header: over the 70-char limit together, not apart.
    let sentence = "全市各区各部门正在全力组织救援".repeat(4) + "今晨降雨";
    let text = format!("【棠川暴雨情况通报·5时55分】{sentence}。");
    assert!(!long(&text, "zh-CN"), "{text}");
    assert!(long(
        &format!("棠川暴雨情况通报5时55分{sentence}。"),
        "zh-CN"
    ));
}

/// A post, its language, the findings (rule, excerpt) it must get and the rules it must not.
type Review<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)], &'a [&'a str]);

/// Misjudgments an experienced spokesperson found in scored posts, each pinned: the finding
/// (rule and excerpt) a post must get, and the rules it must not get.
#[test]
fn a_spokespersons_review_holds() {
    let cases: &[Review] = &[
        // "第一时间" is "at once", no clock time: a vague promise, no fact.
        (
            "调查结果我们将第一时间向社会公布。",
            "zh-CN",
            &[("transparency.vague-promise", "公布")],
            &["transparency.next-update", "transparency.facts"],
        ),
        (
            "我局第一时间赶赴现场。",
            "zh-CN",
            &[("transparency.actions", "赶赴现场")],
            &["transparency.facts"],
        ),
        // Narration is no guidance and no help line.
        (
            "工作人员立即撤离了楼内群众，路人随即拨打了110。",
            "zh-CN",
            &[],
            &[
                "service.guidance",
                "service.phone",
                "service.help",
                "transparency.help",
            ],
        ),
        (
            "A neighbour called 911 and crews arrived.",
            "en-US",
            &[],
            &["service.help", "transparency.help"],
        ),
        // An @handle names an account; a body's name holds no action.
        (
            "@江城小明 您好，市消防救援支队提醒：天气干燥。",
            "zh-CN",
            &[("authority.responsible-body", "市消防救援支队")],
            &["transparency.actions", "transparency.facts"],
        ),
        // "According to law" is the threat's, not a source.
        (
            "Anyone spreading these rumours will be prosecuted according to law.",
            "en-US",
            &[("tone.threat", "Anyone spreading")],
            &["authority.verified"],
        ),
        // "Please wait patiently" guides nobody.
        (
            "已收悉，已转相关部门处理，请耐心等待。",
            "zh-CN",
            &[("tone.boilerplate", "请耐心等待")],
            &["service.guidance"],
        ),
        // Medical advice is no condescension; apologies and US spellings are read.
        (
            "If you have a fever and trouble breathing, please see your doctor right away.",
            "en-US",
            &[("service.guidance", "please")],
            &["tone.condescension"],
        ),
        (
            "We are deeply sorry for the harm this caused.",
            "en-US",
            &[("tone.apology", "deeply sorry")],
            &[],
        ),
        (
            "The evacuation center at Lincoln High School is open.",
            "en-US",
            &[("service.help", "evacuation center")],
            &[],
        ),
        // A contracted negation negates.
        (
            "We haven't confirmed the cause.",
            "en-US",
            &[],
            &["authority.verified"],
        ),
        // Naming a contractor is no scapegoating; blaming one is.
        (
            "City crews and contractors are working around the clock.",
            "en-US",
            &[],
            &["tone.blame"],
        ),
        (
            "施工方已全部停工，配合调查组调查。",
            "zh-CN",
            &[],
            &["tone.blame"],
        ),
        (
            "This was the individual behaviour of a contract worker.",
            "en-US",
            &[("tone.blame", "individual behaviour")],
            &[],
        ),
        // Personal data is published by its form, scenario or not; its figures are no facts.
        (
            "遇难者王某某，身份证号4301021989xxxx，住阳光小区5栋302室。",
            "zh-CN",
            &[
                ("transparency.personal-data", "身份证号4301021989xxxx"),
                ("transparency.personal-data", "5栋302室"),
            ],
            &["transparency.facts"],
        ),
        (
            "The patient, John Miller, 54, of 22 Birch Lane, died in hospital.",
            "en-US",
            &[("transparency.personal-data", "John Miller, 54, of 22 Birch")],
            &["transparency.facts"],
        ),
        // The place of an incident is no one's address.
        (
            "A fire broke out at 22 Birch Lane at 3 a.m.",
            "en-US",
            &[("transparency.facts", "Birch Lane")],
            &["transparency.personal-data"],
        ),
        (
            "阳光小区5栋发生火灾，3人受伤。",
            "zh-CN",
            &[("transparency.facts", "5栋")],
            &["transparency.personal-data"],
        ),
        // A shield is no statement of what is not known; a denial's proof may follow it.
        (
            "目前事件正在调查中。",
            "zh-CN",
            &[("transparency.shield", "正在调查中")],
            &["transparency.unknowns"],
        ),
        (
            "Claims that the dam burst are completely false. Engineers inspected the dam at 6 a.m.",
            "en-US",
            &[("tone.denial-backed", "completely false")],
            &["tone.denial"],
        ),
        // Contractions read like their full forms; a hashtag's digits are no fact.
        (
            "We're monitoring the situation.",
            "en-US",
            &[("tone.boilerplate", "We're monitoring the situation")],
            &[],
        ),
        (
            "Don't drink tap water.",
            "en-US",
            &[("service.guidance", "Don't drink")],
            &[],
        ),
        (
            "Crews are on site. #Storm2024",
            "en-US",
            &[],
            &["transparency.facts"],
        ),
        (
            "Call the district office at 555-0150 with questions.",
            "en-US",
            &[("service.phone", "555-0150")],
            &[],
        ),
        // "Information:" cues a short service number as "hotline" does.
        (
            "We apologise. Information: 12319.",
            "en-US",
            &[("service.phone", "12319")],
            &[],
        ),
        // A check opened by 经 verifies, a body's name between; a quoted rumour's figures are
        // the rumour's.
        (
            "经区市场监管局核查，该批次食品合格。",
            "zh-CN",
            &[("authority.verified", "经区市场监管局核查")],
            &[],
        ),
        (
            "Posts saying \"200 people died in the tunnel\" are false: all 427 passengers are out.",
            "en-US",
            &[("transparency.facts", "427 passengers")],
            &[],
        ),
        // A promise in days has its time; results awaited are no verification.
        (
            "调查结果将于5个工作日内公布。",
            "zh-CN",
            &[("transparency.next-update", "5个工作日内公布")],
            &["transparency.vague-promise"],
        ),
        (
            "We will publish the test results within 3 days.",
            "en-US",
            &[(
                "transparency.next-update",
                "will publish the test results within 3 days",
            )],
            &["authority.verified"],
        ),
        (
            "7月18日，我市遭遇强降雨。",
            "zh-CN",
            &[("transparency.facts", "7月18日")],
            &["transparency.next-update"],
        ),
        // Releasing water is no publishing; releasing results is.
        (
            "The Water Authority will release water from Lake Vera dam at 6 p.m.",
            "en-US",
            &[],
            &["transparency.next-update"],
        ),
        (
            "We will release the test results at 4 p.m.",
            "en-US",
            &[(
                "transparency.next-update",
                "release the test results at 4 p.m.",
            )],
            &[],
        ),
        // Officials at work are named enough; officials who "think" are not.
        (
            "Health officials are going door to door on Elm Street.",
            "en-US",
            &[],
            &["authority.vague-naming"],
        ),
        (
            "A spokesperson for the Fire Department said the fire is out.",
            "en-US",
            &[],
            &["authority.vague-naming"],
        ),
        (
            "Officials think it is probably nothing serious.",
            "en-US",
            &[("authority.vague-naming", "Officials think")],
            &[],
        ),
        (
            "The officer has been suspended pending the investigation.",
            "en-US",
            &[("transparency.actions", "has been suspended")],
            &[],
        ),
        (
            "There is no need to worry. Please stop spreading fear.",
            "en-US",
            &[("tone.condescension", "no need to worry")],
            &["service.guidance"],
        ),
        // Second round. A check opened by 经 verifies with any check verb; a check in a bare
        // denial's own sentence shows nothing; a quoted rumour is the rumour's wherever the
        // sentence calls it untrue.
        (
            "经区市场监管局核实，该批次食品合格。",
            "zh-CN",
            &[("authority.verified", "经区市场监管局核实")],
            &[],
        ),
        (
            "经核实，网传信息纯属造谣。",
            "zh-CN",
            &[
                ("tone.denial", "纯属造谣"),
                ("authority.bare-denial", "纯属造谣"),
            ],
            &["tone.denial-backed", "authority.verified"],
        ),
        (
            "网上流传“和平路发生爆炸致3人死亡”的消息不实。",
            "zh-CN",
            &[],
            &["transparency.facts"],
        ),
        // A hotline's digits in a figure, and a hotline named, are no help and no fact.
        (
            "降雨量达120毫米，已转移群众110人。",
            "zh-CN",
            &[
                ("transparency.facts", "120毫米"),
                ("transparency.facts", "110人"),
            ],
            &["service.help"],
        ),
        (
            "Winds of 110 mph are expected.",
            "en-US",
            &[("transparency.facts", "110 mph")],
            &[],
        ),
        // A past warning next to a forecast promises no update; a scheduled restoration is no
        // promise; a press conference at a time is.
        (
            "市气象台16时发布暴雨红色预警，预计今晚将出现强降水。",
            "zh-CN",
            &[],
            &["transparency.next-update"],
        ),
        (
            "城东片区供水将于今晚20时恢复。",
            "zh-CN",
            &[],
            &["transparency.next-update"],
        ),
        (
            "我们将于今晚8时召开新闻发布会。",
            "zh-CN",
            &[("transparency.next-update", "今晚8时召开新闻发布会")],
            &[],
        ),
        (
            "现将有关情况通报如下：",
            "zh-CN",
            &[],
            &["transparency.vague-promise"],
        ),
        // Overlapping boilerplate is one; thanks and pleas for understanding are boilerplate.
        (
            "感谢您对我们工作的关心和支持。",
            "zh-CN",
            &[("tone.boilerplate", "感谢您对我们工作的关心和支持")],
            &["tone.empathy"],
        ),
        ("请大家谅解。", "zh-CN", &[], &["service.guidance"]),
        // A minor's school class, and a flat without 室, are personal data.
        (
            "李某（女，15岁，江城二中初三（2）班）受伤。",
            "zh-CN",
            &[(
                "transparency.personal-data",
                "李某（女，15岁，江城二中初三（2）班",
            )],
            &["transparency.facts"],
        ),
        (
            "3号楼2单元502住户已转移。",
            "zh-CN",
            &[("transparency.personal-data", "3号楼2单元502")],
            &[],
        ),
        // Second round, English: counts are no help lines; orders to leave are guidance;
        // hostility is condescension; promises in ten days or more have their time.
        (
            "The storm flooded 112 homes.",
            "en-US",
            &[("transparency.facts", "112 homes")],
            &["service.help"],
        ),
        (
            "Zones 4 and 5 must leave now.",
            "en-US",
            &[("service.guidance", "must leave")],
            &[],
        ),
        (
            "Shame on those sharing it. Check your facts before you post.",
            "en-US",
            &[("tone.condescension", "Shame on")],
            &[],
        ),
        (
            "We will release the footage within 10 days.",
            "en-US",
            &[(
                "transparency.next-update",
                "release the footage within 10 days",
            )],
            &["transparency.vague-promise"],
        ),
        (
            "The Police Department has suspended both officers.",
            "en-US",
            &[("transparency.actions", "has suspended")],
            &[],
        ),
        // Regret for the reader's feelings is no apology; a decision is no call; a web address
        // is help and holds no guidance; a thread's "(2/4)" is no fact.
        (
            "We're sorry you feel that way.",
            "en-US",
            &[],
            &["tone.apology"],
        ),
        (
            "It was the right call.",
            "en-US",
            &[],
            &["service.guidance"],
        ),
        (
            "The map is at cityofmill.gov/boil.",
            "en-US",
            &[("service.help", "cityofmill.gov/boil")],
            &["service.guidance"],
        ),
        (
            "(2/4) Crews are on site.",
            "en-US",
            &[],
            &["transparency.facts"],
        ),
        // Not ruling something out is saying what is not yet known.
        (
            "目前不排除存在人传人的可能，专家正在研判。",
            "zh-CN",
            &[("transparency.unknowns", "不排除")],
            &["authority.speculation"],
        ),
        // Regret for the public's concern is the press notice's non-apology.
        (
            "We regret that this incident has caused public concern.",
            "en-US",
            &[("tone.boilerplate", "caused public concern")],
            &["tone.apology"],
        ),
        (
            "The joint investigation team compared the full video with the body camera footage.",
            "en-US",
            &[
                ("authority.responsible-body", "joint investigation team"),
                ("authority.verified", "body camera footage"),
            ],
            &[],
        ),
        // Owning the fault is no blame; a scapegoat offered by others and turned down is not
        // the account's.
        (
            "The responsibility lies with us.",
            "en-US",
            &[("tone.apology", "responsibility lies with us")],
            &["tone.blame"],
        ),
        (
            "We have seen claims that a temp worker is to blame. That is not true.",
            "en-US",
            &[],
            &["tone.blame"],
        ),
        // A call that was not made is no help line; spoken Chinese names hotlines, unknowns
        // and instructions too.
        (
            "The school did not call 120 until 1:05 pm.",
            "en-US",
            &[],
            &[
                "service.phone",
                "service.help",
                "transparency.help",
                "service.guidance",
            ],
        ),
        (
            "有事请打12345。伤亡情况还没查清。千万别进下穿隧道。",
            "zh-CN",
            &[
                ("service.phone", "12345"),
                ("transparency.unknowns", "还没查清"),
                ("service.guidance", "千万别"),
            ],
            &[],
        ),
        (
            "7点前我们再跟大家说最新进展。",
            "zh-CN",
            &[("transparency.next-update", "7点前我们再跟大家说最新进展")],
            &["transparency.facts"],
        ),
        // Victim-blaming and disowning the auxiliary.
        (
            "当事摊贩情绪激动，阻碍执法。涉事人员不属于在编执法人员。",
            "zh-CN",
            &[("tone.blame", "情绪激动"), ("tone.blame", "不属于在编")],
            &[],
        ),
        // Deflecting to official information guides nobody.
        (
            "Please rely on official information only.",
            "en-US",
            &[("tone.boilerplate", "rely on official information")],
            &["service.guidance"],
        ),
        // A check named with 经 verifies, "核对" as well as "核实".
        (
            "经市应急管理局核对，该企业没有登记氰化钠。",
            "zh-CN",
            &[("authority.verified", "经市应急管理局核对")],
            &[],
        ),
        // Directions and things jieba tags as places are no facts.
        (
            "家里的东西都泡坏了，受东南风影响，出现呼吸道不适。",
            "zh-CN",
            &[],
            &["transparency.facts", "authority.facts"],
        ),
        // Calming words are no instruction; the instruction beside them is.
        ("Please remain calm.", "en-US", &[], &["service.guidance"]),
        (
            "Please remain calm and stay indoors.",
            "en-US",
            &[("service.guidance", "stay indoors")],
            &[],
        ),
        (
            "请大家保持冷静，不要恐慌。",
            "zh-CN",
            &[],
            &["service.guidance"],
        ),
        // An emergency number in a story or on an ambulance is no help line.
        (
            "学校13时05分才拨打120。3名学生由120送往医院。",
            "zh-CN",
            &[],
            &["service.help", "service.phone", "transparency.help"],
        ),
        // A body as the subject of a formula is no source; a body jieba does not know, before
        // a title, is one.
        (
            "市委市政府高度重视，立即成立工作专班。",
            "zh-CN",
            &[("tone.boilerplate", "成立工作专班")],
            &["authority.responsible-body"],
        ),
        (
            "区住建局局长已停职。",
            "zh-CN",
            &[("authority.responsible-body", "住建局")],
            &[],
        ),
        // Unknowns and empathy in plain words; blame in plain words.
        (
            "目前还不清楚的是具体致病原因，要等疾控检测结果，我们不做猜测。",
            "zh-CN",
            &[("transparency.unknowns", "目前还不清楚")],
            &[],
        ),
        (
            "We completely understand how worried you are.",
            "en-US",
            &[("tone.empathy", "understand how worried")],
            &[],
        ),
        (
            "The pump contractor is to blame.",
            "en-US",
            &[("tone.blame", "is to blame")],
            &[],
        ),
    ];
    for (text, lang, has, lacks) in cases {
        let a = scorer().assess_text(text, lang, None);
        let found: Vec<(&str, &str)> = a
            .findings
            .iter()
            .map(|f| (f.rule.as_str(), f.excerpt.as_str()))
            .collect();
        for want in *has {
            assert!(
                found.contains(want),
                "{text}: wants {want:?}, got {found:?}"
            );
        }
        if text.contains("200 people") {
            assert!(
                !found.contains(&("transparency.facts", "200 people")),
                "{text}: {found:?}"
            );
        }
        for rule in *lacks {
            assert!(
                !found.iter().any(|(r, _)| r == rule),
                "{text}: must not get {rule}, got {found:?}"
            );
        }
    }
}

#[test]
fn only_a_real_future_marker_turns_a_publishing_verb_into_a_promise() {
    // The scenario starts at 07:00; posts at 07:30. The header's "update" and the "fell" of
    // the next words ("fell" ends in "ll", like "we'll") once made a promise of the incident's
    // own time, and the real one ("Next update: 9 a.m.") was lost.
    let sc = scenario();
    let a = assess_at(
        &sc,
        "[Harbour Road update] 20 mm of rain fell between 4 and 5 a.m. Next update: 9 a.m.",
        "en-US",
        30,
        &[],
    );
    assert_eq!(
        a.signals.promised_update_at,
        Some(SimDuration::from_mins(120)),
        "{:?}",
        a.findings
    );
    // A contraction is a future marker, with either apostrophe.
    for text in [
        "We'll update the figures at 9 a.m.",
        "We\u{2019}ll update the figures at 9 a.m.",
    ] {
        let a = assess_at(&sc, text, "en-US", 30, &[]);
        assert_eq!(
            a.signals.promised_update_at,
            Some(SimDuration::from_mins(120)),
            "{text}"
        );
    }
}

#[test]
fn promised_updates_resolve_against_the_scenario_clock() {
    // The scenario starts at 07:00; posts at 07:30 (30 minutes in).
    let sc = scenario();
    let at = |text: &str, lang: &str| {
        assess_at(&sc, text, lang, 30, &[])
            .signals
            .promised_update_at
    };
    assert_eq!(
        at("下一次通报在8:00。", "zh-CN"),
        Some(SimDuration::from_mins(60))
    );
    assert_eq!(
        at("我们将在1小时后再次通报。", "zh-CN"),
        Some(SimDuration::from_mins(90))
    );
    assert_eq!(
        at("我们将于今晚8时通报最新进展。", "zh-CN"),
        Some(SimDuration::from_mins(13 * 60))
    );
    assert_eq!(
        at("明天上午9时再次通报。", "zh-CN"),
        Some(SimDuration::from_mins(26 * 60))
    );
    assert_eq!(
        at("Next update at 8:00.", "en-US"),
        Some(SimDuration::from_mins(60))
    );
    assert_eq!(
        at("We will post the next update within the hour.", "en-US"),
        Some(SimDuration::from_mins(90))
    );
    assert_eq!(
        at("We will update you at 7 p.m.", "en-US"),
        Some(SimDuration::from_mins(12 * 60))
    );
    // A promise without a time is no promise to hold the account to.
    assert_eq!(at("后续进展将及时公布。", "zh-CN"), None);
    assert_eq!(at("Updates will follow.", "en-US"), None);
    // An hour already past today means the same hour later: 6:00 posted at 7:30 is 18:00.
    assert_eq!(
        at("下一次通报在6:00。", "zh-CN"),
        Some(SimDuration::from_mins(11 * 60))
    );
}

#[test]
fn required_elements_rescale_transparency() {
    let text = "At 6:40 a.m. a water main burst on Harbour Road; about 2,000 homes have low pressure. Crews are on site.";
    let full = scorer().assess_text(text, "en-US", None);
    let source = include_str!("data/scenario.ron").replace(
        "hard_deadline: \"2h\",",
        "hard_deadline: \"2h\", required_elements: [ConfirmedFacts, Actions],",
    );
    let loaded = goldenhour_scenario::load("s.ron", source.as_bytes(), &[]);
    let narrow = scorer().assess_text(text, "en-US", loaded.scenario.as_ref());
    assert!(
        full.scores[&Dimension::Transparency] < 60.0,
        "{:?}",
        full.scores
    );
    assert_eq!(
        narrow.scores[&Dimension::Transparency],
        100.0,
        "{:?}",
        narrow.findings
    );
    assert!(!rules(&narrow).contains(&"transparency.missing-next-update"));
}

#[test]
fn hosts_extend_the_lexicons_and_typos_are_reported() {
    let extra = [LexiconSource {
        lang: "zh-CN",
        category: "blame",
        text: "# 本地说法\n协警所为\n",
    }];
    let scorer = Scorer::with_lexicons(&extra).expect("valid extra lexicon");
    let a = scorer.assess_text("此事系协警所为。", "zh-CN", None);
    assert!(rules(&a).contains(&"tone.blame"), "{:?}", rules(&a));

    let typo = [LexiconSource {
        lang: "en-US",
        category: "empathie",
        text: "so sorry",
    }];
    match Scorer::with_lexicons(&typo) {
        Err(ScoringError::UnknownCategory { suggestion, .. }) => {
            assert_eq!(suggestion.as_deref(), Some("empathy"))
        }
        other => panic!("expected an unknown-category error, got {other:?}"),
    }
    let bad_lang = [LexiconSource {
        lang: "fr-FR",
        category: "empathy",
        text: "désolé",
    }];
    assert!(matches!(
        Scorer::with_lexicons(&bad_lang),
        Err(ScoringError::UnknownLanguage(_))
    ));
}

#[test]
fn every_category_has_a_bundled_file_in_both_languages() {
    for lang in goldenhour_scoring::Language::ALL {
        let files: Vec<&str> = goldenhour_scoring::bundled(lang)
            .iter()
            .map(|(n, _)| *n)
            .collect();
        let names: Vec<&str> = Category::ALL.iter().map(|c| c.name()).collect();
        assert_eq!(files, names, "{lang:?}");
        for (name, text) in goldenhour_scoring::bundled(lang) {
            assert!(
                goldenhour_scoring::phrases(text).count() >= 5,
                "{lang:?}/{name}.txt has too few phrases"
            );
        }
    }
}

fn action(id: u32, at: u32, action: ActionKind, text: &str) -> LogEntry {
    LogEntry {
        at: SimDuration::from_mins(at),
        kind: LogKind::TraineeAction(Box::new(TraineeAction {
            id,
            action,
            text: text.to_owned(),
            assessment: PostAssessment::default(),
        })),
    }
}

fn entry(at: u32, kind: LogKind) -> LogEntry {
    LogEntry {
        at: SimDuration::from_mins(at),
        kind,
    }
}

fn fired(at: u32, event: &str) -> LogEntry {
    entry(
        at,
        LogKind::EventFired {
            event: event.to_owned(),
        },
    )
}

/// The scenario's timeline up to 30 minutes, with the trainee's entries merged in order.
fn log(trainee: Vec<LogEntry>) -> SimLog {
    let mut entries = vec![
        fired(5, "q1"),
        fired(10, "q2"),
        fired(15, "b1"),
        entry(
            15,
            LogKind::FactRevealed {
                fact: "road-closed".into(),
            },
        ),
        entry(
            15,
            LogKind::FactRevealed {
                fact: "homes".into(),
            },
        ),
        fired(20, "m1"),
        fired(30, "r1"),
        entry(
            30,
            LogKind::RumourStarted {
                rumour: "contaminated".into(),
            },
        ),
    ];
    entries.extend(trainee);
    entries.sort_by_key(|e| e.at);
    SimLog {
        language: "en-US".into(),
        duration: SimDuration::from_mins(360),
        entries,
        ..SimLog::default()
    }
}

const GOOD_POST: &str = "At 6:40 a.m. a water main burst on Harbour Road, which is closed between 1st and 3rd Street; about 2,000 homes have low water pressure and the tap water is safe to drink. We know this is a frustrating morning. Water Authority crews are on site; we do not yet know how long repairs will take. Please avoid Harbour Road; for help call 555-010-0199. Next update at 9:00 a.m.";

/// A statement that reports harm with no word for the people affected is cold (CERC: express
/// empathy). Harm denied or a rumour's is no harm; empathy or an apology answers it.
#[test]
fn harm_reported_without_empathy_is_cold() {
    let cold = |text: &str, lang: &str| excerpts_of(text, lang, "tone.cold");
    let bridge = "今天7时，沙河大桥发生垮塌，事故造成2人死亡、5人受伤。";
    let a = scorer().assess_text(bridge, "zh-CN", None);
    assert_eq!(excerpts(&a, "tone.cold"), ["死亡"]);
    // A death costs more than an injury.
    assert_eq!(effects(&a, "tone.cold"), [-20.0]);
    assert_eq!(a.scores[&Dimension::Tone], 40.0);
    assert!(!rules(&a).contains(&"tone.no-empathy"), "{:?}", rules(&a));
    assert!(cold(&format!("{bridge}我们向遇难者家属致以深切慰问。"), "zh-CN").is_empty());
    assert!(cold(&format!("{bridge}工程管理失职，我们诚恳道歉。"), "zh-CN").is_empty());
    let leak = "今天9时40分，解放路一处燃气管道发生泄漏，目前无人受伤。";
    assert!(cold(leak, "zh-CN").is_empty());
    assert!(rules(&scorer().assess_text(leak, "zh-CN", None)).contains(&"tone.no-empathy"));
    assert!(cold("网传“化工厂爆炸致多人死亡”，经核实，该信息不实。", "zh-CN").is_empty());

    let crash = "Two people died when the Sand River bridge collapsed at 7 a.m.";
    assert_eq!(cold(crash, "en-US"), ["died"]);
    assert!(
        cold(
            &format!("{crash} Our thoughts are with their families."),
            "en-US"
        )
        .is_empty()
    );
    assert!(
        cold(
            "A gas main leaked on Elm St at 9:40 a.m. No one was hurt.",
            "en-US"
        )
        .is_empty()
    );
    assert!(
        cold(
            "A gas main leaked on Elm St at 9:40 a.m. Nobody was injured.",
            "en-US"
        )
        .is_empty()
    );
    // A harm word said of a thing, or harm the sentence says is unknown, is no harm reported.
    assert!(cold("今年全市交通事故死亡率下降30%。", "zh-CN").is_empty());
    assert!(
        cold(
            "Drivers stranded with a dead battery on Route 9 can call 555-0100.",
            "en-US"
        )
        .is_empty()
    );
    assert!(cold("今天9时，城东一仓库起火，伤亡情况正在核实中。", "zh-CN").is_empty());
    // Naming the families is not feeling for them.
    assert_eq!(
        cold(
            "Three people died in the fire on Elm St. The families of the victims have been notified.",
            "en-US"
        ),
        ["died"]
    );
}

/// A notice that the incident is over owes no unknowns and no next update; it is credited for
/// them where it gives them. A promise of restoration is no closure, nor is a notice of harm.
#[test]
fn a_closing_notice_owes_no_unknowns_and_no_next_update() {
    let asks = |text: &str, lang: &str| {
        let a = scorer().assess_text(text, lang, None);
        let r = rules(&a);
        (
            r.contains(&"transparency.missing-unknowns"),
            r.contains(&"transparency.missing-next-update"),
        )
    };
    let found = "今天15时在滨江公园走失的5岁男孩，已于17时20分在公园北门附近被民警找到，孩子身体无碍，已交到家人手中。";
    assert_eq!(asks(found, "zh-CN"), (false, false));
    let lifted =
        "The evacuation order for 5th St has been lifted at 4:15 p.m. Residents can go home now.";
    assert_eq!(asks(lifted, "en-US"), (false, false));
    // Given anyway, they count.
    let a = scorer().assess_text(
        &format!("{lifted} The cause is still under investigation; we will post the findings at 10 a.m. tomorrow."),
        "en-US",
        None,
    );
    assert!(
        rules(&a).contains(&"transparency.unknowns"),
        "{:?}",
        rules(&a)
    );
    assert!(
        rules(&a).contains(&"transparency.next-update"),
        "{:?}",
        rules(&a)
    );
    // Not a closing notice: a promise, or harm reported with the order lifted.
    let promise = "Power will be fully restored to all customers by 5 p.m. today.";
    assert_eq!(asks(promise, "en-US"), (true, true));
    let harm = "The evacuation order has been lifted. Two residents died in the fire.";
    assert_eq!(asks(harm, "en-US"), (true, true));
    // A rumour correction answers a claim with its check: it owes neither either.
    let rebuttal = "【不实】近日网传“下周起我市猪肉统一涨价30%”，经市发展改革委核实，该消息不实。市价格监测中心10月12日数据显示，全市猪肉均价每斤13.8元。";
    assert_eq!(asks(rebuttal, "zh-CN"), (false, false));
    // Where to check again is still owed.
    let a = scorer().assess_text(rebuttal, "zh-CN", None);
    assert!(
        rules(&a).contains(&"transparency.missing-help"),
        "{:?}",
        rules(&a)
    );
    // A claim denied with no check is no correction.
    assert_eq!(
        asks("网传“下周起我市猪肉统一涨价30%”纯属谣言。", "zh-CN"),
        (true, true)
    );
    // Nor is one that also reports harm of its own: that is news.
    let with_harm = "Posts saying the plant exploded are false: inspectors confirmed at 10 a.m. that a valve leaked. Two workers were injured and are in hospital.";
    assert_eq!(asks(with_harm, "en-US"), (true, true));
    // What a closing notice lifts is over: no warning, no instruction, no shelter to credit.
    let lifted = scorer().assess_text(
        "The shelter-in-place order for Zone A has been lifted at 4 p.m.",
        "en-US",
        None,
    );
    assert!(
        excerpts(&lifted, "service.guidance").is_empty(),
        "{:?}",
        rules(&lifted)
    );
    assert!(
        excerpts(&lifted, "service.help").is_empty(),
        "{:?}",
        rules(&lifted)
    );
    assert!(excerpts_of("今天16时，蓝色预警已解除。", "zh-CN", "service.warning").is_empty());
}

/// A route is guidance: a clause that opens with "use", "take" or "follow" and names a place.
/// The same verb after a subject narrates.
#[test]
fn a_route_is_guidance() {
    let text = "Cole Rd is closed between Fairview and Ustick; use Five Mile Rd.";
    assert_eq!(
        excerpts_of(text, "en-US", "service.guidance"),
        ["use Five Mile Rd"]
    );
    assert_eq!(
        excerpts_of(text, "en-US", "service.place"),
        ["Five Mile Rd"]
    );
    let a = scorer().assess_text(text, "en-US", None);
    assert!(
        !rules(&a).contains(&"service.missing-guidance"),
        "{:?}",
        rules(&a)
    );
    let narrated =
        "Crews closed Cole Rd at 7 a.m. We use drones over Five Mile Rd to check the damage.";
    assert!(excerpts_of(narrated, "en-US", "service.guidance").is_empty());
}

/// Filler followed in its sentence by what was done is not the empty notice; a legal warning
/// after a verified rebuttal is the short closing line the threat advice allows. Both cost
/// less than the bare forms, and the bare forms cost what they did.
#[test]
fn filler_and_a_closing_legal_line_cost_less_where_the_substance_comes_first() {
    let backed = "市政务服务数据管理局高度重视，8时40分已切断受影响服务器。";
    let a = scorer().assess_text(backed, "zh-CN", None);
    assert_eq!(effects(&a, "tone.officialese-backed"), [-2.0]);
    assert!(effects(&a, "tone.officialese").is_empty());
    // One stock line per clause, however many of its words the lexicon lists.
    assert_eq!(
        excerpts_of(
            "您的诉求已收到，已转相关部门研究处理。",
            "zh-CN",
            "tone.boilerplate"
        )
        .len(),
        2
    );
    let bare = "事件发生后，市委市政府高度重视，要求妥善处置。";
    let a = scorer().assess_text(bare, "zh-CN", None);
    assert!(effects(&a, "tone.officialese-backed").is_empty());
    assert!(effects(&a, "tone.officialese").iter().all(|&e| e == -6.0));

    let rebuttal = "【辟谣】网传“我市猪肉价格一周上涨50%”不实。经市发展改革委价格监测中心核实，11月20日我市猪肉零售均价为每斤13.6元，比一周前上涨2.3%。对故意编造、传播虚假信息的，公安机关将依法处理。";
    let a = scorer().assess_text(rebuttal, "zh-CN", None);
    assert_eq!(excerpts(&a, "tone.threat-backed"), ["依法处理"]);
    assert!(excerpts(&a, "tone.threat").is_empty());
    let bare = "网传我市猪肉涨价纯属谣言，对造谣者将依法严惩。";
    let a = scorer().assess_text(bare, "zh-CN", None);
    assert!(excerpts(&a, "tone.threat-backed").is_empty());
    assert_eq!(effects(&a, "tone.threat"), [-15.0, -15.0]);

    let en = "Posts saying the dam has failed are false. Engineers inspected the dam at 10 a.m. and confirmed it is sound. Anyone knowingly spreading false reports may face legal action.";
    let a = scorer().assess_text(en, "en-US", None);
    assert_eq!(
        rules(&a)
            .iter()
            .filter(|r| **r == "tone.threat-backed")
            .count(),
        1,
        "{:?}",
        rules(&a)
    );
}

/// A hospital named as where people were taken is a place, not the source; the same hospital
/// reporting is one.
#[test]
fn a_hospital_people_were_taken_to_is_no_source() {
    let bodies = |text: &str, lang: &str| excerpts_of(text, lang, "authority.responsible-body");
    assert!(bodies("其中21人已送往市儿童医院和溪南区人民医院治疗。", "zh-CN").is_empty());
    assert!(bodies("阿姨现在在市第二人民医院住院治疗，生命体征平稳。", "zh-CN").is_empty());
    assert_eq!(
        bodies("据市第二人民医院报告，老人左手腕骨折，伤情稳定。", "zh-CN"),
        ["市第二人民医院"]
    );
    assert!(
        bodies(
            "The injured were taken to Xinan District People's Hospital.",
            "en-US"
        )
        .is_empty()
    );
}

/// "We're so sorry you're still waiting" is sympathy (empathy), not an apology for anything
/// the account did; "We are sorry. The hotline failed…" is one.
#[test]
fn sympathy_is_empathy_not_an_apology() {
    let tone = |text: &str| {
        let a = scorer().assess_text(text, "en-US", None);
        (excerpts(&a, "tone.empathy"), excerpts(&a, "tone.apology"))
    };
    let (empathy, apology) = tone("We're so sorry you're still waiting for news of Lele.");
    assert_eq!(
        (empathy, apology.len()),
        (vec!["sorry you're".to_owned()], 0)
    );
    let (empathy, apology) = tone("We're sorry your little one is coughing. Keep windows shut.");
    assert_eq!((empathy.len(), apology.len()), (1, 0));
    let (_, apology) = tone("We are sorry. The hotline failed because we did not add staff.");
    assert_eq!(apology, ["We are sorry"]);
    assert_eq!(tone("We're sorry you feel that way."), (vec![], vec![]));
}

/// One scapegoat in one sentence is one charge, however many of its words the lexicon knows;
/// a second sentence that shifts the blame again is a second.
#[test]
fn blame_is_charged_once_per_sentence() {
    let once = "涉事人员系劳务派遣人员，不是在编执法人员。";
    assert_eq!(
        effects(&scorer().assess_text(once, "zh-CN", None), "tone.blame"),
        [-30.0]
    );
    let twice = format!("{once}此事属于个人行为。");
    assert_eq!(
        effects(&scorer().assess_text(&twice, "zh-CN", None), "tone.blame"),
        [-30.0, -30.0]
    );
}

/// "[Rumour alert]" labels a correction; it warns of no hazard.
#[test]
fn a_rumour_alert_is_no_hazard_warning() {
    let warning = |text: &str| excerpts_of(text, "en-US", "service.warning");
    assert!(warning("[Rumour alert] Posts saying the Baishiling dam has burst are false: engineers inspected it at 6:40 a.m.").is_empty());
    assert_eq!(
        warning("A red rainstorm alert is in force for Xinan District until 6 p.m."),
        ["alert"]
    );
}

/// An answer that shifts the blame (or leaks, guesses, lectures, denies) is answered, but
/// worth no more than a late one.
#[test]
fn a_harmful_answer_counts_like_a_late_one() {
    let sc = scenario();
    let answered = |text: &str| {
        let run = score_run(
            scorer(),
            &sc,
            &log(vec![action(
                0,
                8,
                ActionKind::Reply { to: "q1".into() },
                text,
            )]),
        );
        let f = run
            .findings
            .iter()
            .find(|f| f.rule == "interaction.answered" && f.subject.as_deref() == Some("q1"))
            .cloned()
            .expect("q1 is answered");
        let empty = f
            .args
            .iter()
            .find(|(k, _)| k == "empty")
            .map(|(_, v)| v.clone());
        (empty, run.dimensions[&Dimension::Interaction].score)
    };
    let (plain, plain_score) = answered(
        "@MsLee Yes: Harbour Road is closed between 1st and 3rd Street. For help call 555-010-0199.",
    );
    let (blame, blame_score) = answered(
        "@MsLee Yes: Harbour Road is closed between 1st and 3rd Street. This was caused by the contractor, not by us.",
    );
    assert_eq!(plain.as_deref(), Some("no"));
    assert_eq!(blame.as_deref(), Some("harmful"));
    assert!(
        blame_score < plain_score,
        "{blame_score:?} vs {plain_score:?}"
    );
}

/// In a run, a reply is not a statement that owes empathy, and once a statement has shown
/// empathy, a later operational update that reports harm need not repeat it.
#[test]
fn a_run_owes_empathy_once_and_replies_owe_none() {
    let sc = scenario();
    let update = "Update: 3 people were injured on Harbour Road and were taken to hospital; the road stays closed.";
    let cold_posts = |run: &goldenhour_scoring::RunScores| -> Vec<u32> {
        run.posts
            .iter()
            .filter(|p| p.assessment.findings.iter().any(|f| f.rule == "tone.cold"))
            .map(|p| p.action)
            .collect()
    };
    let warm_first = log(vec![
        action(0, 18, ActionKind::Publish, GOOD_POST),
        action(1, 45, ActionKind::Publish, update),
    ]);
    assert_eq!(
        cold_posts(&score_run(scorer(), &sc, &warm_first)),
        Vec::<u32>::new()
    );
    let cold_first = log(vec![
        action(0, 18, ActionKind::Publish, update),
        action(1, 25, ActionKind::Reply { to: "q1".into() }, update),
        action(2, 45, ActionKind::Publish, GOOD_POST),
    ]);
    assert_eq!(cold_posts(&score_run(scorer(), &sc, &cold_first)), [0]);
}

#[test]
fn a_prompt_complete_run_outscores_a_slow_evasive_one() {
    let sc = scenario();
    let good = log(vec![
        action(0, 18, ActionKind::Publish, GOOD_POST),
        action(
            1,
            22,
            ActionKind::Reply { to: "q1".into() },
            "@MsLee We understand your concern. Your street is inside the Harbour Road closure, but the Water Authority confirms your water is safe to drink. For help call 555-010-0199.",
        ),
        action(
            2,
            25,
            ActionKind::Reply { to: "m1".into() },
            "The Water Authority expects Harbour Road to reopen by 4 p.m.; we do not yet know whether the repair will hold, and will confirm at 9:00 a.m.",
        ),
        action(
            3,
            40,
            ActionKind::CorrectRumour {
                rumour: "contaminated".into(),
            },
            "We know many of you are worried about the tap water. It is not contaminated: the Water Authority tested it at 7:30 a.m. and confirmed it is safe. About 2,000 homes have low pressure only. Test results are on our website.",
        ),
        entry(
            120,
            LogKind::PromiseSettled {
                action: 0,
                kept: true,
            },
        ),
    ]);
    let bad = log(vec![
        action(
            0,
            200,
            ActionKind::Publish,
            "We are aware of the situation and the matter is being taken very seriously. Further information will be provided in due course.",
        ),
        action(1, 210, ActionKind::Reply { to: "q2".into() }, "Noted."),
        entry(
            300,
            LogKind::PromiseSettled {
                action: 0,
                kept: false,
            },
        ),
    ]);
    let g = score_run(scorer(), &sc, &good);
    let b = score_run(scorer(), &sc, &bad);
    for d in Dimension::ALL {
        let (gs, bs) = (
            g.dimensions[&d].score.unwrap_or(0.0),
            b.dimensions[&d].score.unwrap_or(0.0),
        );
        assert!(gs > bs, "{d:?}: good {gs} should beat bad {bs}");
    }
    let summary = |r: &goldenhour_scoring::RunScores| {
        format!(
            "{:?}",
            r.dimensions
                .iter()
                .map(|(d, s)| (*d, s.score))
                .collect::<Vec<_>>()
        )
    };
    // The good run leaves the influencer's question unanswered on purpose (ordinary citizens
    // first), so it rates S overall, not P; the evasive run is unable to perform.
    assert!(
        g.overall >= 60.0 && b.overall < 40.0,
        "good {} {} bad {} {}",
        g.overall,
        summary(&g),
        b.overall,
        summary(&b)
    );
    assert_eq!(g.overall_rating, Rating::S, "{}", summary(&g));
    assert_eq!(g.dimensions[&Dimension::Speed].rating, Some(Rating::P));
    assert_eq!(b.overall_rating, Rating::U);

    let rules: Vec<&str> = b.findings.iter().map(|f| f.rule.as_str()).collect();
    for rule in [
        "speed.first-response",
        "speed.inquiry-missed",
        "speed.rumour-uncorrected",
        "speed.promise-broken",
        "interaction.unanswered",
        "interaction.big-accounts-only",
        "transparency.withheld",
        "transparency.broken-promise",
    ] {
        assert!(rules.contains(&rule), "{rule} missing from {rules:?}");
    }
    // The rubric weighs tone double.
    assert_eq!(g.dimensions[&Dimension::Tone].weight, 2.0);
    // The run re-assesses posts from their text: the log's empty assessments are ignored.
    assert!(
        g.posts[0]
            .assessment
            .signals
            .disclosed
            .contains(&"road-closed".to_owned())
    );
    // Speed effects explain the score: 100 plus the effects.
    let speed: f64 = 100.0
        + g.findings
            .iter()
            .filter(|f| f.dimension == Dimension::Speed)
            .map(|f| f.effect)
            .sum::<f64>();
    assert!((speed - g.dimensions[&Dimension::Speed].score.unwrap_or(0.0)).abs() < 1e-9);
}

#[test]
fn each_post_is_read_in_its_own_language() {
    let sc = scenario();
    // An English exercise: a Chinese post is scored as Chinese, an English one as English.
    let run = log(vec![
        action(0, 18, ActionKind::Publish, "涉事人员系临时工，已被辞退。"),
        action(1, 20, ActionKind::Publish, GOOD_POST),
    ]);
    let r = score_run(scorer(), &sc, &run);
    let rules_of = |id: u32| -> Vec<String> {
        r.posts
            .iter()
            .find(|p| p.action == id)
            .map(|p| {
                p.assessment
                    .findings
                    .iter()
                    .map(|f| f.rule.clone())
                    .collect()
            })
            .unwrap_or_default()
    };
    assert!(
        rules_of(0).contains(&"tone.blame".to_owned()),
        "{:?}",
        rules_of(0)
    );
    assert!(
        !rules_of(1).contains(&"tone.blame".to_owned()),
        "{:?}",
        rules_of(1)
    );
}

#[test]
fn a_question_is_answered_where_its_asker_is_answered() {
    let sc = scenario();
    let answered = |log: &SimLog| {
        let r = score_run(scorer(), &sc, log);
        r.findings
            .iter()
            .filter(|f| f.rule.starts_with("interaction."))
            .map(|f| {
                let empty = f.args.iter().any(|(k, v)| k == "empty" && v == "yes");
                (f.rule.clone(), f.subject.clone().unwrap_or_default(), empty)
            })
            .collect::<Vec<_>>()
    };
    // Ms Lee asks (q1), asks again (q3) and is answered there: both questions are answered.
    // The influencer's question 10 minutes before the end (q4) was still inside its reply
    // window: not counted.
    let run = log(vec![
        fired(50, "q3"),
        action(
            0,
            55,
            ActionKind::Reply { to: "q3".into() },
            "@MsLee Sorry for the wait. Your street is inside the Harbour Road closure; the water is safe to drink. For help call 555-010-0199.",
        ),
        fired(350, "q4"),
    ]);
    let found = answered(&run);
    assert!(
        found.contains(&("interaction.answered".into(), "q1".into(), false)),
        "{found:?}"
    );
    assert!(
        found.contains(&("interaction.answered".into(), "q3".into(), false)),
        "{found:?}"
    );
    assert!(!found.iter().any(|(_, e, _)| e == "q4"), "{found:?}");
    assert!(
        found.contains(&("interaction.unanswered".into(), "q2".into(), false)),
        "{found:?}"
    );
    // A statement with the fact Ms Lee asked about answers her too, before any reply.
    let run = log(vec![action(0, 18, ActionKind::Publish, GOOD_POST)]);
    let r = score_run(scorer(), &sc, &run);
    let q1 = r
        .findings
        .iter()
        .find(|f| f.subject.as_deref() == Some("q1"))
        .expect("q1 scored");
    assert_eq!(q1.rule, "interaction.answered");
    assert!(
        q1.args.contains(&("publicly".into(), "yes".into())),
        "{q1:?}"
    );
    // The influencer's question names no fact that answers it: a statement does not.
    assert!(
        r.findings
            .iter()
            .any(|f| f.subject.as_deref() == Some("q2") && f.rule == "interaction.unanswered")
    );
    // "No comment" meets the reporter's deadline and answers nothing.
    let run = log(vec![action(
        0,
        25,
        ActionKind::Reply { to: "m1".into() },
        "No comment while the investigation is ongoing.",
    )]);
    let r = score_run(scorer(), &sc, &run);
    let inquiry = r
        .findings
        .iter()
        .find(|f| f.rule == "speed.inquiry")
        .expect("the inquiry was answered");
    assert!(inquiry.effect < 0.0, "{inquiry:?}");
    assert!(inquiry.args.contains(&("empty".into(), "yes".into())));
    // The same text pasted to a second asker answers no one's question there, however full
    // it is: the first keeps its credit.
    let pasted = "Your street is inside the Harbour Road closure; the water is safe to drink. For help call 555-010-0199.";
    let run = log(vec![
        action(
            0,
            12,
            ActionKind::Reply { to: "q1".into() },
            &format!("@MsLee {pasted}"),
        ),
        action(
            1,
            14,
            ActionKind::Reply { to: "q2".into() },
            &format!("@Influencer {pasted}"),
        ),
    ]);
    let r = score_run(scorer(), &sc, &run);
    let empty_of = |subject: &str| {
        r.findings
            .iter()
            .find(|f| f.rule == "interaction.answered" && f.subject.as_deref() == Some(subject))
            .and_then(|f| f.args.iter().find(|(k, _)| k == "empty"))
            .map(|(_, v)| v.clone())
    };
    assert_eq!(empty_of("q1").as_deref(), Some("no"));
    assert_eq!(empty_of("q2").as_deref(), Some("repeated"));
    // A plain, factual reply to a reporter is not told to open with empathy, and leaves the
    // run's tone alone.
    let reply = "Harbour Road will reopen by 4 p.m.; about 2,000 homes have low water pressure.";
    let with_press = log(vec![
        action(0, 18, ActionKind::Publish, GOOD_POST),
        action(1, 25, ActionKind::Reply { to: "m1".into() }, reply),
    ]);
    let r = score_run(scorer(), &sc, &with_press);
    let press_reply = r.posts.iter().find(|p| p.action == 1).expect("the reply");
    assert!(
        !press_reply
            .assessment
            .findings
            .iter()
            .any(|f| f.rule == "tone.no-empathy"),
        "{:?}",
        press_reply.assessment.findings
    );
    let alone = score_run(
        scorer(),
        &sc,
        &log(vec![action(0, 18, ActionKind::Publish, GOOD_POST)]),
    );
    assert_eq!(
        r.dimensions[&Dimension::Tone].score,
        alone.dimensions[&Dimension::Tone].score
    );
    // An empty reply says so: it is not a late one.
    let run = log(vec![action(
        0,
        7,
        ActionKind::Reply { to: "q1".into() },
        "Noted, thank you.",
    )]);
    let found = answered(&run);
    assert!(
        found.contains(&("interaction.answered".into(), "q1".into(), true)),
        "{found:?}"
    );
}

#[test]
fn a_correction_that_only_denies_and_threatens_corrects_nothing() {
    let sc = scenario();
    let rules_of = |text: &str| {
        let run = log(vec![action(
            0,
            40,
            ActionKind::CorrectRumour {
                rumour: "contaminated".into(),
            },
            text,
        )]);
        score_run(scorer(), &sc, &run)
            .findings
            .iter()
            .filter(|f| f.rule.starts_with("speed.rumour"))
            .map(|f| f.rule.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        rules_of(
            "The claim that the water is contaminated is fake news. Those spreading it will be prosecuted."
        ),
        ["speed.rumour-uncorrected"]
    );
    assert_eq!(
        rules_of("The tap water is safe to drink: the Water Authority tested it at 7:30 a.m."),
        ["speed.rumour"]
    );
}

#[test]
fn a_fact_said_before_the_trainee_was_told_debunks_nothing() {
    let sc = scenario();
    let rumour_rules = |post_at: u32| {
        let mut entries = vec![
            entry(
                5,
                LogKind::RumourStarted {
                    rumour: "contaminated".into(),
                },
            ),
            action(
                0,
                post_at,
                ActionKind::Publish,
                "About 2,000 homes have low water pressure.",
            ),
            entry(
                15,
                LogKind::FactRevealed {
                    fact: "homes".into(),
                },
            ),
        ];
        entries.sort_by_key(|e| e.at);
        let run = SimLog {
            language: "en-US".into(),
            duration: SimDuration::from_mins(360),
            entries,
            ..SimLog::default()
        };
        score_run(scorer(), &sc, &run)
            .findings
            .iter()
            .filter(|f| f.rule.starts_with("speed.rumour"))
            .map(|f| f.rule.clone())
            .collect::<Vec<_>>()
    };
    // Said at 8 min, before the briefing at 15 min: a guess, not a correction.
    assert_eq!(rumour_rules(8), ["speed.rumour-uncorrected"]);
    // Said at 20 min, after it: a correction.
    assert_eq!(rumour_rules(20), ["speed.rumour"]);
}

#[test]
fn published_private_data_costs_the_run() {
    let sc = scenario();
    let transparency = |text: &str| {
        let run = log(vec![action(0, 18, ActionKind::Publish, text)]);
        let r = score_run(scorer(), &sc, &run);
        let breaches: Vec<String> = r
            .findings
            .iter()
            .filter(|f| f.rule == "transparency.privacy-breach")
            .map(|f| f.args[0].1.clone())
            .collect();
        (r.dimensions[&Dimension::Transparency].score, breaches)
    };
    let (clean, none) = transparency(GOOD_POST);
    let (leaky, breaches) = transparency(&format!("{GOOD_POST} The injured cyclist is Zhang Wei."));
    assert!(none.is_empty());
    assert_eq!(breaches, ["Zhang Wei"]);
    assert!(
        leaky.unwrap_or(0.0) + 20.0 <= clean.unwrap_or(0.0),
        "{leaky:?} vs {clean:?}"
    );
}

#[test]
fn a_run_without_posts_or_questions_is_scored_sensibly() {
    let sc = scenario();
    let empty = SimLog {
        language: "zh-CN".into(),
        ..SimLog::default()
    };
    let r = score_run(scorer(), &sc, &empty);
    assert_eq!(r.dimensions[&Dimension::Interaction].score, None);
    assert_eq!(r.dimensions[&Dimension::Speed].score, Some(0.0));
    assert_eq!(r.overall, 0.0);
    assert!(r.findings.iter().any(|f| f.rule == "run.no-posts"));
    assert!(r.findings.iter().any(|f| f.rule == "speed.no-response"));
}

#[test]
fn verified_facts_are_not_leaks_in_a_run() {
    let sc = scenario();
    let run = |verified: bool| {
        let mut entries = vec![entry(
            15,
            LogKind::FactRevealed {
                fact: "sabotage".into(),
            },
        )];
        if verified {
            entries.push(entry(
                45,
                LogKind::FactVerified {
                    fact: "sabotage".into(),
                    confirmed: true,
                },
            ));
        }
        entries.push(action(
            0,
            60,
            ActionKind::Publish,
            "Police confirm sabotage damaged the main on Harbour Road.",
        ));
        score_run(
            scorer(),
            &sc,
            &SimLog {
                language: "en-US".into(),
                entries,
                ..SimLog::default()
            },
        )
    };
    assert_eq!(run(false).posts[0].assessment.signals.leaked, ["sabotage"]);
    assert!(run(true).posts[0].assessment.signals.leaked.is_empty());
}

#[test]
fn scores_serialise_to_json_shaped_values() {
    let sc = scenario();
    let r = score_run(
        scorer(),
        &sc,
        &log(vec![action(0, 18, ActionKind::Publish, GOOD_POST)]),
    );
    let ron = ron::to_string(&r).expect("serialises");
    assert!(ron.contains("overall_rating"), "{ron}");
}

#[test]
fn a_promise_kept_late_and_a_late_answer_say_so() {
    let sc = scenario();
    let run = log(vec![
        action(
            0,
            20,
            ActionKind::Publish,
            "Harbour Road is closed. Next update in 30 minutes.",
        ),
        entry(
            55,
            LogKind::PromiseSettled {
                action: 0,
                kept: false,
            },
        ),
        action(
            1,
            60,
            ActionKind::Publish,
            "Harbour Road is still closed; crews are repairing the main.",
        ),
        action(
            2,
            100,
            ActionKind::Reply { to: "q2".into() },
            "Harbour Road is closed until 6 p.m.",
        ),
    ]);
    let r = score_run(scorer(), &sc, &run);
    let args = |rule: &str| -> Vec<Vec<(String, String)>> {
        r.findings
            .iter()
            .filter(|f| f.rule == rule)
            .map(|f| f.args.clone())
            .collect()
    };
    let arg = |k: &str, v: &str| (k.to_owned(), v.to_owned());
    // Due at 50 min, the update came at 60.
    assert_eq!(
        args("transparency.broken-promise"),
        [vec![arg("came", "yes"), arg("minutes", "10")]]
    );
    // q2 fired at 10 min, answered at 100: late, beyond the rubric's reply target.
    let answered = args("interaction.answered");
    assert!(
        answered.iter().any(|a| a.contains(&arg("late", "yes"))),
        "{answered:?}"
    );
}

#[test]
fn a_claim_or_a_name_told_again_is_found_again() {
    let sc = scenario();
    let all = ["road-closed", "homes", "victim-name", "sabotage"];
    let a = assess_at(
        &sc,
        "Sabotage is behind the burst. Police believe it was sabotage. Zhang Wei is in hospital; Zhang Wei's family is with him.",
        "en-US",
        20,
        &all,
    );
    // Every telling is quoted, so the report can strike each one; the signal names the fact once.
    assert_eq!(
        excerpts(&a, "transparency.leak-unverified"),
        ["Sabotage", "sabotage"]
    );
    assert_eq!(a.signals.leaked, ["victim-name", "sabotage"]);
    // A semicolon ends a sentence for the scorer: the name is told twice.
    assert_eq!(
        excerpts(&a, "transparency.leak-private"),
        ["Zhang Wei", "Zhang Wei"]
    );
    // Twice in one sentence is one telling.
    let a = assess_at(
        &sc,
        "Zhang Wei, yes Zhang Wei, is in hospital.",
        "en-US",
        20,
        &all,
    );
    assert_eq!(excerpts(&a, "transparency.leak-private"), ["Zhang Wei"]);
    // So is another part of an unverified claim in its sentence: the report strikes both.
    let a = assess_at(
        &sc,
        "We now know why: sabotage, someone cut the main at night.",
        "en-US",
        20,
        &all,
    );
    assert_eq!(
        excerpts(&a, "transparency.leak-unverified"),
        ["sabotage", "cut the main"]
    );
    assert_eq!(effects(&a, "authority.leak-unverified"), [-25.0, 0.0]);
    // Another private detail in the same sentence is the same telling (no more points) but
    // evidence too, so the report can strike every detail and not only the name.
    let a = assess_at(
        &sc,
        "The cyclist, Zhang Wei, has a broken hip and is in hospital.",
        "en-US",
        20,
        &all,
    );
    assert_eq!(
        excerpts(&a, "transparency.leak-private"),
        ["Zhang Wei", "broken hip"]
    );
    assert_eq!(effects(&a, "transparency.leak-private"), [-25.0, 0.0]);
    // A second telling that says it is unconfirmed is no second leak.
    let a = assess_at(
        &sc,
        "Sabotage is behind the burst. Whether it was sabotage is not yet confirmed.",
        "en-US",
        20,
        &all,
    );
    assert_eq!(excerpts(&a, "transparency.leak-unverified"), ["Sabotage"]);
}

/// An apology earns credit only where it owns something (SCCT): not news-reading, not one
/// for the "不良影响", not a conditional, promised or third party's apology, not a fault
/// denied. Owning the fault in other words ("这是我们的失职", "it is on us") is one.
#[test]
fn only_an_apology_that_owns_the_fault_counts() {
    for (text, lang) in [
        ("我们向家长诚恳道歉。", "zh-CN"),
        (
            "企业违规这么多天，我们的监管没能及早发现，这是我们的失职。",
            "zh-CN",
        ),
        ("这是学校的错，我们认错。", "zh-CN"),
        ("局长已当面向老人道歉。", "zh-CN"),
        (
            "Parents, we owe you an apology. That was too slow, and it is on us.",
            "en-US",
        ),
        (
            "We also apologise to residents who could not get through to 12345.",
            "en-US",
        ),
        ("The company has apologised, and we apologise too.", "en-US"),
    ] {
        assert_eq!(
            excerpts_of(text, lang, "tone.apology").len(),
            1,
            "{text}: {:?}",
            rules(&scorer().assess_text(text, lang, None))
        );
    }
    for (text, lang) in [
        ("对此次事件造成的不良社会影响，我们深表歉意。", "zh-CN"),
        ("给广大市民带来的困扰，我们深表歉意。", "zh-CN"),
        ("如有网友感到不适，我们表示歉意。", "zh-CN"),
        ("悦膳公司已就此向全体学生家长公开道歉。", "zh-CN"),
        ("如果调查证实存在违规，我们将向当事人道歉。", "zh-CN"),
        ("我们一定当面向她道歉。", "zh-CN"),
        ("这不是我们的失职。", "zh-CN"),
        ("We are sorry to report that two people have died.", "en-US"),
        (
            "We are deeply sorry that Yueshan Catering let our children down.",
            "en-US",
        ),
        ("Yueshan Catering apologises to parents.", "en-US"),
        ("We will apologise to the family in person.", "en-US"),
        (
            "If the investigation confirms a breach, we will apologise.",
            "en-US",
        ),
        ("We are sorry for the confusion.", "en-US"),
        ("It was not our failure.", "en-US"),
    ] {
        assert_eq!(
            excerpts_of(text, lang, "tone.apology"),
            Vec::<String>::new(),
            "{text}"
        );
    }
    // The stock apology for the 不良影响 is marked down as boilerplate too.
    assert_eq!(
        excerpts_of(
            "对此次事件造成的不良社会影响，我们深表歉意。",
            "zh-CN",
            "tone.boilerplate"
        ),
        ["造成的不良社会影响"]
    );
}

/// Pushing the fault onto the contractor, or calling one's own side a victim, is
/// scapegoating; "followed every procedure" justifies.
#[test]
fn the_contractor_named_as_the_one_at_fault_is_blame() {
    assert_eq!(
        excerpts_of("学校和教育部门也是受害方。", "zh-CN", "tone.blame"),
        ["也是受害方"]
    );
    assert_eq!(
        excerpts_of("事件责任在供餐企业。", "zh-CN", "tone.blame"),
        ["责任在供餐企业"]
    );
    assert_eq!(
        excerpts_of(
            "学校和教育部门也是这次事件的受害方。",
            "zh-CN",
            "tone.blame"
        ),
        ["这次事件的受害方"]
    );
    assert_eq!(
        excerpts_of(
            "Responsibility for the food safety failure lies with the contractor.",
            "en-US",
            "tone.blame"
        ),
        ["lies with the contractor"]
    );
    assert_eq!(
        excerpts_of(
            "The school acted swiftly throughout and followed every procedure.",
            "en-US",
            "tone.excuse"
        ),
        ["acted swiftly throughout", "followed every procedure"]
    );
}

/// A title that puts the scenario's rumour as a question, unanswered, restates the rumour; a
/// title that answers it or states the fact does not, and neither does an unrelated question.
#[test]
fn a_title_that_asks_the_rumour_restates_it() {
    let sc = scenario();
    let all = ["road-closed", "homes"];
    let headline = |text: &str| {
        excerpts(
            &assess_at(&sc, text, "en-US", 20, &all),
            "authority.rumour-headline",
        )
    };
    assert_eq!(
        headline(
            "[Is the tap water contaminated?] The Water Authority tested it at 7:30 a.m.: it is safe."
        ),
        ["Is the tap water contaminated?"]
    );
    assert_eq!(
        headline(
            "Is the tap water contaminated?\nThe Water Authority tested it at 7:30 a.m.: it is safe."
        ),
        ["Is the tap water contaminated?"]
    );
    assert_eq!(
        headline(
            "IS THE TAP WATER CONTAMINATED? The Water Authority tested it at 7:30 a.m.: it is safe."
        ),
        ["IS THE TAP WATER CONTAMINATED?"]
    );
    for text in [
        "[Is the tap water contaminated? No] The Water Authority tested it at 7:30 a.m.: it is safe.",
        "[Fact check: is the tap water contaminated?] The Water Authority tested it: it is safe.",
        "[The tap water is safe] The Water Authority tested it at 7:30 a.m.",
        "[When will Harbour Road reopen?] Crews expect to reopen it at 10 a.m.",
        "Is the tap water contaminated? The Water Authority tested it at 7:30 a.m.: it is safe.",
    ] {
        assert_eq!(headline(text), Vec::<String>::new(), "{text}");
    }
}

/// A short reply to one person is not held to the elements of a crisis statement: with a
/// statement in the run, bare replies leave the run's transparency as the statement made it,
/// while a reply that lost transparency (a shield) still counts.
#[test]
fn a_bare_reply_does_not_pull_down_the_runs_transparency() {
    let sc = scenario();
    let statement = action(
        1,
        16,
        ActionKind::Publish,
        "Harbour Road is closed between 1st and 3rd Street since 7:10 a.m. About 2,000 homes have low water pressure. We do not yet know the cause; the Water Authority is checking. Call 12345 for help. Next update at 8:30 a.m.",
    );
    let reply =
        |id: u32, at: u32, text: &str| action(id, at, ActionKind::Reply { to: "q1".into() }, text);
    let transparency = |log: &SimLog| {
        score_run(scorer(), &sc, log).dimensions[&Dimension::Transparency]
            .score
            .expect("scored")
    };
    let alone = transparency(&log(vec![statement.clone()]));
    let with_replies = transparency(&log(vec![
        statement.clone(),
        reply(
            2,
            18,
            "@Ms Lee Yes, your street is one of them. We are sorry for the trouble.",
        ),
        reply(
            3,
            19,
            "@Ms Lee The crews are on it. Thank you for your patience.",
        ),
    ]));
    assert_eq!(alone, with_replies);
    // Service alike: a reply that gives no help and lectures nobody is left out of it.
    let service = |log: &SimLog| {
        score_run(scorer(), &sc, log).dimensions[&Dimension::Service]
            .score
            .expect("scored")
    };
    assert_eq!(
        service(&log(vec![statement.clone()])),
        service(&log(vec![
            statement.clone(),
            reply(
                2,
                18,
                "@Ms Lee The crews are on it. Thank you for your patience."
            ),
        ]))
    );
    let with_shield = transparency(&log(vec![
        statement,
        reply(2, 18, "@Ms Lee The matter is under investigation."),
    ]));
    assert!(with_shield < alone, "{with_shield} vs {alone}");
}

/// "Qinghe Primary line: 12345" gives a hotline; "Metro Line 3" does not; advice hedged into
/// "may wish to consider" is officialese.
#[test]
fn a_labelled_line_is_a_hotline_and_hedged_advice_is_officialese() {
    assert_eq!(
        excerpts_of("Qinghe Primary line: 12345.", "en-US", "service.phone"),
        ["12345"]
    );
    assert_eq!(
        excerpts_of("Metro Line 3 is suspended.", "en-US", "service.phone"),
        Vec::<String>::new()
    );
    assert_eq!(
        excerpts_of(
            "Residents may wish to consider keeping windows closed.",
            "en-US",
            "tone.officialese"
        ),
        ["may wish to consider"]
    );
}

/// A deadline or tomorrow's time before the publishing verb promises an update whatever the
/// words between ("明天上午10时前我们发布…"); one already met ("已于10时前发布") reports.
#[test]
fn a_deadline_before_the_verb_promises_and_one_met_reports() {
    assert_eq!(
        excerpts_of(
            "明天上午10时前我们发布住院孩子的情况和调查进展。",
            "zh-CN",
            "transparency.next-update"
        ),
        ["明天上午10时前我们发布"]
    );
    assert_eq!(
        excerpts_of(
            "市卫健委已于10时前发布就医指引。",
            "zh-CN",
            "transparency.next-update"
        ),
        Vec::<String>::new()
    );
}

/// Responders' 24-hour times are times: "Next sitrep 0430" promises an update at 04:30,
/// "1400 hrs" is a time; "1954" stays a year.
#[test]
fn a_responders_24_hour_time_is_a_time() {
    assert_eq!(
        excerpts_of("Next sitrep 0430.", "en-US", "transparency.next-update"),
        ["Next sitrep 0430"]
    );
    assert_eq!(
        excerpts_of(
            "Next update at 1400 hrs.",
            "en-US",
            "transparency.next-update"
        ),
        ["Next update at 1400 hrs"]
    );
    assert_eq!(
        excerpts_of(
            "The heaviest rain since records began in 1954.",
            "en-US",
            "transparency.next-update"
        ),
        Vec::<String>::new()
    );
}

/// Second round: the pseudo-apology is judged by what the apology is for, not by a word
/// elsewhere in the sentence; condolence is no apology; the account's own body apologising
/// is; an apology beside a scapegoat excuses it not, a share owned does.
#[test]
fn what_an_apology_is_for_and_who_makes_it() {
    for (text, lang) in [
        (
            "【青禾小学学生午餐后身体不适送医情况通报】今天中午部分学生出现呕吐等症状，我们向孩子们和家长们道歉。",
            "zh-CN",
        ),
        ("给老人和家属造成的伤害和困扰，我们诚恳道歉。", "zh-CN"),
        ("这件事我们做错了。", "zh-CN"),
        (
            "The city government apologises to residents who could not get through.",
            "en-US",
        ),
        (
            "We let you down, and we should have had more operators ready.",
            "en-US",
        ),
        ("That is our fault.", "en-US"),
    ] {
        assert_eq!(excerpts_of(text, lang, "tone.apology").len(), 1, "{text}");
    }
    for (text, lang) in [
        ("We are so sorry for your loss.", "en-US"),
        (
            "Yueshan Catering and its managers apologise to every family.",
            "en-US",
        ),
        ("We will not let you down.", "en-US"),
    ] {
        assert_eq!(
            excerpts_of(text, lang, "tone.apology"),
            Vec::<String>::new(),
            "{text}"
        );
    }
    assert_eq!(
        excerpts_of("我们向家长们道歉，推人的是临时工。", "zh-CN", "tone.blame"),
        ["临时工"]
    );
    assert_eq!(
        excerpts_of(
            "我们向家长道歉，但事件责任在供餐企业。",
            "zh-CN",
            "tone.blame"
        ),
        ["责任在供餐企业"]
    );
    assert_eq!(
        excerpts_of(
            "The responsibility lies with the company, and with us for not catching it.",
            "en-US",
            "tone.blame"
        ),
        Vec::<String>::new()
    );
}

/// A title answered by the first word below it ("…?\nNo. …") does not restate the rumour.
#[test]
fn a_title_answered_below_is_no_rumour_headline() {
    let sc = scenario();
    let a = assess_at(
        &sc,
        "Is the tap water contaminated?\nNo. The Water Authority tested it at 7:30 a.m.: it is safe.",
        "en-US",
        20,
        &["road-closed", "homes"],
    );
    assert_eq!(
        excerpts(&a, "authority.rumour-headline"),
        Vec::<String>::new()
    );
}

/// "学校及时拨打120" tells of a call, "请及时拨打120" asks for one; a title that labels the
/// post ("【致歉与处理措施】") is not the apology quoted when the body has one; regret that
/// shrinks the failure is stock wording.
#[test]
fn a_told_call_a_labelling_title_and_shrinking_regret() {
    assert_eq!(
        excerpts_of(
            "学校第一时间组织校医处置，并及时拨打120。",
            "zh-CN",
            "service.phone"
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        excerpts_of("如有不适，请及时拨打120。", "zh-CN", "service.phone"),
        ["120"]
    );
    assert_eq!(
        excerpts_of(
            "【致歉与处理措施】经初步核查，现场未按规定开具清单。我们向老人和她的家人郑重道歉。",
            "zh-CN",
            "tone.apology"
        ),
        ["郑重道歉"]
    );
    assert_eq!(
        excerpts_of(
            "We regret that some callers experienced delays.",
            "en-US",
            "tone.boilerplate"
        ),
        ["We regret that some"]
    );
}

/// Third pass, on good trainees: a title that asks the rumour and answers at once claims
/// nothing; a deadline in a clause of its own promises; "Help: 12345" is a help line; "we
/// still do not know" says what is unknown; 正在调取 says what is being done.
#[test]
fn a_good_trainees_plain_forms_are_read_as_meant() {
    let sc = scenario();
    let a = assess_at(
        &sc,
        "【海港路已正常通行了吗？没有。】经市交通局核实，海港路1街至3街段仍封闭。",
        "zh-CN",
        20,
        &["road-closed", "homes"],
    );
    assert!(a.signals.contradicted.is_empty(), "{:?}", a.signals);
    assert_eq!(
        excerpts_of(
            "10时30分前，我们通报调查进展。",
            "zh-CN",
            "transparency.next-update"
        ),
        ["10时30分前，我们通报"]
    );
    assert_eq!(
        excerpts_of("Help: 12345.", "en-US", "service.phone"),
        ["12345"]
    );
    assert_eq!(
        excerpts_of(
            "We still do not know the cause.",
            "en-US",
            "transparency.unknowns"
        ),
        ["We still do not know"]
    );
    assert_eq!(
        excerpts_of(
            "督察支队正在调取执法记录仪视频。",
            "zh-CN",
            "transparency.actions"
        ),
        ["正在调取"]
    );
}

#[test]
fn advice_to_the_public_is_not_what_is_being_done_and_a_request_made_is_no_advice() {
    // "closed" is an action word; told to the public, it is advice.
    for text in [
        "Please keep windows closed.",
        "Keep your windows closed and stay indoors.",
    ] {
        assert!(
            excerpts_of(text, "en-US", "transparency.actions").is_empty(),
            "{text}"
        );
        assert!(
            !excerpts_of(text, "en-US", "service.guidance").is_empty(),
            "{text}"
        );
    }
    assert_eq!(
        excerpts_of(
            "Harbour Road has been closed.",
            "en-US",
            "transparency.actions"
        ),
        ["closed"]
    );
    // A guess tells nothing being done.
    let guess = "Evacuated residents should probably be able to go home this afternoon.";
    assert!(excerpts_of(guess, "en-US", "transparency.actions").is_empty());
    // "我们已请…核实" tells a request made to a body, not advice to the public.
    let asked = "关于封闭时间，我们已请市城管局调取运行记录核实。";
    assert!(excerpts_of(asked, "zh-CN", "service.guidance").is_empty());
    assert_eq!(
        excerpts_of("请市民关闭门窗。", "zh-CN", "service.guidance"),
        ["请市民"]
    );
}

#[test]
fn a_forbidden_phrase_refused_is_not_used() {
    let sc = scenario();
    let refused = [
        ("我们不会用“无可奉告”搪塞大家。", "zh-CN"),
        ("We will not hide behind a 'no comment'.", "en-US"),
    ];
    for (text, lang) in refused {
        let a = assess_at(&sc, text, lang, 30, &[]);
        assert!(
            !rules(&a).contains(&"tone.forbidden"),
            "{text}: {:?}",
            rules(&a)
        );
        assert!(a.signals.forbidden.is_empty(), "{text}");
    }
    for (text, lang) in [("对此无可奉告。", "zh-CN"), ("No comment.", "en-US")] {
        let a = assess_at(&sc, text, lang, 30, &[]);
        assert!(
            rules(&a).contains(&"tone.forbidden"),
            "{text}: {:?}",
            rules(&a)
        );
    }
}

#[test]
fn shaming_threatening_and_stonewalling_wordings_are_read_as_meant() {
    for (text, rule, excerpt) in [
        (
            "The people spreading it should be ashamed of themselves.",
            "tone.condescension",
            "ashamed of themselves",
        ),
        (
            "Police will punish anyone who spreads rumours.",
            "tone.threat",
            "anyone who spreads",
        ),
        (
            "We have no further comment at this time.",
            "tone.denial",
            "no further comment",
        ),
        (
            "The fire was most likely started by a spark.",
            "authority.speculation",
            "most likely",
        ),
        (
            "The auxiliary concerned does not represent the bureau.",
            "tone.blame",
            "does not represent the bureau",
        ),
    ] {
        assert_eq!(excerpts_of(text, "en-US", rule), [excerpt], "{text}");
    }
    for (text, rule, excerpt) in [
        (
            "请广大网民自觉抵制网络谣言。",
            "tone.condescension",
            "自觉抵制网络谣言",
        ),
        ("事故责任在企业。", "tone.blame", "事故责任在"),
        (
            "食物中毒由肠毒素引起，责任全在供餐企业。",
            "tone.blame",
            "责任全在",
        ),
        (
            "请以@芷湾发布 发布的情况通报为准。",
            "tone.boilerplate",
            "情况通报为准",
        ),
    ] {
        assert_eq!(excerpts_of(text, "zh-CN", rule), [excerpt], "{text}");
    }
    assert_eq!(
        excerpts_of("请不要恶意揣测、带节奏。", "zh-CN", "tone.condescension"),
        ["恶意揣测", "带节奏"]
    );
    // Reassurance is no instruction.
    assert!(
        excerpts_of(
            "其他学校不会有问题，请家长们放心。",
            "zh-CN",
            "service.guidance"
        )
        .is_empty()
    );
}

/// Replies reach the people they answer: a run of replies alone has made no first response
/// to the public and corrected no rumour for it, however early and right the replies were.
#[test]
fn replies_alone_are_no_first_statement_and_correct_no_rumour() {
    let sc = scenario();
    let reply = "@MsLee We understand your concern. The Water Authority confirms about 2,000 homes have low pressure only and the tap water is safe to drink.";
    let replies = log(vec![
        action(0, 8, ActionKind::Reply { to: "q1".into() }, reply),
        action(1, 35, ActionKind::Reply { to: "q2".into() }, reply),
    ]);
    let r = score_run(scorer(), &sc, &replies);
    let rules: Vec<&str> = r.findings.iter().map(|f| f.rule.as_str()).collect();
    assert!(rules.contains(&"speed.no-statement"), "{rules:?}");
    assert!(!rules.contains(&"speed.first-response"), "{rules:?}");
    assert!(rules.contains(&"speed.rumour-replied"), "{rules:?}");
    assert!(!rules.contains(&"speed.rumour"), "{rules:?}");
    let no_statement = r
        .findings
        .iter()
        .find(|f| f.rule == "speed.no-statement")
        .unwrap();
    assert_eq!(no_statement.action, Some(0), "it points at the first reply");
    // The same text published as a statement is a first response and a correction.
    let published = log(vec![action(0, 35, ActionKind::Publish, reply)]);
    let p = score_run(scorer(), &sc, &published);
    let rules: Vec<&str> = p.findings.iter().map(|f| f.rule.as_str()).collect();
    assert!(rules.contains(&"speed.first-response"), "{rules:?}");
    assert!(rules.contains(&"speed.rumour"), "{rules:?}");
    assert!(
        p.dimensions[&Dimension::Speed].score > r.dimensions[&Dimension::Speed].score,
        "{:?} vs {:?}",
        p.dimensions[&Dimension::Speed],
        r.dimensions[&Dimension::Speed]
    );
}

/// A promise of safety is proved by a check, not by any fact told beside it.
#[test]
fn a_blanket_assurance_needs_a_check_not_a_fact_beside_it() {
    let sc = scenario();
    let denial = |text: &str| {
        let a = assess_at(&sc, text, "en-US", 30, &["road-closed", "homes"]);
        (
            excerpts(&a, "tone.denial"),
            excerpts(&a, "tone.denial-backed"),
        )
    };
    let (bare, _) = denial(
        "Harbour Road is closed between 1st and 3rd Street. There is no risk whatsoever to residents.",
    );
    assert_eq!(bare, ["There is no risk"]);
    let (_, checked) = denial(
        "Water Authority engineers inspected the main at 7:30 a.m. Harbour Road is closed between 1st and 3rd Street. There is no risk to residents.",
    );
    assert_eq!(checked, ["There is no risk"]);
}

/// The promise an account is held to is its own next update by the clock.
#[test]
fn the_own_next_update_by_the_clock_is_the_promise() {
    for (text, promise) in [
        (
            "The command will announce return arrangements by 7:30 a.m. Our next update will come by 5:30 a.m.",
            "next update will come by 5:30 a.m.",
        ),
        (
            "Preliminary findings will be published by Friday 24 April. Next update by 12:00.",
            "Next update by 12:00",
        ),
    ] {
        assert_eq!(
            excerpts_of(text, "en-US", "transparency.next-update"),
            [promise],
            "{text}"
        );
    }
    assert_eq!(
        excerpts_of(
            "初步调查结论4月24日前公布。下一次通报：今天12时前。",
            "zh-CN",
            "transparency.next-update"
        ),
        ["下一次通报：今天12时"]
    );
}

/// Guidance is something to do: a wish is none, a plain protective imperative is.
#[test]
fn a_wish_is_no_guidance_and_a_plain_imperative_is() {
    for wish in [
        "Please keep him in your prayers!",
        "Please take care of each other.",
        // A guess sends people the wrong way.
        "If you have to go out an ordinary mask should be fine.",
    ] {
        assert!(
            excerpts_of(wish, "en-US", "service.guidance").is_empty(),
            "{wish}"
        );
    }
    assert!(excerpts_of("请不要恐慌。", "zh-CN", "service.guidance").is_empty());
    assert_eq!(
        excerpts_of("请不要前往和平路。", "zh-CN", "service.guidance"),
        ["不要前往"]
    );
    assert_eq!(
        excerpts_of(
            "Rinse it off with clean water, wearing gloves and a mask, and keep children from touching it.",
            "en-US",
            "service.guidance"
        ),
        ["Rinse it off", "keep children"]
    );
}

/// A briefing delivered in the same minute as a post is known to it, whichever the log
/// records first.
#[test]
fn a_briefing_in_the_same_minute_is_known_to_the_post() {
    let sc = scenario();
    let text = "About 2,000 homes have low water pressure, the Water Authority confirms.";
    let run = |reveal_first: bool| {
        let post = action(0, 15, ActionKind::Publish, text);
        let reveal = entry(
            15,
            LogKind::FactRevealed {
                fact: "homes".into(),
            },
        );
        let entries = if reveal_first {
            vec![reveal, post]
        } else {
            vec![post, reveal]
        };
        let log = SimLog {
            language: "en-US".into(),
            duration: SimDuration::from_mins(60),
            entries,
            ..SimLog::default()
        };
        let r = score_run(scorer(), &sc, &log);
        rules(&r.posts[0].assessment)
            .into_iter()
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    for reveal_first in [true, false] {
        let rules = run(reveal_first);
        assert!(
            !rules.iter().any(|r| r == "authority.unbriefed"),
            "{rules:?}"
        );
    }
}

/// Praise and wishes are no places, and "请相信" asks nothing to be done.
#[test]
fn praise_and_wishes_are_no_facts_and_trust_is_no_guidance() {
    for text in ["孩子们一定会平平安安的。", "向英雄致敬。"] {
        assert!(
            excerpts_of(text, "zh-CN", "transparency.facts").is_empty(),
            "{text}"
        );
    }
    assert!(
        excerpts_of(
            "请相信，此刻有无数人在为这座城市拼尽全力。",
            "zh-CN",
            "service.guidance"
        )
        .is_empty()
    );
}

/// A negator refuses a harmful phrase only where it governs it: not across a contrast, not
/// as an instruction to the reader, not when it intensifies, not in a double negative.
#[test]
fn negation_refuses_only_what_it_governs() {
    let rules_of = |text: &str, lang: &str| -> Vec<String> {
        scorer()
            .assess_text(text, lang, None)
            .findings
            .iter()
            .filter(|f| f.effect < 0.0)
            .map(|f| f.rule.clone())
            .collect()
    };
    for (text, lang, rule) in [
        (
            "This was not our officer but a temporary worker.",
            "en-US",
            "tone.blame",
        ),
        (
            "We will not hesitate to punish anyone spreading rumours.",
            "en-US",
            "tone.threat",
        ),
        (
            "Don't listen to this nonsense.",
            "en-US",
            "tone.condescension",
        ),
        ("We call it an isolated incident.", "en-US", "tone.blame"),
        (
            "决不允许个别临时工的违规行为抹黑整个学校。",
            "zh-CN",
            "tone.blame",
        ),
        ("不排除有人别有用心。", "zh-CN", "tone.condescension"),
        ("请不要恶意揣测。", "zh-CN", "tone.condescension"),
        ("责任不在学校。", "zh-CN", "tone.blame"),
        (
            "请您理性表达诉求，不要听信网上的片面说法。",
            "zh-CN",
            "tone.condescension",
        ),
    ] {
        assert!(
            rules_of(text, lang).iter().any(|r| r == rule),
            "{text}: {:?}",
            rules_of(text, lang)
        );
    }
    for (text, lang) in [
        ("We will not blame the contractor.", "en-US"),
        ("我们不会把问题归咎于临时工。", "zh-CN"),
    ] {
        assert!(
            !rules_of(text, lang).iter().any(|r| r == "tone.blame"),
            "{text}: {:?}",
            rules_of(text, lang)
        );
    }
}

/// "Please note" points at a fact; it asks nothing to be done.
#[test]
fn please_note_is_no_guidance_and_plain_flood_instructions_are() {
    assert!(
        excerpts_of(
            "Please note that Harbour Road has been closed.",
            "en-US",
            "service.guidance"
        )
        .is_empty()
    );
    assert_eq!(
        excerpts_of(
            "Please note that Harbour Road has been closed.",
            "en-US",
            "transparency.actions"
        ),
        ["closed"]
    );
    assert_eq!(
        excerpts_of("Stay out of underpasses.", "en-US", "service.guidance"),
        ["Stay out of"]
    );
}

/// A dateline opening the post is the time of writing, not a promise; another body's schedule
/// gives way to the account's own next update.
#[test]
fn a_dateline_is_no_promise_and_another_bodys_schedule_gives_way() {
    let sc = scenario();
    // The scenario starts at 07:00; posted at 07:50.
    let a = assess_at(
        &sc,
        "Update at 7:45 a.m. Harbour Road is closed between 1st and 3rd Street. Next update by 8:30 a.m.",
        "en-US",
        50,
        &[],
    );
    assert_eq!(
        excerpts(&a, "transparency.next-update"),
        ["Next update by 8:30 a.m."]
    );
    assert_eq!(
        a.signals.promised_update_at,
        Some(SimDuration::from_mins(90))
    );
    let a = assess_at(
        &sc,
        "The Water Authority will publish test results by 9:00 a.m. We will post again by 8:30 a.m.",
        "en-US",
        50,
        &[],
    );
    assert_eq!(
        a.signals.promised_update_at,
        Some(SimDuration::from_mins(90))
    );
}

/// Publishing a person's private details costs tone as well as transparency: it fails to show
/// them respect, however warm the words.
#[test]
fn a_privacy_breach_costs_tone_too() {
    let sc = scenario();
    let warm =
        "We are so sorry for the injured cyclist and his family; our thoughts are with them.";
    let tone = |text: &str| {
        let run = log(vec![action(0, 20, ActionKind::Publish, text)]);
        let r = score_run(scorer(), &sc, &run);
        let charged = r.findings.iter().any(|f| f.rule == "tone.privacy-breach");
        (r.dimensions[&Dimension::Tone].score.unwrap_or(0.0), charged)
    };
    let (kind, none) = tone(warm);
    let (exposing, charged) = tone(&format!("{warm} He is Mr Zhang Wei."));
    assert!(!none && charged);
    assert!(exposing + 10.0 <= kind, "{exposing} vs {kind}");
}

/// A reply to a reporter that refuses to comment and tells no fact is an empty answer, however
/// much it says of checks under way.
#[test]
fn a_refusal_to_comment_is_an_empty_answer() {
    let sc = scenario();
    let empty_arg = |text: &str| {
        let run = log(vec![action(
            0,
            25,
            ActionKind::Reply { to: "m1".into() },
            text,
        )]);
        let r = score_run(scorer(), &sc, &run);
        r.findings
            .iter()
            .find(|f| f.rule == "speed.inquiry")
            .and_then(|f| f.args.iter().find(|(k, _)| k == "empty"))
            .map(|(_, v)| v.clone())
    };
    assert_eq!(
        empty_arg("The figures are being verified and the matter is under investigation. We have no further comment at this time.").as_deref(),
        Some("yes")
    );
    assert_eq!(
        empty_arg("The Water Authority expects Harbour Road to reopen by 4 p.m. No further comment for now.").as_deref(),
        Some("no")
    );
}

/// What is said as not done yet or being done states nothing ahead of its briefing.
#[test]
fn a_pending_matter_is_no_unbriefed_fact() {
    let sc = scenario();
    let unbriefed = |text: &str| {
        excerpts(
            &assess_at(&sc, text, "en-US", 10, &[]),
            "authority.unbriefed",
        )
    };
    assert_eq!(
        unbriefed("About 2,000 homes have low water pressure."),
        ["2,000 homes"]
    );
    for pending in [
        "Whether 2,000 homes are affected is being checked now.",
        "The figure of 2,000 homes has not yet been confirmed.",
    ] {
        assert!(unbriefed(pending).is_empty(), "{pending}");
    }
}

/// A list's numbering is no figure, in Chinese also with no space after the point; an English
/// place is named without the verb that leads into it, with its number ("Exit 12").
#[test]
fn list_numbers_and_lead_verbs_are_no_facts() {
    assert_eq!(
        excerpts_of(
            "请市民注意以下事项：1.关闭门窗；2.不要外出。江堤水位已达32.5米。",
            "zh-CN",
            "transparency.facts"
        ),
        ["江堤", "32.5米"]
    );
    assert_eq!(
        excerpts_of(
            "Take Exit 12 to reach the shelter at Lincoln High School.",
            "en-US",
            "transparency.facts"
        ),
        ["Exit 12", "Lincoln High School"]
    );
    assert_eq!(
        excerpts_of(
            "Avoid Harbour Road. Near Bridge, the water rose.",
            "en-US",
            "transparency.facts"
        ),
        ["Harbour Road"]
    );
}

/// "已于18时正式解除" closes as "已解除" does, and the all-clear itself is guidance.
#[test]
fn a_closure_with_words_between_and_the_all_clear_as_guidance() {
    let s = scorer();
    let closing = s.assess_text("蓝色预警已于今天18时正式解除。", "zh-CN", None);
    assert!(
        !rules(&closing).contains(&"transparency.missing-next-update"),
        "{:?}",
        rules(&closing)
    );
    assert!(excerpts(&closing, "service.warning").is_empty());
    // Not yet lifted, it is a warning issued (an advisory: it owes no next update).
    let open = s.assess_text("蓝色预警已于今天18时发布，目前尚未解除。", "zh-CN", None);
    assert!(!excerpts(&open, "service.warning").is_empty());
    assert_eq!(
        excerpts_of(
            "The evacuation order has been lifted. Residents can go home now.",
            "en-US",
            "service.guidance"
        ),
        ["can go home now"]
    );
    assert_eq!(
        excerpts_of("疏散令已解除，居民可以回家。", "zh-CN", "service.guidance"),
        ["可以回家"]
    );
}

/// A count in words is a figure with what it counts, as one in digits is.
#[test]
fn a_count_in_words_is_a_figure() {
    assert_eq!(
        excerpts_of(
            "Two hikers were rescued at 4 p.m.; 3 climbers are still missing.",
            "en-US",
            "transparency.facts"
        ),
        ["Two hikers", "4 p.m.", "3 climbers"]
    );
}

/// A hospital that reports is a source; one people were taken to is not.
#[test]
fn a_hospital_that_reports_is_a_source() {
    assert_eq!(
        excerpts_of(
            "St. Mary's Medical Center said two patients are in stable condition.",
            "en-US",
            "authority.responsible-body"
        ),
        ["St. Mary's Medical Center"]
    );
    assert_eq!(
        excerpts_of(
            "Central Hospital reports that 12 people are being treated.",
            "en-US",
            "authority.responsible-body"
        ),
        ["Central Hospital"]
    );
    assert!(no_finding(
        "Twelve people are at Central Hospital.",
        "en-US",
        "authority.responsible-body"
    ));
}

/// From a review of 30 posts per language (2026-11): lecturing is charged, lighter than an
/// insult, once per sentence; a number offered in a clause that scolds people for calling it
/// is no help; blanket denials, charges for posting and guesses about a suspect are read; a
/// missing person located is news that the harm is over, not a cold report of it.
#[test]
fn lecturing_blanket_denials_and_a_person_located() {
    let s = scorer();
    let heat = s.assess_text(
        "Every summer, too many people ignore these warnings and end up in the ER. Don't be one of them. Cooling centers are open 9 a.m. to 9 p.m.",
        "en-US",
        None,
    );
    assert_eq!(
        excerpts(&heat, "tone.lecturing"),
        ["too many people ignore", "Don't be one of them"]
    );
    assert_eq!(effects(&heat, "tone.lecturing"), [-10.0, -10.0]);
    let zh = s.assess_text(
        "希望广大市民增强自我保护意识，不要一有问题就打12345。",
        "zh-CN",
        None,
    );
    assert_eq!(excerpts(&zh, "tone.lecturing"), ["增强自我保护意识"]);
    assert!(
        excerpts(&zh, "service.phone").is_empty(),
        "{:?}",
        rules(&zh)
    );
    assert_eq!(
        excerpts_of("如需帮助，请拨打12345热线。", "zh-CN", "service.phone"),
        ["12345"]
    );
    assert_eq!(
        excerpts_of(
            "There is NO chemical leak in Eastgate. Reports online claiming otherwise are false.",
            "en-US",
            "tone.denial"
        ),
        ["There is NO chemical leak", "claiming otherwise are false"]
    );
    assert_eq!(
        excerpts_of(
            "Anyone who posts false claims about our officers online will face charges.",
            "en-US",
            "tone.threat"
        ),
        ["will face charges"]
    );
    assert_eq!(
        excerpts_of(
            "The suspect is believed to be a former student.",
            "en-US",
            "authority.speculation"
        ),
        ["believed to be"]
    );
    let found = s.assess_text(
        "UPDATE: The missing juvenile from the Westside area has been located and is safe. Thank you to the public for your assistance.",
        "en-US",
        None,
    );
    assert!(!rules(&found).contains(&"tone.cold"), "{:?}", rules(&found));
    assert!(!rules(&found).contains(&"transparency.missing-next-update"));
    assert_eq!(
        excerpts_of(
            "A hiker is missing near Eagle Peak; search teams are out.",
            "en-US",
            "tone.cold"
        ),
        ["missing"]
    );
}

/// From the same review, in Chinese: the anonymised form of police notices is no personal
/// data and a private mobile inside a named person's parenthesis is no hotline; a number
/// split by a space is one phone, a voltage no hotline; over-reassurance while tests are
/// pending, and a death reported coldly, cost more than an injury; a worry acknowledged is no
/// rumour retold.
#[test]
fn anonymised_people_split_phones_over_reassurance_and_cold_deaths() {
    let s = scorer();
    assert!(no_finding(
        "网约车司机（男，41岁）和1名乘客（女，26岁）受伤。小区7栋2号电梯已停用。",
        "zh-CN",
        "transparency.personal-data"
    ));
    let leak = s.assess_text(
        "被困人员为1502室住户刘晓芳（女，34岁，手机号13912340000）。",
        "zh-CN",
        None,
    );
    assert_eq!(
        excerpts(&leak, "transparency.personal-data"),
        ["1502室住户", "刘晓芳（女，34岁，手机号13912340000）"]
    );
    assert!(excerpts(&leak, "service.phone").is_empty());
    assert_eq!(
        excerpts_of("咨询电话：028-8766 1200。", "zh-CN", "service.phone"),
        ["028-8766 1200"]
    );
    assert_eq!(
        excerpts_of(
            "Persons seeking information may contact 555-0142.",
            "en-US",
            "service.phone"
        ),
        ["555-0142"]
    );
    assert!(no_finding(
        "受影响的是一条110千伏电缆。",
        "zh-CN",
        "service.help"
    ));
    assert!(no_finding(
        "Officers responded to a 911 call about a fight.",
        "en-US",
        "service.help"
    ));
    let pending = "大家的担心我们理解。经检测，目前水质完全安全，请市民放心饮用。全项检测结果预计9月7日出来。";
    let a = s.assess_text(pending, "zh-CN", None);
    assert_eq!(excerpts(&a, "authority.over-reassurance"), ["完全安全"]);
    // The worry acknowledged retells no rumour: the post is no correction, and owes its
    // next update.
    assert!(rules(&a).contains(&"transparency.missing-next-update"));
    assert!(no_finding(
        "全项检测结果已经出来，各项指标均合格，可以放心饮用。",
        "zh-CN",
        "authority.over-reassurance"
    ));
    let deaths = s.assess_text("扑火队员2人死亡，1人受伤。特此通报。", "zh-CN", None);
    assert_eq!(excerpts(&deaths, "tone.cold"), ["死亡"]);
    assert_eq!(effects(&deaths, "tone.cold"), [-20.0]);
    assert_eq!(
        effects(
            &s.assess_text("3人受伤，已送医。", "zh-CN", None),
            "tone.cold"
        ),
        [-15.0]
    );
    assert!(no_finding(
        "孩子身体有不适或与同伴失散的，请联系现场工作人员。",
        "zh-CN",
        "authority.speculation"
    ));
}

/// A reply to a citizen owes no next update and no unknowns; an exposure site is no place to
/// go; "calling 311" is a cued phone; "We know this adds time…" is empathy; "请您多体谅"
/// gives nothing to do.
#[test]
fn replies_exposure_sites_and_requests_for_understanding() {
    let s = scorer();
    let reply = s.assess_text(
        "@江城小明 您好，您所在的和平路片区今天18时前恢复供水，临时送水点在和平路小学门口。",
        "zh-CN",
        None,
    );
    assert!(
        !rules(&reply).contains(&"transparency.missing-next-update"),
        "{:?}",
        rules(&reply)
    );
    assert!(!rules(&reply).contains(&"transparency.missing-unknowns"));
    let statement = s.assess_text(
        "和平路片区今天18时前恢复供水，临时送水点在和平路小学门口。",
        "zh-CN",
        None,
    );
    assert!(rules(&statement).contains(&"transparency.missing-next-update"));
    assert!(no_finding(
        "If you were at Northside Family Clinic, 1200 Harbor Blvd, on Tuesday, call before going in: 555-0100.",
        "en-US",
        "service.place"
    ));
    assert_eq!(
        excerpts_of(
            "Questions? Get help by calling 311.",
            "en-US",
            "service.phone"
        ),
        ["311"]
    );
    assert_eq!(
        excerpts_of(
            "We know this adds time to many commutes.",
            "en-US",
            "tone.empathy"
        ),
        ["We know this adds"]
    );
    assert!(no_finding(
        "也请您多体谅医护人员的辛苦。",
        "zh-CN",
        "service.guidance"
    ));
}

/// A guess's figures are no facts, and "unconfirmed reports" pass a guess on rather than
/// admit what is unknown; pointing the public at the other party is blame.
#[test]
fn a_guess_states_no_facts_and_admits_nothing() {
    let s = scorer();
    let guess = s.assess_text(
        "It may be a student with a gun, possibly connected to a fight at the school yesterday.",
        "en-US",
        None,
    );
    assert!(excerpts(&guess, "transparency.facts").is_empty());
    assert_eq!(excerpts(&guess, "authority.speculation"), ["possibly"]);
    let rumour = s.assess_text(
        "Unconfirmed reports say there may be a second shooter.",
        "en-US",
        None,
    );
    assert!(excerpts(&rumour, "transparency.unknowns").is_empty());
    assert_eq!(
        excerpts(&rumour, "authority.speculation"),
        ["Unconfirmed reports"]
    );
    assert!(no_finding(
        "初步估计死亡人数可能在3人左右。",
        "zh-CN",
        "transparency.facts"
    ));
    assert_eq!(
        excerpts_of(
            "Questions about the crash should be directed to the other driver's insurance company.",
            "en-US",
            "tone.blame"
        ),
        ["the other driver's insurance"]
    );
}

/// A model chemical-odour post from the review: the crews' agency is its source, thanks for
/// reports is empathy, and a family line is help.
#[test]
fn named_crews_thanks_for_reports_and_a_family_line() {
    let s = scorer();
    let odour = s.assess_text(
        "Thank you for reporting it. Riverton Fire HazMat crews are testing the air at 6 locations now.",
        "en-US",
        None,
    );
    assert_eq!(
        excerpts(&odour, "authority.responsible-body"),
        ["Riverton Fire HazMat"]
    );
    assert_eq!(
        excerpts(&odour, "tone.empathy"),
        ["Thank you for reporting"]
    );
    assert_eq!(
        excerpts_of(
            "If you are looking for a loved one, call our family line at 555-0142.",
            "en-US",
            "service.help"
        ),
        ["family line"]
    );
}

/// More of the review's wording: a promise with no time, disowning and self-exonerating
/// after an investigation, and guidance that names what to bring.
#[test]
fn promises_without_time_disowning_and_what_to_bring() {
    assert_eq!(
        excerpts_of(
            "Further information will be provided as it becomes available.",
            "en-US",
            "transparency.vague-promise"
        ),
        ["as it becomes available"]
    );
    assert_eq!(
        excerpts_of(
            "系第三方施工单位违规操作所致，与我单位无关。",
            "zh-CN",
            "tone.blame"
        ),
        ["与我单位无关"]
    );
    assert_eq!(
        excerpts_of("景区管理方面不存在问题。", "zh-CN", "tone.excuse"),
        ["管理方面不存在问题"]
    );
    assert_eq!(
        excerpts_of(
            "可凭门票到南门游客中心申请退还索道票款。",
            "zh-CN",
            "service.guidance"
        ),
        ["可凭"]
    );
}

/// A found-child reply from the review: thanks for sharing is empathy, "6-year-old" one
/// figure, and a closing notice owes no help line.
#[test]
fn a_closing_reply_owes_no_help_line() {
    let s = scorer();
    let found = s.assess_text(
        "@kellym_riverton Thank you for sharing and for looking out. Good news: 6-year-old Mia was found safe at 3:20 PM by a neighbor a few blocks from home, and she is back with her family.",
        "en-US",
        None,
    );
    assert!(
        !rules(&found).contains(&"transparency.missing-help"),
        "{:?}",
        rules(&found)
    );
    assert_eq!(
        excerpts(&found, "transparency.facts"),
        ["6-year-old", "3:20 PM"]
    );
    assert_eq!(excerpts(&found, "tone.empathy"), ["Thank you for sharing"]);
}

/// Digits that are part of a name or an ordinal are no figure ("5th Ave" is a place, "zone
/// CED-E012" a name), a unit written without a space keeps its figure ("2.1NTU"), and a
/// responder's "0750 hours" is quoted whole.
#[test]
fn digits_in_names_are_no_figures() {
    assert_eq!(
        excerpts_of(
            "At approximately 0750 hours, a Metro Route 14 coach crashed at 5th Ave/Grant St. Evacuation zone CED-E012 is clear.",
            "en-US",
            "transparency.facts"
        ),
        ["0750 hours", "5th Ave", "Grant St"]
    );
    assert_eq!(
        excerpts_of(
            "9时检测浊度为2.1NTU，车牌浙A·3B127的公交车已停运。",
            "zh-CN",
            "transparency.facts"
        ),
        ["9时", "2.1"]
    );
}

/// A hospital is a source where it reports, not where people were taken or where something
/// happened.
#[test]
fn a_hospital_is_a_source_only_where_it_reports() {
    let body = |text: &str| excerpts_of(text, "zh-CN", "authority.responsible-body");
    assert_eq!(
        body("据市第二人民医院报告，3名伤者情况稳定。"),
        ["市第二人民医院"]
    );
    assert!(body("伤者已送市第一人民医院救治。").is_empty());
    assert!(body("长宁区人民医院急诊科一名患者家属因候诊问题与护士争执。").is_empty());
}

/// What a sentence that leaks a person's details tells about them is no fact to credit.
#[test]
fn a_leaking_sentence_states_no_facts() {
    let a = scorer().assess_text(
        "Update: the driver, Robert Miller, 58, of Elm Grove, remains in critical condition at Memorial Hospital. The crash happened at 7:10 a.m.",
        "en-US",
        None,
    );
    assert_eq!(
        excerpts(&a, "transparency.personal-data").len(),
        1,
        "{:?}",
        rules(&a)
    );
    assert_eq!(excerpts(&a, "transparency.facts"), ["7:10 a.m."]);
}

/// An apology for the disruption a closure caused is owed and counts; one for "any
/// inconvenience" is stock wording.
#[test]
fn sorry_for_the_disruption_is_an_apology() {
    assert_eq!(
        excerpts_of(
            "We know this adds time to many commutes, and we're sorry for the disruption.",
            "en-US",
            "tone.apology"
        ),
        ["we're sorry"]
    );
    assert!(no_finding(
        "We apologize for any inconvenience.",
        "en-US",
        "tone.apology"
    ));
}

/// The account's sign-off names who speaks, before a body the post mentions; a dash inside a
/// sentence signs nothing.
#[test]
fn a_sign_off_names_the_source() {
    let body = |text: &str| excerpts_of(text, "en-US", "authority.responsible-body");
    assert_eq!(
        body(
            "Riverton Police and the NTSB are investigating the cause. Next update at noon. —Riverton Metro"
        ),
        ["Riverton Metro"]
    );
    assert_eq!(
        body("911, police, fire and water service are NOT affected. —City of Riverton"),
        ["City of Riverton"]
    );
    assert!(no_finding(
        "The driver said — Thank You",
        "en-US",
        "authority.responsible-body"
    ));
}

#[test]
fn a_number_in_a_range_or_a_measure_is_no_number_to_call() {
    let heat = "Excessive Heat Warning Thursday through Saturday: highs of 112-116°F expected. Call 211 for a free ride to a cooling center.";
    let a = scorer().assess_text(heat, "en-US", None);
    assert!(!excerpts(&a, "transparency.help").contains(&"112".to_owned()));
    assert!(!excerpts(&a, "service.help").contains(&"112".to_owned()));
    assert_eq!(excerpts(&a, "service.phone"), ["211"]);
    assert!(no_finding(
        "Overnight lows of 90-112° are possible.",
        "en-US",
        "service.help"
    ));
    // Where it is a number to call, it still is.
    assert_eq!(
        excerpts_of("In an emergency call 112.", "en-US", "service.help"),
        ["112"]
    );
}

#[test]
fn a_closing_legal_line_is_one_charge_however_many_words_it_has() {
    let rebuttal = "网传“青山小区发生命案”系谣言。经我局核查，该小区昨晚系邻里纠纷，无人员伤亡。对此类编造散布谣言的行为将依法追究责任，后果自负。";
    let a = scorer().assess_text(rebuttal, "zh-CN", None);
    assert_eq!(effects(&a, "tone.threat-backed"), [-5.0]);
    // A threat as such still costs per word: it is the message, not a closing line.
    let bare = "网传我市猪肉涨价纯属谣言，对造谣者将依法严惩。";
    assert_eq!(
        effects(&scorer().assess_text(bare, "zh-CN", None), "tone.threat").len(),
        2
    );
}

#[test]
fn an_advisory_forecasts_and_owes_no_unknowns_and_no_next_update() {
    let advisory = "Excessive Heat Warning for Maricopa County Thursday through Saturday: highs of 112-116°F expected. Cooling centers open 9 a.m.-7 p.m. at all public libraries; call 211 for a free ride. Check on elderly neighbours. We will update this warning at 4 p.m. Wednesday.";
    assert!(no_finding(
        advisory,
        "en-US",
        "transparency.missing-unknowns"
    ));
    let zh = "市气象台今天16时发布暴雨橙色预警：今天20时至明天8时，全市将出现大暴雨。请市民减少外出，远离河道和低洼地带。求助请拨打12345。";
    assert!(no_finding(zh, "zh-CN", "transparency.missing-unknowns"));
    // Nor its next update: the warning's own period says how long it holds.
    assert!(no_finding(zh, "zh-CN", "transparency.missing-next-update"));
    // Harm reported makes it news, which owes its unknowns.
    let news = "暴雨橙色预警：今天20时至明天8时全市将出现大暴雨。今天下午青山区已有2人被困。请市民减少外出。求助请拨打12345。";
    assert!(!no_finding(news, "zh-CN", "transparency.missing-unknowns"));
}

#[test]
fn a_chinese_signature_names_the_account_that_speaks() {
    let post = "今早7时42分，地铁3号线因信号故障停运，8时56分全线恢复。有疑问请拨打服务热线96123。\n——临江地铁运营分公司";
    assert_eq!(
        excerpts_of(post, "zh-CN", "authority.responsible-body"),
        ["临江地铁运营分公司"]
    );
    // A dash inside the text, or a last line that is a sentence, signs nothing.
    assert!(no_finding(
        "今早地铁3号线因故障停运。\n——以上情况仍在核实，请大家理解。",
        "zh-CN",
        "authority.responsible-body"
    ));
}

#[test]
fn a_reply_to_a_citizen_and_a_labelled_correction_owe_less() {
    let reply = "@橘子汽水 您好，请马上用肥皂水冲洗伤口15分钟，再尽快到城东区人民医院急诊楼就诊，电话0512-65882120。";
    let a = scorer().assess_text(reply, "zh-CN", None);
    for owed in [
        "transparency.missing-actions",
        "authority.no-source",
        "transparency.missing-next-update",
    ] {
        assert!(!rules(&a).contains(&owed), "{owed}: {:?}", rules(&a));
    }
    // The same words as a statement owe them.
    let statement = scorer().assess_text(&reply[reply.find(' ').unwrap()..], "zh-CN", None);
    assert!(rules(&statement).contains(&"transparency.missing-actions"));
    let correction = "CORRECTION: Our 4 p.m. post said the warming center is at Lincoln Middle School. That was wrong, and we're sorry. The warming center is at the Oakdale Community Center, 210 Pine St. Call 311 for a ride.";
    let a = scorer().assess_text(correction, "en-US", None);
    assert!(!rules(&a).contains(&"transparency.missing-unknowns"));
    assert!(!rules(&a).contains(&"transparency.missing-next-update"));
}

#[test]
fn published_personal_data_costs_tone_as_well() {
    let leak = "The person bitten by the rabid raccoon is Margaret Doyle, 71, of 418 Chestnut Lane. She is doing fine. Anyone else who had contact with a raccoon in the park should call 555-0126.";
    let a = scorer().assess_text(leak, "en-US", None);
    assert_eq!(effects(&a, "tone.personal-data"), [-15.0]);
    assert!(!excerpts(&a, "transparency.personal-data").is_empty());
    // Described without identifying her, the post loses nothing in tone.
    assert!(no_finding(
        "A 71-year-old resident was bitten by a rabid raccoon and is being treated. Anyone else who had contact with a raccoon in the park should call 555-0126.",
        "en-US",
        "tone.personal-data"
    ));
}

#[test]
fn an_instruction_a_number_and_a_help_resource_rate_service_p() {
    let post = "Please stay indoors tonight. For help call the county hotline 555-013-4400.";
    let a = scorer().assess_text(post, "en-US", None);
    let service = a.scores[&Dimension::Service];
    assert_eq!(Rating::of(service), Rating::P, "{service} {:?}", rules(&a));
    // An instruction alone is far from it.
    let bare = scorer().assess_text("Please stay indoors tonight.", "en-US", None);
    assert_eq!(Rating::of(bare.scores[&Dimension::Service]), Rating::U);
}

#[test]
fn scolding_and_lecturing_found_by_the_fresh_review() {
    let scold = "@老街坊阿强 限行公告一周前就发在官网了，你自己不看怪谁？请不要在这里发牢骚。";
    let a = scorer().assess_text(scold, "zh-CN", None);
    assert!(
        !excerpts(&a, "tone.condescension").is_empty(),
        "{:?}",
        rules(&a)
    );
    let lecture = "@hollyberry_k Call your doctor today. And frankly, people need to stop picking up wild animals with their bare hands. We say this every single summer.";
    assert_eq!(excerpts_of(lecture, "en-US", "tone.lecturing").len(), 2);
    assert_eq!(
        excerpts_of(
            "We can't tell you exactly when your street will be affected.",
            "en-US",
            "transparency.unknowns"
        ),
        ["can't tell you exactly"]
    );
}

#[test]
fn the_sign_off_is_who_speaks_not_a_fact_and_a_highway_number_is_a_name() {
    let post = "We are aware of the situation on Highway 9 and are monitoring it closely. Please stay safe.\n—Greenvale County";
    let a = scorer().assess_text(post, "en-US", None);
    assert!(
        excerpts(&a, "transparency.facts").is_empty(),
        "{:?}",
        excerpts(&a, "transparency.facts")
    );
    assert_eq!(
        excerpts(&a, "authority.responsible-body"),
        ["Greenvale County"]
    );
    // A sign-off with a comma between two capitalised parts is still one.
    let mayor =
        "The release at Brandt Lake Dam starts at noon. —Office of the Mayor, Town of Milo Bend";
    assert!(!excerpts_of(mayor, "en-US", "authority.responsible-body").is_empty());
    assert!(
        !excerpts_of(mayor, "en-US", "transparency.facts")
            .iter()
            .any(|f| f.contains("Milo"))
    );
}

#[test]
fn reassurance_while_results_are_expected_is_over_reassurance() {
    let post = "A boil-water advisory is in effect for Hillcrest. Honestly, this is just a formality the state requires. Results expected Thursday. Questions: 555-0130.";
    let a = scorer().assess_text(post, "en-US", None);
    assert_eq!(
        excerpts(&a, "authority.over-reassurance"),
        ["just a formality"]
    );
    assert_eq!(excerpts(&a, "transparency.unknowns"), ["Results expected"]);
    let zh = "但仍有部分司机心存侥幸、不听劝阻，强行驶入封闭路段。滞留车辆请原地等待。";
    assert_eq!(excerpts_of(zh, "zh-CN", "tone.lecturing").len(), 1);
}

#[test]
fn where_a_service_is_to_be_had_is_help() {
    let zh = "就诊患者可在门诊一楼大厅办理手工挂号。";
    assert_eq!(
        excerpts_of(zh, "zh-CN", "service.help"),
        ["可在门诊一楼大厅办理"]
    );
    let en = "Residents can pick up bottled water at Lincoln Park until 8 p.m.";
    assert_eq!(
        excerpts_of(en, "en-US", "service.help"),
        ["can pick up bottled water at"]
    );
    // A service that was had is no service point.
    assert!(no_finding(
        "他昨天在医院办理了住院。",
        "zh-CN",
        "service.help"
    ));
    // A cued short number and a sign-off with a number.
    let road =
        "SR 142 is closed after a landslide. Current conditions: 511.\n—State DOT District 4";
    let a = scorer().assess_text(road, "en-US", None);
    assert_eq!(excerpts(&a, "service.phone"), ["511"]);
    assert_eq!(
        excerpts(&a, "authority.responsible-body"),
        ["State DOT District 4"]
    );
    // An instruction after a dash is no signature.
    assert!(no_finding(
        "Flood warning until 3 p.m. —Call 911",
        "en-US",
        "authority.responsible-body"
    ));
}

#[test]
fn consequences_on_your_own_head_threaten_whoever_reads_them() {
    let post = "目前除雪车辆正在作业，预计今晚可恢复通行。滞留车辆请原地等待，不要随意下车走动，后果自负。";
    assert_eq!(excerpts_of(post, "zh-CN", "tone.threat"), ["后果自负"]);
    // Legal language about someone else is still no threat to the public.
    assert!(no_finding(
        "肇事司机已被依法刑事拘留。",
        "zh-CN",
        "tone.threat"
    ));
}

#[test]
fn a_reply_to_a_citizen_speaks_as_the_account() {
    let reply = "@dlee_bakes Good question. Empty the ice bin and keep the machine off until the notice is lifted.";
    let a = scorer().assess_text(reply, "en-US", None);
    assert_eq!(excerpts(&a, "authority.own-account"), ["@dlee_bakes"]);
    assert!(!rules(&a).contains(&"authority.no-source"));
    // A statement still names its source or is advised to.
    let statement = "Empty the ice bin and keep the machine off until the notice is lifted.";
    let a = scorer().assess_text(statement, "en-US", None);
    assert!(excerpts(&a, "authority.own-account").is_empty());
    assert!(rules(&a).contains(&"authority.no-source"));
}

#[test]
fn the_inconvenience_a_real_apology_is_for_is_no_stock_line() {
    let owned = "今天8时起市政务服务网无法办理业务。给大家带来不便，非常抱歉。咨询请拨12345。";
    let a = scorer().assess_text(owned, "zh-CN", None);
    assert!(
        excerpts(&a, "tone.boilerplate").is_empty(),
        "{:?}",
        rules(&a)
    );
    assert_eq!(excerpts(&a, "tone.apology"), ["抱歉"]);
    let stock = "今天8时起市政务服务网无法办理业务。由此给大家带来不便，敬请谅解。";
    assert!(!excerpts_of(stock, "zh-CN", "tone.boilerplate").is_empty());
}

#[test]
fn concern_for_a_child_and_exoneration_before_the_inquiry() {
    let post = "一名10岁男孩在游泳馆溺水，目前仍在重症监护室治疗。孩子的情况牵动着我们每一个人。经核查，该游泳馆不存在管理漏洞。事情经过正由公安机关调查。";
    let a = scorer().assess_text(post, "zh-CN", None);
    assert_eq!(excerpts(&a, "tone.empathy"), ["牵动着我们"]);
    assert!(excerpts(&a, "tone.cold").is_empty());
    assert_eq!(excerpts(&a, "tone.excuse"), ["不存在管理漏洞"]);
}

/// The kind of timing done worst is remembered, as tone remembers the worst post: a fast
/// first notice does not make up for a press inquiry left unanswered (HSEEP: P is "performed
/// without challenges"), and the effects still add up to the score.
#[test]
fn the_kind_of_deadline_done_worst_weighs_on_speed() {
    let sc = scenario();
    // On time, the rumour corrected at once by the safe-water fact; the reporter never answered.
    let run = log(vec![
        action(0, 8, ActionKind::Publish, GOOD_POST),
        action(1, 35, ActionKind::Publish, GOOD_POST),
    ]);
    let r = score_run(scorer(), &sc, &run);
    let speed = r.dimensions[&Dimension::Speed].score.unwrap_or(100.0);
    assert!(
        r.findings
            .iter()
            .any(|f| f.rule == "speed.rumour" && f.effect > -5.0),
        "{:?}",
        r.findings
    );
    let first = r
        .findings
        .iter()
        .find(|f| f.rule == "speed.first-response")
        .map(|f| f.effect);
    assert_eq!(first, Some(0.0), "{:?}", r.findings);
    let missed: Vec<f64> = r
        .findings
        .iter()
        .filter(|f| f.rule == "speed.inquiry-missed")
        .map(|f| f.effect)
        .collect();
    assert_eq!(missed.len(), 1);
    assert!(speed < 60.0, "{speed} {:?}", r.findings);
    let total: f64 = 100.0
        + r.findings
            .iter()
            .filter(|f| f.dimension == Dimension::Speed)
            .map(|f| f.effect)
            .sum::<f64>();
    assert!((total - speed).abs() < 1e-9, "{total} vs {speed}");
}

#[test]
fn a_refusal_to_comment_is_charged_as_a_denial_but_named_a_refusal() {
    let kind = |text: &str, lang: &str, rule: &str| -> Vec<String> {
        scorer()
            .assess_text(text, lang, None)
            .findings
            .iter()
            .filter(|f| f.rule == rule)
            .flat_map(|f| {
                f.args
                    .iter()
                    .filter(|(k, _)| k == "kind")
                    .map(|(_, v)| v.clone())
            })
            .collect()
    };
    for rule in ["tone.denial", "authority.bare-denial"] {
        assert_eq!(
            kind(
                "We are not in a position to comment at this time.",
                "en-US",
                rule
            ),
            ["refusal"]
        );
        assert_eq!(kind("对此无可奉告。", "zh-CN", rule), ["refusal"]);
        assert_eq!(kind("网传消息纯属谣言。", "zh-CN", rule), ["denial"]);
    }
}

#[test]
fn a_phrase_does_not_run_over_the_end_of_a_sentence() {
    // "可能在" is a guess only within one sentence.
    let post = "目前尚不清楚是否与野果有关，不排除其他原因的可能。在此提醒游客注意饮食卫生。";
    assert!(no_finding(post, "zh-CN", "authority.speculation"));
    assert!(!no_finding(
        "死亡人数可能在3人左右。",
        "zh-CN",
        "authority.speculation"
    ));
}

#[test]
fn shelter_in_place_is_an_order_not_a_shelter() {
    let post = "The shelter-in-place order for Ridge Rd. remains in effect.";
    assert!(no_finding(post, "en-US", "service.help"));
    assert!(no_finding(post, "en-US", "transparency.help"));
    assert_eq!(
        excerpts_of(
            "The shelter at Pine Forest High School is open.",
            "en-US",
            "service.help"
        ),
        ["shelter"]
    );
}

#[test]
fn an_area_code_in_brackets_is_part_of_the_number() {
    for (text, phone) in [
        ("Passenger info line: (360) 555-0134.", "(360) 555-0134"),
        ("Report other damage at (801) 555-0147.", "(801) 555-0147"),
        ("Questions: 555-0130.", "555-0130"),
    ] {
        assert_eq!(
            excerpts_of(text, "en-US", "service.phone"),
            [phone],
            "{text}"
        );
    }
}

#[test]
fn an_english_sentence_opening_with_an_advisory_verb_is_guidance() {
    let post = "A magnitude 5.7 earthquake struck at 7:09 a.m. Expect aftershocks. Bring your medications.";
    assert_eq!(
        excerpts_of(post, "en-US", "service.guidance"),
        ["Expect", "Bring"]
    );
    // A question, a dismissal and what people need not do are no instructions.
    for text in [
        "Need a ride to a shelter?",
        "The device is harmless. Move on.",
        "There is no need to call police about it.",
    ] {
        assert!(no_finding(text, "en-US", "service.guidance"), "{text}");
    }
}

#[test]
fn a_denial_whose_proof_follows_a_list_number_is_backed() {
    let reply = "@九州新闻 您好。两则网传信息均不属实。1. 白石岭水库：市水利局专家组6时10分至6时40分现场巡查，坝体结构完好。";
    let a = scorer().assess_text(reply, "zh-CN", None);
    assert_eq!(excerpts(&a, "tone.denial-backed"), ["均不属实"]);
    assert!(excerpts(&a, "tone.denial").is_empty());
    // With nothing checked it stays categorical.
    assert_eq!(
        excerpts_of("两则网传信息均不属实。请勿传播。", "zh-CN", "tone.denial"),
        ["均不属实"]
    );
}

#[test]
fn a_daily_round_is_a_time_for_the_next_update() {
    assert_eq!(
        excerpts_of(
            "我们每天下午发布最新进展。咨询电话：12320。",
            "zh-CN",
            "transparency.next-update"
        ),
        ["每天下午发布最新进展"]
    );
    assert_eq!(
        excerpts_of(
            "Crews are on site. We will post an update every afternoon.",
            "en-US",
            "transparency.next-update"
        ),
        ["will post an update every afternoon"]
    );
    // "everyday" is no round, and a promise with no time stays vague.
    assert!(no_finding(
        "We will post an update on everyday items soon.",
        "en-US",
        "transparency.next-update"
    ));
}

#[test]
fn none_negates_harm_and_terrifying_is_empathy() {
    let post =
        "Nine people are sick. Seven are in the hospital; none have died. Crews are on site.";
    // A death would cost 20; "none have died" reports none, so the sickness is the harm.
    let a = scorer().assess_text(post, "en-US", None);
    assert_eq!(excerpts(&a, "tone.cold"), ["sick"]);
    assert_eq!(effects(&a, "tone.cold"), [-15.0]);
    assert_eq!(
        excerpts_of(
            "Two people had minor injuries. We know today was terrifying.",
            "en-US",
            "tone.empathy"
        ),
        ["terrifying"]
    );
}

#[test]
fn a_provincial_department_is_a_responsible_body() {
    let post = "3月22日，一个放射源容器在运输途中丢失。公安、生态环境部门正在沿途搜寻。\n省生态环境厅 省公安厅";
    let a = scorer().assess_text(post, "zh-CN", None);
    assert_eq!(excerpts(&a, "authority.responsible-body"), ["生态环境厅"]);
    assert_eq!(excerpts(&a, "transparency.actions"), ["沿途搜寻"]);
}

#[test]
fn a_city_of_a_place_and_a_fire_department_by_its_initials_are_bodies() {
    assert_eq!(
        excerpts_of(
            "An update on the City of Marlow computer outage. We found ransomware.",
            "en-US",
            "authority.responsible-body"
        ),
        ["City of Marlow"]
    );
    assert_eq!(
        excerpts_of(
            "Kestrel Bay FD is on scene of a working fire. Please avoid the area.",
            "en-US",
            "authority.responsible-body"
        ),
        ["Kestrel Bay FD"]
    );
}

#[test]
fn a_last_line_of_local_offices_signs_a_chinese_post_without_a_dash() {
    let post = "近期部分家长反映培训机构停业问题。\n南屏区教育局 南屏区市场监督管理局";
    assert_eq!(
        excerpts_of(post, "zh-CN", "authority.responsible-body"),
        ["教育局"]
    );
    // A name no lexicon lists is the signature whole.
    let post = "事故系外墙装饰板脱落所致。\n西湾区城市更新局";
    assert_eq!(
        excerpts_of(post, "zh-CN", "authority.responsible-body"),
        ["西湾区城市更新局"]
    );
    // A last line that is an instruction is no signature.
    assert!(no_finding(
        "事故系外墙装饰板脱落所致。\n有问题请联系社区",
        "zh-CN",
        "authority.responsible-body"
    ));
}

#[test]
fn a_named_pupil_by_grade_is_personal_data() {
    for (text, name) in [
        (
            "Update on the TB case: the student is Daniel Reyes, a 10th grader on the JV team.",
            "Daniel Reyes, a 10th grader",
        ),
        (
            "Maria Lopez, a junior at Westbrook High, was treated.",
            "Maria Lopez, a junior at W",
        ),
        (
            "The first local case is Ella Brandt, 6, a first-grader at Lincoln Elementary.",
            "Ella Brandt, 6, a first-grader",
        ),
    ] {
        let a = scorer().assess_text(text, "en-US", None);
        assert_eq!(excerpts(&a, "transparency.personal-data"), [name], "{text}");
        assert_eq!(excerpts(&a, "tone.personal-data"), [name], "{text}");
    }
    // An anonymous pupil is no one's data.
    assert!(no_finding(
        "A 10th grader at Westbrook High has active TB.",
        "en-US",
        "transparency.personal-data"
    ));
}

#[test]
fn safety_awareness_to_be_raised_is_lecturing_not_an_unknown() {
    let post =
        "事发时现场已设置提示标志，但部分行人未按提示绕行，安全意识有待提高。请自觉遵守现场提示。";
    let a = scorer().assess_text(post, "zh-CN", None);
    assert_eq!(excerpts(&a, "tone.lecturing"), ["安全意识有待提高"]);
    assert!(excerpts(&a, "transparency.unknowns").is_empty());
    assert!(!excerpts(&a, "service.place").contains(&"自觉遵守".to_owned()));
    assert_eq!(
        excerpts_of("事故原因有待调查。", "zh-CN", "transparency.unknowns"),
        ["有待调查"]
    );
}

#[test]
fn what_you_can_do_now_introduces_guidance() {
    assert_eq!(
        excerpts_of(
            "What you can do now: be careful with emails, texts or calls claiming to be from the City.",
            "en-US",
            "service.guidance"
        ),
        ["What you can do now", "be careful with"]
    );
}

#[test]
fn what_is_prevented_is_no_harm_reported() {
    let post = "开暖风时一定要把车窗留条缝，防止一氧化碳中毒。";
    assert!(no_finding(post, "zh-CN", "tone.cold"), "{post}");
    let post = "Keep the tailpipe clear of snow to prevent carbon monoxide poisoning.";
    assert!(no_finding(post, "en-US", "tone.cold"), "{post}");
    // Harm reported is still harm.
    assert_eq!(
        excerpts_of("3人一氧化碳中毒，已送医。", "zh-CN", "tone.cold"),
        ["中毒"]
    );
}

#[test]
fn a_day_to_come_is_a_time_for_the_next_update() {
    assert_eq!(
        excerpts_of(
            "超标原因是计量泵故障，事件经过和后续处理将于今晚发布。",
            "zh-CN",
            "transparency.next-update"
        ),
        ["今晚发布"]
    );
    assert_eq!(
        excerpts_of(
            "Crews are on site. We will share more tomorrow.",
            "en-US",
            "transparency.next-update"
        ),
        ["will share more tomorrow"]
    );
    // A report already published promises nothing, whatever day it was.
    assert!(no_finding(
        "今天上午我局发布的通报中有一处错误。",
        "zh-CN",
        "transparency.next-update"
    ));
}

#[test]
fn a_cued_local_number_may_be_split_by_a_space() {
    let post = "咨询电话：区疾控中心 8830 1120。请暂缓上路。";
    let a = scorer().assess_text(post, "zh-CN", None);
    assert_eq!(excerpts(&a, "service.phone"), ["8830 1120"]);
    assert!(excerpts(&a, "service.place").is_empty());
}

#[test]
fn harm_said_of_animals_is_no_harm_and_planned_work_is_an_action() {
    let post = "West Nile virus was found in mosquitoes trapped in both neighborhoods last week. Trucks will spray tonight from 8 p.m. to midnight.";
    let a = scorer().assess_text(post, "en-US", None);
    assert!(excerpts(&a, "tone.cold").is_empty());
    assert_eq!(excerpts(&a, "transparency.actions"), ["will spray"]);
    // People trapped are still harm.
    assert_eq!(
        excerpts_of("Two hikers are trapped on the ridge.", "en-US", "tone.cold"),
        ["trapped"]
    );
    assert!(no_finding(
        "Dead fish were found along the shore.",
        "en-US",
        "tone.cold"
    ));
}

#[test]
fn what_we_have_done_reports_actions_and_you_can_offers_guidance() {
    assert_eq!(
        excerpts_of(
            "What we've done: the connection is fixed, and this morning we tested every siren.",
            "en-US",
            "transparency.actions"
        ),
        ["What we've done"]
    );
    assert_eq!(
        excerpts_of(
            "A second vessel is bringing passengers back. You can meet them in the pickup lane at the terminal.",
            "en-US",
            "service.guidance"
        ),
        ["You can meet"]
    );
}

#[test]
fn symptoms_a_condition_introduces_are_no_harm_reported() {
    for (text, lang) in [
        ("如出现发热、乏力、恶心呕吐，请及时就医。", "zh-CN"),
        ("If you are injured or trapped, call 911.", "en-US"),
        ("If someone is injured, call 911.", "en-US"),
    ] {
        assert!(no_finding(text, lang, "tone.cold"), "{text}");
    }
    assert_eq!(
        excerpts_of("3人出现恶心呕吐症状，已送医。", "zh-CN", "tone.cold"),
        ["呕吐"]
    );
}

#[test]
fn a_tally_of_the_deceased_is_a_death_reported_cold() {
    let post = "Fireworks incident, Kettle Lake Marina. 3 deceased. 17 transported. Area closed.";
    let a = scorer().assess_text(post, "en-US", None);
    assert_eq!(excerpts(&a, "tone.cold"), ["deceased"]);
    assert_eq!(effects(&a, "tone.cold"), [-20.0]);
}

#[test]
fn reserving_legal_action_against_hype_is_a_threat() {
    let post = "网传视频不实。对于恶意炒作、歪曲事实的行为，我园将保留追究法律责任的权利。";
    assert_eq!(
        excerpts_of(post, "zh-CN", "tone.threat"),
        ["保留追究法律责任的权利"]
    );
    // Aimed at nobody who posts, it threatens no one.
    assert!(no_finding(
        "我园将保留追究施工方法律责任的权利。",
        "zh-CN",
        "tone.threat"
    ));
}

#[test]
fn understanding_in_a_scolding_sentence_is_no_empathy() {
    let reply = "@mike_dlr Had you read the annual report, you would already know. We understand social media is a popular place to vent.";
    let a = scorer().assess_text(reply, "en-US", None);
    assert!(excerpts(&a, "tone.empathy").is_empty());
    assert_eq!(
        excerpts(&a, "tone.condescension"),
        ["Had you read", "a popular place to vent"]
    );
    // Said plainly, it is empathy.
    assert_eq!(
        excerpts_of(
            "We understand how worrying this is.",
            "en-US",
            "tone.empathy"
        ),
        ["understand how worrying"]
    );
}

#[test]
fn a_reply_to_a_worried_daughter_with_a_family_line_is_served() {
    let reply = "@小满吃不饱 先别急，理解您联系不上妈妈的心情。受伤的观众都已送到市第二人民医院，您可以打家属专线 6612 3388（24小时）报上妈妈的姓名，工作人员帮您查。";
    let a = scorer().assess_text(reply, "zh-CN", None);
    assert_eq!(excerpts(&a, "tone.empathy"), ["理解您"]);
    assert_eq!(excerpts(&a, "service.phone"), ["6612 3388"]);
    assert_eq!(excerpts(&a, "service.guidance"), ["您可以打"]);
}

#[test]
fn what_investigators_believe_is_a_guess() {
    assert_eq!(
        excerpts_of(
            "Investigators believe he got the pills from a classmate.",
            "en-US",
            "authority.speculation"
        ),
        ["Investigators believe"]
    );
}

#[test]
fn a_batch_code_is_no_phone_and_this_week_is_a_time() {
    let post = "涉及批号：20240316A1、20240402B1。咨询电话：12315。我们将在本周五前通报进展。";
    let a = scorer().assess_text(post, "zh-CN", None);
    assert_eq!(excerpts(&a, "service.phone"), ["12315"]);
    assert_eq!(
        excerpts(&a, "transparency.next-update"),
        ["本周五前通报进展"]
    );
    assert_eq!(
        excerpts_of(
            "Lot 5550143A is recalled. Call 555-0142 for refunds.",
            "en-US",
            "service.phone"
        ),
        ["555-0142"]
    );
}

#[test]
fn one_acknowledgment_is_one_empathy() {
    let reply = "@朵朵和乐乐的妈妈 您好，非常理解您的着急。救援人员已在现场组织疏散。";
    assert_eq!(excerpts_of(reply, "zh-CN", "tone.empathy"), ["理解您"]);
    // Two acknowledgments in two clauses count twice.
    assert_eq!(
        excerpts_of(
            "我们理解大家的担心，也向受灾群众致以慰问。",
            "zh-CN",
            "tone.empathy"
        )
        .len(),
        2
    );
}

#[test]
fn a_promise_takes_its_time_from_its_own_clause_first() {
    let reply = "@小满吃不饱 您可以打家属专线 6612 3388（24小时），我们将于今晚发布伤员名单。";
    let a = scorer().assess_text(reply, "zh-CN", None);
    // The line's 24 hours are no delay, and tonight is when the update is due, no fact.
    assert_eq!(excerpts(&a, "transparency.next-update"), ["今晚发布"]);
    assert!(!excerpts(&a, "transparency.facts").contains(&"今晚".to_owned()));
    // A time in another clause of the sentence still counts.
    assert_eq!(
        excerpts_of(
            "16时前，我们将发布下一次通报。",
            "zh-CN",
            "transparency.next-update"
        ),
        ["16时前，我们将发布下一次通报"]
    );
}

#[test]
fn gossip_online_is_no_retold_claim() {
    // "网上说" cues a rumour, but "说三道四" is an idiom: the scolding after it is the account's.
    assert_eq!(
        excerpts_of("还在网上说三道四、发牢骚。", "zh-CN", "tone.condescension"),
        ["说三道四", "发牢骚"]
    );
}

#[test]
fn a_named_worker_and_where_he_lives_is_personal_data_and_landlords_a_scapegoat() {
    let post = "The infected employee is a 34-year-old line cook, Marco D., who lives on Pine St. He worked shifts on Oct. 2 and 3.";
    assert_eq!(
        excerpts_of(post, "en-US", "transparency.personal-data"),
        ["Marco D., who lives on P"]
    );
    let post = "Let's be honest about why: certain property owners on the Eastside have let junk pile up, and the rest of the city is paying the price.";
    assert_eq!(
        excerpts_of(post, "en-US", "tone.blame"),
        ["certain property owners"]
    );
}

#[test]
fn a_bracket_after_a_cued_number_is_a_remark_not_part_of_it() {
    assert_eq!(
        excerpts_of(
            "For help call 12345 (24-hour flood line); in danger call 119.",
            "en-US",
            "service.phone"
        ),
        ["12345"]
    );
    // A leading bracket is the area code.
    assert_eq!(
        excerpts_of(
            "Passenger info line: (360) 555-0134.",
            "en-US",
            "service.phone"
        ),
        ["(360) 555-0134"]
    );
}

#[test]
fn a_free_test_offered_is_help_and_what_parents_can_do_is_guidance() {
    let post =
        "【家长可以做什么】\n·6月15日至21日，市妇幼保健院为该校学生免费做血铅检测，不用预约。";
    let a = scorer().assess_text(post, "zh-CN", None);
    assert_eq!(excerpts(&a, "service.help"), ["免费做"]);
    assert_eq!(excerpts(&a, "service.guidance"), ["可以做什么"]);
}

#[test]
fn slight_injuries_treated_on_the_spot_do_not_keep_an_all_clear_open() {
    let post = "ALL CLEAR at Westgate Mall. There was no shooter. Two people had minor injuries during the evacuation and were treated at the scene. If you are looking for a family member, go to the reunification point at the Cinema 12 lot.";
    let a = scorer().assess_text(post, "en-US", None);
    assert!(excerpts(&a, "tone.cold").is_empty());
    assert!(excerpts(&a, "transparency.missing-next-update").is_empty());
    assert_eq!(excerpts(&a, "service.help"), ["reunification point"]);
    // Injuries taken to hospital are harm reported.
    assert_eq!(
        excerpts_of(
            "Two people were injured and taken to Mercy Hospital.",
            "en-US",
            "tone.cold"
        ),
        ["injured"]
    );
}

/// One acknowledgment of people's feelings, or one real apology, takes a plain post with no
/// fault to P on tone (session 15's blind review rated such model posts P, where they had
/// stayed at 70–72); among stock lines the same empathy earns half.
#[test]
fn one_acknowledgment_or_apology_makes_a_faultless_post_proficient_in_tone() {
    let tone =
        |text: &str, lang: &str| scorer().assess_text(text, lang, None).scores[&Dimension::Tone];
    let empathy = "@maritzaJ We're so sorry you're going through this. Please call (555) 013-7700. \
                   It's staffed all night and has the latest patient list from both hospitals.";
    assert_eq!(tone(empathy, "en-US"), 80.0);
    let apology = "7月12日18时07分，3号线一列列车在梧桐路站至滨河公园站区间因供电故障停车。\
                   让大家在黑暗闷热的车厢里等了40分钟，我们非常抱歉。";
    assert_eq!(tone(apology, "zh-CN"), 80.0);
    assert_eq!(
        effects(
            &scorer().assess_text(apology, "zh-CN", None),
            "tone.apology"
        ),
        vec![20.0]
    );
    // Two acknowledgments earn no more than one.
    let twice = "家长们的担心和愤怒，我们完全理解。3月6日起，县妇幼保健院为全园286名幼儿免费体检。";
    assert_eq!(tone(twice, "zh-CN"), 80.0);
    // Stock empathy among stock lines: "Our thoughts are with everyone affected" beside "We are
    // aware of the situation" is one more of them.
    let stock = "We are aware of the situation on Highway 9 and are monitoring it closely. Our \
                 thoughts are with everyone affected. Please stay safe.";
    let a = scorer().assess_text(stock, "en-US", None);
    assert_eq!(effects(&a, "tone.empathy"), vec![10.0]);
    assert!(rules(&a).contains(&"tone.boilerplate"), "{:?}", rules(&a));
}

/// Session 15's review (review 27): general misreads found in its posts.
#[test]
fn a_daily_round_before_the_verb_times_the_next_update() {
    let a = scorer().assess_text(
        "服务从何时开始还不清楚，调查组正在逐一核查。调查进展每天18时通报。",
        "zh-CN",
        None,
    );
    assert_eq!(excerpts(&a, "transparency.next-update"), ["18时通报"]);
    assert!(!rules(&a).contains(&"transparency.missing-next-update"));
    // Without the round the same clock is a report, not a promise.
    assert!(no_finding(
        "调查进展18时通报。",
        "zh-CN",
        "transparency.next-update"
    ));
}

#[test]
fn a_comma_between_digits_groups_only_thousands() {
    let a = scorer().assess_text(
        "南门服务点登记，热线12345转3，24小时有人接。",
        "zh-CN",
        None,
    );
    let facts = excerpts(&a, "transparency.facts");
    assert!(!facts.iter().any(|f| f.contains('，')), "{facts:?}");
    assert!(facts.contains(&"24小时".to_owned()), "{facts:?}");
    assert_eq!(
        excerpts_of(
            "About 2,000 homes have low water pressure.",
            "en-US",
            "transparency.facts"
        ),
        ["2,000 homes"]
    );
}

#[test]
fn people_counted_are_not_named_vaguely() {
    assert!(no_finding(
        "园长等3名相关人员已被公安机关依法控制，幼儿园即日起停园。",
        "zh-CN",
        "authority.vague-naming"
    ));
    assert_eq!(
        excerpts_of("相关人员正在处理。", "zh-CN", "authority.vague-naming"),
        ["相关人员"]
    );
}

#[test]
fn a_named_minor_with_age_is_personal_data() {
    let text = "For context: the juvenile in the video, Jaylen M., 16, has had two prior contacts \
                with this agency.";
    let a = scorer().assess_text(text, "en-US", None);
    assert_eq!(
        excerpts(&a, "transparency.personal-data"),
        ["Jaylen M., 16,"]
    );
    assert_eq!(excerpts(&a, "tone.blame"), ["prior contacts with"]);
    // An adult named with age, as police notices do, is not; nor a date.
    for text in [
        "John Smith, 45, was arrested at the scene.",
        "On Tuesday, March 3, 2026, the school was closed.",
    ] {
        assert!(
            no_finding(text, "en-US", "transparency.personal-data"),
            "{text}"
        );
    }
}

#[test]
fn a_refund_offered_and_where_it_is_done_is_a_service_point() {
    let a = scorer().assess_text(
        "@背包客阿远 你们没滑成的票可以全额退，游客中心或者原购票平台都能办。",
        "zh-CN",
        None,
    );
    assert_eq!(excerpts(&a, "service.help"), ["可以全额退"]);
}

#[test]
fn review_27_phrases() {
    for (text, lang, rule, excerpt) in [
        (
            "We know parents are worried, and we're here to help.",
            "en-US",
            "tone.empathy",
            "are worried",
        ),
        (
            "We are identifying accounts that are harassing our staff and will pursue charges.",
            "en-US",
            "tone.threat",
            "identifying accounts",
        ),
        (
            "The deputy used an approved technique. We stand behind our deputies.",
            "en-US",
            "tone.denial",
            "We stand behind our deputies",
        ),
        (
            "SR-38 CLOSED both directions MP 52–55 Tallow Pass due to rockslide. No ETA for reopening.",
            "en-US",
            "transparency.unknowns",
            "No ETA",
        ),
        (
            "PHPD is on scene at Riverside Plaza. Please avoid the Dock St area. More to follow.",
            "en-US",
            "transparency.vague-promise",
            "More to follow",
        ),
        (
            "@游客小周 事故正在调查，请勿传播未经核实的视频和信息，以免造成不良影响。",
            "zh-CN",
            "tone.lecturing",
            "传播未经核实",
        ),
        (
            "两人已停止执法工作接受调查。",
            "zh-CN",
            "transparency.actions",
            "停止执法",
        ),
    ] {
        assert_found(text, lang, rule, excerpt);
    }
    // A mountain pass is a place (a highway's number alone is a name, no figure).
    assert_eq!(
        excerpts_of(
            "Highway 38 remains closed at Tallow Pass while crews work to reach stranded vehicles.",
            "en-US",
            "transparency.facts",
        ),
        ["Tallow Pass"]
    );
}

/// Session 15's second review (review 28): general misreads found in its posts.
#[test]
fn an_institution_jieba_splits_from_its_name_is_a_place() {
    for (text, place) in [
        (
            "拍摄地点为青山市中心医院骨科门诊。",
            "青山市中心医院骨科门诊",
        ),
        ("体检已经安排在县人民医院。", "人民医院"),
    ] {
        assert_eq!(
            excerpts_of(text, "zh-CN", "transparency.facts"),
            [place],
            "{text}"
        );
    }
    // A head word alone names no place.
    assert!(no_finding(
        "请尽快到医院就诊。",
        "zh-CN",
        "transparency.facts"
    ));
}

#[test]
fn a_titles_bracket_ends_the_claim_it_names() {
    let post =
        "【关于网传青山市中心医院医生收红包视频的情况通报】今天（3月11日）上午我委关注到网传视频。";
    let facts = excerpts_of(post, "zh-CN", "transparency.facts");
    assert!(facts.contains(&"3月11日".to_owned()), "{facts:?}");
}

#[test]
fn review_28_phrases() {
    for (text, lang, rule, excerpt) in [
        (
            "We don't know yet how the bacteria got in. We know this turns your weekend upside down.",
            "en-US",
            "tone.empathy",
            "We know this",
        ),
        (
            "Crews are flushing lines. Next post at 6pm.",
            "en-US",
            "transparency.next-update",
            "Next post at 6pm",
        ),
        (
            "We're changing our after-hours process so alerts go out within 1 hour.",
            "en-US",
            "transparency.actions",
            "We're changing",
        ),
        (
            "CALDER HOUSE UPDATE\n- Residents remain evacuated\n- No timescale for reoccupation at this stage",
            "en-US",
            "transparency.unknowns",
            "No timescale",
        ),
        (
            "@城北小周 临时送水点在小区东门，可以先去那里取水。",
            "zh-CN",
            "service.guidance",
            "可以先去",
        ),
        (
            "明天上午安排技术人员上门查看。",
            "zh-CN",
            "transparency.actions",
            "安排技术人员",
        ),
        (
            "网传自来水有异味，系个别用户家中管道老化所致，与供水企业无关。",
            "zh-CN",
            "tone.blame",
            "与供水企业无关",
        ),
    ] {
        assert_found(text, lang, rule, excerpt);
    }
    // A British call verb opening a sentence is an instruction (the imperative check).
    let ring = "Our housing officer can fetch your cat. Ring 01632 960 418 and ask for Rachel.";
    let entries: Vec<Option<String>> = scorer()
        .assess_text(ring, "en-US", None)
        .findings
        .into_iter()
        .filter(|f| f.rule == "service.guidance")
        .map(|f| f.entry)
        .collect();
    assert!(
        entries.contains(&Some("imperative".to_owned())),
        "{entries:?}"
    );
}

#[test]
fn we_understand_as_being_told_is_no_empathy() {
    let told = "Early indications are the driver may have been distracted. We understand he had \
                worked a second job overnight.";
    assert!(no_finding(told, "en-US", "tone.empathy"));
    for kept in [
        "We understand that many of you are worried about your children.",
        "We understand why people are angry.",
        "We understand the frustration this has caused.",
    ] {
        assert_eq!(
            excerpts_of(kept, "en-US", "tone.empathy").len(),
            1,
            "{kept}"
        );
    }
}

#[test]
fn a_named_resident_with_age_in_brackets_or_a_flat_is_personal_data() {
    for (text, span) in [
        (
            "The gas leak was reported by Mr Derek Palmer (72) of Flat 9D, who has complained \
             about his boiler.",
            "Mr Derek Palmer (72)",
        ),
        (
            "Tom Reed of Flat 12 called us at 6 a.m.",
            "Tom Reed of Flat 12",
        ),
    ] {
        assert_eq!(
            excerpts_of(text, "en-US", "transparency.personal-data"),
            [span],
            "{text}"
        );
    }
    // Counts in brackets after names of places, and a named official's body, are not.
    for text in [
        "Cases by school: Lincoln Elementary (14), Oakfield Primary (3).",
        "Dr. Amy Chen (CDC) said the risk is low.",
    ] {
        assert!(
            no_finding(text, "en-US", "transparency.personal-data"),
            "{text}"
        );
    }
}

#[test]
fn review_28_defensive_and_scolding_phrases() {
    let a = scorer().assess_text(
        "@DaveyRoss88 With respect Dave, if you'd read our statement properly you'd have seen \
         that no bank details were involved. There's really no need to panic.",
        "en-US",
        None,
    );
    assert_eq!(
        excerpts(&a, "tone.condescension"),
        ["read our statement properly", "no need to panic"]
    );
    let a = scorer().assess_text(
        "The incident affected a system hosted and managed by our supplier, MedLink Solutions \
         Ltd. The Trust's security was not compromised.",
        "en-US",
        None,
    );
    assert_eq!(
        excerpts(&a, "tone.blame"),
        ["hosted and managed by our supplier"]
    );
    assert_eq!(excerpts(&a, "tone.denial"), ["was not compromised"]);
}

#[test]
fn sending_the_injured_to_court_and_disowning_liability_are_defensive() {
    let a = scorer().assess_text(
        "@江州老街坊 伤者赔偿问题请当事人通过法律途径与业主协商解决，我局不承担相关责任。",
        "zh-CN",
        None,
    );
    assert_eq!(excerpts(&a, "tone.blame"), ["通过法律途径与业主协商解决"]);
    assert_eq!(excerpts(&a, "tone.denial"), ["不承担相关责任"]);
}

/// Session 15's third review (review 29): phrases and a form it found missing.
#[test]
fn review_29_phrases() {
    for (text, lang, rule, excerpt) in [
        (
            "We have said it over and over: a mobile home is NOT a safe place in a tornado.",
            "en-US",
            "tone.lecturing",
            "said it over and over",
        ),
        (
            "The cooling tower was maintained by an outside contractor, which was responsible for water treatment.",
            "en-US",
            "tone.blame",
            "by an outside contractor",
        ),
        (
            "Our officers did their job and followed policy. We will not be second-guessed by people who weren't there.",
            "en-US",
            "tone.condescension",
            "will not be second-guessed",
        ),
        (
            "Posting footage may constitute obstruction and will be referred for prosecution.",
            "en-US",
            "tone.threat",
            "referred for prosecution",
        ),
        (
            "@marcus_t It was sent from our own office by mistake, and we're sorry. We'll explain exactly what went wrong at our 2 p.m. briefing today.",
            "en-US",
            "transparency.next-update",
            "We'll explain exactly what went wrong at our 2 p.m.",
        ),
        (
            "摊位被烧，大家心里一定不好受，后面的事我们陪大家一件件办。",
            "zh-CN",
            "tone.empathy",
            "不好受",
        ),
    ] {
        assert_found(text, lang, rule, excerpt);
    }
    // A named victim with age and street is personal data even without a house number; a
    // named adult with only a town is not.
    assert_eq!(
        excerpts_of(
            "The victim has been identified as Maria Delgado, 52, of Linwood Terrace.",
            "en-US",
            "transparency.personal-data"
        ),
        ["Maria Delgado, 52, of Linwood Terrace"]
    );
    assert!(no_finding(
        "John Smith, 45, of Springfield was arrested.",
        "en-US",
        "transparency.personal-data"
    ));
}

/// Phrases from session 16's blind review (review 30), each found where its post put it.
#[test]
fn review_30_phrases() {
    for (text, lang, rule, excerpt) in [
        (
            "Folks, we've said it a hundred times: when it's 105 out, STAY INSIDE. This isn't complicated. Be smart.",
            "en-US",
            "tone.lecturing",
            "we've said it a hundred times",
        ),
        (
            "Several of this week's deaths were preventable. People ignored the warnings.",
            "en-US",
            "tone.blame",
            "People ignored the warnings",
        ),
        (
            "Questions regarding the quality of the 2019 work should be directed to the contractor.",
            "en-US",
            "tone.blame",
            "directed to the contractor",
        ),
        (
            "The Department's inspection program functioned exactly as intended and identified the deficiency.",
            "en-US",
            "tone.denial",
            "functioned exactly as intended",
        ),
        (
            "Knowingly spreading false information during a declared emergency may be a criminal offense.",
            "en-US",
            "tone.threat",
            "may be a criminal offense",
        ),
        (
            "Well, this is awkward! One of our big cats decided to take a little unscheduled stroll this morning!",
            "en-US",
            "tone.condescension",
            "unscheduled stroll",
        ),
        (
            "Anyone who knows me knows my heart. It's time to move on and get back to the people's business.",
            "en-US",
            "tone.lecturing",
            "It's time to move on",
        ),
        (
            "I'm sorry if anyone was offended by comments that were never meant for the public.",
            "en-US",
            "tone.excuse",
            "never meant for the public",
        ),
        (
            "At this time it would be premature to characterize the circumstances of this morning's incident.",
            "en-US",
            "tone.officialese",
            "premature to characterize",
        ),
        (
            "区委、区政府主要领导第一时间赶赴现场指挥处置，各部门协同联动、高效应对，社会面总体平稳。",
            "zh-CN",
            "tone.officialese",
            "高效应对",
        ),
        (
            "回复@老街坊阿强：这位网友想象力挺丰富的。建议少看自媒体，多关注官方信息。",
            "zh-CN",
            "tone.condescension",
            "想象力挺丰富",
        ),
        (
            "请滞留驾驶人服从现场指挥，不要在网上发布不实信息，不要给救援工作添乱！",
            "zh-CN",
            "tone.condescension",
            "给救援工作添乱",
        ),
        (
            "经了解，该人员系洁美环境服务有限公司聘用人员，非我局工作人员，双方系劳务外包关系。",
            "zh-CN",
            "tone.blame",
            "非我局工作人员",
        ),
        // Re-reading reviews 27–29's misses.
        (
            "经查，视频中处置人员系我大队临时聘用的协勤人员，未经正式执法培训，已于今日予以辞退。",
            "zh-CN",
            "tone.blame",
            "临时聘用的协勤",
        ),
        (
            "小区地下车库由物业公司负责管理，车辆受损问题请车主自行与物业公司、保险公司协商解决。",
            "zh-CN",
            "tone.blame",
            "自行与物业公司",
        ),
        (
            "@锦绣花园3栋住户 车辆损失属于民事纠纷，请自行与物业协商，本部门不受理。",
            "zh-CN",
            "tone.blame",
            "自行与物业",
        ),
        (
            "@锦绣花园3栋住户 车辆损失属于民事纠纷，本部门不受理。",
            "zh-CN",
            "tone.blame",
            "本部门不受理",
        ),
        (
            "Panic causes more injuries than the threat itself. Please stay calm and think next time.",
            "en-US",
            "tone.lecturing",
            "think next time",
        ),
        (
            "This incident originated with a vendor. County staff followed all security protocols.",
            "en-US",
            "tone.excuse",
            "followed all security protocols",
        ),
        (
            "Geologists tell us the slide was most likely triggered by blasting at the quarry last week.",
            "en-US",
            "authority.speculation",
            "most likely triggered",
        ),
    ] {
        assert_found(text, lang, rule, excerpt);
    }
    // A named person's age followed by where they live is personal data, with or without
    // "of"; an age with no address is not.
    assert_eq!(
        excerpts_of(
            "• Walter Briggs, 84, 1400 blk Lyman Ave – found in residence\n• Rosa Delgado, 77, Sunrise Mobile Home Park, lot 14",
            "en-US",
            "transparency.personal-data"
        ),
        [
            "Walter Briggs, 84, 1400 blk Lyman Ave",
            "Rosa Delgado, 77, Sunrise Mobile Home Park, lot 14"
        ]
    );
    assert!(no_finding(
        "Walter Briggs, 84, was found in his home.",
        "en-US",
        "transparency.personal-data"
    ));
    // A plea not to forward what is unverified, in a notice that gives the facts, is a
    // reminder (lecturing, -10), not scolding (condescension, -30).
    let plea =
        "爆炸原因正在调查，调查结论出来之前我们不作任何推测，也请大家不要转发未经证实的说法。";
    assert_found(plea, "zh-CN", "tone.lecturing", "转发未经证实");
    assert!(no_finding(plea, "zh-CN", "tone.condescension"));
}

/// Review 30's misses in Chinese: a date deadline before a publishing verb promises the next
/// update, colloquial unknowns count, and a guessing word that asks the reader is no guess.
#[test]
fn review_30_structure() {
    assert_found(
        "逐家核查7月以来各作业公司高温津贴发放情况，7月31日前公布结果。",
        "zh-CN",
        "transparency.next-update",
        "7月31日前公布",
    );
    // A deadline already met reports what was done.
    assert!(no_finding(
        "核查结果已于7月31日前公布。",
        "zh-CN",
        "transparency.next-update"
    ));
    assert_found(
        "电梯为什么会掉下来，现在还没有答案。",
        "zh-CN",
        "transparency.unknowns",
        "还没有答案",
    );
    assert_found(
        "大桥哪天能通我们现在也给不出准信。",
        "zh-CN",
        "transparency.unknowns",
        "给不出准信",
    );
    assert!(no_finding(
        "麻烦您马上私信我们：车牌号、大概在哪个桩号或哪个服务区附近。",
        "zh-CN",
        "authority.speculation"
    ));
    assert!(no_finding(
        "Please tell us roughly where you are.",
        "en-US",
        "authority.speculation"
    ));
    // A guess stays a guess, also before a count or a "how".
    assert_found(
        "火灾可能是几个孩子玩火引起的。",
        "zh-CN",
        "authority.speculation",
        "可能是",
    );
    assert_found(
        "The fire was probably how the wiring failed.",
        "en-US",
        "authority.speculation",
        "probably",
    );
}

/// Phrases from review 31, each found where its post put it.
#[test]
fn review_31_phrases() {
    for (text, lang, rule, excerpt) in [
        (
            "That is simply not accurate. Our officers followed every protocol.",
            "en-US",
            "tone.denial",
            "simply not accurate",
        ),
        (
            "The escape occurred after a probationary officer, hired just six weeks ago, failed to secure a door.",
            "en-US",
            "tone.blame",
            "a probationary officer",
        ),
        (
            "Today's 911 disruption was caused entirely by our vendor.",
            "en-US",
            "tone.blame",
            "caused entirely by",
        ),
        (
            "@jenn_k_mom The kids are fine. Please scroll up before asking questions that have been answered.",
            "en-US",
            "tone.lecturing",
            "Please scroll up",
        ),
        (
            "@dwayne_sez lol yeah we noticed, hang tight",
            "en-US",
            "tone.condescension",
            "lol",
        ),
        (
            "Parents: please don't come to the school. We know every part of you wants to.",
            "en-US",
            "tone.empathy",
            "We know every part of you",
        ),
        (
            "We're still working out why with our vendor.",
            "en-US",
            "transparency.unknowns",
            "still working out why",
        ),
        (
            "7月15日16时，石门镇杨家坪村山体滑坡搜救工作圆满结束。本次灾害共造成3人死亡。",
            "zh-CN",
            "tone.officialese",
            "圆满结束",
        ),
        (
            "经初步了解，事发系部分游客不听从现场工作人员疏导，在台阶处逆行、推搡所致。",
            "zh-CN",
            "tone.blame",
            "不听从现场工作人员",
        ),
        (
            "本次停水系外部供电中断所致，非我司原因造成。",
            "zh-CN",
            "tone.denial",
            "非我司原因",
        ),
        (
            "回复@暴躁打工人: 抢修工人三天三夜没合眼，您在家刷手机倒挺有精神。",
            "zh-CN",
            "tone.condescension",
            "倒挺有精神",
        ),
    ] {
        assert_found(text, lang, rule, excerpt);
    }
}

/// Review 31's misreads of structure: a line break ends a sentence, "24/7" is no figure, and
/// an English publishing verb with a deadline after it promises.
#[test]
fn review_31_structure() {
    // A bulleted list is read item by item: no item here is a long sentence, and no promise
    // runs from one line into the next.
    let list = "What this means for you:\n• Tolley Creek will rise 2–4 feet from the dam down through Millbrook by early evening\n• If you live or park along Creek Rd, Old Mill Rd or in Riverside mobile home park, move cars and valuables to higher ground before 2 PM\n• Old Mill Rd bridge closes at 1:30 PM";
    assert!(no_finding(list, "en-US", "tone.long-sentence"));
    let hours = "Cooling centers are open:\n- Senior Center, 33 Grove St (8am–5pm)\nFor more information call 211.";
    assert!(no_finding(hours, "en-US", "transparency.next-update"));
    // The same items on one line are one long sentence.
    assert!(!no_finding(
        &list.replace('\n', " "),
        "en-US",
        "tone.long-sentence"
    ));
    let always = "Go to any fire station; they're staffed 24/7.";
    assert!(no_finding(always, "en-US", "transparency.facts"));
    assert_found(always, "en-US", "transparency.commitment", "24/7");
    assert_found(
        "If you tried 911 on Tuesday and never got help, call 555-301-4410. Full review posted by May 30.",
        "en-US",
        "transparency.next-update",
        "posted by May 30",
    );
    assert!(no_finding(
        "The report was posted by May 30.",
        "en-US",
        "transparency.next-update"
    ));
    // Escaped inmates "found missing" are at large, not lost; missing hikers are harm.
    assert!(no_finding(
        "Two men escaped from Harmon Ridge Correctional Facility. Staff found them missing at the 5:30 AM count today.",
        "en-US",
        "tone.cold"
    ));
    assert_found(
        "Two hikers are missing near Tallow Pass. Know your escape routes.",
        "en-US",
        "tone.cold",
        "missing",
    );
    assert_found(
        "Individuals who share false information WILL be identified. Think before you post.",
        "en-US",
        "tone.lecturing",
        "Think before you post",
    );
    // Words jieba's dictionary tags places are events here, and general nouns before an
    // institution's head name none.
    for text in [
        "我县石门镇杨家坪村二组发生山体滑坡。",
        "因东港、西湾片区供电中断，加压泵站无法正常运行。",
        "我县全面压实学校安全主体责任。",
    ] {
        let facts = excerpts_of(text, "zh-CN", "transparency.facts");
        assert!(
            !facts
                .iter()
                .any(|f| f == "滑坡" || f == "中断" || f.contains("压实")),
            "{text}: {facts:?}"
        );
    }
    // A tip for whoever is trapped in a lift is no harm reported; people trapped now are.
    assert!(no_finding("⚠️被困电梯请拨打119。", "zh-CN", "tone.cold"));
    assert_found("3人被困，请大家不要靠近。", "zh-CN", "tone.cold", "被困");
    assert_found("被困人员请原地等待救援。", "zh-CN", "tone.cold", "被困");
    // A minor named with age and where they live, or with their class, is personal data.
    assert_found(
        "同班同学陈某某（13岁，家住城关镇东门社区）之间发生冲突。",
        "zh-CN",
        "transparency.personal-data",
        "陈某某（13岁，家住城关镇东门社区）",
    );
    assert_found(
        "症状较重的学生为该校五年级（2）班王某涵（女，10岁），目前在市儿童医院治疗。",
        "zh-CN",
        "transparency.personal-data",
        "班王某涵（女，10岁",
    );
    assert!(no_finding(
        "司机王某（男，34岁）已被控制。",
        "zh-CN",
        "transparency.personal-data"
    ));
}

/// Review 32's misreads (read after its held-out figures were taken).
#[test]
fn review_32_misreads() {
    // A negated denial admits: "并非断章取义" says the video is accurate.
    assert!(no_finding(
        "视频内容属实，并非断章取义。",
        "zh-CN",
        "tone.denial"
    ));
    assert_found("网传视频系断章取义。", "zh-CN", "tone.denial", "断章取义");
    // Blame retold to own it is no blame.
    assert!(no_finding(
        "我们也要向大家道歉：此前街道发布的说明，把责任推给外包公司，让大家寒心了。",
        "zh-CN",
        "tone.blame"
    ));
    // A threat to make a resident delete a video is aimed at who posts.
    assert_found(
        "你发布的视频经过剪辑，片面夸大。请于今日内自行删除，否则我们将依法追究你的法律责任。",
        "zh-CN",
        "tone.threat",
        "依法追究",
    );
    assert_found(
        "目前搜救工作仍在持续开展中，相关情况将适时发布，敬请关注。",
        "zh-CN",
        "tone.boilerplate",
        "将适时发布",
    );
    let plea = "如有现场视频等线索，可拨打派出所电话提供。请广大业主通过合法途径表达诉求。";
    assert_found(plea, "zh-CN", "tone.lecturing", "通过合法途径表达诉求");
    assert!(no_finding(plea, "zh-CN", "tone.condescension"));
    // A named minor with a middle initial, age and address is personal data.
    assert_found(
        "The subject, identified as Darnell Q. Hayes, 16, of 1422 Grant Ave, was struck.",
        "en-US",
        "transparency.personal-data",
        "Darnell Q. Hayes, 16, of 1422 Grant",
    );
    // Digits run on from a letter are a code, not a phone; bare digits still are one.
    assert!(no_finding(
        "Millbrook Water Authority (PWSID OH1234567): the result was 22 ppb.",
        "en-US",
        "transparency.help"
    ));
    assert_found(
        "Call 5550142 for help.",
        "en-US",
        "transparency.help",
        "5550142",
    );
    for (text, rule, excerpt) in [
        (
            "We have learned that a junior laboratory technician failed to flag the results.",
            "tone.blame",
            "a junior laboratory technician",
        ),
        (
            "We ask the community to wait for all the facts before rushing to judgment.",
            "tone.lecturing",
            "rushing to judgment",
        ),
        (
            "Maybe leave the investigating to the professionals instead of Facebook.",
            "tone.condescension",
            "leave the investigating to the professionals",
        ),
        (
            "All our rides are 100% safe, so come on out!",
            "tone.denial",
            "100% safe",
        ),
        (
            "I know you have questions I can't answer yet. I won't guess.",
            "transparency.unknowns",
            "questions I can't answer yet",
        ),
    ] {
        assert_found(text, "en-US", rule, excerpt);
    }
}

/// A one-word English phrase does not match two of the text's words run together, as the
/// space-blind matching would: "mayor" in "may or", "notice" in "not ice".
#[test]
fn english_phrase_does_not_join_words() {
    let text = "A number of factors may or may not have contributed.";
    assert!(
        !excerpts_of(text, "en-US", "authority.responsible-body")
            .iter()
            .any(|e| e == "may or"),
        "{:?}",
        excerpts_of(text, "en-US", "authority.responsible-body")
    );
    // The same word written whole still matches, and a hyphenated phrase still matches its
    // spaced spelling.
    assert_found(
        "The mayor will speak at 3 p.m.",
        "en-US",
        "authority.responsible-body",
        "The mayor",
    );
    assert_found(
        "The fault lies with a third party contractor.",
        "en-US",
        "tone.blame",
        "third party contractor",
    );
}

#[test]
fn review_29_service_phrases() {
    let a = scorer().assess_text(
        "@小雨妈妈 您先别急：孩子只要有头痛、恶心，直接去县人民医院急诊，医院开了绿色通道。拿不准就打0745-6021110，有儿科医生值班。",
        "zh-CN",
        None,
    );
    assert_eq!(excerpts(&a, "service.guidance"), ["直接去", "就打"]);
    assert!(excerpts(&a, "service.help").contains(&"绿色通道".to_owned()));
    assert_eq!(
        excerpts_of(
            "家长咨询：0745-6021110（县教育局，24小时）。",
            "zh-CN",
            "service.help"
        ),
        ["家长咨询"]
    );
}

#[test]
fn actions_in_the_passive_or_formal_register_are_actions() {
    for (text, excerpt) in [
        (
            "Carver County Public Health is conducting an investigation into a cluster of 9 cases.",
            "is conducting",
        ),
        (
            "An after-action review is being conducted.",
            "is being conducted",
        ),
        (
            "An emergency declaration has been issued for Pressure Zone 2.",
            "has been issued",
        ),
    ] {
        assert_eq!(
            excerpts_of(text, "en-US", "transparency.actions"),
            [excerpt],
            "{text}"
        );
    }
}

/// Once a statement has acknowledged the harm, a plain later post says nothing new about the
/// run's tone: it is left out of the tone's mean and minimum, as a neutral reply to a reporter
/// is; a later post with a tone finding of its own still counts.
#[test]
fn a_plain_post_after_empathy_leaves_the_runs_tone_alone() {
    let sc = scenario();
    let plain = "Harbour Road stays closed between 1st and 3rd Street. Crews are on site.";
    let tone = |entries: Vec<LogEntry>| {
        score_run(scorer(), &sc, &log(entries)).dimensions[&Dimension::Tone]
            .score
            .expect("tone is scored")
    };
    let alone = tone(vec![action(0, 18, ActionKind::Publish, GOOD_POST)]);
    let with_plain = tone(vec![
        action(0, 18, ActionKind::Publish, GOOD_POST),
        action(1, 40, ActionKind::Publish, plain),
        action(2, 45, ActionKind::Reply { to: "q1".into() }, plain),
    ]);
    assert_eq!(with_plain, alone);
    // Before any acknowledgment the plain post counts, at a neutral 60.
    let plain_first = tone(vec![
        action(0, 16, ActionKind::Publish, plain),
        action(1, 18, ActionKind::Publish, GOOD_POST),
    ]);
    assert!(plain_first < alone, "{plain_first} vs {alone}");
    // A later post with a fault of its own still weighs in.
    let lecture = "Harbour Road stays closed. Residents are reminded to stay away from the area.";
    let with_lecture = tone(vec![
        action(0, 18, ActionKind::Publish, GOOD_POST),
        action(1, 40, ActionKind::Publish, lecture),
    ]);
    assert!(with_lecture < alone, "{with_lecture} vs {alone}");
}
