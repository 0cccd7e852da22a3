//! Structure beyond word lists: numbers, clock times, dates, durations, phone numbers and
//! places, found with a few regular expressions (and jieba's place tags) and resolved to
//! values where a rule needs them (a promised update's time).

use aho_corasick::{AhoCorasick, MatchKind};
use regex_automata::meta::Regex;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};

use crate::Language;
use crate::text::Prepared;

/// Morning or afternoon, when the text says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Meridiem {
    /// Not said: 8:00 may be morning or evening.
    Unknown,
    /// Before noon (上午, 凌晨, a.m.).
    Am,
    /// After noon (下午, 晚上, p.m.).
    Pm,
}

/// A time expression's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum TimeValue {
    /// A wall-clock time, possibly tomorrow.
    Clock {
        hour: u8,
        minute: u8,
        meridiem: Meridiem,
        tomorrow: bool,
    },
    /// A duration from now ("1小时后", "within the hour"), in minutes.
    After(u32),
    /// A recurring interval ("每2小时", "every 2 hours"), in minutes: the first is due after one.
    Every(u32),
    /// A date or a day word: anchors the incident, not resolvable to a moment.
    Date,
}

/// What a structural item is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum ItemKind {
    /// A quantity: "3人", "200 households", "三名".
    Number,
    /// A time, date or duration.
    Time(TimeValue),
    /// A phone number or hotline.
    Phone,
    /// A named place.
    Place,
}

/// A structural item, as original char offsets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Item {
    pub start: usize,
    pub end: usize,
    pub kind: ItemKind,
}

/// What a structure pattern finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A phone number standing alone (group 1).
    Phone,
    /// A short number cued by "热线", "call"… (group 1 or 2).
    PhoneCued,
    /// A date or a weekday.
    Date,
    /// A clock time.
    Clock,
    /// A duration or an interval.
    Duration,
    /// A number written in words with a counted noun ("三名", "two residents").
    NumberWords,
    /// Digits.
    Number,
}

/// The compiled patterns of one language.
///
/// All patterns but places run as one leftmost-first automaton, so the text is read once
/// however many patterns there are: where several match, the leftmost wins, and at the same
/// start the earlier in [`Patterns::each`]'s order (phones, dates, clocks, durations, counted
/// words, digits). A match a pattern's own checks reject (an hour of 25, "分钟" with no
/// number) gives way to the next pattern that matches at the same start.
#[derive(Debug)]
pub(crate) struct Patterns {
    lang: Language,
    /// Every pattern of `each`, in order, as one automaton (pattern id = index in `each`).
    all: Regex,
    /// The patterns one by one, for their capture groups, in priority order.
    each: Vec<(Kind, Regex)>,
    /// English places (capitalised names), matched on the original text.
    place: Option<Regex>,
    /// Personal data: ID numbers, home addresses down to the flat, a named person's age and
    /// street address (on the folded text in Chinese, the original in English).
    personal: Regex,
    /// Bodies named by their form, beyond the lexicon's list: "据中国地震台网正式测定",
    /// "经市发展改革委核实", "Kern County Fire", "Metro Health" (folded text in Chinese,
    /// original in English; in Chinese the body is capture group 1 after a source's cue, 2 for
    /// an office named by its title).
    bodies: Regex,
    /// Cues after which the account retells a rumour to refute it ("网传", "posts claiming").
    claim_cues: AhoCorasick,
    /// Where a service is to be had ("可在门诊一楼大厅办理手工挂号", "can pick up bottled
    /// water at Lincoln Park"), on the folded text.
    service_points: Regex,
    /// Words of a daily round ("每天", "every afternoon") and of a day to come ("今晚",
    /// "tomorrow"), the count of daily ones beside the automaton.
    rounds: (AhoCorasick, usize),
}

/// A claim the account retells to correct it (see [`Patterns::retold_claims`]), as char
/// ranges of the original.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Retold {
    /// The cue: "网传", "posts claiming that", "the website says".
    pub cue: (usize, usize),
    /// The claim after it, to the end of its clause.
    pub claim: (usize, usize),
}

/// Char spans of the text, sorted by start.
pub(crate) type Spans = Vec<(usize, usize)>;

/// The words of a daily round: "每天", "every afternoon".
pub(crate) fn daily_words(lang: Language) -> &'static [&'static str] {
    match lang {
        Language::ZhCn => &["每天", "每日", "每晚", "每早"],
        Language::EnUs => &[
            "daily",
            "every day",
            "each day",
            "every morning",
            "every afternoon",
            "every evening",
            "each morning",
            "each afternoon",
            "each evening",
        ],
    }
}

/// Words that can time a promised update without a clock (see [`Patterns::rounds`]): a
/// daily round, then a day to come (not "今天", as often the day something happened). The
/// automaton and how many of its patterns are daily.
fn rounds(lang: Language) -> (AhoCorasick, usize) {
    let daily = daily_words(lang);
    let days: &[&str] = match lang {
        Language::ZhCn => &[
            "今晚",
            "今天晚上",
            "今夜",
            "明天",
            "明日",
            "明早",
            "明晨",
            "明晚",
            "本周",
            "下周",
        ],
        Language::EnUs => &[
            "tonight",
            "this evening",
            "later today",
            "tomorrow",
            "this week",
            "next week",
        ],
    };
    match AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(daily.iter().chain(days))
    {
        Ok(a) => (a, daily.len()),
        Err(e) => panic!("bad built-in round words: {e}"),
    }
}

/// The cues of a retold rumour (see [`Patterns::retold_claims`]), on the folded text.
fn claim_cues(lang: Language) -> AhoCorasick {
    let cues: &[&str] = match lang {
        Language::ZhCn => &[
            "网传",
            "网上流传",
            "网上传言",
            "有网友称",
            "有网友说",
            "有人称",
            "传言称",
            "有传言",
            "谣传",
            "谣言:",
            "传言:",
            "网上说",
            "有人说",
            "网友说",
            "有说法称",
            "没有证据表明",
            "没有迹象表明",
            "没有迹象显示",
            "无迹象表明",
            "担心",
            "害怕",
            "不是说",
            // Correcting the account's own or another body's earlier word.
            "此前通报称",
            "此前称",
            "此前说",
            "之前说",
            "官网显示",
            "官网称",
            "此前我们说",
            "我们此前说",
            "之前我们说",
            "我们之前说",
            // A label named to refuse it ("被说成“暴力抗法”"), a charge named to answer it.
            "称之为",
            "说成",
            // Blame retold to own it: "此前街道发布的说明，把责任推给外包公司…让大家寒心了".
            "推给",
            "质疑",
            "骂",
            "批评",
            "指责",
        ],
        Language::EnUs => &[
            "posts claiming",
            "posts saying",
            "posts say",
            "posts claim",
            "post claiming",
            "claims that",
            "claim that",
            "claiming that",
            "rumours that",
            "rumors that",
            "rumour that",
            "rumor that",
            "rumour:",
            "rumor:",
            "claim:",
            "accounts say",
            "accounts claim",
            "people are saying",
            "not true that",
            "circulating online that",
            "no evidence that",
            "no sign that",
            "no indication that",
            "nobody has said",
            "no one has said",
            "people fear",
            "some fear",
            "fear that",
            "worried that",
            "worry that",
            "seen claims that",
            "not saying that",
            "not saying",
            // Correcting the account's own or another body's earlier word ("Earlier reports of
            // no injuries were wrong"; "The bureau's website says air quality is good, but…").
            "earlier reports of",
            "earlier reports that",
            "initial reports of",
            "initial reports that",
            "we said earlier that",
            "earlier we said",
            "we wrongly said",
            "we wrongly reported",
            "website says",
            "website said",
            "website shows",
            "website showed",
            "said earlier that",
            "said earlier there",
            "earlier said that",
            // A label others use, named to refuse it ("Some posts call this 'violent
            // resistance'; the footage shows otherwise", "We reject the label …"); a charge
            // named to answer it. Not the account's own words ("We call it an isolated
            // incident").
            "posts call this",
            "posts call it",
            "some call this",
            "some call it",
            "others call it",
            "people call it",
            "people call this",
            "reject the label",
            "accuse us of",
            "accused us of",
            "accusing us of",
        ],
    };
    match AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(cues)
    {
        Ok(a) => a,
        Err(e) => panic!("bad built-in claim cues: {e}"),
    }
}

/// Builds a regex from a pattern written in this file; a bad one is a programmer error
/// caught by every test.
fn re(pattern: &str) -> Regex {
    match Regex::new(pattern) {
        Ok(r) => r,
        Err(e) => panic!("bad built-in pattern {pattern:?}: {e}"),
    }
}

/// The automaton of several patterns, in priority order.
fn re_many(patterns: &[String]) -> Regex {
    match Regex::new_many(patterns) {
        Ok(r) => r,
        Err(e) => panic!("bad built-in patterns: {e}"),
    }
}

/// A pattern's capture groups over the text it ran on.
struct Caps<'c, 'h> {
    caps: &'c Captures,
    hay: &'h str,
    /// The whole match, as folded byte offsets.
    whole: (usize, usize),
}

impl<'h> Caps<'_, 'h> {
    fn span(&self, name: &str) -> Option<(usize, usize)> {
        // A pattern has a dozen groups at most: comparing their names is cheaper than the
        // hashed lookup of `get_group_by_name`.
        let pattern = self.caps.pattern()?;
        let index = self
            .caps
            .group_info()
            .pattern_names(pattern)
            .position(|n| n == Some(name))?;
        self.group(index)
    }

    fn get(&self, name: &str) -> Option<&'h str> {
        self.span(name).and_then(|(s, e)| self.hay.get(s..e))
    }

    fn group(&self, index: usize) -> Option<(usize, usize)> {
        self.caps.get_group(index).map(|s| (s.start, s.end))
    }
}

