"""The home page shows each demo role what it can do at its school."""

from __future__ import annotations

import pytest
from django.test import Client

from safesocial.schools.demo import DEMO_PASSWORD, load_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    load_demo()


def home_for(username: str, language: str = "en") -> str:
    client = Client()
    client.cookies["django_language"] = language
    assert client.login(username=username, password=DEMO_PASSWORD), username
    response = client.get("/")
    assert response.status_code == 200
    return response.content.decode()


def section(html: str, slug: str) -> str:
    start = html.index(f'id="school-{slug}"')
    end = html.find('<section class="home-section"', start + 1)
    return html[start : end if end != -1 else len(html)]


@pytest.mark.parametrize(
    ("username", "slug", "label", "sees_people", "sees_import"),
    [
        ("head.bwmat", "chewton-vale", "Head teacher", True, True),
        ("deputy.archbishop-hutton", "archbishop-hutton", "Deputy head", True, False),
        ("dsl.generic-school", "hollybank", "Designated Safeguarding Lead", True, False),
        ("dsl.ysgol-llanbedrog", "ysgol-llanbedrog", "Designated Safeguarding Person", True, False),
        ("admin.robert-carre", "sleaford-westgate", "School administrator", True, True),
        ("teacher.bwmat", "chewton-vale", "Staff", False, False),
        ("line-manager.generic-school", "hollybank", "Line manager", False, False),
        ("slt.archbishop-hutton", "archbishop-hutton", "Senior leadership team", False, False),
        ("ict.ysgol-llanbedrog", "ysgol-llanbedrog", "ICT manager", False, False),
        ("governor.robert-carre", "sleaford-westgate", "Governor", False, False),
        ("chair.bwmat", "chewton-vale", "Chair of governors", False, False),
    ],
)
def test_when_a_demo_role_signs_in_then_home_shows_their_school_role_and_what_they_can_do(
    demo, username, slug, label, sees_people, sees_import
):
    html = home_for(username)
    assert html.count('class="home-section"') == 1
    mine = section(html, slug)
    assert f'<span class="role">{label}</span>' in mine
    assert "What you can do here" in mine and f"<dt>{label}</dt>" in mine
    assert "social media policy" in mine.lower()
    assert ('href="/schools/' + slug + '/people/"' in mine) is sees_people
    assert ('href="/schools/' + slug + '/people/import/"' in mine) is sees_import


def test_when_the_trust_team_signs_in_then_the_trust_comes_first_then_all_five_schools(demo):
    html = home_for("trust.demo")
    assert html.index('id="trust-demo"') < html.index('id="school-')
    assert html.count('class="home-section"') == 6
    trust_part = html[html.index('id="trust-demo"') : html.index('id="school-')]
    for name in ("Chewton Vale", "Archbishop Hutton", "Hollybank", "Ysgol Llanbedrog", "Sleaford Westgate"):
        assert name in trust_part


def test_when_someone_works_at_five_schools_then_the_switcher_lists_them_and_each_school_page_opens(demo):
    html = home_for("ict.demo")
    assert 'class="school-switcher"' in html and html.count('class="home-section"') == 5
    client = Client()
    client.login(username="ict.demo", password=DEMO_PASSWORD)
    client.cookies["django_language"] = "en"
    page = client.get("/schools/ysgol-llanbedrog/").content.decode()
    assert page.count('class="home-section"') == 1 and 'aria-current="true">Ysgol Llanbedrog' in page


def test_when_a_head_opens_another_schools_page_then_it_is_not_found(demo):
    client = Client()
    client.login(username="head.bwmat", password=DEMO_PASSWORD)
    assert client.get("/schools/hollybank/").status_code == 404
    assert client.get("/schools/hollybank/people/").status_code == 404
