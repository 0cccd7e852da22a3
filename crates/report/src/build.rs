//! Building the report model from a scenario, its run's log and the run's scores: every
//! section's content, localised into the report's language.

use std::collections::BTreeMap;
use std::time::Duration;

use goldenhour_l10n::{Lang, Localizer};
use goldenhour_scenario::{ActionKind, Dimension, EventKind, Scenario, SimDuration};
use goldenhour_scoring::{Finding, Rating, RunFinding, RunScores};
use goldenhour_simlog::{LogKind, SimLog, TraineeAction};

use crate::model::*;
use crate::themes::{Theme, is_strength};

/// What the report needs to know beyond the run itself.
#[derive(Clone, Debug)]
pub struct ReportMeta {
    /// The trainee's name; the log's when `None`.
    pub trainee: Option<String>,
    /// The date the report is about, `YYYY-MM-DD` (the host knows the clock; this crate does
    /// not read it, so that a report is reproducible).
    pub date: String,
    /// Real time the trainee spent on the exercise, if known (a headless run has none).
    pub real_duration: Option<Duration>,
    /// The report's language; it can differ from the scenario's and the trainee's.
    pub lang: Lang,
}

/// Most strengths and areas for improvement listed; the appendix has every finding.
const MAX_OBSERVATIONS: usize = 8;
/// Longest quotation, in bytes, before it is cut around its evidence.
const MAX_QUOTE_BYTES: usize = 480;
/// Context kept before the first highlighted span of a cut quotation, in bytes.
const QUOTE_LEAD_BYTES: usize = 120;
/// Longest trainee text shown in a timeline line, in bytes.
const MAX_TIMELINE_BYTES: usize = 360;

/// Everything the builders share.
pub(crate) struct Ctx<'a> {
    pub scenario: &'a Scenario,
    pub log: &'a SimLog,
    pub scores: &'a RunScores,
    pub l: &'a Localizer,
    /// Report language tag, for scenario texts.
    pub lang: &'static str,
    /// Trainee actions by id, with their time.
    pub actions: BTreeMap<u32, (SimDuration, &'a TraineeAction)>,
}

impl Ctx<'_> {
    /// The wall-clock time in the scenario at an offset: `05:55`, or `01:10 (+1 d)`.
    pub fn clock(&self, at: SimDuration) -> String {
        let (days, h, m) = self.scenario.start().clock_at(at);
        let time = format!("{h:02}:{m:02}");
        if days == 0 {
            time
        } else {
            self.l.format(
                "report-clock-next-day",
                &[("time", time), ("days", days.to_string())],
            )
        }
    }

    /// A scenario text in the report's language, falling back to the scenario's own.
    pub fn text(&self, key: &str, fallback: &str) -> String {
        self.scenario
            .text(self.lang, key)
            .unwrap_or(fallback)
            .to_owned()
    }

    pub fn actor_name(&self, id: &str) -> String {
        let fallback = self.scenario.actor(id).map_or(id, |a| a.name.as_str());
        self.text(&format!("actor-{id}"), fallback)
    }

    pub fn rumour_text(&self, id: &str) -> String {
        let fallback = self.scenario.rumour(id).map_or(id, |r| r.text.as_str());
        self.text(&format!("rumour-{id}"), fallback)
    }

    pub fn fact_text(&self, id: &str) -> String {
        let fallback = self.scenario.fact(id).map_or(id, |f| f.text.as_str());
        self.text(&format!("fact-{id}"), fallback)
    }

    /// An event's own text (post, question, inquiry, briefing), translated.
    pub fn event_text(&self, id: &str) -> String {
        let Some(event) = self.scenario.event(id) else {
            return id.to_owned();
        };
        match &event.kind {
            EventKind::PublicPost { text, .. }
            | EventKind::FollowUp { text, .. }
            | EventKind::MediaInquiry { text, .. }
            | EventKind::Briefing { text, .. }
            | EventKind::Escalation { text, .. } => self.text(&format!("event-{id}"), text),
            EventKind::RumourStarts { rumour, .. } => self.rumour_text(rumour),
        }
    }

    /// The actor behind an event, by name.
    pub fn event_actor(&self, id: &str) -> String {
        match self.scenario.event(id).map(|e| &e.kind) {
            Some(
                EventKind::PublicPost { actor, .. }
                | EventKind::FollowUp { actor, .. }
                | EventKind::MediaInquiry { actor, .. }
                | EventKind::Briefing { actor, .. }
                | EventKind::RumourStarts { actor, .. }
                | EventKind::Escalation { actor, .. },
            ) => self.actor_name(actor),
            None => id.to_owned(),
        }
    }

    /// An event's headline: "Media inquiry from Tangchuan Daily (deadline 40 min)".
    pub fn event_title(&self, id: &str) -> String {
        let who = self.event_actor(id);
        let Some(event) = self.scenario.event(id) else {
            return id.to_owned();
        };
        let who = [("who", who)];
        match &event.kind {
            EventKind::PublicPost { question: true, .. } => {
                self.l.format("report-event-question", &who)
            }
            EventKind::PublicPost { .. } => self.l.format("report-event-public-post", &who),
            EventKind::FollowUp { .. } => self.l.format("report-event-follow-up", &who),
            EventKind::MediaInquiry { deadline, .. } => self.l.format(
                "report-event-inquiry",
                &[
                    ("who", who[0].1.clone()),
                    ("deadline", (deadline.as_secs() / 60).to_string()),
                ],
            ),
            EventKind::Briefing { .. } => self.l.format("report-event-briefing", &who),
            EventKind::RumourStarts { .. } => self.l.format("report-event-rumour", &who),
            EventKind::Escalation { .. } => self.l.format("report-event-escalation", &who),
        }
    }

    /// How an action is described: "post", "reply to Tangchuan Daily"…
    pub fn action_kind(&self, kind: &ActionKind) -> String {
        match kind {
            ActionKind::Publish => self.l.get("report-kind-publish"),
            ActionKind::Reply { to } => self
                .l
                .format("report-kind-reply", &[("to", self.event_actor(to))]),
            ActionKind::CorrectRumour { .. } => self.l.get("report-kind-correct"),
            ActionKind::VerifyFact { fact } => self
                .l
                .format("report-kind-verify", &[("fact", self.fact_text(fact))]),
        }
    }

    pub fn message<K: AsRef<str>, V: AsRef<str>>(&self, id: &str, args: &[(K, V)]) -> Text {
        Text {
            id: id.to_owned(),
            args: args
                .iter()
                .map(|(k, v)| (k.as_ref().to_owned(), v.as_ref().to_owned()))
                .collect(),
            text: self.l.format(id, args),
        }
    }
}

