"""A small valid pack to break in tests, as data and as YAML text."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

MINIMAL_PACK: dict[str, Any] = {
    "format": 1,
    "id": "hollybank",
    "revision": 1,
    "metadata": {
        "title": "Social Media Policy",
        "organisation": {"name": "Hollybank School", "kind": "school"},
        "source": "hollybank.txt",
        "document_owner": "Head Teacher",
        "last_reviewed": "2025-09-01",
    },
    "roles": [{"policy_name": "Head Teacher", "maps_to": ["head_teacher"]}],
    "clauses": [
        {
            "id": "4.1",
            "topic": "Contact with pupils",
            "quote": "Staff must not communicate with pupils through personal social media.",
            "strength": "must-not",
            "binds": ["staff"],
            "applies_to": ["personal-accounts"],
            "screening": [{"category": "pupil-contact", "severity": "breach", "authors": ["staff"]}],
            "actions": ["Do not send this."],
        },
        {
            "id": "7.2",
            "topic": "Safeguarding",
            "quote": "Any safeguarding concern must be reported to the Designated Safeguarding Lead.",
            "strength": "must",
            "binds": ["staff"],
            "screening": [
                {"category": "safeguarding", "severity": "escalate"},
                {"category": "illegal", "severity": "escalate"},
                {"category": "extremism", "severity": "escalate"},
            ],
        },
    ],
    "processes": {
        "reporting_routes": [
            {
                "id": "safeguarding",
                "concern": "A child may be at risk",
                "report_to": ["dsl"],
                "clauses": ["7.2"],
            }
        ],
        "cycles": {
            "review_cycle_months": 12,
            "review_owner": ["head_teacher"],
            "acknowledgement_binds": ["staff"],
        },
    },
}

# The text a school might have written: the policy the minimal pack quotes.
MINIMAL_SOURCE = """Hollybank School Social Media Policy

4.1 Staff must not communicate with pupils through personal social media.

7.2 Any safeguarding concern must be reported to the Designated Safeguarding Lead.
"""


@pytest.fixture
def policy_text() -> str:
    return MINIMAL_SOURCE


@pytest.fixture
def pack_data() -> dict[str, Any]:
    return copy.deepcopy(MINIMAL_PACK)


@pytest.fixture
def pack_text(pack_data: dict[str, Any]) -> str:
    return yaml.safe_dump(pack_data, sort_keys=False)