const ZH_DAY: &str = "明天|明日|今天|今日|今晚|今早|明早|明晚|今夜|明晨|今晨";
const ZH_PERIOD: &str = "凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜间|夜里";
const ZH_NUMERAL: &str = "[零一二三四五六七八九十两]";
/// What a Chinese figure counts or measures ("2人", "186毫米", "40%").
const ZH_UNIT: &str = "名|人|户|辆|处|座|所|栋|间|台|艘|具|例|吨|米|公里|千米|毫米|厘米|级|层|条|个|家|起|公顷|亩|平方米|立方米|元|%";
/// What an English figure counts ("420 passengers", "2,000 homes").
const EN_COUNTED: &str = "people|persons|residents|workers|children|pupils|adults|hikers|climbers|swimmers|tourists|visitors|guests|occupants|drivers|miners|men|women|boys|girls|vehicles|cars|homes|houses|households|buildings|families|patients|inpatients|passengers|students|firefighters|rescuers|crews|teams|officers|staff|employees|vendors|boats|trucks|pumps|shelters|underpasses|roads|sections|beds|calls|injured|dead|deaths|victims|casualties|bodies|tonnes|tons|metres|meters|kilometres|miles|cases|incidents";

impl Patterns {
    /// Compiles the patterns of `lang`.
    pub fn new(lang: Language) -> Patterns {
        // A local number may be split by a space ("028-8766 1200"); a US one may be seven digits
        // ("555-0142"). Digits run on by a letter are a code, not a phone (batch "20240316A1").
        let phone = r"(?:^|[^[0-9]])((?:\(?[0-9]{3,4}\)?[- ])?[0-9]{7,8}|[0-9]{3,4}-[0-9]{3,4} [0-9]{3,4}|1[3-9][0-9]{9}|[0-9]{3}-[0-9]{3}-[0-9]{4}|\([0-9]{3}\)\s?[0-9]{3}-[0-9]{4}|[0-9]{3}-[0-9]{4})(?:[^[0-9A-Za-z]]|$)".to_owned();
        // Digits, with what they count where it follows ("2人", "1.8万名", "112.4 mm",
        // "420 passengers"), so the evidence says what the figure is. A comma groups thousands
        // ("2,000 homes"); before other digits it separates ("热线12345转3，24小时有人接" is the
        // extension 3, then 24 hours, not one figure «3，24»).
        let digits = r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?";
        let (each, place): (Vec<(Kind, String)>, Option<Regex>) = match lang {
            Language::ZhCn => (
                vec![
                    (Kind::Phone, phone),
                    (
                        Kind::PhoneCued,
                        r"(?:(?:热线|电话|专线|拨打|致电|求助|咨询|报警|联系)[^[0-9]\n。]{0,8}?|打)([0-9]{3,4}-[0-9]{3,4} [0-9]{3,4}|[0-9]{3,4} [0-9]{3,4}|[0-9][[0-9]-]{1,14}[0-9])|([0-9]{3,12})\s*(?:服务热线|热线|专线)".to_owned(),
                    ),
                    (
                        Kind::Date,
                        r"(?:[0-9]{4}\s*年\s*)?[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*[日号]|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号]|[0-9]{4}\s*年|[0-9]{1,2}\s*日\s*(?:凌晨|早上|上午|中午|下午|傍晚|晚上|晚间|夜间)".to_owned(),
                    ),
                    (
                        Kind::Clock,
                        format!(
                            r"(?P<day>{ZH_DAY})?\s*(?P<per>{ZH_PERIOD})?\s*(?P<h>[0-9]{{1,2}})\s*(?:(?::\s*(?P<m>[0-9]{{2}}))|(?P<unit>[时点])\s*(?:(?P<m2>[0-9]{{1,2}})\s*分|(?P<half>半)|整)?)"
                        ),
                    ),
                    (
                        Kind::Clock,
                        format!(
                            r"(?P<day>{ZH_DAY})?\s*(?P<per>{ZH_PERIOD})?\s*(?P<hz>{ZH_NUMERAL}{{1,3}})\s*(?P<unit>时|点钟|点)\s*(?:(?P<mz>{ZH_NUMERAL}{{1,3}})\s*分|(?P<half>半)|整)?"
                        ),
                    ),
                    (
                        Kind::Duration,
                        format!(
                            r"(?P<every>每隔|每)?\s*(?P<n>[0-9]+(?:\.[0-9]+)?|{ZH_NUMERAL}{{1,3}})?\s*个?\s*(?P<half>半)?\s*(?P<unit>小时|钟头|分钟)\s*(?:后|以后|之后|内|之内|以内)?"
                        ),
                    ),
                    (
                        Kind::Duration,
                        format!(
                            r"(?P<n>[0-9]+|{ZH_NUMERAL}{{1,3}})\s*个?\s*(?P<unit>工作日|天|日)\s*(?:内|之内|以内|后|以后|之后)"
                        ),
                    ),
                    (
                        Kind::NumberWords,
                        r"[一二三四五六七八九十两百千万]+\s*(?:名|人|户|辆|处|座|所|栋|间|台|艘|具|例|吨|米|公里|千米|毫米|级|层|条)".to_owned(),
                    ),
                    // A length in minutes and seconds ("3分12秒") is one figure, not two.
                    (
                        Kind::Number,
                        r"[0-9]{1,3}\s*分\s*[0-9]{1,2}\s*秒".to_owned(),
                    ),
                    (
                        Kind::Number,
                        format!(
                            r"{digits}(?:\s*[万亿])?(?:\s*(?:{ZH_UNIT}))?"
                        ),
                    ),
                ],
                None,
            ),
            Language::EnUs => (
                vec![
                    (Kind::Phone, phone),
                    (
                        Kind::PhoneCued,
                        r"(?-u:\b)(?:(?:call|calling|dial|dialing|phone|ring)(?-u:\b)[^[0-9]\n]{0,24}?|(?:hotline|helpline|tel|text|number|information|info|enquiries|inquiries)(?-u:\b)[^[0-9]\n]{0,12}?|(?:line|help|questions|conditions|updates|status):\s{0,2})(\(?[0-9][[0-9] ()-]{1,14}[0-9])|([0-9]{3,12})\s*(?:hotline|helpline)".to_owned(),
                    ),
                    (
                        Kind::Date,
                        r"(?-u:\b)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?(?-u:\b)|(?-u:\b)[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)(?-u:\b)|(?-u:\b)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?-u:\b)".to_owned(),
                    ),
                    (
                        Kind::Clock,
                        r"(?-u:\b)(?P<h>[0-9]{1,2})(?::(?P<m>[0-9]{2}))?\s*(?P<ampm>[ap]\.m\.|[ap]\.?\s?m(?-u:\b))".to_owned(),
                    ),
                    (
                        Kind::Clock,
                        r"(?-u:\b)(?P<h>[0-9]{1,2}):(?P<m>[0-9]{2})(?-u:\b)".to_owned(),
                    ),
                    // The 24-hour clock of responders: "Next sitrep 0430", "1400 hrs". Without
                    // "hrs" only with a leading zero: "1954" is a year.
                    // With its "hours" first: "0750 hours" whole, not "0750".
                    (
                        Kind::Clock,
                        r"(?-u:\b)(?P<h>[01][0-9]|2[0-3])(?P<m>[0-5][0-9])\s*(?:hrs|hours)(?-u:\b)"
                            .to_owned(),
                    ),
                    (
                        Kind::Clock,
                        r"(?-u:\b)(?P<h>0[0-9])(?P<m>[0-5][0-9])(?-u:\b)".to_owned(),
                    ),
                    (
                        Kind::Clock,
                        r"(?-u:\b)(?P<noon>noon|midday|midnight)(?-u:\b)".to_owned(),
                    ),
                    (
                        Kind::Duration,
                        r"(?-u:\b)(?P<every>every)?\s*(?:(?:in|within|after)\s+)?(?:the\s+next\s+)?(?:(?P<n>[0-9]+(?:\.[0-9]+)?)|(?P<w>an?|one|two|three|four|five|six|eight|ten|twelve|half\s+an?|thirty|fifteen|twenty|forty-five))\s+(?P<unit>hours?|hrs?|minutes?|mins?|(?:working\s+|business\s+)?days?)(?-u:\b)|(?-u:\b)within\s+the\s+(?P<hour>hour)(?-u:\b)".to_owned(),
                    ),
                    (
                        Kind::NumberWords,
                        format!(r"(?-u:\b)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|dozens?|hundreds?)\s+(?:[a-z]+\s+)?(?:{EN_COUNTED})(?-u:\b)"),
                    ),
                    (
                        Kind::Number,
                        format!(
                            r"{digits}(?:\s?(?:%|(?:per\s?cent|percent|mm|cm|km/h|kph|km|kg|ha|mph|inches|feet|ft|degrees)(?-u:\b))|-year-olds?(?-u:\b)|\s+(?:{EN_COUNTED})(?-u:\b))?"
                        ),
                    ),
                ],
                Some(re(
                    r"(?-u:\b)(?:St\.\s+)?(?:(?:[A-Z][A-Za-z'’-]+|[0-9]+(?:st|nd|rd|th))\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Drive|Way|Highway|Bridge|Tunnel|Park|Square|Plaza|Hospital|Clinic|School|Academy|College|University|Station|Airport|Port|Harbour|Harbor|Dam|River|Lake|District|County|Centre|Center|Hall|Gym|Gymnasium|Stadium|Arena|Mall|Market|Estate|Village|Town|Exit|Junction|Interchange|Terminal|Pier|Building|Tower|Reservoir|Factory|Plant|Warehouse|Church|Library|Pass|Canyon|Creek|Beach|Trail|Ridge|Valley|Elementary)(?-u:\b)",
                )),
            ),
        };
        let sources: Vec<String> = each.iter().map(|(_, p)| p.clone()).collect();
        // Only the syntax the regex features in Cargo.toml allow: no `\p{Han}` (scripts).
        let personal = re(match lang {
            Language::ZhCn => {
                r"身份证(?:号码|号)?\s*[:：]?\s*[0-9]{6,}[0-9x*]*|(?-u:\b)[1-9][0-9]{16}[0-9x](?-u:\b)|[0-9]+\s*(?:栋|幢|号楼)\s*(?:[0-9]+\s*单元\s*)?[0-9]+\s*(?:室|号)|[0-9]+\s*单元\s*[0-9]+\s*室|[0-9]+\s*(?:栋|幢|号楼)\s*[0-9]+\s*单元\s*[0-9]+|[\x{3400}-\x{9FFF}]某{1,2}\s*[（(][^）)]{0,24}?[0-9]{1,2}\s*岁[^。;]{0,30}?班|某{1,2}[^。,，]{0,10}?(?:电话|手机)[:：]?\s*1[3-9][0-9]{9}|(?:女儿|儿子|外甥女|外甥|侄女|侄子|妻子|丈夫|老伴|爱人|母亲|父亲|孙女|孙子)\s*@[^\s,，。;；:：!！?？]{1,16}|独居的?\s*[0-9]{1,3}\s*岁|家住[^。,，;；]{2,24}?[0-9]+\s*(?:号|栋|幢|室|楼)|[\x{3400}-\x{9FFF}]{1,3}(?:巷|弄|里|路|街)\s*[0-9]+\s*号\s*[0-9一二三四五六七八九十]+\s*(?:楼|层)|[\x{3400}-\x{9FFF}&&[^某]]{2,3}\s*[（(，,]\s*[男女]\s*[，,、]\s*[0-9]{1,3}\s*岁(?:[^）)。;；]{0,30}[）)])?|[0-9]{3,4}\s*室\s*(?:住户|居民|业主|租户)|(?:患者|病例|当事人|家属|伤者|死者)[^。,，]{0,10}?(?:电话|手机)[^0-9。,，]{0,4}1[3-9][0-9]{9}|[\x{3400}-\x{9FFF}]{1,3}\s*[（(][^）)]{0,12}?[0-9]{1,3}\s*岁[^）)]{0,6}?家住[^）)]{2,24}[）)]|班\s*[\x{3400}-\x{9FFF}]某{1,2}[\x{3400}-\x{9FFF}]?\s*[（(][^）)]{0,12}?[0-9]{1,2}\s*岁"
            }
            Language::EnUs => {
                r"(?i:social security number|ssn|id number|passport number|id card number)[:#\s]*[0-9][0-9 -]{4,}|(?:[A-Z][a-z]+\s+){1,2}(?:[A-Z]\.\s+)?[A-Z][a-z]+,\s*(?:aged\s+)?[0-9]{1,3},\s*(?:of|from)\s+(?:[0-9]+[A-Za-z]?\s+[A-Z][a-z]+|(?:[A-Z][a-z]+\s+){1,2}(?:Terrace|Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr|Court|Ct|Close|Way|Place|Pl|Crescent|Boulevard|Blvd)(?-u:\b))|(?i:daughter|son|nephew|niece|wife|husband|mother|father|grandson|granddaughter)\s+@[A-Za-z0-9_]+|(?i:lives alone)[^.;]{0,60}?[0-9]+[A-Za-z]?\s+[A-Z][a-z]+\s+(?:Lane|Street|Road|Alley|Avenue|Court|Close)|(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+,\s*(?:aged\s+)?[0-9]{1,3},[^.;]{0,80}?(?i:critical|serious|stable|fair|grave|guarded)\s+condition|(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+,\s*(?:[0-9]{1,2},\s*)?an?\s+(?:[0-9]{1,2}(?:st|nd|rd|th)[- ]grader|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)[- ]grader|kindergartner|(?:freshman|sophomore|junior|senior|student|pupil)\s+at\s+[A-Z])|(?:[A-Z][a-z]+\s+)[A-Z][a-z]*\.?,\s*who\s+lives\s+(?:on|at)\s+[A-Z0-9]|(?:[A-Z][a-z]+\s+)(?:[A-Z]\.\s+)?(?:[A-Z][a-z]+|[A-Z]\.),\s*(?:aged\s+)?(?:1[0-7]|[1-9]),|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\s*\(\s*(?:aged\s+)?[0-9]{1,3}\s*\)|(?:[A-Z][a-z]+\s+)[A-Z][a-z]+(?:\s*\(\s*[0-9]{1,3}\s*\))?,?\s+of\s+(?i:flat|apartment|apt\.?|unit)\s*[0-9]+[A-Za-z]?|(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+,\s*(?:aged\s+)?[0-9]{1,3},\s*(?:[0-9]+[A-Za-z]?\s+(?:(?i:blk|block)\s+(?:of\s+)?)?(?:[A-Z][a-z]+\s+){1,2}(?:Terrace|Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr|Court|Ct|Close|Way|Place|Pl|Crescent|Boulevard|Blvd)(?-u:\b)|(?:[A-Z][A-Za-z]+\s+){1,5}[^,.;\n]{0,20}?,\s*(?i:lot|unit|apt\.?|apartment|flat|space)\s*[0-9]+)"
            }
        });
        let bodies = re(match lang {
            // A source before its verb ("据…通报", "经…核实"), or a local government's office by
            // its title ("市政务服务数据管理局", "县防汛抗旱指挥部").
            Language::ZhCn => {
                r"(?:据|经|根据|由)\s*([\x{3400}-\x{9FFF}]{2,16}?(?:委员会|研究院|医院|集团|公司|办公室|中心|台网|局|委|办|厅|部|站|所|署|支队|大队))\s*(?:正式)?(?:通报|测定|核实|发布|安排|确认|检测|监测|统计|调查|核查|公布|通知|报告|消息)|((?:省|市|区|县|州|镇|乡)[\x{3400}-\x{9FFF}]{1,12}?(?:管理局|委员会|指挥部|支队|大队))"
            }
            Language::EnUs => {
                r"(?-u:\b)(?:City|County|Town|Village|Borough) of(?: [A-Z][A-Za-z'’-]+){1,3}(?-u:\b)|(?-u:\b)(?:St\. +)?(?:[A-Z][A-Za-z&'’-]* +){1,4}(?:Department|Dept|Police|FD|PD|EMS|OEM|Sheriff's Office|Sheriff|Transit|Authority|Agency|Bureau|Commission|Council|Ministry|Administration|Health|Services|Service|Board|Utilities|(?:County|City|District|Rescue) +Fire|Fire +(?:HazMat|Hazmat|Rescue)|(?:Hospital|Medical Center|Medical Centre) +(?:reports|reported|says|said|confirms|confirmed|announced|states|stated))(?-u:\b)"
            }
        });
        let service_points = re(match lang {
            Language::ZhCn => {
                r"(?:可|可以|请)(?:在|到|前往|通过|登录)[^,，。;；!！?？\n]{1,24}?(?:办理|领取|开具|查询|咨询|申请|预约|登记|退票|退费|改签)|(?:可以|可)全额(?:退票|退费|退款|退|报销)|(?:都能|都可以|均可)(?:办理|办)"
            }
            Language::EnUs => {
                r"(?-u:\b)(?:can|may)\s+(?:pick up|collect|get|request|apply for|obtain|download|fill)(?-u:\b)[^.;!?\n]{1,40}?(?-u:\b)(?:at|from|online)(?-u:\b)"
            }
        });
        Patterns {
            lang,
            bodies,
            service_points,
            all: re_many(&sources),
            each: each.into_iter().map(|(k, p)| (k, re(&p))).collect(),
            place,
            personal,
            claim_cues: claim_cues(lang),
            rounds: rounds(lang),
        }
    }

