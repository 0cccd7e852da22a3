//! The public model: per segment of the public, attention, trust in the account and anger, and
//! per rumour the share of each segment that believes it; how they evolve over time and how
//! they react to the trainee's posts and to the scenario's events. docs/public-model.md has
//! the equations; every coefficient comes from [`Coefficients`].

use std::collections::BTreeMap;
use std::sync::Arc;

use bevy_app::App;
use bevy_ecs::prelude::*;
use bevy_time::Time;
use goldenhour_scenario::{
    ActionKind, Actor, ActorKind, Disclosure, EventKind, Scenario, Segment, SimDuration,
};
use goldenhour_simlog::{LogKind, SegmentState, StateSample};

use crate::clock::{Sim, SimClock};
use crate::coefficients::Coefficients;
use crate::playback::{DeadlineMissed, EventFired, Knowledge, RumourStarted};
use crate::record::SimRecord;
use crate::trainee::{PostAssessed, PromiseSettled, TraineeLedger};
use crate::{SimConfig, SimSystems, SimTick};

/// The segments of the public, in the order every per-segment array uses.
pub const SEGMENTS: [Segment; 4] = [
    Segment::AffectedResidents,
    Segment::WiderPublic,
    Segment::Media,
    Segment::Influencers,
];

/// The position of a segment in [`SEGMENTS`].
pub(crate) fn segment_index(segment: Segment) -> usize {
    match segment {
        Segment::AffectedResidents => 0,
        Segment::WiderPublic => 1,
        Segment::Media => 2,
        Segment::Influencers => 3,
    }
}

/// The segment an actor speaks for: its own setting, else one that follows from its kind.
///
/// Citizens who post in a scenario are, by default, the people the crisis touches; agencies
/// and departments count as the wider public when they speak in public at all.
pub(crate) fn actor_segment(actor: &Actor) -> Segment {
    actor.segment.unwrap_or(match actor.kind {
        ActorKind::Citizen => Segment::AffectedResidents,
        ActorKind::Media => Segment::Media,
        ActorKind::Influencer => Segment::Influencers,
        ActorKind::Agency | ActorKind::Department => Segment::WiderPublic,
    })
}

/// The public's state. Read it for meters and charts; only the simulation changes it.
#[derive(Resource, Clone, Debug)]
pub struct Public {
    segments: [SegmentState; 4],
    /// People per segment; 0 for a segment the scenario leaves out.
    sizes: [f64; 4],
    /// Per rumour (scenario order), the share of each segment believing it.
    beliefs: Vec<[f64; 4]>,
    started: Vec<bool>,
    debunked: Vec<bool>,
    /// Copied from the coefficients so that the pressure index needs no other resource.
    voice: [f64; 4],
    negativity_weights: [f64; 3],
    /// The latest post's reception per segment, and when it was published.
    pub(crate) last_reception: Option<(SimDuration, [f64; 4])>,
    /// The latest debunk, and the rumour it debunked.
    pub(crate) last_debunk: Option<(SimDuration, usize)>,
    /// The latest broken promise.
    pub(crate) last_broken_promise: Option<SimDuration>,
}

impl Public {
    fn new(scenario: &Scenario, c: &Coefficients) -> Self {
        let def = scenario.def();
        let mut segments = [SegmentState {
            attention: 0.0,
            trust: 0.0,
            anger: 0.0,
        }; 4];
        let mut sizes = [0.0; 4];
        for (segment, params) in &def.public.segments {
            let i = segment_index(*segment);
            sizes[i] = params.size as f64;
            segments[i] = SegmentState {
                attention: params.attention.clamp(0.0, 1.0),
                trust: params.trust.clamp(0.0, 100.0),
                anger: params.anger.clamp(0.0, 1.0),
            };
        }
        let rumours = def.rumours.len();
        Public {
            segments,
            sizes,
            beliefs: vec![[0.0; 4]; rumours],
            started: vec![false; rumours],
            debunked: vec![false; rumours],
            voice: c.voice.map(|v| v.max(0.0)),
            negativity_weights: [
                c.negativity_anger_weight,
                c.negativity_distrust_weight,
                c.negativity_rumour_weight,
            ],
            last_reception: None,
            last_debunk: None,
            last_broken_promise: None,
        }
    }

