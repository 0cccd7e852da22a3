//! The exercise in progress: the simulation's own bevy world (a separate `SubApp`, stepped by
//! this host), the trainee's draft and target, and the autosave that makes sure a crash or a
//! power cut loses at most a few seconds.
//!
//! The screens never touch the simulation's state: they send it requests (publish, reply,
//! correct, verify) and read its resources (invariant 3 in ARCHITECTURE.md).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use bevy::app::SubApp;
use bevy::ecs::schedule::{Schedules, SingleThreadedExecutor};
use bevy::prelude::*;
use goldenhour_scenario::{ActionKind, Scenario, ScriptedAction, SimDuration};
use goldenhour_sim::{
    CorrectRumour, Public, PublishPost, PublishReply, Sim, SimClock, SimPlugin, SimRecord,
    SimSpeed, VerifyFact,
};
use goldenhour_simlog::{EmbeddedScenario, PostScorer, SimLog};
use serde::{Deserialize, Serialize};

use super::{AppSystems, DataDir, Mode, Screen};
use crate::files::{self, ScenarioFiles};

/// What the compose box publishes to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    /// A new post on the account.
    #[default]
    Post,
    /// A reply to a scenario event.
    Reply(String),
    /// A correction of a rumour.
    Correct(String),
}

/// Everything needed to resume an exercise: the same scenario, seed and actions replay the
/// same run (the simulation is deterministic), up to the saved time.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Autosave {
    /// The scenario file.
    pub scenario_path: PathBuf,
    /// The run's seed.
    pub seed: u64,
    /// The trainee's name.
    pub trainee: String,
    /// Practice or exam.
    pub mode: Mode,
    /// The language the trainee writes in.
    pub writing_lang: String,
    /// Simulated time reached.
    pub at: SimDuration,
    /// The trainee's actions so far.
    pub actions: Vec<ScriptedAction>,
    /// The unsent draft.
    pub draft: String,
    /// What the draft was addressed to.
    pub target: Target,
}

/// The running exercise.
pub struct SimSession {
    sim: Mutex<SubApp>,
    /// The scenario played.
    pub scenario: Arc<Scenario>,
    /// Its file.
    pub scenario_path: PathBuf,
    /// The run's seed.
    pub seed: u64,
    /// The trainee's name.
    pub trainee: String,
    /// Practice or exam.
    pub mode: Mode,
    /// The language the trainee writes in.
    pub writing_lang: String,
    /// Speed of the simulated clock against real time.
    pub speed: SimSpeed,
    /// The compose box's text.
    pub draft: String,
    /// What the draft is addressed to.
    pub target: Target,
    /// The trainee's actions so far, for autosave and resume.
    pub actions: Vec<ScriptedAction>,
    /// When the exercise started, in real time.
    pub started: Instant,
    /// Real time of the last autosave.
    last_autosave: Instant,
    /// The draft at the last autosave, to save again as soon as it changes.
    saved_draft: String,
    /// The autosave being written in the background, joined before the next one and at the
    /// end, so a finished exercise never leaves a stale autosave behind.
    saving: Option<std::thread::JoinHandle<()>>,
}

/// The exercise in progress, if any.
#[derive(Resource, Default)]
pub struct Session(pub Option<SimSession>);

/// The scorer, loaded in the background (its dictionaries take a moment).
#[derive(Resource)]
pub struct ScorerSlot {
    /// The scorer once loaded.
    pub scorer: Option<Arc<dyn PostScorer>>,
    inbox: Mutex<mpsc::Receiver<Arc<dyn PostScorer>>>,
    /// Kept until the loading starts.
    outbox: Option<mpsc::Sender<Arc<dyn PostScorer>>>,
}

/// The autosave found at start-up, offered on the Home screen.
#[derive(Resource, Default)]
pub struct PendingResume(pub Option<Autosave>);

/// The finished run, for the debrief.
#[derive(Resource, Default)]
pub struct Finished(pub Option<FinishedRun>);

/// A finished run and what the debrief needs with it.
pub struct FinishedRun {
    /// The scenario.
    pub scenario: Arc<Scenario>,
    /// The complete log.
    pub log: SimLog,
    /// Real time spent.
    pub real_duration: Duration,
    /// Practice or exam.
    pub mode: Mode,
}

pub(super) fn plugin(app: &mut App) {
    let (outbox, inbox) = mpsc::channel();
    let pending = {
        let dir = app.world().resource::<DataDir>().0.clone();
        read_autosave(&dir)
    };
    app.init_resource::<Session>()
        .init_resource::<Finished>()
        .insert_resource(PendingResume(pending))
        .insert_resource(ScorerSlot {
            scorer: None,
            inbox: Mutex::new(inbox),
            outbox: Some(outbox),
        })
        .add_systems(Update, receive_scorer.in_set(AppSystems::Update))
        .add_systems(
            Update,
            (advance_simulation, autosave_session)
                .chain()
                .in_set(AppSystems::Update)
                .run_if(in_state(Screen::Exercise)),
        );
}