    /// The words of a daily round ("每天", "every afternoon") and those of a day to come
    /// ("今晚", "明天", "tomorrow") in the text (in English whole words), as char spans sorted
    /// by start: found in one pass, then looked up per sentence.
    pub(crate) fn rounds(&self, p: &Prepared<'_>) -> (Spans, Spans) {
        let text = p.folded.as_str();
        let (automaton, n_daily) = &self.rounds;
        let (mut daily, mut days) = (Vec::new(), Vec::new());
        for m in automaton.find_iter(text) {
            let whole = self.lang == Language::ZhCn
                || (!text[..m.start()].ends_with(|c: char| c.is_alphanumeric())
                    && !text[m.end()..].starts_with(|c: char| c.is_alphanumeric()));
            if whole {
                let span = p.chars_of_folded(m.start(), m.end());
                if m.pattern().as_usize() < *n_daily {
                    daily.push(span);
                } else {
                    days.push(span);
                }
            }
        }
        (daily, days)
    }

    /// Where a service is to be had, as original char ranges: "可在门诊一楼大厅办理",
    /// "延误证明可在地铁App…中在线开具", "can pick up bottled water at"; a refund offered
    /// ("没滑成的票可以全额退") and where it is done ("游客中心或者原购票平台都能办").
    pub fn service_points(&self, p: &Prepared<'_>) -> Vec<(usize, usize)> {
        self.service_points
            .find_iter(p.folded.as_str())
            .map(|m| p.chars_of_folded(m.start(), m.end()))
            .collect()
    }

