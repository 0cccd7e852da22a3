//! `goldenhour score [--text TEXT | FILE | -] [--format text|json]`: scores one message with no
//! timeline (tone, transparency, authority, service) and prints the evidence, as readable text
//! or as the stable JSON documented in docs/scoring.md.
//!
//! The message's language is `--lang` when given (the global flag that also sets the interface
//! language, so `goldenhour score --lang zh-CN` reads and answers in Chinese); without it, the
//! language is detected from the script, so an English message is never scored as Chinese
//! just because the system locale is.

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use goldenhour_l10n::Localizer;
use goldenhour_scenario::Dimension;
use goldenhour_scoring::{Finding, Language, Rating, Scorer};
use serde::Serialize;

use super::{EXIT_CONTENT, EXIT_OK};
use crate::files;

/// Output formats.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A readable summary with the evidence highlighted.
    Text,
    /// The stable JSON of docs/scoring.md.
    Json,
}

#[derive(clap::Args, Debug)]
#[command(group(clap::ArgGroup::new("input").required(true).args(["text", "file"])))]
pub struct Args {
    /// The message to score.
    #[arg(long, value_name = "TEXT")]
    text: Option<String>,
    /// A file with the message, or `-` for standard input.
    #[arg(value_name = "FILE")]
    file: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text", value_name = "FORMAT")]
    format: Format,
}

pub fn localize(c: clap::Command, l: &Localizer) -> clap::Command {
    let options = l.get("cli-heading-options");
    c.about(l.get("cli-score-about"))
        .after_help(l.get("cli-score-lang-note"))
        .mut_arg("text", |a| {
            a.help(l.get("cli-score-arg-text"))
                .help_heading(options.clone())
        })
        .mut_arg("file", |a| {
            a.help(l.get("cli-score-arg-file"))
                .help_heading(l.get("cli-heading-arguments"))
        })
        .mut_arg("format", |a| {
            a.help(l.get("cli-score-arg-format"))
                .help_heading(options.clone())
        })
}

/// The JSON output: the shape is part of the interface (docs/scoring.md); do not reorder.
#[derive(Serialize)]
struct JsonReport {
    scores: JsonScores,
    findings: Vec<JsonFinding>,
}

#[derive(Serialize)]
struct JsonScores {
    speed: Option<u32>,
    tone: u32,
    transparency: u32,
    authority: u32,
    service: u32,
    interaction: Option<u32>,
    overall: u32,
}

#[derive(Serialize)]
struct JsonFinding {
    rule: String,
    dimension: &'static str,
    effect: f64,
    span: Option<[usize; 2]>,
    excerpt: String,
    message: String,
}

/// The dimension's localised label.
fn label(l: &Localizer, d: Dimension) -> String {
    l.get(match d {
        Dimension::Speed => "score-dimension-speed",
        Dimension::Tone => "score-dimension-tone",
        Dimension::Transparency => "score-dimension-transparency",
        Dimension::Authority => "score-dimension-authority",
        Dimension::Service => "score-dimension-service",
        Dimension::Interaction => "score-dimension-interaction",
    })
}

/// The rating's localised description.
fn rating_text(l: &Localizer, r: Rating) -> String {
    l.get(match r {
        Rating::P => "score-rating-p",
        Rating::S => "score-rating-s",
        Rating::M => "score-rating-m",
        Rating::U => "score-rating-u",
    })
}

/// Reads the message: `--text`, a file, or standard input for `-`. `Ok(Err(code))` is a
/// content problem already reported.
fn read_message(args: &Args, l: &Localizer) -> Result<std::result::Result<String, u8>> {
    if let Some(text) = &args.text {
        return Ok(Ok(text.clone()));
    }
    let Some(path) = &args.file else {
        return Ok(Ok(String::new()));
    };
    let bytes = if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("standard input")?;
        bytes
    } else {
        files::read_capped(path)?
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Ok(text
            .strip_prefix('\u{feff}')
            .unwrap_or(&text)
            .to_owned())),
        Err(_) => {
            eprintln!(
                "{}",
                l.format(
                    "cli-score-not-utf8",
                    &[("path", path.display().to_string())]
                )
            );
            Ok(Err(EXIT_CONTENT))
        }
    }
}

/// The message's language: `--lang` if given, else detected from the script.
fn message_language(text: &str, explicit: Option<&str>, l: &Localizer) -> Language {
    let detected = Language::detect(text);
    let Some(tag) = explicit else {
        return detected;
    };
    let chosen = Language::from_tag(goldenhour_l10n::negotiate(tag).tag()).unwrap_or(detected);
    if chosen != detected && text.chars().any(char::is_alphabetic) {
        eprintln!(
            "{}",
            l.format(
                "cli-score-lang-mismatch",
                &[("detected", detected.tag()), ("lang", chosen.tag())]
            )
        );
    }
    chosen
}

