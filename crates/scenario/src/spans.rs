//! Where each value sits in a RON source: a path → byte-span index, so that semantic
//! diagnostics ("unknown actor") can point at the exact text the author wrote.
//!
//! serde does not carry spans, so after the file has deserialised cleanly we walk the
//! same text once more with this small, tolerant RON reader. Paths look like
//! `events[3].kind.0.actor`: `.name` for a named field, `[i]` for a list item, `.i` for a
//! positional item inside parentheses and `{key}` for a map key's value.

use std::collections::HashMap;
use std::ops::Range;

/// Deepest bracket nesting a scenario file may have. Real scenarios use about 8 levels.
pub const MAX_DEPTH: usize = 64;

/// Byte spans of every value in a RON document, keyed by path.
#[derive(Debug, Default)]
pub struct SpanIndex {
    spans: HashMap<String, Range<usize>>,
}

impl SpanIndex {
    /// Indexes `src`. Unreadable stretches are skipped; the index is best effort.
    pub fn build(src: &str) -> Self {
        let mut reader = Reader {
            src: src.as_bytes(),
            pos: 0,
            spans: HashMap::new(),
        };
        reader.skip_trivia();
        reader.value(String::new(), 0);
        SpanIndex {
            spans: reader.spans,
        }
    }

    /// The byte span of the value at `path`, if it was found.
    pub fn get(&self, path: &str) -> Option<Range<usize>> {
        self.spans.get(path).cloned()
    }

    /// The span of `path`, or of its nearest indexed ancestor.
    pub fn nearest(&self, path: &str) -> Option<Range<usize>> {
        let mut p = path;
        loop {
            if let Some(span) = self.spans.get(p) {
                return Some(span.clone());
            }
            let cut = p.rfind(['.', '[', '{'])?;
            p = &p[..cut];
        }
    }
}

/// Returns the byte offset where nesting first exceeds [`MAX_DEPTH`], if it does.
/// Strings and comments are skipped so brackets inside them do not count.
pub fn find_excess_depth(src: &str) -> Option<usize> {
    let b = src.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => i = skip_string(b, i),
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => i = skip_block_comment(b, i),
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(i);
                }
                i += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            _ => i += 1,
        }
    }
    None
}

