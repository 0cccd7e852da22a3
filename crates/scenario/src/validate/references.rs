//! Reference rules: identifiers are well formed and unique, and every reference names
//! something that exists and is of the right kind.

use std::collections::HashMap;

use super::{Ctx, reference_help};
use crate::diag::Message;
use crate::raw::{ActorKind, Condition, EventKind, RawScenario, Trigger};
use crate::{LANGUAGES, raw::FORMAT_VERSION};

/// Whether `id` is a valid identifier: lowercase ASCII letters, digits, `-` and `_`,
/// starting with a letter or digit. (They become Fluent message ids in translations.)
pub(crate) fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && id.len() <= 64
}

/// Checks a list's ids for form and duplicates; returns id → index of first occurrence.
fn index_ids<'a>(
    ctx: &mut Ctx<'_>,
    list: &str,
    kind: &'static str,
    ids: impl Iterator<Item = &'a str>,
) -> HashMap<&'a str, usize> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, id) in ids.enumerate() {
        let path = format!(".{list}[{i}].id");
        if !is_valid_id(id) {
            ctx.error(
                &path,
                Message::new("diag-bad-id").arg("kind", kind).arg("id", id),
            )
            .with_help_mut(Message::new("diag-help-id-form"));
        }
        if let Some(&first) = seen.get(id) {
            ctx.error(
                &path,
                Message::new("diag-duplicate-id")
                    .arg("kind", kind)
                    .arg("id", id),
            )
            .with_help_mut(Message::new("diag-help-first-defined").arg("index", first + 1));
        } else {
            seen.insert(id, i);
        }
    }
    seen
}

