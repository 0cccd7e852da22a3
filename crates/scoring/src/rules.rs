//! The catalogue of rules: every finding the scorer can emit, with its dimension, its points,
//! the cap on its total, its Fluent message and the public source it rests on.
//! docs/scoring.md explains each one; a test checks the two agree.

use goldenhour_scenario::Dimension;

/// One scoring rule.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rule {
    /// Stable id, as in docs/scoring.md (`tone.blame`).
    pub id: &'static str,
    /// The dimension it affects.
    pub dimension: Dimension,
    /// Points per occurrence: positive adds, negative takes; 0 for advice on an absence.
    pub points: f64,
    /// Largest total magnitude of all its occurrences in one post (or run).
    pub cap: f64,
    /// Fluent message id that explains the finding and suggests a better wording.
    pub message: &'static str,
    /// Where the rule comes from (see docs/scoring.md's sources).
    pub source: &'static str,
}

const fn rule(
    id: &'static str,
    dimension: Dimension,
    points: f64,
    cap: f64,
    message: &'static str,
    source: &'static str,
) -> Rule {
    Rule {
        id,
        dimension,
        points,
        cap,
        message,
        source,
    }
}

use Dimension::{Authority, Interaction, Service, Speed, Tone, Transparency};

// Per-post rules. Base scores: tone 60, transparency 0, authority 40, service 0.
pub(crate) const EMPTY_TONE: Rule =
    rule("post.empty", Tone, -60.0, 60.0, "score-post-empty", "CERC");
pub(crate) const EMPTY_AUTHORITY: Rule = rule(
    "post.empty",
    Authority,
    -40.0,
    40.0,
    "score-post-empty",
    "CERC",
);

pub(crate) const TONE_EMPATHY: Rule = rule(
    "tone.empathy",
    Tone,
    20.0,
    20.0,
    "score-tone-empathy",
    "CERC",
);
/// `tone.empathy` in a post with a stock line (`tone.boilerplate`): half the points.
pub(crate) const TONE_EMPATHY_AMID_STOCK_POINTS: f64 = 10.0;
pub(crate) const TONE_NO_EMPATHY: Rule = rule(
    "tone.no-empathy",
    Tone,
    0.0,
    0.0,
    "score-tone-no-empathy",
    "CERC",
);
/// A statement that reports harm ("3人受伤", "two people are missing") with no word of
/// empathy or apology, when no earlier statement of the run showed any.
/// −15 for harm reported coldly; −20 (the cap) where the harm is a death. Not more: a cold
/// notice that tells the facts still outranks boilerplate and scapegoating on tone (SCCT ranks
/// the defensive strategies as the most damaging; the calibration corpus expects it).
pub(crate) const TONE_COLD: Rule = rule("tone.cold", Tone, -15.0, 20.0, "score-tone-cold", "CERC");
/// A post that publishes a private person's data fails them in tone as well: however warm
/// its words, exposing a person at the centre of the crisis shows them no respect (the run
/// answers for it again, `tone.privacy-breach`, as it does for transparency).
pub(crate) const TONE_PERSONAL_DATA: Rule = rule(
    "tone.personal-data",
    Tone,
    -15.0,
    15.0,
    "score-tone-personal-data",
    "CERC (show respect)",
);
/// What a death reported coldly costs.
pub(crate) const TONE_COLD_DEATH_POINTS: f64 = -20.0;
pub(crate) const TONE_APOLOGY: Rule = rule(
    "tone.apology",
    Tone,
    20.0,
    20.0,
    "score-tone-apology",
    "SCCT",
);
pub(crate) const TONE_OFFICIALESE: Rule = rule(
    "tone.officialese",
    Tone,
    -6.0,
    18.0,
    "score-tone-officialese",
    "61号; criticised",
);
/// Officialese in a sentence that goes on to say what was done, with a figure, time or place
/// ("数据管理局高度重视，8时40分已切断受影响服务器"): filler, not an empty notice.
pub(crate) const TONE_OFFICIALESE_BACKED: Rule = rule(
    "tone.officialese-backed",
    Tone,
    -2.0,
    6.0,
    "score-tone-officialese-backed",
    "61号; criticised (filler with nothing concrete)",
);
pub(crate) const TONE_BOILERPLATE: Rule = rule(
    "tone.boilerplate",
    Tone,
    -10.0,
    20.0,
    "score-tone-boilerplate",
    "criticised",
);
pub(crate) const TONE_DENIAL: Rule = rule(
    "tone.denial",
    Tone,
    -25.0,
    50.0,
    "score-tone-denial",
    "SCCT; criticised",
);
/// A denial stated with the verified fact that refutes the claim, in the same sentence: what
/// `score-tone-denial` asks for. It costs nothing.
pub(crate) const TONE_DENIAL_BACKED: Rule = rule(
    "tone.denial-backed",
    Tone,
    0.0,
    0.0,
    "score-tone-denial-backed",
    "SCCT deny (with evidence); CERC",
);
pub(crate) const TONE_BLAME: Rule = rule(
    "tone.blame",
    Tone,
    -30.0,
    60.0,
    "score-tone-blame",
    "SCCT; criticised",
);
pub(crate) const TONE_CONDESCENSION: Rule = rule(
    "tone.condescension",
    Tone,
    -30.0,
    60.0,
    "score-tone-condescension",
    "six qualities; criticised",
);
pub(crate) const TONE_LECTURING: Rule = rule(
    "tone.lecturing",
    Tone,
    -10.0,
    30.0,
    "score-tone-lecturing",
    "six qualities (平等); CERC show respect",
);
pub(crate) const TONE_THREAT: Rule = rule(
    "tone.threat",
    Tone,
    -15.0,
    30.0,
    "score-tone-threat",
    "CERC; criticised",
);
/// A legal warning as the last sentence of a verified rebuttal ("…经检测均合格。对故意编造传播
/// 虚假信息的，公安机关将依法处理。"): the short closing line `score-tone-threat-main` allows.
pub(crate) const TONE_THREAT_BACKED: Rule = rule(
    "tone.threat-backed",
    Tone,
    -5.0,
    10.0,
    "score-tone-threat-backed",
    "criticised (threat as the main message); CERC",
);
pub(crate) const TONE_THREAT_MAIN: Rule = rule(
    "tone.threat-main",
    Tone,
    -10.0,
    10.0,
    "score-tone-threat-main",
    "criticised",
);
pub(crate) const TONE_EXCUSE: Rule =
    rule("tone.excuse", Tone, -8.0, 16.0, "score-tone-excuse", "SCCT");
