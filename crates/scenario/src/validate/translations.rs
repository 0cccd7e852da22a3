//! Translation rules: each declared translation has a Fluent file that parses, translates
//! every text of the scenario, and names no text that does not exist.
//!
//! A scenario is written in one language. Its other languages live beside it as Fluent
//! files, `<lang>.ftl`, whose message ids are the scenario's text keys (see [`text_keys`]).

use std::collections::{BTreeMap, HashMap};

use fluent_syntax::ast;

use super::references::WithHelpMut;
use super::{Ctx, reference_help};
use crate::TranslationSource;
use crate::diag::{Diagnostic, Message};
use crate::raw::{EventKind, RawScenario};

/// Every translatable text of the scenario: (text key, span path, source text).
///
/// Keys: `title`, `summary`, `account-handle`, `account-agency`, `objective-<id>`,
/// `actor-<id>`, `fact-<id>`, `rumour-<id>`, `event-<id>` (events that carry text) and
/// `template-<id>`.
pub(crate) fn text_keys(raw: &RawScenario) -> Vec<(String, String, &str)> {
    let mut keys = vec![
        ("title".to_owned(), ".title".to_owned(), raw.title.as_str()),
        (
            "summary".to_owned(),
            ".summary".to_owned(),
            raw.summary.as_str(),
        ),
        (
            "account-handle".to_owned(),
            ".account.handle".to_owned(),
            raw.account.handle.as_str(),
        ),
        (
            "account-agency".to_owned(),
            ".account.agency".to_owned(),
            raw.account.agency.as_str(),
        ),
    ];
    for (i, o) in raw.objectives.iter().enumerate() {
        keys.push((
            format!("objective-{}", o.id),
            format!(".objectives[{i}].text"),
            o.text.as_str(),
        ));
    }
    for (i, a) in raw.actors.iter().enumerate() {
        keys.push((
            format!("actor-{}", a.id),
            format!(".actors[{i}].name"),
            a.name.as_str(),
        ));
    }
    for (i, f) in raw.facts.iter().enumerate() {
        keys.push((
            format!("fact-{}", f.id),
            format!(".facts[{i}].text"),
            f.text.as_str(),
        ));
    }
    for (i, r) in raw.rumours.iter().enumerate() {
        keys.push((
            format!("rumour-{}", r.id),
            format!(".rumours[{i}].text"),
            r.text.as_str(),
        ));
    }
    for (i, e) in raw.events.iter().enumerate() {
        let text = match &e.kind {
            EventKind::PublicPost { text, .. }
            | EventKind::FollowUp { text, .. }
            | EventKind::MediaInquiry { text, .. }
            | EventKind::Briefing { text, .. }
            | EventKind::Escalation { text, .. } => text.as_str(),
            EventKind::RumourStarts { .. } => continue,
        };
        keys.push((
            format!("event-{}", e.id),
            format!(".events[{i}].kind.text"),
            text,
        ));
    }
    for (i, t) in raw.templates.iter().enumerate() {
        keys.push((
            format!("template-{}", t.id),
            format!(".templates[{i}].text"),
            t.text.as_str(),
        ));
    }
    keys
}

/// Language → text key → translated text.
pub(crate) type Translations = BTreeMap<String, BTreeMap<String, String>>;

pub(super) fn check(
    ctx: &mut Ctx<'_>,
    raw: &RawScenario,
    sources: &[TranslationSource],
) -> Translations {
    let keys = text_keys(raw);
    let mut out = Translations::new();
    for (i, lang) in raw.translations.iter().enumerate() {
        if *lang == raw.language {
            continue;
        }
        let Some(source) = sources.iter().find(|s| &s.lang == lang) else {
            ctx.error(
                &format!(".translations[{i}]"),
                Message::new("diag-missing-translation").arg("lang", lang),
            )
            .with_help_mut(Message::new("diag-help-missing-translation").arg("lang", lang));
            continue;
        };
        let texts = parse_translation(ctx, source);
        for (key, path, _) in &keys {
            if !texts.contains_key(key.as_str()) {
                ctx.warning(
                    path,
                    Message::new("diag-untranslated")
                        .arg("lang", lang)
                        .arg("key", key),
                )
                .with_help_mut(
                    Message::new("diag-help-untranslated")
                        .arg("file", &source.name)
                        .arg("key", key),
                );
            }
        }
        let known: Vec<&str> = keys.iter().map(|(k, _, _)| k.as_str()).collect();
        let mut table = BTreeMap::new();
        for (key, (text, span)) in texts {
            if known.contains(&key.as_str()) {
                table.insert(key, text);
            } else {
                let help = reference_help(&key, known.iter().copied());
                ctx.diagnostics.push(
                    Diagnostic::warning(
                        &source.name,
                        Some(span),
                        Message::new("diag-unknown-text-key").arg("key", &key),
                    )
                    .with_help(help),
                );
            }
        }
        out.insert(lang.clone(), table);
    }
    for source in sources {
        if source.lang != raw.language && !raw.translations.contains(&source.lang) {
            ctx.diagnostics.push(
                Diagnostic::warning(
                    &source.name,
                    None,
                    Message::new("diag-undeclared-translation").arg("lang", &source.lang),
                )
                .with_help(
                    Message::new("diag-help-undeclared-translation").arg("lang", &source.lang),
                ),
            );
        }
    }
    out
}

/// Parses a Fluent translation file into key → (text, span of the message id).
fn parse_translation(
    ctx: &mut Ctx<'_>,
    source: &TranslationSource,
) -> HashMap<String, (String, std::ops::Range<usize>)> {
    let resource = match fluent_syntax::parser::parse(source.text.as_str()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                ctx.diagnostics.push(Diagnostic::error(
                    &source.name,
                    Some(error.pos.clone()),
                    Message::new("diag-ftl-syntax").arg("detail", error.kind.to_string()),
                ));
            }
            resource
        }
    };
    let mut texts = HashMap::new();
    for entry in resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name;
        let span = substr_range(&source.text, id);
        let Some(pattern) = message.value else {
            ctx.diagnostics.push(Diagnostic::warning(
                &source.name,
                Some(span),
                Message::new("diag-ftl-empty").arg("key", id),
            ));
            continue;
        };
        let mut text = String::new();
        for element in pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => text.push_str(value),
                ast::PatternElement::Placeable {
                    expression:
                        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
                } => text.push_str(value),
                ast::PatternElement::Placeable { .. } => {
                    ctx.diagnostics.push(
                        Diagnostic::warning(
                            &source.name,
                            Some(span.clone()),
                            Message::new("diag-ftl-placeable").arg("key", id),
                        )
                        .with_help(Message::new("diag-help-ftl-placeable")),
                    );
                }
            }
        }
        if texts.insert(id.to_owned(), (text, span.clone())).is_some() {
            ctx.diagnostics.push(Diagnostic::warning(
                &source.name,
                Some(span),
                Message::new("diag-ftl-duplicate").arg("key", id),
            ));
        }
    }
    texts
}

/// The byte range of `part`, a slice borrowed from `whole`.
fn substr_range(whole: &str, part: &str) -> std::ops::Range<usize> {
    let start = (part.as_ptr() as usize)
        .saturating_sub(whole.as_ptr() as usize)
        .min(whole.len());
    start..(start + part.len()).min(whole.len())
}
