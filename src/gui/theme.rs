//! Colours and spacing shared by the screens, in one place so the app looks of a piece.

use bevy::prelude::Color;
use bevy_egui::egui::Color32;

use super::view::Band;

/// The window's clear colour, behind the egui panels.
pub const BACKGROUND: Color = Color::srgb(0.95, 0.95, 0.96);

/// The brand colour: the account's posts, primary buttons.
pub const ACCENT: Color32 = Color32::from_rgb(0xc8, 0x3c, 0x1e);
/// Muted text: times, follower counts.
pub const MUTED: Color32 = Color32::from_rgb(0x6b, 0x6f, 0x76);
/// Questions and inquiries that expect an answer.
pub const QUESTION: Color32 = Color32::from_rgb(0x1f, 0x6f, 0xb2);
/// Rumours.
pub const RUMOUR: Color32 = Color32::from_rgb(0x9b, 0x2c, 0x8e);
/// Highlight behind evidence in the trainee's text.
pub const GOOD_MARK: Color32 = Color32::from_rgb(0xd4, 0xf0, 0xd4);
/// Highlight behind problems in the trainee's text.
pub const BAD_MARK: Color32 = Color32::from_rgb(0xfb, 0xd5, 0xd0);

/// The colour of a gauge's band.
pub fn band(band: Band) -> Color32 {
    match band {
        Band::Calm => Color32::from_rgb(0x2e, 0x8b, 0x57),
        Band::Tense => Color32::from_rgb(0xd9, 0x8e, 0x04),
        Band::Critical => Color32::from_rgb(0xc0, 0x39, 0x2b),
    }
}
