# The desktop app.

gui-window-title = Golden Hour — crisis communication trainer
gui-app-name = Golden Hour
gui-tagline = Practise the first hours of a crisis on a simulated microblog
gui-interface-language = Interface language:
gui-ready-after = Home screen ready after { $ms } ms

## Home
gui-library = Scenario library
gui-loading-library = Loading scenarios…
gui-library-error = Could not read the scenario folder: { $error }
gui-library-empty = No scenarios found. Put scenario folders (each with a scenario.ron) in the scenarios folder.
gui-scenario-facts = { $difficulty } · { $hours } h simulated · { $events } events · { $languages }
gui-scenario-warnings = { $count ->
        [one] 1 authoring warning
       *[other] { $count } authoring warnings
    }
gui-scenario-broken = This scenario has { $count ->
        [one] 1 error
       *[other] { $count } errors
    } and cannot be played until they are fixed. It reloads when the file changes.
gui-show-problems = Show the problems
gui-difficulty-introductory = Introductory
gui-difficulty-intermediate = Intermediate
gui-difficulty-advanced = Advanced
gui-trainee-name = Your name
gui-trainee-name-hint = Shown on your report
gui-mode = Mode
gui-mode-practice = Practice: a coach comments after each post
gui-mode-exam = Exam: no feedback until the debrief
gui-writing-language = You will write in
gui-to-briefing = Continue to the briefing
gui-pick-scenario = Pick a scenario from the library.
gui-past-attempts = Past attempts
gui-no-attempts = None yet.
gui-attempt-line = { $date } · { $title } · { $score } · { $mode }
gui-resume-offer = An exercise was interrupted: { $title }
gui-resume-detail = { $actions } actions, { $minutes } simulated minutes in. Nothing you wrote was lost.
gui-resume = Resume
gui-resume-discard = Discard

## Briefing
gui-briefing = Briefing
gui-your-role = Your role
gui-role-detail = You run { $handle }, the account of { $agency } ({ $followers } followers).
gui-clock-detail = The exercise starts at { $start } on { $date } and lasts { $hours } simulated hours. Publish a first response within { $target } minutes; the hard deadline for authoritative information is { $deadline } minutes.
gui-objectives = Objectives
gui-how-scored = How you are scored
gui-how-scored-intro = Every post you write is scored on six qualities of good government microblogging. Every point is explained with the words you wrote.
gui-dim-speed = Speed
gui-dim-tone = Tone
gui-dim-transparency = Transparency
gui-dim-authority = Authority
gui-dim-service = Service
gui-dim-interaction = Interaction
gui-dim-speed-help = Respond first: the first post, replies before deadlines, rumours rebutted fast, promised updates delivered.
gui-dim-tone-help = Talk as an equal: empathy, plain words, no officialese, no blame-shifting, an apology where you are at fault.
gui-dim-transparency-help = Say what is known, what is not yet known, what is being done and when the next update comes.
gui-dim-authority-help = Confirmed facts only, the responsible body named, no speculation.
gui-dim-service-help = Tell people what to do: hotlines, shelters, routes.
gui-dim-interaction-help = Answer questions and inquiries, ordinary citizens as well as big accounts.
gui-ratings-help = Ratings follow HSEEP: P performed, S some challenges, M major challenges, U unable to perform.
gui-mode-practice-help = Practice mode: after each post a coach shows what worked and what to improve.
gui-mode-exam-help = Exam mode: you will see your scores only at the end.
gui-loading-scorer = Loading the scorer…
gui-start-exercise = Start the exercise
gui-back = Back

## Exercise
gui-elapsed = { $elapsed } of { $total }
gui-speed-help = Speed of simulated time (⏸ pauses)
gui-step-help = Jump one simulated minute
gui-pressure = Pressure
gui-trust = Trust
gui-rumour-reach = Rumour reach
gui-end-exercise = End the exercise
gui-tab-all = All
gui-tab-mentions = Mentions & questions
gui-tab-media = Media
gui-tab-rumours = Rumours
gui-search = Search the feed
gui-feed-empty = Nothing here yet.
gui-followers = { $count } followers
gui-engagement = ⟲ { $reposts }   💬 { $comments }   ♥ { $likes }
gui-reply = Reply
gui-correct = Correct
gui-badge-question = Question
gui-badge-inquiry = Press inquiry
gui-badge-media = Media
gui-badge-rumour = Rumour
gui-badge-trending = Trending
gui-badge-mine = Your post
gui-compose-new-post = New post as { $account }
gui-compose-reply-to = Reply to { $author }
gui-compose-correct = Correcting the rumour: { $rumour }
gui-compose-cancel-target = Write a new post instead
gui-compose-hint = Write your post…
gui-over-limit = Too long to publish
gui-publish = Publish
gui-coach = Coach
gui-internal = Internal
gui-inquiries = Media inquiries
gui-answered = answered
gui-due-in = due in { $time }
gui-overdue = overdue { $time }
gui-facts = Facts known
gui-fact-confirmed = confirmed
gui-fact-unverified = unverified
gui-fact-checking = being verified
gui-fact-verified = verified
gui-fact-refuted = not confirmed
gui-verify = Ask to verify
gui-rumours = Rumours
gui-reach = { $percent }% believe it
gui-debunked = debunked
gui-briefings = Briefings
gui-none-yet = None yet.

## Debrief
gui-debrief-title = Debrief: { $title }
gui-home = Back to the library
gui-write-report = Write the full report
gui-report-written = Report written to { $path }
gui-report-failed = Could not write the report: { $error }
gui-overall = Overall { $score } ({ $rating })
gui-not-scored = not scored
gui-curves-help = Pressure, trust and rumour reach over the exercise; red ticks mark your posts.
gui-your-posts = Your posts, with the evidence
gui-no-posts = You published nothing. Silence in a crisis lets rumours fill the gap.

## The play command
cli-play-about = Open the desktop app on the scenario library (or play responses through it with --autoplay)
cli-play-arg-scenario = A scenario folder or file (default: the bundled scenarios folder)
cli-play-arg-autoplay = Play this responses file through the window, then exit (needs --screenshots)
cli-play-arg-screenshots = Folder for the scripted mode's screenshots
cli-play-arg-seed = Seed of the scripted run
cli-play-arg-trainee = The trainee's name in the scripted run
cli-play-arg-char-limit = Longest post the compose box accepts, in characters
cli-play-arg-data-dir = Where autosaves, past attempts and reports go (default: your data folder)
cli-play-one-scenario = the scripted mode plays one scenario, but { $path } holds { $count }; give the scenario's folder or file
cli-play-scenario-errors = { $path } has errors; run goldenhour validate on it
