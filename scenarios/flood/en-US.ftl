# English (en-US) texts for the "flood" scenario (Tangchuan, a fictional city).
# Keys are the scenario's text keys: title, summary, account-*, objective-<id>, actor-<id>,
# fact-<id>, rumour-<id>, event-<id> and template-<id>.
# Literal braces in templates are written {"{"} and {"}"} so that {account} and {rumour}
# reach the simulation unchanged.

title = Night of the Rainstorm: the Tangchuan "7·18" Urban Flood
summary = In the small hours of 18 July, Tangchuan is hit by the heaviest rain since records began. A Metro Line 3 train is stuck in a flooding tunnel, a car is submerged in the Tonglin Road underpass, and the casualty count keeps changing through the morning. Rumours of a burst dam and a hidden metro death toll spread fast, and reporters want answers on deadline. You run @TangchuanRelease, the official microblog of the city government's news office. Over the next five hours you must inform the public quickly, accurately and humanely, answer their questions, and correct the rumours.

account-handle = @TangchuanRelease
account-agency = Tangchuan Municipal Government News Office

## Objectives

objective-first-hour = Publish a complete first statement within the first hour: empathy, confirmed facts, what is not yet known, what is being done, when the next update comes, and where to get help (shelters, hotline).
objective-casualties = Publish casualty figures accurately and promptly and revise them honestly; protect the victims' privacy; never publish an unverified cause as fact — ask the responsible department to verify it.
objective-rumours = Correct the "burst dam" and "metro cover-up" rumours quickly with verified facts and their source, without threats or lecturing.
objective-interaction = Reply to every media inquiry before its deadline, and answer ordinary residents' calls for help and questions, not just the big accounts.
objective-accountability = Apologise plainly where the institution itself fell short, and deliver every update you promised, on time.

## Actors

actor-duty-office = City Government Duty Office
actor-emergency-bureau = Tangchuan Emergency Management
actor-water-bureau = Tangchuan Water Resources
actor-health-commission = Healthy Tangchuan
actor-metro-company = Tangchuan Metro
actor-police = Tangchuan Police
actor-commuter-li = LiNoMoreOvertime
actor-commuter-chen = EngineerChen_TonglinRd
actor-parent-zhao = DuoduoAndLeleMom
actor-daughter-he = HeXiaoman_Manman
actor-shop-zhou = OldZhouNoodles
actor-relative-lu = AJie_Nanhu
actor-resident-hexi = HexiOldTimer
actor-netizen-fei = AFeiJustWatching
actor-netizen-student = TangUni_MengMSc
actor-netizen-chen = XiaoChen_NightOwl
actor-paper-local = Tangchuan Daily
actor-tv-station = Tangchuan TV News
actor-national-outlet = Jiuzhou News
actor-influencer-hostile = OldK_TellsTheTruth
actor-influencer-constructive = WeatherXiaoyu

## Facts

