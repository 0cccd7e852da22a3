//! The serde mirror of a scenario file: shaped like what the author writes, permissive about
//! omitted fields (defaults), strict about unknown ones. Validation turns it into [`crate::Scenario`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::SimDuration;

/// The current scenario format version. Files say `format: 1`.
pub const FORMAT_VERSION: u32 = 1;

/// A whole scenario file.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(rename = "Scenario", deny_unknown_fields)]
pub struct RawScenario {
    /// Format version; must be [`FORMAT_VERSION`].
    pub format: u32,
    /// Stable identifier: lowercase letters, digits, `-` and `_`.
    pub id: String,
    /// The language the scenario's texts are written in (`zh-CN` or `en-US`).
    pub language: String,
    /// Other languages this scenario is playable in; each needs a `<lang>.ftl` translation file.
    #[serde(default)]
    pub translations: Vec<String>,
    /// Title shown in the library.
    pub title: String,
    /// One-paragraph summary for the library and the briefing.
    pub summary: String,
    /// How hard the scenario is.
    pub difficulty: Difficulty,
    /// Free tags for the library.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Learning objectives; the report rates each one.
    #[serde(default)]
    pub objectives: Vec<Objective>,
    /// Start, length and default speed of simulated time.
    pub clock: Clock,
    /// The trainee's own account.
    pub account: Account,
    /// Everyone else who posts, asks or briefs.
    #[serde(default)]
    pub actors: Vec<Actor>,
    /// The ground truth, revealed to the trainee through briefings.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// False stories that spread unless debunked.
    #[serde(default)]
    pub rumours: Vec<Rumour>,
    /// What happens, when.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Public comment templates, chosen by stance and situation.
    #[serde(default)]
    pub templates: Vec<Template>,
    /// Parameters of the public model.
    #[serde(default)]
    pub public: PublicModel,
    /// How the trainee is scored.
    #[serde(default)]
    pub rubric: Rubric,
}

/// Difficulty of a scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub enum Difficulty {
    /// For a first exercise.
    Introductory,
    /// For trainees who know the basics.
    Intermediate,
    /// Many simultaneous pressures.
    Advanced,
}

/// A learning objective.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    /// Identifier, unique among objectives.
    pub id: String,
    /// What the trainee should be able to do.
    pub text: String,
    /// The scoring dimensions that evidence this objective.
    #[serde(default)]
    pub dimensions: Vec<Dimension>,
}

/// A scoring dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Dimension {
    /// 快速: respond first, within the golden window.
    Speed,
    /// Empathy, equality, plain language, no defensiveness.
    Tone,
    /// 透明: what is known, not known, being done, next update.
    Transparency,
    /// 权威: confirmed facts from the responsible body.
    Authority,
    /// 服务: actionable guidance.
    Service,
    /// 互动: questions and inquiries answered.
    Interaction,
}

impl Dimension {
    /// The dimension's lower-case name, as JSON output and reports use it (`"speed"` …).
    pub fn id(self) -> &'static str {
        match self {
            Dimension::Speed => "speed",
            Dimension::Tone => "tone",
            Dimension::Transparency => "transparency",
            Dimension::Authority => "authority",
            Dimension::Service => "service",
            Dimension::Interaction => "interaction",
        }
    }

    /// Every dimension, in report order.
    pub const ALL: [Dimension; 6] = [
        Dimension::Speed,
        Dimension::Tone,
        Dimension::Transparency,
        Dimension::Authority,
        Dimension::Service,
        Dimension::Interaction,
    ];
}

/// The simulated clock.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Clock {
    /// Local date and time the scenario starts, `"YYYY-MM-DDTHH:MM"`.
    pub start: String,
    /// How long the exercise runs.
    pub duration: SimDuration,
    /// Speed the GUI starts at: 1, 5, 10 or 60 (simulated seconds per real second).
    #[serde(default = "default_speed")]
    pub default_speed: u32,
}

fn default_speed() -> u32 {
    10
}

