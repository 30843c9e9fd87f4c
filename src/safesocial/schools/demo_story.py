"""The demo's story: what the five demo schools have been doing for the past six weeks, so that someone
signing in sees SafeSocial at work rather than empty pages. Every person, post and account here is invented.

Everything is made by the product's own services, by the demo user who would have done it, at the time it
would have happened (`demo.at_story_time`): routing, screening, letters, chronologies and audit entries are
the real ones. Nothing here writes a case or register record directly.

- Every school: its policy adopted by the head (in `demo.load_demo`), about two-thirds of the people it binds
  have confirmed it; the line manager, the ICT manager, the trust's shared technician and (where governors
  are bound) the governor have not.
- Ysgol Llanbedrog: a parent's Facebook post about a teacher part-way through the inappropriate-post protocol
  (reported with a screenshot, decided internal, the Annex B letter sent in Welsh and English, the 48-hour
  deadline running); a pupil's post, handled and closed; a post about the head teacher that only the deputy
  head sees. Declarations (one reviewed, one waiting), training, an approved Facebook account with encrypted
  sign-in details and a weekly check that is overdue, a business case waiting for the senior leadership team,
  and two pre-publication checks (one blocked by the no-publish list).
- Chewton Vale: a pupil's friend request. Archbishop Hutton's: cyberbullying of a teacher. Hollybank: a
  pupil's post about a teacher, and a safeguarding concern only the DSL and the head see. Sleaford Westgate:
  a journalist's enquiry, and a parent's post about a teacher.

Each item is found by its natural key before it is made (a report by its text, a declaration by who made it
and what kind, a business case by its name, ...), so loading again adds nothing twice and never moves on a
case someone has since worked on. E-mails the services send while the story loads are written to files under
the var folder when the console e-mail backend is in use, instead of filling the terminal.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import textwrap
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.test.utils import override_settings

from safesocial.cases.models import AuthorKind, Case, Kind, Platform, Subject
from safesocial.cases.services import (
    LetterInput,
    ReportInput,
    Upload,
    case_add_note,
    case_close,
    case_decide,
    case_report,
    case_send_letter,
)
from safesocial.monitoring.models import MonitoringCheck, MonitoringDuty
from safesocial.monitoring.services import check_record, duty_assign
from safesocial.registers.models import (
    AccountApplication,
    Acknowledgement,
    Declaration,
    OfficialAccount,
    PolicyAdoption,
    PrePublicationCheck,
    TrainingRecord,
)
from safesocial.registers.selectors import bound_users
from safesocial.registers.services import (
    account_record,
    application_decide,
    application_submit,
    declaration_make,
    declaration_review,
    policy_acknowledge,
    prepublication_check,
    training_record,
)
from safesocial.schools.demo import (
    SHARED_ICT_USERNAME,
    StorySummary,
    at_story_time,
    demo_username,
    story_moment,
)
from safesocial.schools.models import Person, Role, School, User

CONSOLE_MAIL = "django.core.mail.backends.console.EmailBackend"
# Who has not yet confirmed the policy at every school (the rest, about two-thirds, have).
NOT_YET_CONFIRMED = (Role.LINE_MANAGER, Role.ICT_MANAGER, Role.GOVERNOR)
DEMO_CONTACT = "01632 960 441"  # a number reserved for drama and examples (Ofcom)


def load_story(schools: list[School]) -> StorySummary:
    """Add whatever of the story is missing. Returns what was created this time."""
    counts: Counter[str] = Counter()
    by_pack = {school.policy_pack_id: school for school in schools}
    with _story_mail() as folder, _quiet("weasyprint"), transaction.atomic():
        for school in schools:
            _acknowledgements(school, counts)
        llanbedrog = by_pack.get("ysgol-llanbedrog")
        if llanbedrog is not None:
            _llanbedrog_cases(llanbedrog, counts)
            _llanbedrog_registers(llanbedrog, counts)
        if "bwmat" in by_pack:
            _chewton_vale(by_pack["bwmat"], counts)
        if "archbishop-hutton" in by_pack:
            _archbishop_hutton(by_pack["archbishop-hutton"], counts)
        if "generic-school" in by_pack:
            _hollybank(by_pack["generic-school"], counts)
        if "robert-carre" in by_pack:
            _sleaford_westgate(by_pack["robert-carre"], counts)
    created = {
        name: counts[name]
        for name in (
            "acknowledgements",
            "cases",
            "letters",
            "declarations",
            "training",
            "business_cases",
            "accounts",
            "account_checks",
            "prepublication_checks",
        )
    }
    return StorySummary(created=created, mail_folder=folder if counts.total() else "")


@contextlib.contextmanager
def _quiet(name: str) -> Iterator[None]:
    """Keep a library's progress messages out of the loader's output (warnings still show)."""
    logger = logging.getLogger(name)
    level = logger.level
    logger.setLevel(max(level, logging.WARNING))
    try:
        yield
    finally:
        logger.setLevel(level)


@contextlib.contextmanager
def _story_mail() -> Iterator[str]:
    """With the console e-mail backend (the demo's), write the story's e-mails to files rather than the
    terminal; any other backend is left as configured."""
    if settings.EMAIL_BACKEND != CONSOLE_MAIL:
        yield ""
        return
    folder = Path(settings.VAR_DIR) / "demo-mail"
    folder.mkdir(parents=True, exist_ok=True)
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend", EMAIL_FILE_PATH=str(folder)
    ):
        yield str(folder)


def _user(role: str, school: School) -> User:
    return User.objects.get(username=demo_username(role, school.policy_pack_id))


def _pupil(school: School, first: str, last: str) -> Person:
    return Person.objects.get(school=school, kind=Person.Kind.PUPIL, first_name=first, last_name=last)


# --- the policy: about two-thirds have confirmed it ---------------------------------------------------------


def _acknowledgements(school: School, counts: Counter[str]) -> None:
    revision_id = school.policy_revision_id
    if revision_id is None:
        return
    adoption = PolicyAdoption.objects.filter(school=school, revision_id=revision_id).first()
    waiting = {demo_username(role, school.policy_pack_id) for role in NOT_YET_CONFIRMED}
    waiting.add(SHARED_ICT_USERNAME)
    acknowledged = Acknowledgement.objects.filter(school=school, revision_id=revision_id)
    done = set(acknowledged.values_list("user_id", flat=True))
    for n, user in enumerate(bound_users(school)):
        if user.username in waiting or user.pk in done:
            continue
        # Over the week after adoption, a few each morning (if the policy was adopted only now, now).
        moment = story_moment(41 - n % 6, f"{8 + n % 9:02d}:{(n * 13) % 60:02d}")
        if adoption is not None and moment <= adoption.adopted_at:
            moment = None
        with at_story_time(moment):
            policy_acknowledge(school=school, user=user)
        counts["acknowledgements"] += 1


# --- cases --------------------------------------------------------------------------------------------------


def _existing(school: School, text: str) -> Case | None:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Case.objects.filter(school=school, report__text_sha256=digest).first()


def _report(
    school: School,
    reporter: User,
    data: ReportInput,
    *,
    days_ago: int,
    clock: str,
    counts: Counter[str],
    uploads: tuple[Upload, ...] = (),
) -> Case | None:
    """File a report as `reporter` did at the time; None when the story already has it (then the later steps
    are not taken again either: someone may have moved the case on since)."""
    if _existing(school, data.text) is not None:
        return None
    with at_story_time(story_moment(days_ago, clock)):
        case = case_report(school=school, reporter=reporter, data=data, uploads=uploads, source="report")
    counts["cases"] += 1
    return case


def _screenshot(author: str, when: str, text: str) -> bytes:
    """A plain picture of a social-media post, made now: the kind of screenshot a member of staff uploads."""
    from PIL import Image, ImageDraw, ImageFont

    width, margin = 760, 28
    body = ImageFont.load_default(size=21)
    small = ImageFont.load_default(size=16)
    bold = ImageFont.load_default(size=20)
    lines = textwrap.wrap(text, width=58)
    height = 150 + 30 * len(lines) + 60
    image = Image.new("RGB", (width, height), (240, 242, 245))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((12, 12, width - 12, height - 12), radius=12, fill=(255, 255, 255))
    draw.ellipse((margin, 32, margin + 52, 84), fill=(96, 125, 139))
    initials = "".join(part[0] for part in author.split()[:2]).upper()
    draw.text((margin + 26, 58), initials, font=bold, fill=(255, 255, 255), anchor="mm")
    draw.text((margin + 68, 36), author, font=bold, fill=(28, 30, 33))
    draw.text((margin + 68, 62), when, font=small, fill=(101, 103, 107))
    y = 108
    for line in lines:
        draw.text((margin, y), line, font=body, fill=(28, 30, 33))
        y += 30
    draw.line((margin, y + 16, width - margin, y + 16), fill=(206, 208, 212), width=1)
    draw.text((margin, y + 28), "Like     Comment     Share", font=small, fill=(101, 103, 107))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


PROTOCOL_POST = (
    "Absolutely disgusted with Ysgol Llanbedrog. Mr Jones in Year 4 is a bully who picks on my son every day "
    "and the head does nothing. He should not be allowed near children. Parents, keep your kids away from "
    "this school!"
)
PROTOCOL_EXTRACTS = [
    "Mr Jones in Year 4 is a bully who picks on my son every day",
    "He should not be allowed near children.",
]
PUPIL_POST = (
    "sneaky pics from class lol, Cadi Williams asleep in maths again 😂 Mr Jones didnt even notice "
    "#ysgolllanbedrog"
)
HEAD_POST = (
    "Everyone in Llanbedrog knows Eleri Davies covered up what happened on the Year 6 residential. She is a "
    "liar and a disgrace and should resign before she ruins the school."
)


def _llanbedrog_cases(school: School, counts: Counter[str]) -> None:
    head = _user(Role.HEAD_TEACHER, school)
    teacher = _user(Role.STAFF, school)  # Rhys Jones, Year 4

    # Three weeks ago: a pupil's Instagram post with photos taken in class. Handled and closed.
    case = _report(
        school,
        teacher,
        ReportInput(
            kind=Kind.POST,
            text=PUPIL_POST,
            platform=Platform.INSTAGRAM,
            author_kind=AuthorKind.PUPIL,
            author_name="Gruffydd Jones (Year 6)",
            subject=Subject.PUPILS,
            subject_name="Cadi Williams",
            posted_at=story_moment(23, "16:52"),
            seen_at=story_moment(23, "19:10"),
        ),
        days_ago=23,
        clock="19:25",
        counts=counts,
    )
    if case is not None:
        with at_story_time(story_moment(22, "08:40")):
            case_decide(
                actor=head,
                case=case,
                route="internal",
                reason="A pupil's post with photographs taken in class without permission. Nothing illegal: "
                "the school deals with it with the pupil and his family.",
            )
        with at_story_time(story_moment(22, "15:35")):
            case_add_note(
                actor=head,
                case=case,
                text="Spoke to Gruffydd and to his father after school. Gruffydd deleted the post while we "
                "were there; I checked Instagram and it has gone. Cadi's mother has been told.",
            )
        with at_story_time(story_moment(21, "09:05")):
            case_close(
                actor=head,
                case=case,
                outcome="removed",
                note="Post deleted the same day. Year 6 reminded about taking photographs in school.",
            )

    # Last week: a parent's post about a teacher. Reported with a screenshot, decided internal, Annex B sent.
    posted = story_moment(4, "20:47")
    shown_as = f"{posted.day} {posted:%B} at {posted:%H:%M} · Public"
    screenshot = _screenshot("Aled Parry", shown_as, PROTOCOL_POST)
    case = _report(
        school,
        teacher,
        ReportInput(
            kind=Kind.POST,
            text=PROTOCOL_POST,
            platform=Platform.FACEBOOK,
            url="https://www.facebook.com/example-post-ysgol-llanbedrog",
            author_kind=AuthorKind.PARENT,
            author_name="Aled Parry",
            subject=Subject.STAFF,
            subject_name="Rhys Jones",
            posted_at=posted,
            seen_at=story_moment(3, "07:30"),
        ),
        days_ago=3,
        clock="08:05",
        counts=counts,
        uploads=(Upload(name="facebook-post-screenshot.png", data=screenshot),),
    )
    if case is not None:
        with at_story_time(story_moment(2, "09:30")):
            case_decide(
                actor=head,
                case=case,
                route="internal",
                reason="Offensive, with an unfounded allegation against a member of staff, but not illegal. "
                "Our protocol: ask the parent to delete it. A meeting is not appropriate this week, so the "
                "letter.",
            )
        adoption = PolicyAdoption.objects.filter(school=school, revision_id=school.policy_revision_id).first()
        with at_story_time(story_moment(1, "10:20")):
            letters = case_send_letter(
                actor=head,
                case=case,
                data=LetterInput(
                    contact=DEMO_CONTACT,
                    circulated_on=adoption.adopted_at.date() if adoption is not None else None,
                    signatory="Eleri Davies",
                    addressee="Mr Aled Parry",
                    extracts=PROTOCOL_EXTRACTS,
                    staff_affected=True,
                    enclose_copy=True,
                ),
            )
        counts["letters"] += len(letters)

    # Two days ago: a post about the head teacher. Only the deputy head sees it.
    _report(
        school,
        _user(Role.SCHOOL_ADMIN, school),
        ReportInput(
            kind=Kind.POST,
            text=HEAD_POST,
            platform=Platform.FACEBOOK,
            author_kind=AuthorKind.PUBLIC,
            author_name="A member of the Llanbedrog community noticeboard group",
            subject=Subject.HEAD_TEACHER,
            subject_name="Eleri Davies",
            posted_at=story_moment(2, "21:14"),
            seen_at=story_moment(1, "07:55"),
        ),
        days_ago=1,
        clock="08:20",
        counts=counts,
    )


def _chewton_vale(school: School, counts: Counter[str]) -> None:
    _report(
        school,
        _user(Role.STAFF, school),  # Lucy Brennan, Year 3
        ReportInput(
            kind=Kind.PUPIL_CONTACT,
            text="Oliver Beaumont (Year 6) sent a follow request to my personal Instagram account last "
            "night. I have declined the request and have not replied.",
            platform=Platform.INSTAGRAM,
            author_kind=AuthorKind.PUPIL,
            author_name="Oliver Beaumont (Year 6)",
            subject=Subject.REPORTER,
            posted_at=story_moment(2, "21:05"),
            details={"declined": True},
        ),
        days_ago=1,
        clock="08:10",
        counts=counts,
    )


def _archbishop_hutton(school: School, counts: Counter[str]) -> None:
    case = _report(
        school,
        _user(Role.STAFF, school),  # Ben Holden, Year 4, reporting what was said about him
        ReportInput(
            kind=Kind.CYBERBULLYING,
            text="Ben Holden at Archbishop Hutton's is a pathetic excuse for a teacher and a bully. He "
            "humiliates kids in front of the whole class. Everyone should report him, he needs sacking. "
            "Useless idiot.",
            platform=Platform.FACEBOOK,
            url="https://www.facebook.com/groups/example-parents-group",
            author_kind=AuthorKind.PARENT,
            author_name="A parent, in the Year 4 parents' group",
            subject=Subject.REPORTER,
            posted_at=story_moment(3, "22:31"),
            seen_at=story_moment(2, "07:15"),
        ),
        days_ago=2,
        clock="07:40",
        counts=counts,
    )
    if case is not None:
        with at_story_time(story_moment(1, "12:15")):
            case_decide(
                actor=_user(Role.HEAD_TEACHER, school),
                case=case,
                route="internal",
                reason="Harassment of a member of staff by a parent; not a police matter. I will speak to "
                "the parent and ask for the post to be removed.",
            )


def _hollybank(school: School, counts: Counter[str]) -> None:
    _report(
        school,
        _user(Role.STAFF, school),  # Chloe Dawson, English
        ReportInput(
            kind=Kind.POST,
            text="POV: Miss Dawson trying to teach Macbeth. Useless idiot, she needs sacking. Everyone "
            "report her #hollybank",
            platform=Platform.TIKTOK,
            author_kind=AuthorKind.PUPIL,
            author_name="A Year 10 pupil's account",
            subject=Subject.STAFF,
            subject_name="Chloe Dawson",
            posted_at=story_moment(3, "18:02"),
            seen_at=story_moment(2, "12:40"),
        ),
        days_ago=2,
        clock="13:05",
        counts=counts,
    )
    # A safeguarding concern: routed to the DSL and the head teacher only.
    _report(
        school,
        _user(Role.LINE_MANAGER, school),  # Peter Quinn, Head of English
        ReportInput(
            kind=Kind.SAFEGUARDING,
            text="At the end of English, Maisie Holt (Year 9) told me that an older man she met on an "
            "online game has been messaging her on Snapchat, asking for photos and saying he wants to meet "
            "her in town this weekend. She seemed frightened. I listened and did not ask her any more "
            "questions.",
            subject=Subject.PUPILS,
            subject_name="Maisie Holt",
            posted_at=story_moment(1, "11:50"),
        ),
        days_ago=1,
        clock="12:05",
        counts=counts,
    )


def _sleaford_westgate(school: School, counts: Counter[str]) -> None:
    _report(
        school,
        _user(Role.STAFF, school),  # Jack Ingram, Chemistry
        ReportInput(
            kind=Kind.MEDIA,
            text="A reporter from the Sleaford Standard e-mailed me asking for a comment on a TikTok video "
            "that appears to show Year 9 students fighting near the Westgate Academy gates. She asked "
            "whether staff were there, whether anyone has been excluded, and whether I would send her the "
            "original video.",
            platform=Platform.NEWSPAPER,
            author_kind=AuthorKind.PUBLIC,
            author_name="Jo Marsh, Sleaford Standard",
            subject=Subject.SCHOOL,
            posted_at=story_moment(1, "16:20"),
            details={"contact": "newsdesk@sleaford-standard.example.co.uk", "deadline": "4pm tomorrow"},
        ),
        days_ago=1,
        clock="16:45",
        counts=counts,
    )
    _report(
        school,
        _user(Role.LINE_MANAGER, school),  # Louise Harrop, Head of Science
        ReportInput(
            kind=Kind.POST,
            text="Mr Ingram at Westgate Academy is a pathetic excuse for a teacher and a bully. Everyone "
            "should report him, he needs sacking. Useless idiot.",
            platform=Platform.FACEBOOK,
            author_kind=AuthorKind.PARENT,
            author_name="A parent, in a Sleaford parents' group",
            subject=Subject.STAFF,
            subject_name="Jack Ingram",
            posted_at=story_moment(1, "20:12"),
            seen_at=story_moment(1, "21:00"),
        ),
        days_ago=1,
        clock="21:05",
        counts=counts,
    )


# --- Ysgol Llanbedrog's registers ---------------------------------------------------------------------------

ACCOUNT_COURSE = "Rhedeg cyfrifon swyddogol yr ysgol / Running the school's official accounts"
SAFETY_COURSE = "Diogelwch ar-lein i staff / Online safety for staff"
FACEBOOK_ACCOUNT = "Ysgol Llanbedrog"
ECO_ACCOUNT = "Clwb Eco Ysgol Llanbedrog"
DEMO_CREDENTIALS = (
    "E-bost / E-mail: facebook@ysgolllanbedrog.example.sch.uk\n"
    "Cyfrinair / Password: demo-only-Llanbedrog-not-a-real-password"
)
BLOCKED_CAPTION = (
    "Llongyfarchiadau i Flwyddyn 6 ar eu perfformiad yn Eisteddfod yr Urdd! Well done to Year 6 on their "
    "Urdd Eisteddfod performance!"
)
CLEAR_CAPTION = (
    "Diolch i bawb a ddaeth i'n Gŵyl Ddiolchgarwch. Thank you to everyone who came to our Harvest Festival!"
)


def _llanbedrog_registers(school: School, counts: Counter[str]) -> None:
    head = _user(Role.HEAD_TEACHER, school)
    slt = _user(Role.SLT, school)  # Dafydd Owen
    admin = _user(Role.SCHOOL_ADMIN, school)  # Bethan Lloyd
    teacher = _user(Role.STAFF, school)  # Rhys Jones
    dsl = _user(Role.DSL, school)  # Nia Roberts
    line_manager = _user(Role.LINE_MANAGER, school)  # Sioned Griffiths

    # Training, recorded by the business manager (her own by the head).
    for user, course, done_days_ago, recorder in (
        (teacher, ACCOUNT_COURSE, 40, admin),
        (admin, ACCOUNT_COURSE, 40, head),
        (dsl, ACCOUNT_COURSE, 40, admin),
        (dsl, SAFETY_COURSE, 70, admin),
        (slt, SAFETY_COURSE, 70, admin),
    ):
        if not TrainingRecord.objects.filter(school=school, user=user, course=course).exists():
            with at_story_time(story_moment(38, "15:30")):
                training_record(
                    school=school,
                    actor=recorder,
                    user=user,
                    course=course,
                    completed_on=story_moment(done_days_ago, "12:00").date(),
                )
            counts["training"] += 1

    # Declarations: one reviewed (arrangements agreed), one waiting for the head or the DSL.
    if not Declaration.objects.filter(school=school, declarant=teacher, kind="family-contact").exists():
        with at_story_time(story_moment(38, "16:10")):
            declaration = declaration_make(
                school=school,
                user=teacher,
                kind="family-contact",
                details="Gwion Jones (Gruffydd's father, Year 6) and I play for the village rugby club and "
                "are friends on Facebook. We are not related.",
                pupils=[_pupil(school, "Gruffydd", "Jones")],
            )
        with at_story_time(story_moment(37, "08:45")):
            declaration_review(
                declaration=declaration,
                reviewer=head,
                outcome="arrangements",
                note="Keep Facebook contact to the rugby club. Do not discuss school matters or Gruffydd "
                "there, and tell me or Nia if anything changes.",
            )
        counts["declarations"] += 1
    if not Declaration.objects.filter(school=school, declarant=line_manager, kind="related").exists():
        with at_story_time(story_moment(2, "15:40")):
            declaration_make(
                school=school,
                user=line_manager,
                kind="related",
                details="Elis Griffiths in Year 3 is my son.",
                pupils=[_pupil(school, "Elis", "Griffiths")],
            )
        counts["declarations"] += 1

    # The school's Facebook page: business case, approved by the SLT, recorded with its sign-in details,
    # checked weekly by Rhys Jones, whose latest check is now overdue.
    if not AccountApplication.objects.filter(school=school, name=FACEBOOK_ACCOUNT).exists():
        with at_story_time(story_moment(35, "13:20")):
            application = application_submit(
                school=school,
                actor=teacher,
                name=FACEBOOK_ACCOUNT,
                platform="facebook",
                aim="Share news, events and celebrations with parents and the community, in Welsh and "
                "English.",
                audience="Parents and carers, and the village community.",
                promotion="The newsletter, the school website and the welcome pack for new families.",
                visibility=AccountApplication.Visibility.OPEN,
                runners=[teacher, admin],
            )
        with at_story_time(story_moment(34, "16:00")):
            application_decide(
                application=application,
                actor=slt,
                approve=True,
                reason="Meets section 3 of the policy: two trained members of staff who have confirmed the "
                "policy, a clear aim and audience.",
            )
        with at_story_time(story_moment(33, "10:30")):
            account = account_record(
                application=application,
                actor=admin,
                handle="facebook.com/YsgolLlanbedrog",
                credentials=DEMO_CREDENTIALS,
            )
            duty_assign(account=account, actor=admin, assignee=teacher, every_days=7)
        counts["business_cases"] += 1
        counts["accounts"] += 1
        for days_ago, clock, outcome, note in (
            (26, "15:40", MonitoringCheck.Outcome.FINE, ""),
            (17, "15:35", MonitoringCheck.Outcome.ANSWERED, "Answered two questions about the concert."),
            (9, "15:50", MonitoringCheck.Outcome.FINE, ""),
        ):
            with at_story_time(story_moment(days_ago, clock)):
                check_record(account=account, actor=teacher, outcome=outcome, note=note)
            counts["account_checks"] += 1

    account = OfficialAccount.objects.filter(school=school, name=FACEBOOK_ACCOUNT).first()
    if account is not None and MonitoringDuty.objects.filter(account=account).exists():
        for caption, shown, days_ago in (
            (BLOCKED_CAPTION, [("Ffion", "Hughes"), ("Gruffydd", "Jones")], 6),
            (CLEAR_CAPTION, [("Cadi", "Williams"), ("Osian", "Roberts")], 1),
        ):
            if PrePublicationCheck.objects.filter(account=account, caption=caption).exists():
                continue
            with at_story_time(story_moment(days_ago, "14:15")):
                prepublication_check(
                    account=account,
                    actor=teacher,
                    caption=caption,
                    people=[_pupil(school, first, last) for first, last in shown],
                    image_description="Pupils on stage in school uniform.",
                )
            counts["prepublication_checks"] += 1

    # A new business case, waiting for the senior leadership team: both runners are ready.
    if not AccountApplication.objects.filter(school=school, name=ECO_ACCOUNT).exists():
        with at_story_time(story_moment(3, "16:25")):
            application_submit(
                school=school,
                actor=line_manager,
                name=ECO_ACCOUNT,
                platform="instagram",
                aim="Show the Eco Club's projects (the school garden, litter picks, recycling) to families.",
                audience="Families of pupils at the school.",
                promotion="The newsletter and a poster at the school gate.",
                visibility=AccountApplication.Visibility.PRIVATE,
                runners=[dsl, teacher],
            )
        counts["business_cases"] += 1
