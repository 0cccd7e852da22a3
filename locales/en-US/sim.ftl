# The simulation: the run command, and the simple keyword scorer's findings.

cli-run-about = Play a scenario headless with scripted trainee actions and write the run's log
cli-run-arg-scenario = A scenario.ron file, or the folder that holds it
cli-run-arg-responses = The trainee's actions: a responses .ron file
cli-run-arg-seed = Seed of the run's random generator (the same seed gives the same log)
cli-run-arg-out = Folder to write simlog.ron into (created if missing)
cli-run-arg-trainee = The trainee's name, recorded in the log
cli-run-invalid-scenario = error: { $path } has errors; fix them (see goldenhour validate) and run again
cli-run-invalid-responses = error: { $path } has errors; fix them and run again
cli-run-summary = played { $scenario } with seed { $seed }: { $actions ->
        [one] 1 trainee action
       *[other] { $actions } trainee actions
    }, { $posts } public comments
    {"  "}final trust { $trust }/100, peak pressure { $pressure }/100, widest rumour reach { $reach }%
    {"  "}media deadlines missed: { $missed }; public questions not answered within the reply target: { $late }
    {"  "}promised updates kept: { $kept }, broken: { $broken }
    {"  "}wrote { $path }

# Requests the simulation could not take.
sim-rejected-finished = The exercise has ended; nothing more can be published.
sim-rejected-empty = Write something before publishing.
sim-rejected-unknown-event = There is no post { $id } to reply to.
sim-rejected-briefing = { $id } is an internal briefing; it cannot be replied to in public.
sim-rejected-unknown-rumour = There is no rumour { $id }.
sim-rejected-unknown-fact = There is no fact { $id }.

# Findings of the simple keyword scorer (goldenhour_sim::KeywordScorer).
sim-finding-empathy = Empathy: “{ $excerpt }” acknowledges people's feelings.
sim-finding-defensive = Defensive: “{ $excerpt }” blames, threatens or denies; correct with facts and their source instead.
sim-finding-boilerplate = Officialese: “{ $excerpt }” says nothing concrete; give numbers, times and places.
sim-finding-help = Service: “{ $excerpt }” tells people where to get help.
sim-finding-unknowns = Transparency: “{ $excerpt }” says what is not yet known.
sim-finding-actions = Service: “{ $excerpt }” says what is being done.
sim-finding-fact-disclosed = Authority: the post discloses the confirmed fact { $excerpt }.
sim-finding-fact-leaked = Authority: the post discloses { $excerpt }, which must not be published (private or unverified).
sim-finding-fact-contradicted = Authority: the post contradicts the fact { $excerpt }.
sim-finding-forbidden = Tone: “{ $excerpt }” is a forbidden phrase in this exercise.
sim-finding-next-update = Transparency: the post promises the next update by { $excerpt }; deliver it on time.
