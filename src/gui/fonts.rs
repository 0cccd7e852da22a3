//! Fonts: egui's own Latin fonts plus a bundled Simplified Chinese subset (Noto Sans CJK SC,
//! OFL; see assets/fonts/OFL.txt), so Chinese shows on a machine with no CJK font installed.
//!
//! The CJK font is compiled into the binary (no file to find at run time) and handed to egui
//! after the first frame, so the window appears at once and the font's parsing happens while
//! the splash is showing.

use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

static CJK: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Subset.otf");

/// Whether the fonts are installed; screens wait for it before drawing Chinese.
#[derive(Resource, Default)]
pub struct FontsReady(pub bool);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<FontsReady>().add_systems(
        EguiPrimaryContextPass,
        install_fonts.run_if(|r: Res<FontsReady>| !r.0),
    );
}

fn install_fonts(
    mut contexts: EguiContexts,
    mut ready: ResMut<FontsReady>,
    mut frames: Local<u32>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    *frames += 1;
    if *frames < 2 {
        // First frame: draw a plain splash with egui's built-in font.
        egui::CentralPanel::default().show(&mut root_ui(ctx), |ui| {
            ui.centered_and_justified(|ui| ui.heading("Golden Hour"));
        });
        return Ok(());
    }
    install(ctx);
    ready.0 = true;
    Ok(())
}

/// Gives egui the bundled CJK font (after its Latin fonts) and the app's text sizes.
pub fn install(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "noto-sans-sc".into(),
        Arc::new(egui::FontData::from_static(CJK)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        // After egui's Latin fonts, so Latin keeps its look and CJK falls through to Noto.
        fonts
            .families
            .entry(family)
            .or_default()
            .push("noto-sans-sc".into());
    }
    ctx.set_fonts(fonts);
    ctx.all_styles_mut(|style| {
        style
            .text_styles
            .insert(egui::TextStyle::Body, egui::FontId::proportional(15.0));
        style
            .text_styles
            .insert(egui::TextStyle::Button, egui::FontId::proportional(15.0));
        style
            .text_styles
            .insert(egui::TextStyle::Heading, egui::FontId::proportional(22.0));
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
    });
    ctx.set_visuals(egui::Visuals::light());
}

/// A Ui covering the whole window, for panels to be laid out in (egui 0.36 panels show inside
/// a Ui rather than on the context).
pub fn root_ui(ctx: &egui::Context) -> egui::Ui {
    egui::Ui::new(
        ctx.clone(),
        "root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    )
}
