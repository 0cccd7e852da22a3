//! [`KeywordScorer`]: a deliberately simple [`PostScorer`] for tests and headless runs until the
//! scoring crate's explainable scorer replaces it. It matches the scenario's fact patterns and
//! forbidden phrases, a few dozen keywords per language, and promised update times.

use std::collections::BTreeMap;

use goldenhour_scenario::{Dimension, Disclosure, Scenario, SimDuration};
use goldenhour_simlog::{Finding, PostAssessment, PostContext, PostScorer, Signals};

/// A small keyword scorer: honest about what it sees, blind to everything else (no word
/// segmentation, no negation, no context). Use the scoring crate's scorer for real reports.
#[derive(Clone, Copy, Debug, Default)]
pub struct KeywordScorer;

/// Keywords of one language, each list a cue the public model reacts to.
struct Lexicon {
    empathy: &'static [&'static str],
    defensive: &'static [&'static str],
    boilerplate: &'static [&'static str],
    help: &'static [&'static str],
    unknowns: &'static [&'static str],
    actions: &'static [&'static str],
    next_update: &'static [&'static str],
}

const ZH: Lexicon = Lexicon {
    empathy: &[
        "揪心",
        "难过",
        "哀悼",
        "慰问",
        "道歉",
        "致歉",
        "对不起",
        "理解您",
        "理解大家",
        "着急",
        "牵挂",
        "感谢",
        "辛苦",
    ],
    defensive: &[
        "造谣",
        "严惩",
        "依法追究",
        "添乱",
        "临时工",
        "纯属",
        "绝不可能",
        "无可奉告",
        "别有用心",
        "不信谣不传谣",
    ],
    boilerplate: &[
        "高度重视",
        "已受理",
        "尽快答复",
        "及时向社会公布",
        "正在调查",
        "进一步核实",
        "已阅",
        "全力处置",
        "妥善处置",
        "密切关注",
    ],
    help: &[
        "12345",
        "110",
        "119",
        "120",
        "热线",
        "安置点",
        "求助",
        "小程序",
    ],
    unknowns: &[
        "尚不清楚",
        "还在核实",
        "正在核实",
        "尚未",
        "暂不清楚",
        "仍在",
    ],
    actions: &[
        "已开放",
        "已投入",
        "正在组织",
        "已封闭",
        "已派出",
        "已增开",
        "正在搜救",
    ],
    next_update: &[
        "下一次通报",
        "下次通报",
        "下一次更新",
        "下次更新",
        "再次通报",
        "后续通报",
    ],
};

const EN: Lexicon = Lexicon {
    empathy: &[
        "sorry",
        "apologi",
        "our thoughts",
        "we understand",
        "condolence",
        "heartbroken",
        "thank",
    ],
    defensive: &[
        "rumour-monger",
        "rumor-monger",
        "punish",
        "legal action",
        "no comment",
        "contractor",
        "temporary worker",
        "baseless",
        "causing trouble",
        "absolutely impossible",
    ],
    boilerplate: &[
        "taken very seriously",
        "in due course",
        "regret any inconvenience",
        "being investigated",
        "great importance",
        "relevant departments",
        "appropriate action",
    ],
    help: &["hotline", "12345", "helpline", "shelter", "call 1"],
    unknowns: &[
        "not yet known",
        "still confirming",
        "unconfirmed",
        "do not yet know",
        "don't yet know",
    ],
    actions: &[
        "we have opened",
        "deployed",
        "are working",
        "closed",
        "evacuat",
        "rescue teams",
    ],
    next_update: &["next update", "will update", "further update"],
};

