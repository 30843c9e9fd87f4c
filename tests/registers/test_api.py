"""The registers API: token auth, the same permissions as the pages, nothing stored by a check."""

from __future__ import annotations

import pytest
from tests.registers.helpers import adopt

from safesocial.api.models import ApiToken
from safesocial.registers.models import PostCheckRecord

pytestmark = pytest.mark.django_db


def _auth(user) -> dict[str, str]:
    _token, raw = ApiToken.issue(user=user, name="test")
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def test_a_leader_reads_who_has_confirmed(cast, client):
    adopt(cast.school, cast.head)
    response = client.get(f"/api/registers/{cast.school.slug}/acknowledgements", **_auth(cast.head))
    assert response.status_code == 200
    body = response.json()
    assert body["confirmed"] == 0 and body["not_confirmed"] == 7
    assert (
        client.get(f"/api/registers/{cast.school.slug}/acknowledgements", **_auth(cast.teacher)).status_code
        == 404
    )
    assert client.get(f"/api/registers/{cast.school.slug}/acknowledgements").status_code == 401


def test_check_post_returns_the_clause_and_stores_nothing(cast, client):
    response = client.post(
        f"/api/registers/{cast.school.slug}/check-post",
        {
            "text": "Accepted a friend request from Osian Parry in my class",
            "platform": "facebook",
            "audience": "friends",
        },
        content_type="application/json",
        **_auth(cast.teacher),
    )
    assert response.status_code == 200
    body = response.json()
    assert body["verdict"] == "breach"
    assert any(
        f["clause"] == "10.2" and "Staff are not permitted" in f["clause_quote"] for f in body["findings"]
    )
    assert PostCheckRecord.objects.count() == 0
    outsider = client.post(
        f"/api/registers/{cast.school.slug}/check-post",
        {"text": "x"},
        content_type="application/json",
        **_auth(cast.outsider),
    )
    assert outsider.status_code == 404