fact-rainfall = From 22:00 on 17 July to 05:00 on 18 July the city averaged 186 mm of rain. The Hexi District weather station recorded 112.4 mm between 04:00 and 05:00, the highest hourly total since the city's records began in 1954. The city observatory issued a red rainstorm alert at 04:10; rain is expected to continue until around 09:00, gradually easing.
fact-metro-stranded = At about 05:05, water flooded the Metro Line 3 tunnel between Nanhu Park and Qingwu Road stations. A train heading towards Qingwu Road stopped in the tunnel with about 420 passengers trapped on board. Firefighters and metro emergency crews reached the scene at 05:25 and are organising the evacuation.
fact-shelters = Since 05:40 the Emergency Management Bureau has opened three temporary shelters: the City Sports Center, Hexi Experimental Middle School and the Nanhu Subdistrict Community Service Center, with food, drinking water, dry clothes and medical care. The 12345 hotline is running a 24-hour flood assistance line; in danger, call 119 or 110.
fact-road-closures = As of 06:00, 23 underpasses and flooded road sections are closed to traffic. Metro Line 3 is suspended along its whole length and Line 1 is suspended in Hexi; other lines are running normally. Some bus routes are diverted.
fact-casualties-initial = As of 06:20, two people are confirmed dead: one in a submerged car in the Tonglin Road underpass and one swept off their feet by floodwater on Binhe Road in Hexi District. Three more people are missing; the search is under way.
fact-rescue-forces = More than 3,200 firefighters, armed police, militia and volunteer rescuers have been deployed, with 260 assault boats and inflatables and 85 large pumping trucks.
fact-victim-identity = The victim in the Tonglin Road underpass was ride-hailing driver Lu Haidong, 46, of Nanhu District; his family has been informed. The victim on Binhe Road was a 58-year-old man with a history of epilepsy; his identity is still being confirmed.
fact-dam-safe = Between 06:10 and 06:40 an expert team from the Water Resources Bureau inspected the Baishiling Reservoir dam on site: the structure is intact, with no seepage or cracks. The water level is 126.3 m, below the 128 m flood-season limit, and the spillway and outlets are working normally. There is no risk of a dam failure. The bureau will inspect every two hours.
fact-hotline-overload = Between 05:00 and 07:00 the 12345 hotline received about 26,000 calls, more than 30 times the usual volume, and about 40% could not get through. Eighty more operators have been added and a text-based help channel has opened in the "Tangchuan 12345" WeChat mini-program.
fact-metro-evacuated = At 07:15 all 427 passengers on the stranded Line 3 train had been evacuated to Qingwu Road station and brought up to street level. Eighteen were taken to Tangchuan Central Hospital for observation with hypothermia or minor cuts; none is in a life-threatening condition. No one on the train died.
fact-hospital-power = Water flooded the basement switch room of Tangchuan No. 2 People's Hospital and mains power failed at 06:40. Backup generators are running the operating theatres and the ICU. As a precaution, the hospital is transferring 62 inpatients, including 9 in critical care, to Tangchuan Central Hospital and the Maternal and Child Health Hospital, expected to finish by 10:00. The No. 2 Hospital emergency department is closed to new patients; emergencies should go to Tangchuan Central Hospital.
fact-pump-failure = (Preliminary, unverified) Someone at the scene reports that the Tonglin Road underpass pump station tripped and shut down at about 04:50, which may be why the underpass filled so fast. The City Management Bureau has yet to pull the pump station's operating logs and verify this.
fact-casualties-update = As of 08:50 the death toll has risen to four. Of the three people previously missing, one was found further down Binhe Road with no signs of life, and one (a 72-year-old woman from Xinghua Lane in the Old Town) was rescued by firefighters, unharmed. Another victim was found in an underground car park in the Old Town. One person is still missing and the search continues.

## Rumours

rumour-dam-break = The Baishiling Reservoir dam has burst! The flood will reach Hexi and the Old Town within the hour — get to high ground NOW! My relative works at the water bureau. Send this to your family!
rumour-metro-toll = Insider info: over a hundred people drowned in the Line 3 tunnel. The site is sealed off and officials are covering up the death toll. Why else would they still not dare to publish any numbers?

## Events

