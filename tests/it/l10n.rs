//! The locales are complete and used: every message id exists in every locale, in the same
//! file; every id is used somewhere in the code; every id the code names exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use goldenhour_l10n::{Lang, message_ids};

/// Source text of every `.rs` file of the workspace outside tests.
fn workspace_sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let mut stack = vec![root.join("src"), root.join("crates")];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                if name != "target" && name != "tests" && name != "benches" {
                    stack.push(path);
                }
            } else if name.ends_with(".rs") {
                out.push((
                    path.display().to_string(),
                    std::fs::read_to_string(&path).unwrap(),
                ));
            }
        }
    }
    out
}

#[test]
fn every_id_exists_in_every_locale() {
    let per_lang: BTreeMap<Lang, BTreeSet<(&str, String)>> = Lang::ALL
        .into_iter()
        .map(|l| (l, message_ids(l).into_iter().collect()))
        .collect();
    let en = &per_lang[&Lang::EnUs];
    let zh = &per_lang[&Lang::ZhCn];
    let missing_zh: Vec<_> = en.difference(zh).collect();
    let missing_en: Vec<_> = zh.difference(en).collect();
    assert!(missing_zh.is_empty(), "missing from zh-CN: {missing_zh:?}");
    assert!(missing_en.is_empty(), "missing from en-US: {missing_en:?}");
    assert!(en.len() > 50, "suspiciously few messages: {}", en.len());
}

#[test]
fn every_id_is_used_and_every_used_id_exists() {
    let sources = workspace_sources();
    let defined: BTreeSet<String> = message_ids(Lang::EnUs)
        .into_iter()
        .map(|(_, id)| id)
        .collect();
    let unused: Vec<&String> = defined
        .iter()
        .filter(|id| {
            !sources
                .iter()
                .any(|(_, text)| text.contains(&format!("\"{id}\"")))
        })
        .collect();
    assert!(
        unused.is_empty(),
        "message ids defined but never used in code: {unused:?}"
    );

    // Any string literal in the code that starts like a message id must name one.
    let prefixes: BTreeSet<String> = defined
        .iter()
        .filter_map(|id| id.split_once('-').map(|(p, _)| format!("\"{p}-")))
        .collect();
    let mut dangling = Vec::new();
    for (file, text) in &sources {
        for prefix in &prefixes {
            for (at, _) in text.match_indices(prefix.as_str()) {
                let rest = &text[at + 1..];
                let end = rest.find('"').unwrap_or(rest.len());
                let literal = &rest[..end];
                let is_id = literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if is_id && !literal.ends_with('-') && !defined.contains(literal) {
                    dangling.push(format!("{file}: {literal}"));
                }
            }
        }
    }
    assert!(
        dangling.is_empty(),
        "ids used in code but missing from the locales: {dangling:?}"
    );
}
