//! The Briefing screen: the situation, the trainee's role and account, the objectives and how
//! scoring works, before the clock starts.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use goldenhour_scenario::Dimension;

use super::fonts::{FontsReady, root_ui};
use super::library::Library;
use super::session::{ScorerSlot, Session, SimSession};
use super::{Mode, Screen, Setup, Tr, theme};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_briefing.run_if(in_state(Screen::Briefing).and_then(|r: Res<FontsReady>| r.0)),
    );
}

/// The message id naming a dimension.
pub fn dimension_label(d: Dimension) -> &'static str {
    match d {
        Dimension::Speed => "gui-dim-speed",
        Dimension::Tone => "gui-dim-tone",
        Dimension::Transparency => "gui-dim-transparency",
        Dimension::Authority => "gui-dim-authority",
        Dimension::Service => "gui-dim-service",
        Dimension::Interaction => "gui-dim-interaction",
    }
}

fn dimension_help(d: Dimension) -> &'static str {
    match d {
        Dimension::Speed => "gui-dim-speed-help",
        Dimension::Tone => "gui-dim-tone-help",
        Dimension::Transparency => "gui-dim-transparency-help",
        Dimension::Authority => "gui-dim-authority-help",
        Dimension::Service => "gui-dim-service-help",
        Dimension::Interaction => "gui-dim-interaction-help",
    }
}

/// A seed for a new run: different each time, recorded in the log so the run can be replayed.
pub fn fresh_seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64)
}

#[expect(clippy::too_many_arguments, reason = "a screen reads many resources")]
fn draw_briefing(
    mut contexts: EguiContexts,
    tr: Res<Tr>,
    setup: Res<Setup>,
    library: Res<Library>,
    scorer: Res<ScorerSlot>,
    mut session: ResMut<Session>,
    mut next: ResMut<NextState<Screen>>,
    seed: Option<Res<super::autoplay::FixedSeed>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(entry) = setup.selected.and_then(|i| library.entries.get(i)) else {
        next.set(Screen::Home);
        return Ok(());
    };
    let Some(scenario) = entry.scenario.clone() else {
        next.set(Screen::Home);
        return Ok(());
    };
    let lang = tr.0.lang().tag();
    let def = scenario.def();
    let text = |key: &str, fallback: &str| scenario.text(lang, key).unwrap_or(fallback).to_owned();
    let mut root = root_ui(ctx);
    egui::Panel::bottom("briefing-actions").show(&mut root, |ui| {
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(tr.get("gui-back")).clicked() {
                next.set(Screen::Home);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let ready = scorer.scorer.is_some();
                let start = egui::Button::new(
                    egui::RichText::new(tr.get("gui-start-exercise"))
                        .color(egui::Color32::WHITE)
                        .strong(),
                )
                .fill(theme::ACCENT);
                if ui.add_enabled(ready, start).clicked()
                    && let Some(scorer) = scorer.scorer.clone()
                {
                    session.0 = Some(SimSession::start(
                        scenario.clone(),
                        &entry.path,
                        seed.as_ref()
                            .map_or_else(super::briefing::fresh_seed, |s| s.0),
                        setup.trainee.clone(),
                        setup.mode,
                        setup.writing_lang.tag().to_owned(),
                        scorer,
                    ));
                    next.set(Screen::Exercise);
                }
                if !ready {
                    ui.spinner();
                    ui.label(tr.get("gui-loading-scorer"));
                }
            });
        });
        ui.add_space(8.0);
    });
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.set_max_width(900.0);
            ui.label(egui::RichText::new(tr.get("gui-briefing")).color(theme::MUTED));
            ui.heading(
                egui::RichText::new(text("title", &def.title))
                    .size(26.0)
                    .strong(),
            );
            ui.add_space(6.0);
            ui.label(egui::RichText::new(text("summary", &def.summary)).size(16.0));
            ui.add_space(12.0);

            ui.label(
                egui::RichText::new(tr.get("gui-your-role"))
                    .strong()
                    .size(17.0),
            );
            ui.label(tr.fmt(
                "gui-role-detail",
                &[
                    ("handle", text("account-handle", &def.account.handle)),
                    ("agency", text("account-agency", &def.account.agency)),
                    ("followers", def.account.followers.to_string()),
                ],
            ));
            let start = scenario.start();
            ui.label(tr.fmt(
                "gui-clock-detail",
                &[
                    ("start", format!("{:02}:{:02}", start.hour, start.minute)),
                    (
                        "date",
                        format!("{:04}-{:02}-{:02}", start.year, start.month, start.day),
                    ),
                    (
                        "hours",
                        format!("{:.1}", def.clock.duration.as_mins_f64() / 60.0),
                    ),
                    (
                        "target",
                        (def.rubric.first_response_target.as_secs() / 60).to_string(),
                    ),
                    (
                        "deadline",
                        (def.rubric.hard_deadline.as_secs() / 60).to_string(),
                    ),
                ],
            ));
            ui.add_space(12.0);

            ui.label(
                egui::RichText::new(tr.get("gui-objectives"))
                    .strong()
                    .size(17.0),
            );
            for o in &def.objectives {
                ui.label(format!(
                    "• {}",
                    text(&format!("objective-{}", o.id), &o.text)
                ));
            }
            ui.add_space(12.0);

            ui.label(
                egui::RichText::new(tr.get("gui-how-scored"))
                    .strong()
                    .size(17.0),
            );
            ui.label(tr.get("gui-how-scored-intro"));
            egui::Grid::new("dimensions")
                .num_columns(2)
                .spacing([16.0, 6.0])
                .show(ui, |ui| {
                    for d in Dimension::ALL {
                        ui.label(egui::RichText::new(tr.get(dimension_label(d))).strong());
                        ui.label(tr.get(dimension_help(d)));
                        ui.end_row();
                    }
                });
            ui.add_space(6.0);
            ui.label(tr.get("gui-ratings-help"));
            ui.add_space(6.0);
            ui.label(
                egui::RichText::new(tr.get(if setup.mode == Mode::Exam {
                    "gui-mode-exam-help"
                } else {
                    "gui-mode-practice-help"
                }))
                .italics(),
            );
        });
    });
    Ok(())
}