event-e01 = [Duty Office bulletin, 05:30] The city observatory issued a red rainstorm alert at 04:10; overnight rainfall has broken all records. Severe flooding across the city: a Metro Line 3 train is stuck in a tunnel and a car is submerged in the Tonglin Road underpass. The flood control headquarters has activated a Level I emergency response. News Office, prepare to publish; departments will report details as they come in.
event-e02 = #TangchuanRainstorm Line 3 has been stuck in the tunnel for almost 20 minutes. Water is seeping in through the doors, it's ankle-deep, the lights keep flickering and all the announcements say is "please be patient"... What is going on?? Is anyone coming?? @TangchuanMetro @TangchuanRelease
event-e03 = Between 4 and 5 a.m., 112 mm of rain fell in one hour at the Hexi station. What does that mean? Every square metre of ground took 112 litres of water in an hour — five or six big buckets. The red alert is still on. If you don't have to go out, DON'T — and stay out of basements and underpasses! #TangchuanRainstorm
event-e04 = [Tangchuan Metro report] At 05:05 water flooded the Line 3 tunnel between Nanhu Park and Qingwu Road stations and a train was forced to stop, with about 420 passengers on board. The emergency plan is activated. Firefighters and metro crews arrived at 05:25 and are organising an evacuation from the Qingwu Road end; it is expected to take one to two hours.
event-e05 = Water's up to our calves now. There's an old lady next to me who hasn't stopped crying. My phone's on 20%, so I'm going quiet to save battery. Please share this.
event-e06 = [Emergency Management Bureau] Since 05:40 three temporary shelters are open: the City Sports Center, Hexi Experimental Middle School and the Nanhu Subdistrict Community Service Center, with food, water, dry clothes and first aid. 12345 is running a 24-hour flood assistance line. Please help spread the word.
event-e07 = There's a white car completely under water in the Tonglin Road underpass, only the roof is showing!! We heard someone shouting a minute ago but we can't reach them from up here, and 119 is permanently engaged!! #TangchuanRainstorm
event-e08 = My son Lele took Line 3 at 5 to get to his summer training class, and since 5:20 I can't get through to his phone... @TangchuanRelease @TangchuanMetro please, please tell me — how are the people on that train?
event-e09 = @TangchuanRelease Hello, this is a reporter from Tangchuan Daily. Readers tell us a Metro Line 3 train is trapped in a tunnel. Could you confirm where exactly the train is, how many people are on board, and how the rescue is going? We plan to publish a news flash before 06:40.
event-e10 = [Traffic Police] As of 06:00, 23 underpasses and flooded road sections are closed. Metro Line 3 is suspended along its whole length and Line 1 is suspended in Hexi; other lines are running normally. Some bus routes are diverted. Please remind residents to keep away from flooded roads.
event-e11 = Jiefang Lane, Old Town. The water's waist-deep. The freezers and tables in my noodle shop are all floating. Twelve years I've had this place, gone in one night. #TangchuanRainstorm
event-e12 = Betting anyone a coffee: the official statement will open with "the city's leadership attaches great importance" and close with "please do not believe or spread rumours". Whether there's anything useful in between is anyone's guess.
event-e13 = [LIVE] Tangchuan TV News at the Tonglin Road underpass: the water is more than 3 metres deep and fire service divers are searching the submerged car. #TangchuanRainstorm has passed 50 million views.
event-e15 = Is this real?? My mum lives alone on the ground floor in the Old Town — should I get her moved upstairs right now? @TangchuanRelease can you PLEASE say something!
event-e16 = [City Police] As of 06:20, two people are confirmed dead: one in a submerged car in the Tonglin Road underpass, one swept away by floodwater on Binhe Road in Hexi District. Three more people are missing; the search is under way. The victims' families are being notified.
event-e17 = [Emergency Management Bureau] More than 3,200 firefighters, armed police, militia and volunteer rescuers are deployed, with 260 assault boats and inflatables and 85 large pumping trucks, concentrating on Metro Line 3, the Tonglin Road underpass and the low-lying parts of the Old Town.
event-e18 = HELP! My mum is 72 and lives alone on the ground floor on Xinghua Lane in the Old Town. The last time we spoke, just after 5, she said water was coming into the flat — since then her phone just doesn't connect. I've tried 12345 a dozen times, always busy. @TangchuanEmergency @TangchuanRelease please send someone to check on her!!
event-e19 = [City Police — internal] The victim in the Tonglin Road underpass was ride-hailing driver Lu Haidong, 46, of Nanhu District; his family has been informed. The victim on Binhe Road was a 58-year-old man with a history of epilepsy; his identity is still being confirmed. This information is private, for internal use only, and must not be published.
event-e20 = @TangchuanRelease Tangchuan TV News here. We go live at 07:30. Can you confirm the current number of casualties? Was one of the victims in the Tonglin Road underpass? The red alert went out at 04:10 — why wasn't that underpass closed in advance?
event-e21 = The white ride-hailing car in the Tonglin Road underpass was my uncle's. He went out before dawn for one last fare, said he'd come home right after... The police just called and asked us to come and identify him. The red alert went out at 4 — why wasn't the underpass closed?? Who is going to answer that? @TangchuanRelease
event-e22 = [Water Resources Bureau] Between 06:10 and 06:40 our expert team completed an on-site inspection of the Baishiling Reservoir dam: the structure is intact, with no seepage and no cracks. The water level is 126.3 m, below the 128 m flood-season limit, and the outlets are working normally. There is no risk of a dam failure. We will inspect every two hours and report any change immediately.
event-e23 = #TangchuanRainstorm is now No. 6 on the national trending list. [Jiuzhou News] Tangchuan has been hit by the heaviest rain on record: the metro is down, many roads are under water, and several users say people are trapped.
event-e25 = Shared. If the officials don't come out and explain things properly, they can't blame people for believing stuff like this.
event-e26 = [Duty Office, forwarding the 12345 Hotline Center] Between 05:00 and 07:00 the 12345 hotline received about 26,000 calls, more than 30 times the usual volume, and about 40% could not get through. Eighty more operators have been added and a text-based help channel has opened in the "Tangchuan 12345" WeChat mini-program. Complaints about not getting through are growing.
event-e27 = 40 minutes trying 12345 and I never got through. 119's been engaged the whole time too. So who exactly are we supposed to call when something happens? Is your "24-hour hotline" just for show? @TangchuanRelease
event-e28 = @TangchuanRelease Jiuzhou News reporter here. Posts online claim that "the Baishiling Reservoir dam has burst" and that "over a hundred people died in the Metro Line 3 tunnel". Are these true? How many people are officially confirmed dead and missing so far? We file before 08:10.
event-e29 = [Tangchuan Metro report] At 07:15 all 427 passengers on the stranded Line 3 train had been evacuated to Qingwu Road station and brought up to street level. Eighteen were taken to Tangchuan Central Hospital for observation with hypothermia or minor cuts; none is in a life-threatening condition. No one on the train died. A date for reopening Line 3 will be set once the tunnel is drained and the equipment checked.
event-e30 = WE'RE OUT!!! Firefighters carried the elderly passengers on their backs through waist-deep water for more than a station, and every one of us made it to Qingwu Road. Thank you to every single rescuer, and to everyone who shared my posts.
event-e31 = The metro says all the passengers are out, but I still can't reach Lele. Is there a list of the 18 people taken to hospital? Where can I check?
event-e32 = The rain is easing, but the water won't drain away that fast. Underpasses, underground car parks, metro entrances: stay out of all of them today. If the water is above your knees, don't wade in, and never try to drive through it. If your home is flooded, the City Sports Center and two other shelters are open. #TangchuanRainstorm
event-e33 = [Municipal Health Commission] The basement switch room of Tangchuan No. 2 People's Hospital flooded and mains power failed at 06:40. Backup generators are running the operating theatres and the ICU. The hospital is transferring 62 inpatients, including 9 in critical care, to Tangchuan Central Hospital and the Maternal and Child Health Hospital, expected to finish by 10:00. The No. 2 Hospital emergency department is closed to new patients; emergencies should go to Tangchuan Central Hospital.
event-e34 = My dad's an inpatient at No. 2 Hospital. The power's out, they say he has to be moved, the corridors are packed and the ambulances are nowhere to be seen. When are they moving him? Where to? Is anyone in charge here? @TangchuanRelease @HealthyTangchuan
event-e35 = [Jiuzhou News VIDEO] Tangchuan rainstorm: metro passengers wade out of a flooded tunnel, cars swallowed in an underpass, a hospital loses power and rushes patients out. #TangchuanRainstorm climbs to No. 2 nationally.
event-e36 = [Duty Office — preliminary report, UNVERIFIED] Someone at the scene reports that the Tonglin Road underpass pump station tripped and shut down at about 04:50, which may be why the underpass filled so fast. The City Management Bureau has yet to pull the pump station's logs and verify this. Do not publish this as fact.
event-e37 = @TangchuanRelease Follow-up from Tangchuan Daily: residents say the drainage pumps in the Tonglin Road underpass stopped working before dawn. Is that true? After the red alert, what time was the underpass closed, and which department decides on closing it?
event-e38 = The water's gone down a bit and the shop is wrecked. Can I ask — is there any government help for small businesses like mine? Where do we register? The insurance company says we have to wait for an assessor. @TangchuanRelease
event-e39 = Over 30 volunteers from Tangchuan University are now at the City Sports Center shelter. What they need most right now is power banks and baby nappies — if you can donate, bring them to the east gate of the Sports Center. #TangchuanRainstorm #StayStrongTangchuan
event-e40 = Still no news... The neighbours say the water on Xinghua Lane is too deep for the boats to get in. I'm stuck at the Sports Center going out of my mind.
event-e41 = The death toll hasn't been updated in over two hours. Is there really nothing new, or are they busy "aligning the message"? @TangchuanRelease — do you dare give us a straight answer?
event-e42 = [City Police] As of 08:50 the death toll has risen to four. Of the three people previously missing, one was found further down Binhe Road with no signs of life, and one (a 72-year-old woman from Xinghua Lane in the Old Town) was rescued by firefighters, unharmed. Another victim was found in an underground car park in the Old Town. One person is still missing and the search continues.
event-e43 = THEY FOUND HER!!! Mum was at her upstairs neighbour's, and the firefighters brought her out in an inflatable. She's fine, just badly shaken. Thank you to the firefighters, and to everyone who shared my post...
event-e44 = @TangchuanRelease Jiuzhou News: Is there an updated death toll? Will the city open an investigation into what happened at the Tonglin Road underpass? When will there be a press conference?
event-e45 = Honestly, at a time like this one statement in plain language, with numbers and telling me where to get help, is worth more than ten "attaches great importance"s.
event-e46 = Found Lele! He's under observation at Tangchuan Central Hospital — his phone got soaked, and he's just very cold. Thank you to everyone who helped.
event-e47 = [Jiuzhou Commentary] On a night of torrential rain, how did an underpass become a death trap? How long passed between the red alert and the underpass being closed? #TangchuanRainstorm
event-e48 = The rain's eased off, but will it start again this afternoon? Will Line 3 be running tomorrow? How am I supposed to get to work? @TangchuanRelease
event-e49 = [Municipal Health Commission] All 62 inpatients from the No. 2 Hospital had been transferred before 10:00, and no patient's condition worsened during the move. The date for reopening the No. 2 Hospital emergency department will be announced once power is restored.
event-e50 = No water and no power around Binhe Road in Hexi all morning, with old people and kids stuck at home. When is it coming back? @TangchuanRelease
event-c01 = #WhereIsTangchuanRelease The whole city has been under water for over an hour, people are trapped in the metro, cars are under water in the underpasses, and @TangchuanRelease hasn't said a single word. They never miss a day posting about responsible dog ownership, though.
event-c02 = The ground floor is completely flooded. I've been sitting in the stairwell with my kids for two hours. Is there anywhere we can go? Where are these shelters? @TangchuanRelease
event-c03 = Our reporters have learned from several sources that the rainstorm has caused deaths and that victims' families have been asked to identify bodies. As of now, @TangchuanRelease has published no casualty information at all.
event-c04 = Screenshotted for posterity. People are still trapped in the water and THIS is what the officials lead with? #TangchuanReleaseOfficialese
event-c05 = [Tangchuan Police] Binhe Road and Hexi Avenue are jammed with residents trying to drive out of the city, and fire engines and ambulances cannot get through. Please stay where you are safe and rely on official announcements.
event-c06 = #TangchuanMetroCoverUp is trending. People in the comments have started compiling a "list of the missing". How much longer do the officials plan to stay silent?
event-c07 = [Jiuzhou Commentary] More unsettling than the rain is the evasiveness of @TangchuanRelease. Casualties, causes, what happens next — residents have not had a straight answer on any of them.
event-c08 = So what happened to the update you promised? I've checked the time three times now. @TangchuanRelease if you can't keep to your own schedule, why should anyone believe you?
event-c09 = [Tangchuan Daily NEWS FLASH] A Metro Line 3 train is trapped in a tunnel with large numbers of passengers on board. Our reporters contacted the city government news office repeatedly but had received no reply by the time of publication.
event-c10 = LIVE: we asked the city news office about casualties and about the closure of the Tonglin Road underpass, and have had no reply so far. We'll keep following this. #TangchuanRainstorm
event-c11 = [Jiuzhou News] Posts claim the Baishiling Reservoir dam in Tangchuan has burst and that over a hundred people died in a metro tunnel. As of publication, the Tangchuan government news office had not responded to our request for confirmation.

