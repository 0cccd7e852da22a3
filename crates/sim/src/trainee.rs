//! The trainee's actions: requests from a host (or a script) are queued, assessed with the
//! run's [`PostScorer`](goldenhour_simlog::PostScorer), recorded, and turned into what the rest
//! of the simulation reacts to — disclosed facts, debunked rumours, answered questions,
//! promised updates (kept or broken) and verification requests.

use std::collections::{BTreeMap, VecDeque};

use bevy_app::{App, Update};
use bevy_ecs::prelude::*;
use bevy_time::Time;
use goldenhour_scenario::{
    ActionKind, Disclosure, EventKind, Scenario, ScriptedAction, Segment, SimDuration,
};
use goldenhour_simlog::{LogKind, PostAssessment, PostContext, Signals, TraineeAction};

use crate::clock::{Sim, SimClock};
use crate::coefficients::Coefficients;
use crate::playback::{Knowledge, Playback};
use crate::public::{Public, actor_segment};
use crate::record::SimRecord;
use crate::{Agenda, Ids, SimConfig, SimSystems, SimTick};

/// Request: publish a post on the account.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub struct PublishPost {
    /// The post.
    pub text: String,
}

/// Request: reply to a scenario event (a public post, a follow-up or a media inquiry).
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub struct PublishReply {
    /// The event replied to.
    pub to: String,
    /// The reply.
    pub text: String,
}

/// Request: publish a correction of a rumour.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub struct CorrectRumour {
    /// The rumour corrected.
    pub rumour: String,
    /// The correction.
    pub text: String,
}

/// Request: ask the responsible department to verify a fact.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub struct VerifyFact {
    /// The fact.
    pub fact: String,
}

/// A trainee post was assessed and published.
#[derive(Message, Clone, Debug, PartialEq)]
pub struct PostAssessed {
    /// The action's sequence number in the run.
    pub action: u32,
    /// When it was published.
    pub at: SimDuration,
    /// What kind of post.
    pub kind: ActionKind,
    /// What the public reacts to.
    pub signals: Signals,
    /// Confirmed, shareable facts this post disclosed for the first time.
    pub new_disclosures: usize,
    /// Confirmed, shareable facts this post repeated from earlier posts.
    pub repeated_disclosures: usize,
    /// The trainee's previous substantive post, if any.
    pub previous_post_at: Option<SimDuration>,
    /// For a reply, the segment of the public that asked.
    pub asker: Option<Segment>,
    /// Rumours this post debunked with a fact.
    pub debunked: Vec<String>,
}

/// A promised update fell due (broken) or was delivered (kept).
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub struct PromiseSettled {
    /// The action that made the promise.
    pub action: u32,
    /// Whether an update was published in time.
    pub kept: bool,
    /// When it was settled.
    pub at: SimDuration,
}

/// A trainee post debunked a spreading rumour with a fact.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub struct RumourDebunked {
    /// The rumour.
    pub rumour: String,
    /// The action that debunked it.
    pub action: u32,
    /// When.
    pub at: SimDuration,
}

/// A host's request could not be taken; nothing happened.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub enum RequestRejected {
    /// The run has ended.
    Finished,
    /// A post with no text.
    EmptyText,
    /// No event has this id.
    UnknownEvent(String),
    /// Briefings are internal and cannot be replied to.
    ReplyToBriefing(String),
    /// No rumour has this id.
    UnknownRumour(String),
    /// No fact has this id.
    UnknownFact(String),
}

impl RequestRejected {
    /// The Fluent message (locales/*/sim.ftl) explaining the rejection, with its arguments.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        let id = |id: &String| vec![("id", id.clone())];
        match self {
            RequestRejected::Finished => ("sim-rejected-finished", Vec::new()),
            RequestRejected::EmptyText => ("sim-rejected-empty", Vec::new()),
            RequestRejected::UnknownEvent(e) => ("sim-rejected-unknown-event", id(e)),
            RequestRejected::ReplyToBriefing(e) => ("sim-rejected-briefing", id(e)),
            RequestRejected::UnknownRumour(r) => ("sim-rejected-unknown-rumour", id(r)),
            RequestRejected::UnknownFact(f) => ("sim-rejected-unknown-fact", id(f)),
        }
    }
}

