"""Who handles a case, from the school's policy pack and the facts of the report.

The rules, in order (each traceable to a seed policy):

1. Safeguarding goes to the DSL (with the head teacher) whatever else applies, and only they can see it.
2. Possibly illegal content prompts the police route; a report that may involve indecent images of children
   carries a warning not to investigate, copy or view them (seed 001) and its uploads are refused.
3. A breach by a member of staff goes down the pack's disciplinary route; a breach by the head teacher goes to
   the chair of governors (seed 002, 5.4).
4. Otherwise the pack's reporting route for the kind of report names the handler (the head teacher when the
   pack has none).
5. When the head teacher is the subject, the head cannot see the case: it goes to the pack's `head_is_subject`
   roles in order (the deputy head, or where there is none the chair of governors, seed 003).

Roles the product cannot narrow to one person (every `staff`, `line_manager`, `governor`) are not made
handlers: the case goes to the named senior role instead. A route role with no holder at the school is
skipped; if none is left the case falls back to head teacher, deputy head, chair of governors.

This module reads the pack and asks `has_holder(role, conflicts)` (does someone hold `role` without also
holding one of the conflict roles?); it imports nothing from the database itself, so the
rules are testable as a table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from safesocial.schools.models import Role

HEAD = Role.HEAD_TEACHER.value
DEPUTY = Role.DEPUTY_HEAD.value
DSL = Role.DSL.value
CHAIR = Role.CHAIR_OF_GOVERNORS.value

# Roles that name a group rather than someone who can take a case on.
NOT_HANDLERS = frozenset({Role.STAFF.value, Role.LINE_MANAGER.value, Role.GOVERNOR.value})
DEFAULT_HEAD_IS_SUBJECT = (DEPUTY, CHAIR)
LAST_RESORT = (HEAD, DEPUTY, CHAIR)

# How each kind of report finds its route in a pack: route ids first, then words in the route's concern.
ROUTE_IDS: dict[str, tuple[str, ...]] = {
    "post": ("inappropriate-post", "misuse", "policy-breach", "reputation", "unacceptable-conduct"),
    "pupil-contact": ("pupil-contact", "social-contact"),
    "cyberbullying": ("cyberbullying", "targeted", "parents-abusing-staff", "abuse-by-colleagues"),
    "media": ("media", "journalist"),
    "safeguarding": ("safeguarding",),
    "illegal": ("illegal", "criminal", "offence", "police"),
    "indecent-images": ("indecent-images", "illegal", "criminal", "offence", "police"),
    "staff-breach": ("disciplinary", "colleague-breach", "policy-breach", "misuse"),
}
ROUTE_WORDS: dict[str, tuple[str, ...]] = {
    "post": ("post", "comment"),
    "pupil-contact": ("friend request", "pupil-initiated", "pupil starts contact"),
    "cyberbullying": ("bullied", "bullying", "harass", "targeted", "abuse"),
    "media": ("journalist", "media"),
    "safeguarding": ("safeguarding", "at risk"),
    "illegal": ("illegal", "criminal", "police"),
    "indecent-images": ("indecent",),
    "staff-breach": ("breach",),
}


@dataclass(frozen=True)
class RouteFacts:
    kind: str
    author_kind: str = "unknown"
    subject: str = "school"
    reporter_roles: frozenset[str] = frozenset()
    may_be_illegal: bool = False
    indecent_images: bool = False
    screening_categories: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Routing:
    handler_roles: list[str]
    conflict_roles: list[str] = field(default_factory=list)
    restricted: bool = False
    route_id: str = ""
    external: list[str] = field(default_factory=list)
    police_prompt: bool = False
    indecent_images: bool = False
    staff_breach: bool = False
    notes: list[str] = field(default_factory=list)  # codes explaining the decision, shown on the case page


def _find(items: Iterable[Any], ids: tuple[str, ...], words: tuple[str, ...]) -> Any | None:
    items = list(items)
    for wanted in ids:
        for item in items:
            if item.id == wanted:
                return item
    for item in items:
        concern = item.concern.lower()
        if any(w in concern for w in words):
            return item
    return None


def find_route(pack: Any, key: str) -> Any | None:
    """The pack's reporting route (or, failing that, escalation) for a kind of matter."""
    if pack is None:
        return None
    processes = pack.processes
    ids, words = ROUTE_IDS.get(key, ()), ROUTE_WORDS.get(key, ())
    if key == "staff-breach":
        return _find(processes.escalations, ids, words) or _find(processes.reporting_routes, ids, words)
    return _find(processes.reporting_routes, ids, words) or _find(processes.escalations, ids, words)


