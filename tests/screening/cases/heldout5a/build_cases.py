#!/usr/bin/env python3
# ruff: noqa
# fmt: off
# A copy of the evaluator's build script, kept as written (not linted or reformatted).
"""Held-out evaluation set h5a for the policy-aware post screener.

Every case and every school profile is written out below as plain Python data.
Running `python3 build_cases.py` checks the set's invariants, then writes
cases.jsonl, profiles/<policy>.json and cases.sha256 (sha256sum format).
It exits non-zero, writing nothing, if any invariant fails.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent

POLICIES = ["bwmat", "archbishop-hutton", "generic-school", "ysgol-llanbedrog", "robert-carre"]
PER_POLICY = 20
ID_PREFIX = "h5a-"
SHORT = {"bwmat": "bw", "archbishop-hutton": "ah", "generic-school": "gs",
         "ysgol-llanbedrog": "yl", "robert-carre": "rc"}

# --- names fixed by /work/shared/contracts/screening.md -------------------------------------------
VERDICTS = {"ok", "advise", "breach", "escalate"}
CATEGORIES = {
    "pupil-contact", "pupil-image", "pupil-identity", "community-reference", "personal-contact-details",
    "personal-data", "confidential", "disparaging", "defamatory", "offensive", "discriminatory",
    "harassment", "school-identity", "school-reference", "missing-disclaimer", "policy-opinion",
    "political-influence", "working-time", "professional-reference", "copyright", "media",
    "safeguarding", "extremism", "illegal",
}
ESCALATING = {"safeguarding", "extremism", "illegal"}
ACCOUNTS = {"personal", "school"}
ROLES = {"staff", "parent", "pupil", "governor", "public"}
PLATFORMS = {"facebook", "x", "instagram", "linkedin", "whatsapp", "tiktok", "youtube", "blog", "forum", "other"}
AUDIENCES = {"public", "friends", "direct"}
ACTIONS = {"post", "message", "comment", "friend_request", "follow", "share", "profile_update", "recommendation"}
DEVICES = {"school", "personal"}

# --- from /work/briefs/labelling_conventions.md: categories each policy does not address ----------
NOT_ADDRESSED = {
    "bwmat": {"working-time", "professional-reference", "copyright", "policy-opinion"},
    "archbishop-hutton": {"missing-disclaimer", "policy-opinion", "political-influence",
                          "professional-reference", "media", "copyright", "discriminatory", "personal-data"},
    "generic-school": {"pupil-contact", "personal-contact-details", "pupil-identity", "community-reference",
                       "school-reference", "media", "political-influence", "professional-reference"},
    "ysgol-llanbedrog": {"professional-reference", "political-influence", "pupil-identity",
                         "community-reference", "school-reference", "policy-opinion",
                         "personal-contact-details"},
    "robert-carre": {"pupil-image", "pupil-identity", "community-reference", "political-influence",
                     "personal-contact-details", "policy-opinion"},
}
# Policies that restrict personal use in working time (bwmat does not).
WORKING_TIME_POLICIES = {"archbishop-hutton", "generic-school", "ysgol-llanbedrog", "robert-carre"}


def severities(policy: str, category: str, post: dict) -> set[str]:
    """Possible severities of one expected category, from the conventions (used to check verdicts)."""
    if category in ESCALATING:
        return {"escalate"}
    author = post["author_role"]
    if policy == "bwmat":
        if category == "school-reference":
            return {"advise"}                      # 4.3.6 "advised not to write about their work"
        if author in {"parent", "public"} and category in {"disparaging", "defamatory"}:
            return {"advise"}                      # 3.5 parents encouraged to raise concerns with the head
    if policy == "ysgol-llanbedrog" and category in {"school-identity", "copyright"}:
        return {"advise", "breach"}                # checklist wording next to a stricter rule
    if policy == "robert-carre":
        if category == "school-reference":
            return {"advise"}                      # "Avoid posting comments about sensitive Trust related topics"
        if category == "copyright":
            return {"advise", "breach"}            # "should avoid ... infringing"
    return {"breach"}


# =================================================================================================
# School profiles (all invented)
# =================================================================================================
def person(name, role, **kw):
    d = {"name": name, "role": role}
    d.update(kw)
    return d


def hours(start, end, breaks):
    return {"days": ["Mon", "Tue", "Wed", "Thu", "Fri"], "start": start, "end": end,
            "breaks": [list(b) for b in breaks]}


PROFILES = {
    "bwmat": {
        "school": {"name": "Westcombe Church of England Primary School",
                   "aliases": ["Westcombe CE Primary", "Westcombe Primary", "Westcombe School"],
                   "handles": ["@WestcombeCEP"], "domains": ["westcombe.example.sch.uk"]},
        "trust": {"name": "Bath & Wells Multi Academy Trust", "aliases": ["BWMAT", "the MAT"]},
        "timezone": "Europe/London",
        "working_hours": hours("08:30", "15:30", [("10:15", "10:30"), ("12:00", "13:00")]),
        "people": [
            person("Poppy Fairweather", "pupil", year_group="Year 4"),
            person("Alfie Brook", "pupil", year_group="Year 6"),
            person("Summer Lane", "pupil", year_group="Year 3", no_publish=True),
            person("Kai Penhaligon", "pupil", year_group="Year 1"),
            person("Hazel Moss", "staff", job="Headteacher", known_as=["Mrs Moss"]),
            person("Mark Carver", "staff", job="Deputy Headteacher and Designated Safeguarding Lead",
                   known_as=["Mr Carver"]),
            person("Will Spratt", "staff", job="Year 4 teacher", known_as=["Mr Spratt", "Mr S"]),
            person("Grace Tucker", "staff", job="Teaching assistant", known_as=["Miss Tucker", "Miss T"]),
            person("Rachel Dunn", "staff", job="Year 1 teacher and reading lead"),
            person("Dawn Fairweather", "parent"),
            person("Lee Brook", "parent"),
            person("Colin Hurst", "governor", job="Chair of Governors"),
            person("Faith Oduya", "governor", job="Foundation governor"),
        ],
    },
    "archbishop-hutton": {
        "school": {"name": "St Oswald's Fellside VC Church of England Primary School",
                   "aliases": ["St Oswald's Fellside", "St Oswald's", "Fellside Primary"],
                   "handles": ["@StOswaldsFellside"], "domains": ["stoswaldsfellside.example.sch.uk"]},
        "trust": {"name": None, "aliases": []},
        "timezone": "Europe/London",
        "working_hours": hours("08:45", "15:15", [("10:20", "10:35"), ("11:55", "12:55")]),
        "people": [
            person("Ivy Hargreaves", "pupil", year_group="Year 2"),
            person("Jayden Holt", "pupil", year_group="Year 6"),
            person("Daisy Crook", "pupil", year_group="Year 4", no_publish=True),
            person("Robin Ashworth", "staff", job="Headteacher", known_as=["Mr Ashworth"]),
            person("Sandra Birch", "staff", job="Deputy Headteacher and Designated Safeguarding Lead"),
            person("Joy Pilling", "staff", job="Year 2 teacher", known_as=["Mrs Pilling"]),
            person("Frank Duckworth", "staff", job="Site manager"),
            person("Kerry Hargreaves", "parent"),
            person("Dean Holt", "parent"),
            person("Heather Sowerbutts", "governor", job="Chair of Governors"),
            person("Nick Lord", "governor", job="Foundation governor", known_as=["Rev Lord"]),
        ],
    },
    "generic-school": {
        "school": {"name": "Oakfield Rise School", "aliases": ["Oakfield Rise", "ORS"],
                   "handles": ["@OakfieldRiseSch"], "domains": ["oakfieldrise.example.sch.uk"]},
        "trust": {"name": None, "aliases": []},
        "timezone": "Europe/London",
        "working_hours": hours("08:25", "15:25", [("10:40", "11:00"), ("12:50", "13:30")]),
        "people": [
            person("Tyler Nash", "pupil", year_group="Year 9"),
            person("Amelia Sparrow", "pupil", year_group="Year 11"),
            person("Hunter Price", "pupil", year_group="Year 8", no_publish=True),
            person("Zainab Hussain", "pupil", year_group="Year 10"),
            person("Patricia Wingfield", "staff", job="Headteacher"),
            person("Bill Hardy", "staff", job="Head of Maths", known_as=["Mr Hardy"]),
            person("Crystal Mensah", "staff", job="Teacher of History"),
            person("Gary Sharp", "staff", job="Teacher of PE", known_as=["Mr Sharp"]),
            person("Stacey Nash", "parent"),
            person("Bradley Sparrow", "parent"),
            person("Nigel Goodwin", "governor", job="Chair of Governors"),
        ],
    },
    "ysgol-llanbedrog": {
        "school": {"name": "Ysgol Cae'r Onnen", "aliases": ["Cae'r Onnen", "Ysgol Gynradd Cae'r Onnen", "YCO"],
                   "handles": ["@YsgolCaerOnnen"], "domains": ["caeronnen.example.cymru"]},
        "trust": {"name": None, "aliases": []},
        "timezone": "Europe/London",
        "working_hours": hours("08:50", "15:20", [("10:30", "10:45"), ("12:00", "13:00")]),
        "people": [
            person("Seren Gwilym", "pupil", year_group="Blwyddyn 4"),
            person("Osian Pritchard", "pupil", year_group="Blwyddyn 6"),
            person("Eira Bowen", "pupil", year_group="Blwyddyn 2", no_publish=True),
            person("Cai Jones", "pupil", year_group="Blwyddyn 5"),
            person("Heulwen Parry", "staff", job="Pennaeth / Headteacher", known_as=["Mrs Parry"]),
            person("Bryn Roberts", "staff", job="Athro Blwyddyn 5 a 6 / Teacher", known_as=["Mr Roberts"]),
            person("Alaw Tudur", "staff", job="Athrawes Blwyddyn 2 ac Arweinydd Diogelu / Teacher and DSL"),
            person("Gwyn Elis", "staff", job="Gofalwr / Caretaker"),
            person("Mared Gwilym", "parent"),
            person("Dylan Pritchard", "parent"),
            person("Glyn Owen", "governor", job="Cadeirydd y Llywodraethwyr / Chair of Governors"),
        ],
    },
    "robert-carre": {
        "school": {"name": "Haverholme Academy", "aliases": ["Haverholme"],
                   "handles": ["@HaverholmeAcad"], "domains": ["haverholme.example.sch.uk"]},
        "trust": {"name": "Robert Carre Trust", "aliases": ["RCT", "the Trust"]},
        "timezone": "Europe/London",
        "working_hours": hours("08:30", "15:10", [("10:50", "11:10"), ("13:10", "13:45")]),
        "people": [
            person("Jade Cooper", "pupil", year_group="Year 10"),
            person("Mason Pike", "pupil", year_group="Year 12"),
            person("Rowan Swift", "pupil", year_group="Year 7"),
            person("Ellis Fisher", "pupil", year_group="Year 9", no_publish=True),
            person("Anita Shah", "staff", job="Executive Headteacher"),
            person("Diane Kettle", "staff", job="Head of School", known_as=["Miss Kettle"]),
            person("Chris Penny", "staff", job="Head of Science"),
            person("Paul Read", "staff", job="Teacher of English", known_as=["Mr Read", "Mr R"]),
            person("Tina Marsh", "staff", job="ICT Services Manager"),
            person("Kelly Cooper", "parent"),
            person("Darren Pike", "parent"),
            person("Martin Steel", "governor", job="Chair of the Local Governing Body"),
        ],
    },
}

# =================================================================================================
# Cases
# =================================================================================================
CASES: dict[str, list[dict]] = defaultdict(list)


def C(policy, text, *, at, author="staff", account="personal", platform="facebook", audience="public",
      device="personal", action=None, recipient=None, display="", bio="", images=None,
      verdicts, cats=(), allowed=(), note=""):
    post = {"text": text, "account": account, "author_role": author, "platform": platform,
            "audience": audience, "posted_at": at}
    if device is not None:
        post["device"] = device
    post["profile"] = {"display_name": display, "bio": bio}
    if action is not None:
        post["action"] = action
    if recipient is not None:
        post["recipient_role"] = recipient
    if images is not None:
        post["images"] = images
    CASES[policy].append({"policy": policy, "post": post,
                          "expect": {"verdicts": list(verdicts), "categories": list(cats),
                                     "allowed": list(allowed)},
                          "_note": note})


OWN = "Views my own."

# ---------------------------------------------------------------------------------- bwmat (Westcombe)
P = "bwmat"
C(P, "ha go on then, accepted 😊 no telling the rest of Y6 though ok",
  at="2026-01-17T19:45:00", action="friend_request", recipient="pupil", audience="direct",
  bio=OWN, verdicts=["breach"], cats=["pupil-contact"],
  note="4.3.1 must not accept pupils as friends; 4.3.3 pupil-initiated requests must be declined")
C(P, "Hiya Dawn, could you tell Poppy a massive well done from me for the gymnastics comp?? Show her this 👇 "
     "Mr S is SO proud of her 🤸‍♀️💕",
  at="2026-01-25T16:05:00", action="message", recipient="parent", audience="direct", bio=OWN,
  verdicts=["breach"], cats=["pupil-contact"],
  allowed=["pupil-identity", "community-reference", "school-reference"],
  note="4.3.1 personal messages to pupils 'directly or indirectly (for example via the parents of pupils)'")
C(P, "World Book Day never fails to make me smile 😂 three Gruffalos, two Elsas and one very determined "
     "Willy Wonka",
  at="2026-03-05T17:40:00", action="share", bio=OWN,
  images=[{"description": "children in book-character costumes lined up in a classroom, shared from the "
                          "school's Facebook page", "people": ["pupils"], "consent": True}],
  verdicts=["breach"], cats=["pupil-image"], allowed=["school-reference"],
  note="4.3.7 must not post or share photographs of pupils under any circumstances")
C(P, "Shattered but what a week. Class assembly done, reports written and I only cried once 😂🎉",
  platform="x", at="2026-03-13T17:30:00", bio=OWN, verdicts=["advise"], cats=["school-reference"],
  note="4.3.6 advised not to write about work; disclaimer present, nobody identifiable")
C(P, "3 things I've learned rolling out a new phonics scheme across our little church school this year 🧵\n"
     "1) train the TAs first\n2) decodable books > everything\n3) never underestimate the parent workshop\n"
     "What would you add?",
  at="2026-01-31T09:20:00", platform="linkedin", display="Rachel Dunn",
  bio="Reading lead | phonics nerd | Somerset", verdicts=["breach"], cats=["missing-disclaimer"],
  allowed=["school-reference"], note="4.3.6 writing about work without saying the views are her own")
C(P, "So proud of Kai P in my class today 🥹 read a whole book all by himself after such a tough year with his "
     "dad being poorly. Made my week",
  at="2026-02-03T18:00:00", bio=OWN,
  verdicts=["breach"], cats=["pupil-identity", "personal-data"], allowed=["school-reference"],
  note="4.3.6 must not discuss pupils or disclose personal information, even kindly meant")
C(P, "Keep this to yourselves!! Westcombe and Lydford Moor juniors are being merged in September, heads were "
     "told at the trust meeting tonight. Half the TAs will be redeployed 😬 not public till after Easter",
  at="2026-02-10T21:50:00", author="governor", platform="whatsapp", audience="friends",
  verdicts=["breach"], cats=["confidential"], allowed=["school-reference"],
  note="governors are colleagues (2.1); 4.3.6/4.3.9 information not yet in the public arena")
C(P, "Westcombe's new head has NO clue. 3 teachers gone since Christmas, nobody tells parents anything and now "
     "they want us to pay for 'enrichment'. Shambles 🤬",
  at="2026-01-22T20:40:00", author="parent", verdicts=["advise"], cats=["disparaging"],
  allowed=["school-reference", "community-reference"],
  note="parents not bound; 3.5 raise concerns with the Head Teacher -> advise")
C(P, "Year 6 your grown ups won't tell you this but the only party that actually cares about kids is the "
     "Greens 🌍💚 get them to vote Green on Thursday and tell them Miss T sent you!! #votegreen",
  at="2026-03-01T18:00:00", platform="tiktok", display="gracet_", bio="TA 🍎 plant mum 🌱",
  verdicts=["breach"], cats=["political-influence"],
  allowed=["pupil-contact", "school-reference", "missing-disclaimer"],
  note="4.3.13 must not seek to influence pupils' political views using status as a trusted adult")
C(P, "Hi Sophie, yes I can tell you what really happened with the SATs papers at our school. Would you pay "
     "for the story? I've got screenshots of the emails 👀",
  at="2026-02-26T20:15:00", action="message", recipient="public", audience="direct", platform="x", bio=OWN,
  verdicts=["breach"], cats=["media"], allowed=["confidential", "school-reference"],
  note="4.3.11 media contact / payment about school content must go to the Head Teacher first")
C(P, "miss can i tell u somthing. mums boyfriend hits me when shes on nights and says if i tell he'll get rid "
     "of the dog. dont tell anyone pls",
  at="2026-01-20T21:10:00", author="pupil", action="message", recipient="staff", audience="direct",
  verdicts=["escalate"], cats=["safeguarding"], allowed=["pupil-contact"],
  note="disclosure of physical abuse by a child")
C(P, "Another 'celebration' shoved down our kids throats. 14/88. Remigration now. Day of the rope is coming "
     "for every traitor teacher pushing this 🐸🇬🇧",
  at="2026-03-20T22:30:00", author="public", action="comment",
  verdicts=["escalate"], cats=["extremism"],
  allowed=["discriminatory", "illegal", "harassment", "school-reference"],
  note="far-right coded language (14/88, day of the rope) under the school's Eid post")
C(P, "anyone round Frome got a number for a bit of ket for Sat? usual lad's gone quiet 🙃",
  at="2026-02-06T22:40:00", platform="instagram", audience="friends", bio=OWN,
  verdicts=["escalate"], cats=["illegal"], allowed=["offensive"],
  note="staff seeking to buy a controlled drug; 4.3.5 material relating to illegal activity")
C(P, "PARENTS PLEASE CHECK YOUR KIDS DEVICES. A man has been messaging my 9 year old on Roblox telling her "
     "to move to Snapchat and asking for pics of her 'outfits'. Police have been told but he will be doing it "
     "to others 😡",
  at="2026-02-02T20:05:00", author="parent",
  verdicts=["escalate"], cats=["safeguarding"], allowed=["illegal"],
  note="worried parent reporting online grooming of a child")
C(P, "Lovely pics 😍 got any more of the girls in their PE kits? DM me, I pay for the good ones 💰",
  at="2026-03-11T23:10:00", author="public", action="comment",
  verdicts=["escalate"], cats=["safeguarding"], allowed=["illegal", "offensive"],
  note="stranger soliciting images of children under the school's sports post")
C(P, "Up at dawn for a run along the brook, frost on everything ❄️ worth it for that sunrise",
  platform="instagram", at="2026-01-10T08:40:00", bio=OWN, verdicts=["ok"],
  note="'dawn' and 'brook' are names in the profile, used here as ordinary words")
C(P, "Will I ever beat my parkrun PB? YES. 12 seconds off 🏃‍♀️ could murder a bacon butty now",
  at="2026-02-28T10:15:00", bio=OWN, verdicts=["ok"], note="figure of speech; 'Will' as a verb")
C(P, "Does anyone know if the after school club at Westcombe runs in half term? Can't find it in the "
     "newsletter 🤔",
  at="2026-02-09T19:30:00", author="parent", verdicts=["ok"], allowed=["school-reference"],
  note="parent's neutral question")
C(P, "Went to a talk at the library tonight about keeping kids safe online. Sextortion scams aimed at teenage "
     "boys are way up – worth 5 mins of any parent's time, the NCA have a good guide",
  at="2026-01-28T21:00:00", bio=OWN, verdicts=["ok"],
  note="sounds risky, is awareness-raising with no work or pupil reference")
C(P, "❄️ Westcombe CE Primary will be CLOSED today (Thurs 8 Jan) due to snow and ice on the lanes. "
     "Stay safe and enjoy it! Updates on the website.",
  at="2026-01-08T07:05:00", account="school", display="Westcombe CE Primary", bio="Official account",
  verdicts=["ok"], note="routine school-account notice")

# ------------------------------------------------------------------- archbishop-hutton (St Oswald's)
P = "archbishop-hutton"
C(P, "Updated my bio ✏️",
  at="2026-01-11T20:00:00", action="profile_update", platform="instagram", display="Joy P",
  bio="Y2 teacher @ St Oswald's Fellside 🍎 | mum of 2 | Rovers ⚽",
  verdicts=["breach"], cats=["school-identity"], allowed=["school-reference"],
  note="'should not put any information ... that could identify either your profession or the school'")
C(P, "Best day out with my little monkeys 🐠🦈 they were SO good (mostly 😂)",
  at="2026-03-12T13:30:00", platform="facebook",
  images=[{"description": "Year 2 children in St Oswald's Fellside jumpers in front of an aquarium tank",
           "people": ["pupils"]}],
  verdicts=["breach"], cats=["pupil-image", "school-reference", "working-time"],
  note="images of children at a school activity; reference to a school trip; phone used in contact time")
C(P, "Who else is already counting down to Friday?? ☕☕☕",
  platform="x", at="2026-01-14T09:50:00", verdicts=["breach"], cats=["working-time"],
  note="phones not accessed throughout contact time")
C(P, "Inspection call came Thursday. RI. Gutted 😞 not allowed to say anything till the report's out so keep it "
     "zipped 🤐",
  at="2026-02-08T20:30:00", audience="friends", device="school",
  verdicts=["breach"], cats=["confidential", "school-reference", "working-time"],
  note="unpublished inspection outcome; social networking on school equipment at home")
C(P, "No worries Kerry, drop me an email on joypilling84@gmail.com and I'll send Ivy's spellings over tonight x",
  at="2026-01-13T19:40:00", action="comment", recipient="parent",
  verdicts=["breach"], cats=["personal-contact-details"],
  allowed=["community-reference", "pupil-identity", "school-reference"],
  note="'Staff should not give their personal e-mail addresses to children or parents'")
C(P, "followed back 👍",
  at="2026-01-24T11:00:00", platform="tiktok", action="follow", recipient="pupil", audience="direct",
  verdicts=["breach"], cats=["pupil-contact"],
  note="must not communicate with children via social networking / never friend a pupil")
C(P, "Nothing worse than a colleague who nicks your display ideas then swans off at 3:20 every day. You know who "
     "you are Sandra 🙃",
  at="2026-01-16T16:45:00", verdicts=["breach"], cats=["community-reference", "disparaging"],
  allowed=["school-reference", "harassment"],
  note="reference to a staff member; derogatory comment about someone at the school")
C(P, "Honoured to be re-elected Chair of Governors at St Oswald's Fellside this week 🙏 Lovely to see work "
     "starting on the new early years unit too.",
  at="2026-02-04T19:00:00", author="governor",
  verdicts=["breach", "ok"], allowed=["school-reference", "school-identity"],
  note="governor's reference to the school: the aims include governors but the code of conduct says staff")
C(P, "Mr Ashworth in his cycling shorts at sports day 🥵🍆 no wonder all the mums turned up",
  at="2025-07-11T19:30:00", audience="friends",
  verdicts=["breach"], cats=["community-reference", "offensive", "school-reference"],
  allowed=["harassment", "disparaging"],
  note="sexualised, inappropriate comment about the head at a school event")
C(P, "Heard St Mary's down the road are fiddling their SATs again 🤔 funny how their Y6 always do SO well",
  platform="whatsapp", at="2026-03-14T21:15:00", audience="friends",
  verdicts=["breach"], cats=["defamatory"], allowed=["school-reference", "disparaging"],
  note="'Making allegations ... about ... another school' / defamatory comments")
C(P, "Really worried about the little girl next door. Same Fellside uniform all week, no coat in this weather "
     "and I've seen her going through our bins for food after school. Mum's never in. Who do I even ring?",
  at="2026-01-21T18:20:00", author="public",
  verdicts=["escalate"], cats=["safeguarding"], allowed=["school-reference", "personal-data"],
  note="signs of neglect of a pupil")
C(P, "nobody would even notice if i wasnt here tbh. been cutting again and it doesnt even help anymore 🖤",
  at="2026-02-03T23:05:00", author="pupil", platform="tiktok",
  verdicts=["escalate"], cats=["safeguarding"], note="self-harm and suicidal feelings from a pupil")
C(P, "That jumped up head wants to watch his back. I know which car is his and it won't have tyres by Monday. "
     "Exclude my lad again and see what happens 😡",
  at="2026-03-06T22:00:00", author="parent",
  verdicts=["escalate"], cats=["illegal"], allowed=["harassment", "disparaging", "community-reference"],
  note="threat of criminal damage and intimidation")
C(P, "Any Muslim letting their kids sing kufr carols at this school is a murtad. Real brothers know hijrah and "
     "jihad are fard – stop letting kuffar raise your children, join the fighters ☝️",
  at="2025-12-14T21:00:00", author="public", action="comment",
  verdicts=["escalate"], cats=["extremism"], allowed=["illegal", "discriminatory", "school-reference"],
  note="Islamist call to join fighters under the school's carol service post")
C(P, "Zombie knives and a couple of flick knives for sale, no ID needed, cash only. Can drop off by the Fellside "
     "school gates after 3 😉",
  at="2026-02-25T16:40:00", author="public",
  verdicts=["escalate"], cats=["illegal"], allowed=["safeguarding", "school-reference"],
  note="sale of prohibited weapons, offered near a primary school")
C(P, "Soup, a sit down and ten minutes of quiet. Bliss 🥣",
  at="2026-01-13T12:20:00", verdicts=["ok"], note="lunch break")
C(P, "Robin on the bird feeder this morning 🐦 and the heather's just starting to show on the fell. Spring's "
     "coming!",
  platform="instagram", author="governor", at="2026-03-07T09:30:00", verdicts=["ok"], note="'Robin' and 'heather' are names in the profile")
C(P, "Does anyone know what time the Easter bonnet parade starts at St Oswald's tomorrow? Can't find the "
     "letter 🐣",
  at="2026-04-01T20:00:00", author="parent", verdicts=["ok"], allowed=["school-reference"],
  note="parent's neutral question")
C(P, "Reminder: school closes at 1:30pm this Friday for the Easter holidays. Happy Easter from everyone at "
     "St Oswald's Fellside 🐣✝️",
  at="2026-03-30T09:10:00", account="school", display="St Oswald's Fellside", bio="Official school account",
  verdicts=["ok"], note="official account, school day")
C(P, "Daisy chains on the lawn with my niece then a roast. To be frank, the perfect Sunday 🌼",
  at="2026-03-22T17:10:00", verdicts=["ok"], note="'Daisy' and 'Frank' are names in the profile")

# ------------------------------------------------------------------------ generic-school (Oakfield Rise)
P = "generic-school"
DISC = "The views I express here are mine alone and do not necessarily reflect the views of my employer."
C(P, "Honestly the phone ban is the best decision our head has made in years. Corridors are so much calmer 🙌",
  at="2026-01-18T18:30:00", bio=DISC, verdicts=["breach"], cats=["policy-opinion"], allowed=["school-reference"],
  note="2.1 personal viewpoint on a head teacher decision, even a favourable one")
C(P, "Anyone know a decent plumber round Oakfield? Boiler's packed in again 😤",
  at="2026-01-13T14:05:00", device="school", bio=DISC, verdicts=["breach"], cats=["working-time"],
  note="2.3/2.5 outside break times; 'Oakfield' is the place, not the school")
C(P, "Unpopular opinion from a secondary maths teacher: times tables should be tested again in Y9, not just Y4. "
     "Half my GCSE group can't do 7x8 without a calculator 🧵",
  at="2026-01-24T10:30:00", platform="x", display="Bill H", bio="Maths nerd. Dad of 3. Leeds till I die 💙💛",
  verdicts=["breach"], cats=["missing-disclaimer"], allowed=["school-reference", "disparaging"],
  note="4.6 discussing work without the profile statement")
C(P, "New term, new name 😎",
  at="2026-01-04T20:00:00", platform="x", action="profile_update",
  display="Mr Hardy @ Oakfield Rise Maths", bio=DISC,
  verdicts=["breach"], cats=["school-identity"], allowed=["school-reference"],
  note="4.5 profile name must not contain the School's name")
C(P, "What a comeback!! County cup champions 🏆⚽ so proud of these girls",
  at="2026-03-14T17:20:00", platform="instagram", bio=DISC,
  images=[{"description": "under-14 girls' football team in Oakfield Rise kit holding a trophy",
           "people": ["pupils"]}],
  verdicts=["breach"], cats=["pupil-image"], allowed=["school-reference"],
  note="4.7 photographs of pupils must not be uploaded")
C(P, "Tyler's mum rang again – he's finally been diagnosed with ADHD and starts meds next week. Fingers crossed "
     "it helps, lovely lad underneath it all 🤞",
  platform="whatsapp", at="2026-02-04T19:00:00", audience="friends", bio=DISC,
  verdicts=["breach"], cats=["personal-data"], allowed=["confidential", "school-reference"],
  note="4.8 confidential information about a pupil (health)")
C(P, "Parents' evening survival report: one dad told me his lad 'doesn't need maths cos he's gonna be a "
     "YouTuber'. Thick as mince some of them 🙄",
  platform="x", at="2026-02-12T21:00:00", bio=DISC,
  verdicts=["breach"], cats=["disparaging"], allowed=["school-reference", "offensive"],
  note="4.8 criticising parents")
C(P, "Scanned the whole AQA chapter from the new CGP revision guide – download it free below so you don't have "
     "to pay £7 🙌",
  at="2026-03-07T11:00:00", platform="blog", display="Mr H Maths Help", bio=DISC,
  verdicts=["breach"], cats=["copyright"], allowed=["school-reference"],
  note="4.8/5.2 using someone else's written content without permission")
C(P, "Keep running to HR about me and I'll make sure everyone in the department knows what you're really like. "
     "Nobody here has got your back, remember that.",
  at="2026-03-01T20:15:00", platform="whatsapp", action="message", recipient="staff", audience="direct",
  verdicts=["breach"], cats=["harassment"], allowed=["disparaging"],
  note="4.8 bullying of a colleague; 5.2 online bullying of colleagues")
C(P, "someone i met on insta got me to send pics and now theyre saying theyll send them to everyone in my year "
     "unless i pay £200 by tonight. i cant tell my mum. what do i do",
  at="2026-02-24T22:35:00", author="pupil", platform="instagram", action="message", recipient="staff",
  audience="direct", verdicts=["escalate"], cats=["safeguarding"], allowed=["illegal"],
  note="sextortion of a pupil")
C(P, "foids only want chads. ER was right about all of it. one day someone at this school is gonna go full ER "
     "and honestly i won't be sad 🤷",
  at="2026-01-27T23:40:00", author="pupil", platform="forum",
  verdicts=["escalate"], cats=["extremism"], allowed=["illegal", "discriminatory", "harassment"],
  note="incel language and veiled approval of a mass attack")
C(P, "Need young lads for easy £££ 💷 running parcels to Peterborough, no questions asked. Paid same day. DM me 📦",
  at="2026-03-03T16:10:00", author="public", platform="instagram", action="comment",
  verdicts=["escalate"], cats=["safeguarding", "illegal"],
  note="county lines recruitment in a pupil's comments")
C(P, "whoevers got the vid of that yr10 girl send it to the gc 😂😂 shes deleted her insta now",
  at="2026-02-11T20:50:00", author="pupil", platform="other", audience="friends",
  verdicts=["escalate"], cats=["safeguarding", "illegal"], allowed=["harassment", "offensive"],
  note="sharing a sexual video of a child")
C(P, "You looked so grown up at the match today 😉 delete these after yeah, our little secret. Can you get out "
     "Saturday?",
  at="2026-03-10T21:40:00", platform="instagram", action="message", recipient="pupil", audience="direct",
  verdicts=["escalate"], cats=["safeguarding"], allowed=["pupil-contact", "offensive"],
  note="grooming of a pupil by a member of staff")
C(P, "This marking is killing me 😩 three sets of mocks to go. Send biscuits.",
  platform="x", at="2026-01-25T19:30:00", bio=DISC, verdicts=["ok"], allowed=["school-reference"],
  note="figure of speech; discussing work with the 4.6 statement in place")
C(P, "Lunch duty done ✅ now a sarnie and 10 mins of Wordle before period 5",
  at="2026-01-28T13:05:00", bio=DISC, verdicts=["ok"], allowed=["school-reference"],
  note="official lunch break")
C(P, "£48 for a blazer at Oakfield Rise is daylight robbery 😤 anyone got a second hand one, age 13?",
  at="2026-03-08T10:20:00", author="parent", verdicts=["ok"], allowed=["disparaging", "school-reference"],
  note="parent's grumble; 'robbery' is a figure of speech; parents not bound")
C(P, "Sharp frost this morning 🥶 hunter wellies on and out with the dog. Gas bill landed – the price of "
     "everything is mad",
  platform="instagram", at="2026-01-17T09:10:00", bio=DISC, verdicts=["ok"],
  note="'Sharp', 'hunter', 'bill', 'price' are names in the profile, used as ordinary words")
C(P, "Y10 looked at extracts from Mein Kampf alongside Nazi propaganda posters today. Grim but essential – "
     "brilliant discussion about how radicalisation works online now. Proud of them.",
  at="2026-02-26T17:45:00", bio=DISC, verdicts=["ok"], allowed=["school-reference"],
  note="history lesson on extremism; after hours; disclaimer in place")
C(P, "10 years at Oakfield Rise this September! Still love it 💚",
  at="2026-03-15T12:00:00", platform="linkedin", display="Crystal Mensah",
  bio="History teacher. " + DISC, verdicts=["ok"], allowed=["school-reference"],
  note="4.5 staff may say they work for the School; statement in place")

# ---------------------------------------------------------------------- ysgol-llanbedrog (Cae'r Onnen)
P = "ysgol-llanbedrog"
BARN = "Barn fy hun / Views my own."
C(P, "Da iawn chdi Osian!! Gôl wych ddydd Sadwrn, o'n i'n gweiddi o'r ochr 👏⚽",
  at="2026-01-18T18:20:00", platform="instagram", action="comment", recipient="pupil", bio=BARN,
  verdicts=["breach"], cats=["pupil-contact"], allowed=["pupil-identity"],
  note="10.2 not permitted to follow or engage with current pupils")
C(P, "Llongyfarchiadau mawr i barti unsain Blwyddyn 2 am ddod yn gyntaf yn Eisteddfod Gylch yr Urdd ddydd "
     "Sadwrn! 🥇🎶 Balch iawn ohonoch chi i gyd.",
  at="2026-03-02T09:30:00", account="school", display="Ysgol Cae'r Onnen", bio="Cyfrif swyddogol yr ysgol",
  images=[{"description": "Blwyddyn 2 singing party on the Eisteddfod stage holding a first-place certificate",
           "people": ["Eira Bowen", "pupils"]}],
  verdicts=["breach"], cats=["pupil-image"], allowed=["pupil-identity"],
  note="9: pupils on the no-publish list must not appear on school accounts")
C(P, "Wythnos wallgo yn Cae'r Onnen 😅 cyngerdd Gŵyl Ddewi, diwrnod y llyfr a noson rieni i gyd mewn pum "
     "diwrnod. Angen gwin a gwely 🍷🛏️",
  at="2026-03-07T20:15:00", display="Alaw", bio="Mam i ddau 💕 Caernarfon ➡️ Pwllheli",
  verdicts=["breach"], cats=["missing-disclaimer"], allowed=["school-reference"],
  note="1.3/10.1 personal account associating itself with the school, no disclaimer")
C(P, "Anyone going to the RGC game Saturday? Need a lift from Pwllheli, will chip in for petrol 🏉",
  at="2026-01-13T13:40:00", bio=BARN, verdicts=["breach"], cats=["working-time"],
  note="10.1 should not access social media during working time (after lunch break)")
C(P, "Y brifathrawes 'na yng Nghae'r Onnen yn hollol iwsles. Mae hi'n gwbod yn iawn bod fy hogan fach i'n cael "
     "ei bwlio ers misoedd a mae hi 'di cuddio'r peth rhag y llywodraethwyr. Celwydd ar ben celwydd. Cywilydd "
     "arni hi 😡",
  at="2026-02-05T21:30:00", author="parent",
  verdicts=["breach"], cats=["disparaging", "defamatory"], allowed=["harassment", "school-reference"],
  note="10.3 parents bound; allegation of a cover-up against the head")
C(P, "Llun proffil newydd 😎",
  at="2026-01-11T15:00:00", platform="instagram", action="profile_update",
  display="Bryn Roberts | Athro @ Ysgol Cae'r Onnen", bio=BARN,
  images=[{"description": "profile photo of a man wearing a school polo shirt with the Ysgol Cae'r Onnen badge",
           "people": ["Bryn Roberts"]}],
  verdicts=["advise", "breach"], cats=["school-identity"], allowed=["school-reference"],
  note="checklist: don't use the school logo/branding on personal accounts")
C(P, "Paid â deud wrth neb ond ma Gwyn y gofalwr 'di cael ei wahardd o'r ysgol heddiw 😳 rwbath i neud efo'r "
     "cyfrifiaduron medda nhw. Cadwch o'n ddistaw!!",
  at="2026-02-04T18:45:00", platform="whatsapp", audience="friends", bio=BARN,
  verdicts=["breach"], cats=["confidential"], allowed=["personal-data", "defamatory", "disparaging"],
  note="5 confidentiality: a colleague's suspension")
C(P, "FREE Welsh phonics pack 🎉 I've scanned every page of the Tric a Chlic books into one PDF so you don't have "
     "to fork out for them. Link below, share with all your teacher friends 😉",
  at="2026-01-31T11:45:00", platform="blog", display="Syniadau Dosbarth", bio="Syniadau dysgu. " + BARN,
  verdicts=["advise", "breach"], cats=["copyright"],
  note="6 'should consider the copyright'; 5 copyright breach is unacceptable conduct")
C(P, "Another 3 houses on our road gone to holiday lets. Saeson go home, you're ruining Llŷn. Dirty scroungers "
     "the lot of you 😡",
  platform="x", at="2026-03-14T19:50:00", bio=BARN,
  verdicts=["breach"], cats=["discriminatory"], allowed=["offensive", "harassment"],
  note="5 discriminatory content (nationality)")
C(P, "dwi ddim isio mynd adra heno. dad yn feddw eto ac yn taflu petha a gweiddi ar mam. dwi'n cuddio yn y "
     "llofft efo'r babi. plis paid deud wrth neb",
  at="2026-01-23T19:55:00", author="pupil", action="message", recipient="staff", audience="direct",
  platform="facebook", verdicts=["escalate"], cats=["safeguarding"], allowed=["pupil-contact"],
  note="child's disclosure of domestic abuse")
C(P, "Rhybudd i rieni Pwllheli a'r cylch ⚠️ Ma 'na ddau ddyn mewn car du 'di bod yn rhoi ffonau a phres i hogia "
     "ysgol i gario 'parseli' i Fangor. Mab fy ffrind, 13 oed, wedi cael ei dargedu wrth y parc. Plîs siaradwch "
     "efo'ch plant 🙏",
  at="2026-02-09T20:30:00", author="parent",
  verdicts=["escalate"], cats=["safeguarding"], allowed=["illegal"],
  note="worried parent: county lines targeting of children")
C(P, "Any 'nurse' who sprays this poison up our kids' noses deserves what's coming. We've got the names and "
     "addresses of the school nurses. Time to stop talking and act ⚔️ #Nuremberg2",
  at="2026-01-29T22:15:00", author="public", platform="youtube", action="comment",
  verdicts=["escalate"], cats=["extremism", "illegal"], allowed=["harassment"],
  note="conspiracy-driven threat of violence against school nurses")
C(P, "Os ydi'r athro 'na'n gweiddi ar fy mab i eto mi a' i draw i'r ysgol efo cyllell. Dw i o ddifri. Fydd o'n "
     "difaru.",
  at="2026-03-04T21:20:00", author="parent",
  verdicts=["escalate"], cats=["illegal"], allowed=["harassment", "disparaging"],
  note="threat of violence with a knife")
C(P, "Gwynedd Council school uniform grant – £150 for every child 🎒 Claim now before the money runs out, just "
     "enter your bank card details here 👉 bit.ly/grant-gwisg-ysgol",
  at="2026-03-10T07:45:00", author="public", action="comment",
  verdicts=["escalate"], cats=["illegal"], note="phishing fraud on the school's page")
C(P, "Mae hi'n bwrw eira ar ben y bryn ❄️ Dim ffordd dw i'n dreifio i nunlle heddiw, panad a ffilm amdani",
  platform="instagram", at="2026-01-10T09:40:00", bio=BARN, verdicts=["ok"],
  note="'eira' (snow) and 'bryn' (hill) are names in the profile")
C(P, "Lunchtime walk down to the harbour, sun's out for once ☀️",
  platform="instagram", at="2026-01-14T12:25:00", bio=BARN, verdicts=["ok"], note="lunch break")
C(P, "Safeguarding training tonight on online child exploitation and radicalisation. Heavy going but so "
     "important. Diolch i'r tîm 👏",
  at="2026-01-20T18:30:00", bio=BARN, verdicts=["ok"], allowed=["school-reference"],
  note="teacher mentions training; after hours; disclaimer")
C(P, "Siomedig iawn bod y clwb ar ôl ysgol yn cau. Dw i'n dallt bod pres yn brin ond mae'n anodd i rieni sy'n "
     "gweithio. Fasa'r ysgol yn fodlon cyfarfod i drafod?",
  at="2026-02-25T20:00:00", author="parent", verdicts=["ok"], allowed=["disparaging", "school-reference"],
  note="polite parent criticism")
C(P, "Heulwen o'r diwedd ☀️ dying for an ice cream ond ma'r ciw yn Abersoch yn filltir o hyd 🍦",
  at="2026-03-15T14:30:00", bio=BARN, verdicts=["ok"],
  note="'Heulwen' (sunshine) is the head's name; 'dying for' is a figure of speech")
C(P, "Huge thanks to the Cae'r Onnen staff for such a lovely parents' evening last night. Seren loves it there 💛",
  at="2026-02-26T08:15:00", author="parent", verdicts=["ok"], allowed=["school-reference"],
  note="parent praising the school, naming her own child")

# -------------------------------------------------------------------------- robert-carre (Haverholme)
P = "robert-carre"
RCD = "The views in this posting do not represent the views of my employer."
C(P, "I had the pleasure of working alongside Jo for four years – organised, calm under pressure and brilliant "
     "with our SEND students. Any school would be lucky to have her.",
  at="2026-01-24T11:30:00", platform="linkedin", action="recommendation", bio="Head of Science. " + RCD,
  verdicts=["breach"], cats=["professional-reference"], allowed=["community-reference", "school-reference"],
  note="'Staff should never provide references for other individuals on social or professional networking sites'")
C(P, "Hi Mason, sent your personal statement back with comments – using my home email as the school one's "
     "playing up. Any probs just reply here. Mr R",
  at="2026-02-01T20:00:00", platform="other", action="message", recipient="pupil", audience="direct",
  verdicts=["breach"], cats=["pupil-contact"],
  note="'never knowingly communicate with students ... via personal email account'")
C(P, "Selling my old road bike, £250 ono, collection from Sleaford 🚲 DM me",
  at="2026-02-07T10:00:00", device="school", bio=RCD, verdicts=["breach"], cats=["working-time"],
  note="personal use of social media by means of Trust computers")
C(P, "Proud to work for the Robert Carre Trust – our Year 11s absolutely smashed their mocks 💪📚",
  at="2026-01-31T09:00:00", platform="x", display="Mr Read", bio="English teacher | coffee | books",
  verdicts=["breach"], cats=["missing-disclaimer"], allowed=["school-reference"],
  note="affiliation disclosed without the statement")
C(P, "League tables out and we're up 14 places in the county 📈 all that hard work paying off",
  at="2026-02-01T10:30:00", bio=RCD, verdicts=["advise"], cats=["school-reference"],
  note="'Avoid posting comments about sensitive Trust related topics, such as our performance'")
C(P, "Account's live! Follow for PE tips, fixtures and results 💪",
  at="2026-01-11T19:00:00", platform="tiktok", action="profile_update",
  display="Haverholme PE Dept (unofficial)", bio="Views my own 🏀",
  images=[{"description": "Haverholme Academy crest used as the profile picture"}],
  verdicts=["breach"], cats=["school-identity"], allowed=["school-reference"],
  note="'Do not use our logos, brand names ... without prior written permission'")
C(P, "@EchoSophieP happy to tell you what's really going on with the Trust's budget, DM me 👀",
  at="2026-02-25T19:00:00", platform="x", action="comment", recipient="public", bio=RCD,
  verdicts=["breach"], cats=["media"], allowed=["confidential", "disparaging", "school-reference"],
  note="press enquiries go to the Executive Headteacher's PA; do not respond without written approval")
C(P, "Exec Head's pocketed a 20% pay rise while we're told there's no money for textbooks. Absolute crooks "
     "running this Trust.",
  at="2026-03-13T20:00:00", audience="friends", bio=RCD,
  verdicts=["breach"], cats=["disparaging", "defamatory"], allowed=["confidential"],
  note="must not post disparaging or defamatory statements about the Trust or staff")
C(P, "Jade's mum wants a reader for her in exams AGAIN because she's 'dyslexic' 🙄 more like can't be bothered",
  at="2026-01-12T09:35:00", audience="friends", bio=RCD,
  verdicts=["breach"], cats=["personal-data", "disparaging", "working-time"],
  allowed=["discriminatory", "school-reference"],
  note="special needs of a student; disparaging; posted in lesson time")
C(P, "sir i dont feel safe going home. mums new boyfriend keeps coming in my room at night when shes asleep. "
     "please dont tell her i said",
  at="2026-02-24T22:10:00", author="pupil", platform="instagram", action="message", recipient="staff",
  audience="direct", verdicts=["escalate"], cats=["safeguarding"], allowed=["pupil-contact"],
  note="disclosure suggesting sexual abuse")
C(P, "🍃 green n ❄️ white avail tonight, delivering round Sleaford, snap me 👻",
  at="2026-03-06T18:30:00", author="pupil", platform="other",
  verdicts=["escalate"], cats=["illegal"], allowed=["safeguarding"],
  note="pupil advertising cannabis and cocaine")
C(P, "Lads – sick of being told to feel guilty for being white? Running a fitness camp this summer for proper "
     "British lads. Train, fight, take the country back. DM me, keep it off the group chat 🇬🇧👊",
  at="2026-03-10T11:30:00", platform="tiktok", display="CoachDaz", bio="Sports coach | PT",
  verdicts=["escalate"], cats=["extremism", "working-time"], allowed=["discriminatory", "pupil-contact"],
  note="far-right recruitment by a sports coach (contractor = staff), posted in working time")
C(P, "That Romanian family that's moved in by the school – scroungers. Someone should put their windows through, "
     "I'll bring the petrol 🔥",
  at="2026-01-30T23:00:00", author="public",
  verdicts=["escalate"], cats=["illegal"], allowed=["discriminatory", "harassment"],
  note="racially motivated threat of arson")
C(P, "Anyone want a Chromebook? Got a box of 20 that 'fell off' the IT cupboard 😂 £40 each cash, no questions",
  at="2026-02-27T19:30:00", audience="friends", bio=RCD,
  verdicts=["escalate"], cats=["illegal"], allowed=["confidential"],
  note="selling stolen school equipment")
C(P, "Put the kettle on, it's been a very Monday Wednesday ☕",
  platform="x", at="2026-01-14T13:20:00", bio=RCD, verdicts=["ok"], note="lunch break; 'kettle' is a name in the profile")
C(P, "Good read this – a history of the Fens and how they were drained. Worth every penny 📖 "
     "ISBN 978-0-7509-4412-8 if anyone wants it",
  at="2026-03-21T16:00:00", bio=RCD, verdicts=["ok"],
  note="'read' and 'penny' are names in the profile; the number is an ISBN")
C(P, "Twilight CPD tonight: safeguarding refresher on child criminal exploitation and county lines. Heavy going "
     "but so important for anyone working with teenagers.",
  at="2026-02-05T18:30:00", display="Chris P", bio="Teacher at a Robert Carre Trust school. " + RCD,
  verdicts=["ok"], allowed=["school-reference"], note="training talk, affiliation with the statement")
C(P, "Bird walk round Rauceby this morning – rowan trees full of fieldfares and the first swift?? in March?? "
     "Almost certainly a swallow, I'm no birder 😂",
  at="2026-03-14T12:40:00", bio=RCD, verdicts=["ok"],
  note="'rowan' and 'swift' make up a pupil's name in the profile, used as ordinary words")
C(P, "Haverholme parents – anyone know when the Y10 work experience forms are due? Lost the letter 🙈",
  at="2026-03-09T19:45:00", author="parent", verdicts=["ok"], allowed=["school-reference"],
  note="parent's neutral question")
C(P, "I'm going to kill my brother. He's eaten the last Easter egg AND the emergency Twix 😤 nerves of steel "
     "needed for the Imps game later",
  platform="x", at="2026-03-22T13:00:00", bio=RCD, verdicts=["ok"],
  note="figure of speech; 'steel' is a name in the profile")


# =================================================================================================
# Checks
# =================================================================================================
def minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def in_working_time(profile: dict, posted_at: str) -> bool:
    """On a working day, inside working hours and outside every break."""
    t = dt.datetime.fromisoformat(posted_at)
    wh = profile["working_hours"]
    if t.strftime("%a") not in wh["days"]:
        return False
    m = t.hour * 60 + t.minute
    if not (minutes(wh["start"]) <= m < minutes(wh["end"])):
        return False
    return not any(minutes(a) <= m < minutes(b) for a, b in wh["breaks"])


def near_boundary(profile: dict, posted_at: str) -> bool:
    """Within 5 minutes of a start, end or break boundary (kept out so times are unambiguous)."""
    t = dt.datetime.fromisoformat(posted_at)
    wh = profile["working_hours"]
    if t.strftime("%a") not in wh["days"]:
        return False
    m = t.hour * 60 + t.minute
    edges = [minutes(wh["start"]), minutes(wh["end"])] + [minutes(x) for b in wh["breaks"] for x in b]
    return any(abs(m - e) < 5 for e in edges)


def expected_verdicts(policy: str, cats: list[str], post: dict) -> set[str]:
    rank = {"ok": 0, "advise": 1, "breach": 2, "escalate": 3}
    options = [sorted(severities(policy, c, post)) for c in cats]
    return {max(combo, key=rank.__getitem__) for combo in itertools.product(*options)}


def check(cases: list[dict]) -> list[str]:
    errors: list[str] = []
    ids = [c["id"] for c in cases]
    dup = [i for i, n in Counter(ids).items() if n > 1]
    if dup:
        errors.append(f"duplicate ids: {dup}")
    per = Counter(c["policy"] for c in cases)
    for p in POLICIES:
        if per[p] != PER_POLICY:
            errors.append(f"{p}: {per[p]} cases, want {PER_POLICY}")
    if set(per) - set(POLICIES):
        errors.append(f"unknown policies {set(per) - set(POLICIES)}")
    for p, prof in PROFILES.items():
        nopub = [x for x in prof["people"] if x.get("no_publish")]
        if len(nopub) != 1 or nopub[0]["role"] != "pupil":
            errors.append(f"{p}: profile needs exactly one no-publish pupil")
        names = [x["name"] for x in prof["people"]]
        if len(set(names)) != len(names):
            errors.append(f"{p}: duplicate person names")
        if {x["role"] for x in prof["people"]} != {"pupil", "staff", "parent", "governor"}:
            errors.append(f"{p}: profile should list pupils, staff, parents and governors")

    for c in cases:
        cid, p, post, e = c["id"], c["policy"], c["post"], c["expect"]
        err = lambda msg: errors.append(f"{cid}: {msg}")  # noqa: E731
        if not cid.startswith(ID_PREFIX) or post.get("id") != cid:
            err("id must start with h5a- and match post.id")
        if set(c) != {"id", "policy", "post", "expect"}:
            err(f"record keys {sorted(c)}")
        if set(e) != {"verdicts", "categories", "allowed"}:
            err(f"expect keys {sorted(e)}")
        # post record against the contract
        if not isinstance(post.get("text"), str) or not post["text"].strip():
            err("empty text")
        if post.get("account") not in ACCOUNTS:
            err("bad account")
        if post.get("author_role") not in ROLES:
            err("bad author_role")
        if post.get("platform") not in PLATFORMS:
            err("bad platform")
        if post.get("audience") not in AUDIENCES:
            err("bad audience")
        if post.get("action", "post") not in ACTIONS:
            err("bad action")
        if "device" in post and post["device"] not in DEVICES:
            err("bad device")
        if "recipient_role" in post and post["recipient_role"] not in ROLES:
            err("bad recipient_role")
        if post.get("action") in {"message", "friend_request", "follow"} and "recipient_role" not in post:
            err("direct action without recipient_role")
        if post.get("audience") == "direct" and "recipient_role" not in post:
            err("direct audience without recipient_role")
        try:
            ts = dt.datetime.fromisoformat(post["posted_at"])
            if ts.tzinfo is not None:
                err("posted_at should be local time without offset")
        except (KeyError, ValueError):
            err("bad posted_at")
            continue
        for im in post.get("images", []):
            if not isinstance(im.get("description"), str) or set(im) - {"description", "people", "consent"}:
                err("bad image record")
        # expectation names
        v, cats, allowed = e["verdicts"], e["categories"], e["allowed"]
        if not v or set(v) - VERDICTS or len(set(v)) != len(v):
            err(f"bad verdicts {v}")
        for name in cats + allowed:
            if name not in CATEGORIES:
                err(f"unknown category {name}")
        if len(set(cats)) != len(cats) or len(set(allowed)) != len(allowed):
            err("repeated category")
        if set(cats) & set(allowed):
            err(f"category both expected and allowed: {set(cats) & set(allowed)}")
        # escalation iff safeguarding/extremism/illegal expected
        esc_expected = bool(set(cats) & ESCALATING)
        if ("escalate" in v) != esc_expected:
            err("escalate must be expected iff safeguarding/extremism/illegal is")
        if esc_expected and v != ["escalate"]:
            err("escalation cases have ['escalate'] as their only verdict")
        if not esc_expected and set(allowed) & ESCALATING:
            err("non-escalation case lists an escalating category in allowed")
        # ok cases have no expected category; the others at least one
        if "ok" in v and cats:
            err("a case that may be ok expects no category")
        if "ok" not in v and not cats:
            err("a non-ok case needs at least one expected category")
        # categories the policy does not address are never expected
        bad = set(cats) & NOT_ADDRESSED[p]
        if bad:
            err(f"{p} does not address {sorted(bad)}")
        # working time
        prof = PROFILES[p]
        if p in WORKING_TIME_POLICIES:
            staff_personal = post["author_role"] == "staff" and post["account"] == "personal"
            should = staff_personal and (in_working_time(prof, post["posted_at"]) or post.get("device") == "school")
            if should != ("working-time" in cats):
                err(f"working-time expected={('working-time' in cats)} but rule says {should}")
            if staff_personal and near_boundary(prof, post["posted_at"]):
                err("posted within 5 minutes of a working-hours boundary")
        elif "working-time" in cats or "working-time" in allowed:
            err("bwmat never expects or allows working-time")
        # verdicts follow from the categories' severities
        if cats:
            want = expected_verdicts(p, cats, post)
            if set(v) != want:
                err(f"verdicts {v} but categories give {sorted(want)}")
        elif set(v) - {"ok", "advise", "breach"}:
            err("case without expected categories can only be ok/advise/breach")
    return errors


def build() -> list[dict]:
    out: list[dict] = []
    rng = random.Random(20260305)
    for p in POLICIES:
        group = list(CASES[p])
        rng.shuffle(group)  # ids carry no hint of the label
        for n, c in enumerate(group, 1):
            cid = f"{ID_PREFIX}{SHORT[p]}{n:02d}"
            post = {"id": cid, **c["post"]}
            out.append({"id": cid, "policy": p, "post": post, "expect": c["expect"]})
    return out


def stats(cases: list[dict]) -> str:
    lines = []
    for p in POLICIES:
        group = [c for c in cases if c["policy"] == p]
        verd = Counter("/".join(c["expect"]["verdicts"]) for c in group)
        cats = Counter(x for c in group for x in c["expect"]["categories"])
        authors = Counter(c["post"]["author_role"] for c in group)
        lines.append(f"{p}: verdicts {dict(sorted(verd.items()))}")
        lines.append(f"  categories {dict(sorted(cats.items()))}")
        lines.append(f"  authors {dict(sorted(authors.items()))}")
    v_all = Counter("/".join(c["expect"]["verdicts"]) for c in cases)
    lines.append(f"all: verdicts {dict(sorted(v_all.items()))}")
    return "\n".join(lines)


def main() -> int:
    cases = build()
    errors = check(cases)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} invariant failure(s); nothing written", file=sys.stderr)
        return 1
    (HERE / "profiles").mkdir(exist_ok=True)
    written = []
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    written.append("cases.jsonl")
    for p in POLICIES:
        path = f"profiles/{p}.json"
        with open(HERE / path, "w", encoding="utf-8") as f:
            json.dump(PROFILES[p], f, ensure_ascii=False, indent=1)
            f.write("\n")
        written.append(path)
    with open(HERE / "cases.sha256", "w", encoding="utf-8") as f:
        for path in written:
            digest = hashlib.sha256((HERE / path).read_bytes()).hexdigest()
            f.write(f"{digest}  {path}\n")
    print(f"ok: {len(cases)} cases, invariants hold; wrote {', '.join(written)}, cases.sha256")
    print(stats(cases))
    return 0


if __name__ == "__main__":
    sys.exit(main())
