//! Scoring a whole run from its [`SimLog`]: speed and interaction from the timeline, the four
//! post dimensions aggregated from the posts (re-assessed, so old logs get today's rules),
//! the overall score with the rubric's weights, and an HSEEP rating for each.

use std::collections::BTreeMap;

use goldenhour_scenario::{
    ActionKind, ActorKind, Dimension, Disclosure, EventKind, Scenario, SimDuration,
};
use goldenhour_simlog::{LogKind, PostAssessment, PostContext, SimLog};
use serde::Serialize;

use crate::Scorer;
use crate::rules::{self, Rule};

/// The HSEEP four-step rating of a capability (domain brief §7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Rating {
    /// Performed without challenges: score ≥ 80.
    P,
    /// Performed with some challenges: 60 ≤ score < 80.
    S,
    /// Performed with major challenges: 40 ≤ score < 60.
    M,
    /// Unable to be performed: score < 40.
    U,
}

impl Rating {
    /// Lowest score of each rating, in order P, S, M (U is everything below).
    pub const THRESHOLDS: [(Rating, f64); 3] =
        [(Rating::P, 80.0), (Rating::S, 60.0), (Rating::M, 40.0)];

    /// The rating of a 0–100 score, as the reports show it: to one decimal (the JSON), then
    /// to a whole number (`{:.0}`, half to even), so that "80/100" is never rated S.
    pub fn of(score: f64) -> Rating {
        let shown = ((score * 10.0).round() / 10.0).round_ties_even();
        Rating::THRESHOLDS
            .iter()
            .find(|(_, min)| shown >= *min)
            .map_or(Rating::U, |(r, _)| *r)
    }

    /// The letter: `P`, `S`, `M` or `U`.
    pub fn letter(self) -> &'static str {
        match self {
            Rating::P => "P",
            Rating::S => "S",
            Rating::M => "M",
            Rating::U => "U",
        }
    }
}

/// One dimension's result.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DimensionScore {
    /// 0–100; `None` when the run gave nothing to judge (no questions were asked).
    pub score: Option<f64>,
    /// The HSEEP rating of the score.
    pub rating: Option<Rating>,
    /// Weight in the overall score, from the rubric (default 1).
    pub weight: f64,
}

/// A finding about the run as a whole (timing, answered questions, withheld facts).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RunFinding {
    /// Rule id, as in docs/scoring.md.
    pub rule: String,
    /// The dimension it affects.
    pub dimension: Dimension,
    /// Points added to or taken from the dimension's score.
    pub effect: f64,
    /// When it happened, if it is tied to a moment.
    pub at: Option<SimDuration>,
    /// The trainee action it concerns, if any.
    pub action: Option<u32>,
    /// The scenario event, rumour or fact it concerns, if any.
    pub subject: Option<String>,
    /// Fluent message id.
    pub message: String,
    /// Message arguments.
    pub args: Vec<(String, String)>,
}

/// One post of the run with its assessment.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PostScore {
    /// The action's id in the log.
    pub action: u32,
    /// When it was published.
    pub at: SimDuration,
    /// Publish, reply or correction.
    pub kind: ActionKind,
    /// The assessment.
    pub assessment: PostAssessment,
}

impl PostScore {
    /// Whether the post is a statement to the public (a post or a rumour correction), not a
    /// reply under one person's post.
    pub fn is_statement(&self) -> bool {
        matches!(
            self.kind,
            ActionKind::Publish | ActionKind::CorrectRumour { .. }
        )
    }
}

/// The scores of a whole run.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RunScores {
    /// Every dimension, in report order.
    pub dimensions: BTreeMap<Dimension, DimensionScore>,
    /// Weighted mean of the dimensions that have a score.
    pub overall: f64,
    /// Its HSEEP rating.
    pub overall_rating: Rating,
    /// Findings about the run as a whole.
    pub findings: Vec<RunFinding>,
    /// Every post, re-assessed.
    pub posts: Vec<PostScore>,
}

/// The share of the speed score each kind of timing carries (renormalised over the kinds the
/// run has): the first response matters most (80号: 5 hours at the latest).
const SPEED_GROUPS: [(SpeedGroup, f64); 4] = [
    (SpeedGroup::First, 0.4),
    (SpeedGroup::Inquiries, 0.2),
    (SpeedGroup::Rumours, 0.2),
    (SpeedGroup::Promises, 0.2),
];

/// The part of the speed score that is the kinds' weighted mean; the rest is the worst kind's.
const SPEED_MEAN_SHARE: f64 = 0.7;

#[derive(Clone, Copy, PartialEq, Eq)]
enum SpeedGroup {
    First,
    Inquiries,
    Rumours,
    Promises,
}

/// A judged item of a timeline dimension: its 0–100 score and its finding.
struct Item {
    score: f64,
    weight: f64,
    finding: RunFinding,
}

/// Accounts with this many followers count as large (not an "ordinary citizen").
pub const BIG_ACCOUNT_FOLLOWERS: u64 = 100_000;

/// A reply that scores below this on both transparency and service says nothing and helps
/// no one ("已阅", "Your query has been received"): it counts as an empty answer.
const EMPTY_REPLY_SCORE: f64 = 10.0;

