"""Home-page panels from the registers: what the person needs to do, report shortcuts, and the registers."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from safesocial.registers import selectors as sel
from safesocial.registers.models import AccountApplication, Declaration
from safesocial.schools.models import School
from safesocial.web.panels import Panel, home_panel, url_or_none


@home_panel(order=50)
def things_to_do(request: HttpRequest, school: School, roles: frozenset[str]) -> Panel | None:
    user: Any = request.user
    items: list[dict[str, Any]] = []
    if sel.must_acknowledge(user, school) and not sel.has_acknowledged(user, school):
        items.append(
            {
                "url": url_or_none("registers:policy", school.slug),
                "text": _("Read and confirm the school's social media policy"),
            }
        )
    if roles & sel.LEADERS and school.policy_revision_id is not None:
        pending = sel.pending_acknowledgers(school).count()
        if pending:
            items.append(
                {
                    "url": url_or_none("registers:acknowledgements", school.slug),
                    "text": ngettext(
                        "%(n)d person has not yet confirmed the policy",
                        "%(n)d people have not yet confirmed the policy",
                        pending,
                    )
                    % {"n": pending},
                }
            )
    if sel.can_review_declarations(user, school):
        waiting = (
            sel.access_declarations_to_review(user, school).filter(status=Declaration.Status.PENDING).count()
        )
        if waiting:
            items.append(
                {
                    "url": url_or_none("registers:declarations", school.slug),
                    "text": ngettext(
                        "%(n)d declaration is waiting for your review",
                        "%(n)d declarations are waiting for your review",
                        waiting,
                    )
                    % {"n": waiting},
                }
            )
    due = (
        sel.access_my_declarations(user, school)
        .exclude(status=Declaration.Status.WITHDRAWN)
        .filter(reconfirm_due__lte=sel.today())
    )
    if due.exists():
        items.append(
            {
                "url": url_or_none("registers:declarations", school.slug),
                "text": _("Reconfirm your declaration"),
            }
        )
    if roles & sel.account_rules(school)["approvers"]:  # type: ignore[operator]
        cases = (
            sel.access_applications(user, school).filter(status=AccountApplication.Status.SUBMITTED).count()
        )
        if cases:
            items.append(
                {
                    "url": url_or_none("registers:accounts", school.slug),
                    "text": ngettext(
                        "%(n)d business case for an official account needs a decision",
                        "%(n)d business cases for official accounts need a decision",
                        cases,
                    )
                    % {"n": cases},
                }
            )
    from safesocial.monitoring.selectors import my_overdue_duties

    for duty in my_overdue_duties(user, school):
        items.append(
            {
                "url": url_or_none("monitoring:account", school.slug, duty.account_id),
                "text": _("Check the account %(name)s: the check is overdue") % {"name": duty.account.name},
            }
        )
    reminders = [r for r in sel.open_reminders(user, school)[:5] if r.kind == "review-due"]
    for reminder in reminders[:1]:
        items.append({"url": reminder.url or None, "text": _("The policy is due for review")})
    if not items:
        return None
    return Panel(
        title=_("Things to do"), template="registers/panels/things_to_do.html", context={"items": items}
    )


@home_panel(order=55)
def policy_and_registers(request: HttpRequest, school: School, roles: frozenset[str]) -> Panel | None:
    if not roles:
        return None
    return Panel(
        title=_("Policy and registers"),
        template="registers/panels/registers.html",
        context={"can_see_consent": sel.can_see_consent(request.user, school)},  # type: ignore[arg-type]
    )
