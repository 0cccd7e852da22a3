# The evaluation report (crates/report) and the `report` command: an HSEEP after-action report
# and improvement plan (docs/report-format.md). Findings' own messages come from scoring.ftl.

## Titles and sections

report-title = Evaluation report
report-subtitle = After-action report and improvement plan
report-section-overview = Exercise overview
report-section-summary = Executive summary
report-section-objectives = Objectives and capabilities
report-section-strengths = Strengths
report-section-improvements = Areas for improvement
report-section-plan = Improvement plan
report-section-rewrite = Suggested rewrite
report-section-timeline = Annotated timeline
report-section-public = The public's reaction
report-section-appendix = Appendix: every rule's effect
report-contents = Contents

## Overview

report-field-scenario = Scenario
report-field-account = Account
report-field-objectives = Objectives
report-field-trainee = Trainee
report-field-date = Date
report-field-sim-duration = Simulated time
report-field-real-duration = Real time
report-field-seed = Seed
report-field-language = Report language
report-field-post-language = Trainee wrote in
report-field-scenario-start = Scenario starts
report-trainee-unknown = (not given)
report-trainee-anonymous = The trainee
report-real-duration-unknown = not recorded
report-duration = { $hours } h { $minutes } min
report-clock-next-day = { $time } (+{ $days } d)
report-language-zh-cn = Chinese (Simplified)
report-language-en-us = English
report-no-objectives = The scenario lists no objectives; the six qualities are rated below.

## Executive summary

report-summary-overall = { $trainee } played “{ $scenario }” for { $duration } of simulated time. Overall rating: { $rating } ({ $score }/100).
report-summary-dimensions = Strongest quality: { $best } ({ $best-score }); weakest: { $worst } ({ $worst-score }).
report-summary-first-post = The first statement to the public came { $minutes } min after the start (target { $target } min, hard deadline { $deadline } min).
report-summary-no-post = No post was published: the first authoritative release was due within { $deadline } min.
report-summary-no-statement = No statement to the public was published, only replies to individuals (the first { $minutes } min after the start): the first authoritative release was due within { $deadline } min.
report-summary-answers = Questions and media inquiries answered: { $answered } of { $questions }. Rumours corrected: { $corrected } of { $rumours }. Promised updates kept: { $kept }, broken: { $broken }.
report-summary-public = At the end, trust in the account stood at { $trust }/100; public pressure peaked at { $pressure }/100; the widest rumour reached { $reach }% of the public.
report-summary-strength = Main strength: { $strength }.
report-summary-priority = First priority for improvement: { $area }.
report-summary-no-priority = No area for improvement stood out.

## Tables

report-col-objective = Objective
report-col-dimensions = Evidence from
report-col-rating = Rating
report-col-score = Score
report-col-observation = Observation
report-col-dimension = Quality
report-col-weight = Weight
report-col-time = Time
report-col-what = What happened
report-col-rule = Rule
report-col-effect = Effect
report-col-evidence = Evidence and advice
report-not-scored = not scored
report-not-scored-note = Not scored: the run gave nothing to judge.
report-objective-observation = Weakest evidence: { $dimension } ({ $score }). Strongest: { $best } ({ $best-score }).
report-objective-unscored = None of this objective's qualities could be scored in this run.
report-objective-flat = All its qualities scored { $score }.
report-rating-legend = P: performed without challenges (80+) · S: with some challenges (60–79) · M: with major challenges (40–59) · U: unable to be performed (under 40)

## Strengths and areas for improvement

report-strengths-none = No strength could be evidenced in this run.
report-improvements-none = No area for improvement was found.
report-occurrences = { $count ->
    [one] seen once
   *[other] seen { $count } times
}
report-effect = { $effect } points on { $dimension }
report-quote-trainee = Your words, { $time } ({ $kind }):
report-quote-scenario = From the exercise, { $time } ({ $who }):
report-quote-scenario-plain = From the exercise, { $time }:
report-kind-publish = post
report-kind-reply = reply to { $to }
report-kind-correct = rumour correction
report-kind-verify = verification request: { $fact }

## Improvement plan: each theme is an area; its action is the corrective step

