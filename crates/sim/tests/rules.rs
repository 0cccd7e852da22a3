//! The simulation's rules, tested in bevy's style: the plugin on a bare app with `TimePlugin`,
//! real time replaced by `TimeUpdateStrategy::ManualDuration`, and a `step(minutes)` helper.
//! One test per rule of the public model, the playback rules, the clock, and determinism.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;
use std::time::Duration;

use bevy_app::App;
use bevy_time::{Time, TimePlugin, TimeUpdateStrategy};
use goldenhour_scenario::{ActionKind, Scenario, ScriptedAction, Segment, SimDuration};
use goldenhour_sim::{
    KeywordScorer, PublishPost, SetSpeed, Sim, SimAppExt, SimClock, SimPlugin, SimSpeed, play,
};
use goldenhour_simlog::{LogKind, SimLog};

/// A small crisis in English: a rumour from the start, a briefing, a media inquiry and a few
/// conditional events. Coefficients the tests reason about are set explicitly.
const SCENARIO: &str = r#"
Scenario(
    format: 1,
    id: "rules",
    language: "en-US",
    title: "Water scare",
    summary: "A burst main and a rumour that the tap water is contaminated.",
    difficulty: Introductory,
    clock: (start: "2026-03-02T07:00", duration: "3h", default_speed: 10),
    account: (handle: "@HarbourCity", agency: "Harbour City Government", followers: 250000),
    actors: [
        (id: "resident", name: "Ms Lee", kind: Citizen, followers: 120, stance: Anxious),
        (id: "paper", name: "Harbour Daily", kind: Media, followers: 80000, stance: Critical),
        (id: "water", name: "Water Authority", kind: Department),
    ],
    facts: [
        (
            id: "water-safe",
            text: "Tests at 06:30 show the tap water is safe to drink.",
            disclosure: MustDisclose,
            known_at_start: true,
            patterns: { "en-US": (discloses: ["water+safe"]) },
        ),
        (
            id: "road-closed",
            text: "Harbour Road is closed between 1st and 3rd Street.",
            disclosure: MayDisclose,
            known_at_start: true,
            patterns: { "en-US": (discloses: ["harbour road+closed"]) },
        ),
        (
            id: "main-repaired",
            text: "The main will be repaired by noon.",
            disclosure: MayDisclose,
            verify_delay: Some("20m"),
            patterns: { "en-US": (discloses: ["repaired+noon"]) },
        ),
    ],
    rumours: [
        (id: "contaminated", text: "The tap water is contaminated.", spread_rate: 1.5, debunked_by: ["water-safe"]),
    ],
    events: [
        (id: "start", trigger: At("0m"), kind: RumourStarts(rumour: "contaminated", actor: "resident")),
        (id: "ask", trigger: At("20m"), kind: MediaInquiry(actor: "paper", text: "Is the water safe?", deadline: "30m")),
        (id: "road", trigger: At("5m"), kind: PublicPost(actor: "resident", text: "Is Harbour Road closed?", question: true, answered_by: ["road-closed"])),
        (id: "silent", trigger: When(NoOfficialPostBy("45m")), kind: Escalation(actor: "paper", text: "Still no word.", heat: 0.3)),
        (id: "spread", trigger: When(RumourReachOver(rumour: "contaminated", share: 0.05)), kind: Escalation(actor: "resident", text: "Everyone is sharing it.", heat: 0.1)),
        (id: "broken", trigger: When(PromiseBroken), kind: PublicPost(actor: "resident", text: "Where is the update?")),
        (id: "unanswered", trigger: When(InquiryUnanswered("ask")), kind: Escalation(actor: "paper", text: "No reply.", heat: 0.2)),
    ],
    templates: [
        (id: "silence", stance: Anxious, situation: Silence, text: "Why is {account} silent?"),
        (id: "rumour", stance: Critical, situation: RumourSpreading, text: "Is it true that {rumour}"),
        (id: "general", stance: Neutral, situation: General, text: "Stay safe everyone."),
        (id: "good", stance: Supportive, situation: AfterGoodPost, text: "Thanks {account}."),
        (id: "poor", stance: Hostile, situation: AfterPoorPost, text: "Useless."),
    ],
    public: (
        coefficients: {
            "broken_promise_trust_loss": 10.0,
            "kept_promise_trust_gain": 2.0,
        },
    ),
    rubric: (forbidden_phrases: { "en-US": ["no comment"] }),
)
"#;

