//! Bad input never panics the scorer and gives sensible results: empty text, 100 kB, emoji,
//! mixed scripts, control characters, right-to-left text. Spans always fall on char
//! boundaries and cut out exactly the excerpt.

use std::sync::OnceLock;

use goldenhour_scenario::Dimension;
use goldenhour_scoring::Scorer;
use goldenhour_simlog::PostAssessment;
use proptest::prelude::*;

fn scorer() -> &'static Scorer {
    static SCORER: OnceLock<Scorer> = OnceLock::new();
    SCORER.get_or_init(Scorer::new)
}

/// Everything a well-formed assessment promises about any input.
fn check(text: &str, a: &PostAssessment) {
    for d in [
        Dimension::Tone,
        Dimension::Transparency,
        Dimension::Authority,
        Dimension::Service,
    ] {
        let s = a.scores[&d];
        assert!((0.0..=100.0).contains(&s), "{d:?} = {s} for {text:?}");
    }
    for v in [
        a.signals.quality,
        a.signals.empathy,
        a.signals.defensiveness,
        a.signals.boilerplate,
    ] {
        assert!((0.0..=1.0).contains(&v), "signal {v} for {text:?}");
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for f in &a.findings {
        assert!(f.effect.is_finite());
        match (f.span, f.char_span) {
            (Some((s, e)), Some((cs, ce))) => {
                assert!(s <= e && e <= text.len(), "{f:?}");
                assert!(
                    text.is_char_boundary(s) && text.is_char_boundary(e),
                    "{f:?} in {text:?}"
                );
                assert_eq!(&text[s..e], f.excerpt, "{f:?}");
                let byte_of = |c: usize| chars.get(c).map_or(text.len(), |(b, _)| *b);
                assert_eq!(
                    (byte_of(cs), byte_of(ce)),
                    (s, e),
                    "char span disagrees with byte span: {f:?}"
                );
            }
            (None, None) => assert!(f.excerpt.is_empty()),
            _ => panic!("byte and char spans disagree: {f:?}"),
        }
    }
}

fn assess(text: &str) {
    for lang in ["zh-CN", "en-US", "fr-FR"] {
        check(text, &scorer().assess_text(text, lang, None));
    }
}

#[test]
fn empty_and_blank_text_scores_zero() {
    for text in ["", "   ", "\n\t", "。，！", "😀😀😀"] {
        let a = scorer().assess_text(text, "zh-CN", None);
        check(text, &a);
        assert!(
            a.scores.values().all(|s| *s == 0.0),
            "{text:?}: {:?}",
            a.scores
        );
        assert!(a.findings.iter().any(|f| f.rule == "post.empty"));
    }
}

#[test]
fn a_hundred_kilobytes_of_text_is_scored() {
    let para = "今天凌晨3时20分，和平路发生燃气爆炸，造成2人死亡。我们深表哀悼。请拨打12345热线。Next update at 9 a.m. ";
    let text = para.repeat(100_000 / para.len() + 1);
    assert!(text.len() >= 100_000);
    let a = scorer().assess_text(&text, "zh-CN", None);
    check(&text, &a);
    // Caps keep a long text from running away with the score.
    assert!(a.scores[&Dimension::Tone] <= 100.0);
    assert!(a.findings.iter().any(|f| f.rule == "tone.empathy"));
}

#[test]
fn special_scripts_and_controls_do_not_break_matching() {
    assess("\u{202E}纯属造谣\u{202C} \u{200F}مرحبا بالعالم\u{200E} שלום");
    assess("临时工\u{0}\u{1}\u{7f}\r\n已被辞退");
    assess("👨‍👩‍👧 我们深表哀悼 🙏🏽 call ９１１ now");
    assess("e\u{301}\u{301}\u{301} İstanbul ǅ ﬃ ß Σ");
    assess(&"\u{FFFF}\u{10FFFF}".repeat(50));
    // A bidi override does not hide a denial; a control char does not glue words.
    let a = scorer().assess_text("\u{202E}纯属造谣\u{202C}", "zh-CN", None);
    assert!(
        a.findings.iter().any(|f| f.rule == "tone.denial"),
        "{:?}",
        a.findings
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode_text(text in "\\PC{0,200}") {
        assess(&text);
    }

    #[test]
    fn any_chars_at_all(text in any::<String>()) {
        assess(&text);
    }

    #[test]
    fn lexicon_phrases_mixed_with_noise(
        parts in proptest::collection::vec(prop_oneof![
            Just("纯属造谣".to_owned()), Just("临时工".to_owned()), Just("深表哀悼".to_owned()),
            Just("下一次通报在8:00".to_owned()), Just("１２３４５".to_owned()), Just("no comment".to_owned()),
            Just("we apologise".to_owned()), Just("\u{202E}".to_owned()), Just("\u{0}".to_owned()),
            Just("😀".to_owned()), Just("مرحبا".to_owned()), Just("。".to_owned()), "\\PC{0,8}",
        ], 0..30)
    ) {
        assess(&parts.concat());
    }
}