report-plan-intro = Each area for improvement, with a corrective action to practise before the next exercise.
report-plan-addresses = Addresses: { $rules }
report-theme-first-response = Respond within the golden hour
report-action-first-response = Prepare a holding statement (what happened, what is being done, where to get help, when the next update comes) before the exercise, and publish it within { $target } min even if you know little. Add detail in later posts.
report-theme-media = Meet media deadlines
report-action-media = Keep a list of every media inquiry with its deadline. Before each deadline, reply with the confirmed facts you have and when you will know more.
report-theme-rumours = Correct rumours with facts, not threats
report-action-rumours = As soon as a rumour appears, ask the responsible department to verify, then post the verified fact, its source and the time it was checked. Leave out threats and bare denials.
report-theme-promises = Promise updates with a time and keep them
report-action-promises = End every substantive post with the time of the next update, set yourself a reminder, and post at that time even if only to say when you will know more.
report-theme-interaction = Answer every question, ordinary people's included
report-action-interaction = Reply to questions from ordinary residents within { $target } min, briefly and specifically. Answer the worry behind the question.
report-theme-disclosure = Share the facts the public needs promptly
report-action-disclosure = After each briefing, check which facts the public needs (casualties, shelters, closures) and publish them within { $target } min.
report-theme-empathy = Lead with empathy
report-action-empathy = Open every post about harm with one sentence that acknowledges the people affected and their worry, before the facts.
report-theme-apology = Apologise for your own side's faults
report-action-apology = When a briefing shows your side at fault, apologise in a statement to the public within { $target } min: name the fault, own it, and say what is being done to put it right. An earlier apology for the whole incident counts; an apology only in a reply to one person does not reach the people it failed.
report-theme-defensive = Take responsibility instead of defending
report-action-defensive = Do not blame others, lecture or make excuses. Say what the institution is responsible for, apologise where it is at fault, and say what is being done to put it right.
report-theme-plain-language = Write plainly: facts instead of stock phrases, short sentences
report-action-plain-language = Replace every stock phrase with a concrete fact, number, time or place. Keep sentences short: one idea each.
report-theme-authority = Publish only confirmed facts, with their source
report-action-authority = Name the body that confirms each fact. Publish nothing you have not been briefed on or that is unverified; ask the department to verify first.
report-theme-privacy = Protect the privacy of the people involved
report-action-privacy = Never publish the names, medical details, addresses or other personal information of victims, patients, pupils or anyone else involved.
report-theme-service = Tell people what to do and where to get help
report-action-service = Add one clear action (what to do or avoid now) and where to get help (hotline, shelter, website) to every post.
report-theme-cerc = Give complete crisis messages
report-action-cerc = Check each post against the six CERC elements: empathy, confirmed facts, what is not yet known, what is being done, the next update and where to get help.

## Suggested rewrite

report-rewrite-intro = Your weakest post ({ $time }, { $score }/100), rewritten from the findings. This is a suggested template, not a finished post: replace every [placeholder] and check every fact before publishing.
report-rewrite-none-intro = You published nothing. Here is a first statement you could have published by { $time }, built from what you knew by then. It is a suggested template: replace every [placeholder] and check every fact before publishing.
report-rewrite-no-statement-intro = You replied to individuals but published no statement to the public. Here is a first statement you could have published by { $time }, built from what you knew by then. It is a suggested template: replace every [placeholder] and check every fact before publishing.
report-rewrite-original = What you wrote (struck through: remove)
report-rewrite-suggested = Suggested version
report-rewrite-added = Added
report-rewrite-removed = Removed
report-rewrite-nothing-removed = nothing
report-element-empathy = empathy
report-element-apology = an apology that owns the fault
report-element-facts = confirmed facts
report-element-unknowns = what is not yet known
report-element-actions = what is being done
report-element-next-update = the next update
report-element-help = where to get help
report-element-guidance = what to do now
report-element-source = the responsible body
report-element-proof = the check behind the denial
# Template lines of the rewrite, in the language the trainee writes in.
report-rewrite-empathy = We know how worried [the people affected] are, and we are with you.
report-rewrite-apology = We apologise to [the people affected]. [What we got wrong] is our responsibility, and we are [putting it right: how].
report-rewrite-apology-for = We apologise for this: { $fault } It is our responsibility, and we are [putting it right: how].
report-rewrite-facts = At [time], [what happened] at [place]; [number] people are affected.
report-rewrite-fact-line = Confirmed: { $fact }
report-rewrite-unknowns = We do not yet know [what is still unknown]; [who] is checking.
report-rewrite-actions = [Who] is [doing what] at [where].
report-rewrite-guidance = Please [what to do or avoid now].
report-rewrite-help = For help call [hotline] or go to [place].
report-rewrite-help-phone = For help call { $phone }.
report-rewrite-next-update = Next update at [time].
report-rewrite-source = [The responsible body] confirms:
report-rewrite-proof = [Who] checked [what], and found [what they found: test results, what inspectors saw].
report-rewrite-redacted = [personal details removed]
report-rewrite-body = [responsible body]
report-rewrite-specify = [say exactly what]
report-rewrite-untrue = not true
report-rewrite-who = [The person]

