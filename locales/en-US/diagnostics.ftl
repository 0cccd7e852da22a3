# Diagnostics for scenario, translation and responses files.
# Machine-readable layout: FILE:LINE:COL: error: MESSAGE

diag-severity-error = error
diag-severity-warning = warning
diag-help = help


diag-help-did-you-mean = did you mean `{ $suggestion }`?
diag-help-none-defined = none are defined yet; add one first
diag-help-known-ids = known ids: { $ids }
diag-help-expected-one-of = expected one of: { $names }

diag-bad-id = { $kind ->
    [actor] actor
    [fact] fact
    [rumour] rumour
    [event] event
    [objective] objective
    [template] template
    [scenario] scenario
   *[other] { $kind }
} id `{ $id }` is not valid
diag-help-id-form = use lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 64 characters (e.g. `dam-break`)
diag-duplicate-id = duplicate { $kind ->
    [actor] actor
    [fact] fact
    [rumour] rumour
    [event] event
    [objective] objective
    [template] template
    [scenario] scenario
   *[other] { $kind }
} id `{ $id }`
diag-help-first-defined = it is first defined by item { $index } of the same list; rename one of them
diag-bad-format = unsupported format version { $found }; this version of Golden Hour reads format { $expected }
diag-unknown-language = unknown language `{ $lang }`
diag-translation-is-source = `{ $lang }` is the scenario's own language; remove it from `translations`
diag-unknown-reference = unknown { $kind ->
    [actor] actor
    [fact] fact
    [rumour] rumour
    [event] event
    [objective] objective
    [template] template
    [scenario] scenario
   *[other] { $kind }
} `{ $id }`
diag-rumour-no-debunk = rumour `{ $id }` has no debunking fact
diag-help-rumour-no-debunk = list the facts whose disclosure debunks it in `debunked_by`, so the trainee can correct it
diag-actor-kind = actor `{ $id }` is a { $kind }, but this event is usually sent by a { $expected }
diag-out-of-range = value { $value } is out of range; it must lie between { $min } and { $max }
diag-reply-to-self = event `{ $id }` replies to itself
diag-apology-unconfirmed = fact `{ $id }` is unconfirmed (`confirmed: false`): an apology can only be owed for a fault the account knows to be true; name a confirmed fact
diag-not-an-inquiry = event `{ $id }` is not a media inquiry; `InquiryUnanswered` needs a `MediaInquiry` event
diag-reply-to-briefing = event `{ $id }` is an internal briefing; the trainee cannot reply to it in public
diag-responses-wrong-scenario = these responses are for scenario `{ $found }`, not `{ $expected }`
diag-empty-post = this action publishes text, but `text` is empty

diag-bad-start = start `{ $found }` is not a valid date and time
diag-help-start-form = write it as "YYYY-MM-DDTHH:MM", e.g. "2026-07-18T05:30"
diag-bad-duration-range = the scenario lasts { $found }; it must be longer than zero and at most { $max }
diag-bad-speed = default speed { $found } is not offered
diag-help-speeds = use 1, 5, 10 or 60 (simulated seconds per real second)
diag-time-outside = time { $time } is outside the scenario, which lasts { $duration }
diag-help-time-outside = use a time between 0m and { $duration }, or lengthen `clock.duration`
diag-condition-on-secret = fact `{ $id }` must not be disclosed, so this condition will always fire
diag-never-fires-share = this condition can never fire: a share of { $share } is not between 0 and 1
diag-help-share = a rumour's reach is the share of the public that believes it, e.g. 0.2 for a fifth
diag-never-fires-rumour = this condition can never fire: rumour `{ $id }` never starts
diag-help-start-rumour = add an event `RumourStarts(rumour: "{ $id }", actor: "…")`
diag-never-fires-trust = this condition can never fire: trust { $level } is outside 0–100
diag-help-trust = trust runs from 0 to 100; pick a level such as 40.0
diag-never-fires-forbidden = this condition can never fire: the rubric lists no forbidden phrases
diag-help-forbidden = add phrases to `rubric.forbidden_phrases`, e.g. {"{"} "zh-CN": ["临时工"] {"}"}
diag-zero-deadline = a deadline of zero leaves no time to respond
diag-fact-never-revealed = fact `{ $id }` is never revealed to the trainee
diag-help-reveal-fact = list it in a briefing's `reveals`, or set `known_at_start: true`
diag-rumour-never-starts = rumour `{ $id }` never starts

