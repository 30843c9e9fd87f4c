"""The home page: a section per school (and trust) with the user's roles and the panels apps register."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.test import Client
from tests.factories import PASSWORD, make_school, make_trust, make_user

from safesocial.web import panels
from safesocial.web.panels import Panel, home_panel, trust_panel

pytestmark = pytest.mark.django_db


@pytest.fixture
def leaders_only_panel() -> Iterator[None]:
    @home_panel(order=5)
    def leaders_only(request, school, roles):
        if "head_teacher" not in roles:
            return None
        return Panel(
            title="Leaders' corner",
            template="web/panels/links.html",
            context={"intro": f"panel body: {school.slug}"},
        )

    yield
    panels.unregister(leaders_only)


@pytest.fixture
def broken_panel() -> Iterator[None]:
    @home_panel(order=1)
    def broken(request, school, roles):
        raise RuntimeError("this panel has a bug")

    yield
    panels.unregister(broken)


def _client_for(user) -> Client:
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return client


def test_when_signed_out_then_home_redirects_to_sign_in(client):
    response = client.get("/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_when_a_user_works_at_two_schools_then_home_has_a_section_for_each_with_their_roles(
    leaders_only_panel,
):
    a = make_school("Hillside Primary", slug="hillside")
    b = make_school("Ysgol y Foel", slug="y-foel", language="cy", pack="ysgol-llanbedrog")
    user = make_user(a, "head_teacher", username="head.both")
    from safesocial.schools.models import RoleAssignment

    RoleAssignment.objects.create(user=user, role="dsl", school=b)
    RoleAssignment.objects.create(user=user, role="governor", school=b)
    html = _client_for(user).get("/").content.decode()
    assert 'id="school-hillside"' in html and 'id="school-y-foel"' in html
    hillside, foel = html.split('id="school-y-foel"')[0], html.split('id="school-y-foel"')[1]
    assert "Head teacher" in hillside
    assert "Designated Safeguarding Person" in foel and "Governor" in foel
    assert "Designated Safeguarding Lead" not in foel
    # The registered panel shows where the user is head, not where they are DSL.
    assert hillside.count("Leaders&#x27; corner") == 1 and "panel body: hillside" in hillside
    assert "Leaders&#x27; corner" not in foel
    # Several schools: the switcher lists both.
    assert html.count('href="/schools/hillside/"') >= 1 and 'href="/schools/y-foel/"' in html


def test_when_a_panel_raises_then_the_home_page_still_renders_without_it(broken_panel, settings):
    settings.DEBUG = False
    school = make_school(slug="steady")
    user = make_user(school, "staff")
    response = _client_for(user).get("/")
    assert response.status_code == 200
    assert b"this panel has a bug" not in response.content


def test_when_a_panel_fails_on_a_record_then_the_log_names_the_panel_and_error_but_not_the_record(
    settings, caplog
):
    from tests.factories import make_person

    from safesocial.schools.models import Person

    @home_panel(order=1)
    def pupils_named(request, school, roles):
        raise KeyError(Person.objects.get(school=school).full_name)

    settings.DEBUG = False
    school = make_school(slug="quiet")
    make_person(school, "pupil", "Ffion", "Hughes")
    try:
        with caplog.at_level("ERROR", logger="safesocial.web.panels"):
            assert _client_for(make_user(school, "staff")).get("/").status_code == 200
    finally:
        panels.unregister(pupils_named)
    assert "pupils_named" in caplog.text and "KeyError" in caplog.text
    assert "Hughes" not in caplog.text


def test_when_a_user_holds_no_role_then_home_says_so():
    from safesocial.schools.models import User

    user = User.objects.create_user("nobody", password=PASSWORD)
    response = _client_for(user).get("/")
    assert b"You do not hold a role at any school yet" in response.content


def test_when_trust_central_signs_in_then_the_trust_section_comes_first_and_lists_its_schools():
    trust = make_trust("Severn Learning Trust", slug="severn")
    make_school("Alpha Primary", slug="alpha", trust=trust)
    make_school("Beta Primary", slug="beta", trust=trust)
    make_school("Elsewhere Primary", slug="elsewhere")
    user = make_user(None, "trust_central", trust=trust, username="trust.severn")
    html = _client_for(user).get("/").content.decode()
    assert html.index('id="trust-severn"') < html.index('id="school-alpha"') < html.index('id="school-beta"')
    trust_part = html.split('id="trust-severn"')[1].split('id="school-alpha"')[0]
    assert "Trust central team" in trust_part and "Schools in the trust" in trust_part
    assert "Alpha Primary" in trust_part and "Beta Primary" in trust_part
    assert "Elsewhere Primary" not in html


def test_when_a_trust_panel_is_registered_then_only_the_trust_section_shows_it():
    trust = make_trust(slug="tp")
    make_school(slug="tp-school", trust=trust)
    user = make_user(None, "trust_central", trust=trust)

    @trust_panel(order=50)
    def trust_only(request, t, roles):
        return Panel(
            title="Trust-wide figures",
            template="web/panels/links.html",
            context={"intro": f"panel body: {t.slug}"},
        )

    try:
        html = _client_for(user).get("/").content.decode()
    finally:
        panels.unregister(trust_only)
    assert html.count("Trust-wide figures") == 1 and "panel body: tp" in html


def test_when_a_user_opens_a_school_they_do_not_work_at_then_it_is_not_found():
    mine = make_school(slug="mine")
    make_school(slug="theirs")
    user = make_user(mine, "staff")
    client = _client_for(user)
    assert client.get("/schools/mine/").status_code == 200
    assert client.get("/schools/theirs/").status_code == 404
    assert client.get("/schools/nowhere/").status_code == 404


def test_when_panels_are_discovered_then_every_safesocial_app_with_a_panels_module_is_imported():
    imported = panels.autodiscover()
    assert "safesocial.schools.panels" in imported
    assert all(name.startswith("safesocial.") for name in imported)
    assert "safesocial.schools.panels.school_policy" in panels.registered_school_panels()


def test_when_a_panel_module_is_imported_twice_then_its_panels_are_registered_once():
    before = panels.registered_school_panels()
    panels.autodiscover()
    assert panels.registered_school_panels() == before
