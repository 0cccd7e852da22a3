//! Explainable scoring of a trainee's crisis posts and of whole runs against the public
//! standards in docs/scoring.md: the six qualities of government microblogging, CDC CERC,
//! Coombs' SCCT, the State Council's timing rules and the phrases officials are criticised for.
//!
//! The crate knows nothing of bevy and does no I/O (ARCHITECTURE.md, invariant 1): lexicons
//! are compiled in, hosts pass extra lexicon text, and runs are read from a [`SimLog`] value.
//!
//! ```no_run
//! let scorer = goldenhour_scoring::Scorer::new();
//! let a = scorer.assess_text("我们对遇难者表示深切哀悼。", "zh-CN", None);
//! assert!(a.scores.values().all(|s| (0.0..=100.0).contains(s)));
//! ```
#![warn(missing_docs)]

mod lexicon;
mod post;
mod rules;
mod run;
mod structure;
mod text;

use goldenhour_scenario::{ActionKind, EventKind, Scenario};
use goldenhour_simlog::{PostAssessment, PostContext, PostScorer};

pub use goldenhour_simlog::{Finding, Signals, SimLog};
pub use lexicon::{Category, LexiconSource, MAX_PHRASE_CHARS, bundled, phrases};
pub use rules::{RULES, Rule, rule_by_id};
pub use run::{DimensionScore, PostScore, Rating, RunFinding, RunScores, score_run};
pub use text::is_cjk;

/// A language the scorer reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Language {
    /// Simplified Chinese: segmented with jieba.
    ZhCn,
    /// English: Unicode word segmentation.
    EnUs,
}

impl Language {
    /// Both languages.
    pub const ALL: [Language; 2] = [Language::ZhCn, Language::EnUs];

    /// The BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Language::ZhCn => "zh-CN",
            Language::EnUs => "en-US",
        }
    }

    /// The language of a tag such as `zh-CN`, `zh`, `en-GB` (case-insensitive).
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("zh") {
            Some(Language::ZhCn)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Language::EnUs)
        } else {
            None
        }
    }

    /// Guesses a text's language from its script: Chinese when CJK ideographs make up at least
    /// a quarter of its letters, English otherwise (and for text without letters).
    pub fn detect(text: &str) -> Language {
        let (mut cjk, mut letters) = (0usize, 0usize);
        for c in text.chars() {
            if text::is_cjk(c) {
                cjk += 1;
                letters += 1;
            } else if c.is_alphabetic() {
                letters += 1;
            }
        }
        if cjk > 0 && cjk * 4 >= letters {
            Language::ZhCn
        } else {
            Language::EnUs
        }
    }
}

/// What can go wrong building a scorer with extra lexicons.
#[derive(Debug, thiserror::Error)]
pub enum ScoringError {
    /// A lexicon names a language the scorer does not read.
    #[error("unknown lexicon language `{0}`: use zh-CN or en-US")]
    UnknownLanguage(String),
    /// A lexicon names a category that does not exist.
    #[error("unknown lexicon category `{category}`{}", match suggestion {
        Some(s) => format!(": did you mean `{s}`?"),
        None => ": see docs/scoring.md for the category names".to_owned(),
    })]
    UnknownCategory {
        /// The name given.
        category: String,
        /// The closest category name, if any is close.
        suggestion: Option<String>,
    },
    /// A lexicon line is too long to be a phrase.
    #[error("lexicon {file} line {line}: the phrase has {chars} characters, more than {max}: put one phrase per line", max = MAX_PHRASE_CHARS)]
    PhraseTooLong {
        /// `<lang>/<category>`.
        file: String,
        /// 1-based line number.
        line: usize,
        /// Its length in chars.
        chars: usize,
    },
    /// The phrase automaton could not be built (too many or too long phrases).
    #[error("cannot compile the lexicons: {0}")]
    Lexicon(String),
}

/// The scorer: lexicons, patterns and the jieba dictionary, loaded once and shared.
///
/// It is `Send + Sync`; build one per process and score any number of posts and runs with it.
pub struct Scorer {
    jieba: jieba_rs::Jieba,
    zh: (lexicon::Lexicon, structure::Patterns),
    en: (lexicon::Lexicon, structure::Patterns),
}

impl std::fmt::Debug for Scorer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scorer").finish_non_exhaustive()
    }
}

impl Default for Scorer {
    fn default() -> Self {
        Scorer::new()
    }
}

impl Scorer {
    /// A scorer with the bundled lexicons and jieba's embedded dictionary.
    pub fn new() -> Scorer {
        // The bundled lexicons are checked by tests, so they cannot fail here; the
        // fallback keeps even a broken build from panicking.
        Scorer::with_lexicons(&[]).unwrap_or_else(|_| Scorer {
            jieba: jieba_rs::Jieba::new(),
            zh: empty_language(Language::ZhCn),
            en: empty_language(Language::EnUs),
        })
    }