    /// One segment's attention (0–1), trust (0–100) and anger (0–1).
    pub fn segment(&self, segment: Segment) -> SegmentState {
        self.segments[segment_index(segment)]
    }

    /// Whether the scenario includes this segment.
    pub fn has_segment(&self, segment: Segment) -> bool {
        self.sizes[segment_index(segment)] > 0.0
    }

    /// Trust in the account across the public, weighted by segment size, 0–100.
    pub fn trust(&self) -> f64 {
        weighted(&self.sizes, |i| self.segments[i].trust)
    }

    /// The share of a segment that believes the rumour (by scenario position), 0–1.
    pub fn belief(&self, rumour: usize, segment: Segment) -> f64 {
        self.beliefs
            .get(rumour)
            .map_or(0.0, |b| b[segment_index(segment)])
    }

    /// The share of the whole public that believes the rumour, weighted by segment size, 0–1.
    pub fn reach(&self, rumour: usize) -> f64 {
        self.beliefs
            .get(rumour)
            .map_or(0.0, |b| weighted(&self.sizes, |i| b[i]))
    }

    /// Whether the rumour has started spreading.
    pub fn rumour_started(&self, rumour: usize) -> bool {
        self.started.get(rumour).copied().unwrap_or(false)
    }

    /// Whether the rumour has been debunked with a fact.
    pub fn rumour_debunked(&self, rumour: usize) -> bool {
        self.debunked.get(rumour).copied().unwrap_or(false)
    }

    /// Heat: the public's attention, weighted by each segment's voice, 0–1.
    pub fn heat(&self) -> f64 {
        let voice = self.present_voice();
        weighted(&voice, |i| self.segments[i].attention)
    }

    /// Negativity: each segment's anger, distrust and belief in rumours, weighted by its voice
    /// and attention (who is talking), 0–1.
    pub fn negativity(&self) -> f64 {
        let voice = self.present_voice();
        let talk: [f64; 4] = std::array::from_fn(|i| voice[i] * self.segments[i].attention);
        weighted(&talk, |i| self.segment_negativity(i))
    }

    /// The pressure index (舆情压力值): 100 × heat × negativity.
    pub fn pressure(&self) -> f64 {
        100.0 * self.heat() * self.negativity()
    }

    fn present_voice(&self) -> [f64; 4] {
        std::array::from_fn(|i| {
            if self.sizes[i] > 0.0 {
                self.voice[i]
            } else {
                0.0
            }
        })
    }

    fn segment_negativity(&self, i: usize) -> f64 {
        let s = self.segments[i];
        let [anger, distrust, rumour] = self.negativity_weights;
        let belief = self.max_belief(i);
        (anger * s.anger + distrust * (1.0 - s.trust / 100.0) + rumour * belief).clamp(0.0, 1.0)
    }

    /// The largest share of segment `i` believing any rumour.
    pub(crate) fn max_belief(&self, i: usize) -> f64 {
        self.beliefs.iter().map(|b| b[i]).fold(0.0, f64::max)
    }

    /// The rumour most believed in segment `i`, if any has started.
    pub(crate) fn top_rumour(&self, i: usize) -> Option<usize> {
        let mut best: Option<(usize, f64)> = None;
        for (r, b) in self.beliefs.iter().enumerate() {
            if self.started[r] && best.is_none_or(|(_, v)| b[i] > v) {
                best = Some((r, b[i]));
            }
        }
        best.map(|(r, _)| r)
    }

    /// Indices of the segments the scenario includes. The iterator holds a copy of which
    /// segments those are, not a borrow, so a system may change the public while it walks
    /// the segments.
    pub(crate) fn present(&self) -> impl Iterator<Item = usize> + use<> {
        let present = self.sizes.map(|size| size > 0.0);
        (0..4).filter(move |&i| present[i])
    }

