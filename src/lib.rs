//! The `goldenhour` application as a library: the command-line host and the file access the
//! hosts share. `src/main.rs` is a thin wrapper, so integration tests can reach the same code.

pub mod cli;
pub mod files;
pub mod gui;
pub mod playtest;
pub mod reporting;
pub mod scorer;
pub mod timeline;
