"""System checks for the cases settings."""

from __future__ import annotations

import pytest

from safesocial.cases.apps import check_case_settings


@pytest.mark.parametrize(
    ("limit", "rate", "ids"),
    [
        (10 * 1024 * 1024, 5, []),
        (0, 5, ["safesocial.cases.E001"]),
        (10 * 1024 * 1024 * 1024, 5, ["safesocial.cases.E001"]),
        ("10MB", 5, ["safesocial.cases.E001"]),
        (10 * 1024 * 1024, 0, ["safesocial.cases.E002"]),
    ],
)
def test_when_a_case_setting_is_out_of_range_then_a_check_says_so(settings, limit, rate, ids):
    settings.SAFESOCIAL_EVIDENCE_MAX_BYTES = limit
    settings.SAFESOCIAL_PUBLIC_REPORT_RATE = rate
    assert [e.id for e in check_case_settings()] == ids
