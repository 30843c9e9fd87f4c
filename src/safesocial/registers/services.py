"""Writes for the registers. Each service checks the actor's permission, makes the change and writes its audit
entry in one transaction. Views, tasks and commands call these and nothing else."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from safesocial.audit.models import AuditEntry
from safesocial.audit.services import audit_record
from safesocial.policy import load_pack, parse_pack_text
from safesocial.policy.loader import dump_pack_yaml
from safesocial.registers import crypto
from safesocial.registers.models import (
    AccountApplication,
    Acknowledgement,
    Declaration,
    OfficialAccount,
    PolicyAdoption,
    PostCheckRecord,
    PrePublicationCheck,
    Reminder,
    TrainingRecord,
)
from safesocial.registers.screening import Screened, screen_post, without_evidence
from safesocial.registers.selectors import (
    ADOPTERS,
    CONSENT_KEEPERS,
    LEADERS,
    TRAINING_RECORDERS,
    access_accounts_i_publish_to,
    account_rules,
    bound_users,
    can_approve_post,
    can_decide_application,
    can_import_consent,
    can_record_account,
    can_review_declarations,
    is_runner,
    pack_for,
    runner_shortfalls,
)
from safesocial.schools.models import Person, PolicyRevision, School, User
from safesocial.schools.selectors import roles_for

RECONFIRM_AFTER = dt.timedelta(days=365)
REVEALS_PER_HOUR = 5
MAX_CONSENT_CSV_BYTES = 2 * 1024 * 1024


class NotAllowed(PermissionDenied):
    """The actor may not do this. Views answer 404 so nothing about the object is revealed."""


def _require(condition: bool) -> None:
    if not condition:
        raise NotAllowed


# --- reminders ----------------------------------------------------------------------------------------------


def user_language(user: User, school: School) -> str:
    return user.preferred_language or school.language or settings.LANGUAGE_CODE


def reminder_send(
    *, school: School, user: User, kind: str, key: str, url: str, subject: str, body: str
) -> Reminder | None:
    """Send a reminder once per key: shown on the person's home page and e-mailed to them. Returns None when
    this reminder was already sent. `subject` and `body` are untranslated English, translated here into the
    person's language."""
    now = timezone.now()
    try:
        with transaction.atomic():
            reminder = Reminder.objects.create(
                school=school, user=user, kind=kind, key=key, url=url, sent_at=now
            )
    except IntegrityError:
        return None
    if user.email:
        with translation.override(user_language(user, school)):
            text = _(body) + "\n\n" + _("Open SafeSocial: %(url)s") % {"url": url} + "\n\n" + school.name
            send_mail(_(subject), text, None, [user.email], fail_silently=True)
        Reminder.objects.filter(pk=reminder.pk).update(emailed=True)
    return reminder


def reminders_resolve(*, user: User | None, school: School, key_prefix: str) -> int:
    qs = Reminder.objects.filter(school=school, key__startswith=key_prefix, resolved_at__isnull=True)
    if user is not None:
        qs = qs.filter(user=user)
    return qs.update(resolved_at=timezone.now())


# --- policy adoption and acknowledgement --------------------------------------------------------------------


