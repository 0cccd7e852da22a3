//! Past attempts, kept in the data folder so a trainee practising alone sees their progress.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::Mode;
use crate::files;

/// One finished exercise.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Attempt {
    /// Local date and time it finished, `YYYY-MM-DD HH:MM` (UTC).
    pub date: String,
    /// The scenario's id.
    pub scenario: String,
    /// The scenario's title in the interface language at the time.
    pub title: String,
    /// The trainee's name.
    pub trainee: String,
    /// The overall score.
    pub overall: f64,
    /// Practice or exam.
    pub mode: Mode,
}

fn path(dir: &Path) -> std::path::PathBuf {
    dir.join("attempts.ron")
}

/// Every recorded attempt, oldest first; an unreadable file reads as none.
pub fn read(dir: &Path) -> Vec<Attempt> {
    std::fs::read_to_string(path(dir))
        .ok()
        .and_then(|t| ron::from_str(&t).ok())
        .unwrap_or_default()
}

/// Records an attempt.
pub fn append(dir: &Path, attempt: Attempt) -> anyhow::Result<()> {
    let mut all = read(dir);
    all.push(attempt);
    let text = ron::ser::to_string_pretty(&all, ron::ser::PrettyConfig::default())?;
    files::write_atomic(&path(dir), text.as_bytes())
}

/// Now as `YYYY-MM-DD HH:MM` in UTC, without a date library.
pub fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (days, rem) = ((secs / 86_400) as i64, secs % 86_400);
    // Howard Hinnant's civil-from-days algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}",
        rem / 3600,
        (rem / 60) % 60
    )
}
