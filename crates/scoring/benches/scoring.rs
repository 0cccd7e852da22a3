//! Benchmarks of the scorer (docs/performance.md, "Scoring"): loading, scoring a
//! 2,000-character message in each language, and the segmenters alone on the same text, so
//! that scoring's cost can be reported as a multiple of segmentation.
//!
//! Run with `cargo bench -p goldenhour-scoring --bench scoring`.

use divan::{Bencher, black_box};
use goldenhour_scoring::Scorer;
use unicode_segmentation::UnicodeSegmentation;

fn main() {
    divan::main();
}

/// The crisis notices the benchmarks cut to 2,000 characters (also read by
/// `examples/score_loop.rs`, for profilers).
const ZH: &str = include_str!("message.zh-CN.txt");
const EN: &str = include_str!("message.en-US.txt");

/// `base` repeated and cut to exactly `chars` characters.
fn message(base: &str, chars: usize) -> String {
    base.chars().cycle().take(chars).collect()
}

#[divan::bench(sample_count = 10)]
fn load() -> Scorer {
    Scorer::new()
}

#[divan::bench]
fn score_zh_2000(bencher: Bencher) {
    let scorer = Scorer::new();
    let text = message(ZH, 2000);
    bencher.bench(|| scorer.assess_text(black_box(&text), "zh-CN", None));
}

#[divan::bench]
fn score_en_2000(bencher: Bencher) {
    let scorer = Scorer::new();
    let text = message(EN, 2000);
    bencher.bench(|| scorer.assess_text(black_box(&text), "en-US", None));
}

/// jieba alone, as the scorer runs it (tagging without the HMM).
#[divan::bench]
fn jieba_tag_zh_2000(bencher: Bencher) {
    let jieba = jieba_rs::Jieba::new();
    let text = message(ZH, 2000);
    bencher.bench(|| jieba.tag(black_box(&text), false));
}

/// jieba alone, plain segmentation without the HMM.
#[divan::bench]
fn jieba_cut_zh_2000(bencher: Bencher) {
    let jieba = jieba_rs::Jieba::new();
    let text = message(ZH, 2000);
    bencher.bench(|| jieba.cut(black_box(&text), false));
}

/// Unicode word segmentation alone, the English counterpart.
#[divan::bench]
fn unicode_words_en_2000(bencher: Bencher) {
    let text = message(EN, 2000);
    bencher.bench(|| black_box(&text).split_word_bound_indices().count());
}

/// Unicode word segmentation's fastest form: only the words (not the spaces and punctuation
/// between them), which the crate finds on an ASCII text without its Unicode tables. The
/// scorer's own segmentation of an ASCII text (`text::ascii_word_bounds`: every segment,
/// the same bounds as above) does about as much work, so this is the fair baseline for it.
#[divan::bench]
fn unicode_word_indices_en_2000(bencher: Bencher) {
    let text = message(EN, 2000).to_lowercase();
    bencher.bench(|| black_box(&text).unicode_word_indices().count());
}
