//! The suggested rewrite of the trainee's weakest post, built from its findings: what to
//! remove (the spans of defensive, empty or wrong wording), what to add (the missing CERC
//! elements, as template lines with placeholders, or as confirmed facts the trainee already
//! had). It is a template, and the report says so.

use goldenhour_l10n::{Lang, Localizer};
use goldenhour_scenario::{ActionKind, Disclosure, SimDuration};
use goldenhour_scoring::PostScore;
use goldenhour_simlog::LogKind;

use crate::build::{Ctx, merge_spans, valid_span};
use crate::model::{Quote, QuoteSource, Rewrite, RewritePart};

/// Most confirmed facts suggested for a post that lacks facts.
const MAX_FACT_LINES: usize = 3;

/// A message element the rewrite can add, in the order it is added.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Element {
    Source,
    Empathy,
    Facts,
    Unknowns,
    Actions,
    Guidance,
    Help,
    NextUpdate,
}

impl Element {
    const ALL: [Element; 8] = [
        Element::Source,
        Element::Empathy,
        Element::Facts,
        Element::Unknowns,
        Element::Actions,
        Element::Guidance,
        Element::Help,
        Element::NextUpdate,
    ];

    /// The element a "missing" finding asks for.
    fn missing_in(rule: &str) -> Option<Element> {
        Some(match rule {
            "authority.no-source" => Element::Source,
            "tone.no-empathy" => Element::Empathy,
            "transparency.missing-facts" => Element::Facts,
            "transparency.missing-unknowns" => Element::Unknowns,
            "transparency.missing-actions" => Element::Actions,
            "service.missing-guidance" => Element::Guidance,
            "transparency.missing-help" | "service.missing-help" => Element::Help,
            "transparency.missing-next-update" => Element::NextUpdate,
            _ => return None,
        })
    }

    /// The element's name, in the report's language.
    fn label(self, l: &Localizer) -> String {
        l.get(match self {
            Element::Source => "report-element-source",
            Element::Empathy => "report-element-empathy",
            Element::Facts => "report-element-facts",
            Element::Unknowns => "report-element-unknowns",
            Element::Actions => "report-element-actions",
            Element::Guidance => "report-element-guidance",
            Element::Help => "report-element-help",
            Element::NextUpdate => "report-element-next-update",
        })
    }

    /// The template line, in the trainee's language.
    fn template(self, l: &Localizer) -> String {
        l.get(match self {
            Element::Source => "report-rewrite-source",
            Element::Empathy => "report-rewrite-empathy",
            Element::Facts => "report-rewrite-facts",
            Element::Unknowns => "report-rewrite-unknowns",
            Element::Actions => "report-rewrite-actions",
            Element::Guidance => "report-rewrite-guidance",
            Element::Help => "report-rewrite-help",
            Element::NextUpdate => "report-rewrite-next-update",
        })
    }
}

/// Findings whose words should go: everything that costs points and points at words, except
/// a long sentence (which should be split, not dropped).
fn should_remove(rule: &str, effect: f64) -> bool {
    effect < 0.0 && rule != "tone.long-sentence"
}

fn is_soft_punct(c: char) -> bool {
    matches!(c, '，' | ',' | '、' | '；' | ';' | '：' | ':')
}

fn is_punct(c: char) -> bool {
    is_soft_punct(c) || matches!(c, '。' | '.' | '！' | '!' | '？' | '?')
}

/// Tidies text after spans were cut out: single spaces, no comma left before another
/// punctuation mark or at the start.
fn tidy(text: &str) -> String {
    let collapsed: Vec<char> = {
        let mut out = Vec::with_capacity(text.len());
        let mut space = false;
        for c in text.chars() {
            if c.is_whitespace() && c != '\n' {
                if !space {
                    out.push(' ');
                }
                space = true;
            } else {
                out.push(c);
                space = false;
            }
        }
        out
    };
    let mut out = String::with_capacity(text.len());
    for (i, c) in collapsed.iter().copied().enumerate() {
        if is_soft_punct(c) {
            let next = collapsed[i + 1..].iter().find(|c| !c.is_whitespace());
            let at_start = out.trim().is_empty();
            if at_start || next.is_none_or(|n| is_punct(*n)) {
                continue;
            }
        }
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        if is_punct(c) && out.ends_with(' ') {
            out.pop();
        }
        out.push(c);
    }
    out.trim().to_owned()
}

