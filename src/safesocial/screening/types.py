"""The screener's records: a post, a school profile, a finding and a decision.

Each record parses and validates the dictionaries of the screening contract
(/work/shared/contracts/screening.md) and says in plain words what is wrong with one that does not fit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

AuthorRole = Literal["staff", "parent", "pupil", "governor", "public"]
Account = Literal["personal", "school"]
Audience = Literal["public", "friends", "direct"]
Verdict = Literal["ok", "advise", "breach", "escalate", "error"]

AUTHOR_ROLES: frozenset[str] = frozenset({"staff", "parent", "pupil", "governor", "public"})
ACCOUNTS: frozenset[str] = frozenset({"personal", "school"})
AUDIENCES: frozenset[str] = frozenset({"public", "friends", "direct"})
ACTIONS: frozenset[str] = frozenset(
    {"post", "message", "comment", "friend_request", "follow", "share", "profile_update", "recommendation"}
)
DEVICES: frozenset[str] = frozenset({"school", "personal"})

# The roles a profile's people may hold, and the screening role each counts as.
PERSON_ROLES: Mapping[str, str] = {
    "pupil": "pupil",
    "student": "pupil",
    "ex-pupil": "pupil",
    "staff": "staff",
    "volunteer": "staff",
    "contractor": "staff",
    "parent": "parent",
    "carer": "parent",
    "governor": "governor",
    "trustee": "governor",
}
WEEKDAYS: Mapping[str, int] = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4,
    "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}  # fmt: skip

MAX_TEXT_CHARS = 1_000_000  # longer posts are cut to this before analysis (bounded time)
MAX_PEOPLE = 20_000


class InputError(ValueError):
    """A post record that does not fit the contract; the screener answers it with an `error` decision."""


class ProfileError(ValueError):
    """A school profile that cannot be used; the screener refuses to start."""


# --- helpers ---------------------------------------------------------------------------------------------


def _opt_str(data: Mapping[str, Any], key: str, where: str, err: type[ValueError]) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise err(f"{where}: '{key}' must be text, not {type(value).__name__}")
    return value


def _choice(
    data: Mapping[str, Any], key: str, allowed: frozenset[str], *, default: str | None, where: str
) -> str | None:
    value = data.get(key, default)
    if value is None:
        return None
    if not isinstance(value, str) or value not in allowed:
        raise InputError(f"{where}: '{key}' must be one of {', '.join(sorted(allowed))}; got {value!r}")
    return value


def _str_list(value: Any, what: str, err: type[ValueError]) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise err(f"{what} must be a list of text")
    return tuple(value)


# --- posts -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Image:
    description: str = ""
    people: tuple[str, ...] = ()
    consent: bool | None = None


@dataclass(frozen=True, slots=True)
class Post:
    id: str
    text: str
    account: Account = "personal"
    author_role: AuthorRole = "staff"
    platform: str = "other"
    audience: Audience = "public"
    recipient_role: AuthorRole | None = None
    action: str = "post"
    posted_at: dt.datetime | None = None
    device: str | None = None
    display_name: str = ""
    bio: str = ""
    images: tuple[Image, ...] = ()
    truncated: bool = False

    @classmethod
    def from_dict(cls, data: Any) -> Post:
        """Validate one input record. Raises InputError with a message naming the field."""
        if not isinstance(data, Mapping):
            raise InputError("a post must be a JSON object")
        pid = data.get("id")
        if not isinstance(pid, str) or not pid:
            raise InputError("post: 'id' is required and must be non-empty text")
        where = f"post {pid}"
        text = data.get("text")
        if not isinstance(text, str):
            raise InputError(f"{where}: 'text' is required and must be text")
        truncated = len(text) > MAX_TEXT_CHARS
        if truncated:
            text = text[:MAX_TEXT_CHARS]
        if "account" not in data or "author_role" not in data:
            raise InputError(f"{where}: 'account' and 'author_role' are required")
        # The common case (plain text from the allowed values) is checked inline; anything else goes through
        # `_choice`, which gives the same value or says what is wrong.
        get = data.get
        account = get("account")
        if type(account) is not str or account not in ACCOUNTS:
            account = _choice(data, "account", ACCOUNTS, default=None, where=where)
        author = get("author_role")
        if type(author) is not str or author not in AUTHOR_ROLES:
            author = _choice(data, "author_role", AUTHOR_ROLES, default=None, where=where)
        audience = get("audience", "public")
        if type(audience) is not str or audience not in AUDIENCES:
            audience = _choice(data, "audience", AUDIENCES, default="public", where=where)
        recipient = get("recipient_role")
        if recipient is not None and (type(recipient) is not str or recipient not in AUTHOR_ROLES):
            recipient = _choice(data, "recipient_role", AUTHOR_ROLES, default=None, where=where)
        action = get("action", "post")
        if type(action) is not str or action not in ACTIONS:
            action = _choice(data, "action", ACTIONS, default="post", where=where)
        device = get("device")
        if device is not None and (type(device) is not str or device not in DEVICES):
            device = _choice(data, "device", DEVICES, default=None, where=where)
        platform = get("platform")
        if type(platform) is not str:
            platform = _opt_str(data, "platform", where, InputError)
        platform = platform or "other"
        posted_raw = get("posted_at")
        if posted_raw is not None and type(posted_raw) is not str:
            posted_raw = _opt_str(data, "posted_at", where, InputError)
        posted_at: dt.datetime | None = None
        if posted_raw:
            try:
                posted_at = dt.datetime.fromisoformat(posted_raw)
            except ValueError:
                raise InputError(
                    f"{where}: 'posted_at' is not an ISO 8601 time: {posted_raw[:40]!r}"
                ) from None
        display_name = bio = ""
        prof = data.get("profile")
        if prof is not None:
            if not isinstance(prof, Mapping):
                raise InputError(f"{where}: 'profile' must be an object with display_name and bio")
            display_name = (_opt_str(prof, "display_name", where, InputError) or "")[:2000]
            bio = (_opt_str(prof, "bio", where, InputError) or "")[:10_000]
        images: list[Image] = []
        raw_images = data.get("images")
        if raw_images is not None:
            if not isinstance(raw_images, list):
                raise InputError(f"{where}: 'images' must be a list of objects")
            for i, img in enumerate(raw_images[:100]):
                if not isinstance(img, Mapping):
                    raise InputError(f"{where}: images[{i + 1}] must be an object")
                consent = img.get("consent")
                if consent is not None and not isinstance(consent, bool):
                    raise InputError(f"{where}: images[{i + 1}].consent must be true or false")
                images.append(
                    Image(
                        description=(_opt_str(img, "description", where, InputError) or "")[:10_000],
                        people=_str_list(img.get("people"), f"{where}: images[{i + 1}].people", InputError),
                        consent=consent,
                    )
                )
        return cls(
            id=pid,
            text=text,
            account=cast(Account, account),
            author_role=cast(AuthorRole, author),
            platform=platform.lower(),
            audience=cast(Audience, audience),
            recipient_role=cast("AuthorRole | None", recipient),
            action=action or "post",
            posted_at=posted_at,
            device=device,
            display_name=display_name,
            bio=bio,
            images=tuple(images),
            truncated=truncated,
        )


# --- school profiles ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: str  # screening role: pupil, staff, parent, governor
    known_as: tuple[str, ...] = ()
    job: str | None = None
    year_group: str | None = None
    no_publish: bool = False


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str | None
    aliases: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class WorkingHours:
    days: frozenset[int]  # 0 = Monday
    start: dt.time
    end: dt.time
    breaks: tuple[tuple[dt.time, dt.time], ...] = ()

    def is_working(self, when: dt.datetime) -> bool:
        if when.weekday() not in self.days:
            return False
        t = when.time().replace(tzinfo=None)
        if not self.start <= t < self.end:
            return False
        return not any(b0 <= t <= b1 for b0, b1 in self.breaks)


def _parse_time(value: Any, what: str) -> dt.time:
    if not isinstance(value, str):
        raise ProfileError(f'profile: {what} must be a time like "08:30"')
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        raise ProfileError(f'profile: {what} must be a time like "08:30"; got {value!r}') from None


@dataclass(frozen=True, slots=True)
class Profile:
    school: Organisation
    trust: Organisation
    people: tuple[Person, ...]
    timezone: ZoneInfo
    working_hours: WorkingHours | None

    @classmethod
    def from_dict(cls, data: Any) -> Profile:
        if not isinstance(data, Mapping):
            raise ProfileError("profile: the file must hold a JSON object with 'school' and 'people'")
        school_raw = data.get("school")
        if not isinstance(school_raw, Mapping):
            raise ProfileError("profile: 'school' is required: an object with at least 'name'")
        school = _organisation(school_raw, "school")
        if not school.name:
            raise ProfileError("profile: 'school.name' is required")
        trust_raw = data.get("trust") or {}
        if not isinstance(trust_raw, Mapping):
            raise ProfileError("profile: 'trust' must be an object with 'name' and 'aliases'")
        trust = _organisation(trust_raw, "trust")
        tz_name = data.get("timezone") or "Europe/London"
        if not isinstance(tz_name, str):
            raise ProfileError("profile: 'timezone' must be text such as \"Europe/London\"")
        try:
            tz = ZoneInfo(tz_name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ProfileError(f"profile: 'timezone' {tz_name!r} is not a known time zone") from None
        people_raw = data.get("people", [])
        if not isinstance(people_raw, list):
            raise ProfileError("profile: 'people' must be a list")
        if len(people_raw) > MAX_PEOPLE:
            raise ProfileError(f"profile: more than {MAX_PEOPLE} people; split the profile")
        people = tuple(_person(p, i) for i, p in enumerate(people_raw))
        hours_raw = data.get("working_hours")
        hours = _working_hours(hours_raw) if hours_raw is not None else None
        return cls(school=school, trust=trust, people=people, timezone=tz, working_hours=hours)


def _organisation(raw: Mapping[str, Any], what: str) -> Organisation:
    name = raw.get("name")
    if name is not None and not isinstance(name, str):
        raise ProfileError(f"profile: '{what}.name' must be text")
    return Organisation(
        name=name or None,
        aliases=_str_list(raw.get("aliases"), f"profile: '{what}.aliases'", ProfileError),
        handles=_str_list(raw.get("handles"), f"profile: '{what}.handles'", ProfileError),
        domains=_str_list(raw.get("domains"), f"profile: '{what}.domains'", ProfileError),
    )


def _person(raw: Any, index: int) -> Person:
    where = f"profile: people[{index + 1}]"
    if not isinstance(raw, Mapping):
        raise ProfileError(f"{where} must be an object with 'name' and 'role'")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ProfileError(f"{where}: 'name' is required")
    role = raw.get("role")
    if not isinstance(role, str) or role.lower() not in PERSON_ROLES:
        raise ProfileError(
            f"{where} ({name}): 'role' must be one of {', '.join(sorted(PERSON_ROLES))}; got {role!r}"
        )
    no_publish = raw.get("no_publish", False)
    if not isinstance(no_publish, bool):
        raise ProfileError(f"{where} ({name}): 'no_publish' must be true or false")
    return Person(
        name=" ".join(name.split()),
        role=PERSON_ROLES[role.lower()],
        known_as=_str_list(raw.get("known_as"), f"{where}: 'known_as'", ProfileError),
        job=_opt_str(raw, "job", where, ProfileError),
        year_group=_opt_str(raw, "year_group", where, ProfileError),
        no_publish=no_publish,
    )


def _working_hours(raw: Any) -> WorkingHours:
    if not isinstance(raw, Mapping):
        raise ProfileError("profile: 'working_hours' must be an object with days, start, end and breaks")
    days_raw = raw.get("days", ["Mon", "Tue", "Wed", "Thu", "Fri"])
    if not isinstance(days_raw, list):
        raise ProfileError('profile: \'working_hours.days\' must be a list such as ["Mon", "Tue"]')
    days: set[int] = set()
    for d in days_raw:
        if not isinstance(d, str) or d.strip().lower() not in WEEKDAYS:
            raise ProfileError(f"profile: 'working_hours.days' has {d!r}, which is not a weekday name")
        days.add(WEEKDAYS[d.strip().lower()])
    start = _parse_time(raw.get("start"), "'working_hours.start'")
    end = _parse_time(raw.get("end"), "'working_hours.end'")
    if end <= start:
        raise ProfileError("profile: 'working_hours.end' must be after 'working_hours.start'")
    breaks: list[tuple[dt.time, dt.time]] = []
    for b in raw.get("breaks") or []:
        if not isinstance(b, Sequence) or isinstance(b, str) or len(b) != 2:
            raise ProfileError('profile: each of \'working_hours.breaks\' must be a pair ["10:30", "10:45"]')
        b0, b1 = _parse_time(b[0], "a break start"), _parse_time(b[1], "a break end")
        breaks.append((b0, b1))
    return WorkingHours(days=frozenset(days), start=start, end=end, breaks=tuple(breaks))


# --- findings and decisions ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a detector found. `clause` and `severity` are filled in from the policy pack."""

    category: str
    start: int | None
    end: int | None
    evidence: str
    explanation: str
    score: float
    detector: str
    clause: str | None = None
    severity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "clause": self.clause,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "evidence": self.evidence,
            "explanation": self.explanation,
            "score": round(self.score, 3),
            "detector": self.detector,
        }


@dataclass(frozen=True, slots=True)
class MaskedDigest:
    """What may be stored about a post: hashes and masked text, never a pupil's raw data."""

    sha256: str
    length: int
    masked_text: str


@dataclass(frozen=True, slots=True)
class Decision:
    id: str | None
    verdict: Verdict
    findings: tuple[Finding, ...] = ()
    actions: tuple[str, ...] = ()
    error: str | None = None
    policy: str | None = None
    policy_revision: str | None = None
    digest: MaskedDigest | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The decision record of the screening contract (plus optional policy fields)."""
        out: dict[str, Any] = {
            "id": self.id,
            "verdict": self.verdict,
            "findings": [f.to_dict() for f in self.findings],
            "actions": list(self.actions),
        }
        if self.error is not None:
            out["error"] = self.error
        if self.policy is not None:
            out["policy"] = self.policy
            out["policy_revision"] = self.policy_revision
        return out
