"""The policy-aware post screener: under this school's policy, what does this post breach, and what must
happen next? No Django in here; the CLI, the web app and background jobs all call this API.

    screener = Screener.for_policy("bwmat", load_profile("school.json"))
    decision = screener.screen({"id": "p1", "text": "...", "account": "personal", "author_role": "staff"})
    decision.to_dict()
"""

from safesocial.screening._native_guard import guard_compiled_modules

guard_compiled_modules()  # before any compiled module is imported (see scripts/compile_screener.py)

from safesocial.screening.pipeline import Screener  # noqa: E402
from safesocial.screening.profile import load_profile  # noqa: E402
from safesocial.screening.types import (  # noqa: E402
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
