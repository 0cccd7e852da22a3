//! The one integration-test binary (one link instead of many). Each module tests one feature
//! through its public surface: the CLI, the loader, the locales, the bundled content.

mod bundled;
mod cli;
mod diagnostics;
mod gui;
mod l10n;
mod loader_props;
mod playtest;
mod report;
mod run;
mod scoring;
