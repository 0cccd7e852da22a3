//! What the exercise screen shows, computed from the scenario and the run's log without a
//! window: the feed and its tabs and search, the internal panel's countdowns, the gauges.
//! Everything here is a pure function, so it is unit-tested directly.

use goldenhour_scenario::{ActorKind, EventKind, Scenario, SimDuration, Situation};
use goldenhour_simlog::{LogKind, SimLog};

/// A tab of the public feed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FeedTab {
    /// Everything.
    #[default]
    All,
    /// Questions addressed to the account and posts that mention it.
    Mentions,
    /// Posts and inquiries from the media.
    Media,
    /// Rumours and the chatter that spreads them.
    Rumours,
}

impl FeedTab {
    /// Every tab, in display order.
    pub const ALL: [FeedTab; 4] = [
        FeedTab::All,
        FeedTab::Mentions,
        FeedTab::Media,
        FeedTab::Rumours,
    ];
}

/// What sort of item a feed entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeedKind {
    /// An ordinary public post or comment.
    Public,
    /// A question to the account that expects an answer.
    Question,
    /// A post by a media outlet.
    Media,
    /// A journalist's inquiry with a deadline.
    Inquiry,
    /// A rumour or a post spreading one.
    Rumour,
    /// An escalation: a trending topic, national attention.
    Escalation,
    /// The trainee's own post.
    Mine,
}

/// One entry of the feed.
#[derive(Clone, Debug, PartialEq)]
pub struct FeedItem {
    /// When it was posted.
    pub at: SimDuration,
    /// Display name of the author.
    pub author: String,
    /// The author's followers.
    pub followers: u64,
    /// The text, in the display language.
    pub text: String,
    /// Reposts, comments and likes.
    pub reposts: u32,
    /// Comments.
    pub comments: u32,
    /// Likes.
    pub likes: u32,
    /// What sort of entry.
    pub kind: FeedKind,
    /// The scenario event it comes from, which the trainee can reply to.
    pub event: Option<String>,
    /// Whether it mentions the account.
    pub mentions_account: bool,
}

/// Engagement numbers for a scripted post, derived deterministically from the author's reach
/// and the post's id so that the same run always shows the same numbers.
fn engagement(followers: u64, key: &str) -> (u32, u32, u32) {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    let reach = (followers as f64).sqrt().max(3.0);
    let jitter = |shift: u32| 0.5 + ((h >> shift) & 0xff) as f64 / 255.0;
    let likes = (reach * 2.0 * jitter(0)) as u32;
    let comments = (reach * 0.6 * jitter(8)) as u32;
    let reposts = (reach * 0.9 * jitter(16)) as u32;
    (reposts, comments, likes)
}

