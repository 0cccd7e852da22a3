# goldenhour playtest: scripted trainees play a scenario across seeds (src/playtest/, src/cli/playtest.rs).

playtest-about = Play a scenario with scripted trainees across seeds and show how each is scored
playtest-arg-scenario = A scenario.ron file, or the folder that holds it
playtest-arg-runs = Runs per policy (seeds 1 to N)
playtest-arg-format = Output format: text (a table) or json (see docs/playtest.md)
playtest-arg-bots-lang = Language the scripted trainees write in (default: the interface language if the scenario is playable in it, else the scenario's own)
playtest-arg-scripts = Also write each policy's script (seed 1) into this folder as responses files
playtest-unsupported-lang = error: the scenario is not playable in { $lang } (playable in: { $langs })
playtest-progress = Playtesting
playtest-heading = Playtest of { $scenario } ({ $lang }), { $runs ->
    [one] 1 run
   *[other] { $runs } runs
} per policy: mean (min–max)
playtest-col-policy = Policy
playtest-col-overall = Overall
playtest-dim-speed = Speed
playtest-dim-tone = Tone
playtest-dim-transparency = Transparency
playtest-dim-authority = Authority
playtest-dim-service = Service
playtest-dim-interaction = Interaction
playtest-legend = A scenario that rewards good practice puts the exemplary trainee at 80 or more, the silent one at 30 or less, and each flawed trainee lowest on the dimension of its flaw (see docs/playtest.md).
playtest-policy-exemplary = exemplary
playtest-policy-fast-but-cold = fast but cold
playtest-policy-good-but-slow = good but slow
playtest-policy-silent = silent
playtest-policy-stonewalling = stonewalling
playtest-policy-defensive = defensive
playtest-policy-leaky = leaky

# goldenhour validate --timeline: the authoring timeline page (src/timeline.rs).
timeline-arg-timeline = Write an HTML timeline of this scenario (a scenario.ron file or its folder)
timeline-arg-out = Folder to write timeline.html into (created if missing)
timeline-wrote = Wrote { $path }
timeline-title = Timeline: { $title }
timeline-meta = { $id } · starts { $start } · { $minutes } min · { $events } events · { $gaps } gaps of { $gap } min or more with no fixed-time event
timeline-lane-posts = Public posts
timeline-lane-inquiries = Media inquiries
timeline-lane-briefings = Briefings
timeline-lane-rumours = Rumours
timeline-lane-escalations = Escalations
timeline-first-response = First-response target ({ $minutes } min)
timeline-hard-deadline = Hard deadline ({ $minutes } min)
timeline-gap = Gap
timeline-deadline-window = Inquiry { $event }: reply within { $minutes } min
timeline-events-heading = Events at fixed times
timeline-conditional-heading = Conditional events (no fixed time: they fire when their condition first holds)
timeline-col-time = Time
timeline-col-condition = Condition
timeline-col-id = Event
timeline-col-actor = Actor
timeline-col-text = Text
timeline-reveals = Reveals:
timeline-cond-no-post = The trainee has posted nothing { $minutes } min after the start
timeline-cond-fact = Not disclosed { $minutes } min after the start: { $fact }
timeline-cond-forbidden = A post used one of the rubric's forbidden phrases
timeline-cond-rumour = More than { $share }% of the public believe: { $rumour }
timeline-cond-trust = Trust in the account falls below { $trust }
timeline-cond-promise = A promised update did not come
timeline-cond-inquiry = Media inquiry { $event } passed its deadline unanswered
