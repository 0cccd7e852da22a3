//! The scripted trainees: each [`Policy`] reads a scenario's timeline (when briefings reveal
//! which facts, when questions, inquiries and rumours arrive) and writes a [`Responses`]
//! script from the scenario's own fact texts and the phrase material in
//! `assets/playtest/<lang>.ron`. Nothing here knows any particular scenario.

use std::collections::BTreeSet;

use goldenhour_scenario::{
    ActionKind, ActorKind, Disclosure, EventKind, Responses, Scenario, ScriptedAction, SimDuration,
    Trigger,
};
use rand_chacha::ChaCha8Rng;
use rand_core::{Rng, SeedableRng};
use serde::Deserialize;

/// A scripted trainee's way of working.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Policy {
    /// Fast, complete, warm: every CERC element, every question answered in time, rumours
    /// corrected with the verified fact and its source, promised updates delivered.
    Exemplary,
    /// As fast and as informative as the exemplary trainee, but impersonal: no empathy, a
    /// bureaucratic register.
    FastButCold,
    /// The exemplary trainee's posts, but late: the first post near the hard deadline, answers
    /// after their targets, rumours corrected late.
    GoodButSlow,
    /// Posts nothing at all.
    Silent,
    /// Posts on time, but only boilerplate: no facts, no times, no help.
    Stonewalling,
    /// Posts on time with some facts, but denies and blames.
    Defensive,
    /// The exemplary trainee's posts, plus private and unverified information and hearsay.
    Leaky,
}

impl Policy {
    /// Every policy, in report order.
    pub const ALL: [Policy; 7] = [
        Policy::Exemplary,
        Policy::FastButCold,
        Policy::GoodButSlow,
        Policy::Silent,
        Policy::Stonewalling,
        Policy::Defensive,
        Policy::Leaky,
    ];

    /// Stable identifier, used in JSON output.
    pub fn id(self) -> &'static str {
        match self {
            Policy::Exemplary => "exemplary",
            Policy::FastButCold => "fast-but-cold",
            Policy::GoodButSlow => "good-but-slow",
            Policy::Silent => "silent",
            Policy::Stonewalling => "stonewalling",
            Policy::Defensive => "defensive",
            Policy::Leaky => "leaky",
        }
    }

    /// The Fluent message id of the policy's display name.
    pub fn message_id(self) -> &'static str {
        match self {
            Policy::Exemplary => "playtest-policy-exemplary",
            Policy::FastButCold => "playtest-policy-fast-but-cold",
            Policy::GoodButSlow => "playtest-policy-good-but-slow",
            Policy::Silent => "playtest-policy-silent",
            Policy::Stonewalling => "playtest-policy-stonewalling",
            Policy::Defensive => "playtest-policy-defensive",
            Policy::Leaky => "playtest-policy-leaky",
        }
    }
}

/// Phrase material of one language (`assets/playtest/<lang>.ron`): alternatives for each kind
/// of sentence a bot writes around the scenario's facts.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[expect(missing_docs, reason = "each field is documented in the data files")]
pub struct Phrasebook {
    pub empathy: Vec<String>,
    pub reply_empathy: Vec<String>,
    pub apology: Vec<String>,
    pub media_greeting: Vec<String>,
    pub source: Vec<String>,
    pub unknowns: Vec<String>,
    pub actions: Vec<String>,
    pub guidance: Vec<String>,
    pub help: Vec<String>,
    pub next_update: Vec<String>,
    pub reply_close: Vec<String>,
    pub correction: Vec<String>,
    pub checking: Vec<String>,
    pub cold_opener: Vec<String>,
    pub cold_reply: Vec<String>,
    pub cold_close: Vec<String>,
    pub boilerplate_post: Vec<String>,
    pub boilerplate_reply: Vec<String>,
    pub boilerplate_correction: Vec<String>,
    pub denial: Vec<String>,
    pub blame: Vec<String>,
    pub speculation: Vec<String>,
}

const ZH_CN: &str = include_str!("../../assets/playtest/zh-CN.ron");
const EN_US: &str = include_str!("../../assets/playtest/en-US.ron");

