//! One message prepared for matching: the folded text (full-width to half-width, lower case,
//! controls to spaces; one char per original char), the compact text (folded, without spaces,
//! punctuation or symbols), word tokens, and the maps that turn any match back into byte and
//! char offsets of the original.

use unicode_segmentation::UnicodeSegmentation;

use crate::Language;

/// Folds one char for matching. Keeps one char per char so offsets map one to one.
pub(crate) fn fold_char(c: char) -> char {
    match c {
        // Full-width ASCII forms (Ａ, １, ：, ％), folded and then lower-cased like ASCII.
        '\u{FF01}'..='\u{FF5E}' => {
            char::from_u32(c as u32 - 0xFEE0).map_or(c, |a| a.to_ascii_lowercase())
        }
        '\u{3000}' => ' ',
        // Bidirectional controls, zero-width characters and the BOM carry no text: treat
        // them like spaces so they neither join nor break words unexpectedly.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2069}'
        | '\u{FEFF}' => ' ',
        // A line break ends a sentence (a list's items, a title's line): it stays one.
        '\n' | '\r' => '\n',
        c if c.is_ascii() => {
            if c.is_ascii_control() {
                ' '
            } else {
                c.to_ascii_lowercase()
            }
        }
        // Ideographs have no case: skip the Unicode tables (most of a Chinese text).
        c if is_cjk(c) => c,
        // Punctuation blocks with no case and no controls: "…", "—", "“", "。", "【".
        '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{3001}'..='\u{303F}' => c,
        c if c.is_control() => ' ',
        c => {
            // Only one-to-one lowercase mappings keep the char count; others stay as they are.
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => c,
            }
        }
    }
}

/// Whether a folded char takes part in compact matching: letters (CJK included) and digits.
pub(crate) fn is_compact(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        // General punctuation and the CJK punctuation marks ("。", "、", "【") skip the
        // Unicode tables; U+3005–U+3007 and U+3021–U+303C hold letters and numerals.
        !matches!(c, '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{3020}')
            && (is_cjk(c) || c.is_alphanumeric())
    }
}

/// The compact form of a phrase or pattern: folded, with everything but letters and digits
/// dropped, so "No  comment!" and "ｎｏ　ｃｏｍｍｅｎｔ" both become "nocomment".
pub(crate) fn compact_form(text: &str) -> String {
    text.chars()
        .map(fold_char)
        .filter(|&c| is_compact(c))
        .collect()
}

/// Whether a char is a CJK ideograph (where words have no spaces between them).
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FFFF}')
}

/// A word token, as char offsets into the original text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    /// jieba tagged it a place name (`ns`).
    pub place: bool,
    /// jieba tagged it a noun of any kind (`n`, `nr`, `ns`, `nz`…).
    pub noun: bool,
}

/// A message ready for matching. All "char" offsets index the original text's chars.
pub(crate) struct Prepared<'a> {
    pub original: &'a str,
    /// Byte offset of each original char, plus the text's length at the end.
    pub orig_starts: Offsets,
    /// The folded text: exactly one char per original char.
    pub folded: String,
    /// The folded text's chars, indexed like the original's.
    pub folded_chars: Vec<char>,
    /// Byte offset in `folded` of each char, plus its length at the end.
    pub folded_starts: Offsets,
    /// The compact text: folded letters and digits only.
    pub compact: String,
    /// Byte offset in `compact` of each compact char, plus its length at the end.
    pub compact_starts: Offsets,
    /// Original char index of each compact char.
    pub compact_src: Vec<usize>,
    /// Word tokens in order, covering the text.
    pub tokens: Vec<Token>,
    /// Index into `tokens` of the token holding each char.
    pub token_of: Vec<usize>,
}

