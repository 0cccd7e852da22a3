//! The simulated clock `Time<Sim>`: its speeds, pause and single steps, and the driver that
//! turns real time (or a host's explicit request) into simulation ticks.

use std::time::Duration;

use bevy_app::{App, Update};
use bevy_ecs::prelude::*;
use bevy_time::{Real, Time};
use goldenhour_scenario::SimDuration;
use serde::{Deserialize, Serialize};

use crate::trainee::PendingActions;
use crate::{Agenda, SimConfig, SimSystems, SimTick};

/// The longest tick, in simulated seconds. Ticks end early at scheduled happenings, and every
/// whole minute is a tick boundary, so state samples fall on whole minutes.
///
/// A minute keeps a six-hour run to a few hundred ticks (a one-second tick would run the
/// schedule 21,600 times) while every scheduled happening still occurs at its exact second.
pub const TICK_SECONDS: u32 = 60;

/// How fast the simulated clock runs against real time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SimSpeed {
    /// The clock stands still; requests are still applied, at the current time.
    Paused,
    /// One simulated second per real second.
    X1,
    /// Five simulated seconds per real second.
    X5,
    /// Ten simulated seconds per real second.
    #[default]
    X10,
    /// One simulated minute per real second.
    X60,
}

impl SimSpeed {
    /// Every speed, slowest first.
    pub const ALL: [SimSpeed; 5] = [
        SimSpeed::Paused,
        SimSpeed::X1,
        SimSpeed::X5,
        SimSpeed::X10,
        SimSpeed::X60,
    ];

    /// Simulated seconds per real second.
    pub fn factor(self) -> u32 {
        match self {
            SimSpeed::Paused => 0,
            SimSpeed::X1 => 1,
            SimSpeed::X5 => 5,
            SimSpeed::X10 => 10,
            SimSpeed::X60 => 60,
        }
    }

    /// The speed with this factor (a scenario's `default_speed`), if there is one.
    pub fn from_factor(factor: u32) -> Option<SimSpeed> {
        SimSpeed::ALL.into_iter().find(|s| s.factor() == factor)
    }
}

/// The context of the simulated clock, `Time<Sim>` (compare avian's `Time<Physics>`).
///
/// `elapsed()` is the time of the last tick; `delta()` is that tick's length. Read it through
/// the [`SimClock`] trait.
#[derive(Clone, Copy, Debug, Default)]
pub struct Sim {
    speed: SimSpeed,
    /// Simulated time the host has asked for (real time × speed, or an explicit advance) and
    /// that has not yet been simulated because it does not reach the next tick boundary.
    owed: Duration,
    /// Single steps requested and not yet taken.
    steps: u32,
    /// The scenario's duration.
    end: Duration,
    started: bool,
    finished: bool,
}

/// Reading and steering the simulated clock.
pub trait SimClock {
    /// The time of the last tick, as an offset from the scenario's start.
    fn now(&self) -> SimDuration;
    /// The scenario's duration: the run ends there.
    fn end(&self) -> SimDuration;
    /// The current speed.
    fn speed(&self) -> SimSpeed;
    /// Changes the speed.
    fn set_speed(&mut self, speed: SimSpeed);
    /// Asks for one more tick, whatever the speed (paused included).
    fn request_step(&mut self);
    /// Asks for `duration` more simulated time, whatever the speed: how headless hosts drive
    /// the clock without real time.
    fn run_for(&mut self, duration: Duration);
    /// Asks for everything up to the end of the scenario.
    fn run_to_end(&mut self);
    /// Whether the run has reached its end.
    fn is_finished(&self) -> bool;
    /// The time to show on a clock face: the last tick plus the time owed to the next one,
    /// which moves smoothly between ticks.
    fn display_time(&self) -> Duration;
}

impl SimClock for Time<Sim> {
    fn now(&self) -> SimDuration {
        secs(self.elapsed())
    }

    fn end(&self) -> SimDuration {
        secs(self.context().end)
    }

    fn speed(&self) -> SimSpeed {
        self.context().speed
    }

    fn set_speed(&mut self, speed: SimSpeed) {
        self.context_mut().speed = speed;
    }

    fn request_step(&mut self) {
        let ctx = self.context_mut();
        ctx.steps = ctx.steps.saturating_add(1);
    }

    fn run_for(&mut self, duration: Duration) {
        let ctx = self.context_mut();
        ctx.owed = ctx.owed.saturating_add(duration);
    }

    fn run_to_end(&mut self) {
        let remaining = self.context().end.saturating_sub(self.elapsed());
        let ctx = self.context_mut();
        ctx.owed = ctx.owed.max(remaining);
    }

    fn is_finished(&self) -> bool {
        self.context().finished
    }