/// The trainee's account.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Account {
    /// Handle shown on posts, such as `"@江城发布"`.
    pub handle: String,
    /// The agency the account speaks for.
    pub agency: String,
    /// Followers at the start.
    pub followers: u64,
}

/// Someone other than the trainee.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Identifier, unique among actors; events refer to it.
    pub id: String,
    /// Display name.
    pub name: String,
    /// What sort of actor this is.
    pub kind: ActorKind,
    /// Followers (0 for internal departments).
    #[serde(default)]
    pub followers: u64,
    /// Disposition towards the account at the start.
    #[serde(default)]
    pub stance: Stance,
    /// Segment of the public this actor belongs to; defaults from the kind.
    #[serde(default)]
    pub segment: Option<Segment>,
}

/// What sort of actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub enum ActorKind {
    /// A member of the public.
    Citizen,
    /// A newspaper, broadcaster or news site.
    Media,
    /// A large personal account.
    Influencer,
    /// Another public agency with its own account.
    Agency,
    /// An internal department that briefs the trainee and verifies facts.
    Department,
}

/// Disposition of an actor towards the account.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize,
)]
pub enum Stance {
    /// Inclined to trust and amplify.
    Supportive,
    /// No prior view.
    #[default]
    Neutral,
    /// Worried, wants information.
    Anxious,
    /// Sceptical, looks for faults.
    Critical,
    /// Angry, assumes the worst.
    Hostile,
}

/// A segment of the public in the public model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Segment {
    /// People directly affected.
    AffectedResidents,
    /// Everyone else watching.
    WiderPublic,
    /// Journalists and outlets.
    Media,
    /// Large accounts that amplify.
    Influencers,
}

/// A piece of ground truth.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Identifier, unique among facts.
    pub id: String,
    /// The fact as the briefing states it.
    pub text: String,
    /// Whether the fact is confirmed when revealed.
    #[serde(default = "yes")]
    pub confirmed: bool,
    /// Whether the trainee must, may or must not disclose it.
    pub disclosure: Disclosure,
    /// Known to the trainee from the start, without a briefing.
    #[serde(default)]
    pub known_at_start: bool,
    /// How long a department takes to answer a request to verify this fact.
    #[serde(default)]
    pub verify_delay: Option<SimDuration>,
    /// Per-language patterns telling when a post discloses or contradicts the fact.
    #[serde(default)]
    pub patterns: BTreeMap<String, FactPatterns>,
}

fn yes() -> bool {
    true
}

/// Disclosure policy of a fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub enum Disclosure {
    /// The public needs it: withholding it costs transparency.
    MustDisclose,
    /// Fine to share, not required.
    MayDisclose,
    /// Private information (names of victims, medical details): disclosing it is a breach.
    MustNotPrivate,
    /// Unverified: disclosing it as fact costs authority.
    MustNotUnverified,
}

/// Patterns that recognise a fact in a trainee's post, in one language.
///
/// A pattern matches when every `+`-separated part appears in the normalised post
/// (full-width folded to half-width, case folded, spaces and punctuation ignored).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FactPatterns {
    /// Any of these means the post discloses the fact.
    #[serde(default)]
    pub discloses: Vec<String>,
    /// Any of these means the post contradicts the fact.
    #[serde(default)]
    pub contradicts: Vec<String>,
}

/// A false or unverified story.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rumour {
    /// Identifier, unique among rumours.
    pub id: String,
    /// The rumour as people repeat it.
    pub text: String,
    /// Growth rate of belief per simulated hour while unanswered (0–5).
    pub spread_rate: f64,
    /// Facts whose disclosure debunks it.
    #[serde(default)]
    pub debunked_by: Vec<String>,
}

/// Something that happens in the scenario.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Identifier, unique among events; also the text id for translations.
    pub id: String,
    /// When the event fires.
    pub trigger: Trigger,
    /// What the event is.
    pub kind: EventKind,
}

/// When an event fires.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub enum Trigger {
    /// At this offset from the start.
    At(SimDuration),
    /// The first moment the condition holds.
    When(Condition),
}