    /// Personal data in the text, as original char ranges: "身份证号430102…", "5栋302室",
    /// "John Miller, 54, of 22 Birch Lane", "Mr Derek Palmer (72) of Flat 9D".
    pub fn personal(&self, p: &Prepared<'_>) -> Vec<(usize, usize)> {
        // Most English posts hold none of the markers: skip the search there.
        let folded = p.folded.as_str();
        let marked = match self.lang {
            Language::ZhCn => true,
            Language::EnUs => {
                [
                    ", of ",
                    ", from ",
                    "number",
                    "ssn",
                    "@",
                    "lives alone",
                    " condition",
                    "grader",
                    "kindergartner",
                    "freshman at",
                    "sophomore at",
                    "junior at",
                    "senior at",
                    "student at",
                    "pupil at",
                    "who lives",
                ]
                .iter()
                .any(|m| folded.contains(m))
                    || age_after_name(folded)
                    // "Mr Derek Palmer (72)", "Tom Reed of Flat 12".
                    || (folded.contains('(')
                        && ["mr", "mrs", "ms", "miss", "mx", "dr"]
                            .iter()
                            .any(|t| folded.contains(t)))
                    || [" of flat", " of apartment", " of apt", " of unit"]
                        .iter()
                        .any(|m| folded.contains(m))
            }
        };
        if !marked {
            return Vec::new();
        }
        match self.lang {
            Language::ZhCn => self
                .personal
                .find_iter(folded)
                .filter(|m| !zh_anonymous(folded, m.start(), m.end()))
                .map(|m| p.chars_of_folded(m.start(), m.end()))
                .collect(),
            Language::EnUs => self
                .personal
                .find_iter(p.original)
                .map(|m| p.chars_of_original(m.start(), m.end()))
                .collect(),
        }
    }

