//! The authoring timeline (`goldenhour validate --timeline FILE --out DIR`): a self-contained
//! HTML page (inline CSS and SVG, nothing fetched, every text escaped with the report crate's
//! `escape`) showing a scenario's fixed-time events in lanes by kind, media inquiries with
//! their deadline windows, briefings with the facts they reveal, the first-response target
//! and hard deadline as lines, the gaps where nothing happens, and the conditional events
//! apart, each with its condition in words.

use std::fmt::Write;

use goldenhour_l10n::Localizer;
use goldenhour_report::escape;
use goldenhour_scenario::{Condition, EventKind, Scenario, SimDuration, Trigger};

/// A stretch this long with no fixed-time event is drawn as a gap.
pub const GAP_MINUTES: u32 = 30;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Lane {
    Posts,
    Inquiries,
    Briefings,
    Rumours,
    Escalations,
}

const LANES: [(Lane, &str, &str); 5] = [
    (Lane::Posts, "timeline-lane-posts", "#1f77b4"),
    (Lane::Inquiries, "timeline-lane-inquiries", "#9467bd"),
    (Lane::Briefings, "timeline-lane-briefings", "#2e8b57"),
    (Lane::Rumours, "timeline-lane-rumours", "#c0392b"),
    (Lane::Escalations, "timeline-lane-escalations", "#e08a1e"),
];

fn lane_of(kind: &EventKind) -> Lane {
    match kind {
        EventKind::PublicPost { .. } | EventKind::FollowUp { .. } => Lane::Posts,
        EventKind::MediaInquiry { .. } => Lane::Inquiries,
        EventKind::Briefing { .. } => Lane::Briefings,
        EventKind::RumourStarts { .. } => Lane::Rumours,
        EventKind::Escalation { .. } => Lane::Escalations,
    }
}

fn actor_of(kind: &EventKind) -> &str {
    match kind {
        EventKind::PublicPost { actor, .. }
        | EventKind::FollowUp { actor, .. }
        | EventKind::MediaInquiry { actor, .. }
        | EventKind::Briefing { actor, .. }
        | EventKind::RumourStarts { actor, .. }
        | EventKind::Escalation { actor, .. } => actor,
    }
}

/// The page's texts in `lang` (the scenario's texts in that language when translated).
struct Texts<'a> {
    scenario: &'a Scenario,
    lang: &'a str,
}

impl Texts<'_> {
    fn event(&self, id: &str) -> String {
        let fallback = match self.scenario.event(id).map(|e| &e.kind) {
            Some(EventKind::RumourStarts { rumour, .. }) => return self.rumour(rumour),
            Some(
                EventKind::PublicPost { text, .. }
                | EventKind::FollowUp { text, .. }
                | EventKind::MediaInquiry { text, .. }
                | EventKind::Briefing { text, .. }
                | EventKind::Escalation { text, .. },
            ) => text.as_str(),
            None => "",
        };
        self.keyed(format!("event-{id}"), fallback)
    }

    fn keyed(&self, key: String, fallback: &str) -> String {
        self.scenario
            .text(self.lang, &key)
            .map_or_else(|| fallback.to_owned(), str::to_owned)
    }

    fn actor(&self, id: &str) -> String {
        let fallback = self.scenario.actor(id).map_or(id, |a| a.name.as_str());
        self.keyed(format!("actor-{id}"), fallback)
    }

    fn fact(&self, id: &str) -> String {
        let fallback = self.scenario.fact(id).map_or(id, |f| f.text.as_str());
        self.keyed(format!("fact-{id}"), fallback)
    }

    fn rumour(&self, id: &str) -> String {
        let fallback = self.scenario.rumour(id).map_or(id, |r| r.text.as_str());
        self.keyed(format!("rumour-{id}"), fallback)
    }
}

fn minutes(d: SimDuration) -> u32 {
    d.as_secs() / 60
}

fn clock(scenario: &Scenario, at: SimDuration) -> String {
    let (day, h, m) = scenario.start().clock_at(at);
    if day > 0 {
        format!("{h:02}:{m:02} (+{day})")
    } else {
        format!("{h:02}:{m:02}")
    }
}

/// The condition of a conditional event, in words.
fn condition(l: &Localizer, t: &Texts<'_>, c: &Condition) -> String {
    match c {
        Condition::NoOfficialPostBy(by) => l.format(
            "timeline-cond-no-post",
            &[("minutes", minutes(*by).to_string())],
        ),
        Condition::FactNotDisclosedBy { fact, by } => l.format(
            "timeline-cond-fact",
            &[
                ("fact", t.fact(fact)),
                ("minutes", minutes(*by).to_string()),
            ],
        ),
        Condition::ForbiddenPhraseUsed => l.get("timeline-cond-forbidden"),
        Condition::RumourReachOver { rumour, share } => l.format(
            "timeline-cond-rumour",
            &[
                ("rumour", t.rumour(rumour)),
                ("share", format!("{:.0}", share * 100.0)),
            ],
        ),
        Condition::TrustUnder(v) => {
            l.format("timeline-cond-trust", &[("trust", format!("{v:.0}"))])
        }
        Condition::PromiseBroken => l.get("timeline-cond-promise"),
        Condition::InquiryUnanswered(id) => {
            l.format("timeline-cond-inquiry", &[("event", id.clone())])
        }
    }
}