pub(crate) const TONE_LONG_SENTENCE: Rule = rule(
    "tone.long-sentence",
    Tone,
    -4.0,
    12.0,
    "score-tone-long-sentence",
    "CERC; 61号",
);
pub(crate) const TONE_FORBIDDEN: Rule = rule(
    "tone.forbidden",
    Tone,
    -15.0,
    45.0,
    "score-tone-forbidden",
    "rubric",
);

pub(crate) const TR_FACTS: Rule = rule(
    "transparency.facts",
    Transparency,
    10.0,
    30.0,
    "score-transparency-facts",
    "CERC",
);
pub(crate) const TR_UNKNOWNS: Rule = rule(
    "transparency.unknowns",
    Transparency,
    15.0,
    15.0,
    "score-transparency-unknowns",
    "CERC",
);
pub(crate) const TR_ACTIONS: Rule = rule(
    "transparency.actions",
    Transparency,
    20.0,
    20.0,
    "score-transparency-actions",
    "CERC",
);
pub(crate) const TR_NEXT_UPDATE: Rule = rule(
    "transparency.next-update",
    Transparency,
    20.0,
    20.0,
    "score-transparency-next-update",
    "CERC; 61号",
);
pub(crate) const TR_VAGUE_PROMISE: Rule = rule(
    "transparency.vague-promise",
    Transparency,
    5.0,
    5.0,
    "score-transparency-vague-promise",
    "CERC; criticised",
);
pub(crate) const TR_HELP: Rule = rule(
    "transparency.help",
    Transparency,
    15.0,
    15.0,
    "score-transparency-help",
    "CERC",
);
pub(crate) const TR_COMMITMENT: Rule = rule(
    "transparency.commitment",
    Transparency,
    5.0,
    5.0,
    "score-transparency-commitment",
    "CERC",
);
pub(crate) const TR_MISSING_FACTS: Rule = rule(
    "transparency.missing-facts",
    Transparency,
    0.0,
    0.0,
    "score-transparency-missing-facts",
    "CERC",
);
pub(crate) const TR_MISSING_UNKNOWNS: Rule = rule(
    "transparency.missing-unknowns",
    Transparency,
    0.0,
    0.0,
    "score-transparency-missing-unknowns",
    "CERC",
);
pub(crate) const TR_MISSING_ACTIONS: Rule = rule(
    "transparency.missing-actions",
    Transparency,
    0.0,
    0.0,
    "score-transparency-missing-actions",
    "CERC",
);
pub(crate) const TR_MISSING_NEXT_UPDATE: Rule = rule(
    "transparency.missing-next-update",
    Transparency,
    0.0,
    0.0,
    "score-transparency-missing-next-update",
    "CERC",
);
pub(crate) const TR_MISSING_HELP: Rule = rule(
    "transparency.missing-help",
    Transparency,
    0.0,
    0.0,
    "score-transparency-missing-help",
    "CERC",
);
pub(crate) const TR_BOILERPLATE: Rule = rule(
    "transparency.boilerplate",
    Transparency,
    -10.0,
    20.0,
    "score-transparency-boilerplate",
    "criticised",
);
pub(crate) const TR_SHIELD: Rule = rule(
    "transparency.shield",
    Transparency,
    -15.0,
    15.0,
    "score-transparency-shield",
    "criticised",
);
pub(crate) const TR_CONTRADICTION: Rule = rule(
    "transparency.contradiction",
    Transparency,
    -25.0,
    50.0,
    "score-transparency-contradiction",
    "CERC; 61号",
);
pub(crate) const TR_LEAK_PRIVATE: Rule = rule(
    "transparency.leak-private",
    Transparency,
    -25.0,
    50.0,
    "score-transparency-leak-private",
    "CERC",
);
/// Personal data found by its form, with or without a scenario: an ID number, a home address
/// down to the flat, a named person's age and street address.
pub(crate) const TR_PERSONAL_DATA: Rule = rule(
    "transparency.personal-data",
    Transparency,
    -25.0,
    50.0,
    "score-transparency-personal-data",
    "CERC",
);
pub(crate) const TR_LEAK_UNVERIFIED: Rule = rule(
    "transparency.leak-unverified",
    Transparency,
    -15.0,
    30.0,
    "score-transparency-leak-unverified",
    "CERC",
);

