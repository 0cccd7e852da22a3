//! The suggested rewrite of the trainee's weakest post, built from its findings: what to
//! remove (the spans of defensive, empty or wrong wording), what to add (the missing CERC
//! elements, as template lines with placeholders, or as confirmed facts the trainee already
//! had). It is a template, and the report says so.

use std::collections::BTreeMap;

use goldenhour_l10n::{Lang, Localizer};
use goldenhour_scenario::{ActionKind, Disclosure, SimDuration};
use goldenhour_scoring::PostScore;
use goldenhour_simlog::LogKind;

use crate::build::{Ctx, valid_span};
use crate::model::{Quote, QuoteSource, Rewrite, RewritePart};

/// Most confirmed facts suggested for a post that lacks facts.
/// How long a fact line grows before the rest of its briefing is left out (see [`brief`]).
const FACT_LINE_CHARS: usize = 160;
const MAX_FACT_LINES: usize = 3;

/// A message element the rewrite can add, in the order it is added.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Element {
    Source,
    Empathy,
    /// An apology that owns the fault (only for a post that blamed others).
    Apology,
    /// The check behind a denial (only for a post that denies without one).
    Proof,
    Facts,
    Unknowns,
    Actions,
    Guidance,
    Help,
    NextUpdate,
}

impl Element {
    /// The elements of a complete statement (a denial's proof is asked for only where a post
    /// denies something).
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
            // A statement that reports harm coldly: its words about the harm stay, the
            // empathy is added.
            "tone.no-empathy" | "tone.cold" => Element::Empathy,
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
            Element::Apology => "report-element-apology",
            Element::Proof => "report-element-proof",
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
            Element::Apology => "report-rewrite-apology",
            Element::Proof => "report-rewrite-proof",
            Element::Facts => "report-rewrite-facts",
            Element::Unknowns => "report-rewrite-unknowns",
            Element::Actions => "report-rewrite-actions",
            Element::Guidance => "report-rewrite-guidance",
            Element::Help => "report-rewrite-help",
            Element::NextUpdate => "report-rewrite-next-update",
        })
    }
}

/// What the rewrite does with the words a finding points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mend {
    /// Remove the clause that holds them, or only the words when the clause also holds
    /// something the post earned credit for.
    Remove,
    /// Replace them with the placeholder of withheld personal details.
    Redact,
    /// Replace them with the placeholder of the responsible body ("有关部门" names nobody).
    Name,
    /// Replace them with a placeholder asking what exactly is meant (words cut from a clause
    /// that keeps something: "地铁运营单位已[具体说明]").
    Specify,
    /// The placeholder for a pronoun whose person was named only in a removed sentence.
    Who,
    /// Replace the words of a denial that stays ("纯属谣言", "completely false") with a plain
    /// "untrue" ("不实", "not true").
    Untrue,
}

/// How the words of a finding (a rule's id, the byte span in `text`) are mended, if at all;
/// and whether they are a denial that should stay and be given its proof.
fn mend(rule: &str, text: &str, (s, e): (usize, usize)) -> (Option<Mend>, bool) {
    match rule {
        // A long sentence should be split, not dropped; the harm a cold statement reports
        // stays (what it lacks is the empathy, added as a missing element).
        "tone.long-sentence" | "tone.cold" => (None, false),
        // A denial of a claim ("网传“…”与事实严重不符", "Claims that … are completely false")
        // stays, in plain words ("不实", "not true"): struck, the rumour would stand alone,
        // repeated by the account. What it lacks is the check behind it. A denial that opens
        // its clause ("No comment", "无可奉告") refuses to speak, one that disowns ("与我局
        // 无关") deflects, and one with no claim named before it disputes ("The clip does not
        // show the full picture"): they go.
        "tone.denial" | "authority.bare-denial" => {
            let (cs, _) = clause(text, (s, e));
            let words = text[s..e].to_lowercase();
            // "与我局无关", "not our responsibility": disowning, not refuting.
            let disowns = [
                "无关",
                "不归",
                "职责",
                "responsib",
                "nothing to do",
                "our problem",
                "our fault",
            ]
            .iter()
            .any(|w| words.contains(w));
            // It refutes a claim when the claim is named before it: "网传“…”", "Claims that…".
            let before = text[..s].to_lowercase();
            let sentence = before
                .rfind(|c: char| ends_sentence(c))
                .map_or(before.as_str(), |i| &before[i..]);
            let refutes = [
                "网传",
                "传言",
                "传闻",
                "谣",
                "说法",
                "“",
                "\"",
                "rumour",
                "rumor",
                "claim",
                "posts",
                "reports that",
                "saying that",
            ]
            .iter()
            .any(|cue| sentence.contains(cue));
            if disowns || !refutes || text[cs..s].trim().is_empty() {
                (Some(Mend::Remove), false)
            } else {
                (Some(Mend::Untrue), true)
            }
        }
        "transparency.leak-private" | "transparency.personal-data" => (Some(Mend::Redact), false),
        "authority.vague-naming" => (Some(Mend::Name), false),
        _ if goldenhour_scoring::rule_by_id(rule).is_some_and(|r| r.points < 0.0) => {
            (Some(Mend::Remove), false)
        }
        _ => (None, false),
    }
}

/// Whether a char ends a clause at byte `i` of `text` ("." and ":" only where they end a
/// sentence or a label, not in "5.30", "a.m." or "6:40"; "," not in "1,000").
fn ends_clause(text: &str, i: usize, c: char) -> bool {
    let next = text[i + c.len_utf8()..].chars().next();
    let prev = text[..i].chars().next_back();
    let digits =
        prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit());
    match c {
        // Not after an abbreviation: "4:50 a.m. and the pumps failed", "the No. 2 hospital".
        '.' => next.is_none_or(char::is_whitespace) && !abbreviation(&text[..i]),
        ':' | ',' => !digits,
        '\n' => true,
        c => is_punct(c),
    }
}

/// Whether `before` (the text up to a full stop) ends with an abbreviation: a word with a
/// stop inside ("a.m", "e.g", "U.S") or a title or label that takes one ("No", "Dr", "St").
fn abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    word.contains('.') && word.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
        || crate::clause::is_title(word)
}

/// Whether a char ends a sentence.
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '.' | '！' | '!' | '？' | '?' | '\n')
}