pub(super) fn check(ctx: &mut Ctx<'_>, raw: &RawScenario) {
    if raw.format != FORMAT_VERSION {
        ctx.error(
            ".format",
            Message::new("diag-bad-format")
                .arg("found", raw.format)
                .arg("expected", FORMAT_VERSION),
        );
    }
    if !is_valid_id(&raw.id) {
        ctx.error(
            ".id",
            Message::new("diag-bad-id")
                .arg("kind", "scenario")
                .arg("id", &raw.id),
        )
        .with_help_mut(Message::new("diag-help-id-form"));
    }
    if !LANGUAGES.contains(&raw.language.as_str()) {
        let help = reference_help(&raw.language, LANGUAGES.iter().copied());
        ctx.error(
            ".language",
            Message::new("diag-unknown-language").arg("lang", &raw.language),
        )
        .with_help_mut(help);
    }
    for (i, lang) in raw.translations.iter().enumerate() {
        let path = format!(".translations[{i}]");
        if !LANGUAGES.contains(&lang.as_str()) {
            let help = reference_help(lang, LANGUAGES.iter().copied());
            ctx.error(
                &path,
                Message::new("diag-unknown-language").arg("lang", lang),
            )
            .with_help_mut(help);
        } else if *lang == raw.language {
            ctx.warning(
                &path,
                Message::new("diag-translation-is-source").arg("lang", lang),
            );
        }
    }

    index_ids(
        ctx,
        "objectives",
        "objective",
        raw.objectives.iter().map(|o| o.id.as_str()),
    );
    let actors = index_ids(
        ctx,
        "actors",
        "actor",
        raw.actors.iter().map(|a| a.id.as_str()),
    );
    let facts = index_ids(
        ctx,
        "facts",
        "fact",
        raw.facts.iter().map(|f| f.id.as_str()),
    );
    let rumours = index_ids(
        ctx,
        "rumours",
        "rumour",
        raw.rumours.iter().map(|r| r.id.as_str()),
    );
    let events = index_ids(
        ctx,
        "events",
        "event",
        raw.events.iter().map(|e| e.id.as_str()),
    );
    index_ids(
        ctx,
        "templates",
        "template",
        raw.templates.iter().map(|t| t.id.as_str()),
    );

    for (i, rumour) in raw.rumours.iter().enumerate() {
        if rumour.debunked_by.is_empty() {
            ctx.error(
                &format!(".rumours[{i}].id"),
                Message::new("diag-rumour-no-debunk").arg("id", &rumour.id),
            )
            .with_help_mut(Message::new("diag-help-rumour-no-debunk"));
        }
        for (j, fact) in rumour.debunked_by.iter().enumerate() {
            refer(
                ctx,
                &format!(".rumours[{i}].debunked_by[{j}]"),
                "fact",
                fact,
                &facts,
            );
        }
    }

    for (i, event) in raw.events.iter().enumerate() {
        let kind_path = format!(".events[{i}].kind");
        let actor_check = |ctx: &mut Ctx<'_>, actor: &str, expected: &[ActorKind]| {
            let path = format!("{kind_path}.actor");
            if let Some(a) = refer(ctx, &path, "actor", actor, &actors) {
                let kind = raw.actors[a].kind;
                if !expected.is_empty() && !expected.contains(&kind) {
                    let expected: Vec<String> = expected.iter().map(|k| format!("{k:?}")).collect();
                    ctx.warning(
                        &path,
                        Message::new("diag-actor-kind")
                            .arg("id", actor)
                            .arg("kind", format!("{kind:?}"))
                            .arg("expected", expected.join(" / ")),
                    );
                }
            }
        };
        for (j, fact) in event.kind.answered_by().iter().enumerate() {
            refer(
                ctx,
                &format!("{kind_path}.answered_by[{j}]"),
                "fact",
                fact,
                &facts,
            );
        }
        match &event.kind {
            EventKind::PublicPost { actor, .. } => actor_check(ctx, actor, &[]),
            EventKind::Escalation { actor, heat, .. } => {
                actor_check(ctx, actor, &[]);
                if !(0.0..=1.0).contains(heat) {
                    ctx.error(
                        &format!("{kind_path}.heat"),
                        Message::new("diag-out-of-range")
                            .arg("value", heat)
                            .arg("min", 0)
                            .arg("max", 1),
                    );
                }
            }
            EventKind::FollowUp {
                actor, reply_to, ..
            } => {
                actor_check(ctx, actor, &[]);
                if let Some(target) = refer(
                    ctx,
                    &format!("{kind_path}.reply_to"),
                    "event",
                    reply_to,
                    &events,
                ) && target == i
                {
                    ctx.error(
                        &format!("{kind_path}.reply_to"),
                        Message::new("diag-reply-to-self").arg("id", reply_to),
                    );
                }
            }
            EventKind::MediaInquiry { actor, .. } => {
                actor_check(ctx, actor, &[ActorKind::Media, ActorKind::Influencer])
            }
            EventKind::Briefing { actor, reveals, .. } => {
                actor_check(ctx, actor, &[ActorKind::Department, ActorKind::Agency]);
                for (j, fact) in reveals.iter().enumerate() {
                    refer(
                        ctx,
                        &format!("{kind_path}.reveals[{j}]"),
                        "fact",
                        fact,
                        &facts,
                    );
                }
            }
            EventKind::RumourStarts { rumour, actor } => {
                actor_check(ctx, actor, &[]);
                refer(
                    ctx,
                    &format!("{kind_path}.rumour"),
                    "rumour",
                    rumour,
                    &rumours,
                );
            }
        }
        if let Trigger::When(condition) = &event.trigger {
            let cond_path = format!(".events[{i}].trigger.0");
            match condition {
                Condition::FactNotDisclosedBy { fact, .. } => {
                    refer(ctx, &format!("{cond_path}.fact"), "fact", fact, &facts);
                }
                Condition::RumourReachOver { rumour, .. } => {
                    refer(
                        ctx,
                        &format!("{cond_path}.rumour"),
                        "rumour",
                        rumour,
                        &rumours,
                    );
                }
                Condition::InquiryUnanswered(event_id) => {
                    if let Some(target) =
                        refer(ctx, &format!("{cond_path}.0"), "event", event_id, &events)
                        && !matches!(raw.events[target].kind, EventKind::MediaInquiry { .. })
                    {
                        ctx.error(
                            &format!("{cond_path}.0"),
                            Message::new("diag-not-an-inquiry").arg("id", event_id),
                        );
                    }
                }
                Condition::NoOfficialPostBy(_)
                | Condition::ForbiddenPhraseUsed
                | Condition::TrustUnder(_)
                | Condition::PromiseBroken => {}
            }
        }
    }

    // An apology is owed for a fault the account knows to be true: an unverified fact
    // establishes nothing to apologise for.
    for (j, fact) in raw.rubric.apology_owed_for.iter().enumerate() {
        let path = format!(".rubric.apology_owed_for[{j}]");
        if let Some(i) = refer(ctx, &path, "fact", fact, &facts)
            && !raw.facts[i].confirmed
        {
            ctx.error(
                &path,
                Message::new("diag-apology-unconfirmed").arg("id", fact),
            );
        }
    }
}

/// Reports an unknown reference with a did-you-mean hint; returns the target's index.
fn refer(
    ctx: &mut Ctx<'_>,
    path: &str,
    kind: &'static str,
    id: &str,
    known: &HashMap<&str, usize>,
) -> Option<usize> {
    let found = known.get(id).copied();
    if found.is_none() {
        let help = reference_help(id, known.keys().copied());
        ctx.error(
            path,
            Message::new("diag-unknown-reference")
                .arg("kind", kind)
                .arg("id", id),
        )
        .with_help_mut(help);
    }
    found
}

/// Lets checks chain a help line onto the diagnostic they just pushed.
pub(crate) trait WithHelpMut {
    fn with_help_mut(&mut self, help: Message);
}

impl WithHelpMut for crate::Diagnostic {
    fn with_help_mut(&mut self, help: Message) {
        self.help = Some(help);
    }
}
