"""Staff giving pupils or parents their own phone, e-mail, address or social account
(personal-contact-details)."""

from __future__ import annotations

from safesocial.screening.analysis import Context
from safesocial.screening.contacts import find_contacts
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import ADULTS_IN_SCHOOL, Detector
from safesocial.screening.types import Finding, Post

_LABEL = {
    "phone": "a phone number",
    "email": "a personal e-mail address",
    "handle": "a social-media account",
    "postcode": "a home postcode",
    "address": "a home address",
}


@register
class PersonalContactDetails(Detector):
    id = "personal-contact-details"
    categories = frozenset({"personal-contact-details"})
    authors = ADULTS_IN_SCHOOL

    def detect(self, post: Post, context: Context) -> list[Finding]:
        if post.account != "personal":
            return []
        ctx = context
        to_family = post.recipient_role in ("pupil", "parent") or (
            ctx.has("pupil_word", "parent_word", "kids_word", "third_pupil", "schoolwork")
            or any(h.roles & {"pupil", "parent"} for h in ctx.community())
        )
        to_family = to_family or any("personal" in ctx.lower[a:b] for a, b in ctx.spans("contact_give"))
        if not to_family:
            return []
        giving = ctx.spans("contact_give")
        direct = post.audience == "direct" or post.action == "message"
        items = [it for it in find_contacts(ctx) if not it.institutional]
        for it in items:
            others = ctx.near([it.span], ctx.spans("third_party_possessive"), window=30)
            mine = ctx.near([it.span], giving, window=60)
            if others and not mine:
                continue
            if mine or direct:
                return [
                    self.finding(
                        "personal-contact-details",
                        ctx,
                        it.span,
                        f"Gives {_LABEL[it.kind]} to pupils or parents.",
                        0.95,
                    )
                ]
        bypass = ctx.spans("bypass_school")
        if bypass:  # "quicker than the school phone": going round the school's channels
            return [
                self.finding(
                    "personal-contact-details",
                    ctx,
                    bypass[0],
                    "Moves contact with a family off the school's own channels.",
                    0.8,
                )
            ]
        # "follow me on Insta" without a handle hands over no details: that is contact (pupil-contact),
        # read by its own detector, not a contact detail.
        if (
            self.setup.options.get("parent_channel_rule", False)
            and direct
            and post.recipient_role == "parent"
            and (
                ctx.school_context
                and (
                    ctx.has("pupil_word", "school_word", "schoolwork", "school_event")
                    or any("pupil" in h.roles for h in ctx.community(weak_ok=True))
                )
            )
        ):
            # Where the policy wants families reached through the school's phone and e-mail only.
            return [
                self.finding(
                    "personal-contact-details",
                    ctx,
                    None,
                    "Contacts a family about school matters from a personal account, not the school's "
                    "channels.",
                    0.75,
                    evidence=f"{post.action} to a {post.recipient_role}",
                )
            ]
        return []
