"""Importing people from a CSV as a school's MIS exports it: upload, check, confirm — all or nothing."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.utils import timezone
from tests.factories import PASSWORD, make_person, make_school, make_user

from safesocial.audit.models import AuditEntry
from safesocial.schools.models import PeopleImport, Person

pytestmark = pytest.mark.django_db

SIMS_PUPILS = (
    "UPN,Adno,Legal Surname,Legal Forename,Preferred Forename,Year,Reg Group,Photo Consent\r\n"
    "A123456789012,1001,Hughes,Ffion,Ffi,6,6H,No\r\n"
    "B123456789012,1002,Jones,Gruffydd,Guto,Y5,5J,Yes\r\n"
    "C123456789012,1003,Williams,Cadi,,R,RW,\r\n"
)


@pytest.fixture
def school():
    return make_school("Foel Primary", slug="y-foel", pack="ysgol-llanbedrog")


@pytest.fixture
def admin_client(school):
    user = make_user(school, "school_admin", username="admin.y-foel")
    client = Client()
    client.login(username=user.username, password=PASSWORD)
    return client


def upload(client, school, content, *, kind="pupil", name="pupils.csv", encoding="utf-8"):
    data = content if isinstance(content, bytes) else content.encode(encoding)
    return client.post(
        f"/schools/{school.slug}/people/import/",
        {"kind": kind, "file": SimpleUploadedFile(name, data, content_type="text/csv")},
    )


def preview_url(response) -> str:
    assert response.status_code == 302, response.content.decode()[:2000]
    return response["Location"]


def test_when_a_sims_pupil_list_is_confirmed_then_every_pupil_is_recorded_with_known_as_year_and_consent(
    admin_client, school
):
    url = preview_url(upload(admin_client, school, SIMS_PUPILS))
    page = admin_client.get(url).content.decode()
    assert "3 people — 3 to add, 0 to update, 0 unchanged" in page
    assert Person.objects.filter(school=school).count() == 0  # checking changes nothing

    response = admin_client.post(url, {"action": "confirm"})
    assert response.status_code == 302
    pupils = {p.first_name: p for p in Person.objects.filter(school=school, kind="pupil")}
    assert set(pupils) == {"Ffion", "Gruffydd", "Cadi"}
    ffion = pupils["Ffion"]
    assert ffion.mis_id == "A123456789012"  # UPN preferred over Adno
    assert ffion.known_as == ["Ffi"] and ffion.year_group == "Year 6"
    assert ffion.image_consent == "refused" and ffion.no_publish is True
    assert pupils["Gruffydd"].year_group == "Year 5" and pupils["Gruffydd"].image_consent == "given"
    assert pupils["Cadi"].year_group == "Reception" and pupils["Cadi"].image_consent == "unknown"
    done = admin_client.get(url).content.decode()
    assert "Import complete" in done
    assert PeopleImport.objects.get().content == ""  # the uploaded list is not kept once imported


def test_when_the_same_file_is_imported_again_then_nobody_is_added_twice_and_changes_are_updates(
    admin_client, school
):
    admin_client.post(preview_url(upload(admin_client, school, SIMS_PUPILS)), {"action": "confirm"})
    changed = SIMS_PUPILS.replace("Cadi,,R,RW,", "Cadi,Cads,R,RW,Yes")
    url = preview_url(upload(admin_client, school, changed))
    assert "0 to add, 1 to update, 2 unchanged" in admin_client.get(url).content.decode()
    admin_client.post(url, {"action": "confirm"})
    assert Person.objects.filter(school=school).count() == 3
    cadi = Person.objects.get(school=school, first_name="Cadi")
    assert cadi.known_as == ["Cads"] and cadi.image_consent == "given"


def test_when_rows_are_bad_then_each_problem_is_reported_by_line_and_nothing_is_imported(
    admin_client, school
):
    content = (
        "Legal Forename,Legal Surname,UPN,Year,Email\r\n"
        "Osian,Roberts,D1,4,\r\n"  # good
        ",Parry,D2,3,\r\n"  # line 3: no forename
        '=HYPERLINK("http://x"),Owen,D3,2,\r\n'  # line 4: formula
        "Elis,Griffiths,D1,3,\r\n"  # line 5: same UPN as line 2
        "Mali,Lloyd,D5,1,\r\n"  # good
    )
    url = preview_url(upload(admin_client, school, content))
    page = admin_client.get(url).content.decode()
    assert "The file has 3 problems" in page
    for line, text in ((3, "is empty"), (4, "formula"), (5, "same identifier is on line 2")):
        row = page.split(f"<tr><td>{line}</td>")[1].split("</tr>")[0]
        assert text in row
    assert 'value="confirm"' not in page  # no button to import a file with problems

    response = admin_client.post(url, {"action": "confirm"})
    assert response.status_code == 200
    assert "nothing was imported" in response.content.decode()
    assert Person.objects.filter(school=school).count() == 0  # not even the good rows


def test_when_the_problem_list_is_downloaded_then_no_cell_can_run_as_a_formula(admin_client, school):
    content = "Forename,Surname\r\n=cmd|' /C calc'!A0,Owen\r\n@SUM(1+1),Parry\r\nTom,+44 7700\r\n"
    url = preview_url(upload(admin_client, school, content))
    report = admin_client.get(url + "problems.csv")
    assert report["Content-Type"].startswith("text/csv")
    lines = report.content.decode().splitlines()
    assert lines[0] == "line,column,problem,value"
    assert len(lines) == 4
    for row in lines[1:]:
        value = row.rsplit(",", 1)[-1].strip('"')
        assert not value.startswith(("=", "+", "-", "@")), row


def test_when_parents_are_imported_then_they_are_linked_to_their_children_by_upn(admin_client, school):
    admin_client.post(preview_url(upload(admin_client, school, SIMS_PUPILS)), {"action": "confirm"})
    contacts = (
        "Contact Forename,Contact Surname,Relationship,Email,Mobile,Child UPN\r\n"
        "Sian,Hughes,Mother,sian@example.cymru,07700 900401,A123456789012\r\n"
        "Gwion,Jones,Father,gwion@example.com,,B123456789012;C123456789012\r\n"
    )
    admin_client.post(
        preview_url(upload(admin_client, school, contacts, kind="parent")), {"action": "confirm"}
    )
    sian = Person.objects.get(school=school, kind="parent", first_name="Sian")
    assert [c.first_name for c in sian.children.all()] == ["Ffion"]
    assert sian.email == "sian@example.cymru" and sian.phone == "07700 900401"
    gwion = Person.objects.get(school=school, kind="parent", first_name="Gwion")
    assert {c.first_name for c in gwion.children.all()} == {"Gruffydd", "Cadi"}


def test_when_a_parent_names_a_child_who_is_not_recorded_then_the_row_is_refused(admin_client, school):
    contacts = "Forename,Surname,Pupil UPN\r\nSian,Hughes,Z999\r\n"
    page = admin_client.get(
        preview_url(upload(admin_client, school, contacts, kind="parent"))
    ).content.decode()
    assert "no pupil at the school has this identifier" in page and "Z999" in page


def test_when_a_mixed_file_has_a_type_column_then_each_row_gets_its_kind(admin_client, school):
    content = (
        "Type,First name,Last name,Job title\r\nStaff,Rhys,Jones,Teacher\r\nGovernor,Alun,Hughes,Chair\r\n"
    )
    url = preview_url(upload(admin_client, school, content, kind=""))
    admin_client.post(url, {"action": "confirm"})
    assert Person.objects.get(first_name="Rhys").kind == "staff"
    assert Person.objects.get(first_name="Alun").kind == "governor"


# --- hostile and awkward files ------------------------------------------------------------------------


def test_when_the_file_is_larger_than_the_limit_then_it_is_refused_and_nothing_is_stored(
    admin_client, school, settings
):
    settings.SAFESOCIAL_IMPORT_MAX_BYTES = 200
    response = upload(admin_client, school, SIMS_PUPILS + "x" * 300)
    assert response.status_code == 400
    assert "larger than" in response.content.decode()
    assert PeopleImport.objects.count() == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00 workbook", "spreadsheet workbook"),
        (b"Forename,Surname\r\nA\x00B,C\r\n", "not a text file"),
        (b"", "empty"),
        (b"\x81\x8d\x8f\x90\x9d", "encoding cannot be read"),
    ],
)
def test_when_the_file_is_not_csv_text_then_the_upload_page_says_why(admin_client, school, content, message):
    response = upload(admin_client, school, content)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert PeopleImport.objects.count() == 0 and Person.objects.count() == 0


def test_when_the_file_has_a_utf8_byte_order_mark_then_the_first_heading_is_still_recognised(
    admin_client, school
):
    url = preview_url(upload(admin_client, school, "\ufeff" + SIMS_PUPILS))
    admin_client.post(url, {"action": "confirm"})
    assert Person.objects.filter(school=school, mis_id="A123456789012").exists()


def test_when_the_file_is_windows_1252_then_accents_survive_and_the_page_warns(admin_client, school):
    content = "Forename,Surname\r\nSiân,Zoë-Pritchard\r\n".encode("cp1252")
    url = preview_url(upload(admin_client, school, content))
    page = admin_client.get(url).content.decode()
    assert "Windows-1252" in page and "Siân" in page
    admin_client.post(url, {"action": "confirm"})
    assert Person.objects.get(school=school).last_name == "Zoë-Pritchard"


def test_when_the_file_is_utf16_with_tabs_then_it_is_read(admin_client, school):
    content = "Forename\tSurname\tYear\r\nMegan\tParry\t4\r\n".encode("utf-16")
    admin_client.post(preview_url(upload(admin_client, school, content)), {"action": "confirm"})
    assert Person.objects.get(school=school).year_group == "Year 4"


def test_when_a_quote_is_left_open_then_the_file_is_refused_with_the_line(admin_client, school):
    page = admin_client.get(
        preview_url(upload(admin_client, school, 'Forename,Surname\r\nMali,"Owen\r\nTom,Jones\r\n'))
    ).content.decode()
    assert "not valid CSV" in page


def test_when_a_name_holds_markup_then_it_is_refused_and_shown_escaped(admin_client, school):
    page = admin_client.get(
        preview_url(upload(admin_client, school, "Forename,Surname\r\n<script>alert(1)</script>,Owen\r\n"))
    ).content.decode()
    assert "<script>alert(1)" not in page and "&lt;script&gt;" in page
    assert "is not a name" in page


def test_when_the_headings_have_no_names_then_the_file_is_refused_saying_which_columns_are_needed(
    admin_client, school
):
    page = admin_client.get(
        preview_url(upload(admin_client, school, "Colour,Size\r\nred,4\r\n"))
    ).content.decode()
    assert "Legal Forename" in page and 'value="confirm"' not in page


# --- all or nothing, once -----------------------------------------------------------------------------------


def test_when_writing_fails_half_way_then_nobody_from_the_file_is_kept(admin_client, school, monkeypatch):
    url = preview_url(upload(admin_client, school, SIMS_PUPILS))
    real_create = Person.objects.create
    calls = {"n": 0}

    def failing_create(**kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk full")
        return real_create(**kwargs)

    monkeypatch.setattr(Person.objects, "create", failing_create)
    admin_client.raise_request_exception = False
    response = admin_client.post(url, {"action": "confirm"})
    assert response.status_code == 500
    assert calls["n"] == 3
    assert Person.objects.filter(school=school).count() == 0
    assert PeopleImport.objects.get().status == PeopleImport.Status.PREVIEWED


def test_when_an_upload_is_confirmed_twice_then_the_second_time_changes_nothing(admin_client, school):
    url = preview_url(upload(admin_client, school, SIMS_PUPILS))
    admin_client.post(url, {"action": "confirm"})
    Person.objects.filter(school=school).delete()
    admin_client.post(url, {"action": "confirm"})
    assert Person.objects.filter(school=school).count() == 0


def test_when_a_check_is_too_old_then_it_cannot_be_confirmed(admin_client, school):
    url = preview_url(upload(admin_client, school, SIMS_PUPILS))
    PeopleImport.objects.update(created_at=timezone.now() - dt.timedelta(hours=2))
    response = admin_client.post(url, {"action": "confirm"}, follow=True)
    assert "too long ago" in response.content.decode()
    assert Person.objects.count() == 0


def test_when_an_import_is_cancelled_then_its_contents_are_forgotten(admin_client, school):
    url = preview_url(upload(admin_client, school, SIMS_PUPILS))
    admin_client.post(url, {"action": "cancel"})
    record = PeopleImport.objects.get()
    assert record.status == PeopleImport.Status.CANCELLED and record.content == ""
    assert Person.objects.count() == 0


def test_when_people_are_imported_then_the_audit_log_has_counts_and_no_names(admin_client, school):
    admin_client.post(preview_url(upload(admin_client, school, SIMS_PUPILS)), {"action": "confirm"})
    entries = list(AuditEntry.objects.filter(action__startswith="people.import"))
    assert [e.action for e in entries] == ["people.import.checked", "people.import.committed"]
    assert entries[1].details["created"] == 3
    dumped = json.dumps([e.details for e in entries])
    assert "Ffion" not in dumped and "A123456789012" not in dumped


# --- who may import ------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["staff", "dsl", "governor", "ict_manager", "chair_of_governors", "slt"])
def test_when_someone_without_the_admin_or_head_role_opens_the_import_page_then_it_is_not_found(school, role):
    user = make_user(school, role)
    client = Client()
    client.login(username=user.username, password=PASSWORD)
    assert client.get(f"/schools/{school.slug}/people/import/").status_code == 404
    assert upload(client, school, SIMS_PUPILS).status_code == 404
    assert Person.objects.count() == 0


def test_when_the_head_imports_then_it_is_allowed(school):
    head = make_user(school, "head_teacher")
    client = Client()
    client.login(username=head.username, password=PASSWORD)
    client.post(preview_url(upload(client, school, SIMS_PUPILS)), {"action": "confirm"})
    assert Person.objects.filter(school=school).count() == 3


def test_when_an_administrator_of_another_school_tries_an_import_then_it_is_not_found(admin_client, school):
    url = preview_url(upload(admin_client, school, SIMS_PUPILS))
    other = make_school("Other Primary", slug="other")
    intruder = make_user(other, "school_admin")
    client = Client()
    client.login(username=intruder.username, password=PASSWORD)
    assert client.get(url).status_code == 404
    assert client.post(url, {"action": "confirm"}).status_code == 404
    assert client.get(url + "problems.csv").status_code == 404
    other_url = url.replace(f"/{school.slug}/", "/other/")
    assert client.get(other_url).status_code == 404
    assert Person.objects.count() == 0


@pytest.mark.parametrize(
    ("role", "status"), [("head_teacher", 200), ("dsl", 200), ("staff", 404), ("governor", 404)]
)
def test_when_someone_opens_the_people_list_then_only_leaders_the_dsl_and_admin_see_it(school, role, status):
    make_person(school, "pupil", "Ffion", "Hughes", known_as=["Ffi"], no_publish=True)
    user = make_user(school, role)
    client = Client()
    client.login(username=user.username, password=PASSWORD)
    response = client.get(f"/schools/{school.slug}/people/")
    assert response.status_code == status
    if status == 200:
        assert "Ffion Hughes" in response.content.decode() and "Do not publish" in response.content.decode()


# --- the command line ------------------------------------------------------------------------


def test_when_the_command_imports_a_good_file_then_people_are_added(school, tmp_path, capsys):
    path = tmp_path / "pupils.csv"
    path.write_text(SIMS_PUPILS, encoding="utf-8")
    call_command("import_people", str(path), school=school.slug, kind="pupil")
    assert Person.objects.filter(school=school).count() == 3
    assert "3 added" in capsys.readouterr().out


def test_when_the_command_finds_problems_then_it_fails_lists_them_and_imports_nothing(school, tmp_path):
    path = tmp_path / "pupils.csv"
    path.write_text(SIMS_PUPILS + "D1,1004,,Elis,,3,3G,\r\n", encoding="utf-8")
    problems = tmp_path / "problems.csv"
    with pytest.raises(CommandError, match="1 problem"):
        call_command("import_people", str(path), school=school.slug, kind="pupil", problems_csv=str(problems))
    assert Person.objects.count() == 0
    assert "line 5" not in problems.read_text() and problems.read_text().splitlines()[1].startswith("5,")


def test_when_the_command_only_checks_then_nothing_changes(school, tmp_path, capsys):
    path = tmp_path / "pupils.csv"
    path.write_text(SIMS_PUPILS, encoding="utf-8")
    call_command("import_people", str(path), school=school.slug, kind="pupil", check=True)
    assert Person.objects.count() == 0 and "3 to add" in capsys.readouterr().out