impl Phrasebook {
    /// The bundled phrase material of `lang` (`zh-CN` or `en-US`), or `None` for another
    /// language.
    pub fn bundled(lang: &str) -> Option<Phrasebook> {
        let text = match lang {
            "zh-CN" => ZH_CN,
            "en-US" => EN_US,
            _ => return None,
        };
        // The files are compiled in and tested (tests/it/playtest.rs): a parse error is a
        // programmer error caught by the tests, never a user's.
        Some(ron::from_str(text).expect("assets/playtest phrasebooks parse"))
    }
}

/// What the bots read off a scenario's timeline (fixed-time events only: conditional events
/// have no time to plan for).
struct Timeline {
    /// Facts and the moment the trainee learns them, in order.
    reveals: Vec<(SimDuration, String, Option<String>)>,
    /// Questions to answer: (arrives, event id, asker actor id, deadline if a media inquiry).
    questions: Vec<(SimDuration, String, String, Option<SimDuration>)>,
    /// Rumours: (starts, rumour id).
    rumours: Vec<(SimDuration, String)>,
}

/// Reads the timeline: the fixed-time events, plus the conditional events in `fired` (event
/// id and when it fired in an earlier run), which a trainee would have seen and reacted to.
fn timeline(scenario: &Scenario, fired: &[(SimDuration, String)]) -> Timeline {
    let def = scenario.def();
    let mut reveals: Vec<(SimDuration, String, Option<String>)> = def
        .facts
        .iter()
        .filter(|f| f.known_at_start)
        .map(|f| (SimDuration::ZERO, f.id.clone(), None))
        .collect();
    let mut questions = Vec::new();
    let mut rumours = Vec::new();
    for event in &def.events {
        let at = match event.trigger {
            Trigger::At(at) => at,
            Trigger::When(_) => match fired.iter().find(|(_, id)| *id == event.id) {
                Some((at, _)) => *at,
                None => continue,
            },
        };
        match &event.kind {
            EventKind::Briefing {
                actor, reveals: r, ..
            } => {
                for fact in r {
                    if !reveals.iter().any(|(_, f, _)| f == fact) {
                        reveals.push((at, fact.clone(), Some(actor.clone())));
                    }
                }
            }
            EventKind::RumourStarts { rumour, .. } => rumours.push((at, rumour.clone())),
            kind => {
                if let Some((actor, deadline)) = kind.question() {
                    questions.push((at, event.id.clone(), actor.to_owned(), deadline));
                }
            }
        }
    }
    reveals.sort_by_key(|(at, ..)| *at);
    questions.sort_by_key(|(at, ..)| *at);
    rumours.sort_by_key(|(at, _)| *at);
    Timeline {
        reveals,
        questions,
        rumours,
    }
}

/// One planned post before its text is written.
#[derive(Clone, Debug)]
enum Planned {
    Update,
    Reply {
        event: String,
        actor: String,
    },
    Correction {
        rumour: String,
        /// The debunking fact known by then, if any.
        fact: Option<String>,
    },
}

/// Writes the script of `policy` for `scenario` in `lang` from the scenario's fixed-time
/// events. The seed drives timing jitter and phrase choice; the same inputs always give the
/// same script.
pub fn script(
    policy: Policy,
    scenario: &Scenario,
    lang: &str,
    phrases: &Phrasebook,
    seed: u64,
) -> Responses {
    script_after(policy, scenario, lang, phrases, seed, &[])
}