/// Actions taken and not yet applied: a host's requests wait here until the next tick.
#[derive(Resource, Debug, Default)]
pub(crate) struct PendingActions(VecDeque<(ActionKind, String)>);

impl PendingActions {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Scripted actions (sorted by time) and how many have been taken.
#[derive(Resource, Debug, Default)]
struct Script {
    actions: Vec<ScriptedAction>,
    next: usize,
}

/// A promise of an update by a time.
#[derive(Clone, Copy, Debug)]
struct Promise {
    action: u32,
    made: SimDuration,
    due: SimDuration,
}

/// What the trainee has done so far, as the rest of the simulation needs it.
#[derive(Resource, Debug, Default)]
pub(crate) struct TraineeLedger {
    /// Actions taken (the next action's sequence number).
    actions: u32,
    /// The first post of any kind.
    pub first_post_at: Option<SimDuration>,
    /// The latest post that was not stonewalling.
    pub last_substantive_post_at: Option<SimDuration>,
    /// Per fact (scenario order), when a post first disclosed it.
    disclosed: Vec<Option<SimDuration>>,
    /// Per rumour (scenario order), whether a post debunked it with a fact.
    debunked: Vec<bool>,
    /// Reply times per event id.
    replies: BTreeMap<String, Vec<SimDuration>>,
    /// Statements (posts and rumour corrections): when, and the facts each disclosed.
    statements: Vec<(SimDuration, Vec<String>)>,
    /// Promises not yet settled.
    promises: Vec<Promise>,
    /// A post used a forbidden phrase.
    pub forbidden_used: bool,
    /// A statement (a post or a rumour correction) showed empathy or apologised.
    pub empathy_shown: bool,
    /// A promise was broken.
    pub promise_broken: bool,
}

impl TraineeLedger {
    /// When a post first disclosed the fact (by scenario position).
    pub fn disclosed_at(&self, fact: usize) -> Option<SimDuration> {
        self.disclosed.get(fact).copied().flatten()
    }

