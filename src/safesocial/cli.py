"""The `safesocial` command.

`safesocial policy ...` and `safesocial screen ...` run the core with no Django at all; every other command is
a Django management command (`safesocial migrate`, `safesocial load_demo`, `safesocial runserver`, ...).
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "policy":
        from safesocial.policy.cli import main as policy_main

        return policy_main(args[1:])
    if args and args[0] == "screen":
        from safesocial.screening.cli import main as screen_main

        return screen_main(args[1:])
    # Local use and the demo; deployments set DJANGO_SETTINGS_MODULE=safesocial.config.settings.production.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "safesocial.config.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["safesocial", *args])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
