//! Running the simulation without a window: as fast as the machine allows, driven by explicit
//! requests for simulated time rather than by real time, so that a run is reproducible.

use std::time::Duration;

use bevy_app::{App, Update};
use bevy_ecs::schedule::{Schedule, ScheduleLabel, SingleThreadedExecutor};
use bevy_time::Time;
use goldenhour_simlog::SimLog;

use crate::SimPlugin;
use crate::clock::{Sim, SimClock};
use crate::record::SimRecord;

/// Driving a simulation app by hand: for headless hosts and tests.
pub trait SimAppExt {
    /// Simulates `duration` more (up to the end), in one `update`.
    fn run_sim_for(&mut self, duration: Duration) -> &mut Self;
    /// Simulates to the end of the scenario, in one `update`.
    fn run_sim_to_end(&mut self) -> &mut Self;
    /// The log so far.
    fn sim_log(&self) -> &SimLog;
}

impl SimAppExt for App {
    fn run_sim_for(&mut self, duration: Duration) -> &mut Self {
        self.world_mut()
            .resource_mut::<Time<Sim>>()
            .run_for(duration);
        self.update();
        self
    }

    fn run_sim_to_end(&mut self) -> &mut Self {
        // The first update runs the tick at 0 before the clock knows how far it may go; the
        // loop covers it and any update that stops short.
        while !self.world().resource::<Time<Sim>>().is_finished() {
            self.world_mut().resource_mut::<Time<Sim>>().run_to_end();
            self.update();
        }
        self
    }

    fn sim_log(&self) -> &SimLog {
        self.world().resource::<SimRecord>().log()
    }
}

/// Plays a whole run headless — the scenario, the scripted actions in `setup.script`, the seed
/// — and returns its log. The same setup always gives the same log.
pub fn play(setup: SimPlugin) -> SimLog {
    // Only what a headless run needs: the app's update runs `Update` alone, on one thread —
    // not bevy's `Main` with its dozen framework schedules to build, run and drop. Messages
    // are never swapped out between updates, which changes nothing: every reader reads its
    // messages in the tick they are written.
    let mut app = App::empty();
    app.main_mut().update_schedule = Some(Update.intern());
    let mut update = Schedule::new(Update);
    update.set_executor(SingleThreadedExecutor::new());
    app.add_schedule(update);
    app.add_plugins(setup);
    app.finish();
    app.cleanup();
    app.run_sim_to_end();
    app.world_mut().resource_mut::<SimRecord>().take()
}