/// Starts loading the scorer (dictionaries and lexicons, about 100 ms and tens of MB) once a
/// scenario is picked or a resume is offered, so it costs the start-up neither time nor memory, and is ready long
/// before a trainee has read the briefing.
fn receive_scorer(
    mut slot: ResMut<ScorerSlot>,
    setup: Res<super::Setup>,
    resume: Res<PendingResume>,
) {
    if slot.scorer.is_some() {
        return;
    }
    // A picked scenario, or an exercise to resume, will need it soon.
    if (setup.selected.is_some() || resume.0.is_some())
        && let Some(outbox) = slot.outbox.take()
    {
        std::thread::spawn(move || {
            let _ = outbox.send(crate::scorer::load());
        });
    }
    let received = slot
        .inbox
        .lock()
        .ok()
        .and_then(|inbox| inbox.try_recv().ok());
    if let Some(scorer) = received {
        slot.scorer = Some(scorer);
    }
}

fn autosave_path(dir: &Path) -> PathBuf {
    dir.join("autosave.ron")
}

fn read_autosave(dir: &Path) -> Option<Autosave> {
    let text = std::fs::read_to_string(autosave_path(dir)).ok()?;
    ron::from_str(&text).ok()
}

/// Removes the autosave once an exercise has ended normally.
pub fn clear_autosave(dir: &Path) {
    let _ = std::fs::remove_file(autosave_path(dir));
    let _ = std::fs::remove_file(dir.join("autosave-simlog.ron"));
}

impl SimSession {
    /// Starts a run at the scenario's beginning; [`SimSession::replay`] resumes a saved one.
    pub fn start(
        scenario: Arc<Scenario>,
        scenario_path: &Path,
        seed: u64,
        trainee: String,
        mode: Mode,
        writing_lang: String,
        scorer: Arc<dyn PostScorer>,
    ) -> SimSession {
        let embedded = ScenarioFiles::read(scenario_path)
            .map(|f| f.embedded(&scenario.def().id))
            .unwrap_or_else(|_| EmbeddedScenario {
                id: scenario.def().id.clone(),
                ..EmbeddedScenario::default()
            });
        let plugin = SimPlugin::new(scenario.clone(), seed, scorer)
            .with_language(writing_lang.clone())
            .with_trainee((!trainee.trim().is_empty()).then(|| trainee.trim().to_owned()))
            .with_embedded(embedded);
        let mut app = App::new();
        app.add_plugins(plugin);
        app.finish();
        app.cleanup();
        let mut sim = std::mem::take(app.main_mut());
        // The simulation's world is stepped from inside a GUI system, which already runs on the
        // task pool: a multi-threaded executor there would wait on the same pool and deadlock.
        // One thread is plenty for the simulation, and keeps it simple to reason about.
        if let Some(mut schedules) = sim.world_mut().get_resource_mut::<Schedules>() {
            for (_, schedule) in schedules.iter_mut() {
                schedule.set_executor(SingleThreadedExecutor::new());
            }
        }
        let speed = SimSpeed::from_factor(scenario.def().clock.default_speed).unwrap_or_default();
        let mut session = SimSession {
            sim: Mutex::new(SubApp::new()),
            scenario,
            scenario_path: scenario_path.to_owned(),
            seed,
            trainee,
            mode,
            writing_lang,
            speed,
            draft: String::new(),
            target: Target::Post,
            actions: Vec::new(),
            started: Instant::now(),
            last_autosave: Instant::now(),
            saved_draft: String::new(),
            saving: None,
        };
        // The first update runs the tick at 0 (the opening events).
        sim.update();
        session.sim = Mutex::new(sim);
        session
    }

    /// Replays saved actions the way they were first taken — run the clock to each action's
    /// time, then act — and runs on to `until`. The simulation is deterministic, so this
    /// rebuilds the saved run exactly (a scripted replay would apply each action before, not
    /// after, the events of its second, and diverge).
    pub fn replay(&mut self, actions: &[ScriptedAction], until: SimDuration) {
        for action in actions {
            self.run_until(action.at);
            match &action.action {
                ActionKind::VerifyFact { fact } => self.verify(fact),
                kind => {
                    self.target = match kind {
                        ActionKind::Reply { to } => Target::Reply(to.clone()),
                        ActionKind::CorrectRumour { rumour } => Target::Correct(rumour.clone()),
                        _ => Target::Post,
                    };
                    self.draft = action.text.clone();
                    self.publish_draft();
                }
            }
        }
        self.run_until(until);
    }

