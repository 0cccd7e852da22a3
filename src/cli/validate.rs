//! `goldenhour validate PATH...`: checks scenario files (and the responses files beside them)
//! and prints every problem with its line, column and a hint.

use std::path::PathBuf;

use anyhow::Result;
use goldenhour_l10n::Localizer;
use goldenhour_scenario::Severity;

use super::{EXIT_CONTENT, EXIT_OK, localize_message};
use crate::files::{self, ScenarioFiles};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Scenario files or folders to search for scenario.ron files.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

pub fn localize(c: clap::Command, l: &Localizer) -> clap::Command {
    c.about(l.get("cli-validate-about")).mut_arg("paths", |a| {
        a.help(l.get("cli-validate-arg-paths"))
            .help_heading(l.get("cli-heading-arguments"))
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
    for path in &args.paths {
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
