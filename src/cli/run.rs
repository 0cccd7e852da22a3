//! `goldenhour run SCENARIO --responses FILE --seed N --out DIR`: plays a scenario headless
//! with the trainee's actions from a responses file and writes `DIR/simlog.ron`, the run's
//! complete record. The same scenario, responses and seed always write the same bytes.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result};
use goldenhour_l10n::Localizer;
use goldenhour_sim::SimPlugin;
use goldenhour_simlog::{LogKind, SimLog};

use super::{EXIT_CONTENT, EXIT_OK, localize_message};
use crate::files;

/// The file a run writes into its output folder.
pub const SIMLOG_FILE: &str = "simlog.ron";

#[derive(clap::Args, Debug)]
pub struct Args {
    /// A scenario.ron file, or the folder that holds it.
    #[arg(value_name = "SCENARIO")]
    scenario: PathBuf,
    /// The trainee's actions (a responses .ron file).
    #[arg(long, value_name = "FILE")]
    responses: PathBuf,
    /// Seed of the run's random generator.
    #[arg(long, value_name = "N", default_value_t = 0)]
    seed: u64,
    /// Folder to write simlog.ron into (created if missing).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// The trainee's name, recorded in the log.
    #[arg(long, value_name = "NAME")]
    trainee: Option<String>,
}

pub fn localize(c: clap::Command, l: &Localizer) -> clap::Command {
    let options = l.get("cli-heading-options");
    c.about(l.get("cli-run-about"))
        .mut_arg("scenario", |a| {
            a.help(l.get("cli-run-arg-scenario"))
                .help_heading(l.get("cli-heading-arguments"))
        })
        .mut_arg("responses", |a| {
            a.help(l.get("cli-run-arg-responses"))
                .help_heading(options.clone())
        })
        .mut_arg("seed", |a| {
            a.help(l.get("cli-run-arg-seed"))
                .help_heading(options.clone())
        })
        .mut_arg("out", |a| {
            a.help(l.get("cli-run-arg-out"))
                .help_heading(options.clone())
        })
        .mut_arg("trainee", |a| {
            a.help(l.get("cli-run-arg-trainee"))
                .help_heading(options.clone())
        })
}

pub fn run(args: &Args, l: &Localizer) -> Result<u8> {
    let localize = |m: &goldenhour_scenario::Message| localize_message(l, m);
    let Some((scenario, files)) = super::load_playable(&args.scenario, l)? else {
        return Ok(EXIT_CONTENT);
    };

    let name = args.responses.display().to_string();
    let bytes = files::read_capped(&args.responses)?;
    let (responses, diagnostics) = goldenhour_scenario::load_responses(&name, &bytes, &scenario);
    let source = String::from_utf8_lossy(&bytes);
    for d in &diagnostics {
        eprint!("{}", d.render(&source, &localize));
    }
    let Some(responses) = responses else {
        eprintln!(
            "{}",
            l.format("cli-run-invalid-responses", &[("path", name)])
        );
        return Ok(EXIT_CONTENT);
    };

    let embedded = files.embedded(&scenario.def().id);
    let setup = SimPlugin::new(Arc::new(scenario.clone()), args.seed, crate::scorer::load())
        .with_language(responses.language)
        .with_trainee(args.trainee.clone())
        .with_embedded(embedded)
        .with_script(responses.actions);
    let log = goldenhour_sim::play(setup);
    let text = log.to_ron().context("serialising the run's log")?;
    let out = args.out.join(SIMLOG_FILE);
    files::write_atomic(&out, text.as_bytes())?;
    // A closed pipe (`| head`) is no reason to fail a run whose log is already written.
    let _ = writeln!(std::io::stdout(), "{}", summary(&log, &scenario, &out, l));
    // The evaluation report beside the log, in the interface language (a headless run has no
    // real duration worth reporting).
    let report = crate::reporting::write_all(
        &scenario,
        &log,
        l.lang(),
        args.trainee.as_deref(),
        None,
        &args.out,
    )?;
    let _ = write!(std::io::stdout(), "{}", report.summary);
    let wrote = [
        ("html", report.html.display().to_string()),
        ("json", report.json.display().to_string()),
    ];
    let _ = writeln!(
        std::io::stdout(),
        "{}",
        l.format("cli-report-wrote", &wrote)
    );
    Ok(EXIT_OK)
}

/// A few lines on how the run went.
fn summary(
    log: &SimLog,
    scenario: &goldenhour_scenario::Scenario,
    out: &Path,
    l: &Localizer,
) -> String {
    let mut posts = 0usize;
    // A media inquiry's deadline is the reporter's; a public question's is the rubric's
    // reply target: the two are told apart.
    let (mut missed, mut late) = (0usize, 0usize);
    let (mut kept, mut broken) = (0usize, 0usize);
    for entry in &log.entries {
        match &entry.kind {
            LogKind::PublicPost(_) => posts += 1,
            LogKind::DeadlineMissed { event } => {
                let media = scenario.event(event).is_some_and(|e| {
                    matches!(e.kind, goldenhour_scenario::EventKind::MediaInquiry { .. })
                });
                if media {
                    missed += 1;
                } else {
                    late += 1;
                }
            }
            LogKind::PromiseSettled { kept: true, .. } => kept += 1,
            LogKind::PromiseSettled { kept: false, .. } => broken += 1,
            _ => {}
        }
    }
    let final_trust = log.samples.last().map_or(0.0, |s| s.trust);
    let peak_pressure = log.samples.iter().map(|s| s.pressure).fold(0.0, f64::max);
    let max_reach = log
        .samples
        .iter()
        .flat_map(|s| s.rumours.values())
        .copied()
        .fold(0.0, f64::max);
    l.format(
        "cli-run-summary",
        &[
            ("scenario", log.scenario.id.clone()),
            ("seed", log.seed.to_string()),
            ("actions", log.actions().count().to_string()),
            ("posts", posts.to_string()),
            ("trust", format!("{final_trust:.1}")),
            ("pressure", format!("{peak_pressure:.1}")),
            ("reach", format!("{:.1}", max_reach * 100.0)),
            ("missed", missed.to_string()),
            ("late", late.to_string()),
            ("kept", kept.to_string()),
            ("broken", broken.to_string()),
            ("path", out.display().to_string()),
        ],
    )
}