/// Facts the public needs that the trainee knew by `at` (known from the start or briefed),
/// confirmed, in the order the scenario lists them.
fn known_facts(ctx: &Ctx<'_>, at: SimDuration) -> Vec<String> {
    let def = ctx.scenario.def();
    let revealed: Vec<&str> = ctx
        .log
        .entries
        .iter()
        .take_while(|e| e.at <= at)
        .filter_map(|e| match &e.kind {
            LogKind::FactRevealed { fact } => Some(fact.as_str()),
            _ => None,
        })
        .collect();
    def.facts
        .iter()
        .filter(|f| {
            f.confirmed
                && matches!(
                    f.disclosure,
                    Disclosure::MustDisclose | Disclosure::MayDisclose
                )
        })
        .filter(|f| f.known_at_start || revealed.contains(&f.id.as_str()))
        .map(|f| f.id.clone())
        .collect()
}

/// The mean of a post's scores: the measure of "weakest".
fn mean_score(p: &PostScore) -> f64 {
    let n = p.assessment.scores.len().max(1) as f64;
    p.assessment.scores.values().sum::<f64>() / n
}

pub(crate) fn rewrite(ctx: &Ctx<'_>, post_lang: Lang) -> Rewrite {
    let own;
    let pl: &Localizer = if post_lang == ctx.l.lang() {
        ctx.l
    } else {
        own = Localizer::new(post_lang);
        &own
    };
    // Statements are what a rewrite can teach with; a short reply need not carry every element.
    let posts = &ctx.scores.posts;
    let statements: Vec<&PostScore> = posts
        .iter()
        .filter(|p| {
            matches!(
                p.kind,
                ActionKind::Publish | ActionKind::CorrectRumour { .. }
            )
        })
        .collect();
    let pool: Vec<&PostScore> = if statements.is_empty() {
        posts.iter().collect()
    } else {
        statements
    };
    let weakest = pool
        .into_iter()
        .min_by(|a, b| mean_score(a).total_cmp(&mean_score(b)));
    match weakest {
        Some(post) => rewrite_post(ctx, pl, post),
        None => first_statement(ctx, pl),
    }
}

/// Text in the trainee's language for facts, each a "Confirmed: …" line.
fn fact_lines(ctx: &Ctx<'_>, pl: &Localizer, facts: &[String]) -> Vec<String> {
    let tag = pl.lang().tag();
    facts
        .iter()
        .take(MAX_FACT_LINES)
        .map(|id| {
            let fallback = ctx
                .scenario
                .fact(id)
                .map_or(id.as_str(), |f| f.text.as_str());
            let text = ctx
                .scenario
                .text(tag, &format!("fact-{id}"))
                .unwrap_or(fallback);
            pl.format("report-rewrite-fact-line", &[("fact", text)])
        })
        .collect()
}

fn added_parts(
    ctx: &Ctx<'_>,
    pl: &Localizer,
    element: Element,
    facts: &[String],
) -> Vec<RewritePart> {
    let lines = if element == Element::Facts && !facts.is_empty() {
        fact_lines(ctx, pl, facts)
    } else {
        vec![element.template(pl)]
    };
    lines
        .into_iter()
        .map(|text| RewritePart { text, added: true })
        .collect()
}

fn finish(
    intro: crate::model::Text,
    action: Option<u32>,
    original: Option<Quote>,
    parts: Vec<RewritePart>,
    added: Vec<String>,
    removed: Vec<String>,
) -> Rewrite {
    let suggested = parts
        .iter()
        .map(|p| &*p.text)
        .collect::<Vec<_>>()
        .join("\n");
    Rewrite {
        intro,
        action,
        original,
        suggested,
        parts,
        added,
        removed,
    }
}

