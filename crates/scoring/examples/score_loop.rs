//! Scores the benchmark's 2,000-character message in a loop, for profilers (docs/performance.md):
//!
//!     cargo build --release -p goldenhour-scoring --example score_loop
//!     valgrind --tool=callgrind --toggle-collect='goldenhour_scoring::post::assess*' \
//!         target/release/examples/score_loop zh-CN 50
//!
//! `GH_LEN` sets the message's length in chars (default 2,000), to see how the cost grows.
//!
//! Arguments: the language (`zh-CN` or `en-US`), the number of messages (default 200), and
//! optionally `segment`, to run only the segmentation the ratio is measured against (jieba's
//! `cut` without the HMM, or Unicode word bounds) under the same toggle:
//!
//!     valgrind --tool=callgrind --toggle-collect='score_loop::segment' \
//!         target/release/examples/score_loop zh-CN 50 segment

use goldenhour_scoring::Scorer;
use unicode_segmentation::UnicodeSegmentation;

/// The segmentation alone: the baseline of the ratio in docs/performance.md.
#[inline(never)]
fn segment(jieba: &jieba_rs::Jieba, text: &str, lang: &str) -> usize {
    if lang == "zh-CN" {
        jieba.cut(text, false).len()
    } else {
        text.split_word_bound_indices().count()
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let lang = args.next().unwrap_or_else(|| "zh-CN".to_owned());
    let n: u32 = args
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200)
        .max(1);
    let base = match lang.as_str() {
        "zh-CN" => include_str!("../benches/message.zh-CN.txt"),
        _ => include_str!("../benches/message.en-US.txt"),
    };
    let len: usize = std::env::var("GH_LEN")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    let text: String = base.chars().cycle().take(len).collect();
    if args.next().as_deref() == Some("segment") {
        let jieba = jieba_rs::Jieba::new();
        let started = std::time::Instant::now();
        let mut words = 0;
        for _ in 0..n {
            words += segment(&jieba, std::hint::black_box(&text), &lang);
        }
        println!(
            "{lang}: {:?} a segmentation, {} words",
            started.elapsed() / n,
            words / n as usize
        );
        return;
    }
    let scorer = Scorer::new();
    let started = std::time::Instant::now();
    let mut findings = 0;
    for _ in 0..n {
        findings += scorer
            .assess_text(std::hint::black_box(&text), &lang, None)
            .findings
            .len();
    }
    println!(
        "{lang}: {:?} a message, {} findings",
        started.elapsed() / n,
        findings / n as usize
    );
}