/// The clause holding the byte span `(s, e)` of `text`: from after the punctuation before it
/// to the punctuation after it (excluded), without the spaces at its edges.
fn clause(text: &str, (s, e): (usize, usize)) -> (usize, usize) {
    let start = text[..s]
        .char_indices()
        .rev()
        .find(|&(i, c)| ends_clause(text, i, c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[e..]
        .char_indices()
        .find(|&(i, c)| ends_clause(text, e + i, c))
        .map_or(text.len(), |(i, _)| e + i);
    let start = start + (text[start..s].len() - text[start..s].trim_start().len());
    (start, end)
}

/// Whether what is left of the sentence `(ss, se)` once the removals in `cuts` are made is a
/// fragment too short to stand alone: at most 10 CJK chars ("据现场人员反映") or 6 words
/// ("held on to the cart"). "乘客均已安全撤离，情绪稳定" stands.
fn is_fragment(text: &str, (ss, se): (usize, usize), cuts: &[(usize, usize, Mend)]) -> bool {
    let (lead_in, short, _) = leftover(text, (ss, se), cuts);
    lead_in || short
}

/// What is left of the sentence `(ss, se)` once the removals in `cuts` are made: whether it
/// is a lead-in ending in a colon, whether it is short (see [`is_fragment`]), and whether it
/// is a stub too short to say anything even with a date in it ("7月18日凌晨").
fn leftover(
    text: &str,
    (ss, se): (usize, usize),
    cuts: &[(usize, usize, Mend)],
) -> (bool, bool, bool) {
    let mut rest = String::new();
    let mut from = ss;
    let mut inside: Vec<(usize, usize)> = cuts
        .iter()
        .filter(|&&(s, e, how)| how == Mend::Remove && ss <= s && e <= se)
        .map(|&(s, e, _)| (s, e))
        .collect();
    inside.sort_unstable();
    for (s, e) in inside {
        if s > from {
            rest.push_str(&text[from..s]);
        }
        from = from.max(e);
    }
    rest.push_str(&text[from.min(se)..se]);
    let cjk = rest
        .chars()
        .filter(|&c| goldenhour_scoring::is_cjk(c))
        .count();
    let words = rest
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty() && !w.chars().any(goldenhour_scoring::is_cjk))
        .count();
    // A lead-in whose clause went ("We can now say why the underpass flooded so fast:")
    // says nothing either.
    let lead_in = rest
        .trim_end_matches(|c: char| c.is_whitespace() || ends_sentence(c))
        .ends_with([':', '：']);
    (lead_in, cjk <= 10 && words <= 6, cjk <= 6 && words <= 3)
}

/// The brackets around the byte span `(s, e)` of `text`, "（…）" or "(…)", if it sits in a
/// pair of them within its sentence.
fn parenthetical(text: &str, (s, e): (usize, usize)) -> Option<(usize, usize)> {
    let open = text[..s]
        .char_indices()
        .rev()
        .take_while(|&(i, c)| !(ends_sentence(c) && ends_clause(text, i, c)))
        .find(|&(_, c)| matches!(c, '（' | '(' | '）' | ')'))
        .filter(|&(_, c)| matches!(c, '（' | '('))?;
    let close = text[e..]
        .char_indices()
        .take_while(|&(i, c)| !(ends_sentence(c) && ends_clause(text, e + i, c)))
        .find(|&(_, c)| matches!(c, '（' | '(' | '）' | ')'))
        .filter(|&(_, c)| matches!(c, '）' | ')'))?;
    Some((open.0, e + close.0 + close.1.len_utf8()))
}

/// The sentences of `text`, each with the mark that ends it.
fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        // A bracketed header the sentence opens with is a title of its own: "【情况通报】".
        let closes_header = matches!(c, '】' | ']')
            && text[start..i]
                .trim_start()
                .starts_with(if c == '】' { '【' } else { '[' });
        if closes_header || (ends_sentence(c) && ends_clause(text, i, c)) {
            out.push((start, i + c.len_utf8()));
            start = i + c.len_utf8();
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    // Without the spaces before them.
    out.into_iter()
        .map(|(s, e)| (e - text[s..e].trim_start().len(), e))
        .filter(|&(s, e)| s < e)
        .collect()
}

/// The spans of the post to change, sorted and disjoint, each with how it changes, and where
/// the proof of a denial that lacks one goes (the end of the first such denial's sentence).
///
/// A clause goes whole where nothing else in it earned credit ("地铁运营单位已妥善处置" loses its
/// subject too, instead of leaving "地铁运营单位已"); in a clause that keeps something, the words
/// give way to a placeholder asking what exactly is meant. A sentence that lost a clause and
/// keeps nothing else that earned credit goes whole, so no fragment is left ("held on to the
/// cart.").
fn cuts(
    text: &str,
    findings: &[goldenhour_scoring::Finding],
) -> (Vec<(usize, usize, Mend)>, Option<usize>) {
    let spans = |keep: fn(&goldenhour_scoring::Finding) -> bool| -> Vec<(usize, usize)> {
        findings
            .iter()
            .filter(|f| keep(f))
            .filter_map(|f| f.span.and_then(|s| valid_span(text, s)))
            .collect()
    };
    // What the post said that is worth keeping. Naming a body or a check frames a clause
    // ("地铁运营单位已妥善处置", "公安机关将依法追究责任"): it does not save it.
    let mut credited = spans(|f| {
        f.effect > 0.0
            && !matches!(
                f.rule.as_str(),
                "authority.responsible-body" | "authority.verified"
            )
    });
    // Each finding on words of the text, with how it is mended (worked out once).
    let mended: Vec<_> = findings
        .iter()
        .filter_map(|f| {
            let span = f.span.and_then(|s| valid_span(text, s))?;
            let (how, denial) = mend(&f.rule, text, span);
            Some((f, span, how, denial))
        })
        .collect();
    // Denials of a claim stay, and count as kept wording.
    let denials: Vec<(usize, usize)> = mended.iter().filter(|m| m.3).map(|m| m.1).collect();
    credited.extend(&denials);
    let proof = denials
        .iter()
        .map(|&(_, e)| {
            text[e..]
                .char_indices()
                .find(|&(i, c)| ends_sentence(c) && ends_clause(text, e + i, c))
                .map_or(text.len(), |(i, c)| e + i + c.len_utf8())
        })
        .min();
    let mut out: Vec<(usize, usize, Mend)> = Vec::new();
    // Clauses removed for what they claim (false, unverified, blaming…), not their wording.
    let mut content: Vec<(usize, usize)> = Vec::new();
    // A sentence that tells two or more of a person's private details ("二年级（3）班的王梓萱
    // 同学，8岁，她有哮喘病史，…") is about that person: it goes whole, for with the name
    // redacted the class and the illness still point at one child. One detail (a name in a
    // sentence about the rescue) is redacted.
    let private_sentences: Vec<(usize, usize)> = sentences(text)
        .into_iter()
        .filter(|&(ss, se)| {
            let mut spans: Vec<(usize, usize)> = mended
                .iter()
                .filter(|m| m.0.rule == "transparency.leak-private")
                .map(|m| m.1)
                .filter(|&(s, e)| ss <= s && e <= se)
                .collect();
            spans.sort_unstable();
            spans.dedup();
            spans.len() >= 2
        })
        .collect();
    for &(f, (s, e), how, _) in &mended {
        let Some(how) = how else {
            continue;
        };
        if f.rule == "transparency.leak-private"
            && let Some(&(ss, se)) = private_sentences
                .iter()
                .find(|&&(ss, se)| ss <= s && e <= se)
        {
            content.push((ss, se));
            out.push((ss, se, Mend::Remove));
            continue;
        }
        if how == Mend::Redact {
            // Personal details in brackets go with their brackets' other details:
            // "罗爸爸（三年级二班，家住…502室）" names the class and the street too.
            // So do the brackets right after a name: "祁某（68岁，家住…7栋）".
            let (s, e) = parenthetical(text, (s, e)).unwrap_or((s, e));
            let after = text[e..].trim_start();
            let e = match after.chars().next() {
                Some(c @ ('（' | '(')) => {
                    let inside = text.len() - after.len() + c.len_utf8();
                    parenthetical(text, (inside, inside)).map_or(e, |(_, pe)| pe)
                }
                _ => e,
            };
            out.push((s, e, how));
            continue;
        }
        if how != Mend::Remove {
            out.push((s, e, how));
            continue;
        }
        // The words of a denial that stays but may not be said either ("纯属谣言" where the
        // scenario forbids it) give way to the same plain "untrue".
        if denials.iter().any(|&(a, b)| a < e && s < b) {
            out.push((s, e, Mend::Untrue));
            continue;
        }
        let (cs, ce) = clause(text, (s, e));
        // Only stock wording can be lifted out of a clause: a false, unverified, speculative,
        // blaming or threatening claim is the whole clause, whatever else it holds
        // ("桐林路下穿隧道排水泵站约4时50分跳闸停机" keeps no "4时50分").
        let wording = matches!(
            f.rule.as_str(),
            "tone.officialese"
                | "tone.officialese-backed"
                | "tone.boilerplate"
                | "tone.forbidden"
                | "transparency.boilerplate"
                | "transparency.shield"
        );
        let keeps = wording
            && credited
                .iter()
                .any(|&(a, b)| a < ce && cs < b && (b <= s || e <= a));
        if !wording {
            content.push((cs, ce));
        }
        out.push(if keeps {
            (s, e, Mend::Specify)
        } else {
            (cs, ce, Mend::Remove)
        });
    }
    // A clause that hangs on a removed one goes with it: "市委市政府高度重视，…作出批示，要求
    // 全力做好救援处置工作" leaves no "要求[具体说明]做好…" without its subject, "…，并由[责任
    // 部门]介入调查" no "并由" without what it joined.
    let mut i = 0;
    while i < out.len() {
        let (_, e, how) = out[i];
        i += 1;
        if how != Mend::Remove {
            continue;
        }
        let rest = &text[e..];
        let gap = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_whitespace() || matches!(c, '，' | '、' | ',')))
            .map_or(rest.len(), |(j, _)| j);
        let next = e + gap;
        let ends = rest[..gap].chars().any(ends_sentence);
        const HANGING: [&str; 6] = ["要求", "责成", "并由", "并", "同时要求", "以便"];
        if next < text.len() && !ends && HANGING.iter().any(|w| text[next..].starts_with(w)) {
            let (cs, ce) = clause(text, (next, next));
            if !out.iter().any(|&(s, e, _)| s <= cs && ce <= e) {
                content.push((cs, ce));
                out.push((cs, ce, Mend::Remove));
            }
        }
    }
    let removed = |(a, b): (usize, usize), out: &[(usize, usize, Mend)]| {
        out.iter()
            .any(|&(s, e, how)| how == Mend::Remove && s <= a && b <= e)
    };
    // A sentence that only weighs the claim removed before it ("If this is confirmed, it was a
    // serious breach of safety rules", "如属实，…", "This has not been confirmed and…") goes
    // with it: nothing is left to weigh.
    let mut after_claim = false;
    for (ss, se) in sentences(text) {
        let opening = text[ss..se].trim_start().to_lowercase();
        let weighs_the_last = after_claim
            && [
                "if this",
                "if that",
                "if so",
                "if confirmed",
                "if true",
                "this has not been confirmed",
                "this has not yet been confirmed",
                "this is not confirmed",
                "this is unconfirmed",
                "that has not been confirmed",
                "如属实",
                "若属实",
                "如果属实",
                "一旦属实",
                "一旦证实",
                "如果确认",
                "此说法尚未证实",
                "这一说法尚未证实",
                "以上情况尚未证实",
                "目前尚未证实",
            ]
            .iter()
            .any(|w| opening.starts_with(w));
        if weighs_the_last {
            content.push((ss, se));
            out.push((ss, se, Mend::Remove));
            continue;
        }
        let lost_clause = out
            .iter()
            .any(|&(s, e, how)| how == Mend::Remove && ss <= s && e <= se);
        let keeps = credited
            .iter()
            .any(|&(a, b)| a < se && ss < b && !removed((a, b), &out));
        // A sentence that lost a claim says the same thing around it ("问题可能出在番茄炒蛋，
        // 鸡蛋存放温度偏高、蛋壳污损"; "We can now say why…: the pump station tripped"): it goes
        // whole unless something in it earned credit. One that lost only stock wording goes
        // when what is left is a fragment.
        let lost_claim = content.iter().any(|&(s, e)| ss <= s && e <= se);
        // A lead-in to what went ("We can now say why the underpass flooded so fast:") and a
        // stub ("7月18日凌晨") go, whatever they name.
        let (lead_in, _, stub) = leftover(text, (ss, se), &out);
        let removed_whole = lost_clause
            && (lead_in || stub || (!keeps && (lost_claim || is_fragment(text, (ss, se), &out))));
        if removed_whole {
            out.push((ss, se, Mend::Remove));
        }
        after_claim = removed_whole && lost_claim;
    }
    // Sorted and merged: a removal swallows whatever it overlaps.
    out.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
    let mut merged: Vec<(usize, usize, Mend)> = Vec::with_capacity(out.len());
    for (s, e, how) in out {
        match merged.last_mut() {
            Some(last) if s < last.1 => {
                last.1 = last.1.max(e);
                if how == Mend::Remove {
                    last.2 = Mend::Remove;
                }
            }
            // Two denials joined ("pure fabrication and totally groundless", "纯属谣言、
            // 子虚乌有") are one "untrue", not "not true and totally not true".
            Some(last)
                if last.2 == Mend::Untrue && how == Mend::Untrue && joins(&text[last.1..s]) =>
            {
                last.1 = e;
            }
            _ => merged.push((s, e, how)),
        }
    }
    (merged, proof)
}

