"""The Welsh interface: a complete, valid catalogue, and pages with no English left in them.

The catalogue test needs GNU gettext (`msgfmt`, `xgettext`); `apt-get install gettext` where it is missing.
"""

from __future__ import annotations

import gettext
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from tests.factories import PASSWORD
from tests.registers.conftest import build_cast
from tests.registers.helpers import approved_account, submit_application

from safesocial.monitoring import services as monitoring_services
from safesocial.registers import services

LOCALE = Path(settings.LOCALE_PATHS[0])
PO = LOCALE / "cy" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")
PACKAGE = Path(settings.PACKAGE_DIR)
# Whose strings must all be in Welsh: the registers, monitoring, the shared chrome (base, home,
# sign-in pages) and the school facts and panels the home page shows.
COVERED = [
    "registers",
    "monitoring",
    "web",
    "schools/models.py",
    "schools/panels.py",
    "schools/templates/schools/panels",
]


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is missing: apt-get install gettext")
    return path


def parse_po(text: str) -> dict[tuple[str, str], list[str]]:
    """{(context, msgid): [msgstr, ...]} with po escapes undone; plural entries give every form."""
    entries: dict[tuple[str, str], list[str]] = {}
    for block in text.split("\n\n"):
        fields: dict[str, str] = {}
        current = None
        for line in block.splitlines():
            if line.startswith("#"):
                continue
            m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?) "(.*)"$', line)
            if m:
                current = m.group(1)
                fields[current] = m.group(2)
            elif line.startswith('"') and current:
                fields[current] += line[1:-1]
        if fields.get("msgid"):
            unescape = lambda s: s.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")  # noqa: E731
            strs = [unescape(v) for k, v in sorted(fields.items()) if k.startswith("msgstr")]
            entries[(unescape(fields.get("msgctxt", "")), unescape(fields["msgid"]))] = strs
    return entries


def test_the_catalogue_compiles_with_no_fuzzy_or_empty_entries():
    msgfmt = _need("msgfmt")
    subprocess.run([msgfmt, "--check", "-o", "/dev/null", str(PO)], check=True, capture_output=True)
    text = PO.read_text(encoding="utf-8")
    assert "#, fuzzy" not in text
    empty = [key for key, strs in parse_po(text).items() if not all(strs)]
    assert empty == []


def test_the_committed_mo_matches_the_po(tmp_path):
    msgfmt = _need("msgfmt")
    fresh = tmp_path / "django.mo"
    subprocess.run([msgfmt, "-o", str(fresh), str(PO)], check=True)
    with fresh.open("rb") as a, MO.open("rb") as b:
        assert gettext.GNUTranslations(a)._catalog == gettext.GNUTranslations(b)._catalog  # type: ignore[attr-defined]


