"""Reasoning several detectors share: who a remark is aimed at, and threats of violence."""

from __future__ import annotations

import re

from safesocial.screening.analysis import Context, Span
from safesocial.screening.lazy import lazy_spans

# Cue tags that name part of the school community as a group or role, or a body over the school.
TARGET_TAGS = ("school_word", "leader_word", "pupil_word", "staff_word", "authority_word", "performance")
COMMUNITY_ROLES = frozenset({"parent", "staff", "pupil", "governor"})
# "you're an idiot", "u r such a loser", "you absolute clown": second person, then at most a few
# articles or intensifiers, then the insult. Matched on the text just before the insult.
_YOU_BEFORE = re.compile(
    r"(?:^|[^a-z'])(?:you|u|ya|ye|ti|chi)(?:'re| are| r|re|'r| were| was|'n|'ve been| have been)?"
    r"(?: (?:such|a|an|so|absolute|absolutely|complete|completely|total|totally|utter|utterly|fucking|"
    r"f\*+ing|bloody|proper|right|massive|little|big|fat|stupid|dirty|pathetic|useless|sad|old|"
    r"effing|actual|just|really|smelly|ugly|thick|lazy|greasy|stinking|stinky|worthless|spineless|"
    r"two-faced|nasty|horrible|rank|minging|filthy|miserable|yn|mor|hen)){0,3} ?$"
)
_PROFANE_AIM_GAP = 15
_AT_SELF = re.compile(r" (?:me|myself|us)\b")
_PRONOUN_ENDS = (
    "him",
    "her",
    "it",
    "them",
)  # a swear word next to the school ("ysgol c4chu", "SLT are shite") disparages it


def recipient_is_community(ctx: Context) -> bool:
    """A comment or message to someone of the school community, spoken to as "you"."""
    post = ctx.post
    return (
        post.recipient_role in COMMUNITY_ROLES
        and (post.audience == "direct" or post.action in ("comment", "message"))
        and ctx.has("second_person")
    )


def targets(ctx: Context) -> list[Span]:
    """Where the post names someone or something of the school community (worked out once a post)."""
    cached = ctx.memo.get("_targets")
    if cached is None:
        cached = ctx.memo["_targets"] = _targets(ctx)
    return list(cached)


def _targets(ctx: Context) -> list[Span]:
    out: list[Span] = [(h.start, h.end) for h in ctx.community()]
    out.extend((o.start, o.end) for o in ctx.orgs)
    for span in ctx.spans(*TARGET_TAGS):
        if ctx.overlaps(span, "not_school", "own_family", "equipment"):  # "the photocopier" is a thing
            continue
        out.append(span)
    if ctx.school_context:  # the school's own policies and schemes: "the new reading scheme"
        out.extend(s for s in ctx.spans("policy_noun") if not ctx.overlaps(s, "policy_exclude"))
    if recipient_is_community(ctx):  # the person spoken to is the target
        out.extend(ctx.spans("second_person"))
    if ctx.school_context or ctx.post.author_role in ("staff", "governor"):
        # a department, the office, the caretaker: parts of the school by name of their work
        out.extend(s for s in lazy_spans(ctx, "unit_word") if not ctx.overlaps(s, "equipment"))
    return out


def short_post(ctx: Context) -> bool:
    return len(ctx.text) <= 240 and ctx.sentence_count() <= 3


def live(ctx: Context, cues: list[Span]) -> list[Span]:
    """Cues that are meant: not negated ("not a nightmare"), not a figure of speech, not part of telling
    who has not heard some news yet ("she doesn't even know yet")."""
    return [
        c
        for c in cues
        if not ctx.negated(c) and not ctx.overlaps(c, "figurative") and not ctx.overlaps(c, "conf_hush")
    ]


def staff_kids(ctx: Context) -> list[Span]:
    """Children pointed at by staff or a governor ("these kids", "y plant yma") are usually their pupils;
    "the kids were animals at the zoo" points at no one."""
    if ctx.post.author_role not in ("staff", "governor"):
        return []
    return ctx.spans("these_kids")


def aimed(
    ctx: Context, cues: list[Span], *, window: int = 80, negated_ok: bool = False
) -> tuple[Span, Span] | None:
    """A cue (e.g. an insult) aimed at a community target: close by in one sentence, or anywhere in a
    short post. Negated cues ("not a nightmare") and figures of speech are skipped, unless the cue is one
    that only means something negated (`negated_ok`: "nobody has a clue")."""
    cues = [c for c in cues if not ctx.overlaps(c, "figurative")] if negated_ok else live(ctx, cues)
    if not cues:
        return None
    tgts = targets(ctx)
    if not tgts:
        kids = staff_kids(ctx)
        return ctx.near(cues, kids, window=30) if kids else None
    pair = ctx.near(cues, tgts, window=window)
    if pair is None and short_post(ctx):
        pair = (cues[0], tgts[0])
    if pair is None:
        pair = ctx.near(cues, staff_kids(ctx), window=30)
    return pair


