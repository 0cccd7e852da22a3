//! Golden Hour's scenario format: the RON file's serde mirror ([`raw`]), the validated and
//! indexed [`Scenario`], and the [`Diagnostic`]s that tell an author what to fix.
//!
//! This crate does no file I/O: hosts read bytes and pass them to [`load`].
#![warn(missing_docs)]

pub mod authoring;
mod diag;
mod duration;
pub mod raw;
mod responses;
mod spans;
mod validate;

use std::collections::{BTreeMap, HashMap};
use std::fmt;

pub use diag::{
    Diagnostic, LineCol, Localize, Message, Severity, did_you_mean, line_col, offset_of,
};
pub use duration::{DurationError, SimDuration};
pub use raw::*;
pub use responses::{ActionKind, Responses, ScriptedAction, load_responses};
pub use spans::{MAX_DEPTH, SpanIndex};
pub use validate::{MAX_SCENARIO_DURATION, SPEEDS};

/// Languages Golden Hour can be played in.
pub const LANGUAGES: [&str; 2] = ["zh-CN", "en-US"];

/// Largest scenario or translation file accepted, in bytes. Real scenarios are under 200 kB.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// Coefficients of the public model that a scenario may override, with their defaults.
/// docs/public-model.md gives the equations they appear in.
pub const KNOWN_COEFFICIENTS: &[(&str, f64)] = &[
    ("silence_anger_per_hour", 0.10),
    ("silence_trust_per_hour", 3.0),
    ("attention_decay_per_hour", 0.15),
    ("good_post_anger_relief", 0.12),
    ("good_post_trust_gain", 4.0),
    ("poor_post_anger", 0.10),
    ("poor_post_trust_loss", 5.0),
    ("debunk_belief_cut", 0.6),
    ("broken_promise_trust_loss", 8.0),
    ("escalation_attention", 1.0),
    ("posts_per_attention_hour", 600.0),
    // Added with the simulation (crates/sim); each appears in docs/public-model.md.
    ("silence_grace_mins", 30.0),
    ("stonewall_boilerplate", 0.5),
    ("withhold_grace_mins", 60.0),
    ("withheld_fact_anger_per_hour", 0.04),
    ("withheld_fact_trust_per_hour", 1.5),
    ("anger_attention_per_hour", 0.2),
    ("anger_decay_per_hour", 0.05),
    ("rumour_seed_share", 0.02),
    ("rumour_attention", 0.1),
    ("rumour_attention_floor", 0.3),
    ("rumour_ceiling", 0.5),
    ("silence_rumour_boost", 1.0),
    ("anger_rumour_boost", 0.5),
    ("trust_rumour_shield", 0.5),
    ("rumour_anger_per_hour", 0.1),
    ("debunk_trust_dependence", 0.5),
    ("bare_denial_belief_cut", 0.15),
    ("debunked_spread_factor", 0.1),
    ("debunked_belief_decay_per_hour", 0.3),
    ("reception_baseline", 0.2),
    ("quality_weight", 0.4),
    ("facts_for_full_credit", 2.0),
    ("repeat_fact_credit", 0.5),
    ("forbidden_offence", 0.5),
    ("late_post_discount", 0.4),
    ("reply_reach", 0.3),
    ("post_attention", 0.05),
    ("contradiction_trust_loss", 10.0),
    ("leak_trust_loss", 6.0),
    ("broken_promise_anger", 0.08),
    ("kept_promise_trust_gain", 2.0),
    ("missed_deadline_trust_loss", 6.0),
    ("missed_deadline_anger", 0.1),
    ("verify_delay_default_mins", 30.0),
    ("event_attention", 0.03),
    ("negativity_anger_weight", 0.5),
    ("negativity_distrust_weight", 0.3),
    ("negativity_rumour_weight", 0.2),
    ("stance_neutral_weight", 0.3),
    ("general_chatter_weight", 0.5),
    ("rumour_chatter_weight", 4.0),
    ("reaction_window_mins", 60.0),
    ("engagement_scale", 20.0),
    ("repost_ratio", 0.3),
    ("comment_ratio", 0.5),
    // Per segment: how much each segment weighs a post's empathy, facts, defensiveness and
    // boilerplate, how much silence costs with it, and its voice in the heat and the comments.
    ("empathy_weight_affected_residents", 0.5),
    ("empathy_weight_wider_public", 0.4),
    ("empathy_weight_media", 0.2),
    ("empathy_weight_influencers", 0.3),
    ("facts_weight_affected_residents", 0.5),
    ("facts_weight_wider_public", 0.4),
    ("facts_weight_media", 0.8),
    ("facts_weight_influencers", 0.4),
    ("defensiveness_weight_affected_residents", 0.6),
    ("defensiveness_weight_wider_public", 0.8),
    ("defensiveness_weight_media", 1.2),
    ("defensiveness_weight_influencers", 1.2),
    ("boilerplate_weight_affected_residents", 0.5),
    ("boilerplate_weight_wider_public", 0.4),
    ("boilerplate_weight_media", 0.8),
    ("boilerplate_weight_influencers", 0.6),
    ("silence_weight_affected_residents", 1.2),
    ("silence_weight_wider_public", 0.8),
    ("silence_weight_media", 1.0),
    ("silence_weight_influencers", 1.0),
    ("voice_affected_residents", 1.0),
    ("voice_wider_public", 1.0),
    ("voice_media", 0.5),
    ("voice_influencers", 0.8),
];