/// A reply with next to nothing in it ("已阅", "No comment"): what it gives in transparency
/// and in service (the points it earns, before anything it loses: a reply that overshares is
/// not empty) both under [`EMPTY_REPLY_SCORE`]; or one that refuses to comment and tells no
/// fact.
fn empty_reply(reply: &PostScore) -> bool {
    let gave = |d: Dimension| -> f64 {
        reply
            .assessment
            .findings
            .iter()
            .filter(|f| f.dimension == d && f.effect > 0.0)
            .map(|f| f.effect)
            .sum()
    };
    // "…is being verified. We have no further comment at this time." refuses to answer: with
    // no fact told, what it says of checks and unknowns gives the reporter nothing to use.
    const REFUSALS: [&str; 10] = [
        "no comment",
        "no further comment",
        "no comment at this time",
        "we will not comment",
        "we cannot comment",
        "will not be commenting",
        "无可奉告",
        "不予置评",
        "不便透露",
        "不方便透露",
    ];
    let findings = &reply.assessment.findings;
    let refuses = findings.iter().any(|f| {
        f.rule == rules::TONE_DENIAL.id && f.entry.as_deref().is_some_and(|e| REFUSALS.contains(&e))
    });
    let tells = findings
        .iter()
        .any(|f| f.rule == rules::TR_FACTS.id && f.effect > 0.0);
    (refuses && !tells)
        || (gave(Dimension::Transparency) < EMPTY_REPLY_SCORE
            && gave(Dimension::Service) < EMPTY_REPLY_SCORE)
}

/// The `empty` argument of a reply's finding: `repeated` for a pasted reply, `yes` for one
/// with nothing in it, `no` otherwise.
fn empty_arg(empty: bool, repeated: bool) -> &'static str {
    match (empty, repeated) {
        (_, true) => "repeated",
        (true, false) => "yes",
        (false, false) => "no",
    }
}

/// Rules whose finding in a reply makes the answer itself harmful: it leaked, guessed,
/// contradicted the facts, shifted the blame, lectured, threatened or denied.
const HARMFUL_IN_A_REPLY: &[&str] = &[
    "transparency.leak-unverified",
    "transparency.leak-private",
    "transparency.personal-data",
    "transparency.contradiction",
    "authority.speculation",
    "tone.blame",
    "tone.condescension",
    "tone.lecturing",
    "tone.threat",
    "tone.threat-main",
    "tone.denial",
];

/// Whether a post lost points to something it said that harms whoever it answers.
fn harmful(post: &PostScore) -> bool {
    post.assessment
        .findings
        .iter()
        .any(|f| f.effect < 0.0 && HARMFUL_IN_A_REPLY.contains(&f.rule.as_str()))
}

/// What a reply says after the "@handle"s it opens with, folded to letters and digits: two
/// replies with the same body are the same text pasted.
fn reply_body(text: &str) -> String {
    let mut rest = text.trim_start();
    while let Some(after) = rest.strip_prefix(['@', '＠']) {
        rest = after
            .find(char::is_whitespace)
            .map_or("", |i| after[i..].trim_start());
    }
    crate::text::compact_form(rest)
}

fn finding(
    rule: &Rule,
    at: Option<SimDuration>,
    action: Option<u32>,
    subject: Option<&str>,
    args: Vec<(String, String)>,
) -> RunFinding {
    RunFinding {
        rule: rule.id.to_owned(),
        dimension: rule.dimension,
        effect: 0.0,
        at,
        action,
        subject: subject.map(str::to_owned),
        message: rule.message.to_owned(),
        args,
    }
}

/// Run-level penalties on one dimension, each rule's total held to its cap.
#[derive(Default)]
struct Charges {
    used: BTreeMap<&'static str, f64>,
    /// The sum of the effects charged so far (zero or negative).
    total: f64,
}

impl Charges {
    /// Records `f` with the rule's points, or what is left of its cap.
    fn charge(&mut self, rule: &'static Rule, mut f: RunFinding, findings: &mut Vec<RunFinding>) {
        let used = self.used.entry(rule.id).or_insert(0.0);
        let effect = -(rule.points.abs().min((rule.cap - *used).max(0.0)));
        *used += effect.abs();
        f.effect = effect;
        self.total += effect;
        findings.push(f);
    }
}

fn arg(k: &str, v: impl ToString) -> (String, String) {
    (k.to_owned(), v.to_string())
}

fn mins(d: SimDuration) -> u32 {
    d.as_secs() / 60
}

