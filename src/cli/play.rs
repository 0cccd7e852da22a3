//! `goldenhour play [SCENARIO]`: opens the desktop app on the scenario library. With
//! `--autoplay RESPONSES --screenshots DIR` it plays the responses through the real window and
//! saves a PNG of each screen, for tests and demos.

use std::path::{Path, PathBuf};

use anyhow::Result;
use goldenhour_l10n::Localizer;

use super::{EXIT_CONTENT, EXIT_FAILURE, localize_message};
use crate::files::{self, ScenarioFiles};
use crate::gui::{self, AutoplayOptions, GuiOptions};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// A scenario folder or file to open with; by default the bundled `scenarios/` folder.
    #[arg(value_name = "SCENARIO")]
    scenario: Option<PathBuf>,
    /// Play this responses file through the window, then exit (needs --screenshots).
    #[arg(long, value_name = "RESPONSES", requires = "screenshots")]
    autoplay: Option<PathBuf>,
    /// Folder for the scripted mode's screenshots.
    #[arg(long, value_name = "DIR", requires = "autoplay")]
    screenshots: Option<PathBuf>,
    /// Seed of the scripted run.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The trainee's name in the scripted run.
    #[arg(long, default_value = "")]
    trainee: String,
    /// Longest post the compose box accepts, in characters.
    #[arg(long, default_value_t = 2000)]
    char_limit: usize,
    /// Where autosaves, past attempts and reports go (default: the user's data folder).
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Exit as soon as the Home screen is ready, printing the start-up time (for
    /// docs/performance.md).
    #[arg(long, hide = true)]
    exit_when_ready: bool,
}

pub fn localize(c: clap::Command, l: &Localizer) -> clap::Command {
    let options = l.get("cli-heading-options");
    c.about(l.get("cli-play-about"))
        .mut_arg("scenario", |a| {
            a.help(l.get("cli-play-arg-scenario"))
                .help_heading(l.get("cli-heading-arguments"))
        })
        .mut_arg("autoplay", |a| {
            a.help(l.get("cli-play-arg-autoplay"))
                .help_heading(options.clone())
        })
        .mut_arg("screenshots", |a| {
            a.help(l.get("cli-play-arg-screenshots"))
                .help_heading(options.clone())
        })
        .mut_arg("seed", |a| {
            a.help(l.get("cli-play-arg-seed"))
                .help_heading(options.clone())
        })
        .mut_arg("trainee", |a| {
            a.help(l.get("cli-play-arg-trainee"))
                .help_heading(options.clone())
        })
        .mut_arg("char_limit", |a| {
            a.help(l.get("cli-play-arg-char-limit"))
                .help_heading(options.clone())
        })
        .mut_arg("data_dir", |a| {
            a.help(l.get("cli-play-arg-data-dir"))
                .help_heading(options.clone())
        })
}

/// The user's data folder: `$XDG_DATA_HOME/goldenhour`, else `~/.local/share/goldenhour`.
fn default_data_dir() -> PathBuf {
    std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".local/share")))
        .unwrap_or_else(std::env::temp_dir)
        .join("goldenhour")
}

pub fn run(args: &Args, l: &Localizer) -> Result<u8> {
    let library = args
        .scenario
        .clone()
        .unwrap_or_else(|| PathBuf::from("scenarios"));
    let data_dir = args.data_dir.clone().unwrap_or_else(default_data_dir);
    std::fs::create_dir_all(&data_dir)?;
    let autoplay = match (&args.autoplay, &args.screenshots) {
        (Some(responses_path), Some(shots)) => {
            // The scripted mode plays one scenario: the given file, or the only one in the folder.
            let scenarios = files::find_scenarios(&library)?;
            let [scenario_path] = scenarios.as_slice() else {
                eprintln!(
                    "{}",
                    l.format(
                        "cli-play-one-scenario",
                        &[
                            ("path", library.display().to_string()),
                            ("count", scenarios.len().to_string())
                        ]
                    )
                );
                return Ok(EXIT_CONTENT);
            };
            let loaded = ScenarioFiles::read(scenario_path)?.load();
            let Some(scenario) = loaded.scenario else {
                eprintln!(
                    "{}",
                    l.format(
                        "cli-play-scenario-errors",
                        &[("path", scenario_path.display().to_string())]
                    )
                );
                return Ok(EXIT_CONTENT);
            };
            let bytes = files::read_capped(responses_path)?;
            let name = responses_path.display().to_string();
            let (responses, diagnostics) =
                goldenhour_scenario::load_responses(&name, &bytes, &scenario);
            let source = String::from_utf8_lossy(&bytes);
            for d in &diagnostics {
                eprint!("{}", d.render(&source, &|m| localize_message(l, m)));
            }
            let Some(responses) = responses else {
                return Ok(EXIT_CONTENT);
            };
            std::fs::create_dir_all(shots)?;
            Some(AutoplayOptions {
                scenario: scenario_path.clone(),
                responses,
                screenshots: shots.clone(),
                seed: args.seed,
                trainee: args.trainee.clone(),
            })
        }
        _ => None,
    };
    let code = gui::run(GuiOptions {
        scenarios: library,
        lang: l.lang(),
        data_dir,
        autoplay,
        char_limit: args.char_limit.max(1),
        exit_when_ready: args.exit_when_ready,
    });
    Ok(if code == 0 { 0 } else { EXIT_FAILURE })
}
