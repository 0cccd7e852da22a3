//! File access for the hosts: scenario folders, translation files, responses. The core crates
//! take text; everything that touches the disk lives here.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use goldenhour_scenario::{LANGUAGES, Loaded, MAX_FILE_BYTES, TranslationSource};

/// The name a scenario file must have inside a scenario folder.
pub const SCENARIO_FILE: &str = "scenario.ron";

/// Reads a whole file, refusing files larger than the scenario limit before reading them.
pub fn read_capped(path: &Path) -> Result<Vec<u8>> {
    let meta = std::fs::metadata(path).with_context(|| path.display().to_string())?;
    if meta.len() > MAX_FILE_BYTES as u64 {
        // Let the loader produce its own size diagnostic without reading 50 MB.
        return Ok(vec![b' '; MAX_FILE_BYTES + 1]);
    }
    std::fs::read(path).with_context(|| path.display().to_string())
}

/// Finds scenario files: a file is taken as given; a folder is searched for `scenario.ron`
/// files at any depth, in sorted order.
pub fn find_scenarios(path: &Path) -> Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(path).with_context(|| path.display().to_string())?;
    if meta.is_file() {
        return Ok(vec![path.to_owned()]);
    }
    let mut found = Vec::new();
    let mut stack = vec![path.to_owned()];
    while let Some(dir) = stack.pop() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
            .with_context(|| dir.display().to_string())?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for entry in entries {
            if entry.is_dir() {
                stack.push(entry);
            } else if entry.file_name().is_some_and(|n| n == SCENARIO_FILE) {
                found.push(entry);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// A scenario file read from disk with its translations, ready for the loader.
pub struct ScenarioFiles {
    /// The scenario file's path as shown to the user.
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// Translation files found beside it (`zh-CN.ftl`, `en-US.ftl`).
    pub translations: Vec<TranslationSource>,
    /// Diagnostics from reading translation files (encoding, size).
    pub read_problems: Vec<goldenhour_scenario::Diagnostic>,
}

impl std::fmt::Debug for ScenarioFiles {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScenarioFiles")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

impl ScenarioFiles {
    /// Reads the scenario file and the translation files in its folder.
    pub fn read(path: &Path) -> Result<Self> {
        let bytes = read_capped(path)?;
        let mut translations = Vec::new();
        let mut read_problems = Vec::new();
        let dir = path.parent().unwrap_or(Path::new("."));
        for lang in LANGUAGES {
            let ftl = dir.join(format!("{lang}.ftl"));
            if !ftl.is_file() {
                continue;
            }
            let ftl_bytes = read_capped(&ftl)?;
            let name = ftl.display().to_string();
            match goldenhour_scenario::decode(&name, &ftl_bytes) {
                Ok(text) => translations.push(TranslationSource {
                    lang: lang.to_owned(),
                    name,
                    text,
                }),
                Err(d) => read_problems.push(*d),
            }
        }
        Ok(ScenarioFiles {
            name: path.display().to_string(),
            bytes,
            translations,
            read_problems,
        })
    }

    /// Validates the scenario; problems reading translation files come first.
    pub fn load(&self) -> Loaded {
        let mut loaded = goldenhour_scenario::load(&self.name, &self.bytes, &self.translations);
        if !self.read_problems.is_empty() {
            let mut all = self.read_problems.clone();
            all.append(&mut loaded.diagnostics);
            loaded.diagnostics = all;
            loaded.scenario = None;
        }
        loaded
    }

    /// The text of the file a diagnostic points into, for rendering its source line.
    pub fn source_of(&self, file: &str) -> String {
        if file == self.name {
            return String::from_utf8_lossy(&self.bytes).into_owned();
        }
        self.translations
            .iter()
            .find(|t| t.name == file)
            .map(|t| t.text.clone())
            .unwrap_or_default()
    }
}

/// Responses files in a scenario folder's `responses/` subfolder, sorted.
pub fn responses_beside(scenario: &Path) -> Vec<PathBuf> {
    let dir = scenario
        .parent()
        .unwrap_or(Path::new("."))
        .join("responses");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

/// Writes a file atomically: the bytes go to a temporary file in the same folder, which is
/// then renamed over the target, so a crash never leaves half a file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).with_context(|| dir.display().to_string())?;
    let name = path
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let write = || -> std::io::Result<()> {
        use std::io::Write as _;
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    };
    write().map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        anyhow::Error::new(e).context(path.display().to_string())
    })
}

impl ScenarioFiles {
    /// The scenario's files as a SimLog embeds them, so a saved run is self-contained. The file
    /// is named `folder/scenario.ron`, not by its full path, so the same scenario gives the same
    /// log wherever it is installed.
    pub fn embedded(&self, id: &str) -> goldenhour_simlog::EmbeddedScenario {
        let path = Path::new(&self.name);
        let short = match (path.parent().and_then(Path::file_name), path.file_name()) {
            (Some(dir), Some(file)) => {
                format!("{}/{}", dir.to_string_lossy(), file.to_string_lossy())
            }
            (None, Some(file)) => file.to_string_lossy().into_owned(),
            _ => self.name.clone(),
        };
        goldenhour_simlog::EmbeddedScenario {
            id: id.to_owned(),
            file: short,
            // The loader accepted these bytes, so they are UTF-8; strip a BOM as it does.
            source: String::from_utf8_lossy(&self.bytes)
                .trim_start_matches('\u{feff}')
                .to_owned(),
            translations: self
                .translations
                .iter()
                .map(|t| (t.lang.clone(), t.text.clone()))
                .collect(),
        }
    }
}
