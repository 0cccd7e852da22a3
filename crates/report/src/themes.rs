//! How findings become strengths or areas for improvement, and which improvement-plan theme
//! (a corrective action) each rule belongs to.

use goldenhour_scenario::Dimension;

/// A theme of the improvement plan: one corrective action for a family of rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Theme {
    FirstResponse,
    Media,
    Rumours,
    Promises,
    Interaction,
    Disclosure,
    Empathy,
    Apology,
    Defensive,
    PlainLanguage,
    Authority,
    Privacy,
    Service,
    Cerc,
}

impl Theme {
    /// Every theme, in declaration order.
    pub(crate) const ALL: [Theme; 14] = [
        Theme::FirstResponse,
        Theme::Media,
        Theme::Rumours,
        Theme::Promises,
        Theme::Interaction,
        Theme::Disclosure,
        Theme::Empathy,
        Theme::Apology,
        Theme::Defensive,
        Theme::PlainLanguage,
        Theme::Authority,
        Theme::Privacy,
        Theme::Service,
        Theme::Cerc,
    ];

    /// Stable id used in the JSON.
    pub(crate) fn id(self) -> &'static str {
        match self {
            Theme::FirstResponse => "first_response",
            Theme::Media => "media",
            Theme::Rumours => "rumours",
            Theme::Promises => "promises",
            Theme::Interaction => "interaction",
            Theme::Disclosure => "disclosure",
            Theme::Empathy => "empathy",
            Theme::Apology => "apology",
            Theme::Defensive => "defensive",
            Theme::PlainLanguage => "plain_language",
            Theme::Authority => "authority",
            Theme::Privacy => "privacy",
            Theme::Service => "service",
            Theme::Cerc => "cerc",
        }
    }

    /// The quality the theme is about, where it is about one: "tell people what to do" is
    /// service, though a hotline also counts towards transparency.
    pub(crate) fn dimension(self) -> Option<Dimension> {
        match self {
            Theme::FirstResponse | Theme::Media => Some(Dimension::Speed),
            Theme::Interaction => Some(Dimension::Interaction),
            Theme::Disclosure | Theme::Cerc => Some(Dimension::Transparency),
            Theme::Empathy | Theme::Apology | Theme::Defensive | Theme::PlainLanguage => {
                Some(Dimension::Tone)
            }
            Theme::Authority => Some(Dimension::Authority),
            Theme::Service => Some(Dimension::Service),
            Theme::Rumours | Theme::Promises | Theme::Privacy => None,
        }
    }

    /// Message ids of the area's heading and of its corrective action.
    pub(crate) fn messages(self) -> (&'static str, &'static str) {
        match self {
            Theme::FirstResponse => (
                "report-theme-first-response",
                "report-action-first-response",
            ),
            Theme::Media => ("report-theme-media", "report-action-media"),
            Theme::Rumours => ("report-theme-rumours", "report-action-rumours"),
            Theme::Promises => ("report-theme-promises", "report-action-promises"),
            Theme::Interaction => ("report-theme-interaction", "report-action-interaction"),
            Theme::Disclosure => ("report-theme-disclosure", "report-action-disclosure"),
            Theme::Empathy => ("report-theme-empathy", "report-action-empathy"),
            Theme::Apology => ("report-theme-apology", "report-action-apology"),
            Theme::Defensive => ("report-theme-defensive", "report-action-defensive"),
            Theme::PlainLanguage => (
                "report-theme-plain-language",
                "report-action-plain-language",
            ),
            Theme::Authority => ("report-theme-authority", "report-action-authority"),
            Theme::Privacy => ("report-theme-privacy", "report-action-privacy"),
            Theme::Service => ("report-theme-service", "report-action-service"),
            Theme::Cerc => ("report-theme-cerc", "report-action-cerc"),
        }
    }

    /// The theme of a rule; rules added later fall back to their dimension's theme.
    pub(crate) fn of(rule: &str, dimension: Dimension) -> Theme {
        match rule {
            "speed.first-response"
            | "speed.no-response"
            | "speed.no-statement"
            | "run.no-posts" => Theme::FirstResponse,
            "speed.inquiry" | "speed.inquiry-missed" => Theme::Media,
            "speed.rumour"
            | "speed.rumour-replied"
            | "speed.rumour-uncorrected"
            | "tone.denial"
            | "tone.threat"
            | "tone.threat-backed"
            | "tone.threat-main"
            | "authority.bare-denial" => Theme::Rumours,
            "speed.promise-kept"
            | "speed.promise-broken"
            | "transparency.broken-promise"
            | "transparency.next-update"
            | "transparency.vague-promise"
            | "transparency.missing-next-update" => Theme::Promises,
            "interaction.answered" | "interaction.unanswered" | "interaction.big-accounts-only" => {
                Theme::Interaction
            }
            "transparency.withheld" | "transparency.late-disclosure" => Theme::Disclosure,
            "tone.empathy" | "tone.no-empathy" | "tone.cold" | "tone.apology" => Theme::Empathy,
            "tone.blame" | "tone.condescension" | "tone.lecturing" | "tone.excuse" => {
                Theme::Defensive
            }
            "tone.no-apology" | "tone.late-apology" => Theme::Apology,
            "tone.officialese"
            | "tone.officialese-backed"
            | "tone.boilerplate"
            | "tone.long-sentence"
            | "tone.forbidden"
            | "transparency.boilerplate"
            | "transparency.shield" => Theme::PlainLanguage,
            "transparency.leak-private"
            | "transparency.personal-data"
            | "transparency.privacy-breach"
            | "tone.personal-data"
            | "tone.privacy-breach" => Theme::Privacy,
            "transparency.help"
            | "transparency.missing-help"
            | "service.guidance"
            | "service.phone"
            | "service.help"
            | "service.place"
            | "service.warning"
            | "service.missing-guidance"
            | "service.missing-help" => Theme::Service,
            "post.empty"
            | "transparency.facts"
            | "transparency.unknowns"
            | "transparency.actions"
            | "transparency.commitment"
            | "transparency.missing-facts"
            | "transparency.missing-unknowns"
            | "transparency.missing-actions" => Theme::Cerc,
            _ => match dimension {
                Dimension::Speed => Theme::FirstResponse,
                Dimension::Tone => Theme::PlainLanguage,
                Dimension::Transparency => Theme::Cerc,
                Dimension::Authority => Theme::Authority,
                Dimension::Service => Theme::Service,
                Dimension::Interaction => Theme::Interaction,
            },
        }
    }
}

