//! The trainee's desktop app: bevy with egui. Screens go Home → Briefing → Exercise →
//! Debrief; the simulation runs in its own bevy world (see [`session`]) that the screens drive
//! only through requests, never by touching its state.

mod autoplay;
mod briefing;
pub mod debrief;
pub mod exercise;
pub mod fonts;
mod history;
mod home;
mod library;
pub mod session;
mod theme;
pub mod view;

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy_egui::EguiPlugin;
use goldenhour_l10n::{Lang, Localizer};

pub use autoplay::AutoplayOptions;

/// How the app was started.
#[derive(Clone, Debug)]
pub struct GuiOptions {
    /// Folder of scenarios for the library (searched for scenario.ron files).
    pub scenarios: PathBuf,
    /// Interface language at start.
    pub lang: Lang,
    /// Where autosaves, attempts and reports go.
    pub data_dir: PathBuf,
    /// The scripted mode for tests and demos, if any.
    pub autoplay: Option<AutoplayOptions>,
    /// Longest post the compose box accepts, in characters.
    pub char_limit: usize,
    /// Exit once the Home screen is ready, printing the start-up time.
    pub exit_when_ready: bool,
}

/// Longest post the compose box accepts, in characters.
#[derive(Resource, Clone, Copy, Debug)]
pub struct CharLimit(pub usize);

/// The screen shown.
#[derive(States, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    /// The scenario library, language, name and mode.
    #[default]
    Home,
    /// The situation, role, objectives and how scoring works.
    Briefing,
    /// The simulated microblog.
    Exercise,
    /// Scores and evidence.
    Debrief,
}

/// The order of the app's own per-frame work: read the simulation, then draw.
#[derive(SystemSet, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AppSystems {
    /// Background loads arriving, files changing, the simulation advancing.
    Update,
    /// Scripted input, before the UI reads it.
    Script,
}

/// The interface language's messages.
#[derive(Resource)]
pub struct Tr(pub Localizer);

impl Tr {
    /// A message with no arguments.
    pub fn get(&self, id: &str) -> String {
        self.0.get(id)
    }

    /// A message with arguments.
    pub fn fmt<V: AsRef<str>>(&self, id: &str, args: &[(&str, V)]) -> String {
        self.0.format(id, args)
    }
}

/// Practice shows a coach after each post; an exam shows nothing until the end.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Mode {
    /// Hints after each post.
    #[default]
    Practice,
    /// No feedback until the debrief.
    Exam,
}

/// What the trainee chose on the Home screen.
#[derive(Resource, Debug)]
pub struct Setup {
    /// The trainee's name, for the report.
    pub trainee: String,
    /// Practice or exam.
    pub mode: Mode,
    /// The scenario chosen, as an index into the library.
    pub selected: Option<usize>,
    /// The language the trainee writes in.
    pub writing_lang: Lang,
}

/// Where the app keeps its files.
#[derive(Resource, Clone, Debug)]
pub struct DataDir(pub PathBuf);

/// Runs the app until its window closes; returns the process exit code.
pub fn run(options: GuiOptions) -> u8 {
    let mut app = App::new();
    let title = Localizer::new(options.lang).get("gui-window-title");
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title,
                    resolution: WindowResolution::new(1366, 860),
                    ..default()
                }),
                ..default()
            })
            .set(bevy::log::LogPlugin {
                level: bevy::log::Level::WARN,
                ..default()
            }),
    )
    .add_plugins(EguiPlugin::default())
    .init_state::<Screen>()
    .insert_resource(ClearColor(theme::BACKGROUND))
    .insert_resource(Tr(Localizer::new(options.lang)))
    .insert_resource(Setup {
        trainee: String::new(),
        mode: Mode::Practice,
        selected: None,
        writing_lang: options.lang,
    })
    .insert_resource(DataDir(options.data_dir.clone()))
    .insert_resource(CharLimit(options.char_limit))
    .configure_sets(Update, (AppSystems::Update, AppSystems::Script).chain())
    .add_systems(Startup, spawn_camera)
    .add_plugins((
        fonts::plugin,
        library::plugin(options.scenarios.clone()),
        session::plugin,
        home::plugin,
        briefing::plugin,
        exercise::plugin,
        debrief::plugin,
    ));
    if let Some(script) = options.autoplay {
        app.add_plugins(autoplay::plugin(script));
    }
    if options.exit_when_ready {
        app.insert_resource(StartedAt(std::time::Instant::now()))
            .add_systems(Update, exit_when_home_is_ready.in_set(AppSystems::Script));
    }
    match app.run() {
        AppExit::Success => 0,
        AppExit::Error(code) => code.get(),
    }
}

/// When the app started, for the start-up measurement.
#[derive(Resource)]
struct StartedAt(std::time::Instant);

/// Ends the app once Home shows the loaded library in the bundled font, printing how long
/// that took (docs/performance.md compares it with an empty bevy + egui window).
fn exit_when_home_is_ready(
    fonts: Res<fonts::FontsReady>,
    library: Res<library::Library>,
    started: Res<StartedAt>,
    tr: Res<Tr>,
    mut drawn_frames: Local<u32>,
    mut exit: MessageWriter<AppExit>,
) {
    if !(fonts.0 && library.loaded) {
        return;
    }
    *drawn_frames += 1;
    // One more frame after both are ready, so Home has drawn the library once.
    if *drawn_frames == 2 {
        let ms = started.0.elapsed().as_millis().to_string();
        println!("{}", tr.fmt("gui-ready-after", &[("ms", ms)]));
        exit.write(AppExit::Success);
    }
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn(Camera2d);
}
