#!/usr/bin/env python3
# ruff: noqa
# fmt: off
# A copy of the evaluator's build script, kept as written (not linted or reformatted).
"""Held-out evaluation set h5b for the SafeSocial post screener.

Every case and every school profile is written out below as plain Python data.
Running this script checks the set's invariants, then writes:

    cases.jsonl            100 cases, 20 per policy pack, record format as shared/eval/sample.jsonl
    profiles/<policy>.json one invented school profile per policy pack
    cases.sha256           sha256sum-format checksums of the files above

Check afterwards with:  sha256sum -c cases.sha256
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------------
# Names fixed by /work/shared/contracts/screening.md
# --------------------------------------------------------------------------------------------
POLICIES = ["bwmat", "archbishop-hutton", "generic-school", "ysgol-llanbedrog", "robert-carre"]
VERDICTS = {"ok", "advise", "breach", "escalate"}
CATEGORIES = {
    "pupil-contact", "pupil-image", "pupil-identity", "community-reference",
    "personal-contact-details", "personal-data", "confidential", "disparaging", "defamatory",
    "offensive", "discriminatory", "harassment", "school-identity", "school-reference",
    "missing-disclaimer", "policy-opinion", "political-influence", "working-time",
    "professional-reference", "copyright", "media", "safeguarding", "extremism", "illegal",
}
ESCALATION = {"safeguarding", "extremism", "illegal"}
ACCOUNTS = {"personal", "school"}
ROLES = {"staff", "parent", "pupil", "governor", "public"}
PLATFORMS = {"facebook", "x", "instagram", "linkedin", "whatsapp", "tiktok", "youtube", "blog",
             "forum", "other"}
AUDIENCES = {"public", "friends", "direct"}
ACTIONS = {"post", "message", "comment", "friend_request", "follow", "share", "profile_update",
           "recommendation"}

# Categories each policy does not address (briefs/labelling_conventions.md): never expected.
NOT_ADDRESSED = {
    "bwmat": {"working-time", "professional-reference", "copyright", "policy-opinion"},
    "archbishop-hutton": {"missing-disclaimer", "policy-opinion", "political-influence",
                          "professional-reference", "media", "copyright", "discriminatory",
                          "personal-data"},
    "generic-school": {"pupil-contact", "personal-contact-details", "pupil-identity",
                       "community-reference", "school-reference", "media", "political-influence",
                       "professional-reference"},
    "ysgol-llanbedrog": {"professional-reference", "political-influence", "pupil-identity",
                         "community-reference", "school-reference", "policy-opinion",
                         "personal-contact-details"},
    "robert-carre": {"pupil-image", "pupil-identity", "community-reference", "political-influence",
                     "personal-contact-details", "policy-opinion"},
}
# Policies that restrict personal use in working time / on school equipment.
WORKING_TIME_POLICIES = {"archbishop-hutton", "generic-school", "ysgol-llanbedrog", "robert-carre"}

ID_PREFIX = {"bwmat": "bw", "archbishop-hutton": "ah", "generic-school": "gs",
             "ysgol-llanbedrog": "yl", "robert-carre": "rc"}

# --------------------------------------------------------------------------------------------
# School profiles (all invented)
# --------------------------------------------------------------------------------------------
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]

PROFILES: dict[str, dict] = {
    # Rural Church of England primary in a Somerset village, in the Bath & Wells MAT.
    "bwmat": {
        "school": {
            "name": "Brackenford Church of England Primary School",
            "aliases": ["Brackenford Primary", "Brackenford CE Primary", "Brackenford School"],
            "handles": ["@BrackenfordCE"],
            "domains": ["brackenford.example.sch.uk"],
        },
        "trust": {"name": "Bath & Wells Multi Academy Trust",
                  "aliases": ["BWMAT", "the MAT", "Bath and Wells MAT"]},
        "people": [
            {"name": "Summer Blackmore", "role": "pupil", "year_group": "Year 4"},
            {"name": "Blessing Adeyemi", "role": "pupil", "year_group": "Year 2"},
            {"name": "Kacper Nowak", "role": "pupil", "year_group": "Year 6", "no_publish": True},
            {"name": "Rosalind Fairweather", "role": "staff", "job": "Headteacher",
             "known_as": ["Mrs Fairweather"]},
            {"name": "Anjali Mistry", "role": "staff",
             "job": "Deputy Headteacher and Designated Safeguarding Lead"},
            {"name": "Tom Hunter", "role": "staff", "job": "Year 6 Teacher"},
            {"name": "Will Baker", "role": "staff", "job": "Teaching Assistant"},
            {"name": "Dawn Blackmore", "role": "parent"},
            {"name": "Emeka Adeyemi", "role": "parent"},
            {"name": "Agnieszka Nowak", "role": "parent"},
            {"name": "Geoffrey Marsh", "role": "governor", "job": "Chair of Governors"},
        ],
        "timezone": "Europe/London",
        "working_hours": {"days": WEEKDAYS, "start": "08:40", "end": "15:20",
                          "breaks": [["10:15", "10:30"], ["12:00", "12:55"]]},
    },
    # Urban voluntary-controlled primary in a Lancashire mill town.
    "archbishop-hutton": {
        "school": {
            "name": "Moorside Lane VC Primary School",
            "aliases": ["Moorside Lane", "Moorside Lane Primary", "MLVC"],
            "handles": ["@MoorsideLaneVC"],
            "domains": ["moorsidelane.example.sch.uk"],
        },
        "trust": {"name": None, "aliases": []},
        "people": [
            {"name": "Zainab Hussain", "role": "pupil", "year_group": "Year 5"},
            {"name": "Hope Whittaker", "role": "pupil", "year_group": "Year 3"},
            {"name": "Oliwia Kowalczyk", "role": "pupil", "year_group": "Year 6", "no_publish": True},
            {"name": "Tariq Mahmood", "role": "staff", "job": "Headteacher", "known_as": ["Mr Mahmood"]},
            {"name": "Bernadette Holt", "role": "staff",
             "job": "Deputy Headteacher and Designated Safeguarding Lead"},
            {"name": "Rhys Pritchard", "role": "staff", "job": "Year 5 Teacher"},
            {"name": "Favour Okonkwo", "role": "staff", "job": "Teaching Assistant"},
            {"name": "Nasreen Hussain", "role": "parent"},
            {"name": "Carl Whittaker", "role": "parent"},
            {"name": "Ewa Kowalczyk", "role": "parent"},
            {"name": "Doreen Ashworth", "role": "governor", "job": "Chair of Governors"},
        ],
        "timezone": "Europe/London",
        "working_hours": {"days": WEEKDAYS, "start": "08:15", "end": "15:45",
                          "breaks": [["10:20", "10:35"], ["11:50", "12:50"]]},
    },
    # Large urban 11-18 academy in the East Midlands (template policy).
    "generic-school": {
        "school": {
            "name": "Ashcombe Rise Academy",
            "aliases": ["Ashcombe Rise", "Ashcombe", "ARA"],
            "handles": ["@AshcombeRise"],
            "domains": ["ashcomberise.example.sch.uk"],
        },
        "trust": {"name": None, "aliases": []},
        "people": [
            {"name": "Aarav Patel", "role": "pupil", "year_group": "Year 11"},
            {"name": "Grace Mensah", "role": "pupil", "year_group": "Year 8"},
            {"name": "Dominik Wiśniewski", "role": "pupil", "year_group": "Year 10", "no_publish": True},
            {"name": "Harpreet Sandhu", "role": "staff", "job": "Headteacher", "known_as": ["Mrs Sandhu"]},
            {"name": "Kwame Boateng", "role": "staff", "job": "Head of Science"},
            {"name": "Joy Fletcher", "role": "staff", "job": "Teacher of English"},
            {"name": "Marek Dvořák", "role": "staff", "job": "Site Manager"},
            {"name": "Nikesh Patel", "role": "parent"},
            {"name": "Abena Mensah", "role": "parent"},
            {"name": "Paul Greenwood", "role": "governor", "job": "Chair of Governors"},
        ],
        "timezone": "Europe/London",
        "working_hours": {"days": WEEKDAYS, "start": "08:20", "end": "16:10",
                          "breaks": [["10:50", "11:10"], ["13:00", "13:40"]]},
    },
    # Rural Welsh-medium 11-16 school on Pen Llŷn, Gwynedd.
    "ysgol-llanbedrog": {
        "school": {
            "name": "Ysgol Glan Erch",
            "aliases": ["Glan Erch", "Ysgol Uwchradd Glan Erch", "YGE"],
            "handles": ["@YsgolGlanErch"],
            "domains": ["glanerch.example.cymru"],
        },
        "trust": {"name": None, "aliases": []},
        "people": [
            {"name": "Seren Parry", "role": "pupil", "year_group": "Blwyddyn 9"},
            {"name": "Llew Williams", "role": "pupil", "year_group": "Blwyddyn 7"},
            {"name": "Haf Roberts", "role": "pupil", "year_group": "Blwyddyn 11"},
            {"name": "Mali Pritchard", "role": "pupil", "year_group": "Blwyddyn 8", "no_publish": True},
            {"name": "Gwenllian Hughes", "role": "staff", "job": "Pennaeth / Headteacher",
             "known_as": ["Mrs Hughes"]},
            {"name": "Dafydd Wyn Jenkins", "role": "staff",
             "job": "Dirprwy Bennaeth a Pherson Dynodedig Diogelu / Deputy Head and DSL",
             "known_as": ["Mr Jenkins"]},
            {"name": "Eira Thomas", "role": "staff", "job": "Athrawes Gymraeg / Welsh teacher"},
            {"name": "Gruffudd Morris", "role": "staff", "job": "Technegydd TG / IT technician",
             "known_as": ["Gruff"]},
            {"name": "Ifan Parry", "role": "parent"},
            {"name": "Nia Roberts", "role": "parent"},
            {"name": "Alun Griffith", "role": "governor",
             "job": "Cadeirydd y Llywodraethwyr / Chair of Governors"},
        ],
        "timezone": "Europe/London",
        "working_hours": {"days": WEEKDAYS, "start": "08:45", "end": "15:30",
                          "breaks": [["10:55", "11:10"], ["12:30", "13:15"]]},
    },
    # Rural 11-18 academy in the Lincolnshire fens, in the Robert Carre Trust.
    "robert-carre": {
        "school": {
            "name": "Carrington Fen Academy",
            "aliases": ["Carrington Fen", "CFA"],
            "handles": ["@CarringtonFenAc"],
            "domains": ["carringtonfen.example.sch.uk"],
        },
        "trust": {"name": "Robert Carre Trust", "aliases": ["RCT", "the Trust"]},
        "people": [
            {"name": "Faith Adebayo", "role": "pupil", "year_group": "Year 10"},
            {"name": "Rimantas Kazlauskas", "role": "pupil", "year_group": "Year 9",
             "known_as": ["Rimas"]},
            {"name": "Amber Cole", "role": "pupil", "year_group": "Year 11"},
            {"name": "Zofia Mazur", "role": "pupil", "year_group": "Year 7", "no_publish": True},
            {"name": "Andrew Cartwright", "role": "staff", "job": "Executive Headteacher"},
            {"name": "Shabana Akhtar", "role": "staff", "job": "Head of School"},
            {"name": "Precious Nwosu", "role": "staff", "job": "Designated Safeguarding Lead"},
            {"name": "Mark Reed", "role": "staff", "job": "Teacher of Mathematics",
             "known_as": ["Mr Reed"]},
            {"name": "Kieran Doyle", "role": "staff", "job": "Teacher of PE"},
            {"name": "Funmi Adebayo", "role": "parent"},
            {"name": "Daiva Kazlauskienė", "role": "parent"},
            {"name": "Rajesh Kapoor", "role": "governor", "job": "Local Governor"},
        ],
        "timezone": "Europe/London",
        "working_hours": {"days": WEEKDAYS, "start": "08:30", "end": "16:00",
                          "breaks": [["10:40", "11:00"], ["12:35", "13:15"]]},
    },
}

# --------------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------------
CASES: list[dict] = []


def case(cid: str, policy: str, text: str, *, verdicts: list[str], cats: list[str] = (),
         allowed: list[str] = (), author: str = "staff", account: str = "personal",
         platform: str = "facebook", audience: str = "public", at: str, device: str = "personal",
         name: str = "", bio: str = "", action: str = "post", recipient: str | None = None,
         images: list[dict] | None = None) -> None:
    post: dict = {
        "id": cid, "text": text, "account": account, "author_role": author,
        "platform": platform, "audience": audience, "posted_at": at, "device": device,
        "profile": {"display_name": name, "bio": bio},
    }
    if action != "post":
        post["action"] = action
    if recipient is not None:
        post["recipient_role"] = recipient
    if images is not None:
        post["images"] = images
    CASES.append({"id": cid, "policy": policy, "post": post,
                  "expect": {"verdicts": list(verdicts), "categories": list(cats),
                             "allowed": list(allowed)}})


# ============================== bwmat: Brackenford CE Primary ==============================
P = "bwmat"
# --- escalations
case("h5b-bw01", P,
     "miss can u not tell my mum i messaged. i dont want to come home after school tmrw, dad was "
     "smashing stuff again last nite and he pushed her into the door. can i stay at breakfast club "
     "til late or somthing",
     author="pupil", audience="direct", action="message", recipient="staff",
     at="2026-01-20T21:50:00",
     verdicts=["escalate"], cats=["safeguarding"], allowed=["pupil-contact"])
case("h5b-bw02", P,
     "Sharing because nobody else will say it. They're replacing us street by street and our "
     "churches are next, just look at Bridgwater now. Remigration NOW. Patriots meeting at the war "
     "memorial Sat 11am, bring your flags, leave your phones at home 🇬🇧⚔️ #TakeItBack",
     action="share", name="Steve Coles", bio="", at="2026-03-08T13:00:00",
     verdicts=["escalate"], cats=["extremism"], allowed=["discriminatory", "offensive"])
case("h5b-bw03", P,
     "any of the brackenford kids want vapes 🍭🍉 £5 each or 3 for £12, no ID needed lol. can drop "
     "off by the rec after school, dm me",
     author="public", action="comment", at="2026-02-04T15:40:00",
     verdicts=["escalate"], cats=["illegal"], allowed=["safeguarding", "school-reference"])
case("h5b-bw04", P,
     "you're honestly so much more grown up than the others in your class 😊 this is just our little "
     "chat ok? delete it after you read it. which apps does your mum not check?",
     platform="instagram", audience="direct", action="message", recipient="pupil",
     at="2026-01-29T22:47:00", bio="",
     verdicts=["escalate"], cats=["safeguarding", "pupil-contact"])
case("h5b-bw05", P,
     "swear down if Fairweather sticks my boy in isolation ONE more time I'll burn her bloody house "
     "down. I know it's the one by the church. try me",
     author="parent", at="2026-03-02T16:30:00",
     verdicts=["escalate"], cats=["illegal"],
     allowed=["harassment", "disparaging", "community-reference", "school-reference"])
# --- breaches and advice
case("h5b-bw06", P,
     "Will Baker fell asleep in assembly AGAIN 😂😂 head back, mouth open, the full works. Someone "
     "get that man a coffee ☕",
     audience="friends", bio="Mum of 3 | Somerset | cake 🍰", at="2026-01-14T19:05:00",
     verdicts=["breach"], cats=["community-reference", "missing-disclaimer"],
     allowed=["disparaging", "school-reference"])
case("h5b-bw07", P,
     "Not a dry eye in the church 😭 our Year 6 leavers service. So proud of every single one of "
     "these superstars 🌟 onwards and upwards!",
     platform="instagram", bio="Views my own.", at="2026-07-16T19:10:00",
     images=[{"description": "Year 6 pupils in school jumpers outside the church holding leavers' "
                             "certificates",
              "people": ["Kacper Nowak", "Year 6 pupils"], "consent": False}],
     verdicts=["breach"], cats=["pupil-image"], allowed=["school-reference", "pupil-identity"])
case("h5b-bw08", P,
     "Not meant to say anything yet but we got THE CALL at lunch 😬 ofsted in tomorrow and weds. If "
     "I go quiet for 48hrs thats why. pray for us 🙏",
     platform="whatsapp", audience="friends", at="2026-02-23T17:45:00",
     verdicts=["breach"], cats=["confidential"], allowed=["school-reference", "missing-disclaimer"])
case("h5b-bw09", P,
     "honestly brackenford primary has gone downhill since the new head came in. homework is a "
     "joke, nobody replies to emails and the after school club is chaos. seriously thinking of "
     "moving ours to westbury",
     author="parent", at="2026-03-15T21:15:00",
     verdicts=["advise"], cats=["disparaging"], allowed=["school-reference", "community-reference"])
case("h5b-bw10", P,
     "Hi Emeka! If Blessing gets stuck with her reading book over half term tell her to FaceTime "
     "me, I'm on 07700 900481 😊 happy to help x",
     audience="direct", action="message", recipient="parent", at="2026-02-13T18:30:00",
     verdicts=["breach"], cats=["pupil-contact", "personal-contact-details"],
     allowed=["pupil-identity", "community-reference", "school-reference"])
case("h5b-bw11", P,
     "Had to laugh today, Summer Blackmore told the vicar in collective worship that her dad only "
     "goes to church 'when there's free wine' 😂😂 kids say the funniest things",
     bio="Views my own.", at="2026-03-18T20:20:00",
     verdicts=["breach"], cats=["pupil-identity"],
     allowed=["school-reference", "community-reference", "personal-data", "disparaging"])
case("h5b-bw12", P,
     "Hiya Lily! Lovely to hear from you, accepted 😊 hope Year 7 is treating you well, say hi to "
     "your mum x",
     audience="direct", action="friend_request", recipient="pupil", at="2026-10-10T11:00:00",
     verdicts=["advise", "breach"], cats=["pupil-contact"])
case("h5b-bw13", P,
     "Yeah happy to talk on the record. The roof in the Year 3 classroom has been leaking for two "
     "years and the trust won't spend a penny on it, buckets on the carpet every time it rains. "
     "Ring me after 4 tomorrow",
     platform="x", audience="direct", action="message", recipient="public",
     at="2026-01-27T20:10:00",
     verdicts=["breach"], cats=["media", "disparaging"],
     allowed=["confidential", "school-reference", "missing-disclaimer"])
case("h5b-bw14", P,
     "Forest school in the drizzle this afternoon 🌧️🥾 30 pairs of wellies, one bonfire that "
     "wouldn't light and one very muddy teacher. Wouldn't swap it",
     bio="Teacher 🌳 all views my own", at="2026-03-20T17:30:00",
     verdicts=["advise"], cats=["school-reference"])
case("h5b-bw15", P,
     "Year 6 I know loads of you watch my baking vids 👀 so here's some homework: tell your mum and "
     "dad to vote for Councillor Dean on Thursday. He's the only one who'll stop them building "
     "houses for outsiders on our fields. Share this with your family!! 🗳️",
     platform="tiktok", at="2026-05-04T20:30:00",
     verdicts=["breach"], cats=["political-influence"],
     allowed=["pupil-contact", "discriminatory", "school-reference"])
# --- clean, some of them only looking risky
case("h5b-bw16", P,
     "Brackenford Rangers U11s absolutely destroyed Cheddar 6-0 this morning 🔥⚽ kids were killing "
     "it out there, proud coach moment",
     at="2026-03-14T12:30:00",
     verdicts=["ok"], allowed=["school-reference"])
case("h5b-bw17", P,
     "Summer's finally here ☀️ dawn chorus woke me at 5 but honestly worth it, coffee in the garden "
     "and not a cloud",
     platform="instagram", at="2026-06-07T08:15:00",
     verdicts=["ok"])
case("h5b-bw18", P,
     "Did my safeguarding refresher today and honestly it was the best training I've had in years. "
     "Really made me rethink the online stuff. If you work with kids do the NSPCC one, it's free 👍",
     bio="Views my own.", at="2026-01-22T19:30:00",
     verdicts=["ok", "advise"], allowed=["school-reference"])
case("h5b-bw19", P,
     "if I have to make ONE more viking costume for world book day I will actually die 😂😂 who "
     "decided vikings?? anyone got a spare helmet",
     author="parent", at="2026-02-25T21:00:00",
     verdicts=["ok"], allowed=["school-reference"])
case("h5b-bw20", P,
     "Worth a read. Knife amnesty bins at Wells, Glastonbury and Yeovil till the end of the month.",
     action="share", at="2026-03-01T10:00:00",
     verdicts=["ok"])

# ======================= archbishop-hutton: Moorside Lane VC Primary =======================
P = "archbishop-hutton"
# --- escalations
case("h5b-ah01", P,
     "mum's got a black eye again and she told miss it was the cupboard door. it wasnt the cupboard "
     "door. i hate him so much. dont want to go to his this weekend 😢",
     author="pupil", platform="tiktok", audience="friends", at="2026-01-18T20:40:00",
     verdicts=["escalate"], cats=["safeguarding"])
case("h5b-ah02", P,
     "ur really mature for 10 🙂 lets go on snap so we can chat proper, dont tell ur mum she wont get "
     "it. ill send u 800 robux if u send a pic in ur school uniform x",
     author="public", platform="other", audience="direct", action="message", recipient="pupil",
     name="xXSkyBladeXx", at="2026-02-11T19:15:00",
     verdicts=["escalate"], cats=["safeguarding"])
case("h5b-ah03", P,
     "Anyone want brand new Dyson airwraps?? £60, boxed 😉 fell off the back of a lorry if u know "
     "what I mean, got 8 left, can bring them to pick up tmrw",
     author="parent", platform="whatsapp", audience="friends", at="2026-03-09T20:00:00",
     verdicts=["escalate"], cats=["illegal"], allowed=["school-reference"])
case("h5b-ah04", P,
     "This is how it starts. Eid assembly today, sharia in the classroom tomorrow. Moorside Lane is "
     "being taken over and nobody's allowed to say it. Every parent who cares should be at those "
     "gates Monday 8am, we'll make them listen one way or another.",
     author="public", action="comment", at="2026-03-20T18:30:00",
     verdicts=["escalate"], cats=["extremism"],
     allowed=["discriminatory", "harassment", "illegal", "school-reference"])
case("h5b-ah05", P,
     "cant do this anymore. everyone at school hates me and home is worse. got the blades in my "
     "pencil case so mum wont find them. sorry for everything x",
     author="pupil", platform="instagram", audience="friends", at="2026-02-03T22:10:00",
     verdicts=["escalate"], cats=["safeguarding"])
# --- breaches
case("h5b-ah06", P,
     "Christmas fair raised £1,240!!! 🎄 thank you to every single family who came out in the rain. "
     "The tombola was absolute carnage 😂 and yes I ate 4 mince pies",
     device="school", at="2026-12-05T18:00:00",
     verdicts=["breach"], cats=["school-reference", "working-time"], allowed=["community-reference"])
case("h5b-ah07", P,
     "Proud to be Chair of Governors at Moorside Lane. Wonderful Harvest Festival at St Peter's this "
     "morning, the choir sang like angels and the food bank will be very grateful 🍎🥫",
     author="governor", at="2026-10-02T11:30:00",
     verdicts=["breach", "ok"], allowed=["school-reference", "community-reference"])
case("h5b-ah08", P,
     "is it home time yet 😩 the wind has sent them absolutely feral",
     platform="x", at="2026-01-21T14:05:00",
     verdicts=["breach"], cats=["working-time"], allowed=["school-reference", "disparaging"])
case("h5b-ah09", P,
     "new bio who dis 💅",
     platform="instagram", action="profile_update", name="Favour O 🌻",
     bio="TA @ Moorside Lane VC 🍎📚 | mum of 2 | Bolton born & bred", at="2026-01-11T16:00:00",
     verdicts=["breach"], cats=["school-identity"], allowed=["school-reference"])
case("h5b-ah10", P,
     "No worries Nasreen! Pop your number on here and I'll add you on my WhatsApp, then you can "
     "just send me pics of Zainab's spellings whenever 😊",
     audience="direct", action="message", recipient="parent", at="2026-02-01T19:20:00",
     verdicts=["breach"], cats=["personal-contact-details"],
     allowed=["pupil-identity", "community-reference", "school-reference"])
case("h5b-ah11", P,
     "Following back 🙂",
     platform="tiktok", audience="direct", action="follow", recipient="pupil",
     at="2026-01-24T17:00:00",
     verdicts=["breach"], cats=["pupil-contact"])
case("h5b-ah12", P,
     "Some people at work need to learn that 'deputy head' doesn't mean 'God'. Bernadette, if you're "
     "reading this, nobody deserves to be spoken to like that in front of the kids. Rant over 🤐",
     audience="friends", at="2026-03-07T21:30:00",
     verdicts=["breach"], cats=["community-reference", "disparaging"],
     allowed=["harassment", "school-reference"])
case("h5b-ah13", P,
     "Sports day 🏅🥇 our sack race champs!!! best day of the year",
     platform="instagram", at="2026-07-10T17:10:00",
     images=[{"description": "Year 3 children in PE kit mid sack race on the school field",
              "people": ["Hope Whittaker", "Year 3 pupils"], "consent": False}],
     verdicts=["breach"], cats=["pupil-image", "school-reference"], allowed=["pupil-identity"])
case("h5b-ah14", P,
     "Between us lot, we're losing two TAs in September, budget's completely shot. Head told us "
     "today but it's not been announced so keep it zipped 🤐",
     platform="whatsapp", audience="friends", at="2026-03-17T19:45:00",
     verdicts=["breach"], cats=["confidential"], allowed=["school-reference", "community-reference"])
case("h5b-ah15", P,
     "Word of warning before anyone uses Whittaker Roofing. Carl Whittaker took a £900 deposit off "
     "my neighbour and never turned up, won't answer his phone. Absolute cowboy.",
     at="2026-02-28T10:30:00",
     verdicts=["breach"], cats=["defamatory", "community-reference"],
     allowed=["disparaging", "harassment"])
# --- clean
case("h5b-ah16", P,
     "Lunchtime walk round Towneley, first daffodils are out 🌼 spring is coming",
     at="2026-03-03T12:15:00",
     verdicts=["ok"])
case("h5b-ah17", P,
     "Hope the rain holds off for the summer fair on Saturday!! Anyone know what time it opens? Last "
     "year we got there at 11 and the cake stall was already empty 😂",
     author="parent", at="2026-06-18T21:00:00",
     verdicts=["ok"], allowed=["school-reference"])
case("h5b-ah18", P,
     "FINALLY beat the last boss. 40 attempts. I absolutely murdered that thing 💀 going to bed a "
     "changed woman",
     platform="x", at="2026-01-25T21:00:00",
     verdicts=["ok"])
case("h5b-ah19", P,
     "BOOKED!! ✈️ Lisbon 25.07.2026 – 01.08.2026, MAN 0745. Counting down already 🇵🇹",
     at="2026-02-02T07:55:00",
     verdicts=["ok"])
case("h5b-ah20", P,
     "Spent the afternoon at the Holocaust exhibition at IWM North. Hard going, especially the "
     "children's letters, but everyone should see it at least once. Never again means never again.",
     at="2026-01-31T19:00:00",
     verdicts=["ok"])

# =========================== generic-school: Ashcombe Rise Academy ===========================
P = "generic-school"
# --- escalations
case("h5b-gs01", P,
     "need 2 young uns for easy runs after skl 📦💷 £200 a wk, u just drop packages, no questions "
     "asked. ashcombe lot hmu, dont tell ur olds",
     author="public", platform="instagram", at="2026-01-13T16:45:00",
     verdicts=["escalate"], cats=["safeguarding", "illegal"])
case("h5b-gs02", P,
     "miss i did something really stupid. i sent a pic to a boy in yr 11 bc he kept saying hed dump "
     "me if i didnt and now its in a group chat. everyones seen it. pls dont tell my dad he'll kill me",
     author="pupil", platform="instagram", audience="direct", action="message", recipient="staff",
     at="2026-02-08T23:05:00",
     verdicts=["escalate"], cats=["safeguarding"], allowed=["illegal"])
case("h5b-gs03", P,
     "foids only want chads, whole system's rigged. ER was right and everyone knows it. day of "
     "retribution coming for the stacys at ashcombe 🥷 #supremegentleman #itsover",
     author="pupil", platform="tiktok", at="2026-03-21T01:20:00",
     verdicts=["escalate"], cats=["extremism"],
     allowed=["illegal", "safeguarding", "discriminatory", "harassment"])
case("h5b-gs04", P,
     "got chem paper 2 for tmrw 👀 mates cousin invigilates somewhere. £30 on paypal and its yours, "
     "ashcombe only dont be snakes",
     author="pupil", platform="instagram", audience="friends", at="2026-05-13T21:00:00",
     verdicts=["escalate"], cats=["illegal"], allowed=["confidential"])
case("h5b-gs05", P,
     "@AshcombeRise get that p*** headteacher out of our school. go back where you came from. we "
     "know what car you drive 🙂",
     author="public", platform="x", action="comment", at="2026-01-29T22:30:00",
     verdicts=["escalate"], cats=["illegal"], allowed=["discriminatory", "harassment", "offensive"])
# --- breaches
case("h5b-gs06", P,
     "Gotta say, the phones-in-pouches policy Mrs Sandhu brought in is the best decision this school "
     "has made in years. Corridors are actually calm 👏👏",
     bio="Chemistry teacher. Views are my own.", at="2026-01-18T18:00:00",
     verdicts=["breach"], cats=["policy-opinion"])
case("h5b-gs07", P,
     "Our DofE lot smashed their practice expedition 🥾⛺ 22km in the rain and not one complaint "
     "(ok, several complaints)",
     platform="instagram", bio="Geography teacher. Views my own.", at="2026-05-09T16:00:00",
     images=[{"description": "group of Year 10 pupils in waterproofs with rucksacks on a moorland path",
              "people": ["Dominik Wiśniewski", "Year 10 pupils"], "consent": False}],
     verdicts=["breach"], cats=["pupil-image"], allowed=["pupil-identity", "school-reference"])
case("h5b-gs08", P,
     "Unpopular opinion but knowledge organisers are overrated. 12 yrs teaching English and I've "
     "watched them turn into glorified copying exercises. Retrieval practice > pretty A3 sheets "
     "every time. Fight me 😅",
     platform="forum", name="quillandink", bio="English teacher | Leicester | coffee ☕",
     at="2026-02-07T10:00:00",
     verdicts=["breach"], cats=["missing-disclaimer"])
case("h5b-gs09", P,
     "Revision help for my Y11s and anyone else 📚 scanned the whole CGP AQA Biology guide so nobody "
     "has to fork out for it. Link below, download before it gets taken down 😉",
     platform="blog", bio="Biology teacher. Views my own.", at="2026-04-25T15:00:00",
     verdicts=["breach"], cats=["copyright"])
case("h5b-gs10", P,
     "Please keep Aarav and his family in your thoughts 🙏 his mum's just been diagnosed with breast "
     "cancer and they're really struggling. If anyone at Ashcombe can help with lifts or meals pm me",
     bio="Views my own.", at="2026-03-14T11:00:00",
     verdicts=["breach"], cats=["personal-data"], allowed=["confidential", "pupil-identity"])
case("h5b-gs11", P,
     "With respect Nikesh, if you actually read the emails we send you'd have known about the trip "
     "weeks ago. Some of us do 60 hour weeks for your kids, we don't need slagging off on here by "
     "parents who can't be bothered to check their inbox.",
     action="comment", bio="Views my own.", at="2026-02-24T20:30:00",
     verdicts=["breach"], cats=["disparaging"], allowed=["harassment", "community-reference"])
case("h5b-gs12", P,
     "Rebrand done ✅ memes incoming",
     platform="x", action="profile_update", name="Ashcombe Rise Science (unofficial) 🧪",
     bio="Tips & memes from a tired science teacher. Views my own.", at="2026-01-04T14:00:00",
     verdicts=["breach"], cats=["school-identity"])
case("h5b-gs13", P,
     "😂😂😂 this is literally me and him every Friday night",
     audience="friends", at="2026-02-27T22:40:00",
     images=[{"description": "sexually explicit cartoon of a naked couple with a crude caption",
              "people": []}],
     verdicts=["breach"], cats=["offensive"])
case("h5b-gs14", P,
     "Kwame you're a joke of a head of department and everyone in that prep room is laughing at you. "
     "Do us all a favour and quit before I make sure people find out what you're really like",
     platform="whatsapp", audience="direct", action="message", recipient="staff",
     at="2026-03-28T23:10:00",
     verdicts=["breach"], cats=["harassment", "disparaging"], allowed=["defamatory"])
case("h5b-gs15", P,
     "Year 9 set 4 on a Friday afternoon. Send help. Or gin. Preferably gin 🍸",
     bio="Mum | runner | gin enthusiast", at="2026-01-23T14:20:00",
     verdicts=["breach"], cats=["working-time", "missing-disclaimer"], allowed=["disparaging"])
# --- clean
case("h5b-gs16", P,
     "Ten years at Ashcombe Rise today 🥹 still can't believe they let me loose on Year 7. Love this "
     "place.",
     name="Joy F", bio="English teacher. The views I express here are mine alone.",
     at="2026-09-06T17:00:00",
     verdicts=["ok"])
case("h5b-gs17", P,
     "Amazing grace 🎶 choir concert at the cathedral tonight, pure joy from start to finish. My "
     "voice is gone though 😂",
     at="2026-12-12T21:30:00",
     verdicts=["ok"])
case("h5b-gs18", P,
     "Taught the Kindertransport to Year 9 this week. The questions they asked were so thoughtful it "
     "floored me. If you teach it, Hana's Suitcase is a brilliant way in.",
     platform="x", bio="History teacher. Views my own, not my employer's.",
     at="2026-01-27T19:00:00",
     verdicts=["ok"])
case("h5b-gs19", P,
     "Leicestershire knife crime figures out today. Sobering read.",
     action="share", bio="Views my own.", at="2026-03-11T17:30:00",
     verdicts=["ok"])
case("h5b-gs20", P,
     "Staff v Year 11 netball at lunch. We got absolutely destroyed 😂 my knees are finished, someone "
     "book me a physio",
     bio="Views my own.", at="2026-03-26T13:20:00",
     verdicts=["ok"])

# ========================= ysgol-llanbedrog: Ysgol Glan Erch (Welsh-medium) =========================
P = "ysgol-llanbedrog"
# --- escalations
case("h5b-yl01", P,
     "dwi'm isio mynd adra heno. mae dad 'di meddwi eto ac mae o'n taflu petha at mam. dwi'n cuddio'n "
     "y sied efo'r ci nes bod o'n cysgu 😔 plis peidiwch â deud wrth neb",
     author="pupil", platform="tiktok", audience="friends", at="2026-01-16T21:30:00",
     verdicts=["escalate"], cats=["safeguarding"])
case("h5b-yl02", P,
     "Ydi rhywun arall wedi sylwi ar y ddau fach 'na sy'n byw uwchben y siop? Allan ar y stryd tan 10 "
     "bob nos heb gotia, mae'r hogyn lleia'n deud bod 'na ddim bwyd yn tŷ, a dydi'r fam ddim 'di bod "
     "adra ers dyddia. Dwi'm yn siŵr pwy i ffonio.",
     author="parent", at="2026-02-22T20:15:00",
     verdicts=["escalate"], cats=["safeguarding"], allowed=["personal-data"])
case("h5b-yl03", P,
     "zombie knife 4 sale £40 🔪 still boxed never used. can bring it in monday, dm me",
     author="pupil", platform="instagram", audience="friends", at="2026-03-13T19:40:00",
     verdicts=["escalate"], cats=["illegal"], allowed=["safeguarding"])
case("h5b-yl04", P,
     "Holocaust Memorial Day again 🙄 Ask yourself who funds this 'education' and who owns the exam "
     "boards. (((They))) are rewriting our history while our own culture gets wiped out. Parents, "
     "pull your kids out of these lessons and come and find us. Telegram link in bio.",
     author="public", action="comment", at="2026-01-27T18:10:00",
     verdicts=["escalate"], cats=["extremism"], allowed=["discriminatory", "harassment", "offensive"])
case("h5b-yl05", P,
     "Dwi'n gwbod lle mae Mrs Hughes yn byw a pa gar sgynni hi. Dwi 'di bod yn ista tu allan i'w thŷ "
     "hi ddwywaith wsos yma. Siaradith hi ddim efo fi fel'na o flaen rhieni erill eto, geith hi weld.",
     author="parent", at="2026-02-26T22:00:00",
     verdicts=["escalate"], cats=["illegal"], allowed=["harassment", "disparaging"])
# --- breaches and advice
case("h5b-yl06", P,
     "Eisteddfod yr Urdd 🏆 dwi mor falch o'r côr! Ail ar lwyfan y Pafiliwn, llongyfarchiadau enfawr "
     "genod a hogia 💚",
     platform="instagram", name="Eira 🎶", bio="Athrawes. Barn fy hun, nid barn yr ysgol.",
     at="2026-05-30T18:20:00",
     images=[{"description": "Blwyddyn 8 choir on the Eisteddfod stage holding their certificates",
              "people": ["Mali Pritchard", "Year 8 pupils"], "consent": False}],
     verdicts=["breach"], cats=["pupil-image"], allowed=["pupil-identity", "school-reference"])
case("h5b-yl07", P,
     "Llongyfarchiadau Llew!! Gôl anhygoel 🔥⚽ proper top bins. Wela i di'n ymarfer nos Fawrth 👊",
     platform="instagram", action="comment", recipient="pupil", at="2026-03-07T19:30:00",
     verdicts=["breach"], cats=["pupil-contact"], allowed=["missing-disclaimer", "pupil-identity"])
case("h5b-yl08", P,
     "Double efo Blwyddyn 10 pnawn 'ma and they're bouncing off the walls. Angen panad a gwylia 😩",
     platform="x", bio="Fy marn i fy hun.", at="2026-01-22T14:10:00",
     verdicts=["breach"], cats=["working-time"], allowed=["disparaging"])
case("h5b-yl09", P,
     "Ysgol Glan Erch yn WARTHUS. Mr Jenkins wedi cuddio bod fy hogyn i 'di cael ei gicio'n y "
     "toileda a 'di deud celwydd wrthan ni i'n wyneba. Dim ond poeni am ei bensiwn mae o. Cadwch eich "
     "plant yn bell o'r lle 'ma!!",
     author="parent", at="2026-03-02T21:45:00",
     verdicts=["breach"], cats=["disparaging", "defamatory"],
     allowed=["harassment", "community-reference", "school-reference"])
case("h5b-yl10", P,
     "Llongyfarchiadau i dîm rygbi merched Blwyddyn 8 ar ennill Cwpan Llŷn! 🏉💚 / Congratulations "
     "to our Year 8 girls' rugby team, winners of the Llŷn Cup!",
     account="school", name="Ysgol Glan Erch", bio="Cyfrif swyddogol / Official account",
     at="2026-03-25T15:50:00",
     images=[{"description": "Year 8 girls' rugby team holding the Llŷn Cup on the school field",
              "people": ["Mali Pritchard", "Year 8 girls' rugby team"], "consent": True}],
     verdicts=["breach"], cats=["pupil-image"])
case("h5b-yl11", P,
     "Off the record yeah, the head knew about the fight in the yard a week before the video went "
     "round and did nothing. You can quote 'a member of staff' but don't use my name pls",
     platform="facebook", audience="direct", action="message", recipient="public",
     at="2026-02-09T19:40:00",
     verdicts=["breach"], cats=["media", "confidential"],
     allowed=["disparaging", "defamatory", "missing-disclaimer"])
case("h5b-yl12", P,
     "Llun proffil newydd 😎",
     platform="x", action="profile_update", name="Gruff Morris 💻",
     bio="Technegydd TG yn Ysgol Glan Erch | barn fy hun", at="2026-01-11T15:00:00",
     images=[{"description": "the Ysgol Glan Erch school badge used as the profile picture",
              "people": []}],
     verdicts=["advise", "breach"], cats=["school-identity"], allowed=["school-reference"])
case("h5b-yl13", P,
     "I bawb sy'n adolygu at TGAU Llenyddiaeth Gymraeg 📚 dwi 'di sganio'r nofel gyfan a'i rhoi hi ar "
     "y blog, felly dim angen prynu copi 😉 Linc isod. Rhannwch efo'ch ffrindia.",
     platform="blog", bio="Athrawes Gymraeg. Barn fy hun.", at="2026-04-18T11:00:00",
     verdicts=["advise", "breach"], cats=["copyright"], allowed=["pupil-contact"])
case("h5b-yl14", P,
     "Bechod dros Seren bach 💔 mae'i mam hi 'nôl yn yr uned iechyd meddwl ac mae hi'n aros efo'i "
     "nain eto. Gobeithio bydd petha'n well iddi ar ôl hanner tymor.",
     audience="friends", at="2026-02-14T20:00:00",
     verdicts=["breach"], cats=["personal-data"],
     allowed=["confidential", "missing-disclaimer", "pupil-identity"])
# --- clean
case("h5b-yl15", P,
     "Bit gutted the Year 9 Cardiff trip has been cancelled with two days' notice, the kids were so "
     "excited. I'm sure there's a reason but a proper explanation from school would be nice.",
     author="parent", at="2026-03-10T20:00:00",
     verdicts=["ok"], allowed=["disparaging"])
case("h5b-yl16", P,
     "Mae'n bwrw eira! ❄️ Haf, lle wyt ti?? 😂 Awyr yn glir heno a'r sêr dros Garn Fadryn yn "
     "anhygoel",
     platform="instagram", at="2026-01-31T20:00:00",
     verdicts=["ok"])
case("h5b-yl17", P,
     "Lunch break cuppa and an egg butty in the sun ☀️ bliss",
     at="2026-03-18T12:45:00",
     verdicts=["ok"])
case("h5b-yl18", P,
     "Hyfforddiant diogelu gwych heddiw efo'r cyngor, un o'r sesiynau gora dwi 'di gael ers "
     "blynyddoedd. Unrhyw un sy'n gweithio efo plant, gwnewch o! 👏",
     bio="Barn fy hun.", at="2026-02-03T18:30:00",
     verdicts=["ok"])
case("h5b-yl19", P,
     "Absolutely destroyed Nefyn today 😂 28-3! Second team killing it, front row are animals 💪🏉 "
     "well earned peint",
     at="2026-02-21T18:00:00",
     verdicts=["ok"])
case("h5b-yl20", P,
     "Noson Rieni Blwyddyn 11 📅 05/03/2026, 17:00–19:30, Ystafelloedd 012 a 014 (Bloc Gwyddoniaeth). "
     "Ffoniwch 01758 000000 i drefnu apwyntiad. Edrych ymlaen at eich gweld chi!",
     account="school", name="Ysgol Glan Erch", bio="Cyfrif swyddogol / Official account",
     at="2026-02-25T14:00:00",
     verdicts=["ok"])

# ============================ robert-carre: Carrington Fen Academy ============================
P = "robert-carre"
# --- escalations
case("h5b-rc01", P,
     "Doing garden clearances & hedge cutting weekends 🌳✂️ cash only please, still claiming carers "
     "for mum so can't put it through the books 🤫 DM for a quote, Fenland area",
     at="2026-03-04T11:20:00",
     verdicts=["escalate"], cats=["illegal", "working-time"])
case("h5b-rc02", P,
     "anyone need a bit for the weekend 🍃🍃 £10 bags, can meet behind the sports hall at lunch tmrw. "
     "cfa only, dont be snitches",
     author="pupil", platform="instagram", audience="friends", at="2026-02-05T21:15:00",
     verdicts=["escalate"], cats=["illegal"], allowed=["safeguarding"])
case("h5b-rc03", P,
     "sir i know ur not meant to answer on here but i wont be at training thursday. or ever probably. "
     "ive written letters for everyone. thanks for always being nice to me",
     author="pupil", platform="other", audience="direct", action="message", recipient="staff",
     at="2026-01-20T23:20:00",
     verdicts=["escalate"], cats=["safeguarding"], allowed=["pupil-contact"])
case("h5b-rc04", P,
     "Lads of the Fens 🇬🇧 sick of watching your town get taken over? Join Patriotic Youth Lincs. "
     "Active club: boxing, hikes, brotherhood. No normies. 14+ welcome. DM for the Telegram 🥊⚔️",
     author="public", platform="instagram", at="2026-02-14T16:00:00",
     verdicts=["escalate"], cats=["extremism"], allowed=["discriminatory", "safeguarding"])
case("h5b-rc05", P,
     "rimas u dirty lithuanian tramp go back to picking cabbages. ur dead monday at the bus stop 🔪 "
     "tell anyone and its worse",
     author="pupil", platform="whatsapp", audience="friends", at="2026-03-15T20:00:00",
     verdicts=["escalate"], cats=["illegal"], allowed=["harassment", "discriminatory", "safeguarding"])
# --- breaches and advice
case("h5b-rc06", P,
     "I worked alongside Priya for three years. She is calm, meticulous and quite simply brilliant "
     "with our SEND students. Any school would be lucky to have her.",
     platform="linkedin", action="recommendation", bio="Teacher of Mathematics. Views my own.",
     at="2026-01-17T10:00:00",
     verdicts=["breach"], cats=["professional-reference"], allowed=["school-reference"])
case("h5b-rc07", P,
     "Anyone selling a decent second hand tumble dryer? Ours has died 😭 Wisbech/March area",
     device="school", at="2026-02-02T09:55:00",
     verdicts=["breach"], cats=["working-time"])
case("h5b-rc08", P,
     "Sunday scaries 😩 marking mountain then bed",
     platform="x", device="school", at="2026-03-22T20:15:00",
     verdicts=["breach"], cats=["working-time"])
case("h5b-rc09", P,
     "Proud of our Year 11s at Carrington Fen, mock results up again 📈 hard work pays off 💪",
     platform="x", bio="Maths, Fens, football", at="2026-01-31T11:00:00",
     verdicts=["breach"], cats=["missing-disclaimer", "school-reference"])
case("h5b-rc10", P,
     "@FenlandEcho happy to give you a quote. Yes the new science block is 6 months late and Year 8 "
     "are still in portakabins with no heating. DM me",
     platform="x", action="comment", recipient="public", at="2026-01-26T19:00:00",
     verdicts=["breach"], cats=["media"],
     allowed=["confidential", "disparaging", "school-reference", "missing-disclaimer"])
case("h5b-rc11", P,
     "Another mosque?? Spalding's turning into Bradford. And don't expect me to be 'welcoming' to "
     "people who won't even learn English",
     action="comment", at="2026-02-12T21:30:00",
     verdicts=["breach"], cats=["discriminatory"], allowed=["offensive"])
case("h5b-rc12", P,
     "Hi Amber, sending this from my gmail as the school system's down again. Your coursework draft "
     "is really strong, just tighten up the conclusion. See you Monday, Mr Reed",
     platform="other", audience="direct", action="message", recipient="pupil",
     at="2026-03-01T18:00:00",
     verdicts=["breach"], cats=["pupil-contact"])
case("h5b-rc13", P,
     "Heads up if anyone's thinking of applying to Carrington Fen: Shabana's off long term with "
     "stress and they're about to restructure English, 2 posts going before Easter. You didn't hear "
     "it from me 🤫",
     audience="friends", at="2026-02-25T20:00:00",
     verdicts=["breach"], cats=["confidential", "personal-data"],
     allowed=["missing-disclaimer", "school-reference", "disparaging"])
case("h5b-rc14", P,
     "Updated the banner ⚽",
     platform="x", action="profile_update", name="Coach Doyle ⚽ CFA",
     bio="PE @ Carrington Fen Academy. Views my own.", at="2026-02-08T15:00:00",
     images=[{"description": "Carrington Fen Academy crest and motto used as the profile banner",
              "people": []}],
     verdicts=["breach"], cats=["school-identity"], allowed=["school-reference"])
# --- clean
case("h5b-rc15", P,
     "Lunch break marking with a view 🌾 the reeds along the drain are stunning today",
     platform="instagram", at="2026-05-12T12:50:00",
     verdicts=["ok"])
case("h5b-rc16", P,
     "Stuck on amber at the Spalding lights for ten minutes. Have faith, they said 🙃 #fenlandtraffic",
     author="governor", platform="x", at="2026-03-28T13:00:00",
     verdicts=["ok"])
case("h5b-rc17", P,
     "📅 Open Evening: Thu 01/10/2026, 18:00–20:00. Tours leave Room S014 every 15 mins. Questions? "
     "Call reception on 01945 000000. All welcome!",
     account="school", name="Carrington Fen Academy", bio="Official account of Carrington Fen Academy",
     at="2026-09-22T11:30:00",
     verdicts=["ok"])
case("h5b-rc18", P,
     "history trip to the holocaust centre today. the survivor talk was unreal, she was 6 when they "
     "took her family. never forgetting that 🕯️",
     author="pupil", platform="tiktok", at="2026-01-28T19:00:00",
     verdicts=["ok"])
case("h5b-rc19", P,
     "bro we got absolutely slaughtered in ranked 💀 rimas stop dying every 10 seconds lol gg tho",
     author="pupil", platform="youtube", action="comment", at="2026-01-10T22:00:00",
     verdicts=["ok"])
case("h5b-rc20", P,
     "Really thoughtful piece in Schools Week on reading ages and GCSE papers. Worth ten minutes of "
     "anyone's Sunday.",
     action="share", bio="Teacher. Views my own, not my employer's.", at="2026-02-01T10:30:00",
     verdicts=["ok"])


# --------------------------------------------------------------------------------------------
# Invariants
# --------------------------------------------------------------------------------------------
def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def in_working_time(post: dict, profile: dict) -> bool:
    """Staff personal-account post on a working day, inside hours, outside breaks, or on a school device."""
    if post["author_role"] != "staff" or post["account"] != "personal":
        return False
    if post.get("device") == "school":
        return True
    when = dt.datetime.fromisoformat(post["posted_at"])
    wh = profile["working_hours"]
    if when.strftime("%a") not in wh["days"]:
        return False
    t = when.hour * 60 + when.minute
    if not _minutes(wh["start"]) <= t < _minutes(wh["end"]):
        return False
    return not any(_minutes(a) <= t < _minutes(b) for a, b in wh["breaks"])


def near_boundary(post: dict, profile: dict) -> bool:
    """True when a post falls within 5 minutes of a working-hours or break boundary (ambiguous)."""
    when = dt.datetime.fromisoformat(post["posted_at"])
    wh = profile["working_hours"]
    if when.strftime("%a") not in wh["days"]:
        return False
    t = when.hour * 60 + when.minute
    edges = [_minutes(wh["start"]), _minutes(wh["end"])]
    for a, b in wh["breaks"]:
        edges += [_minutes(a), _minutes(b)]
    return any(abs(t - e) < 5 for e in edges)


def check(cases: list[dict], profiles: dict[str, dict]) -> list[str]:
    errors: list[str] = []

    def err(cid: str, msg: str) -> None:
        errors.append(f"{cid}: {msg}")

    ids = [c["id"] for c in cases]
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    if dupes:
        errors.append(f"duplicate ids: {dupes}")
    per_policy = Counter(c["policy"] for c in cases)
    for p in POLICIES:
        if per_policy[p] != 20:
            errors.append(f"{p}: {per_policy[p]} cases, want 20")
    if set(per_policy) - set(POLICIES):
        errors.append(f"unknown policies: {set(per_policy) - set(POLICIES)}")
    if len(cases) != 100:
        errors.append(f"{len(cases)} cases, want 100")

    for c in cases:
        cid, pol, post, exp = c["id"], c["policy"], c["post"], c["expect"]
        if list(c) != ["id", "policy", "post", "expect"]:
            err(cid, f"record keys {list(c)}")
        if list(exp) != ["verdicts", "categories", "allowed"]:
            err(cid, f"expect keys {list(exp)}")
        if not cid.startswith(f"h5b-{ID_PREFIX.get(pol, '??')}"):
            err(cid, "id must begin h5b- and the policy prefix")
        if post.get("id") != cid:
            err(cid, "post id differs from case id")
        # input record
        if not isinstance(post.get("text"), str) or not post["text"].strip():
            err(cid, "empty text")
        if post["account"] not in ACCOUNTS:
            err(cid, f"account {post['account']}")
        if post["author_role"] not in ROLES:
            err(cid, f"author_role {post['author_role']}")
        if post["platform"] not in PLATFORMS:
            err(cid, f"platform {post['platform']}")
        if post["audience"] not in AUDIENCES:
            err(cid, f"audience {post['audience']}")
        action = post.get("action", "post")
        if action not in ACTIONS:
            err(cid, f"action {action}")
        if post.get("device") not in {"school", "personal"}:
            err(cid, f"device {post.get('device')}")
        needs_recipient = post["audience"] == "direct" or action in {"friend_request", "follow"}
        if needs_recipient and post.get("recipient_role") not in ROLES:
            err(cid, "direct message / friend / follow without a recipient_role")
        if "recipient_role" in post and post["recipient_role"] not in ROLES:
            err(cid, f"recipient_role {post['recipient_role']}")
        if post["account"] == "school" and post["author_role"] != "staff":
            err(cid, "school account posts are written by staff")
        try:
            when = dt.datetime.fromisoformat(post["posted_at"])
            if when.tzinfo is not None:
                err(cid, "posted_at must be local time without offset")
        except ValueError:
            err(cid, f"bad posted_at {post['posted_at']}")
            continue
        for im in post.get("images", []):
            if set(im) - {"description", "people", "consent"} or "description" not in im:
                err(cid, f"bad image record {im}")
        if set(post.get("profile", {})) != {"display_name", "bio"}:
            err(cid, "profile must have display_name and bio")

        # expectations
        verdicts, cats, allowed = exp["verdicts"], exp["categories"], exp["allowed"]
        if not verdicts or set(verdicts) - VERDICTS or len(set(verdicts)) != len(verdicts):
            err(cid, f"verdicts {verdicts}")
        for name in list(cats) + list(allowed):
            if name not in CATEGORIES:
                err(cid, f"unknown category {name}")
        if len(set(cats)) != len(cats) or len(set(allowed)) != len(allowed):
            err(cid, "repeated category")
        if set(cats) & set(allowed):
            err(cid, f"category both expected and allowed: {set(cats) & set(allowed)}")
        esc_expected = bool(set(cats) & ESCALATION)
        if ("escalate" in verdicts) != esc_expected:
            err(cid, "escalate must be expected iff safeguarding/extremism/illegal is expected")
        if "escalate" in verdicts and verdicts != ["escalate"]:
            err(cid, "escalation cases have ['escalate'] as only verdict")
        if "escalate" not in verdicts and set(allowed) & ESCALATION:
            err(cid, "non-escalation case lists an escalation category in allowed")
        if "ok" in verdicts and cats:
            err(cid, "ok cases expect no category")
        if "ok" not in verdicts and not cats:
            err(cid, "non-ok case expects no category")
        bad = set(cats) & NOT_ADDRESSED[pol]
        if bad:
            err(cid, f"expects categories {pol} does not address: {sorted(bad)}")
        # working time
        profile = profiles[pol]
        if pol in WORKING_TIME_POLICIES:
            wt = in_working_time(post, profile)
            if wt != ("working-time" in cats):
                err(cid, f"working-time expected={('working-time' in cats)} but post in working time={wt}")
            if post["author_role"] == "staff" and post["account"] == "personal" and near_boundary(post, profile):
                err(cid, "staff post within 5 minutes of a working-time boundary")
        else:
            if "working-time" in cats or "working-time" in allowed:
                err(cid, "bwmat never expects or allows working-time")

    # profiles
    for pol, prof in profiles.items():
        if set(prof) != {"school", "trust", "people", "timezone", "working_hours"}:
            errors.append(f"profile {pol}: keys {sorted(prof)}")
        if prof["timezone"] != "Europe/London":
            errors.append(f"profile {pol}: timezone")
        nopub = [p for p in prof["people"] if p.get("role") == "pupil" and p.get("no_publish")]
        if len(nopub) != 1:
            errors.append(f"profile {pol}: {len(nopub)} no-publish pupils, want exactly 1")
        if any(p.get("no_publish") and p["role"] != "pupil" for p in prof["people"]):
            errors.append(f"profile {pol}: no_publish on a non-pupil")
        roles = {p["role"] for p in prof["people"]}
        for r in ("pupil", "staff", "parent", "governor"):
            if r not in roles:
                errors.append(f"profile {pol}: no {r}")
        wh = prof["working_hours"]
        if not _minutes(wh["start"]) < _minutes(wh["end"]):
            errors.append(f"profile {pol}: working hours")
        for a, b in wh["breaks"]:
            if not _minutes(wh["start"]) < _minutes(a) < _minutes(b) < _minutes(wh["end"]):
                errors.append(f"profile {pol}: break {a}-{b} outside hours")
    names = [p["name"] for prof in profiles.values() for p in prof["people"]]
    if len(set(names)) != len(names):
        errors.append("a person's name appears in two profiles")
    return errors


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------
def summary(cases: list[dict]) -> str:
    lines = []
    for pol in POLICIES:
        group = [c for c in cases if c["policy"] == pol]
        v = Counter("/".join(c["expect"]["verdicts"]) for c in group)
        cats = Counter(cat for c in group for cat in c["expect"]["categories"])
        lines.append(f"{pol}: " + ", ".join(f"{k} {n}" for k, n in sorted(v.items())))
        lines.append("    categories: " + ", ".join(f"{k} {n}" for k, n in sorted(cats.items())))
    v = Counter("/".join(c["expect"]["verdicts"]) for c in cases)
    lines.append("all: " + ", ".join(f"{k} {n}" for k, n in sorted(v.items())))
    return "\n".join(lines)


def main() -> int:
    errors = check(CASES, PROFILES)
    if errors:
        print("invariant check FAILED:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    os.makedirs(os.path.join(HERE, "profiles"), exist_ok=True)
    written = []
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    written.append("cases.jsonl")
    for pol in POLICIES:
        rel = os.path.join("profiles", f"{pol}.json")
        with open(os.path.join(HERE, rel), "w", encoding="utf-8") as fh:
            json.dump(PROFILES[pol], fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        written.append(rel)
    with open(os.path.join(HERE, "cases.sha256"), "w", encoding="utf-8") as fh:
        for rel in written:
            with open(os.path.join(HERE, rel), "rb") as data:
                fh.write(f"{hashlib.sha256(data.read()).hexdigest()}  {rel}\n")
    print(f"ok: {len(CASES)} cases, {len(PROFILES)} profiles written; invariants hold")
    print(summary(CASES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
