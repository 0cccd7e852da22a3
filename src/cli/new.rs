//! `goldenhour new NAME`: writes a commented starter scenario, in the interface language,
//! that validates as it is, with a responses file so it can be run at once.

use std::path::PathBuf;

use anyhow::Result;
use goldenhour_l10n::Localizer;
use goldenhour_scenario::authoring;

use super::{EXIT_FAILURE, EXIT_OK};
use crate::files;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Folder to create; its name becomes the scenario's title and id.
    #[arg(value_name = "NAME")]
    name: PathBuf,
}

pub fn localize(c: clap::Command, l: &Localizer) -> clap::Command {
    c.about(l.get("cli-new-about")).mut_arg("name", |a| {
        a.help(l.get("cli-new-arg-name"))
            .help_heading(l.get("cli-heading-arguments"))
    })
}

pub fn run(args: &Args, l: &Localizer) -> Result<u8> {
    let scenario_path = args.name.join(files::SCENARIO_FILE);
    if scenario_path.exists() {
        eprintln!(
            "{}",
            l.format(
                "cli-new-exists",
                &[("path", scenario_path.display().to_string())]
            )
        );
        return Ok(EXIT_FAILURE);
    }
    let title = args.name.file_name().map_or_else(
        || "scenario".to_owned(),
        |n| n.to_string_lossy().into_owned(),
    );
    let lang = l.lang().tag();
    let dir = args.name.display().to_string();
    files::write_atomic(
        &scenario_path,
        authoring::starter(lang, &title, &dir).as_bytes(),
    )?;
    let responses = args.name.join("responses").join("example.ron");
    if !responses.exists() {
        files::write_atomic(
            &responses,
            authoring::starter_responses(lang, &title).as_bytes(),
        )?;
    }
    println!(
        "{}",
        l.format(
            "cli-new-created",
            &[("path", scenario_path.display().to_string()), ("dir", dir)],
        )
    );
    Ok(EXIT_OK)
}
