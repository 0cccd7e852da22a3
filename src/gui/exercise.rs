//! The Exercise screen: a microblog client for a government account under pressure. A feed with
//! tabs and search, a compose box, the internal panel (briefings, facts, inquiries with their
//! countdowns, rumours), a top bar with the clock, speed and gauges, and in practice mode a
//! coach after each post.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use goldenhour_scenario::EventKind;
use goldenhour_sim::{Knowledge, SimSpeed};
use goldenhour_simlog::{Finding, LogKind};

use super::fonts::{FontsReady, root_ui};
use super::session::{Finished, Session, Target, clear_autosave};
use super::view::{self, FeedItem, FeedKind, FeedTab};
use super::{AppSystems, CharLimit, DataDir, Mode, Screen, Tr, theme};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<FeedView>()
        .init_resource::<FocusCompose>()
        .add_systems(
            Update,
            end_finished_exercise
                .in_set(AppSystems::Update)
                .run_if(in_state(Screen::Exercise)),
        )
        .add_systems(
            EguiPrimaryContextPass,
            draw_exercise.run_if(in_state(Screen::Exercise).and_then(|r: Res<FontsReady>| r.0)),
        );
}

/// The feed's tab and search, and the feed built from the log (rebuilt only when it grows).
#[derive(Resource, Default)]
pub struct FeedView {
    /// The tab shown.
    pub tab: FeedTab,
    /// The search text.
    pub search: String,
    items: Vec<FeedItem>,
    built_for: (usize, String),
    /// Set to end the exercise early.
    pub end_requested: bool,
}

/// The id of the compose box, so scripted input can find it.
pub const COMPOSE_ID: &str = "compose-box";

/// Set to give the compose box the keyboard focus on the next frame, as a click on it would.
#[derive(Resource, Default)]
pub struct FocusCompose(pub bool);

fn end_finished_exercise(
    mut session: ResMut<Session>,
    mut finished: ResMut<Finished>,
    mut view: ResMut<FeedView>,
    dir: Res<DataDir>,
    mut next: ResMut<NextState<Screen>>,
) {
    let done = session.0.as_ref().is_some_and(|s| s.is_finished()) || view.end_requested;
    if !done {
        return;
    }
    view.end_requested = false;
    if let Some(s) = session.0.take() {
        finished.0 = Some(s.finish());
        clear_autosave(&dir.0);
        *view = FeedView::default();
        next.set(Screen::Debrief);
    }
}

fn speed_label(speed: SimSpeed) -> String {
    match speed {
        SimSpeed::Paused => "⏸".into(),
        s => format!("{}×", s.factor()),
    }
}

fn gauge(ui: &mut egui::Ui, label: &str, value: f64, max: f64, band: view::Band) {
    ui.vertical(|ui| {
        ui.label(
            egui::RichText::new(format!("{label} {value:.0}"))
                .size(12.0)
                .color(theme::MUTED),
        );
        ui.add(
            egui::ProgressBar::new((value / max).clamp(0.0, 1.0) as f32)
                .desired_width(110.0)
                .desired_height(8.0)
                .fill(theme::band(band)),
        );
    });
}

