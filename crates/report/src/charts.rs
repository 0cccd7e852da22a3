//! The report's charts, drawn with plotters' SVG backend: a radar of the six qualities, the
//! public's pressure, trust and rumour reach over simulated time with the trainee's posts
//! marked, and a timeline of events against the trainee's responses.
//!
//! Text in the SVG is escaped by plotters; the page's CSS sets its fonts, so Chinese labels
//! show with the same font stack as the rest of the report.

use std::collections::BTreeMap;
use std::f64::consts::PI;

use goldenhour_scenario::{ActionKind, EventKind, SimDuration};
use goldenhour_simlog::LogKind;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::build::{Ctx, rumour_ids};
use crate::model::{Charts, Scores};

type Drawn = Result<(), Box<dyn std::error::Error>>;
type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;

/// Width of the plot beside the legend, in pixels, for the wide charts.
const PLOT_WIDTH: u32 = 730;
/// Longest legend label, in columns (a Chinese character takes two).
const LEGEND_COLUMNS: usize = 28;

const FONT: &str = "sans-serif";
const INK: RGBColor = RGBColor(40, 44, 52);
const MUTED: RGBColor = RGBColor(130, 134, 140);
const GRID: RGBColor = RGBColor(200, 204, 210);
const PRESSURE: RGBColor = RGBColor(214, 39, 40);
const TRUST: RGBColor = RGBColor(31, 119, 180);
const RUMOURS: [RGBColor; 4] = [
    RGBColor(230, 126, 34),
    RGBColor(142, 68, 173),
    RGBColor(140, 86, 75),
    RGBColor(188, 143, 0),
];
const POST: RGBColor = RGBColor(39, 174, 96);
const REPLY: RGBColor = RGBColor(22, 160, 133);
const CORRECTION: RGBColor = RGBColor(41, 128, 185);
const PUBLIC: RGBColor = RGBColor(127, 140, 141);
const INQUIRY: RGBColor = RGBColor(142, 68, 173);
const BRIEFING: RGBColor = RGBColor(52, 73, 94);
const RUMOUR: RGBColor = RGBColor(230, 126, 34);
const BAD: RGBColor = RGBColor(192, 57, 43);
const GOOD: RGBColor = RGBColor(39, 174, 96);

/// Draws every chart; a chart that cannot be drawn is left empty rather than failing the
/// report.
pub(crate) fn charts(ctx: &Ctx<'_>, scores: &Scores) -> Charts {
    Charts {
        radar: svg((440, 400), |root| radar(ctx, scores, root)),
        public: svg((960, 380), |root| public(ctx, root)),
        timeline: svg((960, 320), |root| timeline(ctx, root)),
    }
}

/// Runs a drawing into an SVG string; the fixed size becomes a viewBox so the chart scales.
fn svg(size: (u32, u32), draw: impl FnOnce(&Area<'_>) -> Drawn) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        if draw(&root)
            .and_then(|()| root.present().map_err(Into::into))
            .is_err()
        {
            return String::new();
        }
    }
    let fixed = format!("width=\"{}\" height=\"{}\" ", size.0, size.1);
    out.replacen(&fixed, "class=\"chart\" role=\"img\" ", 1)
}

