# English (en-US) texts for the "school-canteen" scenario (Zhiwan, a fictional city).
# Keys are the scenario's text keys: title, summary, account-*, objective-<id>, actor-<id>,
# fact-<id>, rumour-<id>, event-<id> and template-<id>.
# Literal braces in templates are written {"{"} and {"}"} so that {"{"}account{"}"} and
# {"{"}rumour{"}"} reach the simulation unchanged.

title = After Lunch: Food Poisoning at Qinghe Primary School, Zhiwan
summary = At midday on 13 May, dozens of pupils at Qinghe Primary School in Zhiwan's Xinan District fall ill after lunch in the school canteen: vomiting, stomach pain, dizziness. Ambulances take them to hospital. Frightened parents crowd the school gate, videos from the scene spread online, and rumours follow one after another — "a child has died", "the evidence has been destroyed", "it was expired government stock". Reporters want answers on deadline, but the cause will only be known when the CDC's lab results arrive hours later. You run @ZhiwanGov, the official microblog of the city government's news office. Over the next five hours you must pull together what the education, health, market regulation and CDC authorities know, inform the public quickly, accurately and humanely, answer parents, correct the rumours and protect the children's privacy.

account-handle = @ZhiwanGov
account-agency = Zhiwan Municipal Government News Office

## Objectives

objective-first-post = Publish a first notice within 45 minutes: empathy, the confirmed numbers and care, the sealed canteen, what parents should do (which hospitals, the 12345 line), what is not yet known (the cause), what is being done, and when the next update comes.
objective-children-first = Publish and update the numbers of sick, hospitalised and discharged children and their condition promptly and accurately; never publish any child's name or medical details.
objective-rumours-and-evidence = Correct the "child death", "destroyed evidence" and "expired reserve stock" rumours quickly with verified facts and their source, without threats or lecturing; before the lab results, never publish the on-site suspicion about one dish as fact — ask the responsible department to verify it.
objective-interaction = Reply to every media inquiry before its deadline, and answer ordinary parents, grandparents and teachers, not only the big accounts.
objective-accountability = Apologise plainly where the caterer and the school fell short, without blaming "temp workers"; deliver every promised update, and publish the lab result as soon as it arrives.

## Actors

actor-duty-office = City Government Duty Office
actor-edu-bureau = Zhiwan Education
actor-health-commission = Healthy Zhiwan
actor-market-reg = Zhiwan Market Regulation
actor-cdc = Zhiwan CDC
actor-parent-dou = DoudousMum_Xinan
actor-parent-vivian = Xinan Mum Vivian
actor-parent-luo = Dad Luo, Class 3-2
actor-parent-zhou = Qinghe Parent Old Zhou
actor-grandma-tang = Tangtang's Grandma
actor-teacher = A Primary Teacher's Ramblings
actor-resident-near = Living Opposite Qinghe Primary
actor-netizen-sarcastic = Officialese Translator
actor-netizen-gossip = Xinan Gossip Squad
actor-netizen-fang = Xiao Fang, Xinan Office Worker
actor-paper-local = Zhiwan Evening News
actor-tv-local = Zhiwan Broadcasting News
actor-national = Jingxiang News
actor-influencer-cat = Old Cat Digs for Truth
actor-influencer-doctor = Dr Ding, Paediatrician

## Facts

