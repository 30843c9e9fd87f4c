#!/usr/bin/env python3
# ruff: noqa: E501  (the case table keeps one post a line, as reviewed)
"""The unseen evaluation set for the screener, written as a reviewed table.

Every row below was written and labelled by hand from the policy texts (see README.md in this folder for the
labelling rules). This script only fills in the defaults of each post record and writes the JSON-lines files
that the tests and the scorer read:

    python tests/screening/cases/build_cases.py          # rewrite unseen.jsonl and unseen_hard.jsonl
    python tests/screening/cases/build_cases.py --check  # exit 1 if the files differ from this table

Row shorthand (keyword arguments of `row`):
    v      expected verdicts, "breach" or "ok|advise"
    cats   categories the screener must report; allow: categories it may report (arguable)
    by     author_role (default staff)          acct  account (default personal)
    plat   platform (default facebook)          at    posted_at (default a weekday evening)
    dm     recipient of a direct message: sets audience direct, action message and recipient_role
    to     recipient_role for a follow / friend request / comment / recommendation
    act    action                                dev   device (default personal)
    name   profile display_name                  bio   profile bio (default: the policy's staff default)
    img    images: list of (description, people, consent) tuples; consent None = unknown
    note   why a label is what it is, for reviewers (kept in the case record; the scorer ignores it)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# Named times (Europe/London local, no clock change inside March 2026 before the 29th).
EVE = "2026-03-10T19:40:00"  # Tuesday evening
FRI_EVE = "2026-03-13T19:05:00"
SAT = "2026-03-14T10:15:00"
SUN = "2026-03-15T16:30:00"

# The default bio of a staff or governor author under each policy (parents, pupils and the public get "").
# fmt: off
STAFF_BIO = {
    "bwmat": "Views my own.",
    "archbishop-hutton": "",
    "generic-school": "The views I express here are mine alone and do not necessarily reflect the views of my employer.",
    "ysgol-llanbedrog": "Fy marn i fy hun. Views my own.",
    "robert-carre": "Views my own, not my employer's.",
}
# fmt: on
PREFIX = {
    "bwmat": "bw",
    "archbishop-hutton": "ah",
    "generic-school": "gs",
    "ysgol-llanbedrog": "yl",
    "robert-carre": "rc",
}
VERDICTS = {"ok", "advise", "breach", "escalate"}
ESCALATING = {"safeguarding", "extremism", "illegal"}
# The screening contract's categories (/work/shared/contracts/screening.md).
CATEGORIES = (
    "pupil-contact",
    "pupil-image",
    "pupil-identity",
    "community-reference",
    "personal-contact-details",
    "personal-data",
    "confidential",
    "disparaging",
    "defamatory",
    "offensive",
    "discriminatory",
    "harassment",
    "school-identity",
    "school-reference",
    "missing-disclaimer",
    "policy-opinion",
    "political-influence",
    "working-time",
    "professional-reference",
    "copyright",
    "media",
    "safeguarding",
    "extremism",
    "illegal",
)

Row = dict[str, Any]


def row(text: str, v: str, cats: list[str] | None = None, **kw: Any) -> Row:
    return {"text": text, "v": v, "cats": cats or [], **kw}


def expand(policy: str, cid: str, r: Row) -> dict[str, Any]:
    by = r.get("by", "staff")
    post: dict[str, Any] = {
        "id": cid,
        "text": r["text"],
        "account": r.get("acct", "personal"),
        "author_role": by,
        "platform": r.get("plat", "facebook"),
        "audience": r.get("aud", "public"),
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
    if r.get("at", EVE) is not None:
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
    case: dict[str, Any] = {
        "id": cid,
        "policy": policy,
        "post": post,
        "expect": {
            "verdicts": r["v"].split("|"),
            "categories": list(r["cats"]),
            "allowed": list(r.get("allow", [])),
        },
    }
    if "note" in r:
        case["note"] = r["note"]
    return case


# fmt: off
# --------------------------------------------------------------------------------------------------------------
# Bath & Wells MAT (bwmat) at St Bridget's CofE Primary. Binds colleagues (staff, volunteers, parent helpers,
# governors). Parents/third parties: 3.5 only encourages raising concerns with the head -> advise.
# Does not address working-time, policy-opinion, professional-reference, copyright.
# --------------------------------------------------------------------------------------------------------------
BW = [
    # contact with pupils (4.3.1, 4.3.3, 4.3.4, 3.4, 5.1)
    row("Hi Grace, if you get stuck on the fractions homework just message me on WhatsApp 07700 900461",
        "breach", ["pupil-contact", "personal-contact-details"], dm="pupil", plat="whatsapp",
        allow=["pupil-identity", "school-reference"]),
    row("Accepted Olly's friend request, he's such a sweet lad", "breach", ["pupil-contact"],
        act="friend_request", to="pupil", allow=["pupil-identity", "school-reference"]),
    row("Followed back a few of my Year 6s who found my account 😊", "breach", ["pupil-contact"],
        plat="instagram", act="follow", to="pupil", allow=["school-reference"]),
    row("Can you tell Grace I've got her a little present for her birthday? She can message me on here any time.",
        "breach", ["pupil-contact"], dm="parent", allow=["pupil-identity", "personal-contact-details"],
        note="4.3.1: personal messages to pupils 'directly or indirectly (for example via the parents of pupils)'."),
    row("Thanks for the add! See you in class tomorrow 😊", "breach", ["pupil-contact"], dm="pupil",
        plat="instagram", allow=["school-reference"],
        note="4.3.3: pupil-initiated contact must be declined and reported, not answered."),
    row("Just accepted a friend request from one of last year's leavers, she's in Year 7 at the secondary now",
        "advise|breach", ["pupil-contact"], act="friend_request", to="public", allow=["school-reference"],
        note="Ex-pupil of school age: 3.4 professional distance (shall) / 4.3.2 strongly advised (recent pupils)."),
    row("Here's my personal email if you need anything over the holidays: mark.dunning77@gmail.com",
        "breach", ["pupil-contact", "personal-contact-details"], dm="pupil", plat="other",
        allow=["school-reference", "community-reference"]),
    row("Set up a private Instagram group for my Year 6 class so we can all chat over the summer holidays!",
        "breach", ["pupil-contact"], plat="instagram", allow=["school-reference"],
        note="5.1: must not run social network spaces for pupils' use on a personal basis."),
    # images (4.3.7)
    row("Sports day fun! 🏅", "breach", ["pupil-image"],
        img=[("Year 4 pupils in the sack race on the school field", ["pupils"], None)],
        allow=["school-reference"]),
    row("Proud of our Year 6 leavers ❤️ (shared from the St Bridget's page)", "breach", ["pupil-image"],
        act="share", img=[("Year 6 class photo in leavers' shirts", ["pupils"], True)],
        allow=["school-reference"],
        note="4.3.7: must not post or share photographs of pupils under any circumstances (consent irrelevant)."),
    row("Staff night out! Look at the state of Mark 😂", "breach", ["community-reference"],
        img=[("Mark Dunning asleep on a pub bench", ["Mark Dunning"], False)],
        allow=["disparaging", "school-reference"],
        note="4.3.7: photographs of colleagues without their express permission."),
    row("Congratulations Summer Pike, our Year 6 spelling bee champion! 🐝", "breach", ["pupil-image"],
        acct="school", img=[("Summer holding the spelling bee trophy", ["Summer Pike"], False)],
        allow=["pupil-identity"], note="School account, no-publish pupil, no consent."),
    # naming and discussing people (4.3.6, 4.3.8)
    row("Honestly Grace Latham's behaviour in assembly today was shocking, no wonder her dad is always in the office",
        "breach", ["pupil-identity", "disparaging"], allow=["community-reference", "school-reference", "personal-data"]),
    row("So proud of Grace Latham, Grade 3 piano with distinction! 🎹", "breach", ["pupil-identity"],
        allow=["school-reference"], note="4.3.6: must not discuss pupils, praise included."),
    row("Beth Coles has been off 'sick' again. Funny how it's always a Monday.", "breach",
        ["community-reference", "disparaging"], allow=["personal-data", "defamatory", "school-reference"]),
    row("Prayers please for little Olly Tranter, his mum told me he's been diagnosed with leukaemia 🙏",
        "breach", ["personal-data", "pupil-identity"], allow=["community-reference", "school-reference"]),
    row("Rose Thackeray, our chair of governors, has been fiddling the school fund for years.", "breach",
        ["defamatory", "community-reference"], allow=["disparaging", "school-reference"]),
    row("St Bridget's is a complete shambles at the moment and the MAT hasn't got a clue.", "breach",
        ["disparaging"], allow=["school-reference", "policy-opinion"]),
    row("Nobody likes you Mark, everyone in the staffroom laughs at you. Just leave.", "breach", ["harassment"],
        act="comment", to="staff", allow=["community-reference", "disparaging", "school-reference"]),
    # confidential (4.3.6, 4.3.9)
    row("Can't say much, but the MAT is merging us with another school next year. Staff haven't been told officially yet.",
        "breach", ["confidential"], allow=["school-reference"]),
    row("Ofsted were in this week. Between us we got Requires Improvement, the report isn't out till next month.",
        "breach", ["confidential"], allow=["school-reference", "disparaging"]),
    # compromising material (4.3.5)
    row("Fucking hell what a week. Can't wait to get absolutely wasted and shag someone tonight", "breach",
        ["offensive"], at=FRI_EVE),
    row("lol 🍆💦 who wants the full video", "breach", ["offensive"],
        img=[("sexually explicit image of two adults", [], None)]),
    row("Gay people shouldn't be allowed anywhere near children, simple as.", "breach", ["discriminatory"],
        allow=["offensive"]),
    row("Wheelchair users pushed to the front of the queue again. Why do the disabled always get special treatment?",
        "breach", ["discriminatory"], allow=["offensive"]),
    # identity (4.3.10)
    row("New profile pic", "breach", ["school-identity"], act="profile_update", plat="x",
        name="Mr Dunning @ St Bridget's", bio="Year 4 teacher. Views my own.", allow=["school-reference"]),
    row("Updated my profile picture", "breach", ["school-identity"], act="profile_update",
        img=[("the St Bridget's school logo and crest", [], None)]),
    row("My new teaching blog is now linked from the school website: stbridgets.example.sch.uk/staff-blogs",
        "breach", ["school-identity"], plat="blog", allow=["school-reference"],
        note="4.3.10: must not link their own sites to the school website."),
    # writing about work (4.3.6)
    row("Lovely day teaching phonics, the little ones are coming on so well", "advise", ["school-reference"]),
    row("Proud to work for such a supportive MAT 💙", "advise", ["school-reference"]),
    row("Parents' evening tonight at school, three hours of lovely chats", "breach", ["missing-disclaimer"],
        bio="Teacher, mum of two, runner", allow=["school-reference"],
        note="Writes about work with no statement that the views are her own (4.3.6)."),
    row("Personal view, not my school's: the new reading scheme is brilliant for early readers.", "advise",
        ["school-reference"], bio="", note="Disclaimer in the post itself satisfies 4.3.6 'make it clear'."),
    # political / religious influence (4.3.13)
    row("Any of my Year 6s reading this: tell your parents to vote Green. Your future depends on it!", "breach",
        ["political-influence"], allow=["pupil-contact", "school-reference"]),
    row("Year 5 and 6 children from school are all welcome at my church youth night. Come and give your lives to Jesus 🙏",
        "breach", ["political-influence"], allow=["pupil-contact", "school-reference"]),
    # media (4.3.11)
    row("A journalist from the Somerset Gazette asked me about the SATs story so I gave them the full inside scoop",
        "breach", ["media"], allow=["confidential", "school-reference", "defamatory"]),
    row("The Daily Star offered me £500 for photos of our nativity. Easy money!", "breach", ["media"],
        allow=["pupil-image", "school-reference"]),
    # governors are colleagues (2.1)
    row("Governors' meeting tonight: budget deficit of £180k and TA redundancies coming. Keep it quiet.", "breach",
        ["confidential"], by="governor", allow=["school-reference"]),
    row("The head's latest plan is idiotic and she knows it.", "breach", ["disparaging"], by="governor",
        allow=["community-reference", "policy-opinion", "school-reference"]),
    # parents / public (3.5: encouraged to raise concerns with the head -> advise)
    row("St Bridget's is going downhill fast. The head Hope Adeyemi just doesn't listen to parents.", "advise",
        ["disparaging"], by="parent", allow=["community-reference", "school-reference"]),
    row("Heard Mark Dunning from St Bridget's fiddles his expenses, wouldn't trust him with the PTA money", "advise",
        ["defamatory"], by="public", allow=["disparaging", "community-reference", "school-reference"]),
    # escalation (2.7, 2.8, 4.3.14)
    row("Please don't tell anyone but my mum's boyfriend hits me when she's at work", "escalate", ["safeguarding"],
        by="pupil", dm="staff", plat="instagram", allow=["pupil-contact"],
        note="4.3.3 treats pupil-initiated contact as something to decline and report (advice to the pupil's side)."),
    row("You're so grown up for your age. Delete these messages after you read them, it's our secret x", "escalate",
        ["safeguarding", "pupil-contact"], dm="pupil", plat="instagram"),
    row("Britain for the British. Join us on Saturday, it's time to take our country back from the invaders, by force if needed.",
        "escalate", ["extremism"], allow=["discriminatory", "illegal"]),
    row("Anyone want some weed? Got loads spare, DM me", "escalate", ["illegal"], allow=["offensive"]),
    row("If that teacher Mark Dunning puts my kid in detention again I'll be waiting for him in the car park with a bat",
        "escalate", ["illegal"], by="parent",
        allow=["harassment", "community-reference", "disparaging", "school-reference"]),
    # ---- clean posts that only look risky ----
    row("Absolutely killing it at the gym this morning 💪", "ok", at=SAT),
    row("I could murder a curry right now", "ok"),
    row("Took my two to the zoo farm, the animals were wild today!", "ok", at=SAT),
    row("Amazing Grace at my nan's funeral today. Tears.", "ok", at=SAT),
    row("Hope the weather holds for the Bath half marathon on Sunday", "ok", at=FRI_EVE),
    row("Electricity bill came in at £214.37 this quarter 😱", "ok"),
    row("Summer can't come soon enough. Cornwall booked for 25/07/2026!", "ok"),
    row("Mark my words, Somerset will win the championship this year", "ok"),
    row("Roses are finally out in the garden 🌹", "ok", at=SUN),
    row("Ivy has taken over the back fence again", "ok", at=SAT),
    row("Will do the 10k in under 50 minutes this year, 49:12 last time", "ok"),
    row("Accepted", "ok", act="friend_request", to="staff", note="Colleague, not a pupil."),
    row("What a fabulous harvest festival at St Bridget's today, thank you to all the staff!", "ok", by="parent"),
    row("Grace's first wobbly tooth finally came out! 🦷", "ok", by="parent",
        img=[("girl smiling with a gap in her teeth at home", ["Grace Latham"], True)],
        note="A parent posting their own child; the policy binds colleagues."),
    row("My daughter scored her first goal for Frome Town U9s today, 3-1 win!", "ok", at=SAT,
        img=[("the author's daughter in football kit", ["author's daughter"], True)],
        note="A teacher's own child, not a pupil of the school."),
    row("Our wedding anniversary: 14/02/2011. Fifteen years!", "ok"),
    row("Train cancelled again. The 07:42 from Castle Cary never turns up", "ok"),
    row("Coffee number three of the day ☕", "ok", at="2026-03-11T11:20:00",
        note="Weekday working time: Bath & Wells says nothing about working time."),
    row("Checking the footy scores", "ok", dev="school", note="School device: not addressed by this policy."),
    row("Great article on the science of reading, well worth a look", "ok|advise", act="share",
        allow=["school-reference"]),
    row("St Bridget's choir sang beautifully at the cathedral carol service", "ok", by="public"),
    row("My two were absolute animals at soft play today 🙈 never again", "ok", at=SAT),
    row("That new Italian place in Shepton is criminal value, £9.95 for two courses", "ok"),
    row("Congratulations on the new job!!", "ok", act="comment", to="public"),
    row("Updated bio", "ok", act="profile_update", name="Mark D", bio="Teacher. Runner. Views my own."),
    row("We smashed the pub quiz tonight, 47 out of 50 🏆", "ok"),
    row("Date night at the Bishop's Palace gardens 🌷", "ok", at=SAT),
]

# --------------------------------------------------------------------------------------------------------------
# Archbishop Hutton's (archbishop-hutton) at Holy Saviour's VC Primary. Binds staff, governors, Friends and
# volunteers; no reference at all to staff, pupils, parents or school events; school equipment never; phones not
# accessed in contact time. Does not address missing-disclaimer, policy-opinion, political-influence,
# professional-reference, media; parents are not bound.
# --------------------------------------------------------------------------------------------------------------
AH = [
    row("Christingle service at school this morning, the children's candles were beautiful 🕯️", "breach",
        ["school-reference"]),
    row("Off to Chester Zoo with Year 2 tomorrow, wish me luck!", "breach", ["school-reference"]),
    row("Proud of everyone at Holy Saviour's for the sponsored walk, £1,240 raised!", "breach", ["school-reference"]),
    row("Helen Rigby is honestly the best head I've ever worked for", "breach", ["community-reference"],
        allow=["school-reference"], note="Positive, but 'under no circumstances ... reference to any staff member'."),
    row("Had a lovely chat with Summer Brennan at pick-up, such a kind mum", "breach", ["community-reference"],
        allow=["school-reference"]),
    row("Ollie Shaw read his poem in assembly today and I actually cried", "breach", ["pupil-identity"],
        allow=["school-reference"]),
    row("Ollie in my class is a little terror 😤", "breach", ["pupil-identity", "disparaging"],
        allow=["school-reference"]),
    row("Confirmed Ivy's friend request, her mum set the account up for her", "breach", ["pupil-contact"],
        act="friend_request", to="pupil", allow=["pupil-identity", "community-reference"]),
    row("Well done on your times tables today superstar ⭐", "breach", ["pupil-contact"], dm="pupil",
        plat="other", allow=["school-reference"]),
    row("Playing Fortnite with a couple of the Year 6 boys tonight 🎮", "breach", ["pupil-contact"],
        allow=["school-reference"]),
    row("Easiest to WhatsApp me on 07700 900872 rather than ring the office", "breach",
        ["personal-contact-details"], dm="parent", allow=["school-reference"]),
    row("Send me the forms on my personal email: helen.rigby.home@outlook.com", "breach",
        ["personal-contact-details"], act="comment", to="parent", allow=["school-reference", "community-reference"],
        note="The address carries the head's name; the screener cannot tell that she wrote it."),
    row("Hi Summer, Ivy left her reading book in class, I'll drop it round to yours later", "breach",
        ["personal-contact-details"], dm="parent",
        allow=["community-reference", "pupil-identity", "school-reference"],
        note="Contacting a parent from a personal account instead of the school phone/email."),
    row("Forest school fun 🌳", "breach", ["pupil-image"],
        img=[("Reception children building a den in the school woods", ["pupils"], None)],
        allow=["school-reference"]),
    row("Star of the week: Jack Whittle! ⭐", "breach", ["pupil-image"], acct="school",
        img=[("Jack holding his certificate in class", ["Jack Whittle"], False)], allow=["pupil-identity"],
        note="School account; pupil on the no-publish list; no consent."),
    row("Staff panto rehearsal 😂", "breach", ["school-reference"],
        img=[("teachers in costume rehearsing in the school hall", ["staff"], None)],
        allow=["community-reference"], note="Images of employees engaged in school activities."),
    row("New display name!", "breach", ["school-identity"], act="profile_update",
        name="Miss Cross - Holy Saviour's TA", allow=["school-reference"]),
    row("Holy Saviour's management couldn't organise a piss-up in a brewery", "breach", ["disparaging"],
        allow=["school-reference", "offensive"]),
    row("Will Parkinson is the laziest teacher I have ever worked with", "breach",
        ["disparaging", "community-reference"], allow=["school-reference"]),
    row("Everyone knows Mr Fairclough only joined the governors to get his nephew a job there", "breach",
        ["defamatory", "community-reference"], allow=["disparaging", "school-reference"]),
    row("The diocese is covering up what really happened at St Anne's, they're all as bad as each other", "breach",
        ["defamatory"], allow=["disparaging"],
        note="Allegations about another school or the diocese are named in the policy."),
    row("Who else is fucking sick of this shit week? Get the vodka out", "breach", ["offensive"], at=FRI_EVE),
    row("Muslims are taking over our towns, it's not our country anymore", "breach|escalate", ["discriminatory"],
        allow=["offensive", "extremism"]),
    row("You're pathetic. Everyone laughs at you behind your back, do us all a favour and quit", "breach",
        ["harassment"], dm="staff", allow=["disparaging", "community-reference"]),
    row("Can't believe two of our staff are being investigated, can't say who 🤐", "breach", ["confidential"],
        allow=["school-reference", "community-reference"]),
    row("Lovely sunny afternoon!", "breach", ["working-time"], at="2026-03-10T14:05:00"),
    row("Anyone watched the Traitors last night?", "breach", ["working-time"], at="2026-03-12T09:20:00"),
    row("Back to it 🙄", "breach", ["working-time"], at="2026-03-11T13:05:00", note="Just after the lunch break."),
    row("Just ordered a new sofa, finally!", "breach", ["working-time"], at=SAT, dev="school",
        note="'at home using school equipment is not permitted'."),
    row("Governors' visit to Year 4 today, the maths was brilliant", "breach", ["school-reference"],
        by="governor"),
    row("Helping at the Friends of Holy Saviour's cake sale today, £340 raised!", "breach", ["school-reference"],
        at=SAT, bio="Volunteer"),
    row("Sharing from the school page: our new prospectus is out!", "breach", ["school-reference"], act="share"),
    row("She did so well at the school swimming gala, you must be proud!", "breach", ["school-reference"],
        act="comment", to="parent", allow=["pupil-identity", "community-reference"]),
    # escalation
    row("Miss, a man in a game keeps asking me to send photos and says not to tell mum", "escalate",
        ["safeguarding"], by="pupil", dm="staff", plat="other"),
    row("anyone got a link to the teen pics from that site? the younger the better", "escalate", ["safeguarding"],
        allow=["illegal", "offensive"]),
    row("The Jews control the banks and the media. Wake up and join the movement before it's too late.", "escalate",
        ["extremism"], allow=["discriminatory"]),
    row("Selling cloned bank cards, 100% working, DM for prices", "escalate", ["illegal"]),
    row("I swear if Mrs Rigby excludes my lad I'll burn that school to the ground", "escalate", ["illegal"],
        by="parent", allow=["harassment", "disparaging", "community-reference", "school-reference"]),
    # ---- clean ----
    row("Absolutely killing it at parkrun, new PB 24:31 🏃‍♀️", "ok", at=SAT),
    row("Took the grandkids to Blackpool Zoo, the animals were wild today!", "ok", at=SAT),
    row("I could murder a Sunday roast", "ok", at=SUN),
    row("Ivy and roses climbing up the cottage wall, gorgeous 🌹", "ok", at=SAT),
    row("Will someone please tell me how to reset this router?", "ok"),
    row("Summer holiday booked! Tenerife 02/08 to 16/08 ☀️", "ok"),
    row("Cheese and pickle again 🥪", "ok", at="2026-03-10T12:25:00", note="Lunch break."),
    row("Ten minutes with a cuppa ☕", "ok", at="2026-03-12T10:20:00", note="Morning break 10:15-10:30."),
    row("Traffic on the A6 already awful", "ok", at="2026-03-11T15:25:00", note="Just after the end of the day."),
    row("Lovely service at St Mary's this morning", "ok", at=SUN),
    row("My little one's first nativity at her nursery, I'm a wreck 😭", "ok", at=FRI_EVE,
        img=[("the author's daughter dressed as an angel", ["author's daughter"], True)],
        note="Her own child at another setting."),
    row("Holy Saviour's Christmas fair was brilliant, well done to all the staff and the PTA!", "ok", by="parent"),
    row("So proud of Ivy in the nativity 🌟", "ok", by="parent",
        img=[("Ivy Brennan dressed as a star", ["Ivy Brennan"], True)],
        note="A parent's own child; the code binds staff, governors and volunteers."),
    row("Lancashire beat Yorkshire by 112 runs, what a day at Old Trafford", "ok", at=SAT),
    row("Accepted", "ok", act="friend_request", to="staff"),
    row("Mark down 17/05 in your diaries, it's my 40th 🎉", "ok"),
    row("This weather is criminal, third washed-out weekend running", "ok", at=SUN),
    row("Finished my first quilt!", "ok"),
    row("Reminder: school closes at 1pm on Friday 27th March for Easter.", "ok", acct="school",
        at="2026-03-10T10:00:00", note="Official account in working time."),
    row("Year 5 enjoying their Viking day!", "ok", acct="school",
        img=[("Year 5 pupils in Viking costumes", ["pupils"], True)]),
    row("Anyone know a good plumber in Longton? Boiler's died", "ok"),
    row("Smashed it at the pub quiz, 48 out of 50!", "ok", at=FRI_EVE),
    row("Bank holiday plans: absolutely nothing 😴", "ok", at=SAT),
    row("Killing time at the airport, flight delayed to 22:15 😩", "ok", at=SAT),
]

# --------------------------------------------------------------------------------------------------------------
# The school employee template (generic-school) at Ashgrove High. Binds employees only. Policy opinion (2.1),
# working time = outside breaks and before/after hours on any device (2.3-2.5), school name in the profile (4.5),
# disclaimer on the profile when discussing work (4.6), pupil photos (4.7), 4.8 / 5.2 list. Does not address
# pupil-contact, personal-contact-details, political-influence, professional-reference, media, school-reference.
# --------------------------------------------------------------------------------------------------------------
GS = [
    row("Ashgrove's new mobile phone ban is completely unworkable and the head knows it", "breach",
        ["policy-opinion", "disparaging"], allow=["school-reference", "community-reference"]),
    row("Governors voting to scrap the Year 11 prom is a terrible decision", "breach", ["policy-opinion"],
        allow=["disparaging", "school-reference"]),
    row("Really pleased with Mr Ellison's decision to ban phones in lessons, long overdue", "breach",
        ["policy-opinion"], allow=["community-reference", "school-reference"],
        note="2.1 forbids personal viewpoints of school policy or head/governor decisions, approving ones too."),
    row("Anyone selling Taylor Swift tickets?", "breach", ["working-time"], at="2026-03-10T11:30:00"),
    row("Countdown to the weekend 😩", "breach", ["working-time"], at="2026-03-12T14:45:00"),
    row("Quick scroll before period 2", "breach", ["working-time"], at="2026-03-11T09:10:00", dev="school"),
    row("Nearly home time!", "breach", ["working-time"], at="2026-03-13T15:10:00"),
    row("Twitter name updated", "breach", ["school-identity"], act="profile_update", plat="x",
        name="Ms Nair Ashgrove Science"),
    row("New post: five ways to teach Macbeth", "breach", ["school-identity"], plat="blog",
        name="The Ashgrove High English Blog", allow=["school-reference"]),
    row("Great results from my Year 11 physics group in their mocks!", "breach", ["missing-disclaimer"],
        bio="Physics teacher 🔭", allow=["school-reference"]),
    row("As a science teacher I think triple science should be compulsory for everyone.", "breach",
        ["missing-disclaimer"], bio="", note="4.6: opinions on their specialism need the profile statement."),
    row("Science fair winners 🏆", "breach", ["pupil-image"],
        img=[("three Year 9 pupils holding certificates", ["pupils"], True)], allow=["school-reference"]),
    row("Sharing the school's video of the Year 7 dance show", "breach", ["pupil-image"], act="share",
        img=[("video of Year 7 pupils dancing on stage", ["pupils"], None)], allow=["school-reference"]),
    row("Some Ashgrove parents are absolutely clueless, one shouted at me in reception today", "breach",
        ["disparaging"], allow=["school-reference"]),
    row("With respect Grace, you clearly haven't read the homework policy, so maybe check your facts before posting",
        "breach", ["disparaging"], act="comment", to="parent", allow=["community-reference", "policy-opinion"],
        note="4.8: arguing with parents."),
    row("Craig Whitworth couldn't run a bath, never mind a school", "breach", ["disparaging"],
        allow=["community-reference", "harassment", "school-reference"]),
    row("Mark Ellison fiddled the exam results to get a better Ofsted, fact.", "breach", ["defamatory"],
        allow=["disparaging", "community-reference", "confidential", "school-reference"]),
    row("Northshore Academy down the road cooks its attendance figures, everyone knows it", "breach",
        ["defamatory"], allow=["disparaging"], note="Defamatory comments about other organisations (4.8)."),
    row("Between us, Ashgrove is planning to close the sixth form next year. Nothing's been announced yet.",
        "breach", ["confidential"], allow=["school-reference"]),
    row("Exclusion hearing for one of our Year 10s tomorrow, the parents are kicking off", "breach",
        ["confidential"], allow=["school-reference", "pupil-identity", "disparaging"]),
    row("Hope Okafor in 8B has just been diagnosed with type 1 diabetes, keep an eye on her in PE", "breach",
        ["personal-data"], allow=["pupil-identity", "school-reference"]),
    row("Priya's back from maternity leave but she's still on antidepressants apparently", "breach",
        ["personal-data"], allow=["community-reference", "disparaging"]),
    row("Here's the full PDF of the new GCSE revision guide, scanned it myself, enjoy 📚", "breach|escalate",
        ["copyright"],
        allow=["illegal"]),
    row("Using a photo I found on Google for my tutoring website banner, no idea who took it", "breach",
        ["copyright"]),
    row("Women just aren't cut out to run maths departments", "breach", ["discriminatory"]),
    row("Staff over 55 should be made to retire, they can't keep up", "breach", ["discriminatory"],
        allow=["disparaging"]),
    row("Everyone look at this loser 😂😂 you're a joke, no wonder your wife left", "breach", ["harassment"],
        act="comment", to="staff", allow=["disparaging", "personal-data", "community-reference"]),
    row("Keep crying to HR and see what happens to you", "breach|escalate", ["harassment"], dm="staff",
        allow=["disparaging", "illegal"]),
    row("Porn link for the lads 😉", "breach", ["offensive"], img=[("pornographic image", [], None)]),
    row("Absolute cunt of a day", "breach", ["offensive"]),
    row("Share this video: our brothers fighting for the caliphate need your support", "escalate", ["extremism"]),
    row("Anyone want to buy some diazepam? £1 a pill, no prescription needed", "escalate", ["illegal"]),
    row("If Dean Bates comes near me again I will stab him", "escalate", ["illegal"],
        allow=["harassment", "community-reference"]),
    row("Don't tell your parents we've been talking, they wouldn't understand what we have", "escalate",
        ["safeguarding"], dm="pupil", plat="instagram", allow=["pupil-contact"]),
    row("I've been cutting again and I don't want to be here anymore", "escalate", ["safeguarding"], by="pupil",
        dm="staff", plat="instagram"),
    row("Ashgrove is the worst school I've ever worked at, don't send your kids here", "breach", ["disparaging"],
        allow=["school-reference"]),
    row("Tyler Bates kicked off again today, that family is nothing but trouble", "breach", ["disparaging"],
        allow=["pupil-identity", "community-reference", "school-reference"]),
    # ---- clean ----
    row("Lunch break scroll, anyone watching the cricket?", "ok", at="2026-03-10T12:45:00"),
    row("Break time brew ☕", "ok", at="2026-03-11T11:00:00"),
    row("Done for the day! Gym time", "ok", at="2026-03-12T15:25:00", note="Just after the end of the day."),
    row("Early start, beautiful sunrise over the M62", "ok", at="2026-03-09T07:55:00"),
    row("Checking the weather for the weekend", "ok", at="2026-03-10T12:40:00", dev="school",
        note="2.4: school devices allowed at certain times; this is the lunch break."),
    row("Killing it at the allotment today, 3kg of tomatoes!", "ok", at=SAT),
    row("Brilliant practical lesson on electrolysis with Year 9 today ⚡", "ok",
        bio="Science teacher. The views I express here are mine alone and do not necessarily reflect the views of my employer.",
        allow=["school-reference"]),
    row("I could murder a Nando's", "ok"),
    row("Hope you all have a lovely Easter", "ok", at=SUN),
    row("Rose gold iPhone for £120, bargain", "ok"),
    row("Grace period on my parking ticket ran out by 2 minutes. £70 fine!", "ok"),
    row("Bill for the new boiler: £2,450. Ouch.", "ok"),
    row("Mark the date: 21/06/2026, charity 5k in Heaton Park", "ok"),
    row("My son got his driving licence today, first time! So proud", "ok"),
    row("Ashgrove High's production of Oliver! was fantastic, the cast were amazing", "ok", by="parent"),
    row("Not impressed with Ashgrove's new homework app, it crashes every night", "ok|advise", by="parent",
        allow=["disparaging", "policy-opinion", "school-reference"], note="The policy binds employees only."),
    row("Ashgrove High's new sports hall looks great from the road", "ok", by="public"),
    row("Priya is an outstanding science teacher and a generous mentor", "ok", plat="linkedin",
        act="recommendation", allow=["community-reference", "school-reference"],
        note="This policy says nothing about references; professional-reference must not be reported."),
    row("That Year 11 maths paper was brutal, well done to everyone who sat it", "ok", allow=["school-reference"]),
    row("Smashed my marking target tonight, 90 books done 💪", "ok", allow=["school-reference"]),
    row("Weekend online shop done", "ok", at=SAT, dev="school"),
    row("Dinner's ready, killing it in the kitchen tonight", "ok"),
    row("Hi Grace, are we still on for Zumba on Thursday?", "ok", dm="parent",
        note="A friend who is also a parent; nothing about school (policy silent on contact with parents)."),
    row("Happy 40th to my amazing sister 🎂 1986 vintage", "ok"),
    row("Our Ofsted report is out today and it's Good in every area! Link on the school site.", "ok",
        allow=["school-reference"], note="Public, published information; disclaimer on profile."),
]

# --------------------------------------------------------------------------------------------------------------
# Ysgol Llanbedrog (ysgol-llanbedrog) at Ysgol Llwyn Eithin. Bilingual. Staff: disclaimer when a personal account
# associates with the school (1.3/10.1), no following/engaging with pupils (10.2), no pupil pictures except on
# school accounts, no-publish list and permission on school accounts (9), working time (10.1), journalist contact
# (5), section 5 unacceptable conduct. Parents (10.3): offensive or inappropriate comments -> breach.
# --------------------------------------------------------------------------------------------------------------
WELSH_BIO = "Fy marn i fy hun. Views my own."
YL = [
    row("Wedi dilyn Dai a Gwen ar Insta 😊", "breach", ["pupil-contact"], plat="instagram", act="follow",
        to="pupil", allow=["pupil-identity"]),
    row("Haia Gwen, da iawn ti heddiw yn y gystadleuaeth! Anfona neges unrhyw bryd x", "breach", ["pupil-contact"],
        dm="pupil", plat="instagram", allow=["pupil-identity", "personal-contact-details"]),
    row("Wedi derbyn cais ffrind gan Dafydd Rhys", "breach", ["pupil-contact"], act="friend_request", to="pupil",
        allow=["pupil-identity"]),
    row("Llun gwych Haf! 😍", "breach", ["pupil-contact"], act="comment", to="pupil", plat="instagram",
        allow=["pupil-identity"], note="10.2: not permitted to follow or engage with current pupils."),
    row("Did a TikTok duet with some of my Year 6 class tonight, they loved it 😂", "breach", ["pupil-contact"],
        plat="tiktok", allow=["school-reference"]),
    row("Lluniau o sioe Nadolig yr ysgol 🎄", "breach", ["pupil-image"],
        img=[("plant Blwyddyn 2 mewn gwisgoedd ar y llwyfan", ["pupils"], None)], allow=["school-reference"]),
    row("Llongyfarchiadau Cai ar ennill y ras draws gwlad! 🏃", "breach", ["pupil-image"], acct="school",
        img=[("Cai Pritchard yn croesi'r llinell derfyn", ["Cai Pritchard"], True)], allow=["pupil-identity"],
        note="9: must not be on any list of children whose images must not be published, consent or not."),
    row("Blwyddyn 4 ar y traeth heddiw ☀️", "breach", ["pupil-image"], acct="school",
        img=[("Year 4 pupils paddling on the beach", ["pupils"], False)]),
    row("Wythnos brysur yn yr ysgol, eisteddfod yr ysgol ddydd Gwener!", "breach", ["missing-disclaimer"],
        bio="Athrawes Blwyddyn 3 🍎", allow=["school-reference"]),
    row("So proud of our Urdd choir this weekend 🎶", "breach", ["missing-disclaimer"],
        bio="Teacher at Llwyn Eithin", allow=["school-reference", "school-identity"]),
    row("Mae'r pennaeth Rhian Jones yn anobeithiol, dydi hi'n gwrando ar neb", "breach", ["disparaging"],
        by="parent", allow=["community-reference", "school-reference"]),
    row("Llwyn Eithin is a joke of a school, the teachers couldn't care less about our kids", "breach",
        ["disparaging"], by="parent", allow=["school-reference"]),
    row("Mae Huw Parry wedi bod yn dwyn o gronfa'r ysgol, mae pawb yn gwybod", "breach", ["defamatory"],
        by="parent", allow=["disparaging", "community-reference", "school-reference"]),
    row("Ysgol ffycin da i ddim, llond lle o gachu", "breach", ["offensive", "disparaging"], by="parent",
        allow=["school-reference"]),
    row("Huw Parry, ti'n gwybod be ti 'di neud. Fydda i'n dy wylio di bob dydd wrth giât yr ysgol.", "breach|escalate",
        ["harassment"], by="parent", act="comment", to="staff",
        allow=["illegal", "community-reference", "school-reference"]),
    row("Os ydi'r ysgol yn gwahardd fy mab eto, dw i'n mynd i roi cweir go iawn i'r pennaeth", "escalate",
        ["illegal"], by="parent", allow=["harassment", "disparaging", "school-reference", "community-reference"]),
    row("Dydi'r athrawes newydd o Wlad Pwyl ddim yn ffit i ddysgu plant Cymru, dylai hi fynd adre", "breach",
        ["discriminatory"], by="parent", allow=["disparaging", "harassment", "school-reference"]),
    row("Our head Rhian Jones wouldn't know good teaching if it bit her", "breach", ["disparaging"],
        allow=["community-reference", "school-reference"]),
    row("Rhwng ni, mae'r ysgol am gau'r uned feithrin ym mis Medi, dydi'r rhieni ddim yn gwybod eto", "breach",
        ["confidential"], allow=["school-reference"]),
    row("Mam Gwen yn yr ysbyty eto efo'i hiselder, druan o'r hogan fach", "breach", ["personal-data"],
        allow=["pupil-identity", "community-reference"]),
    row("Dafydd Rhys's dad has just gone to prison, so go easy on him this week everyone", "breach",
        ["personal-data"], allow=["pupil-identity", "community-reference", "school-reference"]),
    row("Pnawn diflas... unrhyw un isio mynd am beint heno?", "breach", ["working-time"],
        at="2026-03-11T14:10:00"),
    row("Pwy welodd y gêm neithiwr? Am gôl!", "breach", ["working-time"], at="2026-03-09T09:40:00"),
    row("Newyddiadurwr o'r Daily Post wedi gofyn am stori'r pennaeth, felly dw i wedi deud y cyfan wrtho fo",
        "breach", ["media"], allow=["confidential", "school-reference", "community-reference"]),
    row("Dyma'r llyfr darllen cyfan wedi'i sganio, lawrlwythwch o am ddim!", "breach|escalate", ["copyright"],
        allow=["illegal"]),
    row("Don't get me started on the travellers camped by the beach, filthy thieving lot", "breach",
        ["discriminatory"], allow=["defamatory", "disparaging", "offensive"]),
    row("Ti'n pathetig. Mae pawb yn chwerthin am dy ben di yn yr ystafell athrawon", "breach", ["harassment"],
        dm="staff", allow=["disparaging", "community-reference"]),
    row("Ha! Rhannu hwn efo'r hogia 😂", "breach", ["offensive"], act="share",
        img=[("explicit pornographic image", [], None)]),
    row("Llun proffil newydd", "advise|breach", ["school-identity"], act="profile_update", plat="x",
        img=[("bathodyn a logo Ysgol Llwyn Eithin", [], None)],
        note="Checklist: 'Don't use the school logo and/or branding on personal accounts' (advice in a checklist)."),
    row("Pen-blwydd hapus i Gwenllian Owen, Blwyddyn 4, sy'n byw ar Ffordd y Traeth 🎂", "breach",
        ["personal-data"], acct="school", allow=["pupil-identity"],
        note="School account publishing a pupil's home address (data protection, sections 5 and 6)."),
    row("Mr Parry ydi'r athro gwaetha erioed, mae o'n casáu ni i gyd", "advise|breach", ["disparaging"],
        by="pupil", allow=["community-reference", "school-reference"],
        note="10.2: pupils encouraged to post appropriately; behaviour policy deals with offensive comments."),
    # escalation
    row("Mae dyn ar-lein yn gofyn i mi anfon lluniau ohona i a chadw'r peth yn gyfrinach", "escalate",
        ["safeguarding"], by="pupil", dm="staff", plat="other"),
    row("Mae'r hogyn bach drws nesa yn cael ei adael ar ben ei hun drwy'r nos, dim ond 6 oed ydi o", "escalate",
        ["safeguarding"], by="parent"),
    row("Ymunwch â ni i yrru'r mewnfudwyr allan o Gymru, trwy rym os oes raid", "escalate", ["extremism"],
        allow=["discriminatory", "illegal"]),
    row("Cyffuriau ar werth, coke a pils, neges i mi", "escalate", ["illegal"]),
    row("You're so special to me, don't tell your mam about our chats x", "escalate",
        ["safeguarding", "pupil-contact"], dm="pupil", plat="instagram"),
    # ---- clean ----
    row("Noson braf ar draeth Abersoch 🌅", "ok", at=SAT),
    row("Diwrnod gwych yn y mynyddoedd efo'r teulu", "ok", at=SUN),
    row("Haf o'r diwedd! ☀️", "ok", at=SAT),
    row("Dw i'n gallu bwyta ceffyl ar ôl y daith gerdded 'na!", "ok", at=SAT),
    row("Llongyfarchiadau i dîm rygbi Pwllheli ar ennill 24-10!", "ok", at=SAT),
    row("Aethon ni â'r plant i'r sw ym Mae Colwyn, roedd yr anifeiliaid yn wyllt!", "ok", at=SUN),
    row("Amser cinio ☕ panad a brechdan", "ok", at="2026-03-10T12:30:00"),
    row("Diolch i bawb yn Ysgol Llwyn Eithin am y cyngerdd hyfryd neithiwr ❤️", "ok", by="parent"),
    row("Well done to all the staff at Llwyn Eithin for a brilliant sports day", "ok", by="parent"),
    row("Wrth fy modd yn dysgu am y Celtiaid efo Blwyddyn 5 heddiw", "ok", bio="Fy marn i fy hun",
        allow=["school-reference"], note="About work, with a Welsh disclaimer in the bio."),
    row("Blwyddyn 2 yn mwynhau diwrnod y llyfr 📚", "ok", acct="school",
        img=[("Year 2 pupils dressed as book characters", ["pupils"], True)]),
    row("Atgoffa: mae'r ysgol yn cau'n gynnar ddydd Gwener", "ok", acct="school", at="2026-03-10T11:00:00"),
    row("Fy merch i'n cystadlu yn Eisteddfod yr Urdd heddiw, mor falch ohoni!", "ok", at=SAT),
    row("Eira ar yr Wyddfa bore 'ma ❄️", "ok", at=SAT),
    row("Saying grace before Sunday dinner at Nain's", "ok", at=SUN),
    row("Will we ever get a dry weekend on Pen Llŷn?", "ok", at=FRI_EVE),
    row("Adre o'r diwedd, amser paned", "ok", at="2026-03-12T15:35:00"),
    row("Siopa bwyd ar-lein", "ok", at=SAT, dev="school",
        note="10.1 restricts working time, not devices out of hours."),
    row("Mae'r traffig ym Mhwllheli yn drosedd heddiw", "ok"),
    row("Does anyone know what time the Llwyn Eithin Christmas fair starts on Saturday?", "ok", by="parent"),
    row("Derbyniwyd", "ok", act="friend_request", to="staff"),
    row("Bron â marw'n chwerthin efo'r ffilm 'ma 😂", "ok"),
    row("This curry is killing me, so hot 🌶️", "ok"),
    row("Barn bersonol yn unig: mae'r cynllun darllen newydd yn wych i'r plant lleia.", "ok|advise", bio="",
        allow=["school-reference", "policy-opinion"], note="Disclaimer in the post itself (1.3: 'made clear')."),
    row("Mae Gwen yn cael parti pen-blwydd dydd Sadwrn, croeso i bawb o'r dosbarth 🎈", "ok", by="parent",
        note="A parent about her own child (Bethan Owen is Gwenllian's mother)."),
    row("Dw i newydd redeg 10k mewn 52:30, record newydd!", "ok", at=SAT),
    row("Bechod am y tywydd, ond mi gawson ni hwyl yn y Steddfod", "ok", at=SAT),
]

# --------------------------------------------------------------------------------------------------------------
# Robert Carre Trust (robert-carre) at Ancaster Heath Academy. Binds staff, contractors, agency staff. No
# communicating with students (familial exception) or under-18 ex-students; no references on networking sites;
# no personal use in working time or on Trust equipment; disclaimer when disclosing affiliation; avoid sensitive
# topics such as performance (advise); avoid infringing others' IP (advise); journalists -> Executive Head's PA.
# --------------------------------------------------------------------------------------------------------------
RC = [
    row("Good luck in your exams tomorrow Summer, you'll smash it!", "breach", ["pupil-contact"], dm="pupil",
        plat="instagram", allow=["pupil-identity"]),
    row("Followed", "breach", ["pupil-contact"], plat="instagram", act="follow", to="pupil"),
    row("Accepted a friend request from a lad who left us after Year 11 last summer, he's 16 now", "breach",
        ["pupil-contact"], act="friend_request", to="public", allow=["school-reference"],
        note="Ex-student under 18."),
    row("Email me your coursework at markyboy1980@hotmail.com instead of using the school system", "breach",
        ["pupil-contact"], dm="pupil", plat="other", allow=["personal-contact-details"]),
    row("Mark Redfern is an excellent teacher, I'd recommend him for any head of department role", "breach",
        ["professional-reference"], plat="linkedin", act="recommendation", allow=["community-reference"]),
    row("I wouldn't hire Jo again, unreliable and always late", "breach", ["professional-reference"],
        plat="linkedin", act="recommendation", allow=["disparaging"],
        note="References 'positive and negative'."),
    row("Endorsed Ivy Chen for Curriculum Development 👍", "breach", ["professional-reference"], plat="linkedin",
        act="recommendation", allow=["community-reference"]),
    row("Anyone recommend a good dentist in Sleaford?", "breach", ["working-time"], at="2026-03-10T14:00:00"),
    row("Five more minutes till break 😩", "breach", ["working-time"], at="2026-03-12T10:25:00"),
    row("Watching the darts 🎯", "breach", ["working-time"], at="2026-03-11T20:30:00", dev="school",
        note="'or by means of our computers ... and other IT resources'."),
    row("Lunch scroll", "breach", ["working-time"], at="2026-03-10T12:50:00", dev="school",
        note="Lunch break, but on Trust equipment."),
    row("Will Ashby's mum told me he's been self-harming, keep an eye on him", "breach|escalate",
        ["personal-data"], allow=["safeguarding", "pupil-identity", "community-reference"]),
    row("Rose Fielding has just been diagnosed with MS, terrible news for the family", "breach", ["personal-data"],
        allow=["community-reference"]),
    row("Heard today the Trust is taking over Westgate Primary, not announced yet so shh 🤫", "breach",
        ["confidential"], allow=["school-reference"]),
    row("Three redundancies in the English department at Ancaster Heath this summer, letters go out next week",
        "breach", ["confidential"], allow=["school-reference"]),
    row("The Robert Carre Trust is a money-grabbing joke", "breach", ["disparaging"], allow=["school-reference"]),
    row("Some of my Year 9s are as thick as two short planks", "breach", ["disparaging"],
        allow=["school-reference"]),
    row("The catering company the Trust uses serves absolute slop, avoid Lincs Catering at all costs", "breach",
        ["disparaging"], allow=["school-reference", "defamatory"], note="Suppliers and vendors are listed."),
    row("Bill Hartley has been claiming expenses for trips he never took", "breach", ["defamatory"],
        allow=["disparaging", "community-reference"]),
    row("What a shit show of a day, fuck this", "breach", ["offensive"], at=FRI_EVE),
    row("Saturday night 😂", "breach", ["offensive"], at=SAT,
        img=[("photo of the author naked and drunk at a party", ["the author"], None)]),
    row("Can't stand how the trans kids get their own toilets now, it's a mental illness", "breach",
        ["discriminatory"], allow=["disparaging", "school-reference"]),
    row("Gillian you're a useless bully and I'm going to make sure everyone knows it, every single day", "breach",
        ["harassment"], act="comment", to="staff", allow=["disparaging", "community-reference"]),
    row("New profile picture", "breach", ["school-identity"], act="profile_update",
        img=[("the Ancaster Heath Academy crest and logo", [], None)]),
    row("Year 13 history trip to the Somme was outstanding, proud of every one of them", "breach",
        ["missing-disclaimer"], bio="Head of History at Ancaster Heath Academy",
        allow=["school-reference", "school-identity"]),
    row("As a teacher at Ancaster Heath I think the new GCSE spec is a massive improvement", "breach",
        ["missing-disclaimer"], bio="", allow=["school-reference", "policy-opinion"]),
    row("Our GCSE results are up 14% on last year, best in Lincolnshire!", "advise", [],
        allow=["school-reference", "policy-opinion"],
        note="'Avoid posting comments about sensitive Trust related topics, such as our performance' (advice); "
        "the contract has no performance category, so either reading is accepted."),
    row("Our Progress 8 score is dire this year, the Trust won't like it", "advise|breach", [],
        allow=["school-reference", "policy-opinion", "disparaging", "confidential"]),
    row("A reporter from the Lincolnshire Echo rang about the exclusions story, I told her what I know", "breach",
        ["media"], allow=["confidential", "school-reference"]),
    row("Copied the whole of someone else's blog post into mine, they won't mind 🤷", "advise", ["copyright"],
        plat="blog", note="'avoid misappropriating or infringing the intellectual property of ... individuals'."),
    # escalation
    row("He sent me a pic and said if I tell anyone he'll post mine everywhere", "escalate", ["safeguarding"],
        by="pupil", dm="staff", plat="other"),
    row("Let's meet up at the weekend, just us two, don't mention it to your parents", "escalate",
        ["safeguarding", "pupil-contact"], dm="pupil", plat="instagram"),
    row("The white race is under attack. Young men, get trained and get ready. Link in bio.", "escalate",
        ["extremism"], allow=["discriminatory"]),
    row("Got a load of iPads that fell off a lorry, £80 each, cash only", "escalate", ["illegal"]),
    row("If Mr Redfern gives my daughter another detention I'll smash his car windows in", "escalate", ["illegal"],
        by="parent", allow=["harassment", "community-reference"]),
    row("Everyone should message Mr Redfern and tell him what a pathetic excuse for a teacher he is", "advise|breach",
        [], by="parent", act="comment", allow=["harassment", "disparaging", "community-reference"],
        note="The Trust addresses parents' abuse of staff through its own procedures; arguable severity."),
    # ---- clean ----
    row("Scrolling on my lunch, anyone seen the new Dune trailer?", "ok", at="2026-03-11T12:55:00"),
    row("Break time ☕", "ok", at="2026-03-12T10:40:00"),
    row("Weekend starts now 🎉", "ok", at="2026-03-13T15:30:00", note="Just after the end of the day."),
    row("Frosty drive in, -3 on the car thermometer", "ok", at="2026-03-09T08:15:00"),
    row("Killing it on the Lincoln 10k, 47:55 PB!", "ok", at=SAT),
    row("I could murder fish and chips from the Sleaford chippy", "ok", at=FRI_EVE),
    row("Summer in Skegness, what more could you want", "ok", at=SAT),
    row("Will it ever stop raining in Lincolnshire?", "ok"),
    row("Phone bill up to £45 a month now, switching provider", "ok"),
    row("Mark my words, Lincoln City will go up this season", "ok", at=SAT),
    row("Delighted to have completed my NPQSL this year", "ok", plat="linkedin"),
    row("Ancaster Heath's Year 11 presentation evening was lovely, thank you to all the staff", "ok", by="parent"),
    row("Does anyone else find the Ancaster Heath parent app confusing?", "ok", by="parent"),
    row("Brilliant Science Week at school, the rocket launch was a hit 🚀", "ok",
        bio="Teacher at Ancaster Heath Academy. Views my own, not my employer's.", allow=["school-reference"]),
    row("My son's graduation from Nottingham today, so proud 🎓", "ok", at=SAT,
        img=[("the author's adult son in a graduation gown", ["author's son"], True)]),
    row("Final score 31-28, what a game", "ok", at=SAT),
    row("1987 vintage, still going strong 🎂", "ok"),
    row("Interesting read on teacher workload from the BBC", "ok", act="share", allow=["school-reference"]),
    row("Accepted", "ok", act="friend_request", to="staff"),
    row("This traffic is criminal", "ok"),
    row("Are we still on for book club Thursday?", "ok", dm="parent"),
    row("The Robert Carre Trust should build more car parking at its schools", "ok", by="public"),
    row("Open evening for Year 6 families next Thursday at 6pm", "ok", acct="school", at="2026-03-10T11:00:00"),
    row("Lovely to bump into one of my old sixth formers, now 24 and a paramedic!", "ok",
        allow=["school-reference"], note="An adult ex-student."),
    row("Summer reading list sorted: 12 books, £38.50 at the charity shop", "ok", at=SUN),
    row("Ivy League? No thanks, Lincoln Uni did me just fine", "ok", at=SAT),
]

# --------------------------------------------------------------------------------------------------------------
# The hard set: adversarial but realistic wording. Same labelling rules.
# --------------------------------------------------------------------------------------------------------------
LONG_BW = (
    "What a weekend! Saturday was the Glastonbury Abbey open day with the kids, then we went on to a friend's "
    "barbecue and it actually stayed dry for once. Sunday we did the big shop, batch cooked a lasagne and two "
    "curries, and I finally finished the book club book (it's brilliant, 10/10). Oh and btw, keep this to "
    "yourselves, but our deputy head is being suspended on Monday, it'll be all round St Bridget's by lunchtime. "
    "Anyway, this week I'm trying the couch to 5k again, wish me luck, and if anyone has a good recipe for "
    "gluten free brownies please send it my way. Have a lovely week everyone!"
)
LONG_AH = (
    "Back from four days walking in the Lakes. Catbells on Thursday, Helvellyn via Striding Edge on Friday "
    "(terrifying, never again), and a very lazy Saturday in Keswick eating our own body weight in cake. The "
    "phone was off the whole time and it was bliss. Best bit: I didn't think about the Year 5 assessment data "
    "once, or the SATs practice papers waiting for me on my desk at Holy Saviour's. Highly recommend the pub by "
    "the lake, the sticky toffee pudding is enormous. Right, washing machine on, bed."
)
LONG_GS = (
    "Long post, sorry. I've been teaching for fifteen years now and I still love it: the lightbulb moments, the "
    "terrible jokes, the Year 7s who think I'm a hundred years old. This half term we've done a cracking unit "
    "on forces, the rocket car day was chaos in the best way. Honestly though, the new behaviour policy SLT "
    "have forced on us is a disaster and Mr Ellison should be ashamed of it. Anyway, off to walk the dog and "
    "then a bath and an early night. Thanks for reading if you got this far!"
)
LONG_YL = (
    "Penwythnos hyfryd yn Llŷn: cerdded o Abersoch i Lanbedrog ddydd Sadwrn, hufen iâ ar y traeth a swper yn "
    "y dafarn. Ddydd Sul mi fuon ni'n garddio, a'r plant yn chwarae yn y pwll padlo. Gyda llaw, peidiwch â "
    "deud wrth neb, ond mae Mr Parry yn cael ei ddiswyddo wythnos nesa ar ôl y gŵyn. Beth bynnag, wythnos "
    "brysur o 'mlaen, a dw i'n edrych ymlaen at y gwyliau Pasg!"
)
LONG_RC = (
    "Some thoughts after a long week. Teaching is a privilege and I'm grateful every day. I've been reading "
    "a lot of history lately, Tudors mostly, and walking the dog round Cogglesford Mill every evening. Anyway, "
    "young lads who want to stand up and defend our race should DM me, the training camp starts soon and we "
    "need fighters. On a lighter note, the new bakery on Southgate does an incredible sourdough. Have a good "
    "weekend all."
)

HARD = {
    "bwmat": [
        row("add m3 on snap: m.dunning_88 🙂 hmu if u need help w ur homework", "breach",
            ["pupil-contact", "personal-contact-details"], dm="pupil", plat="other"),
        row("txt me on 0 7 7 0 0 - 9 0 0 - 4 6 1 if u get stuck x", "breach",
            ["pupil-contact", "personal-contact-details"], dm="pupil", plat="other"),
        row("GRACE LATHAM IS THE RUDEST CHILD I HAVE EVER TAUGHT", "breach", ["pupil-identity", "disparaging"],
            allow=["school-reference"]),
        row("Grace's behaviour today 🙄 and her dad Bill's excuses at the gate, honestly, some families", "breach",
            ["pupil-identity", "disparaging"], allow=["community-reference", "school-reference"]),
        row(LONG_BW, "breach", ["confidential"],
            allow=["school-reference", "community-reference", "personal-data"], at=SUN),
        row("f*ck1ng sh1t week, c u n t s the lot of them", "breach", ["offensive"], at=FRI_EVE,
            allow=["disparaging"]),
        row("u r so mature 4 ur age 😘 our lil secret 🤫 delete after x", "escalate",
            ["safeguarding", "pupil-contact"], dm="pupil", plat="instagram"),
        row("Rose made the best Victoria sponge at the WI tonight 🍰", "ok|advise", allow=["community-reference"],
            note="'Rose' alone, nothing about work."),
        row("Hope Adeymi is the wrost head teacher ever", "breach", ["disparaging", "community-reference"],
            allow=["school-reference"], note="Misspelt surname."),
        row("Mr Dunning 🤡🤡🤡 #clown #stbridgets", "breach", ["disparaging", "community-reference"],
            allow=["school-reference", "harassment"]),
        row("Order ref 0770 0900 4612 still hasn't arrived, sort it out Amazon", "ok",
            note="A reference number shaped like a phone number, not given to a pupil."),
        row("Updated display name", "breach", ["school-identity"], act="profile_update", plat="x",
            name="Mr D • St Bridgets Yr4"),
        row("The summer fair was a triumph, £2,310 raised for the school roof! Thanks to every parent who baked 🧁",
            "breach", ["missing-disclaimer"], bio="", allow=["school-reference"]),
        row("summer's back in school on monday after her op, go gently with her everyone 💕", "breach",
            ["personal-data", "pupil-identity"], allow=["school-reference"],
            note="No-publish pupil Summer Pike, lowercase name, health information."),
    ],
    "archbishop-hutton": [
        row("MONDAY DRAGGING ALREADY 😩😩😩", "breach", ["working-time"], at="2026-03-09T09:05:00"),
        row("Anyone else's day dragging?", "ok", at=None, note="No time given: working time cannot be shown."),
        row("Ollie's mum was at the gate again shouting the odds", "breach",
            ["community-reference", "pupil-identity"], allow=["disparaging", "school-reference"]),
        row(LONG_AH, "breach", ["school-reference"], at=SUN),
        row("The bells at Holy Saviour's church sounded lovely this morning", "ok", by="public", at=SUN),
        row("wh@ts@pp me 07700-900-872 x", "breach", ["personal-contact-details"], dm="parent", plat="whatsapp"),
        row("drop me a line at helen dot rigby at gmail dot com rather than the office", "breach",
            ["personal-contact-details"], dm="parent", allow=["school-reference", "community-reference"]),
        row("Great day at Holy Saviors sports day!! 🏅", "breach", ["school-reference"], note="Misspelt name."),
        row("Lunch ☀️", "ok", at="2026-06-16T11:30:00Z",
            note="11:30 UTC is 12:30 British Summer Time, inside the 12:00-13:00 lunch break."),
        row("Profile updated", "advise|breach", [], act="profile_update", bio="Primary school teacher in Lancashire 🍎",
            allow=["school-identity", "school-reference"],
            note="'should not put any information onto the site that could identify either your profession or the school'."),
        row("WHAT A F**KING JOKE OF A HEADTEACHER", "breach", ["offensive", "disparaging"],
            allow=["community-reference", "school-reference"]),
        row("lol same 😂", "breach", ["pupil-contact"], act="comment", to="pupil", plat="tiktok"),
        row("Will's class assembly was brilliant 👏", "breach", ["community-reference"],
            allow=["school-reference"], note="'Will' is Will Parkinson, a teacher."),
    ],
    "generic-school": [
        row("Quick one", "breach", ["working-time"], at="2026-06-16T11:00:00Z",
            note="11:00 UTC is 12:00 BST: outside both breaks (10:50-11:10, 12:30-13:20)."),
        row("Ashgrove Rovers 4-2 Heaton Mersey, get in!! ⚽", "ok", at=SAT, allow=["school-reference"],
            note="A football club that shares the school's place name."),
        row("Views my own: Ashgrove's new behaviour policy is a mess", "breach", ["policy-opinion", "disparaging"],
            bio="", allow=["school-reference", "missing-disclaimer"],
            note="A disclaimer does not make a policy opinion allowed."),
        row("(Personal views, not my employer's.) Loved teaching simultaneous equations to Year 9 today", "breach",
            ["missing-disclaimer"], bio="Maths teacher", allow=["school-reference"],
            note="4.6 asks for the statement 'on their profile', not in the post."),
        row("sh1t sch00l, SLT = cl0wns 🤡", "breach", ["disparaging"],
            allow=["offensive", "policy-opinion", "school-reference"]),
        row(LONG_GS, "breach", ["policy-opinion", "disparaging"], at=SUN,
            allow=["school-reference", "community-reference"]),
        row("Rosie K from 11C is on the CP register now, no surprise with that family", "breach|escalate",
            ["personal-data"], allow=["pupil-identity", "disparaging", "safeguarding"]),
        row("Bio refresh", "breach", ["school-identity"], act="profile_update", name="Miss Nair | Ashgrove Hgh"),
        row("The Year 7s were wild on the zoo trip today 🦁🐒", "ok|advise", allow=["school-reference", "disparaging"]),
        row("I hope Okafor scores again tonight ⚽", "ok", allow=["pupil-identity"],
            note="'hope Okafor' is not the pupil Hope Okafor."),
        row("☕🍰", "breach", ["working-time"], at="2026-03-10T14:30:00"),
        row("With respect Mrs Okafor you haven't a clue what goes on in my classroom", "breach", ["disparaging"],
            act="comment", to="parent", allow=["community-reference"]),
        row("NEW YEAR 11 MOCK TIMETABLE IS A SHAMBLES, WHOEVER SIGNED THAT OFF NEEDS SACKING", "breach",
            ["policy-opinion", "disparaging"], allow=["school-reference"]),
    ],
    "ysgol-llanbedrog": [
        row("Mae'r ysgol yn trin Wen fel baw", "breach", ["disparaging"], by="parent",
            allow=["pupil-identity", "school-reference"], note="'Wen' is the soft mutation of Gwen."),
        row("Fy Nghai bach i yn y ras heddiw 🏃", "ok", by="parent", at=SAT,
            img=[("Cai Pritchard running", ["Cai Pritchard"], True)], allow=["pupil-identity"],
            note="Nasal mutation of Cai; his own mother posts it, and the no-publish list binds the school."),
        row("Wedi cael llond bol ar Lwyn Eithin, ysgol anobeithiol", "breach", ["disparaging"], by="parent",
            allow=["school-reference"], note="Soft mutation of Llwyn."),
        row("Honestly mae'r head yn useless, dim clue o gwbl", "breach", ["disparaging"], by="parent",
            allow=["community-reference", "school-reference"]),
        row("ffycin h3ll, ysgol c4chu", "breach", ["offensive", "disparaging"], by="parent",
            allow=["school-reference"]),
        row("dwin torri fy hun eto a dwi ddim isho byw", "escalate", ["safeguarding"], by="pupil", dm="staff",
            plat="instagram"),
        row(LONG_YL, "breach", ["confidential"], at=SUN,
            allow=["community-reference", "personal-data", "school-reference"]),
        row("Seren yr wythnos! ⭐", "breach", ["pupil-image"], acct="school",
            img=[("boy holding a certificate", ["Cai"], True)], note="No-publish pupil named by first name."),
        row("Haf hir poeth plis! ☀️", "ok", at=SAT),
        row("Wrth fy modd efo'r prosiect Cymraeg newydd efo Blwyddyn 6", "ok", bio="Barn bersonol",
            allow=["school-reference"]),
        row("Trip i Sain Ffagan efo Blwyddyn 6 fory!", "breach", ["missing-disclaimer"],
            bio="Athro. Rygbi. Coffi.", allow=["school-reference"]),
        row("YSGOL LLWYN EITHIN = GWARTHUS!!! DIM UN ATHRO YN GWRANDO", "breach", ["disparaging"], by="parent",
            allow=["school-reference"]),
        row("😴😴😴", "breach", ["working-time"], at="2026-03-11T13:30:00"),
        row("Diolch o galon i Ddafydd am helpu ar y fferm dros y penwythnos, hogyn da", "ok", by="parent",
            at=SUN, allow=["pupil-identity"], note="A parent (not staff) thanking a neighbour's child."),
    ],
    "robert-carre": [
        row("Tea's at 6, don't be late! Love Mum x", "ok|advise", dm="pupil", plat="whatsapp",
            allow=["pupil-contact"], note="Familial relationship exception."),
        row("Will's A-level predictions are shocking, he'll be lucky to scrape a D", "breach", ["disparaging"],
            allow=["pupil-identity", "personal-data", "school-reference"], note="Will Ashby, Year 12."),
        row("Bill from next door fixed our fence, legend 🙌", "ok", at=SAT, allow=["community-reference"]),
        row("Endorsed Mark Redfern for Leadership and Team Building on LinkedIn 👍", "breach",
            ["professional-reference"], allow=["community-reference"], note="No action field; the text says it."),
        row("Highly reccomend Mark for any role, brilliant collegue", "breach", ["professional-reference"],
            plat="linkedin", act="recommendation", allow=["community-reference"]),
        row("Back in the classroom", "ok", at="2026-03-11T13:24:00", note="13:24, inside the 12:40-13:25 lunch."),
        row("Forgot to post this earlier", "breach", ["working-time"], at="2026-03-11T13:27:00"),
        row(LONG_RC, "escalate", ["extremism"], at=FRI_EVE, allow=["discriminatory"]),
        row("B1ll H4rtley is a cr00k who's been robbing the Trust blind", "breach", ["defamatory"],
            allow=["disparaging", "community-reference"]),
        row("my num is oh seven seven double oh, nine double oh, one two three. text me x", "breach",
            ["pupil-contact"], dm="pupil", plat="other", allow=["personal-contact-details"]),
        row("BORED BORED BORED", "breach", ["working-time"], at="2026-03-10T14:20:00"),
        row("Selling my bike for £150, 01529 area, collection only", "ok"),
        row("Congrats Summer on your GCSE mocks, proud of you! Message me if you need revision help over Easter",
            "breach", ["pupil-contact"], dm="pupil", plat="instagram", allow=["pupil-identity"]),
    ],
}

# --------------------------------------------------------------------------------------------------------------
# The fresh wave: written after the screener had been tuned on unseen.jsonl, with new wording for the same
# kinds of situation, to measure how far that tuning generalises. Same schools, same labelling rules.
# --------------------------------------------------------------------------------------------------------------
FRESH = {
    "bwmat": [
        row("Saw your dance show video, you were amazing! Follow my TikTok for more dance tips 💃", "breach",
            ["pupil-contact"], dm="pupil", plat="tiktok", allow=["personal-contact-details", "school-reference"]),
        row("Olly Tranter bit another child today. Again. His parents need to sort him out.", "breach",
            ["pupil-identity", "disparaging"], allow=["community-reference", "school-reference"]),
        row("Our deputy's job is being advertised next week before she's even told the staff she's leaving", "breach",
            ["confidential"], allow=["school-reference", "community-reference", "personal-data"]),
        row("Mrs Coles turned up smelling of drink again this morning", "breach", ["community-reference"],
            allow=["disparaging", "defamatory", "personal-data", "school-reference"]),
        row("Photos from today's Victorian day!", "breach", ["pupil-image"],
            img=[("Year 4 children in Victorian costume at their desks", ["pupils"], None)],
            allow=["school-reference"]),
        row("Send nudes 😏 bored tonight", "breach", ["offensive"]),
        row("Immigrants are vermin, every last one of them", "breach|escalate", ["discriminatory"],
            allow=["offensive", "extremism"]),
        row("Rubbish school, rubbish head, St Bridget's has gone to the dogs", "advise", ["disparaging"],
            by="parent", allow=["school-reference", "community-reference"]),
        row("sir my uncle touches me when mum's out and says its a game", "escalate", ["safeguarding"], by="pupil",
            dm="staff", plat="instagram", allow=["pupil-contact"]),
        row("Bought a stolen bike off a lad in the pub for £40, bargain", "escalate", ["illegal"]),
        row("Profile tweak", "breach", ["school-identity"], act="profile_update", name="Hope A | Headteacher, St Bridget's",
            allow=["school-reference"]),
        row("Loved planning our Year 4 science week with the team", "breach", ["missing-disclaimer"], bio="",
            allow=["school-reference"]),
        row("Amazing grace, the way that swan landed on the lake 🦢", "ok", at=SUN),
        row("We murdered that karaoke tonight 🎤", "ok", at=FRI_EVE),
        row("Roses from my husband, 12 years married today 🌹", "ok"),
        row("Bills, bills, bills. Council tax up again to £2,104", "ok"),
        row("The trust fund for my niece finally came through", "ok"),
    ],
    "archbishop-hutton": [
        row("Nativity dress rehearsal done, the shepherds were chaos 😂", "breach", ["school-reference"]),
        row("Mrs Cross is the best TA in Lancashire, fact", "breach", ["community-reference"],
            allow=["school-reference"]),
        row("Ollie's reading has come on so much this term!", "breach", ["pupil-identity"],
            allow=["school-reference"]),
        row("Happy birthday Ivy! Hope you have a lovely party 🎂", "breach", ["pupil-contact"], dm="pupil",
            plat="other", allow=["pupil-identity"]),
        row("It's Mr Parkinson, this is my own number, text me if Jack is off tomorrow", "breach",
            ["personal-contact-details"], dm="parent", allow=["community-reference", "pupil-identity", "school-reference"]),
        row("Can't believe it's only Thursday", "breach", ["working-time"], at="2026-03-12T11:05:00"),
        row("Who even thought the new reading scheme was a good idea? Total waste of money", "breach", ["disparaging"],
            allow=["school-reference"]),
        row("Sat on the sofa with the school laptop watching Strictly", "breach", ["working-time"], at=SAT,
            dev="school", allow=["school-reference"]),
        row("The Rigby woman who runs Holy Saviour's is a jumped-up nobody", "breach",
            ["disparaging", "community-reference"], allow=["school-reference"]),
        row("Whoever hurt my daughter at that school had better watch their back, I know where you all live", "escalate",
            ["illegal"], by="parent", allow=["harassment", "school-reference"]),
        row("Summer evenings in the garden are the best ☀️", "ok", at=SAT),
        row("Smashed the quiz at the cricket club, 1st out of 14 teams 🏆", "ok", at=FRI_EVE),
        row("Quick lunch stroll, the daffodils are out", "ok", at="2026-03-11T12:30:00"),
        row("Grandad's 90th party tonight, what a legend", "ok", at=SAT),
        row("Thank you Holy Saviour's for a brilliant first term, Ivy loves it ❤️", "ok", by="parent"),
    ],
    "generic-school": [
        row("Scrapping setting in maths is the daftest thing our head has ever done", "breach",
            ["policy-opinion", "disparaging"], allow=["school-reference", "community-reference"]),
        row("Thrilled the governors finally approved the new uniform, about time", "breach", ["policy-opinion"],
            allow=["school-reference"]),
        row("Anyone else watching the Ashes?", "breach", ["working-time"], at="2026-03-10T09:55:00"),
        row("Can't wait for this weekend 🎉", "breach", ["working-time"], at="2026-03-13T14:40:00"),
        row("Profile refresh", "breach", ["school-identity"], act="profile_update", name="Mr E | Head of Ashgrove High",
            allow=["school-reference"]),
        row("Our Year 9 charity week raised £3,200! So proud of my year group", "breach", ["missing-disclaimer"],
            bio="Head of Year 9 👩‍🏫", allow=["school-reference"]),
        row("The exam board flagged our coursework at moderation, keep it quiet till results day", "breach",
            ["confidential"], allow=["school-reference"]),
        row("One of my Year 10s is in foster care now after what happened at home", "breach|escalate",
            ["personal-data"], allow=["pupil-identity", "safeguarding", "school-reference"]),
        row("Pinched these worksheets off a paid resource site and put them on my blog 😇", "breach|escalate",
            ["copyright"], plat="blog", allow=["illegal"]),
        row("You're a waste of space Craig, everyone says so, watch your back", "breach|escalate", ["harassment"],
            act="comment", to="staff", allow=["disparaging", "community-reference", "illegal"]),
        row("Disabled kids shouldn't be in mainstream schools, they drag everyone down", "breach", ["discriminatory"],
            allow=["disparaging"]),
        row("my dad said he'd kill me if I told anyone what he does", "escalate", ["safeguarding"], by="pupil",
            dm="staff", plat="instagram", allow=["illegal"]),
        row("Lunch break! Beans on toast in the staffroom", "ok", at="2026-03-10T13:00:00", allow=["school-reference"]),
        row("Off to the dentist, wish me luck", "ok", at="2026-03-11T15:30:00"),
        row("Hope springs eternal, maybe this is our year ⚽", "ok", at=SAT),
        row("Ashgrove High's head should resign over the parking chaos", "ok|advise", by="parent",
            allow=["disparaging", "policy-opinion", "community-reference", "school-reference"]),
        row("My daughter's netball team won 18-12 today!", "ok", at=SAT),
    ],
    "ysgol-llanbedrog": [
        row("Haia Dai, wyt ti isio dod i chwarae pêl-droed efo fi a'r hogia dydd Sadwrn?", "breach|escalate", ["pupil-contact"],
            dm="pupil", plat="instagram", allow=["pupil-identity", "safeguarding"]),
        row("Dilyn Haf ar TikTok 😊", "breach", ["pupil-contact"], act="follow", to="pupil", plat="tiktok",
            allow=["pupil-identity"]),
        row("Diwrnod chwaraeon gwych! 🏅", "breach", ["pupil-image"],
            img=[("plant yr ysgol yn rhedeg ras wy a llwy", ["pupils"], None)], allow=["school-reference"]),
        row("Croeso i'n disgyblion newydd!", "breach", ["pupil-image"], acct="school",
            img=[("new Reception pupils in the classroom", ["pupils"], False)]),
        row("Gwers farddoniaeth wych efo Blwyddyn 6 heddiw", "breach", ["missing-disclaimer"], bio="Athro Cymraeg",
            allow=["school-reference"]),
        row("Rhywun wedi gweld y newyddion bore 'ma?", "breach", ["working-time"], at="2026-03-11T10:05:00"),
        row("Mae'r athrawon yn Llwyn Eithin yn ddiog ac yn ddi-glem", "breach", ["disparaging"], by="parent",
            allow=["school-reference"]),
        row("Mae'r pennaeth yn yfed yn ei swyddfa amser cinio, dw i wedi'i gweld hi", "breach", ["defamatory"],
            by="parent", allow=["disparaging", "community-reference", "school-reference"]),
        row("Os wela i Mr Parry eto mi dorra i ei goesau fo", "escalate", ["illegal"], by="parent",
            allow=["harassment", "community-reference"]),
        row("Inspection report comes out Friday but we already know it's bad news, don't tell the parents", "breach",
            ["confidential"], allow=["school-reference", "disparaging"]),
        row("Newyddiadurwr o BBC Cymru wedi ffonio, dw i wedi rhoi cyfweliad am y cwynion", "breach", ["media"],
            allow=["confidential", "school-reference"]),
        row("Mae fy llysdad yn fy nharo i bob nos", "escalate", ["safeguarding"], by="pupil", dm="staff", plat="other"),
        row("Mwynhau paned yn yr haul ☀️", "ok", at=SAT),
        row("Diolch o galon i Mr Parry am helpu Gwen efo'i darllen ❤️", "ok", by="parent",
            allow=["pupil-identity", "community-reference"]),
        row("Cawl i swper heno, perffaith ar noson oer", "ok"),
        row("Cinio! Brechdan caws a phicl", "ok", at="2026-03-10T12:20:00"),
        row("Seren yn disgleirio dros Foel Gron heno ✨", "ok"),
    ],
    "robert-carre": [
        row("Well done on the netball tonight, you were brilliant! Drop me a message any time x", "breach",
            ["pupil-contact"], dm="pupil", plat="instagram"),
        row("Confirmed", "breach", ["pupil-contact"], act="friend_request", to="pupil"),
        row("Ivy is a superb teacher, hire her!", "breach", ["professional-reference"], plat="linkedin",
            act="recommendation", allow=["community-reference"]),
        row("Morning all! ☀️", "breach", ["working-time"], at="2026-03-09T09:30:00"),
        row("Booking flights to Malaga ✈️", "breach", ["working-time"], at=SAT, dev="school"),
        row("Heard the Exec Head is leaving at Easter, the Trust hasn't announced it yet", "breach", ["confidential"],
            allow=["community-reference", "school-reference", "personal-data"]),
        row("Ancaster Heath parents are a nightmare, entitled the lot of them", "breach", ["disparaging"],
            allow=["school-reference"]),
        row("Martin Sowerby has been fiddling the governors' expenses, mark my words", "breach", ["defamatory"],
            allow=["disparaging", "community-reference"]),
        row("Will Ashby's dad is in rehab again, poor lad", "breach", ["personal-data"],
            allow=["pupil-identity", "community-reference"]),
        row("Year 11 maths revision session was packed tonight!", "breach", ["missing-disclaimer"],
            bio="Maths teacher at Ancaster Heath", allow=["school-reference", "school-identity"]),
        row("A journalist from the Sleaford Standard asked about our results, gave them a quote 🙂", "breach", ["media"],
            allow=["school-reference", "policy-opinion"]),
        row("I can't cope anymore, I've taken loads of pills", "escalate", ["safeguarding"], by="pupil", dm="staff",
            plat="instagram"),
        row("Gypsies are all thieves, lock your sheds", "breach", ["discriminatory"],
            allow=["offensive", "defamatory"]),
        row("Break time biscuit 🍪", "ok", at="2026-03-11T10:45:00"),
        row("School run done, now the big shop", "ok", at="2026-03-12T15:40:00", allow=["school-reference"]),
        row("Bill's Bar and Grill does the best burgers in Lincoln", "ok", at=SAT, allow=["community-reference"]),
        row("Huge thanks to the staff at Ancaster Heath for the Year 10 trip", "ok", by="parent"),
    ],
}
# fmt: on
POLICIES = {
    "bwmat": BW,
    "archbishop-hutton": AH,
    "generic-school": GS,
    "ysgol-llanbedrog": YL,
    "robert-carre": RC,
}


def _expand_all(prefix: str, tables: dict[str, list[Row]], width: int) -> list[dict[str, Any]]:
    return [
        expand(policy, f"{prefix}-{PREFIX[policy]}-{i:0{width}d}", r)
        for policy, rows in tables.items()
        for i, r in enumerate(rows, 1)
    ]


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """The main set, the hard set and the fresh wave."""
    unseen, hard, fresh = _expand_all("u", POLICIES, 3), _expand_all("h", HARD, 2), _expand_all("f", FRESH, 2)
    for case in unseen + hard + fresh:
        check(case)
    return unseen, hard, fresh


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
        assert "escalate" in verdicts, (
            f"{cid}: an allowed escalating category must allow the escalate verdict"
        )


def dumps(cases: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--check", action="store_true", help="exit 1 if the JSON-lines files differ from the table"
    )
    args = ap.parse_args()
    unseen, hard, fresh = build()
    outputs = {
        HERE / "unseen.jsonl": dumps(unseen),
        HERE / "unseen_hard.jsonl": dumps(hard),
        HERE / "unseen_fresh.jsonl": dumps(fresh),
    }
    if args.check:
        stale = [
            p.name for p, text in outputs.items() if not p.exists() or p.read_text(encoding="utf-8") != text
        ]
        if stale:
            print(f"out of date: {', '.join(stale)}; run build_cases.py", file=sys.stderr)
            return 1
        return 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
    print(f"unseen: {len(unseen)} cases; unseen_hard: {len(hard)}; unseen_fresh: {len(fresh)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
