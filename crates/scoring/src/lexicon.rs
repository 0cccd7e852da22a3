//! Lexicons: phrase lists per language and category, parsed from text, normalised once and
//! compiled into one Aho-Corasick automaton per language.
//!
//! The defaults live in `assets/lexicons/<lang>/<category>.txt` and are compiled in with
//! `include_str!` (the crate does no file I/O); hosts pass extra text that instructors write.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::text::compact_form;
use crate::{Language, ScoringError};

/// A category of phrases. Each rule in docs/scoring.md names the categories it reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// Acknowledging harm and feelings (CERC: express empathy).
    Empathy,
    /// Apologising for the institution's fault (SCCT: accommodative).
    Apology,
    /// Empty official filler (官腔).
    Officialese,
    /// Rigid boilerplate notices (僵化八股) that say nothing.
    Boilerplate,
    /// Categorical denials (SCCT: deny).
    Denial,
    /// Blame-shifting and scapegoating (SCCT: scapegoat), e.g. 临时工.
    Blame,
    /// Lecturing, scolding or insulting the public (平等).
    Condescension,
    /// Threatening the public.
    Threat,
    /// Excuses and justifications (SCCT: diminish).
    Excuse,
    /// Saying what is not yet known (CERC element 3).
    Hedging,
    /// Guessing causes or figures that are not confirmed.
    Speculation,
    /// What is being done (CERC element 4).
    Action,
    /// Telling people what to do (instructing information).
    Guidance,
    /// Where to get help or information (CERC element 6).
    Help,
    /// Cues that the next update is promised.
    NextUpdate,
    /// Commitment to stay engaged (CERC element 5).
    Commitment,
    /// Names of responsible bodies (权威: the source named).
    ResponsibleBody,
    /// Vague naming of who is responsible ("有关部门").
    VagueNaming,
    /// Markers of verified information and its source ("经核实").
    Verification,
    /// "Under investigation" used as a shield.
    Shield,
    /// Negators that cancel the phrase right after them.
    Negation,
    /// Words that anchor an incident in time ("今天凌晨", "this morning").
    TimeWords,
    /// Hazard warnings ("红色预警", "hurricane warning"): with a time or place, a warning
    /// tells people what is coming and where (Mileti & Sorensen's complete warning).
    Warning,
    /// Verbs of publishing ("通报", "update"): with a future marker and a time in the same
    /// sentence they promise the next update ("我们将在今晚8时通报检测结果").
    Publish,
    /// Calming words ("请保持冷静", "please remain calm"): an instruction with nothing to do.
    Calming,
    /// Harm reported ("受伤", "被困", "without power"): a post that reports it owes the
    /// people affected a word of empathy (CERC).
    Harm,
    /// The incident is over ("孩子已找到", "警报已解除", "can go home now"): a closing notice
    /// owes no unknowns and no next update.
    Closure,
    /// Mild lecturing and moralising ("Don't be one of them", "as we've already posted",
    /// "希望广大市民提高自我保护意识"): less than condescension, which insults.
    Lecturing,
    /// Absolute assurances ("完全安全，请放心饮用", "completely safe"): over-reassurance
    /// while something is still unknown (CERC: don't over-reassure).
    Assurance,
}

impl Category {
    /// Every category, in file-name order of the docs.
    pub const ALL: [Category; 29] = [
        Category::Empathy,
        Category::Apology,
        Category::Officialese,
        Category::Boilerplate,
        Category::Denial,
        Category::Blame,
        Category::Condescension,
        Category::Threat,
        Category::Excuse,
        Category::Hedging,
        Category::Speculation,
        Category::Action,
        Category::Guidance,
        Category::Help,
        Category::NextUpdate,
        Category::Commitment,
        Category::ResponsibleBody,
        Category::VagueNaming,
        Category::Verification,
        Category::Shield,
        Category::Negation,
        Category::TimeWords,
        Category::Warning,
        Category::Publish,
        Category::Calming,
        Category::Harm,
        Category::Closure,
        Category::Lecturing,
        Category::Assurance,
    ];

