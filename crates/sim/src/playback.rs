//! Scenario playback: timed events fire at their times and conditional events when their
//! condition first holds, each exactly once; briefings and verification answers reveal facts;
//! rumours start; media inquiries and public questions open deadlines, which are answered or
//! missed.

use bevy_app::App;
use bevy_ecs::prelude::*;
use bevy_time::Time;
use goldenhour_scenario::{Condition, EventKind, Scenario, Segment, SimDuration, Trigger};
use goldenhour_simlog::LogKind;

use crate::clock::{Sim, SimClock};
use crate::public::{Public, actor_segment};
use crate::record::SimRecord;
use crate::trainee::TraineeLedger;
use crate::{Agenda, Ids, SimConfig, SimSystems, SimTick};

/// A scenario event fired.
#[derive(Message, Clone, Debug, PartialEq)]
pub struct EventFired {
    /// The event's id.
    pub event: String,
    /// Its position in the scenario's events.
    pub index: usize,
    /// When.
    pub at: SimDuration,
}

/// A fact became known to the trainee (a briefing, a verification answer, or known from the
/// start).
#[derive(Message, Clone, Debug, PartialEq)]
pub struct FactRevealed {
    /// The fact's id.
    pub fact: String,
    /// When.
    pub at: SimDuration,
}

/// A department answered a verification request.
#[derive(Message, Clone, Debug, PartialEq)]
pub struct FactVerified {
    /// The fact's id.
    pub fact: String,
    /// Whether it turned out confirmed.
    pub confirmed: bool,
    /// When.
    pub at: SimDuration,
}

/// A rumour started spreading.
#[derive(Message, Clone, Debug, PartialEq)]
pub struct RumourStarted {
    /// The rumour's id.
    pub rumour: String,
    /// Its position in the scenario's rumours.
    pub index: usize,
    /// When.
    pub at: SimDuration,
}

/// A media inquiry or a public question passed its deadline unanswered.
#[derive(Message, Clone, Debug, PartialEq)]
pub struct DeadlineMissed {
    /// The inquiry or question event.
    pub event: String,
    /// The segment of the public that asked.
    pub segment: Segment,
    /// When the deadline passed.
    pub at: SimDuration,
}

/// What the trainee has been told: facts revealed so far and when.
#[derive(Resource, Clone, Debug, Default)]
pub struct Knowledge {
    /// Fact ids in the order they were revealed.
    revealed: Vec<String>,
    /// Per fact (scenario order), when it was revealed.
    revealed_at: Vec<Option<SimDuration>>,
}

impl Knowledge {
    /// Fact ids known to the trainee, in the order they were revealed.
    pub fn revealed(&self) -> &[String] {
        &self.revealed
    }

    /// When the fact (by scenario position) was revealed, if it was.
    pub fn revealed_at(&self, fact: usize) -> Option<SimDuration> {
        self.revealed_at.get(fact).copied().flatten()
    }

    /// Reveals a fact; false if it was already known.
    fn reveal(&mut self, fact: usize, id: &str, at: SimDuration) -> bool {
        match self.revealed_at.get_mut(fact) {
            Some(slot @ None) => {
                *slot = Some(at);
                self.revealed.push(id.to_owned());
                true
            }
            _ => false,
        }
    }
}

/// An answer or a deadline that is still open.
#[derive(Clone, Debug)]
struct Deadline {
    event: usize,
    opened: SimDuration,
    due: SimDuration,
    segment: Segment,
}

/// Which events have fired and which deadlines and verification requests are open.
#[derive(Resource, Debug, Default)]
pub(crate) struct Playback {
    fired: Vec<bool>,
    /// Timed events by time (then scenario order), and how many have fired.
    timed: Vec<(SimDuration, usize)>,
    next_timed: usize,
    /// Conditional events, in scenario order.
    conditional: Vec<usize>,
    deadlines: Vec<Deadline>,
    /// Per event: its deadline passed unanswered.
    missed: Vec<bool>,
    /// Verification requests: when they are answered, the fact, by scenario position.
    verifications: Vec<(SimDuration, usize)>,
}

impl Playback {
    /// Queues a verification answer.
    pub fn request_verification(&mut self, due: SimDuration, fact: usize) {
        self.verifications.push((due, fact));
    }
}