fact-cases-initial = As of 13:20, 37 pupils at Qinghe Primary School in Xinan District had fallen ill after lunch with vomiting, stomach pain and dizziness, mostly in years 2 to 4; 21 of them had been taken by ambulance to Zhiwan Children's Hospital and Xinan District People's Hospital, the rest were under observation in the school clinic, and none was in a critical condition. The school canteen is run under contract by Zhiwan Yueshan Catering Services Co., Ltd.
fact-canteen-closed = The Qinghe Primary canteen has been out of use since 13:10. At 13:40 the district market regulation bureau sealed the canteen and all retained samples and leftovers from the day's lunch, with two parents' representatives witnessing the seal; the samples have gone to the city CDC for testing.
fact-parents-guidance = If a child who ate lunch at school today has vomiting, stomach pain, diarrhoea, fever or seems listless, parents should take the child to Zhiwan Children's Hospital or Xinan District People's Hospital, which have opened a green channel (treatment first, payment later). At home, give small sips of warm water or oral rehydration solution often, and do not give anti-diarrhoea medicine without a doctor. The 12345 hotline has a 24-hour line for Qinghe Primary.
fact-expert-team = The city health commission has sent a 7-member team of paediatric, gastroenterology, infectious-disease and emergency specialists to both hospitals, and every hospitalised pupil has a medical liaison who keeps the family informed.
fact-hospital-status = As of 14:30, 58 pupils and 2 teachers who ate with them had been seen at the two hospitals; 34 pupils were admitted for observation, and 24 pupils and the 2 teachers had been treated and gone home. All patients' vital signs are stable; there are no critical cases and no deaths.
fact-private-child = Wang Zixuan, 8, a pupil in Class 2-3, has a history of asthma; repeated vomiting left her moderately dehydrated and she was moved to the emergency observation room of the Children's Hospital at 13:50. After rehydration she is stable and alert. The rumour of a "dead girl" seems to refer to her.
fact-egg-suspicion = (Preliminary on-site impression, unverified) Inspectors from the district market regulation bureau found dirty shells on some eggs stored in the canteen and a warm storage area, and suspect that stale eggs in the tomato-and-egg dish caused the illness. No test result supports this.
fact-ingredients-traced = The chicken drumsticks, eggs and vegetables used for lunch were bought by Yueshan Catering itself from 3 licensed suppliers; all were within their shelf life with complete quarantine certificates. The school canteen uses no government-allocated reserve stock; the pupils' meal subsidy is paid as money per meal, not in kind.
fact-supplier-suspended = The cold-room refrigeration at Yueshan Catering's central kitchen has been broken since 10 May, cooked meat was kept at room temperature, and the last 3 days of temperature logs are blank. At 15:50 the city market regulation bureau ordered the company to suspend all operations and opened a case. The company runs the canteens of 5 other schools (about 3,800 pupils), where no similar cases have been found; from tomorrow lunches at all 6 schools will come temporarily from two A-rated caterers, with inspectors on site.
fact-school-delay = After the first pupils fell ill at 12:40, the school did not call 120 until 13:05 and did not notify parents until after 13:30. The district education bureau found the school's emergency response and notice to parents too slow; the principal of Qinghe Primary has been suspended pending the investigation.
fact-lab-result = At 17:40 the city CDC confirmed Staphylococcus aureus and its enterotoxin in the retained sample of braised chicken drumsticks and in vomit from 12 sick pupils; no pathogen was found in the other dishes' samples. The cause is bacterial food poisoning by staphylococcal enterotoxin. The chicken was cooked at Yueshan Catering's central kitchen at 16:00 the day before, kept at room temperature for about 18 hours, then reheated and delivered. Most patients recover within 1 to 2 days, and it does not spread from person to person.
fact-hospital-update = As of 18:00, 61 pupils and 2 teachers had been seen; 39 pupils and the 2 teachers have been discharged, and 22 pupils are still in hospital for observation, all stable, with no critical cases. Most of them are expected to go home tomorrow.

## Rumours

rumour-child-death = A year-2 girl from Qinghe Primary died at the Children's Hospital — they couldn't save her, her parents collapsed on the spot, and the officials are keeping it quiet! The parents' groups are going crazy.
rumour-cover-up = Insider tip: Qinghe Primary had the leftovers dumped at noon and told teachers to delete messages in the parents' group. They are destroying the evidence!
rumour-expired-stock = Someone on the inside says the chicken at Qinghe Primary was expired government reserve meat handed out under the "nutritious meals" programme — that's why the higher-ups are hushing it up!

## Events

