//! The clause around a piece of evidence, for the messages of strengths: the cue a rule
//! matched («call», «We know how», «请», a bare «1») says little on its own; the clause it sits
//! in («For help call 12345 (24-hour flood line)», «另有3人失联») shows what the trainee did.

use goldenhour_scoring::is_cjk;

/// At most this many chars of a clause in a text with CJK ideographs (about one phone line).
const MAX_CJK_CHARS: usize = 36;
/// At most this many chars of a clause in other text (about fifteen words).
const MAX_CHARS: usize = 90;

/// Chars with their byte offsets.
type Chars = [(usize, char)];

/// Ends a sentence: the clause never crosses one.
fn ends_sentence(chars: &Chars, i: usize) -> bool {
    match chars[i].1 {
        '。' | '！' | '？' | '!' | '?' | '；' | ';' | '\n' | '…' => true,
        // A full stop followed by a space; "5 a.m. At" splits, "112.4" and "5:55" do not,
        // nor does a title's: "the No. 2 People's Hospital", "Dr. Li".
        '.' => {
            chars.get(i + 1).is_none_or(|(_, n)| n.is_whitespace())
                && !is_title(&word_before(chars, i))
        }
        _ => false,
    }
}

/// Whether a word takes a full stop that ends no sentence: "No." in "the No. 2 hospital",
/// "Dr." in "Dr. Li".
pub(crate) fn is_title(word: &str) -> bool {
    matches!(
        word,
        "No" | "no" | "Nos" | "Dr" | "Mr" | "Mrs" | "Ms" | "St" | "Rd" | "Ave" | "approx"
    )
}

/// The letters right before char `i`.
fn word_before(chars: &Chars, i: usize) -> String {
    let mut word: Vec<char> = chars[..i]
        .iter()
        .rev()
        .map(|&(_, c)| c)
        .take_while(char::is_ascii_alphabetic)
        .collect();
    word.reverse();
    word.into_iter().collect()
}

/// Separates the clauses of a long sentence: commas, colons, and the brackets of a header
/// ("[update, 5:55 a.m.]", "【情况通报】"). A colon or a comma between digits ("5:55",
/// "1,600") is no separator.
fn separates_clause(chars: &Chars, i: usize) -> bool {
    let digit = |j: Option<usize>| {
        j.and_then(|j| chars.get(j))
            .is_some_and(|(_, c)| c.is_ascii_digit())
    };
    match chars[i].1 {
        '，' | '：' | '、' | '【' | '】' | '[' | ']' => true,
        // Nor is a comma between digits ("1,600 people").
        ':' | ',' => !(digit(i.checked_sub(1)) && digit(Some(i + 1))),
        _ => false,
    }
}

/// The clause of `text` holding the byte span `[start, end)`, trimmed; cut around the span,
/// with "…" where it is cut, when even the clause is too long to quote. The span itself is
/// always whole. `None` when the span is not a valid char range of the text.
pub(crate) fn clause_around(text: &str, span: (usize, usize)) -> Option<String> {
    let (from, to, cut_start, cut_end) = clause_bounds(text, span)?;
    Some(format!(
        "{}{}{}",
        if cut_start { "…" } else { "" },
        &text[from..to],
        if cut_end { "…" } else { "" }
    ))
}