/// A dimension's localised name (the scoring crate's messages).
pub(crate) fn dimension_label(l: &Localizer, d: Dimension) -> String {
    l.get(match d {
        Dimension::Speed => "score-dimension-speed",
        Dimension::Tone => "score-dimension-tone",
        Dimension::Transparency => "score-dimension-transparency",
        Dimension::Authority => "score-dimension-authority",
        Dimension::Service => "score-dimension-service",
        Dimension::Interaction => "score-dimension-interaction",
    })
}

pub(crate) fn rating_text(l: &Localizer, r: Rating) -> String {
    l.get(match r {
        Rating::P => "score-rating-p",
        Rating::S => "score-rating-s",
        Rating::M => "score-rating-m",
        Rating::U => "score-rating-u",
    })
}

/// Rounds to one decimal, without a negative zero.
/// A score as the whole number every view shows (the cover, the tables, the text report, the
/// app's debrief): its one-decimal value, as in `report.json`, rounded half away from zero,
/// so 82.5 reads 83 everywhere.
pub fn whole(x: f64) -> String {
    let w = r1(x).round();
    format!("{}", if w == 0.0 { 0.0 } else { w })
}

pub(crate) fn r1(x: f64) -> f64 {
    let r = (x * 10.0).round() / 10.0;
    if r == 0.0 || !r.is_finite() { 0.0 } else { r }
}

/// "5 h 0 min" / "5小时0分钟".
fn duration_text(l: &Localizer, secs: u64) -> String {
    let minutes = secs / 60;
    l.format(
        "report-duration",
        &[
            ("hours", (minutes / 60).to_string()),
            ("minutes", (minutes % 60).to_string()),
        ],
    )
}

fn language_name(l: &Localizer, tag: &str) -> String {
    match goldenhour_l10n::negotiate(tag) {
        Lang::ZhCn => l.get("report-language-zh-cn"),
        Lang::EnUs => l.get("report-language-en-us"),
    }
}

/// The byte range `[start, end)` of `text` if it is a valid, non-empty span of it.
pub(crate) fn valid_span(text: &str, (start, end): (usize, usize)) -> Option<(usize, usize)> {
    (start < end && text.get(start..end).is_some()).then_some((start, end))
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Cuts `text` to at most `max` bytes (at a char boundary), with "…" when cut.
pub(crate) fn shorten(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_owned();
    }
    format!("{}…", &text[..floor_boundary(text, max)])
}

