"""Frames: risks said as several ideas together, each idea a class of many words (`screening/frames.py`).

Each table gives posts that say a risk in words no list holds as a phrase, next to clean posts that carry one
of the same ideas alone ("I'm scared of spiders", "killing it at the gym", "cut the ribbon"). The school and
its people are invented for these tests; the sentences are written for them, not taken from any case set."""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

from safesocial.policy.loader import LoadedPack
from safesocial.policy.rules import governing_clause
from safesocial.screening import Screener
from safesocial.screening.concepts import CONCEPTS, LAZY
from safesocial.screening.decision import decide
from safesocial.screening.frames import FRAMES, SP, WHOLE, Frame, S, match
from safesocial.screening.lexicon import TAGS
from safesocial.screening.types import Finding, Post

PROFILE: dict[str, Any] = {
    "school": {
        "name": "Brackenmoor Church Primary School",
        "aliases": ["Brackenmoor Primary", "Brackenmoor"],
        "handles": ["@BrackenmoorCP"],
        "domains": ["brackenmoor.example.sch.uk"],
    },
    "trust": {"name": "Northfell Learning Trust", "aliases": ["NLT", "the Trust"]},
    "timezone": "Europe/London",
    "working_hours": {
        "days": ["Mon", "Tue", "Wed", "Thu", "Fri"],
        "start": "08:40",
        "end": "15:20",
        "breaks": [["10:30", "10:45"], ["12:00", "13:00"]],
    },
    "people": [
        {"name": "Imogen Threlkeld", "role": "pupil", "year_group": "Year 5"},
        {"name": "Bartholomew Sykes", "role": "pupil", "known_as": ["Barty"], "year_group": "Year 3"},
        {"name": "Elowen Garside", "role": "pupil", "year_group": "Year 6", "no_publish": True},
        {"name": "Petra Lindqvist", "role": "staff", "job": "Headteacher"},
        {"name": "Desmond Okonjo", "role": "staff", "job": "Teacher"},
        {"name": "Faye Ambler", "role": "staff", "job": "Teaching Assistant"},
        {"name": "Norris Sykes", "role": "parent"},
        {"name": "Valerie Pennock", "role": "governor", "job": "Chair of Governors"},
    ],
}


@pytest.fixture(scope="module")
def screener(category_pack: LoadedPack) -> Screener:
    return Screener.for_policy(category_pack, PROFILE, offensive_model=False)


def post(text: str, **fields: Any) -> dict[str, Any]:
    """A staff member's public post on a personal account, on a Saturday, with a disclaimer in the bio,
    unless the case says otherwise."""
    record: dict[str, Any] = {
        "id": "f1", "text": text, "account": "personal", "author_role": "staff", "platform": "facebook",
        "audience": "public", "posted_at": "2026-06-13T10:00:00", "device": "personal",
        "profile": {"display_name": "", "bio": "Views my own."},
    }  # fmt: skip
    record.update(fields)
    return record


class Case(NamedTuple):
    name: str
    text: str
    present: frozenset[str]
    absent: frozenset[str]
    fields: dict[str, Any]


def C(name: str, text: str, present: str, absent: str = "", **fields: Any) -> Case:
    """A post that must be found under `present` (and not under `absent`)."""
    return Case(name, text, frozenset(present.split()), frozenset(absent.split()), fields)


def NOT(name: str, text: str, absent: str, **fields: Any) -> Case:
    """A clean look-alike: none of `absent` may be found."""
    return Case(name, text, frozenset(), frozenset(absent.split()), fields)


def check(screener: Screener, case: Case) -> None:
    decision = screener.screen(post(case.text, **case.fields))
    assert decision.verdict != "error", decision.error
    found = {f.category for f in decision.findings}
    missing = case.present - found
    assert not missing, f"{case.name}: missed {sorted(missing)}; found {sorted(found)}"
    extra = case.absent & found
    assert not extra, f"{case.name}: wrongly found {sorted(extra)}"


def ids(cases: list[Case]) -> list[str]:
    return [c.name for c in cases]


PUPIL = {"author_role": "pupil", "profile": {"display_name": "", "bio": ""}}
PARENT = {"author_role": "parent", "profile": {"display_name": "", "bio": ""}}
PUBLIC = {"author_role": "public", "profile": {"display_name": "", "bio": ""}}
TO_STAFF = {"audience": "direct", "action": "message", "recipient_role": "staff"}
TO_PARENT = {"audience": "direct", "action": "message", "recipient_role": "parent"}
COMMENT_STAFF = {"action": "comment", "recipient_role": "staff"}
GOVERNOR = {"author_role": "governor"}
SCHOOL_ACCOUNT = {"account": "school"}

SAFEGUARDING = [
    C(
        "a pupil: a lodger in her room after dark, afraid",
        "Miss the lodger comes in my bedroom after midnight and I'm frightened to tell mum",
        "safeguarding",
        **PUPIL,
        **TO_STAFF,
    ),
    C(
        "staff: a girl made to share a bed with her mum's partner",
        "One of our girls in Year 4 says her mum's partner makes her share a bed when mum works nights",
        "safeguarding",
    ),
    C(
        "a parent: a man online asks a child where she lives and for photos",
        "Some random man on Fortnite keeps asking my 11 year old where she lives and wants photos",
        "safeguarding",
        **PARENT,
    ),
    C(
        "staff: an older boyfriend buys a 13-year-old drink",
        "A lass in my tutor group has an older boyfriend who buys her vodka and collects her from school. "
        "She's 13.",
        "safeguarding",
    ),
    C(
        "staff: an uncle showing a boy explicit videos",
        "A boy in Year 8 says his uncle has been showing him porn on his phone",
        "safeguarding",
    ),
    C(
        "staff: questionable pictures of children found on a device",
        "Came across some really dubious photos of young girls on my brother-in-law's laptop, what now?",
        "safeguarding",
    ),
    C(
        "welsh: a stepfather comes into a child's room at night, she is afraid",
        "Mae fy llystad yn dod i fy stafell yn y nos ac mae gen i ofn",
        "safeguarding",
        **PUPIL,
        **TO_STAFF,
    ),
    C(
        "staff: an injury whose story does not add up",
        "One of my Year 2s has finger marks on her neck and the story doesn't add up",
        "safeguarding",
    ),
    C(
        "staff: an adult photographing a child in the bath",
        "A girl in Year 5 says her stepdad films her in the bath",
        "safeguarding",
    ),
    C(
        "staff: a boy paid to hide knives",
        "A lad in my form is being paid by older lads to hide knives for them",
        "safeguarding",
    ),
    NOT(
        "bruises from sport, told as they were",
        "My son came home from rugby covered in bruises, says he fell in a tackle",
        "safeguarding",
    ),
    NOT("fear of spiders", "I'm scared of spiders and one has moved into my bedroom", "safeguarding"),
    NOT(
        "children frightened on a ride",
        "The children were terrified on the ghost train at the fair, then begged to go again",
        "safeguarding",
    ),
    NOT(
        "grandparents, a sleepover and a big bed",
        "The grandkids had a sleepover and piled into our bed for stories",
        "safeguarding",
    ),
    NOT(
        "a coach praising a team",
        "My son's coach says the team played beautifully today, so proud",
        "safeguarding",
    ),
    NOT(
        "old holiday photos", "Found some lovely old photos of the kids on the beach in Filey", "safeguarding"
    ),
]

EXTREMISM = [
    C(
        "an in-group told to arm itself against invaders",
        "The invaders are everywhere now. True patriots need to arm themselves and drive them out.",
        "extremism",
    ),
    C(
        "a call to take the country back for a race",
        "Native Britons must take Britain back before it's too late. DM to join.",
        "extremism",
    ),
    C(
        "welsh: real Welsh people should take up arms",
        "Mae'n bryd i'r Cymry go iawn godi arfau. Ymunwch â ni.",
        "extremism",
    ),
    NOT(
        "a union meeting", "Rise up and join the union meeting on Thursday, we deserve fair pay", "extremism"
    ),
    NOT(
        "a history lesson",
        "Year 6 learned how the Norman invasion changed England, fantastic history lesson",
        "extremism",
    ),
    NOT(
        "sport and patriotism",
        "Real patriots will be in the pub for the England match, join us!",
        "extremism",
    ),
]

ILLEGAL = [
    C(
        "knowing where a teacher parks, with a veiled threat",
        "I know where that PE teacher parks. He'll be sorry he shouted at my son.",
        "illegal",
        **PARENT,
    ),
    C(
        "menace on the way home",
        "That head had better enjoy her walk to her car, accidents happen you know",
        "illegal",
        **PUBLIC,
    ),
    C(
        "goods stolen from a workplace for sale",
        "Anyone need a drill? Lifted it from the building site, £20 😂",
        "illegal",
    ),
    C(
        "fake tickets passed off as real",
        "Got some festival wristbands, homemade but they look genuine, £30 each, DM me",
        "illegal",
    ),
    C(
        "drugs by a street name, for a party",
        "Got plenty of charlie if anyone's after some for the after party ❄️",
        "illegal",
    ),
    C(
        "drinking then driving",
        "Few bevvies at the rugby club then drove home, roads were empty 😎",
        "illegal",
    ),
    C("driving after drinking", "Driving back after a skinful, the A-road is always quiet", "illegal"),
    NOT(
        "camping gear for a friend",
        "Got loads of camping gear spare if anyone fancies a weekend at the festival",
        "illegal",
    ),
    NOT(
        "a designated driver",
        "Designated driver tonight so lemonade for me while everyone else has a few pints",
        "illegal",
    ),
    NOT("a taxi home", "Few pints at the club then a taxi home, perfect Friday", "illegal"),
    NOT("my own bike stolen", "Someone nicked my bike from outside work, gutted", "illegal"),
    NOT(
        "knowing where a friend lives",
        "I know where you live now, I'll drop the casserole dish round tomorrow",
        "illegal",
        **PARENT,
    ),
]

HARASSMENT = [
    C(
        "a threat to a colleague's career",
        "Carry on complaining about me and I'll make sure you never teach again",
        "harassment",
        **COMMENT_STAFF,
    ),
    C(
        "a colleague told nobody wants her",
        "Faye, no one wants you in this school. Do us all a favour and pack your bags.",
        "harassment community-reference",
        **COMMENT_STAFF,
    ),
    C(
        "a pupil insulted to his face with new words",
        "Bartholomew Sykes you're a greasy dosser, nobody can stand you",
        "harassment",
        **PUPIL,
        action="comment",
        recipient_role="pupil",
    ),
    NOT("friendly advice to leave early", "Go home and rest, you've done enough this week!", "harassment"),
]

DISPARAGING = [
    C("an idiom of incompetence", "Our head couldn't organise a raffle to save her life", "disparaging"),
    C(
        "treated like dirt",
        "Northfell Learning Trust treats its teachers like skivvies. Steer clear.",
        "disparaging",
    ),
    C("a parent from hell", "Norris Sykes is the dad from hell, fourth email today", "disparaging"),
    C(
        "a department that should not be teaching",
        "Half our maths department shouldn't be anywhere near a classroom",
        "disparaging",
    ),
    C("welsh: the department is a mess", "Mae'r adran wyddoniaeth yn draed moch", "disparaging"),
    NOT("a broken photocopier", "Why does the photocopier ALWAYS jam on a Monday 🙄", "disparaging"),
    NOT("a messy kitchen", "My kitchen is an absolute zoo with three puppies in it", "disparaging"),
    NOT("a busy road", "Steer clear of the bypass tonight, it's a car crash of a jam", "disparaging"),
]

DEFAMATORY = [
    C(
        "helping himself to the money",
        "Pretty certain the site manager has been helping himself to the charity money",
        "defamatory",
    ),
    C(
        "flogging the school's equipment",
        "Word is someone in the office has been flogging the school's old ipads online",
        "defamatory",
    ),
    C(
        "inflating grades",
        "A certain member of staff has been inflating grades before every data drop",
        "defamatory",
    ),
    C("drinking at work", "Desmond Okonjo smells of booze every afternoon, I swear", "defamatory"),
    NOT(
        "a colleague taking the budget meeting",
        "Petra Lindqvist is taking the budget meeting this week",
        "defamatory",
    ),
    NOT("drinking coffee at lunch", "Drinking coffee with the team at lunchtime, lovely bunch", "defamatory"),
]

PERSONAL_DATA = [
    C("a colleague off with stress", "Desmond Okonjo is signed off with stress again", "personal-data"),
    C(
        "a pupil's family and immigration",
        "Imogen Threlkeld's dad has been detained by immigration, poor thing",
        "personal-data",
    ),
    C("a parent in prison", "Norris Sykes is back inside, which explains a lot", "personal-data"),
    NOT(
        "the author's own family", "My mum has been signed off with stress, sending her love", "personal-data"
    ),
]

CONFIDENTIAL = [
    C(
        "an unannounced departure, hushed",
        "Keep it under your hat but our deputy is stepping down at Christmas",
        "confidential",
    ),
    C("a door code", "The door code at school is 4321, nobody ever changes it", "confidential"),
    C(
        "a security gap",
        "The back gate at school is never locked, anyone could wander in",
        "confidential",
    ),
    C(
        "cuts from a governors' meeting",
        "Long governors' meeting tonight, we're £40k in the red and three posts will have to go",
        "confidential",
        **GOVERNOR,
    ),
    NOT(
        "a surprise for a colleague",
        "Shh, surprise leaving do for our deputy on Friday, she's retiring! 🤫",
        "confidential",
    ),
    NOT("a password at home", "Our home wifi password is the dog's name, genius", "confidential"),
]

POLICY_OPINION = [
    C(
        "a hedged view on a new rule",
        "Not convinced by the new phone ban tbh, but what do I know",
        "policy-opinion",
    ),
    C(
        "a view on a decision to axe something",
        "The decision to axe the breakfast club is short-sighted if you ask me",
        "policy-opinion",
    ),
    C(
        "a positive view on a leadership decision",
        "Delighted the governors have voted to bring in a four-day week for staff training",
        "policy-opinion",
    ),
    C(
        "welsh, an official account's grievance",
        "Yn anffodus mae'r cyngor wedi penderfynu dileu'r clwb brecwast",
        "policy-opinion",
        **SCHOOL_ACCOUNT,
    ),
    NOT(
        "cutting a ribbon",
        "The governors cut the ribbon on the new library, brilliant evening",
        "policy-opinion",
    ),
    NOT("a film", "Not sure about the new Bond film tbh", "policy-opinion"),
]

