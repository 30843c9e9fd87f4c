"""What lets the screener find risks in posts it has never seen: text written to dodge a word list (digits
and symbols for letters, stretched, spaced-out and masked words), misspelt names, names in lower case,
parents named through their child, profile-only updates, signals buried in long posts, and the wider cue
lists and reasoning per category. Every table has clean posts that only look like the risky ones.

The school and its people are invented for these tests (not those of the evaluation sets)."""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

from safesocial.policy.loader import LoadedPack
from safesocial.screening import Screener

PROFILE: dict[str, Any] = {
    "school": {
        "name": "Larkspur Community Primary School",
        "aliases": ["Larkspur Primary", "Larkspur"],
        "handles": ["@LarkspurCP"],
        "domains": ["larkspur.example.sch.uk"],
    },
    "trust": {"name": "Wyvern Learning Partnership", "aliases": ["WLP"]},
    "timezone": "Europe/London",
    "working_hours": {
        "days": ["Mon", "Tue", "Wed", "Thu", "Fri"],
        "start": "08:45",
        "end": "15:15",
        "breaks": [["10:30", "10:45"], ["12:00", "13:00"]],
    },
    "people": [
        {"name": "Rose Amberley", "role": "pupil", "year_group": "Year 5", "no_publish": True},
        {"name": "Dexter Quayle", "role": "pupil", "known_as": ["Dex"], "year_group": "Year 3"},
        {"name": "Autumn Fairweather", "role": "pupil", "year_group": "Year 6"},
        {"name": "Idris Penhallow", "role": "pupil", "year_group": "Blwyddyn 4"},
        {"name": "Marguerite Osterley", "role": "staff", "job": "Headteacher"},
        {"name": "Callum Brightwater", "role": "staff", "job": "Teacher"},
        {"name": "Yasmin Trelawney", "role": "staff", "job": "Teaching Assistant"},
        {"name": "Declan Quayle", "role": "parent"},
        {"name": "Bronwen Gittins", "role": "governor", "job": "Chair of Governors"},
    ],
}


@pytest.fixture(scope="module")
def screener(category_pack: LoadedPack) -> Screener:
    return Screener.for_policy(category_pack, PROFILE, offensive_model=False)


