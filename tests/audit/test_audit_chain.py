from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from safesocial.audit.models import AppendOnlyError, AuditEntry
from safesocial.audit.services import audit_record, audit_trail, audit_verify
from safesocial.schools.models import School, User

pytestmark = pytest.mark.django_db


@pytest.fixture
def school() -> School:
    return School.objects.create(name="Hillside Primary", slug="hillside", policy_pack_id="bwmat")


@pytest.fixture
def head() -> User:
    return User.objects.create_user("head.hillside", password="x" * 16)


def _write(head: User, school: School, n: int = 3) -> None:
    for i in range(n):
        audit_record(actor=head, action="case.viewed", target=school, school=school, details={"step": i})


def test_when_entries_are_written_then_the_chain_verifies(head, school):
    _write(head, school)
    report = audit_verify()
    assert report.ok and report.entries == 3
    assert [e.details["step"] for e in audit_trail(school)] == [0, 1, 2]


def test_when_a_stored_row_is_changed_then_verification_names_it(head, school):
    _write(head, school)
    AuditEntry.objects.filter(seq=2).update(details={"step": 99})
    report = audit_verify()
    assert not report.ok and report.first_bad_seq == 2


def test_when_a_row_is_deleted_behind_the_products_back_then_verification_fails(head, school):
    _write(head, school)
    with connection.cursor() as cur:
        cur.execute("DELETE FROM audit_auditentry WHERE seq = 3")
    assert not audit_verify().ok


def test_when_a_middle_row_is_deleted_then_the_gap_is_found(head, school):
    _write(head, school, 4)
    with connection.cursor() as cur:
        cur.execute("DELETE FROM audit_auditentry WHERE seq = 2")
    report = audit_verify()
    assert not report.ok and report.first_bad_seq == 3


def test_when_code_tries_to_edit_or_delete_an_entry_then_it_is_refused(head, school):
    _write(head, school, 1)
    entry = AuditEntry.objects.get()
    entry.action = "changed"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()


def test_when_the_chain_is_broken_then_the_command_exits_non_zero(head, school):
    _write(head, school)
    call_command("audit_verify")
    AuditEntry.objects.filter(seq=1).update(actor_label="someone else")
    with pytest.raises(CommandError, match="entry 1"):
        call_command("audit_verify")


def test_when_an_entry_is_written_then_its_hash_is_the_documented_one_so_stored_chains_still_verify(
    head, school
):
    import hashlib
    import json

    first = audit_record(actor=head, action="case.viewed", target=school, school=school, details={"n": 1})
    second = audit_record(actor=None, action="case.routed", details={"roles": ["dsl"]})
    for entry, prev in ((first, "0" * 64), (second, first.hash)):
        body = {
            "prev": prev,
            "seq": entry.seq,
            "at": entry.at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
            "actor": entry.actor_id,
            "actor_label": entry.actor_label,
            "action": entry.action,
            "object_type": entry.object_type,
            "object_id": entry.object_id,
            "school": entry.school_id,
            "details": entry.details,
        }
        text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
        assert entry.prev_hash == prev
        assert entry.hash == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert (second.actor_label, second.object_type, second.school_id) == ("system", "", None)