COPYRIGHT = [
    C(
        "a watermark removed",
        "Edited out the photographer's watermark and used it for our newsletter",
        "copyright",
    ),
    C(
        "a paid resource given away",
        "Scanned the whole workbook and put it on my blog for free, who's going to know",
        "copyright",
    ),
    NOT("sharing a lost-dog post", "Shared someone's lost dog post, please look out for him", "copyright"),
    NOT("own photos", "Uploaded our holiday photos for anyone who wants a look", "copyright"),
    NOT(
        "credited use",
        "Used a photo from the council's page for the newsletter, credited with permission",
        "copyright",
    ),
]

CONTACT = [
    C(
        "a personal mobile in words, to parents",
        "Parents, you can always reach me on my personal mobile over the summer",
        "personal-contact-details",
    ),
    C(
        "a message for a pupil through her parent",
        "Could you tell Imogen well done from me for her science fair poster?",
        "pupil-contact",
        **TO_PARENT,
    ),
    NOT(
        "thanks to a parent",
        "Thank you for the lovely card, from me and the team",
        "pupil-contact",
        **TO_PARENT,
    ),
    NOT(
        "a personal mobile, to no family",
        "My personal mobile died so text me on my partner's tonight",
        "personal-contact-details",
    ),
]

OTHER = [
    C(
        "urging pupils to a party",
        "Year 6, the Lib Dems are the only ones who care about you. Get your parents to vote for them.",
        "political-influence",
    ),
    C(
        "offering references",
        "More than happy to write recommendations for anyone I've managed, just ask",
        "professional-reference",
    ),
    C("an adult platform", "New content on my OnlyFans tonight 😏", "offensive"),
    C("explicit content flagged", "Hen do photos incoming, totally NSFW 🍑💦", "offensive"),
    C(
        "a stereotype of a group",
        "Honestly women just can't handle the pressure of headship",
        "discriminatory",
    ),
    C("welsh: no place for gay people", "Does dim lle i bobl hoyw yn y pentref", "discriminatory"),
    NOT("a hen do", "Hen do weekend in York, what a laugh", "offensive"),
    NOT("girls at a club", "The girls always beat the boys at rounders", "discriminatory"),
    NOT("a night out with friends", "Proper filthy night out with the girls, home at 3am", "discriminatory"),
]


DM_PUPIL = {"audience": "direct", "action": "message", "recipient_role": "pupil"}
ROUND_TWO = [
    C(
        "a parent's allegation that a child was hurt",
        "Faye Ambler grabbed my daughter by the arm and left a mark",
        "defamatory",
        **PARENT,
    ),
    C(
        "a colleague's family in hospital",
        "Desmond Okonjo's wife is in hospital after a stroke",
        "personal-data",
    ),
    C(
        "goods out of the back of a van",
        "Brand new drills, came out of the back of a van, £25 each",
        "illegal",
    ),
    C(
        "vouchers bought with a found card",
        "Half-price gift cards going, paid for with a card I found",
        "illegal",
    ),
    C("cosmetic fillers for teenagers", "Doing cheap botox for teens this weekend, £40", "illegal"),
    C(
        "a plain handle named to a pupil",
        "My insta is brackenmissp if you want to see the photos",
        "personal-contact-details",
        **DM_PUPIL,
    ),
    C(
        "told to go back to their country",
        "Go back to Romania, nobody asked you to come",
        "discriminatory",
        **PUBLIC,
    ),
    C(
        "welsh: a pupil told he is ugly and unliked",
        "Barty ti'n hyll, does neb yn dy hoffi",
        "harassment",
        **PUPIL,
        action="comment",
        recipient_role="pupil",
    ),
    C("exam papers leaked", "Word is the head of science gave Year 11 the paper in advance", "defamatory"),
    C(
        "unannounced news, told as who has not heard",
        "Our deputy is leaving at Easter and the staff don't know yet",
        "confidential",
    ),
    NOT("cigarettes by their slang name", "Nipped out for a packet of fags after the quiz", "discriminatory"),
    NOT("a removal van", "Loading the back of a van with the charity shop donations", "illegal"),
    NOT("a found card handed in", "Found a bank card outside Tesco and handed it in at the desk", "illegal"),
    NOT(
        "my own family in hospital",
        "My wife's in hospital after a fall, thanks for the kind messages",
        "personal-data",
    ),
    NOT(
        "help away from school", "Happy to help out with the scouts outside school hours", "school-reference"
    ),
]


ROUND_THREE = [
    C(
        "an idiom of blindness to good ideas",
        "Our leadership wouldn't know a good plan if it bit them",
        "disparaging",
    ),
    C(
        "moving the goalposts",
        "The head keeps moving the goalposts on marking, every single term",
        "disparaging",
    ),
    C("a school run like a tinpot outfit", "Brackenmoor is run like a tinpot holiday park", "disparaging"),
    C("results called a car crash", "Our science results were a car crash this summer", "disparaging"),
    C(
        "a colleague's job going, unknown to her",
        "Governors agreed tonight Faye's job goes in July and she has no idea yet",
        "confidential",
        **GOVERNOR,
    ),
    C("answers passed on", "Desmond Okonjo got the answers to the mocks from a friend", "defamatory"),
    C(
        "charging private trips to the school",
        "The head has been charging her own petrol to the school card for months",
        "defamatory",
    ),
    C(
        "a pupil left without food",
        "sir i havent eaten since friday and nobody's at home",
        "safeguarding",
        **PUPIL,
    ),
    C("dealing to pupils", "Doing a bit of dealing to the sixth formers, easy money", "illegal"),
    C("hospital medicines sold", "Got some co-codamol from the ward, £3 a strip if anyone wants", "illegal"),
    C(
        "a lesson and a car",
        "That teacher needs teaching a lesson she won't forget. I know her car.",
        "illegal",
        **PUBLIC,
    ),
    C(
        "a town to be cleared",
        "Run these foreigners out of town, bring bats on Friday",
        "extremism",
        **PUBLIC,
    ),
    C(
        "a mild verdict on a school idea",
        "New rota for playground duty in our school, sensible idea",
        "policy-opinion",
    ),
    NOT("an eye-roll at the printer", "The school printer has jammed again 🙄", "disparaging"),
    NOT("a good idea at home", "Pizza for tea tonight, good idea or what", "policy-opinion"),
    NOT("a lesson at the driving school", "Driving lesson tomorrow, wish me luck", "illegal"),
    NOT("painkillers needed", "Anyone got any painkillers? Headache from hell", "illegal"),
]


ROUND_FOUR = [
    C(
        "would not last in a classroom",
        "The governors wouldn't last a day in a real classroom",
        "disparaging",
    ),
    C(
        "a sarcastic idea of wellbeing",
        "The Trust's idea of support is a poster in the staffroom",
        "disparaging",
    ),
    C(
        "a threat to tell of an affair",
        "Desmond, cross me again and everyone will know about your affair",
        "harassment",
        **COMMENT_STAFF,
    ),
    C(
        "demanding a group learn our ways",
        "These Polish families need to learn how we do things round here",
        "discriminatory",
    ),
    C(
        "an ambulance threat",
        "Touch my daughter again and you'll be leaving in an ambulance",
        "illegal",
        **PARENT,
    ),
    C("resold logins", "Dodgy logins for every streaming service, £10 a year", "illegal"),
    C(
        "a child told they are next",
        "they beat up my mate and now theyre saying im next",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "a hushed inspection outcome",
        "Ofsted outcome is in, can't say more till the letter goes out",
        "confidential",
    ),
    C("welsh: a parent named before the child", "Mae tad Barty yn yr ysbyty eto", "pupil-identity"),
    NOT("lasting a day out", "The kids wouldn't last a day without their tablets 😂", "disparaging"),
    NOT("a group in a good light", "Polish families brought amazing food to the fair", "discriminatory"),
    NOT("an ambulance visit", "The ambulance crew visited Year 1 today, brilliant talk", "illegal"),
]


TO_PUPIL = {"audience": "direct", "action": "message", "recipient_role": "pupil"}
ESCALATION = "safeguarding extremism illegal"

