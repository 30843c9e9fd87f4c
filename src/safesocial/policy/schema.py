"""The policy-pack format: what a school's social-media policy says, as data.

A pack is one YAML file. These models are its schema; `loader.load_pack` turns a file into a `PolicyPack`
and reports every problem with the file, the clause and the field, in words a school administrator can act on.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

# The screening categories fixed by the screening contract. Packs may only name these.
CATEGORIES: tuple[str, ...] = (
    "pupil-contact",
    "pupil-image",
    "pupil-identity",
    "community-reference",
    "personal-contact-details",
    "personal-data",
    "confidential",
    "disparaging",
    "defamatory",
    "offensive",
    "discriminatory",
    "harassment",
    "school-identity",
    "school-reference",
    "missing-disclaimer",
    "policy-opinion",
    "political-influence",
    "working-time",
    "professional-reference",
    "copyright",
    "media",
    "safeguarding",
    "extremism",
    "illegal",
)


def did_you_mean(value: str, choices: Iterable[str]) -> str:
    """Suggest the allowed value nearest a misspelling, as " (did you mean 'x'?)"; "" when none is close."""
    close = difflib.get_close_matches(value.lower().replace("_", "-"), list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


# Categories that always escalate, whatever a pack says (screening contract: verdict `escalate`).
ESCALATING_CATEGORIES: frozenset[str] = frozenset({"safeguarding", "extremism", "illegal"})


class Strength(StrEnum):
    MUST = "must"
    MUST_NOT = "must-not"
    SHOULD = "should"
    SHOULD_NOT = "should-not"
    ADVISED = "advised"
    MAY = "may"
    INFO = "info"


class Party(StrEnum):
    """Who a clause binds, in the policy's own terms."""

    STAFF = "staff"
    VOLUNTEERS = "volunteers"
    GOVERNORS = "governors"
    PARENTS = "parents"
    PUPILS = "pupils"
    THIRD_PARTIES = "third-parties"
    SCHOOL = "school"  # duties on the school or its leaders as an organisation


class Context(StrEnum):
    """Where a clause applies."""

    PERSONAL_ACCOUNTS = "personal-accounts"
    SCHOOL_ACCOUNTS = "school-accounts"
    WORKING_TIME = "working-time"
    SCHOOL_EQUIPMENT = "school-equipment"
    OFFLINE = "offline"


class Severity(StrEnum):
    ADVISE = "advise"
    BREACH = "breach"
    ESCALATE = "escalate"


AuthorRole = Literal["staff", "parent", "pupil", "governor", "public"]
AccountType = Literal["personal", "school"]
AUTHOR_ROLES: tuple[AuthorRole, ...] = ("staff", "parent", "pupil", "governor", "public")
ACCOUNT_TYPES: tuple[AccountType, ...] = ("personal", "school")


class ProductRole(StrEnum):
    """Roles a user can hold in the product. Policies' own role names map onto these."""

    STAFF = "staff"
    LINE_MANAGER = "line_manager"
    HEAD_TEACHER = "head_teacher"
    DEPUTY_HEAD = "deputy_head"
    DSL = "dsl"
    SLT = "slt"
    SCHOOL_ADMIN = "school_admin"
    ICT_MANAGER = "ict_manager"
    GOVERNOR = "governor"
    CHAIR_OF_GOVERNORS = "chair_of_governors"
    TRUST_CENTRAL = "trust_central"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


NonEmpty = Annotated[str, Field(min_length=1)]
ClauseId = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9][A-Za-z0-9.\-]*$")]


class Organisation(_Strict):
    name: NonEmpty
    kind: Literal["school", "trust", "template"]
    trust: str | None = None
    local_authority: str | None = None
    country: Literal["england", "wales", "scotland", "northern-ireland"] = "england"


Language = Literal["en", "cy"]


def _english_only() -> list[Language]:
    return ["en"]


