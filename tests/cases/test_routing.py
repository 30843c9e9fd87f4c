"""Who handles a case: a table over the five packs and the conflicts the policies name."""

from __future__ import annotations

import pytest

from safesocial.cases.routing import RouteFacts, route_case
from safesocial.policy import load_pack

EVERYONE = {
    "head_teacher",
    "deputy_head",
    "dsl",
    "slt",
    "chair_of_governors",
    "trust_central",
    "ict_manager",
    "school_admin",
    "line_manager",
    "staff",
    "governor",
}
NO_DEPUTY = EVERYONE - {"deputy_head"}


def _route(pack_id: str | None, holders: set[str] = EVERYONE, **facts: object):
    pack = load_pack(pack_id).pack if pack_id else None
    return route_case(pack, RouteFacts(**facts), lambda role, conflicts: role in holders)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("pack", "facts", "handlers"),
    [
        ("ysgol-llanbedrog", {"kind": "post", "author_kind": "parent"}, ["head_teacher"]),
        ("ysgol-llanbedrog", {"kind": "media"}, ["slt", "head_teacher"]),
        ("ysgol-llanbedrog", {"kind": "safeguarding"}, ["dsl", "head_teacher"]),
        ("bwmat", {"kind": "pupil-contact", "author_kind": "pupil"}, ["head_teacher", "dsl"]),
        ("bwmat", {"kind": "post", "may_be_illegal": True}, ["head_teacher", "trust_central"]),
        ("robert-carre", {"kind": "media"}, ["school_admin", "head_teacher"]),
        ("robert-carre", {"kind": "safeguarding"}, ["dsl", "head_teacher"]),
        (
            "generic-school",
            {"kind": "cyberbullying", "author_kind": "parent", "subject": "reporter"},
            ["head_teacher"],
        ),
        (None, {"kind": "post"}, ["head_teacher"]),
    ],
)
def test_when_a_report_arrives_then_the_pack_route_names_the_handlers(pack, facts, handlers):
    assert _route(pack, **facts).handler_roles == handlers


def test_when_the_head_is_the_subject_then_the_deputy_handles_it_and_the_head_is_excluded():
    routing = _route("ysgol-llanbedrog", kind="post", author_kind="parent", subject="head_teacher")
    assert routing.handler_roles == ["deputy_head"]
    assert routing.conflict_roles == ["head_teacher"]


def test_when_the_head_is_the_subject_and_there_is_no_deputy_then_the_chair_of_governors_handles_it():
    routing = _route("ysgol-llanbedrog", NO_DEPUTY, kind="post", subject="head_teacher")
    assert routing.handler_roles == ["chair_of_governors"]
    assert "head_teacher" not in routing.handler_roles


def test_when_the_head_reports_bullying_of_themselves_then_the_head_is_the_subject():
    routing = _route(
        "ysgol-llanbedrog",
        kind="cyberbullying",
        subject="reporter",
        reporter_roles=frozenset({"head_teacher"}),
    )
    assert routing.handler_roles == ["deputy_head"] and routing.conflict_roles == ["head_teacher"]


def test_when_the_head_breaches_the_policy_then_the_chair_of_governors_handles_it():
    # Seed 002, 5.4: a breach by the Headteacher is reported to the chair of governors.
    routing = _route("generic-school", kind="post", author_kind="head_teacher")
    assert routing.handler_roles == ["chair_of_governors"] and routing.conflict_roles == ["head_teacher"]
    assert routing.staff_breach


def test_when_a_member_of_staff_posts_then_the_disciplinary_route_applies():
    routing = _route("ysgol-llanbedrog", kind="post", author_kind="staff")
    assert routing.staff_breach and routing.route_id == "disciplinary"
    assert routing.handler_roles == ["slt", "head_teacher"]


def test_when_safeguarding_is_found_in_a_post_then_it_goes_to_the_dsl_whatever_else_applies():
    routing = _route(
        "ysgol-llanbedrog",
        kind="post",
        subject="head_teacher",
        screening_categories=frozenset({"safeguarding"}),
    )
    assert routing.restricted
    assert routing.handler_roles == ["dsl"]  # the head is the subject, so only the DSL


def test_when_content_may_be_illegal_then_the_police_route_is_prompted():
    routing = _route("ysgol-llanbedrog", kind="post", may_be_illegal=True)
    assert routing.police_prompt and "police" in routing.external


def test_when_indecent_images_are_suspected_then_the_police_route_carries_the_warning():
    routing = _route("archbishop-hutton", kind="safeguarding", indecent_images=True)
    assert routing.police_prompt and routing.indecent_images and "indecent-images" in routing.notes
    assert "police" in routing.external


def test_when_nobody_holds_the_named_role_then_the_next_senior_role_takes_it():
    routing = _route("robert-carre", {"deputy_head", "chair_of_governors"}, kind="media")
    assert routing.handler_roles == ["deputy_head"] and "fallback" in routing.notes


def test_when_a_route_names_every_member_of_staff_then_nobody_junior_becomes_a_handler():
    routing = _route("bwmat", kind="pupil-contact")
    assert not {"staff", "line_manager", "governor"} & set(routing.handler_roles)


def test_when_the_head_is_also_the_only_dsl_then_a_safeguarding_case_about_the_head_goes_to_the_deputy():
    # Only the head holds the DSL role: nobody else can take it as the DSL, so the head's stand-in does.
    def has_holder(role: str, conflicts: frozenset[str]) -> bool:
        if role == "dsl":
            return "head_teacher" not in conflicts
        return role in EVERYONE

    pack = load_pack("ysgol-llanbedrog").pack
    facts = RouteFacts(kind="post", subject="head_teacher", screening_categories=frozenset({"safeguarding"}))
    routing = route_case(pack, facts, has_holder)
    assert routing.restricted and routing.handler_roles == ["deputy_head"]