# Round five: escalation said in slang, euphemism, codes and dog-whistles, each next to everyday uses of the
# same words ("killing it", "I'm dead", "PE gear", "school bags", "a plug", "go to sleep forever after
# this week").
ROUND_FIVE = [
    C("unalive slang", "i just want to unalive myself tbh nobody would notice", "safeguarding", **PUPIL),
    C("sewerslide", "thinking about sewerslide again tonight", "safeguarding", **PUPIL),
    C(
        "a parent: a child cutting herself and wanting to die",
        "My 13 year old told her friend she wants to die and has been cutting herself",
        "safeguarding",
        **PARENT,
    ),
    C(
        "a parent: never wake up",
        "My son is 10 and keeps saying he wants to go to sleep and not wake up again",
        "safeguarding",
        **PARENT,
    ),
    C(
        "a farewell from a child",
        "this is my last post. sorry for everything. tell mum i love her",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "an adult boyfriend of a child",
        "My 14 year old daughter's boyfriend is 23 and keeps picking her up from school",
        "safeguarding",
        **PARENT,
    ),
    C(
        "county lines signs",
        "Found a burner phone in my 13 year old's bag and he keeps disappearing after school",
        "safeguarding",
        **PARENT,
    ),
    C(
        "grooming: delete this, no one can know",
        "Delete this after you read it. No one can know about us x",
        "safeguarding",
        **TO_PUPIL,
    ),
    C(
        "grooming: praise of looks and if only you were older",
        "you looked gorgeous in your prom dress, if only you were older 😉",
        "safeguarding",
        **TO_PUPIL,
    ),
    C(
        "grooming: don't tell mummy",
        "don't tell mummy we've been chatting, it's our thing ok",
        "safeguarding",
        **TO_PUPIL,
    ),
    C(
        "a barred parent at the gates",
        "Her dad has a non-molestation order but he keeps turning up at the school gates",
        "safeguarding",
        **PARENT,
    ),
    C(
        "neglect signs together",
        "That little girl in Year 1 comes in with nappy rash and the same dirty clothes, always hungry",
        "safeguarding",
    ),
    C(
        "sextortion of a pupil",
        "miss theres pics of me going round and he says he'll post them on snap unless i send more",
        "safeguarding",
        **PUPIL,
        **TO_STAFF,
    ),
    C(
        "a child asked to undress on camera",
        "My 12 year old got messages from a 'boy' asking her to take her top off on facetime",
        "safeguarding",
        **PARENT,
    ),
    C(
        "cutting of a girl abroad",
        "My cousin is taking her daughter abroad in the holidays to be cut like we were, she's 9",
        "safeguarding",
        **PARENT,
    ),
    C(
        "a pupil made to marry",
        "my dad is making me get married to my cousin in the summer, i dont want to, im 14",
        "safeguarding",
        **PUPIL,
        **TO_STAFF,
    ),
    C(
        "a video of girls in the changing room",
        "Someone's sent round a video of the Year 5 girls in the changing room",
        "safeguarding",
    ),
    C("incel call", "The foids deserve everything coming to them. Go ER brothers", "extremism"),
    C("praise for a mass shooter", "The Christchurch shooter did nothing wrong", "extremism"),
    C(
        "jihadist call",
        "Taghut governments must fall. Those who fight for the Ummah are heroes",
        "extremism",
    ),
    C(
        "an attack on a mosque",
        "Time to burn down the mosque in town, peaceful protest has failed",
        "extremism",
    ),
    C("sabotage of substations", "Blow up the substations, they'll listen then", "extremism"),
    C(
        "an extremist group inviting young lads",
        "Patriotic Alternative are running a meeting next week, young lads welcome, DM me",
        "extremism",
    ),
    C("neo-nazi numbers", "14/88 brothers, stay strong", "extremism"),
    C("dog-whistles", "White lives matter. It's okay to be white.", "extremism"),
    C("a bit of green", "Anyone want a bit of green for tonight? top quality, DM me", "illegal"),
    C("sniff for the weekend", "Got some sniff for the weekend if anyone's after it ❄️ dm me", "illegal"),
    C("8ths", "8ths and half z available, proper good stuff, message me 🍃", "illegal"),
    C("fit notes sold", "Selling sick notes £25 a pop, proper GP stamp", "illegal"),
    C(
        "a boss's password misused",
        "Got my boss's password off a sticky note, gonna read his emails tonight 😂",
        "illegal",
    ),
    C(
        "exam portal logins offered",
        "Anyone want logins for the exam portal? can get you the papers before the exam",
        "illegal",
    ),
    C("red diesel for the road", "Red diesel going cheap, perfect for your van, cash only", "illegal"),
    C(
        "knocked spark out",
        "I'm coming up there tomorrow and I'll knock him spark out",
        "illegal",
        **PARENT,
    ),
    C(
        "eating through a straw",
        "That deputy head wants to watch himself, he'll be eating through a straw",
        "illegal",
        **PARENT,
    ),
    C(
        "images held over someone",
        "If you ignore me again I'll send those pics of you to your whole family",
        "illegal",
    ),
    C("burning holiday homes", "Who wants to help burn the holiday homes this weekend 🔥", "illegal"),
    C("welsh: burn the holiday homes", "Mae'n amser llosgi'r tai haf eto", "illegal"),
    C("a money mule", "Looking for a money mule, easy cash just use your bank account", "illegal"),
    C(
        "searching for an overdose",
        "My 15 year old has been searching how many paracetamol it takes, I'm terrified",
        "safeguarding",
        **PARENT,
    ),
    C("goodbye letters", "ive written letters for everyone, tonight's the night", "safeguarding", **PUPIL),
    C(
        "children left alone for days",
        "My neighbour's kids are left alone for days, the little one is 4 and they're eating dry cereal",
        "safeguarding",
        **PARENT,
    ),
    C(
        "a drug debt and a threat to a child",
        "My son's 13 and owes some lads money for weed, they said they'll stab him if he doesn't pay",
        "safeguarding",
        **PARENT,
    ),
    C("a call to kill", "Kill all the paedos and immigrants, the time for talk is over", "extremism"),
    C("a blade for a fight", "Get a blade and bring it Monday, we're sorting them out at lunch", "illegal"),
    C(
        "a threat of hospital",
        "I'll put that head teacher in hospital if she excludes my son again",
        "illegal",
        **PARENT,
    ),
    C("a car known, with a hint", "I know which car is yours Miss. Nice tyres. Be a shame.", "illegal"),
    C("a dealer's new stock", "My plug's got fresh loud in, £20 a bag, Snapchat me", "illegal"),
    C("welsh: burn their houses", "Mae'n amser i'r Saeson adael Cymru. Llosgwch eu tai.", "extremism"),
    NOT("a lovely car", "I know which car is yours, the red one, lovely car!", ESCALATION),
    NOT("loud music", "Music was too loud, £20 a bag for chips too!", ESCALATION),
    NOT("a hospital visit", "I'll put the kids in the car and pop to the hospital to see Nan", ESCALATION),
    NOT("no heating", "The kids were left alone in the classroom for a minute, no heating again", ESCALATION),
    NOT("a phone from grandad", "My son got a new iPhone from his grandad, love it", ESCALATION, **PARENT),
    NOT("weeds", "Kill all the weeds in the garden this weekend", ESCALATION),
    NOT("fresh cuts of beef", "Fresh cuts of beef at the butchers this weekend", ESCALATION),
    NOT("a shame to miss", "Be a shame to miss the fete on Saturday!", ESCALATION),
    C("nobody would care", "nobody would care if i was gone tbh, been planning how", "safeguarding", **PUPIL),
    C(
        "scratching until it bleeds",
        "i keep scratching my arms with a compass until it bleeds",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "a youth leader's lifts and 'their little thing'",
        "The youth club leader keeps giving my 12 year old lifts home, says it's their little thing",
        "safeguarding",
        **PARENT,
    ),
    C(
        "a teacher who won't tell the parents",
        "You can always message me on here instead of school email, I won't tell your parents",
        "safeguarding",
        **TO_PUPIL,
    ),
    C(
        "touched under the covers",
        "Our 9 year old says her step-brother touches her under the covers when he babysits",
        "safeguarding",
        **PARENT,
    ),
    C(
        "a man hitting children",
        "I think my friend's husband is hitting their kids, the eldest flinches when he shouts",
        "safeguarding",
        **PARENT,
    ),
    C(
        "a parcel run for cash",
        "Someone at the park offered my son £20 to deliver a package to an address in the next town",
        "safeguarding",
        **PARENT,
    ),
    C(
        "a group taking over",
        "The Muslims are taking over, time to fight back before we're a minority",
        "extremism",
    ),
    C(
        "a gang to sort out refugees",
        "Anyone up for sorting out the refugees at the hotel on Saturday? Bring mates",
        "extremism",
    ),
    C("a religion wiped out", "Islam must be wiped out of Europe", "extremism"),
    C(
        "a school card for shopping",
        "I've been using the school credit card for my Tesco shop, no one will notice",
        "illegal",
    ),
    C("regret the day he was born", "I'll make him regret the day he was born", "illegal", **PARENT),
    C(
        "welsh: sort the teacher out",
        "Dwi'n mynd i sortio'r athro 'na allan, gei di weld",
        "illegal",
        **PARENT,
    ),
    NOT("a coach's lifts", "The football coach gives the kids lifts home after matches, so kind", ESCALATION),
    NOT(
        "donations for refugees",
        "Sorting out the refugees' donations on Saturday, bring your mates!",
        ESCALATION,
    ),
    NOT(
        "a market taken over",
        "The tech giants are taking over, time to fight back with better products",
        ESCALATION,
    ),
    NOT("a school card for hoodies", "Used the school card to buy the Year 6 leavers' hoodies", ESCALATION),
    NOT("a sleepover", "The kids loved snuggling under the covers at the sleepover", ESCALATION),
    NOT("maternity leave", "When I'm gone on maternity leave, Mrs Patel will take the class", ESCALATION),
    NOT("a marathon regretted", "She'll regret the day she signed up for a marathon 😂", ESCALATION),
    NOT("smallpox", "Smallpox was eradicated thanks to vaccines, we told Year 5 today", ESCALATION),
    C(
        "welsh: cuts on the arms",
        "Mae gen i doriadau ar fy mreichiau eto, plis paid â deud wrth mam",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "welsh: a father beating a child with a belt",
        "Un o'r plant blwyddyn 4 yn dweud bod ei thad yn ei churo hi efo belt",
        "safeguarding",
    ),
    C(
        "welsh: drugs for Saturday night",
        "Unrhyw un isio chydig o wair ar gyfer nos Sadwrn? Negesa fi",
        "illegal",
    ),
    C("welsh: take up arms", "Rhaid i'r mewnfudwyr fynd, amser codi arfau", "extremism"),
    C("welsh: defend our race", "Dewch i'r cyfarfod nos Iau, rhaid i ni amddiffyn ein hil", "extremism"),
    C(
        "might end it",
        "honestly might just end it after this exam lol not even joking",
        "safeguarding",
        **PUPIL,
    ),
    C("cutting helps", "i deserve the pain, cutting is the only thing that helps", "safeguarding", **PUPIL),
    C("starving to see ribs", "im not eating again until i see my ribs, 3 days now", "safeguarding", **PUPIL),
    C(
        "mature for 13, somewhere private",
        "He told her she's mature for 13 and they should meet somewhere private",
        "safeguarding",
        **PARENT,
    ),
    C(
        "a boy getting into cars with men",
        "Saw a Year 8 lad getting into a car with two grown men outside school, third time this week",
        "safeguarding",
    ),
    C(
        "a video of a girl assaulted",
        "There's a video going round of a Year 9 girl being assaulted at a party",
        "safeguarding",
    ),
    C("a badge sold on", "Selling my nan's blue badge, she doesn't need it now", "illegal"),
    NOT("chess", "My uncle beat me at chess again, he's unbeatable", ESCALATION),
    NOT("a kitchen", "The lodger kicked me out of the kitchen so he could cook", ESCALATION),
    NOT(
        "a taxi",
        "The kids got into a car with a man from the taxi firm, all booked through school",
        ESCALATION,
    ),
    NOT("a badge holder", "Selling my car, blue badge holder parking at the front door", ESCALATION),
    NOT("awards", "They'll get what's coming at the awards evening, so proud of the team", ESCALATION),
    NOT("cutting sugar", "Cutting back on sugar helps so much", ESCALATION),
    NOT("welsh: hungry", "Heb fwyd ers bore, dw i'n llwgu!", ESCALATION),
    NOT("welsh: Monopoly", "Mae Dad yn curo fi bob tro ar Monopoly", ESCALATION, **PUPIL),
    C("a rope bought", "bought a rope today. dont try and stop me", "safeguarding", **PUPIL),
    C(
        "signs of self-harm seen",
        "Our 14 year old has stopped eating and keeps wearing long sleeves in summer, found bloody tissues",
        "safeguarding",
        **PARENT,
    ),
    C(
        "afraid of going home",
        "One of my Year 6s is wetting herself again and is terrified of going home on Fridays",
        "safeguarding",
    ),
    C(
        "a 15-year-old at an adult's house",
        "My friend's daughter is 15 and has been sleeping at a 30 year old's house at weekends",
        "safeguarding",
        **PARENT,
    ),
    C(
        "made to hold stuff or be battered",
        "some of the year 11s are making me hold stuff in my locker for them or they'll batter me",
        "safeguarding",
        **PUPIL,
    ),
    C("traitors should hang", "Every MP who voted for this should hang. Traitors.", "extremism"),
    C("a bullet for Pride", "Anyone who defends Pride deserves a bullet", "extremism"),
    C("vallies", "Anyone want some vallies? Sleeping like a baby", "illegal"),
    C("fake tenners", "Got my hands on some fake tenners, you honestly can't tell", "illegal"),
    C("run a teacher over", "I'll run that teacher over if I see her in the car park", "illegal", **PARENT),
    C(
        "matters into my own hands",
        "If the head doesn't sort it I'll be taking matters into my own hands, and it won't be pretty",
        "illegal",
        **PARENT,
    ),
    C("fiddling trip money", "We've been fiddling the trip money for years, no one's noticed", "illegal"),
    C("grades changed", "Hacked into the school system and changed everyone's grades lol", "illegal"),
    NOT("pictures hanging", "The new pictures should hang in the hall by Friday", ESCALATION),
    NOT(
        "the Traitors on TV",
        "The Traitors on TV last night, Claudia should hang on for the final",
        ESCALATION,
    ),
    NOT("pride in pupils", "So much pride in our Year 6s, they deserve a medal", ESCALATION),
    NOT("rain at sports day", "If it rains at sports day it won't be pretty 😂", ESCALATION),
    NOT("garden weeds", "Neighbour gave us a load of weed for free, I mean garden weeds", ESCALATION),
    NOT(
        "scrap copper",
        "We got copper off the old boiler for the scrap man, raised £30 for the PTA",
        ESCALATION,
    ),
    NOT("cake", "Hacked into the cake at the staff party, delicious", ESCALATION),
    NOT("a biscuit tin", "Been dipping into the biscuit tin all week, oops", ESCALATION),
    NOT("a cake myself", "I'll take matters into my own hands and bake the cake myself", ESCALATION),
    NOT("a dog and a sock", "My dog is a menace, I'll kill him if he eats another sock 😂", ESCALATION),
    NOT("a dad's house", "My son is 15 and stays at his dad's house at weekends", ESCALATION, **PARENT),
    C(
        "what's the point of me",
        "honestly whats the point of me, won't be here by monday",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "a boy paid to keep lookout",
        "Year 7 boy told me his brother's friends pay him to keep a lookout near the flats at night",
        "safeguarding",
    ),
    C(
        "a child left in charge, no electric",
        "my 10 year old is left in charge of her baby brother every night and they've got no electric",
        "safeguarding",
        **PARENT,
    ),
    C(
        "a pillow over a child's face",
        "One of the Reception kids said daddy puts a pillow over her face when she cries",
        "safeguarding",
    ),
    C(
        "storm the clinics",
        "They're poisoning our kids with vaccines, time to storm the clinics",
        "extremism",
    ),
    C(
        "someone else's blue badge",
        "Used my mate's blue badge to park at the shops, no one checks",
        "illegal",
    ),
    C(
        "a party on the school budget",
        "We stick the staff party on the school budget every year, who'll know",
        "illegal",
    ),
    C("the head's emails", "Got into the head's emails, the gossip is unreal", "illegal"),
    C(
        "the motorway after wine",
        "Going 95 on the motorway after a bottle of wine, living dangerously",
        "illegal",
    ),
    NOT("off to Spain", "I'll be gone by Monday, off to Spain with my nan!", ESCALATION, **PUPIL),
    NOT("storm damage", "Storm damage at the clinic again, roof leaking", ESCALATION),
    NOT("every last one", "Every last one of the girls got a medal today!", ESCALATION),
    NOT("raffle tickets", "Make her pay for the raffle tickets, she owes us 😂", ESCALATION),
    NOT(
        "a badge used for its holder",
        "Used my mum's blue badge for her when we took her shopping",
        ESCALATION,
    ),
    NOT("cola", "Got coke if anyone needs a drink for the party", ESCALATION),
    C("a bomb threat", "There's a bomb in the school, you've got till 2pm", "illegal", **PUBLIC),
    C(
        "a gun brought in",
        "bringing my dads gun in on monday, everyone who laughed at me is getting it",
        "illegal",
        **PUPIL,
    ),
    C("a Columbine threat", "Someone should do a Columbine on that place", "illegal"),
    C("doxxing", "Posted her address and workplace on the group, let's see how brave she is now", "illegal"),
    C("voyeurism", "Got a video of the new TA in the toilets, hidden cam lol", "illegal"),
    C("image abuse", "Sharing the nudes my ex sent me, she deserves it", "illegal"),
    C("stalking", "Followed her home from work three days running, she has no idea", "illegal"),
    C(
        "a pupil drawn to nazi symbols",
        "One of my Year 10s keeps drawing swastikas and says Hitler was a hero",
        "extremism",
    ),
    C(
        "vigilantes",
        "The teachers at that school groom kids, we're going to sort them out ourselves Saturday",
        "illegal",
        **PARENT,
    ),
    C(
        "a train ticket from an online 'friend'",
        "My daughter's 13 and her 'friend' online sent her a train ticket to meet him in London",
        "safeguarding",
        **PARENT,
    ),
    C(
        "bikini pictures of a pupil",
        "Staff WhatsApp has pics of a Year 11 girl in a bikini, the PE teacher posted them",
        "safeguarding",
    ),
    C(
        "voices telling me to hurt myself",
        "i keep hearing voices telling me to hurt myself",
        "safeguarding",
        **PUPIL,
    ),
    C("ADHD meds sold", "Anyone want to buy my ADHD meds? Great for revision, £3 a pill", "illegal"),
    C("end that woman", "I swear I will end that woman if she speaks to my kid again", "illegal", **PARENT),
    C(
        "welsh: a knife for that boy",
        "Mae gen i gyllell yn fy mag ar gyfer y bachgen 'na",
        "illegal",
        **PUPIL,
    ),
    NOT(
        "a dog followed home",
        "Followed him home from the park, the dog that is, he ran off again 😂",
        ESCALATION,
    ),
    NOT(
        "a history lesson",
        "Our Year 9s are studying how the nazi salute was used in propaganda, powerful lesson",
        ESCALATION,
    ),
    NOT(
        "a ticket to a cousin",
        "Booked my 14 year old a train ticket to meet her cousin in London",
        ESCALATION,
    ),
    NOT("a prop bomb", "The bomb in the school play was the best prop ever", ESCALATION),
    NOT("a hamster cam", "Hidden cam footage of the school hamster at night is the cutest thing", ESCALATION),
    NOT(
        "swimsuits on holiday",
        "Holiday pics of the kids in their swimsuits at the beach",
        ESCALATION,
        **PARENT,
    ),
    NOT("a pharmacy", "My meds are ready at the pharmacy, a pill a day for a month", ESCALATION),
    NOT("potholes", "I'll deal with them myself if the council won't fix the potholes", ESCALATION),
    NOT("killing it", "Killing it at the gym this morning 💪", ESCALATION),
    NOT("i'm dead", "I'm dead 😂 that video of the dog is too funny", ESCALATION),
    NOT("the bomb", "That new album is the bomb", ESCALATION),
    NOT("smashed it", "Smashed it at parkrun today, new PB!", ESCALATION),
    NOT("PE gear", "Don't forget your PE gear tomorrow kids", ESCALATION),
    NOT("camping gear", "Got all my camping gear ready for Saturday, good stuff from Decathlon", ESCALATION),
    NOT("green beans", "Anyone want some green beans from the allotment? good stuff", ESCALATION),
    NOT("school bags", "Left my school bags in the car again 🙄", ESCALATION),
    NOT("a plug", "Need a new plug for the kettle, anyone got a spare?", ESCALATION),
    NOT("a snow day", "Snow day tomorrow! Who wants to build a snowman?", ESCALATION),
    NOT("the wind will kill me", "This wind is going to kill me, nearly lost the car door", ESCALATION),
    NOT("a dog strangled in jest", "My dog is a nightmare, I'm going to strangle him 😂", ESCALATION),
    NOT(
        "a second phone for work",
        "Got myself a second phone for work, finally separating home and school",
        ESCALATION,
    ),
    NOT("a fee for a sick note", "My GP charges £15 for a sick note now, ridiculous", ESCALATION),
    NOT("a wedding back home", "Our family friend's wedding back home in Pakistan was gorgeous", ESCALATION),
    NOT(
        "a daughter's wedding",
        "My daughter is getting married in June, she doesn't want a big fuss",
        ESCALATION,
    ),
    NOT(
        "costumes for the nativity",
        "Year 6 getting changed into costumes for the nativity, photos to follow!",
        ESCALATION,
    ),
    NOT("past papers", "Past papers before the exam are the best revision", ESCALATION),
    NOT("a forgotten login", "I forgot my login for the school system again, can anyone help?", ESCALATION),
    NOT("a reset password", "Reset her password for her after she got locked out", ESCALATION),
    NOT("a documentary", "Watched the Columbine documentary last night, harrowing", ESCALATION),
    NOT("a hero teacher", "The gunman was tackled by a hero teacher", ESCALATION),
    NOT("a mosque open day", "The mosque on Park Road is holding an open day, everyone welcome", ESCALATION),
    NOT(
        "sleep forever after a long week",
        "Going to sleep forever after this week 😴 half term soon",
        ESCALATION,
    ),
    NOT("a lift after school", "I'll sort him out a lift after school", ESCALATION),
    NOT("the wrong group", "Delete this if it's the wrong group", ESCALATION),
    NOT("a church fete", "St Elliot's church summer fete this Saturday, everyone welcome", ESCALATION),
    NOT("country dancing", "Our Year 10s went country dancing at the village hall", ESCALATION),
    NOT("a paper round", "My son came back with cash from his paper round", ESCALATION, **PARENT),
    NOT("a suicide prevention project", "My son is doing a school project on suicide prevention", ESCALATION),
    NOT(
        "die of embarrassment",
        "My 15 year old wants to die of embarrassment when I dance",
        ESCALATION,
        **PARENT,
    ),
    NOT(
        "a court order for a field",
        "Court order against the developer, the playing field is saved! Kids at the school gates celebrating",
        ESCALATION,
    ),
    NOT("a pupil's own mum", "dont tell mum im going to miss the bus lol", ESCALATION, **PUPIL),
    NOT("pipeline drawings", "Our new extension plans are in the pipeline, kids excited", ESCALATION),
    NOT("bank holiday", "The banks are closed on Monday, bank holiday", ESCALATION),
    NOT("knock it out of the park", "Knock it out of the park today team!", ESCALATION),
]