    pub(crate) fn sample(&self, at: SimDuration, rumour_ids: &[Arc<str>]) -> StateSample {
        StateSample {
            at,
            pressure: round4(self.pressure()),
            trust: round4(self.trust()),
            segments: self
                .present()
                .map(|i| {
                    let s = self.segments[i];
                    let rounded = SegmentState {
                        attention: round4(s.attention),
                        trust: round4(s.trust),
                        anger: round4(s.anger),
                    };
                    (SEGMENTS[i], rounded)
                })
                .collect(),
            rumours: rumour_ids
                .iter()
                .enumerate()
                .map(|(r, id)| (id.clone(), round4(self.reach(r))))
                .collect(),
        }
    }

    fn nudge(&mut self, i: usize, attention: f64, trust: f64, anger: f64) {
        let s = &mut self.segments[i];
        s.attention = (s.attention + attention).clamp(0.0, 1.0);
        s.trust = (s.trust + trust).clamp(0.0, 100.0);
        s.anger = (s.anger + anger).clamp(0.0, 1.0);
    }
}

/// The mean of `value` over segments, weighted by `weights`; 0 when the weights are all 0.
fn weighted(weights: &[f64; 4], value: impl Fn(usize) -> f64) -> f64 {
    let total: f64 = weights.iter().sum();
    if total <= 0.0 {
        return 0.0;
    }
    (0..4).map(|i| weights[i] * value(i)).sum::<f64>() / total
}

/// Four decimals are plenty for charts and keep the log readable.
fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// How silent the account is at `now`, 0–1: nothing for the first `silence_grace_mins` after
/// the last substantive post (or the start), then rising linearly to 1 over as long again.
pub(crate) fn silence_level(now: SimDuration, last: Option<SimDuration>, c: &Coefficients) -> f64 {
    let since = f64::from(
        now.as_secs()
            .saturating_sub(last.unwrap_or_default().as_secs()),
    );
    let grace = c.silence_grace_mins * 60.0;
    if grace <= 0.0 {
        return if since > 0.0 { 1.0 } else { 0.0 };
    }
    ((since - grace) / grace).clamp(0.0, 1.0)
}

pub(super) fn plugin(app: &mut App) {
    let public = {
        let world = app.world();
        Public::new(
            &world.resource::<SimConfig>().scenario,
            world.resource::<Coefficients>(),
        )
    };
    app.insert_resource(public)
        .add_systems(SimTick, evolve_public.in_set(SimSystems::Evolve))
        .add_systems(SimTick, react_to_trainee.in_set(SimSystems::React))
        .add_systems(SimTick, react_to_playback.in_set(SimSystems::Impact));
}

/// The [`SimSystems::React`] phase, one system for its two steps (one system costs less per
/// tick than two): the public reacts to the trainee's posts, then to settled promises and
/// missed deadlines.
#[expect(
    clippy::too_many_arguments,
    reason = "a bevy system names each resource and message it touches"
)]
fn react_to_trainee(
    clock: Res<Time<Sim>>,
    mut posts: MessageReader<PostAssessed>,
    mut promises: MessageReader<PromiseSettled>,
    mut missed: MessageReader<DeadlineMissed>,
    c: Res<Coefficients>,
    config: Res<SimConfig>,
    ids: Res<crate::Ids>,
    mut public: ResMut<Public>,
    mut record: ResMut<SimRecord>,
) {
    react_to_posts(
        &mut posts,
        &c,
        &config.scenario,
        &ids,
        &mut public,
        &mut record,
    );
    react_to_obligations(clock.now(), &mut promises, &mut missed, &c, &mut public);
}