def review_due_for(pack_review_due: dt.date | None, cycle_months: int, adopted_on: dt.date) -> dt.date:
    """The pack's own next-review date when it is still ahead; otherwise adoption date plus the review cycle
    (adopting a policy is reviewing it)."""
    if pack_review_due is not None and pack_review_due > adopted_on:
        return pack_review_due
    month_index = adopted_on.month - 1 + cycle_months
    year, month = adopted_on.year + month_index // 12, month_index % 12 + 1
    for day in (adopted_on.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


@transaction.atomic
def policy_adopt(*, school: School, actor: User, content: str | None = None) -> PolicyAdoption:
    """Adopt and publish a revision of the school's policy pack: the bundled pack, or an edited copy given as
    YAML. Everyone bound by it is asked (again) to read and confirm it."""
    _require(bool(roles_for(actor, school) & ADOPTERS))
    if content is None:
        loaded = load_pack(school.policy_pack_id)
        text = dump_pack_yaml(loaded.pack)
        owner: School | None = None
    else:
        loaded = parse_pack_text(content, source="adopted revision")
        text = content
        owner = school
    if loaded.pack.id != school.policy_pack_id:
        raise ValidationError(_("This revision is of a different policy pack."), code="wrong-pack")
    revision = PolicyRevision.objects.filter(pack_id=loaded.pack.id, content_hash=loaded.content_hash).first()
    if revision is None:
        revision = PolicyRevision.objects.create(
            pack_id=loaded.pack.id,
            revision=loaded.pack.revision,
            content_hash=loaded.content_hash,
            content=text,
            school=owner,
            created_by=actor,
        )
    if school.policy_revision_id == revision.pk:
        raise ValidationError(_("The school has already adopted this revision."), code="already-adopted")
    now = timezone.now()
    meta = loaded.pack.metadata
    due = review_due_for(
        meta.review_due(), loaded.pack.processes.cycles.review_cycle_months, timezone.localdate()
    )
    adoption = PolicyAdoption.objects.create(
        school=school, revision=revision, adopted_by=actor, adopted_at=now, review_due=due
    )
    school.policy_revision = revision
    school.save(update_fields=["policy_revision"])
    audit_record(
        actor=actor,
        action="policy.adopted",
        target=adoption,
        school=school,
        details={
            "revision": revision.pk,
            "content_hash": revision.content_hash,
            "review_due": due.isoformat(),
        },
    )
    from safesocial.registers.tasks import send_acknowledgement_requests

    send_acknowledgement_requests.enqueue(school.pk, "adopted")
    return adoption


@transaction.atomic
def policy_acknowledge(*, school: School, user: User) -> Acknowledgement:
    """The person confirms they have read and understood the current revision."""
    revision = school.policy_revision
    _require(revision is not None and bound_users(school).filter(pk=user.pk).exists())
    assert revision is not None
    existing = Acknowledgement.objects.filter(school=school, revision=revision, user=user).first()
    if existing is not None:
        return existing
    ack = Acknowledgement.objects.create(
        school=school, revision=revision, user=user, acknowledged_at=timezone.now()
    )
    audit_record(
        actor=user, action="policy.acknowledged", target=ack, school=school, details={"revision": revision.pk}
    )
    reminders_resolve(user=user, school=school, key_prefix=f"ack:{revision.pk}:")
    return ack


def acknowledgement_reminders_request(*, school: School, actor: User) -> None:
    """A leader asks the worker to remind everyone who has not yet confirmed the policy."""
    _require(bool(roles_for(actor, school) & LEADERS) and school.policy_revision_id is not None)
    from safesocial.registers.tasks import send_acknowledgement_requests

    with transaction.atomic():
        audit_record(
            actor=actor,
            action="policy.reminders_requested",
            target=school,
            school=school,
            details={"revision": school.policy_revision_id},
        )
        send_acknowledgement_requests.enqueue(school.pk, "manual")


# --- training -----------------------------------------------------------------------------------------------


@transaction.atomic
def training_record(
    *, school: School, actor: User, user: User, course: str, completed_on: dt.date
) -> TrainingRecord:
    _require(bool(roles_for(actor, school) & TRAINING_RECORDERS) and bool(roles_for(user, school)))
    if completed_on > timezone.localdate():
        raise ValidationError({"completed_on": _("The date cannot be in the future.")})
    record = TrainingRecord.objects.create(
        school=school,
        user=user,
        course=course.strip(),
        completed_on=completed_on,
        recorded_by=actor,
        recorded_at=timezone.now(),
    )
    audit_record(
        actor=actor, action="training.recorded", target=record, school=school, details={"user": user.pk}
    )
    return record


# --- declarations -------------------------------------------------------------------------------------------


@transaction.atomic
def declaration_make(
    *, school: School, user: User, kind: str, details: str, pupils: Iterable[Person] = ()
) -> Declaration:
    _require(bool(roles_for(user, school)))
    pupils = list(pupils)
    if any(p.school_id != school.pk or p.kind != Person.Kind.PUPIL for p in pupils):
        raise ValidationError({"pupils": _("Choose pupils of this school.")})
    now = timezone.now()
    declaration = Declaration.objects.create(
        school=school,
        declarant=user,
        kind=kind,
        details=details.strip(),
        created_at=now,
        confirmed_at=now,
        reconfirm_due=timezone.localdate(now) + RECONFIRM_AFTER,
    )
    declaration.pupils.set(pupils)
    audit_record(
        actor=user,
        action="declaration.made",
        target=declaration,
        school=school,
        details={"kind": kind, "pupils": [p.pk for p in pupils]},
    )
    from safesocial.registers.tasks import notify_declaration_reviewers

    notify_declaration_reviewers.enqueue(declaration.pk)
    return declaration


@transaction.atomic
def declaration_review(*, declaration: Declaration, reviewer: User, outcome: str, note: str) -> Declaration:
    school = declaration.school
    _require(can_review_declarations(reviewer, school) and declaration.declarant_id != reviewer.pk)
    if declaration.status == Declaration.Status.WITHDRAWN:
        raise ValidationError(_("This declaration was withdrawn."))
    if outcome not in {Declaration.Status.NOTED, Declaration.Status.ARRANGEMENTS}:
        raise ValidationError({"outcome": _("Choose an outcome.")})
    if outcome == Declaration.Status.ARRANGEMENTS and not note.strip():
        raise ValidationError({"note": _("Say what has been agreed.")})
    declaration.status = outcome
    declaration.reviewed_by = reviewer
    declaration.reviewed_at = timezone.now()
    declaration.review_note = note.strip()
    declaration.save(update_fields=["status", "reviewed_by", "reviewed_at", "review_note"])
    audit_record(
        actor=reviewer,
        action="declaration.reviewed",
        target=declaration,
        school=school,
        details={"outcome": outcome},
    )
    reminders_resolve(user=None, school=school, key_prefix=f"decl-review:{declaration.pk}")
    return declaration


@transaction.atomic
def declaration_reconfirm(*, declaration: Declaration, user: User) -> Declaration:
    """The declarant confirms the declaration is still accurate; it is due again in a year."""
    _require(declaration.declarant_id == user.pk and declaration.is_active)
    now = timezone.now()
    declaration.confirmed_at = now
    declaration.reconfirm_due = timezone.localdate(now) + RECONFIRM_AFTER
    declaration.save(update_fields=["confirmed_at", "reconfirm_due"])
    audit_record(actor=user, action="declaration.reconfirmed", target=declaration, school=declaration.school)
    reminders_resolve(user=user, school=declaration.school, key_prefix=f"decl-reconfirm:{declaration.pk}:")
    return declaration


@transaction.atomic
def declaration_withdraw(*, declaration: Declaration, user: User) -> Declaration:
    _require(declaration.declarant_id == user.pk and declaration.is_active)
    declaration.status = Declaration.Status.WITHDRAWN
    declaration.save(update_fields=["status"])
    audit_record(actor=user, action="declaration.withdrawn", target=declaration, school=declaration.school)
    reminders_resolve(user=None, school=declaration.school, key_prefix=f"decl-review:{declaration.pk}")
    reminders_resolve(user=user, school=declaration.school, key_prefix=f"decl-reconfirm:{declaration.pk}:")
    return declaration


def declaration_viewed(*, declaration: Declaration, viewer: User) -> None:
    """A reviewer opened someone's declaration: safeguarding records leave a trace of every look."""
    if declaration.declarant_id != viewer.pk:
        audit_record(actor=viewer, action="declaration.viewed", target=declaration, school=declaration.school)


# --- official accounts --------------------------------------------------------------------------------------


@transaction.atomic
def application_submit(
    *,
    school: School,
    actor: User,
    name: str,
    platform: str,
    aim: str,
    audience: str,
    promotion: str,
    visibility: str,
    runners: Iterable[User],
) -> AccountApplication:
    _require(bool(roles_for(actor, school)))
    runners = list(dict.fromkeys(runners))
    rules = account_rules(school)
    if len(runners) < int(rules["min_runners"]):  # type: ignore[call-overload]
        raise ValidationError(
            {
                "runners": _("Name at least %(n)d members of staff to run the account.")
                % {"n": rules["min_runners"]}
            }
        )
    if any(not roles_for(r, school) for r in runners):
        raise ValidationError({"runners": _("Everyone named must work at this school.")})
    application = AccountApplication.objects.create(
        school=school,
        name=name.strip(),
        platform=platform,
        aim=aim.strip(),
        audience=audience.strip(),
        promotion=promotion.strip(),
        visibility=visibility,
        proposed_by=actor,
        submitted_at=timezone.now(),
    )
    application.runners.set(runners)
    audit_record(
        actor=actor,
        action="account_application.submitted",
        target=application,
        school=school,
        details={"runners": [r.pk for r in runners]},
    )
    return application


@dataclass
class RunnerProblem:
    user: User
    missing: list[str] = field(default_factory=list)


def application_runner_problems(application: AccountApplication) -> list[RunnerProblem]:
    out = []
    for runner in application.runners.all().order_by("last_name", "username"):
        missing = runner_shortfalls(runner, application.school)
        if missing:
            out.append(RunnerProblem(runner, missing))
    return out


@transaction.atomic
def application_decide(
    *, application: AccountApplication, actor: User, approve: bool, reason: str
) -> AccountApplication:
    """The senior leadership team approves or rejects a business case, with reasons. Approval needs every
    named
    runner to have confirmed the policy and had their training recorded (seed 003 §3)."""
    school = application.school
    _require(can_decide_application(actor, school, application))
    if not reason.strip():
        raise ValidationError({"reason": _("Give the reasons for the decision.")})
    if approve:
        problems = application_runner_problems(application)
        if problems:
            names = ", ".join(p.user.display_name() for p in problems)
            raise ValidationError(
                _(
                    "Not everyone named can run an account yet: %(names)s. Each must have confirmed the "
                    "policy "
                    "and had their training recorded."
                )
                % {"names": names},
                code="runners-not-ready",
            )
    application.status = AccountApplication.Status.APPROVED if approve else AccountApplication.Status.REJECTED
    application.decided_by = actor
    application.decided_at = timezone.now()
    application.decision_reason = reason.strip()
    application.save(update_fields=["status", "decided_by", "decided_at", "decision_reason"])
    audit_record(
        actor=actor, action=f"account_application.{application.status}", target=application, school=school
    )
    return application


@transaction.atomic
def account_record(
    *, application: AccountApplication, actor: User, handle: str, credentials: str
) -> OfficialAccount:
    """The administrator records the account they created for an approved business case, with its sign-in
    details (encrypted before they are stored)."""
    school = application.school
    _require(can_record_account(actor, school))
    if application.status != AccountApplication.Status.APPROVED:
        raise ValidationError(_("Only an approved business case can have an account recorded."))
    if OfficialAccount.objects.filter(application=application).exists():
        raise ValidationError(_("An account is already recorded for this business case."))
    now = timezone.now()
    account = OfficialAccount.objects.create(
        school=school,
        application=application,
        name=application.name,
        platform=application.platform,
        handle=handle.strip(),
        created_by=actor,
        created_at=now,
        credentials_token=crypto.encrypt(credentials) if credentials else "",
        credentials_updated_at=now if credentials else None,
    )
    account.runners.set(application.runners.all())
    audit_record(
        actor=actor,
        action="account.recorded",
        target=account,
        school=school,
        details={"application": application.pk, "credentials_stored": bool(credentials)},
    )
    return account


@transaction.atomic
def account_credentials_set(*, account: OfficialAccount, actor: User, credentials: str) -> OfficialAccount:
    """Replace the stored sign-in details (the administrator, or a runner after changing the password)."""
    _require(can_record_account(actor, account.school) or is_runner(actor, account))
    account.credentials_token = crypto.encrypt(credentials)
    account.credentials_updated_at = timezone.now()
    account.save(update_fields=["credentials_token", "credentials_updated_at"])
    audit_record(actor=actor, action="account.credentials_set", target=account, school=account.school)
    return account


class RevealRefused(ValidationError):
    pass


def account_credentials_reveal(*, account: OfficialAccount, actor: User, password: str) -> str:
    """Decrypt the sign-in details for a named runner who has re-entered their own password. Every reveal and
    every refused attempt is audited; more than REVEALS_PER_HOUR attempts an hour are refused."""
    school = account.school
    _require(is_runner(actor, account) and account.status == OfficialAccount.Status.ACTIVE)
    since = timezone.now() - dt.timedelta(hours=1)
    recent = AuditEntry.objects.filter(
        actor=actor, action__in=["account.credentials_revealed", "account.credentials_refused"], at__gte=since
    ).count()

    def refused(message: str, code: str) -> RevealRefused:
        audit_record(
            actor=actor,
            action="account.credentials_refused",
            target=account,
            school=school,
            details={"reason": code},
        )
        return RevealRefused(message, code=code)

    with transaction.atomic():
        if recent >= REVEALS_PER_HOUR:
            refusal = refused(_("Too many attempts. Try again in an hour."), "rate-limit")
        elif not actor.check_password(password):
            refusal = refused(_("That is not your password."), "password")
        elif not account.credentials_token:
            raise RevealRefused(_("No sign-in details are stored for this account yet."), code="none")
        else:
            plain = crypto.decrypt(account.credentials_token)
            audit_record(actor=actor, action="account.credentials_revealed", target=account, school=school)
            return plain
    raise refusal


# --- consent and pre-publication checks ---------------------------------------------------------------------


@transaction.atomic
def consent_set(*, person: Person, actor: User, image_consent: str, no_publish: bool) -> Person:
    school = person.school
    _require(bool(roles_for(actor, school) & CONSENT_KEEPERS) and person.kind == Person.Kind.PUPIL)
    if image_consent not in Person.Consent.values:
        raise ValidationError({"image_consent": _("Choose a consent value.")})
    before = {"image_consent": person.image_consent, "no_publish": person.no_publish}
    person.image_consent = image_consent
    person.no_publish = no_publish
    person.save(update_fields=["image_consent", "no_publish"])
    audit_record(
        actor=actor,
        action="consent.changed",
        target=person,
        school=school,
        details={"before": before, "after": {"image_consent": image_consent, "no_publish": no_publish}},
    )
    return person


def consent_viewed(*, school: School, viewer: User) -> None:
    """Children's consent records were looked at: the audit log keeps who looked, and when."""
    _require(bool(roles_for(viewer, school)))
    audit_record(actor=viewer, action="consent.viewed", target=school, school=school)


@dataclass
class ConsentImport:
    updated: int = 0
    unchanged: int = 0
    unknown: list[int] = field(default_factory=list)  # line numbers whose MIS id is not a pupil here
    invalid: list[int] = field(default_factory=list)  # line numbers with values that cannot be read


_CONSENT_WORDS = {
    "given": "given", "yes": "given", "y": "given",
    "true": "given", "1": "given", "ie": "given", "do": "given",
    "refused": "refused", "no": "refused", "n": "refused",
    "false": "refused", "0": "refused", "na": "refused",
    "unknown": "unknown", "": "unknown",
}  # fmt: skip
_FLAG_WORDS = {"yes": True, "y": True, "true": True, "1": True, "ie": True, "do": True,
               "no": False, "n": False, "false": False, "0": False, "na": False, "": False}  # fmt: skip


@transaction.atomic
def consent_import(*, school: School, actor: User, csv_text: str) -> ConsentImport:
    """Update pupils' image consent and no-publish flags from the roster export: a CSV with columns `mis_id`,
    `image_consent` (given/refused/unknown, yes/no) and `no_publish` (yes/no). Pupils are matched by MIS id;
    nobody is created. One audit entry records the counts."""
    _require(can_import_consent(actor, school))
    if len(csv_text.encode("utf-8")) > MAX_CONSENT_CSV_BYTES:
        raise ValidationError(_("The file is larger than 2 MB."))
    reader = csv.DictReader(io.StringIO(csv_text))
    columns = {c.strip().lower() for c in (reader.fieldnames or [])}
    if not {"mis_id", "image_consent", "no_publish"} <= columns:
        raise ValidationError(_("The file needs the columns mis_id, image_consent and no_publish."))
    pupils = {
        p.mis_id: p for p in Person.objects.filter(school=school, kind=Person.Kind.PUPIL).exclude(mis_id="")
    }
    result = ConsentImport()
    for line, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        pupil = pupils.get(row.get("mis_id", ""))
        if pupil is None:
            result.unknown.append(line)
            continue
        consent = _CONSENT_WORDS.get(row.get("image_consent", "").lower())
        flag = _FLAG_WORDS.get(row.get("no_publish", "").lower())
        if consent is None or flag is None:
            result.invalid.append(line)
            continue
        if pupil.image_consent == consent and pupil.no_publish == flag:
            result.unchanged += 1
            continue
        pupil.image_consent, pupil.no_publish = consent, flag
        pupil.save(update_fields=["image_consent", "no_publish"])
        result.updated += 1
    audit_record(
        actor=actor,
        action="consent.imported",
        target=school,
        school=school,
        details={
            "updated": result.updated,
            "unchanged": result.unchanged,
            "unknown": len(result.unknown),
            "invalid": len(result.invalid),
        },
    )
    return result


def _named_pupils(school: School, text: str) -> list[Person]:
    """Pupils whose full name or a known-as name appears in the caption (case-insensitive, whole words)."""
    import re

    lowered = f" {re.sub(r'[^0-9a-zà-ÿŵŷ]+', ' ', text.lower()[:5000])} "
    found = []
    for pupil in Person.objects.filter(school=school, kind=Person.Kind.PUPIL, active=True):
        names = [pupil.full_name, *[n for n in pupil.known_as if isinstance(n, str) and " " in n.strip()]]
        for name in names:
            norm = re.sub(r"[^0-9a-zà-ÿŵŷ]+", " ", name.lower()).strip()
            if norm and f" {norm} " in lowered:
                found.append(pupil)
                break
    return found


@transaction.atomic
def prepublication_check(
    *,
    account: OfficialAccount,
    actor: User,
    caption: str,
    people: Iterable[Person],
    image_description: str = "",
) -> PrePublicationCheck:
    """Check a draft for an official account: every pupil shown or named must have image consent and not be on
    the no-publish list, and the screener must find nothing the policy forbids on a school account."""
    school = account.school
    _require(access_accounts_i_publish_to(actor, school).filter(pk=account.pk).exists())
    shown = list(people)
    if any(p.school_id != school.pk for p in shown):
        raise ValidationError({"people": _("Choose people of this school.")})
    pupils = {p.pk: p for p in [*shown, *_named_pupils(school, caption)] if p.kind == Person.Kind.PUPIL}
    reasons: list[dict[str, Any]] = []
    for pupil in pupils.values():
        if pupil.no_publish:
            reasons.append({"code": "no-publish", "person": pupil.pk, "clause": None})
        elif pupil.image_consent != Person.Consent.GIVEN and pupil in shown:
            reasons.append({"code": "no-consent", "person": pupil.pk, "clause": None})
    images = []
    if shown or image_description.strip():
        images.append(
            {
                "description": image_description.strip()[:2000],
                "people": [p.full_name for p in shown],
                "consent": all(
                    p.image_consent == Person.Consent.GIVEN and not p.no_publish for p in pupils.values()
                ),
            }
        )
    screened = screen_post(
        school=school,
        post={
            "text": caption,
            "account": "school",
            "author_role": "staff",
            "platform": account.platform,
            "audience": "public",
            "images": images,
        },
    )
    for finding in screened.findings:
        if finding.severity in {"breach", "escalate"}:
            reasons.append(
                {
                    "code": f"policy-{finding.severity}",
                    "person": None,
                    "clause": finding.clause_id,
                    "category": finding.category,
                }
            )
    if any(r["code"] in {"no-publish", "no-consent"} or r["code"].startswith("policy-") for r in reasons):
        outcome = PrePublicationCheck.Outcome.BLOCKED
    elif screened.findings:
        outcome = PrePublicationCheck.Outcome.ATTENTION
    else:
        outcome = PrePublicationCheck.Outcome.CLEAR
    check = PrePublicationCheck.objects.create(
        account=account,
        drafted_by=actor,
        created_at=timezone.now(),
        caption=caption.strip(),
        image_description=image_description.strip(),
        outcome=outcome,
        reasons=reasons,
        decision=without_evidence(screened.raw),
    )
    check.people.set(shown)
    audit_record(
        actor=actor,
        action="prepublication.checked",
        target=check,
        school=school,
        details={
            "account": account.pk,
            "outcome": outcome,
            "reasons": [r["code"] for r in reasons],
            "people": sorted(pupils),
        },
    )
    return check


@transaction.atomic
def prepublication_approve(*, check: PrePublicationCheck, actor: User) -> PrePublicationCheck:
    school = check.account.school
    _require(can_approve_post(actor, school, check))
    check.approved_by = actor
    check.approved_at = timezone.now()
    check.save(update_fields=["approved_by", "approved_at"])
    audit_record(actor=actor, action="prepublication.approved", target=check, school=school)
    return check


# --- check my post ------------------------------------------------------------------------------------------


def post_check(*, school: School, user: User, post: dict[str, Any]) -> Screened:
    """Screen a draft for a member of staff. Nothing is stored."""
    _require(bool(roles_for(user, school)))
    return screen_post(school=school, post=post)


@transaction.atomic
def post_check_keep(
    *, school: School, user: User, screened: Screened, post: dict[str, Any]
) -> PostCheckRecord:
    """Keep a record of a check the person asked to keep: the masked digest and the decision, never the
    draft."""
    _require(bool(roles_for(user, school)))
    import hashlib

    text = str(post.get("text", ""))
    masked = screened.masked or {}
    record = PostCheckRecord.objects.create(
        school=school,
        user=user,
        created_at=timezone.now(),
        digest=masked.get("sha256") or hashlib.sha256(text.encode("utf-8")).hexdigest(),
        length=int(masked.get("length") or len(text)),
        masked_text=str(masked.get("masked_text") or "")[:5000],
        account=str(post.get("account", "")),
        platform=str(post.get("platform", "")),
        pack_revision=screened.pack_label,
        verdict=screened.verdict,
        decision=without_evidence(screened.raw),
    )
    audit_record(
        actor=user,
        action="post_check.kept",
        target=record,
        school=school,
        details={"verdict": screened.verdict},
    )
    return record


def current_pack_summary(school: School) -> dict[str, Any]:
    loaded = pack_for(school)
    return {"label": loaded.revision_label, "title": loaded.pack.metadata.title}
