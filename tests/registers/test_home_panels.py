"""The registers' home-page panels: report shortcuts into the cases capability, and things to do."""

from __future__ import annotations

import pytest
from django.urls import reverse
from tests.factories import PASSWORD
from tests.registers.helpers import adopt, submit_application

from safesocial.registers import services

pytestmark = pytest.mark.django_db


def _home(client, user, school) -> str:
    client.login(username=user.username, password=PASSWORD)
    return client.get(reverse("school_home", args=[school.slug])).content.decode()


def test_the_report_shortcuts_open_the_cases_report_forms(cast, client):
    body = _home(client, cast.teacher, cast.school)
    assert body.count("Report something") == 1
    for kind in ("pupil-contact", "cyberbullying", "media"):
        url = reverse("cases:report", args=[cast.school.slug, kind])
        assert f'href="{url}"' in body
        assert client.get(url).status_code == 200
    assert "A journalist has contacted me" in body


def test_things_to_do_asks_a_bound_person_to_confirm_and_then_stops(cast, client):
    adopt(cast.school, cast.head)
    assert "Read and confirm the school&#x27;s social media policy" in _home(
        client, cast.teacher, cast.school
    )
    services.policy_acknowledge(school=cast.school, user=cast.teacher)
    assert "Read and confirm the school&#x27;s social media policy" not in _home(
        client, cast.teacher, cast.school
    )


def test_things_to_do_tells_reviewers_and_leaders_what_waits_for_them(cast, client):
    adopt(cast.school, cast.head)
    services.declaration_make(
        school=cast.school, user=cast.teacher, kind="difficulty", details="Shared device"
    )
    submit_application(cast, name="PTA", aim="a", audience="b", promotion="c")
    head = _home(client, cast.head, cast.school)
    assert "1 declaration is waiting for your review" in head
    assert "people have not yet confirmed the policy" in head
    assert "1 business case for an official account needs a decision" in head
    teacher = _home(client, cast.teacher2, cast.school)
    assert "declarations are waiting" not in teacher and "business cases" not in teacher
