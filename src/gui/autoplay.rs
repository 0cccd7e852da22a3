//! The scripted mode, for tests and demos: `goldenhour play SCENARIO --autoplay RESPONSES
//! --screenshots DIR`. It drives the real window: picks the scenario on Home, starts from the
//! Briefing, types each response into the compose box as keyboard text (the same path as a
//! person typing), publishes it with the compose box's own publish action, fast-forwards
//! between responses, saves a PNG of each screen, and exits when the debrief is shown.

use std::path::PathBuf;
use std::time::Duration;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};
use bevy_egui::{EguiContexts, EguiInput, EguiPreUpdateSet, PrimaryEguiContext, egui};
use goldenhour_scenario::{ActionKind, Responses};

use super::exercise::{COMPOSE_ID, FeedView, FocusCompose};
use super::fonts::FontsReady;
use super::library::Library;
use super::session::{ScorerSlot, Session, Target};
use super::{Screen, Setup};

/// What to play and where to save the screenshots.
#[derive(Clone, Debug)]
pub struct AutoplayOptions {
    /// The scenario file to pick in the library.
    pub scenario: PathBuf,
    /// The trainee's scripted actions.
    pub responses: Responses,
    /// Folder for the PNGs.
    pub screenshots: PathBuf,
    /// The run's seed (a fixed one, so a demo is reproducible).
    pub seed: u64,
    /// The trainee's name shown in the debrief and report.
    pub trainee: String,
}

/// The seed the Briefing screen uses instead of a fresh one.
#[derive(Resource)]
pub struct FixedSeed(pub u64);

/// Where the script is.
#[derive(Resource)]
struct Autoplay {
    options: AutoplayOptions,
    step: Step,
    /// Frames to wait before the next step, so each screen has drawn before its screenshot.
    wait: u32,
    shots: u32,
    /// Characters of the current response still to type.
    typing: Option<(String, usize)>,
    /// Frames spent waiting for the compose box to take the text.
    stalled: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    WaitForLoad,
    Home,
    Briefing,
    Exercise(usize),
    Debrief,
    Report,
    Done,
    Exited,
}

pub(super) fn plugin(options: AutoplayOptions) -> impl Fn(&mut App) {
    move |app: &mut App| {
        app.insert_resource(FixedSeed(options.seed))
            .insert_resource(Autoplay {
                options: options.clone(),
                step: Step::WaitForLoad,
                wait: 0,
                shots: 0,
                typing: None,
                stalled: 0,
            })
            .add_systems(Update, drive_script.in_set(super::AppSystems::Script))
            .add_systems(
                PreUpdate,
                type_response
                    .after(EguiPreUpdateSet::ProcessInput)
                    .before(EguiPreUpdateSet::BeginPass),
            );
    }
}

impl Autoplay {
    fn screenshot(&mut self, commands: &mut Commands, name: &str) {
        self.shots += 1;
        let path = self
            .options
            .screenshots
            .join(format!("{:02}-{name}.png", self.shots));
        commands
            .spawn(Screenshot::primary_window())
            .observe(save_to_disk(path));
        // Give the capture a few frames to reach the disk before the screen changes.
        self.wait = 8;
    }
}

/// Feeds the current response into the focused compose box as text input, a chunk per frame.
fn type_response(
    mut script: ResMut<Autoplay>,
    mut contexts: EguiContexts,
    mut input: Query<&mut EguiInput, With<PrimaryEguiContext>>,
    mut focus: ResMut<FocusCompose>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let Some((text, typed)) = script.typing.as_mut() else {
        return Ok(());
    };
    if !ctx.memory(|m| m.has_focus(egui::Id::new(COMPOSE_ID))) {
        // As a click on the box would: focus it, and type once it has the focus.
        focus.0 = true;
        script.stalled += 1;
        return Ok(());
    }
    let rest: String = text.chars().skip(*typed).take(64).collect();
    if rest.is_empty() {
        return Ok(());
    }
    *typed += rest.chars().count();
    for mut raw in &mut input {
        raw.events.push(egui::Event::Text(rest.clone()));
    }
    Ok(())
}

