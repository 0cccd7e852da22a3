//! The run's record: the [`SimLog`] being written, the state sampled every simulated minute,
//! and the end of the run.

use std::sync::Arc;

use bevy_app::App;
use bevy_ecs::prelude::*;
use bevy_time::Time;
use goldenhour_scenario::SimDuration;
use goldenhour_simlog::{LogEntry, LogKind, SIMLOG_FORMAT, SimLog};

use crate::clock::{Sim, SimClock, TICK_SECONDS, mark_finished};
use crate::public::Public;
use crate::{SimPlugin, SimSystems, SimTick};

/// The run ended: the clock reached the scenario's duration.
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub struct SimFinished {
    /// The scenario's duration.
    pub at: SimDuration,
}

/// The log of the run so far. Entries are in time order; within one second, in the order
/// the phases of [`SimSystems`] produced them.
#[derive(Resource, Debug, Default)]
pub struct SimRecord {
    log: SimLog,
    last_sample: Option<SimDuration>,
    /// The scenario's rumour ids, shared by every sample.
    rumour_ids: Vec<Arc<str>>,
}

impl SimRecord {
    /// The log so far.
    pub fn log(&self) -> &SimLog {
        &self.log
    }

    /// Takes the log out, leaving an empty one.
    pub fn take(&mut self) -> SimLog {
        std::mem::take(&mut self.log)
    }

    /// Appends an entry. Callers push in time order: a tick only records moments inside its
    /// own span, and its phases run in order.
    pub(crate) fn push(&mut self, at: SimDuration, kind: LogKind) {
        self.log.entries.push(LogEntry { at, kind });
    }

    /// Appends entries.
    pub(crate) fn extend(&mut self, entries: impl IntoIterator<Item = LogEntry>) {
        self.log.entries.extend(entries);
    }

    /// How many entries there are.
    pub(crate) fn len(&self) -> usize {
        self.log.entries.len()
    }
}

pub(super) fn plugin(app: &mut App, setup: &SimPlugin) {
    let def = setup.scenario.def();
    let log = SimLog {
        format: SIMLOG_FORMAT,
        scenario: setup.embedded.clone(),
        seed: setup.seed,
        language: setup.language.clone(),
        trainee: setup.trainee.clone(),
        duration: def.clock.duration,
        entries: Vec::new(),
        // One sample a minute and one at the end.
        samples: Vec::with_capacity(
            usize::try_from(def.clock.duration.as_secs() / TICK_SECONDS + 2).unwrap_or(0),
        ),
    };
    app.insert_resource(SimRecord {
        log,
        last_sample: None,
        rumour_ids: def
            .rumours
            .iter()
            .map(|r| Arc::from(r.id.as_str()))
            .collect(),
    })
    .add_message::<SimFinished>()
    .add_systems(SimTick, record_tick.in_set(SimSystems::Record));
}

/// The [`SimSystems::Record`] phase, one system for its two steps (one system costs less per
/// tick than two): the public's state is sampled, then the end of the run is recorded.
fn record_tick(
    mut clock: ResMut<Time<Sim>>,
    public: Res<Public>,
    mut record: ResMut<SimRecord>,
    mut finished: MessageWriter<SimFinished>,
) {
    sample_public(&clock, &public, &mut record);
    finish_run(&mut clock, &mut finished);
}

/// Samples the public's state at every whole minute, and at the end.
fn sample_public(clock: &Time<Sim>, public: &Public, record: &mut SimRecord) {
    let now = clock.now();
    let on_minute = now.as_secs().is_multiple_of(TICK_SECONDS);
    if !(on_minute || now >= clock.end()) || record.last_sample == Some(now) {
        return;
    }
    record.last_sample = Some(now);
    let sample = public.sample(now, &record.rumour_ids);
    record.log.samples.push(sample);
}

/// Marks the run finished when the clock reaches its end. The clock is only read until then,
/// so that it is marked changed only in the tick the run finishes.
fn finish_run(clock: &mut ResMut<Time<Sim>>, finished: &mut MessageWriter<SimFinished>) {
    let now = clock.now();
    if now >= clock.end() && !clock.is_finished() {
        mark_finished(clock);
        finished.write(SimFinished { at: now });
    }
}