pub(super) fn plugin(app: &mut App) {
    let (playback, knowledge, times) = {
        let config = app.world().resource::<SimConfig>();
        let def = config.scenario.def();
        let mut playback = Playback {
            fired: vec![false; def.events.len()],
            missed: vec![false; def.events.len()],
            ..Playback::default()
        };
        let mut times = Vec::new();
        for (i, event) in def.events.iter().enumerate() {
            match &event.trigger {
                Trigger::At(at) => {
                    playback.timed.push((*at, i));
                    times.push(*at);
                }
                Trigger::When(condition) => {
                    playback.conditional.push(i);
                    match condition {
                        Condition::NoOfficialPostBy(by)
                        | Condition::FactNotDisclosedBy { by, .. } => times.push(*by),
                        _ => {}
                    }
                }
            }
        }
        // Stable: events at the same time fire in scenario order.
        playback.timed.sort_by_key(|(at, _)| *at);
        let mut knowledge = Knowledge {
            revealed_at: vec![None; def.facts.len()],
            ..Knowledge::default()
        };
        // Facts known from the start are known before anything can happen, even an action
        // at 0, so they are revealed here rather than in a tick.
        for (f, fact) in def.facts.iter().enumerate() {
            if fact.known_at_start {
                knowledge.reveal(f, &fact.id, SimDuration::ZERO);
            }
        }
        (playback, knowledge, times)
    };
    let mut agenda = app.world_mut().get_resource_or_init::<Agenda>();
    for at in times {
        agenda.insert(at);
    }
    app.insert_resource(playback)
        .insert_resource(knowledge)
        .add_message::<EventFired>()
        .add_message::<FactRevealed>()
        .add_message::<FactVerified>()
        .add_message::<RumourStarted>()
        .add_message::<DeadlineMissed>();
    let known = app.world().resource::<Knowledge>().revealed.clone();
    for fact in known {
        app.world_mut().resource_mut::<SimRecord>().push(
            SimDuration::ZERO,
            LogKind::FactRevealed { fact: fact.clone() },
        );
        app.world_mut().write_message(FactRevealed {
            fact,
            at: SimDuration::ZERO,
        });
    }
    app.add_systems(SimTick, settle_obligations.in_set(SimSystems::Settle))
        .add_systems(SimTick, play_due_events.in_set(SimSystems::Playback));
}

/// The messages the [`SimSystems::Playback`] phase writes, bundled to keep the system's
/// signature readable.
#[derive(bevy_ecs::system::SystemParam)]
struct PlaybackMessages<'w> {
    fired: MessageWriter<'w, EventFired>,
    revealed: MessageWriter<'w, FactRevealed>,
    started: MessageWriter<'w, RumourStarted>,
}

/// The [`SimSystems::Playback`] phase, one system for its four steps (one system costs less
/// per tick than four): due events fire, then briefings among them reveal facts, rumours
/// start and inquiries open deadlines.
///
/// The later steps take the tick's fired events from the first directly; then the events
/// are moved into [`EventFired`] messages for the systems and hosts that read them.
#[expect(
    clippy::too_many_arguments,
    reason = "a bevy system names each resource and message it touches"
)]
fn play_due_events(
    clock: Res<Time<Sim>>,
    config: Res<SimConfig>,
    ids: Res<Ids>,
    ledger: Res<TraineeLedger>,
    public: Res<Public>,
    mut playback: ResMut<Playback>,
    mut knowledge: ResMut<Knowledge>,
    mut agenda: ResMut<Agenda>,
    mut record: ResMut<SimRecord>,
    mut messages: PlaybackMessages,
    mut rumours_seen: Local<Vec<bool>>,
    mut fired: Local<Vec<EventFired>>,
) {
    let scenario = &config.scenario;
    fired.clear();
    fire_due_events(
        clock.now(),
        scenario,
        &ids,
        &ledger,
        &public,
        &mut playback,
        &mut record,
        &mut fired,
    );
    if fired.is_empty() {
        return;
    }
    reveal_briefed_facts(
        &fired,
        scenario,
        &ids,
        &mut knowledge,
        &mut record,
        &mut messages.revealed,
    );
    start_rumours(
        &fired,
        scenario,
        &ids,
        &mut record,
        &mut messages.started,
        &mut rumours_seen,
    );
    open_deadlines(&fired, scenario, &mut playback, &mut agenda);
    messages.fired.write_batch(fired.drain(..));
}