/// Timing rules that score a moment: no loss of points means the deadline or target was met,
/// which is a strength; a loss is an area for improvement.
const TIMING_RULES: &[&str] = &[
    "speed.first-response",
    "speed.inquiry",
    "speed.rumour",
    "speed.promise-kept",
    "interaction.answered",
];

/// Rules that give some credit for a half-done job and whose message says how to finish it
/// ("Promises updates without a time: … Give a time"): areas for improvement, not strengths.
const PARTIAL_CREDIT: &[&str] = &["transparency.vague-promise"];

/// Whether a finding evidences a strength (true) or an area for improvement (false).
///
/// A partial-credit rule is an area. Otherwise a finding that adds points is a strength and one that takes points an area. A finding
/// worth nothing is either a positive rule whose cap was reached (still a strength), a timing
/// rule that was met on time (a strength) or advice on something missing (an area).
pub(crate) fn is_strength(rule: &str, effect: f64) -> bool {
    if PARTIAL_CREDIT.contains(&rule) {
        return false;
    }
    if effect > 0.05 {
        return true;
    }
    if effect < -0.05 {
        return false;
    }
    if TIMING_RULES.contains(&rule) {
        return true;
    }
    goldenhour_scoring::rule_by_id(rule).is_some_and(|r| r.points > 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_credit_is_an_area_and_credit_a_strength() {
        assert!(!is_strength("transparency.vague-promise", 5.0));
        assert!(is_strength("transparency.next-update", 20.0));
        assert!(is_strength("speed.inquiry", 0.0));
        assert!(!is_strength("transparency.missing-help", 0.0));
        assert!(!is_strength("tone.blame", -30.0));
    }
}