impl<'a> Prepared<'a> {
    /// Folds, compacts and tokenises `original`.
    pub fn new(original: &'a str, lang: Language, jieba: &jieba_rs::Jieba) -> Prepared<'a> {
        let ascii = original.is_ascii();
        let Folded {
            orig_starts,
            folded,
            folded_chars,
            folded_starts,
            compact,
            compact_starts,
            compact_src,
        } = if ascii {
            Folded::ascii(original)
        } else {
            Folded::any(original)
        };
        let n = folded_chars.len();

        let mut tokens = Vec::with_capacity(n / 2 + 1);
        match lang {
            Language::ZhCn => {
                // Without the HMM, unknown runs split into single chars: more boundaries, so
                // lexicon phrases are less often swallowed by a guessed word.
                for t in jieba.tag(&folded, false) {
                    tokens.push(Token {
                        start: t.start,
                        end: t.end,
                        place: t.tag == "ns",
                        noun: t.tag.starts_with('n'),
                    });
                }
            }
            Language::EnUs => {
                word_bounds(&folded, |start, end| {
                    tokens.push(Token {
                        start,
                        end,
                        place: false,
                        noun: false,
                    })
                });
            }
        }
        let mut token_of = vec![0; n];
        for (k, t) in tokens.iter().enumerate() {
            for slot in token_of.iter_mut().take(t.end.min(n)).skip(t.start) {
                *slot = k;
            }
        }
        Prepared {
            original,
            orig_starts,
            folded,
            folded_chars,
            folded_starts,
            compact,
            compact_starts,
            compact_src,
            tokens,
            token_of,
        }
    }

    /// Number of chars in the text.
    pub fn len_chars(&self) -> usize {
        self.folded_chars.len()
    }

    /// Byte range in the original of a char range.
    #[inline]
    pub fn bytes(&self, start: usize, end: usize) -> (usize, usize) {
        let n = self.len_chars();
        (
            self.orig_starts.at(start.min(n)),
            self.orig_starts.at(end.min(n)),
        )
    }

    /// The original text of a char range.
    pub fn excerpt(&self, start: usize, end: usize) -> &'a str {
        let (s, e) = self.bytes(start, end);
        &self.original[s..e]
    }

    /// The folded text of a char range.
    #[inline]
    pub fn folded_slice(&self, start: usize, end: usize) -> &str {
        let n = self.len_chars();
        self.folded
            .get(self.folded_starts.at(start.min(n))..self.folded_starts.at(end.min(n)))
            .unwrap_or("")
    }

    /// The folded char at original char index `i`.
    pub fn folded_char(&self, i: usize) -> Option<char> {
        self.folded_chars.get(i).copied()
    }

    /// Original char range of a compact byte range.
    pub fn chars_of_compact(&self, start: usize, end: usize) -> (usize, usize) {
        let i = self.compact_starts.index_of(start);
        let j = self.compact_starts.index_of(end);
        if i >= j || j > self.compact_src.len() {
            return (0, 0);
        }
        (self.compact_src[i], self.compact_src[j - 1] + 1)
    }

    /// Original char range of a byte range of the folded text.
    pub fn chars_of_folded(&self, start: usize, end: usize) -> (usize, usize) {
        (
            self.folded_starts.index_of(start),
            self.folded_starts.index_of(end),
        )
    }

    /// Original char range of a byte range of the original text.
    pub fn chars_of_original(&self, start: usize, end: usize) -> (usize, usize) {
        (
            self.orig_starts.index_of(start),
            self.orig_starts.index_of(end),
        )
    }

    /// Compact char index of the first compact char at or after original char `c`.
    pub fn compact_index_at(&self, c: usize) -> usize {
        self.compact_src.partition_point(|&src| src < c)
    }

    /// Whether chars `[s, e)` are all CJK and start a token (wherever they end).
    pub fn starts_word_in_cjk(&self, s: usize, e: usize) -> bool {
        e <= self.len_chars()
            && s < e
            && !self.tokens.is_empty()
            && self.tokens[self.token_of[s]].start == s
            && self.folded_chars[s..e].iter().all(|&c| is_cjk(c))
    }

    /// Whether a match of chars `[s, e)` respects word boundaries.
    ///
    /// An edge between tokens is always fine. A match inside one token is fine when that
    /// token is CJK and the phrase has two or more chars: "歉意" inside "深表歉意" is still an
    /// apology. A match that cuts a token in part is not: "临时工" inside "临时/工作人员"
    /// (temporary staff) is no scapegoat, "regret" inside "regrettable" is no apology.
    pub fn edges_ok(&self, s: usize, e: usize) -> bool {
        let n = self.len_chars();
        if s >= e || e > n || self.tokens.is_empty() {
            return false;
        }
        let (ts, te) = (self.token_of[s], self.token_of[e - 1]);
        let (first, last) = (self.tokens[ts], self.tokens[te]);
        if first.start == s && last.end == e {
            return true;
        }
        if ts != te {
            return false;
        }
        let cjk_edges = self
            .folded
            .get(self.folded_starts.at(s)..self.folded_starts.at(e))
            .is_some_and(|m| {
                m.chars().next().is_some_and(is_cjk) && m.chars().last().is_some_and(is_cjk)
            });
        cjk_edges && e - s >= 2
    }
}