/// Folds full-width ASCII, lowercases, and keeps letters and digits only, so that patterns
/// match across punctuation, spacing and width.
fn normalise(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Whether every `+`-separated part of the pattern appears in the normalised text.
fn pattern_matches(normalised: &str, pattern: &str) -> bool {
    let mut any = false;
    for part in pattern.split('+') {
        let part = normalise(part);
        if part.is_empty() {
            continue;
        }
        if !normalised.contains(&part) {
            return false;
        }
        any = true;
    }
    any
}

impl PostScorer for KeywordScorer {
    fn assess(&self, scenario: &Scenario, post: &PostContext<'_>) -> PostAssessment {
        let def = scenario.def();
        let lexicon = if post.lang.starts_with("zh") {
            &ZH
        } else {
            &EN
        };
        let lowered = post.text.to_lowercase();
        let normalised = normalise(post.text);
        let mut findings = Vec::new();
        let mut hits = |words: &[&str], rule: &str, dimension: Dimension, effect: f64| {
            let mut n = 0usize;
            for word in words {
                // ASCII lowercasing keeps byte offsets; Chinese has no case.
                if let Some(start) = lowered.find(word) {
                    n += 1;
                    let end = start + word.len();
                    let excerpt = post.text.get(start..end).unwrap_or(word).to_owned();
                    findings.push(finding(
                        post.text,
                        rule,
                        dimension,
                        effect,
                        Some((start, end)),
                        &excerpt,
                    ));
                }
            }
            n
        };
        let empathy = hits(
            lexicon.empathy,
            "sim-finding-empathy",
            Dimension::Tone,
            10.0,
        );
        let defensive = hits(
            lexicon.defensive,
            "sim-finding-defensive",
            Dimension::Tone,
            -15.0,
        );
        let boilerplate = hits(
            lexicon.boilerplate,
            "sim-finding-boilerplate",
            Dimension::Tone,
            -10.0,
        );
        let help = hits(lexicon.help, "sim-finding-help", Dimension::Service, 10.0);
        let unknowns = hits(
            lexicon.unknowns,
            "sim-finding-unknowns",
            Dimension::Transparency,
            10.0,
        );
        let actions = hits(
            lexicon.actions,
            "sim-finding-actions",
            Dimension::Service,
            5.0,
        );

        let mut signals = Signals::default();
        for fact in &def.facts {
            let Some(patterns) = fact.patterns.get(post.lang) else {
                continue;
            };
            if patterns
                .discloses
                .iter()
                .any(|p| pattern_matches(&normalised, p))
            {
                signals.disclosed.push(fact.id.clone());
                let leak = matches!(
                    fact.disclosure,
                    Disclosure::MustNotPrivate | Disclosure::MustNotUnverified
                );
                if leak {
                    signals.leaked.push(fact.id.clone());
                }
                let (rule, effect) = if leak {
                    ("sim-finding-fact-leaked", -30.0)
                } else {
                    ("sim-finding-fact-disclosed", 10.0)
                };
                findings.push(finding(
                    post.text,
                    rule,
                    Dimension::Authority,
                    effect,
                    None,
                    &fact.id,
                ));
            }
            if patterns
                .contradicts
                .iter()
                .any(|p| pattern_matches(&normalised, p))
            {
                signals.contradicted.push(fact.id.clone());
                findings.push(finding(
                    post.text,
                    "sim-finding-fact-contradicted",
                    Dimension::Authority,
                    -30.0,
                    None,
                    &fact.id,
                ));
            }
        }
        for phrase in def
            .rubric
            .forbidden_phrases
            .get(post.lang)
            .into_iter()
            .flatten()
        {
            let p = normalise(phrase);
            if !p.is_empty() && normalised.contains(&p) {
                signals.forbidden.push(phrase.clone());
                findings.push(finding(
                    post.text,
                    "sim-finding-forbidden",
                    Dimension::Tone,
                    -30.0,
                    None,
                    phrase,
                ));
            }
        }
        signals.promised_update_at = promised_update(scenario, post, lexicon);
        if let Some(due) = signals.promised_update_at {
            findings.push(finding(
                post.text,
                "sim-finding-next-update",
                Dimension::Transparency,
                10.0,
                None,
                &due.to_string(),
            ));
        }

        let informative = !signals.disclosed.is_empty() || help > 0;
        let level = |n: usize, per: f64| (n as f64 * per).min(1.0);
        signals.empathy = level(empathy, 0.5);
        signals.defensiveness = level(defensive, 0.5);
        // Officialese next to real information is a style problem; on its own it is
        // stonewalling.
        signals.boilerplate = level(boilerplate, 0.4) * if informative { 0.5 } else { 1.0 };

        let shared = signals.disclosed.len() - signals.leaked.len();
        let flag = |b: bool| if b { 1.0 } else { 0.0 };
        let forbidden = flag(!signals.forbidden.is_empty());
        let scores = BTreeMap::from([
            (
                Dimension::Tone,
                50.0 + 40.0 * signals.empathy
                    - 50.0 * signals.defensiveness
                    - 30.0 * signals.boilerplate
                    - 30.0 * forbidden,
            ),
            (
                Dimension::Transparency,
                20.0 + 40.0 * level(shared, 0.5)
                    + 20.0 * flag(signals.promised_update_at.is_some())
                    + 20.0 * flag(unknowns > 0),
            ),
            (
                Dimension::Authority,
                60.0 + 20.0 * flag(shared > 0)
                    - 40.0 * flag(!signals.contradicted.is_empty())
                    - 40.0 * flag(!signals.leaked.is_empty()),
            ),
            (
                Dimension::Service,
                20.0 + 60.0 * flag(help > 0) + 20.0 * flag(actions > 0),
            ),
        ])
        .into_iter()
        .map(|(d, s): (Dimension, f64)| (d, s.clamp(0.0, 100.0)))
        .collect::<BTreeMap<_, _>>();
        signals.quality = scores.values().sum::<f64>() / scores.len() as f64 / 100.0;
        PostAssessment {
            scores,
            findings,
            signals,
        }
    }
}

/// A finding of the rule explained by `message` (a `sim-finding-*` id in locales/*/sim.ftl);
/// the rule's id is `keyword.*` with the same suffix.
fn finding(
    text: &str,
    message: &str,
    dimension: Dimension,
    effect: f64,
    span: Option<(usize, usize)>,
    excerpt: &str,
) -> Finding {
    let chars = |b: usize| text.get(..b).map_or(0, |t| t.chars().count());
    Finding {
        rule: format!("keyword.{}", message.trim_start_matches("sim-finding-")),
        dimension,
        effect,
        span,
        char_span: span.map(|(s, e)| (chars(s), chars(e))),
        excerpt: excerpt.to_owned(),
        entry: span.is_none().then(|| excerpt.to_owned()),
        message: message.to_owned(),
        args: Vec::new(),
    }
}

/// The time a post promises its next update, from a marker ("下一次通报", "next update")
/// followed closely by a clock time ("6时30分", "7:30") or a delay ("1小时", "30 minutes").
fn promised_update(
    scenario: &Scenario,
    post: &PostContext<'_>,
    lexicon: &Lexicon,
) -> Option<SimDuration> {
    let lowered = post.text.to_lowercase();
    let start = lexicon
        .next_update
        .iter()
        .filter_map(|m| lowered.find(m).map(|i| i + m.len()))
        .min()?;
    let window: String = lowered[start..].chars().take(24).collect();
    let mut chars = window
        .char_indices()
        .skip_while(|(_, c)| !c.is_ascii_digit());
    let (i, _) = chars.next()?;
    let digits = |s: &str| -> (u32, usize) {
        let len = s.bytes().take_while(u8::is_ascii_digit).count().min(4);
        (s[..len].parse().unwrap_or(0), len)
    };
    let (first, len) = digits(&window[i..]);
    let rest = window[i + len..].trim_start();
    let at = post.at.as_secs();
    if rest.starts_with("小时") || rest.starts_with("hour") {
        return Some(SimDuration::from_secs(
            at.saturating_add(first.saturating_mul(3600)),
        ));
    }
    if rest.starts_with("分钟") || rest.starts_with("min") {
        return Some(SimDuration::from_secs(
            at.saturating_add(first.saturating_mul(60)),
        ));
    }
    let clock = ["时", "点", ":", "："]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))?;
    if first > 23 {
        return None;
    }
    let (minute, _) = digits(clock.trim_start());
    let minute = if minute > 59 { 0 } else { minute };
    // The first such clock time after the post, counted from the scenario's start.
    let s = scenario.start();
    let start_min = u32::from(s.hour) * 60 + u32::from(s.minute);
    let target = (first * 60 + minute + 1440 - start_min) % 1440;
    let mut offset = target * 60;
    while offset <= at {
        offset = offset.checked_add(1440 * 60)?;
    }
    Some(SimDuration::from_secs(offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_width_case_and_punctuation() {
        assert_eq!(normalise("ＡＢ，c d。１２"), "abcd12");
        assert!(pattern_matches(
            &normalise("全市确认2人遇难，3人失联"),
            "2人遇难+3人失联"
        ));
        assert!(!pattern_matches(
            &normalise("全市确认2人遇难"),
            "2人遇难+3人失联"
        ));
    }
}
