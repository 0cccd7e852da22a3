# Scoring: findings on a trainee's posts and runs, and the `score` command.
# Every finding explains what was seen and suggests a better wording (docs/scoring.md).

## Dimensions and ratings

score-dimension-speed = Speed
score-dimension-tone = Tone
score-dimension-transparency = Transparency
score-dimension-authority = Authority
score-dimension-service = Service
score-dimension-interaction = Interaction
score-overall = Overall
score-rating-p = P: performed without challenges
score-rating-s = S: performed with some challenges
score-rating-m = M: performed with major challenges
score-rating-u = U: unable to be performed

## Per-post findings

score-post-empty = The post has no words. Say what happened, what you are doing and where people can get help.

score-tone-empathy = Acknowledges people's feelings: «{ $excerpt }». Empathy first makes the facts easier to hear.
score-tone-personal-data = «{ $excerpt }» exposes a person at the centre of the crisis: however warm the words around it, that shows them no respect. Describe them without identifying them ("a 71-year-old resident") and keep their health and address out.
score-tone-cold = Reports harm («{ $excerpt }») without one word for the people affected. Acknowledge them before the facts, e.g. "Our thoughts are with the injured and their families; we know how worried you are."
score-tone-no-empathy = No word acknowledges the harm or people's worry. Open with one sentence such as "We know how worried [the people affected] and their families are right now." Worth up to { $forgone } tone points.
score-tone-apology = Apologises: «{ $excerpt }». Where the institution is at fault, an apology with corrective action rebuilds trust.
score-tone-no-apology = { $replied ->
    [yes] Apologised only in replies to individuals, never in a statement to the public, for a fault on your own side: { $fact } The people it failed read statements, not your replies to others. Say sorry in a statement, own it and say how you are putting it right: "We are sorry. [What went wrong] was our failure. We have [corrective action]."
   *[other] { $earlier ->
        [yes] You apologised earlier for the incident, but not for this fault of your own side once it came to light: { $fact } Own it in a statement, by name: "[What went wrong] was our failure, and we are sorry. We have [corrective action]."
       *[other] Never apologised for a fault on your own side: { $fact } When the institution is at fault, say sorry plainly in a statement, own it and say how you are putting it right: "We are sorry. [What went wrong] was our failure. We have [corrective action]."
    }
}
score-tone-late-apology = Apologised { $minutes } min after learning of a fault on your own side: { $fact } Apologise as soon as the fault is confirmed, within the first-response target: the longer it takes, the more it looks extracted.
score-tone-officialese = Officialese or jargon: «{ $excerpt }» tells people nothing. Replace it with what is being done, in the public's words: who is doing what, where ("[how many] [crews] are [doing what] at [place]"); spell out any abbreviation ("sitrep" is "update", "NLT 07:30" is "by 07:30").
score-tone-boilerplate = Boilerplate: «{ $excerpt }» reads as a blank cheque. Give one concrete fact and a time for the next update instead.
score-tone-denial-backed = Denial with its proof: «{ $excerpt }». Denying a false claim together with the verified fact and its source is the right answer to a rumour; it costs nothing.
score-tone-denial = { $kind ->
    [refusal] Refusing to comment: «{ $excerpt }». Silence reads as hiding something, and others fill it. Say what you know, what you do not yet know and when you will say more: "[What is confirmed]. [What is still being checked]; we will update at [time]."
   *[denial] Categorical denial: «{ $excerpt }». Denials that later prove false destroy credibility. State the verified fact and its source: "[Who] checked [what] at [time]: [what they found]."
}
score-tone-blame = Blame-shifting: «{ $excerpt }» sounds like finding a scapegoat. Take responsibility for what the institution controls: "[What we oversee] is our responsibility, and we are reviewing it."
score-tone-condescension = Condescending: «{ $excerpt }» lectures or insults the public. Speak as an equal: answer the worry behind the question.
score-tone-lecturing = Lecturing: «{ $excerpt }» reproaches or moralises at the public. Say what to do and why, as to an equal: "Heat sends people to hospital every summer; here is how to stay safe."
score-tone-officialese-backed = Filler: «{ $excerpt }». The sentence goes on to say what was done; start with that and drop the filler.
score-tone-threat = Threatening: «{ $excerpt }». Threats make the account look defensive and push people away. Correct a rumour with the verified fact and where to check it; ask people to act by saying what to do and why.
score-tone-threat-backed = A legal warning after the verified facts: «{ $excerpt }». As one short closing line it is acceptable, but it still reads as defensive to many; the facts and the check carry the rebuttal without it.
score-tone-threat-main = The threat is the main message of this post. Lead with the verified facts; mention legal consequences, if at all, in one short line at the end.
score-tone-excuse = Excuse: «{ $excerpt }» minimises the harm. Say what happened and what you are doing about it; explanations can come with the investigation.
score-tone-long-sentence = A sentence of { $length } { $unit ->
        [chars] characters
       *[words] words
    } (limit { $limit }) is hard to read on a phone. Split it into short sentences, one idea each.