    /// Fast-forwards to `at`, if it lies ahead.
    pub fn run_until(&mut self, at: SimDuration) {
        let now = self.now();
        if at > now {
            self.fast_forward(Duration::from_secs(u64::from(at.as_secs() - now.as_secs())));
        }
    }

    fn with_sim<R>(&self, f: impl FnOnce(&mut SubApp) -> R) -> R {
        let mut sim = self
            .sim
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut sim)
    }

    /// Reads the simulation's world.
    pub fn read<R>(&self, f: impl FnOnce(&World) -> R) -> R {
        self.with_sim(|sim| f(sim.world()))
    }

    /// The log so far (borrowed for the duration of `f`).
    pub fn with_log<R>(&self, f: impl FnOnce(&SimLog) -> R) -> R {
        self.read(|w| f(w.resource::<SimRecord>().log()))
    }

    /// Simulated time now.
    pub fn now(&self) -> SimDuration {
        self.read(|w| w.resource::<Time<Sim>>().now())
    }

    /// The time for the clock face, moving smoothly between ticks.
    pub fn display_time(&self) -> Duration {
        self.read(|w| w.resource::<Time<Sim>>().display_time())
    }

    /// Whether the scenario has run to its end.
    pub fn is_finished(&self) -> bool {
        self.read(|w| w.resource::<Time<Sim>>().is_finished())
    }

    /// Pressure (0–100) and trust (0–100) now, and the largest rumour reach (0–1).
    pub fn gauges(&self) -> (f64, f64, f64) {
        self.read(|w| {
            let public = w.resource::<Public>();
            let reach = (0..self.scenario.def().rumours.len())
                .map(|r| public.reach(r))
                .fold(0.0, f64::max);
            (public.pressure(), public.trust(), reach)
        })
    }

    /// Advances simulated time by `real` × the speed.
    pub fn advance(&mut self, real: Duration) {
        let factor = self.speed.factor();
        self.with_sim(|sim| {
            if factor > 0 {
                sim.world_mut()
                    .resource_mut::<Time<Sim>>()
                    .run_for(real * factor);
            }
            sim.update();
        });
    }

    /// Simulates `duration` more at once (fast-forward), whatever the speed.
    pub fn fast_forward(&mut self, duration: Duration) {
        self.with_sim(|sim| {
            sim.world_mut()
                .resource_mut::<Time<Sim>>()
                .run_for(duration);
            sim.update();
        });
    }

    /// Runs to the end of the scenario.
    pub fn run_to_end(&mut self) {
        self.with_sim(|sim| {
            while !sim.world().resource::<Time<Sim>>().is_finished() {
                sim.world_mut().resource_mut::<Time<Sim>>().run_to_end();
                sim.update();
            }
        });
    }

    /// Publishes the draft to its target, if it is not empty; returns whether it was sent.
    pub fn publish_draft(&mut self) -> bool {
        let text = self.draft.trim().to_owned();
        if text.is_empty() {
            return false;
        }
        let target = std::mem::take(&mut self.target);
        let at = self.now();
        let action = match &target {
            Target::Post => ActionKind::Publish,
            Target::Reply(to) => ActionKind::Reply { to: to.clone() },
            Target::Correct(rumour) => ActionKind::CorrectRumour {
                rumour: rumour.clone(),
            },
        };
        self.with_sim(|sim| {
            let world = sim.world_mut();
            match target {
                Target::Post => {
                    world.write_message(PublishPost { text: text.clone() });
                }
                Target::Reply(to) => {
                    world.write_message(PublishReply {
                        to,
                        text: text.clone(),
                    });
                }
                Target::Correct(rumour) => {
                    world.write_message(CorrectRumour {
                        rumour,
                        text: text.clone(),
                    });
                }
            }
            sim.update();
        });
        self.actions.push(ScriptedAction { at, action, text });
        self.draft.clear();
        // Save at once: the post is the trainee's work.
        self.last_autosave = Instant::now() - Duration::from_secs(3600);
        true
    }

    /// Asks the responsible department to verify a fact.
    pub fn verify(&mut self, fact: &str) {
        let at = self.now();
        self.with_sim(|sim| {
            sim.world_mut().write_message(VerifyFact {
                fact: fact.to_owned(),
            });
            sim.update();
        });
        self.actions.push(ScriptedAction {
            at,
            action: ActionKind::VerifyFact {
                fact: fact.to_owned(),
            },
            text: String::new(),
        });
    }

    /// The data to resume from.
    pub fn autosave(&self) -> Autosave {
        Autosave {
            scenario_path: self.scenario_path.clone(),
            seed: self.seed,
            trainee: self.trainee.clone(),
            mode: self.mode,
            writing_lang: self.writing_lang.clone(),
            at: self.now(),
            actions: self.actions.clone(),
            draft: self.draft.clone(),
            target: self.target.clone(),
        }
    }

    /// Ends the run: waits for a background autosave, simulates to the end and hands back the
    /// finished run.
    pub fn finish(mut self) -> FinishedRun {
        if let Some(saving) = self.saving.take() {
            let _ = saving.join();
        }
        self.run_to_end();
        let log = self.with_sim(|sim| sim.world_mut().resource_mut::<SimRecord>().take());
        FinishedRun {
            scenario: self.scenario.clone(),
            log,
            real_duration: self.started.elapsed(),
            mode: self.mode,
        }
    }
}