event-e01 = [Duty Office, 13:30] Qinghe Primary School in Xinan District reports that after lunch today (11:50–12:20) a number of pupils began vomiting and complaining of stomach pain and dizziness. As of 13:20, 37 pupils are ill, mostly in years 2 to 4; ambulances have taken 21 of them to Zhiwan Children's Hospital and Xinan District People's Hospital, the rest are under observation in the school clinic, and none is critical. The canteen is run under contract by Zhiwan Yueshan Catering Services Co., Ltd.; today's lunch was braised chicken drumsticks, tomato and egg, stir-fried cabbage, seaweed-and-egg soup and rice. City and district education, health and market regulation officials and the city CDC are on their way. News office: prepare to publish; the departments will report as they learn more.
event-e02 = The class teacher just phoned: my child threw up at school and was taken away in an ambulance!! I asked which hospital and the teacher didn't know, and now the line's busy... Does anyone know where the Qinghe Primary kids have been taken? @ZhiwanGov #QingheCanteen
event-e03 = Four or five ambulances just pulled up at Qinghe Primary. Stretchers bringing out one little kid after another. The gate is packed with parents, total chaos.
event-e04 = My hands are still shaking. Less than an hour after lunch, kids started throwing up one after another — seven in my class alone. The school nurse couldn't cope on her own, so we teachers took turns carrying children to the clinic. Please, please let them be OK.
event-e05 = [City Market Regulation Bureau] District enforcement officers reached Qinghe Primary at 13:35. At 13:40 they sealed the school canteen, together with all retained samples from today's lunch (at least 125 g of each dish, kept chilled for 48 hours) and the leftovers, with two parents' representatives witnessing the seal. The samples have gone to the city CDC for testing. The canteen has been out of use since 13:10.
event-e06 = [City Health Commission] Zhiwan Children's Hospital and Xinan District People's Hospital have opened a green channel: treatment first, payment later, costs covered by the district government. Please tell parents: if a child who ate lunch at school today has vomiting, stomach pain, diarrhoea, fever or seems listless, bring them to either hospital; at home, give small sips of warm water or oral rehydration solution often, and no anti-diarrhoea medicine without a doctor. The 12345 hotline has opened a 24-hour line for Qinghe Primary. Please help spread this.
event-e07 = My kid ate lunch at school today too. Just picked him up and he says his tummy hurts, but he hasn't been sick. Should we go to hospital? Which one? Is A&E already swamped? @ZhiwanGov @HealthyZhiwan
event-e08 = Still no idea which hospital!! The Children's Hospital says they're checking the list, the district hospital won't pick up. I'm driving on my own — which way do I go?
event-e09 = @ZhiwanGov Hello, Zhiwan Evening News here. About the pupils at Qinghe Primary who fell ill after lunch: 1. How many pupils are ill and how many are in hospital? 2. Which hospitals, and are any seriously ill? 3. Has the canteen been closed and have the food samples been sealed? We plan to publish before 14:40 and would appreciate a reply.
event-e10 = #ZhiwanSchoolPoisoning# Video from the scene! Dozens of kids carried into ambulances, some foaming at the mouth! The school gates are locked and security is keeping parents out. Something this big happens and @ZhiwanGov hasn't said a single word? So much for the "golden hour"?
event-e11 = I've been standing at the gate of Qinghe Primary for nearly an hour. Security won't let us in, the principal hasn't shown his face, and nobody has come out to say anything. We just want to know where our kids are and how they are! Who is in charge here? @ZhiwanEducation @ZhiwanGov
event-e12 = Let me guess the upcoming statement: "After the incident, the relevant departments attached great importance to it, immediately set up a special task force, did their utmost to treat the patients, and the specific cause is under investigation." How many kids, which hospital, what parents should do — not one word. I'll bet a packet of spicy sticks on it.
event-e13 = [City Education Bureau, 14:10] The deputy head of the district education bureau and the principal of Qinghe Primary are at the school gate talking to parents in person; the school gym is now a reception point for parents, and every class teacher is calling each family to check on their child. Classes are cancelled for the afternoon; pupils who are not ill are being collected by parents, and those who cannot be collected yet are staying with teachers.
event-e14 = A few words for Qinghe Primary parents: vomiting and stomach pain in a group a few hours after a meal usually point to bacterial-toxin food poisoning, and most kids recover in a day or two. The key is preventing dehydration: small sips of water or oral rehydration solution, often, and don't rush to give anti-diarrhoea medicine. If your child is listless, peeing little or has dry lips, go to hospital now. Wait for the CDC's tests for the cause — don't guess.
event-e15 = Not funny. My daughter is one of them, and all I know is that she's at the Children's Hospital. Nothing else.
event-e16 = [City Health Commission] A 7-member team of paediatric, gastroenterology, infectious-disease and emergency specialists is on its way to Zhiwan Children's Hospital and Xinan District People's Hospital to guide treatment; every hospitalised pupil has a medical liaison who will keep the family informed one-to-one.
event-e18 = My granddaughter is in year 2 at Qinghe. Someone in the parents' group says a little girl in year 2 couldn't be saved at the Children's Hospital... Is it true? I'm an old woman, I don't know how to use this thing, my grandson is posting for me. Please, just tell us the truth. @ZhiwanGov
event-e19 = [City Health Commission, 14:35] As of 14:30, 58 Qinghe Primary pupils and 2 teachers who ate with them have been seen at Zhiwan Children's Hospital and Xinan District People's Hospital; 34 pupils have been admitted for observation, and 24 pupils and the 2 teachers have been treated and gone home. All patients' vital signs are stable; there are no critical cases and no deaths. The online claim that "a pupil has died" is false.
event-e20 = [Zhiwan Children's Hospital report — internal only] Wang Zixuan, 8, Class 2-3, has a history of asthma; repeated vomiting left her moderately dehydrated and she was moved to the emergency observation room at 13:50. After rehydration her vital signs are stable and she is alert. Her mother is very upset at the hospital. The online rumour of a "dead girl" seems to refer to her. This is a child's personal and medical information: do not publish it.
event-e21 = @ZhiwanGov Zhiwan Broadcasting news channel here. It's being said online that a year-2 girl at Qinghe Primary has died — is that true? How many pupils are in hospital now? Are any seriously ill? This goes out on our 15:10 news bulletin, please reply as soon as you can.
event-e22 = Still no official willing to address it head-on. What does that tell you? Those who know, know.
event-e23 = The last kid in my class has just been taken to hospital for a check-up by his parents. The principal and the district officials have been surrounded by parents at the gate for over an hour, they've lost their voices. Honestly, even we teachers only found out online how many kids are in hospital...
event-e25 = The key question: who has the leftovers and the food samples from lunch right now? People online are saying they've been thrown away. If the evidence is gone, how will anyone investigate or hold anyone responsible? @ZhiwanMarketRegulation @ZhiwanGov
event-e26 = Popped downstairs for a look: market regulation and CDC vehicles at the school gate, people in white coats carrying cool boxes in and out. Fewer parents at the gate now, I guess they've all gone to the hospitals.
event-e27 = [City Market Regulation Bureau — preliminary on-site information, UNVERIFIED] District inspectors report that some eggs stored in the canteen kitchen had dirty shells and the storage area was warm; they suspect that stale eggs in the tomato-and-egg dish may be linked to the illness. This is only an on-site guess, with no test result behind it: do not publish it. The cause will be determined by the city CDC's tests; the CDC expects results around 18:00.
event-e28 = The parents' groups are all saying the eggs in the tomato-and-egg were bad. Is that true? Which dish was it — can someone give us a straight answer? @ZhiwanGov
event-e29 = @ZhiwanGov Jingxiang News here. 1. Is the Qinghe Primary canteen outsourced? What is the contractor's name and what licences does it hold? 2. Which other schools does it supply? 3. What have regulators' inspections of it found? 4. Do the school and the regulators bear any responsibility? Please reply by 16:10.
event-e31 = "The specific cause is under investigation" — could we phrase that differently today? Like: who is investigating, what they are testing, and what time the results come. Parents don't need an attitude, they need a timetable.
event-e32 = [City Market Regulation Bureau] We checked Yueshan Catering's purchase ledgers, invoices and quarantine certificates for the past 7 days: the chicken drumsticks, eggs and vegetables used in today's lunch were bought by the company itself from 3 licensed suppliers, all within their shelf life with complete quarantine certificates. The Qinghe Primary canteen uses no government-allocated reserve stock; the pupils' meal subsidy is paid to the school as money per meal, not in kind. The online claim about "expired government reserve meat" is not true.
event-e33 = We went to the Children's Hospital; the doctor says it's mild, gave us rehydration salts and sent us home to watch him. If he's sick again tonight, do we go back to hospital? Can the 12345 line put us through to a doctor?
event-e34 = My child is on a drip at the Children's Hospital and already looks much better. There's a nurse assigned just to us who keeps comforting her. I just wish we knew what it was she ate.
event-e35 = [City Market Regulation Bureau, 16:00] Inspection of Yueshan Catering's central kitchen (Yuntai Industrial Park, Xinan District) found that the cold-room refrigeration unit has been broken since 10 May and not repaired, cooked meat was being kept at room temperature, and the last 3 days of temperature logs are blank. At 15:50 the bureau ordered the company to suspend all operations and opened a case. The company runs the canteens of 6 schools; the other 5 are Xinan Yuntai Primary, Xinan Fenggang Primary, Zhiwan No. 11 Middle School, Minghu Experimental School and Baisha Junior High, with about 3,800 pupils, and no similar cases have been found at any of them. From tomorrow, lunches at all 6 schools will be supplied temporarily by two A-rated caterers arranged by the city education bureau, with health and market regulation staff on site.
event-e36 = To be fair: the rule that staff eat with the pupils is real. The two teachers on lunch duty today were sick too — we eat exactly what the kids eat. But we'd also like to know: once the canteen is outsourced, who is actually keeping an eye on it?
event-e37 = @ZhiwanGov Zhiwan Evening News again: which other schools does Yueshan Catering supply? Have any children there shown symptoms today? What will those children eat for lunch tomorrow? Lots of parents are calling our newsroom. Please reply by 17:00.
event-e38 = Just heard: people inside Yueshan Catering say it was a new temp worker who didn't put the chicken in the fridge properly. Ha, the same old recipe, the same old taste. Let's see whether the official statement blames the temp worker again.
event-e39 = #ZhiwanQinghePrimaryPoisoning# is now no. 7 on the national trending list with 230 million views; reporters from several national and provincial outlets are on their way to Zhiwan.
event-e40 = When are the test results coming? They ate that lunch almost five hours ago. Can we at least have a time? @ZhiwanCDC @ZhiwanGov
event-e41 = [City Education Bureau — preliminary findings] After the first pupils vomited in class at 12:40, the school had the school nurse deal with it first and only called 120 at 13:05; parents were only notified through the class group chats after 13:30, and most heard from their children's classmates or online. The district education bureau has found the school's emergency response and notice to parents too slow and ordered corrective action; the principal of Qinghe Primary has been suspended pending the investigation. Qinghe Primary will hold classes tomorrow as usual; pupils who have not recovered may stay home without it counting as an absence, and teachers will answer questions online.
event-e42 = My grandson read it out to me: none of the little ones is in danger. My heart can finally rest a bit. Tangtang just phoned and says she wants to go to school tomorrow.
event-e43 = How many catering companies actually supply school meals in this city? Shouldn't every other school be checked too? Honestly, will parents even dare let their kids eat at school tomorrow? @ZhiwanGov @ZhiwanEducation
event-e44 = New term learned today: "accompanied meals". The principal eats with the kids, the teachers eat with the kids, and when something goes wrong everyone throws up together. So who "accompanies" the outsourced central kitchen?
event-e45 = Fewer people at the gate now. One question: do the kids go to school tomorrow? Do they eat lunch at school?
event-e46 = Update: I've talked to colleagues at both hospitals — the children admitted are stable overall, mostly mild to moderate dehydration. Parents, keep an eye on them tonight: if your child drinks, pees and is reasonably lively, don't panic; if they vomit again or go floppy, go back to hospital.
event-e47 = [City CDC, 17:45] Test results: Staphylococcus aureus and its enterotoxin were detected in the retained sample of braised chicken drumsticks from today's lunch and in vomit samples from 12 sick pupils; no pathogen was found in the samples of tomato and egg, cabbage, seaweed soup or rice. Together with the epidemiological investigation, this is determined to be bacterial food poisoning caused by staphylococcal enterotoxin, with the braised chicken as the food responsible. The chicken was cooked at Yueshan Catering's central kitchen at 16:00 the day before, kept at room temperature for about 18 hours, then reheated and delivered. Most patients recover within 1 to 2 days, and it does not spread from person to person.
event-e48 = @ZhiwanGov Jingxiang News, following up: are the test results out? What caused the illness? People online said it was the eggs — is that right? How will Yueshan Catering, the school and the regulators be held accountable? Please reply by 18:20.
event-e49 = My child has just been discharged and the doctor says he should be fine tomorrow. Should I keep him off school tomorrow? Will that count as an absence? Also, we paid over 400 yuan ourselves at the district hospital — what happens with that? @ZhiwanEducation @ZhiwanGov
event-e50 = [City Health Commission, 18:05] As of 18:00, 61 pupils and 2 teachers who ate with them have been seen; 39 pupils and the 2 teachers have been discharged, and 22 pupils remain in hospital for observation, all stable, with no critical cases; most are expected to go home tomorrow. Parents who paid medical costs themselves should keep their receipts and can register through the 12345 line; the district government will settle the bills.
event-e51 = Done for the day. The two colleagues who ate with the kids were on drips too and have just been discharged. Parents were furious today and we understand why. Tomorrow morning I'll be at the classroom door waiting for the kids.
event-e52 = [Zhiwan Evening News] At dusk our reporter found the seals still on the canteen door at Qinghe Primary and the crowd at the gate largely gone. Several parents said what matters most to them now is their children's recovery, tomorrow's lunch arrangements, and who will be held responsible.
event-w01 = [Jingxiang News] Dozens of pupils at Qinghe Primary School in Zhiwan were taken to hospital after lunch. Nearly two hours later, the local official account @ZhiwanGov has still published nothing. Parents are gathered at the school gate and tempers are running high.
event-w02 = [Zhiwan Evening News] As of 15:00 there is still no official statement on Qinghe Primary. At the Children's Hospital our reporter saw the drip hall full of children in school uniform and anxious parents, many of whom had brought their children in by taxi themselves.
event-w03 = My child has a fever now and I'm outside the Children's Hospital — the registration queue goes out the door. Not one official has told us where to go, whether there's a green channel, or what to do at home!
event-w04 = [Zhiwan Broadcasting] Our reporter at the Children's Hospital learned that most of the sick pupils are on drips under observation. But officials have still not released the number in hospital or their condition, and the rumour that "a pupil has died" keeps spreading.
event-w05 = I hear the CDC's results came out over half an hour ago? Why haven't they been published? What are you waiting for? @ZhiwanGov
event-w06 = Screenshot saved. Kids are still on drips and @ZhiwanGov is already reeling off the stock officialese. Not one parent's question in the comments answered, but these lines come easily enough.
event-w07 = #QingheGirlDied# has been shared over ten thousand times and the officials are still pretending to sleep? Silence means it's true!
event-w08 = The "expired reserve meat" story is everywhere now. Parents in the group chats are already arranging to go to City Hall tomorrow and demand answers.
event-w09 = [Zhiwan Evening News] Several Qinghe Primary parents told our reporter they "don't dare believe" official information. They have set up their own group and plan to go to the district education bureau together tomorrow morning.
event-w10 = @ZhiwanGov The time you promised has come and gone — where's the update? Another blank cheque. Parents have been glued to their phones all afternoon.
event-w11 = [Zhiwan Evening News — breaking] Dozens of pupils at Qinghe Primary were taken to hospital after falling ill after lunch. At 13:54 this paper asked @ZhiwanGov about the number in hospital, their treatment and what had been done with the canteen; we had no reply by the time of publication.
event-w12 = [Zhiwan Broadcasting news bulletin] We asked @ZhiwanGov to confirm or deny the online claim that a Qinghe Primary pupil had died; there was no response by the time we went on air.
event-w13 = [Jingxiang News] Our reporter asked Zhiwan's authorities about the outsourcing of the Qinghe Primary canteen, the caterer's licences and its inspection record; no answer had been received by the time of publication.
event-w14 = [Jingxiang News] According to parents, the Zhiwan CDC's test results are already out, but local officials have still not disclosed the cause or answered our questions about accountability.

## Templates

template-sup-silence = I'm sure {"{"}account{"}"} is checking the facts, but parents can't wait. Even just saying which hospitals the kids are in would help.
template-neu-silence = Has {"{"}account{"}"} still not posted anything? All I can find are videos from the scene.
template-anx-silence = My child is still in hospital. {"{"}account{"}"}, can you at least tell us what's going on? We're going out of our minds.
template-cri-silence = Hours after it happened, the pinned post on {"{"}account{"}"} is still last week's "civilised city" campaign.
template-hos-silence = Silence means a guilty conscience. Is {"{"}account{"}"} waiting for it to drop off the trending list?
template-sup-good = Numbers, hospitals, a hotline and the time of the next update — this is what it should look like. Shared to the parents' group.
template-neu-good = Pretty complete. Forwarded to a colleague whose kid is at Qinghe.
template-anx-good = "No critical cases" — I can finally breathe. {"{"}account{"}"}, please keep the updates coming, we're all watching.
template-cri-good = Clear enough this time. Now let's see whether what was promised actually happens.
template-hos-good = Pretty words, but the kids have already been poisoned. I want to see who takes the blame in the end.
template-sup-poor = {"{"}account{"}"} is usually so down-to-earth — what happened with this one? Parents want to know where their kids are and what to do.
template-neu-poor = Read it three times and I still don't know how many children are ill.
template-anx-poor = "Attaches great importance", "under investigation"... so should I take my child to hospital or not?
template-cri-poor = Officialese translated: "We don't intend to tell you anything."
template-hos-poor = The kids are vomiting and you're talking officialese. Same old routine.
template-sup-rumour = Please stop forwarding screenshots with no source — wait for {"{"}account{"}"} and the health commission. What's going round the groups now: {"{"}rumour{"}"}
template-neu-rumour = "{"{"}rumour{"}"}" — true or false? {"{"}account{"}"}, please say something.
template-anx-rumour = I saw someone say "{"{"}rumour{"}"}" and my hands are shaking... {"{"}account{"}"}, please give us a straight answer.
template-cri-rumour = "{"{"}rumour{"}"}" has been going round for over an hour. Is an official correction really this slow?
template-hos-rumour = If {"{"}account{"}"} won't deny it, I'll take it that "{"{"}rumour{"}"}" is true.
template-sup-debunked = Figures and a source, crystal clear. If you forwarded that story earlier, please delete it.
template-neu-debunked = So that's how it is — no need to pass on "{"{"}rumour{"}"}" any more.
template-anx-debunked = Thank you for explaining, I feel a bit steadier. I'll tell the parents' group too.
template-cri-debunked = A reasonably fast correction. Put the information out earlier and rumours won't find a market.
template-hos-debunked = It's false because you say so? Publish the original test report and the sealing record, then we'll talk.
template-sup-promise = {"{"}account{"}"}, the time you promised has passed — has something come up? Even "the results aren't out yet" would do.
template-neu-promise = Where's the promised update? I've refreshed a dozen times.
template-anx-promise = We've been glued to our phones waiting for the time you gave, and nothing...
template-cri-promise = Another blank cheque. Don't bother giving a time next time, it doesn't count anyway.
template-hos-promise = You don't keep your word. Which of your statements can we still believe?
template-sup-general = Thank you to the doctors and nurses at the Children's Hospital, who've been comforting the kids and the parents all afternoon.
template-sup-general-2 = A word for the Qinghe Primary teachers: you were the ones carrying kids to the clinic today.
template-neu-general = Several schools around Xinan have outsourced canteens, right? Hopefully this means they all get checked.
template-anx-general = My child is at another school that also uses a catering company. I'm on edge every lunchtime now.
template-anx-general-2 = My child came home and says his tummy hurts again. Should we go back to hospital?
template-cri-general = Who the canteen is outsourced to, how the tender worked, who oversees it — can that be made public this time?
template-cri-general-2 = Please, {"{"}account{"}"}, stop saying "immediately". What time is "immediately", exactly?
template-hos-general = They only ever investigate after something happens, and then nothing more is heard. Let's see who ends up taking the fall.