fn skip_string(b: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

fn skip_block_comment(b: &[u8], start: usize) -> usize {
    // RON block comments nest.
    let mut depth = 0;
    let mut i = start;
    while i + 1 < b.len() {
        if b[i] == b'/' && b[i + 1] == b'*' {
            depth += 1;
            i += 2;
        } else if b[i] == b'*' && b[i + 1] == b'/' {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    b.len()
}

struct Reader<'a> {
    src: &'a [u8],
    pos: usize,
    spans: HashMap<String, Range<usize>>,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn skip_trivia(&mut self) {
        loop {
            match self.peek() {
                Some(c) if c.is_ascii_whitespace() => self.pos += 1,
                Some(b'/') if self.src.get(self.pos + 1) == Some(&b'/') => {
                    while self.peek().is_some_and(|c| c != b'\n') {
                        self.pos += 1;
                    }
                }
                Some(b'/') if self.src.get(self.pos + 1) == Some(&b'*') => {
                    self.pos = skip_block_comment(self.src, self.pos);
                }
                Some(b'#') if self.src.get(self.pos + 1) == Some(&b'!') => {
                    // An extension attribute such as `#![enable(implicit_some)]`.
                    while self.peek().is_some_and(|c| c != b']') {
                        self.pos += 1;
                    }
                    self.pos += 1;
                }
                _ => return,
            }
        }
    }

    fn is_word_byte(c: u8) -> bool {
        c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'+' | b'-') || c >= 0x80
    }

    /// Reads one value at `path`, recording its span.
    fn value(&mut self, path: String, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        let start = self.pos;
        match self.peek() {
            None => return,
            Some(b'"') => self.pos = skip_string(self.src, self.pos),
            Some(b'r') if matches!(self.src.get(self.pos + 1), Some(b'"' | b'#')) => {
                self.raw_string()
            }
            Some(b'\'') => {
                self.pos += 1;
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    match c {
                        b'\\' => self.pos += 1,
                        b'\'' => break,
                        _ => {}
                    }
                }
            }
            Some(b'(') => self.group(&path, depth, b')'),
            Some(b'[') => self.group(&path, depth, b']'),
            Some(b'{') => self.map(&path, depth),
            Some(c) if Self::is_word_byte(c) => {
                while self.peek().is_some_and(Self::is_word_byte) {
                    self.pos += 1;
                }
                let after_word = self.pos;
                self.skip_trivia();
                if self.peek() == Some(b'(') {
                    // A named struct or enum variant: `Name(...)`.
                    self.group(&path, depth, b')');
                } else {
                    self.pos = after_word;
                }
            }
            Some(_) => self.pos += 1,
        }
        self.spans.insert(path, start..self.pos);
    }

    fn raw_string(&mut self) {
        self.pos += 1;
        let mut hashes = 0;
        while self.peek() == Some(b'#') {
            hashes += 1;
            self.pos += 1;
        }
        self.pos += 1; // opening quote
        while self.pos < self.src.len() {
            if self.src[self.pos] == b'"'
                && self.src[self.pos + 1..]
                    .iter()
                    .take(hashes)
                    .filter(|&&c| c == b'#')
                    .count()
                    == hashes
            {
                self.pos += 1 + hashes;
                return;
            }
            self.pos += 1;
        }
    }

    /// `( field: value, ... )`, `( value, ... )` or `[ value, ... ]`.
    fn group(&mut self, path: &str, depth: usize, close: u8) {
        self.pos += 1;
        let mut index = 0;
        loop {
            self.skip_trivia();
            match self.peek() {
                None => return,
                Some(c) if c == close => {
                    self.pos += 1;
                    return;
                }
                Some(b',') => {
                    self.pos += 1;
                    continue;
                }
                _ => {}
            }
            let before = self.pos;
            let child = if close == b')' {
                match self.field_name() {
                    Some(name) => format!("{path}.{name}"),
                    None => format!("{path}.{index}"),
                }
            } else {
                format!("{path}[{index}]")
            };
            self.skip_trivia();
            self.value(child, depth + 1);
            index += 1;
            if self.pos == before {
                self.pos += 1; // never stall on unexpected input
            }
        }
    }

    /// If the cursor is at `ident:`, consumes it and returns the identifier.
    fn field_name(&mut self) -> Option<String> {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
        {
            self.pos += 1;
        }
        let end = self.pos;
        self.skip_trivia();
        if end > start && self.peek() == Some(b':') {
            self.pos += 1;
            Some(String::from_utf8_lossy(&self.src[start..end]).into_owned())
        } else {
            self.pos = start;
            None
        }
    }

    /// `{ key: value, ... }`; string keys are recorded without quotes.
    fn map(&mut self, path: &str, depth: usize) {
        self.pos += 1;
        loop {
            self.skip_trivia();
            match self.peek() {
                None => return,
                Some(b'}') => {
                    self.pos += 1;
                    return;
                }
                Some(b',') => {
                    self.pos += 1;
                    continue;
                }
                _ => {}
            }
            let key_start = self.pos;
            self.value(format!("{path}{{?}}"), depth + 1);
            let raw_key = String::from_utf8_lossy(&self.src[key_start..self.pos]).into_owned();
            let key = raw_key.trim_matches('"').to_owned();
            self.spans.remove(&format!("{path}{{?}}"));
            self.spans
                .insert(format!("{path}{{{key}}}#key"), key_start..self.pos);
            self.skip_trivia();
            if self.peek() == Some(b':') {
                self.pos += 1;
            }
            self.skip_trivia();
            let before = self.pos;
            self.value(format!("{path}{{{key}}}"), depth + 1);
            if self.pos == before {
                self.pos += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(src: &str, path: &str, expect: &str) {
        let index = SpanIndex::build(src);
        let span = index
            .get(path)
            .unwrap_or_else(|| panic!("no span for {path} in {index:?}"));
        assert_eq!(&src[span], expect);
    }

    #[test]
    fn finds_fields_items_and_keys() {
        let src = r##"// comment
#![enable(implicit_some)]
Scenario(
    id: "x", /* block /* nested */ */
    events: [
        Event(id: "e1", trigger: At("1h"), kind: PublicPost(actor: "李雷", text: "a)b")),
        (id: "e2", trigger: When(FactNotDisclosedBy(fact: "f1", by: "2h"))),
    ],
    weights: { Speed: 2.0, "zh-CN": ["x"] },
    raw: r#"q"#,
)"##;
        check(src, ".id", "\"x\"");
        check(src, ".events[0].kind.actor", "\"李雷\"");
        check(src, ".events[0].kind.text", "\"a)b\"");
        check(src, ".events[0].trigger.0", "\"1h\"");
        check(src, ".events[1].id", "\"e2\"");
        check(src, ".events[1].trigger.0.fact", "\"f1\"");
        check(src, ".weights{Speed}", "2.0");
        check(src, ".weights{zh-CN}[0]", "\"x\"");
        check(src, ".weights{zh-CN}#key", "\"zh-CN\"");
        check(src, ".raw", "r#\"q\"#");
        let index = SpanIndex::build(src);
        assert_eq!(
            index
                .nearest(".events[1].trigger.0.nothing")
                .map(|r| &src[r]),
            Some("FactNotDisclosedBy(fact: \"f1\", by: \"2h\")")
        );
    }

    #[test]
    fn depth_is_capped() {
        let deep = "[".repeat(MAX_DEPTH + 1);
        assert_eq!(find_excess_depth(&deep), Some(MAX_DEPTH));
        assert_eq!(find_excess_depth("[[\"[[[[\"]]"), None);
        // Must not overflow the stack on garbage.
        let _ = SpanIndex::build(&"(".repeat(100_000));
    }
}
