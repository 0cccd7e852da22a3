//! Scoring one post: lexicon hits, structure and the scenario's facts become findings, and
//! the findings become the four per-post scores and the signals the public model reads.

use std::collections::BTreeMap;

use goldenhour_scenario::{Dimension, Disclosure, Element, Scenario, SimDuration, StartTime};
use goldenhour_simlog::{Finding, PostAssessment, Signals};

use crate::lexicon::Category;
use crate::rules::{self, Rule};
use crate::structure::{self, ItemKind, TimeValue};
use crate::text::{self, Prepared, compact_form};
use crate::{Language, Scorer};

/// Base score of each dimension before any finding (docs/scoring.md, "Scores").
pub(crate) const BASE_TONE: f64 = 60.0;
/// Authority of a post that names no source and states no fact.
pub(crate) const BASE_AUTHORITY: f64 = 40.0;

/// A sentence longer than this many compact chars (Chinese) is hard to read on a phone.
const ZH_LONG_SENTENCE: usize = 70;
/// A sentence longer than this many words (English) is above plain-language guidance.
const EN_LONG_SENTENCE: usize = 35;

/// What the scorer knows about the moment of the post.
#[derive(Clone, Copy, Default)]
pub(crate) struct Context<'a> {
    pub scenario: Option<&'a Scenario>,
    pub at: SimDuration,
    /// Facts revealed to the trainee so far; `None` when there is no timeline.
    pub known: Option<&'a [String]>,
    /// Facts a department has verified as confirmed.
    pub verified: &'a [String],
    /// A reply to a reporter's inquiry: facts are owed, empathy is not expected.
    pub to_press: bool,
    /// A reply to someone (a netizen or a reporter), not a statement to the public.
    pub reply: bool,
    /// A rumour correction (in a run, the trainee chose to correct a rumour).
    pub correction: bool,
    /// An earlier statement of the run showed empathy or apologised: a later update that
    /// reports harm need not say it again.
    pub empathy_shown: bool,
}

/// A lexicon phrase found in the post, as original char offsets.
#[derive(Clone, Debug)]
pub(crate) struct Hit<'a> {
    pub category: Category,
    pub start: usize,
    pub end: usize,
    /// Borrowed from the lexicon or the scenario: both outlive the assessment.
    pub entry: &'a str,
}

/// A promise of a next update.
struct Promise {
    start: usize,
    end: usize,
    time: Option<TimeValue>,
}

/// Collects findings and keeps each rule within its cap.
struct Ledger<'p, 'a> {
    p: &'p Prepared<'a>,
    findings: Vec<Finding>,
    used: BTreeMap<(&'static str, Dimension), f64>,
    /// Points spent so far by the rules of [`rules::EMPTY_LANGUAGE_POOL`].
    pool_spent: f64,
    /// Scale of transparency elements (see [`Ledger::element`]).
    scale: f64,
}

impl<'p, 'a> Ledger<'p, 'a> {
    fn add(
        &mut self,
        rule: &Rule,
        span: Option<(usize, usize)>,
        points: f64,
        entry: Option<&str>,
        args: Vec<(String, String)>,
    ) -> f64 {
        let (pool, pool_cap) = rules::EMPTY_LANGUAGE_POOL;
        let pooled = rule.dimension == Dimension::Tone && pool.contains(&rule.id);
        let pool_room = if pooled {
            (pool_cap - self.pool_spent).max(0.0)
        } else {
            f64::INFINITY
        };
        let used = self.used.entry((rule.id, rule.dimension)).or_insert(0.0);
        let room = (rule.cap - *used).max(0.0).min(pool_room);
        let effect = points.signum() * points.abs().min(room);
        *used += effect.abs();
        if pooled {
            self.pool_spent += effect.abs();
        }
        let excerpt = span.map_or(String::new(), |(s, e)| self.p.excerpt(s, e).to_owned());
        self.findings.push(Finding {
            rule: rule.id.to_owned(),
            dimension: rule.dimension,
            effect,
            span: span.map(|(s, e)| self.p.bytes(s, e)),
            char_span: span,
            excerpt,
            entry: entry.map(str::to_owned),
            message: rule.message.to_owned(),
            args,
        });
        effect
    }

    /// Adds a transparency element's credit, scaled (points and cap) to the rubric's
    /// required elements so that a post with every required element reaches 100.
    fn element(&mut self, rule: &Rule, span: Option<(usize, usize)>, entry: Option<&str>) -> f64 {
        let scaled = Rule {
            points: rule.points * self.scale,
            cap: rule.cap * self.scale,
            ..*rule
        };
        self.add(&scaled, span, scaled.points, entry, Vec::new())
    }

    fn hit(&mut self, rule: &Rule, hit: &Hit<'_>) -> f64 {
        self.add(
            rule,
            Some((hit.start, hit.end)),
            rule.points,
            Some(hit.entry),
            Vec::new(),
        )
    }

    /// Records advice for what the post lacks: no points of its own, but it names what the
    /// missing element would have been worth (`forgone`, rounded), so that a zero does not
    /// read as harmless.
    fn absent(&mut self, rule: &Rule, forgone: f64) {
        let args = vec![("forgone".to_owned(), format!("{}", forgone.round()))];
        self.add(rule, None, 0.0, None, args);
    }

    /// Advice for a missing transparency element, naming what it is worth in this post: its
    /// weight, scaled like its credit.
    fn absent_element(&mut self, rule: &Rule, el: Element) {
        let worth = ELEMENT_WEIGHTS
            .iter()
            .find(|(e, _)| *e == el)
            .map_or(0.0, |(_, w)| w * self.scale);
        self.absent(rule, worth);
    }

    fn total(&self, dimension: Dimension) -> f64 {
        self.findings
            .iter()
            .filter(|f| f.dimension == dimension)
            .map(|f| f.effect)
            .sum()
    }
}

/// Finds every lexicon phrase (bundled, host-supplied and the scenario's own) that respects
/// word boundaries and is not negated.
// Not inlined, so that profiles show its cost apart (docs/performance.md).
#[inline(never)]
pub(crate) fn lexicon_hits<'s>(
    scorer: &'s Scorer,
    p: &Prepared<'_>,
    lang: Language,
    scenario: Option<&'s Scenario>,
) -> Vec<Hit<'s>> {
    let mut hits = Vec::new();
    for raw in scorer.lexicon(lang).find(&p.compact) {
        let (s, e) = p.chars_of_compact(raw.start, raw.end);
        // Matching ignores punctuation, but not where a sentence ends: "可能在" is no phrase
        // in "…不适的可能。在此提醒…".
        if crosses_sentence_end(&p.folded_chars[s..e]) {
            continue;
        }
        let edges = p.edges_ok(s, e);
        // Matching ignores spaces, but an English word is not two of the text's: "mayor" is
        // no body in "may or may not", nor "notice" in "not ice".
        // Only an English match with chars left out of the compact form can join words, so
        // only those are counted (a long post has thousands of hits).
        let english = p.compact.as_bytes()[raw.start].is_ascii_alphabetic();
        let gaps = if english && e - s > raw.end - raw.start {
            crate::text::latin_word_gaps(p.folded_chars[s..e].iter().copied(), false)
        } else {
            0
        };
        // jieba does not know many bodies' names and may join their last character to the
        // title after them ("区住建局局长" is "区/住建/局局/长"): a Chinese body's name of three or
        // more characters that starts a word stands even where its end cuts one.
        let body_name = |category: Category| {
            category == Category::ResponsibleBody && e >= s + 3 && p.starts_word_in_cjk(s, e)
        };
        for entry in raw
            .entries
            .iter()
            .filter(|en| edges || body_name(en.category))
            .filter(|en| gaps == 0 || usize::from(en.gaps) >= gaps)
        {
            hits.push(Hit {
                category: entry.category,
                start: s,
                end: e,
                entry: &entry.phrase,
            });
        }
    }
    if let Some(extra) = scenario.and_then(|sc| lang_entry(&sc.def().rubric.lexicon, lang)) {
        for (name, phrases) in extra {
            let Some(category) = Category::from_name(name) else {
                continue;
            };
            for phrase in phrases {
                for (s, e) in find_phrase(p, phrase) {
                    hits.push(Hit {
                        category,
                        start: s,
                        end: e,
                        entry: phrase,
                    });
                }
            }
        }
    }
    // Hits sorted by start, so that the checks below look only at nearby hits: a long text
    // has thousands of hits and comparing every pair would dominate the scoring time.
    hits.sort_by_key(|h| hit_key(h.start, usize::MAX - h.end, h.category));
    let negations: Vec<(usize, usize)> = hits
        .iter()
        .filter(|h| h.category == Category::Negation)
        .map(|h| (h.start, h.end))
        .collect();
    hits.retain(|h| {
        if !h.category.negatable() {
            return true;
        }
        // Negators that start before the phrase, nearest first; a clause break or a gap of
        // more than a few words ends the search (see `negates`).
        let harmful = matches!(
            h.category,
            Category::Blame
                | Category::Excuse
                | Category::Threat
                | Category::Condescension
                | Category::Lecturing
        );
        !nearest_negators(&negations, h.start).any(|(ns, ne)| {
            if harmful {
                refuses(p, lang, ns, ne, h.start)
            } else {
                negates(p, lang, ns, ne, h.start)
            }
        })
    });
    // A phrase inside a longer phrase of the same category, or of another category that
    // harms the tone, is one finding, not two: "高度重视" inside a whole boilerplate notice.
    let harms = |c: Category| {
        matches!(
            c,
            Category::Officialese
                | Category::Boilerplate
                | Category::Denial
                | Category::Blame
                | Category::Condescension
                | Category::Lecturing
                | Category::Threat
                | Category::Excuse
        )
    };
    let snapshot: Vec<(Category, usize, usize)> =
        hits.iter().map(|h| (h.category, h.start, h.end)).collect();
    let longest = snapshot.iter().map(|&(_, s, e)| e - s).max().unwrap_or(0);
    hits.retain(|h| {
        // Only hits starting at most `longest` chars earlier can contain this one.
        let from = snapshot.partition_point(|&(_, s, _)| s + longest < h.start);
        let to = snapshot.partition_point(|&(_, s, _)| s <= h.start);
        !snapshot[from..to].iter().any(|&(c, s, e)| {
            let contains = s <= h.start && h.end <= e && e - s > h.end - h.start;
            // "once confirmed" says what is not yet known; it verifies nothing. "Unconfirmed
            // reports say…" passes a guess on; it admits nothing unknown.
            let hedged = (c == Category::Hedging && h.category == Category::Verification)
                || (c == Category::Speculation && h.category == Category::Hedging);
            // A body named inside a disowning phrase ("与我局无关") is not named as the one
            // in charge, and "please" inside "please understand that" guides nobody.
            // Nor is "深表歉意" in "带来的不便，我们深表歉意" an apology.
            let undone = harms(c)
                && matches!(
                    h.category,
                    Category::ResponsibleBody | Category::Guidance | Category::Apology
                );
            // "shelter" in "shelter in place" is an order to stay put, not a shelter to go to.
            let ordered = c == Category::Warning && h.category == Category::Help;
            contains
                && (c == h.category
                    || (harms(c) && harms(h.category))
                    || hedged
                    || undone
                    || ordered)
        })
    });
    hits.sort_by_key(|h| hit_key(h.start, h.end, h.category));
    hits.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.category == b.category);
    hits
}

/// Whether a matched span runs over the end of a sentence (a full stop, question or
/// exclamation mark, semicolon or line break inside it; an English full stop only where a
/// space follows, so "a.m." and "St." ends nothing).
fn crosses_sentence_end(chars: &[char]) -> bool {
    chars.iter().enumerate().any(|(i, &c)| match c {
        '。' | '！' | '？' | '!' | '?' | '；' | ';' | '\n' => true,
        '.' => chars.get(i + 1).is_some_and(|n| n.is_whitespace()),
        _ => false,
    })
}

/// The sort key of a hit: `(start, second, category)` packed into one integer, so that
/// sorting hundreds of hits compares plain numbers. `second` is the end, or `usize::MAX - end`
/// to put longer hits first; only its low 56 bits are kept, which no text's length reaches.
/// Hits are sorted by it with a stable sort: of equal hits, the one found first stays first
/// (and is the one `dedup_by` keeps).
fn hit_key(start: usize, second: usize, category: Category) -> u128 {
    ((start as u128) << 64) | (((second as u128) & ((1 << 56) - 1)) << 8) | category as u128
}

/// Animals a harm word may be said of ("mosquitoes trapped", "dead fish"): no person harmed.
const ANIMALS: &[&str] = &[
    "mosquito",
    "mosquitoes",
    "bird",
    "birds",
    "fish",
    "cattle",
    "livestock",
    "animals",
    "ticks",
    "rats",
    "pests",
    "poultry",
    "chickens",
    "deer",
];

/// The first span of `spans` (sorted) inside the sentence `[ss, se)`.
fn first_in(spans: &[(usize, usize)], ss: usize, se: usize) -> Option<(usize, usize)> {
    let from = spans.partition_point(|&(s, _)| s < ss);
    spans[from..]
        .iter()
        .take_while(|&&(s, _)| s < se)
        .find(|&&(_, e)| e <= se)
        .copied()
}

/// Whether the negator `[ns, ne)` governs a phrase starting at `start`: before it in the same
/// clause, with a few words between at most ("不会推卸", "也不会把问题归咎于临时工",
/// "will not blame the contractor", "will not hide behind the label 'temporary worker'"). Clause punctuation ends a negator's reach.
fn negates(p: &Prepared<'_>, lang: Language, ns: usize, ne: usize, start: usize) -> bool {
    if ne > start || ns >= start {
        return false;
    }
    let between = p.folded_slice(ne, start);
    if between.chars().any(|c| {
        matches!(
            c,
            ',' | '.' | ';' | ':' | '!' | '?' | '，' | '。' | '；' | '、' | '！' | '？' | '\n'
        )
    }) {
        return false;
    }
    // A contrast moves the claim out of the negator's reach ("老人不是被推倒的而是自己摔倒
    // 的", "not our officer but a temporary worker"); a negator after another is a double
    // negative ("不排除有人别有用心").
    let spaced = format!(" {between} ");
    let contrast: &[&str] = match lang {
        Language::ZhCn => &["而是", "只是", "但"],
        // "are not calibrated to national standards and should not be relied upon": the
        // negator governed the first verb, not what "and" adds.
        Language::EnUs => &[" but ", " rather ", " instead ", " and "],
    };
    if contrast.iter().any(|w| spaced.contains(w))
        || (ns > 0
            && p.folded_char(ns - 1)
                .is_some_and(|c| matches!(c, '不' | '没' | '未' | '无' | '非')))
        || ["排除", "否认", "除外"]
            .iter()
            .any(|w| between.starts_with(w))
    {
        return false;
    }
    match lang {
        Language::ZhCn => p.compact_index_at(start) - p.compact_index_at(ne) <= 8,
        Language::EnUs => between.split_whitespace().count() <= 6,
    }
}

/// Denials that promise safety rather than refute a claim ("there is no risk", "绝不可能"):
/// no fact beside them proves them, and CERC warns against exactly this over-reassurance, so
/// they are never counted as backed.
const BLANKET_ASSURANCES: &[&str] = &[
    "there is no risk",
    "there is no danger",
    "there is no problem",
    "absolutely impossible",
    "completely safe",
    "perfectly safe",
    "absolutely safe",
    "绝不可能",
    "不可能发生",
    "不存在任何问题",
    "不存在问题",
    "不存在安全隐患",
    "没有任何问题",
    "绝对安全",
    "没有任何风险",
    "没有任何影响",
];

/// The negators (sorted by start) that start before `at`, nearest first: a few at most can
/// govern it (see [`negates`]).
fn nearest_negators(
    negators: &[(usize, usize)],
    at: usize,
) -> impl Iterator<Item = (usize, usize)> + '_ {
    let before = negators.partition_point(|&(ns, _)| ns < at);
    negators[..before].iter().rev().take(8).copied()
}

/// Whether the negator `[ns, ne)` refuses a harmful phrase starting at `start` ("我们不会把
/// 问题归咎于临时工", "we will not hide behind the label 'temporary worker'"): it
/// [`negates`] it, is no instruction to the reader ("不要被别有用心的人带节奏", "Don't listen
/// to this nonsense" still lecture), and nothing between turns it round: a contrast ("Not our
/// officer but a temporary worker", "不是我们的人，而是临时工") or a verb it intensifies ("We
/// will not hesitate to punish…", "决不姑息").
pub(crate) fn refuses(
    p: &Prepared<'_>,
    lang: Language,
    ns: usize,
    ne: usize,
    start: usize,
) -> bool {
    if !negates(p, lang, ns, ne, start) {
        return false;
    }
    let negator = p.folded_slice(ns, ne);
    let between = p.folded_slice(ne, start);
    let (imperative, turns): (bool, &[&str]) = match lang {
        Language::ZhCn => (
            ["不要", "请勿", "切勿", "别", "千万不要", "禁止", "不得"].contains(&negator),
            &["姑息", "容忍", "手软", "放过", "允许"],
        ),
        Language::EnUs => {
            // "Don't …" / "Please do not …" opening its clause tells the reader what to do.
            let opening = p
                .folded_slice(0, ns)
                .rsplit(['.', ',', ';', ':', '!', '?', '\n'])
                .next()
                .unwrap_or("")
                .trim();
            (
                matches!(negator, "don't" | "do not" | "don’t")
                    && (opening.is_empty() || opening == "please"),
                &["hesitate", "tolerate", "allow", " let "],
            )
        }
    };
    let between = format!(" {between} ");
    !imperative && !turns.iter().any(|t| between.contains(t))
}

