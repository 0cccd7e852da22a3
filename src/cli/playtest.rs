//! `goldenhour playtest SCENARIO [--runs N] [--format text|json] [--bots-lang L] [--scripts DIR]`:
//! plays the scripted trainees (src/playtest/) across seeds 1..=N and prints the mean, minimum
//! and maximum of each dimension and of the overall score per policy, as a table or as the
//! JSON documented in docs/playtest.md.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result};
use goldenhour_l10n::Localizer;
use goldenhour_scenario::Dimension;
use serde::Serialize;

use super::{EXIT_CONTENT, EXIT_OK};
use crate::playtest::{Phrasebook, Playtest, Policy, Stats, playtest};

/// Output formats.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A table.
    Text,
    /// The JSON of docs/playtest.md.
    Json,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// A scenario.ron file, or the folder that holds it.
    #[arg(value_name = "SCENARIO")]
    scenario: PathBuf,
    /// Runs per policy (seeds 1..=N).
    #[arg(long, value_name = "N", default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=1000))]
    runs: u32,
    /// Output format.
    #[arg(long, value_enum, default_value = "text", value_name = "FORMAT")]
    format: Format,
    /// The language the bots write in (default: the interface language if the scenario is
    /// playable in it, else the scenario's own language).
    #[arg(long, value_name = "LANG")]
    bots_lang: Option<String>,
    /// Also write each policy's script for seed 1 into this folder, to read or replay with
    /// `goldenhour run`.
    #[arg(long, value_name = "DIR")]
    scripts: Option<PathBuf>,
}

pub fn localize(c: clap::Command, l: &Localizer) -> clap::Command {
    let options = l.get("cli-heading-options");
    c.about(l.get("playtest-about"))
        .mut_arg("scenario", |a| {
            a.help(l.get("playtest-arg-scenario"))
                .help_heading(l.get("cli-heading-arguments"))
        })
        .mut_arg("runs", |a| {
            a.help(l.get("playtest-arg-runs"))
                .help_heading(options.clone())
        })
        .mut_arg("format", |a| {
            a.help(l.get("playtest-arg-format"))
                .help_heading(options.clone())
        })
        .mut_arg("bots_lang", |a| {
            a.help(l.get("playtest-arg-bots-lang"))
                .help_heading(options.clone())
        })
        .mut_arg("scripts", |a| {
            a.help(l.get("playtest-arg-scripts"))
                .help_heading(options.clone())
        })
}

/// The JSON form (docs/playtest.md).
#[derive(Serialize)]
struct JsonOut<'a> {
    scenario: &'a str,
    language: &'a str,
    runs: u32,
    policies: Vec<JsonPolicy>,
}

#[derive(Serialize)]
struct JsonPolicy {
    policy: &'static str,
    overall: JsonStats,
    dimensions: BTreeMap<&'static str, Option<JsonStats>>,
}