/// The [`SimSystems::Settle`] phase, one system for its two steps: deadlines that fell due
/// are settled, then verification requests that fell due are answered.
#[expect(
    clippy::too_many_arguments,
    reason = "a bevy system names each resource and message it touches"
)]
fn settle_obligations(
    clock: Res<Time<Sim>>,
    config: Res<SimConfig>,
    ledger: Res<TraineeLedger>,
    mut playback: ResMut<Playback>,
    mut knowledge: ResMut<Knowledge>,
    mut record: ResMut<SimRecord>,
    mut missed: MessageWriter<DeadlineMissed>,
    mut verified: MessageWriter<FactVerified>,
    mut revealed: MessageWriter<FactRevealed>,
) {
    let now = clock.now();
    let scenario = &config.scenario;
    settle_deadlines(
        now,
        scenario,
        &ledger,
        &mut playback,
        &mut record,
        &mut missed,
    );
    answer_verifications(
        now,
        scenario,
        &mut playback,
        &mut knowledge,
        &mut record,
        &mut verified,
        &mut revealed,
    );
}

/// Records a revealed fact and tells the host.
fn record_reveal(
    record: &mut SimRecord,
    revealed: &mut MessageWriter<FactRevealed>,
    fact: &str,
    at: SimDuration,
) {
    record.push(
        at,
        LogKind::FactRevealed {
            fact: fact.to_owned(),
        },
    );
    revealed.write(FactRevealed {
        fact: fact.to_owned(),
        at,
    });
}

/// Fires timed events that are due, then conditional events whose condition holds now, each
/// once. Conditions see the state after this tick's posts and settlements, so an event fires
/// at the first tick its condition holds.
///
/// Each event fired is recorded and appended to `fired`.
#[expect(
    clippy::too_many_arguments,
    reason = "conditions read the ledger, the public and the playback state"
)]
fn fire_due_events(
    now: SimDuration,
    scenario: &Scenario,
    ids: &Ids,
    ledger: &TraineeLedger,
    public: &Public,
    playback: &mut Playback,
    record: &mut SimRecord,
    fired: &mut Vec<EventFired>,
) {
    let def = scenario.def();
    let mut due = Vec::new();
    while let Some(&(at, i)) = playback.timed.get(playback.next_timed) {
        if at > now {
            break;
        }
        playback.next_timed += 1;
        due.push(i);
    }
    for &i in &playback.conditional {
        if playback.fired[i] {
            continue;
        }
        if let Trigger::When(condition) = &def.events[i].trigger
            && holds(condition, now, ids, ledger, public, playback)
        {
            due.push(i);
        }
    }
    for i in due {
        if std::mem::replace(&mut playback.fired[i], true) {
            continue;
        }
        let id = &def.events[i].id;
        record.push(now, LogKind::EventFired { event: id.clone() });
        fired.push(EventFired {
            event: id.clone(),
            index: i,
            at: now,
        });
    }
}

/// Whether a trigger condition holds at `now`.
fn holds(
    condition: &Condition,
    now: SimDuration,
    ids: &Ids,
    ledger: &TraineeLedger,
    public: &Public,
    playback: &Playback,
) -> bool {
    match condition {
        Condition::NoOfficialPostBy(by) => {
            now >= *by && ledger.first_post_at.is_none_or(|t| t > *by)
        }
        Condition::FactNotDisclosedBy { fact, by } => {
            now >= *by
                && ids
                    .fact(fact)
                    .is_some_and(|f| ledger.disclosed_at(f).is_none_or(|t| t > *by))
        }
        Condition::ForbiddenPhraseUsed => ledger.forbidden_used,
        Condition::RumourReachOver { rumour, share } => ids
            .rumour(rumour)
            .is_some_and(|r| public.rumour_started(r) && public.reach(r) > *share),
        Condition::TrustUnder(level) => public.trust() < *level,
        Condition::PromiseBroken => ledger.promise_broken,
        Condition::InquiryUnanswered(event) => ids
            .event(event)
            .is_some_and(|e| playback.missed.get(e).copied().unwrap_or(false)),
    }
}

/// Briefings among the fired events reveal their facts.
fn reveal_briefed_facts(
    fired: &[EventFired],
    scenario: &Scenario,
    ids: &Ids,
    knowledge: &mut Knowledge,
    record: &mut SimRecord,
    revealed: &mut MessageWriter<FactRevealed>,
) {
    let def = scenario.def();
    for event in fired {
        if let Some(EventKind::Briefing { reveals, .. }) =
            def.events.get(event.index).map(|e| &e.kind)
        {
            for fact in reveals {
                if let Some(f) = ids.fact(fact)
                    && knowledge.reveal(f, fact, event.at)
                {
                    record_reveal(record, revealed, fact, event.at);
                }
            }
        }
    }
}

