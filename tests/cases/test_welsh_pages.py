"""A Welsh school's case pages are in Welsh: no catalogue string is left in English."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from tests.cases.conftest import report_post
from tests.factories import PASSWORD
from tests.i18n.test_welsh import untranslated

from safesocial.cases import services

pytestmark = pytest.mark.django_db


def _welsh(user) -> Client:
    client = Client()
    if user is not None:
        assert client.login(username=user.username, password=PASSWORD)
    return client


def test_the_case_pages_of_a_welsh_school_have_no_untranslated_strings(world):
    s = world.school.slug
    head, staff = world.user("head_teacher"), world.user("staff")
    post = report_post(world, anonymous=True, may_be_illegal=True)
    services.case_decide(actor=head, case=post, route="internal", reason="Mewnol")
    services.case_send_letter(
        actor=head,
        case=post,
        data=services.LetterInput(
            contact="", circulated_on=None, signatory="E", extracts=["useless teacher"]
        ),
    )
    meeting = report_post(world)
    services.case_decide(actor=head, case=meeting, route="internal", reason="Mewnol")
    services.case_invite_to_meeting(
        actor=head,
        case=meeting,
        data=services.LetterInput(
            contact="01758",
            circulated_on=None,
            signatory="E",
            meeting_at=timezone.now() + dt.timedelta(days=2),
        ),
    )
    pages = [
        (staff, reverse("cases:list", args=[s])),
        (head, reverse("cases:list", args=[s])),
        *[(staff, reverse("cases:report", args=[s, kind])) for kind in services.Kind.values],
        (head, reverse("cases:detail", args=[s, post.reference])),
        (head, reverse("cases:detail", args=[s, meeting.reference])),
        *[
            (head, reverse("cases:action", args=[s, post.reference, a]))
            for a in ("outcome", "note", "evidence", "close")
        ],
        *[(head, reverse("cases:action", args=[s, meeting.reference, a])) for a in ("meeting", "letter")],
        (None, reverse("report:public", args=[s])),
        (None, reverse("report:public", args=[s]) + "?kind=post"),
        (None, reverse("report:thanks", args=[s])),
        (head, reverse("home")),
    ]
    problems = []
    for user, url in pages:
        response = _welsh(user).get(url)
        assert response.status_code == 200, url
        lang, found = untranslated(response.content.decode())
        if lang != "cy" or found:
            problems.append(f"{url}: lang={lang} {found}")
    assert not problems, "\n".join(problems)
