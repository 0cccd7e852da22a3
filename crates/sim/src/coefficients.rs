//! The public model's coefficients, resolved once per run from the scenario (its overrides,
//! else the defaults in `goldenhour_scenario::KNOWN_COEFFICIENTS`). No number that shapes the
//! public's reaction lives anywhere else; docs/public-model.md says where each one appears.

use bevy_ecs::prelude::*;
use goldenhour_scenario::{Scenario, Segment};

macro_rules! coefficients {
    (
        scalars: [$($scalar:ident),* $(,)?],
        per_segment: [$($segmented:ident),* $(,)?] $(,)?
    ) => {
        /// Every coefficient of the public model, by the name a scenario uses to override it.
        /// Per-segment coefficients are named `<name>_<segment>` (for example
        /// `defensiveness_weight_media`) and stored in segment order.
        #[derive(Resource, Clone, Debug)]
        pub(crate) struct Coefficients {
            $(pub $scalar: f64,)*
            $(pub $segmented: [f64; 4],)*
        }

        impl Coefficients {
            /// Resolves every coefficient for `scenario`.
            pub fn from_scenario(scenario: &Scenario) -> Self {
                // Every name here is in KNOWN_COEFFICIENTS (a test checks it), so the fallback
                // to zero is never taken.
                let get = |name: &str| scenario.coefficient(name).unwrap_or(0.0);
                Coefficients {
                    $($scalar: get(stringify!($scalar)),)*
                    $($segmented: crate::public::SEGMENTS.map(|s| {
                        get(&format!("{}_{}", stringify!($segmented), segment_suffix(s)))
                    }),)*
                }
            }

            /// Every coefficient name the simulation reads.
            #[cfg(test)]
            pub fn names() -> Vec<String> {
                let mut names: Vec<String> = vec![$(stringify!($scalar).to_owned()),*];
                for base in [$(stringify!($segmented)),*] {
                    for s in crate::public::SEGMENTS {
                        names.push(format!("{base}_{}", segment_suffix(s)));
                    }
                }
                names
            }
        }
    };
}

coefficients! {
    scalars: [
        // Silence and stonewalling.
        silence_grace_mins,
        silence_anger_per_hour,
        silence_trust_per_hour,
        stonewall_boilerplate,
        // Withheld facts.
        withhold_grace_mins,
        withheld_fact_anger_per_hour,
        withheld_fact_trust_per_hour,
        // Attention and anger over time.
        attention_decay_per_hour,
        anger_attention_per_hour,
        anger_decay_per_hour,
        // Rumours.
        rumour_seed_share,
        rumour_attention,
        rumour_attention_floor,
        rumour_ceiling,
        silence_rumour_boost,
        anger_rumour_boost,
        trust_rumour_shield,
        rumour_anger_per_hour,
        debunk_belief_cut,
        debunk_trust_dependence,
        bare_denial_belief_cut,
        debunked_spread_factor,
        debunked_belief_decay_per_hour,
        // Reception of a post.
        reception_baseline,
        quality_weight,
        facts_for_full_credit,
        repeat_fact_credit,
        forbidden_offence,
        late_post_discount,
        reply_reach,
        post_attention,
        good_post_anger_relief,
        good_post_trust_gain,
        poor_post_anger,
        poor_post_trust_loss,
        contradiction_trust_loss,
        leak_trust_loss,
        // Promises, deadlines, verification.
        broken_promise_trust_loss,
        broken_promise_anger,
        kept_promise_trust_gain,
        missed_deadline_trust_loss,
        missed_deadline_anger,
        verify_delay_default_mins,
        // Scenario events.
        escalation_attention,
        event_attention,
        // Pressure index.
        negativity_anger_weight,
        negativity_distrust_weight,
        negativity_rumour_weight,
        // Generated comments.
        posts_per_attention_hour,
        stance_neutral_weight,
        general_chatter_weight,
        rumour_chatter_weight,
        reaction_window_mins,
        engagement_scale,
        repost_ratio,
        comment_ratio,
    ],
    per_segment: [
        empathy_weight,
        facts_weight,
        defensiveness_weight,
        boilerplate_weight,
        silence_weight,
        voice,
    ],
}

/// The suffix of a per-segment coefficient's name.
pub(crate) fn segment_suffix(segment: Segment) -> &'static str {
    match segment {
        Segment::AffectedResidents => "affected_residents",
        Segment::WiderPublic => "wider_public",
        Segment::Media => "media",
        Segment::Influencers => "influencers",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::public::segment_index;
    use goldenhour_scenario::KNOWN_COEFFICIENTS;

    #[test]
    fn every_coefficient_the_model_reads_has_a_default() {
        let names = Coefficients::names();
        let missing: Vec<&String> = names
            .iter()
            .filter(|n| !KNOWN_COEFFICIENTS.iter().any(|(k, _)| k == n))
            .collect();
        assert!(missing.is_empty(), "not in KNOWN_COEFFICIENTS: {missing:?}");
        // And nothing in the list is dead: every known coefficient is read by the model.
        let unused: Vec<&str> = KNOWN_COEFFICIENTS
            .iter()
            .map(|(k, _)| *k)
            .filter(|k| !names.iter().any(|n| n == k))
            .collect();
        assert!(
            unused.is_empty(),
            "never read by the simulation: {unused:?}"
        );
    }

    #[test]
    fn segment_suffixes_follow_segment_order() {
        for (i, s) in crate::public::SEGMENTS.into_iter().enumerate() {
            assert_eq!(segment_index(s), i);
        }
    }
}