/// A denial-lexicon phrase that refuses to comment ("no comment", "无可奉告") stonewalls rather
/// than denies: the same charges, but their messages say which it is (`kind`).
fn denial_kind(h: &Hit<'_>) -> Vec<(String, String)> {
    let refusal = ["comment", "无可奉告", "不予回应", "不予置评"]
        .iter()
        .any(|w| h.entry.contains(w));
    vec![(
        "kind".to_owned(),
        if refusal { "refusal" } else { "denial" }.to_owned(),
    )]
}

/// Verbs that, opening an English sentence, make it an instruction to the reader.
const EN_ADVISORY_VERBS: &[&str] = &[
    "expect", "bring", "plan", "pack", "wear", "drink", "boil", "avoid", "stay", "keep", "move",
    "check", "leave", "turn", "close", "follow", "go", "take", "use", "seek", "watch", "limit",
    "store", "prepare", "charge", "visit", "text", "dial", "evacuate", "shelter", "report",
    "remove", "wash", "cover", "stock", "fill", "unplug", "secure", "listen", "register",
    "conserve", "postpone", "consider", "make", "know", "get", "call", "find", "protect", "put",
    "never", "always", "slow", "allow", "bookmark", "sign", "download", "head", "return",
    // British English: "Ring 01632 960 418 and ask for Rachel."
    "ring",
];

/// Word stems of feelings and hardship, which make "we understand …" an acknowledgment.
const EN_FEELINGS: &[&str] = &[
    "worr",
    "anx",
    "afraid",
    "scared",
    "scary",
    "fear",
    "frighten",
    "terrif",
    "upset",
    "angr",
    "anger",
    "frustrat",
    "concern",
    "distress",
    "difficult",
    "hard",
    "stress",
    "pain",
    "grie",
    "sad",
    "shock",
    "disappoint",
    "confus",
    "inconvenien",
    "disrupt",
    "loss",
    "hurt",
    "trauma",
    "devastat",
    "heartbr",
    "tough",
    "unsettl",
];

/// Words showing that legal language is aimed at people who post or share.
const ZH_PUBLIC_TARGETS: &[&str] = &[
    "谣", "网民", "传播", "散布", "转发", "编造", "网上", "网络", "账号", "炒作", "歪曲", "抹黑",
    // "你发布的视频经过剪辑……请于今日内自行删除，否则…依法追究你的法律责任".
    "删除",
];
const EN_PUBLIC_TARGETS: &[&str] = &[
    "rumour",
    "rumor",
    "spread",
    "shar",
    "post",
    "online",
    "misinformation",
    "false information",
    "social media",
    "netizen",
    // "We are identifying accounts that are harassing our staff and will pursue charges."
    "accounts",
    "harass",
];

fn aims_at_public(sentence: &str, lang: Language) -> bool {
    let words = match lang {
        Language::ZhCn => ZH_PUBLIC_TARGETS,
        Language::EnUs => EN_PUBLIC_TARGETS,
    };
    words.iter().any(|w| sentence.contains(w))
}

/// Occurrences of a phrase from a scenario (compact match, word boundaries respected).
fn find_phrase(p: &Prepared<'_>, phrase: &str) -> Vec<(usize, usize)> {
    let key = compact_form(phrase);
    if key.is_empty() {
        return Vec::new();
    }
    p.compact
        .match_indices(key.as_str())
        .map(|(at, m)| p.chars_of_compact(at, at + m.len()))
        .filter(|&(s, e)| p.edges_ok(s, e))
        .collect()
}

/// The map entry for a language tag, matched case-insensitively.
fn lang_entry<V>(map: &BTreeMap<String, V>, lang: Language) -> Option<&V> {
    map.iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(lang.tag()))
        .map(|(_, v)| v)
}

/// The units a reader takes in one go, for the sentence-length rule: sentences, further split
/// after a colon that introduces a statement or a list ("三处安置点：市体育中心、…",
/// "According to the police: …") and after the bracketed header a post opens with
/// ("【情况通报·5时55分】", "[Update, 5:55 a.m.]": a title, read apart from the sentence
/// after it). A colon between digits is a clock time, not a break.
fn reading_units(p: &Prepared<'_>, sentences: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let chars = p.folded_chars.as_slice();
    let mut out = Vec::new();
    for &(s, e) in sentences {
        let mut start = s;
        for i in s..e.min(chars.len()) {
            let opens_header = || {
                chars[start..i]
                    .iter()
                    .find(|c| !c.is_whitespace())
                    .is_some_and(|c| matches!(c, '【' | '['))
            };
            let breaks = match chars[i] {
                '：' => true,
                ':' => {
                    !(i > 0
                        && chars[i - 1].is_ascii_digit()
                        && chars.get(i + 1).is_some_and(char::is_ascii_digit))
                }
                '】' | ']' => opens_header(),
                _ => false,
            };
            if breaks && i + 1 < e {
                out.push((start, i + 1));
                start = i + 1;
            }
        }
        out.push((start, e));
    }
    // A unit's evidence starts at its first word, not at the line break before it.
    for (s, e) in &mut out {
        while *s < *e && chars.get(*s).is_some_and(|c| c.is_whitespace()) {
            *s += 1;
        }
    }
    out
}

/// Where a fact pattern (`part+part`) matches: the span of its first part. Parts inside
/// `outside` (char ranges) do not count.
fn pattern_span(
    p: &Prepared<'_>,
    pattern: &str,
    outside: &[(usize, usize)],
) -> Option<(usize, usize)> {
    let parts: Vec<String> = pattern
        .split('+')
        .map(compact_form)
        .filter(|s| !s.is_empty())
        .collect();
    if parts.is_empty() {
        return None;
    }
    let mut first = None;
    for part in &parts {
        // A number in a pattern is a whole number: "40%" is not in "05:40", nor "3200" in
        // "13200". The compact text has lost the separators, so look at the folded text
        // around the match: a digit, or a digit behind a number-internal separator (":", ".",
        // ","), continues the number; "13:20, 37 pupils" still has "37 pupils".
        let digit_edge = |at: usize| {
            let (s, e) = p.chars_of_compact(at, at + part.len());
            let joined = |i: Option<usize>, step: fn(usize) -> Option<usize>| {
                let Some(i) = i else { return false };
                match p.folded_char(i) {
                    Some(c) if c.is_ascii_digit() => true,
                    Some(':' | '.' | ',') => step(i)
                        .and_then(|j| p.folded_char(j))
                        .is_some_and(|c| c.is_ascii_digit()),
                    _ => false,
                }
            };
            let starts_digit = part.chars().next().is_some_and(|c| c.is_ascii_digit());
            let ends_digit = part.chars().next_back().is_some_and(|c| c.is_ascii_digit());
            !(starts_digit && joined(s.checked_sub(1), |i| i.checked_sub(1))
                || ends_digit && joined(Some(e), |i| i.checked_add(1)))
        };
        let free = |at: usize| {
            let (s, e) = p.chars_of_compact(at, at + part.len());
            !outside.iter().any(|&(os, oe)| os <= s && e <= oe)
        };
        let at = p
            .compact
            .match_indices(part.as_str())
            .map(|(at, _)| at)
            .find(|&at| digit_edge(at) && free(at))?;
        first.get_or_insert((at, at + part.len()));
    }
    first.map(|(s, e)| p.chars_of_compact(s, e))
}

/// The informational CERC elements and their weight in the transparency score.
const ELEMENT_WEIGHTS: [(Element, f64); 5] = [
    (Element::ConfirmedFacts, 30.0),
    (Element::Unknowns, 15.0),
    (Element::Actions, 20.0),
    (Element::NextUpdate, 20.0),
    (Element::HelpInfo, 15.0),
];

