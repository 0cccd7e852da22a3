//! The record of a run ([`SimLog`]) and the assessment of one trainee post
//! ([`PostAssessment`]), plus the [`PostScorer`] interface the simulation calls.
//!
//! This crate sits between the simulation (which writes the log and calls the scorer) and the
//! scoring and report crates (which read the log). It knows nothing of bevy and does no I/O,
//! so a saved run can be re-scored and re-rendered offline (invariant 4 in ARCHITECTURE.md).
#![warn(missing_docs)]

use std::collections::BTreeMap;
use std::sync::Arc;

use goldenhour_scenario::{ActionKind, Dimension, Scenario, Segment, SimDuration};
use serde::{Deserialize, Serialize};

/// Version of the SimLog layout; bumped on incompatible changes.
pub const SIMLOG_FORMAT: u32 = 1;

/// Everything that happened in one run, in time order. The only input to scoring and reports.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SimLog {
    /// [`SIMLOG_FORMAT`] at the time of writing.
    pub format: u32,
    /// The scenario that was played, embedded so the log is self-contained.
    pub scenario: EmbeddedScenario,
    /// The seed of the run's random generator.
    pub seed: u64,
    /// The language the trainee wrote in.
    pub language: String,
    /// The trainee's name, if given.
    pub trainee: Option<String>,
    /// Simulated time covered by the run.
    pub duration: SimDuration,
    /// Timed entries, in the order they happened.
    pub entries: Vec<LogEntry>,
    /// The public's state, sampled every simulated minute.
    pub samples: Vec<StateSample>,
}

/// The scenario's source files, embedded in a log.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EmbeddedScenario {
    /// The scenario's id.
    pub id: String,
    /// The scenario file's name when it was played.
    pub file: String,
    /// The scenario file's text.
    pub source: String,
    /// Translation files: language → Fluent text.
    pub translations: BTreeMap<String, String>,
}

/// One timed entry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogEntry {
    /// When, as an offset from the scenario's start.
    pub at: SimDuration,
    /// What happened.
    pub kind: LogKind,
}

/// What happened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum LogKind {
    /// A scenario event fired (timed or conditional).
    EventFired {
        /// The event's id.
        event: String,
    },
    /// A fact became known to the trainee.
    FactRevealed {
        /// The fact's id.
        fact: String,
    },
    /// A rumour started spreading.
    RumourStarted {
        /// The rumour's id.
        rumour: String,
    },
    /// A media inquiry or a public question passed its deadline unanswered.
    DeadlineMissed {
        /// The inquiry or question event.
        event: String,
    },
    /// The trainee acted. Boxed: an action with its assessment is several times the size of
    /// the other entries, and a run logs thousands of those.
    TraineeAction(Box<TraineeAction>),
    /// A department answered a verification request.
    FactVerified {
        /// The fact.
        fact: String,
        /// Whether it turned out confirmed.
        confirmed: bool,
    },
    /// A promised update fell due: kept or broken.
    PromiseSettled {
        /// The action that made the promise.
        action: u32,
        /// Whether an update was published in time.
        kept: bool,
    },
    /// A generated post or comment by the public.
    PublicPost(PublicPost),
    /// A trainee post disclosed a fact that debunks a spreading rumour.
    RumourDebunked {
        /// The rumour.
        rumour: String,
        /// The action that debunked it.
        action: u32,
    },
    /// How each segment of the public received a trainee post, from -1 (angered) to 1
    /// (calmed): the same post can calm one segment and anger another.
    PublicReacted {
        /// The action received.
        action: u32,
        /// Reception per segment, -1 to 1.
        reception: BTreeMap<Segment, f64>,
    },
}

/// One action of the trainee, with its assessment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TraineeAction {
    /// Sequence number within the run, from 0.
    pub id: u32,
    /// What the trainee did.
    pub action: ActionKind,
    /// The text, exactly as written.
    pub text: String,
    /// How the scorer assessed it (empty for verification requests).
    pub assessment: PostAssessment,
}

/// A generated public post.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PublicPost {
    /// The template it was generated from. Shared: thousands of comments name the same few
    /// templates, and a copy is a reference count.
    pub template: Arc<str>,
    /// The segment of the public it speaks for.
    pub segment: Segment,
    /// The text, with placeholders filled (shared with every comment of the same text).
    pub text: Arc<str>,
    /// Reposts, comments and likes at the time of posting.
    pub reposts: u32,
    /// Comments.
    pub comments: u32,
    /// Likes.
    pub likes: u32,
}

/// The public's state at one moment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StateSample {
    /// When.
    pub at: SimDuration,
    /// Pressure index: heat × negativity, 0–100.
    pub pressure: f64,
    /// Trust in the account across the public, weighted by segment size, 0–100.
    pub trust: f64,
    /// Per segment: attention 0–1, trust 0–100, anger 0–1.
    pub segments: BTreeMap<Segment, SegmentState>,
    /// Per rumour: the share of the public that believes it, 0–1. The ids are shared with
    /// every other sample of the run.
    pub rumours: BTreeMap<Arc<str>, f64>,
}

/// One segment's state.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct SegmentState {
    /// Attention, 0–1.
    pub attention: f64,
    /// Trust in the account, 0–100.
    pub trust: f64,
    /// Anxiety and anger, 0–1.
    pub anger: f64,
}

/// The assessment of one trainee post: per-dimension scores, the evidence, and the signals the
/// public model reacts to.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PostAssessment {
    /// Scores 0–100 for the dimensions one post can show (tone, transparency, authority,
    /// service); speed and interaction need the timeline and are scored per run.
    pub scores: BTreeMap<Dimension, f64>,
    /// Every finding, each traceable to a rule and a span of the text.
    pub findings: Vec<Finding>,
    /// What the public model reacts to.
    pub signals: Signals,
}