/// A condition over the run so far.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub enum Condition {
    /// The trainee has published nothing by this offset.
    NoOfficialPostBy(SimDuration),
    /// The fact is not disclosed by this offset.
    FactNotDisclosedBy {
        /// The fact.
        fact: String,
        /// The offset.
        by: SimDuration,
    },
    /// A trainee post used one of the rubric's forbidden phrases.
    ForbiddenPhraseUsed,
    /// The share of the public believing the rumour exceeds this (0–1).
    RumourReachOver {
        /// The rumour.
        rumour: String,
        /// Share of the public that believes it, 0–1.
        share: f64,
    },
    /// Trust in the account falls below this (0–100).
    TrustUnder(f64),
    /// The trainee promised an update by a time and did not deliver it.
    PromiseBroken,
    /// A media inquiry (an event id) passed its deadline unanswered.
    InquiryUnanswered(String),
}

/// What an event is.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub enum EventKind {
    /// A public post by an actor.
    PublicPost {
        /// Who posts.
        actor: String,
        /// The post.
        text: String,
        /// A question addressed to the account, which should be answered.
        #[serde(default)]
        question: bool,
        /// Facts that answer the question: a statement (not only a reply) that discloses one of
        /// them after the question answers it for everyone, the asker included.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        answered_by: Vec<String>,
    },
    /// A follow-up comment on an earlier event.
    FollowUp {
        /// Who comments.
        actor: String,
        /// The event commented on.
        reply_to: String,
        /// The comment.
        text: String,
        /// A question addressed to the account, which should be answered.
        #[serde(default)]
        question: bool,
        /// Facts that answer the question (see `PublicPost`).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        answered_by: Vec<String>,
    },
    /// A journalist's question with a deadline.
    MediaInquiry {
        /// The outlet (a media actor).
        actor: String,
        /// The question.
        text: String,
        /// Time allowed to reply, from the moment the inquiry arrives.
        deadline: SimDuration,
    },
    /// An internal briefing that reveals facts.
    Briefing {
        /// The department briefing (a department or agency actor).
        actor: String,
        /// The briefing.
        text: String,
        /// Facts it reveals.
        #[serde(default)]
        reveals: Vec<String>,
    },
    /// A rumour begins, posted by an actor.
    RumourStarts {
        /// The rumour.
        rumour: String,
        /// Who starts it.
        actor: String,
    },
    /// The situation worsens: a trending topic, national media attention, a new incident.
    Escalation {
        /// Who posts it (any actor).
        actor: String,
        /// What is said.
        text: String,
        /// Added attention (heat), 0–1.
        #[serde(default = "default_heat")]
        heat: f64,
    },
}

impl EventKind {
    /// The facts that answer a public question for everyone (empty for anything else).
    pub fn answered_by(&self) -> &[String] {
        match self {
            EventKind::PublicPost { answered_by, .. } | EventKind::FollowUp { answered_by, .. } => {
                answered_by
            }
            _ => &[],
        }
    }

    /// Who asks and by when, for an event that asks the account something: a media inquiry
    /// (with its own deadline) or a public post or follow-up marked as a question (`None`: the
    /// rubric's `question_reply_target` applies).
    pub fn question(&self) -> Option<(&str, Option<SimDuration>)> {
        match self {
            EventKind::MediaInquiry {
                actor, deadline, ..
            } => Some((actor, Some(*deadline))),
            EventKind::PublicPost {
                actor,
                question: true,
                ..
            }
            | EventKind::FollowUp {
                actor,
                question: true,
                ..
            } => Some((actor, None)),
            _ => None,
        }
    }
}

fn default_heat() -> f64 {
    0.2
}

/// A public comment template.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    /// Identifier, unique among templates.
    pub id: String,
    /// The commenter's stance.
    pub stance: Stance,
    /// When the comment fits.
    pub situation: Situation,
    /// The comment text; `{account}` and `{rumour}` are filled in.
    pub text: String,
}

/// The situation a comment template fits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Situation {
    /// The account has said nothing for a while.
    Silence,
    /// After a good post: timely, empathetic, factual.
    AfterGoodPost,
    /// After a poor post: cold, empty or defensive.
    AfterPoorPost,
    /// A rumour is spreading.
    RumourSpreading,
    /// A rumour was debunked.
    RumourDebunked,
    /// A promise was broken.
    PromiseBroken,
    /// Background chatter.
    General,
}

