"""Signs that a child may be at risk: grooming, secrecy with an adult, sexual requests, indecent images,
self-harm, abuse (safeguarding). Always escalates."""

from __future__ import annotations

from safesocial.screening.analysis import Context, Span, span_union
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import Detector
from safesocial.screening.lazy import concept_spans
from safesocial.screening.types import Finding, Post

_SIGNS = (
    "child_sexual",
    "selfharm",
    "abuse",
    "secrecy",
    "sexual_request",
    "minor_self",
    "lure",
    "exploit",
    "exploit_weak",
    "selfharm_weak",
    "od_verb",
    "threat_to_child",
    "lure_weak",
    "groom_adult",
)


def _live(ctx: Context, spans: list[Span]) -> list[Span]:
    if not spans:
        return []
    lessons = concept_spans(ctx, "sg_training")
    return [
        s
        for s in spans
        if not ctx.overlaps(s, "figurative")
        and not ctx.near([s], ctx.spans("safeguard_neutral"), window=15)
        and not (lessons and _taught(ctx, lessons, s))
        and not ctx.negated(s, reach=12)
    ]


def _taught(ctx: Context, lessons: list[Span], span: Span) -> bool:
    """ "A CPD refresher on county lines": the risk named as the subject of a lesson, training or news item
    just before it in the same sentence, not disclosed."""
    return any(t[0] < span[0] and span[0] - t[1] <= 60 and ctx.same_sentence(t[0], span[0]) for t in lessons)


def _proud_of_grown_up(ctx: Context, post: Post, span: Span) -> bool:
    """ "The kids were so grown up on their trip, proud teacher moment": praise of a class, not flattery
    said to one child."""
    if post.recipient_role == "pupil" or "grown up" not in ctx.lower[span[0] : span[1]]:
        return False
    praise = ctx.spans("praise_word") + concept_spans(ctx, "sg_circ_clean")
    return ctx.near([span], praise, window=80, sentence=False) is not None


def _pictures_of_work(ctx: Context, span: Span) -> bool:
    """ "Send pics of your creations!": pictures of a child's work or things, not of the child."""
    if not any(w in ctx.lower[span[0] : span[1]] for w in ("pic", "photo", "picture")):
        return False
    return any(0 <= s[0] - span[1] <= 4 for s in concept_spans(ctx, "pic_thing"))


@register
class Safeguarding(Detector):
    id = "safeguarding"
    categories = frozenset({"safeguarding"})
    triggers = frozenset(_SIGNS)

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        if not ctx.has(*_SIGNS):
            return []
        adult_to_child = (
            post.author_role in ("staff", "governor", "public") and post.recipient_role == "pupil"
        )
        child = (
            post.author_role == "pupil"
            or post.recipient_role == "pupil"
            or ctx.has("pupil_word", "kids_word", "third_pupil", "minor_self")
            or any("pupil" in h.roles for h in ctx.community())
        )
        images = _live(ctx, ctx.spans("child_sexual"))
        if images:
            return [self._f(ctx, images[0], "Refers to indecent images of children.")]
        harm = _live(ctx, ctx.spans("selfharm"))
        overdose = ctx.near(ctx.spans("od_verb"), ctx.spans("od_object"), window=25)
        if overdose is not None and not ctx.negated(overdose[0], reach=12):
            harm.append(span_union(*overdose))
        if post.author_role == "pupil":  # a child saying it, not an adult about a hard day
            harm.extend(_live(ctx, ctx.spans("selfharm_weak")))
        if harm and child:
            return [self._f(ctx, harm[0], "A child may be at risk of self-harm or suicide.")]
        abuse = _live(ctx, ctx.spans("abuse"))
        threatened = _live(ctx, ctx.spans("threat_to_child"))
        if threatened and (post.author_role == "pupil" or ctx.has("minor_self")):
            abuse = abuse + threatened  # "my dad said he'd kill me if I told anyone"
        if abuse and child:
            return [self._f(ctx, abuse[0], "A child may be suffering abuse or exploitation.")]
        lure = _live(ctx, ctx.spans("lure"))
        weak_lure = _live(ctx, ctx.spans("lure_weak"))
        if len(weak_lure) >= 2 or (weak_lure and ctx.has("kids_word", "pupil_word")):
            lure = lure or weak_lure  # "a man in a white van talking to children by the school"
        if lure and (child or ctx.has("school_word")):
            return [self._f(ctx, lure[0], "An adult may be trying to draw children away.")]
        exploit = _live(ctx, ctx.spans("exploit"))
        weak = _live(ctx, ctx.spans("exploit_weak"))
        if len(weak) >= 2 and ctx.near(weak[:1], weak[1:], window=120, sentence=False):
            exploit = exploit or weak
        if exploit and child:
            return [self._f(ctx, exploit[0], "A child may be being exploited by an older person.")]
        secrecy = [s for s in _live(ctx, ctx.spans("secrecy")) if not ctx.has("surprise")]
        sexual = [
            s
            for s in _live(ctx, ctx.spans("sexual_request"))
            if not _proud_of_grown_up(ctx, post, s) and not _pictures_of_work(ctx, s)
        ]
        ages = ctx.has("minor_self") and ctx.has("adult_other")
        if adult_to_child and not secrecy:  # "delete this x", "you looked stunning", "my special girl"
            secrecy = [s for s in _live(ctx, ctx.spans("groom_adult")) if not ctx.has("surprise")]
        if secrecy and (sexual or ages or adult_to_child or post.author_role == "pupil"):
            return [
                self._f(ctx, secrecy[0], "An adult asks a child to keep contact secret: a grooming sign.")
            ]
        if sexual and (
            ctx.has("minor_self", "adult_other")
            or adult_to_child
            or post.author_role == "pupil"
            or ctx.near(sexual, ctx.spans("pupil_word", "kids_word"), window=60)
        ):
            return [self._f(ctx, sexual[0], "Sexual contact or requests involving a child.")]
        if ages:
            return [self._f(ctx, ctx.spans("minor_self")[0], "A child describes contact with an adult.")]
        return []

    def _f(self, ctx: Context, span: Span, reason: str) -> Finding:
        return self.finding("safeguarding", ctx, span, reason, 0.9)
