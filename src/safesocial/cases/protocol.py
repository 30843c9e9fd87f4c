"""The protocol as the case page shows it: the product's steps, each matched to the school's own policy step
(its title, guidance and clauses) where the pack has one, with where the case stands.

The product's steps are fixed (they drive what can be done next); packs name and order their steps in their
own words, so a pack step is matched to a product step by its letters and by the words in its id and title.
A pack without an inappropriate-post protocol simply shows the product's wording.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from safesocial.cases.models import Case, CaseEvent, EventKind, Letter, LetterKind, Stage
from safesocial.cases.routing import find_route

STEP_TITLES = {
    "evidence": _("Capture the evidence"),
    "report": _("Report to the head teacher"),
    "decision": _("Decide: police or the school's own procedure"),
    "contact": _("Contact the author"),
    "meeting": _("The meeting"),
    "letter": _("The letter"),
    "deadline": _("Deadline to delete"),
    "platform": _("Report to the platform"),
    "harmful-content": _("Report Harmful Content"),
    "legal": _("Legal advice (last resort)"),
}
HARMFUL_CONTENT_GUIDANCE = _(
    "If the platform does not act, report it to Report Harmful Content (reportharmfulcontent.com), run by "
    "the UK Safer Internet Centre. It needs the platform's reference and at least 48 hours since the report "
    "to the platform."
)
# Words that identify a pack step with a product step, tried in this order (each pack step is used once).
MATCH_WORDS: list[tuple[str, tuple[str, ...]]] = [
    ("evidence", ("evidence", "screenshot", "screen-shot", "capture")),
    ("report", ("report to the head", "report the matter", "report to head")),
    ("decision", ("decide", "decision", "course of action")),
    ("meeting", ("the meeting", "meeting")),
    ("letter", ("the letter", "letter")),
    ("contact", ("contact", "author")),
    ("platform", ("website", "platform", "site")),
    ("harmful-content", ("harmful content",)),
    ("legal", ("legal",)),
]


@dataclass(frozen=True)
class StepView:
    key: str
    title: str
    status: str  # done, current, todo, not-needed
    guidance: str = ""
    clauses: list[tuple[str, str]] = field(default_factory=list)  # (clause id, quote)
    pack_step: str = ""


def _clauses(pack: Any, ids: list[str]) -> list[tuple[str, str]]:
    out = []
    for cid in ids:
        try:
            out.append((cid, pack.clause(cid).quote))
        except KeyError:
            continue
    return out


def match_pack_steps(pack: Any) -> dict[str, Any]:
    """Product step key -> the pack's ProtocolStep that says the same thing."""
    protocol = pack.processes.inappropriate_post_protocol if pack is not None else None
    if protocol is None:
        return {}
    purposes = {letter.id: letter.purpose for letter in protocol.letters}
    remaining = list(protocol.steps)
    found: dict[str, Any] = {}
    for step in list(remaining):  # letters are the surest sign
        kinds = {purposes.get(lid) for lid in step.letters}
        key = (
            "contact" if "meeting-invitation" in kinds else "letter" if "deletion-request" in kinds else None
        )
        if key and key not in found:
            found[key] = step
            remaining.remove(step)
    for key, words in MATCH_WORDS:
        if key in found:
            continue
        for step in remaining:
            haystack = f"{step.id} {step.title}".lower()
            if any(w in haystack for w in words):
                found[key] = step
                remaining.remove(step)
                break
    if "evidence" not in found and protocol.steps and protocol.steps[0] in remaining:
        found["evidence"] = protocol.steps[0]
    return found


def protocol_steps(case: Case, pack: Any) -> list[StepView]:
    """The inappropriate-post protocol for this case, step by step."""
    events = set(CaseEvent.objects.filter(case=case).values_list("kind", flat=True))
    outcomes = [
        e.data.get("at_stage")
        for e in CaseEvent.objects.filter(case=case, kind=EventKind.OUTCOME).only("data")
    ]
    deletion_letter = Letter.objects.filter(case=case, kind=LetterKind.DELETION_REQUEST).exists()
    stage = case.stage
    done = {
        "evidence": True,
        "report": True,
        "decision": EventKind.DECISION in events,
        "contact": EventKind.LETTER in events or EventKind.MEETING_ARRANGED in events,
        "meeting": EventKind.MEETING in events,
        "letter": deletion_letter,
        "deadline": Stage.DEADLINE in outcomes,
        "platform": EventKind.PLATFORM in events,
        "harmful-content": EventKind.HARMFUL_CONTENT in events,
        "legal": EventKind.LEGAL in events,
    }
    current = {
        "decision": stage == Stage.REPORTED,
        "contact": stage == Stage.INTERNAL and not done["contact"],
        "meeting": stage == Stage.MEETING,
        "letter": stage == Stage.INTERNAL and EventKind.MEETING_MISSED in events,
        "deadline": stage == Stage.DEADLINE,
        "platform": stage == Stage.PLATFORM,
        "harmful-content": stage == Stage.HARMFUL_CONTENT,
        "legal": stage == Stage.LEGAL,
    }
    finished = stage in {Stage.RESOLVED, Stage.CLOSED, Stage.POLICE}
    matched = match_pack_steps(pack)
    # Packs are written in English (as the policies are): their own step titles on English pages, the
    # product's translated titles otherwise. Guidance and clause quotes are the policy's words either way.
    own_titles = (translation.get_language() or "en")[:2] == "en"
    steps = []
    for key, title in STEP_TITLES.items():
        step = matched.get(key)
        status = (
            "done"
            if done.get(key)
            else "current"
            if current.get(key)
            else "not-needed"
            if finished
            else "todo"
        )
        guidance = (step.guidance or "") if step is not None else ""
        if key == "harmful-content" and not guidance:
            guidance = str(HARMFUL_CONTENT_GUIDANCE)
        steps.append(
            StepView(
                key=key,
                title=step.title if step is not None and own_titles else str(title),
                status=status,
                guidance=guidance,
                clauses=_clauses(pack, list(step.clauses)) if step is not None else [],
                pack_step=step.id if step is not None else "",
            )
        )
    return steps


@dataclass(frozen=True)
class RouteView:
    id: str
    concern: str
    guidance: str
    external: list[str]
    clauses: list[tuple[str, str]]


def route_view(case: Case, pack: Any) -> RouteView | None:
    """The pack's reporting route or escalation the case was sent down, for its guidance and clauses."""
    if pack is None or not case.route_id:
        return None
    for item in [*pack.processes.reporting_routes, *pack.processes.escalations]:
        if item.id == case.route_id:
            return RouteView(
                id=item.id,
                concern=item.concern,
                guidance=item.guidance or "",
                external=list(item.external),
                clauses=_clauses(pack, list(item.clauses)),
            )
    return None


def escalation_view(pack: Any, key: str) -> RouteView | None:
    item = find_route(pack, key)
    if item is None:
        return None
    return RouteView(
        item.id, item.concern, item.guidance or "", list(item.external), _clauses(pack, list(item.clauses))
    )