## Timeline

report-timeline-intro = What happened, what you did and when: deadlines met and missed, promises kept and broken, rumours started and debunked. Public comments are left out.
report-event-public-post = { $who } posted
report-event-question = { $who } asked
report-event-follow-up = { $who } followed up
report-event-inquiry = Media inquiry from { $who } (deadline { $deadline } min)
report-event-briefing = Briefing from { $who }
report-event-rumour = Rumour started by { $who }
report-event-escalation = Escalation: { $who }
report-timeline-deadline-missed = Deadline missed: { $what }
report-timeline-promise-kept = Promised update kept
report-timeline-promise-broken = Promised update broken
report-timeline-rumour-debunked = Rumour debunked: { $rumour }
report-timeline-fact-verified = Verified: { $fact }
report-timeline-fact-refuted = Not confirmed: { $fact }
report-timeline-end = End of the exercise
report-tag-deadline-met = deadline met
report-tag-deadline-late = deadline missed
report-tag-answered = answered
report-tag-empty-reply = answered, with nothing in it
report-tag-harmful-reply = answered, but the answer did harm
report-tag-pasted-reply = answered with the words of an earlier reply
report-tag-promise = promises an update at { $time }
report-tag-harm = marked down for what it said: { $area }

## Charts

report-chart-radar = The six qualities
report-chart-public = Pressure, trust and rumour reach over simulated time
report-chart-timeline = Events and your responses
report-series-pressure = Pressure
report-series-trust = Trust
report-series-rumour = Rumour: { $rumour }
report-series-posts = Your posts
report-lane-events = Events
report-lane-responses = Your actions
report-legend-post = post
report-legend-reply = reply
report-legend-correction = rumour correction
report-legend-public = public post or question
report-legend-inquiry = media inquiry
report-legend-briefing = briefing
report-legend-rumour = rumour started
report-legend-escalation = escalation
report-legend-missed = deadline missed
report-legend-debunked = rumour debunked
report-legend-promise-kept = promise kept
report-legend-promise-broken = promise broken
report-chart-unscored = n/a

## Appendix

report-appendix-intro = Every finding of the automatic scoring, with the rule that produced it and its effect in points on one quality (docs/scoring.md explains each rule).
report-appendix-run = Whole run
report-appendix-post = Post at { $time }

## Footer

report-footer = Generated by Golden Hour { $version } (report format { $format }). Scores come from the automatic rules in docs/scoring.md; the instructor's observations complete them.

## Terminal summary

report-text-heading = Evaluation of “{ $scenario }” — { $trainee }
report-text-overall = Overall: { $score }/100, rating { $rating }
report-text-top-strengths = Strengths:
report-text-top-improvements = To improve:

## The `report` command

cli-report-about = Render the evaluation report (HTML and JSON) of a saved run
cli-report-arg-simlog = A simlog.ron file written by goldenhour run or the desktop app
cli-report-arg-out = Folder to write report.html and report.json into (created if missing)
cli-report-arg-trainee = The trainee's name, if the log does not record it
cli-report-bad-simlog = error: { $path } is not a readable run log: { $error }
cli-report-invalid-scenario = error: the scenario embedded in { $path } has errors; it cannot be reported on
cli-report-wrote = wrote { $html } and { $json }
