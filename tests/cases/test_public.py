"""The public report link: no account, rate-limited per address, nothing shown back afterwards."""

from __future__ import annotations

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.urls import reverse
from tests.cases.conftest import english, png_bytes

from safesocial.cases import services
from safesocial.cases.models import Case, PublicReportBucket

pytestmark = pytest.mark.django_db


def _form(**extra: object) -> dict[str, object]:
    shot = io.BytesIO(png_bytes())
    shot.name = "facebook.png"
    return {
        "kind": "post",
        "platform": "facebook",
        "author_kind": "parent",
        "subject": "staff",
        "text": "Mr Jones is a useless teacher, everyone says so.",
        "attachments": [shot],
        "relationship": "parent",
        **extra,
    }


def test_when_a_parent_reports_without_an_account_then_the_case_is_made_and_nothing_is_shown_back(world):
    client = english(Client())
    url = reverse("report:public", args=[world.school.slug])
    assert "Report a concern to Ysgol Llanbedrog" in client.get(url).content.decode()
    assert client.get(url, {"kind": "post"}).status_code == 200
    response = client.post(url, _form(reporter_name="A parent", reporter_contact="07700 900123"), follow=True)
    case = Case.objects.get()
    page = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("report:thanks", args=[world.school.slug])
    assert "has received your report" in page
    for secret in (case.reference, "useless", "head teacher", "facebook.png"):
        assert secret not in page
    assert case.reporter is None and case.report.public and case.report.reporter_contact == "07700 900123"
    assert case.evidence.count() == 1 and case.handlers == ["head_teacher"]
    assert case.events.get(kind="reported").actor_label == "public report link"
    # No account, no access afterwards: the case pages need a school role.
    detail = client.get(reverse("cases:detail", args=[world.school.slug, case.reference]))
    assert detail.status_code == 302 and "/accounts/login/" in detail["Location"]


def test_when_one_address_sends_too_many_reports_then_it_is_told_to_wait(world, settings):
    settings.SAFESOCIAL_PUBLIC_REPORT_RATE = 2
    url = reverse("report:public", args=[world.school.slug])
    client = english(Client(REMOTE_ADDR="203.0.113.7"))
    assert client.post(url, _form()).status_code == 302
    assert client.post(url, _form()).status_code == 302
    limited = client.post(url, _form())
    assert limited.status_code == 429 and "try again later" in limited.content.decode()
    assert Case.objects.count() == 2
    # Another address is not affected, and addresses are never stored as given.
    assert english(Client(REMOTE_ADDR="198.51.100.2")).post(url, _form()).status_code == 302
    assert not PublicReportBucket.objects.filter(key__contains="203.0.113.7").exists()
    assert PublicReportBucket.objects.values("key").distinct().count() == 2


LONDON = ZoneInfo("Europe/London")


def _at(clock: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"2026-03-02T{clock}").replace(tzinfo=LONDON)


def test_when_reports_straddle_the_top_of_the_hour_then_they_still_count_together(db, settings):
    """The limit is a rolling hour: the clock reaching 11:00 does not give an address a fresh allowance."""
    settings.SAFESOCIAL_PUBLIC_REPORT_RATE = 2
    sent = [
        services.public_report_allowed(client_address="203.0.113.7", now=_at(clock))
        for clock in ("10:59:58", "10:59:59", "11:00:01")
    ]
    assert sent == [True, True, False]
    assert services.public_report_allowed(client_address="198.51.100.2", now=_at("11:00:02"))


def test_when_an_hour_has_passed_since_the_reports_then_the_address_may_report_again(db, settings):
    settings.SAFESOCIAL_PUBLIC_REPORT_RATE = 2
    for clock in ("10:05:00", "10:40:00"):
        assert services.public_report_allowed(client_address="203.0.113.7", now=_at(clock))
    assert not services.public_report_allowed(client_address="203.0.113.7", now=_at("11:04:59"))
    # 10:05 has left the last hour; 10:40 and the refused 11:04 are still in it.
    assert not services.public_report_allowed(client_address="203.0.113.7", now=_at("11:05:30"))
    assert services.public_report_allowed(client_address="203.0.113.7", now=_at("12:06:00"))


def test_when_a_public_form_is_invalid_then_errors_are_shown_next_to_the_fields_and_summarised(world):
    response = english(Client()).post(
        reverse("report:public", args=[world.school.slug]), _form(platform="", text="", attachments=[])
    )
    page = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in page
    assert 'href="#id_platform"' in page and 'id="id_platform_error"' in page
    assert not Case.objects.exists()


def test_when_the_school_does_not_exist_then_the_public_link_is_not_found(world):
    assert english(Client()).get(reverse("report:public", args=["no-such-school"])).status_code == 404


def test_when_a_kind_is_not_offered_publicly_then_the_start_page_is_shown(world):
    page = (
        english(Client())
        .get(reverse("report:public", args=[world.school.slug]), {"kind": "media"})
        .content.decode()
    )
    assert "What would you like to report?" in page


def test_when_no_language_is_chosen_then_a_welsh_schools_report_page_is_in_welsh(world):
    page = Client().get(reverse("report:public", args=[world.school.slug]), {"kind": "post"}).content.decode()
    assert '<html lang="cy">' in page