#[expect(clippy::too_many_arguments, reason = "the script touches every screen")]
fn drive_script(
    mut commands: Commands,
    mut script: ResMut<Autoplay>,
    fonts: Res<FontsReady>,
    library: Res<Library>,
    scorer: Res<ScorerSlot>,
    mut setup: ResMut<Setup>,
    mut session: ResMut<Session>,
    mut feed: ResMut<FeedView>,
    mut debrief: ResMut<super::debrief::DebriefState>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
) {
    if script.wait > 0 {
        script.wait -= 1;
        return;
    }
    debug!(
        "autoplay: step {:?}, screen {:?}, typed {:?}",
        script.step,
        screen.get(),
        script.typing.as_ref().map(|t| t.1)
    );
    match script.step {
        Step::WaitForLoad => {
            if fonts.0 && library.loaded {
                let wanted = std::fs::canonicalize(&script.options.scenario).ok();
                let found = library.entries.iter().position(|e| {
                    std::fs::canonicalize(&e.path).ok() == wanted && e.scenario.is_some()
                });
                let Some(index) = found else {
                    error!(
                        "autoplay: the scenario {} is not in the library or has errors",
                        script.options.scenario.display()
                    );
                    exit.write(AppExit::from_code(2));
                    script.step = Step::Exited;
                    return;
                };
                setup.selected = Some(index);
                setup.trainee = script.options.trainee.clone();
                if let Some(lang) =
                    goldenhour_l10n::Lang::from_tag(&script.options.responses.language)
                {
                    setup.writing_lang = lang;
                }
                script.wait = 5;
                script.step = Step::Home;
            }
        }
        Step::Home => {
            script.screenshot(&mut commands, "home");
            next.set(Screen::Briefing);
            script.step = Step::Briefing;
        }
        Step::Briefing => {
            if *screen.get() != Screen::Briefing {
                return;
            }
            script.screenshot(&mut commands, "briefing");
            script.step = Step::Exercise(0);
        }
        Step::Exercise(i) => {
            if *screen.get() == Screen::Briefing {
                // The Briefing's start button, pressed by the script.
                if let Some(scorer) = scorer.scorer.clone()
                    && let Some(entry) = setup.selected.and_then(|i| library.entries.get(i))
                    && let Some(scenario) = entry.scenario.clone()
                {
                    session.0 = Some(super::session::SimSession::start(
                        scenario,
                        &entry.path,
                        script.options.seed,
                        setup.trainee.clone(),
                        setup.mode,
                        setup.writing_lang.tag().to_owned(),
                        scorer,
                    ));
                    next.set(Screen::Exercise);
                    script.wait = 3;
                }
                return;
            }
            let Some(s) = session.0.as_mut() else { return };
            // The script sets the pace; the real-time clock stands still.
            s.speed = goldenhour_sim::SimSpeed::Paused;
            let actions = script.options.responses.actions.clone();
            if let Some((text, typed)) = script.typing.clone() {
                if s.draft == text {
                    s.publish_draft();
                    script.typing = None;
                    script.stalled = 0;
                    let last = i + 1 == actions.len();
                    if i == 0 || i == actions.len() / 2 || last {
                        script.wait = 2;
                        script.step = Step::Exercise(i + 1);
                        script.screenshot(&mut commands, &format!("exercise-{}", i + 1));
                    } else {
                        script.step = Step::Exercise(i + 1);
                    }
                } else {
                    if typed >= text.chars().count() {
                        script.stalled += 1;
                    }
                    if script.stalled > 120 {
                        error!(
                            "autoplay: the compose box did not receive response {}",
                            i + 1
                        );
                        exit.write(AppExit::from_code(2));
                        script.step = Step::Exited;
                    }
                }
                return;
            }
            let Some(action) = actions.get(i) else {
                feed.end_requested = true;
                script.step = Step::Debrief;
                script.wait = 10;
                return;
            };
            let now = s.now();
            if action.at > now {
                s.fast_forward(Duration::from_secs(u64::from(
                    action.at.as_secs() - now.as_secs(),
                )));
            }
            match &action.action {
                ActionKind::VerifyFact { fact } => {
                    s.verify(fact);
                    script.step = Step::Exercise(i + 1);
                }
                kind => {
                    s.target = match kind {
                        ActionKind::Reply { to } => Target::Reply(to.clone()),
                        ActionKind::CorrectRumour { rumour } => Target::Correct(rumour.clone()),
                        _ => Target::Post,
                    };
                    s.draft.clear();
                    script.typing = Some((action.text.clone(), 0));
                }
            }
        }
        Step::Debrief => {
            if *screen.get() != Screen::Debrief {
                return;
            }
            script.screenshot(&mut commands, "debrief");
            // Then the debrief's "write the full report" button, through its own code path.
            debrief.open_report = false;
            debrief.report_requested = true;
            script.step = Step::Report;
        }
        Step::Report => match &debrief.report {
            None => {}
            Some(Ok(path)) => {
                info!("autoplay: report written to {}", path.display());
                script.screenshot(&mut commands, "debrief-report");
                script.step = Step::Done;
            }
            Some(Err(e)) => {
                error!("autoplay: the report could not be written: {e}");
                exit.write(AppExit::from_code(2));
                script.step = Step::Exited;
            }
        },
        Step::Done => {
            exit.write(AppExit::Success);
            script.step = Step::Exited;
        }
        Step::Exited => {}
    }
}