diag-target-after-deadline = the first-response target { $target } is later than the hard deadline { $deadline }
diag-deadline-after-end = the hard deadline { $deadline } falls after the scenario ends ({ $duration })
diag-all-weights-zero = every dimension weighs zero, so there is no overall score
diag-empty-phrase = empty forbidden phrase
diag-empty-pattern = empty pattern, or an empty part between `+` signs
diag-help-pattern-form = a pattern matches when every `+`-separated part appears in the post, e.g. "3+遇难"
diag-fact-no-patterns = fact `{ $id }` has no `discloses` patterns for { $lang }, so posts in { $lang } can never disclose it
diag-empty-segment = a segment of the public must have at least one person
diag-unknown-coefficient = unknown public-model coefficient `{ $name }`

diag-missing-translation = the scenario declares a { $lang } translation, but there is no { $lang }.ftl beside it
diag-help-missing-translation = create { $lang }.ftl next to the scenario file, or remove `{ $lang }` from `translations`
diag-untranslated = text `{ $key }` has no { $lang } translation
diag-help-untranslated = add `{ $key } = …` to { $file }
diag-unknown-text-key = `{ $key }` does not name any text of the scenario
diag-undeclared-translation = there is a { $lang } translation file, but the scenario does not declare it
diag-help-undeclared-translation = add "{ $lang }" to the scenario's `translations`
diag-ftl-syntax = Fluent syntax error: { $detail }
diag-ftl-empty = `{ $key }` has no text
diag-ftl-placeable = `{ $key }` uses a Fluent placeable; scenario texts are plain text
diag-help-ftl-placeable = write a literal brace as {"{"}"{"{"}"{"}"}
diag-ftl-duplicate = `{ $key }` is translated twice; the last one wins

diag-file-too-large = the file is { $size } MiB; scenario files are limited to { $limit } MiB
diag-not-utf8 = the file is not valid UTF-8 (at byte { $byte })
diag-help-not-utf8 = save the file as UTF-8
diag-empty-file = the file is empty
diag-help-empty-file = a scenario starts with `Scenario(`; run `goldenhour new NAME` for a starter, or see docs/scenario-format.md
diag-too-deep = brackets are nested more than { $max } levels deep
diag-unknown-field = unknown field `{ $field }` in `{ $outer }`
diag-missing-field = `{ $outer }` is missing the required field `{ $field }`
diag-duplicate-field = field `{ $field }` appears twice in `{ $outer }`
diag-unknown-variant = unknown variant `{ $found }` of `{ $outer }`
diag-bad-duration = `{ $found }` is not a duration
diag-help-duration-form = write durations like "1h30m", "45m" or "90s"
diag-wrong-type = expected { $expected }, found { $found }
diag-unexpected-eof = the file ends in the middle of a value
diag-help-unclosed = a bracket or quote is probably not closed
diag-trailing = unexpected text after the end of the scenario
diag-wrong-struct-name = expected `{ $expected }`, found `{ $found }`
diag-expected-comma = expected a comma
diag-help-comma = is a comma missing at the end of the previous value?
diag-expected = expected { $what ->
        [option] an optional value
        [integer] a whole number
        [number] a number
        [boolean] `true` or `false`
        [string] a quoted string
        [list] a list in `[ ]`
        [map] a map in `{"{"} {"}"}`
       *[struct] a group in `( )`
    }
diag-help-option = optional fields are written `Some(value)`, e.g. `verify_delay: Some("1h")`
diag-help-quote = text goes between double quotes: "like this"
diag-syntax = RON syntax error: { $detail }
