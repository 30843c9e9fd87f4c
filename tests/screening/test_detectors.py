"""What each detector finds and, as important, what it leaves alone. Tables per category, English and
Welsh, with clean posts that only look risky (figures of speech, names that are ordinary words, numbers
that are not anyone's details). Screened under a pack that addresses every category, so the findings show
the detectors' behaviour; severities per policy are tested in test_policies.py."""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

from safesocial.screening import Screener


def post(text: str, **fields: Any) -> dict[str, Any]:
    """A staff member's public post on a personal account, on a Saturday, with a disclaimer in the bio,
    unless the case says otherwise."""
    record: dict[str, Any] = {
        "id": "t1", "text": text, "account": "personal", "author_role": "staff", "platform": "facebook",
        "audience": "public", "posted_at": "2026-01-24T10:00:00", "device": "personal",
        "profile": {"display_name": "", "bio": "Views my own."},
    }  # fmt: skip
    record.update(fields)
    return record


class Case(NamedTuple):
    name: str
    text: str
    present: frozenset[str]
    absent: frozenset[str] | None  # None: no findings at all
    fields: dict[str, Any]


def C(name: str, text: str, present: str = "", absent: str | None = "", **fields: Any) -> Case:
    return Case(
        name, text, frozenset(present.split()), None if absent is None else frozenset(absent.split()), fields
    )


def OK(name: str, text: str, **fields: Any) -> Case:
    return C(name, text, "", None, **fields)


def check(screener: Screener, case: Case) -> None:
    decision = screener.screen(post(case.text, **case.fields))
    found = {f.category for f in decision.findings}
    assert decision.verdict != "error", decision.error
    missing = case.present - found
    assert not missing, f"{case.name}: missed {sorted(missing)}; found {sorted(found)}"
    if case.absent is None:
        assert not found, f"{case.name}: clean post flagged {sorted(found)}"
    else:
        extra = case.absent & found
        assert not extra, f"{case.name}: wrongly found {sorted(extra)}"


def ids(cases: list[Case]) -> list[str]:
    return [c.name for c in cases]


DM_PUPIL = {"audience": "direct", "action": "message", "recipient_role": "pupil"}
DM_PARENT = {"audience": "direct", "action": "message", "recipient_role": "parent"}
PARENT = {"author_role": "parent", "profile": {"display_name": "", "bio": ""}}
PUPIL = {"author_role": "pupil", "profile": {"display_name": "", "bio": ""}}
SCHOOL = {"account": "school"}
NO_BIO = {"profile": {"display_name": "", "bio": ""}}
TO_PUBLIC = {"audience": "direct", "action": "message", "recipient_role": "public"}

PUPIL_CONTACT = [
    C("dm to pupil", "Well done on the test today, see you Monday", "pupil-contact", **DM_PUPIL),
    C(
        "friend request accepted",
        "Accepted",
        "pupil-contact",
        action="friend_request",
        recipient_role="pupil",
    ),
    C("follow pupil", "Followed you back!", "pupil-contact", action="follow", recipient_role="pupil"),
    C("text: followed pupils on insta", "Just followed a few of my Year 9s on Instagram", "pupil-contact"),
    C("text: snapchat with pupils", "Been snapchatting with some of my pupils tonight", "pupil-contact"),
    C(
        "text: whatsapp group for class",
        "Set up a WhatsApp group for my class so they can ask me anything",
        "pupil-contact",
    ),
    C("welsh: dilyn disgyblion", "Newydd ddilyn rhai o'r disgyblion ar Instagram", "pupil-contact"),
    C("welsh: neges i'r plant", "Anfonais neges i'r plant yn fy nosbarth ar Facebook", "pupil-contact"),
    C("declined request", "Declined", "", "pupil-contact", action="friend_request", recipient_role="pupil"),
    C(
        "text: declined and reported",
        "A pupil sent me a friend request, declined it and reported it to the DSL",
        "",
        "pupil-contact",
    ),
    C(
        "message to parent about pupil",
        "Hi, Grace did brilliantly in reading today",
        "",
        "pupil-contact",
        **DM_PARENT,
    ),
    C(
        "following as a preposition",
        "Following the school trip, pupils wrote lovely diaries",
        "",
        "pupil-contact",
    ),
    C(
        "pupil asks to follow staff",
        "can i follow u miss",
        "pupil-contact",
        action="follow",
        recipient_role="staff",
        **PUPIL,
    ),
    C(
        "school account messaging",
        "Reminder: reading books back on Monday",
        "",
        "pupil-contact",
        **SCHOOL,
        **DM_PUPIL,
    ),
]