    /// The account's own name signing off a post ("…Next update at noon. —Riverton Metro",
    /// "\n——临江地铁运营分公司"), as an original char range: in English capitalised words
    /// (and "of", "and", "the", "&") after a final dash; in Chinese see `zh_sign_off`.
    pub fn sign_off(&self, p: &Prepared<'_>) -> Option<(usize, usize)> {
        if self.lang == Language::ZhCn {
            return zh_sign_off(p);
        }
        let text = p.original.trim_end();
        let dash = text.rfind(['—', '–'])?;
        // The dash opens the last line or follows the last sentence ("…at noon. —Riverton
        // Metro"); a dash inside a sentence ("he said — Thank You") signs nothing.
        let opens = text[..dash]
            .trim_end_matches([' ', '\t'])
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | ')' | '\n' | '"' | '”'));
        if !opens {
            return None;
        }
        let after = dash + text[dash..].chars().next()?.len_utf8();
        let name = text[after..].trim();
        // "—Office of the Mayor, Town of Milo Bend": a comma between two capitalised parts.
        let words: Vec<&str> = name
            .split_whitespace()
            .map(|w| w.strip_suffix(',').unwrap_or(w))
            .collect();
        let named = (1..=10).contains(&words.len())
            && words[0].starts_with(|c: char| c.is_ascii_uppercase())
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_ascii_uppercase())
                    || matches!(*w, "of" | "and" | "the" | "for" | "&")
                    // "—State DOT District 4"
                    || w.chars().all(|c| c.is_ascii_digit())
            })
            && !name.contains(['.', '!', '?', ':', ';'])
            && name.matches(',').count() <= 1
            && !matches!(
                words[0],
                "Thank"
                    | "Thanks"
                    | "Stay"
                    | "Please"
                    | "Be"
                    | "Take"
                    | "Call"
                    | "Dial"
                    | "Text"
                    | "Visit"
                    | "Go"
                    | "Follow"
                    | "Check"
                    | "Keep"
                    | "Avoid"
                    | "Do"
                    | "Don't"
            );
        if !named {
            return None;
        }
        let start = after + (text[after..].len() - text[after..].trim_start().len());
        Some(p.chars_of_original(start, start + name.len()))
    }

    /// Bodies named by their form (see `bodies`), as original char ranges. An English name of
    /// a determiner and a head alone ("The Department", "Our Health") names nobody.
    pub fn named_bodies(&self, p: &Prepared<'_>) -> Vec<(usize, usize)> {
        match self.lang {
            Language::ZhCn => self
                .bodies
                .captures_iter(p.folded.as_str())
                .filter_map(|c| c.get_group(1).or_else(|| c.get_group(2)))
                .map(|m| p.chars_of_folded(m.start, m.end))
                .collect(),
            Language::EnUs => {
                const DETERMINERS: &[&str] = &[
                    "The", "A", "An", "Our", "This", "That", "Its", "Their", "Your", "All",
                    "Every", "Each",
                ];
                self.bodies
                    .find_iter(p.original)
                    .filter_map(|m| {
                        // "Central Hospital reports…": a hospital is a source where it reports
                        // (not where people were taken); the verb is no part of its name.
                        let end = match p.original[m.start()..m.end()].rsplit_once(' ') {
                            Some((name, _verb))
                                if name.ends_with("Hospital")
                                    || name.ends_with("Center")
                                    || name.ends_with("Centre") =>
                            {
                                m.start() + name.trim_end().len()
                            }
                            _ => m.end(),
                        };
                        let name = &p.original[m.start()..end];
                        // "The National Weather Service" is named from "National".
                        let first = name.split(' ').next().unwrap_or("");
                        let start = if DETERMINERS.contains(&first) {
                            m.start() + name[first.len()..].find(|c: char| c != ' ')? + first.len()
                        } else {
                            m.start()
                        };
                        let words: Vec<&str> = p.original[start..end].split(' ').collect();
                        let named = words[..words.len() - 1]
                            .iter()
                            .any(|w| !w.is_empty() && !matches!(*w, "County" | "City"));
                        named.then(|| p.chars_of_original(start, end))
                    })
                    .collect()
            }
        }
    }

    /// A rumour told in the account's own words to refute it, as char ranges: what follows
    /// "网传", "有网友称", "posts claiming that", "it is not true that" up to the end of its
    /// clause ("网传某小区有3人死亡，经核实…", "Posts claiming that the dam has collapsed are
    /// false"). A quotation right after the cue is left to the quotation check. Each comes
    /// with its cue's own range: the cue names who said it ("官网显示", "the website says").
    pub fn retold_claims(&self, p: &Prepared<'_>) -> Vec<Retold> {
        let chars = &p.folded_chars;
        let mut out: Vec<Retold> = Vec::new();
        for m in self.claim_cues.find_iter(p.folded.as_str()) {
            let (cue_start, after) = p.chars_of_folded(m.start(), m.end());
            let from = after
                + chars[after.min(chars.len())..]
                    .iter()
                    .take_while(|c| c.is_whitespace())
                    .count();
            if matches!(chars.get(from), None | Some('“' | '"' | '「')) {
                continue;
            }
            // "大家的担心我们理解", "我们理解您的担心": a worry acknowledged, not one retold.
            let cue = &p.folded[m.start()..m.end()];
            if matches!(cue, "担心" | "害怕") && chars.get(from) == Some(&'我') {
                continue;
            }
            // "在网上说三道四" gossips about the account: the idiom 说三道四 retells no claim.
            if cue.ends_with('说') && p.folded[m.end()..].starts_with("三道四") {
                continue;
            }
            // A title's closing bracket ends the claim it names: in "【关于网传…视频的情况
            // 通报】今天（3月11日）上午…" the body's first words are the account's own.
            let to = (from..chars.len())
                .find(|&k| match chars[k] {
                    '。' | '!' | '?' | ',' | ';' | ':' | '\n' | '】' | ']' => true,
                    '.' => chars.get(k + 1).is_none_or(|c| c.is_whitespace()),
                    _ => false,
                })
                .unwrap_or(chars.len());
            if from < to {
                out.push(Retold {
                    cue: (cue_start, after),
                    claim: (from, to),
                });
            }
        }
        out
    }

    /// Every structural item of the text, overlaps resolved (phones, then times, then
    /// numbers; a number inside a phone or a time is not a second item).
    // Not inlined, so that profiles show its cost apart (docs/performance.md).
    #[inline(never)]
    pub fn scan(&self, p: &Prepared<'_>) -> Vec<Item> {
        let folded = p.folded.as_str();
        // Items never overlap, so keyed by start a new item overlaps an old one only if the
        // last item starting before its end reaches past its start.
        let mut items: std::collections::BTreeMap<usize, Item> = std::collections::BTreeMap::new();
        let push = |items: &mut std::collections::BTreeMap<usize, Item>,
                    (start, end): (usize, usize),
                    kind| {
            let clashes = items
                .range(..end)
                .next_back()
                .is_some_and(|(_, i)| i.end > start);
            if start < end && !clashes {
                items.insert(start, Item { start, end, kind });
            }
        };
        let mut caps: Vec<Captures> = self.each.iter().map(|(_, r)| r.create_captures()).collect();
        let mut at = 0;
        while at < folded.len() {
            let Some(m) = self.all.search(&Input::new(folded).range(at..)) else {
                break;
            };
            let start = m.start();
            // The pattern that matched first, then (if its checks reject the match) the
            // later ones that also match here.
            let mut found = None;
            let first = m.pattern().as_usize();
            for (k, ((kind, regex), caps)) in self
                .each
                .iter()
                .zip(caps.iter_mut())
                .enumerate()
                .skip(first)
            {
                let end = if k == first {
                    Some(m.end())
                } else {
                    let input = Input::new(folded).range(start..).anchored(Anchored::Yes);
                    regex.search(&input).map(|m| m.end())
                };
                let Some(end) = end else { continue };
                // Only some kinds read capture groups; the others need just the match.
                if matches!(
                    kind,
                    Kind::Phone | Kind::PhoneCued | Kind::Clock | Kind::Duration
                ) {
                    let input = Input::new(folded).span(start..end).anchored(Anchored::Yes);
                    regex.search_captures(&input, caps);
                } else {
                    caps.set_pattern(None);
                }
                let c = Caps {
                    caps,
                    hay: folded,
                    whole: (start, end),
                };
                if let Some(item) = self.accept(*kind, &c, p) {
                    found = Some(item);
                    break;
                }
            }
            let next_char = folded[start..].chars().next().map_or(1, char::len_utf8);
            match found {
                Some((span, kind, resume)) => {
                    push(&mut items, span, kind);
                    at = resume.max(start + next_char);
                }
                None => at = start + next_char,
            }
        }
        match &self.place {
            Some(place) => {
                for m in place.find_iter(p.original) {
                    let Some((from, to)) = en_place(p.original, m.start(), m.end()) else {
                        continue;
                    };
                    let (start, end) = p.chars_of_original(from, to);
                    // "Exit 12": the number is the place's, not a figure of its own.
                    if to > m.end() {
                        let (_, name_end) = p.chars_of_original(m.start(), m.end());
                        items.retain(|&at, i| {
                            !(at >= name_end && i.end <= end && i.kind == ItemKind::Number)
                        });
                    }
                    push(&mut items, (start, end), ItemKind::Place);
                }
            }
            None => {
                for (start, end) in zh_places(p) {
                    push(&mut items, (start, end), ItemKind::Place);
                }
            }
        }
        items.into_values().collect()
    }

    /// The item a pattern's match makes, as (original char span, kind, the folded byte
    /// offset where the scan resumes), or `None` when the match does not hold up.
    fn accept(
        &self,
        kind: Kind,
        caps: &Caps<'_, '_>,
        p: &Prepared<'_>,
    ) -> Option<((usize, usize), ItemKind, usize)> {
        let (start, end) = caps.whole;
        let folded = caps.hay;
        match kind {
            Kind::Phone => {
                // Group 1 is the number; the pattern also reads one char either side (not a
                // digit), and the scan resumes after the number so that char stays free.
                let (s, e) = caps.group(1)?;
                // Digits run on from a letter are a code, not a number to call: a water
                // system's "PWSID OH1234567", a batch "A20240316".
                if folded[..s]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_alphabetic())
                {
                    return None;
                }
                Some((p.chars_of_folded(s, e), ItemKind::Phone, e))
            }
            Kind::PhoneCued => {
                let (s, e) = caps.group(1).or_else(|| caps.group(2))?;
                // The cued digits may run on past a full phone number ("call 555-010-0199
                // 9 pm"): the number is the phone, and the scan resumes right after it.
                let after = folded[e..].chars().next().map_or(0, char::len_utf8);
                if let Some((_, phone)) = self.each.iter().find(|(k, _)| *k == Kind::Phone) {
                    let mut c = phone.create_captures();
                    phone.search_captures(&Input::new(folded).span(start..e + after), &mut c);
                    if let Some(g) = c.get_group(1)
                        && g.start >= s
                        && g.end <= e
                    {
                        return Some((p.chars_of_folded(g.start, g.end), ItemKind::Phone, g.end));
                    }
                }
                // A bracket after the number opens a remark on it ("call 12345 (24-hour flood
                // line)"), not its area code, which leads: the phone ends before it (the scan
                // still resumes after the whole match).
                let e = match folded[s..e].find('(') {
                    Some(at) if at > 0 => s + folded[s..s + at].trim_end().len(),
                    _ => e,
                };
                let digits = folded[s..e].chars().filter(char::is_ascii_digit).count();
                (3..=12)
                    .contains(&digits)
                    .then(|| (p.chars_of_folded(s, e), ItemKind::Phone, end))
            }
            Kind::Date => Some((
                p.chars_of_folded(start, end),
                ItemKind::Time(TimeValue::Date),
                end,
            )),
            Kind::Clock => {
                let value = self.clock_value(caps, folded, start)?;
                Some((p.chars_of_folded(start, end), ItemKind::Time(value), end))
            }
            Kind::Duration => {
                let minutes = self.duration_value(caps)?;
                let every = caps.span("every");
                let from = every.map_or(start, |(s, _)| s);
                let from = from + (folded[from..end].len() - folded[from..end].trim_start().len());
                let value = if every.is_some() {
                    TimeValue::Every(minutes)
                } else {
                    TimeValue::After(minutes)
                };
                Some((p.chars_of_folded(from, end), ItemKind::Time(value), end))
            }
            Kind::NumberWords => {
                let (s, e) = p.chars_of_folded(start, end);
                // "几十人", "数百户" guess a count: no fact, and not its "十人" either.
                let guessed = folded[..start].ends_with(['几', '数']);
                // "一人" inside "第一人民医院" is no head count: the match must not cut a word.
                (!guessed && (self.lang == Language::EnUs || p.edges_ok(s, e))).then_some((
                    (s, e),
                    ItemKind::Number,
                    end,
                ))
            }
            // "between 4 and 5 a.m.", "4至5时": the first end of a range of clock times is
            // part of the time, not a figure of its own.
            // Digits joined to a letter are part of a name or an ordinal: "5th Ave", "zone
            // CED-E012", "Level 2A", not a figure.
            Kind::Number => (!opens_time_range(self.lang, &folded[end..])
                && !joined_after(&folded[end..])
                && !joined_before(&folded[..start]))
            .then(|| (p.chars_of_folded(start, end), ItemKind::Number, end)),
        }
    }

    fn clock_value(&self, caps: &Caps<'_, '_>, folded: &str, at: usize) -> Option<TimeValue> {
        let get = |name: &str| caps.get(name);
        match self.lang {
            Language::ZhCn => {
                let day = get("day");
                let period = get("per");
                let hour = match (get("h"), get("hz")) {
                    (Some(h), _) => h.parse::<f64>().ok()?,
                    (None, Some(hz)) => zh_number(hz)?,
                    _ => return None,
                };
                // "第一时间" (at once) and "一时间" (for a moment) are no clock time.
                if get("hz").is_some()
                    && (folded[..at].ends_with('第') || folded[caps.whole.1..].starts_with('间'))
                {
                    return None;
                }
                // "一点" is usually "a little", not one o'clock: a hanzi hour written with 点
                // counts only with a day or period word ("下午三点").
                if get("hz").is_some()
                    && get("unit") != Some("时")
                    && day.is_none()
                    && period.is_none()
                {
                    return None;
                }
                let minute = match (get("m"), get("m2"), get("mz"), get("half")) {
                    (Some(m), ..) | (_, Some(m), ..) => m.parse::<f64>().ok()?,
                    (_, _, Some(mz), _) => zh_number(mz)?,
                    (.., Some(_)) => 30.0,
                    _ => 0.0,
                };
                // A bare "3点" without 时/点 context is rejected by the regex; "8:00" needs no word.
                if get("unit").is_none() && get("m").is_none() {
                    return None;
                }
                let meridiem = match (day, period) {
                    (_, Some("凌晨" | "早上" | "早晨" | "上午"))
                    | (Some("今早" | "明早" | "明晨" | "今晨"), None) => Meridiem::Am,
                    (_, Some("中午")) if hour < 3.0 => Meridiem::Pm,
                    (_, Some("下午" | "傍晚" | "晚上" | "晚间" | "夜间" | "夜里"))
                    | (Some("今晚" | "明晚" | "今夜"), None) => Meridiem::Pm,
                    _ => Meridiem::Unknown,
                };
                let tomorrow = matches!(day, Some("明天" | "明日" | "明早" | "明晚" | "明晨"));
                clock(hour, minute, meridiem, tomorrow)
            }
            Language::EnUs => {
                // "tomorrow" within the few words before the time ("tomorrow morning at 9"),
                // or right after it ("at 7:30 a.m. tomorrow").
                let mut from = at.saturating_sub(24);
                while !folded.is_char_boundary(from) {
                    from -= 1;
                }
                let end = caps.whole.1;
                let mut to = (end + 10).min(folded.len());
                while !folded.is_char_boundary(to) {
                    to -= 1;
                }
                let tomorrow = folded
                    .get(from..at)
                    .is_some_and(|before| before.contains("tomorrow"))
                    || folded
                        .get(end..to)
                        .is_some_and(|after| after.trim_start().starts_with("tomorrow"));
                if let Some(noon) = get("noon") {
                    let hour = if noon == "midnight" { 0.0 } else { 12.0 };
                    return clock(hour, 0.0, Meridiem::Unknown, tomorrow).map(|v| match v {
                        TimeValue::Clock {
                            hour,
                            minute,
                            tomorrow,
                            ..
                        } => TimeValue::Clock {
                            hour,
                            minute,
                            meridiem: if noon == "midnight" {
                                Meridiem::Am
                            } else {
                                Meridiem::Pm
                            },
                            tomorrow,
                        },
                        other => other,
                    });
                }
                let hour = get("h")?.parse::<f64>().ok()?;
                let minute = get("m").map_or(Some(0.0), |m| m.parse::<f64>().ok())?;
                let meridiem = match get("ampm").map(|s| s.starts_with('a')) {
                    Some(true) => Meridiem::Am,
                    Some(false) => Meridiem::Pm,
                    None => Meridiem::Unknown,
                };
                clock(hour, minute, meridiem, tomorrow)
            }
        }
    }

    fn duration_value(&self, caps: &Caps<'_, '_>) -> Option<u32> {
        let get = |name: &str| caps.get(name);
        if get("hour").is_some() {
            return Some(60);
        }
        let n = match (get("n"), get("w"), get("half")) {
            // "0630 hrs" is the 24-hour clock of responders, not 630 hours.
            (Some(n), ..) if n.len() == 4 && n.starts_with('0') => return None,
            (Some(n), _, half) => {
                let base = match n.parse::<f64>() {
                    Ok(v) => v,
                    Err(_) => zh_number(n)?,
                };
                base + if half.is_some() { 0.5 } else { 0.0 }
            }
            (None, Some(w), _) => en_number(w)?,
            (None, None, Some(_)) => 0.5,
            _ => return None,
        };
        let unit = get("unit")?;
        let minutes = if unit.starts_with('小') || unit.starts_with('钟') || unit.starts_with('h')
        {
            n * 60.0
        } else if unit.ends_with('日') || unit == "天" || unit.contains("day") {
            n * 24.0 * 60.0
        } else {
            n
        };
        (minutes > 0.0 && minutes <= 31.0 * 24.0 * 60.0).then_some(minutes.round() as u32)
    }
}

