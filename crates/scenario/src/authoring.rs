//! Authoring help that needs no file access: the starter scenario of `goldenhour new`, and
//! the conversion of a Master Scenario Events List (MSEL) CSV into a scenario.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::SimDuration;
use crate::diag::Message;

/// The commented starter scenario, in `lang` (`zh-CN` or `en-US`; anything else gives en-US).
///
/// `name` is what the author typed; the id is derived from it. `dir` is shown in the comment
/// that tells the author how to validate.
pub fn starter(lang: &str, name: &str, dir: &str) -> String {
    let template = if lang == "zh-CN" {
        include_str!("../../../assets/starter/zh-CN.ron")
    } else {
        include_str!("../../../assets/starter/en-US.ron")
    };
    template
        .replace("{{id}}", &slug(name))
        .replace("{{title}}", &ron_escape(name.trim()))
        .replace("{{dir}}", &dir.replace(['\n', '\r'], " "))
}

/// A responses file for the starter scenario: one first post, so `goldenhour run` works at once.
pub fn starter_responses(lang: &str, name: &str) -> String {
    let (lang, text) = if lang == "zh-CN" {
        (
            "zh-CN",
            "替换为学员的第一条通报：表达关切，说明已核实的事实、尚不清楚的情况、正在采取的措施、下一次通报的时间和求助电话。",
        )
    } else {
        (
            "en-US",
            "Replace with the trainee's first notice: empathy, confirmed facts, what is not yet known, what is being done, when the next update comes, and a hotline.",
        )
    };
    format!(
        "// Scripted trainee actions for `goldenhour run`; see docs/scenario-format.md.\n\
         Responses(\n    scenario: \"{}\",\n    language: \"{lang}\",\n    actions: [\n        \
         (at: \"20m\", action: Publish, text: \"{text}\"),\n    ],\n)\n",
        slug(name)
    )
}

/// A valid scenario id made from free text: lowercase ASCII letters and digits joined by `-`.
/// Text with no ASCII letters or digits (a Chinese name, say) gives `scenario`.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    let out: String = out.chars().take(48).collect();
    if out.is_empty() {
        "scenario".to_owned()
    } else {
        out
    }
}

/// Escapes text for a RON double-quoted string.
pub fn ron_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

/// A problem with one row of an MSEL file.
#[derive(Clone, Debug, PartialEq)]
pub struct RowProblem {
    /// The row's number in the file, counting the header as row 1.
    pub row: usize,
    /// What is wrong.
    pub message: Message,
}

/// The result of converting an MSEL.
#[derive(Clone, Debug)]
pub struct MselImport {
    /// The scenario's RON text, if at least one row was usable.
    pub scenario: Option<String>,
    /// Rows that were skipped, and why.
    pub problems: Vec<RowProblem>,
    /// How many rows became events.
    pub events: usize,
}

/// The MSEL columns Golden Hour reads; others are ignored.
const COLUMNS: [&str; 8] = [
    "number",
    "time",
    "from",
    "to",
    "method",
    "subject",
    "message",
    "expected action",
];

/// What an inject becomes, decided from its delivery method.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum InjectKind {
    Post,
    Inquiry,
    Briefing,
}

fn inject_kind(method: &str) -> InjectKind {
    let m = method.to_lowercase();
    let any = |words: &[&str]| words.iter().any(|w| m.contains(w));
    if any(&[
        "social", "weibo", "wechat", "post", "tweet", "twitter", "forum", "微博", "微信", "帖",
        "网民",
    ]) {
        InjectKind::Post
    } else if any(&[
        "press",
        "media",
        "reporter",
        "journalist",
        "inquiry",
        "enquiry",
        "interview",
        "记者",
        "媒体",
        "问询",
        "采访",
    ]) {
        InjectKind::Inquiry
    } else if any(&[
        "brief", "email", "e-mail", "memo", "internal", "radio", "phone", "fax", "通报", "内部",
        "邮件", "电话", "简报",
    ]) {
        InjectKind::Briefing
    } else {
        InjectKind::Post
    }
}

