//! Generated public comments: each segment posts at a rate set by its attention and voice;
//! each comment's template is drawn by stance (from the segment's trust and anger) and
//! situation (silence, the latest post's reception, rumours, debunks, broken promises) with
//! the run's seeded ChaCha generator, and `{account}` and `{rumour}` are filled in.

use std::sync::Arc;

use bevy_app::App;
use bevy_ecs::prelude::*;
use bevy_time::Time;
use goldenhour_scenario::{Scenario, Segment, SimDuration, Situation, Stance};
use goldenhour_simlog::{LogEntry, LogKind, PublicPost};
use rand_chacha::ChaCha8Rng;
use rand_core::{Rng, SeedableRng};

use crate::clock::{Sim, SimClock};
use crate::coefficients::Coefficients;
use crate::public::{Public, SEGMENTS, silence_level};
use crate::record::SimRecord;
use crate::trainee::TraineeLedger;
use crate::{SimConfig, SimSystems, SimTick};

/// Safety bounds, not model parameters: however a scenario sets its coefficients, one segment
/// posts at most this many comments in one tick, and a run at most this many in all, so a
/// run's memory stays bounded (100,000 comments are about 50 MB of log text).
const MAX_POSTS_PER_SEGMENT_TICK: f64 = 1_000.0;
const MAX_POSTS_PER_RUN: usize = 100_000;

/// A member of the public posted a generated comment.
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub struct PublicPosted {
    /// When.
    pub at: SimDuration,
    /// The segment it speaks for.
    pub segment: Segment,
    /// Its position in the log's entries ([`SimRecord::log`](crate::SimRecord::log)).
    pub entry: usize,
}

/// The run's random generator. ChaCha8's stream is specified, so a seed gives the same
/// comments on every platform and version.
#[derive(Resource)]
struct SimRng(ChaCha8Rng);