/// The [`SimSystems::Impact`] phase, one system for its two steps: the public reacts to the
/// rumours that started, then to the events that fired.
fn react_to_playback(
    mut started: MessageReader<RumourStarted>,
    mut fired: MessageReader<EventFired>,
    c: Res<Coefficients>,
    config: Res<SimConfig>,
    ids: Res<crate::Ids>,
    ledger: Res<TraineeLedger>,
    mut public: ResMut<Public>,
) {
    react_to_rumours(
        &mut started,
        &c,
        &config.scenario,
        &ids,
        &ledger,
        &mut public,
    );
    react_to_events(&mut fired, &c, &config.scenario, &mut public);
}

/// The continuous part of the model over one tick, by explicit Euler steps from the state at
/// the tick's start: silence and withheld facts anger the public and cost trust, anger keeps
/// attention up, attention and anger decay, rumours grow logistically.
fn evolve_public(
    clock: Res<Time<Sim>>,
    c: Res<Coefficients>,
    config: Res<SimConfig>,
    ledger: Res<TraineeLedger>,
    knowledge: Res<Knowledge>,
    mut public: ResMut<Public>,
) {
    let dt = clock.delta().as_secs();
    if dt == 0 {
        return;
    }
    let h = dt as f64 / 3600.0;
    let start = SimDuration::from_secs(clock.now().as_secs().saturating_sub(dt as u32));
    let silence = silence_level(start, ledger.last_substantive_post_at, &c);
    // Each further withheld fact weighs less than the one before: the square root of the count.
    let withheld = (withheld_facts(&config.scenario, &knowledge, &ledger, start, &c) as f64).sqrt();
    let rumours = &config.scenario.def().rumours;
    let public = &mut *public;
    for i in public.present() {
        let belief = public.max_belief(i);
        let s = public.segments[i];
        let calm = 1.0 - s.anger;
        let attention = -c.attention_decay_per_hour * s.attention
            + c.anger_attention_per_hour * s.anger * (1.0 - s.attention);
        let anger = c.silence_anger_per_hour * c.silence_weight[i] * silence * calm
            + c.withheld_fact_anger_per_hour * withheld * calm
            + c.rumour_anger_per_hour * belief * calm
            - c.anger_decay_per_hour * s.anger;
        let trust = -c.silence_trust_per_hour * c.silence_weight[i] * silence
            - c.withheld_fact_trust_per_hour * withheld;
        public.nudge(i, attention * h, trust * h, anger * h);

        for (r, rumour) in rumours.iter().enumerate() {
            if !public.started[r] {
                continue;
            }
            let b = public.beliefs[r][i];
            let mut rate = rumour.spread_rate.max(0.0)
                * (c.rumour_attention_floor + (1.0 - c.rumour_attention_floor) * s.attention)
                * (1.0 + c.silence_rumour_boost * silence)
                * (1.0 + c.anger_rumour_boost * s.anger)
                * (1.0 - c.trust_rumour_shield * s.trust / 100.0).max(0.0);
            let mut decay = 0.0;
            if public.debunked[r] {
                rate *= c.debunked_spread_factor;
                decay = c.debunked_belief_decay_per_hour;
            }
            // Logistic growth towards the share of the segment that would ever believe it.
            let room = if c.rumour_ceiling > 0.0 {
                1.0 - b / c.rumour_ceiling.min(1.0)
            } else {
                0.0
            };
            let growth = (rate.max(0.0) * b * room - decay * b) * h;
            public.beliefs[r][i] = (b + growth).clamp(0.0, 1.0);
        }
    }
}

/// Must-disclose facts the trainee knows, has had time to publish, and has not.
fn withheld_facts(
    scenario: &Scenario,
    knowledge: &Knowledge,
    ledger: &TraineeLedger,
    at: SimDuration,
    c: &Coefficients,
) -> usize {
    let grace = (c.withhold_grace_mins * 60.0).max(0.0);
    scenario
        .def()
        .facts
        .iter()
        .enumerate()
        .filter(|(f, fact)| {
            fact.disclosure == Disclosure::MustDisclose
                && ledger.disclosed_at(*f).is_none()
                && knowledge
                    .revealed_at(*f)
                    .is_some_and(|r| f64::from(at.as_secs()) >= f64::from(r.as_secs()) + grace)
        })
        .count()
}

