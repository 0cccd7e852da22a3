//! `goldenhour report SIMLOG --out DIR [--lang L]`: re-renders the evaluation report of a saved
//! run. The log embeds the scenario it played, so nothing else is needed; the report is
//! scored with today's rules and written in the interface language (`--lang`).

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use goldenhour_l10n::Localizer;
use goldenhour_simlog::SimLog;

use super::{EXIT_CONTENT, EXIT_OK, localize_message};

/// Largest log accepted, in bytes: a six-hour run writes about 5 MB.
const MAX_LOG_BYTES: u64 = 256 * 1024 * 1024;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// A simlog.ron file.
    #[arg(value_name = "SIMLOG")]
    simlog: PathBuf,
    /// Folder to write report.html and report.json into.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// The trainee's name, if the log does not record it.
    #[arg(long, value_name = "NAME")]
    trainee: Option<String>,
}

pub fn localize(c: clap::Command, l: &Localizer) -> clap::Command {
    let options = l.get("cli-heading-options");
    c.about(l.get("cli-report-about"))
        .mut_arg("simlog", |a| {
            a.help(l.get("cli-report-arg-simlog"))
                .help_heading(l.get("cli-heading-arguments"))
        })
        .mut_arg("out", |a| {
            a.help(l.get("cli-report-arg-out"))
                .help_heading(options.clone())
        })
        .mut_arg("trainee", |a| {
            a.help(l.get("cli-report-arg-trainee"))
                .help_heading(options.clone())
        })
}

pub fn run(args: &Args, l: &Localizer) -> Result<u8> {
    let path = args.simlog.display().to_string();
    let bad = |error: String| {
        eprintln!(
            "{}",
            l.format(
                "cli-report-bad-simlog",
                &[("path", path.clone()), ("error", error)]
            )
        );
        Ok(EXIT_CONTENT)
    };
    let size = std::fs::metadata(&args.simlog)
        .with_context(|| path.clone())?
        .len();
    if size > MAX_LOG_BYTES {
        return bad(format!("{size} bytes"));
    }
    let bytes = std::fs::read(&args.simlog).with_context(|| path.clone())?;
    let Ok(text) = String::from_utf8(bytes) else {
        return bad("not UTF-8".to_owned());
    };
    let log = match SimLog::from_ron(&text) {
        Ok(log) => log,
        Err(e) => return bad(e.to_string()),
    };
    let loaded = crate::reporting::embedded_scenario(&log);
    let Some(scenario) = loaded.scenario else {
        let localize = |m: &goldenhour_scenario::Message| localize_message(l, m);
        for d in &loaded.diagnostics {
            eprint!("{}", d.render(&log.scenario.source, &localize));
        }
        eprintln!(
            "{}",
            l.format("cli-report-invalid-scenario", &[("path", path)])
        );
        return Ok(EXIT_CONTENT);
    };
    let trainee = log.trainee.clone().or_else(|| args.trainee.clone());
    let written = crate::reporting::write_all(
        &scenario,
        &log,
        l.lang(),
        trainee.as_deref(),
        None,
        &args.out,
    )?;
    // A closed pipe (`| head`) is no reason to fail once the files are written.
    let mut stdout = std::io::stdout();
    let _ = write!(stdout, "{}", written.summary);
    let _ = writeln!(
        stdout,
        "{}",
        l.format(
            "cli-report-wrote",
            &[
                ("html", written.html.display().to_string()),
                ("json", written.json.display().to_string()),
            ],
        )
    );
    Ok(EXIT_OK)
}