/// Rumour-starting events among the fired events start their rumours, each once; `seen`
/// holds, per rumour, whether it has started.
fn start_rumours(
    fired: &[EventFired],
    scenario: &Scenario,
    ids: &Ids,
    record: &mut SimRecord,
    started: &mut MessageWriter<RumourStarted>,
    seen: &mut Vec<bool>,
) {
    let def = scenario.def();
    if seen.len() != def.rumours.len() {
        *seen = vec![false; def.rumours.len()];
    }
    for event in fired {
        if let Some(EventKind::RumourStarts { rumour, .. }) =
            def.events.get(event.index).map(|e| &e.kind)
            && let Some(r) = ids.rumour(rumour)
            && !std::mem::replace(&mut seen[r], true)
        {
            record.push(
                event.at,
                LogKind::RumourStarted {
                    rumour: rumour.clone(),
                },
            );
            started.write(RumourStarted {
                rumour: rumour.clone(),
                index: r,
                at: event.at,
            });
        }
    }
}

/// Media inquiries open a deadline of their own; public questions one of the rubric's
/// `question_reply_target`.
fn open_deadlines(
    fired: &[EventFired],
    scenario: &Scenario,
    playback: &mut Playback,
    agenda: &mut Agenda,
) {
    let def = scenario.def();
    for event in fired {
        let Some(e) = def.events.get(event.index) else {
            continue;
        };
        let Some((actor, deadline)) = e.kind.question() else {
            continue;
        };
        let allowed = deadline.unwrap_or(def.rubric.question_reply_target);
        let segment = scenario
            .actor(actor)
            .map_or(Segment::WiderPublic, actor_segment);
        let due = SimDuration::from_secs(event.at.as_secs().saturating_add(allowed.as_secs()));
        agenda.insert(due);
        playback.deadlines.push(Deadline {
            event: event.index,
            opened: event.at,
            due,
            segment,
        });
    }
}

/// Deadlines that fell due: answered if the trainee answered the event between its arrival
/// and the deadline (a reply, a reply to the asker's other question, or a statement with a fact
/// of its `answered_by`), missed otherwise.
fn settle_deadlines(
    now: SimDuration,
    scenario: &Scenario,
    ledger: &TraineeLedger,
    playback: &mut Playback,
    record: &mut SimRecord,
    missed: &mut MessageWriter<DeadlineMissed>,
) {
    let def = scenario.def();
    let mut i = 0;
    while i < playback.deadlines.len() {
        let d = &playback.deadlines[i];
        if d.due > now {
            i += 1;
            continue;
        }
        let d = playback.deadlines.remove(i);
        let id = &def.events[d.event].id;
        if ledger.answered_between(scenario, id, d.opened, d.due) {
            continue;
        }
        playback.missed[d.event] = true;
        record.push(d.due, LogKind::DeadlineMissed { event: id.clone() });
        missed.write(DeadlineMissed {
            event: id.clone(),
            segment: d.segment,
            at: d.due,
        });
    }
}

/// Departments answer verification requests when they fall due; a confirmed fact is then
/// revealed to the trainee.
fn answer_verifications(
    now: SimDuration,
    scenario: &Scenario,
    playback: &mut Playback,
    knowledge: &mut Knowledge,
    record: &mut SimRecord,
    verified: &mut MessageWriter<FactVerified>,
    revealed: &mut MessageWriter<FactRevealed>,
) {
    let def = scenario.def();
    let (due, waiting): (Vec<_>, Vec<_>) = playback
        .verifications
        .iter()
        .partition(|(at, _)| *at <= now);
    playback.verifications = waiting;
    for (at, f) in due {
        let fact = &def.facts[f];
        record.push(
            at,
            LogKind::FactVerified {
                fact: fact.id.clone(),
                confirmed: fact.confirmed,
            },
        );
        verified.write(FactVerified {
            fact: fact.id.clone(),
            confirmed: fact.confirmed,
            at,
        });
        if fact.confirmed && knowledge.reveal(f, &fact.id, at) {
            record_reveal(record, revealed, &fact.id, at);
        }
    }
}