fn advance_simulation(mut session: ResMut<Session>, time: Res<Time<Real>>) {
    if let Some(s) = session.0.as_mut() {
        // A long stall (a dragged window, a debugger) must not fast-forward the crisis.
        s.advance(time.delta().min(Duration::from_millis(250)));
    }
}

/// Saves the session every few seconds, and at once after a post or a draft change.
fn autosave_session(mut session: ResMut<Session>, dir: Res<DataDir>) {
    let Some(s) = session.0.as_mut() else { return };
    let due = s.last_autosave.elapsed() >= Duration::from_secs(5);
    let draft_changed =
        s.draft != s.saved_draft && s.last_autosave.elapsed() >= Duration::from_secs(1);
    if !due && !draft_changed {
        return;
    }
    s.last_autosave = Instant::now();
    s.saved_draft = s.draft.clone();
    let save = s.autosave();
    let log = s.with_log(SimLog::clone);
    let dir = dir.0.clone();
    if let Some(previous) = s.saving.take() {
        let _ = previous.join();
    }
    // Serialising a long log takes a few milliseconds: do it off the frame.
    s.saving = Some(std::thread::spawn(move || {
        if let Ok(text) = ron::ser::to_string_pretty(&save, ron::ser::PrettyConfig::default()) {
            let _ = files::write_atomic(&autosave_path(&dir), text.as_bytes());
        }
        if let Ok(text) = log.to_ron() {
            let _ = files::write_atomic(&dir.join("autosave-simlog.ron"), text.as_bytes());
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flood() -> (Arc<Scenario>, PathBuf) {
        let path = PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scenarios/flood/scenario.ron"
        ));
        let scenario = ScenarioFiles::read(&path)
            .unwrap()
            .load()
            .scenario
            .expect("the flood scenario is valid");
        (Arc::new(scenario), path)
    }

    fn start() -> SimSession {
        let (scenario, path) = flood();
        SimSession::start(
            scenario,
            &path,
            7,
            "Tester".into(),
            Mode::Exam,
            "en-US".into(),
            Arc::new(goldenhour_sim::KeywordScorer),
        )
    }

    /// A crash loses nothing: the autosave (seed, actions, time, draft) rebuilds exactly the
    /// same run, because the simulation is deterministic.
    #[test]
    fn an_autosave_resumes_the_identical_run() {
        let mut first = start();
        first.fast_forward(Duration::from_secs(25 * 60));
        first.draft = "Metro Line 3 is flooded; about 420 passengers are being evacuated. Call 12345. Next update 6:30.".into();
        assert!(first.publish_draft());
        first.fast_forward(Duration::from_secs(10 * 60));
        first.verify("pump-failure");
        first.fast_forward(Duration::from_secs(30 * 60));
        first.target = Target::Reply("e09".into());
        first.draft = "unsent words".into();
        let save = first.autosave();
        assert_eq!(save.actions.len(), 2);
        assert_eq!(save.draft, "unsent words");

        // Through the file format, as after a restart.
        let text = ron::ser::to_string_pretty(&save, ron::ser::PrettyConfig::default()).unwrap();
        let save: Autosave = ron::from_str(&text).unwrap();
        let mut resumed = start();
        resumed.replay(&save.actions, save.at);
        assert_eq!(resumed.now(), first.now());
        let (a, b) = (
            first.with_log(SimLog::clone),
            resumed.with_log(SimLog::clone),
        );
        assert!(a.entries.len() > 10, "the run did something");
        if let Some(i) = (0..a.entries.len().max(b.entries.len()))
            .find(|&i| a.entries.get(i) != b.entries.get(i))
        {
            panic!(
                "logs differ at entry {i}: {:?} vs {:?}",
                a.entries.get(i),
                b.entries.get(i)
            );
        }
        assert_eq!(a.samples, b.samples);
    }

    #[test]
    fn empty_drafts_are_not_published() {
        let mut s = start();
        s.draft = "  \n ".into();
        assert!(!s.publish_draft());
        assert!(s.actions.is_empty());
    }
}