/// Builds the feed, newest first, in `lang`, from everything the log has recorded so far.
pub fn feed(scenario: &Scenario, log: &SimLog, lang: &str, account_name: &str) -> Vec<FeedItem> {
    let def = scenario.def();
    let handle = scenario
        .text(lang, "account-handle")
        .unwrap_or(&def.account.handle)
        .to_owned();
    let text_of =
        |key: String, fallback: &str| scenario.text(lang, &key).unwrap_or(fallback).to_owned();
    let mut items = Vec::new();
    for entry in &log.entries {
        let item = match &entry.kind {
            LogKind::EventFired { event } => {
                let Some(e) = scenario.event(event) else {
                    continue;
                };
                let (actor, text, kind) = match &e.kind {
                    EventKind::PublicPost {
                        actor,
                        text,
                        question,
                        ..
                    }
                    | EventKind::FollowUp {
                        actor,
                        text,
                        question,
                        ..
                    } => {
                        let media = scenario
                            .actor(actor)
                            .is_some_and(|a| a.kind == ActorKind::Media);
                        let kind = if *question {
                            FeedKind::Question
                        } else if media {
                            FeedKind::Media
                        } else {
                            FeedKind::Public
                        };
                        (actor, text_of(format!("event-{event}"), text), kind)
                    }
                    EventKind::MediaInquiry { actor, text, .. } => (
                        actor,
                        text_of(format!("event-{event}"), text),
                        FeedKind::Inquiry,
                    ),
                    EventKind::Escalation { actor, text, .. } => (
                        actor,
                        text_of(format!("event-{event}"), text),
                        FeedKind::Escalation,
                    ),
                    EventKind::RumourStarts { rumour, actor } => {
                        let fallback = scenario.rumour(rumour).map_or("", |r| r.text.as_str());
                        (
                            actor,
                            text_of(format!("rumour-{rumour}"), fallback),
                            FeedKind::Rumour,
                        )
                    }
                    // Briefings are internal: they go to the internal panel, not the feed.
                    EventKind::Briefing { .. } => continue,
                };
                let Some(a) = scenario.actor(actor) else {
                    continue;
                };
                let (reposts, comments, likes) = engagement(a.followers, event);
                FeedItem {
                    at: entry.at,
                    author: text_of(format!("actor-{actor}"), &a.name),
                    followers: a.followers,
                    mentions_account: text.contains(&handle),
                    text,
                    reposts,
                    comments,
                    likes,
                    kind,
                    event: Some(event.clone()),
                }
            }
            LogKind::PublicPost(post) => {
                let template = def.templates.iter().find(|t| *t.id == *post.template);
                let rumour = template.is_some_and(|t| t.situation == Situation::RumourSpreading);
                FeedItem {
                    at: entry.at,
                    author: generated_author(&post.template, entry.at, lang),
                    followers: u64::from(post.likes) * 7 + 30,
                    mentions_account: post.text.contains(&handle),
                    text: post.text.to_string(),
                    reposts: post.reposts,
                    comments: post.comments,
                    likes: post.likes,
                    kind: if rumour {
                        FeedKind::Rumour
                    } else {
                        FeedKind::Public
                    },
                    event: None,
                }
            }
            LogKind::TraineeAction(action) if !action.text.is_empty() => FeedItem {
                at: entry.at,
                author: account_name.to_owned(),
                followers: def.account.followers,
                text: action.text.clone(),
                reposts: 0,
                comments: 0,
                likes: 0,
                kind: FeedKind::Mine,
                event: None,
                mentions_account: false,
            },
            _ => continue,
        };
        items.push(item);
    }
    items.reverse();
    items
}

/// A stable pseudonymous name for the author of a generated comment.
fn generated_author(template: &str, at: SimDuration, lang: &str) -> String {
    let mut h: u32 = 2_166_136_261;
    for b in template.bytes().chain(at.as_secs().to_le_bytes()) {
        h = (h ^ u32::from(b)).wrapping_mul(16_777_619);
    }
    if lang == "zh-CN" {
        const NAMES: [&str; 12] = [
            "路过的小王",
            "江边人家",
            "夜班护士",
            "老街坊",
            "骑手阿强",
            "追剧少女",
            "退休教师",
            "一颗柠檬",
            "打工人",
            "城南居民",
            "晨跑爱好者",
            "不想加班",
        ];
        format!("{}{}", NAMES[(h % 12) as usize], h % 97)
    } else {
        const NAMES: [&str; 12] = [
            "night_nurse",
            "riverside_mum",
            "commuter",
            "old_neighbour",
            "rider_jay",
            "lemon_tea",
            "teacher_ret",
            "southside",
            "early_runner",
            "no_overtime",
            "citywatcher",
            "just_asking",
        ];
        format!("{}{}", NAMES[(h % 12) as usize], h % 97)
    }
}

/// Normalises text for search: case and full-width forms folded.
fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The items of `items` shown under `tab` that match `search` (case- and width-insensitive).
pub fn filter<'a>(items: &'a [FeedItem], tab: FeedTab, search: &str) -> Vec<&'a FeedItem> {
    let needle = fold(search.trim());
    items
        .iter()
        .filter(|i| match tab {
            FeedTab::All => true,
            FeedTab::Mentions => i.kind == FeedKind::Question || i.mentions_account,
            FeedTab::Media => matches!(i.kind, FeedKind::Media | FeedKind::Inquiry),
            FeedTab::Rumours => i.kind == FeedKind::Rumour,
        })
        .filter(|i| {
            needle.is_empty()
                || fold(&i.text).contains(&needle)
                || fold(&i.author).contains(&needle)
        })
        .collect()
}