pub(crate) const AU_BODY: Rule = rule(
    "authority.responsible-body",
    Authority,
    20.0,
    20.0,
    "score-authority-responsible-body",
    "six qualities; criticised",
);
pub(crate) const AU_NO_SOURCE: Rule = rule(
    "authority.no-source",
    Authority,
    0.0,
    0.0,
    "score-authority-no-source",
    "six qualities",
);
/// A reply to a citizen that names no source speaks as the official account itself.
pub(crate) const AU_OWN_ACCOUNT: Rule = rule(
    "authority.own-account",
    Authority,
    20.0,
    20.0,
    "score-authority-own-account",
    "six qualities (权威)",
);
pub(crate) const AU_FACTS: Rule = rule(
    "authority.facts",
    Authority,
    5.0,
    20.0,
    "score-authority-facts",
    "61号",
);
pub(crate) const AU_VERIFIED: Rule = rule(
    "authority.verified",
    Authority,
    10.0,
    10.0,
    "score-authority-verified",
    "61号; criticised",
);
pub(crate) const AU_SPECULATION: Rule = rule(
    "authority.speculation",
    Authority,
    -15.0,
    30.0,
    "score-authority-speculation",
    "CERC; six qualities",
);
pub(crate) const AU_OVER_REASSURANCE: Rule = rule(
    "authority.over-reassurance",
    Authority,
    -15.0,
    30.0,
    "score-authority-over-reassurance",
    "CERC (don't over-reassure)",
);
pub(crate) const AU_VAGUE_NAMING: Rule = rule(
    "authority.vague-naming",
    Authority,
    -10.0,
    20.0,
    "score-authority-vague-naming",
    "criticised",
);
pub(crate) const AU_BARE_DENIAL: Rule = rule(
    "authority.bare-denial",
    Authority,
    -10.0,
    10.0,
    "score-authority-bare-denial",
    "criticised",
);
pub(crate) const AU_RUMOUR_HEADLINE: Rule = rule(
    "authority.rumour-headline",
    Authority,
    -10.0,
    10.0,
    "score-authority-rumour-headline",
    "CERC; criticised",
);
pub(crate) const AU_CONTRADICTION: Rule = rule(
    "authority.contradiction",
    Authority,
    -30.0,
    60.0,
    "score-authority-contradiction",
    "six qualities",
);
pub(crate) const AU_LEAK_UNVERIFIED: Rule = rule(
    "authority.leak-unverified",
    Authority,
    -25.0,
    50.0,
    "score-authority-leak-unverified",
    "six qualities",
);
pub(crate) const AU_UNBRIEFED: Rule = rule(
    "authority.unbriefed",
    Authority,
    -15.0,
    30.0,
    "score-authority-unbriefed",
    "six qualities",
);