/// Sorts and merges overlapping spans.
pub(crate) fn merge_spans(mut spans: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    spans.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// A quotation of `text` with `spans` highlighted, cut around the evidence when long.
pub(crate) fn quote(
    source: QuoteSource,
    action: Option<u32>,
    at: SimDuration,
    clock: String,
    label: String,
    text: &str,
    spans: &[(usize, usize)],
) -> Quote {
    let spans = merge_spans(spans.iter().filter_map(|s| valid_span(text, *s)).collect());
    let (start, end) = if text.len() <= MAX_QUOTE_BYTES {
        (0, text.len())
    } else {
        let first = spans.first().map_or(0, |s| s.0);
        let start = floor_boundary(text, first.saturating_sub(QUOTE_LEAD_BYTES));
        let end = floor_boundary(
            text,
            (start + MAX_QUOTE_BYTES).max(spans.first().map_or(0, |s| s.1)),
        );
        // Cut between words, not inside one ("…ingwu Road"); Chinese can be cut anywhere.
        let in_word = |at: usize| {
            let letter = |c: char| c.is_alphanumeric() && !goldenhour_scoring::is_cjk(c);
            text[..at].chars().next_back().is_some_and(letter)
                && text[at..].chars().next().is_some_and(letter)
        };
        let start = if start > 0 && in_word(start) {
            text[start..first.max(start)]
                .find(char::is_whitespace)
                .map_or(start, |i| start + i + 1)
        } else {
            start
        };
        let keep = spans.first().map_or(start, |s| s.1).max(start);
        let end = if end < text.len() && in_word(end) {
            text[keep.min(end)..end]
                .rfind(char::is_whitespace)
                .map_or(end, |i| keep.min(end) + i)
        } else {
            end
        };
        (start, end)
    };
    let highlights = spans
        .iter()
        .filter(|(s, e)| *s >= start && *e <= end)
        .map(|(s, e)| (s - start, e - start))
        .collect();
    Quote {
        source,
        action,
        at: at.as_secs(),
        clock,
        label,
        text: text[start..end].to_owned(),
        cut_start: start > 0,
        cut_end: end < text.len(),
        highlights,
    }
}

/// Builds the report. Pure: the same inputs give the same report.
pub fn build(scenario: &Scenario, log: &SimLog, scores: &RunScores, meta: &ReportMeta) -> Report {
    let l = Localizer::new(meta.lang);
    let ctx = Ctx {
        scenario,
        log,
        scores,
        l: &l,
        lang: meta.lang.tag(),
        actions: log.actions().map(|(at, a)| (a.id, (at, a))).collect(),
    };
    let overview = overview(&ctx, meta);
    let score_table = score_table(&ctx);
    let objectives = objectives(&ctx, &score_table);
    let (strengths, improvements) = observations(&ctx);
    let plan = plan(&ctx, &score_table, &strengths, &improvements);
    let rewrite = crate::rewrite::rewrite(&ctx, goldenhour_l10n::negotiate(&log.language));
    let timeline = timeline(&ctx);
    let series = series(&ctx);
    let appendix = appendix(&ctx);
    let summary = summary(&ctx, &overview, &score_table, &strengths, &improvements);
    let charts = crate::charts::charts(&ctx, &score_table);
    Report {
        format: REPORT_FORMAT,
        generator: format!("goldenhour-report {}", env!("CARGO_PKG_VERSION")),
        language: meta.lang.tag().to_owned(),
        overview,
        summary,
        scores: score_table,
        objectives,
        strengths,
        improvements,
        plan,
        rewrite,
        timeline,
        series,
        appendix,
        l,
        charts,
    }
}

fn overview(ctx: &Ctx<'_>, meta: &ReportMeta) -> Overview {
    let def = ctx.scenario.def();
    let l = ctx.l;
    let real_seconds = meta.real_duration.map(|d| d.as_secs());
    Overview {
        scenario_id: def.id.clone(),
        scenario_title: ctx.text("title", &def.title),
        scenario_summary: ctx.text("summary", &def.summary),
        account: format!(
            "{} · {}",
            ctx.text("account-handle", &def.account.handle),
            ctx.text("account-agency", &def.account.agency)
        ),
        objectives: def
            .objectives
            .iter()
            .map(|o| {
                (
                    o.id.clone(),
                    ctx.text(&format!("objective-{}", o.id), &o.text),
                )
            })
            .collect(),
        trainee: meta
            .trainee
            .clone()
            .or_else(|| ctx.log.trainee.clone())
            .filter(|t| !t.trim().is_empty()),
        date: meta.date.clone(),
        scenario_start: ctx.scenario.start().to_string(),
        simulated_seconds: ctx.log.duration.as_secs(),
        simulated: duration_text(l, u64::from(ctx.log.duration.as_secs())),
        real_seconds,
        real: real_seconds.map_or_else(
            || l.get("report-real-duration-unknown"),
            |s| duration_text(l, s),
        ),
        seed: ctx.log.seed,
        post_language: language_name(l, &ctx.log.language),
    }
}

fn score_table(ctx: &Ctx<'_>) -> Scores {
    let s = ctx.scores;
    Scores {
        overall: r1(s.overall),
        rating: s.overall_rating.letter().to_owned(),
        rating_text: rating_text(ctx.l, s.overall_rating),
        dimensions: Dimension::ALL
            .iter()
            .map(|d| {
                let score = s.dimensions.get(d);
                DimensionRow {
                    id: d.id().to_owned(),
                    label: dimension_label(ctx.l, *d),
                    score: score.and_then(|x| x.score).map(r1),
                    rating: score.and_then(|x| x.rating).map(|r| r.letter().to_owned()),
                    weight: r1(score.map_or(1.0, |x| x.weight)),
                }
            })
            .collect(),
    }
}

fn objectives(ctx: &Ctx<'_>, table: &Scores) -> Vec<ObjectiveRow> {
    let row_of = |d: Dimension| table.dimensions.iter().find(|r| r.id == d.id());
    ctx.scenario
        .def()
        .objectives
        .iter()
        .map(|o| {
            let scored: Vec<(&DimensionRow, f64)> = o
                .dimensions
                .iter()
                .filter_map(|d| row_of(*d))
                .filter_map(|r| r.score.map(|s| (r, s)))
                .collect();
            let score = (!scored.is_empty())
                .then(|| r1(scored.iter().map(|(_, s)| s).sum::<f64>() / scored.len() as f64));
            let worst = scored.iter().min_by(|a, b| a.1.total_cmp(&b.1));
            let best = scored.iter().max_by(|a, b| a.1.total_cmp(&b.1));
            let observation = match (worst, best) {
                (Some(w), Some(b)) if b.1 - w.1 < 0.5 => ctx
                    .l
                    .format("report-objective-flat", &[("score", whole(w.1))]),
                (Some(w), Some(b)) => ctx.l.format(
                    "report-objective-observation",
                    &[
                        ("dimension", w.0.label.clone()),
                        ("score", whole(w.1)),
                        ("best", b.0.label.clone()),
                        ("best-score", whole(b.1)),
                    ],
                ),
                _ => ctx.l.get("report-objective-unscored"),
            };
            ObjectiveRow {
                id: o.id.clone(),
                text: ctx.text(&format!("objective-{}", o.id), &o.text),
                dimensions: o.dimensions.iter().map(|d| d.id().to_owned()).collect(),
                score,
                rating: score.map(|s| Rating::of(s).letter().to_owned()),
                observation,
            }
        })
        .collect()
}

/// A finding's arguments with scenario texts translated into the report's language: the
/// scorer writes rumour, asker and fact in the scenario's own language.
fn run_finding_args(ctx: &Ctx<'_>, f: &RunFinding) -> Vec<(String, String)> {
    let Some(subject) = f.subject.as_deref() else {
        return f.args.clone();
    };
    f.args
        .iter()
        .map(|(k, v)| {
            // A fault owed an apology is named, not quoted whole: its first sentences, with
            // their stop (the message goes on after it).
            let named = matches!(f.rule.as_str(), "tone.no-apology" | "tone.late-apology");
            let v = match k.as_str() {
                "rumour" if ctx.scenario.rumour(subject).is_some() => ctx.rumour_text(subject),
                "asker" if ctx.scenario.event(subject).is_some() => ctx.event_actor(subject),
                "fact" if named && ctx.scenario.fact(subject).is_some() => {
                    crate::rewrite::brief(&ctx.fact_text(subject))
                }
                "fact" if ctx.scenario.fact(subject).is_some() => ctx.fact_text(subject),
                _ => v.clone(),
            };
            // The other messages put their own full stop after a quoted text.
            let v = match k.as_str() {
                "rumour" | "fact" if !named => {
                    v.trim_end_matches(['。', '.', '！', '!']).to_owned()
                }
                _ => v,
            };
            (k.clone(), v)
        })
        .collect()
}

/// One occurrence of a rule, before grouping.
struct Occurrence {
    /// What it is about: 2 a crisis statement, 1 a rumour correction, 0 a reply.
    statement: u8,
    /// Whether its evidence holds a figure ("112.4 mm", "3,200"), the most concrete kind: a
    /// bare time word ("overnight") or the first words of a scenario fact say less.
    concrete: bool,
    /// A strength whose evidence overlaps something the same post is marked down for
    /// ("going all out" is officialese before it is an action; "has been dismissed" contradicts
    /// the facts): never shown as a strength.
    tainted: bool,
    rule: String,
    dimension: Dimension,
    effect: f64,
    message: Text,
    quote: Option<Quote>,
}

fn post_quote(ctx: &Ctx<'_>, action: u32, spans: &[(usize, usize)]) -> Option<Quote> {
    let (at, a) = ctx.actions.get(&action)?;
    let label = ctx.l.format(
        "report-quote-trainee",
        &[
            ("time", ctx.clock(*at)),
            ("kind", ctx.action_kind(&a.action)),
        ],
    );
    Some(quote(
        QuoteSource::Trainee,
        Some(action),
        *at,
        ctx.clock(*at),
        label,
        &a.text,
        spans,
    ))
}

fn scenario_quote(ctx: &Ctx<'_>, at: SimDuration, who: String, text: &str) -> Quote {
    let label = if who.is_empty() {
        ctx.l
            .format("report-quote-scenario-plain", &[("time", ctx.clock(at))])
    } else {
        ctx.l.format(
            "report-quote-scenario",
            &[("time", ctx.clock(at)), ("who", who)],
        )
    };
    quote(
        QuoteSource::Scenario,
        None,
        at,
        ctx.clock(at),
        label,
        text,
        &[],
    )
}

fn run_quote(ctx: &Ctx<'_>, f: &RunFinding) -> Option<Quote> {
    if let Some(action) = f.action {
        return post_quote(ctx, action, &[]);
    }
    let subject = f.subject.as_deref()?;
    let at = f.at.unwrap_or(SimDuration::ZERO);
    if ctx.scenario.event(subject).is_some() {
        Some(scenario_quote(
            ctx,
            at,
            ctx.event_actor(subject),
            &ctx.event_text(subject),
        ))
    } else if ctx.scenario.rumour(subject).is_some() {
        let who = ctx
            .scenario
            .def()
            .events
            .iter()
            .find_map(|e| match &e.kind {
                EventKind::RumourStarts { rumour, actor } if rumour == subject => {
                    Some(ctx.actor_name(actor))
                }
                _ => None,
            })
            .unwrap_or_default();
        Some(scenario_quote(ctx, at, who, &ctx.rumour_text(subject)))
    } else if ctx.scenario.fact(subject).is_some() {
        Some(scenario_quote(
            ctx,
            at,
            String::new(),
            &ctx.fact_text(subject),
        ))
    } else {
        None
    }
}

fn occurrences(ctx: &Ctx<'_>) -> Vec<Occurrence> {
    let mut out = Vec::new();
    for post in &ctx.scores.posts {
        for f in &post.assessment.findings {
            let spans: Vec<(usize, usize)> = post
                .assessment
                .findings
                .iter()
                .filter(|g| g.rule == f.rule)
                .filter_map(|g| g.span)
                .collect();
            // Tainted: what the strength would quote (the clause around its evidence) holds
            // something the post is marked down for, even where a cap left it at 0 points
            // ("全力以赴开展抢险救援" is officialese; "公安机关已介入调查，对编造传播谣言者将依法
            // 追究法律责任" threatens). A long sentence taints nothing.
            let quoted = || {
                let text = &ctx.actions.get(&post.action)?.1.text;
                let (s, e, _, _) = crate::clause::clause_bounds(text, f.span?)?;
                Some((s, e))
            };
            let tainted = f.effect > 0.0
                && quoted().or(f.span).is_some_and(|(s, e)| {
                    post.assessment
                        .findings
                        .iter()
                        .any(|g| marks_down(g) && g.span.is_some_and(|(gs, ge)| gs < e && s < ge))
                });
            out.push(Occurrence {
                // A crisis statement, then a rumour correction (which need not carry every
                // element of one: it is no example of a missing hotline), then a reply.
                statement: match post.kind {
                    ActionKind::Publish => 2,
                    ActionKind::CorrectRumour { .. } => 1,
                    _ => 0,
                },
                concrete: f.excerpt.chars().any(char::is_numeric),
                tainted,
                rule: f.rule.clone(),
                dimension: f.dimension,
                effect: f.effect,
                message: finding_message(ctx, f, strength_excerpt(ctx, post.action, f).as_deref()),
                quote: post_quote(ctx, post.action, &spans),
            });
        }
    }
    for f in &ctx.scores.findings {
        out.push(Occurrence {
            statement: 0,
            concrete: false,
            tainted: false,
            rule: f.rule.clone(),
            dimension: f.dimension,
            effect: f.effect,
            message: ctx.message(&f.message, &run_finding_args(ctx, f)),
            quote: run_quote(ctx, f),
        });
    }
    out
}

/// Whether a post finding marks the post down for what its span says (a rule that takes
/// points, even where its cap left this one at 0), other than for a sentence's length.
fn marks_down(f: &Finding) -> bool {
    f.rule != "tone.long-sentence"
        && (f.effect < 0.0
            || goldenhour_scoring::rule_by_id(&f.rule).is_some_and(|r| r.points < 0.0))
}

/// What a strength's message quotes: the clause its evidence sits in (docs/report-format.md),
/// since the cue a rule matched («call», «We know how», a bare «1») says little alone. A
/// shortcoming quotes exactly what the rule objects to (none for a strength without a span).
fn strength_excerpt(ctx: &Ctx<'_>, action: u32, f: &Finding) -> Option<String> {
    if !is_strength(&f.rule, f.effect) {
        return None;
    }
    let (_, a) = ctx.actions.get(&action)?;
    crate::clause::clause_around(&a.text, f.span?)
}

/// A post finding's message in the report's language, quoting `excerpt` in place of the
/// finding's own when given. The scorer quotes a scenario fact in the scenario's own language
/// (its entry is the fact's id): the report quotes the fact's translation.
fn finding_message(ctx: &Ctx<'_>, f: &Finding, excerpt: Option<&str>) -> Text {
    let fact = f
        .entry
        .as_deref()
        .filter(|id| ctx.scenario.fact(id).is_some())
        .map(|id| ctx.fact_text(id));
    let args: Vec<(&str, &str)> = f
        .message_args()
        .into_iter()
        .map(|(k, v)| match (k, &fact, excerpt) {
            ("fact", Some(text), _) => (k, text.as_str()),
            ("excerpt", _, Some(clause)) => (k, clause),
            _ => (k, v),
        })
        .collect();
    ctx.message(&f.message, &args)
}

/// Groups findings by rule into strengths and areas for improvement.
fn observations(ctx: &Ctx<'_>) -> (Vec<Observation>, Vec<Observation>) {
    // (strength?, rule) → (total effect, count, best occurrence)
    let mut groups: BTreeMap<(bool, String), (f64, usize, Occurrence)> = BTreeMap::new();
    for o in occurrences(ctx) {
        let strength = is_strength(&o.rule, o.effect);
        if strength && o.tainted {
            continue;
        }
        match groups.get_mut(&(strength, o.rule.clone())) {
            Some((total, count, best)) => {
                *total += o.effect;
                *count += 1;
                // A strength quotes a crisis statement before a rumour correction or a reply
                // (their elements weigh more, as they are asked for fewer, but a statement is
                // the example to follow), then the strongest evidence; a shortcoming quotes the
                // costliest. Between equals, a statement rather than a reply (a short reply
                // need not carry every element of a statement), then evidence with a figure
                // rather than a time word.
                let better = if strength {
                    o.statement > best.statement
                        || (o.statement == best.statement && o.effect > best.effect)
                } else {
                    o.effect < best.effect
                } || (o.effect == best.effect
                    && (o.statement, o.concrete) > (best.statement, best.concrete));
                if better {
                    *best = o;
                }
            }
            None => {
                groups.insert((strength, o.rule.clone()), (o.effect, 1, o));
            }
        }
    }
    let (mut strengths, mut areas) = (Vec::new(), Vec::new());
    for ((strength, rule), (total, count, best)) in groups {
        let obs = Observation {
            theme: Theme::of(&rule, best.dimension).id().to_owned(),
            rule,
            dimension: best.dimension.id().to_owned(),
            effect: r1(total),
            quoted_effect: r1(best.effect),
            count,
            message: best.message,
            quote: best.quote,
        };
        if strength {
            strengths.push(obs)
        } else {
            areas.push(obs)
        }
    }
    strengths.sort_by(|a, b| {
        b.effect
            .total_cmp(&a.effect)
            .then(b.count.cmp(&a.count))
            .then(a.rule.cmp(&b.rule))
    });
    // Having said nothing at all outweighs everything else that follows from it.
    let silence = |o: &Observation| {
        !matches!(
            o.rule.as_str(),
            "speed.no-response" | "speed.no-statement" | "run.no-posts"
        )
    };
    areas.sort_by(|a, b| {
        silence(a)
            .cmp(&silence(b))
            .then(a.effect.total_cmp(&b.effect))
            .then(b.count.cmp(&a.count))
            .then(a.rule.cmp(&b.rule))
    });
    (select(strengths), select(areas))
}

/// The first [`MAX_OBSERVATIONS`] of a ranked list, with each quality's best one first, so
/// that speed and interaction (scored per run, with fewer and smaller effects) are not
/// crowded out by the per-post rules; the ranking order is kept.
fn select(ranked: Vec<Observation>) -> Vec<Observation> {
    let mut keep = vec![false; ranked.len()];
    // Only what moved a score claims a quality's place: advice worth 0 points ("no hotline")
    // never pushes out a scapegoat at −30.
    for d in Dimension::ALL {
        if let Some(i) = ranked
            .iter()
            .position(|o| o.dimension == d.id() && o.effect != 0.0)
        {
            keep[i] = true;
        }
    }
    // Scapegoating and exposing people are never crowded out of the list by the six
    // qualities' best (see `first_priority`).
    for theme in [Theme::Defensive, Theme::Privacy] {
        if let Some(i) = ranked
            .iter()
            .position(|o| o.theme == theme.id() && o.effect <= -25.0)
        {
            keep[i] = true;
        }
    }
    let mut room = MAX_OBSERVATIONS.saturating_sub(keep.iter().filter(|k| **k).count());
    for k in &mut keep {
        if !*k && room > 0 {
            *k = true;
            room -= 1;
        }
    }
    ranked
        .into_iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(o, _)| o)
        .take(MAX_OBSERVATIONS)
        .collect()
}