fn style(size: f64, color: &'static RGBColor) -> TextStyle<'static> {
    TextStyle::from((FONT, size).into_font()).color(color)
}

/// How a legend entry is drawn.
#[derive(Clone, Copy)]
enum Key {
    Line,
    Dashed,
    Dot,
    Triangle,
    Cross,
}

/// A legend drawn beside the plot (not over it), one entry a line.
fn legend(area: &Area<'_>, entries: &[(String, Key, RGBColor)]) -> Drawn {
    for (i, (label, key, color)) in entries.iter().enumerate() {
        let y = 24 + 22 * i as i32;
        let style = color.stroke_width(2);
        match key {
            Key::Line => area.draw(&PathElement::new(vec![(6, y), (26, y)], style))?,
            Key::Dashed => {
                area.draw(&PathElement::new(vec![(6, y), (12, y)], style))?;
                area.draw(&PathElement::new(vec![(17, y), (23, y)], style))?;
            }
            Key::Dot => area.draw(&Circle::new((16, y), 5, color.filled()))?,
            Key::Triangle => area.draw(&TriangleMarker::new((16, y), 6, color.filled()))?,
            Key::Cross => area.draw(&Cross::new((16, y), 5, style))?,
        }
        let pos = Pos::new(HPos::Left, VPos::Center);
        area.draw(&Text::new(
            fit(label, LEGEND_COLUMNS),
            (34, y),
            style_at(13.0, &INK, pos),
        ))?;
    }
    Ok(())
}

fn style_at(size: f64, color: &'static RGBColor, pos: Pos) -> TextStyle<'static> {
    style(size, color).pos(pos)
}

/// Cuts a label to `columns` display columns, with "…" when cut.
fn fit(text: &str, columns: usize) -> String {
    let mut used = 0;
    let mut out = String::new();
    for c in text.chars() {
        let w = if c.is_ascii() { 1 } else { 2 };
        if used + w > columns {
            out.push('…');
            return out;
        }
        used += w;
        out.push(c);
    }
    out
}

fn minutes(d: SimDuration) -> f64 {
    f64::from(d.as_secs()) / 60.0
}

fn radar(ctx: &Ctx<'_>, scores: &Scores, root: &Area<'_>) -> Drawn {
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(root)
        .margin(8)
        .build_cartesian_2d(-1.5f64..1.5f64, -1.38f64..1.38f64)?;
    let n = scores.dimensions.len().max(1);
    let angle = |i: usize| PI / 2.0 - 2.0 * PI * i as f64 / n as f64;
    let point = |i: usize, r: f64| (r * angle(i).cos(), r * angle(i).sin());
    // Rings at the rating thresholds: 40 (M), 60 (S), 80 (P) and 100.
    for ring in [0.4, 0.6, 0.8, 1.0] {
        let mut pts: Vec<(f64, f64)> = (0..n).map(|i| point(i, ring)).collect();
        pts.push(pts[0]);
        chart.draw_series(std::iter::once(PathElement::new(pts, GRID.stroke_width(1))))?;
        chart.draw_series(std::iter::once(Text::new(
            format!("{:.0}", ring * 100.0),
            (0.03, ring + 0.01),
            style(11.0, &MUTED),
        )))?;
    }
    for i in 0..n {
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(0.0, 0.0), point(i, 1.0)],
            GRID.stroke_width(1),
        )))?;
    }
    let values: Vec<(f64, f64)> = scores
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| point(i, d.score.unwrap_or(0.0).clamp(0.0, 100.0) / 100.0))
        .collect();
    chart.draw_series(std::iter::once(Polygon::new(
        values.clone(),
        TRUST.mix(0.25).filled(),
    )))?;
    let mut outline = values.clone();
    outline.push(values[0]);
    chart.draw_series(std::iter::once(PathElement::new(
        outline,
        TRUST.stroke_width(2),
    )))?;
    chart.draw_series(values.iter().map(|p| Circle::new(*p, 3, TRUST.filled())))?;
    for (i, d) in scores.dimensions.iter().enumerate() {
        let (x, y) = point(i, 1.2);
        let h = if x > 0.15 {
            HPos::Left
        } else if x < -0.15 {
            HPos::Right
        } else {
            HPos::Center
        };
        let value = match (d.score, &d.rating) {
            (Some(s), Some(r)) => format!("{} {r}", crate::whole(s)),
            _ => ctx.l.get("report-chart-unscored"),
        };
        let pos = Pos::new(h, VPos::Center);
        chart.draw_series(std::iter::once(Text::new(
            d.label.clone(),
            (x, y + 0.06),
            style(15.0, &INK).pos(pos),
        )))?;
        chart.draw_series(std::iter::once(Text::new(
            value,
            (x, y - 0.07),
            style(13.0, &TRUST).pos(pos),
        )))?;
    }
    Ok(())
}

