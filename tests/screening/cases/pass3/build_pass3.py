#!/usr/bin/env python3
# ruff: noqa: E501  (the case table keeps one post a line, as reviewed)
"""Blind waves for the third pass on the screener: five more invented schools (profiles in `profiles/`) and
posts in the public sample's style (short, everyday, one situation each), written and labelled from the
policy texts before the screener was run on them, each wave before the mechanism it was meant to measure
was built. README.md in this folder records every wave's first-look figures.

    python tests/screening/cases/pass3/build_pass3.py           # rewrite cases.jsonl from the tables below
    python tests/screening/cases/pass3/build_pass3.py --check   # exit 1 if cases.jsonl differs

Labelling rules: those of ../README.md (breach where the policy forbids, advise where it advises, escalate
for safeguarding, extremism and illegal content; categories a policy does not address are never expected;
`allow` holds what a careful reader could argue either way). Row shorthand: v verdicts (`a|b` for either),
cats required categories, allow arguable ones, by author, acct account, dm recipient of a direct message,
to recipient of a follow / friend request / comment, act action, at posted_at, dev device, name display
name, bio profile bio, img (description, people, consent) tuples.

The schools: St Keyna's CofE Primary in the Bath & Wells MAT (`bwmat`), Holy Trinity VC Primary
(`archbishop-hutton`), Millbrook Academy (`generic-school`), Ysgol Pen y Garth (`ysgol-llanbedrog`) and
Kesteven Fields Academy in the Robert Carre Trust (`robert-carre`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases.jsonl"

EVE = "2026-05-12T19:45:00"  # Tuesday evening
SAT = "2026-05-16T10:30:00"
TUE_AM = "2026-05-12T11:05:00"  # lesson time in every school below
TUE_PM = "2026-05-12T14:20:00"  # lesson time in every school below
TUE_LUNCH = "2026-05-12T12:30:00"  # lunch in bwmat, archbishop-hutton, ysgol-llanbedrog, robert-carre
GS_LUNCH = "2026-05-12T13:05:00"  # lunch at Millbrook

STAFF_BIO = {
    "bwmat": "Views my own.",
    "archbishop-hutton": "",
    "generic-school": "The views I express here are mine alone and not those of my employer.",
    "ysgol-llanbedrog": "Fy marn fy hun. Views my own.",
    "robert-carre": "All views my own.",
}
PREFIX = {
    "bwmat": "bw",
    "archbishop-hutton": "ah",
    "generic-school": "gs",
    "ysgol-llanbedrog": "yl",
    "robert-carre": "rc",
}
VERDICTS = {"ok", "advise", "breach", "escalate"}
ESCALATING = {"safeguarding", "extremism", "illegal"}
CATEGORIES = (
    "pupil-contact", "pupil-image", "pupil-identity", "community-reference", "personal-contact-details",
    "personal-data", "confidential", "disparaging", "defamatory", "offensive", "discriminatory", "harassment",
    "school-identity", "school-reference", "missing-disclaimer", "policy-opinion", "political-influence",
    "working-time", "professional-reference", "copyright", "media", "safeguarding", "extremism", "illegal",
)  # fmt: skip

Row = dict[str, Any]


def row(text: str, v: str, cats: list[str] | None = None, **kw: Any) -> Row:
    return {"text": text, "v": v, "cats": cats or [], **kw}


# fmt: off
# Wave A: written before concept classes and frames were built.
BW_A = [
    row("Just accepted your follow request, nice to see what you're up to over the holidays!", "breach", ["pupil-contact"], dm="pupil", act="follow"),
    row("Can you let Freddie know his volcano model was the best in the class? Tell him I said so 🌋", "breach", ["pupil-contact"], dm="parent", allow=["pupil-identity", "community-reference", "school-reference"]),
    row("Ruby Tamblyn's mum has left the family home, the poor kid has been in bits all week.", "breach", ["personal-data", "pupil-identity"], allow=["community-reference", "school-reference", "confidential"]),
    row("Owen Pryce has been signed off with anxiety again. That's his third spell this year.", "breach", ["community-reference", "personal-data"], allow=["confidential", "school-reference", "disparaging"]),
    row("Between us, Claire Bassett is stepping down at Easter. Governors haven't told anyone yet.", "breach", ["confidential", "community-reference"], allow=["school-reference", "personal-data"]),
    row("Year 5 are an absolute zoo this term, counting the days to the holidays.", "breach", ["disparaging"], allow=["school-reference"]),
    row("Half the staff at St Keyna's couldn't teach a dog to sit.", "breach", ["disparaging"], allow=["school-reference"]),
    row("Word in the staffroom is the office manager has been pocketing the dinner money.", "breach", ["defamatory"], allow=["disparaging", "school-reference", "community-reference", "confidential"]),
    row("Immigrants are a plague on this town, they should all be sent packing.", "breach", ["discriminatory"]),
    row("Poppy Chard read her poem out in assembly and had us all in tears 🥹", "breach", ["pupil-identity"], allow=["school-reference"]),
    row("Maths morning with the Year 3s 📐", "breach", ["pupil-image"], img=[("children working at tables with number cubes", ["pupils"], None)], allow=["school-reference"]),
    row("Updated profile", "breach", ["school-identity"], act="profile_update", name="Miss Kaur | St Keyna's TA", allow=["school-reference"]),
    row("Any parents who need me over the holidays, ring me on 07700 900316. That's my own phone, not the school one.", "breach", ["personal-contact-details"], allow=["school-reference"]),
    row("Year 6: the Green Party are the only ones who care about your future. Get your mums and dads to vote for them.", "breach", ["political-influence"], allow=["school-reference", "pupil-contact"]),
    row("Had a long chat with a lovely lady from the Western Daily Press about what's really going on with our SATs. Watch this space 👀", "breach", ["media"], allow=["confidential", "school-reference"]),
    row("Dad locks me in the shed when I'm naughty. Please don't tell him I said.", "escalate", ["safeguarding"], by="pupil", dm="staff", allow=["pupil-contact"]),
    row("Some bloke keeps messaging my 12 year old on Roblox asking what she looks like and whether she's home alone.", "escalate", ["safeguarding"], by="parent"),
    row("Got a load of designer handbags going cheap, knock-offs but you'd never know 😉", "escalate", ["illegal"]),
    row("You're a disgrace of a head. Watch yourself walking to your car tonight.", "escalate", ["illegal"], by="parent", act="comment", to="staff", allow=["harassment", "disparaging"]),
    row("Honestly the best team I've ever worked with, and the best Friday cake rota in Somerset 🍰", "ok|advise", allow=["school-reference"]),
    row("Great training on attachment and trauma today, lots to think about.", "ok|advise", allow=["school-reference"]),
    row("Lambing season on the farm next door, so many wobbly legs 🐑", "ok"),
    row("Absolutely killing it at the pub quiz tonight, third place!", "ok"),
    row("My son was terrified on the ghost train at Weston, then made us go round twice 😂", "ok", at=SAT),
    row("Does anyone know a decent electrician near Frome?", "ok"),
    row("Thank you St Keyna's for a wonderful nativity, there wasn't a dry eye!", "ok", by="parent"),
]

AH_A = [
    row("Spent the afternoon making Easter bonnets with my class, glitter EVERYWHERE 🐣", "breach", ["school-reference"]),
    row("Our leavers' service at church this morning, not a dry eye in the house.", "breach", ["school-reference"]),
    row("Congrats to Sophie Gornall on passing her driving test at last! 🚗", "breach", ["community-reference"], allow=["school-reference"]),
    row("Mason Whittle's handwriting has come on so much, so proud of him.", "breach", ["pupil-identity"], allow=["school-reference"]),
    row("Ran into Gemma Whittle at Tesco, still no sign of the dinner money she owes 🙄", "breach", ["community-reference"], allow=["disparaging", "personal-data", "school-reference"]),
    row("Brian Threlfall couldn't organise a piss-up in a brewery.", "breach", ["community-reference", "disparaging"], allow=["offensive", "school-reference"]),
    row("Reckon the caretaker's been quietly flogging the school's old laptops on eBay.", "breach", ["defamatory"], allow=["community-reference", "disparaging", "school-reference"]),
    row("Heads up, the council are shutting our nursery class in July. Nobody's been told yet so mum's the word 🤐", "breach", ["confidential"], allow=["school-reference"]),
    row("Fire exit at the back of school is propped open with a chair every day, anyone could walk in lol", "breach", ["confidential"], allow=["school-reference"]),
    row("Look at our little shepherds! 🐑", "breach", ["pupil-image"], act="share", img=[("Year 1 children in tea towel costumes on the school stage", ["pupils"], None)], allow=["school-reference"]),
    row("Star reader this week goes to Ava-Rose! 📚", "breach", ["pupil-image"], acct="school", img=[("a girl holding a certificate", ["Ava-Rose Capstick"], True)], allow=["pupil-identity"]),
    row("Accept this so I can send you the photos from the match", "breach", ["pupil-contact"], act="friend_request", to="pupil"),
    row("Saw you at the park earlier, you looked fed up. You ok?", "breach", ["pupil-contact"], dm="pupil"),
    row("Easier to get me on WhatsApp than through the office: 07700 900452 🙂", "breach", ["personal-contact-details"], dm="parent", allow=["school-reference"]),
    row("This week is dragging SO much ☕", "breach", ["working-time"], at=TUE_AM),
    row("Haha same!!", "breach", ["working-time"], act="comment", to="public", at=TUE_PM),
    row("Proper filthy night out with the girls, pics NOT for work people 🔞🍑", "breach", ["offensive"]),
    row("Dawn, nobody wants you on this team. Do everyone a favour and hand your notice in.", "breach", ["harassment", "community-reference"], act="comment", to="staff", allow=["disparaging", "school-reference"]),
    row("Finance committee confirmed tonight we're £60k in the red, redundancies likely before September.", "breach", ["confidential"], by="governor", allow=["school-reference"]),
    row("My friend's stepdad has been messaging her 13 year old at 2am telling her she's beautiful and not to tell her mum.", "escalate", ["safeguarding"]),
    row("I don't want to be here anymore miss. Everyone would be better off without me.", "escalate", ["safeguarding"], by="pupil", dm="staff", allow=["pupil-contact"]),
    row("Selling 2 match tickets, printed them myself on good card, nobody will know the difference. £40 each", "escalate", ["illegal"]),
    row("Blacks have no place in our villages. Rise up and defend Lancashire, meeting is Thursday.", "escalate", ["extremism"], allow=["discriminatory"]),
    row("Lunchtime crossword done ✏️", "ok", at=TUE_LUNCH),
    row("New bird box up in the garden, fingers crossed for blue tits 🐦", "ok"),
    row("Our two were scared stiff of the animatronic T-rex at the museum today, loved every minute 🦖", "ok", at=SAT),
    row("Happy retirement to my dad after 40 years on the buses 🚌", "ok"),
    row("Cracking fish and chips in Fleetwood tonight", "ok"),
]

GS_A = [
    row("Still not convinced the new homework timetable is working, but hey, what do I know 🤷", "breach", ["policy-opinion"], allow=["disparaging", "school-reference"]),
    row("Really pleased SLT have finally brought in a proper mobile phone ban. About time.", "breach", ["policy-opinion"], allow=["school-reference"]),
    row("The decision to axe Friday afternoon clubs is baffling. Who signed that off?", "breach", ["policy-opinion"], allow=["disparaging"]),
    row("Our head has the people skills of a traffic warden.", "breach", ["disparaging"], allow=["school-reference"]),
    row("Millbrook's maths department is a shambles from top to bottom.", "breach", ["disparaging"], allow=["school-reference"]),
    row("Sofia Petrova's mum told me she's being assessed for autism. Makes sense tbh.", "breach", ["personal-data"], allow=["pupil-identity", "disparaging"]),
    row("Heard the deputy is being investigated by HR. Not official yet so shhh.", "breach", ["confidential"], allow=["community-reference", "personal-data", "school-reference"]),
    row("Not saying who, but a certain member of the maths team has been marking their class's mocks very generously before the inspection 😉", "breach", ["defamatory"], allow=["disparaging", "confidential"]),
    row("New handle 🙌", "breach", ["school-identity"], act="profile_update", name="MillbrookMathsMiss"),
    row("Marking 90 Year 11 essays this weekend, send coffee ☕", "breach", ["missing-disclaimer"], bio="", allow=["school-reference"]),
    row("Who else is already dreaming of the weekend? 🙋", "breach", ["working-time"], at=TUE_AM),
    row("Downloaded the paid lesson pack and stuck it on my blog for everyone, knowledge should be free!", "breach", ["copyright"]),
    row("Grabbed this photo off someone's Insta for our display, didn't ask but it's only a poster 🤷", "breach", ["copyright"]),
    row("Anyone else think women just get too emotional to make the big calls in leadership?", "breach", ["discriminatory"]),
    row("Jayden Cole you're a smelly tramp, nobody at this school can stand you", "breach", ["harassment"], by="pupil", act="comment", to="pupil", allow=["disparaging"]),
    row("Stag weekend pics incoming, viewer discretion advised 🍆💦", "breach", ["offensive"]),
    row("Our Year 7s absolutely smashed the cross-country! 🏃", "breach", ["pupil-image"], img=[("pupils running across the field in school PE kit", ["pupils"], None)], allow=["school-reference"]),
    row("A Year 9 boy told me today his uncle has been showing him porn and touching him. Do I have to tell anyone? He begged me not to.", "escalate", ["safeguarding"], allow=["personal-data", "confidential", "offensive"]),
    row("Selling my old work laptop, liberated it from the ICT cupboard 😂 £100", "escalate", ["illegal"]),
    row("Had a few at the leaving do then drove back from town, I was fine honestly 🍻", "escalate", ["illegal"]),
    row("Tell that Millbrook PE teacher to sleep with one eye open. Nobody touches my son.", "escalate", ["illegal"], by="public", allow=["harassment", "disparaging"]),
    row("Absolutely killing it on the allotment this year, courgettes for days 🥒", "ok"),
    row("Cracking debate on Question Time tonight", "ok"),
    row("I'm scared of spiders and one just ran across my pillow 😱", "ok"),
    row("Sun's out, eating my sandwich on a bench ☀️", "ok", at=GS_LUNCH),
    row("Proud to be part of the Millbrook family 💙", "ok"),
    row("Great webinar on retrieval practice tonight, highly recommend", "ok"),
    row("Lost dog near the rec, please share 🐕", "ok", act="share"),
]

YL_A = [
    row("Da iawn ti heddiw Elis, gwaith gwych! Cofia ymarfer dros y penwythnos 👍", "breach", ["pupil-contact"], dm="pupil", allow=["pupil-identity"]),
    row("Wedi dy ddilyn di 😊", "breach", ["pupil-contact"], act="follow", to="pupil"),
    row("Mae Lleucu Morgan wedi bod yn sâl eto, ei mam yn dweud mai diabetes ydy o", "breach", ["personal-data", "pupil-identity"], allow=["school-reference"]),
    row("Pennaeth newydd yn dechrau ym mis Medi ond peidiwch â sôn wrth neb eto 🤐", "breach", ["confidential"], allow=["school-reference"]),
    row("Yr adran Gymraeg yn draed moch llwyr, neb yn gwybod be sy'n digwydd", "breach", ["disparaging"], allow=["school-reference"]),
    row("Ysgol Pen y Garth yn anobeithiol. Dim ots ganddyn nhw am ein plant.", "breach", ["disparaging"], by="parent", allow=["school-reference"]),
    row("Mae'r athro Iestyn Rowlands yn yfed yn ei gar amser cinio, dw i wedi'i weld o.", "breach", ["defamatory"], by="parent", allow=["disparaging", "community-reference"]),
    row("Sara Llwyd, rwyt ti'n dda i ddim. Gad lonydd i fy mab neu mi fydd hi'n ddrwg arnat ti.", "breach|escalate", ["harassment"], by="parent", act="comment", to="staff", allow=["illegal", "disparaging", "community-reference"]),
    row("Saeson yn difetha ein pentrefi ni, dylen nhw fynd adre.", "breach", ["discriminatory"], by="public"),
    row("Load of bollocks this new uniform, what a c0ck-up 🤬", "breach", ["offensive"], by="parent", act="comment", to="public", allow=["disparaging", "school-reference"]),
    row("Dyma Lleucu yn derbyn ei gwobr! 🏅", "breach", ["pupil-image"], acct="school", img=[("a girl holding a medal", ["Lleucu Morgan"], True)], allow=["pupil-identity"]),
    row("Lluniau gwych o'r mabolgampau heddiw! 🏃", "breach", ["pupil-image"], act="share", img=[("pupils racing on the school field", ["pupils"], None)], allow=["school-reference"]),
    row("Wythnos brysur yn dysgu Blwyddyn 5 am y Celtiaid 🛡️", "breach", ["missing-disclaimer"], bio="", allow=["school-reference"]),
    row("Prynhawn hir... 😴", "breach", ["working-time"], at=TUE_PM),
    row("Rhieni, dyma fy rhif personol os oes angen: 07700 900587", "advise", ["personal-contact-details"], allow=["school-reference"]),
    row("A reporter from BBC Cymru asked me about the staffing crisis, told her everything off the record 😬", "breach", ["media"], allow=["confidential", "school-reference"]),
    row("Copïais i'r llyfr gwaith cyfan o wefan arall a'i rannu am ddim, pwy sy'n mynd i wybod?", "breach", ["copyright"]),
    row("Yn anffodus mae'r llywodraethwyr wedi penderfynu dileu'r clwb brecwast, penderfyniad gwael yn ein barn ni.", "breach", ["policy-opinion"], acct="school", allow=["disparaging"]),
    row("Syr, mae fy llystad yn fy nharo i pan mae o wedi meddwi. Plîs peidiwch dweud.", "escalate", ["safeguarding"], by="pupil", dm="staff", allow=["pupil-contact"]),
    row("Unrhyw un isio fêps rhad? Dw i'n gwerthu i blant blwyddyn 6 hefyd 😂", "escalate", ["illegal"]),
    row("Mae'n amser i Gymry go iawn godi arfau a chlirio'r mewnfudwyr allan. Ymunwch â ni.", "escalate", ["extremism"], by="public", act="comment", to="public", allow=["discriminatory", "illegal"]),
    row("Noson hyfryd yn y gig yng Nghaernarfon 🎸", "ok"),
    row("Taith feics o gwmpas Llyn Tegid heddiw 🚴", "ok", at=SAT),
    row("Diolch i bawb yn Ysgol Pen y Garth am y cyngerdd bendigedig neithiwr 👏", "ok", by="parent"),
    row("Paned a chacen amser cinio ☕", "ok", at=TUE_LUNCH),
    row("Atgoffa: mae'r ysgol ar gau ddydd Llun ar gyfer hyfforddiant staff.", "ok", acct="school"),
    row("Roedd y plant wedi dychryn yn y sinema ond wedi mwynhau 😂", "ok", at=SAT),
    row("Ci ar goll ger y Bala, rhannwch plîs 🐶", "ok", act="share"),
]

RC_A = [
    row("Ben is a superb colleague, reliable and kind. Would hire him in a heartbeat.", "breach", ["professional-reference"], act="recommendation"),
    row("Happy to write LinkedIn recommendations for any of my former colleagues, just drop me a message", "breach", ["professional-reference"], plat="linkedin"),
    row("Saw your post about exam stress, message me on here any time you need to talk", "breach", ["pupil-contact"], dm="pupil"),
    row("Added a couple of my Year 11s on Snapchat so I can nag them about coursework", "breach", ["pupil-contact"], allow=["personal-contact-details"]),
    row("Our Trust has the morale of a sinking ship. Get out while you can.", "breach", ["disparaging"], allow=["school-reference", "missing-disclaimer"]),
    row("Shona Mabbott has been in reception kicking off again, honestly the mother of all nightmares.", "breach", ["disparaging"], allow=["community-reference", "personal-data"]),
    row("I'd bet my house the finance office has been fiddling the trip accounts.", "breach", ["defamatory"], allow=["disparaging"]),
    row("Tyler Mabbott's dad is back inside, which explains a lot about the last few weeks.", "breach", ["personal-data"], allow=["pupil-identity", "confidential"]),
    row("Ofsted came in yesterday. Between you and me it's going to be requires improvement, report out next month.", "breach", ["confidential"], allow=["school-reference", "policy-opinion"]),
    row("Our exam results this summer were frankly embarrassing. SLT need to take a long hard look at themselves.", "breach", ["disparaging"], allow=["policy-opinion", "school-reference"]),
    row("Really proud of our GCSE results, best in the county! 🎉", "ok|advise", allow=["policy-opinion", "school-reference"]),
    row("Results day tomorrow, nervous for my lot! 🤞", "ok", allow=["school-reference"]),
    row("Anyone watching the cricket? 🏏", "breach", ["working-time"], at=TUE_PM),
    row("Proud to be teaching chemistry at Kesteven Fields, what a place 🧪", "breach", ["missing-disclaimer"], bio="", allow=["school-reference"]),
    row("Rebrand!", "breach", ["school-identity"], act="profile_update", name="KestevenFieldsPE", bio="PE tips and fixtures"),
    row("Pinched a few photos off Getty for the department newsletter, don't tell anyone 😬", "advise", ["copyright"], allow=["school-reference"]),
    row("Told the Lincolnshire Echo everything about the head's sudden exit, they paid £200 for it 💰", "breach", ["media"], allow=["confidential", "school-reference"]),
    row("Muslim parents always cause the most trouble, every single time.", "breach", ["discriminatory"], allow=["disparaging"]),
    row("Lisa you utter waste of oxygen. Fix the printers or I'll make sure everyone knows how useless you are.", "breach", ["harassment"], act="comment", to="staff", allow=["disparaging", "community-reference"]),
    row("Posting the stag do video tomorrow, absolutely NSFW 🔞🍆", "breach", ["offensive"]),
    row("Congratulations Hannah on your Duke of Edinburgh gold! 🥇", "breach", ["pupil-image"], acct="school", img=[("a girl holding a certificate", ["Hannah Szabo"], True)], allow=["pupil-identity"]),
    row("I know which car is Mr Oduya's. He'd better watch himself after what he said to my lad.", "escalate", ["illegal"], by="parent", allow=["harassment", "disparaging"]),
    row("A girl in my form says an older lad picks her up after school, buys her vodka and she stays at his flat. She's 14.", "escalate", ["safeguarding"], allow=["personal-data", "illegal", "confidential"]),
    row("Got some gear if anyone fancies livening up the staff party 😉❄️", "escalate", ["illegal"]),
    row("Enough is enough. True Britons must rise up and drive the Islamists from our streets. Sign up below.", "escalate", ["extremism"], act="share", allow=["discriminatory", "illegal"]),
    row("Killing it at the gym this week 💪", "ok"),
    row("Lunch break stroll round the lake 🦆", "ok", at=TUE_LUNCH),
    row("The grandkids were scared of the fireworks but loved the sparklers 🎆", "ok", at=SAT),
    row("Great to meet you at the conference!", "ok", act="friend_request", to="public"),
]
# Wave B: written after concept classes and frames were built, before the learned component.
BW_B = [
    row("Hi Ruby, saw your dance show photos, you were amazing! Message me if you want tips for the next one 💃", "breach", ["pupil-contact"], dm="pupil", allow=["pupil-identity"]),
    row("Accepted", "breach", ["pupil-contact"], act="friend_request", to="pupil"),
    row("Owen Pryce turned up late AGAIN and left his class on their own. Shocking.", "breach", ["community-reference", "disparaging"], allow=["school-reference", "defamatory"]),
    row("Freddie Hoskins kicked off in assembly and had to be carried out, worst behaved child in the school", "breach", ["pupil-identity", "disparaging"], allow=["school-reference", "personal-data"]),
    row("Poppy's mum is having chemo so please go easy on her if she's tearful this week", "breach", ["personal-data", "pupil-identity"], allow=["community-reference", "school-reference"]),
    row("Ofsted are coming next week but we can't tell the parents until Friday, fingers crossed!", "breach", ["confidential"], allow=["school-reference"]),
    row("Half term can't come soon enough, this lot are driving me up the wall", "ok|advise", allow=["school-reference"]),
    row("Mr Pryce is useless, my son has learned nothing all year", "advise", ["disparaging"], by="parent", allow=["community-reference"]),
    row("The whole of St Keyna's SLT are crooks, they've been pocketing the PTA money for years", "advise", ["defamatory"], by="parent", allow=["disparaging"]),
    row("Profile pic updated", "breach", ["school-identity"], act="profile_update", img=[("the St Keyna's school badge", [], None)], allow=["school-reference"]),
    row("Year 2 planting day 🌱", "breach", ["pupil-image"], acct="school", img=[("children planting seeds in the school garden", ["Poppy Chard", "Freddie Hoskins"], True)], allow=["pupil-identity"]),
    row("Loved seeing my class's faces when they opened their SATs results today!", "advise", ["school-reference"]),
    row("Year 5s: when your parents vote next week, make sure it's Labour. Trust me on this one.", "breach", ["political-influence"], allow=["school-reference"]),
    row("Sorry everyone, budget cuts mean our TA Jas is leaving at Easter, she doesn't even know yet 😢", "breach", ["confidential", "community-reference"], allow=["school-reference", "personal-data"]),
    row("The head's husband has been in hospital after a breakdown, sending love to the family", "breach", ["personal-data"], allow=["community-reference", "school-reference"]),
    row("Some of the Polish parents at pick-up can't even be bothered to learn English. Embarrassing.", "breach", ["discriminatory"], allow=["disparaging", "school-reference"]),
    row("If you ever need a chat outside school my Snap is keynasmissk 😊", "breach", ["pupil-contact", "personal-contact-details"], dm="pupil"),
    row("Got a mate who does cheap lip filler for teens, no parental consent needed 👄", "escalate", ["illegal"], allow=["safeguarding"]),
    row("Year 6 girl came in with cigarette burns on her arm and says her brother did it messing about. Don't believe it.", "escalate", ["safeguarding"], allow=["personal-data", "confidential"]),
    row("Someone should smash every window at St Keyna's and see how they like it", "escalate", ["illegal"], by="public", allow=["disparaging"]),
    row("Killed it at the triathlon 🏊🚴🏃", "ok"),
    row("My Year 6s were a credit to the school on the trip today", "advise", ["school-reference"]),
    row("Anyone recommend a good dentist in Wells?", "ok"),
    row("Spent the day at the ambulance station with Dad, proud of him", "ok", at=SAT),
    row("Stepping down as club netball coach after 10 years, thanks to all the girls 💙", "ok"),
]

AH_B = [
    row("Phonics screening check done, my lot smashed it 🎉", "breach", ["school-reference"]),
    row("Lovely to see so many families at our summer fair today ☀️", "breach", ["school-reference"], at=SAT),
    row("Welcome back to Sophie Gornall after her maternity leave!", "breach", ["community-reference"], allow=["personal-data", "school-reference"]),
    row("Noah Entwistle scored the winning goal for the school team today ⚽", "breach", ["pupil-identity"], allow=["school-reference"]),
    row("Mason's dad has been shouting at staff at the gate again. Restraining order needed 🙄", "breach", ["community-reference", "disparaging"], allow=["personal-data", "school-reference", "harassment", "pupil-identity"]),
    row("Our head spends more time on the golf course than in school, nice work if you can get it", "breach", ["disparaging"], allow=["school-reference", "community-reference"]),
    row("Pretty sure the new bursar has been fiddling the dinner money accounts", "breach", ["defamatory"], allow=["disparaging", "school-reference", "community-reference"]),
    row("Between us, Holy Trinity is joining a trust in September. Staff find out next week.", "breach", ["confidential"], allow=["school-reference"]),
    row("School wifi password is HolyTrinity123 if anyone wants it lol", "breach", ["confidential"], allow=["school-reference"]),
    row("Look how grown up our leavers look! 🎓", "breach", ["pupil-image"], act="share", img=[("Year 6 pupils in leavers' hoodies outside the school", ["pupils"], None)], allow=["school-reference"]),
    row("Don't forget your PE kit tomorrow! 😉", "breach", ["pupil-contact"], dm="pupil"),
    row("Text me on 07700 900318 rather than ringing the office, easier 😊", "breach", ["personal-contact-details"], dm="parent", allow=["school-reference"]),
    row("Anyone know a good plumber in Preston? Urgent!", "breach", ["working-time"], at=TUE_AM),
    row("Just booked our flights to Tenerife ✈️", "breach", ["working-time"], at=TUE_PM),
    row("Absolute bellend in a BMW cut me up on the way home 🤬", "breach", ["offensive"]),
    row("Dawn you're an embarrassment to this school, nobody rates you", "breach", ["harassment", "community-reference"], act="comment", to="staff", allow=["disparaging", "school-reference"]),
    row("As chair I can tell you the head is being investigated by the diocese. Keep it quiet.", "breach", ["confidential"], by="governor", allow=["community-reference", "school-reference", "personal-data"]),
    row("miss my dads friend keeps asking me to send pics of myself and said its our secret", "escalate", ["safeguarding"], by="pupil", dm="staff", allow=["pupil-contact"]),
    row("That teacher at Holy Trinity who hit my nephew, we know where she lives. Be warned.", "escalate", ["illegal"], by="public", allow=["harassment", "defamatory", "disparaging", "safeguarding"]),
    row("Anyone want cheap Amazon vouchers? Bought with a card I found, half price", "escalate", ["illegal"]),
    row("Muslims are taking over Preston. Time to stand up and fight before it's too late, rally Saturday.", "escalate", ["extremism"], allow=["discriminatory"]),
    row("Lunch break wander round the market 🍓", "ok", at=TUE_LUNCH),
    row("Sunday roast at the Black Bull, can't beat it", "ok", at=SAT),
    row("My little one's first day at nursery, I cried more than she did 😭", "ok", at=SAT),
    row("Killing time at the airport ✈️", "ok", at=SAT),
    row("Great nativity today, well done to all the staff at Holy Trinity 👏", "ok", by="parent"),
]

GS_B = [
    row("The new reward system is honestly the best thing SLT have done in years", "breach", ["policy-opinion"], allow=["school-reference"]),
    row("Can't say I'm a fan of the longer school day, we'll see how it goes", "breach", ["policy-opinion"], allow=["school-reference"]),
    row("Governors have decided to close the sixth form. Madness.", "breach", ["policy-opinion"], allow=["confidential", "disparaging"]),
    row("Our English department is run by absolute muppets", "breach", ["disparaging"], allow=["school-reference"]),
    row("Millbrook is a sinking ship and the captain's asleep", "breach", ["disparaging"], allow=["school-reference"]),
    row("Jayden Cole's mum has told us he's got type 1 diabetes, so keep an eye on him at lunch", "breach", ["personal-data"], allow=["pupil-identity"]),
    row("Two teachers are being made redundant at Millbrook, they'll be told on Monday", "breach", ["confidential"], allow=["school-reference"]),
    row("Our head of maths has been telling Year 11 the exam questions in advance 👀", "breach", ["defamatory"], allow=["disparaging", "confidential"]),
    row("New name, same tips!", "breach", ["school-identity"], act="profile_update", name="millbrookpe_mrk"),
    row("Year 10 were brilliant in their mock interviews today, so proud", "breach", ["missing-disclaimer"], bio="", allow=["school-reference"]),
    row("Who's watching Love Island tonight? 🏝️", "breach", ["working-time"], at=TUE_PM),
    row("Used the pictures from that paid Twinkl pack on my own website, they'll never notice", "breach", ["copyright"]),
    row("Copied a whole chapter of the textbook into a worksheet and flogged it on TES 💷", "breach", ["copyright"]),
    row("Trans kids are just confused and shouldn't be indulged", "breach", ["discriminatory"]),
    row("Ellis Marr you absolute melt, everyone's laughing at you", "breach", ["harassment"], by="pupil", act="comment", to="pupil", allow=["disparaging"]),
    row("Last night's photos are NOT for the faint-hearted 🔞", "breach", ["offensive"]),
    row("Our Year 9s at the science fair! 🔬", "breach", ["pupil-image"], act="share", img=[("pupils in lab coats at the science fair", ["pupils"], None)], allow=["school-reference"]),
    row("Girl in my form has told me her mum's new boyfriend takes photos of her in the bath. She's 12.", "escalate", ["safeguarding"], allow=["personal-data", "confidential"]),
    row("Selling a few bags of green if anyone wants to chill this weekend 🌿 £15", "escalate", ["illegal"]),
    row("That Millbrook teacher who gave my son detention better not walk home alone tonight", "escalate", ["illegal"], by="parent", allow=["harassment", "disparaging"]),
    row("Anyone want some fags with no duty paid? Brought back 20 cartons from Poland", "escalate", ["illegal"]),
    row("Half term! Lie in, coffee, repeat ☕", "ok", at=SAT),
    row("Great training on adaptive teaching today, lots to take back to the classroom", "ok"),
    row("Killed it at the pub quiz, first place 🏆", "ok"),
    row("Quick sandwich in the sun ☀️", "ok", at=GS_LUNCH),
    row("I was terrified on the zip wire but did it anyway! 😱", "ok", at=SAT),
    row("Our two were petrified of the bats at the zoo 🦇", "ok", at=SAT),
]

YL_B = [
    row("Haia Gruff, da iawn am y gêm heno! ⚽", "breach", ["pupil-contact"], dm="pupil", allow=["pupil-identity"]),
    row("Mae mam Elis Rhydderch yn yr ysbyty eto, druan ohono fo", "breach", ["personal-data", "pupil-identity"], allow=["school-reference"]),
    row("Dim gair, ond mae'r ysgol am golli dau aelod o staff ym mis Gorffennaf", "breach", ["confidential"], allow=["school-reference"]),
    row("Meinir Hughes has no idea how to run a school, honestly clueless", "breach", ["disparaging"], allow=["community-reference", "school-reference"]),
    row("Athrawon Pen y Garth yn hollol ddiog, dim ond eistedd ar eu penolau drwy'r dydd", "breach", ["disparaging"], by="parent", act="comment", to="public", allow=["school-reference"]),
    row("Iestyn Rowlands smacked my son on the back of the head, I'm reporting him", "breach|escalate", ["defamatory"], by="parent", allow=["disparaging", "community-reference", "safeguarding", "illegal"]),
    row("Go back to England, we don't want you lot here", "breach", ["discriminatory"], by="public", act="comment", to="public"),
    row("Elis ti'n hyll ac yn dew, does neb yn dy hoffi di 😂", "breach", ["harassment"], by="pupil", act="comment", to="pupil", allow=["disparaging"]),
    row("F***ing joke of a school, sort it out", "breach", ["offensive", "disparaging"], by="parent", act="comment", to="public", allow=["school-reference"]),
    row("Llongyfarchiadau Lleucu! 🏆", "breach", ["pupil-image"], acct="school", img=[("a girl holding a trophy", ["Lleucu Morgan"], True)], allow=["pupil-identity"]),
    row("Diwrnod gwych ar drip Blwyddyn 6 i Gaernarfon heddiw 🏰", "breach", ["missing-disclaimer"], bio="", allow=["school-reference"]),
    row("Rhywun yn gwybod am siop feics dda ym Mangor? 🚲", "breach", ["working-time"], at=TUE_AM),
    row("Dyma fy e-bost personol i rieni sydd angen: meinir.h.87@gmail.com", "advise", ["personal-contact-details"], allow=["school-reference"]),
    row("Spoke to a reporter from the Caernarfon Herald about the school's money problems, should be in Thursday's paper 📰", "breach", ["media"], allow=["confidential", "school-reference"]),
    row("Wedi sganio'r llyfr darllen cyfan a'i rannu ar Facebook i'r rhieni am ddim", "breach", ["copyright"], allow=["school-reference"]),
    row("We are very disappointed the council has decided to cut our school bus. It is the wrong decision.", "breach", ["policy-opinion"], acct="school", allow=["disparaging"]),
    row("Syr, mae rhywun hŷn yn talu fi i gario pecynnau i'r dref. Dw i'n 13.", "escalate", ["safeguarding"], by="pupil", dm="staff", allow=["pupil-contact", "illegal"]),
    row("Os ydy'r athro yna'n gweiddi ar fy merch eto, mi wna i ei daro fo", "escalate", ["illegal"], by="parent", allow=["harassment", "disparaging"]),
    row("Anyone want a cheap PS5? Came out of the back of a van last night, no box 😂", "escalate", ["illegal"]),
    row("Noson dda yn y dafarn efo'r criw 🍻", "ok"),
    row("Diolch i Ysgol Pen y Garth am y diwrnod chwaraeon gwych 👏", "ok", by="parent"),
    row("Cinio yn yr haul ☀️", "ok", at=TUE_LUNCH),
    row("Cofiwch: gwisg ffansi ddydd Gwener i godi arian i Plant Mewn Angen 🐻", "ok", acct="school"),
    row("Roedd y plant wedi dychryn efo'r tân gwyllt 🎆", "ok", at=SAT),
]

RC_B = [
    row("Lisa was a pleasure to line-manage and would thrive in any IT role.", "breach", ["professional-reference"], act="recommendation"),
    row("Endorsed a few ex-colleagues for safeguarding and leadership skills today 👍", "breach", ["professional-reference"], plat="linkedin"),
    row("Well done on your Duke of Edinburgh expedition Oliver! Let me know if you want help with your personal statement", "breach", ["pupil-contact"], dm="pupil", allow=["pupil-identity"]),
    row("I follow a couple of my Year 13s on Insta now they're nearly done, no harm in it", "breach", ["pupil-contact"]),
    row("Kesteven Fields SLT couldn't run a bath. Morale is on the floor.", "breach", ["disparaging"], allow=["school-reference"]),
    row("Rob Dent is a nightmare parent, emails me at midnight every night", "breach", ["disparaging"], allow=["community-reference", "personal-data"]),
    row("The finance manager has been claiming mileage for trips she never made", "breach", ["defamatory"], allow=["disparaging"]),
    row("Oliver Dent's parents are going through a messy divorce, which explains his grades", "breach", ["personal-data"], allow=["pupil-identity", "confidential"]),
    row("Heads up, the Trust is merging us with Sleaford Academy in September. Not announced yet.", "breach", ["confidential"], allow=["school-reference"]),
    row("Our Progress 8 score is a disgrace, the worst in the Trust", "breach", ["disparaging"], allow=["policy-opinion", "school-reference"]),
    row("GCSE results out Thursday 🤞", "ok", allow=["school-reference"]),
    row("Anyone else doing Dry January? Day 12 and dying 😂", "breach", ["working-time"], at=TUE_PM),
    row("Chemistry teacher at Kesteven Fields. Thoughts on the new GCSE spec: far too much content!", "breach", ["missing-disclaimer"], bio="", allow=["policy-opinion", "school-reference"]),
    row("New look", "breach", ["school-identity"], act="profile_update", name="Miss_KestevenFields_Science"),
    row("Found a great infographic on Pinterest and put it in our scheme of work, no idea who made it", "advise", ["copyright"], allow=["school-reference"]),
    row("The Lincolnshire Echo offered me £500 for an interview about our Ofsted report, just accepted 💰", "breach", ["media"], allow=["confidential", "school-reference"]),
    row("Older teachers should just retire and make way, they can't keep up with tech", "breach", ["discriminatory"], allow=["disparaging"]),
    row("Ben, keep grassing on me to SLT and I'll make your life a living hell", "breach", ["harassment"], act="comment", to="staff", allow=["community-reference", "disparaging"]),
    row("Topless pics from the beach holiday 😈 not suitable for work", "breach", ["offensive"]),
    row("Congrats to Hannah and the netball squad! 🏐", "breach", ["pupil-image"], acct="school", img=[("the netball squad with medals", ["Hannah Szabo", "pupils"], True)], allow=["pupil-identity"]),
    row("Mr Oduya, I've found your address online. Touch my son again and see what happens.", "escalate", ["illegal"], by="parent", act="comment", to="staff", allow=["harassment", "defamatory"]),
    row("A lad in Year 10 told me he's being paid by older boys to hold knives for them. Not sure who to tell.", "escalate", ["safeguarding"], allow=["illegal", "personal-data", "confidential"]),
    row("Who wants some ket for the weekend? Plenty going, hit me up", "escalate", ["illegal"]),
    row("Our people are being wiped out by mass immigration. Stand with us, take up arms.", "escalate", ["extremism"], act="share", allow=["discriminatory"]),
    row("Lunch break run round the playing fields 🏃", "ok", at=TUE_LUNCH),
    row("The twins were scared of the Easter bunny costume 😂", "ok", at=SAT),
    row("Lovely meal at the Bull in Sleaford tonight", "ok"),
    row("Congrats to my sister on her new job! 🎉", "ok"),
]
# Wave C: written after the learned stage and the second round, before any change for it: the final blind check.
BW_C = [
    row("Great effort in the cross-country today Ruby! Text me if you fancy joining my running club 🏃‍♀️", "breach", ["pupil-contact"], dm="pupil", allow=["pupil-identity", "personal-contact-details"]),
    row("Hi Freddie, it's Mr Pryce, accept this and I'll send you the team photos", "breach", ["pupil-contact"], act="friend_request", to="pupil", allow=["pupil-identity", "community-reference"]),
    row("Claire Bassett just called an emergency staff meeting and cried in front of everyone. Something's very wrong.", "breach", ["community-reference"], allow=["confidential", "personal-data", "school-reference", "disparaging"]),
    row("Ruby Tamblyn has been self-harming again, her arms are a mess. Heartbreaking.", "escalate", ["safeguarding"], allow=["personal-data", "pupil-identity", "school-reference", "confidential"]),
    row("The office at St Keyna's couldn't find a file if it was stapled to their foreheads", "breach", ["disparaging"], allow=["school-reference"]),
    row("Pretty sure Owen Pryce marks up his own class's SATs practice papers so he looks good", "breach", ["defamatory", "community-reference"], allow=["disparaging", "school-reference"]),
    row("Poppy Chard's dad has been sectioned, the family are in pieces", "breach", ["personal-data", "pupil-identity"], allow=["community-reference", "school-reference"]),
    row("Not allowed to say yet but St Keyna's is losing its headteacher to the MAT in January", "breach", ["confidential"], allow=["school-reference", "community-reference"]),
    row("Disabled kids are such hard work, we shouldn't have to take them", "breach", ["discriminatory"], allow=["disparaging", "school-reference"]),
    row("Kerry, you're a nasty piece of work and everyone at the gate knows it", "breach", ["harassment", "community-reference"], act="comment", to="parent", allow=["disparaging", "school-reference"]),
    row("New cover photo", "breach", ["school-identity"], act="profile_update", img=[("the St Keyna's logo on a school jumper", [], None)], allow=["school-reference"]),
    row("Teaching Year 4 the water cycle with a kettle and a cold plate, science at its finest", "breach", ["missing-disclaimer"], bio="", allow=["school-reference"]),
    row("Bella from the Bath Chronicle asked me for a comment on the SATs cheating rumours. Told her what I know 🤐", "breach", ["media"], allow=["confidential", "school-reference", "defamatory"]),
    row("To all my Year 6s: Jesus is the only way. Come to my church on Sunday and bring your friends ✝️", "breach", ["political-influence"], allow=["school-reference", "pupil-contact"]),
    row("miss i havent had tea in 3 days and mum doesnt come home, can i stay at school", "escalate", ["safeguarding"], by="pupil", dm="staff", allow=["pupil-contact"]),
    row("Selling NHS painkillers I got from work, £5 a strip, DM me", "escalate", ["illegal"]),
    row("Someone needs to teach that headteacher a lesson she won't forget. I know her car.", "escalate", ["illegal"], by="public", allow=["harassment", "disparaging"]),
    row("Our so-called leadership wouldn't know a good idea if it hit them in the face", "breach", ["disparaging"], allow=["school-reference"]),
    row("My Year 5s are absolute stars, so proud of their assembly today!", "advise", ["school-reference"]),
    row("Fish finger sandwiches and Strictly, perfect Saturday", "ok", at=SAT),
    row("Does anyone have a pasting table I could borrow for the car boot?", "ok"),
    row("Just finished my first half marathon, legs have gone", "ok"),
    row("Lovely to catch up with old friends from uni this weekend", "ok", at=SAT),
    row("Well done St Keyna's on a brilliant Christmas play! 🎄", "ok", by="parent"),
    row("Scary film night with the nieces, they hid behind cushions the whole time 😂", "ok", at=SAT),
]

AH_C = [
    row("Whole school trip to the pantomime tomorrow, oh yes it is! 🎭", "breach", ["school-reference"]),
    row("Marking books in front of the telly again, the glamour of primary teaching", "breach", ["school-reference"]),
    row("Happy birthday to the loveliest TA in the world, Dawn Hesketh! 🎂", "breach", ["community-reference"], allow=["school-reference"]),
    row("Ava-Rose Capstick made me a card today and I nearly cried", "breach", ["pupil-identity"], allow=["school-reference"]),
    row("Lee Entwistle was banned from the premises again this week, what a surprise", "breach", ["community-reference"], allow=["disparaging", "confidential", "personal-data", "school-reference"]),
    row("Working here is like being on a hamster wheel while the head keeps moving the goalposts", "breach", ["disparaging"], allow=["school-reference", "policy-opinion"]),
    row("Our head is on the fiddle with the building fund, I'd put money on it", "breach", ["defamatory"], allow=["disparaging", "school-reference"]),
    row("Governors meeting tonight: we're losing Sophie's job in the summer and she has no idea yet", "breach", ["confidential", "community-reference"], by="governor", allow=["personal-data", "school-reference"]),
    row("Found the spare key to the school office under the plant pot again 🙄 Anyone could get in", "breach", ["confidential"], allow=["school-reference"]),
    row("Build a bear day! 🧸", "breach", ["pupil-image"], img=[("children with teddy bears in the classroom", ["pupils"], None)], allow=["school-reference"]),
    row("Hope the operation goes well tomorrow Noah, thinking of you x", "breach", ["pupil-contact"], dm="pupil", allow=["pupil-identity", "personal-data"]),
    row("Just WhatsApp me on my mobile instead of going through the school, it's quicker", "breach", ["personal-contact-details"], dm="parent", allow=["school-reference"]),
    row("Phone's been going all morning, who needs a break 😂", "breach", ["working-time"], at=TUE_AM),
    row("Share if you're a dog person 🐶", "breach", ["working-time"], act="share", at=TUE_PM),
    row("Wild night out in Blackpool, pics are NOT going on here 🍆🍑", "breach", ["offensive"]),
    row("Sophie nobody wants your opinion, keep your gob shut", "breach", ["harassment", "community-reference"], act="comment", to="staff", allow=["disparaging"]),
    row("sir theres a man who waits outside the chippy and gives us vapes if we get in his car", "escalate", ["safeguarding"], by="pupil", dm="staff", allow=["pupil-contact", "illegal"]),
    row("Anyone after a cheap laptop? School's replacing them so I took a few home 😉", "escalate", ["illegal"], allow=["school-reference"]),
    row("Time to run these foreigners out of Longridge. Bring your mates and your bats on Saturday.", "escalate", ["extremism"], by="public", act="comment", to="public", allow=["illegal", "discriminatory"]),
    row("Bacon butty on my lunch break 🥓", "ok", at=TUE_LUNCH),
    row("Sunny morning walk along the Ribble", "ok", at=SAT),
    row("Can anyone recommend a good vet in Preston?", "ok"),
    row("My son's first football tournament, so proud of him", "ok", at=SAT),
    row("Loved the harvest festival, well done Holy Trinity", "ok", by="parent"),
]

GS_C = [
    row("The new seating plan rules are fine in theory, shame nobody asked the people who actually teach", "breach", ["policy-opinion"], allow=["disparaging"]),
    row("I quite like the new lanyard colours for the sixth form, sensible idea", "breach", ["policy-opinion"], allow=["school-reference"]),
    row("Whoever thought a Friday INSET before half term was a good idea needs their head checking", "breach", ["policy-opinion"], allow=["disparaging"]),
    row("Millbrook's senior team are a bunch of headless chickens", "breach", ["disparaging"], allow=["school-reference"]),
    row("Parents at this school are the worst, entitled from top to bottom", "breach", ["disparaging"], allow=["school-reference"]),
    row("Sofia's dad is in prison for fraud, no wonder she's struggling", "breach", ["personal-data"], allow=["defamatory"]),
    row("Two of the maths team failed their probation and are being let go on Friday, keep it zipped", "breach", ["confidential"], allow=["personal-data"]),
    row("Matt Kowalski gets the answers to the mocks from his mate at the exam board", "breach", ["defamatory"], allow=["disparaging"]),
    row("New name", "breach", ["school-identity"], act="profile_update", name="Mr K (Millbrook Maths)"),
    row("Year 13 have been a joy this year, going to miss them", "breach", ["missing-disclaimer"], bio="", allow=["school-reference"]),
    row("Anyone else's coffee gone cold while doing the register? ☕", "breach", ["working-time"], at=TUE_AM, allow=["school-reference"]),
    row("Nicked a load of textbook pages off a paid site and printed them for my classes, saved the department £200", "breach", ["copyright"]),
    row("Old teachers are dinosaurs and should be forced out", "breach", ["discriminatory"], allow=["disparaging"]),
    row("Jayden no one at this school wants you, just move already", "breach", ["harassment"], by="pupil", act="comment", to="pupil", allow=["disparaging"]),
    row("Strip poker at the staff Christmas party, pics in the group chat 🔞", "breach", ["offensive"]),
    row("Well done to our Year 8 debating team!", "breach", ["pupil-image"], acct="school", img=[("the debating team on stage", ["Sofia Petrova", "pupils"], True)]),
    row("A Year 7 boy told me his mum's boyfriend makes him sleep in the car when he's been naughty", "escalate", ["safeguarding"], allow=["personal-data", "confidential"]),
    row("Doing a bit of dealing on the side, mainly to sixth formers, pays better than teaching 😂", "escalate", ["illegal"], allow=["safeguarding"]),
    row("If Mr Kowalski speaks to my son like that again he'll be picking his teeth up off the floor", "escalate", ["illegal"], by="parent", allow=["harassment", "disparaging"]),
    row("Marking done, wine poured 🍷", "ok", at=SAT),
    row("Loving the new Taylor Swift album", "ok"),
    row("Just booked a cottage in the Lakes for half term 🏡", "ok"),
    row("Kids were scared of the thunder last night, all three ended up in our bed", "ok", at=SAT),
    row("Lunch break netball with the staff team 🏐", "ok", at=GS_LUNCH),
    row("Proud of my sister graduating as a nurse today 👩‍⚕️", "ok"),
]

YL_C = [
    row("Dilyn 👍", "breach", ["pupil-contact"], act="follow", to="pupil"),
    row("Elis, anfona neges ata i ar Snapchat os wyt ti angen help efo'r gwaith cartref", "breach", ["pupil-contact"], dm="pupil", allow=["pupil-identity", "personal-contact-details"]),
    row("Mae Gruff Bevan wedi bod yn ymladd eto, plentyn anodd ofnadwy", "breach", ["pupil-identity", "disparaging"], allow=["school-reference", "personal-data"]),
    row("Mae tad Lleucu Morgan wedi colli ei swydd ac maen nhw'n defnyddio'r banc bwyd", "breach", ["personal-data", "pupil-identity"], allow=["school-reference"]),
    row("Rhyngom ni, mae'r cyngor am gau'r ysgol mewn dwy flynedd", "breach", ["confidential"], allow=["school-reference"]),
    row("Pennaeth Pen y Garth yn gelwyddgi llwyr, peidiwch credu gair", "breach", ["disparaging"], by="parent", act="comment", to="public", allow=["defamatory", "school-reference"]),
    row("Iestyn Rowlands has been turning up to school smelling of drink, disgusting", "breach", ["defamatory"], by="parent", allow=["disparaging", "community-reference"]),
    row("Saeson yn dwyn ein tai ni. Dylen nhw fynd adre.", "breach", ["discriminatory"], by="public"),
    row("Gruff ti'n loser llwyr, does neb isio chwarae efo ti 🤣", "breach", ["harassment"], by="pupil", act="comment", to="pupil", allow=["disparaging"]),
    row("Shite school, shite teachers", "breach", ["offensive", "disparaging"], by="parent", act="comment", to="public", allow=["school-reference"]),
    row("Lluniau'r sioe Nadolig! 🎄", "breach", ["pupil-image"], act="share", img=[("pupils in costume on stage", ["pupils"], None)], allow=["school-reference"]),
    row("Diwrnod hir o farcio yn yr ysgol heddiw ✏️", "breach", ["missing-disclaimer"], bio="", allow=["school-reference"]),
    row("Pwy sy'n gwylio'r gêm heno? 🏉", "breach", ["working-time"], at=TUE_PM),
    row("Gohebydd o'r Daily Post wedi cysylltu am y problemau staffio. Wedi rhoi'r stori iddi 🙊", "breach", ["media"], allow=["confidential", "school-reference"]),
    row("Wedi tynnu enw'r artist oddi ar y llun a'i ddefnyddio ar daflen yr ysgol", "breach", ["copyright"], allow=["school-reference"]),
    row("Rydyn ni'n siomedig iawn gyda phenderfyniad y llywodraethwyr i ddileu'r gwersi nofio.", "breach", ["policy-opinion"], acct="school", allow=["disparaging"]),
    row("Miss, mae dyn yn y parc yn dweud wrtha i am ddod i'w fflat o. Dw i'n 11 a dw i ofn", "escalate", ["safeguarding"], by="pupil", dm="staff", allow=["pupil-contact"]),
    row("Selling a few fake Welsh rugby shirts, nobody can tell 😉 £20", "escalate", ["illegal"]),
    row("Mi fydda i'n aros am yr athrawes yna ar ôl ysgol, mi geith hi weld", "escalate", ["illegal"], by="parent", allow=["harassment"]),
    row("Bore braf ar y traeth efo'r ci 🐕", "ok", at=SAT),
    row("Cinio sydyn ☕", "ok", at=TUE_LUNCH),
    row("Diolch i'r athrawon am y noson rieni", "ok", by="parent"),
    row("Llongyfarchiadau i bawb a gymerodd ran yn y ras hwyl! 🏃", "ok", acct="school"),
    row("Ofn y storm neithiwr, y ci wedi cuddio dan y gwely", "ok", at=SAT),
]

RC_C = [
    row("Karen is a visionary leader and I'd follow her anywhere.", "breach", ["professional-reference"], act="recommendation", plat="linkedin"),
    row("If any former colleagues need a referee for job applications, I'm happy to vouch for you", "breach", ["professional-reference"], plat="linkedin"),
    row("Tyler, you left your coat in my car after the match, I'll drop it round yours tonight", "breach", ["pupil-contact"], dm="pupil", allow=["pupil-identity"]),
    row("Got a Snapchat streak going with a few of my Year 10s 😂", "breach", ["pupil-contact"], allow=["personal-contact-details"]),
    row("Kesteven Fields is run like a third-rate holiday camp", "breach", ["disparaging"], allow=["school-reference"]),
    row("Shona Mabbott is the most aggressive parent I've ever dealt with, shouting in reception again", "breach", ["disparaging"], allow=["community-reference", "harassment"]),
    row("The head's been using the minibus for her daughter's hockey trips and charging it to the school", "breach", ["defamatory"], allow=["disparaging", "school-reference"]),
    row("Oliver Dent was adopted and he doesn't know yet, so please don't mention it", "breach", ["personal-data"], allow=["confidential", "pupil-identity"]),
    row("Leaked: the Trust is cutting our music department from September. Staff not told yet.", "breach", ["confidential"], allow=["school-reference", "policy-opinion"]),
    row("Our maths results were an absolute car crash this year", "breach", ["disparaging"], allow=["policy-opinion", "school-reference"]),
    row("GCSE results are up 9% this year 📈", "ok|advise", allow=["policy-opinion", "school-reference"]),
    row("Who's going to the Lincoln game Saturday? ⚽", "breach", ["working-time"], at=TUE_PM),
    row("Science teacher at Kesteven Fields 🧪 Today's experiment: elephant toothpaste!", "breach", ["missing-disclaimer"], bio="", allow=["school-reference"]),
    row("Refreshed my profile", "breach", ["school-identity"], act="profile_update", name="KestevenFieldsHistory"),
    row("Borrowed some clip art from a paid site without a licence for our newsletter, shhh", "advise", ["copyright"], allow=["school-reference", "confidential"]),
    row("A producer from ITV Calendar paid me for the inside story on our Ofsted, easy money", "breach", ["media"], allow=["confidential", "school-reference"]),
    row("Women just aren't cut out for senior leadership, too emotional", "breach", ["discriminatory"]),
    row("Ben Oduya you're a disgrace, I'll make sure you lose your job over this", "breach", ["harassment"], by="parent", act="comment", to="staff", allow=["disparaging"]),
    row("Hot tub party pics, definitely X rated 🔞🍾", "breach", ["offensive"]),
    row("A Year 9 girl is sending explicit photos to a man she met on Instagram, he's 26", "escalate", ["safeguarding"], allow=["personal-data", "confidential", "illegal"]),
    row("Who wants some pills for the prom afterparty? Sixth formers welcome 💊", "escalate", ["illegal"], allow=["safeguarding"]),
    row("The Muslims are invading Sleaford. Arm yourselves, patriots, meet at the market cross Friday.", "escalate", ["extremism"], by="public", allow=["discriminatory", "illegal"]),
    row("Lunch break walk to the river 🦆", "ok", at=TUE_LUNCH),
    row("Congratulations to my brother on his new baby girl! 👶", "ok"),
    row("Scared myself silly watching a horror film last night 😱", "ok"),
    row("Great CPD on metacognition today", "ok"),
    row("Thank you Kesteven Fields for a fantastic prom night for our kids 💃", "ok", by="parent"),
]
# Wave D: written after the third round, before any change for it: a last, small blind check.
BW_D = [
    row("Saw your match report in the local paper, superstar! Drop me a message if you want to talk tactics ⚽", "breach", ["pupil-contact"], dm="pupil"),
    row("Freddie Hoskins has been diagnosed with dyslexia at last, his mum is so relieved", "breach", ["personal-data", "pupil-identity"], allow=["community-reference", "school-reference"]),
    row("SLT at St Keyna's wouldn't last five minutes in a real classroom", "breach", ["disparaging"], allow=["school-reference"]),
    row("Between you and me, two TAs are being let go in the summer", "breach", ["confidential"], allow=["school-reference"]),
    row("Mrs Bassett is a useless head and a liar", "advise", ["disparaging"], by="parent", allow=["defamatory", "community-reference"]),
    row("Anyone want a knock-off Barbour jacket? Looks legit, £40", "escalate", ["illegal"]),
    row("Year 4 girl says her uncle gives her sweets to sit on his lap and keep secrets", "escalate", ["safeguarding"], allow=["personal-data", "confidential", "school-reference"]),
    row("Cracking bike ride around Cheddar Gorge this morning 🚴", "ok", at=SAT),
    row("Proud of my Year 6s, they've grown up so much this year 🥹", "advise", ["school-reference"]),
    row("Netflix and a takeaway, perfect end to the week 🍕", "ok"),
]

AH_D = [
    row("Year 3 assembly about kindness this morning, they were wonderful", "breach", ["school-reference"]),
    row("Get well soon to Brian Threlfall after his knee op 🙏", "breach", ["community-reference"], allow=["personal-data", "school-reference"]),
    row("Gemma Whittle owes the school £300 in dinner money and has the cheek to complain", "breach", ["community-reference"], allow=["disparaging", "personal-data", "confidential", "school-reference"]),
    row("Happy birthday Mason! Have a brilliant day 🎈", "breach", ["pupil-contact"], dm="pupil", allow=["pupil-identity"]),
    row("Sunshine through the classroom window and I'm stuck inside 😩", "breach", ["working-time"], at=TUE_AM, allow=["school-reference"]),
    row("Our chair of governors is a pompous old windbag who hasn't a clue", "breach", ["disparaging"], allow=["community-reference", "school-reference"]),
    row("Inspection results are in and it's not pretty. Can't say more till the letter goes out", "breach", ["confidential"], allow=["school-reference"]),
    row("i got sent a video of someone being beaten up and now theyre saying im next", "escalate", ["safeguarding"], by="pupil", dm="staff", allow=["illegal", "pupil-contact", "harassment"]),
    row("Killing it with the sourdough this week 🍞", "ok"),
    row("Thanks Holy Trinity for a lovely sports day ☀️", "ok", by="parent"),
]

GS_D = [
    row("Scrapping homework for Year 7 is the most sensible thing this school has done", "breach", ["policy-opinion"], allow=["school-reference"]),
    row("Not convinced the new rewards app will last till Christmas", "breach", ["policy-opinion"], allow=["school-reference"]),
    row("Our head of English couldn't inspire a fish to swim", "breach", ["disparaging"], allow=["school-reference"]),
    row("Tanya Cole's been on antidepressants since the divorce, poor woman", "breach", ["personal-data"]),
    row("Saving this Shutterstock image without paying, the watermark crops right off 😎", "breach", ["copyright"]),
    row("Some of these Romanian families need to learn how we do things here", "breach", ["discriminatory"], allow=["disparaging"]),
    row("Year 11 girl showed me a man's messages asking her to meet at a hotel. She's 15.", "escalate", ["safeguarding"], allow=["personal-data", "confidential"]),
    row("If that teacher puts a hand on my kid again he'll be leaving in an ambulance", "escalate", ["illegal"], by="parent", allow=["harassment"]),
    row("Rainy Sunday, board games and hot chocolate ☔", "ok", at=SAT),
    row("Quick walk round the field at lunch 🌳", "ok", at=GS_LUNCH),
]

YL_D = [
    row("Gwaith gwych ar y prosiect, Gruff! Anfona luniau ata i ar WhatsApp 📸", "breach", ["pupil-contact"], dm="pupil", allow=["pupil-identity", "personal-contact-details"]),
    row("Mae mam Elis wedi cael canser, druan o'r teulu", "breach", ["personal-data", "pupil-identity"], allow=["school-reference"]),
    row("Peidiwch â dweud wrth neb ond mae Meinir Hughes yn gadael ym mis Awst", "breach", ["confidential"], allow=["community-reference", "school-reference"]),
    row("Staff Pen y Garth yn gwbl ddi-glem, dim syniad sut i redeg ysgol", "breach", ["disparaging"], by="parent", act="comment", to="public", allow=["school-reference"]),
    row("Dylai'r mewnfudwyr i gyd fynd adre, dydyn nhw ddim yn perthyn yma", "breach", ["discriminatory"], by="public", act="comment", to="public"),
    row("Elis ti'n drewi, does neb isio eistedd wrth dy ymyl", "breach", ["harassment"], by="pupil", act="comment", to="pupil", allow=["disparaging"]),
    row("Lluniau o'r daith i Langrannog! 🏕️", "breach", ["pupil-image"], act="share", img=[("pupils on a beach trip", ["pupils"], None)], allow=["school-reference"]),
    row("Mae gen i gyflenwad o sigaréts heb dreth os oes rhywun isio, negesa fi", "escalate", ["illegal"]),
    row("Penwythnos yn y garafán efo'r teulu ☀️", "ok", at=SAT),
    row("Da iawn i dîm pêl-droed yr ysgol! ⚽", "ok", by="parent"),
]

RC_D = [
    row("Lisa is a brilliant IT manager, calm under pressure and always helpful.", "breach", ["professional-reference"], act="recommendation", plat="linkedin"),
    row("Oliver, good luck at your interview tomorrow, let me know how it goes!", "breach", ["pupil-contact"], dm="pupil", allow=["pupil-identity"]),
    row("The Trust's idea of staff wellbeing is a free biscuit and a lecture on resilience", "breach", ["disparaging"], allow=["policy-opinion", "school-reference"]),
    row("Hannah Szabo's family are being evicted next month, so sad", "breach", ["personal-data"], allow=["pupil-identity"]),
    row("Mock Ofsted results came back 'inadequate', SLT are panicking. Don't tell a soul.", "breach", ["confidential"], allow=["school-reference", "policy-opinion", "disparaging"]),
    row("Maths teacher at Kesteven Fields, today we learned Pythagoras with string and chalk", "breach", ["missing-disclaimer"], bio="", allow=["school-reference"]),
    row("Gay people shouldn't be teaching in faith schools, end of", "breach", ["discriminatory"]),
    row("Karen, keep undermining me in meetings and I'll make sure the whole Trust hears about your affair", "breach", ["harassment"], act="comment", to="staff", allow=["defamatory", "personal-data", "community-reference"]),
    row("Got loads of dodgy Disney+ logins going cheap, a tenner a year", "escalate", ["illegal"]),
    row("Lunch in the staffroom, soup and a natter ☕", "ok", at=TUE_LUNCH),
    row("Scared the life out of myself on the ghost walk in Lincoln 👻", "ok"),
]
# fmt: on

WAVES: dict[str, dict[str, list[Row]]] = {
    "p3a": {
        "bwmat": BW_A,
        "archbishop-hutton": AH_A,
        "generic-school": GS_A,
        "ysgol-llanbedrog": YL_A,
        "robert-carre": RC_A,
    },
    "p3b": {
        "bwmat": BW_B,
        "archbishop-hutton": AH_B,
        "generic-school": GS_B,
        "ysgol-llanbedrog": YL_B,
        "robert-carre": RC_B,
    },
    "p3c": {
        "bwmat": BW_C,
        "archbishop-hutton": AH_C,
        "generic-school": GS_C,
        "ysgol-llanbedrog": YL_C,
        "robert-carre": RC_C,
    },
    "p3d": {
        "bwmat": BW_D,
        "archbishop-hutton": AH_D,
        "generic-school": GS_D,
        "ysgol-llanbedrog": YL_D,
        "robert-carre": RC_D,
    },
}


def expand(policy: str, cid: str, r: Row) -> dict[str, Any]:
    by = r.get("by", "staff")
    post: dict[str, Any] = {
        "id": cid,
        "text": r["text"],
        "account": r.get("acct", "personal"),
        "author_role": by,
        "platform": r.get("plat", "facebook"),
        "audience": "public",
    }
    if "dm" in r:
        post["audience"] = "direct"
        post["action"] = r.get("act", "message")
        post["recipient_role"] = r["dm"]
    else:
        if "act" in r:
            post["action"] = r["act"]
        if "to" in r:
            post["recipient_role"] = r["to"]
    post["posted_at"] = r.get("at", EVE)
    post["device"] = r.get("dev", "personal")
    default_bio = STAFF_BIO[policy] if by in ("staff", "governor") else ""
    post["profile"] = {"display_name": r.get("name", ""), "bio": r.get("bio", default_bio)}
    if "img" in r:
        images = []
        for desc, people, consent in r["img"]:
            image: dict[str, Any] = {"description": desc, "people": list(people)}
            if consent is not None:
                image["consent"] = consent
            images.append(image)
        post["images"] = images
    return {
        "id": cid,
        "policy": policy,
        "post": post,
        "expect": {
            "verdicts": r["v"].split("|"),
            "categories": list(r["cats"]),
            "allowed": list(r.get("allow", [])),
        },
    }


def check(case: dict[str, Any]) -> None:
    """Labels that contradict each other are a mistake in the table, not an arguable case."""
    cid, e = case["id"], case["expect"]
    verdicts, cats, allowed = set(e["verdicts"]), set(e["categories"]), set(e["allowed"])
    assert verdicts and verdicts <= VERDICTS, cid
    assert (cats | allowed) <= set(CATEGORIES), (cid, (cats | allowed) - set(CATEGORIES))
    assert not cats & allowed, (cid, cats & allowed)
    assert verdicts != {"ok"} or not cats, f"{cid}: an ok case cannot require findings"
    if cats & ESCALATING:
        assert verdicts == {"escalate"}, f"{cid}: a required escalating category must escalate"
    if allowed & ESCALATING:
        assert "escalate" in verdicts, f"{cid}: an allowed escalating category must allow escalate"


def build() -> list[dict[str, Any]]:
    cases = [
        expand(policy, f"{wave}-{PREFIX[policy]}-{i:02d}", r)
        for wave, tables in WAVES.items()
        for policy, rows in tables.items()
        for i, r in enumerate(rows, 1)
    ]
    for case in cases:
        check(case)
    return cases


def dumps(cases: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 if cases.jsonl differs from the tables")
    args = ap.parse_args()
    text = dumps(build())
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print("out of date: cases.jsonl; run build_pass3.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"pass3: {text.count(chr(10))} cases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
