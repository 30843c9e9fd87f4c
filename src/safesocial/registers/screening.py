"""The one place the registers call the screener: "check my post" and the pre-publication check both come
here.

The school's pack (its adopted revision, else its bundled pack) and its profile (people, working hours, names)
are handed to `safesocial.screening.Screener`; the result is turned into plain-language findings that
quote the
clause and say what to do instead.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from safesocial.policy import LoadedPack
from safesocial.registers.selectors import pack_for
from safesocial.schools.models import School

MAX_DRAFT_CHARS = 5000

_ids = itertools.count(1)

CATEGORY_LABELS = {
    "pupil-contact": _("Contact with a pupil"),
    "pupil-image": _("Photos or videos of pupils"),
    "pupil-identity": _("Identifies a pupil"),
    "community-reference": _("Names colleagues, parents or governors"),
    "personal-contact-details": _("Your personal contact details"),
    "personal-data": _("Someone else's personal information"),
    "confidential": _("Confidential school information"),
    "disparaging": _("Critical or damaging remarks"),
    "defamatory": _("An allegation against someone"),
    "offensive": _("Offensive content"),
    "discriminatory": _("Discriminatory content"),
    "harassment": _("Bullying or harassment"),
    "school-identity": _("The school's name or logo on a personal account"),
    "school-reference": _("Mentions the school"),
    "missing-disclaimer": _('No "views are my own" statement'),
    "policy-opinion": _("Personal views on school decisions"),
    "political-influence": _("Influencing pupils' political or religious views"),
    "working-time": _("Social media in working time"),
    "professional-reference": _("A reference or recommendation"),
    "copyright": _("Someone else's work"),
    "media": _("Contact with journalists"),
    "safeguarding": _("A child may be at risk"),
    "extremism": _("Extremism"),
    "illegal": _("Possibly illegal content"),
}

VERDICT_LABELS = {
    "ok": _("Nothing in this post goes against the policy."),
    "advise": _("The policy gives advice about this post."),
    "breach": _("This post would go against the policy. Do not post it as it is."),
    "escalate": _("Do not post this. It must go to the safeguarding lead or the head teacher now."),
    "error": _("The post could not be checked."),
}


@dataclass(frozen=True)
class PlainFinding:
    category: str
    label: str
    severity: str
    clause_id: str | None
    clause_topic: str
    clause_quote: str
    explanation: str
    summary: str
    do_instead: str
    actions: tuple[str, ...]


@dataclass(frozen=True)
class Screened:
    verdict: str
    verdict_label: str
    findings: tuple[PlainFinding, ...]
    actions: tuple[str, ...]
    pack_label: str
    policy_title: str
    raw: dict[str, Any]  # the decision record (contract format)
    masked: dict[str, Any] | None  # sha256, length, masked_text: all that may be kept


def draft_post(
    *, text: str, account: str, platform: str, audience: str, image_description: str = ""
) -> dict[str, Any]:
    """A member of staff's draft as a post record for the screener (from the page or the API)."""
    post: dict[str, Any] = {
        "text": text,
        "account": account,
        "author_role": "staff",
        "platform": platform,
        "audience": audience,
    }
    if image_description.strip():
        post["images"] = [{"description": image_description.strip()}]
    return post


def clause_or_none(loaded: LoadedPack, clause_id: str | None) -> Any:
    """The pack's clause with this id, or None (no id, or a clause the revision no longer has)."""
    if not clause_id:
        return None
    try:
        return loaded.pack.clause(clause_id)
    except KeyError:
        return None


def _profile(school: School) -> dict[str, Any]:
    from safesocial.schools.profiles import screening_profile_for

    return screening_profile_for(school)


def screen_post(*, school: School, post: dict[str, Any]) -> Screened:
    """Screen one post record (screening contract) under the school's policy. Stores nothing."""
    from safesocial.screening import Screener

    loaded = pack_for(school)
    record = {"id": f"draft-{next(_ids)}", **post}
    record["text"] = str(record.get("text", ""))[:MAX_DRAFT_CHARS]
    record.setdefault("posted_at", timezone.localtime().replace(microsecond=0, tzinfo=None).isoformat())
    decision = Screener.for_policy(loaded, _profile(school)).screen(record)
    raw = decision.to_dict()
    digest = getattr(decision, "digest", None)
    masked = (
        {"sha256": digest.sha256, "length": digest.length, "masked_text": digest.masked_text}
        if digest is not None
        else None
    )
    return Screened(
        verdict=raw["verdict"],
        verdict_label=str(VERDICT_LABELS.get(raw["verdict"], raw["verdict"])),
        findings=tuple(_plain(loaded, f) for f in raw.get("findings", [])),
        actions=tuple(raw.get("actions", [])),
        pack_label=loaded.revision_label,
        policy_title=loaded.pack.metadata.title,
        raw=raw,
        masked=masked,
    )


def _plain(loaded: LoadedPack, finding: dict[str, Any]) -> PlainFinding:
    clause = clause_or_none(loaded, finding.get("clause"))
    category = finding.get("category", "")
    return PlainFinding(
        category=category,
        label=str(CATEGORY_LABELS.get(category, category)),
        severity=finding.get("severity") or "",
        clause_id=finding.get("clause"),
        clause_topic=clause.topic if clause else "",
        clause_quote=clause.quote if clause else "",
        explanation=finding.get("explanation") or "",
        summary=(clause.summary or "") if clause else "",
        do_instead=(clause.do_instead or "") if clause else "",
        actions=tuple(clause.actions) if clause else (),
    )


def without_evidence(raw: dict[str, Any]) -> dict[str, Any]:
    """The decision as it may be stored: categories, clauses, severities and spans, never the quoted text."""
    findings = [
        {k: v for k, v in f.items() if k not in {"evidence", "explanation"}} for f in raw.get("findings", [])
    ]
    return {**{k: v for k, v in raw.items() if k not in {"findings", "id"}}, "findings": findings}