fn theme_by_id(id: &str) -> Option<Theme> {
    Theme::ALL.into_iter().find(|t| t.id() == id)
}

/// The summary's main strength, if any: the theme of the first strength
/// - of a quality the trainee did well (rated P or S),
/// - not asked for by the plan (a theme that lost points or heads the plan),
/// - and done in more posts than missed in.
///
/// The plan leaves out a theme so chosen when its areas cost nothing.
fn main_strength(
    ctx: &Ctx<'_>,
    table: &Scores,
    strengths: &[Observation],
    areas: &[Observation],
) -> Option<Theme> {
    // The main strength is one of a quality the trainee did well (rated P or S): a defensive
    // trainee with transparency at 0 has no "complete crisis messages" to be praised for. The
    // theme's own quality too: a hotline counts towards transparency, but "tell people what
    // to do" is no main strength beside a service rated U.
    let rated_well = |id: &str| {
        table.dimensions.iter().any(|d| {
            d.id == id
                && d.score.is_some_and(|x| {
                    matches!(
                        goldenhour_scoring::Rating::of(x),
                        goldenhour_scoring::Rating::P | goldenhour_scoring::Rating::S
                    )
                })
        })
    };
    let well_done = |o: &&Observation| {
        rated_well(&o.dimension)
            && theme_by_id(&o.theme)
                .and_then(Theme::dimension)
                .is_none_or(|d| rated_well(d.id()))
    };
    // Nor is it a theme the plan asks the trainee to improve: "Main strength: lead with
    // empathy" next to a plan item "Lead with empathy" contradicts itself. A theme counts as
    // asked for when it lost points or heads the plan; advice worth nothing further down
    // ("add a hotline" to one reply) does not shut out every strength of an exemplary run.
    let in_plan = |o: &&Observation| {
        areas.iter().any(|a| a.theme == o.theme && a.effect < 0.0)
            || plan_first_three(table, areas).contains(&o.theme.as_str())
    };
    // Nor one the trainee failed at in more posts than they did it in: one condolence among
    // six posts with no empathy is no "lead with empathy", and a dozen figures in three posts
    // are no "complete crisis messages" when eleven others lack what is unknown or where to
    // get help. A statement counts as missed when anything of the theme is wanting in it,
    // and as done otherwise when it did something of it; a reply or a correction, which need
    // not carry every element of a crisis statement, counts only when it lost points.
    let mostly = |o: &&Observation| {
        let (mut done, mut missed) = (0, 0);
        for post in &ctx.scores.posts {
            let statement = matches!(post.kind, ActionKind::Publish);
            let (mut did, mut lacked) = (false, false);
            for f in &post.assessment.findings {
                if Theme::of(&f.rule, f.dimension).id() == o.theme {
                    if is_strength(&f.rule, f.effect) {
                        did = true;
                    } else if f.effect < 0.0 || statement {
                        lacked = true;
                    }
                }
            }
            if lacked {
                missed += 1;
            } else if did && statement {
                done += 1;
            }
        }
        done > missed
    };
    strengths
        .iter()
        .filter(|o| !in_plan(o) && mostly(o))
        .find(well_done)
        .and_then(|o| theme_by_id(&o.theme))
}