/// A timing item's score: full marks by `target`; then the golden hour's steep part, down to
/// `floor_at_deadline + 0.4 × (100 − floor_at_deadline)` (70 for a first response) at twice
/// the target; then slowly down to `floor_at_deadline` at `deadline`; `late` after it. Where
/// twice the target is past the deadline, the fall is one straight line to the deadline.
fn timing(
    delay: SimDuration,
    target: SimDuration,
    deadline: SimDuration,
    floor_at_deadline: f64,
    late: f64,
) -> f64 {
    let (t, target, deadline) = (
        f64::from(delay.as_secs()),
        f64::from(target.as_secs()),
        f64::from(deadline.as_secs()),
    );
    let knee = (2.0 * target).min(deadline);
    let at_knee = if knee < deadline {
        floor_at_deadline + 0.4 * (100.0 - floor_at_deadline)
    } else {
        floor_at_deadline
    };
    if t <= target {
        100.0
    } else if t <= knee && knee > target {
        100.0 - (100.0 - at_knee) * (t - target) / (knee - target)
    } else if t <= deadline && deadline > knee {
        at_knee - (at_knee - floor_at_deadline) * (t - knee) / (deadline - knee)
    } else {
        late
    }
}

/// Scores a run. Posts are re-assessed with what the trainee knew and had verified when
/// writing them, so a saved log is scored by the current rules.
pub fn score_run(scorer: &Scorer, scenario: &Scenario, log: &SimLog) -> RunScores {
    let def = scenario.def();
    let rubric = &def.rubric;
    let mut known: Vec<String> = def
        .facts
        .iter()
        .filter(|f| f.known_at_start)
        .map(|f| f.id.clone())
        .collect();
    let mut revealed_at: BTreeMap<String, SimDuration> = known
        .iter()
        .map(|f| (f.clone(), SimDuration::ZERO))
        .collect();
    let mut verified: Vec<String> = Vec::new();
    let mut fired: Vec<(String, SimDuration)> = Vec::new();
    let mut rumours: Vec<(String, SimDuration)> = Vec::new();
    let mut settled: Vec<(u32, bool, SimDuration)> = Vec::new();
    let mut posts: Vec<PostScore> = Vec::new();
    // Replies that repeat an earlier reply word for word (after the "@handle"): the same
    // pasted text to everyone answers no one's question (僵化八股).
    let mut reply_bodies: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut pasted: Vec<u32> = Vec::new();
    for (i, entry) in log.entries.iter().enumerate() {
        // A briefing delivered in the same minute as a post counts as known to it: the log
        // orders the two within the minute, the trainee saw them together.
        if matches!(entry.kind, LogKind::TraineeAction(_)) {
            for later in log.entries[i + 1..]
                .iter()
                .take_while(|later| later.at == entry.at)
            {
                if let LogKind::FactRevealed { fact } = &later.kind {
                    if !known.contains(fact) {
                        known.push(fact.clone());
                    }
                    revealed_at.entry(fact.clone()).or_insert(later.at);
                }
            }
        }
        match &entry.kind {
            LogKind::EventFired { event } => fired.push((event.clone(), entry.at)),
            LogKind::FactRevealed { fact } => {
                if !known.contains(fact) {
                    known.push(fact.clone());
                }
                revealed_at.entry(fact.clone()).or_insert(entry.at);
            }
            LogKind::FactVerified {
                fact,
                confirmed: true,
            } => verified.push(fact.clone()),
            LogKind::RumourStarted { rumour } => rumours.push((rumour.clone(), entry.at)),
            LogKind::PromiseSettled { action, kept } => settled.push((*action, *kept, entry.at)),
            LogKind::TraineeAction(action) => {
                if matches!(action.action, ActionKind::VerifyFact { .. }) {
                    continue;
                }
                if matches!(action.action, ActionKind::Reply { .. }) {
                    let body = reply_body(&action.text);
                    if !body.is_empty() && !reply_bodies.insert(body) {
                        pasted.push(action.id);
                    }
                }
                // As the simulation saw it: whether an earlier statement showed empathy.
                let empathy_shown = posts
                    .iter()
                    .any(|p| p.is_statement() && p.assessment.signals.empathy > 0.0);
                let context = PostContext {
                    text: &action.text,
                    lang: &log.language,
                    at: entry.at,
                    action: &action.action,
                    known_facts: &known,
                    empathy_shown,
                };
                posts.push(PostScore {
                    action: action.id,
                    at: entry.at,
                    kind: action.action.clone(),
                    assessment: scorer.assess_in_run(scenario, &context, &verified),
                });
            }
            _ => {}
        }
    }

    let end = def.clock.duration;
    let mut findings: Vec<RunFinding> = Vec::new();
    let mut dimensions: BTreeMap<Dimension, Option<f64>> = BTreeMap::new();
    let first_reply = |event: &str, after: SimDuration| {
        posts
            .iter()
            .find(|p| p.at >= after && matches!(&p.kind, ActionKind::Reply { to } if to == event))
    };

    // ---- Speed ----
    // The first response is the first statement to the public (a post or a rumour
    // correction): a reply under one person's post reaches that person, not the public that
    // 80号's release is for.
    let statement = |p: &&PostScore| p.is_statement();
    let mut speed: Vec<(SpeedGroup, Item)> = Vec::new();
    match posts.iter().find(statement) {
        Some(first) => {
            let score = timing(
                first.at,
                rubric.first_response_target,
                rubric.hard_deadline,
                50.0,
                30.0,
            );
            let args = vec![
                arg("minutes", mins(first.at)),
                arg("target", mins(rubric.first_response_target)),
                arg("deadline", mins(rubric.hard_deadline)),
            ];
            let f = finding(
                &rules::SP_FIRST,
                Some(first.at),
                Some(first.action),
                None,
                args,
            );
            speed.push((
                SpeedGroup::First,
                Item {
                    score,
                    weight: 1.0,
                    finding: f,
                },
            ));
        }
        None => {
            let f = match posts.first() {
                Some(reply) => {
                    let args = vec![
                        arg("minutes", mins(reply.at)),
                        arg("deadline", mins(rubric.hard_deadline)),
                    ];
                    finding(
                        &rules::SP_NO_STATEMENT,
                        Some(reply.at),
                        Some(reply.action),
                        None,
                        args,
                    )
                }
                None => {
                    let args = vec![arg("deadline", mins(rubric.hard_deadline))];
                    finding(&rules::SP_NO_RESPONSE, None, None, None, args)
                }
            };
            speed.push((
                SpeedGroup::First,
                Item {
                    score: 0.0,
                    weight: 1.0,
                    finding: f,
                },
            ));
        }
    }
    for (event_id, at) in &fired {
        let Some(EventKind::MediaInquiry {
            deadline, actor, ..
        }) = scenario.event(event_id).map(|e| &e.kind)
        else {
            continue;
        };
        let name = scenario
            .actor(actor)
            .map_or(actor.as_str(), |a| a.name.as_str());
        match first_reply(event_id, *at) {
            Some(reply) => {
                let delay = SimDuration::from_secs(reply.at.as_secs() - at.as_secs());
                let mut score = if delay <= *deadline { 100.0 } else { 40.0 };
                // "No comment while the investigation is ongoing" meets the deadline and
                // answers nothing.
                let repeated = pasted.contains(&reply.action);
                let empty = repeated || empty_reply(reply);
                if empty {
                    score = f64::min(score, 40.0);
                }
                let args = vec![
                    arg("asker", name),
                    arg("minutes", mins(delay)),
                    arg("deadline", mins(*deadline)),
                    arg("empty", empty_arg(empty, repeated)),
                ];
                let f = finding(
                    &rules::SP_INQUIRY,
                    Some(reply.at),
                    Some(reply.action),
                    Some(event_id),
                    args,
                );
                speed.push((
                    SpeedGroup::Inquiries,
                    Item {
                        score,
                        weight: 1.0,
                        finding: f,
                    },
                ));
            }
            None => {
                let args = vec![arg("asker", name), arg("deadline", mins(*deadline))];
                let f = finding(
                    &rules::SP_INQUIRY_MISSED,
                    Some(*at),
                    None,
                    Some(event_id),
                    args,
                );
                speed.push((
                    SpeedGroup::Inquiries,
                    Item {
                        score: 0.0,
                        weight: 1.0,
                        finding: f,
                    },
                ));
            }
        }
    }
    for (rumour_id, at) in &rumours {
        let debunkers: &[String] = scenario
            .rumour(rumour_id)
            .map_or(&[], |r| r.debunked_by.as_slice());
        // A correction that only denies or threatens ("网传'毒雨'纯属谣言，造谣者将被依法严惩")
        // corrects nothing: the rumour's clock runs on.
        let bare = |p: &PostScore| {
            p.assessment
                .findings
                .iter()
                .any(|f| f.rule == rules::AU_BARE_DENIAL.id || f.rule == rules::TONE_THREAT_MAIN.id)
        };
        let corrects = |p: &&PostScore| {
            p.at >= *at
                && (matches!(&p.kind, ActionKind::CorrectRumour { rumour } if rumour == rumour_id)
                    && !bare(p)
                    || p.assessment.signals.disclosed.iter().any(|f| {
                        debunkers.contains(f) && revealed_at.get(f).is_some_and(|&r| r <= p.at)
                    }))
        };
        // A reply corrects the rumour for one person; the rumour's clock runs on for
        // everyone else. Told only in a reply, the correction earns half its timing.
        let correction = posts.iter().filter(statement).find(corrects);
        let replied = if correction.is_none() {
            posts.iter().find(corrects)
        } else {
            None
        };
        let text = scenario
            .rumour(rumour_id)
            .map_or(rumour_id.as_str(), |r| r.text.as_str());
        match correction.or(replied) {
            Some(post) => {
                let delay = SimDuration::from_secs(post.at.as_secs() - at.as_secs());
                let mut score = timing(
                    delay,
                    rubric.first_response_target,
                    rubric.hard_deadline,
                    40.0,
                    20.0,
                );
                let rule = if replied.is_some() {
                    score /= 2.0;
                    &rules::SP_RUMOUR_REPLIED
                } else {
                    &rules::SP_RUMOUR
                };
                let args = vec![arg("rumour", text), arg("minutes", mins(delay))];
                let f = finding(
                    rule,
                    Some(post.at),
                    Some(post.action),
                    Some(rumour_id),
                    args,
                );
                speed.push((
                    SpeedGroup::Rumours,
                    Item {
                        score,
                        weight: 1.0,
                        finding: f,
                    },
                ));
            }
            None => {
                let args = vec![arg("rumour", text)];
                let f = finding(
                    &rules::SP_RUMOUR_MISSED,
                    Some(*at),
                    None,
                    Some(rumour_id),
                    args,
                );
                speed.push((
                    SpeedGroup::Rumours,
                    Item {
                        score: 0.0,
                        weight: 1.0,
                        finding: f,
                    },
                ));
            }
        }
    }
    for (action, kept, at) in &settled {
        let (rule, score) = if *kept {
            (&rules::SP_PROMISE_KEPT, 100.0)
        } else {
            (&rules::SP_PROMISE_BROKEN, 0.0)
        };
        let f = finding(rule, Some(*at), Some(*action), None, Vec::new());
        speed.push((
            SpeedGroup::Promises,
            Item {
                score,
                weight: 1.0,
                finding: f,
            },
        ));
    }
    let present: f64 = SPEED_GROUPS
        .iter()
        .filter(|(g, _)| speed.iter().any(|(sg, _)| sg == g))
        .map(|(_, w)| w)
        .sum();
    // Like tone's worst post, the kind of timing done worst is remembered: 0.7 × the weighted
    // mean of the kinds + 0.3 × the worst kind's mean. Three of five press deadlines missed
    // are a challenge however fast the first notice was (HSEEP's P is "without challenges").
    // Each item carries its share of both terms, so the effects still add up to the score.
    let group_mean = |group: SpeedGroup| {
        let scores: Vec<f64> = speed
            .iter()
            .filter(|(g, _)| *g == group)
            .map(|(_, i)| i.score)
            .collect();
        (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
    };
    let worst = SPEED_GROUPS
        .iter()
        .filter_map(|&(g, _)| group_mean(g).map(|m| (g, m)))
        .fold(None, |acc: Option<(SpeedGroup, f64)>, (g, m)| match acc {
            Some((_, best)) if best <= m => acc,
            _ => Some((g, m)),
        })
        .map(|(g, _)| g);
    let mut speed_score = 100.0;
    for (group, share) in SPEED_GROUPS {
        let members: Vec<&mut Item> = speed
            .iter_mut()
            .filter(|(g, _)| *g == group)
            .map(|(_, i)| i)
            .collect();
        let n = members.len() as f64;
        for item in members {
            item.weight = SPEED_MEAN_SHARE * share / present / n
                + if worst == Some(group) {
                    (1.0 - SPEED_MEAN_SHARE) / n
                } else {
                    0.0
                };
            item.finding.effect = (item.score - 100.0) * item.weight;
            speed_score += item.finding.effect;
        }
    }
    findings.extend(speed.into_iter().map(|(_, i)| i.finding));
    // The two shares add up to 1 only up to rounding: a run that did nothing is 0, not 1e-14.
    let speed_score = (speed_score * 1e9).round() / 1e9;
    dimensions.insert(Dimension::Speed, Some(speed_score.clamp(0.0, 100.0)));

    // ---- Interaction ----
    let mut questions: Vec<(Item, bool, bool)> = Vec::new(); // (item, big account, answered)
    for (event_id, at) in &fired {
        let Some((actor, deadline)) = scenario.event(event_id).and_then(|e| e.kind.question())
        else {
            continue;
        };
        let target = deadline.unwrap_or(rubric.question_reply_target);
        let asker = scenario.actor(actor);
        let big = asker.is_some_and(|a| {
            matches!(
                a.kind,
                ActorKind::Media | ActorKind::Influencer | ActorKind::Agency
            ) || a.followers >= BIG_ACCOUNT_FOLLOWERS
        });
        let name = asker.map_or(actor, |a| a.name.as_str());
        let weight = if big { 1.0 } else { 2.0 };
        // A reply to the asker's later post on the same matter answers them too: a mother who
        // asks again and is answered there has been answered. So does a statement that
        // discloses a fact the question asks for (the scenario's `answered_by`): at 2 a.m.
        // with thousands evacuating, one post answers everyone who asked where to go.
        let reply = posts
            .iter()
            .filter(|p| p.at >= *at)
            .find(|p| scenario.answers(event_id, &p.kind, &p.assessment.signals.disclosed));
        // A question still inside its reply window when the exercise ended was not missed.
        if reply.is_none() && at.as_secs().saturating_add(target.as_secs()) > end.as_secs() {
            continue;
        }
        let item = match reply {
            Some(reply) => {
                let delay = SimDuration::from_secs(reply.at.as_secs() - at.as_secs());
                let mut score = if delay <= target { 100.0 } else { 70.0 };
                let repeated = pasted.contains(&reply.action);
                let empty = repeated || empty_reply(reply);
                // An answer that leaks, guesses, blames or lectures answered the question, but
                // badly: no better than a late one (what it said is charged where it belongs,
                // in transparency, authority or tone).
                let harms = !empty && harmful(reply);
                if empty {
                    score = f64::min(score, 40.0);
                } else if harms {
                    score = f64::min(score, 70.0);
                }
                let publicly = !matches!(reply.kind, ActionKind::Reply { .. });
                let args = vec![
                    arg("asker", name),
                    arg("minutes", mins(delay)),
                    arg("target", mins(target)),
                    arg(
                        "empty",
                        if harms {
                            "harmful"
                        } else {
                            empty_arg(empty, repeated)
                        },
                    ),
                    arg("publicly", if publicly { "yes" } else { "no" }),
                    arg("late", if delay > target { "yes" } else { "no" }),
                ];
                Item {
                    score,
                    weight,
                    finding: finding(
                        &rules::IN_ANSWERED,
                        Some(reply.at),
                        Some(reply.action),
                        Some(event_id),
                        args,
                    ),
                }
            }
            None => {
                let args = vec![arg("asker", name)];
                Item {
                    score: 0.0,
                    weight,
                    finding: finding(&rules::IN_UNANSWERED, Some(*at), None, Some(event_id), args),
                }
            }
        };
        let answered = item.score > 0.0;
        questions.push((item, big, answered));
    }
    if questions.is_empty() {
        dimensions.insert(Dimension::Interaction, None);
    } else {
        let total: f64 = questions.iter().map(|(i, ..)| i.weight).sum();
        let mut score = 100.0;
        let share = |big: bool| {
            let group: Vec<_> = questions.iter().filter(|(_, b, _)| *b == big).collect();
            (!group.is_empty())
                .then(|| group.iter().filter(|(.., a)| *a).count() as f64 / group.len() as f64)
        };
        let (ordinary_share, big_share) = (share(false), share(true));
        for (item, ..) in &mut questions {
            item.finding.effect = (item.score - 100.0) * item.weight / total;
            score += item.finding.effect;
        }
        findings.extend(questions.into_iter().map(|(i, ..)| i.finding));
        if let (Some(o), Some(b)) = (ordinary_share, big_share)
            && o < 0.5
            && b > o
        {
            let mut f = finding(
                &rules::IN_BIG_ONLY,
                None,
                None,
                None,
                vec![
                    arg("ordinary", (o * 100.0).round()),
                    arg("big", (b * 100.0).round()),
                ],
            );
            f.effect = rules::IN_BIG_ONLY.points;
            score += f.effect;
            findings.push(f);
        }
        dimensions.insert(Dimension::Interaction, Some(score.clamp(0.0, 100.0)));
    }

    // ---- Tone, transparency, authority, service ----
    if posts.is_empty() {
        findings.push(finding(&rules::RUN_NO_POSTS, None, None, None, Vec::new()));
    }
    let has_statement = posts.iter().any(PostScore::is_statement);
    // The first statement that acknowledged the harm or apologised, and whether a post has a
    // tone finding of its own (for the plain posts the run's tone leaves out, below).
    let first_empathy = posts
        .iter()
        .position(|q| q.is_statement() && q.assessment.signals.empathy > 0.0);
    let toneless = |p: &PostScore| {
        !p.assessment
            .findings
            .iter()
            .any(|f| f.dimension == Dimension::Tone && f.effect != 0.0)
    };
    for dimension in [
        Dimension::Tone,
        Dimension::Transparency,
        Dimension::Authority,
        Dimension::Service,
    ] {
        // A reply to a reporter that is plain and neutral says nothing about the run's tone
        // (empathy is not expected of it): only its findings, if it has any, count.
        let neutral_press_reply = |p: &PostScore| {
            dimension == Dimension::Tone
                && matches!(&p.kind, ActionKind::Reply { to } if scenario
                    .event(to)
                    .is_some_and(|e| matches!(e.kind, EventKind::MediaInquiry { .. })))
                && toneless(p)
        };
        // The elements of a crisis message (CERC) are owed by statements, not by a three-line
        // answer to one person: when the run has a statement, a reply counts towards
        // transparency and authority only where it lost points there (a leak, a shield, a
        // guess, a contradiction; a reply need not name its source), and towards service
        // only where it gained or lost points there (a hotline given, a lecture).
        let counts = |effect: f64| match dimension {
            Dimension::Transparency | Dimension::Authority => effect < 0.0,
            _ => effect != 0.0,
        };
        let reply_left_out = |p: &PostScore| {
            has_statement
                && matches!(
                    dimension,
                    Dimension::Transparency | Dimension::Authority | Dimension::Service
                )
                && matches!(p.kind, ActionKind::Reply { .. })
                && !p
                    .assessment
                    .findings
                    .iter()
                    .any(|f| f.dimension == dimension && counts(f.effect))
        };
        // A plain post (an update or a reply) after a statement acknowledged the harm or
        // apologised says nothing new about the run's tone (CERC asks for empathy early, not
        // in every update; such a post is not `tone.cold` either): like a neutral reply to a
        // reporter, it counts only where it has a tone finding of its own.
        let plain_after_empathy = |i: usize, p: &PostScore| {
            dimension == Dimension::Tone && first_empathy.is_some_and(|f| f < i) && toneless(p)
        };
        let values: Vec<f64> = posts
            .iter()
            .enumerate()
            .filter(|&(i, p)| {
                !neutral_press_reply(p) && !reply_left_out(p) && !plain_after_empathy(i, p)
            })
            .map(|(_, p)| p)
            .filter_map(|p| p.assessment.scores.get(&dimension).copied())
            .collect();
        let score = if values.is_empty() {
            0.0
        } else {
            let mean = values.iter().sum::<f64>() / values.len() as f64;
            let min = values.iter().copied().fold(f64::INFINITY, f64::min);
            let max = values.iter().copied().fold(0.0, f64::max);
            match dimension {
                // One scapegoating or speculative post is remembered: weigh the worst in.
                Dimension::Tone | Dimension::Authority => 0.7 * mean + 0.3 * min,
                // Not every update needs every element, but the run needs a complete one.
                _ => 0.5 * mean + 0.5 * max,
            }
        };
        dimensions.insert(dimension, Some(score));
    }

    // Withheld or late facts and broken promises cost transparency over the run. What was
    // not yet due when the run ended is not charged.
    let ran = log.duration.min(end);
    let mut transparency = Charges::default();
    for fact in def
        .facts
        .iter()
        .filter(|f| f.disclosure == Disclosure::MustDisclose)
    {
        let Some(revealed) = revealed_at.get(&fact.id) else {
            continue;
        };
        let disclosed = posts
            .iter()
            .find(|p| p.assessment.signals.disclosed.contains(&fact.id));
        let args = vec![arg("fact", &fact.text)];
        // Briefed too close to the end to be due yet: not withheld.
        let due = revealed.as_secs() + rubric.first_response_target.as_secs();
        match disclosed {
            None if ran.as_secs() < due => {}
            None => transparency.charge(
                &rules::RUN_WITHHELD,
                finding(
                    &rules::RUN_WITHHELD,
                    Some(*revealed),
                    None,
                    Some(&fact.id),
                    args,
                ),
                &mut findings,
            ),
            Some(post)
                if post.at.as_secs().saturating_sub(revealed.as_secs())
                    > rubric.first_response_target.as_secs() =>
            {
                let mut args = args;
                args.push(arg(
                    "minutes",
                    mins(SimDuration::from_secs(
                        post.at.as_secs().saturating_sub(revealed.as_secs()),
                    )),
                ));
                transparency.charge(
                    &rules::RUN_LATE_DISCLOSURE,
                    finding(
                        &rules::RUN_LATE_DISCLOSURE,
                        Some(post.at),
                        Some(post.action),
                        Some(&fact.id),
                        args,
                    ),
                    &mut findings,
                );
            }
            Some(_) => {}
        }
    }
    for (action, kept, at) in &settled {
        if !kept {
            // An update that came, only late, is not one that "never came".
            let due = posts
                .iter()
                .find(|p| p.action == *action)
                .and_then(|p| p.assessment.signals.promised_update_at);
            let late = due.and_then(|due| {
                posts
                    .iter()
                    .filter(|p| p.at > due && p.is_statement())
                    .map(|p| SimDuration::from_secs(p.at.as_secs() - due.as_secs()))
                    .next()
            });
            let args = vec![
                arg("came", if late.is_some() { "yes" } else { "no" }),
                arg(
                    "minutes",
                    late.map_or_else(String::new, |d| mins(d).to_string()),
                ),
            ];
            transparency.charge(
                &rules::RUN_BROKEN_PROMISE,
                finding(
                    &rules::RUN_BROKEN_PROMISE,
                    Some(*at),
                    Some(*action),
                    None,
                    args,
                ),
                &mut findings,
            );
        }
    }
    // Private data once published cannot be taken back: the run answers for every post that
    // published some, not only the post's own score; in tone too, for however warm its words,
    // exposing a person at the centre of the crisis fails to show them respect (CERC).
    let mut breaches: Vec<RunFinding> = Vec::new();
    for post in &posts {
        // Quoted by its costliest telling: the name that cost points, not a detail told
        // beside it for no more.
        let breach = post
            .assessment
            .findings
            .iter()
            .filter(|f| f.rule == rules::TR_LEAK_PRIVATE.id || f.rule == rules::TR_PERSONAL_DATA.id)
            .min_by(|a, b| a.effect.total_cmp(&b.effect));
        if let Some(f) = breach {
            transparency.charge(
                &rules::RUN_PRIVACY_BREACH,
                finding(
                    &rules::RUN_PRIVACY_BREACH,
                    Some(post.at),
                    Some(post.action),
                    None,
                    vec![arg("excerpt", &f.excerpt)],
                ),
                &mut findings,
            );
            breaches.push(finding(
                &rules::RUN_PRIVACY_DISRESPECT,
                Some(post.at),
                Some(post.action),
                None,
                vec![arg("excerpt", &f.excerpt)],
            ));
        }
    }
    if let Some(Some(t)) = dimensions.get_mut(&Dimension::Transparency) {
        *t = (*t + transparency.total).clamp(0.0, 100.0);
    }

    // A fault of the account's own side, once known, is owed an apology within the
    // first-response target (SCCT: a preventable crisis calls for an accommodative
    // response), in a statement to the public: a reply to one person does not reach the
    // people it failed. Each fault is owned once it comes to light: the first notice's apology
    // for the incident does not own the caterer's broken fridge found hours later (the message
    // then says the trainee apologised earlier). Not yet owed if the run ended before it was
    // due; a run with no posts at all has `run.no-posts` and no tone to lose.
    let mut tone = Charges::default();
    for breach in breaches {
        tone.charge(&rules::RUN_PRIVACY_DISRESPECT, breach, &mut findings);
    }
    let apologises = |p: &&PostScore| {
        p.assessment
            .findings
            .iter()
            .any(|f| f.rule == rules::TONE_APOLOGY.id && f.effect > 0.0)
    };
    let apologies_owed = if posts.is_empty() {
        &[][..]
    } else {
        &rubric.apology_owed_for[..]
    };
    for fact_id in apologies_owed {
        let (Some(revealed), Some(fact)) = (revealed_at.get(fact_id), scenario.fact(fact_id))
        else {
            continue;
        };
        let due = revealed.as_secs() + rubric.first_response_target.as_secs();
        let apology = posts
            .iter()
            .filter(statement)
            .filter(|p| p.at >= *revealed)
            .find(apologises);
        let fault = arg("fact", &fact.text);
        let (rule, at, action, args) = match apology {
            Some(post) if post.at.as_secs() <= due => continue,
            Some(post) => (
                &rules::RUN_LATE_APOLOGY,
                post.at,
                Some(post.action),
                vec![
                    fault,
                    arg(
                        "minutes",
                        mins(SimDuration::from_secs(
                            post.at.as_secs().saturating_sub(revealed.as_secs()),
                        )),
                    ),
                ],
            ),
            None if ran.as_secs() < due => continue,
            None => {
                let replied = posts
                    .iter()
                    .filter(|p| p.at >= *revealed)
                    .filter(|p| matches!(p.kind, ActionKind::Reply { .. }))
                    .any(|p| apologises(&p));
                let earlier = posts
                    .iter()
                    .filter(statement)
                    .filter(|p| p.at < *revealed)
                    .any(|p| apologises(&p));
                let yes_no = |b: bool| if b { "yes" } else { "no" };
                (
                    &rules::RUN_NO_APOLOGY,
                    *revealed,
                    None,
                    vec![
                        fault,
                        arg("replied", yes_no(replied)),
                        arg("earlier", yes_no(earlier)),
                    ],
                )
            }
        };
        tone.charge(
            rule,
            finding(rule, Some(at), action, Some(fact_id), args),
            &mut findings,
        );
    }
    if let Some(Some(t)) = dimensions.get_mut(&Dimension::Tone) {
        *t = (*t + tone.total).clamp(0.0, 100.0);
    }

    // ---- Overall ----
    let weight_of = |d: Dimension| rubric.weights.get(&d).copied().unwrap_or(1.0).max(0.0);
    let (mut sum, mut weights) = (0.0, 0.0);
    let dimensions: BTreeMap<Dimension, DimensionScore> = dimensions
        .into_iter()
        .map(|(d, score)| {
            let weight = weight_of(d);
            if let Some(s) = score {
                sum += s * weight;
                weights += weight;
            }
            (
                d,
                DimensionScore {
                    score,
                    rating: score.map(Rating::of),
                    weight,
                },
            )
        })
        .collect();
    let overall = if weights > 0.0 { sum / weights } else { 0.0 };
    RunScores {
        dimensions,
        overall,
        overall_rating: Rating::of(overall),
        findings,
        posts,
    }
}

#[cfg(test)]
mod tests {
    use super::{Rating, timing};
    use goldenhour_scenario::SimDuration;

    #[test]
    fn lateness_costs_most_in_the_first_hour_past_the_target() {
        let m = |n: u32| SimDuration::from_mins(n);
        let first = |n: u32| timing(m(n), m(30), m(260), 50.0, 30.0);
        assert_eq!(first(30), 100.0);
        // 15 minutes late on a 30-minute target costs 15 points, not the 3 a straight line
        // to the deadline would charge; twice the target is 70.
        assert_eq!(first(45), 85.0);
        assert_eq!(first(60), 70.0);
        assert!((first(160) - 60.0).abs() < 1e-9, "{}", first(160));
        assert_eq!(first(260), 50.0);
        assert_eq!(first(261), 30.0);
        // A deadline before twice the target: one straight line to it.
        let short = |n: u32| timing(m(n), m(60), m(90), 50.0, 30.0);
        assert_eq!(short(75), 75.0);
        assert_eq!(short(90), 50.0);
    }

    #[test]
    fn a_score_is_rated_as_it_is_shown() {
        // 79.5 is shown as "80" and must not be rated S next to it.
        assert_eq!(format!("{:.0}", 79.5), "80");
        assert_eq!(Rating::of(79.5), Rating::P);
        // 79.46 is 79.5 in the report's JSON, and "80" in its text.
        assert_eq!(Rating::of(79.46), Rating::P);
        assert_eq!(Rating::of(79.44), Rating::S);
        assert_eq!(format!("{:.0}", 59.5), "60");
        assert_eq!(Rating::of(59.5), Rating::S);
        assert_eq!(Rating::of(39.4), Rating::U);
        assert_eq!(Rating::of(100.0), Rating::P);
    }
}