/// A translation file offered alongside a scenario: `<lang>.ftl` next to `scenario.ron`.
#[derive(Clone, Debug)]
pub struct TranslationSource {
    /// The language, from the file's name.
    pub lang: String,
    /// The file's name as shown in diagnostics.
    pub name: String,
    /// The file's text.
    pub text: String,
}

/// The result of loading a scenario: the scenario if it has no errors, and every diagnostic.
#[derive(Debug)]
pub struct Loaded {
    /// The validated scenario; `None` when any diagnostic is an error.
    pub scenario: Option<Scenario>,
    /// Errors and warnings, in file order within each rule family.
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// Checks size and encoding of a file's bytes and returns its text.
pub fn decode(name: &str, bytes: &[u8]) -> Result<String, Box<Diagnostic>> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Box::new(Diagnostic::error(
            name,
            None,
            Message::new("diag-file-too-large")
                .arg("size", format!("{:.1}", bytes.len() as f64 / 1_048_576.0))
                .arg("limit", MAX_FILE_BYTES / 1_048_576),
        )));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.strip_prefix('\u{feff}').unwrap_or(text).to_owned()),
        Err(e) => {
            let at = e.valid_up_to();
            Err(Box::new(
                Diagnostic::error(
                    name,
                    Some(at..at + 1),
                    Message::new("diag-not-utf8").arg("byte", at),
                )
                .with_help(Message::new("diag-help-not-utf8")),
            ))
        }
    }
}

/// Loads a scenario from the bytes of its RON file and its translation files.
///
/// Never panics on any input; every problem becomes a diagnostic.
pub fn load(name: &str, bytes: &[u8], translations: &[TranslationSource]) -> Loaded {
    let fail = |d: Diagnostic| Loaded {
        scenario: None,
        diagnostics: vec![d],
    };
    let source = match decode(name, bytes) {
        Ok(source) => source,
        Err(d) => return fail(*d),
    };
    if source.trim().is_empty() {
        return fail(
            Diagnostic::error(name, None, Message::new("diag-empty-file"))
                .with_help(Message::new("diag-help-empty-file")),
        );
    }
    if let Some(at) = spans::find_excess_depth(&source) {
        return fail(Diagnostic::error(
            name,
            Some(at..at + 1),
            Message::new("diag-too-deep").arg("max", MAX_DEPTH),
        ));
    }
    let options = ron::Options::default().with_recursion_limit(MAX_DEPTH * 2);
    let raw: RawScenario = match options.from_str(&source) {
        Ok(raw) => raw,
        Err(e) => return fail(ron_diagnostic(name, &source, &e)),
    };
    let (scenario, diagnostics) = validate::validate(name, &source, raw, translations);
    Loaded {
        scenario,
        diagnostics,
    }
}