def _roles_of(item: Any) -> list[str]:
    if item is None:
        return []
    raw = getattr(item, "report_to", None) or getattr(item, "route", None) or []
    return [str(r) for r in raw]


HasHolder = Callable[[str, frozenset[str]], bool]


def _usable(roles: Iterable[str], exclude: Iterable[str], has_holder: HasHolder) -> list[str]:
    conflicts = frozenset(exclude)
    excluded = set(conflicts) | NOT_HANDLERS
    out: list[str] = []
    for role in roles:
        # A head who is also the DSL cannot take a case about the head as the DSL either.
        if role not in excluded and role not in out and has_holder(role, conflicts):
            out.append(role)
    return out


def head_is_subject_roles(pack: Any, route: Any | None) -> list[str]:
    protocol = pack.processes.inappropriate_post_protocol if pack is not None else None
    for candidate in (
        protocol.head_is_subject if protocol is not None else None,
        getattr(route, "when_subject", None),
    ):
        if candidate:
            return [str(r) for r in candidate]
    return list(DEFAULT_HEAD_IS_SUBJECT)


def route_case(pack: Any, facts: RouteFacts, has_holder: HasHolder) -> Routing:
    """Decide who handles a case. `pack` is a PolicyPack or None (a sensible default route is used)."""
    notes: list[str] = []
    cats = facts.screening_categories
    head_is_subject = facts.subject == "head_teacher" or (
        facts.subject == "reporter" and HEAD in facts.reporter_roles
    )
    head_is_author = facts.author_kind == "head_teacher"
    conflict = [HEAD] if (head_is_subject or head_is_author) else []
    if conflict:
        notes.append("head-is-subject" if head_is_subject else "head-is-author")

    safeguarding = facts.kind == "safeguarding" or "safeguarding" in cats
    illegal = facts.may_be_illegal or bool(cats & {"illegal", "extremism"}) or facts.indecent_images
    staff_breach = facts.author_kind in {"staff", "head_teacher"} and facts.kind in {"post", "cyberbullying"}

    external: list[str] = []
    route_id = ""
    if safeguarding:
        route = find_route(pack, "safeguarding")
        wanted = [DSL, *_roles_of(route), HEAD]
        notes.append("safeguarding")
    elif staff_breach:
        route = find_route(pack, "staff-breach")
        if head_is_author:
            wanted = [str(r) for r in getattr(route, "when_subject", None) or []] or [CHAIR]
            notes.append("breach-by-head")
        else:
            wanted = [*_roles_of(route), HEAD]
            notes.append("staff-breach")
    else:
        route = find_route(pack, facts.kind)
        wanted = [*_roles_of(route), HEAD]
    if route is not None:
        route_id = route.id
        external += [str(e) for e in route.external]

    if illegal:
        police_route = find_route(pack, "indecent-images" if facts.indecent_images else "illegal")
        if police_route is not None:
            external += [str(e) for e in police_route.external]
            if not safeguarding:
                wanted = [*wanted, *_roles_of(police_route)]
        if not any("police" in e.lower() for e in external):
            external.append("police")
        notes.append("indecent-images" if facts.indecent_images else "police-prompt")

    if head_is_subject and not safeguarding:
        # The head cannot handle a case about themselves: the protocol's stand-ins, first one present.
        stand_ins = _usable(head_is_subject_roles(pack, route), conflict, has_holder)
        wanted = stand_ins[:1]
    handlers = _usable(wanted, conflict, has_holder)
    if not handlers:
        fallback = head_is_subject_roles(pack, route) if conflict else list(LAST_RESORT)
        handlers = _usable([*fallback, *LAST_RESORT], conflict, has_holder)[:1]
        notes.append("fallback")
    if not handlers:
        # Nobody holds any senior role yet: keep the case with the head teacher role so it is not lost.
        handlers = [CHAIR] if conflict else [HEAD]
        notes.append("no-holder")
    external = list(dict.fromkeys(external))
    return Routing(
        handler_roles=handlers,
        conflict_roles=conflict,
        restricted=safeguarding,
        route_id=route_id,
        external=external,
        police_prompt=illegal,
        indecent_images=facts.indecent_images,
        staff_breach=staff_breach,
        notes=notes,
    )