def post(text: str, **fields: Any) -> dict[str, Any]:
    """A staff member's public post on a personal account, on a Saturday, with a disclaimer in the bio,
    unless the case says otherwise."""
    record: dict[str, Any] = {
        "id": "g1", "text": text, "account": "personal", "author_role": "staff", "platform": "facebook",
        "audience": "public", "posted_at": "2026-05-16T10:00:00", "device": "personal",
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


PARENT = {"author_role": "parent", "profile": {"display_name": "", "bio": ""}}
PUPIL = {"author_role": "pupil", "profile": {"display_name": "", "bio": ""}}
DM_PUPIL = {"audience": "direct", "action": "message", "recipient_role": "pupil"}
DM_PARENT = {"audience": "direct", "action": "message", "recipient_role": "parent"}
COMMENT_PARENT = {"action": "comment", "recipient_role": "parent"}

DISGUISED = [
    C("digits for letters", "Our SLT are cl0wns and the head is a l1ar", "disparaging"),
    C("symbols for letters", "what a $hite week at Larkspur, sh!t from start to finish", "offensive"),
    C("stretched letters", "Mrs Osterley is a liarrrrr", "disparaging community-reference"),
    C("stretched and lower case", "larkspur is sooo rubbbbish", "disparaging"),
    C("spaced letters", "the s c h o o l is r u b b i s h", "disparaging"),
    C("dotted letters", "f.u.c.k this marking", "offensive"),
    C("masked in a compound", "What a sh*tshow that inset day was", "offensive"),
    C("masked with hashes", "f##king parents' evening again", "offensive"),
    C("masked slur", "some of the kids are proper r*tards", "discriminatory"),
    C("welsh, digits for letters", "ysgol c4chu, athrawon yn d0lts", "offensive disparaging", **PARENT),
    OK("stretched joy", "Soooo excited for our holiday in Cornwall!!!"),
    OK("the alphabet spaced out", "A B C D E F G, the alphabet song on repeat at home"),
    OK("an e-mail address with an at sign", "Fixtures list from jo@riverside-hockey.org, see you Sunday"),
    OK("text speak", "Gr8 night at the pub quiz, 2nd place!"),
    OK("asterisks for emphasis", "That was a *really* good film"),
    OK("a plain number", "Ran 10k in 52 minutes this morning"),
]

NAMES = [
    C(
        "misspelt surname",
        "Callum Brightwatter is the laziest teacher I know",
        "community-reference disparaging",
    ),
    C("misspelt first name", "Calum Brightwater never listens to anyone", "community-reference"),
    C("title and misspelt surname", "Mrs Osterly has lost the plot completely", "community-reference"),
    C(
        "misspelt pupil name",
        "Autumn Fairwether was a nightmare in class today",
        "pupil-identity disparaging",
    ),
    C("name in leetspeak", "D3xter Qu4yle kicked off again in class", "pupil-identity"),
    C("lower-case full name", "cant stand yasmin trelawney, so useless", "community-reference disparaging"),
    C(
        "lower-case word-name, in a school sentence about her",
        "rose's back in school on tuesday after her op, be gentle with her",
        "pupil-identity personal-data",
    ),
    C(
        "pupil's parent named through the child",
        "Dexter's dad was shouting at the gate again",
        "community-reference",
    ),
    C(
        "no-publish pupil by a word-name in an image's people",
        "Star of the week!",
        "pupil-image",
        account="school",
        images=[{"description": "girl holding a certificate", "people": ["Rose"], "consent": True}],
    ),
    OK("a surname-like word after a title", "Mr Blobby was on the telly again"),
    OK("a first name and an unrelated surname", "Callum Wilson scored twice for Newcastle"),
    OK("a word-name as a flower", "The roses are out in the garden at last"),
    OK("a season, in lower case, with school", "autumn's here and the school run is dark already"),
    OK("a word-name and a possessive, no school", "Autumn's colours on the walk this morning were stunning"),
]

PROFILE_FIELDS = [
    C(
        "profile update naming the school in the bio",
        "New bio",
        "school-identity",
        action="profile_update",
        profile={"display_name": "", "bio": "Year 3 teacher at Larkspur Primary. Views my own."},
    ),
    C(
        "profile update with the school in the display name",
        "Name change",
        "school-identity",
        action="profile_update",
        profile={"display_name": "Mr B @ Larkspur", "bio": "Views my own."},
    ),
    C(
        "an ordinary post by someone whose bio names the school",
        "Lovely walk along the canal this morning",
        "",
        "school-identity",
        profile={"display_name": "", "bio": "Teacher at Larkspur Primary. Views my own."},
    ),
    OK(
        "profile update with no school in it",
        "Updated my bio",
        action="profile_update",
        profile={"display_name": "Cal B", "bio": "Runner, reader, views my own."},
    ),
]

_LONG_CALM = (
    "Long weekend update. The garden is finally under control, the tomatoes are in and the shed has a new "
    "roof. We went to the coast on Saturday, fish and chips on the front, and the dog ran herself silly on "
    "the beach. Sunday was a slow one: papers, a roast, and a film in the evening. "
)
LONG_POSTS = [
    C(
        "extremism in the middle of a long post",
        _LONG_CALM + "Our race is being wiped out and it is time to take up arms. " + _LONG_CALM,
        "extremism",
    ),
    C(
        "confidential news in the middle of a long post",
        _LONG_CALM + "Between ourselves, Larkspur is closing the nursery in July. " + _LONG_CALM,
        "confidential",
    ),
    C(
        "a threat in the middle of a long post",
        _LONG_CALM + "If Declan Quayle comes near me again I'll smash his face in. " + _LONG_CALM,
        "illegal harassment",
    ),
    OK("a long calm post", _LONG_CALM * 3),
    C(
        "history and a charity run far apart",
        "Loved the Viking invaders topic this half term. " + _LONG_CALM + "Join us for the fun run in June!",
        "",
        "extremism",
    ),
]

HARASSMENT = [
    C(
        "pile-on: report her",
        "Everyone go and report Yasmin Trelawney's page, let's see how she likes it",
        "harassment",
    ),
    C("pile-on: spam", "everybody spam Mr Brightwater's insta with 🤮", "harassment", **PUPIL),
    C("where you work", "Keep lying about me and remember I know where you work", "harassment"),
    C("direct insult", "You're an absolute melt Declan", "harassment", **COMMENT_PARENT),
    C("direct insult in text speak", "u r such a loser lol", "harassment", **PUPIL),
    C("welsh: where you live", "Dwi'n gwbod lle ti'n byw", "harassment", **PARENT),
    C(
        "telling someone about a third person",
        "I can tell you the head is useless at budgets",
        "disparaging",
        "harassment",
    ),
    OK("mark my words", "Mark my words, Somerset will win the league this year"),
    OK("wait and see", "Let's wait and see what happens with the weather"),
    OK("you deserve it", "You deserve a lovely break, enjoy the sunshine"),
]

REMARKS = [
    C(
        "a sharp reply to a parent",
        "With respect, check your facts before posting",
        "disparaging",
        **COMMENT_PARENT,
    ),
    C(
        "arguing with a parent",
        "Maybe parent your child instead of moaning on here",
        "disparaging",
        **COMMENT_PARENT,
    ),
    C("competence denied", "Nobody in the leadership team has a clue what they're doing", "disparaging"),
    C(
        "complaint about a colleague",
        "Callum Brightwater late again, some of us actually do our jobs",
        "disparaging",
    ),
    C("swearing at the school", "Larkspur is shite", "disparaging offensive", **PARENT),
    C("eye-roll at a pupil", "Dexter's behaviour today 🙄", "disparaging pupil-identity"),
    C("welsh, poor school", "Ysgol wael, neb yn gwrando ar rieni", "disparaging", **PARENT),
    OK("a kind reply to a parent", "Thank you, that's really kind of you to say", **COMMENT_PARENT),
    C("swearing near nothing of the school", "Shite weather for the barbecue", "offensive", "disparaging"),
    C(
        "polite criticism in Welsh",
        "Bach yn siomedig bod y cyngerdd wedi'i ganslo, ond deall pam",
        "",
        "disparaging",
        **PARENT,
    ),
]

DISCRIMINATION = [
    C("go back where they came from", "They should all go back where they came from", "discriminatory"),
    C(
        "families by language",
        "Half the families can't speak English and they're ruining the place",
        "discriminatory",
    ),
    C("older staff", "Teachers over 60 are past it and should retire", "discriminatory"),
    OK("putting things back", "Put the toys back where they came from before tea"),
    OK("a language class", "Started evening classes to speak Spanish, loving it"),
]

CRIME = [
    C("fake goods for sale", "Got fake Nike trainers and Gucci bags in, £25 each, DM me", "illegal"),
    C("forged notes", "Anyone want some fake £20 notes, going cheap", "illegal"),
    C("street drugs", "Got some bud in, £10 a bag, message me", "illegal"),
    C("drink driving", "Drove home hammered again last night lol", "illegal"),
    C(
        "a threat to break a jaw",
        "If he grabs my son again I'll come down there and break his jaw",
        "illegal",
    ),
    OK("green beans", "Green beans £1 a bag at the farm shop"),
    OK("fake tan", "Fake tan disaster before the wedding 😂"),
    OK("a replica helmet", "Bought a replica Roman helmet at the museum shop for my nephew"),
    OK("a prize draw", "Prize draw tickets £1 each, proceeds to the hospice"),
]

SAFEGUARDING = [
    C(
        "a stranger offering sweets",
        "A man was offering sweets to kids by the school gates",
        "safeguarding",
        **PARENT,
    ),
    C(
        "exploitation by an older lad",
        "One of my Year 6s says an older lad is paying her to carry packages for him",
        "safeguarding",
    ),
    C("welsh grooming", "Mae dyn ar-lein yn gofyn am luniau ohona i", "safeguarding", **PUPIL),
    C("welsh: told not to tell", "Dwedodd o wrtha i am beidio dweud wrth neb", "safeguarding", **PUPIL),
    C("self-harm", "I can't go on anymore, I keep cutting again", "safeguarding", **PUPIL),
    OK("paying a lad to mow the lawn", "We're paying him to mow the lawn, the kids are thrilled"),
    OK("a stranger's kindness", "A stranger paid for my coffee this morning"),
    OK("a drama about strangers", "Stranger Things marathon with the kids tonight"),
]

EXTREMISM = [
    C("a story and a call", "Time to take up arms and defend our race", "extremism"),
    C(
        "a weak story and a call to fight",
        "Britain is being replaced, our people must fight back",
        "extremism",
    ),
    OK("a charity run", "Join us for Race for Life on Saturday, let's fight back against cancer!"),
    C(
        "history teaching",
        "The Year 5 topic on Viking invaders was brilliant, join us for the open day",
        "",
        "extremism",
    ),
    OK("a volunteers call", "Our people are our strength, we need more volunteers, join us!"),
]

CONFIDENTIAL = [
    C("redundancies", "Keep it to yourselves but they're making three TAs redundant", "confidential"),
    C(
        "welsh: don't tell anyone",
        "Peidiwch â dweud wrth neb, ond mae'r ysgol yn cau'r dosbarth meithrin",
        "confidential",
    ),
    C(
        "an opinion is not news",
        "Whoever wrote the school timetable needs sacking",
        "disparaging",
        "confidential",
    ),
    OK("letting go", "Time to let go of the past and enjoy the summer"),
]

PERSONAL_DATA = [
    C("an operation", "Autumn Fairweather is off after her op", "personal-data"),
    C("child protection register", "Dex is on the CP register now", "personal-data"),
    C("welsh health", "Idris yn yr ysbyty ar ôl llawdriniaeth", "personal-data"),
    OK("own family's funeral", "Amazing Grace at my nan's funeral today. Tears."),
    C(
        "a head's figures",
        "Marguerite Osterley presented the attendance figures to governors",
        "",
        "personal-data",
    ),
]

OTHER = [
    C(
        "copyright: someone's blog",
        "Took these worksheets off someone's blog and sold them on my TES shop",
        "copyright",
    ),
    C("copyright: no idea who drew", "Love this cartoon, no idea who drew it", "copyright"),
    C("media: a local paper", "The Wyvern Gazette offered me £100 for the inside story", "media"),
    C(
        "policy: a nameless decision",
        "Fed up that the governors cut TA hours without asking anyone",
        "policy-opinion",
    ),
    C(
        "pupil contact: through the parent",
        "Could you tell Dexter he can send me his poem on WhatsApp tonight",
        "pupil-contact",
        **DM_PARENT,
    ),
    C(
        "pupil contact: gaming online",
        "Played FIFA online with some of my Year 6s last night",
        "pupil-contact",
    ),
    C(
        "contact details: round the school's channels",
        "Just message me here, quicker than the school phone",
        "personal-contact-details",
        **DM_PARENT,
    ),
    C(
        "a message to a parent about the PE kit",
        "Could you tell Dexter to bring his PE kit tomorrow?",
        "",
        "pupil-contact",
        **DM_PARENT,
    ),
    OK("a parent's message to their own child", "Tea's in the oven, love Dad x", **DM_PUPIL),
    C(
        "playing football at lunch",
        "Played football with the Year 6s at lunch, they won 4-2",
        "",
        "pupil-contact",
    ),
    C(
        "an opening ceremony",
        "The governors cut the ribbon on the new library, brilliant evening",
        "",
        "policy-opinion",
    ),
]


FRAMES = [
    C(
        "a child threatened into silence",
        "my stepdad says he'll hurt me if i tell anyone",
        "safeguarding",
        **PUPIL,
    ),
    C("an overdose", "I've swallowed a whole packet of paracetamol", "safeguarding", **PUPIL),
    C("can't take it, said by a child", "i cant take it anymore", "safeguarding", **PUPIL),
    C("can't take it, said by a teacher", "Year 6 today, I can't take it anymore 😂", "", "safeguarding"),
    C("menace", "Watch your back, we know where you live", "illegal harassment", **PARENT),
    C("a welsh threat", "Os wela i o eto mi falwa i ei wyneb", "illegal", **PARENT),
    C("stolen goods bought", "Bought a stolen laptop off a bloke for £50", "illegal"),
    C("copying from a paid site", "Pinched this whole unit off a paid resource site", "copyright"),
    C("a family by surname", "The Quayle family are a nightmare", "community-reference disparaging"),
    C(
        "a scheme disparaged",
        "Who even thought the new phonics scheme was a good idea? Total waste of money",
        "disparaging",
    ),
    C("misbehaviour made public", "Dexter Quayle threw a chair again today", "disparaging pupil-identity"),
    C("the author robbed", "My stolen bike turned up! Bought a better lock", "", "illegal"),
    C("borrowing a ladder", "Borrowed a ladder from a neighbour for the gutters", "", "copyright"),
    C("a surname in a place name", "The Brightwater festival was lovely", "", "community-reference"),
    C("a hot chocolate", "Bought a hot chocolate and a new phone case", "", "illegal"),
    C("hitting the shops", "I'll hit the shops with her after work", "", "illegal harassment"),
]


MORE = [
    C("vapes sold to children", "Selling vapes to the Year 5s at the bus stop, £5 each", "illegal"),
    C(
        "two signs of a stranger",
        "A strange man in a white van was talking to children by the gates",
        "safeguarding",
        **PARENT,
    ),
    C(
        "welsh: a stranger's van",
        "Dyn mewn fan wen yn siarad efo plant wrth yr ysgol",
        "safeguarding",
        **PARENT,
    ),
    C(
        "veiled menace",
        "If you lot come near my son again there'll be trouble",
        "illegal harassment",
        **PARENT,
    ),
    C(
        "a jibe about prison",
        "Dexter Quayle is a little thug and will end up in prison",
        "disparaging",
        "personal-data",
    ),
    C(
        "revision handle",
        "Follow me on TikTok for revision tips @mr_brightwater_maths",
        "personal-contact-details",
    ),
    C(
        "stock images unpaid",
        "Used images from Getty without paying for my lesson slides, nobody checks",
        "copyright",
    ),
    C("school service", "Lovely to see so many grandparents at our Easter service", "school-reference"),
    C("a welsh bully", "Mae'r pennaeth yn fwli llwyr", "disparaging", **PARENT),
    C("buying vapes for yourself", "Bought some new vapes, strawberry flavour is grim", "", "illegal"),
    C("one van", "The man in the white van delivered the new chairs", "", "safeguarding"),
]


@pytest.mark.parametrize("case", MORE, ids=ids(MORE))
def test_when_risks_come_in_further_new_words_then_they_are_found(screener: Screener, case: Case) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", FRAMES, ids=ids(FRAMES))
def test_when_the_words_of_a_risk_come_in_a_new_order_then_the_frame_is_still_found(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", DISGUISED, ids=ids(DISGUISED))
def test_when_words_are_disguised_then_they_are_read_as_written_to_be_read(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", NAMES, ids=ids(NAMES))
def test_when_names_are_misspelt_or_lower_case_then_the_people_are_still_recognised(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", PROFILE_FIELDS, ids=ids(PROFILE_FIELDS))
def test_when_a_profile_is_updated_then_its_fields_are_what_is_checked(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", LONG_POSTS, ids=ids(LONG_POSTS))
def test_when_a_signal_is_buried_in_a_long_post_then_it_is_found(screener: Screener, case: Case) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", HARASSMENT, ids=ids(HARASSMENT))
def test_when_someone_is_set_upon_or_insulted_to_their_face_then_it_is_harassment(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", REMARKS, ids=ids(REMARKS))
def test_when_remarks_are_aimed_at_the_school_or_the_person_spoken_to_then_they_disparage(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", DISCRIMINATION, ids=ids(DISCRIMINATION))
def test_when_people_are_told_to_leave_or_demeaned_for_who_they_are_then_it_is_discriminatory(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", CRIME, ids=ids(CRIME))
def test_when_goods_drugs_or_violence_are_illegal_then_they_are_found(screener: Screener, case: Case) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", SAFEGUARDING, ids=ids(SAFEGUARDING))
def test_when_a_child_may_be_lured_or_exploited_then_safeguarding_is_found(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", EXTREMISM, ids=ids(EXTREMISM))
def test_when_an_extremist_story_comes_with_a_call_to_act_then_it_is_extremism(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", CONFIDENTIAL, ids=ids(CONFIDENTIAL))
def test_when_unannounced_news_is_shared_then_it_is_confidential(screener: Screener, case: Case) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", PERSONAL_DATA, ids=ids(PERSONAL_DATA))
def test_when_someone_elses_health_or_care_is_shared_then_it_is_personal_data(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


@pytest.mark.parametrize("case", OTHER, ids=ids(OTHER))
def test_when_other_policy_matters_are_said_in_new_ways_then_they_are_found(
    screener: Screener, case: Case
) -> None:
    check(screener, case)


# --- what the screener reads from a pack's own words -------------------------------------------------------

BUNDLED = {
    "robert-carre": None,
    "archbishop-hutton": None,
    "generic-school": None,
}


@pytest.fixture(scope="module")
def bundled() -> dict[str, Screener]:
    return {pid: Screener.for_policy(pid, PROFILE, offensive_model=False) for pid in BUNDLED}


def _found(screener: Screener, text: str, **fields: Any) -> set[str]:
    return {f.category for f in screener.screen(post(text, **fields)).findings}


def test_when_a_policy_asks_for_a_disclaimer_only_on_disclosed_affiliation_then_that_is_what_counts(
    bundled: dict[str, Screener],
) -> None:
    rc = bundled["robert-carre"]
    no_bio = {"profile": {"display_name": "", "bio": "Runner. Reader."}}
    named = {"profile": {"display_name": "", "bio": "Teacher at Larkspur Primary. Runner."}}
    assert "missing-disclaimer" not in _found(rc, "Great day teaching Year 4 about rivers", **no_bio)
    assert "missing-disclaimer" in _found(rc, "Great day teaching Year 4 about rivers", **named)
    # a policy without that condition wants it from anyone writing about work
    gs = bundled["generic-school"]
    assert "missing-disclaimer" in _found(gs, "Great day teaching Year 4 about rivers", **no_bio)


def test_when_a_policy_counts_performance_as_sensitive_then_results_talk_is_an_opinion(
    bundled: dict[str, Screener],
) -> None:
    text = "Our SATs results are the best in the county this year!"
    assert "policy-opinion" in _found(bundled["robert-carre"], text)
    assert "policy-opinion" not in _found(bundled["generic-school"], text)


def test_when_a_policy_wants_families_reached_through_school_channels_then_personal_messages_count(
    bundled: dict[str, Screener],
) -> None:
    text = "Hi, Dexter left his reading book in class, I'll drop it round later"
    assert "personal-contact-details" in _found(bundled["archbishop-hutton"], text, **DM_PARENT)
    assert "personal-contact-details" not in _found(bundled["robert-carre"], text, **DM_PARENT)
    # a message about something other than school is not school business
    assert "personal-contact-details" not in _found(
        bundled["archbishop-hutton"], "Are we still on for the pub quiz on Friday?", **DM_PARENT
    )
