//! Writing a run's report files (HTML, JSON) and opening them: shared by `goldenhour run`,
//! `goldenhour report` and the GUI's debrief. The report crate builds and renders; this module
//! scores the run, supplies the clock, the date and the font, and writes the files atomically.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;
use goldenhour_l10n::Lang;
use goldenhour_report::{HtmlOptions, Report, ReportMeta};
use goldenhour_scenario::{Loaded, Scenario, TranslationSource};
use goldenhour_simlog::SimLog;

use crate::files::write_atomic;

/// The report's HTML file in the output folder.
pub const HTML_FILE: &str = "report.html";
/// The report's JSON file in the output folder.
pub const JSON_FILE: &str = "report.json";

/// The bundled CJK font (SIL OFL, assets/fonts/OFL.txt); the report embeds the glyphs it uses.
static CJK_FONT: &[u8] = include_bytes!("../assets/fonts/NotoSansSC-Subset.otf");

/// What [`write_all`] wrote.
#[derive(Debug)]
pub struct Written {
    /// The HTML file.
    pub html: PathBuf,
    /// The JSON file.
    pub json: PathBuf,
    /// The terminal summary.
    pub summary: String,
}

/// Scores the run and builds its report in `lang`, dated today.
pub fn build(
    scenario: &Scenario,
    log: &SimLog,
    lang: Lang,
    trainee: Option<&str>,
    real_duration: Option<Duration>,
) -> Report {
    let scores = goldenhour_scoring::score_run(&crate::scorer::shared(), scenario, log);
    let meta = ReportMeta {
        trainee: trainee.map(str::to_owned),
        date: today(),
        real_duration,
        lang,
    };
    goldenhour_report::build(scenario, log, &scores, &meta)
}

/// Renders and writes `report.html` and `report.json` into `out` (created if missing), each
/// atomically.
pub fn write_all(
    scenario: &Scenario,
    log: &SimLog,
    lang: Lang,
    trainee: Option<&str>,
    real_duration: Option<Duration>,
    out: &Path,
) -> Result<Written> {
    let report = build(scenario, log, lang, trainee, real_duration);
    let html = out.join(HTML_FILE);
    let json = out.join(JSON_FILE);
    let options = HtmlOptions {
        cjk_font: Some(CJK_FONT),
    };
    write_atomic(&json, report.to_json().as_bytes())?;
    write_atomic(&html, report.to_html(&options).as_bytes())?;
    Ok(Written {
        html,
        json,
        summary: report.to_text(),
    })
}

/// Writes the report files of `log` into `out`; returns the HTML file's path.
pub fn write_reports(
    scenario: &Scenario,
    log: &SimLog,
    lang: Lang,
    trainee: Option<&str>,
    real_duration: Duration,
    out: &Path,
) -> anyhow::Result<PathBuf> {
    write_all(scenario, log, lang, trainee, Some(real_duration), out).map(|w| w.html)
}

/// Rebuilds the scenario a log embeds (its source and translations), as it was played.
pub fn embedded_scenario(log: &SimLog) -> Loaded {
    let embedded = &log.scenario;
    let translations: Vec<TranslationSource> = embedded
        .translations
        .iter()
        .map(|(lang, text)| TranslationSource {
            lang: lang.clone(),
            name: format!("{lang}.ftl"),
            text: text.clone(),
        })
        .collect();
    let name = if embedded.file.is_empty() {
        "scenario.ron"
    } else {
        embedded.file.as_str()
    };
    goldenhour_scenario::load(name, embedded.source.as_bytes(), &translations)
}

/// Today's date (UTC), `YYYY-MM-DD`.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (H. Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Opens a file in the desktop's browser, without waiting for it.
pub fn open_in_browser(path: &Path) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    let _ = std::process::Command::new(opener)
        .arg(path)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn dates_from_day_counts() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(20_652), (2026, 7, 18));
    }
}