fn draw_exercise(
    mut contexts: EguiContexts,
    tr: Res<Tr>,
    mut session: ResMut<Session>,
    mut feed: ResMut<FeedView>,
    limit: Res<CharLimit>,
    mut focus: ResMut<FocusCompose>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(s) = session.0.as_mut() else {
        return Ok(());
    };
    let lang = tr.0.lang().tag().to_owned();
    let scenario = s.scenario.clone();
    let def = scenario.def();
    let text = |key: &str, fallback: &str| scenario.text(&lang, key).unwrap_or(fallback).to_owned();
    let account = text("account-handle", &def.account.handle);
    let now = s.now();

    // Rebuild the feed only when the log has grown or the language changed.
    let log_len = s.with_log(|log| log.entries.len());
    if feed.built_for != (log_len, lang.clone()) {
        feed.items = s.with_log(|log| view::feed(&scenario, log, &lang, &account));
        feed.built_for = (log_len, lang.clone());
    }
    let (pressure, trust, reach) = s.gauges();
    let mut root = root_ui(ctx);

    egui::Panel::top("exercise-top").show(&mut root, |ui| {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let shown =
                goldenhour_scenario::SimDuration::from_secs(s.display_time().as_secs() as u32);
            ui.label(
                egui::RichText::new(view::clock_label(&scenario, shown))
                    .size(28.0)
                    .strong()
                    .monospace(),
            );
            ui.vertical(|ui| {
                ui.label(egui::RichText::new(text("title", &def.title)).strong());
                ui.label(
                    egui::RichText::new(tr.fmt(
                        "gui-elapsed",
                        &[
                            ("elapsed", view::countdown(i64::from(shown.as_secs()))),
                            (
                                "total",
                                view::countdown(i64::from(def.clock.duration.as_secs())),
                            ),
                        ],
                    ))
                    .color(theme::MUTED)
                    .size(12.0),
                );
            });
            ui.separator();
            for speed in SimSpeed::ALL {
                if ui
                    .selectable_label(s.speed == speed, speed_label(speed))
                    .on_hover_text(tr.get("gui-speed-help"))
                    .clicked()
                {
                    s.speed = speed;
                }
            }
            if ui
                .button("⏭")
                .on_hover_text(tr.get("gui-step-help"))
                .clicked()
            {
                s.fast_forward(std::time::Duration::from_secs(60));
            }
            ui.separator();
            gauge(
                ui,
                &tr.get("gui-pressure"),
                pressure,
                100.0,
                view::pressure_band(pressure),
            );
            gauge(
                ui,
                &tr.get("gui-trust"),
                trust,
                100.0,
                view::trust_band(trust),
            );
            gauge(
                ui,
                &tr.get("gui-rumour-reach"),
                reach * 100.0,
                100.0,
                view::pressure_band(reach * 200.0),
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(tr.get("gui-end-exercise")).clicked() {
                    feed.end_requested = true;
                }
            });
        });
        ui.add_space(4.0);
    });

    egui::Panel::right("internal")
        .exact_size(400.0)
        .show(&mut root, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("internal-scroll")
                .show(ui, |ui| {
                    internal_panel(ui, &tr, s, &lang, now);
                });
        });

    egui::Panel::bottom("compose").show(&mut root, |ui| {
        ui.add_space(6.0);
        let target_label = match &s.target {
            Target::Post => tr.fmt("gui-compose-new-post", &[("account", account.clone())]),
            Target::Reply(event) => {
                let who = feed
                    .items
                    .iter()
                    .find(|i| i.event.as_deref() == Some(event))
                    .map_or(event.clone(), |i| i.author.clone());
                tr.fmt("gui-compose-reply-to", &[("author", who)])
            }
            Target::Correct(rumour) => tr.fmt(
                "gui-compose-correct",
                &[("rumour", text(&format!("rumour-{rumour}"), rumour))],
            ),
        };
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(target_label).strong());
            if s.target != Target::Post
                && ui
                    .small_button(tr.get("gui-compose-cancel-target"))
                    .clicked()
            {
                s.target = Target::Post;
            }
        });
        let count = view::char_count(&s.draft);
        let compose = ui.add(
            egui::TextEdit::multiline(&mut s.draft)
                .id(egui::Id::new(COMPOSE_ID))
                .desired_rows(4)
                .desired_width(f32::INFINITY)
                .hint_text(tr.get("gui-compose-hint")),
        );
        if std::mem::take(&mut focus.0) {
            compose.request_focus();
        }
        ui.horizontal(|ui| {
            let over = count > limit.0;
            let counter = egui::RichText::new(format!("{count} / {}", limit.0)).color(if over {
                theme::band(view::Band::Critical)
            } else {
                theme::MUTED
            });
            ui.label(counter);
            if over {
                ui.label(
                    egui::RichText::new(tr.get("gui-over-limit"))
                        .color(theme::band(view::Band::Critical)),
                );
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let button = egui::Button::new(
                    egui::RichText::new(tr.get("gui-publish"))
                        .color(egui::Color32::WHITE)
                        .strong(),
                )
                .fill(theme::ACCENT);
                let can = !s.draft.trim().is_empty() && !over;
                if ui.add_enabled(can, button).clicked() {
                    s.publish_draft();
                }
            });
        });
        if s.mode == Mode::Practice {
            coach(ui, &tr, s);
        }
        ui.add_space(4.0);
    });

    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.horizontal(|ui| {
            for tab in FeedTab::ALL {
                let label = tr.get(match tab {
                    FeedTab::All => "gui-tab-all",
                    FeedTab::Mentions => "gui-tab-mentions",
                    FeedTab::Media => "gui-tab-media",
                    FeedTab::Rumours => "gui-tab-rumours",
                });
                if ui.selectable_label(feed.tab == tab, label).clicked() {
                    feed.tab = tab;
                }
            }
            ui.separator();
            ui.add(
                egui::TextEdit::singleline(&mut feed.search)
                    .hint_text(tr.get("gui-search"))
                    .desired_width(200.0),
            );
        });
        ui.separator();
        // Borrowed, not cloned: this runs every frame over thousands of posts.
        let shown = view::filter(&feed.items, feed.tab, &feed.search);
        if shown.is_empty() {
            ui.label(egui::RichText::new(tr.get("gui-feed-empty")).color(theme::MUTED));
        }
        feed_list(ui, &tr, &scenario, &shown, &mut s.target);
    });
    Ok(())
}