/// Whether the text between two phrases only joins them: "and", "and totally", "、", "，".
fn joins(between: &str) -> bool {
    const WORDS: [&str; 8] = [
        "and",
        "or",
        "totally",
        "completely",
        "utterly",
        "entirely",
        "absolutely",
        "simply",
    ];
    let between = between.trim();
    between.is_empty()
        || ["、", "，", ",", "且", "并且", "而且", "也"].contains(&between)
        || between
            .split_whitespace()
            .all(|w| WORDS.contains(&w.trim_matches(',').to_lowercase().as_str()))
}

/// The post with the cuts made (each replaced by `placeholder(how)`), tidied, in two pieces
/// around the place of a denial's proof (all in the first when there is none).
fn apply(
    text: &str,
    cuts: &[(usize, usize, Mend)],
    proof_at: Option<usize>,
    placeholder: impl Fn(Mend) -> String,
) -> [String; 2] {
    let split = proof_at.unwrap_or(text.len());
    let mut pieces = [String::new(), String::new()];
    let keep = |pieces: &mut [String; 2], from: usize, to: usize, after_cut: bool| {
        let at = split.clamp(from, to);
        for (piece, (a, b)) in pieces.iter_mut().zip([(from, at), (at, to)]) {
            let mut part = text[a..b].to_owned();
            let ends = piece.trim_end().chars().next_back();
            let starts_sentence = piece.trim().is_empty()
                || ends.is_some_and(|c| matches!(c, '。' | '！' | '？'))
                || ends.is_some_and(|c| matches!(c, '.' | '!' | '?'))
                    && !abbreviation(&piece.trim_end()[..piece.trim_end().len() - 1]);
            let first = part
                .char_indices()
                .find(|&(_, c)| !c.is_whitespace() && !is_soft_punct(c));
            if after_cut
                && starts_sentence
                && let Some((i, c)) = first
            {
                // A pronoun whose person was named in the sentence removed before it refers to
                // nobody: "She was taken to hospital" becomes "[The person] was taken…".
                let word_end = part[i..]
                    .find(|c: char| !c.is_alphabetic() || goldenhour_scoring::is_cjk(c))
                    .map_or(part.len(), |n| i + n);
                let word = &part[i..word_end.max(i + c.len_utf8())];
                let cjk_pronoun = ["她们", "他们", "她", "他"]
                    .into_iter()
                    .find(|p| part[i..].starts_with(p));
                if let Some(p) = cjk_pronoun {
                    part.replace_range(i..i + p.len(), &placeholder(Mend::Who));
                } else if matches!(word, "She" | "He" | "They" | "Her" | "His" | "Their") {
                    part.replace_range(i..i + word.len(), &placeholder(Mend::Who));
                } else if c.is_ascii_lowercase() {
                    // What follows a removed sentence starts one: "…by 07:30. Press conference
                    // at 10:00", not "07:30. press conference".
                    part.replace_range(i..i + 1, &c.to_ascii_uppercase().to_string());
                }
            }
            piece.push_str(&part);
        }
    };
    let mut from = 0;
    let mut after_cut = false;
    for &(s, e, how) in cuts {
        keep(&mut pieces, from, s, after_cut);
        pieces[usize::from(s >= split)].push_str(&placeholder(how));
        from = e;
        after_cut = how == Mend::Remove;
    }
    keep(&mut pieces, from, text.len(), after_cut);
    pieces.map(|p| tidy(&p))
}