    /// The category's name: its lexicon file is `<name>.txt`.
    pub fn name(self) -> &'static str {
        match self {
            Category::Empathy => "empathy",
            Category::Apology => "apology",
            Category::Officialese => "officialese",
            Category::Boilerplate => "boilerplate",
            Category::Denial => "denial",
            Category::Blame => "blame",
            Category::Condescension => "condescension",
            Category::Threat => "threat",
            Category::Excuse => "excuse",
            Category::Hedging => "hedging",
            Category::Speculation => "speculation",
            Category::Action => "action",
            Category::Guidance => "guidance",
            Category::Help => "help",
            Category::NextUpdate => "next-update",
            Category::Commitment => "commitment",
            Category::ResponsibleBody => "responsible-body",
            Category::VagueNaming => "vague-naming",
            Category::Verification => "verification",
            Category::Shield => "shield",
            Category::Negation => "negation",
            Category::TimeWords => "time-words",
            Category::Warning => "warning",
            Category::Publish => "publish",
            Category::Calming => "calming",
            Category::Harm => "harm",
            Category::Closure => "closure",
            Category::Lecturing => "lecturing",
            Category::Assurance => "assurance",
        }
    }

    /// The category with this name, if any.
    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.name() == name)
    }

    /// Whether a negator right before a phrase of this category cancels it: "不会推卸责任"
    /// is not blame-shifting, "we will not apologise" is not an apology. Denials already
    /// carry their negation, and "请不要靠近" is still guidance.
    pub(crate) fn negatable(self) -> bool {
        matches!(
            self,
            Category::Empathy
                | Category::Apology
                | Category::Denial
                | Category::Blame
                | Category::Excuse
                | Category::Threat
                | Category::Condescension
                | Category::Lecturing
                | Category::Assurance
                | Category::Speculation
                | Category::Verification
                | Category::Harm
                | Category::Closure
        )
    }
}

/// Extra lexicon text from the host: the same format as the bundled files.
#[derive(Clone, Copy, Debug)]
pub struct LexiconSource<'a> {
    /// `zh-CN` or `en-US`.
    pub lang: &'a str,
    /// A category name, as in [`Category::name`].
    pub category: &'a str,
    /// One phrase per line; `#` starts a comment.
    pub text: &'a str,
}

/// Longest phrase accepted, in characters: anything longer is a pasted paragraph, not a phrase.
pub const MAX_PHRASE_CHARS: usize = 200;

macro_rules! bundled {
    ($lang:literal: $($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../../assets/lexicons/", $lang, "/", $name, ".txt")))),*]
    };
}

/// The bundled lexicons, one file per category (checked against [`Category::ALL`] by a test).
static ZH_CN: &[(&str, &str)] = bundled!("zh-CN":
    "empathy", "apology", "officialese", "boilerplate", "denial", "blame", "condescension",
    "threat", "excuse", "hedging", "speculation", "action", "guidance", "help", "next-update",
    "commitment", "responsible-body", "vague-naming", "verification", "shield", "negation",
    "time-words", "warning", "publish", "calming", "harm", "closure", "lecturing", "assurance");
static EN_US: &[(&str, &str)] = bundled!("en-US":
    "empathy", "apology", "officialese", "boilerplate", "denial", "blame", "condescension",
    "threat", "excuse", "hedging", "speculation", "action", "guidance", "help", "next-update",
    "commitment", "responsible-body", "vague-naming", "verification", "shield", "negation",
    "time-words", "warning", "publish", "calming", "harm", "closure", "lecturing", "assurance");

/// The bundled lexicon files of a language: (category name, text).
pub fn bundled(lang: Language) -> &'static [(&'static str, &'static str)] {
    match lang {
        Language::ZhCn => ZH_CN,
        Language::EnUs => EN_US,
    }
}

/// The phrases of a lexicon text: trimmed, comments and blank lines dropped.
pub fn phrases(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().filter_map(|(i, line)| {
        let line = line.split('#').next().unwrap_or("").trim();
        (!line.is_empty()).then_some((i + 1, line))
    })
}

/// English contractions and their full forms, as whole words.
const CONTRACTIONS: &[(&str, &str)] = &[
    ("we are", "we're"),
    ("you are", "you're"),
    ("they are", "they're"),
    ("i am", "i'm"),
    ("it is", "it's"),
    ("that is", "that's"),
    ("there is", "there's"),
    ("we have", "we've"),
    ("we will", "we'll"),
    ("do not", "don't"),
    ("does not", "doesn't"),
    ("did not", "didn't"),
    ("is not", "isn't"),
    ("are not", "aren't"),
    ("was not", "wasn't"),
    ("were not", "weren't"),
    ("have not", "haven't"),
    ("has not", "hasn't"),
    ("will not", "won't"),
    ("cannot", "can't"),
];

/// The ways a phrase is written: itself and, in English, with its contractions written out
/// and with its full forms contracted ("we are monitoring the situation" also matches "we're
/// monitoring the situation", and "don't panic" also "do not panic").
fn spellings(lang: Language, phrase: &str) -> Vec<String> {
    let mut out = vec![phrase.to_owned()];
    if lang != Language::EnUs {
        return out;
    }
    let padded = format!(" {} ", phrase.to_lowercase().replace('\u{2019}', "'"));
    let swap = |from: usize| {
        CONTRACTIONS.iter().fold(padded.clone(), |text, pair| {
            let (a, b) = if from == 0 {
                (pair.0, pair.1)
            } else {
                (pair.1, pair.0)
            };
            text.replace(&format!(" {a} "), &format!(" {b} "))
        })
    };
    for variant in [swap(0), swap(1)] {
        let variant = variant.trim().to_owned();
        if variant != padded.trim() && !out.contains(&variant) {
            out.push(variant);
        }
    }
    out
}