/// The feed's scrolling list. Rows have one height, so only the visible ones are laid out:
/// thousands of posts stay smooth (benches/gui_frame.rs measures it with 5,000).
pub fn feed_list(
    ui: &mut egui::Ui,
    tr: &Tr,
    scenario: &goldenhour_scenario::Scenario,
    shown: &[&FeedItem],
    target: &mut Target,
) {
    let row_height = 92.0;
    egui::ScrollArea::vertical()
        .id_salt("feed")
        .auto_shrink([false, false])
        .show_rows(ui, row_height, shown.len(), |ui, rows| {
            for item in &shown[rows] {
                feed_row(ui, tr, scenario, item, row_height, target);
            }
        });
}

fn kind_badge(tr: &Tr, kind: FeedKind) -> Option<(String, egui::Color32)> {
    Some(match kind {
        FeedKind::Question => (tr.get("gui-badge-question"), theme::QUESTION),
        FeedKind::Inquiry => (tr.get("gui-badge-inquiry"), theme::QUESTION),
        FeedKind::Media => (tr.get("gui-badge-media"), theme::MUTED),
        FeedKind::Rumour => (tr.get("gui-badge-rumour"), theme::RUMOUR),
        FeedKind::Escalation => (tr.get("gui-badge-trending"), theme::band(view::Band::Tense)),
        FeedKind::Mine => (tr.get("gui-badge-mine"), theme::ACCENT),
        FeedKind::Public => return None,
    })
}

fn feed_row(
    ui: &mut egui::Ui,
    tr: &Tr,
    scenario: &goldenhour_scenario::Scenario,
    item: &FeedItem,
    height: f32,
    target: &mut Target,
) {
    let fill = if item.kind == FeedKind::Mine {
        egui::Color32::from_rgb(0xfd, 0xf1, 0xec)
    } else {
        egui::Color32::WHITE
    };
    egui::Frame::new()
        .fill(fill)
        .inner_margin(egui::Margin::symmetric(8, 4))
        .show(ui, |ui| {
            ui.set_height(height - 10.0);
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(egui::RichText::new(&item.author).strong());
                ui.label(
                    egui::RichText::new(
                        tr.fmt("gui-followers", &[("count", item.followers.to_string())]),
                    )
                    .color(theme::MUTED)
                    .size(12.0),
                );
                ui.label(
                    egui::RichText::new(view::clock_label(scenario, item.at))
                        .color(theme::MUTED)
                        .size(12.0),
                );
                if let Some((badge, color)) = kind_badge(tr, item.kind) {
                    ui.label(egui::RichText::new(badge).color(color).size(12.0).strong());
                }
            });
            let mut job = egui::text::LayoutJob::single_section(
                item.text.clone(),
                egui::TextFormat::simple(
                    egui::FontId::proportional(14.5),
                    egui::Color32::from_gray(30),
                ),
            );
            job.wrap = egui::text::TextWrapping {
                max_rows: 2,
                break_anywhere: true,
                overflow_character: Some('…'),
                max_width: ui.available_width(),
            };
            ui.label(job).on_hover_text(&item.text);
            ui.horizontal(|ui| {
                ui.label(
                    egui::RichText::new(tr.fmt(
                        "gui-engagement",
                        &[
                            ("reposts", item.reposts.to_string()),
                            ("comments", item.comments.to_string()),
                            ("likes", item.likes.to_string()),
                        ],
                    ))
                    .color(theme::MUTED)
                    .size(12.0),
                );
                if let Some(event) = &item.event
                    && item.kind != FeedKind::Rumour
                    && ui.small_button(tr.get("gui-reply")).clicked()
                {
                    *target = Target::Reply(event.clone());
                }
                if item.kind == FeedKind::Rumour
                    && let Some(event) = &item.event
                    && let Some(e) = scenario.event(event)
                    && let EventKind::RumourStarts { rumour, .. } = &e.kind
                    && ui.small_button(tr.get("gui-correct")).clicked()
                {
                    *target = Target::Correct(rumour.clone());
                }
            });
        });
    ui.separator();
}

