//! The report model: every section of the after-action report as plain, serialisable data,
//! already localised. The JSON file is this model; docs/report-format.md documents it.

use serde::Serialize;

/// Version of the report's JSON layout; bumped on incompatible changes.
pub const REPORT_FORMAT: u32 = 1;

/// A localised message together with the id and arguments it came from, so that a reader of
/// the JSON can re-localise it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Text {
    /// Fluent message id (from `locales/*/report.ftl` or `locales/*/scoring.ftl`).
    pub id: String,
    /// Its arguments.
    pub args: Vec<(String, String)>,
    /// The message in the report's language.
    pub text: String,
}

/// The whole report.
#[derive(Debug, Serialize)]
pub struct Report {
    /// [`REPORT_FORMAT`].
    pub format: u32,
    /// The program that wrote it, with its version.
    pub generator: String,
    /// The report's language (`zh-CN` or `en-US`).
    pub language: String,
    /// Exercise overview.
    pub overview: Overview,
    /// Executive summary: a few sentences.
    pub summary: Vec<Text>,
    /// Overall score and the six qualities.
    pub scores: Scores,
    /// The scenario's objectives with their HSEEP ratings.
    pub objectives: Vec<ObjectiveRow>,
    /// Strengths, strongest first.
    pub strengths: Vec<Observation>,
    /// Areas for improvement, most serious first.
    pub improvements: Vec<Observation>,
    /// Improvement plan: each area's corrective action.
    pub plan: Vec<PlanItem>,
    /// A suggested rewrite of the weakest post (or the first statement a silent trainee could
    /// have published).
    pub rewrite: Rewrite,
    /// The annotated timeline, in time order.
    pub timeline: Vec<TimelineItem>,
    /// The public's state over simulated time, every [`SERIES_STEP_MINUTES`] minutes.
    pub series: Series,
    /// Every finding with its rule and effect.
    pub appendix: Vec<AppendixGroup>,
    /// The report language's messages, for the HTML and text renderings; not part of the JSON.
    #[serde(skip)]
    pub(crate) l: goldenhour_l10n::Localizer,
    /// The charts as SVG; not part of the JSON.
    #[serde(skip)]
    pub(crate) charts: Charts,
}

/// The public series in the JSON is sampled every this many simulated minutes.
pub const SERIES_STEP_MINUTES: u32 = 10;

/// Exercise overview.
#[derive(Clone, Debug, Serialize)]
pub struct Overview {
    /// Scenario id.
    pub scenario_id: String,
    /// Scenario title, in the report's language when translated.
    pub scenario_title: String,
    /// Scenario summary.
    pub scenario_summary: String,
    /// The trainee's account handle and agency.
    pub account: String,
    /// Objectives: id and text.
    pub objectives: Vec<(String, String)>,
    /// The trainee's name, if known.
    pub trainee: Option<String>,
    /// Date of the report, as the host gave it (`YYYY-MM-DD`).
    pub date: String,
    /// When the scenario starts, `YYYY-MM-DDTHH:MM`.
    pub scenario_start: String,
    /// Simulated time covered, in seconds.
    pub simulated_seconds: u32,
    /// Simulated time, formatted.
    pub simulated: String,
    /// Real time the trainee spent, in seconds, when recorded.
    pub real_seconds: Option<u64>,
    /// Real time, formatted (or "not recorded").
    pub real: String,
    /// Seed of the run.
    pub seed: u64,
    /// The language the trainee wrote in.
    pub post_language: String,
}

/// Overall score and the six qualities.
#[derive(Clone, Debug, Serialize)]
pub struct Scores {
    /// Weighted overall score, 0–100, one decimal.
    pub overall: f64,
    /// Its HSEEP rating letter.
    pub rating: String,
    /// The rating's description.
    pub rating_text: String,
    /// The six qualities, in report order.
    pub dimensions: Vec<DimensionRow>,
}

/// One quality's score.
#[derive(Clone, Debug, Serialize)]
pub struct DimensionRow {
    /// `speed`, `tone`, `transparency`, `authority`, `service` or `interaction`.
    pub id: String,
    /// Localised name.
    pub label: String,
    /// 0–100, one decimal; `None` when the run gave nothing to judge.
    pub score: Option<f64>,
    /// HSEEP rating letter.
    pub rating: Option<String>,
    /// Weight in the overall score.
    pub weight: f64,
}

/// One objective of the scenario, rated.
#[derive(Clone, Debug, Serialize)]
pub struct ObjectiveRow {
    /// Objective id.
    pub id: String,
    /// Objective text, in the report's language when translated.
    pub text: String,
    /// The qualities that evidence it (ids).
    pub dimensions: Vec<String>,
    /// Mean of those qualities' scores (those that were scored), one decimal.
    pub score: Option<f64>,
    /// HSEEP rating letter.
    pub rating: Option<String>,
    /// Observation note explaining the rating.
    pub observation: String,
}

/// Where a quotation comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteSource {
    /// The trainee's own post.
    Trainee,
    /// A scenario text (an inquiry, a question, a rumour).
    Scenario,
}

