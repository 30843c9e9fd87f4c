"""Writing to and checking the audit chain. Every service that touches a case or a safeguarding record calls
`audit_record` inside its own transaction, so the action and its audit entry commit or fail together."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from django.db import models, transaction
from django.utils import timezone

from safesocial.audit.models import AuditEntry, AuditHead

GENESIS = "0" * 64


def _entry_hash(entry: AuditEntry) -> str:
    """The hash of an entry: its own fields and the previous entry's hash (`prev_hash`), as canonical JSON.
    Entries already stored were hashed this way, so this must not change."""
    body = json.dumps(
        {
            "prev": entry.prev_hash,
            "seq": entry.seq,
            "at": _timestamp(entry.at),
            "actor": entry.actor_id,
            "actor_label": entry.actor_label,
            "action": entry.action,
            "object_type": entry.object_type,
            "object_id": entry.object_id,
            "school": entry.school_id,
            "details": entry.details,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _timestamp(value: Any) -> str:
    return value.astimezone(dt.UTC).isoformat(timespec="microseconds")


def audit_record(
    *,
    actor: Any,
    action: str,
    target: models.Model | None = None,
    school: Any = None,
    details: dict[str, Any] | None = None,
    actor_label: str | None = None,
) -> AuditEntry:
    """Append one entry. `actor` is a User or None (the system, or an anonymous public reporter)."""
    details = json.loads(json.dumps(details or {}, default=str))
    actor_id = actor.pk if actor is not None and getattr(actor, "is_authenticated", False) else None
    label = actor_label or (actor.get_username() if actor_id is not None else "system")
    object_type = target._meta.label_lower if target is not None else ""
    object_id = str(target.pk) if target is not None else ""
    school_id = getattr(school, "pk", school)
    with transaction.atomic():
        head, _ = AuditHead.objects.select_for_update().get_or_create(id=1)
        entry = AuditEntry(
            seq=head.seq + 1,
            at=timezone.now(),
            actor_id=actor_id,
            actor_label=label,
            action=action,
            object_type=object_type,
            object_id=object_id,
            school_id=school_id,
            details=details,
            prev_hash=head.hash,
        )
        entry.hash = _entry_hash(entry)
        entry.save(force_insert=True)
        AuditHead.objects.filter(id=1).update(seq=entry.seq, hash=entry.hash)
    return entry


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    first_bad_seq: int | None = None
    reason: str = ""


def audit_verify() -> ChainReport:
    """Recompute every hash in order. Reports the first entry that was changed, removed or inserted."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    for entry in AuditEntry.objects.order_by("seq").iterator(chunk_size=2000):
        count += 1
        if entry.seq != expected_seq:
            return ChainReport(False, count, entry.seq, f"entry {expected_seq} is missing")
        if entry.prev_hash != prev:
            return ChainReport(False, count, entry.seq, "does not follow the previous entry")
        if _entry_hash(entry) != entry.hash:
            return ChainReport(False, count, entry.seq, "its contents were changed after it was written")
        prev = entry.hash
        expected_seq += 1
    head = AuditHead.objects.filter(id=1).first()
    if head is not None and (head.seq != expected_seq - 1 or head.hash != prev):
        return ChainReport(False, count, expected_seq, "entries after this point were removed")
    return ChainReport(True, count)


def audit_trail(target: models.Model) -> models.QuerySet[AuditEntry]:
    return AuditEntry.objects.filter(object_type=target._meta.label_lower, object_id=str(target.pk)).order_by(
        "seq"
    )