fn scenario() -> Arc<Scenario> {
    let loaded = goldenhour_scenario::load("rules.ron", SCENARIO.as_bytes(), &[]);
    assert!(!loaded.has_errors(), "{:#?}", loaded.diagnostics);
    Arc::new(loaded.scenario.expect("valid scenario"))
}

fn at(text: &str) -> SimDuration {
    SimDuration::parse(text).expect("duration")
}

fn action(time: &str, action: ActionKind, text: &str) -> ScriptedAction {
    ScriptedAction {
        at: at(time),
        action,
        text: text.to_owned(),
    }
}

fn publish(time: &str, text: &str) -> ScriptedAction {
    action(time, ActionKind::Publish, text)
}

fn setup(script: Vec<ScriptedAction>, seed: u64) -> SimPlugin {
    SimPlugin::new(scenario(), seed, Arc::new(KeywordScorer))
        .with_language("en-US")
        .with_script(script)
}

/// A bevy app driven by manual real time at 60×, so one real second is one simulated minute.
fn app(script: Vec<ScriptedAction>) -> App {
    app_with_seed(script, 7)
}

fn app_with_seed(script: Vec<ScriptedAction>, seed: u64) -> App {
    let mut app = App::new();
    app.add_plugins((TimePlugin, setup(script, seed)));
    app.finish();
    app.cleanup();
    app.world_mut()
        .resource_mut::<Time<Sim>>()
        .set_speed(SimSpeed::X60);
    // The first update has no real delta: it runs the tick at 0 only.
    app.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::ZERO));
    app.update();
    app
}

trait Step {
    /// Lets `minutes` real seconds pass, which at 60× is `minutes` simulated minutes.
    fn step(&mut self, minutes: u64) -> &mut Self;
}

impl Step for App {
    fn step(&mut self, minutes: u64) -> &mut Self {
        self.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_secs(
            minutes,
        )));
        self.update();
        self
    }
}

fn now(app: &App) -> SimDuration {
    app.world().resource::<Time<Sim>>().now()
}

/// The sample taken at `time`.
fn sample<'a>(log: &'a SimLog, time: &str) -> &'a goldenhour_simlog::StateSample {
    let t = at(time);
    log.samples
        .iter()
        .find(|s| s.at == t)
        .unwrap_or_else(|| panic!("no sample at {t}"))
}

fn reach(log: &SimLog, time: &str) -> f64 {
    sample(log, time).rumours["contaminated"]
}

fn fired(log: &SimLog, event: &str) -> Vec<SimDuration> {
    log.entries
        .iter()
        .filter(|e| matches!(&e.kind, LogKind::EventFired { event: id } if id == event))
        .map(|e| e.at)
        .collect()
}

fn hash(log: &SimLog) -> u64 {
    let mut h = DefaultHasher::new();
    log.to_ron().expect("serialisable").hash(&mut h);
    h.finish()
}

/// An informative, empathetic post that does not touch the rumour.
const GOOD_UPDATE: &str = "We are sorry for the disruption. Harbour Road is closed between 1st and \
                           3rd Street while crews work; call the 12345 hotline for help.";

#[test]
fn step_helper_advances_the_simulated_clock_by_minutes() {
    let mut app = app(Vec::new());
    assert_eq!(now(&app), SimDuration::ZERO);
    app.step(1);
    assert_eq!(now(&app), at("1m"));
    app.step(30);
    assert_eq!(now(&app), at("31m"));
    // Samples fall on every whole minute.
    let times: Vec<u32> = app
        .sim_log()
        .samples
        .iter()
        .map(|s| s.at.as_secs())
        .collect();
    assert_eq!(times, (0..=31).map(|m| m * 60).collect::<Vec<_>>());
}

#[test]
fn silence_grows_a_rumours_reach() {
    let silent = play(setup(Vec::new(), 1));
    let updates = (0..9)
        .map(|k| publish(&format!("{}m", 5 + k * 20), GOOD_UPDATE))
        .collect();
    let engaged = play(setup(updates, 1));
    assert!(
        reach(&silent, "2h") > 2.0 * reach(&silent, "0m"),
        "an unanswered rumour spreads: {} → {}",
        reach(&silent, "0m"),
        reach(&silent, "2h")
    );
    assert!(
        reach(&silent, "2h") > 1.2 * reach(&engaged, "2h"),
        "silence lets it spread faster than regular updates do: silent {} vs engaged {}",
        reach(&silent, "2h"),
        reach(&engaged, "2h")
    );
}

