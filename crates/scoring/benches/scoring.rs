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

const ZH: &str = "【情况通报】今天凌晨3时20分，江城市和平路与解放路交叉口一餐馆发生燃气爆炸，目前已造成2人死亡、5人受伤，伤者已送往市第一人民医院全力救治。我们对遇难者表示深切哀悼，向伤者和家属致以诚挚慰问。爆炸原因尚不清楚，市应急管理局已会同公安、消防成立联合调查组。请市民避开和平路一带，车辆绕行解放路。寻亲及求助请拨打12345热线。领导高度重视，后续进展将及时公布。涉事人员系临时工的说法纯属造谣。下一次通报在今天8:00。";
const EN: &str = "At 6:40 a.m. a 36-inch water main burst on Harbour Road between 1st and 3rd Street. Harbour Road is closed in both directions and about 2,000 homes have low water pressure. We know this is a frustrating start to the day for many of you. Water Authority crews are on site and repairing the pipe; we do not yet know how long the repair will take. The matter is being taken very seriously. Please avoid Harbour Road and use Bay Street instead. For help, call our hotline at 555-010-0199. Next update at 9:00 a.m. ";

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