fn internal_panel(
    ui: &mut egui::Ui,
    tr: &Tr,
    s: &mut super::session::SimSession,
    lang: &str,
    now: goldenhour_scenario::SimDuration,
) {
    let scenario = s.scenario.clone();
    let text = |key: &str, fallback: &str| scenario.text(lang, key).unwrap_or(fallback).to_owned();
    ui.add_space(6.0);
    ui.heading(tr.get("gui-internal"));

    // Media inquiries with their countdowns.
    let inquiries = s.with_log(|log| view::inquiries(&scenario, log, lang, now));
    ui.label(egui::RichText::new(tr.get("gui-inquiries")).strong());
    if inquiries.is_empty() {
        ui.label(egui::RichText::new(tr.get("gui-none-yet")).color(theme::MUTED));
    }
    for q in inquiries.iter().rev() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(egui::RichText::new(&q.outlet).strong());
                let (label, color) = if q.answered {
                    (tr.get("gui-answered"), theme::band(view::Band::Calm))
                } else if q.remaining_secs < 0 {
                    (
                        tr.fmt(
                            "gui-overdue",
                            &[("time", view::countdown(q.remaining_secs))],
                        ),
                        theme::band(view::Band::Critical),
                    )
                } else {
                    let band = if q.remaining_secs < 600 {
                        view::Band::Critical
                    } else {
                        view::Band::Tense
                    };
                    (
                        tr.fmt("gui-due-in", &[("time", view::countdown(q.remaining_secs))]),
                        theme::band(band),
                    )
                };
                ui.label(egui::RichText::new(label).color(color).strong().monospace());
            });
            ui.label(&q.text);
            if !q.answered && ui.small_button(tr.get("gui-reply")).clicked() {
                s.target = Target::Reply(q.event.clone());
            }
        });
    }
    ui.add_space(8.0);

    // Facts known so far, with their confirmation state.
    ui.label(egui::RichText::new(tr.get("gui-facts")).strong());
    let revealed: Vec<String> = s.read(|w| w.resource::<Knowledge>().revealed().to_vec());
    let verified: Vec<(String, bool)> = s.with_log(|log| {
        log.entries
            .iter()
            .filter_map(|e| match &e.kind {
                LogKind::FactVerified { fact, confirmed } => Some((fact.clone(), *confirmed)),
                _ => None,
            })
            .collect()
    });
    let requested: Vec<String> = s
        .actions
        .iter()
        .filter_map(|a| match &a.action {
            goldenhour_scenario::ActionKind::VerifyFact { fact } => Some(fact.clone()),
            _ => None,
        })
        .collect();
    if revealed.is_empty() {
        ui.label(egui::RichText::new(tr.get("gui-none-yet")).color(theme::MUTED));
    }
    let mut verify = None;
    for id in revealed.iter().rev() {
        let Some(fact) = scenario.fact(id) else {
            continue;
        };
        let state = match verified.iter().find(|(f, _)| f == id) {
            Some((_, true)) => (tr.get("gui-fact-verified"), theme::band(view::Band::Calm)),
            Some((_, false)) => (
                tr.get("gui-fact-refuted"),
                theme::band(view::Band::Critical),
            ),
            None if fact.confirmed => (tr.get("gui-fact-confirmed"), theme::band(view::Band::Calm)),
            None if requested.contains(id) => {
                (tr.get("gui-fact-checking"), theme::band(view::Band::Tense))
            }
            None => (
                tr.get("gui-fact-unverified"),
                theme::band(view::Band::Tense),
            ),
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(
                egui::RichText::new(state.0)
                    .color(state.1)
                    .size(12.0)
                    .strong(),
            );
            ui.label(text(&format!("fact-{id}"), &fact.text));
            if !fact.confirmed
                && !requested.contains(id)
                && ui.small_button(tr.get("gui-verify")).clicked()
            {
                verify = Some(id.clone());
            }
        });
    }
    if let Some(id) = verify {
        s.verify(&id);
    }
    ui.add_space(8.0);

    // Rumours spreading, with their reach.
    let rumours: Vec<(String, f64, bool)> = s.read(|w| {
        let public = w.resource::<goldenhour_sim::Public>();
        scenario
            .def()
            .rumours
            .iter()
            .enumerate()
            .filter(|(i, _)| public.rumour_started(*i))
            .map(|(i, r)| (r.id.clone(), public.reach(i), public.rumour_debunked(i)))
            .collect()
    });
    ui.label(egui::RichText::new(tr.get("gui-rumours")).strong());
    if rumours.is_empty() {
        ui.label(egui::RichText::new(tr.get("gui-none-yet")).color(theme::MUTED));
    }
    for (id, reach, debunked) in rumours {
        let rumour_text = scenario
            .rumour(&id)
            .map_or(String::new(), |r| text(&format!("rumour-{id}"), &r.text));
        ui.horizontal_wrapped(|ui| {
            ui.label(
                egui::RichText::new(
                    tr.fmt("gui-reach", &[("percent", format!("{:.1}", reach * 100.0))]),
                )
                .color(theme::RUMOUR)
                .strong(),
            );
            if debunked {
                ui.label(
                    egui::RichText::new(tr.get("gui-debunked"))
                        .color(theme::band(view::Band::Calm)),
                );
            }
            ui.label(&rumour_text);
            if !debunked && ui.small_button(tr.get("gui-correct")).clicked() {
                s.target = Target::Correct(id.clone());
            }
        });
    }
    ui.add_space(8.0);

    // Briefings, newest first.
    ui.label(egui::RichText::new(tr.get("gui-briefings")).strong());
    let briefings: Vec<(goldenhour_scenario::SimDuration, String, String)> = s.with_log(|log| {
        log.entries
            .iter()
            .filter_map(|e| match &e.kind {
                LogKind::EventFired { event } => match scenario.event(event).map(|ev| &ev.kind) {
                    Some(EventKind::Briefing {
                        actor, text: body, ..
                    }) => Some((
                        e.at,
                        scenario
                            .actor(actor)
                            .map_or(actor.clone(), |a| text(&format!("actor-{actor}"), &a.name)),
                        text(&format!("event-{event}"), body),
                    )),
                    _ => None,
                },
                _ => None,
            })
            .collect()
    });
    if briefings.is_empty() {
        ui.label(egui::RichText::new(tr.get("gui-none-yet")).color(theme::MUTED));
    }
    for (at, from, body) in briefings.iter().rev() {
        egui::Frame::group(ui.style())
            .fill(egui::Color32::from_rgb(0xf3, 0xf6, 0xfa))
            .show(ui, |ui| {
                ui.label(
                    egui::RichText::new(format!("{} · {from}", view::clock_label(&scenario, *at)))
                        .color(theme::MUTED)
                        .size(12.0),
                );
                ui.label(body);
            });
    }
}