# Round six: ideas the third blind wave showed missing, each said several ways, with clean look-alikes.
ROUND_SIX = [
    # self-harm and eating-disorder slang, from a child
    C("barcode arms", "my barcode arms are back, long sleeves all week again", "safeguarding", **PUPIL),
    C("doing the barcode", "started doing the barcode thing on my wrist again", "safeguarding", **PUPIL),
    C("sh relapse", "relapsed on sh last night, 2 months clean wasted", "safeguarding", **PUPIL),
    C("sh urges", "sh urges are so bad tonight idk what to do", "safeguarding", **PUPIL),
    C("a clean streak lost", "40 days clean gone. i hate myself", "safeguarding", **PUPIL),
    C("hiding scars", "hiding my scars for PE is getting harder", "safeguarding", **PUPIL),
    C("an ana buddy", "looking for an ana buddy to keep me strict this week", "safeguarding", **PUPIL),
    C("a mia coach", "need a mia coach, dm if you're serious", "safeguarding", **PUPIL),
    C("welsh: self-harm", "Dw i wedi bod yn hunan-niweidio eto", "safeguarding", **PUPIL),
    C("welsh: cutting again", "Wedi bod yn torri eto neithiwr", "safeguarding", **PUPIL),
    NOT("a barcode scanner", "Scan the barcode at the library desk kids", ESCALATION),
    NOT("a clean streak at the gym", "Goal weight reached! Slimming World you legend", ESCALATION),
    NOT("a haircut", "Got my hair cut again lol", ESCALATION, **PUPIL),
    NOT("welsh: a broken phone", "Mae fy ffôn yn torri o hyd", ESCALATION, **PUPIL),
    # pictures of children wanted, for money, gifts or flattery
    C(
        "paying for gala pictures",
        "Who has photos of the little ones at the dance show? In their leotards. I'll pay well, inbox me",
        "safeguarding",
        **PUBLIC,
    ),
    C(
        "gift cards for a picture",
        "ur so pretty for 12 😍 send me a selfie and ill get u a gift card",
        "safeguarding",
        **PUBLIC,
    ),
    C(
        "vbucks for a pic",
        "i can send you vbucks if you send a pic first, you look well older than 11",
        "safeguarding",
        **PUBLIC,
    ),
    C(
        "a stranger asks which child and when",
        "The little girl on the left is gorgeous. Which school does she go to?",
        "safeguarding",
        **PUBLIC,
    ),
    NOT(
        "a parent buying the photographer's prints",
        "The photos of the kids at sports day are lovely, I'll pay for the prints",
        ESCALATION,
        **PARENT,
    ),
    NOT(
        "a grandparent asking about pick-up",
        "Cute photo! What time do they finish school on Friday? I'll pick them up",
        ESCALATION,
        **PARENT,
    ),
    NOT("robux for chores", "Earned his robux by tidying his room, proud dad", ESCALATION, **PARENT),
    # grooming: off the school's channels, "not like the other teachers"
    C(
        "off school channels",
        "Message me on here, not on Teams. You can trust me, honestly",
        "safeguarding",
        **TO_PUPIL,
    ),
    C(
        "not like other teachers",
        "I'm different from the other teachers, I actually get you. Keep our chats on snap",
        "safeguarding",
        **TO_PUPIL,
    ),
    NOT(
        "a teacher to a colleague",
        "You can trust me with the rota, I'm not like the other teachers who forget",
        ESCALATION,
        **TO_STAFF,
    ),
    # neglect: a child out late or alone, with signs
    C(
        "out late with no coat",
        "That little lad from number 6 is out on the streets at 11pm again, no shoes, no one's home",
        "safeguarding",
    ),
    C(
        "alone with bruises",
        "Her daughter comes round ours at 9 most nights, never anyone in at home, bruises on her arms",
        "safeguarding",
        **PARENT,
    ),
    NOT(
        "a sleepover",
        "The kids are sleeping at ours tonight, no one's home at theirs as they're at a wedding",
        ESCALATION,
        **PARENT,
    ),
    # extremism: the caliphate, accelerationism, reading lists
    C("the khilafah calls", "The khilafah needs young brothers like you. Message me", "extremism", **PUPIL),
    C(
        "travel to join",
        "Going to make hijrah next summer, the brothers there will look after me",
        "extremism",
        **PUPIL,
    ),
    C("the dawlah", "Dawlah will rise again, baqiyah 🏴", "extremism"),
    C("accelerationism", "the accelerationists are right, collapse the system and start again", "extremism"),
    C("siege pilled", "read siege, become siege pilled, it all makes sense", "extremism"),
    C("the west will burn", "Death to the West, inshallah", "extremism"),
    NOT("a trip to syria by aid workers", "Our church raised £2,000 for aid workers in Syria", ESCALATION),
    NOT(
        "news about accelerationism",
        "BBC report: police warn that accelerationism is spreading online among teens",
        ESCALATION,
    ),
    NOT("a hijrah lesson", "RE today: the Hijrah and the start of the Islamic calendar", ESCALATION),
    # illegal: loaded sticks, a rented bank account, unlicensed guns
    C("loaded fire sticks", "Jailbroken firesticks for sale, all the channels for £30", "illegal"),
    C("no subscription", "Modded firestick, every sports channel, no subscription needed", "illegal"),
    C(
        "a bank account borrowed",
        "Easy £500, just let me borrow your bank account for a couple of days",
        "illegal",
    ),
    C(
        "money through your account",
        "Need someone to take money into your account and send it on, keep £200",
        "illegal",
    ),
    C("an unlicensed rifle", "Air rifle and a .22 rifle going cheap, no paperwork, cash only", "illegal"),
    C("a handgun", "Got a pistol if anyone needs one, no questions asked", "illegal"),
    NOT("a licensed shotgun", "Clay shooting with my shotgun this weekend, licence renewed", ESCALATION),
    NOT("a firestick sold", "Selling my old Amazon Firestick, works fine, £15", ESCALATION),
    NOT(
        "a bank account opened",
        "Opened a bank account for my son, pocket money goes straight in",
        ESCALATION,
        **PARENT,
    ),
    # discriminatory: hatred said of a group, "send them back" across sentences, "never integrate"
    C("hate a group", "I can't stand Muslims, simple as", "discriminatory"),
    C("sick of a group", "Sick to death of Romanians on our street", "discriminatory"),
    C("never integrate", "Eastern Europeans keep to themselves and never integrate", "discriminatory"),
    NOT("hating the weather", "Can't stand this weather, roll on summer", "discriminatory"),
    NOT("polish food", "Love the Polish deli on the high street, best pierogi", "discriminatory"),
    NOT("hating a team", "I hate Tuesdays, double maths then PE", "discriminatory"),
    C(
        "a group, then 'them'",
        "Asylum seekers moved into the hotel. Ship them all out, parasites",
        "discriminatory",
    ),
    C("a group, then 'they'", "More refugees on the coach today. They are animals.", "discriminatory"),
    NOT(
        "a team sent home with a trophy",
        "The Polish team were brilliant. Send them all back home with a trophy!",
        "discriminatory",
    ),
    NOT(
        "refugees welcomed",
        "Refugees arrived at the church hall today. We welcomed them all.",
        "discriminatory",
    ),
    # glad to see someone go
    C("good riddance", "Mrs Ambler is leaving at Easter. Good riddance.", "disparaging"),
    C("won't be missed", "Desmond Okonjo finally retired. Won't be missed by anyone", "disparaging"),
    NOT("good riddance to a year", "Good riddance to 2025, bring on the new year", "disparaging"),
    # second sweep: the same ideas in other words
    C("blades hidden", "day 1 again. relapsed and hid the blades in my pencil case", "safeguarding", **PUPIL),
    C("an ed coach", "need someone to be my ed coach, strict only", "safeguarding", **PUPIL),
    C("all of mum's tablets", "thinking about taking all of mums tablets tonight", "safeguarding", **PUPIL),
    C(
        "money for a uniform picture",
        "I'll give you £50 if you send me a picture in your school uniform",
        "safeguarding",
        **PUBLIC,
    ),
    C(
        "out till midnight, skin and bone",
        "The boy next door is always out till midnight, skinny as anything, parents never around",
        "safeguarding",
        **PARENT,
    ),
    C("a mosque to be burned", "Every mosque in this town should be burned down", "extremism"),
    C("tax-free tobacco", "Anyone want some tax-free rolling tobacco? 50g pouches £10", "illegal"),
    C("fresh in, delivered", "Got some fresh charlie in, delivery till 2am, text me", "illegal"),
    C("cloned plates", "Selling cloned number plates, no questions", "illegal"),
    C("vapes without id", "who wants vapes, 5 for £20, no ID needed", "illegal", **PUPIL),
    C("runs for cash", "Need a driver for a few runs, no questions, £500 cash", "illegal"),
    C("a card and pin", "Lend me your debit card and PIN, I'll give you 20%", "illegal"),
    C("on the fiddle", "Typical Romanians, always on the fiddle", "discriminatory"),
    NOT(
        "green beans delivered",
        "Fresh green beans in from the allotment, delivery till 6 if you text me",
        ESCALATION,
    ),
    NOT("bread delivered", "Got some fresh bread in, delivery till 2pm, text me", ESCALATION),
    NOT("a church restored", "The old church should be restored, not knocked down", ESCALATION),
    NOT("vapes handed in", "Vapes are banned on site, no questions asked if you hand them in", ESCALATION),
    NOT("quiz tickets", "Selling tickets for the quiz, no ID needed, just turn up", ESCALATION),
    NOT(
        "a licensed rifle", "Great weekend at the range, new personal best with my licensed rifle", ESCALATION
    ),
    NOT("a fringe cut", "cut my fringe again lol it's a disaster", ESCALATION, **PUPIL),
    NOT("a weigh-in", "goal weight for the boxing weigh-in reached, 60kg", ESCALATION, **PUPIL),
    # third sweep
    C("purging", "been purging after every meal this week, dont tell anyone", "safeguarding", **PUPIL),
    C(
        "an adult boyfriend",
        "my bf is 22 and wants me to stay at his this weekend, im 14 lol",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "our chats not mentioned",
        "Don't mention our chats to anyone, they wouldn't understand what we have",
        "safeguarding",
        **TO_PUPIL,
    ),
    C(
        "no parents needed",
        "DM me girls 13-15 for modelling work, cash paid, no parents needed",
        "safeguarding",
        **PUBLIC,
    ),
    C(
        "left alone every night",
        "My neighbour's kids are left alone every night, the baby was crying for hours and nobody came",
        "safeguarding",
        **PARENT,
    ),
    C(
        "invaders and a fight",
        "Muslims are invading, we need to fight back with whatever it takes",
        "extremism",
    ),
    C(
        "a massacre video praised",
        "watching the christchurch video again, what a legend",
        "extremism",
        **PUPIL,
    ),
    C("a dodgy box", "Can get you Sky Sports for a fiver a month, dodgy box", "illegal"),
    NOT(
        "a disco without parents",
        "Kids' disco this Friday, no parents needed inside, pick up at 7",
        ESCALATION,
    ),
    NOT(
        "a rope swing",
        "ordered a rope swing for the garden, this summer is gonna be great",
        ESCALATION,
        **PUPIL,
    ),
    NOT("a carol service livestream", "The livestream of the carol service is up, what a legend", ESCALATION),
    NOT("a wardrobe purge", "Purging my wardrobe after every season, so satisfying", ESCALATION),
    NOT(
        "left alone briefly",
        "The kids were left alone for five minutes and painted the dog",
        ESCALATION,
        **PARENT,
    ),
    # fourth sweep: threats to a child's place or to tell the head, kind words that stay clean
    C(
        "a child's place threatened",
        "Keep complaining about me and see what happens to your kid's place here",
        "harassment",
    ),
    C(
        "the head told",
        "Everyone knows what you did at the Christmas party, I'll make sure the head hears about it",
        "harassment",
    ),
    NOT(
        "the fair announced",
        "Thank you all for coming! Make sure everyone hears about it, the fair is on Friday",
        "harassment",
    ),
    NOT("an idea of fun", "The deputy's idea of fun is a spreadsheet, and honestly same 😂", "disparaging"),
    NOT("one's own mats", "Made a free download of my own phonics mats for everyone", "copyright"),
    # Welsh
    C("welsh: nobody wants you", "Does neb yn yr ysgol isio ti yma, dos o 'ma", "harassment", **PARENT),
    C(
        "welsh: replaced, fight back",
        "Mae'r mewnfudwyr yn ein disodli, rhaid i ni ymladd yn ôl",
        "extremism",
        **PUPIL,
    ),
    NOT(
        "welsh: nobody wants monday", "Does neb isio mynd i'r ysgol ar ddydd Llun lol", "harassment", **PUPIL
    ),
    NOT(
        "welsh: refugees helped",
        "Mae'r ffoaduriaid yn y neuadd yn hyfryd, rhaid i ni helpu",
        ESCALATION,
    ),
    # insinuated wrongdoing: money gone and someone's new luxury
    C(
        "a new car and money gone",
        "Strange how the deputy's got a new Range Rover just as the minibus money disappeared",
        "defamatory",
    ),
    C(
        "a holiday and missing trip money",
        "Interesting how the bursar's on a cruise and the trip money went missing. Just saying",
        "defamatory",
        **PARENT,
    ),
    NOT(
        "a budget joke",
        "Funny how the budget vanished faster than the biscuits at the staff meeting 😂",
        "defamatory",
    ),
    # last sweep
    C(
        "never any food",
        "i dont eat at home cos theres never any food, just drink water till school",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "razor blades bought",
        "bought razor blades today, just need tonight to be over",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "a grown man asking a child for photos",
        "My 12 year old is being messaged by a 30 year old man asking for photos",
        "safeguarding",
        **PARENT,
    ),
    C(
        "good ideas of a dictator",
        "reading mein kampf again, hitler had some good ideas tbh",
        "extremism",
        **PUPIL,
    ),
    C(
        "a mob called to a hotel, armed",
        "Patriots, meet at the asylum hotel Saturday, bring something heavy",
        "extremism",
        **PUBLIC,
    ),
    C("siphoned petrol", "Anyone want cheap petrol? Siphoned it myself, £1 a litre", "illegal"),
    NOT(
        "a care-home visit",
        "My 12 year old had a lovely chat with a 70 year old man at the care home, photos to follow",
        ESCALATION,
        **PARENT,
    ),
    NOT(
        "a church working party",
        "Church working party Saturday, bring something heavy duty for the brambles",
        ESCALATION,
    ),
    NOT(
        "mocks to be over",
        "just want it to be over so i can go on holiday, mocks are killing me",
        ESCALATION,
        **PUPIL,
    ),
    NOT(
        "eating at friends'",
        "My son doesn't eat at home much, he's always at his mates",
        ESCALATION,
        **PARENT,
    ),
    NOT("women's football", "I hate women's football being on so late, can't stay up", "discriminatory"),
    NOT(
        "young people defended",
        "Sick of young people being blamed for everything, they're brilliant",
        "discriminatory",
    ),
    NOT(
        "a subset of a group",
        "Can't stand Christians who don't practise what they preach, says the vicar",
        "discriminatory",
    ),
    NOT("a firestick of snacks", "Loaded firestick of snacks for the trip lol", ESCALATION),
    NOT(
        "prints bought from the school",
        "Lovely photos of the little ones at the gala! Will the school sell prints? Happy to pay £5",
        ESCALATION,
        **PUBLIC,
    ),
    NOT(
        "a nativity photo admired",
        "What time does school finish on Friday? Cute little ones in the nativity photo",
        ESCALATION,
        **PUBLIC,
    ),
    NOT(
        "robux from an aunt",
        "I'll send you the robux for your birthday, love Auntie Jo",
        ESCALATION,
        **TO_PUPIL,
    ),
    # the author's own child followed
    NOT(
        "following one's own son",
        "Followed my son's Instagram, he's mortified 😂",
        "pupil-contact",
        action="follow",
        recipient_role="pupil",
    ),
    C(
        "following a pupil",
        "Following you now, great match today!",
        "pupil-contact",
        action="follow",
        recipient_role="pupil",
    ),
    C(
        "following a pupil, mentioning one's own child",
        "Following you now, my daughter says you're the best in her class",
        "pupil-contact",
        action="follow",
        recipient_role="pupil",
    ),
    # a game account named to a pupil
    C(
        "a gamertag to a pupil",
        "Add me tonight, my gamertag is MrDale_77",
        "personal-contact-details",
        **TO_PUPIL,
    ),
    NOT("a forgotten username", "Forgot my username for the school system again", "personal-contact-details"),
    # copyright: a published book scanned and handed out
    C(
        "a revision guide scanned",
        "Scanned the whole revision guide so you lot don't have to buy it, help yourselves",
        "copyright",
    ),
    C(
        "textbook pages photocopied",
        "Photocopied chapters 2-5 of the Oxford textbook for you all, link below",
        "copyright",
    ),
    NOT("my own worksheets", "Scanned my own worksheets for you all, free to use", "copyright"),
    NOT("a textbook recommended", "This textbook is brilliant, worth buying for you all", "copyright"),
    # media: the paper rang and was told
    C("the paper rang", "The Evening Post phoned and I told them everything about the inspection", "media"),
    NOT("the local paper read", "Great story in the Evening Post about our town's new park", "media"),
    # confidential: hushed school news
    C(
        "can't say much",
        "Can't say much but the inspectors are in next week, we've had the call",
        "confidential",
    ),
    NOT(
        "can't say much about a film", "Can't say much without spoilers but the film is great", "confidential"
    ),
    # harassment and disparaging: shunning, exposure, idioms of incompetence
    C("shunning", "Nobody in this staffroom wants you here, Dan", "harassment", **TO_STAFF),
    C(
        "exposure threat",
        "I'll make sure everyone at the school finds out about your little secret",
        "harassment",
        **TO_STAFF,
    ),
    C(
        "an incompetence idiom",
        "Our head couldn't organise a raffle if the tickets were handed to her",
        "disparaging",
    ),
    C("an idea of support", "The Trust's idea of wellbeing is a free doughnut", "disparaging"),
    NOT("nobody wants a cold", "Nobody wants you to get ill, stay home and rest", "harassment", **TO_STAFF),
    NOT(
        "a helpful reminder",
        "I'll make sure everyone hears about your fundraiser, well done!",
        "harassment",
        **TO_STAFF,
    ),
]


