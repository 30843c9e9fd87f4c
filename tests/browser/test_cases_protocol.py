"""What people do on the case pages, in a real browser.

A parent's inappropriate post about a teacher at Ysgol Llanbedrog goes from a report through the public link,
to the head teacher's decision, to the Annex B letter (real DOCX and PDF files, in Welsh and English), to the
deadline the worker watches, to closure.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from tests.cases.conftest import POST_TEXT, World, build_world, png_bytes, report_post
from tests.cases.test_letters import pdf_text
from tests.factories import PASSWORD

from safesocial.audit.models import AuditEntry
from safesocial.audit.services import audit_verify
from safesocial.cases.models import Case, Stage

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def world(transactional_db: object, settings: object, tmp_path: Path) -> World:
    settings.MEDIA_ROOT = tmp_path / "media"  # type: ignore[attr-defined]
    return build_world()


@pytest.fixture
def open_page(browser, live_server) -> Iterator[Callable[[str | None], object]]:
    """A fresh browser (signed in as `username`, or not signed in), reading English."""
    contexts = []

    def _open(username: str | None) -> object:
        context = browser.new_context(base_url=live_server.url, locale="en-GB", accept_downloads=True)
        context.set_default_timeout(20000)
        context.add_cookies([{"name": settings.LANGUAGE_COOKIE_NAME, "value": "en", "url": live_server.url}])
        contexts.append(context)
        page = context.new_page()
        if username is not None:
            page.goto("/accounts/login/")
            page.get_by_label("Username").fill(username)
            page.get_by_label("Password").fill(PASSWORD)
            page.get_by_role("button", name="Sign in").click()
            page.wait_for_url("**/")
        return page

    yield _open
    for context in contexts:
        context.close()


def _download(page, link) -> bytes:
    with page.expect_download() as info:
        link.click()
    return Path(info.value.path()).read_bytes()


def test_a_parents_post_goes_from_report_to_letter_to_deadline_to_closure(world: World, open_page):
    # 1. A parent who saw the post reports it through the school's public link, without an account.
    parent = open_page(None)
    parent.goto(f"/report/{world.school.slug}/")
    parent.get_by_role("link", name="A post about the school or its people").click()
    posted = timezone.localtime() - dt.timedelta(hours=3)
    parent.get_by_label("Where was it?").select_option("facebook")
    parent.get_by_label("Web address (link), if you have it").fill(
        "https://www.facebook.com/groups/llanbedrog/1"
    )
    parent.get_by_label("Who posted it?").select_option("parent")
    parent.get_by_label("Their name or account name, if you know it").fill("Dafydd Parry")
    parent.get_by_label("Who is it about?").select_option("staff")
    parent.get_by_label("When was it posted?").fill(posted.strftime("%Y-%m-%dT%H:%M"))
    parent.get_by_label("What does it say? Copy the words exactly").fill(POST_TEXT)
    parent.get_by_label("Screenshots or files").set_input_files(
        files=[{"name": "screenshot.png", "mimeType": "image/png", "buffer": png_bytes()}]
    )
    parent.get_by_role("button", name="Send the report").click()
    parent.wait_for_url(f"**/report/{world.school.slug}/thanks/")
    thanks = parent.inner_text("main")
    case = Case.objects.get()
    assert "has received your report" in thanks and case.reference not in thanks and "useless" not in thanks

    # 2. The head teacher sees it due on the home page and opens it: the screener's findings cite the clause.
    head = open_page("head-teacher")
    due = head.get_by_role("region", name="Cases: what is due next")
    due.get_by_role("link", name=case.reference).click()
    head.wait_for_url(f"**/case/{case.reference}/")
    assert "Clause 10.3" in head.inner_text("main")
    assert case.reference in head.inner_text("h1")

    # 3. Step 3: the head decides, police or internal, with the reason.
    head.get_by_role("link", name="Record the decision").click()
    head.get_by_label("Internal procedure").check()
    head.get_by_label("Reason for the decision").fill("Not illegal: an unpleasant comment about a teacher.")
    head.get_by_role("button", name="Record the decision").click()
    head.wait_for_url(f"**/case/{case.reference}/")
    assert "Being dealt with by the school" in head.inner_text("#case-stage")

    # 4. The letter (Annex B), generated from the case facts, in Welsh and English.
    head.get_by_role("link", name="Send a letter asking for deletion (Annex B)").click()
    extract = "Mr Jones at Ysgol Llanbedrog is a useless teacher"
    head.get_by_label("Extracts to quote").fill(extract)
    head.get_by_label("Date the policy was circulated to parents").fill("2021-10-19")
    head.get_by_label("A member of staff is affected (add the paragraph about their union)").check()
    head.get_by_role("button", name="Send a letter asking for deletion (Annex B)").click()
    head.wait_for_url(f"**/case/{case.reference}/")
    case.refresh_from_db()
    assert case.stage == Stage.DEADLINE
    deadline = timezone.localtime(case.deadline_at)
    by = f"by 6pm on {deadline:%A} {deadline.day} {deadline:%B %Y}"
    when = f"{posted:%A} {posted.day} {posted:%B %Y}"

    english = head.locator("ul.letters li", has_text="English")
    docx_bytes = _download(head, english.get_by_role("link", name="Word (DOCX)"))
    words = " ".join(" ".join(p.text for p in docx.Document(io.BytesIO(docx_bytes)).paragraphs).split())
    pdf = " ".join(pdf_text(_download(head, english.get_by_role("link", name="PDF"))).split())
    for text in (words, pdf):
        assert "Dear Parent," in text and extract in text and by in text and when in text
        assert "circulated to all parents on 19 October 2021" in text and "contact their union" in text
    welsh = pdf_text(
        _download(head, head.locator("ul.letters li", has_text="Cymraeg").get_by_role("link", name="PDF"))
    )
    assert "Annwyl Riant" in welsh and "erbyn 6 o’r gloch yr hwyr" in " ".join(welsh.split())

    # 5. The deadline passes: the worker's sweep records it and the home page shows it overdue.
    # Two days on: the deadline is now in the past (moved here rather than waiting), and the sweep runs.
    Case.objects.filter(pk=case.pk).update(deadline_at=timezone.now() - dt.timedelta(minutes=5))
    call_command("cases_sweep")
    head.reload()
    assert "Deadline passed" in head.inner_text("#timeline")
    head.goto("/")
    assert "overdue" in head.get_by_role("region", name="Cases: what is due next").inner_text()

    # 6. The post came down: record the outcome and close the case.
    head.goto(f"/cases/{world.school.slug}/case/{case.reference}/")
    head.get_by_role("link", name="Record whether the post was removed").click()
    head.get_by_label("Yes, it has gone").check()
    head.get_by_role("button", name="Record whether the post was removed").click()
    head.get_by_role("link", name="Close the case").click()
    head.get_by_label("Outcome").select_option("removed")
    head.get_by_label("How the case ended").fill("The parent deleted the post after the letter.")
    head.get_by_role("button", name="Close the case").click()
    head.wait_for_url(f"**/case/{case.reference}/")
    assert "Closed" in head.inner_text("#case-stage")
    timeline = head.inner_text("#timeline")
    for step in (
        "Reported",
        "Decision",
        "Letter issued",
        "Deadline to delete set",
        "Deadline passed",
        "Closed",
    ):
        assert step in timeline

    # 7. The audit chain verifies; a changed row is detected.
    assert audit_verify().ok
    row = AuditEntry.objects.filter(action="case.decision").get()
    AuditEntry.objects.filter(pk=row.pk).update(details={**row.details, "route": "police"})
    report = audit_verify()
    assert not report.ok and report.first_bad_seq == row.seq


def test_a_case_about_the_head_goes_to_the_deputy_and_the_head_cannot_see_it(world: World, open_page):
    case = report_post(
        world, subject="head_teacher", text="The head teacher Mrs Davies is a liar and a bully."
    )
    deputy = open_page("deputy-head")
    deputy.goto(f"/cases/{world.school.slug}/")
    deputy.get_by_role("link", name=case.reference).click()
    assert "The case is about the head teacher, so the head teacher cannot see it." in deputy.inner_text(
        "main"
    )
    assert "Deputy head" in deputy.inner_text("main")

    head = open_page("head-teacher")
    head.goto(f"/cases/{world.school.slug}/?status=")
    assert case.reference not in head.inner_text("main")
    head.goto("/")
    assert case.reference not in head.inner_text("main")
    response = head.goto(f"/cases/{world.school.slug}/case/{case.reference}/")
    assert response.status == 404


def test_a_teacher_gets_404_for_a_dsl_only_case_and_never_sees_it_listed(world: World, open_page):
    case = report_post(
        world,
        kind="safeguarding",
        reporter=world.user("slt"),
        text="A pupil posted about wanting to hurt themselves.",
    )
    teacher = open_page("staff")
    teacher.goto(f"/cases/{world.school.slug}/?status=")
    assert case.reference not in teacher.inner_text("main")
    response = teacher.goto(f"/cases/{world.school.slug}/case/{case.reference}/")
    assert response.status == 404
    assert case.reference not in teacher.content()

    dsl = open_page("dsl")
    dsl.goto(f"/cases/{world.school.slug}/")
    dsl.get_by_role("link", name=case.reference).click()
    assert "Safeguarding: only the DSL and the head teacher can see it." in dsl.inner_text("main")