/// The themes of the plan's first three items (the plan has one item per theme, in the
/// order of the areas, its first priority first).
fn plan_first_three<'a>(table: &Scores, areas: &'a [Observation]) -> Vec<&'a str> {
    let mut themes: Vec<&str> = first_priority(table, areas)
        .map(|o| o.theme.as_str())
        .into_iter()
        .collect();
    for a in areas {
        if !themes.contains(&a.theme.as_str()) {
            themes.push(&a.theme);
        }
    }
    themes.truncate(3);
    themes
}

/// The area the summary names first, and the plan starts with:
/// - having published nothing, when that is so;
/// - otherwise scapegoating, condescension and excuses, or exposing people's private data,
///   whichever cost more, when it cost 25 points or more: they harm people and trust more
///   than anything missing does (SCCT; the privacy rules of domain.md §5);
/// - otherwise the largest shortcoming that cost points in the weakest quality: a trainee
///   whose interaction is 92 and tone 65 is first told about tone, unless something
///   elsewhere cost more than twice as much; where the weakest quality lost no points, the
///   largest that did elsewhere.
fn first_priority<'a>(table: &Scores, areas: &'a [Observation]) -> Option<&'a Observation> {
    if let Some(first) = areas.first()
        && matches!(
            first.rule.as_str(),
            "speed.no-response" | "speed.no-statement" | "run.no-posts"
        )
    {
        return Some(first);
    }
    let harm = |theme: Theme| {
        let of = |o: &&Observation| o.theme == theme.id();
        let lost: f64 = areas.iter().filter(of).map(|o| o.effect).sum();
        areas.iter().find(of).map(|o| (lost, o))
    };
    if let Some((lost, o)) = [Theme::Defensive, Theme::Privacy]
        .into_iter()
        .filter_map(harm)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        && lost <= -25.0
    {
        return Some(o);
    }
    let worst = table
        .dimensions
        .iter()
        .filter(|d| d.score.is_some())
        .min_by(|a, b| a.score.unwrap_or(0.0).total_cmp(&b.score.unwrap_or(0.0)));
    // Points lost come before advice worth none: an exemplary whose weakest quality only
    // lacks empathy in a few replies is first told about what cost it points elsewhere. Nor
    // does a small loss in the weakest quality (two long sentences, −4) come before one that
    // cost more than twice as much elsewhere (a vague "有关部门", −40).
    let costliest = areas
        .iter()
        .filter(|o| o.effect < 0.0)
        .min_by(|a, b| a.effect.total_cmp(&b.effect));
    worst
        .and_then(|w| areas.iter().find(|o| o.dimension == w.id && o.effect < 0.0))
        .filter(|o| costliest.is_none_or(|c| o.effect <= c.effect / 2.0))
        .or(costliest)
        .or_else(|| areas.first())
}