ROUND_SEVEN = [
    # a video or picture of a pupil passed round
    C(
        "a clip going round",
        "who's got the vid of that year 8 lad? post it in the gc lol",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "a link to a video of a girl",
        "Anyone got the link to the video of the Year 11 girl from the party? Asking for a mate",
        "safeguarding",
    ),
    NOT(
        "a proud clip going round",
        "The video of the Year 6 girls singing is doing the rounds on the parents' page, so proud",
        ESCALATION,
    ),
    NOT(
        "a recipe video going round",
        "That pasta video is doing the rounds again, send it to the gc",
        ESCALATION,
    ),
    # a stranger singling out one child in a picture
    C(
        "a present for the girl at the back",
        "Beautiful photo. Which one is the girl in the red coat? I'd love to send her a gift, inbox me x",
        "safeguarding",
        **PUBLIC,
    ),
    C(
        "how old is he",
        "What a cute lad. Which one's the boy in the blue? How old is he? Would love to chat with him",
        "safeguarding",
        **PUBLIC,
    ),
    NOT(
        "a proud gran",
        "Gorgeous photo! Which one is our Millie? Can't wait to see her on Sunday",
        ESCALATION,
        **PUBLIC,
    ),
    NOT("a new head", "Our new head starts in September, can't wait to meet her", ESCALATION, **PARENT),
    # pictures of children in kit, for payment
    C(
        "more of the team in kit",
        "Great shots 😍 got any more of the girls in their swimsuits? I pay well, message me",
        "safeguarding",
        **PUBLIC,
    ),
    NOT(
        "team photos to order",
        "Any more photos of the under 10s team? The photographer's prints are on the order form",
        ESCALATION,
        **PARENT,
    ),
    # young people wanted for runs
    C(
        "youngers for parcels",
        "looking for youngers to do drop offs, deliver parcels after school, paid cash same day",
        "safeguarding",
        **PUBLIC,
    ),
    NOT(
        "young lads for football",
        "Need young lads for the under 14s football team, training Tuesdays at the rec",
        ESCALATION,
        **PUBLIC,
    ),
    # children driven by a drunk adult
    C(
        "drunk at the school run",
        "His dad turned up hammered again and drove the kids home from school. Nobody stopped him.",
        "safeguarding",
        **PARENT,
    ),
    NOT("a taxi home", "Bit drunk after the staff do so got a taxi home, kids at their nan's", ESCALATION),
    # eating disorders and farewells, from a child
    C("thinspo", "need more thinspo, 3 days no food and counting", "safeguarding", **PUPIL),
    C("welsh: not wanting to live", "Dwi ddim isio byw dim mwy, sori mam", "safeguarding", **PUPIL),
    NOT(
        "a balanced meal",
        "skipping breakfast is a bad idea before a match, eat your porridge",
        ESCALATION,
        **PUPIL,
    ),
    NOT("welsh: tired of rain", "Dwi di cael llond bol o'r glaw 'ma", ESCALATION, **PUPIL),
    # a training session on a risk is not a disclosure of it
    NOT(
        "a CPD session on exploitation",
        "Inset day: twilight training on child sexual exploitation and grooming. Really useful.",
        ESCALATION,
    ),
    # extremism: attackers, their writings, incel initials, jihadist calls, Welsh calls to act
    C("a manifesto praised", "Read the Buffalo shooter's manifesto. Every word of it is true.", "extremism"),
    C(
        "an attacker's work to finish",
        "Tarrant was a hero. Someone should finish what he started.",
        "extremism",
    ),
    C("incel initials", "roasties deserve it. time for someone to go full ER on them", "extremism", **PUPIL),
    C(
        "a call to fight abroad",
        "Hijrah is calling, brothers. The ummah needs fighters, answer the call",
        "extremism",
        **PUBLIC,
    ),
    C(
        "welsh: immigrants must go, join us",
        "Mae'n rhaid i'r mewnfudwyr fynd adref. Ymunwch â ni, amser gweithredu.",
        "extremism",
        **PUBLIC,
    ),
    C(
        "white lads called to fight",
        "Proper British lads wanted. Train hard, fight, take this country back. DM me",
        "extremism",
        **PUBLIC,
    ),
    NOT(
        "a history lesson",
        "Year 9 history: why did the Christchurch attack change gun laws in New Zealand?",
        ESCALATION,
    ),
    NOT("a must-read novel", "This novel should be required reading, every word is true to life", ESCALATION),
    NOT(
        "time for action on litter",
        "No more talking, time for action on litter in the park! Join us Saturday",
        ESCALATION,
    ),
    NOT("an ER nurse", "Long shift in A&E tonight, the ER was rammed", ESCALATION),
    # stolen goods, offered
    C("a van with no paperwork", "Transit van for sale £900, no V5, don't ask where it's from", "illegal"),
    C(
        "tablets from the stock cupboard",
        "Anyone want an iPad? Got a couple spare from the stock cupboard, won't be missed 😉 £60",
        "illegal",
    ),
    NOT("a lost bike", "My bike was stolen from the station. Bring it back, no questions asked", ESCALATION),
    NOT(
        "a dropped phone",
        "Phone fell off the back of the sofa again, anyone want to buy me a case?",
        ESCALATION,
    ),
    # exam papers offered before the exam
    C(
        "tomorrow's paper for sale",
        "I can get you tomorrow's chemistry paper, £150, DM me",
        "illegal",
        **PUPIL,
    ),
    NOT(
        "revision for next week",
        "Past papers for next week's GCSE maths paper are on the website, £5 revision guides in the shop",
        ESCALATION,
    ),
    # phishing
    C(
        "a refund scam",
        "Council tax refund of £200 for every household! Enter your bank details here to claim: bit.ly/rf",
        "illegal",
        **PUBLIC,
    ),
    NOT(
        "a scam warning",
        "Beware: a text saying you're owed a refund and asking you to enter your bank details is a scam",
        ESCALATION,
    ),
    # threats with an object and a target
    C(
        "windows and petrol",
        "Someone should put his windows through and pour petrol on that car",
        "illegal",
        **PUBLIC,
    ),
    C(
        "a shiny car",
        "I know where that teacher lives. His car won't look so shiny after the weekend.",
        "illegal",
        **PARENT,
    ),
    C(
        "welsh: a knife to the school",
        "Os ydi'r prifathro'n ei wahardd o eto mi a' i draw i'r ysgol efo cyllell. Dw i o ddifri.",
        "illegal",
        **PARENT,
    ),
    C("welsh: a beating", "Dwi'n mynd i'w stido fo tu allan i'r ysgol fory", "illegal", **PARENT),
    NOT("a storm", "The storm put the windows through at the cricket club last night", ESCALATION),
    NOT("lamb shank", "Slow-cooked lamb shank for tea, it will change your life", ESCALATION),
    NOT(
        "a knife in food tech",
        "I'll bring a knife to school for the food tech cake, Miss said it's fine",
        ESCALATION,
        **PARENT,
    ),
    # drugs in code
    C("emoji deals", "💨🍃 and ❄️ avail tonight, delivering round the estate, snap me", "illegal", **PUBLIC),
    C(
        "a number for ket",
        "anyone got a number for some ket this weekend? usual lad's not answering",
        "illegal",
    ),
    NOT("a snow day", "❄️❄️ snow day! school open now, delivering hot chocolate round the hall", ESCALATION),
    # stolen streaming and pay TV
    C("jailbroken sticks", "Jailbroken Firesticks for sale, all channels unlocked, £45", "illegal"),
    NOT("a film night", "Firestick and a film tonight, perfect Friday", ESCALATION),
    # regional street names and measures
    C("teenths delivered", "Fresh teenths in, tap me up, delivery round Yeovil", "illegal", **PUBLIC),
    C(
        "a bag of sniff",
        "anyone sorted for a bag of sniff tonight? will pay for delivery",
        "illegal",
        **PUBLIC,
    ),
    NOT(
        "Henry's party bags",
        "Henry's birthday party Saturday, 10 a bag for party bags lol",
        ESCALATION,
        **PUBLIC,
    ),
    NOT("snap me pictures", "Tap me on snap for pics from the wedding x", ESCALATION, **PUBLIC),
    # a debt held over a child
    C(
        "a debt wiped for holding",
        "the olders made me hold the box in my locker, they said it wipes my debt",
        "safeguarding",
        **PUPIL,
    ),
    NOT("olders at the bake sale", "my olders said they'd help with the bake sale", ESCALATION, **PUPIL),
    # a child's room visited while a parent is away
    C(
        "a bed while mum works nights",
        "my stepdad gets in my bed when mum's on nights and says it's our secret",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "welsh: the bedroom while mum is out",
        "Mae o'n dod i'n llofft i pan mae mam allan",
        "safeguarding",
        **PUPIL,
    ),
    NOT(
        "a little brother's nightmares",
        "my little brother comes into my room every night when mum's at work, he's scared of the dark",
        ESCALATION,
        **PUPIL,
    ),
    NOT(
        "a toddler in bed",
        "Our toddler gets in our bed when dad's at work, any tips for sleep?",
        ESCALATION,
        **PARENT,
    ),
    # a child's looks and a way to reach her
    C("peng for 14", "she's peng for 14, what's her insta?", "safeguarding", **PUBLIC),
    NOT("a proud grandparent", "Cute kids! Which one's yours? How old is she now?", ESCALATION, **PUBLIC),
    NOT(
        "a fit teenager",
        "My 13 year old is so fit now she's doing park run every week, anyone know a running club for her?",
        ESCALATION,
        **PARENT,
    ),
    # work for young people paid like runs
    C(
        "girls wanted, travel provided",
        "looking for girls aged 14-16, cash daily, travel provided, dm",
        "safeguarding",
        **PUBLIC,
    ),
    NOT(
        "teens for the fete",
        "Looking for teens to help at the summer fete, cash daily for the raffle float, paid weekly",
        ESCALATION,
        **PUBLIC,
    ),
    NOT(
        "boys for the choir", "Looking for boys aged 11-14 for the choir, rehearsals on Tuesdays", ESCALATION
    ),
    # official documents round their checks; phishing by parcel or tax
    C("sick notes, no doctor", "Sick notes, no doctor needed, £20 each, DM", "illegal", **PUBLIC),
    C(
        "a redelivery fee",
        "Update your payment details now or your parcel will be returned. Redelivery fee £1.45: rm-redel.com",
        "illegal",
        **PUBLIC,
    ),
    NOT(
        "a badge renewed",
        "Get your blue badge renewed online at gov.uk, no assessment needed if nothing has changed, £10 fee",
        ESCALATION,
        **PUBLIC,
    ),
    NOT(
        "payroll details",
        "Update your bank details with payroll by Friday or you won't get paid this month",
        ESCALATION,
    ),
    # no political solution
    C(
        "the grid brought down",
        "There is no political solution. Hit the substations, accelerate the collapse.",
        "extremism",
        **PUBLIC,
    ),
    NOT("a grid of laps", "Hit the grid on the running track, 5 laps done", ESCALATION, **PUBLIC),
    # a weapon brought to the school
    C(
        "a knife up the school",
        "I'm coming up the school with a knife if that teacher touches my kid again",
        "illegal",
        **PARENT,
    ),
    NOT("raffle prizes", "Coming up the school with the PTA raffle prizes tonight", ESCALATION, **PARENT),
    # attackers' fan culture, the Holocaust denied
    C("an attacker sainted", "Saint Brenton showed us the way. Time for another one.", "extremism", **PUBLIC),
    C(
        "a terror channel",
        "Subscribe to the Terrorgram channel, the saints are waiting",
        "extremism",
        **PUBLIC,
    ),
    C(
        "the Holocaust denied",
        "wake up, the 6 million is a lie and they run the media",
        "extremism",
        **PUBLIC,
    ),
    NOT(
        "a Holocaust lesson",
        "Our Year 9 history unit on the Holocaust ends with a survivor's testimony next week",
        ESCALATION,
    ),
    NOT("a teacher who showed the way", "Mrs Bell showed the way with the new reading scheme", ESCALATION),
    # stolen goods and an MOT without the car
    C(
        "trainers from the warehouse",
        "Nike trainers going cheap, came from a mate who works at the warehouse if you get me",
        "illegal",
        **PUBLIC,
    ),
    C(
        "an MOT without the car",
        "£50 cash and I'll sort your MOT, no need to bring the car",
        "illegal",
        **PUBLIC,
    ),
    NOT("a car sold for spares", "Just sold my old car, no MOT, sold as seen for spares, £300", ESCALATION),
    # a school to be burned with people inside; girls filmed changing
    C(
        "the school burned",
        "Burn the school down with the teachers inside, that's what they deserve",
        "illegal",
        **PUBLIC,
    ),
    C(
        "girls filmed changing",
        "Caught my neighbour filming the girls changing at the swimming pool, police called",
        "illegal",
    ),
    NOT("burnt toast", "Burnt the toast, burnt the sausages, nearly burnt the house down lol", ESCALATION),
    # knowing where someone lives, with a warning
    C(
        "a car known, a warning",
        "We know what car she drives and where she drops her kids. She's been warned.",
        "illegal",
        **PUBLIC,
    ),
    C(
        "welsh: a shock tonight",
        "Dw i'n gwybod lle mae'r athrawes yn byw. Fydd hi'n cael sioc heno.",
        "illegal",
        **PUBLIC,
    ),
    NOT(
        "a surprise party",
        "We know where she lives so we'll all turn up with cake, she's been warned 😂",
        ESCALATION,
    ),
    # a PIN asked for; images held over a child; a child sleeping rough; consent denied
    C(
        "a PIN for a voucher",
        "Text back your PIN to claim your £500 Tesco voucher. Offer ends today!",
        "illegal",
        **PUBLIC,
    ),
    C(
        "images held over a child",
        "he said if i dont send more pics hell post the ones i sent to everyone",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "sleeping rough",
        "been sleeping in the park for 3 nights, mum said not to come back",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "consent denied",
        "13 is old enough. Age of consent is a social construct anyway",
        "safeguarding",
        **PUBLIC,
    ),
    NOT(
        "a PIN warning",
        "Beware: a text asking you to send your PIN to claim a voucher is a scam",
        ESCALATION,
        **PUBLIC,
    ),
    NOT(
        "camping in the park",
        "Slept in the park under the stars at the scout camp, amazing",
        ESCALATION,
        **PUPIL,
    ),
    # news, lessons, drama, sport, cooking and selling things on
    NOT(
        "good luck for tomorrow's paper", "Year 11 GCSE maths paper tomorrow, good luck everyone!", ESCALATION
    ),
    NOT(
        "a sports day video",
        "Sports day video is doing the rounds on the parents' WhatsApp, the Year 4 relay was epic",
        ESCALATION,
    ),
    NOT("a cooking club", "Cooking club: lamb shanks, a sharp knife and 12 very careful Year 6s", ESCALATION),
    NOT(
        "a drama on county lines",
        "The county lines drama on iPlayer is brilliant, so true to life",
        ESCALATION,
    ),
    NOT(
        "a lost purse",
        "Lost my purse at the school gates, reward if handed in, no questions asked",
        ESCALATION,
        **PARENT,
    ),
    NOT(
        "a free sofa",
        "Anyone want a free sofa? Collection after dark only as I'm at work all day",
        ESCALATION,
        **PUBLIC,
    ),
    NOT(
        "a plumber's number",
        "Anyone got a number for a good plumber in Frome? Usual guy's gone quiet",
        ESCALATION,
        **PUBLIC,
    ),
    NOT("a couple at uni", "My boyfriend is 24 and I'm 23 lol we met at uni", ESCALATION, **PUBLIC),
    NOT(
        "a lesson on a manifesto's lies",
        "Lesson on the Christchurch attack and the manifesto's lies for my A level politics group",
        ESCALATION,
    ),
    NOT(
        "a rebate with a scam warning",
        "Council tax rebate of £150 is paid automatically, you don't need to give bank details, beware scams",
        ESCALATION,
        **PUBLIC,
    ),
    # pictures of children traded or paid for per piece
    C(
        "gala pictures swapped",
        "Got loads of pics of the Year 4 girls from the swimming gala, swap for yours? DM",
        "safeguarding",
        **PUBLIC,
    ),
    C(
        "paid per video",
        "I'll pay £20 for every video of little girls doing gymnastics in leotards",
        "safeguarding",
        **PUBLIC,
    ),
    NOT(
        "gala photos on the website",
        "Photos from the swimming gala are on the school website, well done all",
        ESCALATION,
        **PARENT,
    ),
    NOT(
        "a leotard order",
        "Our gymnastics club's leotard order is in, collection from reception",
        ESCALATION,
        **PUBLIC,
    ),
    # a Welsh overdose plan, a Welsh call to burn a hotel
    C("welsh: all the tablets", "Dwi'n mynd i gymryd y tabledi i gyd heno", "safeguarding", **PUPIL),
    C(
        "welsh: petrol to the hotel",
        "Dewch â phetrol at y gwesty lloches nos Sadwrn, amser eu llosgi nhw allan",
        "extremism",
        **PUBLIC,
    ),
    NOT("welsh: laughing", "Dwi bron â marw o chwerthin 😂", ESCALATION, **PUPIL),
    # sexual violence wished, police stations firebombed, a group wished dead
    C(
        "rape wished on a girl",
        "Becky deserves rape for what she posted, someone find her",
        "illegal",
        **PUBLIC,
    ),
    C("a station firebombed", "ACAB, firebomb the station, brick every copper", "illegal", **PUBLIC),
    C("a group wished dead", "The only good muslim is a dead one", "extremism", **PUBLIC),
    NOT("a dead battery", "The only good thing about Monday is a dead quiet staffroom", ESCALATION),
    # praise of a class is not flattery of a child
    NOT(
        "a grown-up class", "The kids were so grown up today on their trip, proud teacher moment", ESCALATION
    ),
    C(
        "grown up, to one child",
        "you looked so grown up today. send me a pic of your outfit for tonight? our secret",
        "safeguarding",
        **TO_PUPIL,
    ),
    # runs for young people, in other words
    C(
        "boys to carry a bag",
        "Boys wanted for easy money, just need to carry a bag to Bristol and back, cash same day",
        "safeguarding",
        **PUBLIC,
    ),
    C(
        "a young driver for drops",
        "Need a young driver, 17+, to do drops round Taunton, £200 a night, dm",
        "safeguarding",
        **PUBLIC,
    ),
    NOT(
        "young farmers",
        "Young farmers wanted for the county show, no experience needed, bring wellies",
        ESCALATION,
        **PUBLIC,
    ),
    NOT(
        "raffle drops",
        "Anyone know a good driver for Saturday drops of the raffle prizes round Taunton?",
        ESCALATION,
        **PUBLIC,
    ),
    # Welsh drugs, threats and warnings
    C("welsh: bad smoke tonight", "Pwy sy isio chydig o fwg drwg? Ar gael heno", "illegal", **PUBLIC),
    C(
        "welsh: legs broken",
        "Os eith yr athro 'na ar ôl fy merch i eto mi dorra i ei goesau fo",
        "illegal",
        **PARENT,
    ),
    C(
        "welsh: watch the news",
        "Dan ni'n gwybod lle mae'r pennaeth yn byw. Gwyliwch y newyddion.",
        "illegal",
        **PUBLIC,
    ),
    NOT("welsh: table legs", "Mi wna i dorri coesau'r bwrdd i ffitio'r car", ESCALATION, **PARENT),
    NOT("welsh: snow tonight", "Eira ar gael heno ar y Wyddfa, cofiwch eich cotiau", ESCALATION, **PUBLIC),
    # the school's things sold on; pictures of work asked for
    C(
        "the school's iPads",
        "Who wants to buy some of the school's iPads? Head won't notice, £50 each",
        "illegal",
    ),
    NOT(
        "pictures of creations",
        "Modelling clay workshop for Year 2 tomorrow, send pics of your creations!",
        ESCALATION,
    ),
    NOT("an old blazer", "Selling my old school blazer, £10, collection from Frome", ESCALATION, **PARENT),
    # pills saved up, a grown man's gifts and lifts, worn clothes wanted, messages deleted with a child
    C(
        "meds saved up",
        "tonight's the night. i've saved up all my meds. bye everyone",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "a man's gifts and lifts",
        'My 15 year old\'s "friend" is a 29 year old man who buys her vapes and drives her around',
        "safeguarding",
        **PARENT,
    ),
    C(
        "worn uniform wanted",
        "Paying top dollar for used school uniform from girls aged 10-14, must be worn, message me",
        "safeguarding",
        **PUBLIC,
    ),
    C(
        "messages deleted with a child",
        "I've deleted our messages, make sure you delete yours too. It's our thing x",
        "safeguarding",
        **TO_PUPIL,
    ),
    NOT("saving for a phone", "saving up for a new phone, down to my last £2 lol", ESCALATION, **PUPIL),
    NOT(
        "a friend of 16",
        "My 15 year old's friend is 16 and they're off to the cinema, sweet",
        ESCALATION,
        **PARENT,
    ),
    NOT(
        "uniform sizes",
        "Selling uniform, girls aged 10-14 sizes, good condition, message me",
        ESCALATION,
        **PUBLIC,
    ),
    # incel initials by name, plates and mules, a school to be bombed
    C(
        "going full elliot",
        "the normies at this school will see on friday. going full elliot. dont come in",
        "extremism",
        **PUPIL,
    ),
    C(
        "stolen plates",
        "Stolen plates, clean logbooks, no MOT needed, cars for sale, ask for Dave",
        "illegal",
        **PUBLIC,
    ),
    C(
        "a money mule",
        "Need a mule for my account, £300 for letting money go through yours, easy",
        "illegal",
        **PUBLIC,
    ),
    C("a school bombed", "We should bomb the school, they're indoctrinating our kids", "illegal", **PUBLIC),
    NOT(
        "designer mules",
        "Pay £300 for a mule? The slippers I mean lol, designer prices are mad",
        ESCALATION,
        **PUBLIC,
    ),
    NOT(
        "a mule scam warning",
        "Warning: never let money go through your account for someone else, it's money mule fraud",
        ESCALATION,
        **PUBLIC,
    ),
    # pictures of daughters collected; a child flattered for a picture in uniform
    C(
        "a collection of daughters' pictures",
        "Any mums on here got pics of their daughters in swimsuits? Building a collection, will pay",
        "safeguarding",
        **PUBLIC,
    ),
    C(
        "a picture in uniform",
        "u look mad mature in ur pfp, how old r u? send a pic in ur school uniform",
        "safeguarding",
        **PUBLIC,
        **TO_PUPIL,
    ),
    # packages held and debts worked off
    C(
        "packages held",
        "Young lads needed to hold packages, pays well, no experience, dm for details",
        "safeguarding",
        **PUBLIC,
    ),
    C(
        "a debt worked off",
        "i owe the olders £400 now and they said i have to work it off",
        "safeguarding",
        **PUPIL,
    ),
    NOT(
        "older boys and a football",
        "the older boys gave me a go on their footy, they're sound",
        ESCALATION,
        **PUPIL,
    ),
    # a match to a house; a bat with a Welsh warning; a Welsh exam paper; plugs in emoji
    C(
        "a match to the head's house",
        "Someone should put a match to the head's house, see how she likes it",
        "illegal",
        **PUBLIC,
    ),
    C("welsh: a bat tomorrow", "Mi fydda i yno efo bat pêl fas bore fory, gwyliwch chi", "illegal", **PARENT),
    C(
        "welsh: tomorrow's GCSE paper",
        "Mae gen i bapur arholiad TGAU mathemateg yfory, £50, negesa fi",
        "illegal",
        **PUBLIC,
    ),
    C("a plug in emoji", "🔌 here, ❄️ 🍫 💊 all avail, discreet", "illegal", **PUBLIC),
    NOT(
        "a bonfire lit",
        "Putting a match to the bonfire at 7, see you all at the school fireworks",
        ESCALATION,
        **PARENT,
    ),
    NOT(
        "a rounders bat",
        "Baseball bat and ball set for the rounders club, watch this space for fixtures!",
        ESCALATION,
    ),
    # farewells in emoji and Welsh; pictures of a sister in emoji; a child singled out for her number
    C("a knife and blood tonight", "🔪🩸 tonight, i'm done. nobody will miss me", "safeguarding", **PUPIL),
    C("welsh: ending it", "Dwi'n mynd i neud diwedd arni heno.", "safeguarding", **PUPIL),
    C(
        "a sister's pictures in emoji",
        "🍆💦 for pics of ur little sister, dm me 😉",
        "safeguarding",
        **PUBLIC,
    ),
    C(
        "the girl with pigtails",
        "Who's the girl in the middle with the pigtails? Want her number",
        "safeguarding",
        **PUBLIC,
    ),
    NOT(
        "emoji in an essay",
        "🔪 and 🩸 emojis in the Macbeth essay, Miss is gonna love it",
        ESCALATION,
        **PUPIL,
    ),
    NOT(
        "the girl who sang",
        "Who's the girl in the middle of the choir photo? She sang beautifully",
        ESCALATION,
        **PARENT,
    ),
    # a mosque to burn; food moved for cash; a car keyed; a crowd at the gates
    C(
        "a mosque to burn",
        "The mosque on Church Road needs to burn. Friday, who's in?",
        "extremism",
        **PUBLIC,
    ),
    C(
        "food moved round town",
        "Young ones needed to move food round town, 💷 daily, ask for T",
        "safeguarding",
        **PUBLIC,
    ),
    C(
        "a car keyed",
        "Shame if someone keyed that teacher's new Audi in the car park 🤷",
        "illegal",
        **PUBLIC,
    ),
    C(
        "welsh: a car known",
        "Dwi'n gwybod pa gar mae'r brifathrawes yn ddreifio. Biti os fysa rwbath yn digwydd iddo fo",
        "illegal",
        **PUBLIC,
    ),
    C(
        "lads at the gates",
        "That teacher's got it coming. I'll be at the gates at 3 with my lads",
        "illegal",
        **PARENT,
    ),
    NOT(
        "pick-up at the gates",
        "I'll be at the gates at 3 with my lads for the football, any questions grab me",
        ESCALATION,
        **PARENT,
    ),
    NOT(
        "a coach with the lads",
        "My son's football coach has been brilliant with the lads this season",
        ESCALATION,
        **PARENT,
    ),
    # said with slips
    C(
        "botherd living",
        "cant be botherd living anymore. gonna take evrything in the cupbord",
        "safeguarding",
        **PUPIL,
    ),
    C("touchd me", "he touchd me where he shudnt and said its r secret", "safeguarding", **PUPIL),
    C(
        "a fight video wanted",
        "anyone got the vid of the year 8 gurl gettin jumped? lmaooo send it",
        "safeguarding",
        **PUBLIC,
    ),
    C(
        "a teacher to be hanged",
        "These p3d0s in the school need hanging, I know where the music teacher lives",
        "illegal",
        **PUBLIC,
    ),
    NOT(
        "hanging out", "I know where she lives now, we should hang out more this summer", ESCALATION, **PARENT
    ),
    NOT("a meme", "i'm dead 😂😂 this meme killed me", ESCALATION, **PUPIL),
    # Welsh secrecy and exploitation, a flat taken over, work with no parents needed
    C(
        "welsh: don't tell mum",
        "Mae athro fi'n anfon negeseuon ata i bob nos ac yn deud wrtha i am beidio deud wrth mam",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "welsh: a phone and older men",
        "Mae rhywun 'di rhoi ffôn i'n mab ni ac mae o'n mynd i Lerpwl efo dynion hŷn",
        "safeguarding",
        **PARENT,
    ),
    C(
        "a flat taken over",
        "some lads moved into my nan's flat, she's scared to tell them to leave, they sell stuff from there",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "work, no parents needed",
        "DM me if you want work, under 16s welcome, cash paid, no parents needed",
        "safeguarding",
        **PUBLIC,
    ),
    NOT(
        "welsh: a football trip",
        "Mae fy mab yn mynd i Lerpwl efo'r tîm pêl-droed dydd Sadwrn",
        ESCALATION,
        **PARENT,
    ),
    NOT(
        "a fun day",
        "Under 16s welcome at the family fun day, cash prizes for the raffle",
        ESCALATION,
        **PUBLIC,
    ),
    # boats sunk, a car burned out, a pupil to be stabbed; news of a crime is not the crime
    C(
        "boats sunk",
        "Every last one of the invaders should be put on a boat and sunk. Time to act",
        "extremism",
        **PUBLIC,
    ),
    C(
        "a car burned out",
        "If the head doesn't sort this I'll burn her car out, I swear",
        "illegal",
        **PARENT,
    ),
    C("a pupil to be stabbed", "knife crime is fun lol, gonna shank a year 9 tomorrow", "illegal", **PUBLIC),
    C(
        "a disclosure after an article",
        "Great article on the science of reading: https://example.org/1 He sends me pictures and asks me "
        "to keep it secret, is that normal?",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "a disclosure after training",
        "We had safeguarding training at school today and it made me realise my stepdad touching me "
        "isn't normal",
        "safeguarding",
        **PUPIL,
    ),
    NOT(
        "news of county lines",
        "BBC News: man jailed for county lines exploitation of teenagers in Taunton",
        ESCALATION,
    ),
    NOT("a police appeal", "Police appeal after cars torched on the estate last night", ESCALATION, **PUBLIC),
    NOT("a boat trip", "Boat trip for the Year 6s was a blast, nobody sunk lol", ESCALATION, **PUBLIC),
]