def profanity_aimed(ctx: Context) -> tuple[Span, Span] | None:
    """A swear word right next to the school or someone in it ("ysgol yn shit", "SLT = cl0wns")."""
    words = [s for s in ctx.spans("profanity") if not ctx.overlaps(s, "figurative")]
    if not words:
        return None
    return ctx.near(words, targets(ctx), window=_PROFANE_AIM_GAP)


def said_to_someone(ctx: Context, span: Span) -> bool:
    """The insult at `span` is said to "you" ("you're pathetic", "u absolute melt")."""
    start = span[0]
    before = ctx.lower[max(0, start - 40) : start]
    return bool(_YOU_BEFORE.search(before))


def menacing(ctx: Context, tags: tuple[str, ...]) -> list[Span]:
    """Menacing cues that are meant: not negated, and not a friend's visit ("I know where you live now,
    I'll drop the dish round")."""
    friendly = ctx.spans("friendly_visit")
    return [
        s
        for s in ctx.spans(*tags)
        if not ctx.negated(s) and not (friendly and ctx.near([s], friendly, window=60, sentence=False))
    ]


def negated_competence(ctx: Context) -> list[Span]:
    """ "Nobody on the board has a clue", "doesn't know what she's doing": competence denied."""
    return [s for s in ctx.spans("competence") if ctx.negated(s, reach=30)]


def threats(ctx: Context) -> list[tuple[Span, bool]]:
    """Threats of violence: (span, aimed at a person). A violent verb with an intent before it in the same
    sentence ("I'll", "going to") and something or someone to harm after it."""
    verbs = ctx.spans("violent_verb")
    if not verbs:
        return []
    intents = ctx.spans("threat_intent")
    if not intents and "should be" not in ctx.lower:
        return []
    people = [(h.start, h.end) for h in ctx.community()]
    objects = ctx.spans("threat_object") + people + [(o.start, o.end) for o in ctx.orgs]
    person_objects = set(people) | {
        s for s in ctx.spans("threat_object") if ctx.lower[s[0] : s[1]] in _PERSON_WORDS
    }
    found: list[tuple[Span, bool]] = []
    for v in verbs:
        if ctx.overlaps(v, "figurative") or ctx.negated(v, reach=30):
            continue
        intent = next(
            (i for i in intents if i[1] <= v[0] and v[0] - i[1] <= 40 and ctx.same_sentence(i[0], v[0])),
            None,
        )
        if intent is None:
            continue
        obj = next(
            (o for o in objects if v[1] <= o[0] and o[0] - v[1] <= 30 and ctx.same_sentence(v[0], o[0])),
            None,
        )
        phrase = ctx.lower[v[0] : v[1]]
        if _AT_SELF.match(ctx.lower, v[1]):  # "this wind is going to kill me": the author is the one harmed
            continue
        if obj is None and " " not in phrase:
            continue
        if phrase.endswith(_PRONOUN_ENDS) or (obj and ctx.lower[obj[0] : obj[1]] in _PRONOUN_ENDS):
            pets = [p for p in lazy_spans(ctx, "not_person") if p[1] <= v[0] or _named_after(ctx, v, p)]
            if pets and not ctx.community():  # "the cat ... I'll strangle her", "I'll kill him (the dog)"
                continue
        span = (intent[0], obj[1] if obj else v[1])
        at_person = (
            obj in person_objects
            if obj
            else phrase.endswith(("him", "her", "you", "them", "jaw", "legs", "face", "head in"))
        )
        found.append((span, at_person))
    return found


# What sets off a word saying who "him" or "her" was: "I'll kill him (the dog)", "... I mean the cat".
_CLARIFY = ("(", "...", "\u2026", " - ", " \u2013 ", "i mean", "talking about", "obviously", "ie ", "i.e.")


def _named_after(ctx: Context, verb: Span, pet: Span) -> bool:
    """An animal or thing named just after a threat to "him" or "her", set off as who was meant."""
    if not 0 <= pet[0] - verb[1] <= 40:
        return False
    between = ctx.lower[verb[1] : pet[0]]
    return any(c in between for c in _CLARIFY)


_PERSON_WORDS = frozenset(
    {
        "him",
        "her",
        "them",
        "you",
        "ya",
        "u",
        "the head",
        "teacher",
        "head",
        "staff",
        "athro",
        "athrawes",
        "pennaeth",
        "face",
        "legs",
        "neck",
        "that woman",
        "that man",
        "that teacher",
        "that bloke",
    }
)