/// The improvement plan: one corrective action per theme, in the order of its most serious
/// area for improvement, the summary's first priority first.
fn plan(
    ctx: &Ctx<'_>,
    table: &Scores,
    strengths: &[Observation],
    areas: &[Observation],
) -> Vec<PlanItem> {
    let rubric = &ctx.scenario.def().rubric;
    let target = (rubric.first_response_target.as_secs() / 60).to_string();
    let reply_target = (rubric.question_reply_target.as_secs() / 60).to_string();
    let mut items: Vec<PlanItem> = Vec::new();
    for area in areas {
        if let Some(item) = items.iter_mut().find(|i| i.theme == area.theme) {
            item.rules.push(area.rule.clone());
            continue;
        }
        let Some(theme) = theme_by_id(&area.theme) else {
            continue;
        };
        let (heading, action) = theme.messages();
        let args = match theme {
            Theme::Interaction => vec![("target".to_owned(), reply_target.clone())],
            _ => vec![("target".to_owned(), target.clone())],
        };
        items.push(PlanItem {
            theme: area.theme.clone(),
            area: ctx.message::<&str, &str>(heading, &[]),
            action: ctx.message(action, &args),
            rules: vec![area.rule.clone()],
        });
    }
    if let Some(first) = first_priority(table, areas)
        && let Some(i) = items.iter().position(|i| i.theme == first.theme)
    {
        let item = items.remove(i);
        items.insert(0, item);
    }
    // "Main strength: tell people what to do" and a plan item "Tell people what to do" for a
    // reply with no hotline contradict each other: the strength stands, the advice stays in
    // the areas for improvement.
    if let Some(strength) = main_strength(ctx, table, strengths, areas) {
        items.retain(|i| {
            i.theme != strength.id() || areas.iter().any(|a| a.theme == i.theme && a.effect < 0.0)
        });
    }
    items
}

/// A post that lost at least this many points to what it said (blame, threats, false or
/// unverified claims, stock wording) is tagged so in the timeline, whatever its timing.
const HARM_TAG_POINTS: f64 = -15.0;

fn timeline(ctx: &Ctx<'_>) -> Vec<TimelineItem> {
    let l = ctx.l;
    let posts: BTreeMap<u32, &goldenhour_scoring::PostScore> =
        ctx.scores.posts.iter().map(|p| (p.action, p)).collect();
    // Deadline outcome of replies, from the run's timing findings.
    // (tag, good, priority): an inquiry's own deadline is the more telling tag.
    let mut reply_tags: BTreeMap<u32, (String, bool, u8)> = BTreeMap::new();
    for f in &ctx.scores.findings {
        let Some(action) = f.action else { continue };
        let late = f.effect < -0.05;
        let empty = f.args.iter().any(|(k, v)| k == "empty" && v == "yes");
        let pasted = f.args.iter().any(|(k, v)| k == "empty" && v == "repeated");
        let harmful = f.args.iter().any(|(k, v)| k == "empty" && v == "harmful");
        let (tag, good, priority) = match f.rule.as_str() {
            "speed.inquiry" if pasted => (l.get("report-tag-pasted-reply"), false, 2),
            "interaction.answered" if pasted => (l.get("report-tag-pasted-reply"), false, 1),
            "speed.inquiry" if empty => (l.get("report-tag-empty-reply"), false, 2),
            "speed.inquiry" if late => (l.get("report-tag-deadline-late"), false, 2),
            "speed.inquiry" => (l.get("report-tag-deadline-met"), true, 2),
            "interaction.answered" if empty => (l.get("report-tag-empty-reply"), false, 1),
            "interaction.answered" if harmful => (l.get("report-tag-harmful-reply"), false, 1),
            "interaction.answered" if late => (l.get("report-tag-deadline-late"), false, 1),
            "interaction.answered" => (l.get("report-tag-answered"), true, 1),
            _ => continue,
        };
        if reply_tags.get(&action).is_none_or(|(.., p)| *p < priority) {
            reply_tags.insert(action, (tag, good, priority));
        }
    }
    let mut items = Vec::new();
    for entry in &ctx.log.entries {
        let at = entry.at;
        let item =
            |kind, subject: Option<String>, title: String, detail: String, good| TimelineItem {
                at: at.as_secs(),
                clock: ctx.clock(at),
                kind,
                subject,
                title,
                detail,
                tags: Vec::new(),
                good,
            };
        match &entry.kind {
            LogKind::EventFired { event } => {
                if matches!(
                    ctx.scenario.event(event).map(|e| &e.kind),
                    Some(EventKind::RumourStarts { .. })
                ) {
                    continue; // shown by its RumourStarted entry
                }
                let good = match ctx.scenario.event(event).map(|e| &e.kind) {
                    Some(EventKind::Escalation { .. }) => Some(false),
                    _ => None,
                };
                items.push(item(
                    TimelineKind::Event,
                    Some(event.clone()),
                    ctx.event_title(event),
                    ctx.event_text(event),
                    good,
                ));
            }
            LogKind::RumourStarted { rumour } => {
                let who = ctx
                    .scenario
                    .def()
                    .events
                    .iter()
                    .find_map(|e| match &e.kind {
                        EventKind::RumourStarts { rumour: r, actor } if r == rumour => {
                            Some(ctx.actor_name(actor))
                        }
                        _ => None,
                    })
                    .unwrap_or_default();
                items.push(item(
                    TimelineKind::RumourStarted,
                    Some(rumour.clone()),
                    l.format("report-event-rumour", &[("who", who)]),
                    ctx.rumour_text(rumour),
                    Some(false),
                ));
            }
            LogKind::DeadlineMissed { event } => items.push(item(
                TimelineKind::DeadlineMissed,
                Some(event.clone()),
                l.format(
                    "report-timeline-deadline-missed",
                    &[("what", ctx.event_title(event))],
                ),
                String::new(),
                Some(false),
            )),
            LogKind::TraineeAction(a) => {
                let verify = matches!(a.action, ActionKind::VerifyFact { .. });
                let mut it = item(
                    if verify {
                        TimelineKind::Verification
                    } else {
                        TimelineKind::Action
                    },
                    Some(a.id.to_string()),
                    ctx.action_kind(&a.action),
                    shorten(&a.text, MAX_TIMELINE_BYTES),
                    None,
                );
                if let Some((tag, good, _)) = reply_tags.get(&a.id) {
                    it.tags.push(tag.clone());
                    it.good = Some(*good);
                }
                let promised = posts
                    .get(&a.id)
                    .map_or(a.assessment.signals.promised_update_at, |p| {
                        p.assessment.signals.promised_update_at
                    });
                // "Deadline met" is about timing only: a reply that threatened or blamed on
                // time says so beside it.
                if let Some(post) = posts.get(&a.id)
                    && crate::rewrite::harm(post) <= HARM_TAG_POINTS
                    && let Some(worst) = post
                        .assessment
                        .findings
                        .iter()
                        .filter(|f| f.span.is_some() && f.rule != "tone.long-sentence")
                        .min_by(|a, b| a.effect.total_cmp(&b.effect))
                {
                    let (heading, _) = Theme::of(&worst.rule, worst.dimension).messages();
                    it.tags
                        .push(l.format("report-tag-harm", &[("area", l.get(heading))]));
                    it.good = Some(false);
                }
                if let Some(when) = promised {
                    it.tags
                        .push(l.format("report-tag-promise", &[("time", ctx.clock(when))]));
                }
                items.push(it);
            }
            LogKind::FactVerified { fact, confirmed } => items.push(item(
                TimelineKind::FactVerified,
                Some(fact.clone()),
                l.format(
                    if *confirmed {
                        "report-timeline-fact-verified"
                    } else {
                        "report-timeline-fact-refuted"
                    },
                    &[("fact", ctx.fact_text(fact))],
                ),
                String::new(),
                None,
            )),
            LogKind::PromiseSettled { action, kept } => items.push(item(
                if *kept {
                    TimelineKind::PromiseKept
                } else {
                    TimelineKind::PromiseBroken
                },
                Some(action.to_string()),
                l.get(if *kept {
                    "report-timeline-promise-kept"
                } else {
                    "report-timeline-promise-broken"
                }),
                String::new(),
                Some(*kept),
            )),
            LogKind::RumourDebunked { rumour, action } => items.push(item(
                TimelineKind::RumourDebunked,
                Some(action.to_string()),
                l.format(
                    "report-timeline-rumour-debunked",
                    &[("rumour", ctx.rumour_text(rumour))],
                ),
                String::new(),
                Some(true),
            )),
            LogKind::FactRevealed { .. }
            | LogKind::PublicPost(_)
            | LogKind::PublicReacted { .. } => {}
        }
    }
    items.push(TimelineItem {
        at: ctx.log.duration.as_secs(),
        clock: ctx.clock(ctx.log.duration),
        kind: TimelineKind::End,
        subject: None,
        title: l.get("report-timeline-end"),
        detail: String::new(),
        tags: Vec::new(),
        good: None,
    });
    items
}