pub(crate) const SV_GUIDANCE: Rule = rule(
    "service.guidance",
    Service,
    20.0,
    60.0,
    "score-service-guidance",
    "CERC; SCCT",
);
pub(crate) const SV_PHONE: Rule = rule(
    "service.phone",
    Service,
    40.0,
    40.0,
    "score-service-phone",
    "CERC",
);
pub(crate) const SV_HELP: Rule = rule(
    "service.help",
    Service,
    20.0,
    20.0,
    "score-service-help",
    "CERC",
);
pub(crate) const SV_PLACE: Rule = rule(
    "service.place",
    Service,
    15.0,
    15.0,
    "score-service-place",
    "CERC; Mileti",
);
pub(crate) const SV_WARNING: Rule = rule(
    "service.warning",
    Service,
    15.0,
    15.0,
    "score-service-warning",
    "Mileti",
);
pub(crate) const SV_MISSING_GUIDANCE: Rule = rule(
    "service.missing-guidance",
    Service,
    0.0,
    0.0,
    "score-service-missing-guidance",
    "CERC; SCCT",
);
pub(crate) const SV_MISSING_HELP: Rule = rule(
    "service.missing-help",
    Service,
    0.0,
    0.0,
    "score-service-missing-help",
    "CERC",
);

// Per-run rules. Speed and interaction start from 100 and lose each item's shortfall.
pub(crate) const SP_FIRST: Rule = rule(
    "speed.first-response",
    Speed,
    0.0,
    100.0,
    "score-speed-first-response",
    "80号; 61号; golden hour",
);
pub(crate) const SP_NO_RESPONSE: Rule = rule(
    "speed.no-response",
    Speed,
    0.0,
    100.0,
    "score-speed-no-response",
    "80号",
);
pub(crate) const SP_NO_STATEMENT: Rule = rule(
    "speed.no-statement",
    Speed,
    0.0,
    100.0,
    "score-speed-no-statement",
    "80号; CERC be first",
);
pub(crate) const SP_INQUIRY: Rule = rule(
    "speed.inquiry",
    Speed,
    0.0,
    100.0,
    "score-speed-inquiry",
    "HSEEP MSEL",
);
pub(crate) const SP_INQUIRY_MISSED: Rule = rule(
    "speed.inquiry-missed",
    Speed,
    0.0,
    100.0,
    "score-speed-inquiry-missed",
    "HSEEP MSEL",
);
pub(crate) const SP_RUMOUR: Rule = rule(
    "speed.rumour",
    Speed,
    0.0,
    100.0,
    "score-speed-rumour",
    "CERC; criticised",
);
pub(crate) const SP_RUMOUR_REPLIED: Rule = rule(
    "speed.rumour-replied",
    Speed,
    0.0,
    100.0,
    "score-speed-rumour-replied",
    "CERC be first; criticised",
);
pub(crate) const SP_RUMOUR_MISSED: Rule = rule(
    "speed.rumour-uncorrected",
    Speed,
    0.0,
    100.0,
    "score-speed-rumour-uncorrected",
    "CERC; criticised",
);
pub(crate) const SP_PROMISE_KEPT: Rule = rule(
    "speed.promise-kept",
    Speed,
    0.0,
    100.0,
    "score-speed-promise-kept",
    "criticised",
);
pub(crate) const SP_PROMISE_BROKEN: Rule = rule(
    "speed.promise-broken",
    Speed,
    0.0,
    100.0,
    "score-speed-promise-broken",
    "criticised",
);
pub(crate) const IN_ANSWERED: Rule = rule(
    "interaction.answered",
    Interaction,
    0.0,
    100.0,
    "score-interaction-answered",
    "six qualities",
);
pub(crate) const IN_UNANSWERED: Rule = rule(
    "interaction.unanswered",
    Interaction,
    0.0,
    100.0,
    "score-interaction-unanswered",
    "six qualities",
);
pub(crate) const IN_BIG_ONLY: Rule = rule(
    "interaction.big-accounts-only",
    Interaction,
    -10.0,
    10.0,
    "score-interaction-big-accounts-only",
    "six qualities",
);
pub(crate) const RUN_WITHHELD: Rule = rule(
    "transparency.withheld",
    Transparency,
    -15.0,
    45.0,
    "score-transparency-withheld",
    "CERC; 80号",
);
pub(crate) const RUN_LATE_DISCLOSURE: Rule = rule(
    "transparency.late-disclosure",
    Transparency,
    -5.0,
    25.0,
    "score-transparency-late-disclosure",
    "CERC; 80号",
);
pub(crate) const RUN_BROKEN_PROMISE: Rule = rule(
    "transparency.broken-promise",
    Transparency,
    -10.0,
    30.0,
    "score-transparency-broken-promise",
    "criticised",
);
pub(crate) const RUN_PRIVACY_BREACH: Rule = rule(
    "transparency.privacy-breach",
    Transparency,
    -20.0,
    40.0,
    "score-transparency-privacy-breach",
    "CERC show respect",
);
pub(crate) const RUN_PRIVACY_DISRESPECT: Rule = rule(
    "tone.privacy-breach",
    Tone,
    -15.0,
    30.0,
    "score-tone-privacy-breach",
    "CERC show respect",
);
pub(crate) const RUN_NO_APOLOGY: Rule = rule(
    "tone.no-apology",
    Tone,
    -15.0,
    30.0,
    "score-tone-no-apology",
    "SCCT; criticised",
);
pub(crate) const RUN_LATE_APOLOGY: Rule = rule(
    "tone.late-apology",
    Tone,
    -10.0,
    20.0,
    "score-tone-late-apology",
    "SCCT",
);
pub(crate) const RUN_NO_POSTS: Rule =
    rule("run.no-posts", Tone, 0.0, 0.0, "score-run-no-posts", "80号");

