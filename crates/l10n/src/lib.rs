//! Localisation: every user-facing string of Golden Hour comes from the Fluent files under
//! `locales/`, which are compiled into the binary so nothing is read at run time.
//!
//! Core crates emit message ids with arguments; this crate turns them into zh-CN or en-US.
#![warn(missing_docs)]

// The concurrent bundle is Send + Sync, so a Localizer can live in a bevy resource.
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A language the interface is available in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Simplified Chinese (China).
    ZhCn,
    /// English (United States).
    EnUs,
}

impl Lang {
    /// Every supported language.
    pub const ALL: [Lang; 2] = [Lang::ZhCn, Lang::EnUs];

    /// The BCP 47 tag: `zh-CN` or `en-US`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::EnUs => "en-US",
        }
    }

    /// Parses an exact tag (`zh-CN`, `en-US`); see [`negotiate`] for looser matching.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// The Fluent sources of this language: (file name, text).
    pub fn resources(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::ZhCn => ZH_CN,
            Lang::EnUs => EN_US,
        }
    }
}

macro_rules! locale_files {
    ($lang:literal: $($file:literal),* $(,)?) => {
        &[$(($file, include_str!(concat!("../../../locales/", $lang, "/", $file)))),*]
    };
}

/// The Fluent files of each locale. Add a file here when you add it under `locales/`.
static ZH_CN: &[(&str, &str)] = locale_files!("zh-CN": "app.ftl", "diagnostics.ftl", "sim.ftl", "scoring.ftl", "report.ftl", "gui.ftl", "playtest.ftl");
static EN_US: &[(&str, &str)] = locale_files!("en-US": "app.ftl", "diagnostics.ftl", "sim.ftl", "scoring.ftl", "report.ftl", "gui.ftl", "playtest.ftl");

/// Picks the best supported language for a requested locale such as `zh-Hans-CN`, `zh_TW.UTF-8`,
/// `en-GB` or `fr-FR`. Anything not Chinese falls back to English.
pub fn negotiate(requested: &str) -> Lang {
    // POSIX locales look like `zh_CN.UTF-8`; BCP 47 wants `zh-CN`.
    let cleaned = requested
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .replace('_', "-");
    let Ok(requested) = cleaned.parse::<LanguageIdentifier>() else {
        return Lang::EnUs;
    };
    let available: Vec<LanguageIdentifier> = Lang::ALL
        .iter()
        .filter_map(|l| l.tag().parse().ok())
        .collect();
    let default: LanguageIdentifier = Lang::EnUs.tag().parse().expect("valid tag");
    let chosen = fluent_langneg::negotiate_languages(
        &[requested],
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|l| Lang::from_tag(&l.to_string()))
        .unwrap_or(Lang::EnUs)
}

/// Formats messages in one language.
pub struct Localizer {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .finish()
    }
}

impl Localizer {
    /// A localizer for `lang`, built from the compiled-in Fluent files.
    pub fn new(lang: Lang) -> Self {
        let langid: LanguageIdentifier = lang.tag().parse().expect("supported tags are valid");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Terminal output and HTML do not want Unicode isolation marks around arguments.
        bundle.set_use_isolating(false);
        for (file, text) in lang.resources() {
            // The shipped files are checked by tests; a broken one is a programmer error.
            let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(_, e)| {
                panic!("locales/{}/{file} has syntax errors: {e:?}", lang.tag())
            });
            bundle.add_resource(resource).unwrap_or_else(|e| {
                panic!("locales/{}/{file} redefines messages: {e:?}", lang.tag())
            });
        }
        Localizer { lang, bundle }
    }

    /// The language of this localizer.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the message id exists.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message with no arguments.
    pub fn get(&self, id: &str) -> String {
        self.format::<&str, &str>(id, &[])
    }

    /// The message with arguments. Integer-looking values are passed as numbers so that
    /// plural selectors work. A missing id yields the id itself, so a gap is visible rather
    /// than fatal; tests check that no id is missing.
    pub fn format<K: AsRef<str>, V: AsRef<str>>(&self, id: &str, args: &[(K, V)]) -> String {
        let (message_id, attribute) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let Some(message) = self.bundle.get_message(message_id) else {
            return id.to_owned();
        };
        let pattern = match attribute {
            Some(a) => message.get_attribute(a).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            let v = v.as_ref();
            let value = match v.parse::<i64>() {
                Ok(n) if n.to_string() == v => FluentValue::from(n),
                _ => FluentValue::from(v.to_owned()),
            };
            fluent_args.set(k.as_ref().to_owned(), value);
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }
}

/// Every message id defined in `lang`'s files, with the file it comes from.
pub fn message_ids(lang: Lang) -> Vec<(&'static str, String)> {
    let mut ids = Vec::new();
    for (file, text) in lang.resources() {
        if let Ok(resource) = FluentResource::try_new((*text).to_owned()) {
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.push((*file, m.id.name.to_owned()));
                }
            }
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_system_locales() {
        assert_eq!(negotiate("zh_CN.UTF-8"), Lang::ZhCn);
        assert_eq!(negotiate("zh-Hans-CN"), Lang::ZhCn);
        assert_eq!(negotiate("zh"), Lang::ZhCn);
        assert_eq!(negotiate("en-GB"), Lang::EnUs);
        assert_eq!(negotiate("fr-FR"), Lang::EnUs);
        assert_eq!(negotiate("C"), Lang::EnUs);
        assert_eq!(negotiate(""), Lang::EnUs);
    }

    #[test]
    fn every_locale_parses() {
        for lang in Lang::ALL {
            for (file, text) in lang.resources() {
                if let Err((_, errors)) = FluentResource::try_new((*text).to_owned()) {
                    panic!("locales/{}/{file}: {errors:?}", lang.tag());
                }
            }
        }
    }

    #[test]
    fn formats_arguments_and_reports_gaps() {
        let l = Localizer::new(Lang::EnUs);
        let text = l.format(
            "diag-unknown-reference",
            &[("kind", "actor"), ("id", "fire_chief")],
        );
        assert!(text.contains("fire_chief"), "{text}");
        assert_eq!(l.get("no-such-message"), "no-such-message");
    }
}