/// The rumours of the run, in the order they first appear in the samples.
pub(crate) fn rumour_ids(log: &SimLog) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for s in &log.samples {
        for id in s.rumours.keys() {
            if !ids.iter().any(|known| **known == **id) {
                ids.push(id.to_string());
            }
        }
    }
    ids
}

/// Simulated minutes of the trainee's posts (not verification requests).
pub(crate) fn post_minutes(log: &SimLog) -> Vec<u32> {
    log.actions()
        .filter(|(_, a)| !matches!(a.action, ActionKind::VerifyFact { .. }))
        .map(|(at, _)| at.as_secs() / 60)
        .collect()
}

fn series(ctx: &Ctx<'_>) -> Series {
    let samples = &ctx.log.samples;
    let last = samples.len().saturating_sub(1);
    let picked: Vec<&goldenhour_simlog::StateSample> = samples
        .iter()
        .enumerate()
        .filter(|(i, s)| (s.at.as_secs() / 60) % SERIES_STEP_MINUTES == 0 || *i == last)
        .map(|(_, s)| s)
        .collect();
    let rumours = rumour_ids(ctx.log)
        .into_iter()
        .map(|id| {
            let values = picked
                .iter()
                .map(|s| r1(s.rumours.get(id.as_str()).copied().unwrap_or(0.0) * 100.0))
                .collect();
            (id, values)
        })
        .collect();
    Series {
        minutes: picked.iter().map(|s| s.at.as_secs() / 60).collect(),
        pressure: picked.iter().map(|s| r1(s.pressure)).collect(),
        trust: picked.iter().map(|s| r1(s.trust)).collect(),
        rumours,
        posts: post_minutes(ctx.log),
    }
}

fn appendix(ctx: &Ctx<'_>) -> Vec<AppendixGroup> {
    let row = |rule: &str, d: Dimension, effect: f64, excerpt: Option<String>, message: Text| {
        AppendixRow {
            rule: rule.to_owned(),
            dimension: d.id().to_owned(),
            effect: r1(effect),
            excerpt,
            message,
        }
    };
    let mut groups: Vec<AppendixGroup> = ctx
        .scores
        .posts
        .iter()
        .map(|p| AppendixGroup {
            action: Some(p.action),
            title: ctx
                .l
                .format("report-appendix-post", &[("time", ctx.clock(p.at))]),
            text: ctx
                .actions
                .get(&p.action)
                .map_or_else(String::new, |(_, a)| a.text.clone()),
            findings: p
                .assessment
                .findings
                .iter()
                .map(|f| {
                    let excerpt = f
                        .span
                        .is_some()
                        .then(|| f.excerpt.clone())
                        .filter(|e| !e.is_empty());
                    row(
                        &f.rule,
                        f.dimension,
                        f.effect,
                        excerpt,
                        finding_message(ctx, f, None),
                    )
                })
                .collect(),
        })
        .collect();
    groups.push(AppendixGroup {
        action: None,
        title: ctx.l.get("report-appendix-run"),
        text: String::new(),
        findings: ctx
            .scores
            .findings
            .iter()
            .map(|f| {
                row(
                    &f.rule,
                    f.dimension,
                    f.effect,
                    None,
                    ctx.message(&f.message, &run_finding_args(ctx, f)),
                )
            })
            .collect(),
    });
    groups
}

