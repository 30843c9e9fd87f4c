"""Service-desk edits through the Django admin are audited like any other change, without field values."""

from __future__ import annotations

import pytest
from django.urls import reverse
from tests.factories import make_person, make_school

from safesocial.audit.models import AuditEntry
from safesocial.audit.services import audit_verify
from safesocial.schools.models import Person, PolicyRevision, User

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(client):
    user = User.objects.create_superuser("service-desk", "desk@example.org", "x" * 16)
    client.force_login(user)
    return client


def test_when_a_pupils_no_publish_flag_is_changed_in_the_admin_then_it_is_audited_without_values(desk):
    school = make_school()
    pupil = make_person(school, "pupil", first_name="Seren", last_name="Pryce")
    url = reverse("admin:schools_person_change", args=[pupil.pk])
    form = desk.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list | dict)}
    data.update(
        school=school.pk,
        kind="pupil",
        first_name="Seren",
        last_name="Pryce",
        known_as="[]",
        no_publish="on",
        image_consent="unknown",
        active="on",
    )
    response = desk.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Person.objects.get(pk=pupil.pk).no_publish
    entry = AuditEntry.objects.get(action="admin.changed")
    assert entry.object_type == "schools.person" and entry.school_id == school.pk
    assert "no_publish" in entry.details["fields"] and "Seren" not in str(entry.details)
    assert audit_verify().ok


def test_when_a_person_is_deleted_in_the_admin_then_the_deletion_is_audited(desk):
    school = make_school()
    pupil = make_person(school, "pupil")
    response = desk.post(reverse("admin:schools_person_delete", args=[pupil.pk]), {"post": "yes"})
    assert response.status_code == 302
    entry = AuditEntry.objects.get(action="admin.deleted")
    assert entry.details == {"object": "schools.person", "id": str(pupil.pk)}


def test_stored_policy_revisions_cannot_be_deleted_in_the_admin(desk):
    revision = PolicyRevision.objects.create(
        pack_id="bwmat", revision=1, content_hash="a" * 64, content="id: x"
    )
    response = desk.get(reverse("admin:schools_policyrevision_delete", args=[revision.pk]))
    assert response.status_code == 403