/// Whether the text after a number goes on to the other end of a range of clock times: " and
/// 5 a.m.", " to 6pm", "至5时", "-6点".
fn opens_time_range(lang: Language, rest: &str) -> bool {
    let rest = rest.trim_start();
    let connectors: &[&str] = match lang {
        Language::ZhCn => &["至", "到", "-", "—", "–", "~"],
        Language::EnUs => &["and ", "to ", "until ", "till ", "-", "—", "–"],
    };
    let Some(rest) = connectors.iter().find_map(|c| rest.strip_prefix(c)) else {
        return false;
    };
    let rest = rest.trim_start();
    let digits = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || "零一二三四五六七八九十两".contains(c)))
        .unwrap_or(rest.len());
    if digits == 0 || digits > 5 {
        return false;
    }
    let unit = rest[digits..].trim_start();
    match lang {
        Language::ZhCn => unit.starts_with(['时', '点']),
        Language::EnUs => ["a.m", "p.m", "am", "pm", "o'clock"]
            .iter()
            .any(|m| unit.starts_with(m)),
    }
}

fn clock(hour: f64, minute: f64, meridiem: Meridiem, tomorrow: bool) -> Option<TimeValue> {
    if !(0.0..=24.0).contains(&hour) || !(0.0..60.0).contains(&minute) {
        return None;
    }
    if meridiem != Meridiem::Unknown && hour > 12.0 {
        // "下午15点" is redundant but clear.
        return Some(TimeValue::Clock {
            hour: hour as u8 % 24,
            minute: minute as u8,
            meridiem: Meridiem::Unknown,
            tomorrow,
        });
    }
    Some(TimeValue::Clock {
        hour: hour as u8 % 24,
        minute: minute as u8,
        meridiem,
        tomorrow,
    })
}

/// The value of a small Chinese numeral ("十二", "两", "二十五").
pub(crate) fn zh_number(text: &str) -> Option<f64> {
    let digit = |c: char| match c {
        '零' => Some(0),
        '一' => Some(1),
        '二' | '两' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    };
    let chars: Vec<char> = text.chars().collect();
    let value = match chars.as_slice() {
        [] => return None,
        ['十'] => 10,
        ['十', d] => 10 + digit(*d)?,
        [d, '十'] => digit(*d)? * 10,
        [d, '十', e] => digit(*d)? * 10 + digit(*e)?,
        [d] => digit(*d)?,
        _ => return None,
    };
    Some(f64::from(value))
}

fn en_number(word: &str) -> Option<f64> {
    let word = word.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(match word.as_str() {
        "a" | "an" | "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "eight" => 8.0,
        "ten" => 10.0,
        "twelve" => 12.0,
        "fifteen" => 15.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty-five" => 45.0,
        w if w.starts_with("half") => 0.5,
        _ => return None,
    })
}

/// Whether letters right after a number make it part of a name or an ordinal ("5th", "2A",
/// "DN600"'s counterpart "600DN"), not a unit written without a space ("2.1NTU", "40mg",
/// "110kV", "120m", "3h").
fn joined_after(after: &str) -> bool {
    const UNITS: &[&str] = &[
        "ntu", "ppm", "ppb", "mg", "g", "ml", "l", "kv", "v", "kw", "mw", "w", "db", "m", "mm",
        "cm", "km", "kg", "t", "h", "hr", "hrs", "min", "mins", "s", "ha", "sv", "msv", "usv",
        "bq", "c", "f", "pm", "am",
    ];
    let letters: String = after
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    !letters.is_empty() && !UNITS.contains(&letters.as_str())
}

/// Whether a number starting right after `before` continues a word or another number ("E012"
/// after "E", "12" after "E0", "5" after "PM2."): the rest of a name, not a figure of its own.
fn joined_before(before: &str) -> bool {
    let mut back = before.chars().rev();
    match back.next() {
        Some(c) if c.is_ascii_alphanumeric() => true,
        Some('.' | ',') => back.next().is_some_and(|c| c.is_ascii_alphanumeric()),
        _ => false,
    }
}

/// Words that open a sentence or a phrase before a place's name and are no part of it:
/// "Take Exit 12", "Use Five Mile Road", "Avoid Harbour Road".
const EN_PLACE_LEAD: &[&str] = &[
    "Take", "Use", "Follow", "Avoid", "Visit", "Call", "Head", "Go", "Leave", "Please", "Near",
    "At", "In", "On", "To", "From", "Via", "Past", "Toward", "Towards", "Around", "Behind", "The",
    "Stay", "Drive", "Walk", "Turn", "Exit",
];

/// Heads of English place names that a number follows: "Exit 12", "Gate 3", "Highway 99".
const EN_NUMBERED_HEAD: &[&str] = &[
    "Exit", "Gate", "Pier", "Terminal", "Highway", "Platform", "Building", "Tower",
];

/// An English place match `[start, end)` (bytes of `text`) without the words that lead into it
/// ("Take Exit 12" is the place "Exit 12"), with the number of a numbered head ("Exit 12"), or
/// `None` when only the head is left with no name or number ("Near Bridge").
fn en_place(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let mut from = start;
    loop {
        let rest = &text[from..end];
        let word_end = rest.find(char::is_whitespace)?;
        let word = &rest[..word_end];
        // Keep one word at least before the head ("Exit" of "Take Exit" is the head itself).
        let head_only = rest[word_end..]
            .trim_start()
            .find(char::is_whitespace)
            .is_none();
        if !EN_PLACE_LEAD.contains(&word) || head_only {
            break;
        }
        from += word_end + (rest[word_end..].len() - rest[word_end..].trim_start().len());
    }
    let name = &text[from..end];
    let head = name.rsplit(char::is_whitespace).next().unwrap_or(name);
    let first = name.split(char::is_whitespace).next().unwrap_or(name);
    let after = &text[end..];
    let digits = after.strip_prefix(' ').map_or(0, |a| {
        a.find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(a.len())
    });
    let numbered = EN_NUMBERED_HEAD.contains(&head)
        && digits > 0
        && after[1..].starts_with(|c: char| c.is_ascii_digit());
    if numbered && (EN_PLACE_LEAD.contains(&first) || first == head) {
        // "Take Exit 12" → "Exit 12".
        let from = end - head.len();
        return Some((from, end + 1 + digits));
    }
    if first == head || EN_PLACE_LEAD.contains(&first) {
        // "Near Bridge": a lead word and a head, no name.
        return None;
    }
    Some((from, if numbered { end + 1 + digits } else { end }))
}

/// People named by their role, the anonymised form police and traffic notices use: "司机（男，
/// 41岁）" identifies nobody, "刘晓芳（女，34岁）" does.
const ZH_ROLES: &[&str] = &[
    "司机",
    "乘客",
    "家属",
    "患者",
    "病人",
    "居民",
    "游客",
    "学生",
    "老人",
    "男子",
    "女子",
    "人员",
    "驾驶人",
    "驾驶员",
    "伤者",
    "行人",
    "市民",
    "村民",
    "员工",
    "工人",
    "儿童",
    "孩子",
    "女童",
    "男童",
    "婴儿",
    "保安",
    "护士",
    "医生",
    "住户",
    "业主",
    "租户",
    "嫌疑人",
    "当事人",
    "死者",
    "遇难者",
    "教师",
    "老师",
    "民警",
    "队员",
    "消防员",
    "骑手",
    "店主",
    "商户",
    "摊主",
    "妇女",
    "群众",
    "网友",
    "船员",
    "矿工",
    "工作人员",
    "一人",
    "一名",
];

/// Whether a Chinese personal-data match `[start, end)` (bytes of the folded text) identifies
/// nobody: a role with a sex and an age ("患者家属（男，38岁）"), or a block and a number that
/// name a lift or an entrance, not a home ("7栋2号电梯").
fn zh_anonymous(folded: &str, start: usize, end: usize) -> bool {
    let found = &folded[start..end];
    let after = &folded[end..];
    if let Some(paren) = found.find(['（', '(', '，', ','])
        && found[paren..].contains('岁')
        && ZH_ROLES
            .iter()
            .any(|r| found[..paren].trim_end().ends_with(r))
    {
        return true;
    }
    (found.contains('栋') || found.contains('幢') || found.contains("号楼"))
        && found.ends_with('号')
        && ["电梯", "梯", "楼梯", "门", "出口", "入口", "通道", "单元门"]
            .iter()
            .any(|w| after.starts_with(w))
}

