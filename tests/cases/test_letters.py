"""The protocol's letters: the right words, the case's facts, a realistic deadline, real DOCX and PDF."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from zoneinfo import ZoneInfo

import docx
import pytest

from safesocial.cases.letters import (
    Extract,
    LetterFacts,
    compose,
    deletion_deadline,
    render_docx,
    render_pdf,
)

LONDON = ZoneInfo("Europe/London")


def _facts(**overrides: object) -> LetterFacts:
    values: dict[str, object] = {
        "kind": "deletion-request",
        "language": "en",
        "school_name": "Ysgol Llanbedrog",
        "reference": "2026-0007",
        "letter_date": dt.date(2026, 3, 3),
        "platform": "Facebook",
        "about": "staff",
        "extracts": [
            Extract("Mr Jones is a useless teacher", dt.datetime(2026, 3, 2, 21, 14, tzinfo=LONDON))
        ],
        "circulated_on": dt.date(2021, 10, 19),
        "contact": "01758 740 000",
        "deadline_at": dt.datetime(2026, 3, 5, 18, 0, tzinfo=LONDON),
        "signatory": "Eleri Davies",
    }
    values.update(overrides)
    return LetterFacts(**values)  # type: ignore[arg-type]


def pdf_text(data: bytes) -> str:
    result = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True)
    return " ".join(result.stdout.decode("utf-8").split())


def docx_text(data: bytes) -> str:
    return " ".join(" ".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs).split())


@pytest.mark.parametrize(
    ("sent", "deadline"),
    [
        # 48 hours from 10am Tuesday is 10am Thursday: the first 6pm after that is Thursday's.
        (dt.datetime(2026, 3, 3, 10, 0), dt.datetime(2026, 3, 5, 18, 0)),
        # Sent at 7pm: 48 hours later is 7pm Thursday, so 6pm Friday.
        (dt.datetime(2026, 3, 3, 19, 0), dt.datetime(2026, 3, 6, 18, 0)),
        # Exactly 6pm: 6pm two days later is exactly 48 hours.
        (dt.datetime(2026, 3, 3, 18, 0), dt.datetime(2026, 3, 5, 18, 0)),
        # Across the clocks going forward (29 March 2026): still 6pm local time.
        (dt.datetime(2026, 3, 28, 9, 0), dt.datetime(2026, 3, 30, 18, 0)),
    ],
)
def test_when_a_letter_is_sent_then_the_deadline_is_the_first_6pm_at_least_48_hours_later(sent, deadline):
    got = deletion_deadline(sent.replace(tzinfo=LONDON), 48)
    assert got == deadline.replace(tzinfo=LONDON)
    assert got - sent.replace(tzinfo=LONDON) >= dt.timedelta(hours=48)
    assert got.astimezone(LONDON).hour == 18


@pytest.mark.parametrize(
    ("sent", "deadline"),
    [
        # Clocks go forward at 1am on Sunday 29 March 2026: 48 hours after 5:30pm Friday is 6:30pm Sunday, so
        # 6pm Sunday would allow only 47½ hours; the deadline is 6pm Monday.
        (dt.datetime(2026, 3, 27, 17, 30), dt.datetime(2026, 3, 30, 18, 0)),
        # Clocks go back at 2am on Sunday 25 October 2026: 48 hours after 6:30pm Friday is 5:30pm Sunday.
        (dt.datetime(2026, 10, 23, 18, 30), dt.datetime(2026, 10, 25, 18, 0)),
    ],
)
def test_when_the_clocks_change_before_the_deadline_then_it_still_allows_48_real_hours(sent, deadline):
    sent = sent.replace(tzinfo=LONDON)
    got = deletion_deadline(sent, 48)
    assert got == deadline.replace(tzinfo=LONDON)
    assert got.astimezone(dt.UTC) - sent.astimezone(dt.UTC) >= dt.timedelta(hours=48)


def test_when_annex_b_is_composed_in_english_then_it_quotes_the_extract_with_date_time_and_deadline():
    text = compose(_facts()).plain_text()
    assert "Dear Parent," in text
    assert "on the Facebook website" in text
    assert "Facebook, Monday 2 March 2026 at 9:14pm" in text
    assert "“Mr Jones is a useless teacher”" in text
    assert "circulated to all parents on 19 October 2021" in text
    assert "by 6pm on Thursday 5 March 2026" in text
    assert "union" not in text  # only when a member of staff is affected


def test_when_staff_are_affected_then_the_union_paragraph_is_included():
    assert "contact their union" in compose(_facts(staff_affected=True)).plain_text()


def test_when_annex_b_is_composed_in_welsh_then_it_is_welsh_with_welsh_dates():
    text = compose(_facts(language="cy")).plain_text()
    assert "Annwyl Riant," in text
    assert "dydd Llun 2 Mawrth 2026 am 21:14" in text
    assert "erbyn 6 o’r gloch yr hwyr ddydd Iau 5 Mawrth 2026" in text
    assert "a ddosbarthwyd i bob rhiant ar 19 Hydref 2021" in text
    assert "Yn gywir," in text and "Pennaeth, Ysgol Llanbedrog" in text


def test_when_annex_a_is_composed_then_it_invites_to_a_meeting_with_the_contact_number():
    meeting = dt.datetime(2026, 3, 10, 15, 30, tzinfo=LONDON)
    en = compose(_facts(kind="meeting-invitation", meeting_at=meeting)).plain_text()
    cy = compose(_facts(kind="meeting-invitation", meeting_at=meeting, language="cy")).plain_text()
    assert "meet with me at the school on Tuesday 10 March 2026 at 3:30pm" in en
    assert "contact the school on 01758 740 000" in en
    assert "yn yr ysgol ddydd Mawrth 10 Mawrth 2026 am 15:30" in cy
    assert "6pm" not in en  # an invitation has no deadline


def test_when_a_letter_is_rendered_then_the_docx_and_pdf_say_the_same_thing():
    content = compose(_facts())
    docx_bytes, pdf_bytes = render_docx(content), render_pdf(content)
    assert docx_bytes.startswith(b"PK") and pdf_bytes.startswith(b"%PDF-")
    for text in (docx_text(docx_bytes), pdf_text(pdf_bytes)):
        assert "Mr Jones is a useless teacher" in text
        assert "by 6pm on Thursday 5 March 2026" in text
        assert "Our ref: 2026-0007" in text


def test_when_a_letter_quotes_markup_then_the_pdf_shows_it_as_text_and_fetches_nothing():
    hostile = (
        '<img src="http://example.invalid/x.png"><link rel=stylesheet href="http://example.invalid/a.css">'
    )
    content = compose(_facts(extracts=[Extract(hostile)]))
    text = pdf_text(render_pdf(content))
    assert "example.invalid/x.png" in text  # shown as words, never loaded


def test_when_the_welsh_letter_is_generated_then_its_properties_flag_it_for_review():
    document = docx.Document(io.BytesIO(render_docx(compose(_facts(language="cy")))))
    assert document.core_properties.language == "cy"
    assert "reviewed by the school" in document.core_properties.comments


def test_when_an_extract_holds_control_characters_then_the_docx_is_still_written():
    content = compose(_facts(extracts=[Extract("bad\x00 \x07words\x1b here")]))
    assert "bad words here" in docx_text(render_docx(content))
