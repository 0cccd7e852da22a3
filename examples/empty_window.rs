//! The start-up floor for docs/performance.md: an empty bevy + egui window with the same bevy
//! features as the app. It prints the time from process start to its first drawn frame and
//! exits, so `goldenhour play --exit-when-ready` can be compared with it side by side.

use std::time::Instant;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};

fn main() {
    let started = Instant::now();
    App::new()
        .add_plugins(DefaultPlugins)
        .add_plugins(EguiPlugin::default())
        .insert_resource(Started(started))
        .add_systems(Startup, |mut commands: Commands| {
            commands.spawn(Camera2d);
        })
        .add_systems(EguiPrimaryContextPass, draw_and_exit)
        .run();
}

#[derive(Resource)]
struct Started(Instant);

fn draw_and_exit(
    mut contexts: EguiContexts,
    started: Res<Started>,
    mut frames: Local<u32>,
    mut exit: MessageWriter<AppExit>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    egui::Window::new("floor").show(ctx, |ui| ui.label("empty"));
    *frames += 1;
    // The second pass is the first one whose output has been presented.
    if *frames == 2 {
        println!("first frame after {} ms", started.0.elapsed().as_millis());
        exit.write(AppExit::Success);
    }
    Ok(())
}
