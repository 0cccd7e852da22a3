//! The one place that chooses the scorer every host uses (headless runs, the GUI, reports,
//! playtests): the scoring crate's `Scorer`, loaded once per process.

use std::sync::{Arc, OnceLock};

use goldenhour_scenario::{Dimension, Scenario};
use goldenhour_scoring::{Scorer, score_run};
use goldenhour_simlog::{PostScorer, SimLog};

/// The process's scorer. Slow the first time (it loads dictionaries and lexicons): the GUI
/// calls it off the UI thread.
pub fn shared() -> Arc<Scorer> {
    static SCORER: OnceLock<Arc<Scorer>> = OnceLock::new();
    SCORER.get_or_init(|| Arc::new(Scorer::new())).clone()
}

/// The scorer as the simulation takes it.
pub fn load() -> Arc<dyn PostScorer> {
    shared()
}

/// The run's scores as the debrief shows them.
#[derive(Clone, Debug)]
pub struct RunSummary {
    /// Overall score, 0–100.
    pub overall: f64,
    /// HSEEP rating of the overall score: P, S, M or U.
    pub overall_rating: char,
    /// Per dimension: the score (None when the run gives nothing to judge) and its rating.
    pub dimensions: Vec<(Dimension, Option<f64>, char)>,
}

/// Scores a finished run with the scoring crate's run rules.
pub fn summarize(scenario: &Scenario, log: &SimLog) -> RunSummary {
    let scores = score_run(&shared(), scenario, log);
    let letter = |r: goldenhour_scoring::Rating| r.letter().chars().next().unwrap_or('U');
    RunSummary {
        overall: scores.overall,
        overall_rating: letter(scores.overall_rating),
        dimensions: Dimension::ALL
            .iter()
            .map(|d| {
                let s = scores.dimensions.get(d);
                (
                    *d,
                    s.and_then(|s| s.score),
                    s.and_then(|s| s.rating).map_or(' ', letter),
                )
            })
            .collect(),
    }
}
