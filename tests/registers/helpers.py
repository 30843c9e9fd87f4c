"""Shortcuts the register tests share: getting a cast member ready to run an official account."""

from __future__ import annotations

import datetime as dt
from typing import Any

from safesocial.registers import services
from safesocial.registers.models import AccountApplication, OfficialAccount
from safesocial.schools.models import School, User


def adopt(school: School, by: User) -> None:
    services.policy_adopt(school=school, actor=by)
    school.refresh_from_db()


def make_ready(school: School, recorder: User, *users: User) -> None:
    """Each user confirms the policy and has training recorded (policy must be adopted)."""
    for user in users:
        services.policy_acknowledge(school=school, user=user)
        services.training_record(
            school=school,
            actor=recorder,
            user=user,
            course="Cwrs cyfryngau cymdeithasol 2026",
            completed_on=dt.date(2026, 9, 1),
        )


def submit_application(
    cast: Any, *, actor: User | None = None, runners: list[User] | None = None, **fields: str
) -> AccountApplication:
    """A business case for an official account, by `actor` (the first teacher unless given), naming `runners`
    (both teachers unless given); `fields` replace the defaults."""
    case = {
        "name": "Ysgol Llanbedrog News",
        "platform": "facebook",
        "aim": "Share school news",
        "audience": "Parents",
        "promotion": "Newsletter",
        "visibility": "open",
        **fields,
    }
    return services.application_submit(
        school=cast.school,
        actor=actor or cast.teacher,
        runners=runners if runners is not None else [cast.teacher, cast.teacher2],
        **case,
    )


def approved_account(cast, credentials: str = "user: ysgol\npassword: Tr1cky-Pass") -> OfficialAccount:
    adopt(cast.school, cast.head)
    make_ready(cast.school, cast.head, cast.teacher, cast.teacher2)
    application = submit_application(cast)
    services.application_decide(application=application, actor=cast.slt, approve=True, reason="Clear aim")
    assert application.status == AccountApplication.Status.APPROVED
    return services.account_record(
        application=application, actor=cast.admin, handle="@YsgolLlanbedrog", credentials=credentials
    )
