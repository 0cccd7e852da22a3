//! The desktop app's scripted mode, run for real: a window under Xvfb with software Vulkan,
//! the flood scenario's exemplary responses typed into it, a PNG of every screen. Each
//! screenshot must exist and show something (not a blank frame).

use std::path::{Path, PathBuf};
use std::process::Command;

/// Whether a command is on the PATH.
fn have(tool: &str) -> bool {
    Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {tool}"))
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Distinct colours in a PNG (sampled), as a measure of "something is drawn".
fn distinct_colours(path: &Path) -> usize {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let mut colours = std::collections::HashSet::new();
    for px in buf[..info.buffer_size()].chunks(channels).step_by(7) {
        colours.insert(px[..3.min(px.len())].to_vec());
    }
    colours.len()
}

fn play(lang: &str, responses: &str, name: &str) -> Option<Vec<PathBuf>> {
    if !have("xvfb-run") {
        assert!(
            std::env::var_os("CI").is_none(),
            "xvfb-run is missing: .ci/run must install xvfb, mesa-vulkan-drivers and libvulkan1"
        );
        eprintln!(
            "skipped: xvfb-run not found (apt-get install xvfb mesa-vulkan-drivers libvulkan1)"
        );
        return None;
    }
    let dir = std::env::temp_dir().join(format!("goldenhour-gui-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let shots = dir.join("shots");
    let out = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1366x860x24"])
        .arg(env!("CARGO_BIN_EXE_goldenhour"))
        .args([
            "--lang",
            lang,
            "play",
            "scenarios/flood",
            "--autoplay",
            responses,
            "--trainee",
            "Autoplay",
        ])
        .arg("--screenshots")
        .arg(&shots)
        .arg("--data-dir")
        .arg(dir.join("data"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("xvfb-run runs");
    let log = format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "scripted mode failed ({:?}):\n{log}",
        out.status
    );
    let mut files: Vec<PathBuf> = std::fs::read_dir(&shots)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    // The debrief's report button wrote the full report into the data folder.
    let reports: Vec<PathBuf> = std::fs::read_dir(dir.join("data/reports"))
        .expect("a reports folder")
        .map(|e| e.unwrap().path().join("report.html"))
        .collect();
    assert!(reports.len() == 1 && reports[0].is_file(), "{reports:?}");
    // The finished exercise is recorded for the Home screen, and its autosave is gone.
    let attempts =
        std::fs::read_to_string(dir.join("data/attempts.ron")).expect("attempts recorded");
    assert!(attempts.contains("scenario: \"flood\""), "{attempts}");
    assert!(
        !dir.join("data/autosave.ron").exists() && !dir.join("data/autosave-simlog.ron").exists()
    );
    Some(files)
}

fn check_screens(files: &[PathBuf]) {
    let names: Vec<String> = files
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for screen in ["home", "briefing", "exercise", "debrief"] {
        assert!(
            names.iter().any(|n| n.contains(screen)),
            "no {screen} screenshot among {names:?}"
        );
    }
    assert!(
        names.iter().filter(|n| n.contains("exercise")).count() >= 2,
        "{names:?}"
    );
    for f in files {
        let colours = distinct_colours(f);
        // A blank or single-colour frame has a handful of colours; a drawn screen with
        // anti-aliased text has hundreds.
        assert!(
            colours > 50,
            "{} looks blank ({colours} colours)",
            f.display()
        );
    }
}

#[test]
fn scripted_mode_plays_the_flood_in_english() {
    if let Some(files) = play(
        "en-US",
        "scenarios/flood/responses/exemplary.en-US.ron",
        "en",
    ) {
        check_screens(&files);
    }
}

#[test]
fn scripted_mode_plays_the_flood_in_chinese() {
    if let Some(files) = play(
        "zh-CN",
        "scenarios/flood/responses/exemplary.zh-CN.ron",
        "zh",
    ) {
        check_screens(&files);
    }
}
