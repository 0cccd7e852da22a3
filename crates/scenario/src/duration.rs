//! Simulated durations and offsets, written the way people write them ("1h30m", "45m", "90s").

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A span of simulated time, or an offset from the scenario's start, in whole seconds.
///
/// Written in scenario files as a string of number-unit pairs: `"2h"`, `"1h30m"`, `"45m"`, `"90s"`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SimDuration(u32);

/// The longest duration a scenario may express: 30 days, far beyond any exercise.
const MAX_SECONDS: u64 = 30 * 24 * 3600;

impl SimDuration {
    /// Zero seconds.
    pub const ZERO: SimDuration = SimDuration(0);

    /// A duration of `seconds` seconds.
    pub const fn from_secs(seconds: u32) -> Self {
        SimDuration(seconds)
    }

    /// A duration of `minutes` minutes.
    pub const fn from_mins(minutes: u32) -> Self {
        SimDuration(minutes * 60)
    }

    /// The duration in seconds.
    pub const fn as_secs(self) -> u32 {
        self.0
    }

    /// The duration in (possibly fractional) minutes.
    pub fn as_mins_f64(self) -> f64 {
        f64::from(self.0) / 60.0
    }

    /// Parses `"1h30m"`, `"45m"`, `"90s"`, `"0m"`. Whitespace between pairs is allowed.
    pub fn parse(text: &str) -> Result<Self, DurationError> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(DurationError::Empty);
        }
        let mut total: u64 = 0;
        let mut number: Option<u64> = None;
        let mut last_unit_rank = 0u8;
        for ch in trimmed.chars() {
            match ch {
                '0'..='9' => {
                    let digit = u64::from(ch as u8 - b'0');
                    let value = number.unwrap_or(0).saturating_mul(10).saturating_add(digit);
                    number = Some(value);
                }
                'h' | 'm' | 's' => {
                    let Some(value) = number.take() else {
                        return Err(DurationError::UnitWithoutNumber(ch));
                    };
                    let (rank, scale) = match ch {
                        'h' => (3, 3600),
                        'm' => (2, 60),
                        _ => (1, 1),
                    };
                    if last_unit_rank != 0 && rank >= last_unit_rank {
                        return Err(DurationError::UnitOrder);
                    }
                    last_unit_rank = rank;
                    total = total.saturating_add(value.saturating_mul(scale));
                }
                ' ' => {}
                other => return Err(DurationError::BadChar(other)),
            }
        }
        if number.is_some() {
            return Err(DurationError::MissingUnit);
        }
        if total > MAX_SECONDS {
            return Err(DurationError::TooLong);
        }
        Ok(SimDuration(total as u32))
    }
}

impl fmt::Display for SimDuration {
    /// Formats in the same notation the parser reads: `1h30m`, `45m`, `90s` becomes `1m30s`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (h, m, s) = (self.0 / 3600, (self.0 / 60) % 60, self.0 % 60);
        if self.0 == 0 {
            return write!(f, "0m");
        }
        if h > 0 {
            write!(f, "{h}h")?;
        }
        if m > 0 {
            write!(f, "{m}m")?;
        }
        if s > 0 {
            write!(f, "{s}s")?;
        }
        Ok(())
    }
}

/// Why a duration string could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DurationError {
    /// The string was empty.
    #[error("empty duration; write it like \"1h30m\", \"45m\" or \"90s\"")]
    Empty,
    /// A unit letter came without a number before it.
    #[error("unit `{0}` has no number before it; write it like \"45m\"")]
    UnitWithoutNumber(char),
    /// A number came without a unit after it.
    #[error("number without a unit; add h, m or s, like \"45m\"")]
    MissingUnit,
    /// Units out of order or repeated, like "30m1h".
    #[error("units must go from hours to seconds, each once, like \"1h30m\"")]
    UnitOrder,
    /// A character that is neither a digit nor a unit.
    #[error("unexpected character `{0}` in duration; write it like \"1h30m\", \"45m\" or \"90s\"")]
    BadChar(char),
    /// Longer than any exercise.
    #[error("duration is longer than 30 days")]
    TooLong,
}

impl Serialize for SimDuration {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SimDuration {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        SimDuration::parse(&text).map_err(|_| {
            serde::de::Error::custom(format_args!("{}{text}", crate::DURATION_ERROR_PREFIX))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: Result<u32, DurationError>) {
        assert_eq!(
            SimDuration::parse(input).map(SimDuration::as_secs),
            expect,
            "{input:?}"
        );
    }

    #[test]
    fn parses_what_people_write() {
        check("1h30m", Ok(5400));
        check("45m", Ok(2700));
        check("90s", Ok(90));
        check("2h 5m", Ok(7500));
        check("0m", Ok(0));
        check("", Err(DurationError::Empty));
        check("45", Err(DurationError::MissingUnit));
        check("m", Err(DurationError::UnitWithoutNumber('m')));
        check("30m1h", Err(DurationError::UnitOrder));
        check("1h1h", Err(DurationError::UnitOrder));
        check("1.5h", Err(DurationError::BadChar('.')));
        check("99999999999999999999h", Err(DurationError::TooLong));
    }

    #[test]
    fn display_round_trips() {
        for secs in [0, 59, 60, 61, 3600, 5400, 3661, 86_399] {
            let d = SimDuration::from_secs(secs);
            assert_eq!(SimDuration::parse(&d.to_string()), Ok(d));
        }
    }
}