/// The word bounds of an ASCII text by Unicode's word segmentation (UAX #29), as
/// `unicode_segmentation`'s `split_word_bounds` finds them (a test compares the two on random
/// ASCII), without its per-char table lookups: `emit(start, end)` for each segment in order.
///
/// In ASCII the rules reduce to these: runs of spaces stay together (WB3d), CR LF stays
/// together (WB3), letters, digits and `_` join (WB5, WB8–WB10, WB13a–b), and `.`, `'` or `:`
/// between two letters (WB6–7) or `.`, `'`, `,` or `;` between two digits (WB11–12) joins
/// them; every other char is a segment of its own (WB999). The same reduction is the
/// crate's own fast path for `unicode_words`, which leaves out the segments that are not
/// words; the scorer's tokens must cover the text.
pub(crate) fn ascii_word_bounds(text: &[u8], mut emit: impl FnMut(usize, usize)) {
    let core = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let infix = |b: u8, prev: u8, next: u8| match b {
        b'.' | b',' | b';' | b'\'' if prev.is_ascii_digit() && next.is_ascii_digit() => true,
        b'.' | b'\'' | b':' => prev.is_ascii_alphabetic() && next.is_ascii_alphabetic(),
        _ => false,
    };
    let n = text.len();
    let mut start = 0;
    while start < n {
        let first = text[start];
        let mut end = start + 1;
        if first == b' ' {
            while end < n && text[end] == b' ' {
                end += 1;
            }
        } else if core(first) {
            while end < n
                && (core(text[end])
                    || (end + 1 < n && infix(text[end], text[end - 1], text[end + 1])))
            {
                end += 1;
            }
        } else if first == b'\r' && text.get(end) == Some(&b'\n') {
            end += 1;
        }
        emit(start, end);
        start = end;
    }
}

/// Unicode word bounds (UAX #29) of any text, as char offsets: `emit(start, end)` for each
/// segment in order, the same as `split_word_bounds` (a test compares them on random text).
///
/// A word boundary always falls between a space and an ASCII char other than a space (no
/// rule joins them: WB3d joins spaces only, WB4 attaches only Extend, Format and ZWJ, and the
/// others need a letter, digit or connector on the left), and no rule looks across one at
/// the char beyond. So the text splits there into chunks segmented alone: the ASCII ones by
/// [`ascii_word_bounds`], the others (an English post with a curly quote or a dash) by the
/// crate's general path.
pub(crate) fn word_bounds(text: &str, mut emit: impl FnMut(usize, usize)) {
    if text.is_ascii() {
        ascii_word_bounds(text.as_bytes(), emit);
        return;
    }
    let bytes = text.as_bytes();
    let mut chars_before = 0;
    let mut chunk = |from: usize, to: usize| {
        let part = &text[from..to];
        if part.is_ascii() {
            let base = chars_before;
            ascii_word_bounds(part.as_bytes(), |s, e| emit(base + s, base + e));
            chars_before += part.len();
        } else {
            for word in part.split_word_bounds() {
                let n = word.chars().count();
                emit(chars_before, chars_before + n);
                chars_before += n;
            }
        }
    };
    let mut from = 0;
    for i in 1..bytes.len() {
        if bytes[i - 1] == b' ' && bytes[i] != b' ' && bytes[i].is_ascii() {
            chunk(from, i);
            from = i;
        }
    }
    if from < bytes.len() {
        chunk(from, bytes.len());
    }
}

/// How many times a Latin letter is followed, past a space or punctuation, by another: the
/// breaks between the English words of a phrase or of the text it matched. In the text
/// (`joiners_break` false) a hyphen or an apostrophe joins ("lock-down" may be "lockdown",
/// "We'll" is one word); in a phrase they break, so "follow-up" also matches "follow up".
pub(crate) fn latin_word_gaps(chars: impl Iterator<Item = char>, joiners_break: bool) -> usize {
    let (mut gaps, mut after_letter, mut broken) = (0, false, false);
    for c in chars {
        if c.is_ascii_alphabetic() {
            gaps += usize::from(after_letter && broken);
            (after_letter, broken) = (true, false);
        } else if c.is_alphanumeric() {
            (after_letter, broken) = (false, false);
        } else if joiners_break || !matches!(c, '-' | '\'' | '’' | '‐') {
            broken = true;
        }
    }
    gaps
}

/// A text's folded and compact forms with their offset maps (see [`Prepared`]).
#[derive(Debug, PartialEq)]
struct Folded {
    orig_starts: Offsets,
    folded: String,
    folded_chars: Vec<char>,
    folded_starts: Offsets,
    compact: String,
    compact_starts: Offsets,
    compact_src: Vec<usize>,
}

