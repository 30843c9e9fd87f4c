"""A person signs in with a demo account and finds their own home page, by mouse, keyboard and phone."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from safesocial.schools.demo import DEMO_PASSWORD, load_demo

pytestmark = pytest.mark.django_db(transaction=True)

# Computed colours of every visible text element, with the first opaque background behind it.
CONTRAST_JS = """
() => {
  const parse = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.99)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const out = [];
  for (const el of document.querySelectorAll('main *, header *')) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    const box = el.getBoundingClientRect();
    if (!own || box.width === 0 || box.height === 0) continue;
    const fg = parse(getComputedStyle(el).color).slice(0, 3);
    const bg = background(el);
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    out.push({text: el.textContent.trim().slice(0, 40), ratio: (hi + 0.05) / (lo + 0.05)});
  }
  return out;
}
"""


def use_english(page) -> None:
    """Choose English up front: a Welsh school's pages would otherwise open in Welsh."""
    where = urlparse(page.url)
    page.context.add_cookies(
        [{"name": "django_language", "value": "en", "url": f"{where.scheme}://{where.netloc}/"}]
    )


def wait_for_home(page) -> None:
    # Not the "**/" glob: the sign-in page's own address ends in "/" too.
    page.wait_for_url(lambda url: urlparse(url).path == "/")


def sign_out(page) -> None:
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/accounts/login/**")


@pytest.fixture
def demo(live_server):
    load_demo()


def test_when_several_demo_roles_sign_in_then_each_sees_the_right_home_page(demo, page, sign_in):
    page.goto("/accounts/login/")
    use_english(page)
    expectations = [
        (
            "head.bwmat",
            "Rachel Whitcombe",
            "Chewton Vale Church of England Primary School",
            "Head teacher",
            True,
        ),
        ("dsl.ysgol-llanbedrog", "Nia Roberts", "Ysgol Llanbedrog", "Designated Safeguarding Person", True),
        ("teacher.generic-school", "Chloe Dawson", "Hollybank School", "Staff", False),
        ("chair.robert-carre", "Patricia Welbourn", "Sleaford Westgate Academy", "Chair of governors", False),
        (
            "admin.archbishop-hutton",
            "Lorraine Dobson",
            "Archbishop Hutton's VC Primary School",
            "School administrator",
            True,
        ),
    ]
    for username, name, school, role, sees_people in expectations:
        sign_in(username, DEMO_PASSWORD)
        wait_for_home(page)
        main = page.locator("main")
        assert page.get_by_role("heading", level=1).inner_text() == f"Welcome, {name}"
        assert page.get_by_role("heading", level=2, name=school).is_visible()
        assert role in main.locator(".role-list").inner_text()
        assert main.get_by_role("heading", name="What you can do here").is_visible()
        assert (main.get_by_role("link", name="See the people list").count() == 1) is sees_people
        assert page.get_attribute("html", "lang") == "en"
        sign_out(page)


def test_when_the_trust_team_signs_in_then_it_sees_the_trust_and_can_switch_school(demo, page, sign_in):
    page.goto("/accounts/login/")
    use_english(page)
    sign_in("trust.demo", DEMO_PASSWORD)
    wait_for_home(page)
    assert page.get_by_role("heading", level=2, name="Trust: SafeSocial Demo Trust").is_visible()
    page.locator(".school-switcher summary").click()
    page.locator(".school-switcher").get_by_role("link", name="Hollybank School").click()
    page.wait_for_url("**/schools/hollybank/")
    assert page.get_by_role("heading", level=1).inner_text() == "Hollybank School"
    assert "Trust central team" in page.locator(".role-list").inner_text()


def test_when_someone_uses_only_the_keyboard_then_they_can_sign_in_and_skip_to_content(demo, page):
    page.goto("/accounts/login/")
    use_english(page)
    page.goto("/accounts/login/")
    assert page.evaluate("document.activeElement.id") == "id_username"  # the cursor starts in the first field
    page.keyboard.type("head.robert-carre")
    page.keyboard.press("Tab")
    page.keyboard.type(DEMO_PASSWORD)
    page.keyboard.press("Enter")
    wait_for_home(page)
    assert page.get_by_role("heading", level=1).inner_text() == "Welcome, Catherine Dexter"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # Every link and button on the page can be reached with Tab.
    reachable = page.evaluate("[...document.querySelectorAll('a[href], button')].every(e => e.tabIndex >= 0)")
    assert reachable


def test_when_the_home_page_is_on_a_phone_then_nothing_scrolls_sideways_and_text_has_aa_contrast(
    demo, page, sign_in
):
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto("/accounts/login/")
    use_english(page)
    sign_in("ict.demo", DEMO_PASSWORD)
    wait_for_home(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 376
    low = [item for item in page.evaluate(CONTRAST_JS) if item["ratio"] < 4.5]
    assert low == [], low


def test_when_cymraeg_is_chosen_then_the_page_is_marked_welsh_and_english_is_one_click_away(demo, page):
    page.goto("/accounts/login/")
    page.get_by_role("button", name="Cymraeg").click()
    page.wait_for_load_state()
    assert page.get_attribute("html", "lang") == "cy"
    page.get_by_role("button", name="English").click()
    page.wait_for_load_state()
    assert page.get_attribute("html", "lang") == "en"