CONTACT_DETAILS = [
    C(
        "snapchat handle to pupil",
        "Stuck on homework? add me on Snapchat: mr.doyle.77",
        "personal-contact-details pupil-contact",
        **DM_PUPIL,
    ),
    C(
        "mobile to parent",
        "Text me on 07700 900456 if he's poorly, quicker than the office",
        "personal-contact-details",
        "pupil-contact",
        **DM_PARENT,
    ),
    C("+44 number", "Parents, you can WhatsApp me on +44 7700 900781 any time", "personal-contact-details"),
    C(
        "gmail to parents",
        "Parents can email me at marcus.doyle88@gmail.com about the trip",
        "personal-contact-details",
    ),
    C(
        "school email is fine",
        "Parents can email me at m.doyle@oakfield.example.sch.uk about the trip",
        "",
        "personal-contact-details",
    ),
    C("insta handle to pupils", "Pupils, follow me @doyle_fitness for PE tips", "personal-contact-details"),
    C("welsh: ffoniwch fi", "Rhieni, ffoniwch fi ar 07700 900222 os oes problem", "personal-contact-details"),
    C("selling a bike", "Selling my bike, text me on 07700 900333", "", "personal-contact-details"),
    C(
        "dates and prices are not numbers",
        "Trip on 12/03/2026 costs £12.50, 2025-26 fees due, score 3-1",
        "",
        "personal-contact-details personal-data",
    ),
    C(
        "years are not phones",
        "Between 2019 2020 2021 and 2022 the results improved",
        "",
        "personal-contact-details",
    ),
]

PEOPLE = [
    C("pupil full name", "Rose Kowalski was a star in assembly today", "pupil-identity"),
    C("pupil known-as", "Gracie was brilliant in class today", "pupil-identity"),
    C("possessive", "Hope Adeyemi's reading has come on so much this term", "pupil-identity"),
    C("colleague by name", "Marcus Doyle covered my class again, what a legend", "community-reference"),
    C("title and surname", "Mrs Brennan was at the school gate shouting again", "community-reference"),
    C("governor", "Harold Finch visited our school today", "community-reference"),
    OK("grace as a word", "Saying grace before Sunday lunch with the family"),
    OK("hope as a word", "Hope you all have a lovely weekend!"),
    OK("rose as a word", "The rose bushes are finally flowering"),
    OK("hope lower case", "fingers crossed, we hope the sun comes out"),
    OK("amazing grace", "Sang Amazing Grace at the concert in town tonight, lovely evening", bio="Choir"),
    C("rose as a name mid-sentence", "So proud of Rose in class today", "pupil-identity"),
    C("welsh: mutated name", "Llongyfarchiadau i Garys Pritchard heddiw", "pupil-identity"),
]

IMAGES = [
    C(
        "pupils in photo on personal account",
        "Sports day fun!",
        "pupil-image",
        images=[{"description": "Year 3 children running races on the school field", "people": ["pupils"]}],
    ),
    C(
        "own children are not pupils",
        "Day at the beach",
        "",
        "pupil-image",
        images=[{"description": "my kids building sandcastles", "people": ["my son", "my daughter"]}],
    ),
    C(
        "no-publish pupil on school account",
        "Well done Tyler!",
        "pupil-image",
        **SCHOOL,
        images=[{"description": "Tyler Brennan with his certificate", "people": ["Tyler Brennan"]}],
    ),
    C(
        "school account with consent",
        "Well done Hope!",
        "",
        "pupil-image",
        **SCHOOL,
        images=[
            {"description": "Hope Adeyemi with her certificate", "people": ["Hope Adeyemi"], "consent": True}
        ],
    ),
    C(
        "school account without consent",
        "Our football team",
        "pupil-image",
        **SCHOOL,
        images=[{"description": "the Year 6 team", "people": ["pupils"], "consent": False}],
    ),
    C("welsh: lluniau o'r disgyblion", "Lluniau o'r disgyblion ar y trip heddiw", "pupil-image"),
    C("text only: photos of school trip", "Here are some photos from our school trip", "pupil-image"),
    C("cannot share photos", "Can't share photos of the trip but it was brilliant", "", "pupil-image"),
]

