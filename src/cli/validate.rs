//! `goldenhour validate PATH...`: checks scenario files (and the responses files beside them)
//! and prints every problem with its line, column and a hint.

use std::path::PathBuf;

use anyhow::{Context, Result};
use goldenhour_l10n::Localizer;
use goldenhour_scenario::Severity;

use super::{EXIT_CONTENT, EXIT_OK, localize_message};
use crate::files::{self, ScenarioFiles};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Scenario files or folders to search for scenario.ron files.
    #[arg(required_unless_present = "timeline", value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Write an HTML timeline of this scenario (src/timeline.rs) into `--out`.
    #[arg(long, value_name = "FILE", requires = "out")]
    timeline: Option<PathBuf>,
    /// Folder to write timeline.html into.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

pub fn localize(c: clap::Command, l: &Localizer) -> clap::Command {
    c.about(l.get("cli-validate-about"))
        .mut_arg("paths", |a| {
            a.help(l.get("cli-validate-arg-paths"))
                .help_heading(l.get("cli-heading-arguments"))
        })
        .mut_arg("timeline", |a| {
            a.help(l.get("timeline-arg-timeline"))
                .help_heading(l.get("cli-heading-options"))
        })
        .mut_arg("out", |a| {
            a.help(l.get("timeline-arg-out"))
                .help_heading(l.get("cli-heading-options"))
        })
}

/// Counts of what validation found.
#[derive(Default)]
struct Tally {
    files: usize,
    errors: usize,
    warnings: usize,
}

impl Tally {
    fn add(&mut self, diagnostics: &[goldenhour_scenario::Diagnostic]) {
        for d in diagnostics {
            match d.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
            }
        }
    }
}

pub fn run(args: &Args, l: &Localizer) -> Result<u8> {
    let localize = |m: &goldenhour_scenario::Message| localize_message(l, m);
    let mut tally = Tally::default();
    // The timeline's scenario is validated like the others, then drawn if it loads.
    let mut paths = args.paths.clone();
    paths.extend(args.timeline.clone());
    for path in &paths {
        let scenarios = files::find_scenarios(path)?;
        if scenarios.is_empty() {
            eprintln!(
                "{}",
                l.format(
                    "cli-validate-none-found",
                    &[("path", path.display().to_string())]
                )
            );
            tally.errors += 1;
        }
        for scenario_path in scenarios {
            tally.files += 1;
            let files = ScenarioFiles::read(&scenario_path)?;
            let loaded = files.load();
            tally.add(&loaded.diagnostics);
            for d in &loaded.diagnostics {
                eprint!("{}", d.render(&files.source_of(&d.file), &localize));
            }
            let Some(scenario) = loaded.scenario else {
                continue;
            };
            for responses_path in files::responses_beside(&scenario_path) {
                tally.files += 1;
                let name = responses_path.display().to_string();
                let bytes = files::read_capped(&responses_path)?;
                let (_, diagnostics) =
                    goldenhour_scenario::load_responses(&name, &bytes, &scenario);
                tally.add(&diagnostics);
                let source = String::from_utf8_lossy(&bytes);
                for d in &diagnostics {
                    eprint!("{}", d.render(&source, &localize));
                }
            }
        }
    }
    if let (Some(timeline), Some(out)) = (&args.timeline, &args.out) {
        let path = if timeline.is_dir() {
            timeline.join(files::SCENARIO_FILE)
        } else {
            timeline.clone()
        };
        let files = ScenarioFiles::read(&path)?;
        if let Some(scenario) = files.load().scenario {
            std::fs::create_dir_all(out).with_context(|| out.display().to_string())?;
            let target = out.join("timeline.html");
            std::fs::write(&target, crate::timeline::render(&scenario, l))
                .with_context(|| target.display().to_string())?;
            println!(
                "{}",
                l.format("timeline-wrote", &[("path", target.display().to_string())])
            );
        }
    }
    println!(
        "{}",
        l.format(
            "cli-validate-summary",
            &[
                ("files", tally.files.to_string()),
                ("errors", tally.errors.to_string()),
                ("warnings", tally.warnings.to_string()),
            ],
        )
    );
    Ok(if tally.errors > 0 {
        EXIT_CONTENT
    } else {
        EXIT_OK
    })
}
