"""Reasoning several detectors share: who a remark is aimed at, and threats of violence."""

from __future__ import annotations

from safesocial.screening.analysis import Context, Span

# Cue tags that name part of the school community as a group or role.
TARGET_TAGS = ("school_word", "leader_word", "pupil_word", "staff_word")


def targets(ctx: Context) -> list[Span]:
    """Where the post names someone or something of the school community."""
    out: list[Span] = [(h.start, h.end) for h in ctx.community()]
    out.extend((o.start, o.end) for o in ctx.orgs)
    for span in ctx.spans(*TARGET_TAGS):
        if ctx.overlaps(span, "not_school", "own_family"):
            continue
        out.append(span)
    return out


def short_post(ctx: Context) -> bool:
    return len(ctx.text) <= 240 and ctx.sentence_count() <= 3


def aimed(ctx: Context, cues: list[Span], *, window: int = 80) -> tuple[Span, Span] | None:
    """A cue (e.g. an insult) aimed at a community target: close by in one sentence, or anywhere in a
    short post. Negated cues ("not a nightmare") and figures of speech are skipped."""
    live = [c for c in cues if not ctx.negated(c) and not ctx.overlaps(c, "figurative")]
    if not live:
        return None
    tgts = targets(ctx)
    if not tgts:
        return None
    pair = ctx.near(live, tgts, window=window)
    if pair is None and short_post(ctx):
        pair = (live[0], tgts[0])
    return pair


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
        if obj is None and " " not in phrase:
            continue
        span = (intent[0], obj[1] if obj else v[1])
        at_person = obj in person_objects if obj else phrase.endswith(("him", "her", "you", "them"))
        found.append((span, at_person))
    return found


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
    }
)
