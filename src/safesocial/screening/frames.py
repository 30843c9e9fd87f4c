"""Frames: a risk as several ideas said together, each idea a concept class of many words.

A frame is a small conjunction: every slot must be filled by a cue of its concept classes (`concepts.py`,
`lexicon.py`) or by something the analysis knows (a person of the school, a child, the person spoken to),
close together in the post. Each idea alone is common and harmless ("scared", "at night", "my stepdad");
only the combination is a risk ("my mum's boyfriend keeps coming into my room at night and I'm scared").
So new wording is caught as long as each idea is said in some way a class knows, and clean look-alikes that
carry one idea only stay clean.

`FRAMES` is the table; `match` finds a frame in a post's analysis. `detectors/frames.py` reports them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Final

from safesocial.screening.analysis import Context, Span
from safesocial.screening.concepts import LAZY
from safesocial.screening.detectors._shared import recipient_is_community, short_post, targets
from safesocial.screening.lazy import concept_spans

WHOLE: Final[Span] = (-1, -1)
# Tags found in a good share of all posts: a frame is looked up by one of its rarer ideas instead.
_COMMON_TAGS: Final = frozenset(
    {"staff_word", "leader_word", "pupil_word", "school_word", "kids_word", "parent_word", "authority_word",
     "second_person", "sell_cue", "violent_verb", "threat_intent", "threat_object", "person_pronoun"}
)  # fmt: skip  # a slot the post meets as a whole (the author is a pupil, ...)
_MAX_SPANS = 12  # per slot: bounded work however often a word repeats
_REFORM = re.compile(r"\bReform\b(?! (?:of|to|the|in|for)\b)")
_SELF_DOER = re.compile(r"(?:^|[^a-z'])(?:i|i've|i've been|i have been|i'm|im|i was|we|we've been|we're)\s+$")


@dataclass(frozen=True, slots=True)
class Slot:
    """One idea of a frame: any cue with one of `tags`, or a `special` the analysis provides.

    `count` asks for that many different cues; `follows`/`gap` ask for this cue to come after the cue
    chosen for slot `follows`, within `gap` characters; `live` drops negated cues and figures of speech."""

    tags: tuple[str, ...] = ()
    special: str = ""
    live: bool = True
    reach: int = 24
    count: int = 1
    follows: int = -1
    gap: int = 40


def S(
    *tags: str, live: bool = True, reach: int = 24, count: int = 1, follows: int = -1, gap: int = 40
) -> Slot:
    return Slot(tags=tags, live=live, reach=reach, count=count, follows=follows, gap=gap)


def SP(special: str) -> Slot:
    return Slot(special=special)


@dataclass(frozen=True)
class Frame:
    """Ideas that together are a risk of `category`.

    window: the most characters from the first to the last cue; sentence: all in one sentence; short: in a
    short post (a few sentences) the cues may be anywhere; blockers: tags that, anywhere in the post, mean
    it is something else; near_blockers: the same, within the window around the cues; authors/accounts:
    whose posts it applies to (None: everyone's); when: a named condition on the post; self_excluded: the
    first cue must not be the author's own doing ("I've been helping myself to ...")."""

    name: str
    category: str
    slots: tuple[Slot, ...]
    reason: str
    window: int = 100
    sentence: bool = False
    short: bool = False
    blockers: tuple[str, ...] = ()
    near_blockers: tuple[str, ...] = ()
    authors: frozenset[str] | None = None
    accounts: frozenset[str] | None = None
    when: str = ""
    self_excluded: bool = False
    score: float = 0.8

    @property
    def needs(self) -> tuple[frozenset[str], ...]:
        """For each slot of main-scan tags, the tags one of which must be in the post: a quick first test
        that needs no work beyond the scan every post gets."""
        needs = [
            frozenset(s.tags)
            for s in self.slots
            if s.tags and not s.special and not LAZY.intersection(s.tags)
        ]
        return tuple(sorted(needs, key=lambda tags: bool(tags & _COMMON_TAGS)))  # the rarer first

    @cached_property
    def slot_order(self) -> tuple[int, ...]:
        """The slots in the order they are worth looking up: cues of the main scan first (no work beyond the
        scan), then what the analysis provides, then classes of everyday words (a pass of their own small
        automata). A frame with an empty slot is not said, so an empty cheap slot spares the dearer ones."""

        def cost(i: int) -> int:
            slot = self.slots[i]
            if slot.special:
                return 2 if slot.special in _DEAR_SPECIALS else 1
            return 2 if LAZY.intersection(slot.tags) else 0

        return tuple(sorted(range(len(self.slots)), key=cost))


# Specials that may read classes of everyday words (see `_SPECIALS`).
_DEAR_SPECIALS = frozenset({"target", "child", "person", "pupil_ref"})
INSIDERS = frozenset({"staff", "governor"})
PERSONAL = frozenset({"personal"})


# --- specials ----------------------------------------------------------------------------------------------
def _cached(ctx: Context, key: str) -> list[Span] | None:
    value = ctx.memo.get(key)
    return value if isinstance(value, list) else None


def _target(ctx: Context) -> list[Span]:
    spans = _cached(ctx, "_f_target")
    if spans is None:
        spans = sorted(targets(ctx))
        ctx.memo["_f_target"] = spans
    return spans


def _child(ctx: Context) -> list[Span]:
    post = ctx.post
    if post.author_role == "pupil" or post.recipient_role == "pupil":
        return [WHOLE]
    spans = _cached(ctx, "_f_child")
    if spans is None:
        spans = concept_spans(
            ctx,
            "pupil_word",
            "kids_word",
            "third_pupil",
            "minor_age",
            "minor_self",
            "child_word",
            "these_kids",
        )
        spans.extend((h.start, h.end) for h in ctx.community(roles=("pupil",), weak_ok=True))
        spans.sort()
        ctx.memo["_f_child"] = spans
    return spans


def _person(ctx: Context) -> list[Span]:
    """Someone other than the author: a person of the school, a pupil's family, a colleague by role."""
    spans = _cached(ctx, "_f_person")
    if spans is None:
        spans = [(h.start, h.end) for h in ctx.community(weak_ok=True)]
        for s in concept_spans(ctx, "third_pupil", "staff_word", "leader_word", "unit_word"):
            if not ctx.overlaps(s, "own_family"):
                spans.append(s)
        if _aimed_at_reader(ctx):
            spans.extend(ctx.spans("second_person"))
        spans.sort()
        ctx.memo["_f_person"] = spans
    return spans


def _aimed_at_reader(ctx: Context) -> bool:
    post = ctx.post
    return recipient_is_community(ctx) or (
        (post.audience == "direct" or post.action in ("comment", "message")) and ctx.has("second_person")
    )


def _anyone(ctx: Context) -> list[Span]:
    """Someone a threat could be aimed at: a person of the school, or "you", "him", "her"."""
    return sorted([*_person(ctx), *ctx.spans("second_person", "person_pronoun")])


def _you(ctx: Context) -> list[Span]:
    return ctx.spans("second_person") if _aimed_at_reader(ctx) else []


def _school(ctx: Context) -> list[Span]:
    return [WHOLE] if ctx.school_context else []


def _family(ctx: Context) -> list[Span]:
    """Pupils or parents as the audience: a message to them, or words that address them."""
    post = ctx.post
    if post.recipient_role in ("parent", "pupil"):
        return [WHOLE]
    spans = list(ctx.spans("parent_word", "pupil_word", "third_pupil"))
    spans.extend((h.start, h.end) for h in ctx.community(roles=("pupil", "parent"), weak_ok=True))
    return sorted(spans)


def _pupil_ref(ctx: Context) -> list[Span]:
    spans = [(h.start, h.end) for h in ctx.community(roles=("pupil",), weak_ok=True)]
    spans.extend(concept_spans(ctx, "child_word", "kids_word", "third_pronoun"))
    return sorted(spans)


def _party(ctx: Context) -> list[Span]:
    spans = list(ctx.spans("party"))
    if len(ctx.text) <= 5000:
        spans.extend(m.span() for m in _REFORM.finditer(ctx.text))
    return sorted(spans)


_SPECIALS = {
    "target": _target,
    "child": _child,
    "person": _person,
    "you": _you,
    "anyone": _anyone,
    "school": _school,
    "family": _family,
    "pupil_ref": _pupil_ref,
    "party": _party,
}


def special_spans(ctx: Context, name: str) -> list[Span]:
    """What the analysis provides for a special slot ("child", "person", "target", ...)."""
    return _SPECIALS[name](ctx)


def _no_child(ctx: Context) -> bool:
    return not _child(ctx)


_CONDITIONS = {
    "to_parent": lambda ctx: (
        ctx.post.recipient_role == "parent"
        and (ctx.post.audience == "direct" or ctx.post.action in ("message", "comment"))
    ),
    "aimed": _aimed_at_reader,
    "no_child": _no_child,
}


def _resolve(slot: Slot, ctx: Context) -> list[Span]:
    if slot.special:
        return _SPECIALS[slot.special](ctx)
    spans = concept_spans(ctx, *slot.tags)
    if slot.live:
        spans = [
            s for s in spans if not ctx.overlaps(s, "figurative") and not ctx.negated(s, reach=slot.reach)
        ]
    return spans[:_MAX_SPANS]


# --- matching ------------------------------------------------------------------------------------------
def match(frame: Frame, ctx: Context, needs: tuple[frozenset[str], ...] | None = None) -> Span | None:
    """Where `frame` is said in the post (the span from its first to its last cue), or None. `needs` is
    `frame.needs`, passed by callers that have worked it out once."""
    if frame.when and not _CONDITIONS[frame.when](ctx):
        return None
    present = ctx.cues.keys()
    for tags in frame.needs if needs is None else needs:
        if present.isdisjoint(tags):
            return None
    if frame.blockers and concept_spans(ctx, *frame.blockers):
        return None
    slots = frame.slots
    lists: list[list[Span]] = [[] for _ in slots]
    for i in frame.slot_order:  # every slot must be filled; which is looked up first changes nothing else
        slot = slots[i]
        spans = _resolve(slot, ctx)
        if len(spans) < slot.count:
            return None
        lists[i] = spans
    if frame.self_excluded:
        lists[0] = [s for s in lists[0] if not _SELF_DOER.search(ctx.lower, max(0, s[0] - 20), s[0])]
        if not lists[0]:
            return None
    found = _combine(frame, ctx, lists, loose=False)
    if found is None and frame.short and short_post(ctx):
        found = _combine(frame, ctx, lists, loose=True)
    return found


def _combine(frame: Frame, ctx: Context, lists: list[list[Span]], *, loose: bool) -> Span | None:
    order = [i for i, spans in enumerate(lists) if spans != [WHOLE]]
    if not order:
        return None
    first = order[0]
    for anchor in lists[first]:
        chosen: dict[int, Span] = {first: anchor}
        ok = True
        for i in order[1:]:
            pick = _pick(frame.slots[i], lists[i], chosen, anchor, frame, loose)
            if pick is None:
                ok = False
                break
            chosen[i] = pick
        if not ok:
            continue
        spans = list(chosen.values())
        lo = min(s[0] for s in spans)
        hi = max(s[1] for s in spans)
        if not loose:
            if hi - lo > frame.window:
                continue
            if frame.sentence and not all(ctx.same_sentence(anchor[0], s[0]) for s in spans):
                continue
        if frame.near_blockers and _blocked_near(ctx, frame.near_blockers, lo, hi, frame.window):
            continue
        if not _counts_met(frame, lists, chosen):
            continue
        return (lo, hi)
    return None


def _pick(
    slot: Slot, spans: list[Span], chosen: dict[int, Span], anchor: Span, frame: Frame, loose: bool
) -> Span | None:
    if slot.follows >= 0 and slot.follows in chosen:
        prev = chosen[slot.follows]  # after it, or sharing a word with its end ("know which car" + "car is")
        after = [s for s in spans if s[0] > prev[0] and s[1] > prev[1] and s[0] - prev[1] <= slot.gap]
        return after[0] if after else None
    others = [s for s in spans if not any(s == c for c in chosen.values())] or spans
    if loose:
        return others[0]
    return min(others, key=lambda s: abs(s[0] - anchor[0]))


def _counts_met(frame: Frame, lists: list[list[Span]], chosen: dict[int, Span]) -> bool:
    for i, slot in enumerate(frame.slots):
        if slot.count > 1:
            distinct = {
                s for s in lists[i] if not any(s[0] < c[1] and c[0] < s[1] for c in _others(chosen, i))
            }
            if len(_non_overlapping(distinct)) < slot.count:
                return False
    return True


def _others(chosen: dict[int, Span], i: int) -> list[Span]:
    return [s for k, s in chosen.items() if k != i]


def _non_overlapping(spans: set[Span]) -> list[Span]:
    out: list[Span] = []
    for s in sorted(spans):
        if not out or s[0] >= out[-1][1]:
            out.append(s)
    return out


def _blocked_near(ctx: Context, tags: tuple[str, ...], lo: int, hi: int, window: int) -> bool:
    reach = max(30, window // 2)
    return any(a < hi + reach and lo - reach < b for a, b in concept_spans(ctx, *tags))


# --- the table ---------------------------------------------------------------------------------------------
_SG_PRESSURE = ("sg_fear", "sg_coerce", "secrecy", "conf_hush", "sg_groom")

FRAMES: tuple[Frame, ...] = (
    # safeguarding -----------------------------------------------------------------------------------------
    Frame(
        "sexual contact with a child",
        "safeguarding",
        (SP("child"), S("sg_sexual", reach=12)),
        "A child may be being sexually abused or exposed to sexual material.",
        window=160,
        short=True,
        score=0.9,
    ),
    Frame(
        "an adult, a child's bed or body, and fear or pressure",
        "safeguarding",
        (SP("child"), S("sg_actor", live=False), S("sg_intimate", reach=12), S(*_SG_PRESSURE, reach=12)),
        "A child describes an adult's unwanted night-time or bodily contact.",
        window=220,
        short=True,
        score=0.9,
    ),
    Frame(
        "an injury on a child, its story doubted",
        "safeguarding",
        (SP("child"), S("sg_injury", live=False), S("sg_explained", live=False)),
        "A child has an injury whose explanation is doubted: a possible sign of abuse.",
        window=200,
        short=True,
        score=0.85,
    ),
    Frame(
        "an adult filming a child's body",
        "safeguarding",
        (SP("child"), S("sg_actor", live=False), S("sg_filming"), S("sg_intimate", live=False)),
        "An adult is taking pictures of a child's body: a sign of sexual abuse.",
        window=200,
        short=True,
        score=0.9,
    ),
    Frame(
        "an adult grooming a child",
        "safeguarding",
        (SP("child"), S("sg_actor", live=False), S("sg_groom", reach=12)),
        "An adult is giving a child attention, gifts or secrecy: signs of grooming.",
        window=240,
        short=True,
        blockers=("surprise",),
        score=0.9,
    ),
    Frame(
        "indecent pictures of children",
        "safeguarding",
        (S("sg_image_bad", reach=8), S("sg_image", live=False), SP("child")),
        "Refers to indecent images of children.",
        window=70,
        score=0.9,
    ),
    Frame(
        "questionable pictures of children found on a device",
        "safeguarding",
        (S("sg_image_weak", reach=8), S("sg_image", live=False), SP("child"), S("sg_found")),
        "Refers to possibly indecent images of children found on someone's device.",
        window=120,
        short=True,
        score=0.85,
    ),
    # extremism --------------------------------------------------------------------------------------------
    Frame(
        "a call to violence against a people",
        "extremism",
        (S("ex_violence"), S("ex_ingroup", "ex_other", "prot_group")),
        "Calls for violence against a group of people.",
        window=260,
        short=True,
        blockers=("news_cue",),
        near_blockers=("subject_context",),
        score=0.85,
    ),
    Frame(
        "the enemy must go, and a call to join",
        "extremism",
        (S("ex_other"), S("ex_violence_weak"), S("ex_recruit")),
        "Casts a group as enemies to be driven out and recruits people to act.",
        window=260,
        short=True,
        blockers=("news_cue",),
        score=0.85,
    ),
    Frame(
        "a nativist in-group and invaders",
        "extremism",
        (S("ex_ingroup_strong"), S("ex_invader")),
        "Casts a group as invaders of 'our' country.",
        window=260,
        short=True,
        blockers=("news_cue",),
        score=0.85,
    ),
    Frame(
        "taking the country back for a race",
        "extremism",
        (S("ex_ingroup_strong"), S("ex_takeback")),
        "Calls on a racial or national in-group to take the country back.",
        window=260,
        short=True,
        blockers=("news_cue",),
        score=0.85,
    ),
    Frame(
        "a group has no place, rise up, join",
        "extremism",
        (S("prot_group", "ex_other"), S("exclusion"), S("ex_violence_weak", "ex_violence"), S("ex_recruit")),
        "Says a group has no place here and calls people to rise up together.",
        window=260,
        short=True,
        score=0.85,
    ),
    # illegal ----------------------------------------------------------------------------------------------
    Frame(
        "knowing where someone lives, with menace",
        "illegal",
        (
            S("locate_know"),
            S("locate_obj", follows=0, gap=40, live=False),
            S("menace_vague", "menace_physical", "violent_verb"),
        ),
        "Tells someone their home, car or routine is known, with a threat.",
        window=200,
        short=True,
        near_blockers=("friendly_visit",),
        score=0.85,
    ),
    Frame(
        "knowing where to find someone, said outright, with menace",
        "illegal",
        (S("locate_full"), S("menace_vague", "menace_physical", "violent_verb")),
        "Tells someone their home or car is known, with a threat.",
        window=200,
        short=True,
        near_blockers=("friendly_visit",),
        score=0.85,
    ),
    Frame(
        "medicines sold on",
        "illegal",
        (S("meds"), S("sell_cue"), S("price", live=False)),
        "Offers medicines for sale.",
        window=100,
        short=True,
        score=0.8,
    ),
    Frame(
        "physical menace",
        "illegal",
        (S("menace_physical"), SP("anyone")),
        "Threatens someone with harm.",
        window=200,
        short=True,
        near_blockers=("friendly_visit",),
        score=0.85,
    ),
    Frame(
        "stolen from work, for sale",
        "illegal",
        (
            S("theft_verb"),
            S("theft_source", follows=0, gap=40, live=False),
            S("valuable", "sell_cue", live=False),
        ),
        "Offers or admits to goods stolen from a workplace or shop.",
        window=160,
        short=True,
        near_blockers=("theft_victim",),
        score=0.85,
    ),
    Frame(
        "stolen goods for sale",
        "illegal",
        (S("theft_verb"), S("valuable"), S("sell_cue")),
        "Offers stolen goods for sale.",
        window=120,
        short=True,
        near_blockers=("theft_victim",),
        score=0.8,
    ),
    Frame(
        "fakes passed off as real, for sale",
        "illegal",
        (S("fake_marker"), S("fake_goods", live=False), S("sell_cue", "drug_offer")),
        "Offers counterfeit goods for sale.",
        window=160,
        short=True,
        score=0.85,
    ),
    Frame(
        "drugs by a street name, offered for a party",
        "illegal",
        (S("drug_weak"), S("drug_offer"), S("drug_context")),
        "Offers illegal drugs.",
        window=140,
        short=True,
        near_blockers=("drug_clean",),
        score=0.85,
    ),
    Frame(
        "drugs offered",
        "illegal",
        (S("drug_strong"), S("drug_offer")),
        "Offers illegal drugs.",
        window=100,
        short=True,
        near_blockers=("drug_clean",),
        score=0.85,
    ),
    Frame(
        "someone else's card used",
        "illegal",
        (S("card_found"), S("card_use")),
        "Describes paying with someone else's bank card.",
        window=50,
        near_blockers=("card_returned",),
        score=0.85,
    ),
    Frame(
        "drinking, then driving",
        "illegal",
        (S("drink_amount"), S("drive_act", follows=0, gap=90)),
        "Describes driving after drinking.",
        window=120,
        near_blockers=("drive_clean",),
        score=0.85,
    ),
    Frame(
        "driving after drinking",
        "illegal",
        (S("drive_act"), S("after_word", follows=0, gap=25), S("drink_amount", follows=1, gap=25)),
        "Describes driving after drinking.",
        window=80,
        near_blockers=("drive_clean",),
        score=0.85,
    ),
    # harassment -------------------------------------------------------------------------------------------
    Frame(
        "a threat to someone's job or name",
        "harassment",
        (S("career_threat"), SP("anyone")),
        "Threatens someone's job or reputation.",
        window=160,
        short=True,
        near_blockers=("praise_word",),
        score=0.85,
    ),
    Frame(
        "pushing someone out",
        "harassment",
        (S("ostracise"), SP("person")),
        "Tells someone they are not wanted and should go.",
        window=160,
        short=True,
        near_blockers=("ostracise_clean",),
        score=0.85,
    ),
    Frame(
        "veiled threat to someone",
        "harassment",
        (S("menace_vague", "menace_physical"), SP("person")),
        "Threatens someone with consequences.",
        window=200,
        short=True,
        near_blockers=("friendly_visit",),
        score=0.85,
    ),
    # disparaging ------------------------------------------------------------------------------------------
    Frame(
        "contempt for the school community",
        "disparaging",
        (S("contempt"), SP("target")),
        "Speaks of the school community with contempt.",
        window=110,
        short=True,
        near_blockers=("group",),  # a protected group is the subject: that is discriminatory
        score=0.8,
    ),
    # defamatory -------------------------------------------------------------------------------------------
    Frame(
        "taking what is not theirs",
        "defamatory",
        (S("take_euph"), S("take_obj", follows=0, gap=60, live=False), SP("target")),
        "Alleges that someone of the school takes money or property.",
        window=170,
        short=True,
        self_excluded=True,
        score=0.8,
    ),
    Frame(
        "cheating on results",
        "defamatory",
        (S("cheat_euph"), SP("target")),
        "Alleges that someone of the school cheats on marks or results.",
        window=170,
        short=True,
        self_excluded=True,
        score=0.8,
    ),
    Frame(
        "drinking at work",
        "defamatory",
        (S("misconduct"), SP("target")),
        "Alleges that someone of the school drinks at work.",
        window=150,
        short=True,
        self_excluded=True,
        score=0.8,
    ),
    Frame(
        "drunk at work",
        "defamatory",
        (S("drunk_word"), S("at_work"), SP("target")),
        "Alleges that someone of the school is drunk at work.",
        window=120,
        short=True,
        self_excluded=True,
        score=0.8,
    ),
    Frame(
        "harm to the writer's child, blamed on someone",
        "defamatory",
        (S("harm_past"), S("own_family", follows=0, gap=15, live=False), SP("target")),
        "Alleges that someone of the school harmed the writer's child.",
        window=150,
        short=True,
        score=0.8,
    ),
    # personal data ----------------------------------------------------------------------------------------
    Frame(
        "someone's health, status or family trouble",
        "personal-data",
        (S("pd_more", reach=12), SP("person")),
        "Discloses personal information about someone in the school community.",
        window=110,
        short=True,
        score=0.8,
    ),
    Frame(
        "the health or troubles of someone's family",
        "personal-data",
        (S("pd_more", "sensitive", reach=12), S("kin", live=False)),
        "Discloses personal information about the family of someone in the school community.",
        window=90,
        short=True,
        near_blockers=("own_family",),
        score=0.75,
    ),
    # confidential -----------------------------------------------------------------------------------------
    Frame(
        "school news passed on in secret",
        "confidential",
        (S("conf_hush"), S("conf_matter", live=False)),
        "Shares school news that has not been announced.",
        window=220,
        short=True,
        blockers=("surprise",),
        authors=INSIDERS,
        score=0.85,
    ),
    Frame(
        "the school's security codes",
        "confidential",
        (S("security_code"), SP("school")),
        "Gives away the school's security information.",
        authors=INSIDERS,
        score=0.85,
    ),
    Frame(
        "a gap in the school's security",
        "confidential",
        (S("security_gap"), S("security_place", live=False), SP("school")),
        "Publishes a weakness in the school's security.",
        window=120,
        short=True,
        authors=INSIDERS,
        score=0.8,
    ),
    Frame(
        "job losses or a deficit, from a meeting",
        "confidential",
        (S("conf_cut"), S("meeting_word", "school_word", "leader_word", "staff_word")),
        "Shares unannounced cuts or money trouble at the school.",
        window=200,
        short=True,
        authors=INSIDERS,
        accounts=PERSONAL,
        score=0.8,
    ),
    # policy opinion ---------------------------------------------------------------------------------------
    Frame(
        "a view on a school policy",
        "policy-opinion",
        (S("po_opinion", "idea_eval", live=False), S("po_noun", live=False)),
        "Gives a personal view on a school policy or decision.",
        window=130,
        short=True,
        authors=INSIDERS,
        accounts=PERSONAL,
        score=0.75,
    ),
    Frame(
        "a view on a decision to change something",
        "policy-opinion",
        (S("po_opinion", "idea_eval", live=False), S("po_decide", live=False), S("po_subject", live=False)),
        "Gives a personal view on a school decision.",
        window=130,
        short=True,
        authors=INSIDERS,
        accounts=PERSONAL,
        score=0.75,
    ),
    Frame(
        "a view on a leadership decision",
        "policy-opinion",
        (
            S("po_opinion", "idea_eval", live=False),
            S("po_decide", "po_subject", live=False),
            S("leader_word", "authority_word", "staff_word"),
        ),
        "Gives a personal view on a leadership decision.",
        window=160,
        short=True,
        authors=INSIDERS,
        accounts=PERSONAL,
        score=0.75,
    ),
    Frame(
        "a verdict on an idea of the school's",
        "policy-opinion",
        (S("idea_eval", live=False), SP("school")),
        "Gives a personal view on a school decision.",
        authors=INSIDERS,
        accounts=PERSONAL,
        score=0.7,
    ),
    Frame(
        "an official account's grievance about a decision",
        "policy-opinion",
        (S("po_opinion_neg", live=False), S("po_noun", "po_decide", live=False)),
        "An official account airs a grievance about a policy or decision.",
        window=160,
        short=True,
        authors=INSIDERS,
        accounts=frozenset({"school"}),
        score=0.75,
    ),
    # copyright --------------------------------------------------------------------------------------------
    Frame(
        "someone else's work taken and given away",
        "copyright",
        (S("copy_take"), S("copy_theirs", live=False), S("copy_free")),
        "Reuses someone else's work without permission or credit.",
        window=170,
        short=True,
        blockers=("copy_ok",),
        score=0.8,
    ),
    Frame(
        "a watermark removed or a paid work copied",
        "copyright",
        (S("copy_take"), S("copy_theirs_strong", live=False)),
        "Reuses someone else's work without permission or credit.",
        window=90,
        short=True,
        blockers=("copy_ok",),
        score=0.8,
    ),
    # contact details and contact ----------------------------------------------------------------------------
    Frame(
        "my own number, to families",
        "personal-contact-details",
        (S("own_contact"), S("reach_me", "contact_give"), SP("family")),
        "Gives pupils or parents a personal phone number or account.",
        window=160,
        short=True,
        authors=INSIDERS,
        accounts=PERSONAL,
        score=0.8,
    ),
    Frame(
        "a message for a pupil, through their parent",
        "pupil-contact",
        (S("relay_greeting"), SP("pupil_ref")),
        "Sends a personal message to a pupil through their parent.",
        window=160,
        short=True,
        authors=INSIDERS,
        accounts=PERSONAL,
        when="to_parent",
        score=0.8,
    ),
    # political influence ----------------------------------------------------------------------------------
    Frame(
        "urging pupils towards a party",
        "political-influence",
        (S("urge"), SP("party"), S("pupil_word", "these_kids")),
        "Urges pupils towards a political party.",
        window=260,
        short=True,
        authors=INSIDERS,
        score=0.8,
    ),
    # professional reference -------------------------------------------------------------------------------
    Frame(
        "offering references",
        "professional-reference",
        (S("offer_write"), S("reference_word", follows=0, gap=40, live=False)),
        "Offers to write references or recommendations.",
        window=80,
        authors=INSIDERS,
        score=0.8,
    ),
    # offensive --------------------------------------------------------------------------------------------
    Frame(
        "an adult-content platform",
        "offensive",
        (S("adult_platform"),),
        "Promotes adult content.",
        score=0.85,
    ),
    Frame(
        "explicit content flagged",
        "offensive",
        (S("explicit_marker", count=2),),
        "Flags its own content as sexually explicit.",
        window=200,
        short=True,
        score=0.8,
    ),
    Frame(
        "marked 18+",
        "offensive",
        (S("adult_emoji", live=False),),
        "Marks its content as adults-only.",
        score=0.75,
    ),
    # discriminatory ---------------------------------------------------------------------------------------
    Frame(
        "a stereotype or exclusion of a protected group",
        "discriminatory",
        (S("prot_group", live=False), S("stereotype", reach=6)),
        "Demeans or excludes a group of people for who they are.",
        window=90,
        short=True,
        score=0.8,
    ),
    # round five: escalation ideas in everyday wording --------------------------------------------------
    Frame(
        "a child's images held over them",
        "safeguarding",
        (SP("child"), S("sx_images", live=False), S("sx_threat", live=False), S("sx_cond", live=False)),
        "A child is being pressured with intimate images (sextortion).",
        window=240,
        short=True,
        score=0.9,
    ),
    Frame(
        "someone's images held over them",
        "illegal",
        (S("sx_images", live=False), S("sx_threat", live=False), S("sx_cond", live=False)),
        "Threatens to spread someone's images unless they comply (blackmail).",
        window=200,
        short=True,
        when="no_child",
        score=0.85,
    ),
    Frame(
        "a child filmed undressing",
        "safeguarding",
        (S("sg_undress"), S("sg_image", live=False), SP("child")),
        "Refers to images of a child undressing.",
        window=90,
        short=True,
        near_blockers=("sg_image_clean",),
        score=0.9,
    ),
    Frame(
        "an adult barred from a child, turning up",
        "safeguarding",
        (S("sg_barred", live=False), S("sg_approach", live=False), SP("child")),
        "An adult barred from a child by a court or as an offender is seeking contact.",
        window=240,
        short=True,
        score=0.85,
    ),
    Frame(
        "an adult barred from a child, turning up at school",
        "safeguarding",
        (S("sg_barred", live=False), S("sg_approach", live=False), SP("school")),
        "An adult barred from a child by a court or as an offender is seeking contact at school.",
        window=240,
        short=True,
        score=0.85,
    ),
    Frame(
        "a child who talks of suicide or self-harm",
        "safeguarding",
        (SP("child"), S("selfharm", reach=12)),
        "A child may be at risk of self-harm or suicide.",
        window=220,
        short=True,
        near_blockers=("safeguard_neutral", "news_cue"),
        score=0.9,
    ),
    Frame(
        "a child with an adult partner",
        "safeguarding",
        (S("minor_age", "minor_self"), S("adult_partner", live=False)),
        "A child is in a relationship with an adult.",
        window=220,
        short=True,
        score=0.85,
    ),
    Frame(
        "a girl taken to be cut",
        "safeguarding",
        (SP("child"), S("sg_fgm"), S("sg_abroad", live=False)),
        "A girl may be at risk of female genital mutilation.",
        window=220,
        short=True,
        score=0.9,
    ),
    Frame(
        "signs of neglect on a child",
        "safeguarding",
        (SP("child"), S("sg_neglect", count=2)),
        "A child shows several signs of neglect.",
        window=220,
        short=True,
        score=0.85,
    ),
    Frame(
        "a child drawn into exploitation",
        "safeguarding",
        (SP("child"), S("exploit")),
        "A child shows signs of criminal or sexual exploitation.",
        window=220,
        short=True,
        score=0.85,
    ),
    Frame(
        "a child with several weaker signs of exploitation",
        "safeguarding",
        (SP("child"), S("exploit_weak", count=2)),
        "A child shows several signs of criminal or sexual exploitation.",
        window=220,
        short=True,
        score=0.85,
    ),
    Frame(
        "a child married against their will",
        "safeguarding",
        (S("minor_age", "minor_self"), S("sg_marriage"), S("sg_unwilling", live=False)),
        "A child is being made to marry (forced marriage).",
        window=220,
        short=True,
        score=0.9,
    ),
    Frame(
        "a pupil made to marry",
        "safeguarding",
        (S("sg_marriage"), S("sg_unwilling", live=False)),
        "A pupil is being made to marry (forced marriage).",
        window=220,
        short=True,
        authors=frozenset({"pupil"}),
        score=0.9,
    ),
    Frame(
        "incel hatred with a call to harm",
        "extremism",
        (S("incel_word", live=False), S("incel_call")),
        "Uses incel language that celebrates or calls for violence against women.",
        window=200,
        short=True,
        blockers=("news_cue",),
        score=0.85,
    ),
    Frame(
        "praise for a mass attacker",
        "extremism",
        (S("ex_attacker", live=False), S("ex_praise", follows=0, gap=50)),
        "Praises the perpetrators of a terrorist or mass attack.",
        window=100,
        blockers=("news_cue",),
        score=0.85,
    ),
    Frame(
        "unbelievers as the enemy, and a call to fight",
        "extremism",
        (S("jihad_other", live=False), S("jihad_call")),
        "Casts unbelievers or their order as the enemy and calls people to fight.",
        window=220,
        short=True,
        blockers=("news_cue",),
        score=0.85,
    ),
    Frame(
        "a call to attack places and infrastructure",
        "extremism",
        (S("attack_verb"), S("attack_infra", follows=0, gap=25, live=False)),
        "Calls for attacks on places of worship or infrastructure.",
        window=60,
        blockers=("news_cue",),
        score=0.85,
    ),
    Frame(
        "a call to burn homes",
        "illegal",
        (S("attack_verb"), S("attack_homes", follows=0, gap=25, live=False)),
        "Calls for arson against people's homes.",
        window=60,
        blockers=("news_cue",),
        score=0.85,
    ),
    Frame(
        "an extremist group inviting people along",
        "extremism",
        (S("extreme_group_live", live=False), S("extreme_join", live=False)),
        "Invites people to join or meet an extremist group.",
        window=160,
        short=True,
        blockers=("news_cue",),
        score=0.85,
    ),
    Frame(
        "someone else's login misused",
        "illegal",
        (S("cred_other", live=False), S("cred_misuse")),
        "Describes getting into a system with someone else's login (computer misuse).",
        window=160,
        short=True,
        score=0.85,
    ),
    Frame(
        "logins to a system offered",
        "illegal",
        (S("cred_any", live=False), S("cred_offer"), S("cred_system", live=False)),
        "Offers logins to a system that are not theirs to give.",
        window=100,
        short=True,
        score=0.8,
    ),
    Frame(
        "exam papers before the exam",
        "illegal",
        (S("exam_leak"),),
        "Offers exam papers or answers before the exam.",
        near_blockers=("exam_clean",),
        score=0.8,
    ),
    Frame(
        "official documents for sale",
        "illegal",
        (S("doc_official", live=False), S("offer_sale"), S("price", live=False)),
        "Sells documents only a doctor or an authority may issue (fraud).",
        window=100,
        short=True,
        score=0.8,
    ),
    Frame(
        "official documents passed off as real",
        "illegal",
        (S("doc_official", live=False), S("doc_fake")),
        "Offers forged official documents.",
        window=100,
        short=True,
        score=0.8,
    ),
    Frame(
        "farm fuel for road vehicles",
        "illegal",
        (S("red_diesel", live=False), S("road_use", live=False)),
        "Offers rebated fuel for use on the road (fuel duty fraud).",
        window=80,
        short=True,
        score=0.8,
    ),
    Frame(
        "a blade brought for a fight",
        "illegal",
        (S("weapon_word"), S("bring_word", live=False), S("fight_word", live=False)),
        "Plans to bring a weapon to a fight.",
        window=120,
        short=True,
        score=0.85,
    ),
    Frame(
        "a threat to put someone in hospital",
        "illegal",
        (
            S("threat_intent"),
            S("put_word", follows=0, gap=12, live=False),
            S("harm_place", follows=1, gap=40, live=False),
            SP("person"),
        ),
        "Threatens to injure someone.",
        window=100,
        sentence=True,
        score=0.85,
    ),
    Frame(
        "knowing someone's car or home, with a hint",
        "illegal",
        (S("locate_know"), S("locate_obj", follows=0, gap=40, live=False), S("menace_hint", live=False)),
        "Tells someone their car or home is known, with a veiled threat.",
        window=160,
        short=True,
        near_blockers=("friendly_visit",),
        score=0.8,
    ),
    Frame(
        "touch in a child's bed or under clothes",
        "safeguarding",
        (SP("child"), S("sg_actor", live=False), S("sg_touch")),
        "A child describes being touched in bed or under clothes.",
        window=220,
        short=True,
        score=0.9,
    ),
    Frame(
        "an adult hitting children",
        "safeguarding",
        (S("sg_hit"), SP("child")),
        "Children may be being physically abused.",
        window=220,
        short=True,
        score=0.85,
    ),
    Frame(
        "a group taking over, and a call to fight",
        "extremism",
        (S("ex_other", "prot_group"), S("ex_takeover"), S("ex_violence_weak", "ex_violence", "call_to_arms")),
        "Casts a group as taking over and calls people to fight them.",
        window=200,
        short=True,
        blockers=("news_cue",),
        score=0.85,
    ),
    Frame(
        "a gang called to sort out a group",
        "extremism",
        (S("sort_group"), S("ex_other", follows=0, gap=6), S("bring_mates", live=False)),
        "Calls people together to attack a group.",
        window=160,
        short=True,
        blockers=("news_cue", "aid_word"),
        score=0.85,
    ),
    Frame(
        "work money spent as one's own",
        "illegal",
        (S("work_card", live=False), S("own_use", live=False)),
        "Admits using the workplace's money for personal spending (fraud).",
        window=80,
        short=True,
        score=0.8,
    ),
    Frame(
        "a threat to sort someone out, and a warning",
        "illegal",
        (S("threat_intent"), S("sort_out"), SP("person"), S("menace_vague", "intimidate", "menace")),
        "Threatens to confront someone.",
        window=160,
        short=True,
        score=0.8,
    ),
    Frame(
        "grooming talk to a child, twice",
        "safeguarding",
        (SP("child"), S("sg_groom", count=2)),
        "An adult is flattering a child and seeking time alone: signs of grooming.",
        window=220,
        short=True,
        blockers=("surprise",),
        score=0.85,
    ),
    Frame(
        "a child getting into cars with men",
        "safeguarding",
        (SP("child"), S("sg_car"), S("adult_men", follows=1, gap=25, live=False)),
        "A child is being picked up by adult men: a sign of exploitation.",
        window=160,
        short=True,
        near_blockers=("car_clean",),
        score=0.85,
    ),
    Frame(
        "official documents sold",
        "illegal",
        (S("offer_sale"), S("doc_official", follows=0, gap=25, live=False)),
        "Sells documents only a doctor or an authority may issue (fraud).",
        window=60,
        short=True,
        near_blockers=("doc_clean",),
        score=0.8,
    ),
    Frame(
        "signs of self-harm seen on a child",
        "safeguarding",
        (SP("child"), S("sg_harm_sign", count=2)),
        "A child shows several signs of self-harm or an eating disorder.",
        window=220,
        short=True,
        score=0.85,
    ),
    Frame(
        "taking the law into one's own hands, with menace",
        "illegal",
        (S("self_justice", live=False), S("menace_vague", "menace", "violent_verb")),
        "Threatens to take violent matters into their own hands.",
        window=160,
        short=True,
        score=0.8,
    ),
    Frame(
        "admits taking money from work",
        "illegal",
        (S("self_admit", live=False), S("take_euph", follows=0, gap=12), S("take_obj", follows=1, gap=25)),
        "Admits taking money or goods from work (theft or fraud).",
        window=80,
        sentence=True,
        score=0.8,
    ),
    Frame(
        "someone else's badge used",
        "illegal",
        (S("other_owner"), S("doc_official", follows=0, gap=5, live=False), S("park_use", live=False)),
        "Uses someone else's permit or document (fraud).",
        window=80,
        short=True,
        near_blockers=("badge_with",),
        score=0.8,
    ),
    Frame(
        "school money spent, and who will know",
        "illegal",
        (S("work_money", live=False), S("cover_up", live=False)),
        "Admits spending school money improperly and hiding it (fraud).",
        window=120,
        short=True,
        score=0.8,
    ),
    Frame(
        "driving, after drinking",
        "illegal",
        (S("drive_act"), S("after_word", follows=0, gap=40, live=False), S("drink_amount", follows=1, gap=4)),
        "Describes driving after drinking.",
        window=100,
        near_blockers=("drive_clean",),
        score=0.8,
    ),
    Frame(
        "following someone home, unseen or again",
        "illegal",
        (S("follow_home"), S("stalk_repeat", live=False)),
        "Describes following someone home (stalking).",
        window=100,
        short=True,
        score=0.8,
    ),
    Frame(
        "extremist symbols or salutes from a child",
        "extremism",
        (SP("child"), S("ex_symbol")),
        "A child is drawn to extremist symbols or material: a sign of radicalisation.",
        window=200,
        short=True,
        blockers=("news_cue", "safeguard_neutral", "teach_context"),
        score=0.8,
    ),
    Frame(
        "someone filmed in secret in a toilet or changing room",
        "illegal",
        (S("voyeur_place", live=False), S("voyeur_secret", live=False)),
        "Describes secretly filming someone undressing or in a toilet (voyeurism).",
        window=120,
        short=True,
        score=0.85,
    ),
    Frame(
        "a threat to take the law into their own hands",
        "illegal",
        (S("threat_intent"), S("vigilante")),
        "Threatens to deal with someone themselves.",
        window=100,
        short=True,
        score=0.8,
    ),
    Frame(
        "a fight promised outside school",
        "illegal",
        (S("threat_intent"), S("sort_out"), S("outside_place", live=False), SP("person")),
        "Threatens to confront someone physically outside school.",
        window=160,
        short=True,
        score=0.8,
    ),
    # sixth round ------------------------------------------------------------------------------------------
    Frame(
        "pictures of children wanted, for payment",
        "safeguarding",
        (S("sg_pic_ask"), S("sg_pay"), S("sg_young", "minor_age", "child_word", "kids_word", "pupil_word")),
        "A stranger offers money or gifts for pictures of children.",
        window=200,
        short=True,
        near_blockers=("pic_clean",),
        authors=frozenset({"public"}),
        score=0.85,
    ),
    Frame(
        "pictures of young children undressed or small, for payment",
        "safeguarding",
        (S("sg_pic_ask"), S("sg_pay"), S("sg_young")),
        "An adult offers money or gifts for pictures of young children.",
        window=200,
        short=True,
        near_blockers=("pic_clean",),
        authors=frozenset({"public", "staff", "governor", "parent"}),
        score=0.85,
    ),
    Frame(
        "a child offered gifts for a picture",
        "safeguarding",
        (SP("child"), S("sg_pic_ask"), S("sg_pay", "sg_admire"), S("second_person")),
        "An adult offers gifts or flattery to a child for a picture: a grooming sign.",
        window=160,
        short=True,
        near_blockers=("pic_clean",),
        authors=frozenset({"public", "staff", "governor"}),
        score=0.85,
    ),
    Frame(
        "a stranger admiring a child and asking where to find her",
        "safeguarding",
        (
            S("sg_admire"),
            S("sg_whereabouts"),
            S("sg_single"),
        ),
        "A stranger admires a child and asks when or where to find them.",
        window=200,
        short=True,
        authors=frozenset({"public"}),
        score=0.85,
    ),
    Frame(
        "a child out late or alone, with signs of neglect or harm",
        "safeguarding",
        (SP("child"), S("sg_unsupervised", live=False), S("sg_neglect", "sg_harm_sign", "sg_injury")),
        "A child is out late or left alone and shows signs of neglect or harm.",
        window=220,
        short=True,
        score=0.85,
    ),
    Frame(
        "travel to join a jihadist group",
        "extremism",
        (S("ex_travel", live=False), S("extreme_org", "ex_ingroup", "jihad_call", "jihad_other", live=False)),
        "Plans or urges travel to join a jihadist group.",
        window=200,
        short=True,
        blockers=("news_cue",),
        score=0.85,
    ),
    Frame(
        "a gun sold without a licence",
        "illegal",
        (S("firearm", live=False), S("no_licence", live=False), S("offer_sale", "sell_cue", live=False)),
        "Offers a firearm without a licence or checks.",
        window=120,
        short=True,
        score=0.85,
    ),
    Frame(
        "hatred of a group for who they are",
        "discriminatory",
        (S("hate_verb", live=False), S("prot_group", "group", live=False, follows=0, gap=3)),
        "Says the author hates a group of people for who they are.",
        window=60,
        sentence=True,
        near_blockers=("hate_qualifier",),
        score=0.8,
    ),
    Frame(
        "drugs offered as a delivery service",
        "illegal",
        (S("drug_slang", "drug_strong", "drug_weak", live=False), S("drug_service", live=False)),
        "Offers illegal drugs for sale or delivery.",
        window=120,
        short=True,
        near_blockers=("drug_clean",),
        score=0.85,
    ),
    Frame(
        "runs for cash, no questions",
        "illegal",
        (S("drug_run", live=False), S("no_licence", live=False)),
        "Recruits someone to carry drugs or money (county lines).",
        window=120,
        short=True,
        score=0.85,
    ),
    Frame(
        "age-restricted goods sold without checks",
        "illegal",
        (
            S("restricted_goods", live=False),
            S("no_age_check", live=False),
            S("offer_sale", "sell_cue", live=False),
        ),
        "Sells age-restricted goods without age checks.",
        window=120,
        short=True,
        score=0.8,
    ),
    Frame(
        "a place of worship or a hotel to be burned",
        "extremism",
        (S("attack_infra", live=False), S("attack_passive", follows=0, gap=40)),
        "Calls for an attack on a place of worship, a hotel or infrastructure.",
        window=90,
        blockers=("news_cue",),
        score=0.85,
    ),
    Frame(
        "a child told parents need not know",
        "safeguarding",
        (SP("child"), S("sg_no_parents"), S("sg_pay", "contact_give", "sexual_request", "sg_sexual")),
        "An adult tells children their parents need not be involved: a grooming sign.",
        window=160,
        short=True,
        authors=frozenset({"public", "staff", "governor", "parent"}),
        score=0.85,
    ),
    Frame(
        "wrongdoing insinuated about money that went missing",
        "defamatory",
        (
            S("insinuate", live=False),
            S("money_gone", live=False),
            S("personal_gain", live=False),
            SP("person"),
        ),
        "Insinuates that someone in the school took money.",
        window=200,
        short=True,
        score=0.8,
    ),
    Frame(
        "a grown man contacting a child",
        "safeguarding",
        (SP("child"), S("adult_men", live=False), S("sg_pic_ask", "sg_sexual", "sexual_request", "secrecy")),
        "A child is being contacted by an adult man: a grooming sign.",
        window=160,
        short=True,
        score=0.85,
    ),
    Frame(
        "a mob called to a hotel or place of worship, armed",
        "extremism",
        (S("attack_infra", live=False), S("attack_bring", live=False)),
        "Calls people to a hotel or place of worship with weapons.",
        window=160,
        short=True,
        blockers=("news_cue",),
        score=0.85,
    ),
    # seventh round ----------------------------------------------------------------------------------------
    Frame(
        "a video or picture of a pupil passed round",
        "safeguarding",
        (
            S("sg_circulate"),
            S("sg_image", live=False),
            S("kids_word", "pupil_word", "third_pupil", "child_word", live=False),
        ),
        "Asks for or passes round a video or picture of a child: possible image abuse.",
        window=160,
        short=True,
        near_blockers=("sg_circ_clean",),
        score=0.85,
    ),
    Frame(
        "a stranger singling out a child in a picture and reaching for her",
        "safeguarding",
        (S("sg_admire"), S("sg_single"), S("sg_reach")),
        "A stranger admires one child in a picture and asks to contact or give to them.",
        window=200,
        short=True,
        near_blockers=("sg_single_clean",),
        authors=frozenset({"public"}),
        score=0.85,
    ),
    Frame(
        "young people wanted for runs",
        "safeguarding",
        (S("young_recruit"), S("exploit", "drug_run", live=False)),
        "Recruits young people to carry drugs or money (child criminal exploitation).",
        window=160,
        short=True,
        score=0.85,
    ),
    Frame(
        "a child driven by a drunk adult",
        "safeguarding",
        (S("drunk_word"), S("drive_act", live=False), S("kids_word", "child_word", "pupil_word", live=False)),
        "An adult drives children while drunk: a child is put in danger.",
        window=200,
        short=True,
        blockers=("drive_clean",),
        score=0.8,
    ),
    Frame(
        "goods offered with a hint they are stolen",
        "illegal",
        (S("stolen_hint"), S("offer_sale", "sell_cue", "drug_offer", live=False)),
        "Offers goods with a hint that they are stolen.",
        window=160,
        short=True,
        blockers=("stolen_clean",),
        score=0.8,
    ),
    Frame(
        "an exam paper offered for money before the exam",
        "illegal",
        (S("exam_ahead"), S("price", live=False), S("cred_offer", "offer_sale", "drug_offer", live=False)),
        "Offers an exam paper for money before the exam is sat.",
        window=160,
        short=True,
        blockers=("exam_sale_clean",),
        score=0.8,
    ),
    Frame(
        "bank details asked for with a bait",
        "illegal",
        (S("phish_ask"), S("phish_bait", live=False)),
        "Asks for bank or card details with a promise of money: a scam (fraud).",
        window=220,
        short=True,
        blockers=("phish_warn",),
        score=0.8,
    ),
    Frame(
        "a call to attack a home or a car",
        "illegal",
        (S("home_attack", reach=8), S("threat_intent", live=False)),
        "Threatens or calls for damage to someone's home or car.",
        window=160,
        short=True,
        score=0.85,
    ),
    Frame(
        "a weapon taken to the school or its staff, in earnest",
        "illegal",
        (
            S("weapon_word"),
            S("menace_hint", "threat_intent", live=False),
            S("school_word", "staff_word", "leader_word", live=False),
        ),
        "Threatens to come to the school or a member of staff with a weapon.",
        window=200,
        short=True,
        near_blockers=("knife_clean", "sg_training", "news_cue"),
        score=0.85,
    ),
    Frame(
        "drug emojis with an offer to deliver",
        "illegal",
        (S("drug_emoji", count=2), S("drug_avail", count=2, live=False)),
        "Offers illegal drugs in emoji code for delivery.",
        window=140,
        short=True,
        near_blockers=("drug_clean",),
        score=0.8,
    ),
    Frame(
        "a child's room visited while a parent is away",
        "safeguarding",
        (S("sg_room_visit"), S("sg_parent_away", live=False)),
        "A child describes an adult coming to their room or bed while a parent is away.",
        window=160,
        short=True,
        near_blockers=("sg_visit_clean",),
        authors=frozenset({"pupil"}),
        score=0.85,
    ),
    Frame(
        "a child's looks and a way to reach her",
        "safeguarding",
        (
            S("sg_admire"),
            S("minor_age", "age_for", live=False),
            S("sg_reach", live=False),
        ),
        "Remarks on a child's looks and asks how to reach them.",
        window=120,
        short=True,
        near_blockers=("sg_single_clean",),
        authors=frozenset({"public"}),
        score=0.85,
    ),
    Frame(
        "young people wanted for cash-in-hand runs",
        "safeguarding",
        (S("young_recruit"), S("run_cash", live=False)),
        "Recruits young people for work paid like drug runs (child criminal exploitation).",
        window=160,
        short=True,
        near_blockers=("run_clean",),
        score=0.8,
    ),
    Frame(
        "official documents offered without their checks",
        "illegal",
        (S("doc_official", live=False), S("doc_nocheck"), S("price", "offer_sale", "sell_cue", live=False)),
        "Offers an official document without the checks it needs (fraud).",
        window=120,
        short=True,
        blockers=("doc_legit",),
        score=0.8,
    ),
    Frame(
        "sex with children excused",
        "safeguarding",
        (S("consent_denial"),),
        "Excuses sexual contact with children.",
        blockers=("news_cue", "sg_training"),
        score=0.8,
    ),
    Frame(
        "the only good one of a group is a dead one",
        "extremism",
        (S("only_good"), S("prot_group", "ex_other", "group", live=False), S("dead_one", live=False)),
        "Wishes death on a group of people.",
        window=60,
        sentence=True,
        score=0.85,
    ),
    Frame(
        "a grown man giving a child gifts or lifts",
        "safeguarding",
        (SP("child"), S("adult_men", live=False), S("sg_groom")),
        "An adult man gives a child gifts or lifts: a sign of grooming or exploitation.",
        window=200,
        short=True,
        score=0.85,
    ),
    Frame(
        "children's worn clothes wanted",
        "safeguarding",
        (S("sg_worn"), S("kids_word", "sg_young", "minor_age", "age_for", "pupil_word", live=False)),
        "Asks for clothes worn by children.",
        window=160,
        short=True,
        score=0.8,
    ),
    Frame(
        "an account lent for someone's money",
        "illegal",
        (S("mule_ask"), S("mule_price", live=False)),
        "Recruits someone to let money pass through their account (money mule).",
        window=160,
        short=True,
        blockers=("phish_warn",),
        score=0.8,
    ),
    Frame(
        "a weapon with a warning",
        "illegal",
        (S("weapon_word"), S("menace_hint", live=False)),
        "Threatens someone with a weapon.",
        window=160,
        short=True,
        near_blockers=("knife_clean", "sport_clean", "sg_training", "news_cue"),
        score=0.8,
    ),
    Frame(
        "pictures of a child asked for with sexual emojis",
        "safeguarding",
        (
            S("sg_pic_ask"),
            S("explicit_marker", "adult_emoji", live=False),
            S("child_word", "kids_word", live=False),
        ),
        "Asks for pictures of a child in sexual terms.",
        window=120,
        short=True,
        authors=frozenset({"public", "staff", "governor", "parent"}),
        score=0.85,
    ),
    Frame(
        "a stranger singling out a child and asking for her number",
        "safeguarding",
        (S("sg_single"), S("sg_reach_strong", live=False)),
        "A stranger singles out one child and asks how to contact them.",
        window=160,
        short=True,
        near_blockers=("sg_single_clean",),
        authors=frozenset({"public"}),
        score=0.8,
    ),
    Frame(
        "damage to a car or home, as a hint",
        "illegal",
        (S("home_attack"), S("menace_hint", live=False)),
        "Hints at damage to someone's car or home.",
        window=160,
        short=True,
        score=0.8,
    ),
    Frame(
        "a crowd brought to someone who has it coming",
        "illegal",
        (S("gang_up"), S("menace_hint", live=False), SP("anyone")),
        "Threatens to bring others to confront someone.",
        window=200,
        short=True,
        score=0.8,
    ),
    Frame(
        "retaliation for a complaint",
        "harassment",
        (S("harass_expose"), S("harass_keep", "second_person", live=False)),
        "Threatens someone for complaining, or to turn everyone against them.",
        window=200,
        short=True,
        score=0.8,
    ),
    Frame(
        "a published book scanned and handed out",
        "copyright",
        (S("copy_scan"), S("copy_published", live=False), S("copy_free")),
        "Copies a published book or guide and gives it away.",
        window=170,
        short=True,
        blockers=("copy_ok",),
        score=0.8,
    ),
    # round eight
    Frame(
        "a child telling of violence at home and not wanting to go back",
        "safeguarding",
        (SP("child"), S("sg_dv_act"), S("sg_avoid_home", "sg_injury", live=False)),
        "A child describes violence at home: a possible sign of abuse or domestic abuse.",
        window=260,
        short=True,
        near_blockers=("sg_dv_play",),
        score=0.85,
    ),
    Frame(
        "the triple-bracket echo, with a call to act",
        "extremism",
        (S("ex_echo"), S("ex_recruit", "ex_violence_weak", "ex_takeover", "ex_violence", live=False)),
        "Names a group in triple brackets, a code for a supposed Jewish plot, and calls people to act.",
        window=260,
        short=True,
        score=0.85,
    ),
    Frame(
        "an exam paper got early and sold",
        "illegal",
        (S("exam_named"), S("exam_inside"), S("sale_offer", live=False)),
        "Offers a leaked exam paper or answers for money: exam fraud.",
        window=200,
        short=True,
        blockers=("news_cue",),
        score=0.8,
    ),
    Frame(
        "a group with an everyday name, its cause and a call to join",
        "extremism",
        (S("ex_group_coded", live=False), S("ex_coded_cause", live=False), S("extreme_join", live=False)),
        'Invites people to an extremist group known by an everyday name ("Active Club", "the Base").',
        window=200,
        short=True,
        blockers=("news_cue",),
        score=0.85,
    ),
    Frame(
        "a community cast as spreading and not fitting in",
        "discriminatory",
        (S("disc_presence"), S("disc_integrate")),
        "Casts a faith or ethnic community as taking over and refusing to belong.",
        window=220,
        short=True,
        blockers=("news_cue",),
        score=0.8,
    ),
    Frame(
        "a named person said to take money for a job never done",
        "defamatory",
        (SP("person"), S("deposit_taken", live=False), S("job_failed", live=False)),
        "Accuses a named person of taking money and not doing the job.",
        window=200,
        short=True,
        score=0.75,
    ),
)


def frames_for(categories: frozenset[str]) -> tuple[Frame, ...]:
    return tuple(f for f in FRAMES if f.category in categories)