fn count(scores: &RunScores, rules: &[&str]) -> usize {
    scores
        .findings
        .iter()
        .filter(|f| rules.contains(&f.rule.as_str()))
        .count()
}

fn summary(
    ctx: &Ctx<'_>,
    overview: &Overview,
    table: &Scores,
    strengths: &[Observation],
    areas: &[Observation],
) -> Vec<Text> {
    let s = ctx.scores;
    let rubric = &ctx.scenario.def().rubric;
    let mins = |d: SimDuration| (d.as_secs() / 60).to_string();
    let arg = |k: &str, v: String| (k.to_owned(), v);
    // "(not given) played …" reads as a mistake: an unnamed trainee is "the trainee".
    let trainee = overview
        .trainee
        .clone()
        .unwrap_or_else(|| ctx.l.get("report-trainee-anonymous"));
    let mut out = vec![ctx.message(
        "report-summary-overall",
        &[
            arg("trainee", trainee),
            arg("scenario", overview.scenario_title.clone()),
            arg("duration", overview.simulated.clone()),
            arg("rating", table.rating_text.clone()),
            arg("score", whole(table.overall)),
        ],
    )];
    let scored: Vec<&DimensionRow> = table
        .dimensions
        .iter()
        .filter(|d| d.score.is_some())
        .collect();
    let best = scored
        .iter()
        .max_by(|a, b| a.score.unwrap_or(0.0).total_cmp(&b.score.unwrap_or(0.0)));
    let worst = scored
        .iter()
        .min_by(|a, b| a.score.unwrap_or(0.0).total_cmp(&b.score.unwrap_or(0.0)));
    if let (Some(b), Some(w)) = (best, worst)
        && b.score.unwrap_or(0.0) - w.score.unwrap_or(0.0) >= 0.5
    {
        out.push(ctx.message(
            "report-summary-dimensions",
            &[
                arg("best", b.label.clone()),
                arg("best-score", whole(b.score.unwrap_or(0.0))),
                arg("worst", w.label.clone()),
                arg("worst-score", whole(w.score.unwrap_or(0.0))),
            ],
        ));
    }
    let statement = s.posts.iter().find(|p| p.is_statement());
    out.push(match (statement, s.posts.first()) {
        (Some(first), _) => ctx.message(
            "report-summary-first-post",
            &[
                arg("minutes", mins(first.at)),
                arg("target", mins(rubric.first_response_target)),
                arg("deadline", mins(rubric.hard_deadline)),
            ],
        ),
        (None, Some(reply)) => ctx.message(
            "report-summary-no-statement",
            &[
                arg("minutes", mins(reply.at)),
                arg("deadline", mins(rubric.hard_deadline)),
            ],
        ),
        (None, None) => ctx.message(
            "report-summary-no-post",
            &[arg("deadline", mins(rubric.hard_deadline))],
        ),
    });
    out.push(
        ctx.message(
            "report-summary-answers",
            &[
                arg("answered", count(s, &["interaction.answered"]).to_string()),
                arg(
                    "questions",
                    count(s, &["interaction.answered", "interaction.unanswered"]).to_string(),
                ),
                arg("corrected", count(s, &["speed.rumour"]).to_string()),
                arg(
                    "rumours",
                    count(
                        s,
                        &[
                            "speed.rumour",
                            "speed.rumour-replied",
                            "speed.rumour-uncorrected",
                        ],
                    )
                    .to_string(),
                ),
                arg("kept", count(s, &["speed.promise-kept"]).to_string()),
                arg("broken", count(s, &["speed.promise-broken"]).to_string()),
            ],
        ),
    );
    let log = ctx.log;
    let trust = log.samples.last().map_or(0.0, |x| x.trust);
    let pressure = log.samples.iter().map(|x| x.pressure).fold(0.0, f64::max);
    let reach = log
        .samples
        .iter()
        .flat_map(|x| x.rumours.values())
        .copied()
        .fold(0.0, f64::max);
    out.push(ctx.message(
        "report-summary-public",
        &[
            arg("trust", format!("{trust:.0}")),
            arg("pressure", format!("{pressure:.0}")),
            arg("reach", format!("{:.0}", reach * 100.0)),
        ],
    ));
    if let Some(top) = main_strength(ctx, table, strengths, areas) {
        out.push(ctx.message(
            "report-summary-strength",
            &[arg("strength", ctx.l.get(top.messages().0))],
        ));
    }
    out.push(
        match first_priority(table, areas).and_then(|o| theme_by_id(&o.theme)) {
            Some(theme) => ctx.message(
                "report-summary-priority",
                &[arg("area", ctx.l.get(theme.messages().0))],
            ),
            None => ctx.message::<&str, &str>("report-summary-no-priority", &[]),
        },
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_score_reads_as_its_one_decimal_value_rounded_half_up() {
        // The report's JSON keeps 82.5; the app, the cover and the text all show 83 (the
        // formatter's own rounding would show 82 for 82.5 and 83 for 82.52).
        assert_eq!(whole(82.5), "83");
        assert_eq!(whole(82.52), "83");
        assert_eq!(whole(64.08), "64");
        assert_eq!(whole(99.6), "100");
        assert_eq!(whole(-0.3), "0");
        assert_eq!(whole(f64::NAN), "0");
    }

    fn cut(text: &str, needle: &str) -> Quote {
        let at = text.find(needle).expect("needle");
        quote(
            QuoteSource::Trainee,
            Some(1),
            SimDuration::ZERO,
            String::new(),
            String::new(),
            text,
            &[(at, at + needle.len())],
        )
    }

    #[test]
    fn a_long_quote_is_cut_between_words() {
        let text = format!(
            "{} the evidence is here {}",
            "alpha beta gamma ".repeat(20),
            "delta epsilon zeta ".repeat(40)
        );
        let q = cut(&text, "evidence");
        assert!(q.cut_start && q.cut_end);
        for word in q.text.split_whitespace() {
            assert!(
                [
                    "alpha", "beta", "gamma", "the", "evidence", "is", "here", "delta", "epsilon",
                    "zeta"
                ]
                .contains(&word),
                "a word was cut: {word:?} in {:?}",
                q.text
            );
        }
        let (s, e) = q.highlights[0];
        assert_eq!(&q.text[s..e], "evidence");
        // Chinese has no spaces to cut at: the cut stays where the length puts it.
        let zh = format!(
            "{}证据在这里{}",
            "很长的前文".repeat(40),
            "很长的后文".repeat(60)
        );
        let q = cut(&zh, "证据");
        assert!(q.cut_start && q.cut_end);
        assert!(q.text.len() <= MAX_QUOTE_BYTES);
        let (s, e) = q.highlights[0];
        assert_eq!(&q.text[s..e], "证据");
    }
}