/// Assesses one post.
pub(crate) fn assess(
    scorer: &Scorer,
    text: &str,
    lang: Language,
    ctx: Context<'_>,
) -> PostAssessment {
    let p = Prepared::new(text, lang, scorer.jieba());
    let mut ledger = Ledger {
        p: &p,
        findings: Vec::new(),
        used: BTreeMap::new(),
        pool_spent: 0.0,
        scale: 1.0,
    };
    let mut signals = Signals::default();
    let scenario = ctx.scenario;

    if p.compact.is_empty() {
        ledger.add(
            &rules::EMPTY_TONE,
            None,
            rules::EMPTY_TONE.points,
            None,
            Vec::new(),
        );
        ledger.add(
            &rules::EMPTY_AUTHORITY,
            None,
            rules::EMPTY_AUTHORITY.points,
            None,
            Vec::new(),
        );
        let scores = BTreeMap::from([
            (Dimension::Tone, 0.0),
            (Dimension::Transparency, 0.0),
            (Dimension::Authority, 0.0),
            (Dimension::Service, 0.0),
        ]);
        return PostAssessment {
            scores,
            findings: ledger.findings,
            signals,
        };
    }

    let sentences = structure::sentences(&p);
    let mut hits = lexicon_hits(scorer, &p, lang, scenario);
    let mut items = scorer.patterns(lang).scan(&p);
    // An "@handle" names an account: "@江城小明" holds no place, "@TangchuanRescue" no action.
    // So does a web address ("cityofmill.gov/boil" holds no "boil"); it is itself a place to
    // get help.
    let links = links(&p);
    let mut handles = handles(&p);
    // A scenario actor's display name after the "@" is the handle whole, spaces and all
    // ("@Sister Zhang from Huaiyin Street", as replies address people by their names).
    if let Some(sc) = scenario
        && !handles.is_empty()
    {
        let names: Vec<String> = sc
            .def()
            .actors
            .iter()
            .flat_map(|a| {
                let translated = sc.translation(lang.tag(), &format!("actor-{}", a.id));
                std::iter::once(a.name.as_str()).chain(translated)
            })
            .filter(|n| n.contains(' '))
            .map(|n| n.chars().map(text::fold_char).collect())
            .collect();
        for (s, e) in &mut handles {
            let after = p.folded_slice(*s + 1, p.len_chars());
            if let Some(name) = names
                .iter()
                .filter(|n| after.starts_with(n.as_str()))
                .max_by_key(|n| n.len())
            {
                *e = (*s + 1 + name.chars().count()).max(*e);
            }
        }
    }
    let in_handle = |s: usize, e: usize| {
        handles
            .iter()
            .chain(&links)
            .any(|&(hs, he)| hs < e && s < he)
    };
    // Bodies the lexicon does not list, named by their form ("据中国地震台网正式测定",
    // "Kern County Fire"), where no listed body already holds them whole.
    let named = scorer.patterns(lang).named_bodies(&p);
    if !named.is_empty() {
        for (start, end) in named {
            let listed = hits.iter().any(|h| {
                h.category == Category::ResponsibleBody && h.start <= start && end <= h.end
            });
            if !listed {
                hits.push(Hit {
                    category: Category::ResponsibleBody,
                    start,
                    end,
                    entry: "named body",
                });
            }
        }
        hits.sort_by_key(|h| hit_key(h.start, h.end, h.category));
    }
    // The account's own name signing the post off ("—Riverton Metro") names who speaks.
    let sign_off = scorer.patterns(lang).sign_off(&p);
    if let Some((start, end)) = sign_off
        && !hits
            .iter()
            .any(|h| h.category == Category::ResponsibleBody && start <= h.start && h.end <= end)
    {
        hits.push(Hit {
            category: Category::ResponsibleBody,
            start,
            end,
            entry: "sign-off",
        });
    }
    hits.retain(|h| !in_handle(h.start, h.end));
    items.retain(|i| !in_handle(i.start, i.end));
    // An English sentence that opens with an advisory verb is an instruction ("Expect
    // aftershocks.", "Bring your medications.", "Plan for delays."), however the lexicon
    // words it; a question ("Need a ride?") is not.
    if lang == Language::EnUs {
        // The starts of the lexicon's guidance, sorted: a sentence that has one is found by
        // bisection, not by a pass over every hit.
        let mut guided: Vec<usize> = hits
            .iter()
            .filter(|h| h.category == Category::Guidance)
            .map(|h| h.start)
            .collect();
        guided.sort_unstable();
        for &(s, e) in &sentences {
            let Some(first) = p.tokens[p.tokens.partition_point(|t| t.start < s)..]
                .iter()
                .take_while(|t| t.start < e)
                .find(|t| {
                    p.folded_chars[t.start..t.end]
                        .iter()
                        .any(|c| c.is_alphabetic())
                })
            else {
                continue;
            };
            let word: String = p.folded_chars[first.start..first.end].iter().collect();
            let capital = p
                .original
                .get(p.orig_starts.at(first.start)..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_uppercase);
            let question = p.folded_slice(s, e).trim_end().ends_with('?');
            // "Move on." dismisses; it tells nobody what to do.
            let dismissal = ["move on", "get over"]
                .iter()
                .any(|w| p.folded_slice(first.start, e).starts_with(w));
            if capital
                && !question
                && !dismissal
                && EN_ADVISORY_VERBS.contains(&word.as_str())
                && guided
                    .get(guided.partition_point(|&g| g < s))
                    .is_none_or(|&g| g >= e)
            {
                hits.push(Hit {
                    category: Category::Guidance,
                    start: first.start,
                    end: first.end,
                    entry: "imperative",
                });
            }
        }
    }
    hits.extend(links.iter().map(|&(start, end)| Hit {
        category: Category::Help,
        start,
        end,
        entry: "web address",
    }));
    // Where a service is to be had ("可在门诊一楼大厅办理手工挂号") tells people where to get
    // help as a hotline does.
    hits.extend(
        scorer
            .patterns(lang)
            .service_points(&p)
            .into_iter()
            .map(|(start, end)| Hit {
                category: Category::Help,
                start,
                end,
                entry: "service point",
            }),
    );
    // Personal data ("身份证号…", "5栋302室"): a finding of its own, and no fact.
    let personal = scorer.patterns(lang).personal(&p);
    // Nor is anything else its sentence tells about that person ("Emma Rodriguez, 11, of 418
    // Birch Lane … was located at her 17-year-old boyfriend's apartment"): a leak's details
    // are no confirmed facts to credit.
    let personal_sentences: Vec<(usize, usize)> = personal
        .iter()
        .filter_map(|&(s, _)| {
            sentences
                .iter()
                .copied()
                .find(|&(ss, se)| ss <= s && s < se)
        })
        .collect();
    items.retain(|i| {
        let leaked = personal.iter().any(|&(s, e)| s < i.end && i.start < e);
        let beside = i.kind != ItemKind::Phone
            && personal_sentences
                .iter()
                .any(|&(s, e)| s <= i.start && i.end <= e);
        !leaked && !beside
    });
    let items = items;
    // A word inside a longer phrase of another kind is that phrase's: the "救援" of
    // "消防救援支队" names the body, not an action; the "according to" of "according to law"
    // is the threat's, not a source.
    let inside = |h: &Hit<'_>, of: Category| {
        hits.iter().any(|o| {
            o.category == of
                && o.start <= h.start
                && h.end <= o.end
                && o.end - o.start > h.end - h.start
        })
    };
    let swallowed: Vec<bool> = hits
        .iter()
        .map(|h| match h.category {
            Category::Action => inside(h, Category::ResponsibleBody),
            Category::Verification => inside(h, Category::Threat),
            _ => false,
        })
        .collect();
    let mut swallowed = swallowed.into_iter();
    hits.retain(|_| !swallowed.next().unwrap_or(false));
    // An emergency number in a story ("路人随即拨打了110", "a neighbour called 911") tells
    // nobody where to get help.
    // "学校13时05分才拨打120", "由120送往医院", "120急救车": a call made, an ambulance.
    let narrated = |start: usize, end: usize| {
        let before = p.folded_slice(start.saturating_sub(12), start).trim_end();
        let after = p.folded_slice(end, (end + 4).min(p.len_chars()));
        // "highs of 112-116°F", "气温110~120": a number in a range or a measure is no number
        // to call.
        let ranged = |s: &str| {
            let mut cs = s.chars();
            matches!(cs.next(), Some('-' | '–' | '~' | '至'))
                && cs.next().is_some_and(|c| c.is_ascii_digit())
        };
        if after.starts_with('°')
            || ranged(after)
            || ranged(&before.chars().rev().take(2).collect::<String>())
        {
            return true;
        }
        match lang {
            Language::ZhCn => {
                [
                    "随即拨打",
                    "当即拨打",
                    "立即拨打了",
                    "拨打了",
                    "已拨打",
                    "打了",
                    "才拨打",
                    "后拨打",
                    "由",
                ]
                .iter()
                .any(|m| before.ends_with(m))
                    // "学校及时拨打120" tells of a call; "请及时拨打120" asks for one.
                    || (["及时拨打", "第一时间拨打"].iter().any(|m| before.ends_with(m))
                        && !before.contains('请'))
                    // "110千伏电缆" is a voltage.
                    || ["送", "急救车", "救护车", "到场", "赶到", "千伏", "kv"]
                        .iter()
                        .any(|m| after.starts_with(m))
            }
            Language::EnUs => {
                [
                "called",
                "dialled",
                "dialed",
                "phoned",
                "rang",
                "not call",
                "didn't call",
                "failed to call",
                "waited to call",
            ]
            .iter()
            .any(|m| before.ends_with(m))
                // "responded to a 911 call about a fight": a call made.
                || p.folded_slice(end, (end + 5).min(p.len_chars())) == " call"
            }
        }
    };
    hits.retain(|h| h.category != Category::Help || !narrated(h.start, h.end));
    let items: Vec<structure::Item> = items
        .into_iter()
        .filter(|i| i.kind != ItemKind::Phone || !narrated(i.start, i.end))
        .collect();
    // Legal language is a threat to the public only where it is aimed at people who post
    // or share ("造谣者将被依法严惩"); "the driver was arrested" threatens no netizen.
    // Sentences are sorted and disjoint: the one holding a char is found by bisection.
    let sentence_of = |at: usize| {
        let i = sentences.partition_point(|&(_, e)| e <= at);
        sentences.get(i).copied().filter(|&(s, _)| s <= at)
    };
    // The clause holding a char: its sentence, cut at commas, semicolons and colons.
    // A comma or colon between digits ("2,000", "6:40") cuts nothing.
    let clause_of = |at: usize| {
        let (s, e) = sentence_of(at).unwrap_or((at, at));
        let chars = &p.folded_chars;
        let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
        let cut = |i: usize| {
            matches!(chars[i], ',' | ';' | ':')
                && !(i > 0 && digit(i - 1) && digit(i + 1) && chars[i] != ';')
        };
        let from = (s..at.min(e)).rev().find(|&i| cut(i)).map_or(s, |i| i + 1);
        let to = (at.min(e)..e).find(|&i| cut(i)).unwrap_or(e);
        (from, to)
    };
    // A guessing word before a question word asks the reader, it guesses nothing: "麻烦您私信
    // 我们：车牌号、大概在哪个桩号", "tell us roughly where you are".
    hits.retain(|h| {
        if h.category != Category::Speculation {
            return true;
        }
        let after = p.folded_slice(h.end, (h.end + 8).min(p.len_chars()));
        let asks = match lang {
            Language::ZhCn => {
                let near = &after[..after.char_indices().nth(3).map_or(after.len(), |(i, _)| i)];
                // Not 几 or 什么: "可能是几个孩子玩火引起的" guesses.
                ["哪", "多少"].iter().any(|q| near.contains(q))
            }
            Language::EnUs => after
                .split_whitespace()
                .next()
                // Not "how" or "what": "probably how the fire started" guesses.
                .is_some_and(|w| matches!(w, "where" | "when")),
        };
        !asks
    });
    // "后果自负" is aimed at whoever reads it: "滞留车辆请原地等待，不要随意下车走动，后果自负".
    const AIMED_AT_READER: &[&str] = &["后果自负"];
    hits.retain(|h| {
        h.category != Category::Threat
            || AIMED_AT_READER.iter().any(|w| h.entry.contains(w))
            || sentence_of(h.start).is_some_and(|(s, e)| aims_at_public(p.folded_slice(s, e), lang))
    });
    // "We understand he had worked a second job overnight": understanding as being told, not
    // empathy, unless its sentence names a feeling ("We understand that many of you are
    // worried").
    if lang == Language::EnUs {
        hits.retain(|h| {
            if h.category != Category::Empathy || h.entry != "we understand" {
                return true;
            }
            let rest = sentence_of(h.start).map_or("", |(_, e)| p.folded_slice(h.end, e));
            let next = rest.split_whitespace().next().unwrap_or("");
            let told = matches!(
                next,
                "he" | "she"
                    | "it"
                    | "they"
                    | "the"
                    | "that"
                    | "a"
                    | "an"
                    | "this"
                    | "there"
                    | "his"
                    | "her"
                    | "their"
            );
            !told || EN_FEELINGS.iter().any(|w| rest.contains(w))
        });
    }
    // Understanding in a sentence that scolds is sarcasm, not empathy: "We understand social
    // media is a popular place to vent".
    let scolding: Vec<usize> = hits
        .iter()
        .filter(|h| h.category == Category::Condescension)
        .map(|h| h.start)
        .collect();
    if !scolding.is_empty() {
        hits.retain(|h| {
            h.category != Category::Empathy
                || !sentence_of(h.start)
                    .is_some_and(|(s, e)| scolding.iter().any(|&at| s <= at && at < e))
        });
    }
    // One acknowledgment is one empathy, however many feeling words it holds: "非常理解您的
    // 着急" counts once, not for "理解您" and "着急" apart. Hits are sorted by start; phrases
    // that overlap the clause's first ("We understand", "understand how worried") stay for
    // the longest to be chosen among them later.
    let mut clause_first: Option<((usize, usize), usize, usize)> = None;
    hits.retain(|h| {
        if h.category != Category::Empathy {
            return true;
        }
        let clause = clause_of(h.start);
        match clause_first {
            Some((c, fs, fe)) if c == clause => {
                let overlaps = h.start < fe && fs < h.end;
                if overlaps {
                    clause_first = Some((c, fs, fe.max(h.end)));
                }
                overlaps
            }
            _ => {
                clause_first = Some((clause, h.start, h.end));
                true
            }
        }
    });
    // "经区市场监管局核查" names who verified what: the check, opened by 经 in its clause, is a
    // verification even with a body's name between.
    if lang == Language::ZhCn {
        const CHECKS: &[&str] = &[
            "核查", "核实", "核对", "检测", "调查", "排查", "确认", "查明",
        ];
        let mut checks: Vec<Hit<'_>> = Vec::new();
        for (at, _) in p.folded.match_indices('经') {
            let (start, _) = p.chars_of_folded(at, at);
            // 经 opens its clause, and the check comes within 16 chars.
            let opens = start == 0
                || p.folded_char(start - 1).is_some_and(|c| {
                    matches!(c, ',' | ';' | '。' | '!' | '?' | ':' | '\n' | '】' | ' ')
                });
            if !opens {
                continue;
            }
            let window = p.folded_slice(start, start + 18);
            let clause = window.split([',', ';', '。']).next().unwrap_or("");
            if let Some((verb, end)) = CHECKS
                .iter()
                .filter_map(|v| clause.find(v).map(|i| (*v, i + v.len())))
                .min_by_key(|&(_, end)| end)
            {
                let (_, end) = p.chars_of_folded(at, at + end);
                checks.push(Hit {
                    category: Category::Verification,
                    start,
                    end,
                    entry: verb,
                });
            }
        }
        hits.extend(checks);
        // "蓝色预警已于今天18时正式解除": the closure phrase with a time between 已 and its
        // verb, which the lexicon's "已解除" cannot match.
        let mut closures: Vec<Hit<'_>> = Vec::new();
        for verb in ["解除", "排除", "全部恢复", "全面恢复"] {
            for (at, _) in p.folded.match_indices(verb) {
                let (vs, ve) = p.chars_of_folded(at, at + verb.len());
                let window = p.folded_slice(vs.saturating_sub(16), vs);
                let clause = window
                    .rsplit([',', ';', '。', '!', '?', ':', '\n'])
                    .next()
                    .unwrap_or("");
                let Some(i) = clause.rfind("已于").or_else(|| clause.rfind("已在")) else {
                    continue;
                };
                let between = &clause[i..];
                if ["未", "不", "没", "尚"].iter().any(|n| between.contains(n)) {
                    continue;
                }
                let start = vs - between.chars().count();
                closures.push(Hit {
                    category: Category::Closure,
                    start,
                    end: ve,
                    entry: verb,
                });
            }
        }
        hits.extend(closures);
    }
    // Overlapping phrases of one kind are one occurrence ("给您带来的不便，敬请谅解" is one
    // piece of boilerplate, "我们理解大家的担心" one of empathy): the longest stands.
    // By category and start, a hit's overlapping kin are its neighbours: those after it start
    // before its end, those before it start at most a phrase's length earlier.
    let mut order: Vec<usize> = (0..hits.len()).collect();
    order.sort_unstable_by_key(|&i| (hits[i].category, hits[i].start, i));
    let mut overlapped = vec![false; hits.len()];
    for (k, &i) in order.iter().enumerate() {
        let h = &hits[i];
        let beaten_by = |j: usize| {
            let o = &hits[j];
            o.start < h.end
                && h.start < o.end
                && (o.end - o.start, j < i) > (h.end - h.start, false)
        };
        let after = order[k + 1..]
            .iter()
            .take_while(|&&j| hits[j].category == h.category && hits[j].start < h.end)
            .any(|&j| beaten_by(j));
        let before = order[..k]
            .iter()
            .rev()
            .take_while(|&&j| {
                hits[j].category == h.category
                    && hits[j].start + crate::lexicon::MAX_PHRASE_CHARS >= h.start
            })
            .any(|&j| beaten_by(j));
        overlapped[i] = after || before;
    }
    let mut overlapped = overlapped.into_iter();
    hits.retain(|_| !overlapped.next().unwrap_or(false));
    // A hotline's digits inside a figure ("降雨量达120毫米", "转移群众110人") are the figure's.
    hits.retain(|h| {
        h.category != Category::Help
            || !h.entry.bytes().all(|b| b.is_ascii_digit())
            || !items.iter().any(|i| {
                i.kind == ItemKind::Number
                    && i.start <= h.start
                    && h.end <= i.end
                    && i.end - i.start > h.end - h.start
            })
    });
    // A rumour quoted or retold to refute it (网传"仓库存有氰化钠"不实, "Posts claiming that the
    // dam has collapsed are false") is the rumour's: its figures, actions, false claims and
    // scapegoats ("We have seen claims that a temp worker is to blame") are not the account's.
    let retold = scorer.patterns(lang).retold_claims(&p);
    // A title that puts the rumour as a question restates it: that costs the headline its own
    // finding (below), and claims nothing in the account's voice.
    let headline = scenario.and_then(|sc| rumour_headline(&p, lang, sc));
    let quoted = {
        let mut q = quoted_claims(&p);
        q.extend(retold.iter().map(|r| r.claim));
        q.extend(headline);
        q
    };
    let in_claim = |s: usize, e: usize| quoted.iter().any(|&(qs, qe)| qs <= s && e <= qe);
    // "官网显示安置点已满，此信息有误", "The website says the pool is open, but…": the website
    // named as the source of a claim being corrected is no place to send people for help.
    let in_cue = |s: usize, e: usize| retold.iter().any(|r| r.cue.0 < e && s < r.cue.1);
    hits.retain(|h| match h.category {
        Category::Blame
        | Category::Excuse
        | Category::Speculation
        | Category::Condescension
        | Category::Lecturing => !in_claim(h.start, h.end),
        Category::Help => !in_cue(h.start, h.end),
        _ => true,
    });
    // An apology that owns nothing is none (SCCT: an apology takes responsibility):
    // - news-reading ("We are sorry to report that…");
    // - one for the "不良影响" or the "困扰", not for the harm (the press notice's
    //   pseudo-apology; one for "不便" is stock wording the boilerplate lexicon marks down,
    //   and where the harm was an inconvenience, a water outage, it is the apology owed);
    // - one on a condition ("如调查属实，我们将道歉", "if anyone was offended");
    // - one only promised ("我们一定当面向她道歉", "we will apologise");
    // - one a third party made ("悦膳公司已向家长道歉", "the caterer apologises"), or made for
    //   one ("We are sorry that Yueshan Catering let our children down");
    // - a fault denied ("这不是我们的失职", "it was not our failure").
    let bodies: Vec<(usize, usize)> = hits
        .iter()
        .filter(|h| h.category == Category::ResponsibleBody)
        .map(|h| (h.start, h.end))
        .collect();
    let hollow_apology = |h: &Hit<'_>| -> bool {
        if h.category != Category::Apology {
            return false;
        }
        let (cs, _) = clause_of(h.start);
        let (ss, _) = sentence_of(h.start).unwrap_or((cs, h.start));
        let clause_before = p.folded_slice(cs, h.start);
        let sentence_before = p.folded_slice(ss, h.start);
        let just_before = p.folded_slice(h.start.saturating_sub(8), h.start);
        let after = p
            .folded_slice(h.end, (h.end + 24).min(p.len_chars()))
            .trim_start();
        let any = |text: &str, words: &[&str]| words.iter().any(|w| text.contains(w));
        // What the apology is for: its own clause up to it and the clause before, within the
        // sentence and after any title ("对此次事件造成的不良社会影响，我们深表歉意").
        let object_from = clause_of(cs.saturating_sub(1)).0.max(ss);
        let object = p.folded_slice(object_from.min(h.start), h.start);
        let object = object.rsplit(['】', ']']).next().unwrap_or(object);
        match lang {
            Language::ZhCn => {
                (any(
                    object,
                    &[
                        "困扰",
                        "不良影响",
                        "不良社会影响",
                        "负面影响",
                        "不适",
                        "误解",
                    ],
                ) && !any(
                    object,
                    &[
                        "伤害", "受伤", "伤情", "痛苦", "损失", "骨折", "中毒", "死亡", "遇难",
                        "住院",
                    ],
                )) || any(
                    sentence_before,
                    &["如果", "如有", "如属实", "若", "一旦", "假如", "如经"],
                ) || (any(just_before, &["将", "会", "一定", "愿意"])
                    && !any(just_before, &["已", "会上", "发布会"]))
                    || (any(
                        clause_before,
                        &["公司", "企业", "商家", "承包", "供餐单位", "该店", "餐厅"],
                    ) && !any(
                        clause_before,
                        &["我们", "我局", "本局", "我市", "我委", "本单位"],
                    ))
                    || ["不是", "并非", "没有", "没", "不存在", "谈不上"]
                        .iter()
                        .any(|w| just_before.ends_with(w))
            }
            Language::EnUs => {
                let words_before: Vec<&str> = clause_before
                    .split(|c: char| !c.is_alphanumeric() && c != '\'')
                    .filter(|w| !w.is_empty())
                    .collect();
                let we = words_before
                    .iter()
                    .any(|w| matches!(*w, "we" | "i" | "our" | "us" | "we're" | "i'm"));
                let entry = p.folded_slice(h.start, h.end);
                // "The city government apologises", "the bureau apologises": the account's own
                // side, named as a body.
                let own_body = bodies.iter().any(|&(bs, be)| bs >= cs && be <= h.start);
                // "…that Yueshan Catering let…": the next word after "that" a name.
                let tail = p.excerpt(h.end, (h.end + 40).min(p.len_chars()));
                let mut tail_words = tail.split_whitespace();
                let that_name = tail_words
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case("that"))
                    && tail_words.next().is_some_and(|w| {
                        w.starts_with(|c: char| c.is_uppercase())
                            && !matches!(w, "I" | "We" | "Our" | "It" | "This" | "They")
                    });
                [
                    "to report",
                    "to say",
                    "to hear",
                    "to learn",
                    "to inform",
                    "to announce",
                ]
                .iter()
                .any(|w| after.starts_with(w))
                    || ["you feel", "if anyone", "if you", "if any", "that you feel"]
                        .iter()
                        .any(|m| after.starts_with(m))
                    // "We're so sorry you're still waiting", "sorry your little one is
                    // coughing": sympathy for what the person goes through (empathy), not an
                    // apology for anything the account did.
                    || ["you're", "you are", "your ", "that you're", "that your"]
                        .iter()
                        .any(|m| after.starts_with(m))
                    // Not "the disruption": where a closure or an outage disrupted people's
                    // day, that is the harm ("we're sorry for the disruption").
                    || ["inconvenience", "confusion", "misunderstanding"]
                    .iter()
                    .any(|w| after.split('.').next().unwrap_or("").contains(w))
                    || words_before.contains(&"if")
                    || words_before
                        .last()
                        .is_some_and(|w| matches!(*w, "will" | "would" | "shall" | "not" | "never"))
                    || words_before.ends_with(&["going", "to"])
                    || (entry.starts_with("apologi")
                        && entry.ends_with(['s', 'd'])
                        && !we
                        && !own_body)
                    || (any(
                        clause_before,
                        &[
                            "company",
                            "contractor",
                            "caterer",
                            "catering",
                            "operator",
                            "firm",
                            "supplier",
                            "ltd",
                        ],
                    ) && !we
                        && !own_body)
                    || that_name
                    // "We are so sorry for your loss": condolence, not an apology.
                    || [
                        "for your loss",
                        "for the loss",
                        "for their loss",
                        "for his loss",
                        "for her loss",
                    ]
                    .iter()
                    .any(|w| after.starts_with(w))
            }
        }
    };
    // "The responsibility lies with the company, and with us for not catching it": a share of
    // the blame owned in the same sentence is no scapegoat.
    // Only words that own a share do ("and with us for", "我们也有责任"); an apology beside a
    // scapegoat ("我们向家长们道歉，推人的是临时工") excuses nothing, nor does a share owned
    // and then taken back ("…我们有责任，但主体责任在供餐企业").
    const SHARES: &[&str] = &[
        "and with us for",
        "responsibility lies with us",
        "也有责任",
        "我们也有责任",
        "也负有责任",
        "同样负有责任",
        "我们负有责任",
        "负有不可推卸的责任",
        "责任在我局",
        "责任在我院",
        "管理责任在我院",
        "责任在我们",
        "是我们的责任",
        "这是我们的责任",
        "it is our responsibility",
        "this is our responsibility",
        "the responsibility is ours",
    ];
    let owned: Vec<(usize, usize, usize)> = hits
        .iter()
        .filter(|h| h.category == Category::Apology && !hollow_apology(h))
        .filter(|h| SHARES.contains(&h.entry))
        .filter_map(|h| sentence_of(h.start).map(|(s, e)| (s, e, h.end)))
        .collect();
    let taken_back = |from: usize, to: usize| {
        let between = p.folded_slice(from.min(to), to);
        ["但", "不过", "可是", "but", "however"]
            .iter()
            .any(|w| between.contains(w))
    };
    hits.retain(|h| {
        h.category != Category::Blame
            || !owned
                .iter()
                .any(|&(s, e, own)| s <= h.start && h.start < e && !taken_back(own, h.start))
    });
    let hits = hits;
    // The hits of one category, in text order: a slice of the hits grouped by category (a
    // stable sort keeps each group in text order), found by bisection rather than a pass over
    // every hit, since many rules ask for one category many times.
    let by_category: Vec<&Hit<'_>> = {
        let mut grouped: Vec<&Hit<'_>> = hits.iter().collect();
        grouped.sort_by_key(|h| h.category);
        grouped
    };
    let of = |c: Category| {
        let from = by_category.partition_point(|h| h.category < c);
        let to = from + by_category[from..].partition_point(|h| h.category == c);
        by_category[from..to].iter().copied()
    };
    let count = |c: Category| of(c).count();
    // "有没有人员伤亡，现在还不清楚", "We do not know whether the eggs were to blame": a sentence
    // that says it does not know claims nothing it names.
    let unsure = |at: usize| {
        sentence_of(at)
            .is_some_and(|(s, e)| of(Category::Hedging).any(|h| s <= h.start && h.start < e))
    };
    // "There are no casualties among residents" (while 7 workers and firefighters are hurt),
    // "除消防员外无人员伤亡": a claim narrowed to some people is not the claim the facts deny.
    let narrowed = |s: usize, e: usize| {
        let (cs, ce) = clause_of(s);
        let after = p.folded_slice(e, ce.max(e)).trim_start();
        match lang {
            // "no fatalities on the train": the train, not the city.
            Language::EnUs => [
                "among",
                "other than",
                "except",
                "apart from",
                "besides",
                "on the",
                "on board",
                "aboard",
                "inside the",
            ]
            .iter()
            .any(|q| after.starts_with(q)),
            // "除东段外，海港路其余路段正常通行": the exception may stand in a clause of its own.
            Language::ZhCn => {
                let (ss, se) = sentence_of(s).unwrap_or((cs, ce));
                let sentence = p.folded_slice(ss.min(s), se.max(s));
                sentence
                    .find('除')
                    .is_some_and(|i| sentence[i..].contains('外'))
            }
        }
    };
    // Whether the sentence holding a char is a question.
    let asks = |at: usize| {
        sentence_of(at).is_some_and(|(_, e)| {
            p.folded_slice(at, e)
                .trim_end()
                .trim_end_matches(['】', ']'])
                .ends_with('?')
        })
    };
    // The scenario's facts: disclosed, contradicted, leaked. An "@handle" or a web address
    // tells none ("@SisterZhang_HuaiyinStreet" is the asker's own name, not her address).
    let named: Vec<(usize, usize)> = handles.iter().chain(&links).copied().collect();
    let quoted_or_named: Vec<(usize, usize)> = quoted.iter().chain(&named).copied().collect();
    let mut disclosed: Vec<(String, (usize, usize))> = Vec::new();
    if let Some(sc) = scenario {
        for fact in &sc.def().facts {
            let Some(patterns) = lang_entry(&fact.patterns, lang) else {
                continue;
            };
            // Retelling an unconfirmed claim to say it is unconfirmed spreads nothing; a private
            // name is private however it is framed.
            let unverified_outside: &[(usize, usize)] =
                if matches!(fact.disclosure, Disclosure::MustNotUnverified) {
                    &quoted_or_named
                } else {
                    &named
                };
            if let Some(span) = patterns
                .contradicts
                .iter()
                .find_map(|pat| pattern_span(&p, pat, &quoted_or_named))
                .filter(|&(s, _)| !unsure(s))
                .filter(|&(s, e)| !narrowed(s, e))
                // "[No sodium cyanide was stored at Ruilan]" denies the claim it names.
                .filter(|&(s, _)| {
                    !of(Category::Negation).any(|n| negates(&p, lang, n.start, n.end, s))
                })
                // "【白石岭水库溃坝了吗？没有。】" asks; a question claims nothing.
                .filter(|&(s, _)| !asks(s))
            {
                signals.contradicted.push(fact.id.clone());
                let args = vec![("fact".to_owned(), fact.text.clone())];
                ledger.add(
                    &rules::TR_CONTRADICTION,
                    Some(span),
                    rules::TR_CONTRADICTION.points,
                    Some(&fact.id),
                    args.clone(),
                );
                ledger.add(
                    &rules::AU_CONTRADICTION,
                    Some(span),
                    rules::AU_CONTRADICTION.points,
                    Some(&fact.id),
                    args,
                );
                continue;
            }
            if let Some(span) = patterns
                .discloses
                .iter()
                .find_map(|pat| pattern_span(&p, pat, unverified_outside))
            {
                signals.disclosed.push(fact.id.clone());
                let verified = ctx.verified.contains(&fact.id);
                let args = vec![("fact".to_owned(), fact.text.clone())];
                // A private detail or an unverified claim told again in another sentence is
                // told again: each telling is a finding (within the rule's cap), so that the
                // report can quote and strike every one ("…stale eggs. The eggs had dirty
                // shells…").
                let retold = |outside: &[(usize, usize)]| -> Vec<(usize, usize)> {
                    let own = sentence_of(span.0);
                    let n = p.len_chars();
                    sentences
                        .iter()
                        .filter(|&&sentence| Some(sentence) != own)
                        .filter_map(|&(ss, se)| {
                            let mut elsewhere = outside.to_vec();
                            elsewhere.extend([(0, ss), (se, n)]);
                            patterns
                                .discloses
                                .iter()
                                .find_map(|pat| pattern_span(&p, pat, &elsewhere))
                        })
                        .collect()
                };
                // The fact's other details told in the sentences of `tellings` (outside
                // `excluded`), one span each: a detail told twice is one detail ("Zhang Wei,
                // yes Zhang Wei"), and of a pattern of parts ("女孩+哮喘") the detail is its
                // longest part (the last of equals), not "女孩".
                let beside = |tellings: &[(usize, usize)], excluded: &[(usize, usize)]| {
                    let n = p.len_chars();
                    let mut found = Vec::new();
                    for &at in tellings {
                        let Some((ss, se)) = sentence_of(at.0) else {
                            continue;
                        };
                        let mut told = vec![at];
                        for pat in &patterns.discloses {
                            let mut outside = vec![(0, ss), (se, n)];
                            outside.extend(excluded);
                            outside.extend(&told);
                            let detail = pat
                                .split('+')
                                .max_by_key(|part| compact_form(part).chars().count())
                                .unwrap_or(pat);
                            let Some(more) = pattern_span(&p, pat, &outside)
                                .and_then(|_| pattern_span(&p, detail, &outside))
                            else {
                                continue;
                            };
                            let same = |(a, b): (usize, usize)| {
                                (a < more.1 && more.0 < b)
                                    || p.folded_slice(a, b) == p.folded_slice(more.0, more.1)
                            };
                            if !told.iter().any(|&t| same(t)) {
                                told.push(more);
                                found.push(more);
                            }
                        }
                    }
                    found
                };
                match fact.disclosure {
                    Disclosure::MustNotPrivate => {
                        signals.leaked.push(fact.id.clone());
                        let tellings: Vec<(usize, usize)> =
                            std::iter::once(span).chain(retold(&[])).collect();
                        for &at in &tellings {
                            ledger.add(
                                &rules::TR_LEAK_PRIVATE,
                                Some(at),
                                rules::TR_LEAK_PRIVATE.points,
                                Some(&fact.id),
                                args.clone(),
                            );
                        }
                        ledger.add(
                            &rules::TONE_PERSONAL_DATA,
                            Some(span),
                            rules::TONE_PERSONAL_DATA.points,
                            Some(&fact.id),
                            Vec::new(),
                        );
                        // The other private details told in the same sentence ("二年级（3）班
                        // 的王梓萱同学，8岁，她有哮喘病史"): the same telling, so no more
                        // points, but evidence, so the report strikes them all and not only
                        // the name.
                        for more in beside(&tellings, &[]) {
                            ledger.add(
                                &rules::TR_LEAK_PRIVATE,
                                Some(more),
                                0.0,
                                Some(&fact.id),
                                args.clone(),
                            );
                        }
                    }
                    // Named as unconfirmed ("We cannot confirm that decanting started the fire"):
                    // neither a leak nor a disclosure.
                    Disclosure::MustNotUnverified if !verified && unsure(span.0) => {}
                    Disclosure::MustNotUnverified if !verified => {
                        signals.leaked.push(fact.id.clone());
                        let again = retold(unverified_outside);
                        let tellings: Vec<(usize, usize)> = std::iter::once(span)
                            .chain(again.into_iter().filter(|at| !unsure(at.0)))
                            .collect();
                        // The claim's other parts in the same sentence ("night-shift workers
                        // were pumping toluene … and static electricity ignited the vapour")
                        // are the same telling: 0 points, but struck in the report too.
                        let more = beside(&tellings, unverified_outside);
                        for (at, points) in tellings
                            .iter()
                            .map(|&at| (at, 1.0))
                            .chain(more.into_iter().map(|at| (at, 0.0)))
                        {
                            for rule in [&rules::TR_LEAK_UNVERIFIED, &rules::AU_LEAK_UNVERIFIED] {
                                ledger.add(
                                    rule,
                                    Some(at),
                                    rule.points * points,
                                    Some(&fact.id),
                                    args.clone(),
                                );
                            }
                        }
                    }
                    _ => {
                        let briefed = fact.known_at_start
                            || ctx.known.is_none_or(|k| k.contains(&fact.id))
                            || verified;
                        // Said as not done yet ("餐车还没有归还", "is being decided now",
                        // "我们正在联系归还") or as unknown, it states nothing ahead of the
                        // briefing.
                        let (cs, ce) = clause_of(span.0);
                        let clause = p.folded_slice(cs, ce.max(span.1));
                        let pending = unsure(span.0)
                            || of(Category::Negation)
                                .any(|n| negates(&p, lang, n.start, n.end, span.0))
                            || [
                                "正在",
                                "还没",
                                "尚未",
                                "还未",
                                "is being",
                                "are being",
                                "not yet",
                                "yet to",
                            ]
                            .iter()
                            .any(|w| clause.contains(w));
                        if !briefed && !pending {
                            ledger.add(
                                &rules::AU_UNBRIEFED,
                                Some(span),
                                rules::AU_UNBRIEFED.points,
                                Some(&fact.id),
                                args,
                            );
                        } else if briefed {
                            disclosed.push((fact.id.clone(), span));
                        }
                    }
                }
            }
        }
    }

    for &span in &personal {
        ledger.add(
            &rules::TR_PERSONAL_DATA,
            Some(span),
            rules::TR_PERSONAL_DATA.points,
            None,
            Vec::new(),
        );
    }
    if let Some(&span) = personal.first() {
        ledger.add(
            &rules::TONE_PERSONAL_DATA,
            Some(span),
            rules::TONE_PERSONAL_DATA.points,
            None,
            Vec::new(),
        );
    }

    // The promise of a next update: a cue, and a time in the same sentence. A cue is an
    // explicit phrase ("下一次通报", "next update") or a publishing verb in a sentence that
    // speaks of the future ("我们将在今晚8时通报检测结果", "每2小时通报一次").
    let future = |(s, e): (usize, usize)| {
        let sentence = p.folded_slice(s, e);
        let markers: &[&str] = match lang {
            Language::ZhCn => &["将", "会", "届时", "再"],
            Language::EnUs => &["will", "'ll", "\u{2019}ll", "shall"],
        };
        // "we'll" ends with a marker, "fell" and "call" do not: the apostrophe is part of it.
        markers.iter().any(|m| match lang {
            Language::ZhCn => sentence.contains(m),
            Language::EnUs => sentence
                .split(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '\u{2019}'))
                .any(|w| w == *m || (m.starts_with(['\'', '\u{2019}']) && w.ends_with(m))),
        })
    };
    // "已于10时前发布": a deadline already met reports what was done.
    let reported_done = |h: &Hit<'_>| {
        lang == Language::ZhCn && p.folded_slice(clause_of(h.start).0, h.start).contains('已')
    };
    // A publishing verb promises when the future is said before it, in its own clause in
    // Chinese: "市气象台16时发布预警，预计今晚将出现强降水" reports a warning and forecasts rain;
    // "现将有关情况通报如下" reports now.
    let ahead = |h: &Hit<'_>| {
        sentence_of(h.start).is_some_and(|(s, e)| {
            let from = match lang {
                // A deadline may stand in a clause of its own before the verb's:
                // "10时30分前，我们通报…".
                Language::ZhCn => {
                    let own = clause_of(h.start).0;
                    let before = p.folded_slice(s, own).trim_end_matches([',', ' ']);
                    if own > s && before.ends_with('前') {
                        clause_of(own - 1).0
                    } else {
                        own
                    }
                }
                Language::EnUs => s,
            };
            // A round's interval ("每2小时更新") or a daily round before the verb ("调查进展
            // 每天18时通报", "updates daily at 6 p.m.").
            let recurring = items.iter().any(|i| {
                i.start >= s && i.end <= e && matches!(i.kind, ItemKind::Time(TimeValue::Every(_)))
            }) || {
                let before = p.folded_slice(from, h.start);
                structure::daily_words(lang)
                    .iter()
                    .any(|w| before.contains(w))
            };
            // A time said before the verb in its clause sets it ahead: a duration always
            // ("巡查结果30分钟内发布"), a deadline ("10时前", "7月31日前") or tomorrow's time always
            // ("明天上午10时前我们发布…"), another clock time when, read on the 24-hour clock, it
            // comes within 6 hours of the post ("最新伤亡数字8时30分公布" at 07:30; "市气象台4时
            // 10分发布预警" posted at 05:55 reports, and is not 16:10).
            let timed = items.iter().any(|i| {
                i.start >= from
                    && i.end <= h.start
                    && match i.kind {
                        ItemKind::Time(TimeValue::After(_)) => true,
                        ItemKind::Time(TimeValue::Clock { tomorrow: true, .. }) => true,
                        // A date is a deadline too: "7月31日前公布结果".
                        ItemKind::Time(TimeValue::Clock { .. } | TimeValue::Date)
                            if lang == Language::ZhCn
                                && p.folded_char(i.end) == Some('前')
                                && !reported_done(h) =>
                        {
                            true
                        }
                        ItemKind::Time(TimeValue::Clock {
                            hour,
                            minute,
                            meridiem,
                            tomorrow,
                        }) => {
                            let meridiem = match (meridiem, hour) {
                                (structure::Meridiem::Unknown, 0..=11) => structure::Meridiem::Am,
                                (structure::Meridiem::Unknown, 12) => structure::Meridiem::Pm,
                                (m, _) => m,
                            };
                            let literal = TimeValue::Clock {
                                hour,
                                minute,
                                meridiem,
                                tomorrow,
                            };
                            resolve(literal, scenario.map(Scenario::start), ctx.at).is_some_and(
                                |due| due > ctx.at && due.as_secs() - ctx.at.as_secs() <= 6 * 3600,
                            )
                        }
                        _ => false,
                    }
            });
            // An English deadline right after the verb, said as a plan ("Full review posted by
            // May 30", "results published by 5 p.m."), not as a past event ("was posted by
            // May 30").
            let deadline_after = lang == Language::EnUs && {
                let rest = p.folded_slice(h.end, e);
                let by = h.end + (rest.len() - rest.trim_start().len());
                let before = p.folded_slice(s, h.start).trim_end();
                rest.trim_start().starts_with("by ")
                    && items.iter().any(|i| {
                        i.start == by + 3
                            && i.end <= e
                            && matches!(
                                i.kind,
                                ItemKind::Time(TimeValue::Clock { .. } | TimeValue::Date)
                            )
                    })
                    && !["was", "were", "had", "has been", "have been"]
                        .iter()
                        .any(|w| before.ends_with(w))
            };
            let now = p.folded_slice(h.end, e).starts_with("如下");
            !now && (recurring || timed || deadline_after || future((from, h.start)))
        })
    };
    // English verbs that also move things ("release water", "post officers", "report to
    // the scene") publish only with something to tell in their sentence.
    let tells = |h: &Hit<'_>| {
        lang == Language::ZhCn
            || matches!(h.entry, "update" | "publish" | "announce" | "brief")
            || sentence_of(h.start).is_some_and(|(s, e)| {
                let sentence = p.folded_slice(s, e);
                [
                    "update",
                    "result",
                    "finding",
                    "information",
                    "detail",
                    "figure",
                    "number",
                    "data",
                    "news",
                    "statement",
                    "briefing",
                    "more",
                    "list",
                    "footage",
                    "video",
                    "cause",
                    "progress",
                    "outcome",
                    "report",
                    "review",
                ]
                .iter()
                .any(|noun| {
                    sentence
                        .match_indices(noun)
                        .any(|(at, _)| at != p.folded_slice(s, h.start).len())
                })
            })
    };
    // A cue in a bracketed header labels the post ("【伤亡信息更新】"): it promises nothing.
    let cues: Vec<&Hit<'_>> = hits
        .iter()
        .filter(|h| {
            let done = h.entry.starts_with('前') && reported_done(h);
            (h.category == Category::NextUpdate && !done)
                || (h.category == Category::Publish && ahead(h) && tells(h))
        })
        .filter(|h| !sentence_of(h.start).is_some_and(|se| in_header(&p, se, (h.start, h.end))))
        .collect();
    let start_time: Option<StartTime> = scenario.map(Scenario::start);
    // A clock time that stamps the post or the figures promises nothing: one in a bracketed
    // header ("【伤亡信息更新·9时10分】", "[update, 5:55 a.m.]"), one after "截至" or "as of",
    // and one that reads as the very moment of the post.
    // The first two only date the post itself, so they are no fact about the incident either.
    let dates_post = |item: &structure::Item, v: TimeValue| {
        matches!(v, TimeValue::Clock { .. })
            && (sentence_of(item.start).is_some_and(|se| in_header(&p, se, (item.start, item.end)))
                || resolve(v, start_time, ctx.at) == Some(ctx.at))
    };
    // A dateline opening the post ("Update at 01:45. A fire broke out…", "更新于1时45分") names
    // the time of writing: read as a promise it would be due half a day later.
    let dateline = |item: &structure::Item, v: TimeValue| {
        let lead = p.folded_slice(0, item.start).trim();
        matches!(v, TimeValue::Clock { .. })
            && lead.chars().count() <= 16
            && ["update", "as of", "更新", "截至"]
                .iter()
                .any(|w| lead.contains(w))
            && resolve(v, start_time, ctx.at)
                .is_some_and(|due| due.as_secs() >= ctx.at.as_secs() + 9 * 3600)
    };
    let stamp = |item: &structure::Item, v: TimeValue| {
        dates_post(item, v)
            || dateline(item, v)
            || (matches!(v, TimeValue::Clock { .. }) && after_as_of(&p, item.start))
    };
    // A daily round or a day to come can be a promise's time (below): found once per post.
    let (dailies, days) = if cues.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        scorer.patterns(lang).rounds(&p)
    };
    let promise = cues
        .iter()
        .filter_map(|cue| {
            let (ss, se) = sentence_of(cue.start)?;
            let timed = |(a, b): (usize, usize)| {
                items
                    .iter()
                    .filter(|i| i.start >= a && i.end <= b)
                    .filter_map(|i| match i.kind {
                        ItemKind::Time(
                            v @ (TimeValue::Clock { .. }
                            | TimeValue::After(_)
                            | TimeValue::Every(_)),
                        ) if !stamp(i, v) => Some((i, v)),
                        // A date is a time for what takes days ("will publish its findings by
                        // Friday 24 April", "4月24日前公布调查结论"), unless it dates the
                        // figures.
                        ItemKind::Time(v @ TimeValue::Date) if !after_as_of(&p, i.start) => {
                            Some((i, v))
                        }
                        _ => None,
                    })
                    // A clock time before a date: "4月24日10时前" is due at 10:00.
                    .min_by_key(|(i, v)| (*v == TimeValue::Date, i.start.abs_diff(cue.start)))
                    .map(|(i, v)| (i.start, i.end, v))
                    // A daily round with no clock ("我们每天下午发布最新进展", "We will post an
                    // update every afternoon") is a time too: due a day later at the latest.
                    .or_else(|| {
                        first_in(&dailies, a, b).map(|(s, e)| (s, e, TimeValue::Every(24 * 60)))
                    })
                    // So is a day to come ("事件经过将于今晚发布", "We will share more
                    // tomorrow"), like a date, not resolvable to a moment.
                    .or_else(|| first_in(&days, a, b).map(|(s, e)| (s, e, TimeValue::Date)))
            };
            // The cue's own clause first: in "家属专线 6612 3388（24小时），我们将于今晚发布伤员
            // 名单" the line's 24 hours are no delay; then the rest of its sentence ("16时前，
            // 我们将发布下一次通报").
            let time = timed(clause_of(cue.start)).or_else(|| timed((ss, se)));
            let promise = match time {
                Some((s, e, v)) => Promise {
                    start: cue.start.min(s),
                    end: cue.end.max(e),
                    time: Some(v),
                },
                None => Promise {
                    start: cue.start,
                    end: cue.end,
                    time: None,
                },
            };
            // Whether the sentence promises the account's own next update ("Our next update
            // will come by 5:30", "7点前我们再跟大家说最新进展"), not another body's schedule
            // ("The health commission will publish its advice by 3:30", "there will be a press
            // conference at 10:00"): a next-update cue with the account speaking or a "next".
            let sentence = format!(" {} ", p.folded_slice(ss, se));
            let first_person = match lang {
                Language::ZhCn => ["我们", "本号", "本账号", "下一次", "下次"]
                    .iter()
                    .any(|w| sentence.contains(w)),
                Language::EnUs => [
                    " we ",
                    " we'll",
                    " our ",
                    " us ",
                    "next update",
                    "next bulletin",
                    "next briefing",
                ]
                .iter()
                .any(|w| sentence.contains(w)),
            };
            let own = first_person
                && cues.iter().any(|c| {
                    c.category == Category::NextUpdate && sentence_of(c.start) == Some((ss, se))
                });
            Some((promise, own))
        })
        // The account's own next update, by the clock, is the promise it is held to: not a
        // date for what takes days beside it ("findings by Friday 24 April. Next update by
        // 12:00"), nor another body's schedule ("the command will announce return
        // arrangements by 07:30. Our next update will come by 05:30").
        .min_by_key(|(pr, next)| {
            (
                pr.time.is_none(),
                pr.time == Some(TimeValue::Date),
                !next,
                pr.start,
                // Of two cues for one time ("每天下午发布" and "每天下午发布最新进展"), the one
                // that says more.
                std::cmp::Reverse(pr.end),
            )
        })
        .map(|(pr, _)| pr);
    let promise_sentences: Vec<(usize, usize)> =
        cues.iter().filter_map(|c| sentence_of(c.start)).collect();

    // Concrete facts: numbers, times, dates and places (not phones, not the promise's time,
    // not the post's own time stamp or serial number, not a list's numbering), time words that anchor the incident, and the scenario
    // facts disclosed.
    let mut facts: Vec<(usize, usize, Option<String>)> = Vec::new();
    for item in &items {
        let in_promise = promise_sentences
            .iter()
            .any(|&(s, e)| item.start >= s && item.end <= e);
        let counts = match item.kind {
            ItemKind::Phone => false,
            ItemKind::Time(
                v @ (TimeValue::Clock { .. } | TimeValue::After(_) | TimeValue::Every(_)),
            ) => !in_promise && !dates_post(item, v),
            ItemKind::Number => {
                let hotlines = match lang {
                    Language::ZhCn => ZH_HOTLINES,
                    Language::EnUs => EN_HOTLINES,
                };
                !numbers_post(&p, item) && !hotlines.contains(&p.folded_slice(item.start, item.end))
            }
            // The date a promise is due ("findings by Friday 24 April") is its time, not a
            // fact about the incident.
            ItemKind::Time(TimeValue::Date) => {
                !(in_promise
                    && promise
                        .as_ref()
                        .is_some_and(|pr| pr.time == Some(TimeValue::Date)))
            }
            ItemKind::Place => true,
        };
        if counts {
            facts.push((item.start, item.end, None));
        }
    }
    for h in of(Category::TimeWords) {
        // "今晚" in "我们将于今晚发布" is when the update is due, not when anything happened.
        let promised = promise
            .as_ref()
            .is_some_and(|pr| pr.start <= h.start && h.end <= pr.end);
        if !promised && !items.iter().any(|i| i.start < h.end && h.start < i.end) {
            facts.push((h.start, h.end, Some(h.entry.to_owned())));
        }
    }
    for (id, (s, e)) in &disclosed {
        if !facts.iter().any(|&(fs, fe, _)| fs < *e && *s < fe) {
            facts.push((*s, *e, Some(id.clone())));
        }
    }
    // The figures of a rumour quoted to refute it (网传"化工厂爆炸致多人死亡") are the rumour's,
    // not the account's facts.
    facts.retain(|&(s, e, _)| !quoted.iter().any(|&(qs, qe)| qs <= s && e <= qe));
    // Nor is the account's own name signing the post off ("—Greenvale County", "——宁北县
    // 公安局"): it says who speaks, not what happened.
    facts.retain(|&(s, e, _)| sign_off.is_none_or(|(ss, se)| !(ss <= s && e <= se)));
    // Nor are the figures of a guess: what follows a speculation word in its clause
    // ("死亡人数可能在3人左右", "possibly connected to a fight at the school yesterday").
    facts.retain(|&(s, _, _)| {
        let (cs, _) = clause_of(s);
        !of(Category::Speculation).any(|h| cs <= h.start && h.end <= s)
    });
    facts.sort_by_key(|f| (f.0, f.1));
    // The same place or figure named twice is one fact; a name inside a longer one
    // ("解放路" in "解放路交叉口") adds nothing either.
    let texts: Vec<String> = facts
        .iter()
        .map(|(s, e, _)| compact_form(p.excerpt(*s, *e)))
        .collect();
    let mut seen = std::collections::HashSet::new();
    let mut keep: Vec<bool> = texts.iter().map(|t| seen.insert(t.as_str())).collect();
    let distinct: Vec<&str> = seen.into_iter().collect();
    for (i, text) in texts.iter().enumerate() {
        // A figure with its unit ("2人") is no name: "2人" is not part of "12人".
        let named = text.chars().next().is_some_and(|c| !c.is_ascii_digit());
        if keep[i]
            && named
            && distinct
                .iter()
                .any(|d| d.len() > text.len() && d.contains(text.as_str()))
        {
            keep[i] = false;
        }
    }
    let mut keep_iter = keep.into_iter();
    facts.retain(|_| keep_iter.next().unwrap_or(true));
    let n_facts = facts.len();
    let verification = of(Category::Verification).next().cloned();

    // Which CERC elements the rubric asks for; transparency is scaled to them.
    let required: Vec<Element> = scenario.map_or_else(
        || Element::ALL.to_vec(),
        |sc| sc.def().rubric.required_elements.clone(),
    );
    // Harm the post itself reports: not a negated "无人员伤亡", not a rumour's "网传…多人死亡",
    // not one its sentence says is unknown ("伤亡情况正在核实中"), and not a harm word said of
    // a thing ("死亡率下降", "a dead battery", "missing documents", "injured pride").
    let of_a_thing = |h: &Hit<'_>| {
        let next = p.folded_slice(h.end, (h.end + 16).min(p.len_chars()));
        let word = next
            .trim_start()
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        next.starts_with('率')
            || matches!(
                word,
                "battery"
                    | "batteries"
                    | "zone"
                    | "zones"
                    | "document"
                    | "documents"
                    | "file"
                    | "files"
                    | "link"
                    | "links"
                    | "payment"
                    | "payments"
                    | "pride"
                    | "data"
                    | "records"
                    | "items"
                    | "luggage"
                    | "bags"
            )
            // Or of animals: "mosquitoes trapped in both neighborhoods", "dead fish".
            || ANIMALS.contains(&word)
            || {
                let before = p.folded_slice(h.start.saturating_sub(16), h.start);
                let prev = before
                    .trim_end()
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                ANIMALS.contains(&prev)
            }
            // Escapees "found missing at the 5:30 AM count" are at large, not lost: in a post
            // about an escape or inmates the harm is the danger they pose, told otherwise.
            // Not a post that only names an "escape route".
            || (h.entry == "missing"
                && ["escaped", "escapee", "escape from", "inmate", "prisoner"]
                    .iter()
                    .any(|w| p.folded.contains(w)))
    };
    // Nor a state its own sentence ends: "The missing juvenile has been located and is safe",
    // "被困的3名群众已全部安全转移"… is news that the harm is over.
    let ended = |h: &Hit<'_>| {
        let lost = matches!(
            h.entry,
            "missing" | "trapped" | "stranded" | "失踪" | "失联" | "走失" | "被困"
        ) && sentence_of(h.start).is_some_and(|(s, e)| {
            of(Category::Closure).any(|c| s <= c.start && c.start < e && !in_claim(c.start, c.end))
        });
        // Slight injuries its sentence says were seen to on the spot: "Two people had minor
        // injuries during the evacuation and were treated at the scene".
        let treated = matches!(
            h.entry,
            "injured" | "injuries" | "injury" | "hurt" | "受伤" | "轻伤"
        ) && sentence_of(h.start).is_some_and(|(s, e)| {
            let sentence = p.folded_slice(s, e);
            [
                "treated at the scene",
                "treated on scene",
                "treated and released",
                "经现场处置",
                "现场简单处理",
                "简单包扎后",
            ]
            .iter()
            .any(|w| sentence.contains(w))
        });
        lost || treated
    };
    // Nor symptoms a condition introduces: "如出现发热、乏力…恶心呕吐，请及时就医", "If you
    // develop vomiting or diarrhea, call your doctor", "被困电梯请拨打119": what to watch for or
    // do, not harm reported.
    let conditional = |h: &Hit<'_>| {
        sentence_of(h.start).is_some_and(|(s, _)| {
            let before = p.folded_slice(s, h.start);
            let cues: &[&str] = match lang {
                Language::ZhCn => &[
                    "如出现",
                    "如果出现",
                    "若出现",
                    "一旦出现",
                    "如有",
                    "如果有",
                    "症状包括",
                    "症状有",
                ],
                Language::EnUs => &[
                    "if you ",
                    "if your ",
                    "if anyone ",
                    "if someone ",
                    "symptoms include",
                    "symptoms such as",
                    "watch for",
                ],
            };
            // "被困电梯请拨打119": a clause that opens with the harm and asks the reader to act
            // is a condition without its 如.
            let instruction = lang == Language::ZhCn && {
                let (cs, ce) = clause_of(h.start);
                let rest = p.folded_slice(h.end, ce);
                // Where, at most three chars ("被困电梯"); not who ("被困人员请原地等待" tells
                // people trapped now what to do).
                let asks = rest
                    .char_indices()
                    .take(4)
                    .any(|(at, c)| c == '请' && !rest[..at].contains(['人', '员', '者', '众']));
                p.folded_slice(cs, h.start)
                    .trim()
                    .chars()
                    .all(|c| !c.is_alphanumeric())
                    && asks
            };
            instruction || cues.iter().any(|c| before.contains(c))
        })
    };
    let told = |h: &Hit<'_>| {
        !in_claim(h.start, h.end)
            && !unsure(h.start)
            && !of_a_thing(h)
            && !ended(h)
            && !conditional(h)
    };
    let harm = of(Category::Harm).find(|h| told(h)).cloned();
    // A notice that the incident is over ("孩子已于17时20分找到", "The 230 people evacuated can
    // go home now") with no harm in it owes no account of what is unknown and no next update:
    // each counts where the notice gives it, and is not asked for where it does not.
    let shield = of(Category::Shield).next().cloned();
    let shielding = |h: &&Hit<'_>| {
        n_facts == 0
            && shield
                .as_ref()
                .is_some_and(|sh| sh.start < h.end && h.start < sh.end)
    };
    let closing = harm.is_none() && of(Category::Closure).any(|h| !in_claim(h.start, h.end));
    // The clauses that lift or end something ("预警已解除", "the shelter-in-place order has been
    // lifted"): the warning, instruction or shelter they name is over, not issued.
    // The all-clear itself ("Residents can go home now", "居民可以回家") is guidance, though.
    let lifted: Vec<(usize, usize)> = of(Category::Closure).map(|h| clause_of(h.start)).collect();
    let in_lifted = |h: &Hit<'_>| {
        lifted.contains(&clause_of(h.start))
            && !of(Category::Closure).any(|c| c.start == h.start && c.end == h.end)
    };
    // A rumour correction answers a claim: who checked, what was found, where to check again
    // (a claim retold to refute it and a check, or in a run the correction action). It owes
    // no next update and no unknowns either, and is credited for them where it gives them.
    // Not one that also reports harm of its own ("…不实。目前2名学生住院治疗"): that is news,
    // and owes its unknowns and next update.
    // So is the account's correction of its own earlier post, labelled as such at the top
    // ("CORRECTION: Our 4 p.m. post said…", "【更正】").
    let labelled = {
        let head: String = p.folded_chars.iter().take(16).collect();
        ["correction", "更正", "勘误"]
            .iter()
            .any(|w| head.contains(w))
    };
    let correcting = harm.is_none()
        && (ctx.correction || labelled || (!quoted.is_empty() && verification.is_some()));
    let unknowns_given = of(Category::Hedging).any(|h| !shielding(&h));
    // A warning with a time or place ("Excessive Heat Warning Thursday through Saturday",
    // "暴雨橙色预警：今天20时至明天8时") is issued, not lifted. "[Rumour alert]", "谣言预警"
    // label a correction, not a hazard.
    let about_rumour = |h: &&Hit<'_>| {
        let (cs, ce) = clause_of(h.start);
        let clause = p.folded_slice(cs, ce);
        ["rumour", "rumor", "谣"].iter().any(|w| clause.contains(w))
    };
    let warning = of(Category::Warning)
        .find(|h| !about_rumour(h) && !in_lifted(h))
        .filter(|_| {
            items
                .iter()
                .any(|i| matches!(i.kind, ItemKind::Place | ItemKind::Time(_)))
        });
    // An advisory that reports no harm forecasts a hazard: what is coming, when, where and
    // what to do. Like a closing notice it owes no account of what is unknown (a forecast's
    // uncertainty is in the forecast) and no next update (the warning's own period says how
    // long it holds), and is credited for either where it gives it.
    let advising = harm.is_none() && warning.is_some();
    let actions_given = of(Category::Action).next().is_some();
    // A reply to a citizen answers their question: like a closing notice it owes no next
    // update and no unknowns (a reply to a reporter still does: the press needs both).
    let answering = ctx.reply && !ctx.to_press;
    let help_given =
        of(Category::Help).next().is_some() || items.iter().any(|i| i.kind == ItemKind::Phone);
    let asked: Vec<Element> = required
        .iter()
        .copied()
        .filter(|el| {
            !(closing || correcting || answering || advising)
                || match el {
                    Element::Unknowns => unknowns_given,
                    Element::NextUpdate => promise.is_some(),
                    // A reply to a citizen answers what they asked; what the account is doing
                    // about the incident belongs to its statements.
                    Element::Actions if answering => actions_given,
                    // Once the incident is over nobody needs a help line: "Mia was found safe
                    // … she is back with her family" is complete without one.
                    Element::HelpInfo if closing => help_given,
                    _ => true,
                }
        })
        .collect();
    let weight_sum: f64 = ELEMENT_WEIGHTS
        .iter()
        .filter(|(el, _)| asked.contains(el))
        .map(|(_, w)| w)
        .sum();
    let (scale, counted): (f64, Vec<Element>) = if weight_sum > 0.0 {
        (100.0 / weight_sum, asked)
    } else {
        (1.0, Element::ALL.to_vec())
    };
    let wants = |el: Element| counted.contains(&el);
    ledger.scale = scale;

    // ---- Tone ----
    // "给大家带来不便，非常抱歉": the inconvenience a real apology that follows in its sentence
    // is for is no stock line (without it, "由此带来的不便，敬请谅解", it is).
    let apologised_for = |h: &Hit<'_>| {
        h.category == Category::Boilerplate
            && of(Category::Apology).any(|a| {
                a.start >= h.end
                    && sentence_of(a.start) == sentence_of(h.start)
                    && !hollow_apology(a)
            })
    };
    // One acknowledgment of the harm or of people's feelings is what CERC asks for: it earns
    // the whole of empathy's points. Among stock lines ("We are aware of the situation… Our
    // thoughts are with everyone affected… Public safety is our top priority") it reads as
    // one more of them, and earns half.
    let stock_lines = of(Category::Boilerplate).any(|h| !apologised_for(h));
    for h in of(Category::Empathy) {
        if stock_lines {
            ledger.add(
                &rules::TONE_EMPATHY,
                Some((h.start, h.end)),
                rules::TONE_EMPATHY_AMID_STOCK_POINTS,
                Some(h.entry),
                Vec::new(),
            );
        } else {
            ledger.hit(&rules::TONE_EMPATHY, h);
        }
    }
    // "We're sorry you feel that way", "we apologise if anyone was offended": regret for the
    // reader's feelings, not for what the institution did.
    // A title that labels the post ("【致歉与处理措施】") is not the apology: the evidence is
    // the body's, when it has one.
    let in_title =
        |h: &&Hit<'_>| sentence_of(h.start).is_some_and(|se| in_header(&p, se, (h.start, h.end)));
    let apology = of(Category::Apology)
        .filter(|h| !hollow_apology(h))
        .min_by_key(|h| in_title(h));
    if let Some(h) = apology {
        ledger.hit(&rules::TONE_APOLOGY, h);
    }
    // Empathy is owed to the people affected; a reporter asking for figures is owed the
    // figures (CERC), so a reply to an inquiry is not marked down for lacking it.
    let apologies = of(Category::Apology).filter(|h| !hollow_apology(h)).count();
    if count(Category::Empathy) == 0
        && apologies == 0
        && required.contains(&Element::Empathy)
        && !ctx.to_press
    {
        // Harm the statement reports makes the silence cold: CERC's empathy is owed to the
        // people hurt.
        match &harm {
            Some(h) if !ctx.reply && !ctx.empathy_shown => {
                // A death reported with no word of condolence is the coldest notice of all:
                // "扑火队员2人死亡……特此通报".
                const DEATHS: &[&str] = &[
                    "死亡",
                    "遇难",
                    "身亡",
                    "罹难",
                    "丧生",
                    "去世",
                    "牺牲",
                    "killed",
                    "died",
                    "dead",
                    "death",
                    "deaths",
                    "fatality",
                    "fatalities",
                    "deceased",
                ];
                let death = of(Category::Harm).find(|d| DEATHS.contains(&d.entry) && told(d));
                match death {
                    Some(d) => {
                        ledger.add(
                            &rules::TONE_COLD,
                            Some((d.start, d.end)),
                            rules::TONE_COLD_DEATH_POINTS,
                            Some(d.entry),
                            Vec::new(),
                        );
                    }
                    None => {
                        ledger.hit(&rules::TONE_COLD, h);
                    }
                }
            }
            _ => ledger.absent(&rules::TONE_NO_EMPATHY, rules::TONE_EMPATHY.cap),
        }
    }
    // A denial is categorical unless its sentence, one of the three before it or the two after
    // it carries the proof: a verification marker ("经检测", "inspected") or a scenario fact the trainee was
    // briefed on or had verified. "经市水利局现场核查，大坝运行正常，不存在安全隐患" is the
    // answer a rumour needs.
    let proofs: Vec<usize> = {
        let mut starts: Vec<usize> = of(Category::Verification)
            .map(|v| v.start)
            .chain(disclosed.iter().map(|(_, (s, _))| *s))
            .collect();
        starts.sort_unstable();
        starts
    };
    // A check named in the denial's own sentence with no fact anywhere ("经查，此事与我局无关",
    // "经核实，网传信息纯属造谣") shows nothing: the proof must be a fact or a sentence of its own.
    // The sentences a denial's proof may sit in: up to three before it, its own, and the two
    // after ("…is false. Engineers inspected the dam at 6."; "两则网传信息均不属实。1. 白石岭
    // 水库：市水利局专家组6时10分…现场巡查", where a list's number reads as a sentence).
    let window = |(own_s, own_e): (usize, usize)| {
        let mut s = own_s;
        for _ in 0..3 {
            s = sentence_of(s.saturating_sub(1)).map_or(s, |(before, _)| before);
        }
        let mut e = own_e;
        for _ in 0..2 {
            e = sentence_of(e).map_or(e, |(_, after)| after);
        }
        (s, e)
    };
    // A blanket assurance ("there is no risk") stands only on a check ("The dam was inspected
    // at 6:10 … There is no risk of it failing"), not on any fact the post tells beside it
    // ("A fire broke out at the Ruilan warehouse. There is no risk whatsoever").
    let verifications: Vec<usize> = of(Category::Verification).map(|v| v.start).collect();
    let backed = |h: &Hit<'_>| {
        sentence_of(h.start).is_some_and(|(own_s, own_e)| {
            let (s, e) = window((own_s, own_e));
            let blanket = BLANKET_ASSURANCES.contains(&h.entry);
            let pool = if blanket { &verifications } else { &proofs };
            let first = pool.partition_point(|&at| at < s);
            pool[first..]
                .iter()
                .take_while(|&&at| at < e)
                .any(|&at| n_facts > 0 || !(own_s <= at && at < own_e))
        })
    };
    // The scenario's forbidden phrases (found once; scored with the other tone rules below).
    // A forbidden phrase refused ("我们不会拿“临时工”当挡箭牌", "we will not call him a temp
    // worker") is what the exercise asks for, not the phrase used.
    let negators: Vec<(usize, usize)> = of(Category::Negation).map(|h| (h.start, h.end)).collect();
    let refused =
        |at: usize| nearest_negators(&negators, at).any(|(ns, ne)| refuses(&p, lang, ns, ne, at));
    let forbidden: Vec<(&String, (usize, usize))> = scenario
        .and_then(|sc| lang_entry(&sc.def().rubric.forbidden_phrases, lang))
        .into_iter()
        .flatten()
        .flat_map(|phrase| {
            find_phrase(&p, phrase)
                .into_iter()
                .filter(|&(s, e)| !in_claim(s, e) && !refused(s))
                .map(move |span| (phrase, span))
        })
        .collect();
    let denials: Vec<(&Hit<'_>, bool)> = of(Category::Denial).map(|h| (h, backed(h))).collect();
    let backed_denials = denials.iter().filter(|(_, b)| *b).count();
    for &(h, is_backed) in &denials {
        // A denial the exercise forbids ("纯属造谣") earns no credit for its proof: the
        // forbidden-phrase finding says to drop it, and one message must not praise it.
        let is_forbidden = forbidden
            .iter()
            .any(|&(_, (s, e))| s < h.end && h.start < e);
        if is_backed && is_forbidden {
            continue;
        }
        if is_backed {
            ledger.hit(&rules::TONE_DENIAL_BACKED, h);
        } else {
            ledger.add(
                &rules::TONE_DENIAL,
                Some((h.start, h.end)),
                rules::TONE_DENIAL.points,
                Some(h.entry),
                denial_kind(h),
            );
        }
    }
    // "高度重视" followed in its sentence by what was done, with a figure, time or place
    // ("…高度重视，8时40分已切断受影响服务器"): filler, not the empty notice 61号 criticises.
    let officialese_backed = |h: &Hit<'_>| {
        sentence_of(h.start).is_some_and(|(_, e)| {
            of(Category::Action).any(|a| h.end <= a.start && a.start < e)
                && items.iter().any(|i| {
                    h.end <= i.start
                        && i.start < e
                        && matches!(
                            i.kind,
                            ItemKind::Number | ItemKind::Time(_) | ItemKind::Place
                        )
                })
        })
    };
    // A legal warning after a verified rebuttal is the short line at the end that
    // `score-tone-threat-main` allows: the check and the facts come first, in sentences of
    // their own.
    let threat_backed = |h: &Hit<'_>| {
        let Some((s, _)) = sentence_of(h.start) else {
            return false;
        };
        verification.as_ref().is_some_and(|v| v.start < s) && facts.iter().any(|&(fs, _, _)| fs < s)
    };
    for (category, rule) in [
        (Category::Officialese, &rules::TONE_OFFICIALESE),
        (Category::Boilerplate, &rules::TONE_BOILERPLATE),
        (Category::Blame, &rules::TONE_BLAME),
        (Category::Condescension, &rules::TONE_CONDESCENSION),
        (Category::Lecturing, &rules::TONE_LECTURING),
        (Category::Threat, &rules::TONE_THREAT),
        (Category::Excuse, &rules::TONE_EXCUSE),
    ] {
        // Words inside a longer forbidden phrase are charged once, as the phrase ("造谣者将被
        // 依法严惩" is one wording, not a forbidden phrase and two threats); a phrase that is
        // both ("临时工") is charged as both, the blame and the exercise's own rule.
        // One scapegoat is one charge however it is worded: "系劳务派遣人员，不是在编执法人员"
        // shifts the blame once, in one sentence, not twice. So is the one closing legal line
        // a verified rebuttal may carry ("将依法追究责任，后果自负"); a threat as such costs
        // per word ("Those spreading these rumours will be prosecuted" threatens twice).
        // A stock line is one per clause: "已转相关部门研究处理" is one, "有关情况将及时通报，
        // 带来不便敬请谅解" two.
        let mut charged: Vec<Option<(usize, usize)>> = Vec::new();
        for h in of(category).filter(|h| {
            !forbidden
                .iter()
                .any(|&(_, (s, e))| s <= h.start && h.end <= e && e - s > h.end - h.start)
                && !apologised_for(h)
        }) {
            let unit = match category {
                Category::Blame | Category::Lecturing => Some(sentence_of(h.start)),
                Category::Threat if threat_backed(h) => Some(sentence_of(h.start)),
                Category::Boilerplate => Some(Some(clause_of(h.start))),
                _ => None,
            };
            if let Some(unit) = unit {
                if charged.contains(&unit) {
                    continue;
                }
                charged.push(unit);
            }
            let rule = match category {
                Category::Officialese if officialese_backed(h) => &rules::TONE_OFFICIALESE_BACKED,
                Category::Threat if threat_backed(h) => &rules::TONE_THREAT_BACKED,
                _ => rule,
            };
            ledger.hit(rule, h);
        }
    }
    // A threat is the main message when the sentences that threaten or deny make up most
    // of the post and nothing in it is verified: "造谣者将被依法严惩" as the whole rebuttal.
    if let Some(threat) = of(Category::Threat).next()
        && verification.is_none()
    {
        let defensive: Vec<(usize, usize)> = sentences
            .iter()
            .copied()
            .filter(|&(s, e)| {
                hits.iter().any(|h| {
                    matches!(h.category, Category::Threat | Category::Denial)
                        && s <= h.start
                        && h.start < e
                })
            })
            .collect();
        let size = |(s, e): (usize, usize)| p.compact_index_at(e) - p.compact_index_at(s);
        let share = defensive.iter().map(|&r| size(r)).sum::<usize>() as f64
            / p.compact_src.len().max(1) as f64;
        if share >= 0.5 {
            ledger.hit(&rules::TONE_THREAT_MAIN, threat);
        }
    }
    for (s, e) in reading_units(&p, &sentences) {
        let length = match lang {
            Language::ZhCn => p.compact_index_at(e) - p.compact_index_at(s),
            // Tokens are in order and never empty: those inside the unit start at the first
            // one starting at or after `s`.
            Language::EnUs => p.tokens[p.tokens.partition_point(|t| t.start < s)..]
                .iter()
                .take_while(|t| t.start < e)
                // Folding keeps whether a char is a letter or a digit.
                .filter(|t| {
                    t.end <= e
                        && p.folded_chars[t.start..t.end]
                            .iter()
                            .any(|c| c.is_alphanumeric())
                })
                .count(),
        };
        let limit = match lang {
            Language::ZhCn => ZH_LONG_SENTENCE,
            Language::EnUs => EN_LONG_SENTENCE,
        };
        if length > limit {
            let args = vec![
                ("length".to_owned(), length.to_string()),
                ("limit".to_owned(), limit.to_string()),
                (
                    "unit".to_owned(),
                    match lang {
                        Language::ZhCn => "chars",
                        Language::EnUs => "words",
                    }
                    .to_owned(),
                ),
            ];
            ledger.add(
                &rules::TONE_LONG_SENTENCE,
                Some((s, e)),
                rules::TONE_LONG_SENTENCE.points,
                None,
                args,
            );
        }
    }
    for &(phrase, span) in &forbidden {
        if !signals.forbidden.contains(phrase) {
            signals.forbidden.push(phrase.clone());
        }
        ledger.add(
            &rules::TONE_FORBIDDEN,
            Some(span),
            rules::TONE_FORBIDDEN.points,
            Some(phrase),
            Vec::new(),
        );
    }

    // ---- Transparency ----
    if wants(Element::ConfirmedFacts) {
        for (s, e, entry) in &facts {
            ledger.element(&rules::TR_FACTS, Some((*s, *e)), entry.as_deref());
        }
        if n_facts == 0 {
            ledger.absent_element(&rules::TR_MISSING_FACTS, Element::ConfirmedFacts);
        }
    }
    // "立即撤离了" tells what was done, not what to do; "已请有关部门" a request made; "the
    // right call" is a decision.
    let told = |h: &Hit<'_>| match lang {
        // "我们已请有关部门核实" tells a request made, not one to the public.
        Language::ZhCn => {
            p.folded_char(h.end) == Some('了')
                || (h.entry == "请"
                    && p.folded_slice(h.start.saturating_sub(2), h.start)
                        .ends_with('已'))
        }
        Language::EnUs => {
            let before = |n: usize, words: &[&str]| {
                let text = p
                    .folded_slice(h.start.saturating_sub(n), h.start)
                    .trim_end();
                words.iter().any(|w| text.ends_with(w))
            };
            // "did not call 120 until 1:05 p.m." narrates a failure.
            let decision = [
                "right",
                "close",
                "tough",
                "judgment",
                "judgement",
                "difficult",
                "hard",
            ];
            // "We call it an isolated incident" names, "Please note that…" points at a fact.
            let mut next = p
                .folded_slice(h.end, p.len_chars().min(h.end + 16))
                .split_whitespace();
            let (next_word, then) = (next.next().unwrap_or(""), next.next().unwrap_or(""));
            // "call volumes are high", "the call centre" use the noun.
            let noun = matches!(
                next_word.trim_end_matches(|c: char| !c.is_alphanumeric()),
                "volume"
                    | "volumes"
                    | "centre"
                    | "center"
                    | "centres"
                    | "centers"
                    | "taker"
                    | "takers"
                    | "log"
                    | "logs"
                    | "wait"
                    | "waits"
                    | "times"
            );
            (h.entry == "call"
                && (before(8, &["not", "didn't"])
                    || before(12, &decision)
                    || matches!(next_word, "it" | "this" | "that")
                    || noun))
                || (h.entry == "please"
                    && (next_word == "note"
                        || (next_word == "be" && matches!(then, "advised" | "aware"))))
        }
    };
    // What the public is told to do ("Please keep windows closed", "请关闭门窗") is advice,
    // not what is being done: an action word counts only where no guidance cue came before
    // it in its clause.
    let advised = |h: &Hit<'_>| {
        let (cs, _) = clause_of(h.start);
        of(Category::Guidance).any(|g| cs <= g.start && g.start <= h.start && !told(g))
    };
    // Nor is a guess ("Evacuated residents should probably be able to go home"): an action
    // word in a clause that speculates tells nothing being done.
    let speculated = |h: &Hit<'_>| {
        let clause = clause_of(h.start);
        of(Category::Speculation).any(|g| clause_of(g.start) == clause)
    };
    let action = of(Category::Action)
        .find(|h| {
            !quoted.iter().any(|&(qs, qe)| qs <= h.start && h.end <= qe)
                && !advised(h)
                && !speculated(h)
        })
        .cloned()
        .or_else(|| shield.clone().filter(|_| n_facts > 0));
    // "不要一有问题就打12345": a number named in a clause that scolds people for using it
    // offers no help.
    let scolded = |at: usize| {
        let (cs, ce) = clause_of(at);
        of(Category::Condescension)
            .chain(of(Category::Lecturing))
            .any(|h| cs <= h.start && h.start < ce)
    };
    let help = of(Category::Help)
        .find(|h| !in_lifted(h) && !scolded(h.start))
        .map(|h| (h.start, h.end, Some(h.entry.to_owned())))
        .or_else(|| {
            items
                .iter()
                .find(|i| i.kind == ItemKind::Phone && !scolded(i.start))
                .map(|i| (i.start, i.end, None))
        });
    // "正在调查中" with no facts at all is a shield (below): it cannot count as saying what is
    // not yet known as well (`shielding`, above).
    if wants(Element::Unknowns) {
        match of(Category::Hedging).find(|h| !shielding(h)) {
            Some(h) => {
                ledger.element(&rules::TR_UNKNOWNS, Some((h.start, h.end)), Some(h.entry));
            }
            None => {
                ledger.absent_element(&rules::TR_MISSING_UNKNOWNS, Element::Unknowns);
            }
        }
    }
    if wants(Element::Actions) {
        match &action {
            Some(h) => {
                ledger.element(&rules::TR_ACTIONS, Some((h.start, h.end)), Some(h.entry));
            }
            None => {
                ledger.absent_element(&rules::TR_MISSING_ACTIONS, Element::Actions);
            }
        }
    }
    match &promise {
        Some(pr) if pr.time.is_some() => {
            if let Some(t) = pr.time {
                signals.promised_update_at = resolve(t, start_time, ctx.at);
            }
            if wants(Element::NextUpdate) {
                let args = signals
                    .promised_update_at
                    .map(|at| vec![("at".to_owned(), at.to_string())])
                    .unwrap_or_default();
                let scaled = Rule {
                    points: rules::TR_NEXT_UPDATE.points * scale,
                    cap: rules::TR_NEXT_UPDATE.cap * scale,
                    ..rules::TR_NEXT_UPDATE
                };
                ledger.add(&scaled, Some((pr.start, pr.end)), scaled.points, None, args);
            }
        }
        Some(pr) => {
            if wants(Element::NextUpdate) {
                ledger.element(&rules::TR_VAGUE_PROMISE, Some((pr.start, pr.end)), None);
            }
        }
        None => {
            if wants(Element::NextUpdate) {
                ledger.absent_element(&rules::TR_MISSING_NEXT_UPDATE, Element::NextUpdate);
            }
        }
    }
    if wants(Element::HelpInfo) {
        match &help {
            Some((s, e, entry)) => {
                ledger.element(&rules::TR_HELP, Some((*s, *e)), entry.as_deref());
            }
            None => {
                ledger.absent_element(&rules::TR_MISSING_HELP, Element::HelpInfo);
            }
        }
    }
    if let Some(h) = of(Category::Commitment).next() {
        ledger.hit(&rules::TR_COMMITMENT, h);
    }
    if n_facts < 2 {
        // One stock line per clause, as in tone.
        let mut clauses: Vec<(usize, usize)> = Vec::new();
        for h in of(Category::Boilerplate) {
            let clause = clause_of(h.start);
            if !clauses.contains(&clause) {
                clauses.push(clause);
                ledger.hit(&rules::TR_BOILERPLATE, h);
            }
        }
    }
    if let Some(h) = &shield
        && n_facts == 0
    {
        ledger.hit(&rules::TR_SHIELD, h);
    }

    // ---- Authority ----
    // Whether a phrase's clause goes on to a phrase of one of `kinds`.
    let clause_goes_on_to = |h: &Hit<'_>, kinds: &[Category]| {
        let (_, end) = clause_of(h.start);
        hits.iter()
            .any(|o| kinds.contains(&o.category) && h.start <= o.start && o.start < end)
    };
    // "市委市政府高度重视" names a body as the subject of a formula, not as the source of
    // anything: a body whose clause goes on to officialese or boilerplate is no source.
    let formula_subject =
        |h: &&Hit<'_>| clause_goes_on_to(h, &[Category::Officialese, Category::Boilerplate]);
    // A hospital is a source only where it reports ("据市第二人民医院报告", "市儿童医院通报",
    // "Central Hospital reports"); named as where people were taken ("已送往溪南区人民医院",
    // "已送市第一人民医院救治", "are at Central Hospital") or where something happened
    // ("长宁区人民医院急诊科一名患者家属…") it is a place.
    let destination = |h: &&Hit<'_>| {
        let hospital = h.entry.contains("医院") || h.entry.contains("hospital");
        if !hospital {
            return false;
        }
        let (cs, ce) = clause_of(h.start);
        let lead = p.folded_slice(cs.max(h.start.saturating_sub(8)), h.start);
        let trail = p.folded_slice(h.end, ce.min(h.end + 12));
        let reports = match lang {
            Language::ZhCn => {
                ["据", "经", "根据", "由"].iter().any(|c| lead.ends_with(c))
                    || [
                        "通报", "报告", "称", "表示", "介绍", "确认", "发布", "证实", "关于",
                        "说明", "消息",
                    ]
                    .iter()
                    .any(|c| trail.starts_with(c))
            }
            Language::EnUs => {
                lead.trim_end().ends_with("according to")
                    || [
                        "reports",
                        "reported",
                        "says",
                        "said",
                        "confirms",
                        "confirmed",
                        "announced",
                        "states",
                        "stated",
                    ]
                    .iter()
                    .any(|c| trail.trim_start().starts_with(c))
            }
        };
        !reports
    };
    // The sign-off, where there is one, is the body that speaks: "—Riverton Metro" rather than
    // "Riverton Police", who investigate, or "police" in a list of services not affected.
    let signed = |h: &&Hit<'_>| sign_off.is_some_and(|(s, e)| s <= h.start && h.end <= e);
    let source = of(Category::ResponsibleBody)
        .find(|h| signed(h))
        .or_else(|| of(Category::ResponsibleBody).find(|h| !formula_subject(h) && !destination(h)));
    match source {
        Some(h) => {
            ledger.hit(&rules::AU_BODY, h);
        }
        // A reply to a citizen is the account speaking to one person, in its own name: its
        // source is the official account, quoted by the handle it answers (in a run, a reply
        // counts towards authority only where it lost points).
        None if answering => {
            if let Some(&(s, e)) = handles
                .first()
                .filter(|&&(s, _)| p.folded_chars[..s].iter().all(|c| c.is_whitespace()))
            {
                ledger.add(
                    &rules::AU_OWN_ACCOUNT,
                    Some((s, e)),
                    rules::AU_OWN_ACCOUNT.points,
                    None,
                    Vec::new(),
                );
            }
        }
        None => ledger.absent(&rules::AU_NO_SOURCE, rules::AU_BODY.points),
    }
    for (s, e, entry) in &facts {
        ledger.add(
            &rules::AU_FACTS,
            Some((*s, *e)),
            rules::AU_FACTS.points,
            entry.as_deref(),
            Vec::new(),
        );
    }
    // "经核实，网传信息纯属造谣" claims a check and shows nothing of it: a check in a bare
    // denial's sentence, with no fact.
    let hollow = |v: &Hit<'_>| {
        n_facts == 0
            && sentence_of(v.start)
                .is_some_and(|(s, e)| of(Category::Denial).any(|d| s <= d.start && d.start < e))
    };
    // "据现场指挥部了解，…可能与静电引燃有关" names a source for a guess: a check in a sentence
    // that speculates verifies nothing.
    let guessed = |v: &Hit<'_>| {
        sentence_of(v.start)
            .is_some_and(|(s, e)| of(Category::Speculation).any(|x| s <= x.start && x.start < e))
    };
    let shown = verification.as_ref().filter(|v| !hollow(v) && !guessed(v));
    if let Some(h) = shown {
        ledger.hit(&rules::AU_VERIFIED, h);
    }
    for h in of(Category::Speculation) {
        ledger.hit(&rules::AU_SPECULATION, h);
    }
    // "目前水质完全安全，请市民放心饮用" while the full test results are still to come: an
    // absolute assurance in a post that itself says something is not yet known is the claim
    // most likely to be proved wrong (CERC: don't over-reassure). Once nothing is pending, the
    // same words are the all-clear.
    if of(Category::Hedging).any(|h| !in_claim(h.start, h.end)) {
        for h in of(Category::Assurance).filter(|h| !in_claim(h.start, h.end)) {
            ledger.hit(&rules::AU_OVER_REASSURANCE, h);
        }
    }
    // People counted are not named vaguely: "园长等3名相关人员已被公安机关依法控制" says who and
    // how many, as police notices do without names.
    let counted = |h: &Hit<'_>| {
        let before = p.folded_slice(clause_of(h.start).0, h.start);
        let mut rev = before.chars().rev();
        h.entry.ends_with("人员")
            && matches!(rev.next(), Some('名' | '位'))
            && rev
                .next()
                .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十两".contains(c))
    };
    for h in of(Category::VagueNaming).filter(|h| !counted(h)) {
        ledger.hit(&rules::AU_VAGUE_NAMING, h);
    }
    if let Some(h) = of(Category::Denial).next()
        && n_facts == 0
        && shown.is_none()
    {
        ledger.add(
            &rules::AU_BARE_DENIAL,
            Some((h.start, h.end)),
            rules::AU_BARE_DENIAL.points,
            Some(h.entry),
            denial_kind(h),
        );
    }
    if let Some(span) = headline {
        ledger.add(
            &rules::AU_RUMOUR_HEADLINE,
            Some(span),
            rules::AU_RUMOUR_HEADLINE.points,
            None,
            Vec::new(),
        );
    }

    // ---- Service ----
    // "请广大市民不信谣、不传谣" lectures rather than guides, "请以官方发布为准" deflects: a cue
    // whose clause goes on to officialese, boilerplate, condescension or a threat tells nobody
    // what to do.
    let lecturing = |h: &Hit<'_>| {
        clause_goes_on_to(
            h,
            &[
                Category::Officialese,
                Category::Boilerplate,
                Category::Condescension,
                Category::Lecturing,
                Category::Threat,
            ],
        )
    };
    // "请大家保持冷静", "Please remain calm": a polite cue that leads only to calming words
    // gives nothing to do.
    let any_calming = of(Category::Calming).next().is_some();
    let calming_only = |h: &Hit<'_>| {
        if !any_calming {
            return false;
        }
        // The calming words may share the cue's own ("请不要恐慌": "请不要" and "不要恐慌").
        let (_, end) = clause_of(h.start);
        hits.iter()
            .filter(|o| h.start < o.start && o.start < end && o.category != Category::Negation)
            .min_by_key(|o| o.start)
            .is_some_and(|o| o.category == Category::Calming)
    };
    // One instruction is one piece of guidance however many cues it has: "请市民避开和平路"
    // and "Please avoid Harbour Road" count once (one per clause).
    let mut clauses_guided: Vec<(usize, usize)> = Vec::new();
    // Advice that guesses ("an ordinary mask should probably be fine") or contradicts the
    // confirmed advice ("可以开窗通通风") is no guidance: it sends people the wrong way.
    let wrong: Vec<(usize, usize)> = ledger
        .findings
        .iter()
        .filter(|f| f.rule == rules::TR_CONTRADICTION.id)
        .filter_map(|f| f.char_span)
        .map(|(s, _)| clause_of(s))
        .chain(of(Category::Speculation).map(|g| clause_of(g.start)))
        .collect();
    // "There is no need to call police", "无需拨打": what people need not do is no instruction.
    let needless = |h: &&Hit<'_>| {
        let before = p
            .folded_slice(h.start.saturating_sub(14), h.start)
            .trim_end();
        [
            "no need to",
            "don't need to",
            "do not need to",
            "not necessary to",
            "无需",
            "不必",
            "不用",
        ]
        .iter()
        .any(|w| before.ends_with(w))
    };
    let guidance: Vec<&Hit<'_>> = of(Category::Guidance)
        .filter(|h| !lecturing(h) && !told(h) && !calming_only(h) && !needless(h))
        .filter(|h| !wrong.contains(&clause_of(h.start)) && !in_lifted(h))
        .filter(|h| {
            let clause = clause_of(h.start);
            let first = !clauses_guided.contains(&clause);
            clauses_guided.push(clause);
            first
        })
        .collect();
    // A route ("Cole Rd is closed; use Five Mile Rd", "take the Ross Island Bridge"): a clause
    // that opens with the imperative and names a place tells drivers what to do now.
    let routes: Vec<Hit<'_>> = match lang {
        Language::EnUs => items
            .iter()
            .filter(|i| i.kind == ItemKind::Place)
            .filter_map(|i| {
                let (cs, _) = clause_of(i.start);
                let lead = p.folded_slice(cs, i.start);
                let verb = lead.split_whitespace().next()?;
                let start = cs + lead.chars().take_while(|c| c.is_whitespace()).count();
                matches!(verb, "use" | "take" | "follow").then_some(Hit {
                    category: Category::Guidance,
                    start,
                    end: i.end,
                    entry: "use + place",
                })
            })
            .filter(|h| {
                let clause = clause_of(h.start);
                let first = !clauses_guided.contains(&clause) && !wrong.contains(&clause);
                clauses_guided.push(clause);
                first
            })
            .collect(),
        Language::ZhCn => Vec::new(),
    };
    for h in guidance.iter().copied().chain(&routes) {
        ledger.hit(&rules::SV_GUIDANCE, h);
    }
    if let Some(phone) = items
        .iter()
        .find(|i| i.kind == ItemKind::Phone && !scolded(i.start))
    {
        ledger.add(
            &rules::SV_PHONE,
            Some((phone.start, phone.end)),
            rules::SV_PHONE.points,
            None,
            Vec::new(),
        );
    }
    if let Some(h) = of(Category::Help).find(|h| !in_lifted(h) && !scolded(h.start)) {
        ledger.hit(&rules::SV_HELP, h);
    }
    // A place counts as service where the post sends people to it: in a sentence that
    // guides or points to help, not the place where the incident happened.
    let guiding = |(s, e): (usize, usize)| {
        hits.iter().any(|h| {
            matches!(h.category, Category::Guidance | Category::Help) && s <= h.start && h.start < e
        }) || routes.iter().any(|h| s <= h.start && h.start < e)
    };
    // "If you were at Northside Family Clinic, 1200 Harbor Blvd, on Tuesday…", "曾于3日到过
    // 该超市的市民": where people may have been exposed (any place after such words in their
    // sentence), not where to go.
    let been_at = |i: &structure::Item| {
        let from = sentence_of(i.start).map_or(i.start, |(s, _)| s);
        let before = p.folded_slice(from, i.start);
        [
            "if you were at",
            "if you were in",
            "if you visited",
            "who were at",
            "who visited",
            "到过",
            "去过",
            "曾在",
        ]
        .iter()
        .any(|m| before.contains(m))
    };
    if let Some(place) = items.iter().find(|i| {
        i.kind == ItemKind::Place && !been_at(i) && sentence_of(i.start).is_some_and(guiding)
    }) {
        ledger.add(
            &rules::SV_PLACE,
            Some((place.start, place.end)),
            rules::SV_PLACE.points,
            None,
            Vec::new(),
        );
    }
    if let Some(h) = warning {
        ledger.hit(&rules::SV_WARNING, h);
    }
    if guidance.is_empty() && routes.is_empty() {
        ledger.absent(&rules::SV_MISSING_GUIDANCE, rules::SV_GUIDANCE.cap);
    }
    if help.is_none() {
        ledger.absent(
            &rules::SV_MISSING_HELP,
            rules::SV_HELP.points + rules::SV_PHONE.points,
        );
    }

    // ---- Scores and signals ----
    let clamp = |v: f64| v.clamp(0.0, 100.0);
    let tone = clamp(BASE_TONE + ledger.total(Dimension::Tone));
    let transparency = clamp(ledger.total(Dimension::Transparency));
    let authority = clamp(BASE_AUTHORITY + ledger.total(Dimension::Authority));
    let service = clamp(ledger.total(Dimension::Service));
    signals.quality = (tone + transparency + authority + service) / 400.0;
    signals.empathy = (0.5 * count(Category::Empathy) as f64 + 0.5 * apologies as f64).min(1.0);
    // Backed denials answer a rumour with proof: the public does not hear them as defensive.
    let defensive = [
        (Category::Condescension, 1.0),
        (Category::Blame, 0.9),
        (Category::Lecturing, 0.5),
        (Category::Threat, 0.8),
        (Category::Denial, 0.7),
        (Category::Excuse, 0.4),
    ]
    .iter()
    .filter(|(c, _)| match c {
        Category::Denial => count(*c) > backed_denials,
        _ => count(*c) > 0,
    })
    .map(|(_, level)| *level)
    .fold(0.0, f64::max);
    let relief = if apologies > 0 { 0.2 } else { 0.0 };
    signals.defensiveness = (defensive - relief).clamp(0.0, 1.0);
    let shield_penalty = if shield.is_some() && n_facts == 0 {
        0.2
    } else {
        0.0
    };
    signals.boilerplate = (0.35 * count(Category::Boilerplate) as f64
        + 0.15 * count(Category::Officialese) as f64
        + shield_penalty)
        .min(1.0);
    let scores = BTreeMap::from([
        (Dimension::Tone, tone),
        (Dimension::Transparency, transparency),
        (Dimension::Authority, authority),
        (Dimension::Service, service),
    ]);
    // Sorted through their keys: a finding is a few hundred bytes, its key a few words.
    let mut order: Vec<(Dimension, Option<usize>, &str, usize)> = ledger
        .findings
        .iter()
        .enumerate()
        .map(|(i, f)| (f.dimension, f.char_span.map(|s| s.0), f.rule.as_str(), i))
        .collect();
    order.sort_unstable();
    let order: Vec<usize> = order.into_iter().map(|(.., i)| i).collect();
    let mut slots: Vec<Option<Finding>> = ledger.findings.into_iter().map(Some).collect();
    let findings: Vec<Finding> = order.into_iter().filter_map(|i| slots[i].take()).collect();
    PostAssessment {
        scores,
        findings,
        signals,
    }
}