/// As [`script`], also reacting to the conditional events in `fired` (id, when it fired), as
/// seen in a first run of the script: questions they ask are answered, rumours they start are
/// corrected, facts they reveal are published.
pub fn script_after(
    policy: Policy,
    scenario: &Scenario,
    lang: &str,
    phrases: &Phrasebook,
    seed: u64,
    fired: &[(SimDuration, String)],
) -> Responses {
    let def = scenario.def();
    let mut responses = Responses {
        scenario: def.id.clone(),
        language: lang.to_owned(),
        actions: Vec::new(),
    };
    if policy == Policy::Silent {
        return responses;
    }
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5eed_b075);
    let end = def.clock.duration.as_secs();
    let rubric = &def.rubric;
    let tl = timeline(scenario, fired);
    let mins = |m: u32| m * 60;
    let jitter = |rng: &mut ChaCha8Rng, lo: u32, hi: u32| lo + (rng.next_u32() % (hi - lo + 1));

    // ---- When: the plan of posts ----
    let slow = policy == Policy::GoodButSlow;
    let first_target = rubric.first_response_target.as_secs();
    let deadline = rubric.hard_deadline.as_secs().min(end);
    // Fast trainees post within the first third of the target; the slow one just before the
    // hard deadline (or, with a deadline at the very end, three quarters of the way there).
    let first = if slow {
        let late = deadline
            .saturating_sub(mins(20))
            .max(first_target + mins(30));
        late.min(end.saturating_sub(mins(30)))
    } else {
        (first_target / 3 + jitter(&mut rng, 0, mins(4))).clamp(mins(5), end / 2)
    };
    let mut plan: Vec<(u32, Planned)> = Vec::new();
    let disclosable = |id: &str| {
        scenario.fact(id).is_some_and(|f| {
            f.confirmed
                && matches!(
                    f.disclosure,
                    Disclosure::MustDisclose | Disclosure::MayDisclose
                )
        })
    };
    // Updates: the first post, soon after each briefing with something to disclose, and no
    // longer than an hour (slow: two hours) apart, so that every promised update comes.
    let gap = if slow { mins(120) } else { mins(60) };
    let react = if slow { mins(90) } else { mins(8) };
    let mut updates: BTreeSet<u32> = BTreeSet::from([first]);
    for (at, fact, _) in &tl.reveals {
        if disclosable(fact) && at.as_secs() + react > first {
            updates.insert(at.as_secs() + react);
        }
    }
    let mut times: Vec<u32> = updates.into_iter().filter(|t| *t < end).collect();
    // Merge updates closer than ten minutes, then fill long gaps.
    times.dedup_by(|later, earlier| *later - *earlier < mins(10));
    let mut filled = Vec::new();
    for (i, t) in times.iter().enumerate() {
        filled.push(*t);
        let next = times
            .get(i + 1)
            .copied()
            .unwrap_or(end.saturating_sub(mins(5)));
        let mut at = *t + gap;
        while at + mins(10) < next {
            filled.push(at);
            at += gap;
        }
    }
    plan.extend(filled.into_iter().map(|t| (t, Planned::Update)));
    // Answers: within minutes (slow: after an hour and a half), never before the first post.
    for (at, event, actor, inquiry_deadline) in &tl.questions {
        let delay = if slow {
            inquiry_deadline.map_or(mins(90), |d| d.as_secs() + mins(30))
        } else {
            let cap = inquiry_deadline.map_or(rubric.question_reply_target.as_secs(), |d| {
                d.as_secs().min(rubric.question_reply_target.as_secs())
            });
            jitter(&mut rng, mins(3), (cap / 3).max(mins(4)))
        };
        let mut t = (at.as_secs() + delay).max(first + mins(1));
        // Even the slow trainee answers everything before the exercise ends.
        if slow && at.as_secs() + mins(5) < end {
            t = t.min(end - mins(5));
        }
        plan.push((
            t,
            Planned::Reply {
                event: event.clone(),
                actor: actor.clone(),
            },
        ));
    }
    // Corrections: as soon as a debunking fact is known (slow: two hours later).
    for (at, rumour) in &tl.rumours {
        let debunkers = scenario
            .rumour(rumour)
            .map(|r| r.debunked_by.clone())
            .unwrap_or_default();
        let known = tl
            .reveals
            .iter()
            .find(|(_, f, _)| debunkers.contains(f) && disclosable(f));
        let (when, fact) = match known {
            Some((t, f, _)) => (t.as_secs().max(at.as_secs()), Some(f.clone())),
            None => (at.as_secs(), None),
        };
        let delay = if slow {
            mins(180)
        } else {
            jitter(&mut rng, mins(3), mins(8))
        };
        plan.push((
            (when + delay).max(first + mins(2)),
            Planned::Correction {
                rumour: rumour.clone(),
                fact,
            },
        ));
    }
    plan.retain(|(t, _)| *t < end);
    plan.sort_by_key(|(t, _)| *t);
    // No two actions at the same second: the log orders them, but a reader would not.
    for i in 1..plan.len() {
        if plan[i].0 <= plan[i - 1].0 {
            plan[i].0 = plan[i - 1].0 + 30;
        }
    }

    // ---- What: the texts ----
    let writer = Writer {
        scenario,
        lang,
        phrases,
        policy,
    };
    let update_times: Vec<u32> = plan
        .iter()
        .filter(|(_, p)| matches!(p, Planned::Update))
        .map(|(t, _)| *t)
        .collect();
    let mut told: BTreeSet<String> = BTreeSet::new();
    for (t, planned) in &plan {
        let known: Vec<&(SimDuration, String, Option<String>)> = tl
            .reveals
            .iter()
            .filter(|(at, ..)| at.as_secs() <= *t)
            .collect();
        let next_update = update_times.iter().copied().find(|u| u > t);
        let (action, text) = match planned {
            Planned::Update => {
                let fresh: Vec<_> = known
                    .iter()
                    .filter(|(_, f, _)| writer.should_tell(f) && !told.contains(f))
                    .copied()
                    .collect();
                // With nothing new, repeat the latest fact: an update says where things stand.
                let facts: Vec<_> = if fresh.is_empty() {
                    known
                        .iter()
                        .rev()
                        .find(|(_, f, _)| writer.should_tell(f))
                        .copied()
                        .into_iter()
                        .collect()
                } else {
                    fresh
                };
                told.extend(facts.iter().map(|(_, f, _)| f.clone()));
                (
                    ActionKind::Publish,
                    writer.update(&mut rng, &facts, next_update),
                )
            }
            Planned::Reply { event, actor } => {
                let facts: Vec<_> = known
                    .iter()
                    .rev()
                    .filter(|(_, f, _)| writer.should_tell(f))
                    .take(2)
                    .copied()
                    .collect();
                told.extend(facts.iter().map(|(_, f, _)| f.clone()));
                (
                    ActionKind::Reply { to: event.clone() },
                    writer.reply(&mut rng, actor, &facts, next_update),
                )
            }
            Planned::Correction { rumour, fact } => {
                let facts: Vec<_> = fact
                    .iter()
                    .filter_map(|f| known.iter().find(|(_, k, _)| k == f).copied())
                    .collect();
                told.extend(facts.iter().map(|(_, f, _)| f.clone()));
                (
                    ActionKind::CorrectRumour {
                        rumour: rumour.clone(),
                    },
                    writer.correction(&mut rng, &facts),
                )
            }
        };
        responses.actions.push(ScriptedAction {
            at: SimDuration::from_secs(*t),
            action,
            text,
        });
    }
    responses
}

