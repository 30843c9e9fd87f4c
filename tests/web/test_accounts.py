"""Signing in and out, changing and resetting a password, and being signed out after a quiet spell."""

from __future__ import annotations

import re
import time

import pytest
from django.core import mail
from django.test import Client
from tests.factories import PASSWORD, make_school, make_user

from safesocial.web.middleware import SESSION_KEY

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-much-longer-new-passphrase-42"


@pytest.fixture
def school():
    return make_school("Hillside Primary", slug="hillside")


@pytest.fixture
def head(school):
    return make_user(school, "head_teacher", username="head.hillside", first_name="Gwen", last_name="Morris")


def test_when_the_sign_in_page_is_opened_then_its_fields_are_labelled_and_the_language_is_set(client):
    html = client.get("/accounts/login/").content.decode()
    assert '<html lang="en">' in html
    assert (
        '<label for="id_username">Username</label>' in html
        and '<label for="id_password">Password</label>' in html
    )
    assert 'href="/accounts/password_reset/"' in html
    assert 'action="/i18n/setlang/"' in html and "Cymraeg" in html


def test_when_someone_signs_in_then_they_land_on_their_home_page(client, head):
    response = client.post("/accounts/login/", {"username": head.username, "password": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0] == "/"
    assert "Welcome, Gwen Morris" in response.content.decode()


def test_when_the_password_is_wrong_then_sign_in_fails_with_a_message(client, head):
    response = client.post("/accounts/login/", {"username": head.username, "password": "wrong"})
    assert response.status_code == 200
    assert "didn't match" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_when_someone_signs_out_then_the_home_page_asks_them_to_sign_in_again(client, head):
    client.login(username=head.username, password=PASSWORD)
    assert client.get("/").status_code == 200
    client.post("/accounts/logout/")
    assert client.get("/").status_code == 302


def test_when_a_password_is_changed_then_the_new_one_works_and_the_old_one_does_not(client, head):
    client.login(username=head.username, password=PASSWORD)
    page = client.get("/accounts/password_change/").content.decode()
    assert 'for="id_old_password"' in page and 'for="id_new_password1"' in page
    response = client.post(
        "/accounts/password_change/",
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        follow=True,
    )
    assert "Your password has been changed" in response.content.decode()
    assert Client().login(username=head.username, password=NEW_PASSWORD)
    assert not Client().login(username=head.username, password=PASSWORD)


def test_when_a_new_password_is_too_short_then_the_error_is_next_to_the_field_and_summarised(client, head):
    client.login(username=head.username, password=PASSWORD)
    response = client.post(
        "/accounts/password_change/",
        {"old_password": PASSWORD, "new_password1": "short", "new_password2": "short"},
    )
    html = response.content.decode()
    assert "There is a problem" in html and 'href="#id_new_password2"' in html
    assert 'class="error" id="id_new_password2_error"' in html


def test_when_a_password_reset_is_asked_for_then_the_link_in_the_email_sets_a_new_password(client, head):
    response = client.post("/accounts/password_reset/", {"email": head.email}, follow=True)
    assert "Check your e-mail" in response.content.decode()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [head.email] and "Reset your SafeSocial password" in message.subject
    assert f"Your username is {head.username}" in message.body
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+/)", message.body).group(1)
    form_page = client.get(link, follow=True)
    assert "Choose a new password" in form_page.content.decode()
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        follow=True,
    )
    assert "Your new password is saved" in done.content.decode()
    assert Client().login(username=head.username, password=NEW_PASSWORD)
    assert "expired or has been used" in client.get(link, follow=True).content.decode()


def test_when_a_reset_is_asked_for_an_unknown_address_then_the_page_says_the_same_and_sends_nothing(
    client, head
):
    response = client.post("/accounts/password_reset/", {"email": "nobody@example.org"}, follow=True)
    assert "Check your e-mail" in response.content.decode()
    assert mail.outbox == []


def test_when_a_signed_in_person_is_idle_too_long_then_they_are_signed_out(client, head, settings):
    settings.SAFESOCIAL_IDLE_TIMEOUT_SECONDS = 600
    client.login(username=head.username, password=PASSWORD)
    assert client.get("/").status_code == 200
    session = client.session
    session[SESSION_KEY] = int(time.time()) - 601
    session.save()
    response = client.get("/schools/hillside/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/schools/hillside/"
    assert "_auth_user_id" not in client.session
    page = client.get(response["Location"]).content.decode()
    assert "signed out after 10 minutes without activity" in page


def test_when_a_signed_in_person_is_active_then_they_stay_signed_in(client, head, settings):
    settings.SAFESOCIAL_IDLE_TIMEOUT_SECONDS = 600
    client.login(username=head.username, password=PASSWORD)
    client.get("/")
    session = client.session
    session[SESSION_KEY] = int(time.time()) - 500
    session.save()
    assert client.get("/").status_code == 200
    assert client.session[SESSION_KEY] >= int(time.time()) - 5  # activity moved the clock on


def test_when_sessions_are_configured_then_they_expire(settings):
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True
    assert 0 < settings.SESSION_COOKIE_AGE <= 24 * 3600


def test_when_welsh_is_chosen_then_the_page_says_so_in_its_lang_attribute(client):
    response = client.post("/i18n/setlang/", {"language": "cy", "next": "/accounts/login/"}, follow=True)
    html = response.content.decode()
    assert '<html lang="cy">' in html
    assert 'value="en"' in html and ">English</button>" in html


def test_when_service_staff_open_the_admin_then_they_can_and_school_staff_cannot(client, head):
    from safesocial.schools.models import User

    User.objects.create_superuser("service-desk", "desk@example.org", PASSWORD)
    staff_client = Client()
    staff_client.login(username=head.username, password=PASSWORD)
    assert staff_client.get("/admin/").status_code == 302
    client.login(username="service-desk", password=PASSWORD)
    assert client.get("/admin/schools/school/").status_code == 200


def test_when_service_staff_open_records_in_the_admin_then_they_can_look_but_not_add_change_or_delete():
    from django.contrib import admin
    from django.test import RequestFactory

    from safesocial.audit.models import AuditEntry
    from safesocial.cases.models import Case, CaseEvent, Evidence, Letter, Report, Screening
    from safesocial.registers.models import (
        AccountApplication,
        Acknowledgement,
        OfficialAccount,
        PolicyAdoption,
    )
    from safesocial.schools.models import User

    request = RequestFactory().get("/admin/")
    request.user = User(username="desk", is_staff=True, is_superuser=True)
    records = [AuditEntry, Case, CaseEvent, Evidence, Letter, Report, Screening]
    records += [AccountApplication, Acknowledgement, OfficialAccount, PolicyAdoption]
    for model in records:
        model_admin = admin.site._registry[model]
        assert model_admin.has_view_permission(request), model
        assert not model_admin.has_add_permission(request), model
        assert not model_admin.has_change_permission(request), model
        assert not model_admin.has_delete_permission(request), model
