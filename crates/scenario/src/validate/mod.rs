//! Semantic validation of a deserialised scenario, split by rule family. Every check adds
//! diagnostics and carries on, so the author sees every problem at once.

mod references;
mod rubric;
mod timeline;
mod translations;

use crate::diag::{Diagnostic, Message};
use crate::raw::RawScenario;
use crate::spans::SpanIndex;
use crate::{Scenario, TranslationSource};

pub use timeline::{MAX_SCENARIO_DURATION, SPEEDS};
pub(crate) use translations::text_keys;

/// Shared state of one validation pass.
pub(crate) struct Ctx<'a> {
    pub file: &'a str,
    pub spans: SpanIndex,
    pub diagnostics: Vec<Diagnostic>,
}

impl Ctx<'_> {
    /// Reports an error at the value at `path` (or its nearest indexed ancestor).
    pub fn error(&mut self, path: &str, message: Message) -> &mut Diagnostic {
        let span = self.spans.nearest(path);
        self.diagnostics
            .push(Diagnostic::error(self.file, span, message));
        self.diagnostics.last_mut().expect("just pushed")
    }

    /// Reports a warning at the value at `path`.
    pub fn warning(&mut self, path: &str, message: Message) -> &mut Diagnostic {
        let span = self.spans.nearest(path);
        self.diagnostics
            .push(Diagnostic::warning(self.file, span, message));
        self.diagnostics.last_mut().expect("just pushed")
    }
}

/// Runs every rule family over `raw` and, if nothing is an error, builds the indexed scenario.
pub(crate) fn validate(
    file: &str,
    source: &str,
    raw: RawScenario,
    translation_sources: &[TranslationSource],
) -> (Option<Scenario>, Vec<Diagnostic>) {
    let mut ctx = Ctx {
        file,
        spans: SpanIndex::build(source),
        diagnostics: Vec::new(),
    };
    references::check(&mut ctx, &raw);
    let start = timeline::check(&mut ctx, &raw);
    rubric::check(&mut ctx, &raw);
    let translations = translations::check(&mut ctx, &raw, translation_sources);
    let has_errors = ctx
        .diagnostics
        .iter()
        .any(|d| d.severity == crate::Severity::Error);
    let scenario = match (has_errors, start) {
        (false, Some(start)) => Some(Scenario::new(raw, start, translations)),
        _ => None,
    };
    (scenario, ctx.diagnostics)
}

/// The help line for a mistyped reference: "did you mean `x`?" or the list of valid ids.
pub(crate) fn reference_help<'a>(found: &str, known: impl Iterator<Item = &'a str>) -> Message {
    // Sorted so that ties and listings come out the same on every run.
    let mut all: Vec<&str> = known.collect();
    all.sort_unstable();
    match crate::diag::did_you_mean(found, all.iter().copied()) {
        Some(best) => Message::new("diag-help-did-you-mean").arg("suggestion", best),
        None => {
            all.truncate(12);
            if all.is_empty() {
                Message::new("diag-help-none-defined")
            } else {
                Message::new("diag-help-known-ids").arg("ids", all.join(", "))
            }
        }
    }
}
