"""Staff friending, following or messaging pupils through personal channels (pupil-contact)."""

from __future__ import annotations

import re

from safesocial.screening.analysis import Context, span_union
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import Detector
from safesocial.screening.types import Finding, Post

_CONNECT = {
    "friend_request": "Connects with a pupil as a friend on a personal account.",
    "follow": "Follows a pupil from a personal account.",
    "message": "Messages a pupil from a personal account.",
    "comment": "Engages with a pupil from a personal account.",
}
_CHANNEL_TAGS = ("platform", "contact_give")
_CONTACT_ME = (
    r"(?:message|msg|text|dm|snap|snapchat|whatsapp|send|email|e-mail|ring|call|facetime|contact|add)"
)
# Through the parents: "tell Jasper he can send me his story", "get her to text me".
_RELAY = re.compile(
    r"\b(?:tell|ask|get)\s+[a-z'\-]{1,30}\s+(?:to|he can|she can|they can|he could|she could)\s+"
    + _CONTACT_ME
    + r"\s+me\b"
)
_CHILD_MAY = re.compile(
    r"\b(?:he|she|they)\s+(?:can|could|should|is welcome to|'s welcome to|can always)\s+"
    + _CONTACT_ME
    + r"\s+me\b"
)
_YOUR_CHILD = re.compile(r"\byour (?:son|daughter|child|little one|lad|boy|girl|kids|children)\b")
_STRONG_CONTACT = frozenset(
    {
        "friend request",
        "friend requests",
        "friend requested",
        "dm",
        "dm'd",
        "dms",
        "dmed",
        "direct message",
        "add me",
        "follow me",
        "text me",
        "whatsapp group",
        "group chat",
        "befriended",
        "friended",
        "friends on facebook",
        "facebook friends",
        "snapchatting",
        "snapchatted",
        "whatsapping",
        "dming",
        "dm-ing",
        "facetimed",
        "facetiming",
    }
)


# The author's own child as the one followed or friended: "following my daughter's account", "added my son".
_CHILD = r"(?:my|our) (?:daughter|son|stepdaughter|stepson|step-daughter|step-son|kid|child|eldest|youngest)"
_OWN_CHILD = re.compile(
    rf"\b(?:follow(?:ing|ed)?|add(?:ing|ed)?|friended|friending|request to|requested) {_CHILD}\b"
    rf"|\b{_CHILD}(?:'s)? (?:account|profile|page|insta|instagram|tiktok|snap|snapchat|facebook)\b"
)


@register
class PupilContact(Detector):
    id = "pupil-contact"
    categories = frozenset({"pupil-contact"})
    authors = frozenset({"staff", "governor", "pupil"})

    def detect(self, post: Post, context: Context) -> list[Finding]:
        if post.account != "personal":
            return []
        ctx = context
        if post.author_role == "pupil":  # pupil-initiated contact, which some policies also address
            if post.recipient_role == "staff" and (post.action in _CONNECT or post.audience == "direct"):
                return [
                    self.finding(
                        "pupil-contact",
                        ctx,
                        None,
                        "A pupil contacts a member of staff directly.",
                        0.8,
                        evidence=f"{post.action} from a pupil to staff",
                    )
                ]
            return []
        declined = ctx.has("decline")
        if post.recipient_role == "parent" and (post.audience == "direct" or post.action in _CONNECT):
            relay = self._through_parent(ctx)
            if relay is not None:
                return [relay]
        if (
            post.recipient_role == "pupil"
            and ctx.has("family_signoff")
            and not ctx.has("secrecy", "sexual_request")
        ):
            return []  # signed "love Dad": a member of staff writing to their own child
        if (
            post.recipient_role == "pupil"
            and post.action in ("follow", "friend_request")
            and _OWN_CHILD.search(ctx.lower)
            and not ctx.has("secrecy", "sexual_request", "groom_adult")
        ):
            return []  # "following my daughter's account": a parent who works at the school and their child
        if post.recipient_role == "pupil":
            if post.action in ("friend_request", "follow") and declined:
                return []
            if post.action in _CONNECT:
                return [
                    self.finding(
                        "pupil-contact",
                        ctx,
                        None,
                        _CONNECT[post.action],
                        0.95,
                        evidence=f"{post.action} to a pupil",
                    )
                ]
            if post.audience == "direct":
                return [
                    self.finding(
                        "pupil-contact",
                        ctx,
                        None,
                        _CONNECT["message"],
                        0.9,
                        evidence="direct message to a pupil",
                    )
                ]
        if declined or not ctx.has("contact_verb") or post.recipient_role in ("parent", "staff", "governor"):
            return []  # a message to an adult may mention a pupil without contacting one
        pupils = ctx.spans("pupil_word") + [
            (h.start, h.end) for h in ctx.community(roles=("pupil",)) if ctx.lower[h.end : h.end + 2] != "'s"
        ]
        if ctx.school_context:
            pupils += [s for s in ctx.spans("kids_word") if not ctx.overlaps(s, "own_family")]
        if not pupils:
            return []
        verbs = [
            s
            for s in ctx.spans("contact_verb")
            if ctx.lower[s[0] : s[1]] in _STRONG_CONTACT
            or ctx.near([s], ctx.spans(*_CHANNEL_TAGS), window=40)
        ]
        pair = ctx.near(verbs, pupils, window=60)
        if pair is None:
            return []
        return [
            self.finding(
                "pupil-contact",
                ctx,
                span_union(*pair),
                "Describes personal online contact with pupils.",
                0.85,
            )
        ]

    def _through_parent(self, ctx: Context) -> Finding | None:
        """A message to a parent inviting their child to contact the author personally."""
        low = ctx.lower[:5000]
        m = _RELAY.search(low)
        if m is None:
            child = any("pupil" in h.roles for h in ctx.community(weak_ok=True)) or _YOUR_CHILD.search(low)
            m = _CHILD_MAY.search(low) if child else None
        if m is None:
            return None
        return self.finding(
            "pupil-contact",
            ctx,
            m.span(),
            "Invites a pupil, through their parent, to contact the author personally.",
            0.85,
        )