impl SimRng {
    /// A uniform number in `[0, 1)`, from the top 53 bits of one output word.
    fn unit(&mut self) -> f64 {
        (self.0.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
}

/// A template with its text in the run's language, `{account}` filled in, and one filled
/// text per rumour when it mentions `{rumour}`: generating a comment then copies two shared
/// pointers, not two strings.
struct Prepared {
    id: Arc<str>,
    stance: Stance,
    situation: Situation,
    text: Arc<str>,
    per_rumour: Vec<Arc<str>>,
}

impl Prepared {
    fn needs_rumour(&self) -> bool {
        !self.per_rumour.is_empty()
    }
}

/// The templates and texts comments are made from, and each segment's fractional carry of
/// comments not yet posted.
#[derive(Resource)]
struct Chatter {
    templates: Vec<Prepared>,
    carry: [f64; 4],
    /// Comments generated so far.
    posted: usize,
    /// Buffers reused from tick to tick: the tick's comments and the templates' cumulative
    /// weights.
    scratch: Vec<(u32, usize, PublicPost)>,
    weights: Vec<f64>,
}

impl Chatter {
    fn new(scenario: &Scenario, lang: &str) -> Self {
        let def = scenario.def();
        // In the scenario's own language the texts are the definition's; only a translation
        // needs a lookup (and `Scenario::text` rebuilds every key on a miss, so it is not
        // asked for texts it could only fall back on).
        let translated = lang != def.language;
        let text = |key: String, own: &str| {
            if !translated {
                return own.to_owned();
            }
            scenario
                .text(lang, &key)
                .map_or_else(|| own.to_owned(), str::to_owned)
        };
        let account = text("account-handle".to_owned(), &def.account.handle);
        let rumours: Vec<String> = def
            .rumours
            .iter()
            .map(|r| text(format!("rumour-{}", r.id), &r.text))
            .collect();
        let templates: Vec<Prepared> = def
            .templates
            .iter()
            .map(|t| {
                let text =
                    text(format!("template-{}", t.id), &t.text).replace("{account}", &account);
                let per_rumour = if text.contains("{rumour}") {
                    rumours
                        .iter()
                        .map(|r| Arc::from(text.replace("{rumour}", r)))
                        .collect()
                } else {
                    Vec::new()
                };
                Prepared {
                    id: Arc::from(t.id.as_str()),
                    stance: t.stance,
                    situation: t.situation,
                    text: Arc::from(text),
                    per_rumour,
                }
            })
            .collect();
        Chatter {
            weights: Vec::with_capacity(templates.len()),
            templates,
            carry: [0.0; 4],
            posted: 0,
            scratch: Vec::new(),
        }
    }
}

pub(super) fn plugin(app: &mut App, seed: u64) {
    let chatter = {
        let config = app.world().resource::<SimConfig>();
        Chatter::new(&config.scenario, &config.language)
    };
    app.insert_resource(chatter)
        .insert_resource(SimRng(ChaCha8Rng::seed_from_u64(seed)))
        .add_message::<PublicPosted>()
        .add_systems(SimTick, generate_public_posts.in_set(SimSystems::Chatter));
}

/// Every stance and every situation, for per-segment weight tables, in the order of
/// [`stance_ix`] and [`situation_ix`] (whose matches make a new variant a compile error).
const STANCES: [Stance; 5] = [
    Stance::Supportive,
    Stance::Neutral,
    Stance::Anxious,
    Stance::Critical,
    Stance::Hostile,
];
const SITUATIONS: [Situation; 7] = [
    Situation::Silence,
    Situation::AfterGoodPost,
    Situation::AfterPoorPost,
    Situation::RumourSpreading,
    Situation::RumourDebunked,
    Situation::PromiseBroken,
    Situation::General,
];

fn stance_ix(stance: Stance) -> usize {
    match stance {
        Stance::Supportive => 0,
        Stance::Neutral => 1,
        Stance::Anxious => 2,
        Stance::Critical => 3,
        Stance::Hostile => 4,
    }
}

fn situation_ix(situation: Situation) -> usize {
    match situation {
        Situation::Silence => 0,
        Situation::AfterGoodPost => 1,
        Situation::AfterPoorPost => 2,
        Situation::RumourSpreading => 3,
        Situation::RumourDebunked => 4,
        Situation::PromiseBroken => 5,
        Situation::General => 6,
    }
}

/// How likely each stance is in a segment: trust breeds support, distrust criticism, anger
/// anxiety (while it is moderate) and hostility (when it meets distrust).
fn stance_weight(stance: Stance, trust: f64, anger: f64, c: &Coefficients) -> f64 {
    let t = (trust / 100.0).clamp(0.0, 1.0);
    let g = anger.clamp(0.0, 1.0);
    match stance {
        Stance::Supportive => t * (1.0 - g),
        Stance::Neutral => c.stance_neutral_weight,
        Stance::Anxious => g * (1.0 - g),
        Stance::Critical => (1.0 - t) * (1.0 - g),
        Stance::Hostile => g * (1.0 - t),
    }
    .max(0.0)
}

/// Generates the comments of the tick's span, `(start, now]`, from the state at its end
/// (before this tick's posts and events, which the next tick's comments react to).
#[expect(
    clippy::too_many_arguments,
    reason = "a bevy system names each resource and message it touches"
)]
fn generate_public_posts(
    clock: Res<Time<Sim>>,
    c: Res<Coefficients>,
    public: Res<Public>,
    ledger: Res<TraineeLedger>,
    mut chatter: ResMut<Chatter>,
    mut rng: ResMut<SimRng>,
    mut record: ResMut<SimRecord>,
    mut posted: MessageWriter<PublicPosted>,
) {
    let dt = clock.delta().as_secs() as u32;
    if dt == 0 {
        return;
    }
    let now = clock.now();
    let start = now.as_secs() - dt;
    let h = f64::from(dt) / 3600.0;
    let silence = silence_level(now, ledger.last_substantive_post_at, &c);
    let window = c.reaction_window_mins * 60.0;
    let recency = |t: SimDuration| {
        if window <= 0.0 {
            return 0.0;
        }
        (1.0 - f64::from(now.as_secs().saturating_sub(t.as_secs())) / window).max(0.0)
    };
    let post_recency = public.last_reception.map_or(0.0, |(t, _)| recency(t));
    let debunk_recency = public.last_debunk.map_or(0.0, |(t, _)| recency(t));
    let broken_recency = public.last_broken_promise.map_or(0.0, recency);
    let Chatter {
        templates,
        carry,
        posted: posted_so_far,
        scratch: new_posts,
        weights,
    } = &mut *chatter;
    new_posts.clear();

    for i in public.present() {
        let segment = SEGMENTS[i];
        let state = public.segment(segment);
        let rate = (c.posts_per_attention_hour * state.attention * c.voice[i]).max(0.0);
        carry[i] += rate * h;
        let n = carry[i].floor().min(MAX_POSTS_PER_SEGMENT_TICK);
        carry[i] = (carry[i] - n).max(0.0);
        let n = n.min((MAX_POSTS_PER_RUN - *posted_so_far) as f64);
        *posted_so_far += n as usize;
        if n < 1.0 {
            continue;
        }
        let reception = public.last_reception.map_or(0.0, |(_, r)| r[i]);
        let top_rumour = public.top_rumour(i);
        let debunked_rumour = public.last_debunk.map(|(_, r)| r);
        let situation_weight = |s: Situation| {
            match s {
                Situation::Silence => silence,
                Situation::AfterGoodPost => post_recency * reception.max(0.0),
                Situation::AfterPoorPost => post_recency * (-reception).max(0.0),
                Situation::RumourSpreading => c.rumour_chatter_weight * public.max_belief(i),
                Situation::RumourDebunked => debunk_recency,
                Situation::PromiseBroken => broken_recency,
                Situation::General => c.general_chatter_weight,
            }
            .max(0.0)
        };
        let rumour_for = |s: Situation| match s {
            Situation::RumourDebunked => debunked_rumour,
            _ => top_rumour,
        };

        // Each stance's and each situation's weight once per segment, not once per template:
        // a scenario has dozens of templates but five stances and seven situations.
        let by_stance = STANCES.map(|stance| stance_weight(stance, state.trust, state.anger, &c));
        let by_situation = SITUATIONS.map(situation_weight);
        let rumour_known = SITUATIONS.map(|s| rumour_for(s).is_some());
        weights.clear();
        let mut total = 0.0;
        for t in templates.iter() {
            let situation = situation_ix(t.situation);
            let mut w = by_stance[stance_ix(t.stance)] * by_situation[situation];
            if t.needs_rumour() && !rumour_known[situation] {
                w = 0.0;
            }
            total += w;
            weights.push(total);
        }
        if total <= 0.0 {
            continue;
        }
        for _ in 0..n as u32 {
            let pick = rng.unit() * total;
            let k = weights
                .partition_point(|&w| w <= pick)
                .min(weights.len() - 1);
            let template = &templates[k];
            let offset = 1 + (rng.unit() * f64::from(dt)) as u32;
            let at = start + offset.min(dt);
            let text = match rumour_for(template.situation) {
                Some(r) if template.needs_rumour() => template.per_rumour[r].clone(),
                _ => template.text.clone(),
            };
            // A heavy tail (Lomax, shape 2) from one uniform draw: most comments get a few
            // likes, a few get very many. sqrt is exactly rounded, so this is portable.
            let scale = c.engagement_scale.max(0.0) * state.attention * c.voice[i].max(0.0);
            let tail = 1.0 / (1.0 - rng.unit()).sqrt() - 1.0;
            let likes = (scale * tail).min(1e9);
            let reposts = likes * c.repost_ratio.max(0.0) * rng.unit();
            let comments = likes * c.comment_ratio.max(0.0) * rng.unit();
            new_posts.push((
                at,
                i,
                PublicPost {
                    template: template.id.clone(),
                    segment,
                    text,
                    reposts: reposts.min(1e9) as u32,
                    comments: comments.min(1e9) as u32,
                    likes: likes as u32,
                },
            ));
        }
    }
    // Stable: comments at the same second stay in segment order.
    new_posts.sort_by_key(|(at, _, _)| *at);
    let first = record.len();
    posted.write_batch(
        new_posts
            .iter()
            .enumerate()
            .map(|(k, &(at, i, _))| PublicPosted {
                at: SimDuration::from_secs(at),
                segment: SEGMENTS[i],
                entry: first + k,
            }),
    );
    record.extend(new_posts.drain(..).map(|(at, _, post)| LogEntry {
        at: SimDuration::from_secs(at),
        kind: LogKind::PublicPost(post),
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_weight_tables_list_each_stance_and_situation_at_its_index() {
        for (i, stance) in STANCES.into_iter().enumerate() {
            assert_eq!(stance_ix(stance), i, "{stance:?}");
        }
        for (i, situation) in SITUATIONS.into_iter().enumerate() {
            assert_eq!(situation_ix(situation), i, "{situation:?}");
        }
    }
}