OUTSIDE_DM = {"audience": "direct", "action": "message", "recipient_role": "public"}

ROUND_SEVEN_BREACH = [
    # retaliation for a complaint
    C(
        "a misery for reporting",
        "Keep complaining about me to the head and I'll make your life a misery, Faye.",
        "harassment",
        **COMMENT_STAFF,
    ),
    C(
        "welsh: everyone will know",
        "Dwi am wneud yn siŵr bod pawb yn gwybod amdanat ti. Paid trafferthu dod i'r gwaith.",
        "harassment",
        **TO_STAFF,
    ),
    NOT(
        "a fundraiser shared", "I'll make sure everyone hears about your fundraiser, well done!", "harassment"
    ),
    NOT(
        "a village fete",
        "The whole village knows the fete is on Saturday, see you there!",
        "harassment",
    ),
    # an inside story offered to someone outside the school
    C(
        "the real story of the cuts",
        "Happy to give you a quote about the cuts at Brackenmoor, ring me after six.",
        "media",
        **OUTSIDE_DM,
    ),
    C(
        "what's going on with the head",
        "I can tell you what's really going on with the head and the governors. DM me.",
        "media",
        **OUTSIDE_DM,
    ),
    NOT(
        "what happened at the party",
        "I can tell you what really happened at Dave's party lol, ring me",
        "media",
        **OUTSIDE_DM,
    ),
    C(
        "a newsroom's handle offered the story",
        "DM me @BBCNews if you want the real story on what's happening at Brackenmoor 👀",
        "media",
    ),
    NOT(
        "thanks for a feature",
        "Loved the piece by @BBCNews on our reading week, thanks for the story",
        "media",
    ),
    NOT("road closures", "Follow @SomersetNews for the road closures, the story is on there", "media"),
    # groups cast as vermin or impostors
    C(
        "breeding like rabbits",
        "These migrants breed like rabbits, they'll take over the whole town.",
        "discriminatory",
    ),
    C("men in dresses", "Trans women are just men in dresses, sorry not sorry.", "discriminatory"),
    NOT(
        "rabbits at the farm",
        "The rabbits at the petting farm breed like rabbits, funnily enough",
        "discriminatory",
    ),
    NOT(
        "a panto dame",
        "Panto season! Blokes in dresses and a lot of shouting, brilliant night",
        "discriminatory",
    ),
    # secrets told on, results before they are public
    C(
        "results before they are public",
        "Our results are down again and it all goes public next week. SLT in meltdown.",
        "confidential",
    ),
    C(
        "welsh: a suspension told on",
        "Paid â deud wrth neb ond mae'r gofalwr wedi cael ei wahardd o'r ysgol heddiw.",
        "confidential",
    ),
    NOT(
        "a published Progress 8 score",
        "Our Progress 8 score is a disgrace, worst in the county",
        "confidential",
    ),
    # contempt in idiom and in Welsh
    C(
        "thick as two short planks",
        "Some of the parents at Brackenmoor are thick as two short planks.",
        "disparaging",
    ),
    C(
        "welsh: a useless head",
        "Mae'r brifathrawes yn hollol iwsles, cywilydd arni hi.",
        "disparaging",
        **PARENT,
    ),
    NOT("hard work paying off", "All that hard work paying off, so proud of our Year 6s", "disparaging"),
    NOT("a crook in a film", "Watched a heist film tonight, the crook was brilliant", "disparaging"),
    # someone else's picture or book, taken
    C("a cartoon nicked", "Nicked this cartoon out of the paper, made me laugh", "copyright"),
    C(
        "a textbook scanned",
        "Scanned the whole workbook into one PDF for my class, saves them buying it",
        "copyright",
    ),
    NOT("a photo of my own", "Found this on my phone from last summer, what a day", "copyright"),
    # support for a decision is a view on it too
    C(
        "behind the governors",
        "Fully behind the governors' decision to close the nursery class. Right call.",
        "policy-opinion",
    ),
    NOT("a referee's call", "Good call by the ref today, fully behind him", "policy-opinion"),
    # a school trip helped on
    C(
        "helping on a trip",
        "Helping out on the trip to the zoo today, the kids loved the penguins",
        "school-reference",
    ),
    NOT(
        "drunk as a skunk",
        "Drunk as a skunk at my sister's wedding 🍑 who wants to see the photos lol",
        ESCALATION,
    ),
]


