//! The command line: argument parsing with localised help, and dispatch to one module per
//! command.

mod import_msel;
mod new;
mod play;
mod playtest;
mod report;
mod run;
mod score;
mod validate;

use std::process::ExitCode;

use clap::{ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand};
use goldenhour_l10n::{Lang, Localizer};

/// Exit code for success.
pub const EXIT_OK: u8 = 0;
/// Exit code for problems in the user's content: scenario errors, bad responses files.
pub const EXIT_CONTENT: u8 = 1;
/// Exit code for I/O and runtime failures.
pub const EXIT_FAILURE: u8 = 2;

#[derive(Parser, Debug)]
#[command(
    name = "goldenhour",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
struct Cli {
    /// Interface language (zh-CN or en-US); defaults to the system locale.
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,
    #[arg(short = 'h', long = "help", action = ArgAction::Help, global = true)]
    help: Option<bool>,
    #[arg(short = 'V', long = "version", action = ArgAction::Version)]
    version: Option<bool>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    Validate(validate::Args),
    New(new::Args),
    ImportMsel(import_msel::Args),
    Play(play::Args),
    Playtest(playtest::Args),
    Run(run::Args),
    Score(score::Args),
    Report(report::Args),
}

/// The interface language: `--lang` if given (looked for before full parsing, so that help
/// and errors are already localised), else the system locale.
fn choose_lang() -> Lang {
    let args: Vec<String> = std::env::args().collect();
    let explicit = args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--lang=")
            .map(str::to_owned)
            .or_else(|| (a == "--lang").then(|| args.get(i + 1).cloned()).flatten())
    });
    match explicit {
        Some(tag) => goldenhour_l10n::negotiate(&tag),
        None => sys_locale::get_locale().map_or(Lang::EnUs, |l| goldenhour_l10n::negotiate(&l)),
    }
}

/// The clap command with every user-visible string taken from Fluent.
fn localized_command(l: &Localizer) -> clap::Command {
    let options = l.get("cli-heading-options");
    Cli::command()
        .about(l.get("cli-about"))
        .after_help(l.get("cli-exit-codes"))
        .help_template(l.get("cli-help-template"))
        .subcommand_help_heading(l.get("cli-heading-commands"))
        .subcommand_value_name(l.get("cli-value-command"))
        .mut_arg("lang", |a| {
            a.help(l.get("cli-arg-lang")).help_heading(options.clone())
        })
        .mut_arg("help", |a| {
            a.help(l.get("cli-arg-help")).help_heading(options.clone())
        })
        .mut_arg("version", |a| {
            a.help(l.get("cli-arg-version"))
                .help_heading(options.clone())
        })
        .mut_subcommand("validate", |c| {
            validate::localize(c, l).help_template(l.get("cli-help-template"))
        })
        .mut_subcommand("new", |c| {
            new::localize(c, l).help_template(l.get("cli-help-template"))
        })
        .mut_subcommand("import-msel", |c| {
            import_msel::localize(c, l).help_template(l.get("cli-help-template"))
        })
        .mut_subcommand("play", |c| {
            play::localize(c, l).help_template(l.get("cli-help-template"))
        })
        .mut_subcommand("playtest", |c| {
            playtest::localize(c, l).help_template(l.get("cli-help-template"))
        })
        .mut_subcommand("run", |c| {
            run::localize(c, l).help_template(l.get("cli-help-template"))
        })
        .mut_subcommand("score", |c| {
            score::localize(c, l).help_template(l.get("cli-help-template"))
        })
        .mut_subcommand("report", |c| {
            report::localize(c, l).help_template(l.get("cli-help-template"))
        })
}

/// Parses the command line and runs the command; returns the process exit code.
pub fn main() -> ExitCode {
    let lang = choose_lang();
    let l = Localizer::new(lang);
    let matches = match localized_command(&l).try_get_matches() {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                EXIT_FAILURE
            } else {
                EXIT_OK
            });
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(EXIT_FAILURE);
        }
    };
    let result = match cli.command {
        Command::Validate(args) => validate::run(&args, &l),
        Command::New(args) => new::run(&args, &l),
        Command::ImportMsel(args) => import_msel::run(&args, &l),
        Command::Play(args) => play::run(&args, &l),
        Command::Playtest(args) => playtest::run(&args, &l),
        Command::Run(args) => run::run(&args, &l),
        Command::Score(args) => score::run(&args, &l, cli.lang.as_deref()),
        Command::Report(args) => report::run(&args, &l),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!(
                "{}",
                l.format("cli-failure", &[("error", format!("{e:#}"))])
            );
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

/// Renders a diagnostic's message through the localizer.
pub fn localize_message(l: &Localizer, m: &goldenhour_scenario::Message) -> String {
    l.format(m.id, &m.args)
}

/// Reads the scenario a command plays (a `scenario.ron` or its folder) and validates it.
/// Errors are printed (warnings are `validate`'s business); `None` means the scenario cannot
/// be played and the command should exit with [`EXIT_CONTENT`].
pub fn load_playable(
    path: &std::path::Path,
    l: &Localizer,
) -> anyhow::Result<Option<(goldenhour_scenario::Scenario, crate::files::ScenarioFiles)>> {
    let path = if path.is_dir() {
        path.join(crate::files::SCENARIO_FILE)
    } else {
        path.to_owned()
    };
    let files = crate::files::ScenarioFiles::read(&path)?;
    let loaded = files.load();
    for d in loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == goldenhour_scenario::Severity::Error)
    {
        eprint!(
            "{}",
            d.render(&files.source_of(&d.file), &|m| localize_message(l, m))
        );
    }
    match loaded.scenario {
        Some(scenario) => Ok(Some((scenario, files))),
        None => {
            eprintln!(
                "{}",
                l.format("cli-run-invalid-scenario", &[("path", files.name.clone())])
            );
            Ok(None)
        }
    }
}