def test_every_string_on_the_covered_pages_has_a_welsh_translation(tmp_path):
    _need("xgettext")
    root = tmp_path / "safesocial"
    for rel in COVERED:
        src = PACKAGE / rel
        dst = root / rel
        if src.is_dir():
            shutil.copytree(src, dst, ignore=shutil.ignore_patterns("locale", "static", "__pycache__"))
        else:
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(src, dst)
    (root / "locale").mkdir()
    import os

    cwd = os.getcwd()
    os.chdir(root)
    try:
        call_command("makemessages", locale=["cy"], verbosity=0, no_location=True, no_wrap=True)
    finally:
        os.chdir(cwd)
    wanted = parse_po((root / "locale" / "cy" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8"))
    have = parse_po(PO.read_text(encoding="utf-8"))
    missing = [key for key in wanted if key not in have or not all(have[key])]
    assert missing == [], f"{len(missing)} strings have no Welsh translation, e.g. {missing[:5]}"


# --- rendered pages --------------------------------------------------------------------------------------


class _Text(HTMLParser):
    ATTRS = {"aria-label", "title", "placeholder", "alt"}

    def __init__(self) -> None:
        super().__init__()
        self.nodes: list[str] = []
        self._skip = 0
        self._foreign: list[
            str
        ] = []  # open elements that declare their own language, e.g. the "English" button
        self.lang = None

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "style"}:
            self._skip += 1
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        elif dict(attrs).get("lang"):
            self._foreign.append(tag)
            self._skip += 1
        for name, value in attrs:
            if name in self.ATTRS and value:
                self.nodes.append(" ".join(value.split()))

    def handle_endtag(self, tag):
        if tag in {"script", "style"}:
            self._skip -= 1
        if self._foreign and tag == self._foreign[-1]:
            self._foreign.pop()
            self._skip -= 1

    def handle_data(self, data):
        text = " ".join(data.split())
        if text and not self._skip:
            self.nodes.append(text)


def _english_patterns() -> list[tuple[str, re.Pattern[str]]]:
    patterns = []
    for (_ctx, msgid), strs in parse_po(PO.read_text(encoding="utf-8")).items():
        if "<" in msgid or all(s == msgid for s in strs):
            continue  # markup spans several text nodes; identical words (e.g. "Blog") are not untranslated
        body = re.escape(" ".join(msgid.split()))
        # Counts stand for digits; anything else (names, dates) for any text.
        body = re.sub(
            r"%\\\((?:n|counter|count|minutes|updated|unchanged|unknown|invalid)\\\)[sd]", r"\\d+", body
        )
        body = re.sub(r"%\\\(\w+\\\)[sd]", ".+?", body)
        patterns.append((msgid, re.compile(body)))
    return patterns


def untranslated(html: str) -> tuple[str | None, list[str]]:
    parser = _Text()
    parser.feed(html)
    patterns = _english_patterns()
    found = sorted({msgid for node in parser.nodes for msgid, rx in patterns if rx.fullmatch(node)})
    return parser.lang, found


@pytest.fixture
def welsh_school(db):
    cast = build_cast(pack="ysgol-llanbedrog", language="cy", name="Ysgol Llanbedrog")
    account = approved_account(cast)
    declaration = services.declaration_make(
        school=cast.school, user=cast.teacher, kind="related", details="Fy nith.", pupils=[cast.pupil]
    )
    application = submit_application(
        cast,
        actor=cast.teacher2,
        name="Cyfeillion yr Ysgol",
        aim="Codi arian",
        audience="Rhieni",
        promotion="Cylchlythyr",
        visibility="private",
    )
    blocked = services.prepublication_check(
        account=account, actor=cast.teacher, caption="Trip i'r traeth", people=[cast.no_publish_pupil]
    )
    monitoring_services.duty_assign(account=account, actor=cast.slt, assignee=cast.teacher, every_days=7)
    return cast, account, declaration, application, blocked


def _pages(cast, account, declaration, application, blocked):
    s = cast.school.slug
    return [
        (cast.teacher, reverse("registers:policy", args=[s])),
        (cast.head, reverse("registers:acknowledgements", args=[s])),
        (cast.teacher, reverse("registers:declarations", args=[s])),
        (cast.head, reverse("registers:declarations", args=[s])),
        (cast.teacher, reverse("registers:declaration_new", args=[s])),
        (cast.dsl, reverse("registers:declaration", args=[s, declaration.pk])),
        (cast.teacher, reverse("registers:declaration", args=[s, declaration.pk])),
        (cast.head, reverse("registers:training", args=[s])),
        (cast.teacher, reverse("registers:accounts", args=[s])),
        (cast.teacher, reverse("registers:application_new", args=[s])),
        (cast.slt, reverse("registers:application", args=[s, application.pk])),
        (cast.admin, reverse("registers:application", args=[s, account.application_id])),
        (cast.teacher, reverse("registers:account", args=[s, account.pk])),
        (cast.teacher, reverse("registers:account_reveal", args=[s, account.pk])),
        (cast.admin, reverse("registers:consent", args=[s])),
        (cast.teacher, reverse("registers:prepublish", args=[s, account.pk])),
        (cast.teacher2, reverse("registers:prepublish_result", args=[s, blocked.pk])),
        (cast.teacher, reverse("registers:check_post", args=[s])),
        (cast.slt, reverse("monitoring:overview", args=[s])),
        (cast.slt, reverse("monitoring:account", args=[s, account.pk])),
        *[
            (user, reverse("home"))
            for user in (cast.head, cast.teacher, cast.dsl, cast.slt, cast.admin, cast.governor)
        ],
        (cast.teacher, reverse("school_home", args=[s])),
    ]


def test_the_welsh_pages_contain_no_untranslated_strings(welsh_school, client):
    for user, url in _pages(*welsh_school):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200, url
        lang, found = untranslated(response.content.decode())
        assert lang == "cy", url
        assert found == [], f"{url} shows English: {found}"


def test_the_welsh_pages_after_posting_contain_no_untranslated_strings(welsh_school, client):
    cast, account, *_ = welsh_school
    s = cast.school.slug
    client.force_login(cast.teacher)
    posts = [
        (
            reverse("registers:check_post", args=[s]),
            {
                "text": "Wedi derbyn cais ffrind gan Osian Parry o fy nosbarth",
                "account": "personal",
                "platform": "facebook",
                "audience": "friends",
                "keep": "on",
            },
        ),
        (reverse("registers:declaration_new", args=[s]), {"kind": "related"}),
        (reverse("registers:account_reveal", args=[s, account.pk]), {"password": "wrong"}),
        (reverse("registers:account_reveal", args=[s, account.pk]), {"password": PASSWORD}),
    ]
    for url, data in posts:
        lang, found = untranslated(client.post(url, data).content.decode())
        assert lang == "cy" and found == [], f"{url}: {found}"


def test_the_sign_in_page_is_welsh_for_a_welsh_browser_with_no_untranslated_strings(db, client):
    response = client.get(reverse("login"), HTTP_ACCEPT_LANGUAGE="cy")
    lang, found = untranslated(response.content.decode())
    assert lang == "cy" and found == []
    assert "Mewngofnodi" in response.content.decode()


def test_the_same_pages_in_english_do_show_the_english_strings(welsh_school, client):
    """Guards the test above: the checker does find English when English is what is shown."""
    cast, *_ = welsh_school
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    client.force_login(cast.teacher)
    lang, found = untranslated(
        client.get(reverse("registers:declarations", args=[cast.school.slug])).content.decode()
    )
    assert lang == "en" and "Your declarations" in found


def test_a_welsh_school_defaults_to_welsh_and_english_is_one_click_away(welsh_school, client):
    cast, *_ = welsh_school
    url = reverse("registers:policy", args=[cast.school.slug])
    client.force_login(cast.teacher)
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="en-GB").content.decode()
    assert '<html lang="cy">' in page and 'name="language" value="en"' in page
    client.post(reverse("set_language"), {"language": "en", "next": url})
    assert '<html lang="en">' in client.get(url).content.decode()


def test_an_english_school_stays_english_and_a_personal_choice_wins(db, client):
    cast = build_cast(pack="bwmat", language="en", name="Hillside")
    client.force_login(cast.teacher)
    url = reverse("registers:policy", args=[cast.school.slug])
    assert '<html lang="en">' in client.get(url).content.decode()
    cast.teacher.preferred_language = "cy"
    cast.teacher.save()
    assert '<html lang="cy">' in client.get(url).content.decode()


def test_reminder_emails_are_in_the_recipients_language(db):
    from django.core import mail

    from safesocial.registers import tasks

    welsh = build_cast(pack="ysgol-llanbedrog", language="cy", name="Ysgol Llanbedrog")
    services.policy_adopt(school=welsh.school, actor=welsh.head)
    welsh.teacher2.preferred_language = "en"
    welsh.teacher2.save()
    mail.outbox.clear()
    tasks.acknowledgement_reminders(welsh.school, "manual")
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects[welsh.teacher.email] == "Darllenwch a chadarnhewch y polisi cyfryngau cymdeithasol"
    assert subjects[welsh.teacher2.email] == "Please read and confirm the social media policy"
