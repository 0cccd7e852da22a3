//! The CPU cost of one GUI frame with 5,000 posts in the feed, against the floor of an empty
//! frame: egui's layout of the exercise feed plus tessellation, everything the app does on
//! the CPU for a frame before the GPU (or software Vulkan) draws it.
//!
//! `cargo bench --bench gui_frame`; figures in docs/performance.md.

use bevy_egui::egui;
use goldenhour::gui::exercise::feed_list;
use goldenhour::gui::session::Target;
use goldenhour::gui::view::{self, FeedItem};
use goldenhour::gui::{Tr, fonts};
use goldenhour_l10n::{Lang, Localizer};
use goldenhour_scenario::{Scenario, Segment, SimDuration};
use goldenhour_simlog::{LogEntry, LogKind, PublicPost, SimLog};

fn main() {
    divan::main();
}

fn flood() -> Scenario {
    let files = goldenhour::files::ScenarioFiles::read(std::path::Path::new(
        "scenarios/flood/scenario.ron",
    ))
    .expect("run from the repository root");
    files.load().scenario.expect("valid")
}

/// 5,000 generated posts from the flood scenario's comment templates, over six hours.
fn items(scenario: &Scenario) -> Vec<FeedItem> {
    let templates = &scenario.def().templates;
    let entries = (0..5000u32)
        .map(|i| {
            let t = &templates[i as usize % templates.len()];
            LogEntry {
                at: SimDuration::from_secs(i * 4),
                kind: LogKind::PublicPost(PublicPost {
                    template: t.id.as_str().into(),
                    segment: Segment::AffectedResidents,
                    text: t.text.replace("{account}", "@棠川发布").into(),
                    reposts: i % 40,
                    comments: i % 17,
                    likes: i % 300,
                }),
            }
        })
        .collect();
    let log = SimLog {
        entries,
        ..SimLog::default()
    };
    view::feed(scenario, &log, "zh-CN", "@棠川发布")
}

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1366.0, 860.0),
        )),
        ..Default::default()
    }
}

/// A context with the app's fonts, warmed up so glyphs are already in the atlas (as after the
/// first second of a real session).
fn context(frame: &mut dyn FnMut(&egui::Context)) -> egui::Context {
    let ctx = egui::Context::default();
    fonts::install(&ctx);
    for _ in 0..3 {
        let out = ctx.run_ui(input(), |ui| frame(ui.ctx()));
        let _ = ctx.tessellate(out.shapes, out.pixels_per_point);
    }
    ctx
}

#[divan::bench]
fn feed_with_5000_posts(bencher: divan::Bencher) {
    let scenario = flood();
    let items = items(&scenario);
    let tr = Tr(Localizer::new(Lang::ZhCn));
    let mut target = Target::Post;
    // As in the app, the tab's filter runs every frame, then the visible rows are laid out.
    let mut frame = |ctx: &egui::Context| {
        let shown = view::filter(&items, view::FeedTab::All, "");
        let mut root = fonts::root_ui(ctx);
        egui::CentralPanel::default().show(&mut root, |ui| {
            feed_list(ui, &tr, &scenario, &shown, &mut target)
        });
    };
    let ctx = context(&mut frame);
    bencher.bench_local(|| {
        let out = ctx.run_ui(input(), |ui| frame(ui.ctx()));
        ctx.tessellate(out.shapes, out.pixels_per_point)
    });
}

#[divan::bench]
fn empty_frame_floor(bencher: divan::Bencher) {
    let mut frame = |ctx: &egui::Context| {
        let mut root = fonts::root_ui(ctx);
        egui::CentralPanel::default().show(&mut root, |ui| ui.label("empty"));
    };
    let ctx = context(&mut frame);
    bencher.bench_local(|| {
        let out = ctx.run_ui(input(), |ui| frame(ui.ctx()));
        ctx.tessellate(out.shapes, out.pixels_per_point)
    });
}

/// Filtering and searching the 5,000 posts, done when the tab or the search text changes.
#[divan::bench]
fn search_5000_posts(bencher: divan::Bencher) {
    let scenario = flood();
    let items = items(&scenario);
    bencher.bench_local(|| view::filter(&items, view::FeedTab::Mentions, "棠川").len());
}