/// How each segment receives a post, from -1 (angered) to 1 (calmed). See docs/public-model.md.
pub(crate) fn reception(post: &PostAssessed, silence_before: f64, c: &Coefficients) -> [f64; 4] {
    let s = &post.signals;
    let disclosed =
        post.new_disclosures as f64 + c.repeat_fact_credit * post.repeated_disclosures as f64;
    let facts = if c.facts_for_full_credit > 0.0 {
        (disclosed / c.facts_for_full_credit).clamp(0.0, 1.0)
    } else {
        1.0
    };
    let forbidden = if s.forbidden.is_empty() { 0.0 } else { 1.0 };
    std::array::from_fn(|i| {
        let appeal = c.quality_weight * s.quality
            + c.empathy_weight[i] * s.empathy
            + c.facts_weight[i] * facts;
        let offence = c.defensiveness_weight[i] * s.defensiveness
            + c.boilerplate_weight[i] * s.boilerplate
            + c.forbidden_offence * forbidden;
        let mut r = appeal - offence - c.reception_baseline;
        if r > 0.0 {
            // Good words after a long silence earn less: the public waited.
            r *= 1.0 - c.late_post_discount * silence_before;
        }
        let reach = match (&post.kind, post.asker) {
            (ActionKind::Reply { .. }, Some(asker)) if segment_index(asker) != i => c.reply_reach,
            _ => 1.0,
        };
        (r.clamp(-1.0, 1.0) * reach).clamp(-1.0, 1.0)
    })
}

/// Each assessed post moves each segment by its reception, and a debunk cuts belief in its
/// rumour.
fn react_to_posts(
    posts: &mut MessageReader<PostAssessed>,
    c: &Coefficients,
    scenario: &Scenario,
    ids: &crate::Ids,
    public: &mut Public,
    record: &mut SimRecord,
) {
    for post in posts.read() {
        let silence_before = silence_level(post.at, post.previous_post_at, c);
        let reception = reception(post, silence_before, c);
        let contradicted = post
            .signals
            .contradicted
            .iter()
            .filter(|f| scenario.fact(f).is_some_and(|f| f.confirmed))
            .count() as f64;
        let leaked = post.signals.leaked.len() as f64;
        for i in public.present() {
            let r = reception[i];
            // Trust is won back in proportion to the room left (the last points are the
            // hardest), and lost in full.
            let room = 1.0 - public.segments[i].trust / 100.0;
            let (trust, anger) = if r >= 0.0 {
                (
                    c.good_post_trust_gain * r * room,
                    -c.good_post_anger_relief * r,
                )
            } else {
                let calm = 1.0 - public.segments[i].anger;
                (c.poor_post_trust_loss * r, c.poor_post_anger * -r * calm)
            };
            let attention = c.post_attention * (1.0 - public.segments[i].attention);
            let penalty = c.contradiction_trust_loss * contradicted + c.leak_trust_loss * leaked;
            public.nudge(i, attention, trust - penalty, anger);
        }
        // A debunk with the fact cuts belief, more where the account is trusted; a bare
        // denial of a rumour cuts it far less.
        let cut = |public: &mut Public, r: usize, size: f64| {
            for i in 0..4 {
                let trust = public.segments[i].trust / 100.0;
                let factor = (1.0 - c.debunk_trust_dependence) + c.debunk_trust_dependence * trust;
                let b = &mut public.beliefs[r][i];
                *b = (*b * (1.0 - (size * factor).clamp(0.0, 1.0))).clamp(0.0, 1.0);
            }
        };
        for rumour in &post.debunked {
            if let Some(r) = ids.rumour(rumour) {
                cut(public, r, c.debunk_belief_cut);
                public.debunked[r] = true;
                public.last_debunk = Some((post.at, r));
            }
        }
        if let ActionKind::CorrectRumour { rumour } = &post.kind
            && !post.debunked.contains(rumour)
            && let Some(r) = ids.rumour(rumour)
            && !public.debunked[r]
        {
            cut(public, r, c.bare_denial_belief_cut);
        }
        public.last_reception = Some((post.at, reception));
        record.push(
            post.at,
            LogKind::PublicReacted {
                action: post.action,
                reception: SEGMENTS
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| public.sizes[*i] > 0.0)
                    .map(|(i, s)| (*s, round4(reception[i])))
                    .collect::<BTreeMap<_, _>>(),
            },
        );
    }
}

