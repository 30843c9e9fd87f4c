"""Home-page panels: how each app shows a signed-in person what they can do at each of their schools.

The home page (`/`) has one section for every school where the user holds a role (and, for the trust central
team, one for their trust first). Each section names the user's roles there and then shows every *panel* that
applies. Apps contribute panels; the web app never needs to know about them.

Writing a panel
---------------
Put a module called `panels.py` in your app (`safesocial.<app>.panels`). It is imported once at start-up
(`WebConfig.ready`), for every installed `safesocial.*` app that has one. In it, decorate a function::

    from django.urls import reverse
    from django.utils.translation import gettext as _

    from safesocial.schools.models import Role
    from safesocial.web.panels import Panel, home_panel

    @home_panel(order=20)
    def open_cases(request, school, roles):
        if not roles & {Role.DSL, Role.HEAD_TEACHER}:
            return None  # nothing for this person here: no panel
        return Panel(
            title=_("Open cases"),
            template="cases/panels/open_cases.html",
            context={"cases": open_cases_for(user=request.user, school=school)},
        )

- The function receives the request, the `School` and the user's roles there (a `frozenset` of `Role` values;
  a trust central team member holds `"trust_central"` at each of the trust's schools). It returns a `Panel`,
  or `None` to show nothing. Decide visibility from `roles` (or an `access_*` selector), never from the URL.
- `order` sorts panels within a section, lowest first: 0-19 the school itself (policy, people), 20-49
  reporting and cases, 50-79 registers and monitoring, 80-99 governance and settings. `Panel.order` overrides
  it.
- The template renders the panel's body only (the home page draws the box and the `<h3>` title). It
  receives the panel's `context` plus `school`, `roles`, `request` and `user`. Keep it short: a sentence, a
  count, links. Link to a page only when it exists: `safesocial.web.panels.url_or_none(name, *args)` returns
  `None` for a URL name that is not (yet) routed.
- Panels run on every home-page view: one or two cheap queries each, no writes, no audit entries (looking at a
  count is not looking at a record), nothing sensitive in the title.
- For a sentence and a few links, use the generic template `web/panels/links.html` with context
  `{"intro": "...", "links": [(label, url), ...]}`.
- A panel that raises shows nothing and is logged by name (with `DEBUG` on, the error is raised instead), so
  one app's mistake does not take the home page down for everyone.

Trust-level panels (`@trust_panel(order)`, functions `(request, trust, roles) -> Panel | None`) work the same
way for the trust section that the trust central team sees above their schools.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypeVar

from django.apps import apps
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils.module_loading import module_has_submodule
from django.utils.safestring import SafeString

from safesocial.logs import log_failure

if TYPE_CHECKING:
    from django.http import HttpRequest

    from safesocial.schools.models import School, Trust

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Panel:
    """What a panel function returns: a title, the template for its body, that template's context, and
    (optionally) an order that overrides the one given to the decorator."""

    title: str
    template: str
    context: Mapping[str, Any] = field(default_factory=dict)
    order: int | None = None


@dataclass(frozen=True)
class RenderedPanel:
    title: str
    html: SafeString
    order: int
    key: str  # stable id for the panel's element on the page, e.g. "safesocial-schools-panels-policy"


SchoolPanelFunction = Callable[["HttpRequest", "School", frozenset[str]], Panel | None]
TrustPanelFunction = Callable[["HttpRequest", "Trust", frozenset[str]], Panel | None]
F = TypeVar("F", bound=Callable[..., Panel | None])


@dataclass(frozen=True)
class _Registered:
    key: str
    order: int
    function: Callable[..., Panel | None]


# Keyed by the function's dotted name, so importing a panels module twice does not show its panels twice.
_school_panels: dict[str, _Registered] = {}
_trust_panels: dict[str, _Registered] = {}


def _key(function: Callable[..., object]) -> str:
    return f"{function.__module__}.{function.__qualname__}"


def _register(registry: dict[str, _Registered], order: int) -> Callable[[F], F]:
    if not isinstance(order, int):
        raise TypeError("panel order must be an int, e.g. @home_panel(order=20)")

    def decorate(function: F) -> F:
        key = _key(function)
        registry[key] = _Registered(key=key, order=order, function=function)
        return function

    return decorate


def home_panel(order: int) -> Callable[[F], F]:
    """Register `function(request, school, roles) -> Panel | None` for each school section of home."""
    return _register(_school_panels, order)


def trust_panel(order: int) -> Callable[[F], F]:
    """Register `function(request, trust, roles) -> Panel | None` for the trust section of the home page."""
    return _register(_trust_panels, order)


def unregister(function: Callable[..., object]) -> None:
    """Remove a panel (tests use this to clean up panels they registered)."""
    key = _key(function)
    _school_panels.pop(key, None)
    _trust_panels.pop(key, None)


def registered_school_panels() -> list[str]:
    return [r.key for r in sorted(_school_panels.values(), key=lambda r: (r.order, r.key))]


def registered_trust_panels() -> list[str]:
    return [r.key for r in sorted(_trust_panels.values(), key=lambda r: (r.order, r.key))]


def autodiscover() -> list[str]:
    """Import `<app>.panels` for each installed `safesocial.*` app that has one; return those imported."""
    imported = []
    for app_config in apps.get_app_configs():
        if not app_config.name.startswith("safesocial."):
            continue
        if module_has_submodule(app_config.module, "panels"):
            name = f"{app_config.name}.panels"
            import_module(name)
            imported.append(name)
    return imported


def url_or_none(name: str, *args: object) -> str | None:
    """The URL for a route name, or None when no such route exists yet (another app may not have built it)."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def _render(
    registered: Iterable[_Registered],
    request: HttpRequest,
    subject: object,
    roles: frozenset[str],
    extra: dict[str, Any],
) -> list[RenderedPanel]:
    rendered = []
    for entry in registered:
        try:
            panel = entry.function(request, subject, roles)
            if panel is None:
                continue
            context = {**extra, "roles": roles, "user": request.user, **panel.context}
            html = render_to_string(panel.template, context, request=request)
        except Exception:
            if settings.DEBUG:
                raise
            # The panel's name and where it failed only: the exception text could quote a record.
            log_failure(logger, "home panel %s failed; it is not shown", entry.key)
            continue
        order = panel.order if panel.order is not None else entry.order
        rendered.append(
            RenderedPanel(
                title=str(panel.title), html=SafeString(html), order=order, key=entry.key.replace(".", "-")
            )
        )
    rendered.sort(key=lambda p: (p.order, p.key))
    return rendered


def panels_for_school(request: HttpRequest, school: School, roles: frozenset[str]) -> list[RenderedPanel]:
    """Every school panel that shows something for this person at this school, in order, rendered."""
    return _render(list(_school_panels.values()), request, school, roles, {"school": school})


def panels_for_trust(request: HttpRequest, trust: Trust, roles: frozenset[str]) -> list[RenderedPanel]:
    """Every trust panel that shows something for this person at this trust, in order, rendered."""
    return _render(list(_trust_panels.values()), request, trust, roles, {"trust": trust})