#[test]
fn a_debunk_carrying_the_debunking_fact_cuts_the_rumour() {
    let with_fact = play(setup(
        vec![action(
            "1h",
            ActionKind::CorrectRumour {
                rumour: "contaminated".into(),
            },
            "The tap water is safe: tests at 06:30 by the Water Authority found no contamination.",
        )],
        3,
    ));
    let bare = play(setup(
        vec![action(
            "1h",
            ActionKind::CorrectRumour {
                rumour: "contaminated".into(),
            },
            "This is a rumour. Please do not share it.",
        )],
        3,
    ));
    let before = reach(&with_fact, "59m");
    assert_eq!(
        before,
        reach(&bare, "59m"),
        "identical runs until the correction"
    );
    assert!(
        reach(&with_fact, "1h") < 0.6 * before,
        "the fact cuts belief at once: {before} → {}",
        reach(&with_fact, "1h")
    );
    assert!(
        reach(&bare, "1h") > 0.8 * before,
        "a bare denial barely moves it: {before} → {}",
        reach(&bare, "1h")
    );
    assert!(
        reach(&with_fact, "3h") < reach(&with_fact, "1h"),
        "and a debunked rumour keeps fading"
    );
    let debunks = |log: &SimLog| {
        log.entries
            .iter()
            .filter(|e| matches!(e.kind, LogKind::RumourDebunked { .. }))
            .count()
    };
    assert_eq!(debunks(&with_fact), 1);
    assert_eq!(debunks(&bare), 0);
    // The same fact told in a reply to one person debunks nothing for the public.
    let replied = play(setup(
        vec![action(
            "1h",
            ActionKind::Reply { to: "road".into() },
            "The tap water is safe: tests at 06:30 by the Water Authority found no contamination.",
        )],
        3,
    ));
    assert_eq!(debunks(&replied), 0);
    assert!(
        reach(&replied, "1h") > 0.8 * before,
        "a reply leaves the public's belief: {before} → {}",
        reach(&replied, "1h")
    );
}

