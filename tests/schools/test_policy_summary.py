from __future__ import annotations

import datetime as dt

import pytest
from tests.factories import make_school, make_user

from safesocial.registers.services import policy_adopt
from safesocial.schools.selectors import policy_summary

pytestmark = pytest.mark.django_db


def test_when_no_revision_is_adopted_then_the_review_date_is_the_packs_own():
    school = make_school("Archbishop Hutton's VC Primary School", pack="archbishop-hutton")
    assert policy_summary(school).review_due == dt.date(2023, 7, 1)


def test_when_a_revision_is_adopted_then_the_review_date_is_the_one_set_at_adoption():
    school = make_school("Archbishop Hutton's VC Primary School", pack="archbishop-hutton")
    head = make_user(school, "head_teacher")
    adoption = policy_adopt(school=school, actor=head)
    school.refresh_from_db()
    summary = policy_summary(school)
    assert summary.review_due == adoption.review_due
    assert summary.review_due > dt.date(2023, 7, 1)