/// The words of a title (a bracketed header, a first line with the body below it, or an
/// opening question in capitals) that puts one of the scenario's rumours as a question and
/// answers nothing ("【白石岭水库溃坝，洪水一小时到河西？】", "Has the dam burst?\n…"): a
/// reader who sees only the title takes the rumour away. A title that answers ("…？不实",
/// "…? No.", or a body whose first word is the answer) or labels the post ("【辟谣】",
/// "[Fact check]") is not one. The title restates the rumour when most of its pairs of chars
/// (Chinese) or its words of three letters or more (English) are the rumour's.
fn rumour_headline(
    p: &Prepared<'_>,
    lang: Language,
    scenario: &Scenario,
) -> Option<(usize, usize)> {
    let chars = &p.folded_chars;
    let open = chars.iter().position(|c| !c.is_whitespace())?;
    // Folding turns line breaks into spaces: they are looked for in the original.
    let line = |from: usize| {
        p.original
            .chars()
            .skip(from)
            .take(121)
            .position(|c| c == '\n')
    };
    let (s, e) = if matches!(chars[open], '【' | '[') {
        let close = chars[open..]
            .iter()
            .take(120)
            .position(|c| matches!(c, '】' | ']'))?;
        (open + 1, open + close)
    } else if let Some(n) = line(open) {
        // A first line of its own, with the body below it, is a title too.
        (open, open + n)
    } else {
        // So is an opening question in capitals: "TOXIC RAIN FALLING ON LUTING? Claims…".
        let n = chars[open..].iter().take(120).position(|&c| c == '?')? + 1;
        let words = p.excerpt(open, open + n);
        let capitals = words.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && words
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
        if !capitals {
            return None;
        }
        (open, open + n)
    };
    let header = p.folded_slice(s, e).trim();
    if !header.ends_with('?') {
        return None;
    }
    let units = |text: &str| -> std::collections::HashSet<String> {
        match lang {
            Language::ZhCn => {
                let compact: Vec<char> = compact_form(text).chars().collect();
                compact.windows(2).map(|w| w.iter().collect()).collect()
            }
            Language::EnUs => text
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().count() >= 3 && !EN_STOPWORDS.contains(w))
                .map(str::to_owned)
                .collect(),
        }
    };
    let answered = match lang {
        Language::ZhCn => ["不实", "谣", "假", "不存在", "没有", "澄清", "真相", "核实"]
            .iter()
            .any(|w| header.contains(w)),
        Language::EnUs => header.split(|c: char| !c.is_alphanumeric()).any(|w| {
            [
                "no", "not", "false", "untrue", "myth", "fake", "rumour", "rumor", "fact",
            ]
            .contains(&w)
        }),
    };
    // "…?\nNo. The dam is intact": the body's first word answers the title.
    let next: String = p
        .folded_slice(e, p.len_chars())
        .trim_start_matches(['】', ']', ' ', '\n'])
        .chars()
        .take(8)
        .collect();
    let answered_below = match lang {
        Language::ZhCn => ["不实", "不是", "没有", "假的", "谣言", "不存在"]
            .iter()
            .any(|w| next.starts_with(w)),
        Language::EnUs => next
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| matches!(w, "no" | "false" | "untrue")),
    };
    if answered || answered_below {
        return None;
    }
    let words = units(header);
    let min_shared = match lang {
        Language::ZhCn => 4,
        Language::EnUs => 3,
    };
    let restates = scenario.def().rumours.iter().any(|r| {
        let text = scenario
            .text(lang.tag(), &format!("rumour-{}", r.id))
            .unwrap_or(&r.text);
        let rumour = units(text);
        let shared = words.intersection(&rumour).count();
        shared >= min_shared && shared * 5 >= words.len() * 3
    });
    restates.then_some((s, e))
}