/// Rules that share one cap: empty language (officialese and boilerplate together) takes at
/// most this much tone, so that a cold notice stays above a scapegoating one (SCCT ranks the
/// defensive strategies as the most damaging).
pub(crate) const EMPTY_LANGUAGE_POOL: (&[&str], f64) = (
    &[
        "tone.officialese",
        "tone.officialese-backed",
        "tone.boilerplate",
    ],
    25.0,
);

/// Every rule, in docs order.
pub const RULES: &[Rule] = &[
    EMPTY_TONE,
    EMPTY_AUTHORITY,
    TONE_EMPATHY,
    TONE_NO_EMPATHY,
    TONE_COLD,
    TONE_APOLOGY,
    TONE_OFFICIALESE,
    TONE_OFFICIALESE_BACKED,
    TONE_BOILERPLATE,
    TONE_DENIAL,
    TONE_DENIAL_BACKED,
    TONE_BLAME,
    TONE_CONDESCENSION,
    TONE_LECTURING,
    TONE_THREAT,
    TONE_THREAT_BACKED,
    TONE_THREAT_MAIN,
    TONE_EXCUSE,
    TONE_LONG_SENTENCE,
    TONE_FORBIDDEN,
    TR_FACTS,
    TR_UNKNOWNS,
    TR_ACTIONS,
    TR_NEXT_UPDATE,
    TR_VAGUE_PROMISE,
    TR_HELP,
    TR_COMMITMENT,
    TR_MISSING_FACTS,
    TR_MISSING_UNKNOWNS,
    TR_MISSING_ACTIONS,
    TR_MISSING_NEXT_UPDATE,
    TR_MISSING_HELP,
    TR_BOILERPLATE,
    TR_SHIELD,
    TR_CONTRADICTION,
    TR_LEAK_PRIVATE,
    TR_PERSONAL_DATA,
    TONE_PERSONAL_DATA,
    TR_LEAK_UNVERIFIED,
    AU_BODY,
    AU_NO_SOURCE,
    AU_OWN_ACCOUNT,
    AU_FACTS,
    AU_VERIFIED,
    AU_SPECULATION,
    AU_OVER_REASSURANCE,
    AU_VAGUE_NAMING,
    AU_BARE_DENIAL,
    AU_RUMOUR_HEADLINE,
    AU_CONTRADICTION,
    AU_LEAK_UNVERIFIED,
    AU_UNBRIEFED,
    SV_GUIDANCE,
    SV_PHONE,
    SV_HELP,
    SV_PLACE,
    SV_WARNING,
    SV_MISSING_GUIDANCE,
    SV_MISSING_HELP,
    SP_FIRST,
    SP_NO_RESPONSE,
    SP_NO_STATEMENT,
    SP_INQUIRY,
    SP_INQUIRY_MISSED,
    SP_RUMOUR,
    SP_RUMOUR_REPLIED,
    SP_RUMOUR_MISSED,
    SP_PROMISE_KEPT,
    SP_PROMISE_BROKEN,
    IN_ANSWERED,
    IN_UNANSWERED,
    IN_BIG_ONLY,
    RUN_WITHHELD,
    RUN_LATE_DISCLOSURE,
    RUN_BROKEN_PROMISE,
    RUN_PRIVACY_BREACH,
    RUN_PRIVACY_DISRESPECT,
    RUN_NO_APOLOGY,
    RUN_LATE_APOLOGY,
    RUN_NO_POSTS,
];

/// The rule with this id and dimension.
pub fn rule_by_id(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}