/// Broken promises and missed deadlines cost trust and anger the public; kept promises earn
/// a little trust back.
fn react_to_obligations(
    now: SimDuration,
    promises: &mut MessageReader<PromiseSettled>,
    missed: &mut MessageReader<DeadlineMissed>,
    c: &Coefficients,
    public: &mut Public,
) {
    for promise in promises.read() {
        for i in public.present() {
            if promise.kept {
                let room = 1.0 - public.segments[i].trust / 100.0;
                public.nudge(i, 0.0, c.kept_promise_trust_gain * room, 0.0);
            } else {
                let calm = 1.0 - public.segments[i].anger;
                let anger = c.broken_promise_anger * calm;
                public.nudge(i, 0.0, -c.broken_promise_trust_loss, anger);
            }
        }
        if !promise.kept {
            public.last_broken_promise = Some(now);
        }
    }
    for deadline in missed.read() {
        let i = segment_index(deadline.segment);
        let calm = 1.0 - public.segments[i].anger;
        let anger = c.missed_deadline_anger * calm;
        public.nudge(i, 0.0, -c.missed_deadline_trust_loss, anger);
    }
}

/// A rumour starts with a seed share believing it in every segment, and draws attention. If
/// the account already published a fact that debunks it, it starts debunked (prebunking).
fn react_to_rumours(
    started: &mut MessageReader<RumourStarted>,
    c: &Coefficients,
    scenario: &Scenario,
    ids: &crate::Ids,
    ledger: &TraineeLedger,
    public: &mut Public,
) {
    for event in started.read() {
        let r = event.index;
        if r >= public.started.len() || public.started[r] {
            continue;
        }
        public.started[r] = true;
        let prebunked = scenario.def().rumours[r]
            .debunked_by
            .iter()
            .filter_map(|f| ids.fact(f))
            .any(|f| ledger.disclosed_at(f).is_some());
        public.debunked[r] = prebunked;
        let seed = c.rumour_seed_share.clamp(0.0, 1.0);
        for i in public.present() {
            public.beliefs[r][i] = seed;
            let attention = c.rumour_attention * (1.0 - public.segments[i].attention);
            public.nudge(i, attention, 0.0, 0.0);
        }
    }
}

/// Escalations raise everyone's attention by their heat; posts and inquiries by actors draw
/// their own segment's attention.
fn react_to_events(
    fired: &mut MessageReader<EventFired>,
    c: &Coefficients,
    scenario: &Scenario,
    public: &mut Public,
) {
    let def = scenario.def();
    for event in fired.read() {
        let Some(e) = def.events.get(event.index) else {
            continue;
        };
        match &e.kind {
            EventKind::Escalation { heat, .. } => {
                for i in public.present() {
                    let gap = 1.0 - public.segments[i].attention;
                    public.nudge(i, c.escalation_attention * heat * gap, 0.0, 0.0);
                }
            }
            EventKind::PublicPost { actor, .. }
            | EventKind::FollowUp { actor, .. }
            | EventKind::MediaInquiry { actor, .. } => {
                if let Some(actor) = scenario.actor(actor) {
                    let i = segment_index(actor_segment(actor));
                    let gap = 1.0 - public.segments[i].attention;
                    public.nudge(i, c.event_attention * gap, 0.0, 0.0);
                }
            }
            EventKind::Briefing { .. } | EventKind::RumourStarts { .. } => {}
        }
    }
}