const CSS: &str = r#"
body{font-family:"Noto Sans SC","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei","Helvetica Neue",Arial,sans-serif;color:#1f2430;margin:24px;max-width:1400px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:24px 0 8px}
.meta{color:#5b6270;font-size:13px;margin-bottom:12px}
.legend span{display:inline-block;margin-right:16px;font-size:13px}
.legend i{display:inline-block;width:12px;height:12px;border-radius:6px;margin-right:4px;vertical-align:-1px}
svg text{font-size:11px;fill:#1f2430}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #d9dde3;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f4f6f8}
td.id{font-family:monospace;white-space:nowrap}
.facts{color:#2e8b57;font-size:12px}
"#;

/// Renders the page; `lang` is the language of the interface and, where the scenario is
/// translated into it, of the scenario's texts.
pub fn render(scenario: &Scenario, l: &Localizer) -> String {
    let def = scenario.def();
    let lang = l.lang().tag();
    let t = Texts { scenario, lang };
    let total = minutes(def.clock.duration).max(1);
    let (left, right, lane_h, top) = (150.0, 30.0, 46.0, 34.0);
    let width = 1300.0;
    let plot = width - left - right;
    let x = |m: u32| left + plot * f64::from(m.min(total)) / f64::from(total);
    let height = top + lane_h * LANES.len() as f64 + 30.0;

    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img">"#
    );
    // Gaps: stretches with no fixed-time event.
    let mut times: Vec<u32> = def
        .events
        .iter()
        .filter_map(|e| match e.trigger {
            Trigger::At(at) => Some(minutes(at)),
            Trigger::When(_) => None,
        })
        .collect();
    times.push(0);
    times.push(total);
    times.sort_unstable();
    times.dedup();
    let gap_label = l.get("timeline-gap");
    let mut gaps = Vec::new();
    for w in times.windows(2) {
        if w[1] - w[0] >= GAP_MINUTES {
            gaps.push((w[0], w[1]));
            let _ = write!(
                svg,
                r##"<rect x="{:.1}" y="{top}" width="{:.1}" height="{:.1}" fill="#fdecea" opacity="0.8"><title>{}</title></rect><text x="{:.1}" y="{:.1}" fill="#c0392b">{} {} min</text>"##,
                x(w[0]),
                x(w[1]) - x(w[0]),
                lane_h * LANES.len() as f64,
                escape(&gap_label),
                x(w[0]) + 3.0,
                top + lane_h * LANES.len() as f64 - 4.0,
                escape(&gap_label),
                w[1] - w[0]
            );
        }
    }
    // Lanes and the time axis.
    for (i, (_, id, colour)) in LANES.iter().enumerate() {
        let y = top + lane_h * i as f64;
        let _ = write!(
            svg,
            r##"<line x1="{left}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#d9dde3"/><text x="8" y="{:.1}" fill="{colour}">{}</text>"##,
            y + lane_h,
            width - right,
            y + lane_h,
            y + lane_h / 2.0 + 4.0,
            escape(&l.get(id))
        );
    }
    let step = if total > 360 { 60 } else { 30 };
    let mut m = 0;
    while m <= total {
        let _ = write!(
            svg,
            r##"<line x1="{0:.1}" y1="{top}" x2="{0:.1}" y2="{1:.1}" stroke="#eef0f3"/><text x="{0:.1}" y="{2:.1}" text-anchor="middle">{3}</text>"##,
            x(m),
            top + lane_h * LANES.len() as f64,
            top + lane_h * LANES.len() as f64 + 16.0,
            clock(scenario, SimDuration::from_mins(m)),
        );
        m += step;
    }
    // Deadlines as lines.
    for (d, id, colour) in [
        (
            def.rubric.first_response_target,
            "timeline-first-response",
            "#2e8b57",
        ),
        (
            def.rubric.hard_deadline,
            "timeline-hard-deadline",
            "#c0392b",
        ),
    ] {
        if minutes(d) <= total {
            let label = l.format(id, &[("minutes", minutes(d).to_string())]);
            let _ = write!(
                svg,
                r##"<line x1="{0:.1}" y1="14" x2="{0:.1}" y2="{1:.1}" stroke="{2}" stroke-width="2" stroke-dasharray="6 3"/><text x="{3:.1}" y="12" fill="{2}" text-anchor="{4}">{5}</text>"##,
                x(minutes(d)),
                top + lane_h * LANES.len() as f64,
                colour,
                // Near the right edge the label goes to the left of its line.
                if x(minutes(d)) > width - 250.0 {
                    x(minutes(d)) - 3.0
                } else {
                    x(minutes(d)) + 3.0
                },
                if x(minutes(d)) > width - 250.0 {
                    "end"
                } else {
                    "start"
                },
                escape(&label)
            );
        }
    }
    // Events.
    for (n, event) in def.events.iter().enumerate() {
        let Trigger::At(at) = event.trigger else {
            continue;
        };
        let lane = lane_of(&event.kind);
        let i = LANES.iter().position(|(l, ..)| *l == lane).unwrap_or(0);
        let (_, _, colour) = LANES[i];
        let y = top + lane_h * i as f64 + 12.0 + 10.0 * (n % 3) as f64;
        if let EventKind::MediaInquiry { deadline, .. } = &event.kind {
            let _ = write!(
                svg,
                r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="6" fill="{colour}" opacity="0.25"><title>{}</title></rect>"##,
                x(minutes(at)),
                y - 3.0,
                (x(minutes(at) + minutes(*deadline)) - x(minutes(at))).max(1.0),
                escape(&l.format(
                    "timeline-deadline-window",
                    &[
                        ("event", event.id.clone()),
                        ("minutes", minutes(*deadline).to_string())
                    ]
                ))
            );
        }
        let _ = write!(
            svg,
            r##"<circle cx="{:.1}" cy="{y:.1}" r="4.5" fill="{colour}"><title>{} {} · {}</title></circle><text x="{:.1}" y="{:.1}">{}</text>"##,
            x(minutes(at)),
            escape(&clock(scenario, at)),
            escape(&event.id),
            escape(&t.event(&event.id)),
            x(minutes(at)) + 6.0,
            y + 4.0,
            escape(&event.id)
        );
    }
    svg.push_str("</svg>");

    let mut html = String::new();
    let title = l.format("timeline-title", &[("title", def.title.clone())]);
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{CSS}</style></head><body>",
        escape(lang),
        escape(&title)
    );
    let _ = write!(
        html,
        "<h1>{}</h1><p class=\"meta\">{}</p><div class=\"legend\">",
        escape(&title),
        escape(&l.format(
            "timeline-meta",
            &[
                ("id", def.id.clone()),
                ("start", scenario.start().to_string()),
                ("minutes", total.to_string()),
                ("events", def.events.len().to_string()),
                ("gaps", gaps.len().to_string()),
                ("gap", GAP_MINUTES.to_string()),
            ],
        ))
    );
    for (_, id, colour) in LANES {
        let _ = write!(
            html,
            "<span><i style=\"background:{colour}\"></i>{}</span>",
            escape(&l.get(id))
        );
    }
    html.push_str("</div>");
    html.push_str(&svg);

    // Every event with its time, kind, actor, text, and the facts a briefing reveals.
    let head = |html: &mut String, heading: &str, first: &str| {
        let _ = write!(
            html,
            "<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
            escape(&l.get(heading)),
            escape(&l.get(first)),
            escape(&l.get("timeline-col-id")),
            escape(&l.get("timeline-col-actor")),
            escape(&l.get("timeline-col-text")),
        );
    };
    let row = |html: &mut String, first: String, event: &goldenhour_scenario::Event| {
        let mut text = escape(&t.event(&event.id));
        if let EventKind::Briefing { reveals, .. } = &event.kind
            && !reveals.is_empty()
        {
            let facts: Vec<String> = reveals
                .iter()
                .map(|f| format!("<b>{}</b>: {}", escape(f), escape(&t.fact(f))))
                .collect();
            let _ = write!(
                text,
                "<div class=\"facts\">{} {}</div>",
                escape(&l.get("timeline-reveals")),
                facts.join("<br>")
            );
        }
        if let EventKind::MediaInquiry { deadline, .. } = &event.kind {
            let _ = write!(
                text,
                "<div class=\"facts\">{}</div>",
                escape(&l.format(
                    "timeline-deadline-window",
                    &[
                        ("event", event.id.clone()),
                        ("minutes", minutes(*deadline).to_string())
                    ]
                ))
            );
        }
        let _ = write!(
            html,
            "<tr><td>{first}</td><td class=\"id\">{}</td><td>{}</td><td>{text}</td></tr>",
            escape(&event.id),
            escape(&t.actor(actor_of(&event.kind))),
        );
    };
    head(&mut html, "timeline-events-heading", "timeline-col-time");
    let mut timed: Vec<_> = def
        .events
        .iter()
        .filter_map(|e| match e.trigger {
            Trigger::At(at) => Some((at, e)),
            Trigger::When(_) => None,
        })
        .collect();
    timed.sort_by_key(|(at, _)| *at);
    for (at, e) in timed {
        row(&mut html, escape(&clock(scenario, at)), e);
    }
    html.push_str("</table>");
    head(
        &mut html,
        "timeline-conditional-heading",
        "timeline-col-condition",
    );
    for e in &def.events {
        if let Trigger::When(c) = &e.trigger {
            row(&mut html, escape(&condition(l, &t, c)), e);
        }
    }
    html.push_str("</table></body></html>\n");
    html
}
