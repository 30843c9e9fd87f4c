"""Check my post: plain-language findings quoting the governing clause of the school's own policy."""

from __future__ import annotations

import pytest
from django.urls import reverse
from tests.factories import PASSWORD
from tests.registers.conftest import build_cast

from safesocial.registers.models import PostCheckRecord

pytestmark = pytest.mark.django_db

FRIEND_REQUEST = "Just accepted a friend request from Osian Parry in my class, such a lovely lad"


@pytest.mark.parametrize(
    ("pack", "clause", "quote"),
    [
        ("bwmat", "4.3.1", "Colleagues must not accept pupils as friends"),
        ("ysgol-llanbedrog", "10.2", "Staff are not permitted to follow or engage with current pupils"),
    ],
)
def test_when_staff_friend_a_pupil_then_the_finding_quotes_their_own_policys_clause(
    client, db, pack, clause, quote
):
    cast = build_cast(pack=pack, name=f"School on {pack}")
    client.login(username=cast.teacher.username, password=PASSWORD)
    response = client.post(
        reverse("registers:check_post", args=[cast.school.slug]),
        {"text": FRIEND_REQUEST, "account": "personal", "platform": "facebook", "audience": "friends"},
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert f"clause {clause}" in body and quote in body
    assert "Contact with a pupil" in body
    assert "Nothing about this check has been kept." in body
    assert PostCheckRecord.objects.count() == 0


def test_when_sent_by_htmx_then_only_the_result_partial_comes_back(cast, client):
    client.login(username=cast.teacher.username, password=PASSWORD)
    response = client.post(
        reverse("registers:check_post", args=[cast.school.slug]),
        {"text": "Lovely sunny day", "account": "personal", "platform": "x", "audience": "public"},
        HTTP_HX_REQUEST="true",
    )
    body = response.content.decode()
    assert "<html" not in body and "Nothing in this post goes against the policy." in body


def test_when_keep_is_ticked_then_only_the_masked_digest_and_decision_are_stored(cast, client):
    client.login(username=cast.teacher.username, password=PASSWORD)
    client.post(
        reverse("registers:check_post", args=[cast.school.slug]),
        {
            "text": FRIEND_REQUEST,
            "account": "personal",
            "platform": "facebook",
            "audience": "friends",
            "keep": "on",
        },
    )
    record = PostCheckRecord.objects.get()
    assert record.verdict == "breach" and record.user == cast.teacher and len(record.digest) == 64
    assert "Osian" not in record.masked_text and "Osian" not in str(record.decision)
    assert record.length == len(FRIEND_REQUEST)
    assert {f["clause"] for f in record.decision["findings"]} >= {"10.2"}


def test_an_empty_draft_shows_the_error(cast, client):
    client.login(username=cast.teacher.username, password=PASSWORD)
    body = client.post(
        reverse("registers:check_post", args=[cast.school.slug]),
        {"text": "", "account": "personal", "platform": "x", "audience": "public"},
    ).content.decode()
    assert "There is a problem" in body and 'href="#id_text"' in body


def test_someone_from_another_school_gets_404(cast, client):
    client.login(username=cast.outsider.username, password=PASSWORD)
    assert client.get(reverse("registers:check_post", args=[cast.school.slug])).status_code == 404
