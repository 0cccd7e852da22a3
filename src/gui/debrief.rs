//! The Debrief screen: the scores with their HSEEP ratings, the radar of the six qualities,
//! the pressure, trust and rumour curves with the trainee's posts marked, every finding with
//! the trainee's own words highlighted, and a button that writes the full HTML report.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use goldenhour_scenario::{Dimension, SimDuration};
use goldenhour_simlog::{Finding, SimLog, StateSample};

use super::briefing::dimension_label;
use super::fonts::{FontsReady, root_ui};
use super::session::{Finished, FinishedRun};
use super::{DataDir, Screen, Setup, Tr, history, theme, view};
use crate::scorer::RunSummary;

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(DebriefState {
        open_report: true,
        ..DebriefState::default()
    })
    .add_systems(OnEnter(Screen::Debrief), summarise_run)
    .add_systems(
        EguiPrimaryContextPass,
        draw_debrief.run_if(in_state(Screen::Debrief).and_then(|r: Res<FontsReady>| r.0)),
    );
}

/// The debrief's scores, computed once when the screen opens, and the report's status.
#[derive(Resource, Default)]
pub struct DebriefState {
    /// The scores of the finished run.
    pub summary: Option<RunSummary>,
    /// Where the report was written, or why it could not be.
    pub report: Option<Result<std::path::PathBuf, String>>,
    /// Set to press the "write the full report" button from a script.
    pub report_requested: bool,
    /// Whether writing the report also opens it in the browser (not in the scripted mode).
    pub open_report: bool,
}

fn summarise_run(
    finished: Res<Finished>,
    mut state: ResMut<DebriefState>,
    setup: Res<Setup>,
    dir: Res<DataDir>,
    tr: Res<Tr>,
) {
    state.report = None;
    state.summary = finished
        .0
        .as_ref()
        .map(|run| crate::scorer::summarize(&run.scenario, &run.log));
    if let (Some(run), Some(summary)) = (finished.0.as_ref(), state.summary.as_ref()) {
        let def = run.scenario.def();
        let attempt = history::Attempt {
            date: history::now_utc(),
            scenario: def.id.clone(),
            title: run
                .scenario
                .text(tr.0.lang().tag(), "title")
                .unwrap_or(&def.title)
                .to_owned(),
            trainee: setup.trainee.clone(),
            overall: summary.overall,
            mode: run.mode,
        };
        if let Err(e) = history::append(&dir.0, attempt) {
            warn!("could not record the attempt: {e:#}");
        }
    }
}

/// Radar of the six qualities, drawn with egui's painter. Each wedge is a convex triangle, so
/// the filled shape is exact even where the polygon is not convex.
fn radar(ui: &mut egui::Ui, tr: &Tr, values: &[(Dimension, f64)]) {
    let size = 260.0;
    let (rect, _) =
        ui.allocate_exact_size(egui::vec2(size + 120.0, size + 40.0), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let center = rect.center();
    let radius = size / 2.0 - 10.0;
    let n = values.len().max(3);
    let point = |i: usize, r: f32| {
        let angle = -std::f32::consts::FRAC_PI_2 + i as f32 * std::f32::consts::TAU / n as f32;
        center + egui::vec2(angle.cos(), angle.sin()) * r
    };
    for ring in [0.25, 0.5, 0.75, 1.0] {
        let ring_points: Vec<egui::Pos2> = (0..n).map(|i| point(i, radius * ring)).collect();
        painter.add(egui::Shape::closed_line(
            ring_points,
            egui::Stroke::new(1.0, egui::Color32::from_gray(210)),
        ));
    }
    let fill = egui::Color32::from_rgba_unmultiplied(0xc8, 0x3c, 0x1e, 70);
    let outline: Vec<egui::Pos2> = values
        .iter()
        .enumerate()
        .map(|(i, (_, v))| point(i, radius * (*v as f32 / 100.0).clamp(0.0, 1.0)))
        .collect();
    for i in 0..outline.len() {
        let j = (i + 1) % outline.len();
        painter.add(egui::Shape::convex_polygon(
            vec![center, outline[i], outline[j]],
            fill,
            egui::Stroke::NONE,
        ));
    }
    painter.add(egui::Shape::closed_line(
        outline,
        egui::Stroke::new(2.0, theme::ACCENT),
    ));
    for (i, (d, v)) in values.iter().enumerate() {
        let p = point(i, radius + 18.0);
        painter.text(
            p,
            egui::Align2::CENTER_CENTER,
            format!(
                "{} {}",
                tr.get(dimension_label(*d)),
                goldenhour_report::whole(*v)
            ),
            egui::FontId::proportional(13.0),
            egui::Color32::from_gray(40),
        );
    }
}

/// Pressure, trust and the largest rumour reach over simulated time, with the trainee's posts
/// as ticks along the bottom.
fn curves(ui: &mut egui::Ui, tr: &Tr, log: &SimLog) {
    let width = ui.available_width().min(640.0);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, 200.0), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 4.0, egui::Color32::WHITE);
    let plot = rect.shrink2(egui::vec2(8.0, 18.0));
    let end = log.duration.as_secs().max(1) as f32;
    let x = |at: SimDuration| plot.left() + plot.width() * at.as_secs() as f32 / end;
    let y = |v: f64| plot.bottom() - plot.height() * (v as f32 / 100.0).clamp(0.0, 1.0);
    type Series = (&'static str, egui::Color32, fn(&StateSample) -> f64);
    let series: [Series; 3] = [
        ("gui-pressure", theme::band(view::Band::Critical), |s| {
            s.pressure
        }),
        ("gui-trust", theme::QUESTION, |s| s.trust),
        ("gui-rumour-reach", theme::RUMOUR, |s| {
            s.rumours.values().copied().fold(0.0, f64::max) * 100.0
        }),
    ];
    for (i, (label, color, value)) in series.iter().enumerate() {
        let points: Vec<egui::Pos2> = log
            .samples
            .iter()
            .map(|s| egui::pos2(x(s.at), y(value(s))))
            .collect();
        painter.add(egui::Shape::line(points, egui::Stroke::new(2.0, *color)));
        painter.text(
            rect.left_top() + egui::vec2(10.0 + 150.0 * i as f32, 2.0),
            egui::Align2::LEFT_TOP,
            tr.get(label),
            egui::FontId::proportional(12.0),
            *color,
        );
    }
    for (at, _) in log.actions() {
        let px = x(at);
        painter.line_segment(
            [
                egui::pos2(px, plot.bottom()),
                egui::pos2(px, plot.bottom() - 10.0),
            ],
            egui::Stroke::new(2.0, theme::ACCENT),
        );
    }
}