/// An open media inquiry and the time left to answer it.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenInquiry {
    /// The inquiry's event id.
    pub event: String,
    /// The outlet.
    pub outlet: String,
    /// The question.
    pub text: String,
    /// Seconds left; negative once the deadline has passed.
    pub remaining_secs: i64,
    /// Whether the trainee has replied.
    pub answered: bool,
}

/// Media inquiries received so far, with their countdowns at `now`.
pub fn inquiries(
    scenario: &Scenario,
    log: &SimLog,
    lang: &str,
    now: SimDuration,
) -> Vec<OpenInquiry> {
    let mut out = Vec::new();
    for entry in &log.entries {
        let LogKind::EventFired { event } = &entry.kind else {
            continue;
        };
        let Some(e) = scenario.event(event) else {
            continue;
        };
        let EventKind::MediaInquiry {
            actor,
            text,
            deadline,
        } = &e.kind
        else {
            continue;
        };
        let due = i64::from(entry.at.as_secs()) + i64::from(deadline.as_secs());
        let answered = log.actions().any(|(_, a)| matches!(&a.action, goldenhour_scenario::ActionKind::Reply { to } if to == event));
        out.push(OpenInquiry {
            event: event.clone(),
            outlet: scenario
                .text(lang, &format!("actor-{actor}"))
                .unwrap_or(actor)
                .to_owned(),
            text: scenario
                .text(lang, &format!("event-{event}"))
                .unwrap_or(text)
                .to_owned(),
            remaining_secs: due - i64::from(now.as_secs()),
            answered,
        });
    }
    out
}

/// Formats a countdown as `m:ss` or `h:mm:ss`, with a minus sign once overdue.
pub fn countdown(remaining_secs: i64) -> String {
    let sign = if remaining_secs < 0 { "-" } else { "" };
    let s = remaining_secs.unsigned_abs();
    if s >= 3600 {
        format!("{sign}{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
    } else {
        format!("{sign}{}:{:02}", s / 60, s % 60)
    }
}

/// A gauge's band: calm, tense or critical.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    /// Within comfortable limits.
    Calm,
    /// Worth watching.
    Tense,
    /// Act now.
    Critical,
}

/// The band of the pressure index (0–100; higher is worse).
pub fn pressure_band(pressure: f64) -> Band {
    if pressure >= 60.0 {
        Band::Critical
    } else if pressure >= 30.0 {
        Band::Tense
    } else {
        Band::Calm
    }
}

/// The band of trust (0–100; lower is worse).
pub fn trust_band(trust: f64) -> Band {
    if trust < 40.0 {
        Band::Critical
    } else if trust < 55.0 {
        Band::Tense
    } else {
        Band::Calm
    }
}

/// The wall-clock time of an offset, as `HH:MM`.
pub fn clock_label(scenario: &Scenario, at: SimDuration) -> String {
    let (_, h, m) = scenario.start().clock_at(at);
    format!("{h:02}:{m:02}")
}

/// Characters used, counted as a person counts them (one per Unicode scalar).
pub fn char_count(text: &str) -> usize {
    text.chars().count()
}

#[cfg(test)]
mod tests {
    use goldenhour_scenario::{ActionKind, Segment};
    use goldenhour_simlog::{LogEntry, PostAssessment, PublicPost, TraineeAction};

    use super::*;

    const MINIMAL: &str = include_str!("../../tests/data/minimal/scenario.ron");

    fn scenario() -> Scenario {
        let loaded = goldenhour_scenario::load(
            "scenario.ron",
            MINIMAL.replace("translations: [\"zh-CN\"],", "").as_bytes(),
            &[],
        );
        loaded.scenario.expect("the minimal scenario is valid")
    }

    fn at(mins: u32) -> SimDuration {
        SimDuration::from_mins(mins)
    }