LANGUAGE = [
    C("profanity", "What a f***ing week", "offensive"),
    C("welsh profanity", "Am wythnos cachu", "offensive"),
    C("slur", "Some retard parked across the gate again", "discriminatory"),
    C("dehumanising a group", "Those people are animals and should be sent back", "discriminatory"),
    C("generalisation", "Immigrants are all criminals and scum", "discriminatory"),
    OK("kids were animals at the zoo", "The kids were animals at the zoo \u2014 the lions, I mean"),
    OK("could kill for a coffee", "I could kill for a coffee right now"),
    OK("smashed it", "Smashed it at parkrun this morning, new PB!"),
    OK("killing me", "This cold is killing me", **NO_BIO),
    C("you're an idiot", "You're an absolute idiot and everyone knows it", "harassment"),
    C("intimidation", "I know where you live, watch your back", "harassment"),
    C("threat to staff", "I'm going to punch that teacher next time I see him", "illegal harassment"),
    C("threat to school", "If they exclude my boy I'll burn the school down", "illegal", **PARENT),
    C("welsh threat", "Dw i'n mynd i falu ffenestri'r ysgol", "illegal", **PARENT),
]

REMARKS = [
    C("named pupil negative", "Hope Adeyemi was an absolute nightmare today", "pupil-identity disparaging"),
    C("school a joke", "Oakfield is a joke, worst school in the county", "disparaging"),
    C("slt incompetent", "SLT are completely incompetent", "disparaging"),
    C(
        "colleague pathetic",
        "Marcus Doyle thinks he runs the place. Pathetic.",
        "disparaging community-reference",
    ),
    C("parent liar", "Lisa Brennan is a liar", "disparaging defamatory"),
    C("allegation of theft", "The head has been stealing from the school fund for years", "defamatory"),
    C("welsh: pennaeth gwarthus", "Mae'r pennaeth yn warthus ac yn gelwyddgi", "disparaging", **PARENT),
    C("not a nightmare", "Year 6 were not a nightmare at all today, so proud", "", "disparaging"),
    OK("hate mondays", "I hate Mondays", **NO_BIO),
    OK("worst weather", "Worst weather of the year, stay safe driving", **NO_BIO),
    C("praise", "Proud of my class today, they worked so hard", "", "disparaging defamatory"),
]

CONFIDENTIAL = [
    C(
        "suspension not public",
        "Between ourselves, the deputy head has been suspended. Not public yet.",
        "confidential",
    ),
    C(
        "redundancies",
        "Looks like redundancies are coming for our TAs, SLT haven't told anyone",
        "confidential",
    ),
    C(
        "ofsted result before publication",
        "We got Good from Ofsted! Report isn't out till next week",
        "confidential",
    ),
    C("exclusion of a pupil", "Tyler Brennan has been excluded for the rest of the week", "confidential"),
    C("welsh: cyfrinachol", "Cyfrinachol: mae'r ysgol yn wynebu toriadau staff", "confidential"),
    C("trip suspended for snow is public", "Swimming is off today because of the snow", "", "confidential"),
    C("parent about exclusion", "If they exclude my boy there will be trouble", "", "confidential", **PARENT),
]

PERSONAL_DATA = [
    C("pupil family breakdown", "Rose Kowalski's parents are splitting up, poor kid", "personal-data"),
    C("diagnosis", "Hope Adeyemi has just been diagnosed with ADHD", "personal-data"),
    C("unnamed pupil in my class", "One of my pupils is on a child protection plan now", "personal-data"),
    C("own health", "I've been diagnosed with anxiety, taking a few days off", "", "personal-data"),
    C("welsh: ysgaru", "Mae rhieni Carys Pritchard wedi ysgaru", "personal-data"),
]

SAFEGUARDING = [
    C(
        "grooming signs",
        "He sends me pictures and tells me to keep it secret, he's 30 and I'm 14",
        "safeguarding",
        **PUPIL,
    ),
    C(
        "staff secrecy to pupil",
        "Delete these messages after you read them, our little secret",
        "safeguarding",
        **DM_PUPIL,
    ),
    C(
        "self harm pupil",
        "i've been cutting myself again and I don't want to be here anymore",
        "safeguarding",
        **PUPIL,
    ),
    C("pupil disclosure", "One of my pupils told me her step-dad hits her", "safeguarding"),
    C(
        "indecent images",
        "Someone is sharing indecent images of children in the group chat",
        "safeguarding illegal",
    ),
    C("welsh: cyfrinach", "Mae o'n gofyn i mi gadw fo'n gyfrinach a dw i'n 13", "safeguarding", **PUPIL),
    OK("surprise party secret", "Keep it a secret, it's a surprise party for Mrs Jones"),
    OK("kill myself laughing", "Nearly killed myself laughing at that film", **NO_BIO),
    C("training", "Great self-harm awareness training this afternoon", "", "safeguarding"),
    C("hit me up", "hit me up if you want to go to the gym later", "", "safeguarding"),
]

