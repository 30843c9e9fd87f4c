"""A Welsh school's case pages are in Welsh: no catalogue string is left in English."""

from __future__ import annotations

import pytest
from django.urls import reverse
from tests.cases.conftest import deletion_letter_sent, meeting_invited, report_post, signed_in
from tests.i18n.test_welsh import untranslated

from safesocial.cases import services

pytestmark = pytest.mark.django_db


def test_the_case_pages_of_a_welsh_school_have_no_untranslated_strings(world):
    s = world.school.slug
    head, staff = world.user("head_teacher"), world.user("staff")
    post = report_post(world, anonymous=True, may_be_illegal=True)
    deletion_letter_sent(world, post, reason="Mewnol")
    meeting = meeting_invited(world, reason="Mewnol", days_ahead=2)
    pages = [
        (staff, reverse("cases:list", args=[s])),
        (head, reverse("cases:list", args=[s])),
        *[(staff, reverse("cases:report", args=[s, kind])) for kind in services.Kind.values],
        (head, reverse("cases:detail", args=[s, post.reference])),
        (head, reverse("cases:detail", args=[s, meeting.reference])),
        *[
            (head, reverse("cases:action", args=[s, post.reference, a]))
            for a in ("outcome", "note", "evidence", "handover", "close")
        ],
        *[(head, reverse("cases:action", args=[s, meeting.reference, a])) for a in ("meeting", "letter")],
        (None, reverse("report:public", args=[s])),
        (None, reverse("report:public", args=[s]) + "?kind=post"),
        (None, reverse("report:thanks", args=[s])),
        (head, reverse("home")),
    ]
    problems = []
    for user, url in pages:
        response = signed_in(user, english_pages=False).get(url)
        assert response.status_code == 200, url
        lang, found = untranslated(response.content.decode())
        if lang != "cy" or found:
            problems.append(f"{url}: lang={lang} {found}")
    assert not problems, "\n".join(problems)
