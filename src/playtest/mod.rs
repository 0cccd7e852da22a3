//! Playtesting a scenario before a workshop: scripted trainees ([`Policy`], in [`bots`]) play
//! it headless across seeds, the run scorer scores each run, and [`Playtest`] holds the
//! distribution of every dimension and the overall score per policy. `goldenhour playtest`
//! prints it; tests/it/playtest.rs checks that every bundled scenario ranks the policies
//! sensibly.

pub mod bots;

use std::collections::BTreeMap;
use std::sync::Arc;

use goldenhour_scenario::{Dimension, Responses, Scenario, SimDuration, Trigger};
use goldenhour_scoring::score_run;
use goldenhour_sim::SimPlugin;
use goldenhour_simlog::{LogKind, SimLog};
use serde::Serialize;

pub use bots::{Phrasebook, Policy, script, script_after};

/// Mean, minimum and maximum of a score over the runs.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Stats {
    /// Arithmetic mean.
    pub mean: f64,
    /// Lowest.
    pub min: f64,
    /// Highest.
    pub max: f64,
}

impl Stats {
    fn of(values: &[f64]) -> Option<Stats> {
        if values.is_empty() {
            return None;
        }
        Some(Stats {
            mean: values.iter().sum::<f64>() / values.len() as f64,
            min: values.iter().copied().fold(f64::INFINITY, f64::min),
            max: values.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        })
    }
}

/// One policy's results over the runs.
#[derive(Clone, Debug, PartialEq)]
pub struct PolicyResult {
    /// The policy.
    pub policy: Policy,
    /// The overall score.
    pub overall: Stats,
    /// Each dimension that had a score in at least one run.
    pub dimensions: BTreeMap<Dimension, Stats>,
}

impl PolicyResult {
    /// The mean of a dimension, or `None` when no run scored it.
    pub fn mean(&self, d: Dimension) -> Option<f64> {
        self.dimensions.get(&d).map(|s| s.mean)
    }
}

/// A playtest of one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Playtest {
    /// The scenario's id.
    pub scenario: String,
    /// The language the bots wrote in.
    pub language: String,
    /// Runs per policy (seeds 1..=runs).
    pub runs: u32,
    /// One result per policy, in [`Policy::ALL`] order.
    pub policies: Vec<PolicyResult>,
}

impl Playtest {
    /// The result of a policy.
    pub fn policy(&self, policy: Policy) -> Option<&PolicyResult> {
        self.policies.iter().find(|r| r.policy == policy)
    }
}

/// Plays every policy `runs` times (seeds 1..=runs) in `lang`; `progress(done, total)` is
/// called after each run. `lang` must be a language the scenario is playable in and has a
/// phrasebook (zh-CN or en-US); `None` is returned otherwise.
pub fn playtest(
    scenario: &Scenario,
    lang: &str,
    runs: u32,
    policies: &[Policy],
    mut progress: impl FnMut(usize, usize),
) -> Option<Playtest> {
    if !scenario.languages().contains(&lang) {
        return None;
    }
    let phrases = Phrasebook::bundled(lang)?;
    let shared = Arc::new(scenario.clone());
    let scorer = crate::scorer::shared();
    let total = policies.len() * runs as usize;
    let mut done = 0;
    let mut results = Vec::new();
    for &policy in policies {
        let mut overall = Vec::new();
        let mut per_dim: BTreeMap<Dimension, Vec<f64>> = BTreeMap::new();
        for seed in 1..=u64::from(runs) {
            let log = play(policy, &shared, lang, &phrases, seed);
            let scores = score_run(&scorer, scenario, &log);
            overall.push(scores.overall);
            for (d, s) in &scores.dimensions {
                if let Some(v) = s.score {
                    per_dim.entry(*d).or_default().push(v);
                }
            }
            done += 1;
            progress(done, total);
        }
        results.push(PolicyResult {
            policy,
            overall: Stats::of(&overall).unwrap_or(Stats {
                mean: 0.0,
                min: 0.0,
                max: 0.0,
            }),
            dimensions: per_dim
                .iter()
                .filter_map(|(d, v)| Stats::of(v).map(|s| (*d, s)))
                .collect(),
        });
    }
    Some(Playtest {
        scenario: scenario.def().id.clone(),
        language: lang.to_owned(),
        runs,
        policies: results,
    })
}

/// Plays one policy once: its script, then, if the run fired conditional events, the script
/// written again to react to them (as a trainee who sees them would), played with the same
/// seed. Returns the final run's log.
pub fn play(
    policy: Policy,
    scenario: &Arc<Scenario>,
    lang: &str,
    phrases: &Phrasebook,
    seed: u64,
) -> SimLog {
    let run = |responses: Responses| {
        let setup = SimPlugin::new(scenario.clone(), seed, crate::scorer::load())
            .with_language(lang)
            .with_script(responses.actions);
        goldenhour_sim::play(setup)
    };
    let log = run(script(policy, scenario, lang, phrases, seed));
    if policy == Policy::Silent {
        return log;
    }
    let fired = conditional_fired(scenario, &log);
    if fired.is_empty() {
        return log;
    }
    run(script_after(policy, scenario, lang, phrases, seed, &fired))
}

/// The conditional events a run fired, with when.
fn conditional_fired(scenario: &Scenario, log: &SimLog) -> Vec<(SimDuration, String)> {
    log.entries
        .iter()
        .filter_map(|e| match &e.kind {
            LogKind::EventFired { event }
                if scenario
                    .event(event)
                    .is_some_and(|ev| matches!(ev.trigger, Trigger::When(_))) =>
            {
                Some((e.at, event.clone()))
            }
            _ => None,
        })
        .collect()
}

/// The dimension on which `flawed` falls furthest below `exemplary` (by mean), with the drop.
pub fn largest_drop(exemplary: &PolicyResult, flawed: &PolicyResult) -> Option<(Dimension, f64)> {
    Dimension::ALL
        .iter()
        .filter_map(|d| {
            let e = exemplary.mean(*d)?;
            let f = flawed.mean(*d).unwrap_or(0.0);
            Some((*d, e - f))
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
}
