"""A school with people in every role the registers care about."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.core.management import call_command
from tests.factories import make_person, make_school, make_user

from safesocial.schools.models import Person, School, User


@dataclass
class Cast:
    school: School
    head: User
    dsl: User
    slt: User
    admin: User
    teacher: User
    teacher2: User
    governor: User
    outsider: User
    pupil: Person
    no_publish_pupil: Person


def build_cast(pack: str = "ysgol-llanbedrog", language: str = "en", name: str = "Ysgol Llanbedrog") -> Cast:
    school = make_school(name, pack=pack, language=language)
    other = make_school("Elsewhere Primary", pack="bwmat")
    return Cast(
        school=school,
        head=make_user(
            school, "head_teacher", username=f"head-{school.slug}", first_name="Eleri", last_name="Davies"
        ),
        dsl=make_user(
            school, "dsl", "staff", username=f"dsl-{school.slug}", first_name="Gwyn", last_name="Roberts"
        ),
        slt=make_user(
            school, "slt", "staff", username=f"slt-{school.slug}", first_name="Sian", last_name="Owen"
        ),
        admin=make_user(
            school, "school_admin", username=f"admin-{school.slug}", first_name="Alaw", last_name="Ceris"
        ),
        teacher=make_user(
            school, "staff", username=f"teacher-{school.slug}", first_name="Dafydd", last_name="Jones"
        ),
        teacher2=make_user(
            school, "staff", username=f"teacher2-{school.slug}", first_name="Nia", last_name="Lewis"
        ),
        governor=make_user(
            school, "governor", username=f"gov-{school.slug}", first_name="Huw", last_name="Price"
        ),
        outsider=make_user(other, "head_teacher", username=f"outsider-{school.slug}"),
        pupil=make_person(
            school, "pupil", "Osian", "Parry", mis_id="P1", image_consent="given", year_group="Year 4"
        ),
        no_publish_pupil=make_person(
            school,
            "pupil",
            "Ffion",
            "Hughes",
            mis_id="P2",
            image_consent="given",
            no_publish=True,
            year_group="Year 4",
        ),
    )


@pytest.fixture
def cast(db) -> Cast:
    return build_cast()


@pytest.fixture
def run_worker(transactional_db):
    """Run every queued task through the database worker, as production does. The worker closes connections
    that are not in autocommit (as a test's wrapping transaction is), so tests using it are transactional."""

    def _run() -> None:
        call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)

    return _run