/// Generic words jieba tags as places that name no particular place.
const ZH_PLACE_STOP: &[&str] = &[
    "中国",
    "全国",
    "国内",
    "国外",
    "海外",
    "城市",
    "全市",
    "全省",
    "全区",
    "各地",
    "当地",
    "本地",
    "本市",
    "地方",
    "社会",
    "现场",
    "市区",
    "城区",
    "农村",
    "地区",
    "周边",
    // Directions and things, tagged places ("家里的东西", "东南风", "呼吸道").
    "东西",
    "东南",
    "西南",
    "东北",
    "西北",
    "南北",
    "呼吸道",
    // jieba tags the typhoon itself a place, and these words too.
    "台风",
    "上门",
    "深度",
    "满意度",
    "北约",
    // Tagged places that are praise and wishes ("向英雄致敬", "平平安安").
    "英雄",
    "平安",
    "平平安安",
    // Verb phrases jieba's dictionary tags places ("请自觉遵守现场提示", "请暂缓上路").
    "自觉遵守",
    "上路",
    // Events jieba's dictionary tags places ("发生山体滑坡", "片区供电中断").
    "滑坡",
    "中断",
];

/// Words jieba tags nouns that never name an institution: "全面压实学校安全主体责任" speaks
/// of schools in general, it names none.
const ZH_NOT_A_NAME: &[&str] = &[
    "全面", "压实", "加强", "落实", "各级", "全体", "所有", "有关", "相关",
];

/// Chars that end a place word: 路, 桥, 医院, 小区…
const ZH_PLACE_SUFFIX: &[char] = &[
    '路', '街', '巷', '桥', '村', '镇', '乡', '区', '县', '站', '馆', '场', '院', '校', '园', '楼',
    '库', '坝', '厂', '湖', '港', '山', '岛', '苑', '厦', '湾', '口', '道', '堤', '河', '江',
];

/// Two-char head words of an institution or site that jieba keeps apart from its name
/// ("人民/医院", "骨科/门诊").
const ZH_INSTITUTION_HEADS: &[&str] = &[
    "医院", "门诊", "学校", "小学", "中学", "大学", "公园", "广场", "车站", "小区", "社区", "市场",
    "商场", "机场", "码头", "水厂", "水库", "大桥", "隧道", "食堂", "仓库", "工厂", "超市", "酒店",
    "宾馆", "景区", "影院",
];

/// Places in Chinese text: jieba's place names and words of three or more chars ending in a
/// place suffix ("和平路", "体育馆"), with a place name and the word after it merged
/// ("江城" + "体育馆").
fn zh_places(p: &Prepared<'_>) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (k, t) in p.tokens.iter().enumerate() {
        let Some(word) = p
            .folded
            .get(p.folded_starts.at(t.start)..p.folded_starts.at(t.end.min(p.len_chars())))
        else {
            continue;
        };
        let len = t.end - t.start;
        // "人民/医院", "市中心/医院", "骨科/门诊": jieba splits an institution's name from its
        // head word; the nouns just before the head (one or two, all CJK) name it.
        let institution = len == 2
            && word.ends_with([
                '院', '诊', '校', '学', '园', '场', '站', '区', '库', '头', '厂', '桥', '道', '堂',
                '店', '馆', '市',
            ])
            && ZH_INSTITUTION_HEADS.contains(&word);
        if institution {
            let cjk_noun = |j: usize| {
                let tok = p.tokens[j];
                let word = p.folded_slice(tok.start, tok.end);
                tok.noun && word.chars().all(crate::text::is_cjk) && !ZH_NOT_A_NAME.contains(&word)
            };
            let mut start = t.start;
            for j in (k.saturating_sub(2)..k).rev() {
                if p.tokens[j].end != start || !cjk_noun(j) {
                    break;
                }
                start = p.tokens[j].start;
            }
            if t.start - start >= 2 && !ZH_PLACE_STOP.contains(&p.folded_slice(start, t.start)) {
                match out.last_mut() {
                    Some(last) if last.1 >= start => last.1 = t.end,
                    _ => out.push((start, t.end)),
                }
                continue;
            }
        }
        let named = t.place && len >= 2;
        let suffixed = len >= 3
            && word
                .chars()
                .last()
                .is_some_and(|c| ZH_PLACE_SUFFIX.contains(&c));
        // "赶赴现场" ends in 场 but goes to the scene, it names no place; a reduplicated word
        // ("平平安安", "高高兴兴") is a manner, not a name.
        let mut cs = word.chars();
        let reduplicated = len == 4
            && matches!((cs.next(), cs.next(), cs.next(), cs.next()), (Some(a), Some(b), Some(c), Some(d)) if a == b && c == d);
        if !(named || suffixed)
            || reduplicated
            || ZH_PLACE_STOP.contains(&word)
            || word.ends_with("现场")
            || !word.chars().all(crate::text::is_cjk)
        {
            continue;
        }
        // jieba knows "南区" but not "溪南区": it splits off the first char of a name it does
        // not know ("溪/南区", "市/儿童医院"). A single-char noun just before a place belongs
        // to it; a preposition or a numeral before it ("在南区", "一南区") does not, nor does
        // one that follows another single char ("网/传/青山": 网传, "it is rumoured") or a
        // digit ("10/时/青山": a time's unit).
        let single = |j: usize| {
            let tok = p.tokens[j];
            tok.end == tok.start + 1 && p.folded_char(tok.start).is_some_and(crate::text::is_cjk)
        };
        let start = match k.checked_sub(1) {
            Some(j)
                if p.tokens[j].noun
                    && p.tokens[j].end == t.start
                    && single(j)
                    && !j.checked_sub(1).is_some_and(single)
                    && !p.tokens[j]
                        .start
                        .checked_sub(1)
                        .and_then(|i| p.folded_char(i))
                        .is_some_and(|c| c.is_ascii_digit()) =>
            {
                // "人民/路/交叉口": a road's suffix takes the name before it along.
                let suffix = p
                    .folded_char(p.tokens[j].start)
                    .is_some_and(|c| ZH_PLACE_SUFFIX.contains(&c));
                match j.checked_sub(1).map(|i| p.tokens[i]) {
                    Some(name)
                        if suffix
                            && name.noun
                            && name.end == p.tokens[j].start
                            && name.end - name.start >= 2
                            && p.folded_slice(name.start, name.end)
                                .chars()
                                .all(crate::text::is_cjk) =>
                    {
                        name.start
                    }
                    _ => p.tokens[j].start,
                }
            }
            _ => t.start,
        };
        match out.last_mut() {
            Some(last) if last.1 == start => last.1 = t.end,
            _ => out.push((start, t.end)),
        }
    }
    out
}

/// Whether the text has an age between commas that marks personal data: under 18 (", 16,"),
/// the mark of a named minor ("Jaylen M., 16, has had two prior contacts…"), or any age
/// followed by an address. The English personal-data search runs only when some mark is found.
fn age_after_name(folded: &str) -> bool {
    folded.match_indices(',').any(|(i, _)| {
        let rest = folded[i + 1..].trim_start_matches(' ');
        let rest = rest.strip_prefix("aged ").unwrap_or(rest);
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let Some(after) = rest[digits..].strip_prefix(',') else {
            return false;
        };
        let minor = (digits == 1 || (digits == 2 && rest.starts_with('1')))
            && rest[..digits].parse::<u8>().is_ok_and(|age| age < 18);
        // "Walter Briggs, 84, 1400 blk Lyman Ave", "Rosa Delgado, 77, Sunrise Mobile Home
        // Park, lot 14": an age followed by where the person lives.
        let after = after.trim_start_matches(' ');
        let address = (1..=3).contains(&digits)
            && (after.starts_with(|c: char| c.is_ascii_digit())
                || after
                    .split([',', '.', ';', '\n'])
                    .nth(1)
                    .map(|next| next.trim_start())
                    .is_some_and(|next| {
                        ["lot ", "unit ", "apt", "apartment ", "flat ", "space "]
                            .iter()
                            .any(|m| next.starts_with(m))
                    }));
        minor || address
    })
}

/// Sentences as original char ranges, split at sentence-ending punctuation and line breaks.
pub(crate) fn sentences(p: &Prepared<'_>) -> Vec<(usize, usize)> {
    let chars = p.folded_chars.as_slice();
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &c) in chars.iter().enumerate() {
        let ends = match c {
            '。' | '！' | '？' | '!' | '?' | '；' | ';' | '\n' | '…' => true,
            '.' => chars.get(i + 1).is_none_or(|n| n.is_whitespace()),
            _ => false,
        };
        if ends {
            if chars[start..=i].iter().any(|&c| crate::text::is_compact(c)) {
                out.push((start, i + 1));
            }
            start = i + 1;
        }
    }
    if chars[start..].iter().any(|&c| crate::text::is_compact(c)) {
        out.push((start, chars.len()));
    }
    out
}