OTHER = [
    C("counterfeit", "Selling fake designer bags, dm me, nobody can tell", "illegal"),
    C("drugs", "Anyone want some weed? Cheap, message me", "illegal"),
    OK("weed killer", "Need to buy weed killer for the patio"),
    OK("diet coke", "Bought a diet coke and a sandwich"),
    C("extremism", "White power! Time to rise up", "extremism"),
    C("isis support", "Support the Islamic State, join the cause", "extremism"),
    OK("history lesson", "Watched a documentary about the Nazis and the Holocaust memorial tonight"),
    C(
        "recommendation action",
        "Top bloke, highly recommend",
        "professional-reference",
        action="recommendation",
        platform="linkedin",
    ),
    C("endorse him", "I'd happily endorse him for any leadership role", "professional-reference"),
    C("recommend a book", "Highly recommend this book for the holidays", "", "professional-reference"),
    C(
        "journalist",
        "A journalist from the Daily Post contacted me about the school closure, gave them a quote",
        "media",
    ),
    C("paid for story", "The local paper offered me £200 for my story about the head", "media"),
    C("watching news", "Watching the BBC news tonight with a cuppa", "", "media"),
    # A source's words to someone outside the school, with no paper named.
    C(
        "source: keep my name out",
        "Yes I'll tell you about the staff walking out, but keep my name out of it.",
        "media",
        **TO_PUBLIC,
    ),
    C("source: quote me for cash", "£150 and you can quote me on what goes on there.", "media", **TO_PUBLIC),
    C(
        "source: welsh",
        "Mi ddyweda i'r cwbl am y pennaeth, ond cadwch fy enw allan.",
        "media",
        **TO_PUBLIC,
    ),
    C(
        "same words to a colleague",
        "Keep my name out of it but I think the trip is off",
        "",
        "media",
        audience="direct",
        action="message",
        recipient_role="staff",
    ),
    C("same words in a post", "Off the record, the best curry in town is at the Raj", "", "media"),
    C(
        "not a source",
        "I didn't say keep my name out of it, I said put it on the rota",
        "",
        "media",
        action="comment",
    ),
    C("copied image", "Found this online, not my photo, no copyright intended", "copyright"),
    C("credited image", "Photo credit to Sam Lee, shared with permission", "", "copyright"),
    C(
        "music under a video",
        "Used a Taylor Swift track under our sports day video, hope nobody minds",
        "copyright",
        **SCHOOL,
    ),
    C(
        "paywalled piece",
        "Screenshotted this paywalled Times piece so you can all read it for free",
        "copyright",
    ),
    C(
        "library music",
        "Added music from the free audio library to our sports day video",
        "",
        "copyright",
        **SCHOOL,
    ),
    C(
        "a track on the radio",
        "Great track on the radio, played it on the way to the video shop",
        "",
        "copyright",
    ),
    C(
        "hit a paywall",
        "Hit a paywall on that article, anyone know if it is worth subscribing?",
        "",
        "copyright",
    ),
    C("policy opinion", "The new behaviour policy is a joke, SLT have lost the plot", "policy-opinion"),
    C("welsh: polisi", "Mae'r polisi gwaith cartref newydd yn hurt", "policy-opinion"),
    C("government policy", "The government's energy policy is ridiculous", "", "policy-opinion"),
    C(
        "political influence",
        "Told my Year 11s they should vote Labour at the election",
        "political-influence",
    ),
    C(
        "church invite",
        "Pupils, come to church with me this Sunday and give your life to Jesus",
        "political-influence",
    ),
]

