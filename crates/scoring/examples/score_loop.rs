//! Scores the benchmark's 2,000-character message in a loop, for profilers (docs/performance.md):
//!
//!     cargo build --release -p goldenhour-scoring --example score_loop
//!     valgrind --tool=callgrind --toggle-collect='goldenhour_scoring::post::assess*' \
//!         target/release/examples/score_loop zh-CN 50
//!
//! Arguments: the language (`zh-CN` or `en-US`) and the number of messages (default 200).

use goldenhour_scoring::Scorer;

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
    let text: String = base.chars().cycle().take(2000).collect();
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
