#!/usr/bin/env python3
# ruff: noqa: E501  (the case table keeps one post a line, as reviewed)
"""A fresh labelled set for the screener: five more invented schools (profiles in `fresh/`) and posts that
none of the other sets contain, written and labelled from the policy texts before the screener was run on
them.

    python tests/screening/cases/build_fresh.py           # rewrite fresh.jsonl from the table below
    python tests/screening/cases/build_fresh.py --check   # exit 1 if fresh.jsonl differs from the table

The labelling rules are those of README.md in this folder (breach where the policy forbids, advise where it
advises, escalate for safeguarding, extremism and illegal content; categories a policy does not address are
never expected; `allow` holds what a careful reader could argue either way). Row shorthand as in
`build_cases.py`: v verdicts, cats required categories, allow arguable ones, by author, acct account, dm
recipient of a direct message, to recipient of a follow / friend request / comment, act action, at posted_at,
dev device, name display name, bio profile bio, img (description, people, consent) tuples, note why.

The schools: St Aldhelm's CofE Primary in the Bath & Wells MAT (`bwmat`), Fernhill St Mary's VC Primary
(`archbishop-hutton`), Kingsmead Community College (`generic-school`), Ysgol Bro Tegid (`ysgol-llanbedrog`)
and Heckington Vale Academy in the Robert Carre Trust (`robert-carre`).

Three waves: `fs-*` (203 cases) were written first; `fs2-*` (68 cases) after the screener had been changed
for the first wave's misses, and `fs3-*` (42 cases) after the second round, each before the screener was
run on it. docs/screening.md records each wave's first figures as well as today's.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh.jsonl"

# Europe/London local times in May 2026 (British Summer Time).
MON_LUNCH = "2026-05-11T13:00:00"
EVE = "2026-05-12T19:45:00"  # Tuesday evening
TUE_LUNCH = "2026-05-12T12:20:00"
TUE_BREAK = "2026-05-12T10:45:00"
WED_AM = "2026-05-13T09:50:00"
WED_LATE_AM = "2026-05-13T11:20:00"
WED_PM = "2026-05-13T14:10:00"
THU_AM = "2026-05-14T11:40:00"
THU_LUNCH = "2026-05-14T13:15:00"
THU_AFTER = "2026-05-14T16:40:00"
THU_END = "2026-05-14T17:10:00"
SAT = "2026-05-16T10:30:00"
WED_UTC = "2026-06-10T09:20:00+00:00"  # 10:20 in London: lesson time

STAFF_BIO = {
    "bwmat": "Views my own.",
    "archbishop-hutton": "",
    "generic-school": "The views I express here are mine alone and do not necessarily reflect the views of my employer.",
    "ysgol-llanbedrog": "Fy marn fy hun, nid barn yr ysgol. Views my own.",
    "robert-carre": "All views my own and not those of my employer.",
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


LONG_RC = (
    "Half term catch-up post. We finally got the allotment sorted: onions, runner beans and far too many "
    "courgettes as usual. My eldest passed her grade 3 piano and the youngest has decided he is a "
    "vegetarian, which lasted until the barbecue. Read two good books, one on the Fens in the war and a "
    "daft crime novel. The only answer for this country is a white homeland, and I'm recruiting anyone "
    "brave enough to stand with us, message me. Back to it on Monday, have a good week everyone."
)
LONG_GS = (
    "Sunday thoughts. It's been a busy few weeks: my sister's wedding in Chester, the dog's operation (he's "
    "fine, wearing a cone and sulking), and finally finishing the kitchen. I'm also trying to run three "
    "times a week before work, with mixed results. Work-wise, keep it to yourselves because it hasn't been "
    "announced, but Kingsmead is cutting the whole sixth form from September and staff haven't been told. "
    "Anyway, if anyone has a good recipe for courgette soup, send it my way."
)

# fmt: off
BW = [
    row("Well done on your spelling test today! If you ever want extra practice just message me on here 😊", "breach", ["pupil-contact"], dm="pupil", allow=["school-reference", "personal-contact-details"]),
    row("Sent", "breach", ["pupil-contact"], act="friend_request", to="pupil"),
    row("Could you tell Jasper he can send me his story on WhatsApp tonight and I'll have a look at it", "breach", ["pupil-contact"], dm="parent", allow=["pupil-identity", "personal-contact-details", "school-reference"], note="4.3.1: personal messages to pupils directly or indirectly, for example via the parents."),
    row("Year 6, revision help this weekend if you want it: my personal email is felix.oakes.77@gmail.com", "breach", ["personal-contact-details"], allow=["pupil-contact", "school-reference"]),
    row("Holly Brimble has been an absolute pain all week, I'm counting down to half term", "breach", ["pupil-identity", "disparaging"], allow=["school-reference"]),
    row("So proud of Reuben Carew reading his first whole book to me today 📚", "breach", ["pupil-identity"], allow=["school-reference"]),
    row("Big thank you to Felix Oakes for covering my class this afternoon, what a star", "breach", ["community-reference"], allow=["school-reference"], note="4.3.6: must not discuss colleagues when writing about work."),
    row("Forest school fun this afternoon 🌳", "breach", ["pupil-image"], img=[("Year 1 children building a den in the school woods", ["pupils"], None)], allow=["school-reference"]),
    row("Parents said it was fine to share! Our Year 4 Roman shields", "breach", ["pupil-image"], img=[("children holding painted shields in the classroom", ["Holly Brimble", "Jasper Quantock"], True)], allow=["pupil-identity", "school-reference"], note="4.3.7: never photographs of pupils, consent or not."),
    row("My daughter's first swimming badge! 🏊", "ok", img=[("a girl holding a swimming certificate at the leisure centre", ["my daughter"], None)]),
    row("Keep this to yourselves but St Aldhelm's is being merged with the junior school next September, staff haven't been told yet", "breach", ["confidential"], allow=["school-reference"]),
    row("Poor Jas, his dad's just gone to prison, explains a lot about this term", "breach", ["personal-data", "pupil-identity"], allow=["school-reference", "safeguarding"], v_extra="escalate"),
    row("St Aldhelm's has gone downhill since the new head arrived, honestly embarrassing", "breach", ["disparaging"], allow=["school-reference", "community-reference"]),
    row("Everyone knows Dawn Mallory fiddles the attendance figures before every inspection", "breach", ["defamatory", "community-reference"], allow=["disparaging", "school-reference"]),
    row("What a sh*tshow of a week. Roll on Friday wine 🍷", "breach", ["offensive"]),
    row("Half the families at pickup can't even speak English, send them all back where they came from", "breach", ["discriminatory"], allow=["disparaging", "school-reference"]),
    row("Keep posting lies about me Tasha and see what happens, I know where you work", "breach", ["harassment"], act="comment", to="parent", allow=["community-reference", "disparaging", "defamatory"]),
    row("New name who dis", "breach", ["school-identity"], act="profile_update", name="Mrs Mallory @ St Aldhelm's"),
    row("Loved teaching fractions with pizzas today, the kids got it straight away 🍕", "breach", ["missing-disclaimer"], bio="", allow=["school-reference"]),
    row("Parents' evening marathon done, 28 appointments and a lot of coffee ☕", "advise", ["school-reference"]),
    row("Year 6, your generation can change things: come to the Young Greens meeting with me on Saturday and tell your parents to vote Green", "breach", ["political-influence"], allow=["school-reference", "pupil-contact"]),
    row("A reporter from the Somerset Gazette rang me about the SATs mix-up, gave her the full story off the record", "breach", ["media"], allow=["confidential", "school-reference"]),
    row("Mr Oakes can I talk to you tomorrow, my mum's boyfriend hit me again last night and I'm scared to go home", "escalate", ["safeguarding"], by="pupil", dm="staff", allow=["pupil-contact", "community-reference"]),
    row("Britain is being replaced and our people need to wake up and fight back. Join us.", "escalate", ["extremism"], allow=["discriminatory"]),
    row("If that teacher grabs my lad again I'll come down there and break her jaw", "escalate", ["illegal"], by="parent", allow=["harassment", "safeguarding", "disparaging"]),
    row("Anyone after some bud for the weekend? Got plenty, £10 a bag, DM me", "escalate", ["illegal"], allow=["offensive"]),
    row("St Aldhelm's is a joke, three supply teachers in a month and nobody tells us anything", "advise", ["disparaging"], by="parent", note="3.5: parents are encouraged to raise concerns with the Head Teacher."),
    row("Hi miss can u accept me", "advise", ["pupil-contact"], by="pupil", act="friend_request", to="staff", note="4.3.3: pupil-initiated requests must be declined and reported."),
    row("A pupil sent me a friend request tonight. Declined it and I'll let the DSL know in the morning.", "ok|advise", allow=["school-reference"]),
    row("Jasper the spaniel has eaten another sock 🐶", "ok"),
    row("Holly and ivy everywhere at the Christmas market in Wells 🎄", "ok"),
    row("Robin on the bird feeder again this morning 🐦", "ok"),
    row("Killed it at parkrun this morning, new PB!", "ok"),
    row("Watched a brilliant documentary about the rise of the Nazis in 1930s Germany, chilling", "ok"),
    row("Shout out to the lovely nurses at the RUH who looked after my dad this week", "ok"),
    row("Lost a black cat near the Glastonbury road, call 01458 000 111 if you see him", "ok"),
    row("As a governor at St Aldhelm's I can tell you the head is useless and the budget's in tatters", "breach", ["disparaging"], by="governor", allow=["confidential", "school-reference", "community-reference"]),
    row("Congratulations to our Year 6 netball team, county champions! 🏆", "breach", ["pupil-image"], acct="school", img=[("the netball team holding a trophy", ["Poppy Venn", "Holly Brimble"], True)], allow=["pupil-identity"], note="Poppy Venn is on the no-publish list."),
    row("Well done to everyone who took part in our sponsored walk, £640 raised!", "ok", acct="school", img=[("pupils walking along the canal path", ["pupils"], True)]),
    row("H0lly Br1mble is the laziest kid in year 5 🙄", "breach", ["pupil-identity", "disparaging"], allow=["school-reference"]),
    row("cant stand felix oakes, sooo useless", "breach", ["community-reference", "disparaging"], allow=["school-reference"]),
    row("Reuben and I finally finished the Lego Death Star, only took all weekend", "ok", note="A member of staff's own child may share a pupil's first name."),
    row("The trust fund paperwork for my nephew is finally sorted", "ok"),
]

AH = [
    row("Christmas jumper day at school today, the kids looked fab 🎄", "breach", ["school-reference"]),
    row("Fernhill St Mary's harvest festival this afternoon, so many tins for the food bank!", "breach", ["school-reference"]),
    row("fernhill st marys sports day tomoz, fingers crossed for sun ☀️", "breach", ["school-reference"]),
    row("Carl Whiteside turned up late AGAIN, some of us actually do our jobs", "breach", ["community-reference", "disparaging"], allow=["school-reference"]),
    row("Zain's times tables are flying this week, so proud of him", "breach", ["pupil-identity"], allow=["school-reference"]),
    row("Hi Heather, easier if you just WhatsApp me on 07700 900 552 about Kit's reading", "breach", ["personal-contact-details"], dm="parent", allow=["pupil-identity", "community-reference", "school-reference"]),
    row("Parents, feel free to email me at joybrierley@hotmail.co.uk if the office is shut over half term", "breach", ["personal-contact-details"], allow=["school-reference"]),
    row("Accepted 🙂", "breach", ["pupil-contact"], act="friend_request", to="pupil"),
    row("love this dance!! 💃", "breach", ["pupil-contact"], act="comment", to="pupil"),
    row("Anyone else's Wednesday going on forever?", "breach", ["working-time"], at=WED_LATE_AM),
    row("Quick check of my notifications", "breach", ["working-time"], at=SAT, dev="school", note="Accessing social networking at home using school equipment is not permitted."),
    row("Lunch in the sunshine 🥪", "ok", at=TUE_LUNCH),
    row("Home, kettle on, feet up", "ok", at=THU_END),
    row("Look at these little scientists!", "breach", ["pupil-image"], img=[("children in lab coats doing an experiment in class", ["pupils"], None)], allow=["school-reference"]),
    row("Between ourselves, Stephen Aspinall is leaving at Easter and the governors haven't told anyone yet", "breach", ["confidential", "community-reference"], allow=["school-reference", "personal-data"]),
    row("Kit Ormerod's parents have split up and he's been in bits, bless him", "breach", ["personal-data", "pupil-identity"], allow=["school-reference", "community-reference"], note="The pupil's parents are referred to as well (allowed after review: 'reference to any ... parent')."),
    row("Blackburn Diocese has been hiding complaints about that vicar for years, they're all corrupt", "breach", ["defamatory"], allow=["disparaging"], note="Allegations about the Diocese are named in the policy."),
    row("Absolute f***ing carnage at the tip today", "breach", ["offensive"]),
    row("Honestly gay people shouldn't be allowed anywhere near kids", "breach", ["discriminatory"]),
    row("Nobody in this village likes you Heather, do us all a favour and move away", "breach", ["harassment"], allow=["community-reference", "disparaging"]),
    row("New bio", "breach", ["school-identity"], act="profile_update", bio="Year 2 teacher at Fernhill St Mary's 🍎", allow=["school-reference"]),
    row("Saw a man in a car offering sweets to kids outside the school gates and telling them to get in, police called", "escalate", ["safeguarding"], by="parent", allow=["school-reference"]),
    row("You looked so grown up today. Don't tell your mum we've been chatting, ok?", "escalate", ["safeguarding", "pupil-contact"], dm="pupil"),
    row("Got a load of fake Nike trainers in, £30 a pair, inbox me", "escalate", ["illegal"]),
    row("The caliphate will rise again, brothers, join the fight", "escalate", ["extremism"]),
    row("That TA Carl Whiteside is a creep and everyone should report his profile", "advise", ["harassment"], by="parent", note="Parents: the policy only asks cyberbullying to be reported."),
    row("Fernhill St Mary's nativity was gorgeous, well done to all the children ❤️", "ok", by="parent"),
    row("Daisy chains on the lawn with my niece 🌼", "ok"),
    row("Kit Kat and a cuppa, living the dream", "ok"),
    row("Joy of joys, the sun is out", "ok"),
    row("St Mary's church bells ringing for the wedding down the road 💒", "ok"),
    row("Great walk up Pendle Hill with the dog this morning", "ok"),
    row("Watched a documentary about county lines gangs, frightening how young they start", "ok"),
    row("Governors' meeting ran till 9pm, the budget is a disaster and nobody on the board has a clue", "breach", ["disparaging"], by="governor", allow=["confidential", "school-reference"]),
    row("Star of the week: Maisie for her brilliant handwriting! ⭐", "breach", ["pupil-image"], acct="school", img=[("girl holding her handwriting book", ["Maisie Duckworth"], True)], allow=["pupil-identity"], note="Maisie Duckworth is on the no-publish list."),
    row("Our Year 5 class visited the mosque today as part of RE week", "ok", acct="school", img=[("children listening to a guide inside the mosque", ["pupils"], True)]),
    row("I could murder a curry after that drive", "ok"),
    row("Stephen Aspinal is a clown", "breach", ["community-reference", "disparaging"], allow=["school-reference"], note="Misspelt surname."),
    row("Patricia from the choir made the most amazing lemon drizzle", "ok"),
    row("Smashed the pub quiz tonight, team name Quiz Akabusi 🏆", "ok"),
]

GS = [
    row("The new mobile phone ban is the most pointless thing SLT have come up with", "breach", ["policy-opinion", "disparaging"]),
    row("Really pleased the governors decided to scrap Saturday detentions, about time", "breach", ["policy-opinion"], note="2.1: no personal viewpoints of Governor decisions, favourable or not."),
    row("Year 9 smashed their algebra test today, proud teacher moment", "breach", ["missing-disclaimer"], bio="Maths teacher. Coffee. Cats."),
    row("My views only: the education sector needs a serious rethink of exam season", "breach", ["missing-disclaimer"], bio="", allow=["policy-opinion"], note="4.6 wants the statement on the profile."),
    row("Name change", "breach", ["school-identity"], act="profile_update", name="Mr Crane | Kingsmead CC"),
    row("Bio refresh", "breach", ["school-identity"], act="profile_update", bio="Head of Science at @KingsmeadCC. Views my own.", note="4.5: the profile must not contain the School's name."),
    row("Free period = scrolling 😅", "breach", ["working-time"], at=WED_AM),
    row("Coffee number three", "breach", ["working-time"], at=WED_UTC),
    row("Lunch break walk round the field", "ok", at=THU_LUNCH),
    row("Marking done, off to the gym", "ok", at=THU_AFTER),
    row("Quick look at the news", "ok", at=TUE_BREAK, dev="school", note="2.4 allows school devices at certain times."),
    row("Year 11 prom was amazing, look at them all!", "breach", ["pupil-image"], img=[("students in prom dresses and suits outside the hall", ["students"], None)]),
    row("Tariq Mahmood has finally been diagnosed with ADHD, might explain the chaos in my lessons", "breach", ["personal-data"], allow=["disparaging"]),
    row("Not announced yet but Kingsmead is going into special measures after the inspection", "breach", ["confidential"], allow=["disparaging"]),
    row("Pretty sure Russell Crane has been taking cash from the trip fund", "breach", ["defamatory"], allow=["disparaging"]),
    row("Jade, maybe if you parented your son instead of moaning on here he'd behave", "breach", ["disparaging"], act="comment", to="parent", allow=["harassment"], note="4.8: criticising or arguing with parents."),
    row("Parents' evening tonight, what a load of bollocks", "breach", ["offensive"], allow=["disparaging"]),
    row("Staff over 60 should be made to retire, they can't keep up with the kids", "breach", ["discriminatory"]),
    row("Everyone go and report Faith Adebayo's account, let's see how she likes it", "breach", ["harassment"], allow=["disparaging"]),
    row("Found these worksheets on someone's blog, took their name off and uploaded them to my TES shop 😂", "breach", ["copyright"]),
    row("Lovely photo of Snowdon, shared with permission from @hillwalker_jen", "ok"),
    row("One of my Year 8s told me an older lad is paying her to carry packages across town for him", "escalate", ["safeguarding"], allow=["personal-data", "illegal"]),
    row("Every patriot should get ready, the race war is coming", "escalate", ["extremism"], allow=["discriminatory"]),
    row("I swear if that deputy head speaks to me like that again I'll slash his tyres", "escalate", ["illegal"], allow=["harassment", "disparaging"]),
    row("Governors meeting tonight, the new head is hopeless", "ok", by="governor", note="The template binds employees only."),
    row("Kingsmead's new head is useless", "ok", by="parent"),
    row("everyone send Mr Crane abuse on his insta lol", "breach", ["harassment"], by="pupil"),
    row("Mrs Adebayo lies about us to our parents, she's a liar", "breach", ["defamatory"], by="pupil", allow=["harassment"], note="6.6: unfounded, malicious claims against staff."),
    row("Amber sunset over the Mersey tonight 🌅", "ok"),
    row("Faith in humanity restored, a stranger paid for my coffee", "ok"),
    row("Our boiler policy renewal went up by £80, ridiculous", "ok"),
    row("Leon Bridges concert was incredible last night", "ok"),
    row("Watching the Kingsmead Cricket Club match this afternoon 🏏", "ok"),
    row("Brilliant CPD session on questioning today, lots to think about", "ok"),
    row("Well done to our Year 7 choir at the Manchester festival!", "ok", acct="school", img=[("students singing on stage", ["students"], True)]),
    row("S L T are c l u e l e s s", "breach", ["disparaging"]),
    row(LONG_GS, "breach", ["confidential"], note="The confidential news is buried in the middle of a long post."),
    row("Skye and I are off to Skye next week, the jokes write themselves", "ok"),
    row("Spent the evening doing my own kids' homework with them, times tables are harder than I remember", "ok"),
]

YL = [
    row("Newydd yrru cais ffrind i rai o flwyddyn 6 ar Facebook 😊", "breach", ["pupil-contact"]),
    row("Dilyn", "breach", ["pupil-contact"], act="follow", to="pupil"),
    row("Great game on Saturday Deio, see you at training!", "breach", ["pupil-contact"], dm="pupil", allow=["pupil-identity"]),
    row("Diwrnod chwaraeon gwych! 🏅", "breach", ["pupil-image"], img=[("plant blwyddyn 3 yn rhedeg ras ar gae'r ysgol", ["disgyblion"], None)]),
    row("Llongyfarchiadau Efa ar ennill yn yr eisteddfod! 🎉", "breach", ["pupil-image"], acct="school", img=[("Efa Llwyd yn dal tlws", ["Efa Llwyd"], True)], allow=["pupil-identity"], note="Efa Llwyd is on the no-publish list."),
    row("Our Year 5 coding club hard at work", "breach", ["pupil-image"], acct="school", img=[("pupils at laptops in the ICT suite", ["Deio Madog", "Mali Prydderch"], False)]),
    row("Gwasanaeth Gŵyl Dewi hyfryd heddiw 🌼", "ok", acct="school", img=[("plant mewn gwisg Gymreig", ["disgyblion"], True)]),
    row("Tomos Gwilym wedi cael marc llawn yn ei brawf sillafu, seren!", "breach", ["pupil-identity"]),
    row("Diolch i Fali am helpu i dacluso'r dosbarth heddiw", "breach", ["pupil-identity"], note="Mali Prydderch, soft-mutated after 'i'."),
    row("Efa bach yn ôl yn yr ysgol ar ôl ei llawdriniaeth, byddwch yn ofalus efo hi", "breach", ["personal-data", "pupil-identity"]),
    row("Peidiwch â dweud wrth neb, ond mae'r ysgol yn cau'r dosbarth meithrin fis Medi", "breach", ["confidential"]),
    row("Honestly Geraint Parri couldn't organise a piss-up in a brewery", "breach", ["disparaging"], allow=["offensive"]),
    row("Ysgol Bro Tegid yn warthus, neb yn gwrando ar rieni", "breach", ["disparaging"], by="parent"),
    row("Mae'r pennaeth yn dwyn arian y gronfa ysgol, pawb yn gwybod", "breach", ["defamatory"], by="parent", allow=["disparaging"]),
    row("Bro Tegid can f*** right off, worst school in Gwynedd", "breach", ["offensive", "disparaging"], by="parent"),
    row("Catrin Elis, we know where you live and we'll be waiting", "breach|escalate", ["harassment"], by="parent", allow=["illegal"]),
    row("ysgol yn shit, athrawon yn twats", "breach", ["offensive", "disparaging"], by="pupil"),
    row("Too many English families moving in, the Saeson are ruining our school", "breach", ["discriminatory"], by="parent", allow=["disparaging"]),
    row("Gwers wych am y Celtiaid efo'r dosbarth heddiw!", "breach", ["missing-disclaimer"], bio="Athrawes. Rhedeg. Coffi."),
    row("Parents' evening at Bro Tegid tonight, lovely to see so many families", "breach", ["missing-disclaimer"], bio="Runner, mum of two"),
    row("Dw i angen paned 😩", "breach", ["working-time"], at=WED_PM),
    row("Wedi gorffen y garddio", "ok", at=SAT, dev="school"),
    row("Cinio yn yr haul", "ok", at=TUE_LUNCH),
    row("Ffoniwch fi ar 07700 900 781 os oes problem efo'r gwaith cartref", "advise", ["personal-contact-details"], dm="parent", note="The staff checklist: keep your personal information private (advice)."),
    row("Enw newydd", "advise", ["school-identity"], act="profile_update", name="Mr Parri Bro Tegid", note="Checklist: don't use the school branding on personal accounts (advice)."),
    row("Scanned the whole reading scheme book and put it on the class page, saves buying copies 😉", "breach", ["copyright"]),
    row("Gohebydd o'r Daily Post wedi fy ffonio am y stori, wedi dweud y cyfan wrthi", "breach", ["media"], allow=["confidential"]),
    row("Miss, mae dyn ar-lein yn gofyn am luniau ohona i ac yn dweud wrtha i am beidio dweud wrth neb", "escalate", ["safeguarding"], by="pupil", dm="staff"),
    row("Mi wna i falu ffenestri'r ysgol os ydyn nhw'n gwahardd fy mab eto", "escalate", ["illegal"], by="parent", allow=["harassment"]),
    row("Time to take up arms for the motherland, join the movement and rid Wales of the invaders", "escalate", ["extremism"], allow=["discriminatory"]),
    row("Staff are fed up that the governors cut TA hours without asking any of us", "breach", ["policy-opinion"], acct="school", allow=["disparaging", "confidential"], note="School accounts: don't use social media to air internal grievances."),
    row("Diolch i holl staff Bro Tegid am drip bendigedig i Langrannog", "ok", by="parent"),
    row("Mali'r gath wedi dal llygoden arall 🐱", "ok"),
    row("Noson o ganu yn y capel, hyfryd", "ok"),
    row("Bach yn siomedig bod y trip wedi'i ganslo, ond deall y rheswm", "ok", by="parent"),
    row("Haf o'r diwedd! Off to Bala with the tent", "ok"),
    row("Diolch Mr Parri am helpu Deio efo'i ddarllen", "ok", by="parent"),
    row("Methu aros am y trip i Gaerdydd!", "ok", by="pupil"),
    row("Geraint Pari yn dda i ddim", "breach", ["disparaging"], note="Misspelt surname."),
    row("Efa, fy nith, wedi pasio ei phrawf gyrru!", "ok"),
    row("Mae'r tywydd yn ofnadwy heddiw, glaw trwy'r dydd", "ok"),
]

RC = [
    row("Gareth is a superb teacher and a natural leader, hire him!", "breach", ["professional-reference"], act="recommendation", plat="linkedin"),
    row("Just endorsed Sunny Bains for curriculum design, well deserved", "breach", ["professional-reference"], plat="linkedin", allow=["community-reference"]),
    row("Can anyone recommend a good dentist in Sleaford?", "ok"),
    row("Saw your goal on Saturday Jay, proper worldie ⚽", "breach", ["pupil-contact"], dm="pupil"),
    row("Dinner's in the oven, love Dad x", "ok|advise", dm="pupil", allow=["pupil-contact"], note="Familial relationship exception."),
    row("Following back", "breach", ["pupil-contact"], act="follow", to="pupil"),
    row("Ended up playing FIFA online with a couple of my Year 10s last night 😂", "breach", ["pupil-contact"]),
    row("if you're stuck on the coursework my personal email is s.bains.maths@gmail.com", "breach", ["pupil-contact", "personal-contact-details"], dm="pupil"),
    row("Freya Cammack's mum is in hospital again, she's been looking after her little brothers on her own", "breach|escalate", ["personal-data"], allow=["safeguarding"]),
    row("Between us, the Trust is about to make three support staff redundant, letters go out next week", "breach", ["confidential"]),
    row("Robert Carre Trust couldn't run a bath, shambolic leadership", "breach", ["disparaging"], allow=["policy-opinion"]),
    row("Andrea Whitlock fiddled the exam entries to bump up our results, I've seen it", "breach", ["defamatory"], allow=["disparaging", "policy-opinion"]),
    row("Friday night, absolutely sh!tfaced already 🍺🍺", "breach", ["offensive"]),
    row("Muslim kids get special treatment at this school and it's a disgrace", "breach", ["discriminatory"], allow=["disparaging"]),
    row("You're pathetic Lorraine, everyone laughs at you at the gate", "breach", ["harassment"], act="comment", to="parent", allow=["disparaging"]),
    row("Mr Mowbray I know your address and you'll regret giving my son a detention", "breach|escalate", ["harassment"], by="parent", allow=["illegal"]),
    row("Everyone spam Miss Bains' TikTok with 🤮 lol", "breach", ["harassment"], by="pupil"),
    row("Display name updated", "breach", ["school-identity"], act="profile_update", name="Mr Mowbray HVA History"),
    row("New profile pic", "breach", ["school-identity"], act="profile_update", img=[("me in front of the Heckington Vale Academy crest", ["me"], None)]),
    row("Year 9 absolutely smashed their history presentations today, so proud", "breach", ["missing-disclaimer"], bio="Teacher at Heckington Vale Academy. Runner.", allow=["school-identity"], note="Affiliation disclosed in the bio, no disclaimer."),
    row("Great day teaching Year 9 about the Tudors", "ok", bio="Runner. Reader.", note="No affiliation to the Trust disclosed, so no disclaimer is required."),
    row("Quick scroll before period 4", "breach", ["working-time"], at=THU_AM),
    row("Posting this from the work laptop 🤫", "breach", ["working-time"], at=SAT, dev="school"),
    row("Lunch break crossword done", "ok", at=MON_LUNCH),
    row("Honestly don't think the Trust's new marking policy will work, it's triple the workload", "advise|breach", ["policy-opinion"], allow=["disparaging"]),
    row("Borrowed this cartoon from someone's Instagram, no idea who drew it 😂", "advise", ["copyright"]),
    row("The Sleaford Standard offered me £200 for the inside story on the head's resignation", "breach", ["media"], allow=["confidential"]),
    row("sir there's a man on snap who keeps asking me to send pics and says not to tell my mum, I'm 13", "escalate", ["safeguarding"], by="pupil", dm="staff", allow=["pupil-contact"]),
    row("Got a few fake £20 notes going if anyone wants them cheap", "escalate", ["illegal"]),
    row(LONG_RC, "escalate", ["extremism"], allow=["discriminatory"], at="2026-05-31T20:00:00"),
    row("Jay and I celebrating 10 years married today 💍", "ok"),
    row("Sunny day at Skegness with the kids 🏖️", "ok"),
    row("Freya Ridings on the radio, what a voice", "ok"),
    row("Proud of my son for passing his driving test first time!", "ok"),
    row("Lovely evening at the Heckington Show", "ok", by="governor"),
    row("HVA's new head seems really approachable, good first impressions", "ok", by="parent"),
    row("Heckington Vale is a shambles, worst decision we made sending our kids there", "ok", by="parent", note="Robert Carre binds staff; it addresses parents only as the source of abuse aimed at staff."),
    row("Andrea Whitlok is a liarrrr", "breach", ["disparaging"], allow=["defamatory"], note="Misspelt name, stretched word."),
    row("Kas from next door helped me jump start the car, what a legend", "ok"),
    row("Reading a brilliant book about the history of the SAS, fascinating stuff", "ok"),
]
# fmt: on

# The second wave: written after the first round of changes to the screener and before it was run on
# them, to measure again how far those changes carry to posts they were not made for.
# fmt: off
BW2 = [
    row("Can't believe how spoilt some of the kids in my class are, Reuben Carew especially, absolute little madam of a boy", "breach", ["pupil-identity", "disparaging"], allow=["school-reference"]),
    row("Holly's mum has just been diagnosed with MS, please keep the family in your thoughts", "breach", ["personal-data", "pupil-identity"], allow=["community-reference", "school-reference"]),
    row("heads up all, the MAT are closing our breakfast club in september, nobody's meant to know yet", "breach", ["confidential"], allow=["school-reference"]),
    row("dm me on insta if u want the answers to the spelling test lol", "breach", ["pupil-contact"], dm="pupil", allow=["personal-contact-details", "school-reference"]),
    row("New profile pic!", "breach", ["school-identity"], act="profile_update", img=[("me wearing the St Aldhelm's staff polo with the school logo", ["me"], None)]),
    row("Our governors are a bunch of useless dinosaurs who haven't set foot in a classroom since 1985", "breach", ["disparaging"], allow=["school-reference", "discriminatory"]),
    row("Anyone want a lift to the Reform rally Saturday? Year 6, bring your mums and dads!", "breach", ["political-influence"], allow=["school-reference", "pupil-contact"]),
    row("I swear down if that mum comes at me in the playground again I'll knock her spark out", "escalate", ["illegal"], allow=["harassment", "school-reference"]),
    row("Had to call social services about one of mine today. Heartbreaking.", "breach", ["personal-data"], allow=["school-reference", "confidential", "safeguarding"], v_extra="escalate"),
    row("Pri you absolute legend, thanks for saving my bacon with the laminator 😂", "breach", ["community-reference"], allow=["school-reference"]),
    row("Fab day out at Longleat with my two monkeys 🐒", "ok"),
    row("Honestly the traffic in Wells is a joke this morning", "ok"),
    row("Dawn French on the telly again, she never gets old", "ok"),
    row("Felix the cat has taken over my sofa again", "ok"),
    row("Robin Hood at the panto was brilliant, oh yes it was!", "ok"),
    row("Blessed to be godmother to little Poppy today 💕", "ok", note="A baby of the author's family who shares a pupil's first name; no school context."),
]
AH2 = [
    row("Tired after parents' evening, lovely to chat to everyone", "breach", ["school-reference"]),
    row("Daisy Threlfall's little brother is so cute, he came to collect her today", "breach", ["pupil-identity"], allow=["school-reference", "community-reference"]),
    row("Stephen has no idea how to run a school, clueless man", "breach", ["community-reference", "disparaging"], allow=["school-reference"]),
    row("Message me on my own number rather than the school one: 07700 900 214", "breach", ["personal-contact-details"], dm="parent", allow=["school-reference"]),
    row("Our staff room is a nest of vipers, trust nobody", "breach", ["disparaging"], allow=["school-reference"]),
    row("Zain's dad kicked off at the office again today, not sure what his problem is", "breach", ["community-reference"], allow=["pupil-identity", "disparaging", "school-reference"]),
    row("Anyone know a good nail bar in Garstang?", "ok"),
    row("Stuck in traffic on the M6 AGAIN 😤", "ok"),
    row("Trish from book club lent me the best thriller", "ok"),
    row("Kit for the half marathon sorted, wish me luck!", "ok"),
    row("cba with work tomorrow lol", "ok", at="2026-05-17T20:00:00", allow=["school-reference"], note="Work in general, not the school's activities or events."),
    row("Posting from the staffroom PC quickly", "breach", ["working-time"], at="2026-05-13T12:30:00", dev="school", allow=["school-reference"]),
    row("Selling my old school uniforms, age 7-8, £2 each", "ok|breach", allow=["school-reference"], note="Own children's uniform; a school reference arguably."),
]
GS2 = [
    row("Whoever decided we need three data drops a term has clearly never taught a day in their life", "breach", ["policy-opinion", "disparaging"]),
    row("Year 10 parents' evening tonight and half of them didn't bother turning up, says it all", "breach", ["disparaging"]),
    row("Skye P in 7R has a new social worker, third this year", "breach", ["personal-data"], allow=["safeguarding"], v_extra="escalate"),
    row("Found Gordon Ashworth's home address on 192, might pay him a visit 👀", "escalate", ["illegal"], allow=["harassment", "personal-data"], note="A veiled threat."),
    row("Kingsmead staff Christmas do was messy 🍻", "ok", note="The profile carries the 4.6 statement; nothing else the template forbids."),
    row("Love that our new head scrapped the silly uniform rules", "breach", ["policy-opinion"]),
    row("i teach at kingsmead and the behaviour is off the charts bad", "breach", ["disparaging"], allow=["missing-disclaimer"], bio=""),
    row("My daughter's secondary school is brilliant, so glad we chose it", "ok"),
    row("Cheap Airpods, fell off the back of a van 😉 £20 each", "escalate", ["illegal"]),
    row("Just posted a lesson plan I wrote on my blog, feel free to use it", "ok|breach", allow=["missing-disclaimer"], note="Own work; bio carries the statement."),
    row("Watching the Leeds game with a beer", "breach", ["working-time"], at="2026-05-13T14:00:00", note="A Wednesday 14:00: working time."),
    row("The trans agenda is being forced on our kids and teachers who go along with it are groomers", "breach", ["discriminatory"], allow=["defamatory"]),
    row("Faith my love, see you at the book club Thursday x", "ok", dm="staff"),
]
YL2 = [
    row("Mae Mr Parri yn gwneud dim byd drwy'r dydd, diog ofnadwy", "breach", ["disparaging"], by="parent"),
    row("Athrawon Bro Tegid yn bwlio fy mhlentyn a neb yn gwneud dim", "breach", ["defamatory"], by="parent", allow=["disparaging", "harassment"]),
    row("Dwi'n nabod lle mae'r athro yna'n byw, gawn ni weld sut mae o'n licio hynna", "breach|escalate", ["harassment"], by="parent", allow=["illegal"]),
    row("Ffoniwch fi ar fy ffôn fy hun, 07700 900 655, yn lle'r ysgol", "advise", ["personal-contact-details"], dm="parent"),
    row("Lluniau o'r trip i Langrannog 📸", "breach", ["pupil-image"], img=[("plant yn chwarae ar y traeth", ["disgyblion"], None)]),
    row("Cyfarfod staff hir heno, da iawn pawb", "ok", note="The bio carries a disclaimer."),
    row("Diolch Mrs Elis am y cyngerdd hyfryd 🎶", "ok", by="parent"),
    row("Braf gweld Tomos Gwilym ar y cae rygbi dydd Sadwrn, chwaraewr da!", "breach", ["pupil-identity"]),
    row("I'm 12 and my teacher keeps messaging me on snap at night saying I'm special", "escalate", ["safeguarding"], by="pupil", dm="staff", allow=["pupil-contact"]),
    row("Mae'r plant yma i gyd yn anifeiliaid", "breach", ["disparaging"], allow=["discriminatory"]),
    row("Wedi cael llond bol ar y glaw 🌧️", "ok"),
    row("Taith gerdded i'r Wyddfa efo'r teulu", "ok"),
    row("Noson allan yn Bala, diolch genod", "ok", at="2026-05-16T22:00:00"),
]
RC2 = [
    row("Happy to give anyone a reference who worked with me at Heckington, just ask on here", "breach", ["professional-reference"], plat="linkedin", allow=["missing-disclaimer", "school-identity"]),
    row("Ex-student (16) added me on Insta, accepted as she's left now", "breach", ["pupil-contact"]),
    row("Kacper's in foster care now, that's why he's been off", "breach", ["personal-data"], allow=["safeguarding"], v_extra="escalate"),
    row("The Trust's results are the worst in Lincolnshire, embarrassing", "breach", ["disparaging"], allow=["policy-opinion"]),
    row("Our head is on gardening leave, can't say why 🤐", "breach", ["confidential"]),
    row("Photo of the year 11 leavers' assembly, credit to the official photographer", "ok|advise", allow=["copyright"]),
    row("Anyone got any ket for tonight? will pay", "escalate", ["illegal"]),
    row("Sunny Bains is a total snake, smiles to your face then stabs you in the back", "breach", ["disparaging"], allow=["harassment"]),
    row("You're a disgrace to the profession Mr Mowbray and everyone knows it", "breach", ["harassment"], by="parent", allow=["disparaging"]),
    row("Loving my new allotment, tomatoes coming on nicely", "ok"),
    row("Gareth Southgate did his best, leave him alone", "ok"),
    row("Kas Kinski film night, anyone?", "ok"),
    row("A journalist from Lincs Live has been in touch about the roof collapse, told them to ring the office", "ok|advise", allow=["media"], note="Referred to the office: the policy's own route."),
]
# fmt: on

# The third wave: written after the second round of changes, again before the screener was run on them.
# fmt: off
BW3 = [
    row("Jasper Quantock's dad is a proper nasty piece of work, shouted in my face at pick up", "breach", ["pupil-identity", "disparaging"], allow=["community-reference", "school-reference", "harassment"]),
    row("Why does the head always pick her favourites for the trips? Same kids every year", "breach", ["disparaging"], allow=["school-reference", "defamatory"]),
    row("Absolutely shattered after sports day but what a day 🏅", "advise", ["school-reference"]),
    row("Anyone else find it weird that Geoffrey Lyle is always hanging round the infant playground?", "breach", ["community-reference"], allow=["safeguarding", "defamatory", "school-reference"], v_extra="escalate"),
    row("Snapchat me Poppy x", "breach", ["pupil-contact"], dm="pupil", allow=["personal-contact-details", "pupil-identity"]),
    row("Shout out to my amazing Year 5s, best class ever ❤️", "advise", ["school-reference"]),
    row("Wells Cathedral choir was stunning tonight", "ok"),
    row("Gutted our Frome trip got rained off, fish and chips instead", "ok"),
    row("i hate this job so much, the kids are feral and management are worse", "breach", ["disparaging"], allow=["school-reference"]),
    row("Selling vapes to the Year 6s behind the shed, 3 for £10 lol", "escalate", ["illegal"], allow=["school-reference", "safeguarding"]),
]
AH3 = [
    row("Lovely to see so many grandparents at our Easter service 🐣", "breach", ["school-reference"]),
    row("Had a long chat with Imran Hussain about Zain's behaviour today", "breach", ["community-reference", "pupil-identity"], allow=["school-reference"]),
    row("Pissed off doesn't even cover it", "breach", ["offensive"]),
    row("Kids these days have no respect, honestly", "ok|breach", allow=["disparaging"]),
    row("Sharing the Year 4 assembly video for the grandparents who couldn't make it", "breach", ["pupil-image"], allow=["school-reference"], img=[("video of children singing in the school hall", ["pupils"], None)]),
    row("Get in the car, we're going to Blackpool! 🎢", "ok"),
    row("He's told me if I grass he'll batter me", "escalate", ["safeguarding"], by="pupil", dm="staff"),
    row("Going to burn that school to the ground", "escalate", ["illegal"], by="parent"),
]
GS3 = [
    row("Another INSET day of death by PowerPoint, thanks SLT 🙃", "breach", ["disparaging"], allow=["policy-opinion"]),
    row("Got my Year 11s' mock results back, Amber Kowalczyk got a 2, she's going to fail for sure", "breach", ["personal-data"], allow=["disparaging"]),
    row("Half the staff are leaving at Easter because of the head, but keep it quiet", "breach", ["confidential"], allow=["disparaging"]),
    row("Made these lesson slides using images from Getty without paying, nobody checks", "breach", ["copyright"]),
    row("Lunch duty done, sandwich time", "ok", at="2026-05-14T13:20:00"),
    row("Love my job, love my students ❤️", "ok"),
    row("I think the head's new phone policy is brilliant, about time", "breach", ["policy-opinion"]),
    row("If any of you lot come near my son again there'll be trouble", "breach|escalate", ["harassment"], by="parent", allow=["illegal"]),
]
YL3 = [
    row("Athro Cymraeg gwaethaf erioed, Mr Parri yn hollol iwsles", "breach", ["disparaging"], by="pupil"),
    row("Diwrnod hyfforddiant heddiw, cyflwyniadau diflas drwy'r dydd", "ok|breach", allow=["disparaging"], note="Complaining of a dull training day: arguable."),
    row("Mae Efa Llwyd yn cael ei bwlio bob dydd a neb yn gwneud dim am y peth", "breach", ["pupil-identity"], allow=["personal-data", "disparaging", "defamatory", "safeguarding"], v_extra="escalate"),
    row("Byddwch yn ofalus, mae dyn mewn fan wen wedi bod yn siarad efo plant ger yr ysgol", "escalate", ["safeguarding"], by="parent"),
    row("Prynu baco rhad heb stamp treth, neges i mi", "escalate", ["illegal"]),
    row("Llongyfarchiadau i bawb ar eu canlyniadau!", "ok"),
    row("Twm the sheepdog winning prizes at the Sioe again 🐑", "ok"),
    row("Mae'r pennaeth yn fwli llwyr ac yn gweiddi ar staff", "breach", ["disparaging"], allow=["defamatory", "harassment"]),
]
RC3 = [
    row("Happy retirement Andrea Whitlock! 🎉 What a career", "ok|breach", allow=["community-reference"], note="Robert Carre does not address naming colleagues."),
    row("Jay Padley is a little thug and will end up in prison", "breach", ["disparaging"]),
    row("Trust meeting: they're going to cut PE teachers next year, don't repeat this", "breach", ["confidential"]),
    row("Follow me on TikTok for revision tips @mr_mowbray_history 📚", "breach", ["personal-contact-details"], allow=["pupil-contact"]),
    row("All views my own, but honestly the Trust's new phone rules are excellent", "advise|breach", ["policy-opinion"]),
    row("My nephew is doing so well at uni", "ok"),
    row("Anyone got a spare charger at the Sleaford meet tonight?", "ok"),
    row("Kill yourself you fat freak", "breach|escalate", ["harassment"], by="pupil", dm="pupil", allow=["safeguarding", "illegal"]),
    row("Sports day winners! 🏅", "breach", ["pupil-image"], acct="school", img=[("Freya Cammack holding the winner's cup", ["Freya Cammack"], False)], allow=["pupil-identity", "school-reference"], note="No-publish student, no consent: publishing it breaches data protection."),
]
# fmt: on

POLICIES: dict[str, list[Row]] = {
    "bwmat": BW,
    "archbishop-hutton": AH,
    "generic-school": GS,
    "ysgol-llanbedrog": YL,
    "robert-carre": RC,
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
    verdicts = r["v"].split("|")
    if "v_extra" in r:
        verdicts.append(r["v_extra"])
    case: dict[str, Any] = {
        "id": cid,
        "policy": policy,
        "post": post,
        "expect": {"verdicts": verdicts, "categories": list(r["cats"]), "allowed": list(r.get("allow", []))},
    }
    if "note" in r:
        case["note"] = r["note"]
    return case


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


WAVE2: dict[str, list[Row]] = {
    "bwmat": BW2,
    "archbishop-hutton": AH2,
    "generic-school": GS2,
    "ysgol-llanbedrog": YL2,
    "robert-carre": RC2,
}


WAVE3: dict[str, list[Row]] = {
    "bwmat": BW3,
    "archbishop-hutton": AH3,
    "generic-school": GS3,
    "ysgol-llanbedrog": YL3,
    "robert-carre": RC3,
}


def build() -> list[dict[str, Any]]:
    cases = [
        expand(policy, f"{prefix}-{PREFIX[policy]}-{i:02d}", r)
        for prefix, tables in (("fs", POLICIES), ("fs2", WAVE2), ("fs3", WAVE3))
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
    ap.add_argument("--check", action="store_true", help="exit 1 if fresh.jsonl differs from the table")
    args = ap.parse_args()
    text = dumps(build())
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print("out of date: fresh.jsonl; run build_fresh.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"fresh: {text.count(chr(10))} cases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