#[test]
fn a_broken_promise_costs_trust() {
    let promise = "We are sorry for the disruption. Harbour Road is closed between 1st and 3rd \
                   Street; call the 12345 hotline. Next update in 30 minutes.";
    let broken = play(setup(vec![publish("10m", promise)], 5));
    let no_promise = play(setup(vec![publish("10m", GOOD_UPDATE)], 5));
    let kept = play(setup(
        vec![publish("10m", promise), publish("35m", GOOD_UPDATE)],
        5,
    ));

    let settled = |log: &SimLog| {
        log.entries
            .iter()
            .filter_map(|e| match e.kind {
                LogKind::PromiseSettled { kept, .. } => Some((e.at, kept)),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    // Due at 40m; broken once the 5 minutes' grace has passed with no update.
    assert_eq!(settled(&broken), vec![(at("45m"), false)]);
    assert_eq!(settled(&kept), vec![(at("35m"), true)]);
    assert!(settled(&no_promise).is_empty());

    let drop = |log: &SimLog| sample(log, "44m").trust - sample(log, "45m").trust;
    assert!(
        drop(&broken) > drop(&no_promise) + 5.0,
        "breaking the promise at 45m costs trust: {} vs {}",
        drop(&broken),
        drop(&no_promise)
    );
    assert_eq!(fired(&broken, "broken"), vec![at("45m")]);
    assert!(fired(&kept, "broken").is_empty());
    // An update a few minutes after the promised time still keeps it.
    let just_late = play(setup(
        vec![publish("10m", promise), publish("43m", GOOD_UPDATE)],
        5,
    ));
    assert_eq!(settled(&just_late), vec![(at("43m"), true)]);

    // A reply to one reporter is no update to everyone: the promise is still broken.
    let replied = play(setup(
        vec![
            publish("10m", promise),
            action("25m", ActionKind::Reply { to: "ask".into() }, GOOD_UPDATE),
        ],
        5,
    ));
    assert_eq!(settled(&replied), vec![(at("45m"), false)]);

    // An update tells something: a post with none of the scenario's facts keeps nothing.
    let thanks = play(setup(
        vec![
            publish("10m", promise),
            publish("35m", "Thank you to the crews working through the night."),
        ],
        5,
    ));
    assert_eq!(settled(&thanks), vec![(at("45m"), false)]);

    // A post that tells a fact for the first time is news, however much boilerplate wraps it.
    let stiff = play(setup(
        vec![
            publish("10m", promise),
            publish(
                "35m",
                "The matter is taken very seriously, relevant departments will take appropriate \
                 action in due course, and we regret any inconvenience. Tests at 06:30 show the \
                 tap water is safe to drink.",
            ),
        ],
        5,
    ));
    assert_eq!(settled(&stiff), vec![(at("35m"), true)]);

    // The exercise ends at 3h: a promise falling due then had no time to be kept, and is
    // left open (like a question still open at the end); one due before the end is broken.
    let at_end = play(setup(vec![publish("2h30m", promise)], 5));
    assert!(settled(&at_end).is_empty(), "{:?}", settled(&at_end));
    let before_end = play(setup(vec![publish("2h20m", promise)], 5));
    assert_eq!(settled(&before_end), vec![(at("2h55m"), false)]);
}

#[test]
fn a_conditional_event_fires_exactly_once_at_the_right_time() {
    let mut app = app(Vec::new());
    app.step(44);
    assert!(fired(app.sim_log(), "silent").is_empty(), "not before 45m");
    app.step(1);
    assert_eq!(fired(app.sim_log(), "silent"), vec![at("45m")]);
    app.step(60);
    assert_eq!(
        fired(app.sim_log(), "silent"),
        vec![at("45m")],
        "the condition still holds, but the event fired once"
    );

    // A post at exactly 45m counts as "by 45m".
    let posted = play(setup(vec![publish("45m", GOOD_UPDATE)], 7));
    assert!(fired(&posted, "silent").is_empty());

    // A state condition fires at the first minute it holds, once.
    let log = app.run_sim_to_end().sim_log().clone();
    let times = fired(&log, "spread");
    assert_eq!(times.len(), 1, "{times:?}");
    let t = times[0].as_secs();
    assert!(reach(&log, &format!("{}s", t)) > 0.05);
    assert!(reach(&log, &format!("{}s", t - 60)) <= 0.05);
}

#[test]
fn a_statement_with_the_fact_asked_for_answers_a_public_question() {
    let missed = |log: &SimLog| {
        log.entries
            .iter()
            .filter(|e| matches!(&e.kind, LogKind::DeadlineMissed { event } if event == "road"))
            .count()
    };
    // The question at 5m has the rubric's 30-minute target.
    assert_eq!(missed(&play(setup(Vec::new(), 2))), 1);
    assert_eq!(
        missed(&play(setup(vec![publish("20m", GOOD_UPDATE)], 2))),
        0
    );
    // Too late, or without the fact asked for, it does not.
    assert_eq!(
        missed(&play(setup(vec![publish("40m", GOOD_UPDATE)], 2))),
        1
    );
    assert_eq!(
        missed(&play(setup(
            vec![publish(
                "20m",
                "We are sorry for the disruption; call 12345 for help."
            )],
            2
        ))),
        1
    );
}

#[test]
fn an_unanswered_inquiry_misses_its_deadline() {
    let missed = |log: &SimLog| {
        log.entries
            .iter()
            .filter(|e| matches!(&e.kind, LogKind::DeadlineMissed { event } if event == "ask"))
            .map(|e| e.at)
            .collect::<Vec<_>>()
    };
    let silent = play(setup(Vec::new(), 2));
    assert_eq!(missed(&silent), vec![at("50m")]);
    assert_eq!(fired(&silent, "unanswered"), vec![at("50m")]);
    let answered = play(setup(
        vec![action(
            "49m59s",
            ActionKind::Reply { to: "ask".into() },
            "The tap water is safe to drink: tests at 06:30 found no contamination.",
        )],
        2,
    ));
    assert!(missed(&answered).is_empty());
    assert!(fired(&answered, "unanswered").is_empty());
    // The action happened at its exact second, not at a minute boundary.
    let (when, _) = answered.actions().next().expect("one action");
    assert_eq!(when, at("49m59s"));
}

#[test]
fn a_verification_is_answered_after_the_facts_delay() {
    let log = play(setup(
        vec![action(
            "30m",
            ActionKind::VerifyFact {
                fact: "main-repaired".into(),
            },
            "",
        )],
        2,
    ));
    let verified: Vec<_> = log
        .entries
        .iter()
        .filter_map(|e| match &e.kind {
            LogKind::FactVerified { fact, confirmed } => Some((e.at, fact.as_str(), *confirmed)),
            LogKind::FactRevealed { fact } if fact == "main-repaired" => {
                Some((e.at, "revealed", true))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        verified,
        vec![
            (at("50m"), "main-repaired", true),
            (at("50m"), "revealed", true)
        ]
    );
}

#[test]
fn the_same_post_calms_one_segment_and_angers_another() {
    let log = play(setup(
        vec![publish(
            "10m",
            "We are so sorry, we understand how worried you are, and we thank the crews. Harbour \
             Road is closed between 1st and 3rd Street. Rumour-mongers will be punished.",
        )],
        4,
    ));
    let reception = log
        .entries
        .iter()
        .find_map(|e| match &e.kind {
            LogKind::PublicReacted { reception, .. } => Some(reception.clone()),
            _ => None,
        })
        .expect("the post was received");
    assert!(
        reception[&Segment::AffectedResidents] > 0.0,
        "{reception:?}"
    );
    assert!(reception[&Segment::Media] < 0.0, "{reception:?}");
}

#[test]
fn a_request_while_paused_is_applied_at_the_current_time() {
    let mut app = app(Vec::new());
    app.step(12);
    app.world_mut().write_message(SetSpeed(SimSpeed::Paused));
    app.step(5);
    assert_eq!(
        now(&app),
        at("12m"),
        "paused: real time passes, simulated time does not"
    );
    app.world_mut().write_message(PublishPost {
        text: GOOD_UPDATE.to_owned(),
    });
    app.step(1);
    assert_eq!(now(&app), at("12m"));
    let (when, action) = app.sim_log().actions().next().expect("applied");
    assert_eq!((when, action.id), (at("12m"), 0));
    app.world_mut().write_message(goldenhour_sim::StepSim);
    app.step(1);
    assert_eq!(now(&app), at("13m"), "a single step advances one tick");
}

#[test]
fn runs_are_deterministic_for_a_seed() {
    let script = || {
        vec![
            publish("10m", GOOD_UPDATE),
            publish("1h", "No comment."),
            action(
                "1h30m",
                ActionKind::CorrectRumour {
                    rumour: "contaminated".into(),
                },
                "The tap water is safe: tests at 06:30 found no contamination.",
            ),
        ]
    };
    let a = play(setup(script(), 42));
    let b = play(setup(script(), 42));
    let other = play(setup(script(), 43));
    assert!(
        a.entries
            .iter()
            .filter(|e| matches!(e.kind, LogKind::PublicPost(_)))
            .count()
            > 100,
        "the run generates public comments"
    );
    assert_eq!(hash(&a), hash(&b), "same seed, same log");
    assert_ne!(hash(&a), hash(&other), "another seed, other comments");

    // Stepping minute by minute in real time gives the log a headless run gives.
    let mut stepped = app_with_seed(script(), 42);
    while !stepped.world().resource::<Time<Sim>>().is_finished() {
        stepped.step(1);
    }
    assert_eq!(hash(stepped.sim_log()), hash(&a));
}

#[test]
fn extreme_coefficients_keep_the_state_in_range() {
    // Whatever an author writes, the run ends, stays within bounds and does not panic.
    for (value, rate) in [(-5.0, "-100.0"), (0.0, "0.0"), (1e6, "1e9")] {
        let coefficients: String = goldenhour_scenario::KNOWN_COEFFICIENTS
            .iter()
            .map(|(name, _)| {
                let v = if *name == "posts_per_attention_hour" {
                    rate.to_owned()
                } else {
                    format!("{value:?}")
                };
                format!("\"{name}\": {v}, ")
            })
            .collect();
        let source = SCENARIO.replace(
            r#""broken_promise_trust_loss": 10.0,
            "kept_promise_trust_gain": 2.0,"#,
            &coefficients,
        );
        assert_ne!(source, SCENARIO);
        let loaded = goldenhour_scenario::load("extreme.ron", source.as_bytes(), &[]);
        let scenario = Arc::new(loaded.scenario.expect("coefficients are only numbers"));
        let script = vec![
            publish("10m", GOOD_UPDATE),
            publish("1h", "No comment. Next update in 5 minutes."),
        ];
        let log = play(
            SimPlugin::new(scenario, 9, Arc::new(KeywordScorer))
                .with_language("en-US")
                .with_script(script),
        );
        assert_eq!(log.samples.len(), 181, "value {value}");
        for s in &log.samples {
            assert!((0.0..=100.0).contains(&s.pressure), "{s:?}");
            assert!((0.0..=100.0).contains(&s.trust), "{s:?}");
            for seg in s.segments.values() {
                assert!((0.0..=1.0).contains(&seg.attention) && (0.0..=1.0).contains(&seg.anger));
            }
            assert!(s.rumours.values().all(|r| (0.0..=1.0).contains(r)), "{s:?}");
        }
        let posts = log
            .entries
            .iter()
            .filter(|e| matches!(e.kind, LogKind::PublicPost(_)))
            .count();
        assert!(posts <= 100_000, "comments are bounded: {posts}");
    }
}