## Public comment templates

template-sup-silence = Thanks for all your hard work {"{"}account{"}"} — we know you're busy with the rescue, but please put something out first so people know where things stand.
template-sup-good = Numbers, shelter locations, the time of the next update — now THIS is a proper statement. Shared it to the family group chat.
template-sup-poor = I've always backed {"{"}account{"}"}, but this one is really empty. Can you give us something concrete?
template-sup-rumour = Everyone in my group chats is sharing "{"{"}rumour{"}"}". {"{"}account{"}"}, can you give us an official answer soon?
template-sup-debunked = It's been cleared up officially, so please stop sharing "{"{"}rumour{"}"}". Check before you forward.
template-sup-promise = Still waiting for the update you promised... I get that you're stretched, but if you give a time, stick to it.
template-sup-general = Huge respect to the firefighters and rescuers on the front line! Stay strong, Tangchuan! #TangchuanRainstorm
template-neu-silence = Something this big, and {"{"}account{"}"} still hasn't said anything?
template-neu-good = Clear and useful, thanks. Waiting for the next update.
template-neu-poor = Read it twice and I still have no idea what's actually going on.
template-neu-rumour = So is "{"{"}rumour{"}"}" true or not? Has anyone official said anything?
template-neu-debunked = So it was fake. Glad they cleared that up.
template-neu-promise = Weren't we promised an update by now? That time has come and gone.
template-neu-general = Just passing by. Stay safe, Tangchuan — if you don't need to go out, don't.
template-anx-silence = My family are still out there and I can't reach them. {"{"}account{"}"}, please, just say something!
template-anx-good = Seeing the rescue progress makes me feel a little better. Please get everyone out.
template-anx-poor = What is this even saying? I just want to know if my neighbourhood is safe!
template-anx-rumour = I heard {"{"}rumour{"}"}... is it true? Should we leave right now?
template-anx-debunked = Thank you for clearing that up. I was terrified — I nearly dragged my grandparents out into the street.
template-anx-promise = I've been refreshing nonstop for the update. Why isn't it here? The longer I wait, the more scared I get.
template-anx-general = Can you still get into the Old Town? My mum is still at home...
template-cri-silence = The whole city's under water. Is {"{"}account{"}"} still asleep?
template-cri-good = Fairly quick this time, I'll give them that. But I still want an explanation of why the underpass wasn't closed in time.
template-cri-poor = "Attaches great importance", "going all out"... so where are the numbers? The places? The hotline?
template-cri-rumour = Rumours everywhere and the officials can't come out and set the record straight? "{"{"}rumour{"}"}" has gone completely viral.
template-cri-debunked = Fine, you've debunked it. Now tell us the casualties and the causes too — don't just debunk and say nothing else.
template-cri-promise = You set a time and then post nothing. Is this your idea of "timely updates"?
template-cri-general = Every year we hear about the "sponge city". One night of rain and the truth comes out.
template-hos-silence = Playing dead, are we? People have died and not one word.
template-hos-good = Oh, NOW they know how to say the right things. Where were you earlier?
template-hos-poor = Fluent in officialese, I'll give you that. People's lives are at stake and this is your attitude?
template-hos-rumour = "{"{"}rumour{"}"}" — and the officials still haven't denied it. So it's true, then?
template-hos-debunked = Quick enough to debunk things. Funny how slow the truth is.
template-hos-promise = Stood up again. How much of what you say can we actually believe?
template-hos-general = Just wait and see who takes the fall. Bet it's a "temporary worker" again.