/// A quotation with the evidence highlighted.
#[derive(Clone, Debug, Serialize)]
pub struct Quote {
    /// Whose words.
    pub source: QuoteSource,
    /// The trainee action quoted, if any.
    pub action: Option<u32>,
    /// Simulated offset in seconds.
    pub at: u32,
    /// Wall-clock time in the scenario (`05:55`).
    pub clock: String,
    /// The introduction ("Your words, 05:55 (post):").
    pub label: String,
    /// The quoted text (possibly an excerpt of a long post).
    pub text: String,
    /// Whether text was cut at the start.
    pub cut_start: bool,
    /// Whether text was cut at the end.
    pub cut_end: bool,
    /// Highlighted byte ranges of `text`, `[start, end)`, sorted and disjoint.
    pub highlights: Vec<(usize, usize)>,
}

/// A strength or an area for improvement: one rule's findings, grouped.
#[derive(Clone, Debug, Serialize)]
pub struct Observation {
    /// The rule id (docs/scoring.md).
    pub rule: String,
    /// The quality it affects (id).
    pub dimension: String,
    /// The theme of the improvement plan it belongs to.
    pub theme: String,
    /// Sum of its effects over the run, in points, one decimal.
    pub effect: f64,
    /// The effect of the occurrence quoted, in points, one decimal.
    pub quoted_effect: f64,
    /// How many times the rule fired.
    pub count: usize,
    /// The finding's message for the most telling occurrence.
    pub message: Text,
    /// The trainee's words (or the scenario's) for that occurrence.
    pub quote: Option<Quote>,
}

/// One step of the improvement plan.
#[derive(Clone, Debug, Serialize)]
pub struct PlanItem {
    /// Theme id (`rumours`, `service`…).
    pub theme: String,
    /// The area, as a heading.
    pub area: Text,
    /// The corrective action.
    pub action: Text,
    /// The rules of the areas for improvement it addresses.
    pub rules: Vec<String>,
}

/// A suggested rewrite, built from the findings.
#[derive(Clone, Debug, Serialize)]
pub struct Rewrite {
    /// Introduction, honest that it is a template.
    pub intro: Text,
    /// The post rewritten, if there was one.
    pub action: Option<u32>,
    /// The original, with the parts to remove highlighted.
    pub original: Option<Quote>,
    /// The suggested text, in the language the trainee writes in.
    pub suggested: String,
    /// The same text in parts, each marked as kept from the original or added.
    pub parts: Vec<RewritePart>,
    /// The message elements added (localised names).
    pub added: Vec<String>,
    /// The excerpts removed.
    pub removed: Vec<String>,
}

/// A part of a suggested rewrite.
#[derive(Clone, Debug, Serialize)]
pub struct RewritePart {
    /// The text.
    pub text: String,
    /// Whether it was added (a template line) rather than kept from the original.
    pub added: bool,
}

/// What a timeline item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TimelineKind {
    /// A scenario event: a post, question, inquiry, briefing or escalation.
    Event,
    /// A rumour started.
    RumourStarted,
    /// A trainee post, reply or correction.
    Action,
    /// A verification request.
    Verification,
    /// A verification answered.
    FactVerified,
    /// An inquiry or question passed its deadline unanswered.
    DeadlineMissed,
    /// A promised update was delivered.
    PromiseKept,
    /// A promised update did not come.
    PromiseBroken,
    /// A rumour was debunked.
    RumourDebunked,
    /// The end of the run.
    End,
}

/// One line of the annotated timeline.
#[derive(Clone, Debug, Serialize)]
pub struct TimelineItem {
    /// Simulated offset in seconds.
    pub at: u32,
    /// Wall-clock time in the scenario.
    pub clock: String,
    /// What kind of item.
    pub kind: TimelineKind,
    /// The scenario event or the trainee action it concerns.
    pub subject: Option<String>,
    /// Headline ("Media inquiry from …").
    pub title: String,
    /// The text (scenario text, or the trainee's words).
    pub detail: String,
    /// Annotations: "deadline met", "promises an update at 06:30"…
    pub tags: Vec<String>,
    /// Whether the item went well (`Some(true)`), badly (`Some(false)`) or is neutral.
    pub good: Option<bool>,
}

/// The public's state over time.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Series {
    /// Simulated minutes of each point.
    pub minutes: Vec<u32>,
    /// Pressure index, 0–100.
    pub pressure: Vec<f64>,
    /// Trust in the account, 0–100.
    pub trust: Vec<f64>,
    /// Per rumour: its id and the share of the public believing it, in percent.
    pub rumours: Vec<(String, Vec<f64>)>,
    /// Simulated minutes of the trainee's posts.
    pub posts: Vec<u32>,
}

/// The findings of one post, or of the whole run.
#[derive(Clone, Debug, Serialize)]
pub struct AppendixGroup {
    /// The trainee action, or `None` for run-level findings.
    pub action: Option<u32>,
    /// Heading ("Post at 05:55", "Whole run").
    pub title: String,
    /// The post's text (empty for the run).
    pub text: String,
    /// Its findings.
    pub findings: Vec<AppendixRow>,
}

/// One finding.
#[derive(Clone, Debug, Serialize)]
pub struct AppendixRow {
    /// Rule id.
    pub rule: String,
    /// Quality id.
    pub dimension: String,
    /// Points, one decimal.
    pub effect: f64,
    /// The matched text, if any.
    pub excerpt: Option<String>,
    /// Explanation and advice.
    pub message: Text,
}

/// The report's charts, as standalone SVG documents.
#[derive(Clone, Debug, Default)]
pub(crate) struct Charts {
    pub radar: String,
    pub public: String,
    pub timeline: String,
}
