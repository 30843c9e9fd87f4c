"""The demo data: five schools on the five policies, a sign-in for every role, invented people."""

from __future__ import annotations

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command

from safesocial.policy import load_bundled
from safesocial.schools.demo import DEMO_PASSWORD, DEMO_SCHOOLS, ROLE_PREFIXES, load_demo
from safesocial.schools.models import Person, RoleAssignment, School, Trust, User
from safesocial.schools.profiles import screening_profile_for
from safesocial.schools.selectors import roles_for, schools_for

pytestmark = pytest.mark.django_db

PACKS = ["bwmat", "archbishop-hutton", "generic-school", "ysgol-llanbedrog", "robert-carre"]


def test_when_the_demo_is_loaded_then_one_trust_has_five_schools_one_on_each_policy():
    load_demo()
    trust = Trust.objects.get(slug="demo")
    schools = {s.policy_pack_id: s for s in trust.schools.all()}
    assert sorted(schools) == sorted(PACKS)
    assert schools["archbishop-hutton"].name == "Archbishop Hutton's VC Primary School"
    assert (
        schools["ysgol-llanbedrog"].name == "Ysgol Llanbedrog"
        and schools["ysgol-llanbedrog"].language == "cy"
    )
    assert "Robert Carre Trust" in schools["robert-carre"].affiliations
    assert "Bath & Wells Multi Academy Trust" in schools["bwmat"].affiliations
    for pack_id, school in schools.items():
        assert school.policy_revision is not None
        assert school.policy_revision.content_hash == load_bundled(pack_id).content_hash


@pytest.mark.parametrize("pack_id", PACKS)
def test_when_the_demo_is_loaded_then_every_role_at_every_school_can_sign_in(pack_id):
    load_demo()
    school = School.objects.get(policy_pack_id=pack_id)
    for role, prefix in ROLE_PREFIXES.items():
        username = f"{prefix}.{pack_id}"
        user = authenticate(username=username, password=DEMO_PASSWORD)
        assert user is not None, username
        assert roles_for(user, school) == {role}
        assert Person.objects.filter(school=school, user=user).exists()


def test_when_the_demo_is_loaded_then_the_trust_team_and_the_shared_technician_work_across_schools():
    load_demo()
    trust_user = authenticate(username="trust.demo", password=DEMO_PASSWORD)
    assert schools_for(trust_user).count() == 5
    ict = authenticate(username="ict.demo", password=DEMO_PASSWORD)
    assert schools_for(ict).count() == 5
    desk = authenticate(username="service-desk", password=DEMO_PASSWORD)
    assert desk.is_staff and desk.is_superuser and not RoleAssignment.objects.filter(user=desk).exists()


def test_when_the_demo_is_loaded_then_each_school_has_invented_pupils_parents_staff_and_governors():
    load_demo()
    for school in School.objects.all():
        pupils = Person.objects.filter(school=school, kind="pupil")
        assert pupils.count() >= 8
        assert pupils.filter(no_publish=True).exists()
        assert pupils.exclude(known_as=[]).exists()
        assert (
            pupils.filter(image_consent="given").exists() and pupils.filter(image_consent="refused").exists()
        )
        parents = Person.objects.filter(school=school, kind="parent")
        assert parents.count() >= 3 and all(p.children.exists() for p in parents)
        assert Person.objects.filter(school=school, kind="staff").count() >= 8
        assert Person.objects.filter(school=school, kind="governor").count() >= 2


def test_when_the_demo_is_loaded_twice_then_nothing_is_duplicated():
    load_demo()
    before = (
        User.objects.count(),
        Person.objects.count(),
        RoleAssignment.objects.count(),
        School.objects.count(),
    )
    summary = load_demo()
    after = (
        User.objects.count(),
        Person.objects.count(),
        RoleAssignment.objects.count(),
        School.objects.count(),
    )
    assert before == after
    assert summary.created == {"schools": 0, "users": 0, "people": 0}


def test_when_the_demo_is_reset_then_changed_passwords_and_extra_roles_are_put_back():
    load_demo()
    head = User.objects.get(username="head.bwmat")
    head.set_password("something-else-entirely")
    head.save()
    RoleAssignment.objects.create(user=head, role="dsl", school=School.objects.get(slug="hollybank"))
    load_demo()  # an ordinary reload leaves people's changes alone
    assert authenticate(username="head.bwmat", password=DEMO_PASSWORD) is None
    call_command("load_demo", reset=True, quiet_logins=True)
    head = authenticate(username="head.bwmat", password=DEMO_PASSWORD)
    assert head is not None
    assert list(RoleAssignment.objects.filter(user=head).values_list("role", flat=True)) == ["head_teacher"]


def test_when_the_command_runs_then_it_prints_every_head_login_and_the_password(capsys):
    call_command("load_demo")
    out = capsys.readouterr().out
    assert DEMO_PASSWORD in out
    for pack_id in PACKS:
        assert f"head.{pack_id}" in out and f"dsl.{pack_id}" in out
    assert "trust.demo" in out


def test_when_a_demo_school_is_profiled_then_the_screener_accepts_it_and_knows_its_community():
    from safesocial.screening.types import Profile

    load_demo()
    spec = next(s for s in DEMO_SCHOOLS if s.pack_id == "ysgol-llanbedrog")
    profile = screening_profile_for(School.objects.get(slug=spec.slug))
    parsed = Profile.from_dict(profile)
    ffion = next(p for p in parsed.people if p.name == "Ffion Hughes")
    assert ffion.role == "pupil" and ffion.no_publish and "Ffi" in ffion.known_as
    assert parsed.working_hours is not None and parsed.school.handles == ("@YsgolLlanbedrog",)
    assert {p.role for p in parsed.people} == {"pupil", "staff", "parent", "governor"}