#[derive(Serialize)]
struct JsonStats {
    mean: f64,
    min: f64,
    max: f64,
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

impl From<Stats> for JsonStats {
    fn from(s: Stats) -> Self {
        JsonStats {
            mean: round1(s.mean),
            min: round1(s.min),
            max: round1(s.max),
        }
    }
}

fn dimension_label(l: &Localizer, d: Dimension) -> String {
    l.get(match d {
        Dimension::Speed => "playtest-dim-speed",
        Dimension::Tone => "playtest-dim-tone",
        Dimension::Transparency => "playtest-dim-transparency",
        Dimension::Authority => "playtest-dim-authority",
        Dimension::Service => "playtest-dim-service",
        Dimension::Interaction => "playtest-dim-interaction",
    })
}

pub fn run(args: &Args, l: &Localizer) -> Result<u8> {
    let Some((scenario, _)) = super::load_playable(&args.scenario, l)? else {
        return Ok(EXIT_CONTENT);
    };
    let playable = scenario.languages();
    let lang = match &args.bots_lang {
        Some(lang) => lang.clone(),
        None if playable.contains(&l.lang().tag()) => l.lang().tag().to_owned(),
        None => scenario.def().language.clone(),
    };
    if !playable.contains(&lang.as_str()) || Phrasebook::bundled(&lang).is_none() {
        eprintln!(
            "{}",
            l.format(
                "playtest-unsupported-lang",
                &[("lang", lang.clone()), ("langs", playable.join(", "))]
            )
        );
        return Ok(EXIT_CONTENT);
    }

    if let Some(dir) = &args.scripts {
        write_scripts(dir, &scenario, &lang)?;
    }

    // A progress bar only for a person watching: never in a pipe, a log or a test.
    let mut stderr = std::io::stderr();
    let show = stderr.is_terminal();
    let label = l.get("playtest-progress");
    let result = playtest(&scenario, &lang, args.runs, &Policy::ALL, |done, total| {
        if show {
            let width = 30;
            let filled = done * width / total.max(1);
            let _ = write!(
                stderr,
                "\r{label} [{}{}] {done}/{total}",
                "#".repeat(filled),
                ".".repeat(width - filled)
            );
            if done == total {
                let _ = writeln!(stderr);
            }
            let _ = stderr.flush();
        }
    })
    .context("the scenario is not playable in the bots' language")?;

    let text = match args.format {
        Format::Json => json(&result)?,
        Format::Text => table(&result, l),
    };
    // A closed pipe (`| head`) is no failure of the playtest.
    let _ = writeln!(std::io::stdout(), "{text}");
    Ok(EXIT_OK)
}

/// Each policy's script for seed 1, as responses files (`<policy>.<lang>.ron`).
fn write_scripts(
    dir: &std::path::Path,
    scenario: &goldenhour_scenario::Scenario,
    lang: &str,
) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| dir.display().to_string())?;
    let phrases = Phrasebook::bundled(lang).context("no phrasebook for the language")?;
    let shared = Arc::new(scenario.clone());
    for policy in Policy::ALL {
        // The script as finally played: reacting to the conditional events of a first run.
        let log = crate::playtest::play(policy, &shared, lang, &phrases, 1);
        let responses = goldenhour_scenario::Responses {
            scenario: scenario.def().id.clone(),
            language: lang.to_owned(),
            actions: log
                .actions()
                .map(|(at, a)| goldenhour_scenario::ScriptedAction {
                    at,
                    action: a.action.clone(),
                    text: a.text.clone(),
                })
                .collect(),
        };
        let text = ron::ser::to_string_pretty(&responses, ron::ser::PrettyConfig::default())
            .context("serialising a script")?;
        let path = dir.join(format!("{}.{lang}.ron", policy.id()));
        std::fs::write(&path, text).with_context(|| path.display().to_string())?;
    }
    Ok(())
}

fn json(result: &Playtest) -> Result<String> {
    let out = JsonOut {
        scenario: &result.scenario,
        language: &result.language,
        runs: result.runs,
        policies: result
            .policies
            .iter()
            .map(|p| JsonPolicy {
                policy: p.policy.id(),
                overall: p.overall.into(),
                dimensions: Dimension::ALL
                    .iter()
                    .map(|d| (d.id(), p.dimensions.get(d).map(|s| (*s).into())))
                    .collect(),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&out).context("serialising the playtest")
}

/// Display width of a cell: CJK characters take two columns.
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| if (c as u32) >= 0x1100 { 2 } else { 1 })
        .sum()
}

fn pad(s: &str, to: usize) -> String {
    format!("{s}{}", " ".repeat(to.saturating_sub(width(s))))
}

fn table(result: &Playtest, l: &Localizer) -> String {
    let mut header = vec![l.get("playtest-col-policy"), l.get("playtest-col-overall")];
    header.extend(Dimension::ALL.iter().map(|d| dimension_label(l, *d)));
    let cell = |s: Option<&Stats>| {
        s.map_or_else(
            || "—".to_owned(),
            |s| format!("{:.0} ({:.0}–{:.0})", s.mean, s.min, s.max),
        )
    };
    let mut rows = vec![header];
    for p in &result.policies {
        let mut row = vec![l.get(p.policy.message_id()), cell(Some(&p.overall))];
        row.extend(Dimension::ALL.iter().map(|d| cell(p.dimensions.get(d))));
        rows.push(row);
    }
    let widths: Vec<usize> = (0..rows[0].len())
        .map(|i| rows.iter().map(|r| width(&r[i])).max().unwrap_or(0))
        .collect();
    let mut out = l.format(
        "playtest-heading",
        &[
            ("scenario", result.scenario.clone()),
            ("lang", result.language.clone()),
            ("runs", result.runs.to_string()),
        ],
    );
    out.push('\n');
    for row in rows {
        let line: Vec<String> = row.iter().zip(&widths).map(|(c, w)| pad(c, *w)).collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
    out.push_str(&l.get("playtest-legend"));
    out
}
