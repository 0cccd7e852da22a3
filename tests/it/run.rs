//! `goldenhour run` end to end: the bundled flood scenario played headless from the exemplary
//! responses and from a silent trainee, byte-identical logs for a seed, and responses errors
//! reported with line and column.

use crate::goldenhour;

use std::path::{Path, PathBuf};

use goldenhour_simlog::{LogKind, SimLog};

const FLOOD: &str = "scenarios/flood";
const EXEMPLARY: &str = "scenarios/flood/responses/exemplary.zh-CN.ron";
const SILENT: &str = "tests/data/run/flood-silent.ron";

/// A fresh output folder for one test.
fn out_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("run")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Plays the flood scenario and returns the log's text.
fn play(responses: &str, seed: &str, name: &str) -> String {
    let dir = out_dir(name);
    let (code, out, err) = goldenhour(&[
        "--lang",
        "en-US",
        "run",
        FLOOD,
        "--responses",
        responses,
        "--seed",
        seed,
        "--out",
        dir.to_str().expect("utf-8 path"),
        "--trainee",
        "Test Trainee",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("simlog.ron"), "{out}");
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .expect("output folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.') || name.ends_with(".tmp"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary file is left behind: {leftovers:?}"
    );
    std::fs::read_to_string(dir.join("simlog.ron")).expect("log written")
}

struct Figures {
    final_trust: f64,
    peak_pressure: f64,
    max_reach: f64,
    missed: usize,
}

fn figures(log: &SimLog) -> Figures {
    Figures {
        final_trust: log.samples.last().expect("samples").trust,
        peak_pressure: log.samples.iter().map(|s| s.pressure).fold(0.0, f64::max),
        max_reach: log
            .samples
            .iter()
            .flat_map(|s| s.rumours.values().copied())
            .fold(0.0, f64::max),
        missed: log
            .entries
            .iter()
            .filter(|e| matches!(e.kind, LogKind::DeadlineMissed { .. }))
            .count(),
    }
}

#[test]
fn same_scenario_responses_and_seed_write_identical_bytes() {
    let a = play(EXEMPLARY, "7", "same-a");
    let b = play(EXEMPLARY, "7", "same-b");
    assert!(a == b, "two runs with seed 7 differ");
    let c = play(EXEMPLARY, "8", "other-seed");
    assert!(a != c, "another seed gives other public comments");

    let log = SimLog::from_ron(&a).expect("the log reads back");
    assert_eq!(log.seed, 7);
    assert_eq!(log.trainee.as_deref(), Some("Test Trainee"));
    assert_eq!(log.scenario.id, "flood");
    assert_eq!(log.scenario.file, "flood/scenario.ron");
    assert!(log.scenario.source.contains("id: \"flood\""));
    assert!(log.scenario.translations.contains_key("en-US"));
    assert_eq!(log.to_ron().expect("serialises"), a, "the log round-trips");
}

#[test]
fn the_exemplary_trainee_and_the_silent_one_meet_different_publics() {
    let exemplary = SimLog::from_ron(&play(EXEMPLARY, "1", "exemplary")).expect("log");
    let silent = SimLog::from_ron(&play(SILENT, "1", "silent")).expect("log");
    let (e, s) = (figures(&exemplary), figures(&silent));

    assert_eq!(silent.actions().count(), 0);
    assert!(exemplary.actions().count() > 10);
    assert!(
        e.final_trust > s.final_trust + 20.0,
        "trust: exemplary {} vs silent {}",
        e.final_trust,
        s.final_trust
    );
    assert!(
        s.peak_pressure > 2.0 * e.peak_pressure,
        "peak pressure: exemplary {} vs silent {}",
        e.peak_pressure,
        s.peak_pressure
    );
    assert!(
        s.max_reach > 5.0 * e.max_reach,
        "rumour reach: exemplary {} vs silent {}",
        e.max_reach,
        s.max_reach
    );
    assert!(
        s.missed > e.missed,
        "deadlines missed: {} vs {}",
        e.missed,
        s.missed
    );

    // Both runs generate thousands of public comments, of different kinds.
    let templates = |log: &SimLog, prefix: &str| {
        log.entries
            .iter()
            .filter(|e| matches!(&e.kind, LogKind::PublicPost(p) if p.template.ends_with(prefix)))
            .count()
    };
    let posts = |log: &SimLog| templates(log, "");
    assert!(posts(&exemplary) > 1000 && posts(&silent) > 1000);
    assert!(templates(&silent, "-silence") > 10 * templates(&exemplary, "-silence").max(1));
    assert!(templates(&exemplary, "-good") > 10 * templates(&silent, "-good").max(1));
}

#[test]
fn bad_responses_are_reported_with_line_and_column() {
    let dir = out_dir("bad");
    let (code, out, err) = goldenhour(&[
        "run",
        FLOOD,
        "--responses",
        "tests/data/run/flood-bad.ron",
        "--out",
        dir.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("tests/data/run/flood-bad.ron:7:39: error: unknown event `e99`"),
        "{err}"
    );
    assert!(err.contains("did you mean `e09`?"), "{err}");
    assert!(
        err.contains("tests/data/run/flood-bad.ron:8:14: error: time 9h is outside the scenario"),
        "{err}"
    );
    assert!(!dir.exists(), "nothing is written for a bad responses file");
}

#[test]
fn run_speaks_the_interface_language() {
    let dir = out_dir("zh");
    let (code, out, err) = goldenhour(&[
        "--lang",
        "zh-CN",
        "run",
        "scenarios/flood/scenario.ron",
        "--responses",
        SILENT,
        "--out",
        dir.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("最终信任度") && out.contains("已写入"),
        "{out}"
    );
    let (code, out, _) = goldenhour(&["--lang", "zh-CN", "run", "--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("种子") && out.contains("--responses"), "{out}");
}
