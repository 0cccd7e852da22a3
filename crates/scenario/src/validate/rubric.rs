//! Rubric and model rules: deadlines in order, weights usable, phrases and patterns present
//! for every language the scenario is played in, public-model parameters in range.

use super::references::WithHelpMut;
use super::{Ctx, reference_help};
use crate::LANGUAGES;
use crate::diag::Message;
use crate::raw::{Disclosure, RawScenario};
use crate::{KNOWN_COEFFICIENTS, SimDuration};

pub(super) fn check(ctx: &mut Ctx<'_>, raw: &RawScenario) {
    let rubric = &raw.rubric;
    if rubric.first_response_target == SimDuration::ZERO {
        ctx.error(
            ".rubric.first_response_target",
            Message::new("diag-zero-deadline"),
        );
    }
    if rubric.first_response_target > rubric.hard_deadline {
        ctx.error(
            ".rubric.first_response_target",
            Message::new("diag-target-after-deadline")
                .arg("target", rubric.first_response_target)
                .arg("deadline", rubric.hard_deadline),
        );
    }
    if rubric.hard_deadline > raw.clock.duration {
        ctx.warning(
            ".rubric.hard_deadline",
            Message::new("diag-deadline-after-end")
                .arg("deadline", rubric.hard_deadline)
                .arg("duration", raw.clock.duration),
        );
    }
    for (dimension, weight) in &rubric.weights {
        if !weight.is_finite() || *weight < 0.0 || *weight > 10.0 {
            ctx.error(
                &format!(".rubric.weights{{{dimension:?}}}"),
                Message::new("diag-out-of-range")
                    .arg("value", weight)
                    .arg("min", 0)
                    .arg("max", 10),
            );
        }
    }
    if !rubric.weights.is_empty()
        && rubric.weights.len() == 6
        && rubric.weights.values().all(|w| *w == 0.0)
    {
        ctx.error(".rubric.weights", Message::new("diag-all-weights-zero"));
    }
    let playable: Vec<&str> = std::iter::once(raw.language.as_str())
        .chain(raw.translations.iter().map(String::as_str))
        .collect();
    for (lang, phrases) in &rubric.forbidden_phrases {
        let path = format!(".rubric.forbidden_phrases{{{lang}}}");
        check_language_key(ctx, &format!("{path}#key"), lang);
        for (j, phrase) in phrases.iter().enumerate() {
            if phrase.trim().is_empty() {
                ctx.error(&format!("{path}[{j}]"), Message::new("diag-empty-phrase"));
            }
        }
    }

    for (i, fact) in raw.facts.iter().enumerate() {
        for (lang, patterns) in &fact.patterns {
            let path = format!(".facts[{i}].patterns{{{lang}}}");
            check_language_key(ctx, &format!("{path}#key"), lang);
            for (field, list) in [
                ("discloses", &patterns.discloses),
                ("contradicts", &patterns.contradicts),
            ] {
                for (j, pattern) in list.iter().enumerate() {
                    if pattern.split('+').any(|part| part.trim().is_empty()) {
                        ctx.error(
                            &format!("{path}.{field}[{j}]"),
                            Message::new("diag-empty-pattern"),
                        )
                        .with_help_mut(Message::new("diag-help-pattern-form"));
                    }
                }
            }
        }
        // The scorer recognises disclosure only through patterns: without them, a fact the
        // trainee must disclose (or must not) would silently never count.
        if fact.disclosure != Disclosure::MayDisclose {
            for lang in &playable {
                if fact
                    .patterns
                    .get(*lang)
                    .is_none_or(|p| p.discloses.is_empty())
                {
                    ctx.warning(
                        &format!(".facts[{i}].id"),
                        Message::new("diag-fact-no-patterns")
                            .arg("id", &fact.id)
                            .arg("lang", *lang),
                    );
                }
            }
        }
    }

    for (segment, params) in &raw.public.segments {
        let path = format!(".public.segments{{{segment:?}}}");
        if params.size == 0 {
            ctx.error(&format!("{path}.size"), Message::new("diag-empty-segment"));
        }
        for (field, value, max) in [
            ("trust", params.trust, 100.0),
            ("attention", params.attention, 1.0),
            ("anger", params.anger, 1.0),
        ] {
            if !(0.0..=max).contains(&value) {
                ctx.error(
                    &format!("{path}.{field}"),
                    Message::new("diag-out-of-range")
                        .arg("value", value)
                        .arg("min", 0)
                        .arg("max", max),
                );
            }
        }
    }
    for (name, value) in &raw.public.coefficients {
        let path = format!(".public.coefficients{{{name}}}");
        if !KNOWN_COEFFICIENTS.iter().any(|(known, _)| known == name) {
            let help = reference_help(name, KNOWN_COEFFICIENTS.iter().map(|(k, _)| *k));
            ctx.error(
                &format!("{path}#key"),
                Message::new("diag-unknown-coefficient").arg("name", name),
            )
            .with_help_mut(help);
        } else if !value.is_finite() {
            ctx.error(
                &path,
                Message::new("diag-out-of-range")
                    .arg("value", value)
                    .arg("min", "-∞")
                    .arg("max", "∞"),
            );
        }
    }
}

fn check_language_key(ctx: &mut Ctx<'_>, path: &str, lang: &str) {
    if !LANGUAGES.contains(&lang) {
        let help = reference_help(lang, LANGUAGES.iter().copied());
        ctx.error(
            path,
            Message::new("diag-unknown-language").arg("lang", lang),
        )
        .with_help_mut(help);
    }
}
