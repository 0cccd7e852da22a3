//! A responses file: the trainee's actions, scripted, for headless runs, tests and demos.
//!
//! ```ron
//! Responses(
//!     scenario: "flood-jiangcheng",
//!     language: "zh-CN",
//!     actions: [
//!         (at: "20m", action: Publish, text: "…"),
//!         (at: "50m", action: Reply(to: "e07"), text: "…"),
//!         (at: "1h10m", action: CorrectRumour(rumour: "dam-break"), text: "…"),
//!         (at: "1h15m", action: VerifyFact(fact: "hospital-power")),
//!     ],
//! )
//! ```

use serde::{Deserialize, Serialize};

use crate::diag::{Diagnostic, Message};
use crate::raw::EventKind;
use crate::spans::SpanIndex;
use crate::validate::reference_help;
use crate::{LANGUAGES, Scenario, SimDuration};

/// A scripted trainee: the actions to take, in order.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Responses {
    /// The scenario these responses are for (its id).
    pub scenario: String,
    /// The language the trainee writes in.
    pub language: String,
    /// The actions, at their simulated times.
    #[serde(default)]
    pub actions: Vec<ScriptedAction>,
}

/// One action of the trainee.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ScriptedAction {
    /// When, as an offset from the scenario's start.
    pub at: SimDuration,
    /// What to do.
    pub action: ActionKind,
    /// The text posted (empty for a verification request).
    #[serde(default)]
    pub text: String,
}

/// What the trainee does.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub enum ActionKind {
    /// Publish a post on the account.
    Publish,
    /// Reply to an event: a public post, a follow-up or a media inquiry.
    Reply {
        /// The event replied to.
        to: String,
    },
    /// Publish a correction of a rumour.
    CorrectRumour {
        /// The rumour corrected.
        rumour: String,
    },
    /// Ask the responsible department to verify a fact.
    VerifyFact {
        /// The fact.
        fact: String,
    },
}

/// Reads a responses file and checks it against the scenario: known targets, times inside
/// the scenario, text where text is needed. Every problem is reported with line and column.
pub fn load_responses(
    name: &str,
    bytes: &[u8],
    scenario: &Scenario,
) -> (Option<Responses>, Vec<Diagnostic>) {
    let source = match crate::decode(name, bytes) {
        Ok(s) => s,
        Err(d) => return (None, vec![*d]),
    };
    if let Some(at) = crate::spans::find_excess_depth(&source) {
        let d = Diagnostic::error(
            name,
            Some(at..at + 1),
            Message::new("diag-too-deep").arg("max", crate::MAX_DEPTH),
        );
        return (None, vec![d]);
    }
    let responses: Responses = match ron::Options::default().from_str(&source) {
        Ok(r) => r,
        Err(e) => return (None, vec![crate::ron_diagnostic(name, &source, &e)]),
    };
    let spans = SpanIndex::build(&source);
    let mut diags = Vec::new();
    let mut error = |path: &str, message: Message, help: Option<Message>| {
        let d = Diagnostic::error(name, spans.nearest(path), message);
        diags.push(match help {
            Some(h) => d.with_help(h),
            None => d,
        });
    };
    let def = scenario.def();
    if responses.scenario != def.id {
        error(
            ".scenario",
            Message::new("diag-responses-wrong-scenario")
                .arg("found", &responses.scenario)
                .arg("expected", &def.id),
            None,
        );
    }
    if !LANGUAGES.contains(&responses.language.as_str()) {
        error(
            ".language",
            Message::new("diag-unknown-language").arg("lang", &responses.language),
            Some(reference_help(
                &responses.language,
                LANGUAGES.iter().copied(),
            )),
        );
    }
    let event_ids = || def.events.iter().map(|e| e.id.as_str());
    for (i, action) in responses.actions.iter().enumerate() {
        let path = format!(".actions[{i}]");
        if action.at > def.clock.duration {
            error(
                &format!("{path}.at"),
                Message::new("diag-time-outside")
                    .arg("time", action.at)
                    .arg("duration", def.clock.duration),
                Some(Message::new("diag-help-time-outside").arg("duration", def.clock.duration)),
            );
        }
        match &action.action {
            ActionKind::Reply { to } => match scenario.event(to) {
                None => error(
                    &format!("{path}.action.to"),
                    Message::new("diag-unknown-reference")
                        .arg("kind", "event")
                        .arg("id", to),
                    Some(reference_help(to, event_ids())),
                ),
                Some(e) if matches!(e.kind, EventKind::Briefing { .. }) => error(
                    &format!("{path}.action.to"),
                    Message::new("diag-reply-to-briefing").arg("id", to),
                    None,
                ),
                Some(_) => {}
            },
            ActionKind::CorrectRumour { rumour } if scenario.rumour(rumour).is_none() => error(
                &format!("{path}.action.rumour"),
                Message::new("diag-unknown-reference")
                    .arg("kind", "rumour")
                    .arg("id", rumour),
                Some(reference_help(
                    rumour,
                    def.rumours.iter().map(|r| r.id.as_str()),
                )),
            ),
            ActionKind::VerifyFact { fact } if scenario.fact(fact).is_none() => error(
                &format!("{path}.action.fact"),
                Message::new("diag-unknown-reference")
                    .arg("kind", "fact")
                    .arg("id", fact),
                Some(reference_help(
                    fact,
                    def.facts.iter().map(|f| f.id.as_str()),
                )),
            ),
            _ => {}
        }
        let needs_text = !matches!(action.action, ActionKind::VerifyFact { .. });
        if needs_text && action.text.trim().is_empty() {
            error(
                &format!("{path}.text"),
                Message::new("diag-empty-post"),
                None,
            );
        }
    }
    if diags.is_empty() {
        (Some(responses), diags)
    } else {
        (None, diags)
    }
}