fn public(ctx: &Ctx<'_>, root: &Area<'_>) -> Drawn {
    root.fill(&WHITE)?;
    let (plot, side) = root.split_horizontally(PLOT_WIDTH);
    let log = ctx.log;
    let end = minutes(log.duration).max(1.0);
    let mut chart = ChartBuilder::on(&plot)
        .margin(12)
        .x_label_area_size(32)
        .y_label_area_size(40)
        .build_cartesian_2d(0f64..end, 0f64..100f64)?;
    let mut keys = vec![
        (ctx.l.get("report-series-pressure"), Key::Line, PRESSURE),
        (ctx.l.get("report-series-trust"), Key::Line, TRUST),
    ];
    let clock = |m: &f64| ctx.clock(SimDuration::from_secs((m.max(0.0) * 60.0) as u32));
    chart
        .configure_mesh()
        .x_labels(10)
        .y_labels(6)
        .x_label_formatter(&clock)
        .light_line_style(RGBColor(238, 240, 243))
        .bold_line_style(GRID)
        .label_style(style(13.0, &INK))
        .draw()?;
    // The trainee's posts: a thin line at each, with a marker on the time axis.
    let posts: Vec<f64> = crate::build::post_minutes(log)
        .into_iter()
        .map(f64::from)
        .collect();
    chart.draw_series(
        posts.iter().map(|m| {
            PathElement::new(vec![(*m, 0.0), (*m, 100.0)], POST.mix(0.25).stroke_width(1))
        }),
    )?;
    chart.draw_series(
        posts
            .iter()
            .map(|m| TriangleMarker::new((*m, 2.5), 6, POST.filled())),
    )?;
    let series = |f: &dyn Fn(&goldenhour_simlog::StateSample) -> f64| -> Vec<(f64, f64)> {
        log.samples
            .iter()
            .map(|s| (minutes(s.at), f(s).clamp(0.0, 100.0)))
            .collect()
    };
    chart.draw_series(LineSeries::new(
        series(&|s| s.pressure),
        PRESSURE.stroke_width(2),
    ))?;
    chart.draw_series(LineSeries::new(series(&|s| s.trust), TRUST.stroke_width(2)))?;
    for (i, id) in rumour_ids(log).iter().enumerate() {
        let color = RUMOURS[i % RUMOURS.len()];
        let points = series(&|s| s.rumours.get(id.as_str()).copied().unwrap_or(0.0) * 100.0);
        keys.push((
            ctx.l
                .format("report-series-rumour", &[("rumour", ctx.rumour_text(id))]),
            Key::Dashed,
            color,
        ));
        chart.draw_series(DashedLineSeries::new(points, 6, 4, color.stroke_width(2)))?;
    }
    keys.push((ctx.l.get("report-series-posts"), Key::Triangle, POST));
    legend(&side, &keys)
}

/// What a mark on the timeline chart shows.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Mark {
    Public,
    Inquiry,
    Briefing,
    Rumour,
    Escalation,
    Missed,
    Debunked,
    PromiseKept,
    PromiseBroken,
    Post,
    Reply,
    Correction,
}

impl Mark {
    fn color(self) -> RGBColor {
        match self {
            Mark::Public => PUBLIC,
            Mark::Inquiry => INQUIRY,
            Mark::Briefing => BRIEFING,
            Mark::Rumour => RUMOUR,
            Mark::Escalation | Mark::Missed | Mark::PromiseBroken => BAD,
            Mark::Debunked | Mark::PromiseKept => GOOD,
            Mark::Post => POST,
            Mark::Reply => REPLY,
            Mark::Correction => CORRECTION,
        }
    }

    fn label(self, ctx: &Ctx<'_>) -> String {
        ctx.l.get(match self {
            Mark::Public => "report-legend-public",
            Mark::Inquiry => "report-legend-inquiry",
            Mark::Briefing => "report-legend-briefing",
            Mark::Rumour => "report-legend-rumour",
            Mark::Escalation => "report-legend-escalation",
            Mark::Missed => "report-legend-missed",
            Mark::Debunked => "report-legend-debunked",
            Mark::PromiseKept => "report-legend-promise-kept",
            Mark::PromiseBroken => "report-legend-promise-broken",
            Mark::Post => "report-legend-post",
            Mark::Reply => "report-legend-reply",
            Mark::Correction => "report-legend-correction",
        })
    }

    /// Whether the mark sits on the trainee's lane.
    fn is_response(self) -> bool {
        matches!(
            self,
            Mark::Post | Mark::Reply | Mark::Correction | Mark::PromiseKept | Mark::PromiseBroken
        )
    }
}

const EVENTS_LANE: f64 = 2.0;
const RESPONSES_LANE: f64 = 0.8;

