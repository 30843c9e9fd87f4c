"""A Welsh school in a trust with one user in every role, another school, and helpers to file reports, take
them through the protocol's first steps and sign in."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone, translation
from PIL import Image
from tests.factories import PASSWORD, make_school, make_trust, make_user

from safesocial.cases import services
from safesocial.cases.models import Case
from safesocial.schools.models import School, Trust, User

ROLES = [
    "staff",
    "line_manager",
    "head_teacher",
    "deputy_head",
    "dsl",
    "slt",
    "school_admin",
    "ict_manager",
    "governor",
    "chair_of_governors",
    "trust_central",
]
NAMES = {
    "head_teacher": ("Eleri", "Davies"),
    "deputy_head": ("Gethin", "Roberts"),
    "dsl": ("Siân", "Pritchard"),
    "staff": ("Tomos", "Jones"),
    "chair_of_governors": ("Alaw", "Ceris"),
}
POST_TEXT = (
    "Mr Jones at Ysgol Llanbedrog is a useless teacher and everyone knows it. "
    "Somebody should sort him out after school."
)


@dataclass
class World:
    trust: Trust
    school: School
    other_school: School
    users: dict[str, User] = field(default_factory=dict)
    outsider: User | None = None

    def user(self, role: str) -> User:
        return self.users[role]


@pytest.fixture(autouse=True)
def _english_by_default() -> object:
    """Start each test in English: a request to a Welsh school's page switches the thread to Welsh."""
    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture
def world(db: object, settings: object, tmp_path: object) -> World:
    settings.MEDIA_ROOT = tmp_path / "media"  # type: ignore[attr-defined,operator]
    return build_world()


def build_world() -> World:
    trust = make_trust("Ymddiriedolaeth Llŷn", slug="llyn-trust")
    school = make_school(
        "Ysgol Llanbedrog", pack="ysgol-llanbedrog", language="cy", trust=trust, slug="ysgol-llanbedrog"
    )
    other = make_school("Hillside Primary", pack="bwmat", slug="hillside")
    w = World(trust=trust, school=school, other_school=other)
    for role in ROLES:
        first, last = NAMES.get(role, (role.replace("_", " ").title(), "Test"))
        w.users[role] = make_user(
            school, role, username=role.replace("_", "-"), trust=trust, first_name=first, last_name=last
        )
    w.outsider = make_user(other, "head_teacher", username="other-head")
    return w


def english(client: Client) -> Client:
    """Welsh schools' pages default to Welsh; these tests read the English wording."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def png_bytes(size: tuple[int, int] = (40, 30), colour: str = "white") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def report_post(
    world: World,
    *,
    reporter: User | None = None,
    text: str = POST_TEXT,
    subject: str = "staff",
    author_kind: str = "parent",
    kind: str = "post",
    files: int = 1,
    **extra: object,
) -> Case:
    data = services.ReportInput(
        kind=kind,
        text=text,
        platform="facebook",
        url="https://www.facebook.com/groups/llanbedrog-parents/posts/1234",
        author_kind=author_kind,
        author_name="Dafydd Parry",
        subject=subject,
        posted_at=timezone.now() - dt.timedelta(hours=5),
        seen_at=timezone.now() - dt.timedelta(hours=1),
        **extra,  # type: ignore[arg-type]
    )
    uploads = [services.Upload(name=f"screenshot-{i}.png", data=png_bytes()) for i in range(files)]
    return services.case_report(
        school=world.school,
        reporter=reporter if reporter is not None else world.user("staff"),
        data=data,
        uploads=uploads,
        source="report",
    )


def signed_in(user: User | None, *, english_pages: bool = True) -> Client:
    """A browser signed in as `user` (None: not signed in), reading the English wording unless told not to."""
    client = english(Client()) if english_pages else Client()
    if user is not None:
        assert client.login(username=user.username, password=PASSWORD)
    return client


def decided_internal(
    world: World, case: Case | None = None, *, actor: User | None = None, reason: str = "Internal"
) -> Case:
    """A reported post (a new one unless given) that its handler decided to deal with internally."""
    case = case or report_post(world)
    services.case_decide(
        actor=actor or world.user("head_teacher"), case=case, route="internal", reason=reason
    )
    return case


def deletion_letter_sent(
    world: World,
    case: Case | None = None,
    *,
    actor: User | None = None,
    reason: str = "Internal",
    extract: str = "useless teacher",
    signatory: str = "E",
) -> Case:
    """Then the Annex B letter, asking for deletion by the earliest deadline the policy allows."""
    actor = actor or world.user("head_teacher")
    case = decided_internal(world, case, actor=actor, reason=reason)
    services.case_send_letter(
        actor=actor,
        case=case,
        data=services.LetterInput(contact="", circulated_on=None, signatory=signatory, extracts=[extract]),
    )
    case.refresh_from_db()
    return case


def meeting_invited(
    world: World, case: Case | None = None, *, reason: str = "Internal", days_ahead: int = 1
) -> Case:
    """Or the Annex A invitation to a meeting `days_ahead` days from now."""
    head = world.user("head_teacher")
    case = decided_internal(world, case, actor=head, reason=reason)
    services.case_invite_to_meeting(
        actor=head,
        case=case,
        data=services.LetterInput(
            contact="01758",
            circulated_on=None,
            signatory="E",
            meeting_at=timezone.now() + dt.timedelta(days=days_ahead),
        ),
    )
    case.refresh_from_db()
    return case