class Metadata(_Strict):
    title: NonEmpty
    organisation: Organisation
    source: NonEmpty  # where the text came from, e.g. the seed file name
    languages: list[Language] = Field(default_factory=_english_only, min_length=1)
    adopted: dt.date | None = None
    last_reviewed: dt.date | None = None
    next_review: dt.date | None = None
    review_cycle_months: int = Field(default=12, ge=1, le=60)
    document_owner: NonEmpty
    approved_by: list[str] = Field(default_factory=list)
    # The policy's own words for dates it gives only as a month, a year or a term ("Autumn term, annually").
    dates_note: str | None = None

    def review_due(self) -> dt.date | None:
        """When the next review is due: the stated date, else the last review (or adoption) plus the cycle."""
        if self.next_review is not None:
            return self.next_review
        base = self.last_reviewed or self.adopted
        return _add_months(base, self.review_cycle_months) if base is not None else None


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):  # 31 January + 1 month is the last day of February
        try:
            return dt.date(year, month, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")


class RoleMapping(_Strict):
    policy_name: NonEmpty  # the role as the policy names it, e.g. "SMT"
    maps_to: list[ProductRole] = Field(min_length=1)


class ScreeningRule(_Strict):
    """How serious a screening category is under this clause, for some authors and account types.

    A clause may carry several rules for one category, e.g. `breach` for staff and `advise` for parents.
    `authors` and `accounts` default to every author role and both account types.
    """

    category: NonEmpty
    severity: Severity
    authors: list[AuthorRole] = Field(default_factory=lambda: list(AUTHOR_ROLES), min_length=1)
    accounts: list[AccountType] = Field(default_factory=lambda: list(ACCOUNT_TYPES), min_length=1)
    explanation: str | None = None  # plain-language reason shown with a finding

    @field_validator("category")
    @classmethod
    def _known_category(cls, value: str) -> str:
        if value not in CATEGORIES:
            raise ValueError(
                f"'{value}' is not a screening category{did_you_mean(value, CATEGORIES)}; "
                f"use one of: {', '.join(CATEGORIES)}"
            )
        return value


class Clause(_Strict):
    id: ClauseId
    topic: NonEmpty  # grouping for display, e.g. "Contact with pupils"
    quote: NonEmpty  # verbatim from the policy
    strength: Strength
    binds: list[Party] = Field(min_length=1)
    applies_to: list[Context] = Field(default_factory=list)
    screening: list[ScreeningRule] = Field(default_factory=list)
    actions: list[str] = Field(default_factory=list)  # what the policy requires to happen
    summary: str | None = None  # plain-language restatement for staff
    do_instead: str | None = None  # what to do instead, for "check my post"


class ReportingRoute(_Strict):
    id: NonEmpty
    concern: NonEmpty  # what is reported, e.g. "pupil-initiated contact or friend request"
    report_to: list[ProductRole] = Field(min_length=1)
    when_subject: list[ProductRole] = Field(default_factory=list)  # fall-back when a recipient is the subject
    external: list[str] = Field(default_factory=list)  # e.g. "police", "platform", "local authority"
    evidence: list[str] = Field(default_factory=list)  # e.g. "screenshot", "date", "time", "url"
    clauses: list[ClauseId] = Field(default_factory=list)
    guidance: str | None = None


class BusinessCase(_Strict):
    required_fields: list[NonEmpty] = Field(min_length=1)
    min_named_staff: int = Field(default=2, ge=1)
    approver: list[ProductRole] = Field(min_length=1)
    creator: list[ProductRole] = Field(min_length=1)
    runners_need: list[Literal["acknowledgement", "training"]] = Field(default_factory=list)
    clauses: list[ClauseId] = Field(default_factory=list)


class ProtocolStep(_Strict):
    id: NonEmpty
    title: NonEmpty
    actor: list[ProductRole] = Field(min_length=1)
    requires: list[NonEmpty] = Field(default_factory=list)  # facts recorded before the step is complete
    guidance: str | None = None
    clauses: list[ClauseId] = Field(default_factory=list)
    when: str | None = None  # the condition under which this step applies, e.g. "the post is not illegal"
    letters: list[NonEmpty] = Field(default_factory=list)  # ids of the protocol's letters this step sends


class Letter(_Strict):
    id: NonEmpty
    title: NonEmpty
    purpose: Literal["meeting-invitation", "deletion-request"]
    quote: NonEmpty  # the template letter, verbatim


class Protocol(_Strict):
    id: NonEmpty
    title: NonEmpty
    steps: list[ProtocolStep] = Field(min_length=1)
    deletion_deadline_hours: int = Field(default=48, ge=1, le=24 * 28)
    head_is_subject: list[ProductRole] = Field(default_factory=list)  # who handles it instead, in order
    letters: list[Letter] = Field(default_factory=list)


class Escalation(_Strict):
    id: NonEmpty
    concern: NonEmpty
    route: list[ProductRole] = Field(min_length=1)
    when_subject: list[ProductRole] = Field(default_factory=list)
    external: list[str] = Field(default_factory=list)
    clauses: list[ClauseId] = Field(default_factory=list)
    guidance: str | None = None


class Cycles(_Strict):
    review_cycle_months: int = Field(ge=1, le=60)
    review_owner: list[ProductRole] = Field(min_length=1)
    acknowledgement_binds: list[Party] = Field(min_length=1)
    induction: bool = True
    declarations: bool = False  # staff declare relationships with pupils / families
    clauses: list[ClauseId] = Field(default_factory=list)


class Processes(_Strict):
    reporting_routes: list[ReportingRoute] = Field(default_factory=list)
    account_creation: BusinessCase | None = None
    inappropriate_post_protocol: Protocol | None = None
    escalations: list[Escalation] = Field(default_factory=list)  # disciplinary, safeguarding, police
    cycles: Cycles


Loc = tuple[int | str, ...]  # a place in a pack, as pydantic gives it: ("clauses", 3, "strength")


class ReferenceProblem(NamedTuple):
    """A problem that spans fields: a duplicate clause id, or a reference to something not in the pack."""

    loc: Loc
    message: str


class PolicyPack(_Strict):
    """A whole policy as data. `id` is stable; `revision` counts edits of the same pack."""

    format: Literal[1] = 1
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9\-]{1,60}$")]
    revision: int = Field(default=1, ge=1)
    derived_from: str | None = None  # "<pack id>@<content hash>" for a school's edited copy
    metadata: Metadata
    roles: list[RoleMapping] = Field(default_factory=list)
    clauses: list[Clause] = Field(min_length=1)
    processes: Processes

    @model_validator(mode="after")
    def _references_resolve(self) -> PolicyPack:
        problems = self.reference_problems()
        if problems:
            raise PydanticCustomError(
                "pack_references",
                "{message}",
                {"message": "; ".join(p.message for p in problems), "problems": problems},
            )
        return self

    def reference_problems(self) -> list[ReferenceProblem]:
        """Duplicate clause ids and references to clauses or letters that are not in the pack, all of them."""
        problems: list[ReferenceProblem] = []
        seen: set[str] = set()
        for i, clause in enumerate(self.clauses):
            if clause.id in seen:
                message = f"the id '{clause.id}' is used by another clause; give each clause its own id"
                problems.append(ReferenceProblem(("clauses", i, "id"), message))
            seen.add(clause.id)
        proc = self.processes
        referrers: list[tuple[Loc, list[str]]] = [
            (("processes", "reporting_routes", i), r.clauses) for i, r in enumerate(proc.reporting_routes)
        ]
        if proc.account_creation:
            referrers.append((("processes", "account_creation"), proc.account_creation.clauses))
        protocol = proc.inappropriate_post_protocol
        if protocol:
            letter_ids = {letter.id for letter in protocol.letters}
            known = ", ".join(sorted(letter_ids)) or "none"
            for i, step in enumerate(protocol.steps):
                where: Loc = ("processes", "inappropriate_post_protocol", "steps", i)
                referrers.append((where, step.clauses))
                for j, letter in enumerate(step.letters):
                    if letter not in letter_ids:
                        message = (
                            f"sends letter '{letter}', which is not one of the protocol's letters ({known})"
                        )
                        problems.append(ReferenceProblem((*where, "letters", j), message))
        referrers += [(("processes", "escalations", i), e.clauses) for i, e in enumerate(proc.escalations)]
        referrers.append((("processes", "cycles"), proc.cycles.clauses))
        for where, clause_ids in referrers:
            for j, cid in enumerate(clause_ids):
                if cid not in seen:
                    message = f"refers to clause '{cid}', which is not in this pack; check the clause ids"
                    problems.append(ReferenceProblem((*where, "clauses", j), message))
        return problems

    def clause(self, clause_id: str) -> Clause:
        for c in self.clauses:
            if c.id == clause_id:
                return c
        raise KeyError(clause_id)

    def categories(self) -> frozenset[str]:
        """The screening categories this policy addresses (the screener runs nothing else)."""
        return frozenset(rule.category for c in self.clauses for rule in c.screening)
