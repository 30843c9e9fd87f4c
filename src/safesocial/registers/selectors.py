"""Reads for the registers, and the `access_*` functions that decide who may see or do what.

Every view asks one of these; none filters sensitive objects itself. An object the viewer may not see raises
`Http404`, so its existence is not revealed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from safesocial.policy import LoadedPack, load_pack
from safesocial.registers.models import (
    AccountApplication,
    Acknowledgement,
    Declaration,
    OfficialAccount,
    PolicyAdoption,
    PrePublicationCheck,
    Reminder,
    TrainingRecord,
)
from safesocial.schools.models import Person, PolicyRevision, Role, School, User
from safesocial.schools.selectors import roles_for, school_pack, schools_for

# Roles that count as "staff" when a pack binds staff to acknowledge it.
STAFF_ROLES = frozenset(
    {
        Role.STAFF,
        Role.LINE_MANAGER,
        Role.HEAD_TEACHER,
        Role.DEPUTY_HEAD,
        Role.DSL,
        Role.SLT,
        Role.SCHOOL_ADMIN,
        Role.ICT_MANAGER,
    }
)
GOVERNOR_ROLES = frozenset({Role.GOVERNOR, Role.CHAIR_OF_GOVERNORS})
# Who sees the acknowledgement register and sends reminders.
LEADERS = frozenset({Role.HEAD_TEACHER, Role.DEPUTY_HEAD, Role.SLT, Role.TRUST_CENTRAL})
# Who adopts a policy revision for the school.
ADOPTERS = frozenset({Role.HEAD_TEACHER, Role.CHAIR_OF_GOVERNORS, Role.TRUST_CENTRAL})
# Who reviews declarations (seed 000 2.3: "the Head Teacher or the school local designated safeguarding
# lead").
DECLARATION_REVIEWERS = frozenset({Role.HEAD_TEACHER, Role.DSL})
# Who records training.
TRAINING_RECORDERS = frozenset({Role.HEAD_TEACHER, Role.DEPUTY_HEAD, Role.SLT, Role.SCHOOL_ADMIN})
# Who records an approved account once created (seed 003 2.1: the School Administrator).
ACCOUNT_RECORDERS = frozenset({Role.SCHOOL_ADMIN, Role.ICT_MANAGER})
# Who looks after the consent register and the no-publish list.
CONSENT_KEEPERS = frozenset({Role.SCHOOL_ADMIN, Role.HEAD_TEACHER, Role.DEPUTY_HEAD, Role.DSL, Role.SLT})
SLT_FAMILY = frozenset({Role.SLT, Role.HEAD_TEACHER, Role.DEPUTY_HEAD})
# The product never lets fewer than two people run an official account (seed 003 §3); a pack may ask for more.
MIN_RUNNERS = 2
RUNNERS_NEED = ("acknowledgement", "training")


# --- the school's policy ------------------------------------------------------------------------------------


def pack_for(school: School) -> LoadedPack:
    """The policy the school runs on: its adopted revision, else the bundled pack it was set up with."""
    loaded: LoadedPack = school_pack(school)
    return loaded


def current_adoption(school: School) -> PolicyAdoption | None:
    if school.policy_revision_id is None:
        return None
    return (
        PolicyAdoption.objects.filter(school=school, revision_id=school.policy_revision_id)
        .select_related("revision", "adopted_by")
        .first()
    )


def bundled_differs(school: School) -> bool:
    """True when the school has not adopted the bundled pack as it now stands (a first or a newer
    revision)."""
    revision = school.policy_revision
    return revision is None or revision.content_hash != load_pack(school.policy_pack_id).content_hash


def staff_or_member(user: User | None, school: School) -> bool:
    """Anyone holding a role at the school may read its policy, check a post and make declarations."""
    return bool(roles_for(user, school))


def bound_parties(school: School) -> frozenset[str]:
    return frozenset(p.value for p in pack_for(school).pack.processes.cycles.acknowledgement_binds)


def bound_users(school: School) -> QuerySet[User]:
    """Everyone who must read and confirm the school's policy: all staff, and volunteers and governors
    when the
    pack binds them. New staff are included as soon as they hold a role: that is their induction."""
    parties = bound_parties(school)
    roles = set(STAFF_ROLES)
    if "governors" in parties:
        roles |= GOVERNOR_ROLES
    scope = Q(role_assignments__school=school, role_assignments__role__in=roles)
    if "volunteers" in parties:
        scope |= Q(people__school=school, people__kind=Person.Kind.VOLUNTEER, people__active=True)
    return (
        User.objects.filter(scope, is_active=True).distinct().order_by("last_name", "first_name", "username")
    )


def must_acknowledge(user: User, school: School) -> bool:
    return school.policy_revision_id is not None and bound_users(school).filter(pk=user.pk).exists()


def has_acknowledged(user: User, school: School, revision: PolicyRevision | None = None) -> bool:
    rev_id = revision.pk if revision is not None else school.policy_revision_id
    if rev_id is None:
        return False
    return Acknowledgement.objects.filter(school=school, revision_id=rev_id, user=user).exists()


@dataclass(frozen=True)
class AcknowledgementRow:
    user: User
    acknowledged_at: dt.datetime | None
    reminded_at: dt.datetime | None


def access_acknowledgement_register(user: User, school: School) -> list[AcknowledgementRow]:
    """Who has and has not confirmed the current revision (leaders only), those who have not first."""
    if not roles_for(user, school) & LEADERS:
        raise Http404
    rev_id = school.policy_revision_id
    if rev_id is None:
        return []
    acks = dict(
        Acknowledgement.objects.filter(school=school, revision_id=rev_id).values_list(
            "user_id", "acknowledged_at"
        )
    )
    reminded: dict[int, dt.datetime] = {}
    for uid, at in Reminder.objects.filter(
        school=school, kind=Reminder.Kind.ACKNOWLEDGE, key__startswith=f"ack:{rev_id}:"
    ).values_list("user_id", "sent_at"):
        if uid not in reminded or at > reminded[uid]:
            reminded[uid] = at
    rows = [AcknowledgementRow(u, acks.get(u.pk), reminded.get(u.pk)) for u in bound_users(school)]
    rows.sort(key=lambda r: (r.acknowledged_at is not None, r.user.last_name, r.user.username))
    return rows


def pending_acknowledgers(school: School) -> QuerySet[User]:
    rev_id = school.policy_revision_id
    if rev_id is None:
        return User.objects.none()
    done = Acknowledgement.objects.filter(school=school, revision_id=rev_id).values("user_id")
    return bound_users(school).exclude(pk__in=done)


# --- declarations -------------------------------------------------------------------------------------------


def can_review_declarations(user: User, school: School) -> bool:
    return bool(roles_for(user, school) & DECLARATION_REVIEWERS)


def access_my_declarations(user: User, school: School) -> QuerySet[Declaration]:
    return Declaration.objects.filter(school=school, declarant=user).prefetch_related("pupils")


def access_declarations_to_review(user: User, school: School) -> QuerySet[Declaration]:
    """Declarations the head or safeguarding lead reviews; never their own."""
    if not can_review_declarations(user, school):
        return Declaration.objects.none()
    return (
        Declaration.objects.filter(school=school)
        .exclude(declarant=user)
        .exclude(status=Declaration.Status.WITHDRAWN)
        .select_related("declarant", "reviewed_by")
        .prefetch_related("pupils")
    )


def access_declaration(user: User, school: School, pk: int) -> Declaration:
    """The declarant and the reviewers see a declaration; nobody else learns it exists."""
    declaration = (
        Declaration.objects.filter(school=school, pk=pk)
        .select_related("declarant", "reviewed_by")
        .prefetch_related("pupils")
        .first()
    )
    if declaration is None:
        raise Http404
    if declaration.declarant_id == user.pk:
        return declaration
    if can_review_declarations(user, school) and declaration.status != Declaration.Status.WITHDRAWN:
        return declaration
    raise Http404


# --- training and official accounts -------------------------------------------------------------------------


def training_of(user: User, school: School) -> QuerySet[TrainingRecord]:
    return TrainingRecord.objects.filter(school=school, user=user)


def access_training_register(user: User, school: School) -> QuerySet[TrainingRecord]:
    if not roles_for(user, school) & (TRAINING_RECORDERS | LEADERS):
        raise Http404
    return TrainingRecord.objects.filter(school=school).select_related("user", "recorded_by")


def account_rules(school: School) -> dict[str, object]:
    """The pack's account-creation process with the product's floor: two runners, who have confirmed the
    policy and had training recorded."""
    process = pack_for(school).pack.processes.account_creation
    approvers = set(SLT_FAMILY)
    recorders = set(ACCOUNT_RECORDERS)
    min_runners = MIN_RUNNERS
    needs = set(RUNNERS_NEED)
    required: list[str] = []
    clauses: list[str] = []
    if process is not None:
        approvers |= {r.value for r in process.approver}
        recorders |= {r.value for r in process.creator} - {Role.STAFF.value}
        min_runners = max(min_runners, process.min_named_staff)
        needs |= set(process.runners_need)
        required = list(process.required_fields)
        clauses = list(process.clauses)
    return {
        "approvers": frozenset(approvers),
        "recorders": frozenset(recorders),
        "min_runners": min_runners,
        "runners_need": tuple(sorted(needs)),
        "required_fields": required,
        "clauses": clauses,
    }


def runner_shortfalls(user: User, school: School) -> list[str]:
    """What a would-be runner still lacks: 'acknowledgement' and/or 'training'."""
    missing = []
    needs = account_rules(school)["runners_need"]
    if "acknowledgement" in needs and not has_acknowledged(user, school):  # type: ignore[operator]
        missing.append("acknowledgement")
    if "training" in needs and not training_of(user, school).exists():  # type: ignore[operator]
        missing.append("training")
    return missing


def eligible_runner_choices(school: School) -> QuerySet[User]:
    """Staff who could be named on a business case (eligibility is checked when it is decided)."""
    return (
        User.objects.filter(
            role_assignments__school=school, role_assignments__role__in=STAFF_ROLES, is_active=True
        )
        .distinct()
        .order_by("last_name", "first_name", "username")
    )


def access_applications(user: User, school: School) -> QuerySet[AccountApplication]:
    """Everyone at the school sees the register of business cases (they are the school's own public
    accounts)."""
    if not roles_for(user, school):
        raise Http404
    return AccountApplication.objects.filter(school=school).select_related("proposed_by", "decided_by")


def access_application(user: User, school: School, pk: int) -> AccountApplication:
    return get_object_or_404(access_applications(user, school).prefetch_related("runners"), pk=pk)


def can_decide_application(user: User, school: School, application: AccountApplication) -> bool:
    return application.status == AccountApplication.Status.SUBMITTED and bool(
        roles_for(user, school) & account_rules(school)["approvers"]  # type: ignore[operator]
    )


def can_record_account(user: User, school: School) -> bool:
    return bool(roles_for(user, school) & account_rules(school)["recorders"])  # type: ignore[operator]


def account_for_application(application: AccountApplication) -> OfficialAccount | None:
    """The account recorded for an approved business case, if there is one yet."""
    return OfficialAccount.objects.filter(application=application).first()


def access_accounts(user: User, school: School) -> QuerySet[OfficialAccount]:
    if not roles_for(user, school):
        raise Http404
    return OfficialAccount.objects.filter(school=school).prefetch_related("runners")


def access_account(user: User, school: School, pk: int) -> OfficialAccount:
    return get_object_or_404(access_accounts(user, school), pk=pk)


def is_runner(user: User, account: OfficialAccount) -> bool:
    return account.runners.filter(pk=user.pk).exists()


def access_account_for_credentials(user: User, school: School, pk: int) -> OfficialAccount:
    """Only a named runner of an active account reaches its credentials; for anyone else it does not exist."""
    account = OfficialAccount.objects.filter(
        school=school, pk=pk, status=OfficialAccount.Status.ACTIVE
    ).first()
    if account is None or not roles_for(user, school) or not is_runner(user, account):
        raise Http404
    return account


def access_accounts_i_publish_to(user: User, school: School) -> QuerySet[OfficialAccount]:
    """Accounts the user may draft posts for: those they run (leaders: every active account)."""
    roles = roles_for(user, school)
    qs = OfficialAccount.objects.filter(school=school, status=OfficialAccount.Status.ACTIVE)
    if roles & SLT_FAMILY:
        return qs
    return qs.filter(runners=user)


def access_prepublication_check(user: User, school: School, pk: int) -> PrePublicationCheck:
    check = (
        PrePublicationCheck.objects.filter(account__school=school, pk=pk)
        .select_related("account", "drafted_by", "approved_by")
        .prefetch_related("people")
        .first()
    )
    if check is None or not access_accounts_i_publish_to(user, school).filter(pk=check.account_id).exists():
        raise Http404
    return check


def prepublication_reasons(check: PrePublicationCheck, school: School) -> list[dict[str, Any]]:
    """Why a draft was stopped or needs attention, for the page: each stored reason with the pupil it names,
    the clause it cites and the category's label (the check's viewer was let in by the caller)."""
    from safesocial.registers.screening import CATEGORY_LABELS, clause_or_none

    named = [r.get("person") for r in check.reasons]
    people = {p.pk: p for p in Person.objects.filter(school=school, pk__in=named)}
    loaded = pack_for(school)
    return [
        {
            **r,
            "person_obj": people.get(r.get("person")),
            "clause_obj": clause_or_none(loaded, r.get("clause")),
            "category_label": CATEGORY_LABELS.get(r.get("category", ""), ""),
        }
        for r in check.reasons
    ]


def can_approve_post(user: User, school: School, check: PrePublicationCheck) -> bool:
    """A second person approves: a leader, or another named runner of the account."""
    if check.outcome == PrePublicationCheck.Outcome.BLOCKED or check.approved_at is not None:
        return False
    if check.drafted_by_id == user.pk:
        return False
    return bool(roles_for(user, school) & SLT_FAMILY) or is_runner(user, check.account)


# --- consent ------------------------------------------------------------------------------------------------


def can_see_consent(user: User, school: School) -> bool:
    if roles_for(user, school) & CONSENT_KEEPERS:
        return True
    return OfficialAccount.objects.filter(
        school=school, runners=user, status=OfficialAccount.Status.ACTIVE
    ).exists()


def access_consent_register(user: User, school: School) -> QuerySet[Person]:
    """Pupils with their image consent and no-publish flag: for consent keepers and account runners."""
    if not can_see_consent(user, school):
        raise Http404
    return Person.objects.filter(school=school, kind=Person.Kind.PUPIL, active=True).order_by(
        "-no_publish", "last_name", "first_name"
    )


def pupils_for_choice(school: School) -> QuerySet[Person]:
    return Person.objects.filter(school=school, kind=Person.Kind.PUPIL, active=True).order_by(
        "last_name", "first_name"
    )


def can_import_consent(user: User, school: School) -> bool:
    return Role.SCHOOL_ADMIN in roles_for(user, school)


# --- reminders ----------------------------------------------------------------------------------------------


def open_reminders(user: User, school: School) -> QuerySet[Reminder]:
    return Reminder.objects.filter(user=user, school=school, resolved_at__isnull=True)


def schools_of(user: User) -> QuerySet[School]:
    return schools_for(user)


def today() -> dt.date:
    return timezone.localdate()