/// A Chinese post's signature: a last line opening with a dash ("——临江地铁运营分公司",
/// "—浔阳市住房和城乡建设局") that names an organisation (it ends in one of the suffixes
/// bodies end in) and is no sentence, or a last line of local offices' full names alone.
/// As original char range of the name.
fn zh_sign_off(p: &Prepared<'_>) -> Option<(usize, usize)> {
    const SUFFIXES: &[&str] = &[
        "局",
        "委",
        "办",
        "厅",
        "部",
        "处",
        "所",
        "队",
        "站",
        "院",
        "中心",
        "公司",
        "政府",
        "指挥部",
        "办公室",
        "办事处",
        "委员会",
        "管委会",
        "集团",
        "医院",
        "学校",
        "街道",
        "社区",
    ];
    let text = p.original.trim_end();
    let line_start = text.rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..];
    let name_at = line.len() - line.trim_start_matches([' ', '\t', '　']).len();
    let rest = &line[name_at..];
    let dashes = rest.len() - rest.trim_start_matches(['—', '－', '-']).len();
    if line_start == 0 {
        return None;
    }
    // Without a dash, a last line of bodies' full names alone ("南屏区教育局 南屏区市场监督管理局",
    // "省生态环境厅 省公安厅"): each a local government's office, by its area word
    // (省, 市, 区…) before its suffix.
    if dashes == 0 {
        let parts: Vec<&str> = rest
            .split([' ', '　', '、'])
            .filter(|w| !w.is_empty())
            .collect();
        let offices = !parts.is_empty()
            && parts.iter().all(|w| {
                let chars: Vec<char> = w.chars().collect();
                (4..=20).contains(&chars.len())
                    && chars.iter().all(|&c| crate::text::is_cjk(c))
                    && chars[..chars.len() - 2]
                        .iter()
                        .any(|c| matches!(c, '省' | '市' | '区' | '县' | '州' | '镇' | '乡'))
                    && SUFFIXES.iter().any(|s| w.ends_with(s))
            });
        if !offices {
            return None;
        }
        let start = line_start + name_at;
        return Some(p.chars_of_original(start, start + rest.trim_end().len()));
    }
    let name = rest[dashes..].trim();
    let chars = name.chars().count();
    let named = (2..=30).contains(&chars)
        && !name.contains([
            '。', '，', '！', '？', '：', '；', ',', '.', '!', '?', ':', ';',
        ])
        && SUFFIXES.iter().any(|s| name.ends_with(s));
    if !named {
        return None;
    }
    let start =
        line_start + name_at + dashes + (rest[dashes..].len() - rest[dashes..].trim_start().len());
    Some(p.chars_of_original(start, start + name.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(text: &str, lang: Language) -> Vec<(String, ItemKind)> {
        let jieba = jieba_rs::Jieba::new();
        let p = Prepared::new(text, lang, &jieba);
        Patterns::new(lang)
            .scan(&p)
            .into_iter()
            .map(|i| (p.excerpt(i.start, i.end).to_owned(), i.kind))
            .collect()
    }

    /// The texts of the scanned items of one kind.
    fn of_kind(items: &[(String, ItemKind)], kind: ItemKind) -> Vec<&str> {
        items
            .iter()
            .filter(|(_, k)| *k == kind)
            .map(|(t, _)| t.as_str())
            .collect()
    }

    #[test]
    fn a_place_jieba_splits_keeps_its_first_char() {
        // jieba reads "溪南区" as "溪/南区".
        let items = scan(
            "溪南区一居民楼起火。伤者已送往江城市溪南区人民医院，在南区的居民请绕行。网传青山水库垮坝。今天10时青山水库水位正常。解放路与人民路交叉口封闭。",
            Language::ZhCn,
        );
        let places = of_kind(&items, ItemKind::Place);
        assert!(places.contains(&"溪南区"), "{places:?}");
        assert!(places.contains(&"南区"), "{places:?}");
        assert!(!places.iter().any(|p| p.contains('在')), "{places:?}");
        // The reservoir's head word takes its name along ("青山/水库").
        assert!(places.contains(&"青山水库"), "{places:?}");
        assert!(places.contains(&"溪南区人民医院"), "{places:?}");
        assert!(places.contains(&"人民路交叉口"), "{places:?}");
    }

    #[test]
    fn finds_chinese_times_numbers_phones_and_places() {
        let items = scan(
            "今天凌晨3时20分，和平路发生爆炸，造成2人死亡。请拨打12345热线。下一次通报在8:00。",
            Language::ZhCn,
        );
        let has =
            |s: &str, k: fn(&ItemKind) -> bool| items.iter().any(|(t, kind)| t == s && k(kind));
        assert!(
            has("今天凌晨3时20分", |k| matches!(
                k,
                ItemKind::Time(TimeValue::Clock {
                    hour: 3,
                    minute: 20,
                    meridiem: Meridiem::Am,
                    ..
                })
            )),
            "{items:?}"
        );
        assert!(has("2人", |k| *k == ItemKind::Number), "{items:?}");
        assert!(has("12345", |k| *k == ItemKind::Phone), "{items:?}");
        assert!(has("和平路", |k| *k == ItemKind::Place), "{items:?}");
        assert!(
            has("8:00", |k| matches!(
                k,
                ItemKind::Time(TimeValue::Clock {
                    hour: 8,
                    minute: 0,
                    ..
                })
            )),
            "{items:?}"
        );
        let items = scan("我们将在1小时后再次通报，多一点耐心。", Language::ZhCn);
        assert!(
            items
                .iter()
                .any(|(t, k)| t == "1小时后" && *k == ItemKind::Time(TimeValue::After(60))),
            "{items:?}"
        );
        assert!(!items.iter().any(|(t, _)| t.contains("一点")), "{items:?}");
    }

    #[test]
    fn finds_english_times_numbers_phones_and_places() {
        let items = scan(
            "At 6:40 a.m. a water main burst on Harbour Road. Call 555-010-0199. Next update within the hour, or by 9 pm.",
            Language::EnUs,
        );
        let kinds: Vec<_> = items.iter().map(|(t, k)| (t.as_str(), *k)).collect();
        assert!(
            kinds.contains(&(
                "6:40 a.m.",
                ItemKind::Time(TimeValue::Clock {
                    hour: 6,
                    minute: 40,
                    meridiem: Meridiem::Am,
                    tomorrow: false
                })
            )),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&("Harbour Road", ItemKind::Place)),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&("555-010-0199", ItemKind::Phone)),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&("within the hour", ItemKind::Time(TimeValue::After(60)))),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&(
                "9 pm",
                ItemKind::Time(TimeValue::Clock {
                    hour: 9,
                    minute: 0,
                    meridiem: Meridiem::Pm,
                    tomorrow: false
                })
            )),
            "{kinds:?}"
        );
    }

    #[test]
    fn a_figure_keeps_what_it_counts() {
        let numbers = |text: &str, lang: Language| -> Vec<String> {
            scan(text, lang)
                .into_iter()
                .filter(|(_, k)| *k == ItemKind::Number)
                .map(|(t, _)| t)
                .collect()
        };
        assert_eq!(
            numbers(
                "约1.2万户居民停水，2人受伤，降雨量186毫米，3号线停运。",
                Language::ZhCn
            ),
            ["1.2万户", "2人", "186毫米", "3"]
        );
        assert_eq!(
            numbers(
                "About 420 passengers and 2,000 homes; 112.4 mm fell, 40% of lines, 4 and 5.",
                Language::EnUs
            ),
            ["420 passengers", "2,000 homes", "112.4 mm", "40%", "4", "5"]
        );
    }

    #[test]
    fn a_rejected_match_gives_way_to_the_next_pattern_at_the_same_start() {
        // 25:00 is no clock time, but 25 is still a number.
        let items = scan("气温在25:00前后下降", Language::ZhCn);
        assert!(
            items
                .iter()
                .any(|(t, k)| t == "25" && *k == ItemKind::Number),
            "{items:?}"
        );
        assert!(
            !items.iter().any(|(_, k)| matches!(k, ItemKind::Time(_))),
            "{items:?}"
        );
        // "分钟" without a number is no duration and hides nothing after it.
        let items = scan("几分钟后有3人撤离", Language::ZhCn);
        assert!(
            items
                .iter()
                .any(|(t, k)| t == "3人" || (t == "3" && *k == ItemKind::Number)),
            "{items:?}"
        );
        // A length in minutes and seconds is one figure.
        let items = scan("视频时长3分12秒", Language::ZhCn);
        assert_eq!(items, [("3分12秒".to_owned(), ItemKind::Number)]);
    }

    #[test]
    fn a_guessed_count_is_no_number() {
        // "几十人" guesses: neither it nor its "十人" is a count; "3人" and "三名" are.
        let items = scan(
            "初步估计可能有几十人受伤，数百户停电，另有3人和三名工人送医",
            Language::ZhCn,
        );
        assert_eq!(
            of_kind(&items, ItemKind::Number),
            ["3人", "三名"],
            "{items:?}"
        );
    }

    #[test]
    fn the_char_after_a_phone_number_stays_free_for_the_next_item() {
        let items = scan("Call 555-010-0199 9 pm update.", Language::EnUs);
        let kinds: Vec<_> = items.iter().map(|(t, k)| (t.as_str(), *k)).collect();
        assert!(
            kinds.contains(&("555-010-0199", ItemKind::Phone)),
            "{kinds:?}"
        );
        assert!(
            kinds.iter().any(|(t, k)| *t == "9 pm"
                && matches!(k, ItemKind::Time(TimeValue::Clock { hour: 9, .. }))),
            "{kinds:?}"
        );
    }

    #[test]
    fn a_responders_clock_with_hrs_is_no_duration() {
        let items = scan("Next bulletin by 0630 hrs.", Language::EnUs);
        assert!(
            items
                .iter()
                .any(|(_, k)| matches!(k, ItemKind::Time(TimeValue::Clock { .. }))),
            "{items:?}"
        );
        assert!(
            !items
                .iter()
                .any(|(_, k)| matches!(k, ItemKind::Time(TimeValue::After(_)))),
            "{items:?}"
        );
        // A real duration still is one.
        let items = scan("Next update in 2 hours.", Language::EnUs);
        assert!(
            items
                .iter()
                .any(|(_, k)| matches!(k, ItemKind::Time(TimeValue::After(120))))
        );
    }

    #[test]
    fn reads_small_chinese_numerals() {
        assert_eq!(zh_number("十二"), Some(12.0));
        assert_eq!(zh_number("两"), Some(2.0));
        assert_eq!(zh_number("二十五"), Some(25.0));
        assert_eq!(zh_number("百"), None);
    }
}