/// Short English words that carry no claim, left out when a header is compared with a rumour.
const EN_STOPWORDS: &[&str] = &[
    "the", "and", "has", "have", "had", "was", "were", "are", "will", "for", "with", "that",
    "this", "our", "you", "your", "its", "from", "into", "did", "does",
];

/// Whether the span `[start, end)` of the sentence `[s, e)` sits inside a bracketed header:
/// "【…】" or "[…]" (a header has no sentence end inside, so both brackets are in the span's
/// sentence).
fn in_header(p: &Prepared<'_>, (s, e): (usize, usize), (start, end): (usize, usize)) -> bool {
    let before = p.folded_slice(s, start);
    let after = p.folded_slice(end, e);
    let open = before.rfind(['【', '[']);
    let closed_before = before.rfind(['】', ']']);
    let opened = match (open, closed_before) {
        (Some(o), Some(c)) => o > c,
        (Some(_), None) => true,
        _ => false,
    };
    opened && after.contains(['】', ']'])
}

/// Quotations of a claim, as char ranges inside the quotation marks: a quotation right after
/// "网传", "散布", "传言", "谣言", "声称", "claims", "claim that", "rumour", "rumor" or "posts saying".
fn quoted_claims(p: &Prepared<'_>) -> Vec<(usize, usize)> {
    const CUES: &[&str] = &[
        "网传",
        "散布",
        "传言",
        "谣言",
        "声称",
        "称",
        "网上说",
        "有人说",
        "网友说",
        "claims",
        "claim that",
        "claiming",
        "rumour",
        "rumor",
        "rumours",
        "rumors",
        "saying",
    ];
    let chars = &p.folded_chars;
    let mut out = Vec::new();
    // Start at the first quotation mark: most posts have none.
    let Some(first) = p.folded.find(['“', '"', '「']) else {
        return out;
    };
    let mut i = p.chars_of_folded(first, first).0;
    while i < chars.len() {
        let close = match chars[i] {
            '“' => Some('”'),
            '"' => Some('"'),
            '「' => Some('」'),
            _ => None,
        };
        let Some(close) = close else {
            i += 1;
            continue;
        };
        let Some(end) = (i + 1..chars.len()).find(|&j| chars[j] == close) else {
            break;
        };
        let before = p.folded_slice(i.saturating_sub(12), i).trim_end();
        // Or a quotation in a sentence that calls something a rumour or untrue.
        let sentence = {
            let from = chars[..i]
                .iter()
                .rposition(|c| matches!(c, '。' | '!' | '?' | '\n'))
                .map_or(0, |k| k + 1);
            let to = (end..chars.len())
                .find(|&k| matches!(chars[k], '。' | '!' | '?' | '\n'))
                .unwrap_or(chars.len());
            p.folded_slice(from, to)
        };
        // A correction's title names the claim it answers: "【关于“仓库存有氰化钠”的说明】".
        let after = p.folded_slice(end + 1, (end + 8).min(chars.len()));
        let titled = before.ends_with("关于")
            && [
                "的说明",
                "的情况说明",
                "的澄清",
                "的回应",
                "的核查",
                "的核实",
                "的辟谣",
            ]
            .iter()
            .any(|t| after.starts_with(t));
        if titled
            || CUES.iter().any(|c| before.ends_with(c))
            || [
                "网传",
                "流传",
                "谣言",
                "不实",
                "传言",
                "不是事实",
                "不属实",
                "并非事实",
                "rumour",
                "rumor",
                "false",
                "untrue",
                "not true",
            ]
            .iter()
            .any(|c| sentence.contains(c))
        {
            out.push((i + 1, end));
        }
        i = end + 1;
    }
    out
}