@pytest.mark.parametrize("case", ROUND_SEVEN_BREACH, ids=ids(ROUND_SEVEN_BREACH))
def test_when_a_breach_is_said_in_the_seventh_round_of_words_then_it_is_found(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", ROUND_SEVEN, ids=ids(ROUND_SEVEN))
def test_when_the_seventh_round_of_ideas_is_said_then_it_is_found(screener: Screener, case: Case) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", ROUND_SIX, ids=ids(ROUND_SIX))
def test_when_the_sixth_round_of_ideas_is_said_then_it_is_found(screener: Screener, case: Case) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", ROUND_FIVE, ids=ids(ROUND_FIVE))
def test_when_escalation_is_said_in_slang_or_code_then_it_is_found(screener: Screener, case: Case) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", ROUND_FOUR, ids=ids(ROUND_FOUR))
def test_when_the_fourth_round_of_ideas_is_said_then_it_is_found(screener: Screener, case: Case) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", ROUND_THREE, ids=ids(ROUND_THREE))
def test_when_the_third_round_of_ideas_is_said_then_it_is_found(screener: Screener, case: Case) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", ROUND_TWO, ids=ids(ROUND_TWO))
def test_when_the_second_round_of_ideas_is_said_then_it_is_found(screener: Screener, case: Case) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", SAFEGUARDING, ids=ids(SAFEGUARDING))
def test_when_a_child_is_at_risk_in_new_words_then_safeguarding_is_found(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", EXTREMISM, ids=ids(EXTREMISM))
def test_when_an_in_group_is_called_to_violence_then_it_is_extremism(screener: Screener, case: Case) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", ILLEGAL, ids=ids(ILLEGAL))
def test_when_crime_is_described_in_slang_then_it_is_illegal(screener: Screener, case: Case) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", HARASSMENT, ids=ids(HARASSMENT))
def test_when_someone_is_threatened_or_pushed_out_then_it_is_harassment(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", DISPARAGING, ids=ids(DISPARAGING))
def test_when_contempt_comes_as_an_idiom_then_it_disparages(screener: Screener, case: Case) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", DEFAMATORY, ids=ids(DEFAMATORY))
def test_when_wrongdoing_is_alleged_by_euphemism_then_it_is_defamatory(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", PERSONAL_DATA, ids=ids(PERSONAL_DATA))
def test_when_health_or_status_is_told_in_other_words_then_it_is_personal_data(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", CONFIDENTIAL, ids=ids(CONFIDENTIAL))
def test_when_news_security_or_cuts_are_shared_then_it_is_confidential(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", POLICY_OPINION, ids=ids(POLICY_OPINION))
def test_when_a_mild_view_on_a_decision_is_given_then_it_is_a_policy_opinion(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", COPYRIGHT, ids=ids(COPYRIGHT))
def test_when_others_work_is_taken_then_it_is_copyright(screener: Screener, case: Case) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", CONTACT, ids=ids(CONTACT))
def test_when_contact_is_offered_in_words_then_it_is_found(screener: Screener, case: Case) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", OTHER, ids=ids(OTHER))
def test_when_other_risks_are_said_in_new_words_then_their_frames_find_them(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


# --- names and profiles ----------------------------------------------------------------------------------


def test_when_a_display_name_runs_the_school_name_together_then_it_is_school_identity(
    screener: Screener,
) -> None:
    found = screener.screen(
        post("New look", action="profile_update", profile={"display_name": "BrackenmoorMathsMr", "bio": ""})
    )
    assert "school-identity" in {f.category for f in found.findings}
    clean = screener.screen(
        post("New look", action="profile_update", profile={"display_name": "MathsMrB", "bio": ""})
    )
    assert "school-identity" not in {f.category for f in clean.findings}


def test_when_a_word_name_is_called_out_before_words_to_its_bearer_then_it_is_a_person(
    screener: Screener,
) -> None:
    profile = dict(PROFILE, people=[*PROFILE["people"], {"name": "Dawn Rigg", "role": "staff"}])
    named = Screener.for_policy(screener.loaded, profile, offensive_model=False)
    said_to = named.screen(post("Dawn, nobody here rates you at all", **COMMENT_STAFF))
    assert "community-reference" in {f.category for f in said_to.findings}
    morning = named.screen(post("Dawn, mist and a flask of tea on the fells", **COMMENT_STAFF))
    assert "community-reference" not in {f.category for f in morning.findings}
    straight = named.screen(post("Dawn you're late again, third time this week", **COMMENT_STAFF))
    assert "community-reference" in {f.category for f in straight.findings}


# --- decisions -------------------------------------------------------------------------------------------


def test_when_an_escalation_is_found_then_lesser_readings_of_the_same_words_are_not_reported(
    screener: Screener,
) -> None:
    decision = screener.screen(
        post("A Year 9 girl told me an older lad sent her nudes and asked for some back, she's only 13")
    )
    found = {f.category for f in decision.findings}
    assert decision.verdict == "escalate" and "safeguarding" in found
    assert not {"offensive", "disparaging"} & found


def test_when_a_lesser_category_has_its_own_words_then_an_escalation_does_not_hide_it(
    category_pack: LoadedPack,
) -> None:
    findings = [
        Finding("illegal", 0, 10, "threat", "Threatens violence.", 0.9, "illegal"),
        Finding("offensive", 20, 24, "shit", "Profanity.", 0.9, "offensive-language"),
        Finding("disparaging", 5, 12, "useless", "Derogatory.", 0.8, "disparaging"),
    ]
    pack = category_pack.pack

    def governing(category: str) -> Any:
        return governing_clause(pack, category, author="staff", account="personal")

    kept = {f.category for f in decide(Post.from_dict(post("x")), findings, governing)[1]}
    assert kept == {"illegal", "offensive"}


def test_when_a_policy_counts_performance_as_sensitive_then_a_mere_mention_of_results_is_no_opinion() -> None:
    rc = Screener.for_policy("robert-carre", PROFILE, offensive_model=False)

    def found(text: str) -> set[str]:
        return {f.category for f in rc.screen(post(text)).findings}

    assert "policy-opinion" in found("Our GCSE results were frankly embarrassing this year")
    assert "policy-opinion" not in found("Results day on Thursday, fingers crossed for my lot")
    assert "policy-opinion" not in found(
        "A level results are down on last year, full figures out on Thursday"
    )


# --- the engine ------------------------------------------------------------------------------------------


def test_when_the_tables_are_read_then_every_frame_names_known_classes_and_a_main_scan_slot() -> None:
    known = set(TAGS) | set(CONCEPTS)
    assert LAZY <= set(CONCEPTS)
    for frame in FRAMES:
        for slot in frame.slots:
            assert set(slot.tags) <= known, (frame.name, set(slot.tags) - known)
        assert set(frame.blockers) <= known and set(frame.near_blockers) <= known, frame.name
        assert frame.needs, f"{frame.name}: a frame must have a slot read by the main scan"


def _ctx(screener: Screener, text: str, **fields: Any) -> Any:
    from safesocial.screening.analysis import Context

    return Context(Post.from_dict(post(text, **fields)), screener.compiled)


def test_when_a_slot_must_follow_another_then_order_and_gap_are_kept(screener: Screener) -> None:
    frame = Frame(
        "test: drink then drive",
        "illegal",
        (S("drink_amount"), S("drive_act", follows=0, gap=30)),
        "test",
        window=120,
    )
    assert match(frame, _ctx(screener, "Had a few pints then drove home")) is not None
    assert match(frame, _ctx(screener, "Drove home, then had a few pints")) is None


def test_when_a_slot_asks_for_two_cues_then_one_is_not_enough(screener: Screener) -> None:
    frame = Frame("test: two markers", "offensive", (S("explicit_marker", count=2),), "test", window=200)
    assert match(frame, _ctx(screener, "Filthy weather again")) is None
    assert match(frame, _ctx(screener, "Filthy pics, totally NSFW")) is not None


def test_when_the_author_is_a_pupil_then_the_child_slot_is_the_whole_post(screener: Screener) -> None:
    frame = Frame("test: child and fear", "safeguarding", (SP("child"), S("sg_intimate")), "test")
    ctx = _ctx(screener, "He comes into my room", **PUPIL)
    assert match(frame, ctx) is not None
    assert WHOLE not in _ctx(screener, "He comes into my room").cues.get("sg_intimate", [])


def test_when_a_blocker_is_near_then_the_frame_is_not_found(screener: Screener) -> None:
    frame = next(f for f in FRAMES if f.name == "drinking, then driving")
    assert match(frame, _ctx(screener, "Three pints then drove back from the match")) is not None
    assert match(frame, _ctx(screener, "Three pints then drove back from the match, taxi home")) is None


# Round eight: violence at a child's home told by the child, the bracket echo, a leaked paper sold, children
# wanted to drop packages, a smile after "we know your car"; each beside posts with one of the same ideas.
ROUND_EIGHT = [
    # a child telling of violence at home
    C(
        "dad throwing things, hiding",
        "please dont tell mum i said. he was throwing things at her again last night so i hid in my room",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "pushed mum, don't want to go home",
        "i dont wanna go home tonight, my stepdad pushed my mum down the stairs and she was crying",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "Welsh: dad hitting mum, hiding in the shed",
        "mae dad yn taro mam eto. dwi ddim isio mynd adra heno",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "a black eye, the story denied",
        "mum has a bruise on her face again and told everyone she walked into a door. she didnt walk into"
        " a door",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "dad hit mum, don't want to go back",
        "my dad hit my mum last night and there was shouting til 3am. i dont want to go back there",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "hurting mum when drunk, hiding",
        "dad keeps hurting mum when hes drunk, i hide under my bed",
        "safeguarding",
        **PUPIL,
    ),
    NOT(
        "dodgeball",
        "we were throwing things at her in dodgeball and im scared of losing lol",
        ESCALATION,
        **PUPIL,
    ),
    NOT(
        "a pillow fight",
        "i hid in the cupboard during hide and seek and my dad hit my mum with a pillow lol",
        ESCALATION,
        **PUPIL,
    ),
    NOT(
        "the toddler throwing things",
        "The toddler is throwing things at the telly again, don't want to go home to that mess lol",
        ESCALATION,
    ),
    NOT(
        "a pupil who loves breakfast club",
        "can i stay at breakfast club every day, the toast is the best",
        ESCALATION,
        **PUPIL,
    ),
    NOT(
        "a pupil hiding in the shed at hide and seek",
        "we played hide and seek and i was hiding in the shed for ages lol nobody found me",
        ESCALATION,
        **PUPIL,
    ),
    # the triple-bracket echo with a call to act
    C(
        "the echo and a call",
        "Ever wonder who really runs the banks? (((They))) do. Wake up and join us, link in bio",
        "extremism",
        **PUBLIC,
    ),
    NOT(
        "brackets in a maths post",
        "Year 6 tackled nested brackets today: (((2+3)x4)-1). Join us next week for more!",
        ESCALATION,
    ),
    # a group cast as taking over, and a call to act one way or another
    C(
        "sharia and a call to the gates",
        "Sharia in our schools next. This town is being taken over. Be at the gates, one way or another",
        "extremism",
        **PUBLIC,
    ),
    NOT(
        "a takeover of the café",
        "The café's been taken over by new owners, we'll get a table one way or another",
        ESCALATION,
    ),
    # a leaked exam paper sold
    C(
        "the maths paper from an invigilator",
        "got the maths paper for monday, my brothers mate is an invigilator. £20 and it's yours",
        "illegal",
        **PUPIL,
    ),
    C(
        "the mark scheme leaked",
        "Mark scheme for tomorrow leaked, selling for a tenner, dm me",
        "illegal",
        **PUPIL,
    ),
    NOT(
        "an invigilator's day",
        "Invigilating the maths paper all morning, bought myself a £3 coffee to survive",
        ESCALATION,
    ),
    NOT(
        "the exams officer's notice",
        "Exams officer here: the maths paper is locked away until tomorrow, dm me with any access questions",
        ESCALATION,
    ),
    NOT(
        "a film ending leaked",
        "Leaked the end of the film to my Year 10s by accident, the answers were on the board lol dm me",
        ESCALATION,
    ),
    NOT(
        "a past paper bought",
        "Bought the chemistry paper 2 revision guide for £8, wish me luck tmrw",
        ESCALATION,
        **PUPIL,
    ),
    # children wanted to drop packages
    C(
        "youngsters to drop parcels",
        "need youngsters to drop packages after school, £150 a week cash, no questions",
        "safeguarding illegal",
        **PUBLIC,
    ),
    NOT(
        "youngsters at the running club",
        "Youngsters welcome at our Saturday running club, easy runs round the park, £2 a session",
        ESCALATION,
        **PUBLIC,
    ),
    # a smile after "we know your car"
    C(
        "we know your car, smiling",
        "@BrackenmoorCP tell your head we know which car she drives. watch your back",
        "illegal",
        **PUBLIC,
    ),
    NOT(
        "a neighbour who knows the car",
        "I know which car you drive now, see you soon at the school gate 🙂",
        ESCALATION,
        **PUBLIC,
    ),
]


# Round eight's breaches and look-alikes: the press answered in a reply or a message, next to a piece of the
# press read or copied; goods hinted got by fraud; a group with an everyday name; a threat to "him" (the dog).
ROUND_EIGHT_MORE = [
    C(
        "a quote offered to a paper's handle",
        "@MoorlandGazette happy to give you a quote. The new hall is a year late and the roof leaks",
        "media",
        action="comment",
        recipient_role="public",
    ),
    C(
        "on the record, in a message",
        "Happy to speak on the record about the staffing cuts at Brackenmoor. Call me after 5",
        "media",
        audience="direct",
        action="message",
        recipient_role="public",
    ),
    NOT(
        "an article copied into slides",
        "I copied the article from the Guardian into my lesson slides, the kids loved it",
        "media",
    ),
    NOT(
        "an article read in the Times",
        "Read a brilliant article in the Times about phonics, worth a read",
        "media",
    ),
    NOT(
        "a quote copied from the Echo",
        "Copied a quote from the Evening Echo into my assembly on kindness",
        "media",
    ),
    # goods hinted got by fraud
    C("gift cards, don't ask how", "Selling £50 gift cards for £20 each, don't ask how 😂 dm me", "illegal"),
    NOT(
        "a sofa, don't ask how much",
        "Selling my old sofa for £40, don't ask how much it cost new lol",
        ESCALATION,
    ),
    NOT(
        "a pram, don't ask how long",
        "Pram for sale £60, don't ask how long it sat in the loft",
        ESCALATION,
    ),
    # a group with an everyday name
    C(
        "the Active Club",
        "Active Club training Sunday. Lads who want to defend your people, DM to join",
        "extremism",
        **PUBLIC,
    ),
    NOT(
        "an active club for the over 60s",
        "Our Active Club for the over 60s meets Tuesdays, new members welcome, DM to join",
        ESCALATION,
        **PUBLIC,
    ),
    NOT(
        "back at the base",
        "Back at the base after the hike, join us next time, the lads were brilliant",
        ESCALATION,
    ),
    # a community cast as spreading and not fitting in
    C(
        "more mosques, won't learn English",
        "Another mosque going up?? This town's turning into Londonistan, half won't even learn English",
        "discriminatory",
    ),
    NOT(
        "a mosque visit", "Visited another mosque on our RE trip today, such a warm welcome", "discriminatory"
    ),
    NOT(
        "new arrivals learning English",
        "Our new arrivals won't learn English overnight, so be patient and kind",
        "discriminatory",
    ),
    # a mental health unit, in Welsh, about a pupil's mum
    C(
        "Welsh: a pupil's mum in the mental health unit",
        "Poeni am Barty, mae ei fam o yn yr uned iechyd meddwl eto",
        "personal-data",
    ),
    NOT(
        "Welsh: mental health week",
        "Wythnos iechyd meddwl yn Brackenmoor, diolch i bawb am gymryd rhan",
        "personal-data",
    ),
    # a sharp reply that opens with the parent's name
    C(
        "with respect, named",
        "With respect Norris, if you'd bothered to read the letter you'd know the trip was cancelled",
        "disparaging",
        action="comment",
    ),
    NOT(
        "thanks, named",
        "Norris, thanks so much for helping at the fair, you were brilliant",
        "disparaging",
        action="comment",
    ),
    # a named person said to take money for a job never done
    C(
        "a deposit taken, never turned up",
        "Warning: Norris Sykes took a £500 deposit off my sister for a kitchen and never turned up",
        "defamatory",
    ),
    NOT(
        "a deposit taken, a job well done",
        "Norris Sykes took a small deposit off us for the fence and did a lovely job, recommend",
        "defamatory",
    ),
    NOT(
        "a hire firm that never came",
        "Paid upfront for the bouncy castle and it never turned up, the hire firm won't answer",
        "defamatory",
    ),
    # a threat to "him", who turns out to be the dog
    NOT(
        "I'll kill him (the dog)",
        "If he chews one more shoe I'll kill him 😂 (the dog, obviously)",
        "illegal harassment",
    ),
    NOT(
        "I'll throttle her... the cat",
        "I'm going to throttle her... the cat has shredded the sofa again",
        "illegal harassment",
    ),
    C(
        "a threat with a dog after it",
        "I'll kill him and his dog if he comes near my house again",
        "illegal",
    ),
]


@pytest.mark.parametrize("case", ROUND_EIGHT_MORE, ids=ids(ROUND_EIGHT_MORE))
def test_when_the_eighth_round_of_breaches_is_said_then_it_is_found(screener: Screener, case: Case) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", ROUND_EIGHT, ids=ids(ROUND_EIGHT))
def test_when_the_eighth_round_of_ideas_is_said_then_it_is_found(screener: Screener, case: Case) -> None:
    check(screener, case)