fn is_soft_punct(c: char) -> bool {
    matches!(c, '，' | ',' | '、' | '；' | ';' | '：' | ':')
}

fn is_punct(c: char) -> bool {
    is_soft_punct(c) || matches!(c, '。' | '.' | '！' | '!' | '？' | '?')
}

/// Tidies text after spans were cut out: single spaces, no comma left before or after another
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
            // Not after a full stop: "a.m., police say" keeps its comma.
            let mut back = out.trim_end().chars().rev();
            let after_punct = match (back.next(), back.next()) {
                // "07:30.;" ends a sentence; "a.m.," does not.
                (Some('.'), before) => before.is_some_and(|b| b.is_ascii_digit() || b == ')'),
                (Some(p), _) => is_punct(p),
                _ => false,
            };
            if at_start || after_punct || next.is_none_or(|n| is_punct(*n)) {
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

/// The facts briefed to the trainee by `at`, in the order they came.
fn revealed_by<'c>(ctx: &Ctx<'c>, at: SimDuration) -> Vec<&'c str> {
    ctx.log
        .entries
        .iter()
        .take_while(|e| e.at <= at)
        .filter_map(|e| match &e.kind {
            LogKind::FactRevealed { fact } => Some(fact.as_str()),
            _ => None,
        })
        .collect()
}

/// A fault on the account's own side (`rubric.apology_owed_for`) the trainee knew of by `at`
/// and that the run apologised for late or never (`tone.no-apology`, `tone.late-apology`):
/// its fact's id, the latest to come to light when there are several.
fn owed_fault(ctx: &Ctx<'_>, at: SimDuration) -> Option<String> {
    let revealed = revealed_by(ctx, at);
    ctx.scores
        .findings
        .iter()
        .filter(|f| matches!(f.rule.as_str(), "tone.no-apology" | "tone.late-apology"))
        .filter_map(|f| f.subject.as_deref())
        .filter(|id| {
            revealed.contains(id) || ctx.scenario.fact(id).is_some_and(|f| f.known_at_start)
        })
        // The latest to come to light: the one the post is most likely about.
        .max_by_key(|id| revealed.iter().rposition(|r| r == id).map_or(0, |i| i + 1))
        .map(str::to_owned)
}

/// Facts the public needs that the trainee knew by `at` (known from the start or briefed),
/// confirmed, the latest briefed first (then in the order the scenario lists them).
fn known_facts(ctx: &Ctx<'_>, at: SimDuration) -> Vec<String> {
    let def = ctx.scenario.def();
    let revealed = revealed_by(ctx, at);
    let mut facts: Vec<String> = def
        .facts
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
        .collect();
    // The latest briefing first: at 07:30 "all 427 passengers are out" matters more than the
    // 05:05 "420 passengers trapped" it supersedes. Facts known from the start come last.
    facts.sort_by_key(|id| {
        std::cmp::Reverse(revealed.iter().rposition(|r| r == id).map_or(0, |i| i + 1))
    });
    facts
}

/// The points a post lost to findings on its own words (negative, with a span; a long
/// sentence aside).
pub(crate) fn harm(p: &PostScore) -> f64 {
    p.assessment
        .findings
        .iter()
        .filter(|f| f.effect < 0.0 && f.span.is_some() && f.rule != "tone.long-sentence")
        .map(|f| f.effect)
        .sum()
}

/// Whether a post's findings credit an apology (not a hollow one, which earns nothing).
fn apologises(findings: &[goldenhour_scoring::Finding]) -> bool {
    findings
        .iter()
        .any(|f| f.rule == "tone.apology" && f.effect > 0.0)
}

/// The run's late or missing apologies (`tone.no-apology`, `tone.late-apology`), each charged
/// to the first statement (`Publish`) made after its fault came to light that apologises for
/// nothing: action id → the points lost.
fn owed_statements(ctx: &Ctx<'_>) -> BTreeMap<u32, f64> {
    let mut out = BTreeMap::new();
    for f in ctx
        .scores
        .findings
        .iter()
        .filter(|f| matches!(f.rule.as_str(), "tone.no-apology" | "tone.late-apology"))
    {
        let Some(id) = f.subject.as_deref() else {
            continue;
        };
        let revealed = ctx
            .log
            .entries
            .iter()
            .find(|e| matches!(&e.kind, LogKind::FactRevealed { fact } if fact == id))
            .map_or(SimDuration::ZERO, |e| e.at);
        let owing = ctx.scores.posts.iter().find(|p| {
            p.at >= revealed
                && matches!(p.kind, ActionKind::Publish)
                && !apologises(&p.assessment.findings)
        });
        if let Some(p) = owing {
            *out.entry(p.action).or_insert(0.0) += f.effect;
        }
    }
    out
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
    let statements: Vec<&PostScore> = posts.iter().filter(|p| p.is_statement()).collect();
    // With no statement at all, a reply is the lesson only where its words did harm (a leak,
    // a scapegoat); otherwise the lesson is the statement that never came.
    let pool: Vec<&PostScore> = if statements.is_empty() {
        posts.iter().filter(|p| harm(p) < 0.0).collect()
    } else {
        statements
    };
    // The statement that lost most to what it said (a scapegoat, a threat, a false claim),
    // then the one with the lowest mean: a plain correction that lacks a hotline is a
    // weaker lesson than a post that blames a temp worker. An apology the run owed and made
    // late or never is charged to the first statement after its fault came to light that
    // carries none: the one that should have.
    let owed = owed_statements(ctx);
    let lost = |p: &PostScore| harm(p) + owed.get(&p.action).copied().unwrap_or(0.0);
    // Of posts that lost nothing to their words, a statement before a rumour correction: a
    // correction need not carry every element of a crisis message, so its low mean says less.
    let correction = |p: &PostScore| matches!(p.kind, ActionKind::CorrectRumour { .. });
    let weakest = pool.into_iter().min_by(|a, b| {
        lost(a)
            .total_cmp(&lost(b))
            .then(correction(a).cmp(&correction(b)))
            .then(mean_score(a).total_cmp(&mean_score(b)))
    });
    match weakest {
        Some(post) => rewrite_post(ctx, pl, post),
        None => first_statement(ctx, pl),
    }
}

