"""The policy-aware post screener: under this school's policy, what does this post breach, and what must
happen next? No Django in here; the CLI, the web app and background jobs all call this API.

    screener = Screener.for_policy("bwmat", load_profile("school.json"))
    decision = screener.screen({"id": "p1", "text": "...", "account": "personal", "author_role": "staff"})
    decision.to_dict()
"""

from safesocial.screening.pipeline import Screener
from safesocial.screening.profile import load_profile
from safesocial.screening.types import (
    Decision,
    Finding,
    Image,
    InputError,
    MaskedDigest,
    Person,
    Post,
    Profile,
    ProfileError,
)

__all__ = [
    "Decision",
    "Finding",
    "Image",
    "InputError",
    "MaskedDigest",
    "Person",
    "Post",
    "Profile",
    "ProfileError",
    "Screener",
    "load_profile",
]
