//! Golden Hour's simulation: a validated [`Scenario`] played over simulated time as a bevy ECS
//! app, with the public reacting to what the trainee posts (or fails to post), recorded into a
//! [`SimLog`](goldenhour_simlog::SimLog).
//!
//! The crate uses only `bevy_app`, `bevy_ecs` and `bevy_time`: no window, no renderer, no file
//! I/O. A run is deterministic for a given scenario, seed and sequence of trainee actions, so
//! a headless run writes a byte-identical log every time.
//!
//! Hosts add [`SimPlugin`], send requests ([`PublishPost`], [`PublishReply`], [`CorrectRumour`],
//! [`VerifyFact`], [`SetSpeed`], [`StepSim`]), read messages ([`EventFired`], [`FactRevealed`],
//! [`PublicPosted`], …) and resources ([`Public`], [`Knowledge`], [`SimRecord`]), and order their
//! own systems against [`SimSystems`]. The headless host uses [`play`]. The public model's
//! equations are in docs/public-model.md.
#![warn(missing_docs)]

mod chatter;
mod clock;
mod coefficients;
mod headless;
mod playback;
mod public;
mod record;
mod scorer;
mod trainee;

use std::collections::HashMap;
use std::sync::Arc;

use bevy_app::{App, Plugin, Update};
use bevy_ecs::prelude::*;
use bevy_ecs::schedule::ScheduleLabel;
use goldenhour_scenario::{Scenario, ScriptedAction};
use goldenhour_simlog::{EmbeddedScenario, PostScorer};

pub use chatter::PublicPosted;
pub use clock::{SetSpeed, Sim, SimClock, SimSpeed, StepSim, TICK_SECONDS};
pub use headless::{SimAppExt, play};
pub use playback::{
    DeadlineMissed, EventFired, FactRevealed, FactVerified, Knowledge, RumourStarted,
};
pub use public::{Public, SEGMENTS};
pub use record::{SimFinished, SimRecord};
pub use scorer::KeywordScorer;
pub use trainee::{
    CorrectRumour, PostAssessed, PromiseSettled, PublishPost, PublishReply, RequestRejected,
    RumourDebunked, VerifyFact,
};

/// One step of the simulation: the schedule the clock driver (in [`SimSystems::Advance`]) runs
/// once per tick.
///
/// A tick advances the simulated clock to the next boundary: the next whole minute, or an
/// earlier scheduled happening (a timed event, a scripted action, a deadline, a verification
/// answer, a promised update falling due), so that every happening occurs at its exact second.
#[derive(ScheduleLabel, Clone, Debug, PartialEq, Eq, Hash)]
pub struct SimTick;

/// The phases of the simulation. Hosts order their systems against these, never against the
/// systems inside them.
///
/// [`Intake`](SimSystems::Intake) and [`Advance`](SimSystems::Advance) run in `Update` every
/// frame; the others run, in the order listed, inside each [`SimTick`].
#[derive(SystemSet, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SimSystems {
    /// `Update`: takes the host's requests (trainee actions, speed, steps) into queues, so
    /// none is lost while the clock is paused.
    Intake,
    /// `Update`: advances the simulated clock, running zero or more [`SimTick`]s.
    Advance,
    /// Tick: the public's state evolves continuously over the tick (silence, rumours, decay).
    Evolve,
    /// Tick: public comments for the tick's span are generated from the templates.
    Chatter,
    /// Tick: the trainee's queued actions are assessed and applied; promises are settled.
    Act,
    /// Tick: deadlines and verification requests that fell due are settled.
    Settle,
    /// Tick: the public reacts to the trainee's posts and to settled obligations.
    React,
    /// Tick: due and newly true scenario events fire and reveal facts, start rumours and open
    /// deadlines.
    Playback,
    /// Tick: the public reacts to the events that fired.
    Impact,
    /// Tick: the state is sampled and the end of the run is recorded.
    Record,
}

/// The simulation, configured with the validated scenario, the seed of its random generator
/// and the scorer every trainee post is assessed with.
#[derive(Clone)]
pub struct SimPlugin {
    /// The scenario to play.
    pub scenario: Arc<Scenario>,
    /// Seed of the run's random generator (ChaCha8).
    pub seed: u64,
    /// Assesses every trainee post.
    pub scorer: Arc<dyn PostScorer>,
    /// The language the trainee writes in; generated comments use it too.
    pub language: String,
    /// The trainee's name, recorded in the log.
    pub trainee: Option<String>,
    /// The scenario's source files, embedded in the log so that it is self-contained.
    pub embedded: EmbeddedScenario,
    /// Scripted trainee actions (headless runs and tests), applied at their exact times.
    pub script: Vec<ScriptedAction>,
}

impl SimPlugin {
    /// A simulation of `scenario` in the scenario's own language, with no scripted actions.
    pub fn new(scenario: Arc<Scenario>, seed: u64, scorer: Arc<dyn PostScorer>) -> Self {
        let def = scenario.def();
        let embedded = EmbeddedScenario {
            id: def.id.clone(),
            ..EmbeddedScenario::default()
        };
        SimPlugin {
            language: def.language.clone(),
            scenario,
            seed,
            scorer,
            trainee: None,
            embedded,
            script: Vec::new(),
        }
    }