/// A bracketed header the text opens with ("【情况通报】", "[Update, 9:20 a.m.]"), and the rest.
fn split_header(text: &str) -> (&str, &str) {
    let close = match text.chars().next() {
        Some('【') => '】',
        Some('[') => ']',
        _ => return ("", text),
    };
    match text.find(close) {
        Some(i) => {
            let end = i + close.len_utf8();
            let rest = text[end..].trim_start();
            // "【关于网传“仓库存有氰化钠”】不实。" : the bracket is the subject of what follows,
            // not a title, when only a few words finish its sentence.
            let finish = rest
                .char_indices()
                .find(|&(i, c)| ends_sentence(c) && ends_clause(rest, i, c))
                .map_or(rest.len(), |(i, _)| i);
            if rest[..finish]
                .chars()
                .filter(|c| c.is_alphanumeric())
                .count()
                <= 4
            {
                return ("", text);
            }
            (&text[..end], rest)
        }
        None => ("", text),
    }
}

/// A briefing's fact cut to its first sentences, to about [`FACT_LINE_CHARS`] chars (an
/// ideograph counting as two): a post is no place for the whole of a 900-character briefing
/// on sensor data. "…" says there is more.
pub(crate) fn brief(text: &str) -> String {
    let width = |t: &str| {
        t.chars()
            .map(|c| if goldenhour_scoring::is_cjk(c) { 2 } else { 1 })
            .sum::<usize>()
    };
    let mut end = 0;
    for (_, e) in sentences(text) {
        end = e;
        if width(&text[..e]) >= FACT_LINE_CHARS {
            break;
        }
    }
    let kept = text[..end].trim_end();
    if kept.len() < text.trim_end().len() && !kept.is_empty() {
        format!("{}…", kept.trim_end_matches(['.', '。']))
    } else {
        text.to_owned()
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
            let text = brief(text);
            let text = text.as_str();
            // "经确认：经核查，…" says it twice: a fact that names its own check stands alone.
            if text.starts_with(['经', '据']) {
                text.to_owned()
            } else {
                pl.format("report-rewrite-fact-line", &[("fact", text)])
            }
        })
        .collect()
}

/// What the trainee gave elsewhere in the run that a template line would otherwise ask for
/// with a placeholder: the help line they published. (Not the responsible body: who confirms
/// one post's facts is not known from another's, and a wrong attribution is worse than a
/// placeholder.)
#[derive(Default)]
struct Given {
    phone: Option<String>,
}

impl Given {
    /// The phone number that earned credit most often in the run's posts written in the
    /// rewrite's language (the first of equals): the trainee's own line, so the rewrite may
    /// use it in a post written before it.
    fn of(ctx: &Ctx<'_>, lang: Lang) -> Given {
        let mut phones: Vec<(String, usize)> = Vec::new();
        for post in &ctx.scores.posts {
            let Some((_, action)) = ctx.actions.get(&post.action) else {
                continue;
            };
            let text = action.text.as_str();
            if goldenhour_scoring::Language::detect(text).tag() != lang.tag() {
                continue;
            }
            for f in &post.assessment.findings {
                let Some((s, e)) = f
                    .span
                    .filter(|_| f.rule == "service.phone" && f.effect > 0.0)
                    .and_then(|sp| valid_span(text, sp))
                else {
                    continue;
                };
                let phone = &text[s..e];
                match phones.iter_mut().find(|(p, _)| p == phone) {
                    Some((_, n)) => *n += 1,
                    None => phones.push((phone.to_owned(), 1)),
                }
            }
        }
        let most = phones.iter().map(|(_, n)| *n).max().unwrap_or(0);
        Given {
            phone: phones.into_iter().find(|(_, n)| *n == most).map(|(p, _)| p),
        }
    }

    /// The template line of an element, with what the trainee gave in place of its
    /// placeholder where the line has one.
    fn line(&self, pl: &Localizer, element: Element) -> String {
        match (element, &self.phone) {
            (Element::Help, Some(phone)) => {
                pl.format("report-rewrite-help-phone", &[("phone", phone.as_str())])
            }
            _ => element.template(pl),
        }
    }
}