    fn log() -> SimLog {
        let entry = |m, kind| LogEntry { at: at(m), kind };
        SimLog {
            entries: vec![
                entry(5, LogKind::EventFired { event: "e1".into() }),
                entry(15, LogKind::EventFired { event: "e2".into() }),
                entry(20, LogKind::EventFired { event: "e3".into() }),
                entry(30, LogKind::EventFired { event: "e4".into() }),
                entry(
                    31,
                    LogKind::PublicPost(PublicPost {
                        template: "t1".into(),
                        segment: Segment::WiderPublic,
                        text: "Why is @HarbourCity silent？".into(),
                        reposts: 3,
                        comments: 1,
                        likes: 9,
                    }),
                ),
                entry(
                    40,
                    LogKind::TraineeAction(Box::new(TraineeAction {
                        id: 0,
                        action: ActionKind::Reply { to: "e3".into() },
                        text: "Harbour Road reopens at 10:00.".into(),
                        assessment: PostAssessment::default(),
                    })),
                ),
            ],
            ..SimLog::default()
        }
    }

    #[test]
    fn feed_is_newest_first_and_leaves_briefings_out() {
        let items = feed(&scenario(), &log(), "en-US", "@HarbourCity");
        let kinds: Vec<FeedKind> = items.iter().map(|i| i.kind).collect();
        assert_eq!(
            kinds,
            vec![
                FeedKind::Mine,
                FeedKind::Public,
                FeedKind::Rumour,
                FeedKind::Inquiry,
                FeedKind::Question
            ]
        );
        assert_eq!(items[2].text, "The tap water is contaminated.");
        assert_eq!(items[3].author, "Harbour Daily");
        assert_eq!(items[3].event.as_deref(), Some("e3"));
        // Engagement is stable for the same post.
        let again = feed(&scenario(), &log(), "en-US", "@HarbourCity");
        assert_eq!(items[3].likes, again[3].likes);
    }

    #[test]
    fn tabs_and_search_filter_the_feed() {
        let items = feed(&scenario(), &log(), "en-US", "@HarbourCity");
        let count = |tab, search: &str| filter(&items, tab, search).len();
        assert_eq!(count(FeedTab::All, ""), 5);
        // The question and the comment that mentions the account.
        assert_eq!(count(FeedTab::Mentions, ""), 2);
        assert_eq!(count(FeedTab::Media, ""), 1);
        assert_eq!(count(FeedTab::Rumours, ""), 1);
        // Case and full-width forms are folded.
        assert_eq!(count(FeedTab::All, "ＨＡＲＢＯＵＲ road"), 2);
        assert_eq!(count(FeedTab::All, "silent?"), 1);
        assert_eq!(count(FeedTab::Media, "contaminated"), 0);
    }

    #[test]
    fn inquiries_count_down_and_know_when_answered() {
        let s = scenario();
        let mut l = log();
        let open = inquiries(&s, &l, "en-US", at(30));
        assert_eq!(open.len(), 1);
        assert_eq!(open[0].remaining_secs, 20 * 60);
        assert!(open[0].answered, "the trainee replied to e3");
        l.entries.pop();
        let open = inquiries(&s, &l, "en-US", at(55));
        assert!(!open[0].answered);
        assert_eq!(open[0].remaining_secs, -5 * 60);
        assert_eq!(countdown(open[0].remaining_secs), "-5:00");
        assert_eq!(countdown(3725), "1:02:05");
        assert_eq!(countdown(59), "0:59");
    }

    #[test]
    fn gauges_fall_into_bands() {
        assert_eq!(pressure_band(10.0), Band::Calm);
        assert_eq!(pressure_band(45.0), Band::Tense);
        assert_eq!(pressure_band(80.0), Band::Critical);
        assert_eq!(trust_band(70.0), Band::Calm);
        assert_eq!(trust_band(50.0), Band::Tense);
        assert_eq!(trust_band(20.0), Band::Critical);
    }

    #[test]
    fn clock_and_counter() {
        let s = scenario();
        assert_eq!(clock_label(&s, at(75)), "08:15");
        assert_eq!(char_count("江城发布 ok"), 7);
    }
}
