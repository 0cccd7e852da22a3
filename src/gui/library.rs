//! The scenario library: every scenario under the scenarios folder, loaded in a background
//! thread so the first frame is never blocked, and reloaded when its files change so an
//! author sees their edit (or its diagnostics) without restarting.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant, SystemTime};

use bevy::prelude::*;
use goldenhour_scenario::{Diagnostic, Scenario, Severity};

use super::{AppSystems, Tr};
use crate::files::{self, ScenarioFiles};

/// One scenario of the library: usable, or its diagnostics.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The scenario file.
    pub path: PathBuf,
    /// The validated scenario, when it has no errors.
    pub scenario: Option<Arc<Scenario>>,
    /// Its diagnostics, errors and warnings.
    pub diagnostics: Vec<Diagnostic>,
    /// The files it was read from, to render diagnostics against.
    files: Arc<ScenarioFiles>,
    /// Newest modification time of its files, to notice edits.
    stamp: Option<SystemTime>,
}

impl Entry {
    /// Number of errors.
    pub fn errors(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    /// The diagnostics rendered in the interface language, as `goldenhour validate` prints them.
    pub fn problems(&self, tr: &Tr) -> Vec<String> {
        self.diagnostics
            .iter()
            .map(|d| {
                d.render(&self.files.source_of(&d.file), &|m| {
                    tr.0.format(m.id, &m.args)
                })
            })
            .collect()
    }
}

/// The library, as far as it has loaded.
#[derive(Resource, Default)]
pub struct Library {
    /// Scenarios, sorted by path.
    pub entries: Vec<Entry>,
    /// Whether the first load has finished.
    pub loaded: bool,
    /// A problem reading the folder itself.
    pub error: Option<String>,
}

#[derive(Resource)]
struct Loader {
    dir: PathBuf,
    inbox: Mutex<mpsc::Receiver<LoadResult>>,
    outbox: mpsc::Sender<LoadResult>,
    last_check: Instant,
}

type LoadResult = Result<Vec<(PathBuf, Option<SystemTime>, ScenarioFiles)>, String>;

pub(super) fn plugin(dir: PathBuf) -> impl Fn(&mut App) {
    move |app: &mut App| {
        let (outbox, inbox) = mpsc::channel();
        app.insert_resource(Loader {
            dir: dir.clone(),
            inbox: Mutex::new(inbox),
            outbox,
            last_check: Instant::now(),
        })
        .init_resource::<Library>()
        .add_systems(Startup, start_loading)
        .add_systems(
            Update,
            (receive_library, reload_changed_scenarios).in_set(AppSystems::Update),
        );
    }
}

/// The newest modification time among a scenario file and the translation files beside it.
fn stamp(path: &Path) -> Option<SystemTime> {
    let dir = path.parent()?;
    std::iter::once(path.to_owned())
        .chain(
            goldenhour_scenario::LANGUAGES
                .iter()
                .map(|l| dir.join(format!("{l}.ftl"))),
        )
        .filter_map(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
        .max()
}

/// Reads the given scenarios (or all under `dir`) on a background thread.
fn spawn_read(dir: PathBuf, only: Option<Vec<PathBuf>>, outbox: mpsc::Sender<LoadResult>) {
    std::thread::spawn(move || {
        let result = (|| {
            let paths = match only {
                Some(paths) => paths,
                None => files::find_scenarios(&dir).map_err(|e| format!("{e:#}"))?,
            };
            let mut out = Vec::new();
            for path in paths {
                let stamp = stamp(&path);
                // A file that vanished between listing and reading is simply skipped.
                if let Ok(files) = ScenarioFiles::read(&path) {
                    out.push((path, stamp, files));
                }
            }
            Ok(out)
        })();
        let _ = outbox.send(result);
    });
}

fn start_loading(loader: Res<Loader>) {
    spawn_read(loader.dir.clone(), None, loader.outbox.clone());
}

fn receive_library(loader: Res<Loader>, mut library: ResMut<Library>) {
    let Ok(inbox) = loader.inbox.lock() else {
        return;
    };
    while let Ok(result) = inbox.try_recv() {
        library.loaded = true;
        let read = match result {
            Ok(read) => read,
            Err(e) => {
                library.error = Some(e);
                continue;
            }
        };
        for (path, stamp, files) in read {
            let loaded = files.load();
            let entry = Entry {
                diagnostics: loaded.diagnostics,
                files: Arc::new(files),
                scenario: loaded.scenario.map(Arc::new),
                path: path.clone(),
                stamp,
            };
            match library.entries.iter_mut().find(|e| e.path == path) {
                Some(existing) => *existing = entry,
                None => {
                    library.entries.push(entry);
                    library.entries.sort_by(|a, b| a.path.cmp(&b.path));
                }
            }
        }
    }
}

/// Once a second, looks for edited scenario files and reloads them in the background.
fn reload_changed_scenarios(mut loader: ResMut<Loader>, library: Res<Library>) {
    if loader.last_check.elapsed() < Duration::from_secs(1) || !library.loaded {
        return;
    }
    loader.last_check = Instant::now();
    let changed: Vec<PathBuf> = library
        .entries
        .iter()
        .filter(|e| stamp(&e.path) != e.stamp)
        .map(|e| e.path.clone())
        .collect();
    if !changed.is_empty() {
        spawn_read(loader.dir.clone(), Some(changed), loader.outbox.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait_for(app: &mut App, what: &str, done: impl Fn(&Library) -> bool) {
        let started = Instant::now();
        while !done(app.world().resource::<Library>()) {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "timed out waiting for {what}"
            );
            std::thread::sleep(Duration::from_millis(20));
            app.update();
        }
    }

    /// An author edits a scenario while the app is open: the library picks the edit up, shows
    /// the diagnostics instead of crashing, and recovers when the file is fixed.
    #[test]
    fn edited_scenarios_reload_with_their_diagnostics() {
        let dir = std::env::temp_dir().join(format!("goldenhour-library-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("drill")).unwrap();
        let good = goldenhour_scenario::authoring::starter("en-US", "Drill", "drill");
        let file = dir.join("drill/scenario.ron");
        std::fs::write(&file, &good).unwrap();

        let mut app = App::new();
        app.add_plugins(MinimalPlugins)
            .add_plugins(plugin(dir.clone()));
        wait_for(&mut app, "the first load", |l| {
            l.loaded && l.entries.len() == 1
        });
        assert!(
            app.world().resource::<Library>().entries[0]
                .scenario
                .is_some()
        );

        // Modification times can be coarse: make sure the edit is seen as newer.
        std::thread::sleep(Duration::from_millis(1100));
        std::fs::write(
            &file,
            good.replacen("actor: \"resident\"", "actor: \"residnet\"", 1),
        )
        .unwrap();
        wait_for(&mut app, "the broken reload", |l| {
            l.entries[0].scenario.is_none()
        });
        let entry = &app.world().resource::<Library>().entries[0];
        assert_eq!(entry.errors(), 1);
        assert_eq!(entry.diagnostics[0].message.id, "diag-unknown-reference");

        std::thread::sleep(Duration::from_millis(1100));
        std::fs::write(&file, &good).unwrap();
        wait_for(&mut app, "the fixed reload", |l| {
            l.entries[0].scenario.is_some()
        });
        let _ = std::fs::remove_dir_all(&dir);
    }
}
