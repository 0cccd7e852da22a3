//! Diagnostics: what is wrong with a scenario file, where, and how to fix it.
//!
//! A diagnostic carries a message id and arguments rather than text (invariant 5 in
//! ARCHITECTURE.md); the host renders it through the l10n crate with [`Diagnostic::render`].

use std::fmt::Write as _;
use std::ops::Range;

use unicode_width::UnicodeWidthStr;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The scenario can be used, but something is probably a mistake.
    Warning,
    /// The scenario cannot be used until this is fixed.
    Error,
}

/// A localisable message: a Fluent message id and its named arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// Fluent message id, such as `diag-unknown-reference`.
    pub id: &'static str,
    /// Named arguments for the message.
    pub args: Vec<(&'static str, String)>,
}

impl Message {
    /// A message with no arguments.
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// Adds a named argument.
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
}

/// A position in a source file, 1-based; the column counts characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    /// Line number, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub col: usize,
}

/// One problem found in a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file's name as the user gave it.
    pub file: String,
    /// Byte span in the file; `None` for problems with the file as a whole.
    pub span: Option<Range<usize>>,
    /// What is wrong.
    pub message: Message,
    /// How to fix it, when there is something useful to say.
    pub help: Option<Message>,
}

/// Translates a message into the user's language.
pub type Localize<'a> = &'a dyn Fn(&Message) -> String;

impl Diagnostic {
    /// An error at `span` of `file`.
    pub fn error(file: &str, span: Option<Range<usize>>, message: Message) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_owned(),
            span,
            message,
            help: None,
        }
    }

    /// A warning at `span` of `file`.
    pub fn warning(file: &str, span: Option<Range<usize>>, message: Message) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, span, message)
        }
    }

    /// Adds a help line.
    pub fn with_help(mut self, help: Message) -> Self {
        self.help = Some(help);
        self
    }

    /// Line and column of the span's start in `source`.
    pub fn start(&self, source: &str) -> LineCol {
        line_col(source, self.span.as_ref().map_or(0, |s| s.start))
    }

    /// Renders as `FILE:LINE:COL: error: MESSAGE`, the source line, a caret under the span,
    /// and the help line. `source` is the file's text (empty if it could not be read as text).
    pub fn render(&self, source: &str, localize: Localize<'_>) -> String {
        let severity = localize(&Message::new(match self.severity {
            Severity::Error => "diag-severity-error",
            Severity::Warning => "diag-severity-warning",
        }));
        let message = localize(&self.message);
        let mut out = String::new();
        let Some(span) = &self.span else {
            let _ = writeln!(out, "{}: {severity}: {message}", self.file);
            self.render_help(&mut out, "", localize);
            return out;
        };
        let LineCol { line, col } = line_col(source, span.start);
        let _ = writeln!(out, "{}:{line}:{col}: {severity}: {message}", self.file);
        let line_start = floor_char_boundary(source, span.start);
        let line_start = source[..line_start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[line_start..]
            .find('\n')
            .map_or(source.len(), |i| line_start + i);
        let text = source[line_start..line_end].trim_end_matches('\r');
        // Very long lines (minified files) are cut so the caret line stays readable.
        let shown = truncate_chars(text, 200);
        let gutter = " ".repeat(line.to_string().len());
        let _ = writeln!(out, "{gutter} |");
        let _ = writeln!(out, "{line} | {}", shown.replace('\t', " "));
        let caret_from = floor_char_boundary(source, span.start).min(line_start + shown.len());
        let caret_to =
            floor_char_boundary(source, span.end.min(line_end)).min(line_start + shown.len());
        let pad = UnicodeWidthStr::width(&source[line_start..caret_from]);
        let width = UnicodeWidthStr::width(&source[caret_from..caret_to.max(caret_from)]).max(1);
        let _ = writeln!(out, "{gutter} | {}{}", " ".repeat(pad), "^".repeat(width));
        self.render_help(&mut out, &gutter, localize);
        out
    }

    fn render_help(&self, out: &mut String, gutter: &str, localize: Localize<'_>) {
        if let Some(help) = &self.help {
            let label = localize(&Message::new("diag-help"));
            let _ = writeln!(out, "{gutter} = {label}: {}", localize(help));
        }
    }
}

/// The 1-based line and character column of byte `offset` in `source`.
pub fn line_col(source: &str, offset: usize) -> LineCol {
    let offset = floor_char_boundary(source, offset.min(source.len()));
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    LineCol {
        line,
        col: before[line_start..].chars().count() + 1,
    }
}

/// The byte offset of 1-based `line` and character `col`, clamped to the source.
pub fn offset_of(source: &str, pos: LineCol) -> usize {
    let mut offset = 0;
    for _ in 1..pos.line {
        match source[offset..].find('\n') {
            Some(i) => offset += i + 1,
            None => return source.len(),
        }
    }
    let rest = &source[offset..];
    let line_len = rest.find('\n').unwrap_or(rest.len());
    offset
        + rest[..line_len]
            .char_indices()
            .nth(pos.col.saturating_sub(1))
            .map_or(line_len, |(i, _)| i)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn truncate_chars(s: &str, max: usize) -> &str {
    s.char_indices().nth(max).map_or(s, |(i, _)| &s[..i])
}

/// Closest candidate to `found` by edit distance, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    found: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(found, c), c))
        .filter(|(d, c)| *d <= (c.chars().count().max(found.chars().count()) / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(m: &Message) -> String {
        let args: Vec<String> = m.args.iter().map(|(k, v)| format!("{k}={v}")).collect();
        format!("{}({})", m.id, args.join(","))
    }

    #[test]
    fn renders_caret_under_wide_characters() {
        let src = "a: 1,\nactor: \"江城\",\n";
        let start = src.find('"').unwrap();
        let d = Diagnostic::error(
            "f.ron",
            Some(start..start + "\"江城\"".len()),
            Message::new("m").arg("x", 1),
        )
        .with_help(Message::new("h"));
        let out = d.render(src, &plain);
        assert_eq!(
            out,
            "f.ron:2:8: diag-severity-error(): m(x=1)\n  |\n2 | actor: \"江城\",\n  |        ^^^^^^\n  = diag-help(): h()\n"
        );
    }

    #[test]
    fn offsets_and_positions_agree() {
        let src = "ab\n江城x\n\nz";
        for (i, _) in src.char_indices() {
            assert_eq!(offset_of(src, line_col(src, i)), i);
        }
    }

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(
            did_you_mean("fire_chief", ["fire_chef", "mayor"]),
            Some("fire_chef")
        );
        assert_eq!(did_you_mean("zzz", ["fire_chef", "mayor"]), None);
    }
}
