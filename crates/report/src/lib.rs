//! Golden Hour's evaluation report: an HSEEP after-action report and improvement plan
//! (../shared/domain.md §7) built from a run's [`SimLog`](goldenhour_simlog::SimLog) and its
//! [`RunScores`](goldenhour_scoring::RunScores), rendered as one self-contained HTML page, a
//! versioned JSON file (docs/report-format.md) and a short terminal summary.
//!
//! The crate knows nothing of bevy and does no I/O (ARCHITECTURE.md, invariant 1): it takes
//! values and returns strings; the hosts write the files.
//!
//! ```no_run
//! # fn demo(scenario: &goldenhour_scenario::Scenario, log: &goldenhour_simlog::SimLog) {
//! let scores = goldenhour_scoring::score_run(&goldenhour_scoring::Scorer::new(), scenario, log);
//! let meta = goldenhour_report::ReportMeta {
//!     trainee: Some("Li Hua".into()),
//!     date: "2026-07-18".into(),
//!     real_duration: None,
//!     lang: goldenhour_l10n::Lang::EnUs,
//! };
//! let report = goldenhour_report::build(scenario, log, &scores, &meta);
//! let html = report.to_html(&goldenhour_report::HtmlOptions::default());
//! let json = report.to_json();
//! println!("{}", report.to_text());
//! # let _ = (html, json);
//! # }
//! ```
#![warn(missing_docs)]

mod build;
mod charts;
mod clause;
mod font;
mod html;
mod model;
mod rewrite;
mod text;
mod themes;

pub use build::{ReportMeta, build, whole};
pub use html::{HtmlOptions, escape};
pub use model::*;

impl Report {
    /// The report as pretty-printed JSON (docs/report-format.md).
    pub fn to_json(&self) -> String {
        // Serialising plain data with string keys cannot fail; keep the fallback anyway so
        // nothing a run contains can panic the host.
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
    }
}
