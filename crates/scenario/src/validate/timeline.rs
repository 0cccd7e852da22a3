//! Timeline rules: the clock is well formed, every time lies inside the scenario, conditions
//! can fire, facts get revealed and rumours get started.

use std::collections::HashSet;

use super::Ctx;
use super::references::WithHelpMut;
use crate::diag::Message;
use crate::raw::{Condition, Disclosure, EventKind, RawScenario, Trigger};
use crate::{SimDuration, StartTime};

/// The speeds the GUI offers, in simulated seconds per real second.
pub const SPEEDS: [u32; 4] = [1, 5, 10, 60];

/// The longest exercise a scenario may describe.
pub const MAX_SCENARIO_DURATION: SimDuration = SimDuration::from_mins(48 * 60);

pub(super) fn check(ctx: &mut Ctx<'_>, raw: &RawScenario) -> Option<StartTime> {
    let start = match StartTime::parse(&raw.clock.start) {
        Some(start) => Some(start),
        None => {
            ctx.error(
                ".clock.start",
                Message::new("diag-bad-start").arg("found", &raw.clock.start),
            )
            .with_help_mut(Message::new("diag-help-start-form"));
            None
        }
    };
    let duration = raw.clock.duration;
    if duration == SimDuration::ZERO || duration > MAX_SCENARIO_DURATION {
        ctx.error(
            ".clock.duration",
            Message::new("diag-bad-duration-range")
                .arg("found", duration)
                .arg("max", MAX_SCENARIO_DURATION),
        );
    }
    if !SPEEDS.contains(&raw.clock.default_speed) {
        ctx.error(
            ".clock.default_speed",
            Message::new("diag-bad-speed").arg("found", raw.clock.default_speed),
        )
        .with_help_mut(Message::new("diag-help-speeds"));
    }

    let outside = |ctx: &mut Ctx<'_>, path: &str, at: SimDuration| {
        if at > duration {
            ctx.error(
                path,
                Message::new("diag-time-outside")
                    .arg("time", at)
                    .arg("duration", duration),
            )
            .with_help_mut(Message::new("diag-help-time-outside").arg("duration", duration));
        }
    };

    let started: HashSet<&str> = raw
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::RumourStarts { rumour, .. } => Some(rumour.as_str()),
            _ => None,
        })
        .collect();
    let revealed: HashSet<&str> = raw
        .events
        .iter()
        .flat_map(|e| match &e.kind {
            EventKind::Briefing { reveals, .. } => reveals.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        })
        .collect();
    let has_forbidden = raw.rubric.forbidden_phrases.values().any(|v| !v.is_empty());

    for (i, event) in raw.events.iter().enumerate() {
        let trigger_path = format!(".events[{i}].trigger.0");
        match &event.trigger {
            Trigger::At(at) => outside(ctx, &trigger_path, *at),
            Trigger::When(condition) => match condition {
                Condition::NoOfficialPostBy(by) => outside(ctx, &trigger_path, *by),
                Condition::FactNotDisclosedBy { fact, by } => {
                    outside(ctx, &format!("{trigger_path}.by"), *by);
                    if let Some(f) = raw.facts.iter().find(|f| &f.id == fact)
                        && matches!(
                            f.disclosure,
                            Disclosure::MustNotPrivate | Disclosure::MustNotUnverified
                        )
                    {
                        ctx.warning(
                            &format!("{trigger_path}.fact"),
                            Message::new("diag-condition-on-secret").arg("id", fact),
                        );
                    }
                }
                Condition::RumourReachOver { rumour, share } => {
                    if !(*share > 0.0 && *share < 1.0) {
                        ctx.error(
                            &format!("{trigger_path}.share"),
                            Message::new("diag-never-fires-share").arg("share", share),
                        )
                        .with_help_mut(Message::new("diag-help-share"));
                    }
                    if !started.contains(rumour.as_str())
                        && raw.rumours.iter().any(|r| &r.id == rumour)
                    {
                        ctx.error(
                            &format!("{trigger_path}.rumour"),
                            Message::new("diag-never-fires-rumour").arg("id", rumour),
                        )
                        .with_help_mut(Message::new("diag-help-start-rumour").arg("id", rumour));
                    }
                }
                Condition::TrustUnder(level) => {
                    if *level <= 0.0 || *level > 100.0 {
                        ctx.error(
                            &trigger_path,
                            Message::new("diag-never-fires-trust").arg("level", level),
                        )
                        .with_help_mut(Message::new("diag-help-trust"));
                    }
                }
                Condition::ForbiddenPhraseUsed => {
                    if !has_forbidden {
                        ctx.error(
                            &format!(".events[{i}].trigger"),
                            Message::new("diag-never-fires-forbidden"),
                        )
                        .with_help_mut(Message::new("diag-help-forbidden"));
                    }
                }
                Condition::PromiseBroken | Condition::InquiryUnanswered(_) => {}
            },
        }
        if let EventKind::MediaInquiry { deadline, .. } = &event.kind
            && *deadline == SimDuration::ZERO
        {
            ctx.error(
                &format!(".events[{i}].kind.deadline"),
                Message::new("diag-zero-deadline"),
            );
        }
    }

    for (i, fact) in raw.facts.iter().enumerate() {
        if !fact.known_at_start && !revealed.contains(fact.id.as_str()) {
            let path = format!(".facts[{i}].id");
            let message = Message::new("diag-fact-never-revealed").arg("id", &fact.id);
            let help = Message::new("diag-help-reveal-fact").arg("id", &fact.id);
            if fact.disclosure == Disclosure::MustDisclose {
                ctx.error(&path, message).with_help_mut(help);
            } else {
                ctx.warning(&path, message).with_help_mut(help);
            }
        }
    }
    for (i, rumour) in raw.rumours.iter().enumerate() {
        if !started.contains(rumour.id.as_str()) {
            ctx.warning(
                &format!(".rumours[{i}].id"),
                Message::new("diag-rumour-never-starts").arg("id", &rumour.id),
            )
            .with_help_mut(Message::new("diag-help-start-rumour").arg("id", &rumour.id));
        }
        if !(0.0..=5.0).contains(&rumour.spread_rate) {
            ctx.error(
                &format!(".rumours[{i}].spread_rate"),
                Message::new("diag-out-of-range")
                    .arg("value", rumour.spread_rate)
                    .arg("min", 0)
                    .arg("max", 5),
            );
        }
    }
    start
}
