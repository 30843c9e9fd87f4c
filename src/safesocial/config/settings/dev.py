"""Local development and the demo: debug pages on, console e-mail."""

import os

os.environ.setdefault("SAFESOCIAL_CREDENTIALS_KEY", "ZGVtby1vbmx5LWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=")

from safesocial.config.settings.base import *  # noqa: F403
from safesocial.config.settings.base import env_bool

DEBUG = env_bool("SAFESOCIAL_DEBUG", True)
SAFESOCIAL_CREDENTIALS_KEY = os.environ["SAFESOCIAL_CREDENTIALS_KEY"]