/// The trainee's text with each finding's span marked: green where it earned points, red where
/// it lost them.
pub fn highlighted(text: &str, findings: &[Finding]) -> egui::text::LayoutJob {
    let mut marks: Vec<(usize, usize, bool)> = findings
        .iter()
        .filter_map(|f| f.span.map(|(s, e)| (s, e, f.effect >= 0.0)))
        .filter(|(s, e, _)| {
            s < e && *e <= text.len() && text.is_char_boundary(*s) && text.is_char_boundary(*e)
        })
        .collect();
    marks.sort_by_key(|m| m.0);
    let mut job = egui::text::LayoutJob::default();
    let plain = egui::TextFormat::simple(
        egui::FontId::proportional(14.5),
        egui::Color32::from_gray(30),
    );
    let mut pos = 0;
    for (s, e, good) in marks {
        if s < pos {
            continue; // overlapping marks: keep the first
        }
        job.append(&text[pos..s], 0.0, plain.clone());
        let mut format = plain.clone();
        format.background = if good {
            theme::GOOD_MARK
        } else {
            theme::BAD_MARK
        };
        job.append(&text[s..e], 0.0, format);
        pos = e;
    }
    job.append(&text[pos..], 0.0, plain);
    job.wrap.max_width = f32::INFINITY;
    job
}