/// The "@handle"s of the text, as char ranges: an "@" and the name after it, up to a space or
/// a punctuation mark.
fn handles(p: &Prepared<'_>) -> Vec<(usize, usize)> {
    let chars = &p.folded_chars;
    let mut out = Vec::new();
    // Start at the first "@": most posts have none.
    let Some(first) = p.folded.find('@') else {
        return out;
    };
    let mut i = p.chars_of_folded(first, first).0;
    while i < chars.len() {
        if chars[i] == '@' {
            let end = (i + 1..chars.len())
                .find(|&j| {
                    let c = chars[j];
                    c.is_whitespace()
                        || (c.is_ascii_punctuation() && c != '_' && c != '-')
                        || matches!(c, '，' | '。' | '：' | '、' | '！' | '？' | '；')
                })
                .unwrap_or(chars.len());
            out.push((i, end));
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// The web addresses of the text, as char ranges: a run without spaces that starts with
/// "http" or "www." or holds a dot before a known ending ("springfield.gov/alerts",
/// "ReadyFresno.org").
fn links(p: &Prepared<'_>) -> Vec<(usize, usize)> {
    const ENDINGS: &[&str] = &[".gov", ".org", ".com", ".net", ".edu", ".cn", ".uk", ".us"];
    let folded = p.folded.as_str();
    if !folded.contains("http")
        && !folded.contains("www.")
        && !ENDINGS.iter().any(|e| folded.contains(e))
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut at = 0;
    for word in folded.split_inclusive(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '，' | '。' | '、' | '；' | '：' | '（' | '）' | '(' | ')'
            )
    }) {
        let bare = word.trim_end_matches(|c: char| {
            c.is_whitespace() || c.is_ascii_punctuation() && c != '/' || !c.is_ascii()
        });
        let link = bare.starts_with("http")
            || bare.starts_with("www.")
            || ENDINGS.iter().any(|e| {
                bare.find(e).is_some_and(|i| {
                    i > 0 && bare[i + e.len()..].chars().next().is_none_or(|c| c == '/')
                })
            });
        if link && bare.is_ascii() {
            out.push(p.chars_of_folded(at, at + bare.len()));
        }
        at += word.len();
    }
    out
}

/// Emergency and service numbers: a hotline named, not a figure ("拨119或110").
const ZH_HOTLINES: &[&str] = &[
    "110", "119", "120", "122", "12345", "12315", "12377", "12320", "95598",
];
/// The same in English-speaking places.
const EN_HOTLINES: &[&str] = &["911", "999", "112", "311", "811"];

/// Whether a number numbers the post or its points rather than counting anything: a serial
/// ("通报（第1号）", "第2期", "update 3", "bulletin no. 2") or a list marker at the start of a
/// line or sentence or after a colon ("1. …", "2、…", "(3) …", "注意事项：1.关闭门窗").
fn numbers_post(p: &Prepared<'_>, item: &structure::Item) -> bool {
    let before = p.folded_slice(item.start.saturating_sub(10), item.start);
    let after = p.folded_slice(item.end, item.end + 2);
    // "第9号台风" names the typhoon: only a bracketed "第1号" numbers the post.
    let serial = (before.ends_with('第')
        && after.starts_with(['号', '期'])
        && after
            .chars()
            .nth(1)
            .is_none_or(|c| matches!(c, '）' | ')' | '】' | ']')))
        // "Metro Line 3", "Route 14", "Gate 3", "Highway 9": a name's number, not a figure.
        || [
            "update", "bulletin", "no.", "no", "statement", "#", "line", "route", "bus", "platform",
            "gate", "exit", "terminal", "pier", "bay", "highway", "hwy", "interstate", "sr",
            "i-", "county road",
        ]
            .iter()
            .any(|w| {
                before.trim_end().ends_with(w)
                    && before.trim_end()[..before.trim_end().len() - w.len()]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric())
            });
    // "#Storm2024", "#COVID19": a tag's digits are part of its name.
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '。' | '，' | ','))
        .map_or(before, |i| &before[i..]);
    if word_start.contains('#') {
        return true;
    }
    // "24/7" says always, not two figures.
    let digits = p.folded_slice(item.start, item.end);
    if (digits == "24" && after.starts_with("/7")) || (digits == "7" && before.ends_with("24/")) {
        return true;
    }
    // "(2/4)" numbers a thread's posts.
    if (before.ends_with(['(', '（']) && after.starts_with('/'))
        || (before.ends_with('/') && after.starts_with([')', '）']))
    {
        return true;
    }
    let head = before.trim_end_matches([' ', '(', '（']);
    let marker = item.end - item.start <= 2
        && (after.starts_with(['、', ')', '）'])
            // "1. close", "1.关闭门窗" (Chinese puts no space after the point).
            || (after.starts_with('.')
                && after[1..].starts_with(|c: char| c.is_whitespace() || crate::text::is_cjk(c))))
        && head.chars().next_back().is_none_or(|c| {
            matches!(
                c,
                '\n' | '。' | '！' | '？' | '.' | '!' | '?' | ':' | '：' | '；' | ';'
            )
        });
    serial || marker
}

