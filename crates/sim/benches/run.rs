//! The simulation's cost: a generated six-hour scenario with about 5,000 generated public
//! comments and 50 trainee actions, played headless, against the floor — parsing the scenario
//! and scoring the trainee's posts with an already-loaded scorer, nothing else — and its peak
//! heap, measured with a counting global allocator.
//!
//! Run: `cargo bench -p goldenhour-sim --bench run`. Figures go in docs/performance.md.

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use divan::black_box;
use goldenhour_scenario::{ActionKind, Scenario, ScriptedAction, SimDuration};
use goldenhour_sim::{SimPlugin, play};
use goldenhour_simlog::{LogKind, PostContext, PostScorer, SimLog};

/// Counts live heap bytes and remembers the peak, so a run's memory can be read without
/// outside tools. It counts only while [`COUNTING`] is on (the one measured run before the
/// timings), so the timed runs do not pay for the atomic counters.
struct Counting;

static COUNTING: AtomicBool = AtomicBool::new(false);
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator; the counters only
// observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's layout.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() && COUNTING.load(Ordering::Relaxed) {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded with the caller's pointer and layout.
        unsafe { System.dealloc(ptr, layout) };
        if COUNTING.load(Ordering::Relaxed) {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded with the caller's arguments.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() && COUNTING.load(Ordering::Relaxed) {
            if new_size >= layout.size() {
                let grow = new_size - layout.size();
                let live = LIVE.fetch_add(grow, Ordering::Relaxed) + grow;
                PEAK.fetch_max(live, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const HOURS: u32 = 6;
const ACTIONS: u32 = 50;

/// A six-hour scenario in English, big enough to be realistic: 21 actors, 20 facts with
/// patterns, 4 rumours, about 170 events and 35 templates.
fn scenario_source() -> String {
    scenario_with_comments(320.0)
}

/// The bench scenario with this rate of generated comments (`posts_per_attention_hour`).
fn scenario_with_comments(rate: f64) -> String {
    let mut s = String::new();
    let w = &mut s;
    let _ = write!(
        w,
        r#"Scenario(
    format: 1,
    id: "bench",
    language: "en-US",
    title: "Bench storm",
    summary: "A generated six-hour storm for the simulation benchmark.",
    difficulty: Advanced,
    clock: (start: "2026-07-18T05:00", duration: "{HOURS}h", default_speed: 10),
    account: (handle: "@BenchCity", agency: "Bench City Government", followers: 1200000),
    actors: [
        (id: "duty", name: "Duty Office", kind: Department),
        (id: "paper", name: "Bench Daily", kind: Media, followers: 2000000, stance: Neutral),
        (id: "tv", name: "Bench TV", kind: Media, followers: 900000, stance: Critical),
        (id: "star", name: "Big Voice", kind: Influencer, followers: 3000000, stance: Hostile),
"#
    );
    for i in 0..17 {
        let stance = ["Anxious", "Critical", "Neutral", "Hostile"][i % 4];
        let segment = if i % 3 == 0 {
            "WiderPublic"
        } else {
            "AffectedResidents"
        };
        let _ = writeln!(
            w,
            r#"        (id: "citizen{i}", name: "Citizen {i}", kind: Citizen, followers: {}, stance: {stance}, segment: Some({segment})),"#,
            100 + i * 37
        );
    }
    let _ = writeln!(w, "    ],\n    facts: [");
    for i in 0..20 {
        let disclosure = match i % 5 {
            0 | 1 => "MustDisclose",
            2 | 3 => "MayDisclose",
            _ => "MustNotPrivate",
        };
        let _ = writeln!(
            w,
            r#"        (id: "fact{i}", text: "Fact number {i}: {} pumps run at station {i}.", disclosure: {disclosure}, known_at_start: {}, verify_delay: Some("{}m"), patterns: {{ "en-US": (discloses: ["station {i}+pumps"], contradicts: ["station {i}+no pumps"]) }}),"#,
            i * 3,
            i < 3,
            15 + i
        );
    }
    let _ = writeln!(w, "    ],\n    rumours: [");
    for i in 0..4 {
        let _ = writeln!(
            w,
            r#"        (id: "rumour{i}", text: "Rumour {i}: the levee at section {i} has failed.", spread_rate: {}, debunked_by: ["fact{}"]),"#,
            1.0 + f64::from(i) * 0.3,
            i * 5
        );
    }
    let _ = writeln!(w, "    ],\n    events: [");
    for m in (3..HOURS * 60).step_by(3) {
        let actor = format!("citizen{}", m % 17);
        let question = m % 2 == 0;
        let _ = writeln!(
            w,
            r#"        (id: "post{m}", trigger: At("{m}m"), kind: PublicPost(actor: "{actor}", text: "Water is rising on street {m}, what should we do?", question: {question})),"#
        );
    }
    for k in 0..20 {
        let m = 10 + k * 17;
        let outlet = if k % 2 == 0 { "paper" } else { "tv" };
        let _ = writeln!(
            w,
            r#"        (id: "ask{k}", trigger: At("{m}m"), kind: MediaInquiry(actor: "{outlet}", text: "Question {k} about the storm?", deadline: "45m")),"#
        );
    }
    for k in 0..17 {
        let m = 5 + k * 20;
        let _ = writeln!(
            w,
            r#"        (id: "brief{k}", trigger: At("{m}m"), kind: Briefing(actor: "duty", text: "Briefing {k}.", reveals: ["fact{}"])),"#,
            k + 3
        );
    }
    for i in 0..4 {
        let _ = writeln!(
            w,
            r#"        (id: "start{i}", trigger: At("{}m"), kind: RumourStarts(rumour: "rumour{i}", actor: "star")),"#,
            20 + i * 60
        );
    }
    for k in 0..6 {
        let _ = writeln!(
            w,
            r#"        (id: "esc{k}", trigger: At("{}m"), kind: Escalation(actor: "star", text: "Trending {k}.", heat: 0.2)),"#,
            30 + k * 55
        );
    }
    let conditions = [
        r#"NoOfficialPostBy("1h")"#,
        r#"FactNotDisclosedBy(fact: "fact0", by: "2h")"#,
        "ForbiddenPhraseUsed",
        r#"RumourReachOver(rumour: "rumour1", share: 0.2)"#,
        "TrustUnder(40.0)",
        "PromiseBroken",
        r#"InquiryUnanswered("ask3")"#,
    ];
    for (k, condition) in conditions.iter().enumerate() {
        let _ = writeln!(
            w,
            r#"        (id: "when{k}", trigger: When({condition}), kind: Escalation(actor: "star", text: "Condition {k}.", heat: 0.1)),"#
        );
    }
    let _ = writeln!(w, "    ],\n    templates: [");
    for stance in ["Supportive", "Neutral", "Anxious", "Critical", "Hostile"] {
        for situation in [
            "Silence",
            "AfterGoodPost",
            "AfterPoorPost",
            "RumourSpreading",
            "RumourDebunked",
            "PromiseBroken",
            "General",
        ] {
            let rumour = if situation.starts_with("Rumour") {
                " Is it true that {rumour}"
            } else {
                ""
            };
            let _ = writeln!(
                w,
                r#"        (id: "{}-{}", stance: {stance}, situation: {situation}, text: "{stance} comment about {{account}} when {situation}.{rumour}"),"#,
                stance.to_lowercase(),
                situation.to_lowercase()
            );
        }
    }
    let _ = writeln!(
        w,
        r#"    ],
    public: (coefficients: {{ "posts_per_attention_hour": {rate:.1} }}),
    rubric: (forbidden_phrases: {{ "en-US": ["no comment"] }}),
)"#
    );
    s
}

/// 50 trainee actions over six hours: updates with facts and promises, replies to questions
/// and inquiries, rumour corrections and verification requests.
fn script() -> Vec<ScriptedAction> {
    (0..ACTIONS)
        .map(|k| {
            let minute = 4 + k * 7;
            let at = SimDuration::from_mins(minute);
            let (action, text) = match k % 10 {
                0 | 3 | 6 => (
                    ActionKind::Publish,
                    format!(
                        "We are sorry for the flooding. Station {} pumps are running; call the 12345 hotline. Next update in 30 minutes.",
                        k % 20
                    ),
                ),
                1 | 4 | 7 => (
                    ActionKind::Reply {
                        to: format!("post{}", (minute - minute % 3).max(3)),
                    },
                    "Please move to higher ground; shelters are open, call 12345 for help.".to_owned(),
                ),
                2 | 8 => (
                    ActionKind::Reply {
                        to: format!("ask{}", (k / 3).min(19)),
                    },
                    format!("Station {} pumps are running, rescue teams deployed.", k % 20),
                ),
                5 => (
                    ActionKind::CorrectRumour {
                        rumour: format!("rumour{}", (k / 10) % 4),
                    },
                    format!(
                        "The levee is intact: station {} pumps are running, checked this morning.",
                        ((k / 10) % 4) * 5
                    ),
                ),
                _ => (
                    ActionKind::VerifyFact {
                        fact: format!("fact{}", k % 20),
                    },
                    String::new(),
                ),
            };
            ScriptedAction { at, action, text }
        })
        .collect()
}

fn load(source: &str) -> Scenario {
    let loaded = goldenhour_scenario::load("bench.ron", source.as_bytes(), &[]);
    match loaded.scenario {
        Some(s) => s,
        None => panic!(
            "the bench scenario must validate: {:#?}",
            loaded.diagnostics
        ),
    }
}

/// The scoring crate's scorer, loaded once for the whole bench (loading is not part of a run).
fn scorer() -> Arc<goldenhour_scoring::Scorer> {
    static SCORER: std::sync::OnceLock<Arc<goldenhour_scoring::Scorer>> =
        std::sync::OnceLock::new();
    SCORER
        .get_or_init(|| Arc::new(goldenhour_scoring::Scorer::new()))
        .clone()
}

fn run_once(source: &str, script: Vec<ScriptedAction>) -> SimLog {
    let scenario = Arc::new(load(source));
    let setup = SimPlugin::new(scenario, 1, scorer())
        .with_language("en-US")
        .with_script(script);
    play(setup)
}

/// The floor: parse the scenario, then score each trainee post with a scorer that is already
/// loaded. Any simulation costs at least this.
fn floor_once(source: &str, script: &[ScriptedAction], scorer: &dyn PostScorer) -> usize {
    let scenario = load(source);
    let mut findings = 0;
    for action in script {
        if matches!(action.action, ActionKind::VerifyFact { .. }) {
            continue;
        }
        let a = scorer.assess(
            &scenario,
            &PostContext {
                text: &action.text,
                lang: "en-US",
                at: action.at,
                action: &action.action,
                known_facts: &[],
                empathy_shown: false,
            },
        );
        findings += a.findings.len();
    }
    findings
}

#[divan::bench]
fn floor_parse_and_score(bencher: divan::Bencher) {
    let source = scenario_source();
    let script = script();
    let scorer = scorer();
    bencher.bench_local(|| floor_once(black_box(&source), black_box(&script), scorer.as_ref()));
}

/// The floor's first half alone: parsing and validating the scenario.
#[divan::bench]
fn floor_parse_only(bencher: divan::Bencher) {
    let source = scenario_source();
    bencher.bench_local(|| load(black_box(&source)));
}

#[divan::bench]
fn run_headless(bencher: divan::Bencher) {
    let source = scenario_source();
    let script = script();
    bencher
        .with_inputs(|| script.clone())
        .bench_local_values(|script| run_once(black_box(&source), script));
}

/// The same run with no generated comments: what the comments cost, by difference.
#[divan::bench]
fn run_headless_without_comments(bencher: divan::Bencher) {
    let source = scenario_with_comments(0.0);
    let script = script();
    bencher
        .with_inputs(|| script.clone())
        .bench_local_values(|script| run_once(black_box(&source), script));
}

#[divan::bench]
fn run_headless_and_serialise(bencher: divan::Bencher) {
    let source = scenario_source();
    let script = script();
    bencher
        .with_inputs(|| script.clone())
        .bench_local_values(|script| {
            run_once(black_box(&source), script)
                .to_ron()
                .map(|t| t.len())
        });
}

fn main() {
    let source = scenario_source();
    let script = script();
    // For profilers (`perf record`): repeat the plain run and nothing else.
    if let Some(n) = std::env::var("GOLDENHOUR_PROFILE_RUNS")
        .ok()
        .and_then(|n| n.parse::<u32>().ok())
    {
        let comments = std::env::var("GOLDENHOUR_PROFILE_RATE")
            .ok()
            .and_then(|r| r.parse::<f64>().ok())
            .map_or_else(|| source.clone(), scenario_with_comments);
        for _ in 0..n {
            black_box(run_once(&comments, script.clone()));
        }
        return;
    }
    // One measured run before the timings: what it produced and the heap it needs. The
    // scorer is loaded inside the measurement, so the peak counts the dictionaries and
    // lexicons a run holds as well as the run's own memory.
    // Blocks freed while counting that were allocated before it could take LIVE below zero
    // (it would wrap): start from a base high enough that it cannot.
    const BASE: usize = 1 << 40;
    let mb = |bytes: usize| bytes as f64 / 1_048_576.0;
    LIVE.store(BASE, Ordering::Relaxed);
    PEAK.store(BASE, Ordering::Relaxed);
    COUNTING.store(true, Ordering::Relaxed);
    let scorer_held = {
        let _ = scorer();
        LIVE.load(Ordering::Relaxed) - BASE
    };
    let log = run_once(&source, script);
    let peak = PEAK.load(Ordering::Relaxed) - BASE;
    let posts = log
        .entries
        .iter()
        .filter(|e| matches!(e.kind, LogKind::PublicPost(_)))
        .count();
    let text = log.to_ron().map(|t| t.len()).unwrap_or(0);
    let peak_with_ron = PEAK.load(Ordering::Relaxed) - BASE;
    COUNTING.store(false, Ordering::Relaxed);
    println!(
        "bench scenario: {} events, {HOURS} h; run: {} trainee actions, {posts} public comments, \
         {} samples; heap: the loaded scorer holds {:.1} MB; peak {:.1} MB through the load and \
         the run, {:.1} MB with the RON text ({:.1} MB)",
        load(&source).def().events.len(),
        log.actions().count(),
        log.samples.len(),
        mb(scorer_held),
        mb(peak),
        mb(peak_with_ron),
        mb(text),
    );
    drop(log);
    divan::main();
}