    /// Whether a question was answered within `[from, to]`, as the run's scores count it
    /// ([`Scenario::answers`]).
    pub fn answered_between(
        &self,
        scenario: &Scenario,
        event: &str,
        from: SimDuration,
        to: SimDuration,
    ) -> bool {
        let inside = |t: &SimDuration| *t >= from && *t <= to;
        self.replies.iter().any(|(target, times)| {
            times.iter().any(inside)
                && scenario.answers(event, &ActionKind::Reply { to: target.clone() }, &[])
        }) || self
            .statements
            .iter()
            .any(|(t, facts)| inside(t) && scenario.answers(event, &ActionKind::Publish, facts))
    }
}

pub(super) fn plugin(app: &mut App, script: &[ScriptedAction]) {
    let mut actions = script.to_vec();
    // Stable: actions at the same time are taken in file order.
    actions.sort_by_key(|a| a.at);
    {
        let mut agenda = app.world_mut().get_resource_or_init::<Agenda>();
        for action in &actions {
            agenda.insert(action.at);
        }
    }
    let ledger = {
        let def = app.world().resource::<SimConfig>().scenario.def();
        TraineeLedger {
            disclosed: vec![None; def.facts.len()],
            debunked: vec![false; def.rumours.len()],
            ..TraineeLedger::default()
        }
    };
    app.insert_resource(Script { actions, next: 0 })
        .insert_resource(ledger)
        .init_resource::<PendingActions>()
        .add_message::<PublishPost>()
        .add_message::<PublishReply>()
        .add_message::<CorrectRumour>()
        .add_message::<VerifyFact>()
        .add_message::<PostAssessed>()
        .add_message::<PromiseSettled>()
        .add_message::<RumourDebunked>()
        .add_message::<RequestRejected>()
        .add_systems(Update, queue_requests.in_set(SimSystems::Intake))
        .add_systems(SimTick, take_trainee_actions.in_set(SimSystems::Act));
}

/// Takes the host's requests into the queue, in a fixed order by kind, rejecting those that
/// name nothing in the scenario.
#[expect(
    clippy::too_many_arguments,
    reason = "one reader per request kind is the bevy way to take requests"
)]
fn queue_requests(
    clock: Res<Time<Sim>>,
    config: Res<SimConfig>,
    mut posts: MessageReader<PublishPost>,
    mut replies: MessageReader<PublishReply>,
    mut corrections: MessageReader<CorrectRumour>,
    mut verifications: MessageReader<VerifyFact>,
    mut pending: ResMut<PendingActions>,
    mut rejected: MessageWriter<RequestRejected>,
) {
    let scenario = &config.scenario;
    let mut requests: Vec<(ActionKind, String)> = Vec::new();
    requests.extend(posts.read().map(|p| (ActionKind::Publish, p.text.clone())));
    requests.extend(
        replies
            .read()
            .map(|r| (ActionKind::Reply { to: r.to.clone() }, r.text.clone())),
    );
    requests.extend(corrections.read().map(|c| {
        let kind = ActionKind::CorrectRumour {
            rumour: c.rumour.clone(),
        };
        (kind, c.text.clone())
    }));
    requests.extend(verifications.read().map(|v| {
        let kind = ActionKind::VerifyFact {
            fact: v.fact.clone(),
        };
        (kind, String::new())
    }));
    for (kind, text) in requests {
        let problem = if clock.is_finished() {
            Some(RequestRejected::Finished)
        } else {
            match &kind {
                ActionKind::Reply { to } => match scenario.event(to).map(|e| &e.kind) {
                    None => Some(RequestRejected::UnknownEvent(to.clone())),
                    Some(EventKind::Briefing { .. }) => {
                        Some(RequestRejected::ReplyToBriefing(to.clone()))
                    }
                    Some(_) => None,
                },
                ActionKind::CorrectRumour { rumour } if scenario.rumour(rumour).is_none() => {
                    Some(RequestRejected::UnknownRumour(rumour.clone()))
                }
                ActionKind::VerifyFact { fact } if scenario.fact(fact).is_none() => {
                    Some(RequestRejected::UnknownFact(fact.clone()))
                }
                ActionKind::VerifyFact { .. } => None,
                _ if text.trim().is_empty() => Some(RequestRejected::EmptyText),
                _ => None,
            }
        };
        match problem {
            Some(p) => {
                rejected.write(p);
            }
            None => pending.0.push_back((kind, text)),
        }
    }
}

/// Queues the scripted actions whose time has come, in script order.
fn queue_scripted_actions(now: SimDuration, script: &mut Script, pending: &mut PendingActions) {
    while let Some(action) = script.actions.get(script.next) {
        if action.at > now {
            break;
        }
        script.next += 1;
        pending
            .0
            .push_back((action.action.clone(), action.text.clone()));
    }
}

/// The resources an action touches, bundled to keep the system's signature readable.
#[derive(bevy_ecs::system::SystemParam)]
struct ActionOutputs<'w> {
    ledger: ResMut<'w, TraineeLedger>,
    playback: ResMut<'w, Playback>,
    agenda: ResMut<'w, Agenda>,
    record: ResMut<'w, SimRecord>,
    assessed: MessageWriter<'w, PostAssessed>,
    settled: MessageWriter<'w, PromiseSettled>,
    debunked: MessageWriter<'w, RumourDebunked>,
}

/// The [`SimSystems::Act`] phase, one system for its three steps (one system costs less per
/// tick than three): scripted actions that fell due join the queue, the queued actions are
/// applied, and promises that fell due without an update are broken.
#[expect(
    clippy::too_many_arguments,
    reason = "a bevy system names each resource and message it touches"
)]
fn take_trainee_actions(
    clock: Res<Time<Sim>>,
    config: Res<SimConfig>,
    ids: Res<Ids>,
    c: Res<Coefficients>,
    knowledge: Res<Knowledge>,
    public: Res<Public>,
    mut script: ResMut<Script>,
    mut pending: ResMut<PendingActions>,
    mut out: ActionOutputs,
) {
    let now = clock.now();
    queue_scripted_actions(now, &mut script, &mut pending);
    apply_trainee_actions(
        now,
        &config,
        &ids,
        &c,
        &knowledge,
        &public,
        &mut pending,
        &mut out,
    );
    let end = config.scenario.def().clock.duration;
    settle_promises(now, end, &mut out.ledger, &mut out.record, &mut out.settled);
}