/// The coach: after each post in practice mode, the strongest findings of its assessment.
fn coach(ui: &mut egui::Ui, tr: &Tr, s: &super::session::SimSession) {
    let findings: Vec<Finding> = s.with_log(|log| {
        log.actions()
            .last()
            .map(|(_, a)| a.assessment.findings.clone())
            .unwrap_or_default()
    });
    if findings.is_empty() {
        return;
    }
    let mut sorted = findings;
    sorted.sort_by(|a, b| b.effect.abs().total_cmp(&a.effect.abs()));
    egui::Frame::group(ui.style())
        .fill(egui::Color32::from_rgb(0xf6, 0xf9, 0xee))
        .show(ui, |ui| {
            ui.label(egui::RichText::new(tr.get("gui-coach")).strong());
            for f in sorted.iter().filter(|f| f.effect.abs() >= 0.5).take(3) {
                let args = f.message_args();
                let sign = if f.effect >= 0.0 { "＋" } else { "－" };
                let color = if f.effect >= 0.0 {
                    theme::band(view::Band::Calm)
                } else {
                    theme::band(view::Band::Critical)
                };
                ui.horizontal_wrapped(|ui| {
                    ui.label(egui::RichText::new(sign).color(color).strong());
                    ui.label(tr.fmt(&f.message, &args));
                });
            }
        });
}
