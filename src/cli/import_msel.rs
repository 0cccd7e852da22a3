//! `goldenhour import-msel FILE.csv --out FILE.ron`: turns a Master Scenario Events List, as
//! exercise-design tools export it, into a scenario that validates, for the author to refine.

use std::path::PathBuf;

use anyhow::{Context, Result};
use goldenhour_l10n::Localizer;
use goldenhour_scenario::authoring;

use super::{EXIT_CONTENT, EXIT_FAILURE, EXIT_OK, localize_message};
use crate::files;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The MSEL as UTF-8 CSV.
    #[arg(value_name = "FILE.csv")]
    csv: PathBuf,
    /// Where to write the scenario.
    #[arg(long, value_name = "FILE.ron")]
    out: PathBuf,
    /// Title of the scenario (default: the CSV file's name).
    #[arg(long)]
    title: Option<String>,
    /// Replace the output file if it exists.
    #[arg(long)]
    force: bool,
}

pub fn localize(c: clap::Command, l: &Localizer) -> clap::Command {
    let options = l.get("cli-heading-options");
    c.about(l.get("cli-import-about"))
        .mut_arg("csv", |a| {
            a.help(l.get("cli-import-arg-csv"))
                .help_heading(l.get("cli-heading-arguments"))
        })
        .mut_arg("out", |a| {
            a.help(l.get("cli-import-arg-out"))
                .help_heading(options.clone())
        })
        .mut_arg("title", |a| {
            a.help(l.get("cli-import-arg-title"))
                .help_heading(options.clone())
        })
        .mut_arg("force", |a| {
            a.help(l.get("cli-import-arg-force"))
                .help_heading(options.clone())
        })
}

pub fn run(args: &Args, l: &Localizer) -> Result<u8> {
    if args.out.exists() && !args.force {
        eprintln!(
            "{}",
            l.format(
                "cli-import-exists",
                &[("path", args.out.display().to_string())]
            )
        );
        return Ok(EXIT_FAILURE);
    }
    let bytes = files::read_capped(&args.csv)?;
    let name = args.csv.display().to_string();
    let text = match goldenhour_scenario::decode(&name, &bytes) {
        Ok(text) => text,
        Err(d) => {
            eprint!("{}", d.render("", &|m| localize_message(l, m)));
            return Ok(EXIT_CONTENT);
        }
    };
    let title = args.title.clone().unwrap_or_else(|| {
        args.csv
            .file_stem()
            .map_or_else(|| "msel".to_owned(), |s| s.to_string_lossy().into_owned())
    });
    let has_cjk = text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let lang = if has_cjk { "zh-CN" } else { "en-US" };
    let import = authoring::import_msel(&text, &title, lang);
    for problem in &import.problems {
        eprintln!(
            "{}",
            l.format(
                "cli-import-row",
                &[
                    ("file", name.clone()),
                    ("row", problem.row.to_string()),
                    ("message", localize_message(l, &problem.message)),
                ],
            )
        );
    }
    let Some(scenario) = import.scenario else {
        return Ok(EXIT_CONTENT);
    };
    // The output must validate; check it before writing, so a bug never leaves a broken file.
    let loaded =
        goldenhour_scenario::load(&args.out.display().to_string(), scenario.as_bytes(), &[]);
    for d in &loaded.diagnostics {
        eprint!("{}", d.render(&scenario, &|m| localize_message(l, m)));
    }
    files::write_atomic(&args.out, scenario.as_bytes()).context("writing the scenario")?;
    println!(
        "{}",
        l.format(
            "cli-import-written",
            &[
                ("path", args.out.display().to_string()),
                ("events", import.events.to_string()),
                ("skipped", import.problems.len().to_string()),
            ],
        )
    );
    Ok(if import.problems.is_empty() && !loaded.has_errors() {
        EXIT_OK
    } else {
        EXIT_CONTENT
    })
}