/// Reads an inject time: `HH:MM`, `H:MM:SS`, `T+01:30`, a duration like `1h30m`, or minutes.
fn parse_time(text: &str) -> Option<SimDuration> {
    let t = text
        .trim()
        .trim_start_matches("T+")
        .trim_start_matches('+')
        .trim();
    if t.is_empty() {
        return None;
    }
    if let Ok(d) = SimDuration::parse(t) {
        return Some(d);
    }
    if let Ok(minutes) = t.parse::<u32>() {
        return (minutes <= 48 * 60).then(|| SimDuration::from_mins(minutes));
    }
    let parts: Vec<&str> = t.split(':').collect();
    let nums: Option<Vec<u32>> = parts.iter().map(|p| p.trim().parse::<u32>().ok()).collect();
    match nums?.as_slice() {
        [h, m] if *m < 60 => Some(SimDuration::from_secs(h * 3600 + m * 60)),
        [h, m, s] if *m < 60 && *s < 60 => Some(SimDuration::from_secs(h * 3600 + m * 60 + s)),
        _ => None,
    }
    .filter(|d| *d <= crate::MAX_SCENARIO_DURATION)
}

/// Converts MSEL CSV text (UTF-8, an Excel byte-order mark allowed, quoted newlines allowed)
/// into a scenario that validates, for the author to refine. `name` becomes the title and id;
/// `lang` is the scenario's language.
pub fn import_msel(csv_text: &str, name: &str, lang: &str) -> MselImport {
    let text = csv_text.strip_prefix('\u{feff}').unwrap_or(csv_text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut problems = Vec::new();
    let fail = |problems: Vec<RowProblem>| MselImport {
        scenario: None,
        problems,
        events: 0,
    };
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|h| h.trim().to_lowercase()).collect(),
        Err(e) => {
            return fail(vec![RowProblem {
                row: 1,
                message: Message::new("msel-bad-csv").arg("detail", e.to_string()),
            }]);
        }
    };
    let column = |name: &str| headers.iter().position(|h| h == name);
    let (Some(time_col), Some(message_col)) = (column("time"), column("message")) else {
        let missing: Vec<&str> = ["time", "message"]
            .into_iter()
            .filter(|c| column(c).is_none())
            .collect();
        return fail(vec![RowProblem {
            row: 1,
            message: Message::new("msel-missing-columns")
                .arg("columns", missing.join(", "))
                .arg("expected", COLUMNS.join(", ")),
        }]);
    };

    struct Inject {
        number: String,
        at: SimDuration,
        from: String,
        to: String,
        kind: InjectKind,
        subject: String,
        message: String,
        expected: String,
    }
    let mut injects = Vec::new();
    for (i, record) in reader.records().enumerate() {
        // Rows are counted as a spreadsheet shows them: the header is row 1, and a quoted
        // newline does not start a new row.
        let row = i + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(RowProblem {
                    row,
                    message: Message::new("msel-bad-csv").arg("detail", e.to_string()),
                });
                continue;
            }
        };
        let get = |col: Option<usize>| {
            col.and_then(|c| record.get(c))
                .unwrap_or("")
                .trim()
                .to_owned()
        };
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let time_text = get(Some(time_col));
        let Some(at) = parse_time(&time_text) else {
            problems.push(RowProblem {
                row,
                message: Message::new("msel-bad-time").arg("time", &time_text),
            });
            continue;
        };
        let message = get(Some(message_col));
        if message.is_empty() {
            problems.push(RowProblem {
                row,
                message: Message::new("msel-empty-message"),
            });
            continue;
        }
        injects.push(Inject {
            number: get(column("number")),
            at,
            from: get(column("from")),
            to: get(column("to")),
            kind: inject_kind(&get(column("method"))),
            subject: get(column("subject")),
            message,
            expected: get(column("expected action")),
        });
    }
    if injects.is_empty() {
        if problems.is_empty() {
            problems.push(RowProblem {
                row: 1,
                message: Message::new("msel-no-rows"),
            });
        }
        return fail(problems);
    }
    injects.sort_by_key(|i| i.at);

    // Actors from the From column; their kind follows what they send.
    let mut actors: BTreeMap<String, (String, InjectKind)> = BTreeMap::new();
    let mut actor_ids: Vec<String> = Vec::new();
    let mut actor_of = |from: &str, kind: InjectKind| -> String {
        let display = if from.is_empty() {
            "Unknown sender".to_owned()
        } else {
            from.to_owned()
        };
        if let Some((id, _)) = actors.get(&display) {
            return id.clone();
        }
        let base = format!("a-{}", slug(&display));
        let mut id = base.clone();
        let mut n = 2;
        while actor_ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        actor_ids.push(id.clone());
        actors.insert(display, (id.clone(), kind));
        id
    };
    let mut event_ids: Vec<String> = Vec::new();
    let mut events = String::new();
    for inject in &injects {
        let actor = actor_of(&inject.from, inject.kind);
        let base = if inject.number.is_empty() {
            format!("e{}", event_ids.len() + 1)
        } else {
            format!("e{}", slug(&inject.number))
        };
        let mut id = base.clone();
        let mut n = 2;
        while event_ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        event_ids.push(id.clone());
        for (label, value) in [
            ("subject", &inject.subject),
            ("to", &inject.to),
            ("expected action", &inject.expected),
        ] {
            if !value.is_empty() {
                let _ = writeln!(
                    events,
                    "        // {label}: {}",
                    value.replace(['\n', '\r'], " ")
                );
            }
        }
        let text = ron_escape(&inject.message);
        let kind = match inject.kind {
            InjectKind::Post => format!("PublicPost(actor: \"{actor}\", text: \"{text}\")"),
            InjectKind::Inquiry => {
                format!("MediaInquiry(actor: \"{actor}\", text: \"{text}\", deadline: \"30m\")")
            }
            InjectKind::Briefing => {
                format!("Briefing(actor: \"{actor}\", text: \"{text}\", reveals: [])")
            }
        };
        let _ = writeln!(
            events,
            "        (id: \"{id}\", trigger: At(\"{}\"), kind: {kind}),",
            inject.at
        );
    }
    let last = injects.last().map_or(SimDuration::ZERO, |i| i.at);
    // Leave at least 30 minutes after the last inject, rounded up to the hour.
    let hours = (last.as_secs() + 1800).div_ceil(3600).max(1);
    let duration = SimDuration::from_secs(hours * 3600);
    let hard_deadline = SimDuration::from_mins(300).min(duration);
    let first_target = SimDuration::from_mins(60).min(hard_deadline);

    let mut actor_lines = String::new();
    let mut sorted: Vec<_> = actors.iter().collect();
    sorted.sort_by(|a, b| a.1.0.cmp(&b.1.0));
    for (display, (id, kind)) in sorted {
        let kind = match kind {
            InjectKind::Post => "Citizen",
            InjectKind::Inquiry => "Media",
            InjectKind::Briefing => "Department",
        };
        let _ = writeln!(
            actor_lines,
            "        (id: \"{id}\", name: \"{}\", kind: {kind}),",
            ron_escape(display)
        );
    }
    let lang = if lang == "zh-CN" { "zh-CN" } else { "en-US" };
    let scenario = format!(
        "// Imported from a Master Scenario Events List by `goldenhour import-msel`.\n\
         // Refine it: write the summary, the account, facts (revealed by briefings), rumours,\n\
         // conditional events and comment templates; see docs/authoring.md.\n\
         Scenario(\n    format: 1,\n    id: \"{id}\",\n    language: \"{lang}\",\n    translations: [],\n    \
         title: \"{title}\",\n    summary: \"{title}\",\n    difficulty: Intermediate,\n    tags: [\"msel\"],\n    \
         clock: (start: \"2026-01-01T08:00\", duration: \"{duration}\", default_speed: 10),\n    \
         account: (handle: \"@account\", agency: \"Agency\", followers: 100000),\n    actors: [\n{actor_lines}    ],\n    \
         events: [\n{events}    ],\n    rubric: (first_response_target: \"{first_target}\", hard_deadline: \"{hard_deadline}\"),\n)\n",
        id = slug(name),
        title = ron_escape(name.trim()),
    );
    MselImport {
        scenario: Some(scenario),
        problems,
        events: injects.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_valid_ids() {
        assert_eq!(slug("Harbour Flood 2026!"), "harbour-flood-2026");
        assert_eq!(slug("洪水演练"), "scenario");
        assert_eq!(slug("  --A--b  "), "a-b");
    }

    #[test]
    fn times_in_every_usual_notation() {
        assert_eq!(parse_time("00:30"), Some(SimDuration::from_mins(30)));
        assert_eq!(parse_time("1:05:30"), Some(SimDuration::from_secs(3930)));
        assert_eq!(parse_time("T+01:30"), Some(SimDuration::from_mins(90)));
        assert_eq!(parse_time("45m"), Some(SimDuration::from_mins(45)));
        assert_eq!(parse_time("90"), Some(SimDuration::from_mins(90)));
        assert_eq!(parse_time("soon"), None);
        assert_eq!(parse_time("1:75"), None);
    }

    #[test]
    fn msel_rows_become_events_and_bad_rows_are_reported() {
        let csv = "\u{feff}Number,Time,From,To,Method,Subject,Message,Expected Action,Extra\n\
                   1,00:05,Resident Wang,PIO,Social media,Flood,\"Water on Elm St\nhelp\",Reply,x\n\
                   2,00:20,City Daily,PIO,Phone inquiry,Toll,\"How many hurt?\",Answer,\n\
                   3,soon,EOC,PIO,Email,Sitrep,Shelters open,Publish,\n\
                   4,01:10,EOC,PIO,Email,Sitrep,\"Shelters at Elm School, hotline 12345\",Publish,\n\
                   5,01:15,,,Social media,,,\n";
        let import = import_msel(csv, "Elm St flood", "en-US");
        assert_eq!(import.events, 3);
        let rows: Vec<(usize, &str)> = import
            .problems
            .iter()
            .map(|p| (p.row, p.message.id))
            .collect();
        assert_eq!(rows, vec![(4, "msel-bad-time"), (6, "msel-empty-message")]);
        let text = import.scenario.expect("usable rows");
        assert!(
            text.contains(
                "PublicPost(actor: \"a-resident-wang\", text: \"Water on Elm St\\nhelp\")"
            ),
            "{text}"
        );
        assert!(
            text.contains("MediaInquiry(actor: \"a-city-daily\""),
            "{text}"
        );
        assert!(text.contains("// expected action: Publish"), "{text}");
        let loaded = crate::load("msel.ron", text.as_bytes(), &[]);
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    }

    #[test]
    fn msel_without_required_columns_is_refused() {
        let import = import_msel("Number,When,Text\n1,00:05,hello\n", "x", "en-US");
        assert!(import.scenario.is_none());
        assert_eq!(import.problems[0].message.id, "msel-missing-columns");
        assert_eq!(import.problems[0].row, 1);
    }

    #[test]
    fn starters_validate_clean() {
        for lang in ["en-US", "zh-CN"] {
            let text = starter(lang, "My \"Flood\" Drill", "drills/flood");
            let loaded = crate::load("scenario.ron", text.as_bytes(), &[]);
            assert!(
                loaded.diagnostics.is_empty(),
                "{lang}: {:?}",
                loaded.diagnostics
            );
            let scenario = loaded.scenario.unwrap();
            assert_eq!(scenario.def().title, "My \"Flood\" Drill");
            let responses = starter_responses(lang, "My \"Flood\" Drill");
            let (ok, diagnostics) = crate::load_responses("r.ron", responses.as_bytes(), &scenario);
            assert!(ok.is_some(), "{lang}: {diagnostics:?}");
        }
    }
}