fn rewrite_post(ctx: &Ctx<'_>, pl: &Localizer, post: &PostScore) -> Rewrite {
    let Some((at, action)) = ctx.actions.get(&post.action).copied() else {
        return first_statement(ctx, pl);
    };
    let text = action.text.as_str();
    let findings = &post.assessment.findings;
    let empty = findings.iter().any(|f| f.rule == "post.empty");
    let mut missing: Vec<Element> = if empty {
        Element::ALL.to_vec()
    } else {
        findings
            .iter()
            .filter_map(|f| Element::missing_in(&f.rule))
            .collect()
    };
    missing.sort();
    missing.dedup();
    let cuts = merge_spans(
        findings
            .iter()
            .filter(|f| should_remove(&f.rule, f.effect))
            .filter_map(|f| f.span.and_then(|s| valid_span(text, s)))
            .collect(),
    );
    let removed: Vec<String> = cuts.iter().map(|(s, e)| text[*s..*e].to_owned()).collect();
    let mut kept = String::with_capacity(text.len());
    let mut from = 0;
    for (s, e) in &cuts {
        kept.push_str(&text[from..*s]);
        from = *e;
    }
    kept.push_str(&text[from..]);
    let kept = tidy(&kept);

    let disclosed = &post.assessment.signals.disclosed;
    let facts: Vec<String> = known_facts(ctx, at)
        .into_iter()
        .filter(|f| !disclosed.contains(f))
        .collect();
    let mut parts = Vec::new();
    for element in [Element::Source, Element::Empathy] {
        if missing.contains(&element) {
            parts.extend(added_parts(ctx, pl, element, &facts));
        }
    }
    if !kept.is_empty() {
        parts.push(RewritePart {
            text: kept,
            added: false,
        });
    }
    for element in &missing {
        if !matches!(element, Element::Source | Element::Empathy) {
            parts.extend(added_parts(ctx, pl, *element, &facts));
        }
    }
    let score = format!("{:.0}", mean_score(post));
    let intro = ctx.message(
        "report-rewrite-intro",
        &[
            ("time".to_owned(), ctx.clock(at)),
            ("score".to_owned(), score),
        ],
    );
    let label = ctx.l.get("report-rewrite-original");
    let original = Quote {
        source: QuoteSource::Trainee,
        action: Some(post.action),
        at: at.as_secs(),
        clock: ctx.clock(at),
        label,
        text: text.to_owned(),
        cut_start: false,
        cut_end: false,
        highlights: cuts,
    };
    let added = missing.iter().map(|e| e.label(ctx.l)).collect();
    finish(
        intro,
        Some(post.action),
        Some(original),
        parts,
        added,
        removed,
    )
}

/// A silent trainee's lesson: the complete first statement they could have published by the
/// first-response target, with the confirmed facts they had by then.
fn first_statement(ctx: &Ctx<'_>, pl: &Localizer) -> Rewrite {
    let at = ctx.scenario.def().rubric.first_response_target;
    let facts = known_facts(ctx, at);
    let parts: Vec<RewritePart> = Element::ALL
        .iter()
        .flat_map(|e| added_parts(ctx, pl, *e, &facts))
        .collect();
    let intro = ctx.message(
        "report-rewrite-none-intro",
        &[("time".to_owned(), ctx.clock(at))],
    );
    let added = Element::ALL.iter().map(|e| e.label(ctx.l)).collect();
    finish(intro, None, None, parts, added, Vec::new())
}

#[cfg(test)]
mod tests {
    use super::tidy;

    #[test]
    fn tidy_removes_orphaned_punctuation_and_spaces() {
        assert_eq!(tidy("，我们正在处置，。请留意"), "我们正在处置。请留意");
        assert_eq!(
            tidy("We are  here ,. Call 12345"),
            "We are here. Call 12345"
        );
        assert_eq!(tidy("  a\tb  "), "a b");
    }
}
