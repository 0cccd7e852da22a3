//! The Home screen: the scenario library, the interface language, the trainee's name, the mode,
//! past attempts, and the offer to resume an interrupted exercise.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use goldenhour_l10n::{Lang, Localizer};
use goldenhour_scenario::Difficulty;

use super::fonts::{FontsReady, root_ui};
use super::library::Library;
use super::session::{PendingResume, ScorerSlot, Session, SimSession, clear_autosave};
use super::{DataDir, Mode, Screen, Setup, Tr, history, theme};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_home.run_if(in_state(Screen::Home).and_then(|r: Res<FontsReady>| r.0)),
    );
}

/// The label of a language in the language switch.
pub fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn => "中文",
        Lang::EnUs => "English",
    }
}

#[expect(clippy::too_many_arguments, reason = "a screen reads many resources")]
fn draw_home(
    mut contexts: EguiContexts,
    mut tr: ResMut<Tr>,
    mut setup: ResMut<Setup>,
    library: Res<Library>,
    mut resume: ResMut<PendingResume>,
    scorer: Res<ScorerSlot>,
    mut session: ResMut<Session>,
    dir: Res<DataDir>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = root_ui(ctx);
    egui::Panel::top("home-top").show(&mut root, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            ui.heading(
                egui::RichText::new(tr.get("gui-app-name"))
                    .color(theme::ACCENT)
                    .strong(),
            );
            ui.label(egui::RichText::new(tr.get("gui-tagline")).color(theme::MUTED));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                for lang in [Lang::EnUs, Lang::ZhCn] {
                    if ui
                        .selectable_label(tr.0.lang() == lang, lang_name(lang))
                        .clicked()
                        && tr.0.lang() != lang
                    {
                        tr.0 = Localizer::new(lang);
                        setup.writing_lang = lang;
                    }
                }
                ui.label(tr.get("gui-interface-language"));
            });
        });
        ui.add_space(6.0);
    });

    egui::Panel::right("home-setup")
        .exact_size(360.0)
        .show(&mut root, |ui| {
            ui.add_space(8.0);
            if let Some(save) = resume.0.clone() {
                egui::Frame::group(ui.style())
                    .fill(egui::Color32::from_rgb(0xff, 0xf4, 0xe0))
                    .show(ui, |ui| {
                        let title = library
                            .entries
                            .iter()
                            .find(|e| e.path == save.scenario_path)
                            .and_then(|e| e.scenario.as_ref())
                            .map(|s| {
                                s.text(tr.0.lang().tag(), "title")
                                    .unwrap_or(&s.def().title)
                                    .to_owned()
                            })
                            .unwrap_or_else(|| save.scenario_path.display().to_string());
                        ui.label(
                            egui::RichText::new(tr.fmt("gui-resume-offer", &[("title", title)]))
                                .strong(),
                        );
                        ui.label(tr.fmt(
                            "gui-resume-detail",
                            &[
                                ("actions", save.actions.len().to_string()),
                                ("minutes", (save.at.as_secs() / 60).to_string()),
                            ],
                        ));
                        ui.horizontal(|ui| {
                            let scenario = library
                                .entries
                                .iter()
                                .find(|e| e.path == save.scenario_path)
                                .and_then(|e| e.scenario.clone());
                            let ready = scenario.is_some() && scorer.scorer.is_some();
                            if ui
                                .add_enabled(ready, egui::Button::new(tr.get("gui-resume")))
                                .clicked()
                                && let (Some(scenario), Some(scorer)) =
                                    (scenario, scorer.scorer.clone())
                            {
                                let mut s = SimSession::start(
                                    scenario,
                                    &save.scenario_path,
                                    save.seed,
                                    save.trainee.clone(),
                                    save.mode,
                                    save.writing_lang.clone(),
                                    scorer,
                                );
                                s.replay(&save.actions, save.at);
                                s.draft = save.draft.clone();
                                s.target = save.target.clone();
                                s.speed = goldenhour_sim::SimSpeed::Paused;
                                session.0 = Some(s);
                                resume.0 = None;
                                next.set(Screen::Exercise);
                            }
                            if ui.button(tr.get("gui-resume-discard")).clicked() {
                                clear_autosave(&dir.0);
                                resume.0 = None;
                            }
                        });
                    });
                ui.add_space(10.0);
            }

            ui.label(egui::RichText::new(tr.get("gui-trainee-name")).strong());
            ui.add(
                egui::TextEdit::singleline(&mut setup.trainee)
                    .hint_text(tr.get("gui-trainee-name-hint"))
                    .desired_width(f32::INFINITY),
            );
            ui.add_space(8.0);
            ui.label(egui::RichText::new(tr.get("gui-mode")).strong());
            ui.radio_value(&mut setup.mode, Mode::Practice, tr.get("gui-mode-practice"));
            ui.radio_value(&mut setup.mode, Mode::Exam, tr.get("gui-mode-exam"));
            ui.add_space(8.0);

            let selected = setup
                .selected
                .and_then(|i| library.entries.get(i))
                .and_then(|e| e.scenario.clone());
            if let Some(scenario) = &selected {
                ui.label(egui::RichText::new(tr.get("gui-writing-language")).strong());
                ui.horizontal(|ui| {
                    for lang in Lang::ALL {
                        let playable = scenario.languages().contains(&lang.tag());
                        ui.add_enabled_ui(playable, |ui| {
                            ui.radio_value(&mut setup.writing_lang, lang, lang_name(lang))
                        });
                    }
                });
                ui.add_space(12.0);
            }
            let can_continue = selected.is_some();
            let button = egui::Button::new(
                egui::RichText::new(tr.get("gui-to-briefing"))
                    .color(egui::Color32::WHITE)
                    .strong(),
            )
            .fill(theme::ACCENT);
            if ui.add_enabled(can_continue, button).clicked() {
                next.set(Screen::Briefing);
            }
            if !can_continue {
                ui.label(egui::RichText::new(tr.get("gui-pick-scenario")).color(theme::MUTED));
            }

            ui.add_space(16.0);
            ui.separator();
            ui.label(egui::RichText::new(tr.get("gui-past-attempts")).strong());
            let attempts = history::read(&dir.0);
            if attempts.is_empty() {
                ui.label(egui::RichText::new(tr.get("gui-no-attempts")).color(theme::MUTED));
            }
            egui::ScrollArea::vertical()
                .id_salt("attempts")
                .show(ui, |ui| {
                    for a in attempts.iter().rev().take(30) {
                        ui.label(tr.fmt(
                            "gui-attempt-line",
                            &[
                                ("date", a.date.clone()),
                                ("title", a.title.clone()),
                                ("score", goldenhour_report::whole(a.overall)),
                                (
                                    "mode",
                                    tr.get(if a.mode == Mode::Exam {
                                        "gui-mode-exam"
                                    } else {
                                        "gui-mode-practice"
                                    }),
                                ),
                            ],
                        ));
                    }
                });
        });

    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.heading(tr.get("gui-library"));
        ui.add_space(4.0);
        if !library.loaded {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr.get("gui-loading-library"));
            });
            return;
        }
        if let Some(e) = &library.error {
            ui.colored_label(
                theme::band(super::view::Band::Critical),
                tr.fmt("gui-library-error", &[("error", e.clone())]),
            );
        }
        if library.entries.is_empty() {
            ui.label(tr.get("gui-library-empty"));
        }
        let lang = tr.0.lang().tag();
        egui::ScrollArea::vertical()
            .id_salt("library")
            .show(ui, |ui| {
                for (i, entry) in library.entries.iter().enumerate() {
                    let selected = setup.selected == Some(i);
                    let frame = egui::Frame::group(ui.style())
                        .fill(if selected {
                            egui::Color32::from_rgb(0xfd, 0xec, 0xe6)
                        } else {
                            egui::Color32::WHITE
                        })
                        .inner_margin(10.0);
                    let response = frame
                        .show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            match &entry.scenario {
                                Some(s) => {
                                    let def = s.def();
                                    ui.label(
                                        egui::RichText::new(
                                            s.text(lang, "title").unwrap_or(&def.title),
                                        )
                                        .size(18.0)
                                        .strong(),
                                    );
                                    ui.label(s.text(lang, "summary").unwrap_or(&def.summary));
                                    let difficulty = tr.get(match def.difficulty {
                                        Difficulty::Introductory => "gui-difficulty-introductory",
                                        Difficulty::Intermediate => "gui-difficulty-intermediate",
                                        Difficulty::Advanced => "gui-difficulty-advanced",
                                    });
                                    let langs: Vec<String> = s
                                        .languages()
                                        .iter()
                                        .map(|l| {
                                            Lang::from_tag(l).map_or_else(
                                                || (*l).to_owned(),
                                                |l| lang_name(l).to_owned(),
                                            )
                                        })
                                        .collect();
                                    ui.label(
                                        egui::RichText::new(tr.fmt(
                                            "gui-scenario-facts",
                                            &[
                                                ("difficulty", difficulty),
                                                (
                                                    "hours",
                                                    format!(
                                                        "{:.1}",
                                                        def.clock.duration.as_mins_f64() / 60.0
                                                    ),
                                                ),
                                                ("languages", langs.join(" · ")),
                                                ("events", def.events.len().to_string()),
                                            ],
                                        ))
                                        .color(theme::MUTED),
                                    );
                                    if !entry.diagnostics.is_empty() {
                                        ui.label(
                                            egui::RichText::new(tr.fmt(
                                                "gui-scenario-warnings",
                                                &[("count", entry.diagnostics.len().to_string())],
                                            ))
                                            .color(theme::MUTED),
                                        );
                                    }
                                }
                                None => {
                                    ui.label(
                                        egui::RichText::new(entry.path.display().to_string())
                                            .strong(),
                                    );
                                    ui.colored_label(
                                        theme::band(super::view::Band::Critical),
                                        tr.fmt(
                                            "gui-scenario-broken",
                                            &[("count", entry.errors().to_string())],
                                        ),
                                    );
                                    egui::CollapsingHeader::new(tr.get("gui-show-problems"))
                                        .id_salt(("problems", i))
                                        .show(ui, |ui| {
                                            for p in entry.problems(&tr) {
                                                ui.label(
                                                    egui::RichText::new(p).monospace().size(12.0),
                                                );
                                            }
                                        });
                                }
                            }
                        })
                        .response;
                    if entry.scenario.is_some() && response.interact(egui::Sense::click()).clicked()
                    {
                        setup.selected = Some(i);
                        if let Some(s) = &entry.scenario
                            && !s.languages().contains(&setup.writing_lang.tag())
                        {
                            setup.writing_lang =
                                Lang::from_tag(&s.def().language).unwrap_or(setup.writing_lang);
                        }
                    }
                    ui.add_space(6.0);
                }
            });
    });
    Ok(())
}
