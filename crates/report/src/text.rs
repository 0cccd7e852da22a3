//! The short plain-text summary printed on the terminal after a run: overall rating, the six
//! qualities with bars, and the top strengths and areas for improvement.

use std::fmt::Write;

use crate::model::Report;

/// Width of a score bar, in characters, for 100 points.
const BAR: usize = 20;
/// Strengths and areas listed on the terminal; the HTML has the rest.
const TOP: usize = 3;

impl Report {
    /// A few lines of plain text for the terminal (no colour, no markup).
    pub fn to_text(&self) -> String {
        let l = &self.l;
        let o = &self.overview;
        let mut out = String::new();
        let trainee = o
            .trainee
            .clone()
            .unwrap_or_else(|| l.get("report-trainee-unknown"));
        let _ = writeln!(
            out,
            "{}",
            l.format(
                "report-text-heading",
                &[("scenario", o.scenario_title.clone()), ("trainee", trainee)]
            )
        );
        let _ = writeln!(
            out,
            "  {}",
            l.format(
                "report-text-overall",
                &[
                    ("score", crate::whole(self.scores.overall)),
                    ("rating", self.scores.rating.clone())
                ]
            )
        );
        // Labels are padded by display width: a Chinese character takes two columns.
        let width = |s: &str| {
            s.chars()
                .map(|c| if c.is_ascii() { 1 } else { 2 })
                .sum::<usize>()
        };
        let widest = self
            .scores
            .dimensions
            .iter()
            .map(|d| width(&d.label))
            .max()
            .unwrap_or(0);
        for d in &self.scores.dimensions {
            let pad = " ".repeat(widest - width(&d.label));
            match (d.score, &d.rating) {
                (Some(s), Some(r)) => {
                    let filled = ((s.clamp(0.0, 100.0) / 100.0) * BAR as f64).round() as usize;
                    let _ = writeln!(
                        out,
                        "  {}{pad}  {}{}  {s:>3.0} {r}",
                        d.label,
                        "#".repeat(filled),
                        ".".repeat(BAR - filled)
                    );
                }
                _ => {
                    let _ = writeln!(
                        out,
                        "  {}{pad}  {}  {}",
                        d.label,
                        " ".repeat(BAR),
                        l.get("report-not-scored")
                    );
                }
            }
        }
        for (heading, list) in [
            ("report-text-top-strengths", &self.strengths),
            ("report-text-top-improvements", &self.improvements),
        ] {
            if list.is_empty() {
                continue;
            }
            let _ = writeln!(out, "{}", l.get(heading));
            for obs in list.iter().take(TOP) {
                let _ = writeln!(out, "  - {}", obs.message.text);
            }
        }
        out
    }
}