impl Folded {
    /// Any text, char by char.
    fn any(original: &str) -> Folded {
        let n = original.chars().count();
        let mut orig_starts = Vec::with_capacity(n + 1);
        let mut folded = String::with_capacity(original.len());
        let mut folded_starts = Vec::with_capacity(n + 1);
        let mut compact = String::with_capacity(original.len());
        let mut compact_starts = Vec::with_capacity(n + 1);
        let mut compact_src = Vec::with_capacity(n);
        let mut folded_chars = Vec::with_capacity(n);
        for (i, (at, c)) in original.char_indices().enumerate() {
            orig_starts.push(at);
            folded_starts.push(folded.len());
            // Most chars of a Chinese text are ideographs: they fold to themselves and are
            // compact, so they skip the folding and classifying tables.
            let (f, keep) = if c.is_ascii() {
                // The same as `fold_char` and `is_compact` for ASCII, inline (most of an
                // English text).
                if matches!(c, '\n' | '\r') {
                    ('\n', false)
                } else if c.is_ascii_control() {
                    (' ', false)
                } else {
                    (c.to_ascii_lowercase(), c.is_ascii_alphanumeric())
                }
            } else if is_cjk(c) {
                (c, true)
            } else {
                let f = fold_char(c);
                (f, is_compact(f))
            };
            folded.push(f);
            folded_chars.push(f);
            if keep {
                compact_starts.push(compact.len());
                compact_src.push(i);
                compact.push(f);
            }
        }
        orig_starts.push(original.len());
        folded_starts.push(folded.len());
        compact_starts.push(compact.len());

        Folded {
            orig_starts: Offsets::Table(orig_starts),
            folded,
            folded_chars,
            folded_starts: Offsets::Table(folded_starts),
            compact,
            compact_starts: Offsets::Table(compact_starts),
            compact_src,
        }
    }