fn timeline(ctx: &Ctx<'_>, root: &Area<'_>) -> Drawn {
    root.fill(&WHITE)?;
    let log = ctx.log;
    let end = minutes(log.duration).max(1.0);
    let mut marks: Vec<(f64, Mark)> = Vec::new();
    let mut fired: BTreeMap<&str, f64> = BTreeMap::new();
    let mut links: Vec<(f64, f64)> = Vec::new();
    for entry in &log.entries {
        let m = minutes(entry.at);
        let mark = match &entry.kind {
            LogKind::EventFired { event } => {
                fired.insert(event, m);
                match ctx.scenario.event(event).map(|e| &e.kind) {
                    Some(EventKind::MediaInquiry { .. }) => Mark::Inquiry,
                    Some(EventKind::Briefing { .. }) => Mark::Briefing,
                    Some(EventKind::Escalation { .. }) => Mark::Escalation,
                    Some(EventKind::RumourStarts { .. }) => continue,
                    _ => Mark::Public,
                }
            }
            LogKind::RumourStarted { .. } => Mark::Rumour,
            LogKind::DeadlineMissed { .. } => Mark::Missed,
            LogKind::RumourDebunked { .. } => Mark::Debunked,
            LogKind::PromiseSettled { kept: true, .. } => Mark::PromiseKept,
            LogKind::PromiseSettled { kept: false, .. } => Mark::PromiseBroken,
            LogKind::TraineeAction(a) => match &a.action {
                ActionKind::Publish => Mark::Post,
                ActionKind::Reply { to } => {
                    if let Some(asked) = fired.get(to.as_str()) {
                        links.push((*asked, m));
                    }
                    Mark::Reply
                }
                ActionKind::CorrectRumour { .. } => Mark::Correction,
                ActionKind::VerifyFact { .. } => continue,
            },
            _ => continue,
        };
        marks.push((m, mark));
    }

    let (plot, side) = root.split_horizontally(PLOT_WIDTH);
    let mut chart = ChartBuilder::on(&plot)
        .margin(12)
        .x_label_area_size(32)
        .y_label_area_size(8)
        .build_cartesian_2d(0f64..end, 0f64..3.4f64)?;
    let clock = |m: &f64| ctx.clock(SimDuration::from_secs((m.max(0.0) * 60.0) as u32));
    chart
        .configure_mesh()
        .x_labels(10)
        .y_labels(0)
        .disable_y_mesh()
        .x_label_formatter(&clock)
        .light_line_style(WHITE)
        .bold_line_style(RGBColor(232, 234, 238))
        .label_style(style(13.0, &INK))
        .draw()?;
    for (lane, id) in [
        (EVENTS_LANE, "report-lane-events"),
        (RESPONSES_LANE, "report-lane-responses"),
    ] {
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(0.0, lane), (end, lane)],
            GRID.stroke_width(1),
        )))?;
        let label_pos = Pos::new(HPos::Left, VPos::Bottom);
        chart.draw_series(std::iter::once(Text::new(
            ctx.l.get(id),
            (end * 0.005, lane + 0.42),
            style(13.0, &INK).pos(label_pos),
        )))?;
    }
    chart.draw_series(links.iter().map(|(from, to)| {
        PathElement::new(
            vec![(*from, EVENTS_LANE), (*to, RESPONSES_LANE)],
            RGBColor(150, 155, 160).mix(0.6).stroke_width(1),
        )
    }))?;
    let mut kinds: Vec<Mark> = marks.iter().map(|(_, k)| *k).collect();
    kinds.sort();
    kinds.dedup();
    let mut keys = Vec::new();
    for kind in kinds {
        let color = kind.color();
        let lane = if kind.is_response() {
            RESPONSES_LANE
        } else {
            EVENTS_LANE
        };
        // Settled promises sit just under the trainee's lane, missed deadlines just above the
        // events' lane, so that they do not hide the marks they comment on.
        let y = match kind {
            Mark::PromiseKept | Mark::PromiseBroken => lane - 0.4,
            Mark::Missed | Mark::Debunked => lane + 0.4,
            _ => lane,
        };
        let at: Vec<f64> = marks
            .iter()
            .filter(|(_, k)| *k == kind)
            .map(|(m, _)| *m)
            .collect();
        let key = match kind {
            Mark::Missed | Mark::PromiseBroken => {
                chart.draw_series(
                    at.iter()
                        .map(|m| Cross::new((*m, y), 5, color.stroke_width(2))),
                )?;
                Key::Cross
            }
            Mark::Post | Mark::Reply | Mark::Correction => {
                chart.draw_series(
                    at.iter()
                        .map(|m| TriangleMarker::new((*m, y), 6, color.filled())),
                )?;
                Key::Triangle
            }
            _ => {
                chart.draw_series(at.iter().map(|m| Circle::new((*m, y), 5, color.filled())))?;
                Key::Dot
            }
        };
        keys.push((kind.label(ctx), key, color));
    }
    legend(&side, &keys)
}