/// The byte range of what [`clause_around`] quotes, trimmed, with whether it was cut at its
/// start and at its end.
pub(crate) fn clause_bounds(
    text: &str,
    (start, end): (usize, usize),
) -> Option<(usize, usize, bool, bool)> {
    if start > end
        || end > text.len()
        || !text.is_char_boundary(start)
        || !text.is_char_boundary(end)
    {
        return None;
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // Char indices of the span: [s, e).
    let s = chars.partition_point(|&(at, _)| at < start);
    let e = chars.partition_point(|&(at, _)| at < end);
    let cjk = text.chars().any(is_cjk);
    let max = if cjk { MAX_CJK_CHARS } else { MAX_CHARS };

    let bounds = |split: &dyn Fn(&Chars, usize) -> bool, lo: usize, hi: usize| {
        let from = (lo..s)
            .rev()
            .find(|&i| split(&chars, i))
            .map_or(lo, |i| i + 1);
        let to = (e.max(s)..hi).find(|&i| split(&chars, i)).unwrap_or(hi);
        (from, to)
    };
    let (mut from, mut to) = bounds(&ends_sentence, 0, chars.len());
    // A header before the evidence ("【情况通报】", "[Update, 6:30 a.m.]") labels the post and
    // says nothing about the evidence.
    let opens = (from..s).find(|&i| !chars[i].1.is_whitespace());
    if opens.is_some_and(|i| matches!(chars[i].1, '【' | '['))
        && let Some(close) = (from..s).rev().find(|&i| matches!(chars[i].1, '】' | ']'))
    {
        from = close + 1;
    }
    // So does the "@handle" a reply opens with.
    let opens = (from..s).find(|&i| !chars[i].1.is_whitespace());
    if let Some(at) = opens.filter(|&i| chars[i].1 == '@')
        && let Some(space) = (at..s).find(|&i| chars[i].1.is_whitespace())
    {
        from = space + 1;
    }
    let sentence_end = to;
    if to - from > max {
        (from, to) = bounds(
            &|c, i| ends_sentence(c, i) || separates_clause(c, i),
            from,
            to,
        );
        // A clause too short to say much ("截至13时20分", "As of 6 a.m.") takes in the next
        // ones of its sentence while they fit.
        let min = max / 3;
        while to - from < min && to < sentence_end {
            let next = (to + 1..sentence_end)
                .find(|&i| separates_clause(&chars, i))
                .unwrap_or(sentence_end);
            if next - from > max {
                break;
            }
            to = next;
        }
    }
    let (mut cut_start, mut cut_end) = (false, false);
    if to - from > max {
        // Centre a window of `max` chars on the span, never cutting the span.
        let span = e - s;
        let room = max.saturating_sub(span);
        let lead = (room / 2).min(s - from);
        let window_from = s - lead;
        let window_to = (window_from + span.max(max)).min(to);
        let window_from = window_to.saturating_sub(span.max(max)).max(from).min(s);
        cut_start = window_from > from;
        cut_end = window_to < to;
        (from, to) = (window_from, window_to);
        if !cjk {
            // Cut at word boundaries: drop the partial words at the cut ends.
            if cut_start && let Some(i) = (from..s).find(|&i| chars[i].1.is_whitespace()) {
                from = i + 1;
            }
            if cut_end && let Some(i) = (e..to).rev().find(|&i| chars[i].1.is_whitespace()) {
                to = i;
            }
        }
    }
    let byte = |i: usize| chars.get(i).map_or(text.len(), |&(at, _)| at);
    let (from, to) = (byte(from), byte(to));
    let clause = text[from..to].trim();
    if clause.is_empty() {
        return None;
    }
    let from = from + (text[from..to].len() - text[from..to].trim_start().len());
    Some((from, from + clause.len(), cut_start, cut_end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn around(text: &str, needle: &str) -> String {
        around_in(text, needle, needle)
    }

    /// The clause around `needle` where it first occurs inside `context`.
    fn around_in(text: &str, context: &str, needle: &str) -> String {
        let at = text.find(context).expect("context in text")
            + context.find(needle).expect("needle in context");
        clause_around(text, (at, at + needle.len())).expect("a clause")
    }

    #[test]
    fn a_short_sentence_is_quoted_whole() {
        let text =
            "Please stay indoors. For help call 12345 (24-hour flood line); in danger call 119.";
        assert_eq!(
            around(text, "call"),
            "For help call 12345 (24-hour flood line)"
        );
        assert_eq!(
            around("寻亲及求助请拨打12345热线。下一次通报在8时。", "请"),
            "寻亲及求助请拨打12345热线"
        );
    }

    #[test]
    fn a_title_ends_no_sentence() {
        assert_eq!(
            around(
                "Two patients were moved. The No. 2 People's Hospital reports she is stable.",
                "reports"
            ),
            "The No. 2 People's Hospital reports she is stable"
        );
    }

    #[test]
    fn a_header_before_the_evidence_is_left_out() {
        let text = "【情况通报】7月18日凌晨，我市遭遇强降雨。";
        assert_eq!(around(text, "7月18日凌晨"), "7月18日凌晨，我市遭遇强降雨");
        assert_eq!(
            around(text, "情况通报"),
            "【情况通报】7月18日凌晨，我市遭遇强降雨"
        );
        assert_eq!(
            around("[Update, 6:30 a.m.] Two people have died.", "Two"),
            "Two people have died"
        );
        assert_eq!(
            around("@TangchuanDaily Hello, two people have died.", "two"),
            "Hello, two people have died"
        );
        assert_eq!(
            around("@棠川日报 您好，截至6时20分2人遇难。", "2人"),
            "您好，截至6时20分2人遇难"
        );
    }

    #[test]
    fn a_long_sentence_gives_the_clause() {
        let text = "[Tangchuan rainstorm update, 5:55 a.m.] Overnight our city had the heaviest rain since records began in 1954: 112.4 mm fell in Hexi District between 4 and 5 a.m., and the city observatory issued a red rainstorm alert at 4:10 a.m.";
        assert_eq!(
            around(text, "1954"),
            "Overnight our city had the heaviest rain since records began in 1954"
        );
        assert_eq!(
            around(text, "112.4 mm"),
            "112.4 mm fell in Hexi District between 4 and 5 a.m."
        );
        let zh = "【棠川暴雨情况通报·6时30分】很沉痛地告诉大家：截至6时20分，全市确认2人遇难，1人在桐林路下穿隧道被淹车辆内，1人在河西区滨河路被积水冲倒；另有3人失联，正在全力搜救。";
        assert_eq!(
            around_in(zh, "2人", "2"),
            "全市确认2人遇难，1人在桐林路下穿隧道被淹车辆内"
        );
        assert_eq!(around_in(zh, "3人", "3"), "另有3人失联，正在全力搜救");
        // A clause of a few words takes in the next.
        assert_eq!(
            around_in(zh, "截至6时20分", "6时20分"),
            "截至6时20分，全市确认2人遇难"
        );
        // A thousands separator is no clause break: "600 pax)" was once quoted alone.
        let big = "Residents evacuated so far, a total of 1,600 people (about 600 households), have gone to the designated shelters at 4 schools, and buses are still running.";
        assert_eq!(
            around_in(big, "1,600 people", "600 people"),
            "a total of 1,600 people (about 600 households)"
        );
        let en = "As of 6 a.m., Line 3 is suspended along its whole length, Line 1 is suspended in Hexi, and 23 underpasses and flooded road sections are closed.";
        assert_eq!(
            around(en, "6 a.m."),
            "As of 6 a.m., Line 3 is suspended along its whole length"
        );
    }

    #[test]
    fn a_long_clause_is_cut_around_the_span_at_word_boundaries() {
        let text = format!(
            "{} we know how hard this is {}",
            "word ".repeat(40),
            "more ".repeat(40)
        );
        let clause = around(&text, "we know how");
        assert!(clause.starts_with('…') && clause.ends_with('…'), "{clause}");
        assert!(clause.contains("we know how hard this is"), "{clause}");
        assert!(clause.chars().count() <= MAX_CHARS + 2, "{clause}");
        for word in clause.trim_matches('…').split_whitespace() {
            assert!(
                ["word", "we", "know", "how", "hard", "this", "is", "more"].contains(&word),
                "{clause}"
            );
        }
        let zh = format!("{}我们理解大家的担心{}", "很".repeat(60), "好".repeat(60));
        let clause = around(&zh, "理解");
        assert!(clause.contains("我们理解大家的担心"), "{clause}");
        assert_eq!(clause.chars().count(), MAX_CJK_CHARS + 2, "{clause}");
    }

    #[test]
    fn odd_spans_and_texts_give_no_clause_or_a_whole_one() {
        assert_eq!(clause_around("abc", (2, 1)), None);
        assert_eq!(clause_around("abc", (0, 9)), None);
        assert_eq!(clause_around("遇难", (1, 3)), None);
        assert_eq!(clause_around("", (0, 0)), None);
        // A span longer than the limit is quoted whole.
        let long = "x".repeat(200);
        assert_eq!(
            clause_around(&long, (0, 200)).as_deref(),
            Some(long.as_str())
        );
        // Right-to-left and emoji text is quoted as it is.
        assert_eq!(around("مرحبا 🙂 call 911", "call"), "مرحبا 🙂 call 911");
    }
}