/// Applies queued actions at `now`: each post is assessed by the scorer and recorded; a
/// verification request is queued with its department.
#[expect(
    clippy::too_many_arguments,
    reason = "the step reads the run's configuration and state and writes the action's outputs"
)]
fn apply_trainee_actions(
    now: SimDuration,
    config: &SimConfig,
    ids: &Ids,
    c: &Coefficients,
    knowledge: &Knowledge,
    public: &Public,
    pending: &mut PendingActions,
    out: &mut ActionOutputs<'_>,
) {
    let scenario = &config.scenario;
    let def = scenario.def();
    while let Some((kind, text)) = pending.0.pop_front() {
        let id = out.ledger.actions;
        out.ledger.actions += 1;
        if let ActionKind::VerifyFact { fact } = &kind {
            if let Some(f) = ids.fact(fact) {
                let delay = def.facts[f].verify_delay.map_or_else(
                    || (c.verify_delay_default_mins * 60.0).max(0.0) as u32,
                    |d| d.as_secs(),
                );
                let due = SimDuration::from_secs(now.as_secs().saturating_add(delay));
                out.playback.request_verification(due, f);
                out.agenda.insert(due);
            }
            out.record.push(
                now,
                LogKind::TraineeAction(Box::new(TraineeAction {
                    id,
                    action: kind,
                    text,
                    assessment: PostAssessment::default(),
                })),
            );
            continue;
        }

        let assessment = config.scorer.assess(
            scenario,
            &PostContext {
                text: &text,
                lang: &config.language,
                at: now,
                action: &kind,
                known_facts: knowledge.revealed(),
                empathy_shown: out.ledger.empathy_shown,
            },
        );
        let signals = assessment.signals.clone();
        out.record.push(
            now,
            LogKind::TraineeAction(Box::new(TraineeAction {
                id,
                action: kind.clone(),
                text,
                assessment,
            })),
        );

        let ledger = &mut *out.ledger;
        let (mut new_disclosures, mut repeated_disclosures) = (0, 0);
        for fact in &signals.disclosed {
            let Some(f) = ids.fact(fact) else { continue };
            let shareable = matches!(
                def.facts[f].disclosure,
                Disclosure::MustDisclose | Disclosure::MayDisclose
            ) && def.facts[f].confirmed;
            let first = ledger.disclosed[f].is_none();
            ledger.disclosed[f].get_or_insert(now);
            match (shareable, first) {
                (true, true) => new_disclosures += 1,
                (true, false) => repeated_disclosures += 1,
                (false, _) => {}
            }
        }
        if !signals.forbidden.is_empty() {
            ledger.forbidden_used = true;
        }
        ledger.first_post_at.get_or_insert(now);
        let previous_post_at = ledger.last_substantive_post_at;
        // A post that is mostly boilerplate is stonewalling: to the public it is still silence,
        // and it delivers no promised update. Not one that tells a fact for the first time: the
        // lab result with "带来的困扰，我们深表歉意" after it is news, however stiffly put.
        let substantive = signals.boilerplate < c.stonewall_boilerplate || new_disclosures > 0;
        if substantive {
            ledger.last_substantive_post_at = Some(now);
        }
        // A promised update is an update to everyone: a post on the account, not a reply to
        // one person ("收到，谢谢关注" to one netizen keeps nothing promised to the public).
        let public_post = matches!(kind, ActionKind::Publish | ActionKind::CorrectRumour { .. });
        if public_post {
            ledger.statements.push((now, signals.disclosed.clone()));
            if signals.empathy > 0.0 {
                ledger.empathy_shown = true;
            }
        }
        // And an update tells something: at least one of the scenario's facts, new or again.
        // "Thank you to the firefighters" or "please keep your windows closed" keeps no
        // promise of casualty figures.
        let tells_facts = signals.disclosed.iter().any(|id| {
            def.facts.iter().any(|f| {
                &f.id == id
                    && matches!(
                        f.disclosure,
                        Disclosure::MustDisclose | Disclosure::MayDisclose
                    )
            })
        });
        if substantive && public_post && tells_facts {
            let (kept, open): (Vec<Promise>, Vec<Promise>) = ledger
                .promises
                .iter()
                .partition(|p| p.made < now && now <= graced(p.due));
            ledger.promises = open;
            for p in kept {
                out.record.push(
                    now,
                    LogKind::PromiseSettled {
                        action: p.action,
                        kept: true,
                    },
                );
                out.settled.write(PromiseSettled {
                    action: p.action,
                    kept: true,
                    at: now,
                });
            }
        }

        let mut debunked = Vec::new();
        for (r, rumour) in def.rumours.iter().enumerate() {
            if ledger.debunked[r] || !public.rumour_started(r) {
                continue;
            }
            // The fact must be one the trainee had been told: "大坝没问题" said before the dam
            // was inspected debunks nothing, even if the inspection later agrees.
            let with_fact = rumour.debunked_by.iter().any(|f| {
                signals.disclosed.contains(f)
                    && scenario.fact(f).is_some_and(|f| f.confirmed)
                    && (knowledge.revealed().contains(f)
                        || scenario.fact(f).is_some_and(|f| f.known_at_start))
            });
            // A reply corrects the rumour for the one person it answers; the public that the
            // rumour reached hears it only from a statement (scoring: speed.rumour-replied).
            let statement = !matches!(kind, ActionKind::Reply { .. });
            if with_fact && statement {
                ledger.debunked[r] = true;
                out.record.push(
                    now,
                    LogKind::RumourDebunked {
                        rumour: rumour.id.clone(),
                        action: id,
                    },
                );
                out.debunked.write(RumourDebunked {
                    rumour: rumour.id.clone(),
                    action: id,
                    at: now,
                });
                debunked.push(rumour.id.clone());
            }
        }

        let mut asker = None;
        if let ActionKind::Reply { to } = &kind {
            ledger.replies.entry(to.clone()).or_default().push(now);
            asker = scenario.event(to).and_then(|e| match &e.kind {
                EventKind::PublicPost { actor, .. }
                | EventKind::FollowUp { actor, .. }
                | EventKind::MediaInquiry { actor, .. }
                | EventKind::Escalation { actor, .. }
                | EventKind::RumourStarts { actor, .. } => scenario.actor(actor).map(actor_segment),
                EventKind::Briefing { .. } => None,
            });
        }

        if let Some(due) = signals.promised_update_at
            && due > now
        {
            ledger.promises.push(Promise {
                action: id,
                made: now,
                due,
            });
            out.agenda.insert(graced(due));
        }

        out.assessed.write(PostAssessed {
            action: id,
            at: now,
            kind,
            signals,
            new_disclosures,
            repeated_disclosures,
            previous_post_at,
            asker,
            debunked,
        });
    }
}