pub fn run(args: &Args, l: &Localizer, explicit_lang: Option<&str>) -> Result<u8> {
    let text = match read_message(args, l)? {
        Ok(text) => text,
        Err(code) => return Ok(code),
    };
    let lang = message_language(&text, explicit_lang, l);
    let scorer = Scorer::new();
    let assessment = scorer.assess_text(&text, lang.tag(), None);
    let overall = goldenhour_scoring::overall(&assessment.scores, None);
    let score = |d: Dimension| assessment.scores.get(&d).copied().unwrap_or(0.0);
    let message = |f: &Finding| l.format(&f.message, &f.message_args());
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => {
            let report = JsonReport {
                scores: JsonScores {
                    speed: None,
                    tone: score(Dimension::Tone).round() as u32,
                    transparency: score(Dimension::Transparency).round() as u32,
                    authority: score(Dimension::Authority).round() as u32,
                    service: score(Dimension::Service).round() as u32,
                    interaction: None,
                    overall: overall.round() as u32,
                },
                findings: assessment
                    .findings
                    .iter()
                    .map(|f| JsonFinding {
                        rule: f.rule.clone(),
                        dimension: f.dimension.id(),
                        effect: (f.effect * 10.0).round() / 10.0,
                        span: f.span.map(|(s, e)| [s, e]),
                        excerpt: f.excerpt.clone(),
                        message: message(f),
                    })
                    .collect(),
            };
            serde_json::to_writer_pretty(&mut out, &report)?;
            writeln!(out)?;
        }
        Format::Text => {
            let ansi = std::io::stdout().is_terminal();
            let paint = |code: &str, s: &str| {
                if ansi {
                    format!("\x1b[{code}m{s}\x1b[0m")
                } else {
                    s.to_owned()
                }
            };
            // The excerpt is already between «» in every message; make it stand out more
            // where the terminal can show it.
            let highlight = |s: String| {
                if ansi {
                    s.replace('«', "«\x1b[1m").replace('»', "\x1b[0m»")
                } else {
                    s
                }
            };
            writeln!(
                out,
                "{}",
                l.format("cli-score-heading", &[("lang", lang.tag())])
            )?;
            let dims = [
                Dimension::Tone,
                Dimension::Transparency,
                Dimension::Authority,
                Dimension::Service,
            ];
            let width = dims
                .iter()
                .map(|d| label(l, *d).chars().count())
                .chain([l.get("score-overall").chars().count()])
                .max()
                .unwrap_or(0);
            let rows = dims
                .iter()
                .map(|d| (label(l, *d), score(*d)))
                .chain([(l.get("score-overall"), overall)]);
            for (name, value) in rows {
                let pad = " ".repeat(width - name.chars().count());
                writeln!(
                    out,
                    "  {name}{pad}  {:>3}  {}",
                    value.round(),
                    rating_text(l, Rating::of(value))
                )?;
            }
            writeln!(out, "{}", l.get("cli-score-needs-timeline"))?;
            // Say why the overall is not the mean of the rows above, where it is not.
            let plain =
                assessment.scores.values().sum::<f64>() / assessment.scores.len().max(1) as f64;
            if overall > plain + 1e-9 {
                writeln!(out, "{}", l.get("cli-score-service-left-out"))?;
            }
            if let Some(at) = assessment.signals.promised_update_at {
                writeln!(
                    out,
                    "{}",
                    l.format("cli-score-promise", &[("at", at.to_string())])
                )?;
            }
            let (evidence, advice): (Vec<&Finding>, Vec<&Finding>) =
                assessment.findings.iter().partition(|f| f.span.is_some());
            writeln!(out)?;
            if evidence.is_empty() && advice.is_empty() {
                writeln!(out, "{}", l.get("cli-score-no-findings"))?;
            }
            if !evidence.is_empty() {
                writeln!(out, "{}", l.get("cli-score-findings"))?;
                for f in evidence {
                    let effect = format!("{:+}", f.effect.round());
                    let effect = match f.effect {
                        e if e > 0.0 => paint("32", &effect),
                        e if e < 0.0 => paint("31", &effect),
                        _ => paint("2", &effect),
                    };
                    writeln!(
                        out,
                        "  {effect:>4}  {} · {}\n        {}",
                        label(l, f.dimension),
                        f.rule,
                        highlight(message(f))
                    )?;
                }
            }
            if !advice.is_empty() {
                writeln!(out, "{}", l.get("cli-score-advice"))?;
                for f in advice {
                    writeln!(out, "  - {}", message(f))?;
                }
            }
        }
    }
    Ok(EXIT_OK)
}