fn draw_debrief(
    mut contexts: EguiContexts,
    tr: Res<Tr>,
    finished: Res<Finished>,
    mut state: ResMut<DebriefState>,
    dir: Res<DataDir>,
    setup: Res<Setup>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let (Some(run), Some(summary)) = (finished.0.as_ref(), state.summary.clone()) else {
        next.set(Screen::Home);
        return Ok(());
    };
    let lang = tr.0.lang().tag();
    let def = run.scenario.def();
    let mut root = root_ui(ctx);
    egui::Panel::top("debrief-top").show(&mut root, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            ui.heading(
                tr.fmt(
                    "gui-debrief-title",
                    &[(
                        "title",
                        run.scenario
                            .text(lang, "title")
                            .unwrap_or(&def.title)
                            .to_owned(),
                    )],
                ),
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(tr.get("gui-home")).clicked() {
                    next.set(Screen::Home);
                }
                if ui.button(tr.get("gui-write-report")).clicked()
                    || std::mem::take(&mut state.report_requested)
                {
                    let written = write_report(run, &setup, &tr, &dir.0);
                    if state.open_report
                        && let Ok(path) = &written
                    {
                        crate::reporting::open_in_browser(path);
                    }
                    state.report = Some(written);
                }
            });
        });
        match &state.report {
            Some(Ok(path)) => {
                ui.label(tr.fmt(
                    "gui-report-written",
                    &[("path", path.display().to_string())],
                ));
            }
            Some(Err(e)) => {
                ui.colored_label(
                    theme::band(view::Band::Critical),
                    tr.fmt("gui-report-failed", &[("error", e.clone())]),
                );
            }
            None => {}
        }
        ui.add_space(6.0);
    });
    egui::Panel::left("scores")
        .exact_size(430.0)
        .show(&mut root, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("scores-scroll")
                .show(ui, |ui| {
                    ui.add_space(6.0);
                    ui.label(
                        egui::RichText::new(tr.fmt(
                            "gui-overall",
                            &[
                                ("score", goldenhour_report::whole(summary.overall)),
                                ("rating", summary.overall_rating.to_string()),
                            ],
                        ))
                        .size(26.0)
                        .strong()
                        .color(theme::ACCENT),
                    );
                    ui.label(
                        egui::RichText::new(tr.get("gui-ratings-help"))
                            .color(theme::MUTED)
                            .size(12.0),
                    );
                    egui::Grid::new("dims")
                        .num_columns(3)
                        .spacing([12.0, 6.0])
                        .show(ui, |ui| {
                            for (d, score, rating) in &summary.dimensions {
                                ui.label(tr.get(dimension_label(*d)));
                                match score {
                                    Some(v) => {
                                        ui.add(
                                            egui::ProgressBar::new((*v / 100.0) as f32)
                                                .desired_width(180.0)
                                                .text(goldenhour_report::whole(*v)),
                                        );
                                        ui.label(egui::RichText::new(rating.to_string()).strong());
                                    }
                                    None => {
                                        ui.label(
                                            egui::RichText::new(tr.get("gui-not-scored"))
                                                .color(theme::MUTED),
                                        );
                                        ui.label("");
                                    }
                                }
                                ui.end_row();
                            }
                        });
                    ui.add_space(8.0);
                    let values: Vec<(Dimension, f64)> = summary
                        .dimensions
                        .iter()
                        .map(|(d, s, _)| (*d, s.unwrap_or(0.0)))
                        .collect();
                    radar(ui, &tr, &values);
                    ui.add_space(8.0);
                    curves(ui, &tr, &run.log);
                    ui.label(
                        egui::RichText::new(tr.get("gui-curves-help"))
                            .color(theme::MUTED)
                            .size(12.0),
                    );
                });
        });
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.heading(tr.get("gui-your-posts"));
        egui::ScrollArea::vertical()
            .id_salt("posts")
            .show(ui, |ui| {
                let mut any = false;
                for (at, action) in run.log.actions() {
                    if action.text.is_empty() {
                        continue;
                    }
                    any = true;
                    egui::Frame::group(ui.style())
                        .fill(egui::Color32::WHITE)
                        .show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            ui.label(
                                egui::RichText::new(view::clock_label(&run.scenario, at))
                                    .color(theme::MUTED)
                                    .size(12.0),
                            );
                            ui.label(highlighted(&action.text, &action.assessment.findings));
                            // Findings that moved no points (a capped rule firing again) are evidence the
                            // highlight already shows; listing them would bury the ones that count.
                            for f in action
                                .assessment
                                .findings
                                .iter()
                                .filter(|f| f.effect.abs() >= 0.5)
                            {
                                let args = f.message_args();
                                let color = if f.effect >= 0.0 {
                                    theme::band(view::Band::Calm)
                                } else {
                                    theme::band(view::Band::Critical)
                                };
                                ui.horizontal_wrapped(|ui| {
                                    ui.label(
                                        egui::RichText::new(format!("{:+.0}", f.effect))
                                            .color(color)
                                            .strong()
                                            .monospace(),
                                    );
                                    ui.label(
                                        egui::RichText::new(tr.get(dimension_label(f.dimension)))
                                            .color(theme::MUTED)
                                            .size(12.0),
                                    );
                                    ui.label(tr.fmt(&f.message, &args));
                                });
                            }
                        });
                    ui.add_space(6.0);
                }
                if !any {
                    ui.label(tr.get("gui-no-posts"));
                }
            });
    });
    Ok(())
}

/// Writes the full HTML report of the run into the data folder's `reports/`.
fn write_report(
    run: &FinishedRun,
    setup: &Setup,
    tr: &Tr,
    dir: &std::path::Path,
) -> Result<std::path::PathBuf, String> {
    let stamp = history::now_utc().replace([' ', ':'], "-");
    let out = dir
        .join("reports")
        .join(format!("{}-{stamp}", run.scenario.def().id));
    let trainee = (!setup.trainee.trim().is_empty()).then(|| setup.trainee.trim().to_owned());
    let path = crate::reporting::write_reports(
        &run.scenario,
        &run.log,
        tr.0.lang(),
        trainee.as_deref(),
        run.real_duration,
        &out,
    )
    .map_err(|e| format!("{e:#}"))?;
    Ok(path)
}