fn added_parts(
    ctx: &Ctx<'_>,
    pl: &Localizer,
    given: &Given,
    element: Element,
    facts: &[String],
) -> Vec<RewritePart> {
    let lines = if element == Element::Facts && !facts.is_empty() {
        fact_lines(ctx, pl, facts)
    } else {
        vec![given.line(pl, element)]
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
    // A rumour correction answers a claim: who checked, what was found, where to check
    // again. It need not carry every element of a crisis statement.
    if matches!(post.kind, ActionKind::CorrectRumour { .. }) {
        missing.retain(|e| matches!(e, Element::Source | Element::Facts | Element::Help));
    }
    // A post that shifted the blame and apologised for nothing is given the apology in its
    // place (SCCT: a scapegoat says the crisis was preventable, and a preventable crisis
    // calls for one). An excuse alone ("百年一遇") may come from a natural disaster, where an
    // apology is not owed. So is a statement made once the scenario's fault on the account's
    // own side was known (`rubric.apology_owed_for`) and the run apologised for it late or
    // never; the apology then names that fault, so that it is not read as one for everything
    // else the post says (a death toll). A reply or a rumour correction need not carry it.
    let deflected = findings
        .iter()
        .any(|f| f.rule == "tone.blame" && f.effect < 0.0);
    let fault = matches!(post.kind, ActionKind::Publish)
        .then(|| owed_fault(ctx, at))
        .flatten();
    if (deflected || fault.is_some()) && !apologises(findings) {
        missing.push(Element::Apology);
    }
    // A promise with no time ("后续进展将及时向社会公布") is half of one: the rewrite gives the
    // timed line, whether the vague words stay or go as boilerplate.
    let has = |rule: &str| findings.iter().any(|f| f.rule == rule);
    if has("transparency.vague-promise")
        && !has("transparency.next-update")
        && !matches!(post.kind, ActionKind::CorrectRumour { .. })
    {
        missing.push(Element::NextUpdate);
    }
    missing.sort();
    missing.dedup();
    let (cuts, proof_at) = cuts(text, findings);
    let removed: Vec<String> = cuts
        .iter()
        .map(|&(s, e, _)| text[s..e].to_owned())
        .collect();
    let [before, after] = apply(text, &cuts, proof_at, |how| match how {
        Mend::Redact => pl.get("report-rewrite-redacted"),
        Mend::Name => pl.get("report-rewrite-body"),
        Mend::Specify => pl.get("report-rewrite-specify"),
        Mend::Untrue => pl.get("report-rewrite-untrue"),
        Mend::Who => pl.get("report-rewrite-who"),
        Mend::Remove => String::new(),
    });
    let cuts: Vec<(usize, usize)> = cuts.iter().map(|&(s, e, _)| (s, e)).collect();
    let given = Given::of(ctx, pl.lang());

    let disclosed = &post.assessment.signals.disclosed;
    let facts: Vec<String> = known_facts(ctx, at)
        .into_iter()
        .filter(|f| !disclosed.contains(f))
        .collect();
    // A statement that told none of what the trainee had been briefed on needs the facts,
    // whatever dates and places it named ("Statement on the Qinghe Primary School incident").
    if disclosed.is_empty() && !facts.is_empty() && matches!(post.kind, ActionKind::Publish) {
        missing.push(Element::Facts);
        missing.sort();
        missing.dedup();
    }
    // The proof of a denied rumour is the fact that debunks it, where the trainee had it.
    // In a correction, its rumour's; in a statement, those of the rumours already going
    // round when it was posted.
    let rumours: Vec<&str> = match &post.kind {
        ActionKind::CorrectRumour { rumour } => vec![rumour.as_str()],
        _ => ctx
            .log
            .entries
            .iter()
            .take_while(|e| e.at <= at)
            .filter_map(|e| match &e.kind {
                LogKind::RumourStarted { rumour } => Some(rumour.as_str()),
                _ => None,
            })
            .collect(),
    };
    // A statement's denial is matched to a rumour only when one is going round: with two
    // (the dam and the metro), the dam's inspection is no proof against the metro's deaths.
    let rumours = if rumours.len() == 1 || matches!(post.kind, ActionKind::CorrectRumour { .. }) {
        rumours
    } else {
        Vec::new()
    };
    let debunking: Vec<String> = facts
        .iter()
        .filter(|f| {
            rumours.iter().any(|r| {
                ctx.scenario
                    .rumour(r)
                    .is_some_and(|r| r.debunked_by.contains(f))
            })
        })
        .cloned()
        .collect();
    // A correction's facts are those that debunk its rumour (above), not the day's others.
    let correction = matches!(post.kind, ActionKind::CorrectRumour { .. });
    let facts: Vec<String> = if correction {
        debunking.clone()
    } else {
        facts
            .into_iter()
            .filter(|f| !debunking.contains(f))
            .collect()
    };
    let mut parts = Vec::new();
    // A bracketed header ("【伤亡信息更新·9时20分】") still opens the post: the trainee's own,
    // not a placeholder the rewrite put first ("[The person] has been dismissed").
    let (header, before) = match split_header(text).0 {
        "" => ("", before.as_str()),
        own if before.starts_with(own) => (own, before[own.len()..].trim_start()),
        _ => ("", before.as_str()),
    };
    if !header.is_empty() {
        parts.push(RewritePart {
            text: header.to_owned(),
            added: false,
        });
    }
    // Empathy first, then who confirms what follows ("据[责任部门]确认：" before "我们理解…"
    // reads as if the body confirmed the sympathy).
    for element in [Element::Empathy, Element::Apology, Element::Source] {
        if !missing.contains(&element) {
            continue;
        }
        match (element, &fault) {
            (Element::Apology, Some(id)) => {
                let text = ctx
                    .scenario
                    .text(pl.lang().tag(), &format!("fact-{id}"))
                    .or_else(|| ctx.scenario.fact(id).map(|f| f.text.as_str()))
                    .unwrap_or_default();
                parts.push(RewritePart {
                    text: pl.format("report-rewrite-apology-for", &[("fault", &brief(text))]),
                    added: true,
                });
            }
            _ => parts.extend(added_parts(ctx, pl, &given, element, &facts)),
        }
    }
    if !before.is_empty() {
        parts.push(RewritePart {
            text: before.to_owned(),
            added: false,
        });
    }
    if proof_at.is_some() {
        if correction && !debunking.is_empty() {
            // The proof is the facts: they are not added twice.
            missing.retain(|e| *e != Element::Facts);
        }
        if debunking.is_empty() {
            parts.extend(added_parts(ctx, pl, &given, Element::Proof, &facts));
        } else {
            parts.extend(
                fact_lines(ctx, pl, &debunking)
                    .into_iter()
                    .map(|text| RewritePart { text, added: true }),
            );
        }
        missing.push(Element::Proof);
        missing.sort();
    }
    if !after.is_empty() {
        parts.push(RewritePart {
            text: after,
            added: false,
        });
    }
    for element in &missing {
        if !matches!(
            element,
            Element::Source | Element::Empathy | Element::Apology | Element::Proof
        ) {
            parts.extend(added_parts(ctx, pl, &given, *element, &facts));
        }
    }
    let score = crate::whole(mean_score(post));
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
    let intro_id = if ctx.scores.posts.is_empty() {
        "report-rewrite-none-intro"
    } else {
        "report-rewrite-no-statement-intro"
    };
    let facts = known_facts(ctx, at);
    let given = Given::of(ctx, pl.lang());
    let parts: Vec<RewritePart> = Element::ALL
        .iter()
        .flat_map(|e| added_parts(ctx, pl, &given, *e, &facts))
        .collect();
    let intro = ctx.message(intro_id, &[("time".to_owned(), ctx.clock(at))]);
    let added = Element::ALL.iter().map(|e| e.label(ctx.l)).collect();
    finish(intro, None, None, parts, added, Vec::new())
}

#[cfg(test)]
mod tests {
    use super::{Mend, apply, brief, cuts, tidy};
    use goldenhour_scenario::Dimension;
    use goldenhour_scoring::Finding;

    /// A finding of `rule` on the first occurrence of `excerpt` in `text`.
    fn finding(text: &str, rule: &str, effect: f64, excerpt: &str) -> Finding {
        let start = text.find(excerpt).expect("the excerpt is in the text");
        Finding {
            rule: rule.to_owned(),
            dimension: Dimension::Tone,
            effect,
            span: Some((start, start + excerpt.len())),
            char_span: None,
            excerpt: excerpt.to_owned(),
            entry: None,
            message: String::new(),
            args: Vec::new(),
        }
    }

    /// The rewritten post, with the placeholders named after their kind and `|` where the
    /// proof of a denial goes.
    fn rewritten(text: &str, findings: &[Finding]) -> String {
        let (cuts, proof_at) = cuts(text, findings);
        let [before, after] = apply(text, &cuts, proof_at, |how| match how {
            Mend::Remove => String::new(),
            other => format!("<{other:?}>"),
        });
        match proof_at {
            Some(_) => format!("{before}|{after}"),
            None => before,
        }
    }

    #[test]
    fn a_denial_of_a_rumour_stays_and_gets_its_proof_after_its_sentence() {
        let text = "网传“地铁隧道上百人遇难”与事实严重不符。地铁运营单位已妥善处置，乘客情绪稳定。请拨打12345。";
        let findings = [
            finding(text, "tone.denial", -25.0, "与事实严重不符"),
            finding(text, "authority.bare-denial", -10.0, "与事实严重不符"),
            finding(text, "tone.officialese", -6.0, "妥善处置"),
            finding(text, "service.phone", 15.0, "12345"),
        ];
        // The officialese's clause earns nothing, nor does the rest of its sentence: the
        // sentence goes whole, and no "地铁运营单位已，" is left.
        // The denial stays in plain words: "与事实严重不符" is categorical.
        assert_eq!(
            rewritten(text, &findings),
            "网传“地铁隧道上百人遇难”<Untrue>。|请拨打12345。"
        );
        // A denial that disowns deflects: it goes, and needs no proof.
        let text = "此事与我局无关。请拨打12345。";
        let findings = [
            finding(text, "tone.denial", -25.0, "与我局无关"),
            finding(text, "service.phone", 15.0, "12345"),
        ];
        assert_eq!(rewritten(text, &findings), "请拨打12345。");
    }

    #[test]
    fn a_sentence_that_lost_a_claim_goes_whole_unless_it_keeps_credit() {
        let text =
            "经现场检查，问题可能出在番茄炒蛋，鸡蛋存放温度偏高、蛋壳污损。留样已封存，正在检测。";
        let findings = [
            finding(text, "transparency.leak-unverified", -15.0, "蛋壳污损"),
            finding(text, "transparency.actions", 10.0, "正在检测"),
        ];
        assert_eq!(rewritten(text, &findings), "留样已封存，正在检测。");
    }

    #[test]
    fn the_brackets_after_a_name_go_with_it() {
        let text = "The vendor, Zhong Guifang (68, Building 7, Huaiyinli Estate), is in hospital.";
        let findings = [
            finding(text, "transparency.leak-private", -25.0, "Zhong Guifang"),
            finding(text, "transparency.actions", 10.0, "in hospital"),
        ];
        assert_eq!(
            rewritten(text, &findings),
            "The vendor, <Redact>, is in hospital."
        );
        // Full-width brackets are three bytes: a crash here once lost the whole report.
        let text = "受伤老人钟桂芳（68岁，家住槐荫里小区7栋）已送医。";
        let findings = [
            finding(text, "transparency.leak-private", -25.0, "钟桂芳"),
            finding(text, "transparency.actions", 10.0, "送医"),
        ];
        assert_eq!(rewritten(text, &findings), "受伤老人<Redact>已送医。");
    }

    #[test]
    fn a_denial_that_may_not_be_said_becomes_plain_and_a_named_body_saves_no_threat() {
        let text = "网传“毒雨”纯属谣言。对造谣者，公安机关将依法严惩。";
        let findings = [
            finding(text, "tone.denial", -25.0, "纯属谣言"),
            finding(text, "tone.forbidden", -15.0, "纯属谣言"),
            finding(text, "tone.threat", -15.0, "造谣者"),
            finding(text, "authority.responsible-body", 10.0, "公安机关"),
            finding(text, "tone.threat", -15.0, "依法严惩"),
        ];
        assert_eq!(rewritten(text, &findings), "网传“毒雨”<Untrue>。|");
    }

    #[test]
    fn a_refusal_goes_and_needs_no_proof() {
        let text = "No comment. Please call 555-0100.";
        let findings = [
            finding(text, "tone.denial", -25.0, "No comment"),
            finding(text, "service.phone", 15.0, "555-0100"),
        ];
        assert_eq!(rewritten(text, &findings), "Please call 555-0100.");
    }

    #[test]
    fn words_cut_from_a_clause_that_keeps_something_leave_a_placeholder() {
        let text = "The relevant departments have been mobilised and are going all out with rescue work at 5:30. Please do not believe or spread rumours, and stay calm.";
        let findings = [
            finding(
                text,
                "authority.vague-naming",
                -10.0,
                "relevant departments",
            ),
            finding(text, "tone.officialese", -6.0, "going all out"),
            finding(text, "transparency.actions", 10.0, "rescue work"),
            finding(text, "transparency.facts", 10.0, "5:30"),
            finding(
                text,
                "tone.officialese",
                -6.0,
                "do not believe or spread rumours",
            ),
        ];
        // The lecture's sentence keeps nothing that earned credit: no "and stay calm." is
        // left dangling. The clock time's colon is no clause break.
        assert_eq!(
            rewritten(text, &findings),
            "The <Name> have been mobilised and are <Specify> with rescue work at 5:30."
        );
    }

    #[test]
    fn personal_details_are_redacted_not_dropped_with_their_sentence() {
        let text = "学生罗某某（8岁）住5栋302室，已送医治疗。";
        let findings = [
            finding(text, "transparency.personal-data", -25.0, "5栋302室"),
            finding(text, "transparency.leak-private", -25.0, "罗某某（8岁）"),
            finding(text, "transparency.actions", 10.0, "送医"),
        ];
        assert_eq!(
            rewritten(text, &findings),
            "学生<Redact>住<Redact>，已送医治疗。"
        );
    }

    #[test]
    fn a_sentence_weighing_a_removed_claim_goes_with_it() {
        let text = "Update 4. We now understand what caused the fire: static electricity ignited the vapour. If this is confirmed, it was a serious breach of safety rules. The company's legal representative is in police custody.";
        let findings = [
            finding(
                text,
                "transparency.leak-unverified",
                -15.0,
                "static electricity ignited the vapour",
            ),
            finding(text, "transparency.facts", 10.0, "police custody"),
        ];
        assert_eq!(
            rewritten(text, &findings),
            "Update 4. The company's legal representative is in police custody."
        );
        // A caveat left hanging after its claim goes too.
        let text = "The fire was probably caused by static electricity. This has not been confirmed and the investigation is ongoing. Crews are cooling the tanks.";
        let findings = [
            finding(text, "authority.speculation", -15.0, "probably"),
            finding(text, "transparency.actions", 20.0, "cooling"),
        ];
        assert_eq!(rewritten(text, &findings), "Crews are cooling the tanks.");
    }

    #[test]
    fn a_long_briefing_is_cut_to_its_first_sentences() {
        assert_eq!(brief("老人已送医。"), "老人已送医。");
        let long = "At 04:38 the open flames were extinguished; crews are still cooling the site and damping down. The 3 neighbouring tanks are back to normal temperature and experts rule out another explosion. Residents should not return yet. The command will announce return arrangements by 07:30.";
        assert_eq!(
            brief(long),
            "At 04:38 the open flames were extinguished; crews are still cooling the site and damping down. The 3 neighbouring tanks are back to normal temperature and experts rule out another explosion…"
        );
        // An ideograph counts twice: about 80 of them.
        let zh = "截至8时50分，全市遇难人数上升至4人，1人失联，搜救仍在进行。市防汛指挥部已启动一级应急响应，全市中小学停课，地铁2号线和5号线停运，各区已开放72个临时安置点。请市民避免外出，尽量远离低洼地带和河道。下一次通报在10时。";
        assert_eq!(
            brief(zh),
            "截至8时50分，全市遇难人数上升至4人，1人失联，搜救仍在进行。市防汛指挥部已启动一级应急响应，全市中小学停课，地铁2号线和5号线停运，各区已开放72个临时安置点。请市民避免外出，尽量远离低洼地带和河道…"
        );
    }

    #[test]
    fn a_sentence_telling_two_private_details_goes_whole() {
        // Redacting the name would leave the class and the illness, which still point at
        // one child; the sentence about the rest stays.
        let text = "网传死亡的女孩是二年级（3）班的王梓萱同学，8岁，她有哮喘病史，13时50分转入急诊观察室。截至14时30分，无死亡病例。";
        let findings = [
            finding(text, "transparency.leak-private", -25.0, "王梓萱"),
            finding(text, "transparency.leak-private", 0.0, "二年级（3）班"),
            finding(text, "transparency.leak-private", 0.0, "哮喘病史"),
            finding(text, "transparency.facts", 10.0, "13时50分"),
            finding(text, "transparency.facts", 10.0, "14时30分"),
        ];
        assert_eq!(rewritten(text, &findings), "截至14时30分，无死亡病例。");
        // One detail in a sentence about something else is redacted, as before.
        let text = "The vendor, Zhong Guifang, is in hospital. Little Wang Zixuan, 8, from Class 2-3, who has asthma, is stable.";
        let findings = [
            finding(text, "transparency.leak-private", -25.0, "Zhong Guifang"),
            finding(text, "transparency.leak-private", -25.0, "Wang Zixuan"),
            finding(text, "transparency.leak-private", 0.0, "Class 2-3"),
            finding(text, "transparency.actions", 10.0, "in hospital"),
        ];
        assert_eq!(
            rewritten(text, &findings),
            "The vendor, <Redact>, is in hospital."
        );
    }

    #[test]
    fn an_unverified_claim_goes_with_its_clause_and_its_lead_in() {
        let text = "We can now say why the underpass flooded so fast: the pump station tripped at about 4:50 a.m. and the pumps failed. The No. 2 People's Hospital is treating 3 people.";
        let findings = [
            finding(
                text,
                "transparency.leak-unverified",
                -15.0,
                "the pumps failed",
            ),
            finding(text, "transparency.facts", 10.0, "4:50 a.m."),
            finding(text, "transparency.facts", 10.0, "3 people"),
        ];
        // A figure in the claim does not save it; "a.m." and "No." end no clause.
        assert_eq!(
            rewritten(text, &findings),
            "The No. 2 People's Hospital is treating 3 people."
        );
    }

    #[test]
    fn a_stub_left_after_a_header_goes() {
        let text = "【情况通报】7月18日凌晨，我市遭遇百年一遇特大暴雨。各部门正在抢险。";
        let findings = [
            finding(text, "tone.excuse", -8.0, "百年一遇"),
            finding(text, "transparency.facts", 10.0, "7月18日凌晨"),
            finding(text, "transparency.actions", 10.0, "抢险"),
        ];
        assert_eq!(rewritten(text, &findings), "【情况通报】各部门正在抢险。");
    }

    proptest::proptest! {
        /// Whatever the text (full-width brackets, quotes, emoji, right-to-left marks) and
        /// wherever the findings point, the rewrite never panics and only ever cuts whole
        /// chars.
        #[test]
        fn mending_any_text_never_panics(
            text in "[（）()“”\"【】\\[\\]，。,.:：a-c 我们已经0-9😀\u{200F}]{0,40}",
            picks in proptest::collection::vec((0usize..60, 0usize..8, 0usize..12), 0..6),
        ) {
            let rules = [
                "tone.denial", "transparency.leak-private", "transparency.personal-data",
                "authority.vague-naming", "tone.officialese", "transparency.leak-unverified",
                "transparency.facts", "tone.long-sentence", "tone.blame", "authority.bare-denial",
                "transparency.actions", "tone.threat",
            ];
            let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let findings: Vec<Finding> = picks
                .iter()
                .map(|&(at, len, rule)| {
                    let s = bounds[at % bounds.len()];
                    let e = bounds[(bounds.iter().position(|&b| b == s).unwrap_or(0) + len).min(bounds.len() - 1)];
                    let rule = rules[rule % rules.len()];
                    let effect = if matches!(rule, "transparency.facts" | "transparency.actions") { 10.0 } else { -10.0 };
                    Finding { span: Some((s, e)), ..finding(&text, rule, effect, "") }
                })
                .collect();
            let (cuts, proof_at) = cuts(&text, &findings);
            for &(s, e, _) in &cuts {
                proptest::prop_assert!(s <= e && text.is_char_boundary(s) && text.is_char_boundary(e));
            }
            let _ = apply(&text, &cuts, proof_at, |how| format!("<{how:?}>"));
        }
    }

    #[test]
    fn what_follows_a_removed_sentence_starts_one() {
        let text = "Arrangements will be announced by 07:30. A task force has been set up; press conference at 10:00.";
        let findings = [
            finding(
                text,
                "tone.boilerplate",
                -10.0,
                "A task force has been set up",
            ),
            finding(text, "transparency.facts", 10.0, "07:30"),
            finding(text, "transparency.facts", 10.0, "10:00"),
        ];
        assert_eq!(
            rewritten(text, &findings),
            "Arrangements will be announced by 07:30. Press conference at 10:00."
        );
    }

    #[test]
    fn a_pronoun_whose_person_went_with_a_sentence_gets_a_placeholder() {
        let text = "The vendor became emotional and obstructed enforcement. She was taken to hospital. He is a temp worker, we say.";
        let findings = [
            finding(text, "tone.blame", -30.0, "became emotional"),
            finding(text, "transparency.actions", 10.0, "taken to hospital"),
        ];
        assert_eq!(
            rewritten(text, &findings),
            "<Who> was taken to hospital. He is a temp worker, we say."
        );
        let text = "当事摊贩情绪激动，阻碍执法。她已送医救治。";
        let findings = [
            finding(text, "tone.blame", -30.0, "情绪激动"),
            finding(text, "transparency.actions", 10.0, "送医"),
        ];
        assert_eq!(rewritten(text, &findings), "<Who>已送医救治。");
    }

    #[test]
    fn a_clause_hanging_on_a_removed_one_goes_with_it() {
        let text = "事故发生后，市委市政府高度重视，主要领导第一时间作出批示，要求全力做好救援处置工作。目前3人受伤。";
        let findings = [
            finding(text, "tone.boilerplate", -10.0, "市委市政府高度重视"),
            finding(text, "tone.officialese", -6.0, "第一时间作出批示"),
            finding(text, "transparency.facts", 10.0, "3人"),
        ];
        let out = rewritten(text, &findings);
        assert!(!out.contains("要求"), "{out}");
        assert!(out.contains("目前3人受伤"), "{out}");
    }

    #[test]
    fn two_joined_denials_are_one_untrue() {
        let text = "Claims of so-called toxic rain are pure fabrication and totally groundless.";
        let findings = [
            finding(text, "tone.denial", -25.0, "pure fabrication"),
            finding(text, "tone.denial", -25.0, "groundless"),
        ];
        let out = rewritten(text, &findings);
        assert!(out.contains("are <Untrue>."), "{out}");
        assert!(!out.contains("totally"), "{out}");
    }

    #[test]
    fn a_long_sentence_is_kept() {
        let text = "我们正在处置。";
        let findings = [finding(text, "tone.long-sentence", -4.0, "我们正在处置")];
        assert_eq!(rewritten(text, &findings), text);
    }

    #[test]
    fn the_harm_a_cold_statement_reports_is_kept() {
        let text = "今天7时，沙河大桥发生垮塌，事故造成2人死亡。";
        let findings = [finding(text, "tone.cold", -15.0, "垮塌")];
        assert_eq!(rewritten(text, &findings), text);
        assert_eq!(
            super::Element::missing_in("tone.cold"),
            Some(super::Element::Empathy)
        );
    }

    #[test]
    fn tidy_removes_orphaned_punctuation_and_spaces() {
        assert_eq!(tidy("，我们正在处置，。请留意"), "我们正在处置。请留意");
        assert_eq!(
            tidy("We are  here ,. Call 12345"),
            "We are here. Call 12345"
        );
        assert_eq!(tidy("  a\tb  "), "a b");
        assert_eq!(tidy("情况通报。，乘客已撤离"), "情况通报。乘客已撤离");
        assert_eq!(
            tidy("As of 8:50 a.m., police say"),
            "As of 8:50 a.m., police say"
        );
    }
}
