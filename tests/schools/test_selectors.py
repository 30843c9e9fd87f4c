"""Who holds which role where: the questions every permission check starts from."""

from __future__ import annotations

import pytest
from django.http import Http404
from tests.factories import make_school, make_trust, make_user

from safesocial.schools.models import Role, RoleAssignment
from safesocial.schools.selectors import (
    access_school,
    has_role,
    holders_of,
    holders_of_any,
    role_labels,
    roles_for,
    schools_for,
)
from safesocial.schools.services import role_assign

pytestmark = pytest.mark.django_db


def test_when_a_person_holds_several_roles_at_several_schools_then_each_school_answers_for_itself():
    a, b = make_school(slug="a"), make_school(slug="b")
    user = make_user(a, "head_teacher", "dsl")
    RoleAssignment.objects.create(user=user, role="governor", school=b)
    assert roles_for(user, a) == {"head_teacher", "dsl"}
    assert roles_for(user, b) == {"governor"}
    assert has_role(user, a, {"dsl"}) and not has_role(user, b, {"dsl"})
    assert set(schools_for(user).values_list("slug", flat=True)) == {"a", "b"}


def test_when_someone_is_on_the_trust_central_team_then_they_hold_it_at_every_trust_school_only():
    trust = make_trust(slug="t")
    inside, outside = make_school(slug="in", trust=trust), make_school(slug="out")
    user = make_user(None, "trust_central", trust=trust)
    assert roles_for(user, inside) == {"trust_central"} and roles_for(user, outside) == frozenset()
    assert list(schools_for(user).values_list("slug", flat=True)) == ["in"]
    assert list(holders_of(inside, "trust_central")) == [user]


def test_when_an_account_is_deactivated_or_anonymous_then_it_holds_no_roles():
    school = make_school()
    user = make_user(school, "head_teacher")
    user.is_active = False
    user.save()
    assert roles_for(user, school) == frozenset() and not schools_for(user).exists()
    assert roles_for(None, school) == frozenset()
    assert list(holders_of(school, "head_teacher")) == []


def test_when_roles_are_listed_then_the_most_responsible_comes_first_and_wales_says_person():
    english, welsh = make_school(slug="en"), make_school(slug="cy", language="cy")
    roles = {"staff", "dsl", "head_teacher"}
    assert role_labels(roles, english) == ["Head teacher", "Designated Safeguarding Lead", "Staff"]
    assert role_labels(roles, welsh) == ["Head teacher", "Designated Safeguarding Person", "Staff"]


def test_when_a_role_is_assigned_twice_then_it_is_held_once_and_audited_once():
    from safesocial.audit.models import AuditEntry

    school = make_school()
    user = make_user(school)
    role_assign(user=user, role=Role.DSL, school=school)
    role_assign(user=user, role=Role.DSL, school=school)
    assert RoleAssignment.objects.filter(user=user).count() == 1
    assert AuditEntry.objects.filter(action="role.assigned").count() == 1


@pytest.mark.parametrize(
    ("role", "where"),
    [
        ("trust_central", "school"),
        ("head_teacher", "trust"),
        ("head_teacher", "nowhere"),
        ("janitor", "school"),
    ],
)
def test_when_a_role_is_assigned_at_the_wrong_level_then_it_is_refused(role, where):
    trust = make_trust()
    school = make_school(trust=trust)
    user = make_user()
    kwargs = {"school": {"school": school}, "trust": {"trust": trust}, "nowhere": {}}[where]
    with pytest.raises(ValueError):
        role_assign(user=user, role=role, **kwargs)


def test_when_a_school_is_opened_by_slug_then_only_someone_with_a_role_there_finds_it():
    trust = make_trust(slug="t")
    school = make_school(slug="open-me", trust=trust)
    head, outsider = make_user(school, "head_teacher"), make_user(make_school(slug="other"), "head_teacher")
    central = make_user(None, "trust_central", trust=trust)
    assert access_school(head, "open-me") == (school, {"head_teacher"})
    assert access_school(central, "open-me") == (school, {"trust_central"})
    for user, slug in ((outsider, "open-me"), (None, "open-me"), (head, "no-such-school")):
        with pytest.raises(Http404):
            access_school(user, slug)


def test_when_people_hold_several_of_the_roles_asked_for_then_each_is_named_once_in_role_order():
    school = make_school()
    head_and_dsl = make_user(school, "head_teacher", "dsl", last_name="Adams")
    dsl = make_user(school, "dsl", last_name="Baker")
    make_user(school, "staff")
    assert holders_of_any(school, ["dsl", "head_teacher"]) == [head_and_dsl, dsl]
    assert holders_of_any(school, ["head_teacher", "dsl"]) == [head_and_dsl, dsl]
    assert holders_of_any(school, ["governor"]) == []