/// One phrase of a lexicon.
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    pub category: Category,
    /// The phrase as written in the lexicon (shown as the finding's entry).
    pub phrase: String,
    /// Breaks between its English words ([`crate::text::latin_word_gaps`]): a match may not
    /// span more of the text's.
    pub gaps: u8,
}

/// All phrases of one language, compiled for matching.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// Compact forms of the phrases; automaton pattern `i` is `keys[i]`.
    automaton: Option<AhoCorasick>,
    /// For each distinct compact form, every entry that has it.
    entries: Vec<Vec<Entry>>,
}

/// A phrase found in a compact text: compact byte range and the entries that matched.
pub(crate) struct RawHit<'a> {
    pub start: usize,
    pub end: usize,
    pub entries: &'a [Entry],
}

impl Lexicon {
    /// Builds a language's lexicon from its bundled files and any extra sources.
    pub fn build(lang: Language, extra: &[LexiconSource<'_>]) -> Result<Lexicon, ScoringError> {
        let mut keys: Vec<String> = Vec::new();
        let mut entries: Vec<Vec<Entry>> = Vec::new();
        let mut index = std::collections::HashMap::<String, usize>::new();
        let mut add = |category: Category, text: &str, source: &str| -> Result<(), ScoringError> {
            for (line, phrase) in phrases(text) {
                let chars = phrase.chars().count();
                if chars > MAX_PHRASE_CHARS {
                    return Err(ScoringError::PhraseTooLong {
                        file: source.to_owned(),
                        line,
                        chars,
                    });
                }
                for phrase in spellings(lang, phrase) {
                    let key = compact_form(&phrase);
                    if key.is_empty() {
                        continue;
                    }
                    let slot = *index.entry(key.clone()).or_insert_with(|| {
                        keys.push(key);
                        entries.push(Vec::new());
                        entries.len() - 1
                    });
                    if !entries[slot].iter().any(|e| e.category == category) {
                        let gaps = crate::text::latin_word_gaps(phrase.chars(), true);
                        entries[slot].push(Entry {
                            category,
                            phrase,
                            gaps: u8::try_from(gaps).unwrap_or(u8::MAX),
                        });
                    }
                }
            }
            Ok(())
        };
        for (name, text) in bundled(lang) {
            // The bundled names are the category names; a test keeps them in step.
            if let Some(category) = Category::from_name(name) {
                add(category, text, &format!("{}/{name}.txt", lang.tag()))?;
            }
        }
        for source in extra
            .iter()
            .filter(|s| Language::from_tag(s.lang) == Some(lang))
        {
            let category = category_named(source.category)?;
            add(
                category,
                source.text,
                &format!("{}/{}", source.lang, source.category),
            )?;
        }
        let automaton = if keys.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    // A contiguous NFA, not a full DFA: with 1,500–1,700 phrases a language (and
                    // English spelling variants) the two DFAs held 10 MB more and took longer to
                    // build; searching the NFA costs 4% more instructions but no measurable time
                    // (docs/performance.md).
                    // Instructors' own phrases then grow the heap by bytes, not kilobytes.
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .build(&keys)
                    .map_err(|e| ScoringError::Lexicon(e.to_string()))?,
            )
        };
        Ok(Lexicon { automaton, entries })
    }

    /// A lexicon with no phrases.
    pub fn empty() -> Lexicon {
        Lexicon {
            automaton: None,
            entries: Vec::new(),
        }
    }

    /// Every occurrence of every phrase in the compact text, overlapping ones included.
    pub fn find<'a, 't>(
        &'a self,
        compact: &'t str,
    ) -> impl Iterator<Item = RawHit<'a>> + use<'a, 't> {
        self.automaton
            .iter()
            .flat_map(move |automaton| automaton.find_overlapping_iter(compact))
            .map(|m| RawHit {
                start: m.start(),
                end: m.end(),
                entries: &self.entries[m.pattern().as_usize()],
            })
    }
}

/// The category with this name, or an error suggesting the closest one.
pub(crate) fn category_named(name: &str) -> Result<Category, ScoringError> {
    Category::from_name(name).ok_or_else(|| {
        let suggestion = Category::ALL
            .iter()
            .map(|c| (strsim::levenshtein(name, c.name()), c.name()))
            .filter(|(d, _)| *d <= 3)
            .min()
            .map(|(_, n)| n.to_owned());
        ScoringError::UnknownCategory {
            category: name.to_owned(),
            suggestion,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_phrases_match_with_and_without_contractions() {
        assert_eq!(
            spellings(Language::EnUs, "We are monitoring the situation"),
            [
                "We are monitoring the situation",
                "we're monitoring the situation"
            ]
        );
        assert_eq!(
            spellings(Language::EnUs, "don't panic"),
            ["don't panic", "do not panic"]
        );
        assert_eq!(spellings(Language::EnUs, "hotline"), ["hotline"]);
        assert_eq!(spellings(Language::ZhCn, "我们理解"), ["我们理解"]);
    }
}