    /// A scorer with the bundled lexicons extended by the host's (instructors' own phrases).
    pub fn with_lexicons(extra: &[LexiconSource<'_>]) -> Result<Scorer, ScoringError> {
        for source in extra {
            if Language::from_tag(source.lang).is_none() {
                return Err(ScoringError::UnknownLanguage(source.lang.to_owned()));
            }
            lexicon::category_named(source.category)?;
        }
        Ok(Scorer {
            jieba: jieba_rs::Jieba::new(),
            zh: (
                lexicon::Lexicon::build(Language::ZhCn, extra)?,
                structure::Patterns::new(Language::ZhCn),
            ),
            en: (
                lexicon::Lexicon::build(Language::EnUs, extra)?,
                structure::Patterns::new(Language::EnUs),
            ),
        })
    }

    /// Assesses one message without a timeline: tone, transparency, authority and service.
    ///
    /// `lang` is `zh-CN` or `en-US`; anything else is detected from the text's script. With a
    /// scenario, its fact patterns, forbidden phrases, extra lexicon and required elements
    /// apply; a promised update's clock time is resolved against its start (taking the post as
    /// written at the start).
    pub fn assess_text(
        &self,
        text: &str,
        lang: &str,
        scenario: Option<&Scenario>,
    ) -> PostAssessment {
        let lang = Language::from_tag(lang).unwrap_or_else(|| Language::detect(text));
        post::assess(
            self,
            text,
            lang,
            post::Context {
                scenario,
                // "@江城小明 您好，…": a message opening with a handle answers someone.
                reply: text.trim_start().starts_with(['@', '＠']),
                ..Default::default()
            },
        )
    }

    pub(crate) fn jieba(&self) -> &jieba_rs::Jieba {
        &self.jieba
    }

    pub(crate) fn lexicon(&self, lang: Language) -> &lexicon::Lexicon {
        match lang {
            Language::ZhCn => &self.zh.0,
            Language::EnUs => &self.en.0,
        }
    }

    pub(crate) fn patterns(&self, lang: Language) -> &structure::Patterns {
        match lang {
            Language::ZhCn => &self.zh.1,
            Language::EnUs => &self.en.1,
        }
    }

    /// Assesses a post with what the trainee knew and had verified at that moment.
    pub(crate) fn assess_in_run(
        &self,
        scenario: &Scenario,
        post: &PostContext<'_>,
        verified: &[String],
    ) -> PostAssessment {
        // Each post in its own language: a Chinese post in an English exercise is read as
        // Chinese ("涉事人员系临时工" is a scapegoat in any exercise), an English reply to a
        // foreign reporter in a Chinese one as English. A post with a few words of the other
        // script (a name, "PM2.5") stays in the run's language (see `Language::detect`).
        let detected = Language::detect(post.text);
        let lang = match Language::from_tag(post.lang) {
            Some(run) if run == detected || post.text.trim().is_empty() => run,
            _ => detected,
        };
        let to_press = matches!(post.action, ActionKind::Reply { to } if scenario
            .event(to)
            .is_some_and(|e| matches!(e.kind, EventKind::MediaInquiry { .. })));
        let ctx = post::Context {
            scenario: Some(scenario),
            at: post.at,
            known: Some(post.known_facts),
            verified,
            to_press,
            reply: matches!(post.action, ActionKind::Reply { .. }),
            correction: matches!(post.action, ActionKind::CorrectRumour { .. }),
            empathy_shown: post.empathy_shown,
        };
        post::assess(self, post.text, lang, ctx)
    }
}

/// The overall score of per-dimension scores: their mean weighted by the scenario's rubric
/// (a dimension the rubric does not weigh counts 1).
///
/// Without a scenario (one message and no timeline, as `goldenhour score` reads it) all count
/// 1, but service only where it raises the mean: a single message need not instruct (a reply,
/// an apology, an investigation's result), and the guidance it gives still counts. A run is
/// held to its rubric, service included.
pub fn overall(
    scores: &std::collections::BTreeMap<goldenhour_scenario::Dimension, f64>,
    scenario: Option<&Scenario>,
) -> f64 {
    use goldenhour_scenario::Dimension;
    let weight = |d: &Dimension| {
        scenario
            .and_then(|sc| sc.def().rubric.weights.get(d).copied())
            .unwrap_or(1.0)
            .max(0.0)
    };
    let mean = |without: Option<Dimension>| {
        let counted = || scores.iter().filter(|(d, _)| Some(**d) != without);
        let total: f64 = counted().map(|(d, _)| weight(d)).sum();
        if total <= 0.0 {
            return 0.0;
        }
        counted().map(|(d, s)| s * weight(d)).sum::<f64>() / total
    };
    let all = mean(None);
    if scenario.is_none() && scores.len() > 1 && scores.contains_key(&Dimension::Service) {
        all.max(mean(Some(Dimension::Service)))
    } else {
        all
    }
}

fn empty_language(lang: Language) -> (lexicon::Lexicon, structure::Patterns) {
    (lexicon::Lexicon::empty(), structure::Patterns::new(lang))
}

impl PostScorer for Scorer {
    fn assess(&self, scenario: &Scenario, post: &PostContext<'_>) -> PostAssessment {
        self.assess_in_run(scenario, post, &[])
    }
}