    fn display_time(&self) -> Duration {
        (self.elapsed() + self.context().owed).min(self.context().end)
    }
}

/// Whole seconds of a duration; the clock only ever stops on whole seconds.
fn secs(d: Duration) -> SimDuration {
    SimDuration::from_secs(u32::try_from(d.as_secs()).unwrap_or(u32::MAX))
}

/// Request: change the clock's speed (pause included).
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub struct SetSpeed(pub SimSpeed);

/// Request: advance the clock by one tick, whatever the speed.
#[derive(Message, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StepSim;

pub(super) fn plugin(app: &mut App) {
    let (end, speed) = {
        let config = app.world().resource::<SimConfig>();
        let clock = &config.scenario.def().clock;
        (
            Duration::from_secs(u64::from(clock.duration.as_secs())),
            SimSpeed::from_factor(clock.default_speed).unwrap_or_default(),
        )
    };
    app.insert_resource(Time::new_with(Sim {
        speed,
        end,
        ..Sim::default()
    }))
    .add_message::<SetSpeed>()
    .add_message::<StepSim>()
    .add_systems(Update, apply_clock_requests.in_set(SimSystems::Intake))
    .add_systems(Update, advance_sim_clock.in_set(SimSystems::Advance));
}

fn apply_clock_requests(
    mut clock: ResMut<Time<Sim>>,
    mut speeds: MessageReader<SetSpeed>,
    mut steps: MessageReader<StepSim>,
) {
    for SetSpeed(speed) in speeds.read() {
        clock.set_speed(*speed);
    }
    for _ in steps.read() {
        clock.request_step();
    }
}

/// Converts the frame's real time into owed simulated time, then runs [`SimTick`] for every
/// boundary the owed time (or a requested step) reaches.
///
/// Real time only ever adds to the owed time; the boundaries and everything simulated between
/// them depend on the scenario, the seed and the actions alone, so a headless host that asks
/// for the whole run at once gets the same log as one that steps minute by minute.
fn advance_sim_clock(world: &mut World) {
    let real = world
        .get_resource::<Time<Real>>()
        .map_or(Duration::ZERO, Time::delta);
    {
        let mut clock = world.resource_mut::<Time<Sim>>();
        let factor = clock.speed().factor();
        if !clock.is_finished() {
            clock.run_for(real.saturating_mul(factor));
        }
    }
    // The tick schedule is taken out of the world once for all the ticks this frame owes,
    // not once per tick: a headless run has hundreds of ticks in one frame.
    world.schedule_scope(SimTick, |world, tick| {
        while let Some(target) = next_tick(world) {
            world
                .resource_mut::<Time<Sim>>()
                .advance_to(Duration::from_secs(u64::from(target)));
            tick.run(world);
        }
    });
}

/// Where the next tick ends, if the owed time or a step reaches it; takes that time from the
/// owed time.
fn next_tick(world: &mut World) -> Option<u32> {
    let pending = world
        .get_resource::<PendingActions>()
        .is_some_and(|p| !p.is_empty());
    let next_scheduled = {
        let now = world.resource::<Time<Sim>>().now().as_secs();
        world.resource::<Agenda>().next_after(now)
    };
    let mut clock = world.resource_mut::<Time<Sim>>();
    if clock.is_finished() {
        clock.context_mut().owed = Duration::ZERO;
        return None;
    }
    let now = clock.now().as_secs();
    let end = clock.end().as_secs();
    let ctx = clock.context_mut();
    if !ctx.started {
        // The first tick is at 0, so that events at 0 fire and the first sample is taken.
        ctx.started = true;
        return Some(0);
    }
    let next_minute = (now / TICK_SECONDS + 1).saturating_mul(TICK_SECONDS);
    let boundary = next_scheduled
        .map_or(next_minute, |s| s.min(next_minute))
        .min(end);
    let span = Duration::from_secs(u64::from(boundary.saturating_sub(now)));
    if ctx.steps > 0 {
        ctx.steps -= 1;
        ctx.owed = ctx.owed.saturating_sub(span);
        return Some(boundary);
    }
    if ctx.owed >= span {
        ctx.owed -= span;
        return Some(boundary);
    }
    if pending {
        // A host's action waits for no boundary: it is applied at the second the clock face
        // shows, in a shorter (possibly zero-length) tick.
        let whole = ctx.owed.as_secs();
        ctx.owed -= Duration::from_secs(whole);
        return Some(
            now.saturating_add(u32::try_from(whole).unwrap_or(0))
                .min(end),
        );
    }
    None
}

/// Marks the run finished; called by the recorder at the end tick.
pub(crate) fn mark_finished(clock: &mut Time<Sim>) {
    let ctx = clock.context_mut();
    ctx.finished = true;
    ctx.owed = Duration::ZERO;
    ctx.steps = 0;
}