/// One piece of evidence: a rule that fired on a span of the trainee's text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// The rule's id, as listed in docs/scoring.md (e.g. `tone.empathy`).
    pub rule: String,
    /// The dimension it affects.
    pub dimension: Dimension,
    /// Points added to (positive) or taken from (negative) the dimension's score.
    pub effect: f64,
    /// Byte offsets of the matched text, `[start, end)`; `None` for an absence ("no hotline").
    pub span: Option<(usize, usize)>,
    /// Character offsets of the same span.
    pub char_span: Option<(usize, usize)>,
    /// The matched text.
    pub excerpt: String,
    /// The lexicon entry or pattern that matched, if any.
    pub entry: Option<String>,
    /// Fluent message id explaining the finding and suggesting a better wording.
    pub message: String,
    /// Arguments of the message beyond the excerpt and the entry (see
    /// [`Finding::message_args`]).
    pub args: Vec<(String, String)>,
}

impl Finding {
    /// The arguments its message is formatted with: `excerpt` (when there is one), the
    /// rule's own arguments, and `entry` (when there is one). The excerpt and the entry are
    /// kept once, in their fields; logs written before that may repeat them in `args`, and
    /// the fields win.
    pub fn message_args(&self) -> Vec<(&str, &str)> {
        let mut out = Vec::with_capacity(self.args.len() + 2);
        if !self.excerpt.is_empty() {
            out.push(("excerpt", self.excerpt.as_str()));
        }
        out.extend(
            self.args
                .iter()
                .filter(|(k, _)| k != "excerpt" && k != "entry")
                .map(|(k, v)| (k.as_str(), v.as_str())),
        );
        if let Some(entry) = &self.entry {
            out.push(("entry", entry.as_str()));
        }
        out
    }
}

/// What the public model reacts to in a post; all levels 0–1.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Signals {
    /// Overall quality of the post.
    pub quality: f64,
    /// Empathy expressed.
    pub empathy: f64,
    /// Defensiveness: denial, blame-shifting, attacks, threats, condescension.
    pub defensiveness: f64,
    /// Empty officialese and boilerplate.
    pub boilerplate: f64,
    /// Facts the post discloses.
    pub disclosed: Vec<String>,
    /// Facts the post contradicts.
    pub contradicted: Vec<String>,
    /// Facts disclosed that must not be (private or unverified).
    pub leaked: Vec<String>,
    /// Forbidden phrases used.
    pub forbidden: Vec<String>,
    /// When the post promises the next update, as an offset from the scenario's start.
    pub promised_update_at: Option<SimDuration>,
}

/// The post being assessed and what the trainee knew when writing it.
#[derive(Clone, Copy, Debug)]
pub struct PostContext<'a> {
    /// The text as written.
    pub text: &'a str,
    /// The language it is written in (`zh-CN` or `en-US`).
    pub lang: &'a str,
    /// When it was published, as an offset from the start.
    pub at: SimDuration,
    /// The kind of action (publish, reply, correct a rumour).
    pub action: &'a ActionKind,
    /// Facts revealed to the trainee so far.
    pub known_facts: &'a [String],
    /// An earlier statement (a post or a rumour correction) showed empathy or apologised.
    pub empathy_shown: bool,
}

/// Assesses trainee posts. The simulation calls it for every post; the real implementation is
/// the scoring crate's, and tests may use simpler ones.
pub trait PostScorer: Send + Sync + 'static {
    /// Assesses one post in the context of the scenario.
    fn assess(&self, scenario: &Scenario, post: &PostContext<'_>) -> PostAssessment;
}

impl SimLog {
    /// Serialises the log as pretty RON. The output is deterministic for equal logs.
    pub fn to_ron(&self) -> Result<String, ron::Error> {
        ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new().struct_names(true))
    }

    /// Reads a log written by [`SimLog::to_ron`].
    pub fn from_ron(text: &str) -> Result<SimLog, ron::error::SpannedError> {
        ron::Options::default().from_str(text)
    }

    /// The trainee's actions, in order.
    pub fn actions(&self) -> impl Iterator<Item = (SimDuration, &TraineeAction)> {
        self.entries.iter().filter_map(|e| match &e.kind {
            LogKind::TraineeAction(a) => Some((e.at, &**a)),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(args: Vec<(String, String)>) -> Finding {
        Finding {
            rule: "tone.blame".to_owned(),
            dimension: Dimension::Tone,
            effect: -20.0,
            span: Some((0, 9)),
            char_span: Some((0, 3)),
            excerpt: "临时工".to_owned(),
            entry: Some("临时工".to_owned()),
            message: "finding-tone-blame".to_owned(),
            args,
        }
    }

    #[test]
    fn message_args_put_the_excerpt_first_and_the_entry_last() {
        let f = finding(vec![("fact".to_owned(), "dam-safe".to_owned())]);
        assert_eq!(
            f.message_args(),
            vec![
                ("excerpt", "临时工"),
                ("fact", "dam-safe"),
                ("entry", "临时工")
            ]
        );
    }

    #[test]
    fn message_args_of_an_older_log_do_not_repeat_the_excerpt_or_entry() {
        // Logs written before the excerpt and entry moved out of `args` carry them twice.
        let f = finding(vec![
            ("excerpt".to_owned(), "临时工".to_owned()),
            ("entry".to_owned(), "临时工".to_owned()),
        ]);
        assert_eq!(
            f.message_args(),
            vec![("excerpt", "临时工"), ("entry", "临时工")]
        );
        let absent = Finding {
            span: None,
            char_span: None,
            excerpt: String::new(),
            entry: None,
            ..finding(Vec::new())
        };
        assert!(absent.message_args().is_empty());
    }
}