/// Whether the text right before char `start` says "as of": "截至", "截止", "as of", "as at".
fn after_as_of(p: &Prepared<'_>, start: usize) -> bool {
    let before = p.folded_slice(start.saturating_sub(8), start).trim_end();
    ["截至", "截止", "截止到", "截至目前", "as of", "as at"]
        .iter()
        .any(|m| before.ends_with(m))
}

/// Turns a promised time into an offset from the scenario's start. A clock time without
/// a.m./p.m. is the next such time after the post ("8点" posted at 19:30 means 20:00); one
/// with "明天"/"tomorrow" is on the next day. Without a scenario start only durations resolve.
pub(crate) fn resolve(
    value: TimeValue,
    start: Option<StartTime>,
    at: SimDuration,
) -> Option<SimDuration> {
    let at_min = u64::from(at.as_secs() / 60);
    let minutes = match value {
        TimeValue::After(m) | TimeValue::Every(m) => at_min + u64::from(m),
        TimeValue::Date => return None,
        TimeValue::Clock {
            hour,
            minute,
            meridiem,
            tomorrow,
        } => {
            let start = start?;
            let origin = u64::from(start.hour) * 60 + u64::from(start.minute);
            let now = origin + at_min;
            let day = now / 1440 + u64::from(tomorrow);
            let h = u64::from(hour);
            let hours: Vec<u64> = match meridiem {
                structure::Meridiem::Am => vec![h % 12],
                structure::Meridiem::Pm => vec![h % 12 + 12],
                structure::Meridiem::Unknown if h <= 12 => vec![h % 12, h % 12 + 12],
                structure::Meridiem::Unknown => vec![h],
            };
            let floor = if tomorrow { day * 1440 } else { now };
            let best = hours
                .iter()
                .map(|&h| {
                    let mut t = day * 1440 + h * 60 + u64::from(minute);
                    while t < floor {
                        t += 1440;
                    }
                    t
                })
                .min()?;
            best.checked_sub(origin)?
        }
    };
    let secs = u32::try_from(minutes.saturating_mul(60)).ok()?;
    Some(SimDuration::from_secs(secs))
}