/// How late a promised update may come and still keep the promise: a desktop exercise's
/// typing and a minute's slip are not a broken word ("Next update at 05:30", posted 05:35).
const PROMISE_GRACE: SimDuration = SimDuration::from_mins(5);

/// The moment a promise due at `due` is broken if no update has come.
fn graced(due: SimDuration) -> SimDuration {
    SimDuration::from_secs(due.as_secs().saturating_add(PROMISE_GRACE.as_secs()))
}

/// Promises whose time has come, and [`PROMISE_GRACE`] after it, without an update are
/// broken. One falling due when the
/// exercise ends (`end`) or later is left open, like a question still open then: the
/// trainee had no time after it to keep it.
fn settle_promises(
    now: SimDuration,
    end: SimDuration,
    ledger: &mut TraineeLedger,
    record: &mut SimRecord,
    settled: &mut MessageWriter<PromiseSettled>,
) {
    let broken_now = |p: &Promise| graced(p.due) <= now && p.due < end;
    if !ledger.promises.iter().any(broken_now) {
        return;
    }
    let (broken, open): (Vec<Promise>, Vec<Promise>) =
        ledger.promises.iter().partition(|p| broken_now(p));
    ledger.promises = open;
    for p in broken {
        ledger.promise_broken = true;
        record.push(
            graced(p.due),
            LogKind::PromiseSettled {
                action: p.action,
                kept: false,
            },
        );
        settled.write(PromiseSettled {
            action: p.action,
            kept: false,
            at: graced(p.due),
        });
    }
}