score-tone-forbidden = «{ $excerpt }» is on this exercise's list of phrases to avoid. Say plainly what you know and what you are doing.

score-transparency-facts = Concrete fact: «{ $excerpt }». Numbers, times and places show what is confirmed.
score-transparency-unknowns = Says what is not yet known: «{ $excerpt }». Admitting gaps early protects credibility.
score-transparency-actions = Says what is being done: «{ $excerpt }».
score-transparency-next-update = Promises the next update with a time: «{ $excerpt }». Now deliver it on time.
score-transparency-vague-promise = Promises updates without a time: «{ $excerpt }». Give a time, e.g. "Next update at 8 p.m."
score-transparency-help = Says where to get help or information: «{ $excerpt }».
score-transparency-commitment = Commits to staying engaged: «{ $excerpt }».
score-transparency-missing-facts = No confirmed fact: say who, what, where and when, e.g. "At [time] [what happened] at [place]; [how many people] are affected." Worth up to { $forgone } transparency points.
score-transparency-missing-unknowns = Does not say what is not yet known. Add a line such as "The cause is not yet known; [who] is investigating." Worth up to { $forgone } transparency points.
score-transparency-missing-actions = Does not say what is being done. Add who is doing what, e.g. "[Who] is [doing what] at [place]." Worth up to { $forgone } transparency points.
score-transparency-missing-next-update = Does not say when the next update comes. Add "Next update at [time]", an hour or two ahead at most, and keep the promise. Worth up to { $forgone } transparency points.
score-transparency-missing-help = Does not say where to get help. Add a hotline, a website or a place, e.g. "For help call [hotline]." Worth up to { $forgone } transparency points.
score-transparency-boilerplate = «{ $excerpt }» stands in for information. Replace it with what you know now.
score-transparency-shield = «{ $excerpt }» is used with no facts at all, as a shield. Say what is known, what is not, and when you will say more.
score-transparency-contradiction = «{ $excerpt }» contradicts the confirmed facts ({ $fact }). Correct the post and state the confirmed fact.
score-transparency-leak-private = «{ $excerpt }» discloses private information ({ $fact }). Remove the names and personal details of the people concerned.
score-transparency-personal-data = «{ $excerpt }» publishes personal data (an ID number, a home address, a named person's age, address or class). Remove it: describe the person without identifying them ("a pupil", "a 34-year-old resident"), never where they live.
score-transparency-leak-unverified = «{ $excerpt }» states something not yet verified ({ $fact }) as fact. Say it is being checked, or ask the department to verify it first.

score-authority-responsible-body = Names the responsible body: «{ $excerpt }».
score-authority-no-source = No responsible body is named. Say who confirms the information, e.g. "[The responsible body] confirms…" Worth up to { $forgone } authority points.
score-authority-facts = Confirmed detail: «{ $excerpt }».
score-authority-verified = Marks verified information and its source: «{ $excerpt }».
score-authority-speculation = Speculation: «{ $excerpt }». Publish only confirmed facts; say what is still being checked instead of guessing.
score-authority-own-account = Answers «{ $excerpt }» directly as the official account: the reply itself is the authoritative source, and need not name one.
score-authority-over-reassurance = Over-reassurance: «{ $excerpt }» promises safety while the post itself says something is still unknown. Say what the results so far show and when the rest will be known: "The first tests are normal; full results by 5 p.m. Until then, use bottled water for infants."
score-authority-vague-naming = Vague naming: «{ $excerpt }». Name the body or the post holder, e.g. "the Water Authority" rather than "the relevant authorities".
score-authority-rumour-headline = The headline puts the rumour as a question and does not answer it: «{ $excerpt }». Many people read only the headline and take the rumour away. Lead with the verified fact ("[What is true], [who] confirmed at [time]"), or answer the question in the headline itself ("…? No.").
score-authority-bare-denial = { $kind ->
    [refusal] A refusal with no fact beside it: «{ $excerpt }». Give what is confirmed, who confirmed it and when you will know more.
   *[denial] A denial with no fact or source behind it: «{ $excerpt }». Back it with what was checked, by whom and when.
}
score-authority-contradiction = «{ $excerpt }» contradicts the confirmed facts ({ $fact }); the account's word is now in doubt. Correct it promptly.
score-authority-leak-unverified = «{ $excerpt }» repeats an unverified claim ({ $fact }). Verify it with the responsible department before publishing.
score-authority-unbriefed = «{ $excerpt }» states something you had not been briefed on ({ $fact }). Publish only what the responsible body has confirmed to you.

score-service-guidance = Tells people what to do: «{ $excerpt }».
score-service-phone = Gives a number to call: «{ $excerpt }».
score-service-help = Points to help: «{ $excerpt }».
score-service-place = Tells people where to go: «{ $excerpt }».
score-service-warning = Issues a warning with a time or place: «{ $excerpt }».
score-service-missing-guidance = Does not tell people what to do now. Add one clear action for the people affected, e.g. "Please [what to do now: avoid a place, keep windows shut, bring a child to a hospital]." Worth up to { $forgone } service points.
score-service-missing-help = Gives no hotline, place or website. Add where to get help, e.g. "[Shelter or service point] at [place]; hotline [number]." Worth up to { $forgone } service points.

## Per-run findings

score-speed-first-response = First statement to the public after { $minutes } min (target { $target } min, hard deadline { $deadline } min). Publish a short facts-only notice early, then add detail.
score-speed-no-response = No post at all. The first authoritative release is due within { $deadline } min: publish what you know, even if it is little.
score-speed-no-statement = No statement to the public: you only replied to individuals (the first reply at { $minutes } min). A reply under one person's post reaches that person; the first authoritative release is due within { $deadline } min.
score-speed-inquiry = { $empty ->
    [repeated] Answered { $asker } after { $minutes } min (deadline { $deadline } min) with the same words as an earlier reply: a pasted text answers no one's question. Answer what this reporter asked.
    [yes] Answered { $asker } after { $minutes } min (deadline { $deadline } min), but the reply said nothing the reporter could use. Give the confirmed facts you have and when you will know more.
   *[other] Answered { $asker } after { $minutes } min (deadline { $deadline } min).
}
score-speed-inquiry-missed = Did not answer { $asker } (deadline { $deadline } min). Even "We are confirming the figures and will reply by [time]" keeps the media on side.
score-speed-rumour = Corrected the rumour "{ $rumour }" { $minutes } min after it started.
score-speed-rumour-replied = Corrected the rumour "{ $rumour }" { $minutes } min after it started, but only in a reply to one person: everyone else still has only the rumour. Correct it in a statement, with the verified fact and its source.
score-speed-rumour-uncorrected = Never corrected the rumour "{ $rumour }". Correct it with the verified fact and its source as soon as you have it.
score-speed-promise-kept = Delivered a promised update on time.
score-speed-promise-broken = Missed a promised update. If you cannot deliver, post at the promised time to say when you will.
score-interaction-answered = { $publicly ->
    [yes] { $late ->
        [yes] { $asker } was answered only by a statement { $minutes } min later (target { $target } min): late, and not to them. Reply to the person directly, within the target.
       *[other] Answered { $asker } in a statement { $minutes } min later (target { $target } min): it gave the facts they asked for.
    }
   *[other] { $empty ->
        [repeated] Answered { $asker } after { $minutes } min (target { $target } min) with the same words as an earlier reply: a pasted text answers no one's question. Answer what they asked.
        [yes] Answered { $asker } after { $minutes } min (target { $target } min), but the reply gave them nothing to go on. Answer with a fact, a figure or what to do.
        [harmful] Answered { $asker } after { $minutes } min (target { $target } min), but the answer itself did harm (a leak, a guess, blame, a lecture or a denial: see the reply's findings). It counts no more than a late answer.
       *[other] { $late ->
            [yes] Answered { $asker } only after { $minutes } min, later than the { $target }-min target. Reply sooner.
           *[other] Answered { $asker } after { $minutes } min (target { $target } min).
        }
    }
}
score-interaction-unanswered = Did not answer { $asker }. Reply to the question, briefly and specifically.
score-interaction-big-accounts-only = Answered { $big }% of questions from media and large accounts but only { $ordinary }% from ordinary citizens. Answer the quiet voices too.
score-transparency-withheld = Never disclosed a fact the public needs: { $fact }.
score-transparency-late-disclosure = Disclosed "{ $fact }" { $minutes } min after learning it. Share required facts promptly.
score-transparency-broken-promise = { $came ->
    [yes] A promised update came { $minutes } min late. If you cannot make it, post at the promised time to say when you will.
   *[other] A promised update never came: a blank cheque costs credibility.
}
score-transparency-privacy-breach = Published private data («{ $excerpt }»). Once out it cannot be taken back: this costs the whole exercise, not only the post.
score-tone-privacy-breach = Exposed a person at the centre of the crisis («{ $excerpt }»): however warm the words around it, publishing their private details fails to show them respect. Speak of people without naming them or telling their health.
score-run-no-posts = No posts to assess: tone, transparency, authority and service score 0.

## The `score` command

cli-score-about = Score one message (no timeline): tone, transparency, authority and service
cli-score-arg-text = The message to score
cli-score-arg-file = A file with the message, or - to read standard input
cli-score-arg-format = Output format: text or json
cli-score-lang-note = The message's language is --lang when given; otherwise it is detected from the script (Chinese characters → zh-CN, else en-US).
cli-score-lang-mismatch = warning: the message looks like { $detected } but is scored as { $lang } because of --lang
cli-score-not-utf8 = error: { $path } is not UTF-8 text
cli-score-heading = Message scored as { $lang }:
cli-score-needs-timeline = Speed and interaction need a timeline: run a scenario to score them.
cli-score-service-left-out = Service is left out of the overall: a single message need not give guidance, and counts it only where it raises the score.
cli-score-findings = Evidence:
cli-score-advice = Advice:
cli-score-no-findings = No findings.
cli-score-promise = Promised next update: { $at } after the start.
