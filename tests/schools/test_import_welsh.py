"""A Welsh school's "Import people from your MIS" pages are in Welsh: upload, check (with its problem
report), result and the people list leave no catalogue string in English."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from tests.factories import PASSWORD, make_person, make_school, make_user
from tests.i18n.test_welsh import untranslated

pytestmark = pytest.mark.django_db

# One row for (nearly) every problem a row can have, beside good rows, saved as Windows-1252 so the
# encoding warning shows too. Headings that are themselves catalogue words ("Type", "Year", "Known as")
# are avoided: the file's own headings are echoed back as written, whatever the page's language.
PROBLEM_ROWS = [
    "Person Type,Legal Forename,Legal Surname,UPN,NC Year,Job Title,Email Address,Mobile,Photo Consent,"
    "Nickname,Child UPN,Reg Group",
    "Pupil,Siân,Hughes,A1,6,,,,No,Ffi,,6H",  # good: on the no-publish list, known as Ffi
    "Pupil,,Parry,A2,3,,,,,,,",  # no forename
    "Pupil,=cmd,Owen,A3,2,,,,,,,",  # a formula
    "Pupil,Elis,Griffiths,A1,3,,,,,,,",  # the UPN of line 2
    "Pupil,Mali9,Lloyd,A4,1,,,,,,,",  # not a name
    "Staff,Rhys,Jones,S1,,Athro,not-an-address,,,,,",  # e-mail
    "Parent,Gwen,Lloyd,P1,,,,ffon,,,,",  # telephone
    "Parent,Gwion,Jones,P2,,,,07700 900401,,,Z999,",  # a child who is not recorded
    "Wizard,Tom,Evans,W1,,,,,,,,",  # not a kind of person
    ",Ann,Evans,W2,,,,,,,,",  # no kind
    "Pupil,Ann,Evans,A5,,,,,Efallai,,,",  # not yes or no
    "Pupil,Dewi,Bowen,A6,=A1,,,,,,,",  # not a year group
    "Staff,Huw,Price,S2,,=SUM(1),,,,,,",  # not a job title
    "Pupil,Lowri,Ellis,A7,4,,,,,,C1,",  # a pupil with children
    "Pupil,Cerys,Morgan,A8,,,,,,Ce;Cer;Cers;Cri;Cee;Cyn,,",  # too many other names
    "Pupil,Nia,Rees,A 9,,,,,,,,",  # not an MIS identifier
    "Parent,Ioan,Rees,P3,,,,,,,bad id!,",  # not a pupil's identifier
    f"Pupil,{'G' * 101},Rees,A10,,,,,,,,",  # a name too long
    f"Pupil,Sara,Rees,A11,,,,,,,,{'x' * 501}",  # a cell too long
    "Pupil,Bethan,Roberts,,,,,,,,,",
    "Pupil,Bethan,Roberts,,,,,,,,,",  # the same person twice, with no identifier
    "Pupil,Elin,Davies,,,,,,,,,",  # two Elin Davies are recorded already
]
GOOD_ROWS = (
    "Legal Forename,Legal Surname,UPN,NC Year,Photo Consent\r\n"
    "Ffion,Hughes,B1,6,No\r\n"
    "Gruffydd,Jones,B2,5,Yes\r\n"
)


@pytest.fixture
def school():
    school = make_school("Ysgol y Foel", slug="ysgol-y-foel", pack="ysgol-llanbedrog", language="cy")
    make_person(school, "pupil", "Elin", "Davies")
    make_person(school, "pupil", "Elin", "Davies")
    return school


def _client(school, *, language: str | None = None) -> Client:
    user = make_user(school, "school_admin")
    client = Client()
    if language:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    assert client.login(username=user.username, password=PASSWORD)
    return client


def _upload(client, school, data: bytes, *, kind: str = "pupil"):
    return client.post(
        f"/schools/{school.slug}/people/import/",
        {"kind": kind, "file": SimpleUploadedFile("pobl.csv", data, content_type="text/csv")},
    )


def _preview(response) -> str:
    assert response.status_code == 302, response.content.decode()[:2000]
    return response["Location"]


def _problems(html: str, url: str) -> list[str]:
    lang, found = untranslated(html)
    return [f"{url}: lang={lang} {found}"] if lang != "cy" or found else []


def test_the_import_pages_of_a_welsh_school_have_no_untranslated_strings(school):
    client = _client(school)
    s = school.slug
    pages: list[tuple[str, str]] = []

    def get(url: str) -> None:
        response = client.get(url)
        assert response.status_code == 200, url
        pages.append((url, response.content.decode()))

    get(f"/schools/{s}/people/import/")
    # A file that cannot be read at all, and files whose problems are about the file as a whole.
    refused = _upload(client, school, b"PK\x03\x04\x14\x00 workbook")
    assert refused.status_code == 400
    pages.append(("upload: workbook", refused.content.decode()))
    get(_preview(_upload(client, school, b"Colour,Size\r\nred,4\r\n")))
    get(_preview(_upload(client, school, b"Forename,Surname\r\nMali,Owen\r\n", kind="")))

    # The problem report: the problem table, every row message, the warning and the good rows.
    problem_url = _preview(_upload(client, school, "\r\n".join(PROBLEM_ROWS).encode("cp1252"), kind=""))
    get(problem_url)
    report = pages[-1][1]
    for welsh in (
        "mae’r un dynodydd ar linell 2",
        "mae’n wag; mae angen enw cyntaf a chyfenw ar bob person",
        "nid rhif ffôn yw hwn",
        "does dim disgybl yn yr ysgol â’r dynodydd hwn",
        "mae 2 o bobl â’r enw hwn wedi’u cofnodi eisoes",
        "mae’r un person ar linell 21",
        "mae cell yn hirach na 500 nod",
        "ar y rhestr dim cyhoeddi am fod caniatâd delweddau wedi’i wrthod",
        "Windows-1252",
        "Lawrlwytho’r rhestr o broblemau (CSV)",
    ):
        assert welsh in report, welsh
    assert 'value="confirm"' not in report

    # A clean file: ready to import, then imported, and the list it fills.
    ready_url = _preview(_upload(client, school, GOOD_ROWS.encode()))
    get(ready_url)
    assert "Mewnforio 2 berson" in pages[-1][1]
    # The kind of person and the fields the columns were read as are named in Welsh, not as stored.
    assert "<td>Disgybl</td>" in pages[-1][1] and "→ enw cyntaf" in pages[-1][1].replace("\u2019", "'")
    done = client.post(ready_url, {"action": "confirm"}, follow=True)
    assert done.status_code == 200
    pages.append(("result: imported", done.content.decode()))
    assert "Mewnforio wedi’i gwblhau" in pages[-1][1]
    get(f"/schools/{s}/people/?kind=pupil")
    get(f"/schools/{s}/people/?kind=parent")

    # A file checked and then cancelled.
    cancel_url = _preview(_upload(client, school, GOOD_ROWS.encode()))
    cancelled = client.post(cancel_url, {"action": "cancel"}, follow=True)
    assert cancelled.status_code == 200
    pages.append(("result: cancelled", cancelled.content.decode()))
    get(cancel_url)
    assert "Mewnforio wedi’i ganslo" in pages[-1][1]

    problems = [p for url, html in pages for p in _problems(html, url)]
    assert not problems, "\n".join(problems)


def test_the_same_check_finds_the_english_when_the_problem_report_is_read_in_english(school):
    client = _client(school, language="en")
    url = _preview(_upload(client, school, "\r\n".join(PROBLEM_ROWS).encode("cp1252"), kind=""))
    lang, found = untranslated(client.get(url).content.decode())
    assert lang == "en"
    assert "the same identifier is on line %(line)d" in found
    assert "Check the import" in found