    /// Sets the trainee's language.
    pub fn with_language(mut self, language: impl Into<String>) -> Self {
        self.language = language.into();
        self
    }

    /// Sets the trainee's name.
    pub fn with_trainee(mut self, trainee: Option<String>) -> Self {
        self.trainee = trainee;
        self
    }

    /// Sets the embedded scenario source recorded in the log.
    pub fn with_embedded(mut self, embedded: EmbeddedScenario) -> Self {
        self.embedded = embedded;
        self
    }

    /// Sets the scripted trainee actions.
    pub fn with_script(mut self, script: Vec<ScriptedAction>) -> Self {
        self.script = script;
        self
    }
}

impl std::fmt::Debug for SimPlugin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SimPlugin")
            .field("scenario", &self.scenario.def().id)
            .field("seed", &self.seed)
            .field("language", &self.language)
            .field("trainee", &self.trainee)
            .field("script", &self.script.len())
            .finish_non_exhaustive()
    }
}

impl Plugin for SimPlugin {
    fn build(&self, app: &mut App) {
        let ids = Ids::new(&self.scenario);
        app.insert_resource(SimConfig {
            scenario: self.scenario.clone(),
            scorer: self.scorer.clone(),
            language: self.language.clone(),
        })
        .insert_resource(ids)
        .insert_resource(coefficients::Coefficients::from_scenario(&self.scenario));

        // Every phase and every system in it is ordered, so there is nothing to run in parallel:
        // the single-threaded executor is cheaper per tick and spawns no threads, whatever
        // bevy features the host enables (the GUI enables `multi_threaded`).
        let mut tick = Schedule::new(SimTick);
        tick.set_executor(bevy_ecs::schedule::SingleThreadedExecutor::new());
        app.add_schedule(tick);
        app.configure_sets(Update, (SimSystems::Intake, SimSystems::Advance).chain());
        app.configure_sets(
            SimTick,
            (
                SimSystems::Evolve,
                SimSystems::Chatter,
                SimSystems::Act,
                SimSystems::Settle,
                SimSystems::React,
                SimSystems::Playback,
                SimSystems::Impact,
                SimSystems::Record,
            )
                .chain(),
        );

        clock::plugin(app);
        record::plugin(app, self);
        playback::plugin(app);
        trainee::plugin(app, &self.script);
        public::plugin(app);
        chatter::plugin(app, self.seed);
    }
}

/// What every system may need to know about the run: the scenario, the scorer, the language.
#[derive(Resource, Clone)]
pub(crate) struct SimConfig {
    pub scenario: Arc<Scenario>,
    pub scorer: Arc<dyn PostScorer>,
    pub language: String,
}

/// Positions of the scenario's facts, rumours and events by id, so that per-run state can live
/// in plain vectors indexed like the scenario's own lists.
#[derive(Resource, Debug, Default)]
pub(crate) struct Ids {
    facts: HashMap<String, usize>,
    rumours: HashMap<String, usize>,
    events: HashMap<String, usize>,
}

impl Ids {
    fn new(scenario: &Scenario) -> Self {
        let def = scenario.def();
        let index = |ids: &mut dyn Iterator<Item = &String>| {
            ids.enumerate().map(|(i, id)| (id.clone(), i)).collect()
        };
        Ids {
            facts: index(&mut def.facts.iter().map(|f| &f.id)),
            rumours: index(&mut def.rumours.iter().map(|r| &r.id)),
            events: index(&mut def.events.iter().map(|e| &e.id)),
        }
    }

    pub fn fact(&self, id: &str) -> Option<usize> {
        self.facts.get(id).copied()
    }

    pub fn rumour(&self, id: &str) -> Option<usize> {
        self.rumours.get(id).copied()
    }

    pub fn event(&self, id: &str) -> Option<usize> {
        self.events.get(id).copied()
    }
}

/// Scheduled moments the clock must stop at, so that each happens at its exact second.
#[derive(Resource, Debug, Default)]
pub(crate) struct Agenda(std::collections::BTreeSet<u32>);

impl Agenda {
    /// Makes the clock stop at `at` (seconds from the start).
    pub fn insert(&mut self, at: goldenhour_scenario::SimDuration) {
        self.0.insert(at.as_secs());
    }

    /// The first scheduled moment strictly after `now` seconds.
    pub fn next_after(&self, now: u32) -> Option<u32> {
        self.0.range(now.saturating_add(1)..).next().copied()
    }
}

#[cfg(test)]
mod tests {
    /// The real scorer, built with only the features this crate's dependency graph switches
    /// on (not the whole workspace's), compiles its patterns and scores both languages: hosts
    /// that embed the simulation get the same scorer the workspace tests see.
    #[test]
    fn the_real_scorer_works_with_the_simulations_features() {
        let scorer = goldenhour_scoring::Scorer::new();
        for (text, lang) in [
            (
                "遇难者王某某，住阳光小区5栋302室。请市民避开和平路。",
                "zh-CN",
            ),
            (
                "Please avoid Harbour Road. Call 555-010-0199 for help.",
                "en-US",
            ),
        ] {
            let a = scorer.assess_text(text, lang, None);
            assert!(!a.findings.is_empty(), "{text}");
        }
    }
}