/// Writes posts in one language for one policy.
struct Writer<'a> {
    scenario: &'a Scenario,
    lang: &'a str,
    phrases: &'a Phrasebook,
    policy: Policy,
}

type Reveal = (SimDuration, String, Option<String>);

impl Writer<'_> {
    fn zh(&self) -> bool {
        self.lang.starts_with("zh")
    }

    /// Whether this policy publishes the fact: confirmed, disclosable facts for everyone; the
    /// leaky trainee also publishes private and unverified ones.
    fn should_tell(&self, id: &str) -> bool {
        self.scenario.fact(id).is_some_and(|f| {
            let open = f.confirmed
                && matches!(
                    f.disclosure,
                    Disclosure::MustDisclose | Disclosure::MayDisclose
                );
            open || self.policy == Policy::Leaky
        })
    }

    fn pick<'p>(&self, rng: &mut ChaCha8Rng, list: &'p [String]) -> &'p str {
        if list.is_empty() {
            return "";
        }
        &list[rng.next_u32() as usize % list.len()]
    }

    fn fill(&self, template: &str, source: Option<&str>, time: Option<u32>) -> String {
        let agency = &self.scenario.def().account.agency;
        let mut out = template.replace("{agency}", agency);
        out = out.replace("{source}", source.unwrap_or(agency));
        if let Some(t) = time {
            out = out.replace("{time}", &self.clock(t));
        }
        out
    }

    /// A clock time `offset` seconds after the start, as a reader writes it: "7时30分",
    /// "7:30 a.m.".
    fn clock(&self, offset: u32) -> String {
        let (_, h, m) = self
            .scenario
            .start()
            .clock_at(SimDuration::from_secs(offset));
        if self.zh() {
            if m == 0 {
                format!("{h}时")
            } else {
                format!("{h}时{m}分")
            }
        } else {
            let (h12, half) = match h {
                0 => (12, "a.m."),
                1..=11 => (h, "a.m."),
                12 => (12, "p.m."),
                _ => (h - 12, "p.m."),
            };
            format!("{h12}:{m:02} {half}")
        }
    }

    fn fact_text(&self, id: &str) -> String {
        self.scenario
            .text(self.lang, &format!("fact-{id}"))
            .unwrap_or_default()
            .trim()
            .to_owned()
    }

    fn name(&self, actor: &str) -> String {
        self.scenario
            .text(self.lang, &format!("actor-{actor}"))
            .map(str::to_owned)
            .or_else(|| self.scenario.actor(actor).map(|a| a.name.clone()))
            .unwrap_or_else(|| actor.to_owned())
    }

    /// The facts, each introduced by the department that confirmed it.
    fn facts(&self, rng: &mut ChaCha8Rng, facts: &[&Reveal], out: &mut Vec<String>) {
        for (_, fact, source) in facts {
            let text = self.fact_text(fact);
            if text.is_empty() {
                continue;
            }
            let source = source.as_deref().map(|s| self.name(s));
            match self.policy {
                Policy::Stonewalling => out.push(text),
                _ => {
                    let intro = self.pick(rng, &self.phrases.source);
                    out.push(format!(
                        "{} {text}",
                        self.fill(intro, source.as_deref(), None)
                    ));
                }
            }
        }
    }

    /// An apology before the facts when they tell a fault on the account's own side (the
    /// scenario's `rubric.apology_owed_for`), from the policies that take responsibility; the
    /// cold, stonewalling and defensive trainees apologise for nothing.
    fn apology(&self, facts: &[&Reveal], out: &mut Vec<String>) {
        let owed = &self.scenario.def().rubric.apology_owed_for;
        let warm = matches!(
            self.policy,
            Policy::Exemplary | Policy::GoodButSlow | Policy::Leaky
        );
        // Picked by the fault's briefing time rather than drawn from `rng`, so that adding a
        // fault to a scenario leaves every other choice of a seed's script as it was.
        if let Some((at, _, _)) = facts.iter().find(|(_, id, _)| warm && owed.contains(id)) {
            let list = &self.phrases.apology;
            if !list.is_empty() {
                out.push(list[(at.as_secs() / 60) as usize % list.len()].clone());
            }
        }
    }

    fn join(&self, parts: Vec<String>) -> String {
        let parts: Vec<String> = parts.into_iter().filter(|p| !p.is_empty()).collect();
        parts.join(if self.zh() { "" } else { " " })
    }

    fn update(&self, rng: &mut ChaCha8Rng, facts: &[&Reveal], next: Option<u32>) -> String {
        let p = self.phrases;
        let mut out = Vec::new();
        match self.policy {
            Policy::Stonewalling => {
                out.push(self.pick(rng, &p.boilerplate_post).to_owned());
                return self.join(out);
            }
            Policy::FastButCold => out.push(self.pick(rng, &p.cold_opener).to_owned()),
            Policy::Defensive => {}
            _ => out.push(self.pick(rng, &p.empathy).to_owned()),
        }
        self.apology(facts, &mut out);
        self.facts(rng, facts, &mut out);
        match self.policy {
            Policy::Defensive => {
                out.push(self.pick(rng, &p.denial).to_owned());
                out.push(self.pick(rng, &p.blame).to_owned());
            }
            Policy::FastButCold => {
                out.push(self.pick(rng, &p.unknowns).to_owned());
                out.push(self.fill(self.pick(rng, &p.actions), None, None));
                out.push(self.pick(rng, &p.cold_close).to_owned());
                out.push(self.pick(rng, &p.guidance).to_owned());
                out.push(self.pick(rng, &p.help).to_owned());
            }
            _ => {
                out.push(self.pick(rng, &p.unknowns).to_owned());
                out.push(self.fill(self.pick(rng, &p.actions), None, None));
                out.push(self.pick(rng, &p.guidance).to_owned());
                out.push(self.pick(rng, &p.help).to_owned());
            }
        }
        if self.policy == Policy::Leaky {
            out.push(self.pick(rng, &p.speculation).to_owned());
        }
        if let Some(t) = next
            && self.policy != Policy::Defensive
        {
            out.push(self.fill(self.pick(rng, &p.next_update), None, Some(t)));
        }
        self.join(out)
    }

    fn reply(
        &self,
        rng: &mut ChaCha8Rng,
        actor: &str,
        facts: &[&Reveal],
        next: Option<u32>,
    ) -> String {
        let p = self.phrases;
        let media = self
            .scenario
            .actor(actor)
            .is_some_and(|a| matches!(a.kind, ActorKind::Media));
        let mut out = vec![format!("@{}", self.name(actor))];
        match self.policy {
            Policy::Stonewalling => {
                out.push(self.pick(rng, &p.boilerplate_reply).to_owned());
                return self.join(out);
            }
            Policy::FastButCold => out.push(self.pick(rng, &p.cold_reply).to_owned()),
            Policy::Defensive => {}
            _ if media => out.push(self.pick(rng, &p.media_greeting).to_owned()),
            _ => out.push(self.pick(rng, &p.reply_empathy).to_owned()),
        }
        self.apology(facts, &mut out);
        self.facts(rng, facts, &mut out);
        match self.policy {
            Policy::Defensive => out.push(self.pick(rng, &p.blame).to_owned()),
            Policy::FastButCold => {
                if !media {
                    out.push(self.pick(rng, &p.help).to_owned());
                }
                out.push(self.pick(rng, &p.cold_close).to_owned());
            }
            _ => {
                if !media {
                    out.push(self.pick(rng, &p.help).to_owned());
                }
                out.push(self.pick(rng, &p.reply_close).to_owned());
            }
        }
        if self.policy == Policy::Leaky {
            out.push(self.pick(rng, &p.speculation).to_owned());
        }
        if let Some(t) = next
            && !matches!(self.policy, Policy::Defensive)
        {
            out.push(self.fill(self.pick(rng, &p.next_update), None, Some(t)));
        }
        self.join(out)
    }

    fn correction(&self, rng: &mut ChaCha8Rng, facts: &[&Reveal]) -> String {
        let p = self.phrases;
        let mut out = Vec::new();
        match self.policy {
            Policy::Stonewalling => {
                out.push(self.pick(rng, &p.boilerplate_correction).to_owned());
                return self.join(out);
            }
            Policy::Defensive => {
                out.push(self.pick(rng, &p.denial).to_owned());
                self.facts(rng, facts, &mut out);
                return self.join(out);
            }
            Policy::FastButCold => {}
            _ if facts.is_empty() => out.push(self.pick(rng, &p.checking).to_owned()),
            _ => out.push(self.pick(rng, &p.correction).to_owned()),
        }
        self.facts(rng, facts, &mut out);
        if self.policy == Policy::Leaky {
            out.push(self.pick(rng, &p.speculation).to_owned());
        }
        out.push(self.pick(rng, &p.guidance).to_owned());
        out.push(self.pick(rng, &p.help).to_owned());
        self.join(out)
    }
}