/// Turns a RON syntax or type error into a diagnostic with a helpful message.
pub(crate) fn ron_diagnostic(name: &str, source: &str, e: &ron::error::SpannedError) -> Diagnostic {
    use ron::Error as E;
    let to_offset = |p: ron::error::Position| {
        offset_of(
            source,
            LineCol {
                line: p.line,
                col: p.col,
            },
        )
    };
    let start = to_offset(e.span.start);
    let end = to_offset(e.span.end).max(start);
    let span = Some(start..end.max(start + usize::from(start < source.len())));
    let outer = |o: &Option<String>| o.clone().unwrap_or_else(|| "Scenario".to_owned());
    let (message, help) = match &e.code {
        E::NoSuchStructField {
            expected,
            found,
            outer: o,
        } => (
            Message::new("diag-unknown-field")
                .arg("field", found)
                .arg("outer", outer(o)),
            Some(field_help(found, expected)),
        ),
        E::MissingStructField { field, outer: o } => (
            Message::new("diag-missing-field")
                .arg("field", *field)
                .arg("outer", outer(o)),
            None,
        ),
        E::DuplicateStructField { field, outer: o } => (
            Message::new("diag-duplicate-field")
                .arg("field", *field)
                .arg("outer", outer(o)),
            None,
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer: o,
        } => (
            Message::new("diag-unknown-variant")
                .arg("found", found)
                .arg("outer", outer(o)),
            Some(field_help(found, expected)),
        ),
        E::Message(m) if m.starts_with(DURATION_ERROR_PREFIX) => (
            Message::new("diag-bad-duration").arg("found", &m[DURATION_ERROR_PREFIX.len()..]),
            Some(Message::new("diag-help-duration-form")),
        ),
        E::InvalidValueForType { expected, found } => (
            Message::new("diag-wrong-type")
                .arg("expected", expected)
                .arg("found", found),
            None,
        ),
        E::Eof => (
            Message::new("diag-unexpected-eof"),
            Some(Message::new("diag-help-unclosed")),
        ),
        E::ExpectedOption | E::ExpectedOptionEnd => (
            Message::new("diag-expected").arg("what", "option"),
            Some(Message::new("diag-help-option")),
        ),
        E::ExpectedComma => (
            Message::new("diag-expected-comma"),
            Some(Message::new("diag-help-comma")),
        ),
        E::ExpectedInteger => (Message::new("diag-expected").arg("what", "integer"), None),
        E::ExpectedFloat => (Message::new("diag-expected").arg("what", "number"), None),
        E::ExpectedBoolean => (Message::new("diag-expected").arg("what", "boolean"), None),
        E::ExpectedString | E::ExpectedStringEnd => (
            Message::new("diag-expected").arg("what", "string"),
            Some(Message::new("diag-help-quote")),
        ),
        E::ExpectedArray | E::ExpectedArrayEnd => {
            (Message::new("diag-expected").arg("what", "list"), None)
        }
        E::ExpectedMap | E::ExpectedMapEnd | E::ExpectedMapColon => {
            (Message::new("diag-expected").arg("what", "map"), None)
        }
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) | E::ExpectedStructLikeEnd => {
            (Message::new("diag-expected").arg("what", "struct"), None)
        }
        E::TrailingCharacters => (Message::new("diag-trailing"), None),
        E::ExceededRecursionLimit => (Message::new("diag-too-deep").arg("max", MAX_DEPTH), None),
        E::ExpectedDifferentStructName { expected, found } => (
            Message::new("diag-wrong-struct-name")
                .arg("expected", *expected)
                .arg("found", found),
            None,
        ),
        other => (
            Message::new("diag-syntax").arg("detail", other.to_string()),
            None,
        ),
    };
    let d = Diagnostic::error(name, span, message);
    match help {
        Some(h) => d.with_help(h),
        None => d,
    }
}

pub(crate) const DURATION_ERROR_PREFIX: &str = "bad duration: ";

fn field_help(found: &str, expected: &[&str]) -> Message {
    match did_you_mean(found, expected.iter().copied()) {
        Some(best) => Message::new("diag-help-did-you-mean").arg("suggestion", best),
        None => Message::new("diag-help-expected-one-of").arg("names", expected.join(", ")),
    }
}

/// When the scenario starts, in local time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StartTime {
    /// Year.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day, 1–31.
    pub day: u8,
    /// Hour, 0–23.
    pub hour: u8,
    /// Minute, 0–59.
    pub minute: u8,
}

impl StartTime {
    /// Parses `YYYY-MM-DDTHH:MM`, checking the date exists.
    pub fn parse(text: &str) -> Option<Self> {
        let b = text.as_bytes();
        if b.len() != 16 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| text.get(r)?.parse::<u16>().ok();
        let (year, month, day, hour, minute) = (
            num(0..4)?,
            num(5..7)?,
            num(8..10)?,
            num(11..13)?,
            num(14..16)?,
        );
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        if day == 0 || day > days || hour > 23 || minute > 59 {
            return None;
        }
        Some(StartTime {
            year,
            month: month as u8,
            day: day as u8,
            hour: hour as u8,
            minute: minute as u8,
        })
    }

    /// The wall-clock time of day `offset` after the start, as (days later, hour, minute).
    pub fn clock_at(&self, offset: SimDuration) -> (u32, u8, u8) {
        let minutes = u32::from(self.hour) * 60 + u32::from(self.minute) + offset.as_secs() / 60;
        (
            minutes / 1440,
            ((minutes / 60) % 24) as u8,
            (minutes % 60) as u8,
        )
    }
}