/// Parameters of the public model. Every coefficient has a default (see docs/public-model.md).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct PublicModel {
    /// Size of each segment of the public (people).
    pub segments: BTreeMap<Segment, SegmentParams>,
    /// Named coefficients of the model's equations; unknown names are errors.
    pub coefficients: BTreeMap<String, f64>,
}

/// Starting state of one segment.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SegmentParams {
    /// People in the segment.
    pub size: u64,
    /// Trust in the account at the start, 0–100.
    #[serde(default = "default_trust")]
    pub trust: f64,
    /// Attention at the start, 0–1.
    #[serde(default)]
    pub attention: f64,
    /// Anxiety and anger at the start, 0–1.
    #[serde(default)]
    pub anger: f64,
}

fn default_trust() -> f64 {
    60.0
}

impl Default for PublicModel {
    fn default() -> Self {
        let segment = |size, attention, anger| SegmentParams {
            size,
            trust: default_trust(),
            attention,
            anger,
        };
        PublicModel {
            segments: BTreeMap::from([
                (Segment::AffectedResidents, segment(50_000, 0.6, 0.3)),
                (Segment::WiderPublic, segment(2_000_000, 0.1, 0.1)),
                (Segment::Media, segment(300, 0.5, 0.1)),
                (Segment::Influencers, segment(200, 0.3, 0.1)),
            ]),
            coefficients: BTreeMap::new(),
        }
    }
}

/// How the trainee is scored.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Rubric {
    /// Target for the first official post (default 1 h).
    pub first_response_target: SimDuration,
    /// Hard deadline for the first authoritative release (default 5 h, 国办发〔2016〕80号).
    pub hard_deadline: SimDuration,
    /// Target for answering a public question (default 30 m).
    pub question_reply_target: SimDuration,
    /// Weight of each dimension in the overall score; missing dimensions weigh 1.
    pub weights: BTreeMap<Dimension, f64>,
    /// The message elements every substantive post should carry (CDC CERC).
    pub required_elements: Vec<Element>,
    /// Phrases the trainee must not use, per language.
    pub forbidden_phrases: BTreeMap<String, Vec<String>>,
    /// Scenario-specific phrases added to the scorer's lexicons: language → category (a
    /// lexicon file name such as `empathy`, `blame`, `responsible-body`) → phrases.
    /// See docs/scoring.md for the categories.
    pub lexicon: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    /// Facts that put the fault on the account's own side (its staff, its services, those it
    /// answers for): once one is revealed, the account owes the public an apology, due within
    /// the first-response target (SCCT: a preventable crisis calls for an accommodative
    /// response). Each names a confirmed fact.
    pub apology_owed_for: Vec<String>,
}

impl Default for Rubric {
    fn default() -> Self {
        Rubric {
            first_response_target: SimDuration::from_mins(60),
            hard_deadline: SimDuration::from_mins(300),
            question_reply_target: SimDuration::from_mins(30),
            weights: BTreeMap::new(),
            required_elements: Element::ALL.to_vec(),
            forbidden_phrases: BTreeMap::new(),
            lexicon: BTreeMap::new(),
            apology_owed_for: Vec::new(),
        }
    }
}

/// An element of a complete crisis message (CDC CERC).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Element {
    /// Acknowledges the harm and people's feelings.
    Empathy,
    /// Confirmed facts: who, what, where, when.
    ConfirmedFacts,
    /// What is not yet known.
    Unknowns,
    /// What is being done.
    Actions,
    /// When the next update comes.
    NextUpdate,
    /// Where to get help or information.
    HelpInfo,
}

impl Element {
    /// Every element, in CERC order.
    pub const ALL: [Element; 6] = [
        Element::Empathy,
        Element::ConfirmedFacts,
        Element::Unknowns,
        Element::Actions,
        Element::NextUpdate,
        Element::HelpInfo,
    ];
}