    /// An ASCII text (most English posts): one byte per char, so every offset map but the
    /// compact text's source is the identity, and folding is lower-casing (line breaks stay,
    /// other controls become spaces, as in [`fold_char`]).
    fn ascii(original: &str) -> Folded {
        let n = original.len();
        // Each byte lower-cased (a control becomes a space); then the letters and digits
        // into the compact text. Whole-slice maps, which the compiler vectorises.
        let folded: Vec<u8> = original
            .bytes()
            .map(|b| {
                if matches!(b, b'\n' | b'\r') {
                    b'\n'
                } else if b.is_ascii_control() {
                    b' '
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect();
        let folded_chars: Vec<char> = folded.iter().map(|&b| char::from(b)).collect();
        let mut compact = Vec::with_capacity(n);
        let mut compact_src = Vec::with_capacity(n);
        for (i, &f) in folded.iter().enumerate() {
            if f.is_ascii_alphanumeric() {
                compact.push(f);
                compact_src.push(i);
            }
        }
        // Only ASCII bytes were pushed.
        let ascii = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap_or_default();
        let (folded, compact) = (ascii(folded), ascii(compact));
        Folded {
            orig_starts: Offsets::Identity(n),
            folded_starts: Offsets::Identity(n),
            compact_starts: Offsets::Identity(compact.len()),
            folded,
            folded_chars,
            compact,
            compact_src,
        }
    }
}

/// The byte offset of each char of a text, plus the text's length at the end.
#[derive(Debug)]
pub(crate) enum Offsets {
    /// One byte per char (an ASCII text of this many bytes): char `i` starts at byte `i`.
    Identity(usize),
    /// The offsets, sorted.
    Table(Vec<usize>),
}

impl Offsets {
    /// The byte offset of char `i` (`i` at most the number of chars).
    #[inline]
    pub fn at(&self, i: usize) -> usize {
        match self {
            Offsets::Identity(_) => i,
            Offsets::Table(starts) => starts[i],
        }
    }

    /// The index of the char starting at byte `at` (the char holding `at` when it is not a
    /// char start; the end when it is past the text).
    #[inline]
    pub fn index_of(&self, at: usize) -> usize {
        match self {
            Offsets::Identity(len) => at.min(*len),
            Offsets::Table(starts) => char_index(starts, at),
        }
    }
}

impl PartialEq for Offsets {
    /// Equal when they map every char alike, whichever form they take.
    fn eq(&self, other: &Offsets) -> bool {
        let len = |o: &Offsets| match o {
            Offsets::Identity(n) => n + 1,
            Offsets::Table(starts) => starts.len(),
        };
        len(self) == len(other) && (0..len(self)).all(|i| self.at(i) == other.at(i))
    }
}

/// The index of the char starting at byte `at`, given the sorted char starts (the char
/// holding `at` when `at` is not a char start).
pub(crate) fn char_index(starts: &[usize], at: usize) -> usize {
    match starts.binary_search(&at) {
        Ok(i) => i,
        Err(i) => i.saturating_sub(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_widths_case_and_controls() {
        assert_eq!(compact_form("ＮＯ　Ｃｏｍｍｅｎｔ！"), "nocomment");
        assert_eq!(compact_form("无可 奉告，"), "无可奉告");
        assert_eq!(fold_char('\u{202E}'), ' ');
        // A line break stays one (it ends a sentence); a tab is a space.
        assert_eq!(fold_char('\n'), '\n');
        assert_eq!(fold_char('\r'), '\n');
        assert_eq!(fold_char('\t'), ' ');
        assert_eq!(fold_char('：'), ':');
        assert_eq!(fold_char('İ'), 'İ');
    }

    #[test]
    fn the_ascii_path_folds_like_the_general_one() {
        for text in [
            "",
            " ",
            "At 6:40 a.m. a 36-inch WATER main burst; call 555-010-0199!",
            "tab\tand\r\nnew line\u{7f}, bell\u{7}",
            "No  comment!!  We'll update you at 9.",
        ] {
            assert!(text.is_ascii());
            assert_eq!(Folded::ascii(text), Folded::any(text), "{text:?}");
        }
    }

    #[test]
    fn the_punctuation_fast_paths_agree_with_the_unicode_tables() {
        for c in ('\u{2000}'..='\u{206F}').chain('\u{3000}'..='\u{303F}') {
            let slow = c.is_alphanumeric();
            assert_eq!(is_compact(c), slow, "{c:?} U+{:04X}", c as u32);
            let folded = fold_char(c);
            if folded != ' ' {
                let mut lower = c.to_lowercase();
                assert_eq!(lower.next(), Some(folded), "U+{:04X}", c as u32);
                assert!(!c.is_control(), "U+{:04X}", c as u32);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn ascii_word_bounds_are_unicode_word_bounds(
            text in "[aZz09_.,;:'\" \r\n\t\x0b\x0c!#-]{0,40}"
        ) {
            let mut ours = Vec::new();
            ascii_word_bounds(text.as_bytes(), |s, e| ours.push(&text[s..e]));
            let theirs: Vec<&str> = text.split_word_bounds().collect();
            proptest::prop_assert_eq!(ours, theirs);
        }
    }

    proptest::proptest! {
        #[test]
        fn word_bounds_are_unicode_word_bounds(
            text in "[aZ09_.,:' \"\t\r\né\u{301}\u{200D}\u{AD}’—“中文🇨🇳ア\u{5D0}\u{3000}\u{FF0C}]{0,40}"
        ) {
            let chars: Vec<char> = text.chars().collect();
            let mut ours = Vec::new();
            word_bounds(&text, |s, e| ours.push(chars[s..e].iter().collect::<String>()));
            let theirs: Vec<&str> = text.split_word_bounds().collect();
            proptest::prop_assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn ascii_word_bounds_of_a_post() {
        let text = "at 6:40 a.m. the city's 1,200.5-metre e.g._x main  burst\r\n(call 555-0199).";
        let mut ours = Vec::new();
        ascii_word_bounds(text.as_bytes(), |s, e| ours.push(&text[s..e]));
        let theirs: Vec<&str> = text.split_word_bounds().collect();
        assert_eq!(ours, theirs);
        assert!(ours.contains(&"a.m") && ours.contains(&"1,200.5") && ours.contains(&"city's"));
    }

    #[test]
    fn maps_compact_matches_back_to_the_original() {
        let jieba = jieba_rs::Jieba::empty();
        let text = "Ｎｏ， comment!";
        let p = Prepared::new(text, Language::EnUs, &jieba);
        let at = p.compact.find("nocomment").unwrap();
        let (s, e) = p.chars_of_compact(at, at + "nocomment".len());
        assert_eq!(p.excerpt(s, e), "Ｎｏ， comment");
        assert!(p.edges_ok(s, e));
        let p = Prepared::new("no commentary", Language::EnUs, &jieba);
        let (s, e) = p.chars_of_compact(0, "nocomment".len());
        assert!(!p.edges_ok(s, e), "a match must not cut a word");
    }
}
