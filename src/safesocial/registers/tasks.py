"""Background work for the registers (django-tasks; the database worker runs them).

`registers_sweep` is the daily job (also `safesocial registers_sweep`): acknowledgement reminders, policy
review
reminders to the document owner, yearly reconfirmation of declarations, declarations waiting for review, and
overdue checks of official accounts. Every reminder has a key, so running the sweep twice sends nothing twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_noop
from django_tasks import task

from safesocial.registers.models import Declaration, PolicyAdoption, Reminder
from safesocial.registers.selectors import DECLARATION_REVIEWERS, pending_acknowledgers
from safesocial.registers.services import reminder_send
from safesocial.schools.models import Role, School, User
from safesocial.schools.selectors import holders_of_any

REVIEW_WARNING = dt.timedelta(days=30)
RECONFIRM_WARNING = dt.timedelta(days=14)

ACK_SUBJECT = gettext_noop("Please read and confirm the social media policy")
ACK_BODY = gettext_noop(
    "Your school has published its social media policy. Please read it in SafeSocial and confirm that you "
    "have "
    "read and understood it."
)
REVIEW_SOON_SUBJECT = gettext_noop("The social media policy is due for review")
REVIEW_OVERDUE_SUBJECT = gettext_noop("The social media policy review is overdue")
REVIEW_BODY = gettext_noop(
    "You are named as an owner of the school's social media policy. Its review date is close or has passed: "
    "review it, then adopt the new revision in SafeSocial so that everyone is asked to read it again."
)
RECONFIRM_SUBJECT = gettext_noop("Please reconfirm your declaration")
RECONFIRM_BODY = gettext_noop(
    "Declarations are reconfirmed every year. Please check that your declaration is still accurate and "
    "reconfirm "
    "it, or withdraw it if it no longer applies."
)
DECLARATION_REVIEW_SUBJECT = gettext_noop("A declaration is waiting for your review")
DECLARATION_REVIEW_BODY = gettext_noop(
    "A member of staff has made a declaration under the social media policy. Please review it in SafeSocial."
)
MONITORING_SUBJECT = gettext_noop("An official account check is overdue")
MONITORING_BODY = gettext_noop(
    "You are responsible for checking one of the school's official social media accounts, and the check is "
    "overdue. Check the account, answer any comments or messages, and record the check in SafeSocial."
)


def _url(name: str, *args: object) -> str:
    return getattr(settings, "SAFESOCIAL_SITE_URL", "").rstrip("/") + reverse(name, args=args)


def _remind(school: School, users: Iterable[User], **reminder: str) -> int:
    """Send the same reminder to each of `users`; how many had not had it yet."""
    return sum(1 for user in users if reminder_send(school=school, user=user, **reminder))


def _week(today: dt.date) -> str:
    year, week, _ = today.isocalendar()
    return f"{year}w{week:02d}"


def acknowledgement_reminders(school: School, reason: str) -> int:
    """Remind everyone who has not confirmed the current revision. Weekly by the sweep; a leader's request
    sends at most once a day; adoption sends once per revision."""
    revision_id = school.policy_revision_id
    if revision_id is None:
        return 0
    today = timezone.localdate()
    period = {"adopted": "adopted", "manual": f"d{today.isoformat()}"}.get(reason, _week(today))
    pending = pending_acknowledgers(school)
    if reason == "sweep":  # weekly: not for anyone reminded in the last week (at adoption, or by a leader)
        week_ago = timezone.now() - dt.timedelta(days=7)
        recent = Reminder.objects.filter(
            school=school, key__startswith=f"ack:{revision_id}:", sent_at__gte=week_ago
        ).values("user_id")
        pending = pending.exclude(pk__in=recent)
    return _remind(
        school,
        pending,
        kind=Reminder.Kind.ACKNOWLEDGE,
        key=f"ack:{revision_id}:{period}",
        url=_url("registers:policy", school.slug),
        subject=ACK_SUBJECT,
        body=ACK_BODY,
    )


def review_reminders(school: School) -> int:
    """Tell the policy's owners (the pack's review owners at this school, else the head) that a review is
    due."""
    adoption = PolicyAdoption.objects.filter(school=school, revision_id=school.policy_revision_id).first()
    if adoption is None:
        return 0
    today = timezone.localdate()
    if today < adoption.review_due - REVIEW_WARNING:
        return 0
    overdue = today >= adoption.review_due
    from safesocial.registers.selectors import pack_for

    owner_roles = [r.value for r in pack_for(school).pack.processes.cycles.review_owner]
    owners = holders_of_any(school, owner_roles) or holders_of_any(school, [Role.HEAD_TEACHER])
    phase = f"overdue-{_week(today)}" if overdue else "soon"
    return _remind(
        school,
        owners,
        kind=Reminder.Kind.REVIEW_DUE,
        key=f"review:{adoption.pk}:{phase}",
        url=_url("registers:policy", school.slug),
        subject=REVIEW_OVERDUE_SUBJECT if overdue else REVIEW_SOON_SUBJECT,
        body=REVIEW_BODY,
    )


def reconfirm_reminders(school: School) -> int:
    today = timezone.localdate()
    sent = 0
    due = Declaration.objects.filter(school=school, reconfirm_due__lte=today + RECONFIRM_WARNING).exclude(
        status=Declaration.Status.WITHDRAWN
    )
    for declaration in due.select_related("declarant"):
        if reminder_send(
            school=school,
            user=declaration.declarant,
            kind=Reminder.Kind.DECLARATION_RECONFIRM,
            key=f"decl-reconfirm:{declaration.pk}:{declaration.reconfirm_due.isoformat()}",
            url=_url("registers:declarations", school.slug),
            subject=RECONFIRM_SUBJECT,
            body=RECONFIRM_BODY,
        ):
            sent += 1
    return sent


def declaration_review_reminders(declaration: Declaration) -> int:
    school = declaration.school
    reviewers = holders_of_any(school, DECLARATION_REVIEWERS)
    return _remind(
        school,
        [user for user in reviewers if user.pk != declaration.declarant_id],
        kind=Reminder.Kind.DECLARATION_REVIEW,
        key=f"decl-review:{declaration.pk}",
        url=_url("registers:declaration", school.slug, declaration.pk),
        subject=DECLARATION_REVIEW_SUBJECT,
        body=DECLARATION_REVIEW_BODY,
    )


def monitoring_reminders(school: School) -> int:
    from safesocial.monitoring.selectors import overdue_duties

    sent = 0
    for duty in overdue_duties(school):
        if reminder_send(
            school=school,
            user=duty.assignee,
            kind=Reminder.Kind.MONITORING_OVERDUE,
            key=f"mon:{duty.pk}:{duty.next_due.isoformat()}",
            url=_url("monitoring:account", school.slug, duty.account_id),
            subject=MONITORING_SUBJECT,
            body=MONITORING_BODY,
        ):
            sent += 1
    return sent


def sweep_school(school: School) -> dict[str, int]:
    pending_reviews = 0
    for declaration in Declaration.objects.filter(school=school, status=Declaration.Status.PENDING):
        pending_reviews += declaration_review_reminders(declaration)
    return {
        "acknowledgement": acknowledgement_reminders(school, "sweep"),
        "review": review_reminders(school),
        "reconfirm": reconfirm_reminders(school),
        "declaration_review": pending_reviews,
        "monitoring": monitoring_reminders(school),
    }


def sweep_all() -> dict[str, int]:
    totals: dict[str, int] = {}
    for school in School.objects.all().order_by("pk"):
        for name, count in sweep_school(school).items():
            totals[name] = totals.get(name, 0) + count
    return totals


@task()
def registers_sweep() -> dict[str, int]:
    return sweep_all()


@task()
def send_acknowledgement_requests(school_id: int, reason: str) -> int:
    school = School.objects.filter(pk=school_id).first()
    return acknowledgement_reminders(school, reason) if school is not None else 0


@task()
def notify_declaration_reviewers(declaration_id: int) -> int:
    declaration = Declaration.objects.select_related("school").filter(pk=declaration_id).first()
    if declaration is None or declaration.status != Declaration.Status.PENDING:
        return 0
    return declaration_review_reminders(declaration)
