//! Property tests: the loader never panics, whatever the bytes, and every diagnostic points
//! inside the file on a character boundary.

use goldenhour_scenario::{Diagnostic, MAX_FILE_BYTES, TranslationSource, load};
use proptest::prelude::*;

const MINIMAL: &str = include_str!("../data/minimal/scenario.ron");
const MINIMAL_ZH: &str = include_str!("../data/minimal/zh-CN.ftl");

fn translations() -> Vec<TranslationSource> {
    vec![TranslationSource {
        lang: "zh-CN".into(),
        name: "zh-CN.ftl".into(),
        text: MINIMAL_ZH.into(),
    }]
}

/// Every span lies inside its file and on character boundaries, and rendering works.
fn check_diagnostics(source: &str, diagnostics: &[Diagnostic]) {
    for d in diagnostics {
        let text = if d.file == "zh-CN.ftl" {
            MINIMAL_ZH
        } else {
            source
        };
        if let Some(span) = &d.span {
            assert!(span.start <= span.end, "{d:?}");
            // A span may point one past the end (end of file), never further.
            assert!(span.end <= text.len() + 1, "{d:?} in {} bytes", text.len());
            if span.end <= text.len() {
                assert!(text.is_char_boundary(span.start), "{d:?}");
            }
        }
        let rendered = d.render(text, &|m| m.id.to_owned());
        assert!(rendered.contains(d.message.id));
    }
}

#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize, usize),
    Insert(usize, String),
    Duplicate(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1usize..40).prop_map(|(at, len)| Mutation::Delete(at, len)),
        (any::<usize>(), "[\\PC\"()\\[\\]{},:\\\\ 0-9a-z]{1,8}")
            .prop_map(|(at, s)| Mutation::Insert(at, s)),
        (any::<usize>(), 1usize..80).prop_map(|(at, len)| Mutation::Duplicate(at, len)),
    ]
}

fn apply(source: &str, mutations: &[Mutation]) -> String {
    let mut s = source.to_owned();
    let floor = |s: &str, mut i: usize| {
        i %= s.len() + 1;
        while !s.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    for m in mutations {
        match m {
            Mutation::Delete(at, len) => {
                let a = floor(&s, *at);
                let b = floor(&s, (a + len).min(s.len()));
                s.replace_range(a..b, "");
            }
            Mutation::Insert(at, text) => {
                let a = floor(&s, *at);
                s.insert_str(a, text);
            }
            Mutation::Duplicate(at, len) => {
                let a = floor(&s, *at);
                let b = floor(&s, (a + len).min(s.len()));
                let piece = s[a..b].to_owned();
                s.insert_str(b, &piece);
            }
        }
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let loaded = load("fuzz.ron", &bytes, &[]);
        prop_assert_eq!(loaded.scenario.is_some(), !loaded.has_errors());
        check_diagnostics(&String::from_utf8_lossy(&bytes), &loaded.diagnostics);
    }

    #[test]
    fn mutated_scenarios_never_panic(mutations in proptest::collection::vec(mutation(), 1..6)) {
        let source = apply(MINIMAL, &mutations);
        let loaded = load("scenario.ron", source.as_bytes(), &translations());
        // A usable scenario comes only without errors, and errors always say something.
        prop_assert_eq!(loaded.scenario.is_some(), !loaded.has_errors());
        check_diagnostics(&source, &loaded.diagnostics);
    }

    #[test]
    fn mutated_translations_never_panic(mutations in proptest::collection::vec(mutation(), 1..6)) {
        let text = apply(MINIMAL_ZH, &mutations);
        let sources = vec![TranslationSource { lang: "zh-CN".into(), name: "zh-CN.ftl".into(), text: text.clone() }];
        let loaded = load("scenario.ron", MINIMAL.as_bytes(), &sources);
        for d in &loaded.diagnostics {
            let source = if d.file == "zh-CN.ftl" { text.as_str() } else { MINIMAL };
            if let Some(span) = &d.span {
                prop_assert!(span.end <= source.len() + 1);
            }
            d.render(source, &|m| m.id.to_owned());
        }
    }
}

#[test]
fn oversized_input_is_refused_without_parsing() {
    let big = vec![b' '; MAX_FILE_BYTES + 1];
    let loaded = load("big.ron", &big, &[]);
    assert_eq!(loaded.diagnostics.len(), 1);
    assert_eq!(loaded.diagnostics[0].message.id, "diag-file-too-large");
}

#[test]
fn a_50_mb_file_gets_a_clear_error() {
    let mut big = MINIMAL.as_bytes().to_vec();
    big.resize(50 * 1024 * 1024, b' ');
    let loaded = load("big.ron", &big, &[]);
    assert_eq!(loaded.diagnostics[0].message.id, "diag-file-too-large");
    assert_eq!(
        loaded.diagnostics[0].message.args[0],
        ("size", "50.0".to_owned())
    );
}

#[test]
fn deep_nesting_is_refused() {
    let deep = format!(
        "Scenario(tags: {}{})",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let loaded = load("deep.ron", deep.as_bytes(), &[]);
    assert_eq!(loaded.diagnostics[0].message.id, "diag-too-deep");
}

#[test]
fn the_minimal_scenario_loads() {
    let loaded = load("scenario.ron", MINIMAL.as_bytes(), &translations());
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let scenario = loaded.scenario.expect("valid");
    assert_eq!(scenario.text("zh-CN", "actor-paper"), Some("海港日报"));
    assert_eq!(scenario.text("en-US", "actor-paper"), Some("Harbour Daily"));
    assert_eq!(
        scenario.text("zh-CN", "template-t1"),
        Some("为什么{account}一声不吭？")
    );
    assert_eq!(scenario.languages(), vec!["en-US", "zh-CN"]);
}