IDENTITY = [
    C(
        "school in display name",
        "New profile pic",
        "school-identity",
        profile={"display_name": "Mr Doyle Oakfield", "bio": "Views my own."},
        action="profile_update",
    ),
    C(
        "handle in bio",
        "Saturday run",
        "school-identity",
        profile={"display_name": "Marcus", "bio": "PE @OakfieldPri. Views my own."},
    ),
    C(
        "logo in image",
        "New hoodie",
        "school-identity",
        images=[{"description": "me wearing a hoodie with the school logo", "people": ["me"]}],
    ),
    C(
        "missing disclaimer",
        "Loving my new classroom this term!",
        "missing-disclaimer school-reference",
        **NO_BIO,
    ),
    C("disclaimer in bio", "Loving my new classroom this term!", "school-reference", "missing-disclaimer"),
    C(
        "welsh disclaimer",
        "Diwrnod da yn yr ysgol heddiw",
        "school-reference",
        "missing-disclaimer",
        profile={"display_name": "", "bio": "Barn fy hun"},
    ),
    C("welsh trip", "Trip i'r traeth gyda'r dosbarth heddiw!", "missing-disclaimer", **NO_BIO),
    C("inset day", "Brilliant INSET day with the trust", "school-reference"),
    OK("school run", "School run done, coffee time", **NO_BIO),
    OK("new car", "New car day", **NO_BIO),
    C(
        "parent on school account",
        "Lovely assembly today",
        "",
        "school-reference missing-disclaimer",
        **SCHOOL,
    ),
]

WORKING_TIME = [
    C(
        "weekday lesson time",
        "Anyone else's Tuesday dragging?",
        "working-time",
        posted_at="2026-01-20T14:00:00",
    ),
    C("lunch break", "Scrolling on my lunch break", "", "working-time", posted_at="2026-01-20T12:50:00"),
    C("morning break edge", "Quick coffee", "", "working-time", posted_at="2026-01-20T10:45:00"),
    C("before school", "Early start", "", "working-time", posted_at="2026-01-20T08:10:00"),
    C("after school", "Home time", "", "working-time", posted_at="2026-01-20T15:30:00"),
    C("weekend", "Saturday!", "", "working-time", posted_at="2026-01-24T11:00:00"),
    C("utc offset converted", "Hello", "working-time", posted_at="2026-06-16T10:00:00+00:00"),
    C(
        "school device out of hours",
        "Evening browse",
        "working-time",
        posted_at="2026-01-20T20:00:00",
        device="school",
    ),
    C("parents can post any time", "Busy day", "", "working-time", posted_at="2026-01-20T14:00:00", **PARENT),
]

TABLES = {
    "pupil_contact": PUPIL_CONTACT,
    "contact_details": CONTACT_DETAILS,
    "people": PEOPLE,
    "images": IMAGES,
    "language": LANGUAGE,
    "remarks": REMARKS,
    "confidential": CONFIDENTIAL,
    "personal_data": PERSONAL_DATA,
    "safeguarding": SAFEGUARDING,
    "other": OTHER,
    "identity": IDENTITY,
    "working_time": WORKING_TIME,
}


@pytest.mark.parametrize("case", PUPIL_CONTACT, ids=ids(PUPIL_CONTACT))
def test_when_staff_connect_with_pupils_then_pupil_contact_is_found(screener: Screener, case: Case) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", CONTACT_DETAILS, ids=ids(CONTACT_DETAILS))
def test_when_staff_give_out_their_details_then_contact_details_are_found(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", PEOPLE, ids=ids(PEOPLE))
def test_when_people_of_the_school_are_named_then_they_are_recognised(screener: Screener, case: Case) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", IMAGES, ids=ids(IMAGES))
def test_when_images_show_pupils_then_pupil_image_follows_account_and_consent(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", LANGUAGE, ids=ids(LANGUAGE))
def test_when_language_is_abusive_then_it_is_found_but_figures_of_speech_are_not(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", REMARKS, ids=ids(REMARKS))
def test_when_remarks_target_the_school_community_then_they_are_disparaging(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", CONFIDENTIAL, ids=ids(CONFIDENTIAL))
def test_when_unannounced_school_matters_are_shared_then_confidential_is_found(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", PERSONAL_DATA, ids=ids(PERSONAL_DATA))
def test_when_someone_elses_private_matters_are_shared_then_personal_data_is_found(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", SAFEGUARDING, ids=ids(SAFEGUARDING))
def test_when_a_child_may_be_at_risk_then_safeguarding_is_found(screener: Screener, case: Case) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", OTHER, ids=ids(OTHER))
def test_when_other_policy_matters_arise_then_their_category_is_found(screener: Screener, case: Case) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", IDENTITY, ids=ids(IDENTITY))
def test_when_staff_write_about_work_then_identity_reference_and_disclaimer_are_checked(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", WORKING_TIME, ids=ids(WORKING_TIME))
def test_when_posted_in_working_time_outside_breaks_then_working_time_is_found(
    screener: Screener, case: Case
) -> None:
    check(screener, case)
