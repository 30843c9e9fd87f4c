"""Signing people out after a spell without activity.

A signed-in session ends when the browser closes or after SESSION_COOKIE_AGE (8 hours by default), and also
after SAFESOCIAL_IDLE_TIMEOUT_SECONDS (30 minutes by default) without a request: a laptop left open in a
staffroom should not stay signed in to safeguarding records. Set the timeout to 0 to turn this off.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import quote

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

SESSION_KEY = "safesocial_last_seen"
# Write the time to the session at most this often, so not every request saves the session.
TOUCH_EVERY_SECONDS = 60


def idle_timeout_seconds() -> int:
    return int(getattr(settings, "SAFESOCIAL_IDLE_TIMEOUT_SECONDS", 1800))


class IdleTimeoutMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        timeout = idle_timeout_seconds()
        user = getattr(request, "user", None)
        if timeout > 0 and user is not None and user.is_authenticated:
            now = int(time.time())
            last_seen = request.session.get(SESSION_KEY)
            if isinstance(last_seen, int) and now - last_seen > timeout:
                logout(request)
                minutes = max(1, timeout // 60)
                messages.info(
                    request,
                    _("You were signed out after %(minutes)d minutes without activity. Sign in again.")
                    % {"minutes": minutes},
                )
                login_url = reverse(settings.LOGIN_URL)
                target = login_url
                if request.method == "GET":
                    target = f"{login_url}?next={quote(request.get_full_path())}"
                if request.headers.get("HX-Request"):
                    response = HttpResponse(status=401)
                    response["HX-Redirect"] = target
                    return response
                return HttpResponseRedirect(target)
            if not isinstance(last_seen, int) or now - last_seen >= TOUCH_EVERY_SECONDS:
                request.session[SESSION_KEY] = now
        return self.get_response(request)