impl fmt::Display for StartTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute
        )
    }
}

/// A validated scenario: the definition, its parsed start, lookup indices and translations.
#[derive(Clone, Debug)]
pub struct Scenario {
    def: RawScenario,
    start: StartTime,
    actors: HashMap<String, usize>,
    facts: HashMap<String, usize>,
    rumours: HashMap<String, usize>,
    events: HashMap<String, usize>,
    translations: BTreeMap<String, BTreeMap<String, String>>,
}

impl Scenario {
    fn new(
        def: RawScenario,
        start: StartTime,
        translations: BTreeMap<String, BTreeMap<String, String>>,
    ) -> Self {
        let index = |ids: Vec<&String>| {
            ids.into_iter()
                .enumerate()
                .map(|(i, id)| (id.clone(), i))
                .collect()
        };
        Scenario {
            actors: index(def.actors.iter().map(|a| &a.id).collect()),
            facts: index(def.facts.iter().map(|f| &f.id).collect()),
            rumours: index(def.rumours.iter().map(|r| &r.id).collect()),
            events: index(def.events.iter().map(|e| &e.id).collect()),
            def,
            start,
            translations,
        }
    }

    /// The scenario as written (all references checked).
    pub fn def(&self) -> &RawScenario {
        &self.def
    }

    /// When the scenario starts.
    pub fn start(&self) -> StartTime {
        self.start
    }

    /// The actor with this id.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.get(id).map(|&i| &self.def.actors[i])
    }

    /// The fact with this id.
    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts.get(id).map(|&i| &self.def.facts[i])
    }

    /// The rumour with this id.
    pub fn rumour(&self, id: &str) -> Option<&Rumour> {
        self.rumours.get(id).map(|&i| &self.def.rumours[i])
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.get(id).map(|&i| &self.def.events[i])
    }

    /// Whether a trainee action answers the question event `question` (docs/scoring.md,
    /// interaction): a reply to it; for a public question (not a media inquiry) also a reply to
    /// the asker's other question, or a statement or correction that discloses (`disclosed`,
    /// fact ids) a fact of its `answered_by`.
    pub fn answers(&self, question: &str, action: &ActionKind, disclosed: &[String]) -> bool {
        let Some(kind) = self.event(question).map(|e| &e.kind) else {
            return false;
        };
        let public = !matches!(kind, EventKind::MediaInquiry { .. });
        match action {
            ActionKind::Reply { to } => {
                to == question
                    || public
                        && kind.question().is_some_and(|(asker, _)| {
                            self.event(to)
                                .and_then(|e| e.kind.question())
                                .is_some_and(|(a, _)| a == asker)
                        })
            }
            ActionKind::Publish | ActionKind::CorrectRumour { .. } => {
                public && disclosed.iter().any(|f| kind.answered_by().contains(f))
            }
            ActionKind::VerifyFact { .. } => false,
        }
    }

    /// Languages the scenario can be played in: its own first, then its translations.
    pub fn languages(&self) -> Vec<&str> {
        std::iter::once(self.def.language.as_str())
            .chain(self.translations.keys().map(String::as_str))
            .collect()
    }

    /// A text's translation into `lang`, if the scenario has one (no fallback to its own
    /// language; cheap enough to call per post).
    pub fn translation<'a>(&'a self, lang: &str, key: &str) -> Option<&'a str> {
        self.translations
            .get(lang)
            .and_then(|t| t.get(key))
            .map(String::as_str)
    }

    /// The text with this key (see docs/scenario-format.md) in `lang`, falling back to the
    /// scenario's own language when there is no translation.
    pub fn text<'a>(&'a self, lang: &str, key: &str) -> Option<&'a str> {
        if let Some(t) = self.translations.get(lang).and_then(|t| t.get(key)) {
            return Some(t.as_str());
        }
        validate::text_keys(&self.def)
            .into_iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, _, text)| text)
    }

    /// Every text key of the scenario with its text in the scenario's own language.
    pub fn text_keys(&self) -> Vec<(String, &str)> {
        validate::text_keys(&self.def)
            .into_iter()
            .map(|(k, _, t)| (k, t))
            .collect()
    }

    /// The value of a public-model coefficient: the scenario's override or the default.
    pub fn coefficient(&self, name: &str) -> Option<f64> {
        self.def.public.coefficients.get(name).copied().or_else(|| {
            KNOWN_COEFFICIENTS
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| *v)
        })
    }
}
