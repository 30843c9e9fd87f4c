"""Pages for the registers. Views validate input and call selectors and services; nothing else."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from itertools import groupby
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from safesocial.policy import PackError
from safesocial.registers import selectors as sel
from safesocial.registers import services
from safesocial.registers.forms import (
    AcknowledgeForm,
    ApplicationForm,
    CheckPostForm,
    ConsentForm,
    ConsentImportForm,
    CredentialsForm,
    DecisionForm,
    DeclarationForm,
    DeclarationReviewForm,
    PrePublicationForm,
    RecordAccountForm,
    RevealForm,
    TrainingForm,
)
from safesocial.registers.models import Declaration, PrePublicationCheck
from safesocial.registers.screening import draft_post
from safesocial.schools.models import Person, School
from safesocial.schools.selectors import access_school

View = Callable[..., HttpResponse]


def school_view(view: View) -> View:
    """Sign-in required; the school must be one of the user's; a refused service call is a 404."""

    @login_required
    @wraps(view)
    def wrapped(request: HttpRequest, school_slug: str, *args: Any, **kwargs: Any) -> HttpResponse:
        school, roles = access_school(request.user, school_slug)
        try:
            return view(request, school, roles, *args, **kwargs)
        except services.NotAllowed:
            raise Http404 from None

    return wrapped


def _errors(form: Any, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


def _nav(request: HttpRequest, school: School, roles: frozenset[str]) -> dict[str, Any]:
    user = request.user
    return {
        "school": school,
        "roles": roles,
        "is_leader": bool(roles & sel.LEADERS),
        "can_adopt": bool(roles & sel.ADOPTERS),
        "can_review_declarations": sel.can_review_declarations(user, school),  # type: ignore[arg-type]
        "can_see_consent": sel.can_see_consent(user, school),  # type: ignore[arg-type]
        "can_record_training": bool(roles & sel.TRAINING_RECORDERS),
    }


# --- policy -------------------------------------------------------------------------------------------------


@school_view
def policy(request: HttpRequest, school: School, roles: frozenset[str]) -> HttpResponse:
    user = request.user
    loaded = sel.pack_for(school)
    clauses = [c for c in loaded.pack.clauses if c.strength != "info" or c.summary]
    topics = [(topic, list(items)) for topic, items in groupby(clauses, key=lambda c: c.topic)]
    context = {
        **_nav(request, school, roles),
        "pack": loaded.pack,
        "pack_label": loaded.revision_label,
        "topics": topics,
        "adoption": sel.current_adoption(school),
        "must_acknowledge": sel.must_acknowledge(user, school),  # type: ignore[arg-type]
        "acknowledged": sel.has_acknowledged(user, school),  # type: ignore[arg-type]
        "form": AcknowledgeForm(),
        "newer_bundled": sel.bundled_differs(school),
    }
    return render(request, "registers/policy.html", context)


@require_POST
@school_view
def policy_acknowledge(request: HttpRequest, school: School, roles: frozenset[str]) -> HttpResponse:
    form = AcknowledgeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Tick the box to confirm you have read the policy."))
        return redirect("registers:policy", school.slug)
    services.policy_acknowledge(school=school, user=request.user)  # type: ignore[arg-type]
    messages.success(request, _("Thank you. Your confirmation has been recorded."))
    return redirect("registers:policy", school.slug)


@require_POST
@school_view
def policy_adopt(request: HttpRequest, school: School, roles: frozenset[str]) -> HttpResponse:
    upload = request.FILES.get("pack_file")
    try:
        content = upload.read(2 * 1024 * 1024 + 1).decode("utf-8") if upload else None
        services.policy_adopt(school=school, actor=request.user, content=content)  # type: ignore[arg-type]
    except (ValidationError, PackError, UnicodeDecodeError) as exc:
        text = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)[:500]
        messages.error(request, _("The revision was not adopted: %(reason)s") % {"reason": text})
    else:
        messages.success(
            request, _("The policy is adopted. Everyone it applies to is being asked to read and confirm it.")
        )
    return redirect("registers:policy", school.slug)


@school_view
def acknowledgements(request: HttpRequest, school: School, roles: frozenset[str]) -> HttpResponse:
    rows = sel.access_acknowledgement_register(request.user, school)  # type: ignore[arg-type]
    if request.method == "POST":
        services.acknowledgement_reminders_request(school=school, actor=request.user)  # type: ignore[arg-type]
        messages.success(request, _("Reminders are being sent to everyone who has not yet confirmed."))
        return redirect("registers:acknowledgements", school.slug)
    pending = [r for r in rows if r.acknowledged_at is None]
    return render(
        request,
        "registers/acknowledgements.html",
        {
            **_nav(request, school, roles),
            "rows": rows,
            "pending": len(pending),
            "done": len(rows) - len(pending),
            "adoption": sel.current_adoption(school),
        },
    )


# --- declarations -------------------------------------------------------------------------------------------


@school_view
def declarations(request: HttpRequest, school: School, roles: frozenset[str]) -> HttpResponse:
    user = request.user
    return render(
        request,
        "registers/declarations.html",
        {
            **_nav(request, school, roles),
            "mine": sel.access_my_declarations(user, school),  # type: ignore[arg-type]
            "to_review": sel.access_declarations_to_review(user, school),  # type: ignore[arg-type]
            "cycles": sel.pack_for(school).pack.processes.cycles,
            "today": sel.today(),
        },
    )


@school_view
def declaration_new(request: HttpRequest, school: School, roles: frozenset[str]) -> HttpResponse:
    pupils = sel.pupils_for_choice(school)
    form = DeclarationForm(request.POST or None, pupils=pupils)
    if request.method == "POST" and form.is_valid():
        try:
            declaration = services.declaration_make(
                school=school,
                user=request.user,
                kind=form.cleaned_data["kind"],  # type: ignore[arg-type]
                details=form.cleaned_data["details"],
                pupils=form.cleaned_data["pupils"],
            )
        except ValidationError as exc:
            _errors(form, exc)
        else:
            messages.success(request, _("Your declaration has been sent for review."))
            return redirect("registers:declaration", school.slug, declaration.pk)
    return render(request, "registers/declaration_new.html", {**_nav(request, school, roles), "form": form})


@school_view
def declaration(request: HttpRequest, school: School, roles: frozenset[str], pk: int) -> HttpResponse:
    user = request.user
    item = sel.access_declaration(user, school, pk)  # type: ignore[arg-type]
    is_reviewer = item.declarant_id != user.pk
    form = DeclarationReviewForm(request.POST or None) if is_reviewer else None
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "review" and form is not None and form.is_valid():
                services.declaration_review(
                    declaration=item,
                    reviewer=user,
                    outcome=form.cleaned_data["outcome"],  # type: ignore[arg-type]
                    note=form.cleaned_data["note"],
                )
                messages.success(request, _("Your review has been recorded."))
                return redirect("registers:declarations", school.slug)
            if action == "reconfirm" and not is_reviewer:
                services.declaration_reconfirm(declaration=item, user=user)  # type: ignore[arg-type]
                messages.success(request, _("Thank you. Your declaration is reconfirmed for another year."))
                return redirect("registers:declarations", school.slug)
            if action == "withdraw" and not is_reviewer:
                services.declaration_withdraw(declaration=item, user=user)  # type: ignore[arg-type]
                messages.success(request, _("Your declaration has been withdrawn."))
                return redirect("registers:declarations", school.slug)
        except ValidationError as exc:
            if form is not None:
                _errors(form, exc)
            else:
                messages.error(request, " ".join(exc.messages))
    elif is_reviewer:
        services.declaration_viewed(declaration=item, viewer=user)  # type: ignore[arg-type]
    return render(
        request,
        "registers/declaration.html",
        {
            **_nav(request, school, roles),
            "item": item,
            "form": form,
            "is_reviewer": is_reviewer,
            "can_review": is_reviewer and item.status == Declaration.Status.PENDING,
        },
    )


# --- training -----------------------------------------------------------------------------------------------


@school_view
def training(request: HttpRequest, school: School, roles: frozenset[str]) -> HttpResponse:
    records = sel.access_training_register(request.user, school)  # type: ignore[arg-type]
    can_record = bool(roles & sel.TRAINING_RECORDERS)
    form = (
        TrainingForm(request.POST or None, users=sel.eligible_runner_choices(school)) if can_record else None
    )
    if request.method == "POST" and form is not None and form.is_valid():
        try:
            services.training_record(
                school=school,
                actor=request.user,
                user=form.cleaned_data["user"],  # type: ignore[arg-type]
                course=form.cleaned_data["course"],
                completed_on=form.cleaned_data["completed_on"],
            )
        except ValidationError as exc:
            _errors(form, exc)
        else:
            messages.success(request, _("The training has been recorded."))
            return redirect("registers:training", school.slug)
    return render(
        request, "registers/training.html", {**_nav(request, school, roles), "records": records, "form": form}
    )


# --- official accounts --------------------------------------------------------------------------------------


@school_view
def accounts(request: HttpRequest, school: School, roles: frozenset[str]) -> HttpResponse:
    user = request.user
    return render(
        request,
        "registers/accounts.html",
        {
            **_nav(request, school, roles),
            "applications": sel.access_applications(user, school).filter(account__isnull=True),  # type: ignore[arg-type]
            "accounts": sel.access_accounts(user, school),  # type: ignore[arg-type]
            "rules": sel.account_rules(school),
        },
    )


@school_view
def application_new(request: HttpRequest, school: School, roles: frozenset[str]) -> HttpResponse:
    form = ApplicationForm(request.POST or None, staff=sel.eligible_runner_choices(school))
    rules = sel.account_rules(school)
    if request.method == "POST" and form.is_valid():
        try:
            application = services.application_submit(school=school, actor=request.user, **form.cleaned_data)  # type: ignore[arg-type]
        except ValidationError as exc:
            _errors(form, exc)
        else:
            messages.success(request, _("Your business case has been sent to the senior leadership team."))
            return redirect("registers:application", school.slug, application.pk)
    return render(
        request,
        "registers/application_new.html",
        {**_nav(request, school, roles), "form": form, "rules": rules},
    )


@school_view
def application(request: HttpRequest, school: School, roles: frozenset[str], pk: int) -> HttpResponse:
    user = request.user
    item = sel.access_application(user, school, pk)  # type: ignore[arg-type]
    can_decide = sel.can_decide_application(user, school, item)  # type: ignore[arg-type]
    account_made = sel.account_for_application(item)
    has_account = account_made is not None
    can_record = sel.can_record_account(user, school) and item.status == "approved" and not has_account  # type: ignore[arg-type]
    decision_form = DecisionForm(request.POST if request.POST.get("action") == "decide" else None)
    record_form = RecordAccountForm(request.POST if request.POST.get("action") == "record" else None)
    if request.method == "POST":
        try:
            if request.POST.get("action") == "decide" and can_decide and decision_form.is_valid():
                services.application_decide(
                    application=item,
                    actor=user,
                    approve=decision_form.cleaned_data["decision"] == "approve",  # type: ignore[arg-type]
                    reason=decision_form.cleaned_data["reason"],
                )
                messages.success(request, _("The decision has been recorded."))
                return redirect("registers:application", school.slug, item.pk)
            if request.POST.get("action") == "record" and can_record and record_form.is_valid():
                account = services.account_record(
                    application=item,
                    actor=user,
                    handle=record_form.cleaned_data["handle"],  # type: ignore[arg-type]
                    credentials=record_form.cleaned_data["credentials"],
                )
                messages.success(request, _("The account has been recorded."))
                return redirect("registers:account", school.slug, account.pk)
        except ValidationError as exc:
            _errors(decision_form if request.POST.get("action") == "decide" else record_form, exc)
    return render(
        request,
        "registers/application.html",
        {
            **_nav(request, school, roles),
            "item": item,
            "runners": [(r, sel.runner_shortfalls(r, school)) for r in item.runners.all()],
            "can_decide": can_decide,
            "can_record": can_record,
            "decision_form": decision_form,
            "record_form": record_form,
            "account": account_made,
        },
    )


@school_view
def account(request: HttpRequest, school: School, roles: frozenset[str], pk: int) -> HttpResponse:
    user = request.user
    item = sel.access_account(user, school, pk)  # type: ignore[arg-type]
    runner = sel.is_runner(user, item)  # type: ignore[arg-type]
    can_set = runner or sel.can_record_account(user, school)  # type: ignore[arg-type]
    form = CredentialsForm(request.POST or None) if can_set else None
    if request.method == "POST" and form is not None and form.is_valid():
        services.account_credentials_set(
            account=item, actor=user, credentials=form.cleaned_data["credentials"]
        )  # type: ignore[arg-type]
        messages.success(request, _("The new sign-in details are stored."))
        return redirect("registers:account", school.slug, item.pk)
    from safesocial.monitoring.selectors import duty_of

    return render(
        request,
        "registers/account.html",
        {
            **_nav(request, school, roles),
            "item": item,
            "runners": item.runners.all(),
            "is_runner": runner,
            "form": form,
            "duty": duty_of(item),
            "checks": item.prepublication_checks.select_related("drafted_by", "approved_by")[:10],
            "can_publish": sel.access_accounts_i_publish_to(user, school).filter(pk=item.pk).exists(),  # type: ignore[arg-type]
        },
    )


@never_cache
@school_view
def account_reveal(request: HttpRequest, school: School, roles: frozenset[str], pk: int) -> HttpResponse:
    item = sel.access_account_for_credentials(request.user, school, pk)  # type: ignore[arg-type]
    form = RevealForm(request.POST or None)
    credentials = None
    if request.method == "POST" and form.is_valid():
        try:
            credentials = services.account_credentials_reveal(
                account=item,
                actor=request.user,
                password=form.cleaned_data["password"],  # type: ignore[arg-type]
            )
        except services.RevealRefused as exc:
            form.add_error("password" if exc.code == "password" else None, exc.messages)
    # never_cache sends "no-store": the details are not kept by the browser or any proxy.
    return render(
        request,
        "registers/account_reveal.html",
        {**_nav(request, school, roles), "item": item, "form": form, "credentials": credentials},
    )


# --- consent and pre-publication ----------------------------------------------------------------------------


@school_view
def consent(request: HttpRequest, school: School, roles: frozenset[str]) -> HttpResponse:
    user = request.user
    pupils = sel.access_consent_register(user, school)  # type: ignore[arg-type]
    can_import = sel.can_import_consent(user, school)  # type: ignore[arg-type]
    can_edit = bool(roles & sel.CONSENT_KEEPERS)
    form = ConsentImportForm(request.POST or None, request.FILES or None) if can_import else None
    if request.method == "POST" and request.POST.get("action") == "edit" and can_edit:
        person = pupils.filter(pk=request.POST.get("person")).first()
        edit = ConsentForm(request.POST)
        if person is None:
            raise Http404
        if edit.is_valid():
            services.consent_set(person=person, actor=user, **edit.cleaned_data)  # type: ignore[arg-type]
            messages.success(request, _("Consent updated for %(name)s.") % {"name": person.full_name})
        return redirect("registers:consent", school.slug)
    if request.method == "POST" and form is not None and form.is_valid():
        raw = form.cleaned_data["file"].read(services.MAX_CONSENT_CSV_BYTES + 1)
        try:
            result = services.consent_import(school=school, actor=user, csv_text=raw.decode("utf-8-sig"))  # type: ignore[arg-type]
        except UnicodeDecodeError:
            form.add_error("file", _("The file is not UTF-8 text. Save it as CSV UTF-8 and try again."))
        except ValidationError as exc:
            form.add_error("file", exc.messages)
        else:
            messages.success(
                request,
                _(
                    "%(updated)d pupils updated, %(unchanged)d unchanged, %(unknown)d rows not matched, "
                    "%(invalid)d rows unreadable."
                )
                % {
                    "updated": result.updated,
                    "unchanged": result.unchanged,
                    "unknown": len(result.unknown),
                    "invalid": len(result.invalid),
                },
            )
            return redirect("registers:consent", school.slug)
    if request.method == "GET":
        services.consent_viewed(school=school, viewer=user)  # type: ignore[arg-type]
    return render(
        request,
        "registers/consent.html",
        {
            **_nav(request, school, roles),
            "pupils": pupils,
            "form": form,
            "can_edit": can_edit,
            "consent_choices": Person.Consent.choices,
        },
    )


@school_view
def prepublish(request: HttpRequest, school: School, roles: frozenset[str], pk: int) -> HttpResponse:
    user = request.user
    account_obj = sel.access_accounts_i_publish_to(user, school).filter(pk=pk).first()  # type: ignore[arg-type]
    if account_obj is None:
        raise Http404
    form = PrePublicationForm(request.POST or None, pupils=sel.pupils_for_choice(school))
    if request.method == "POST" and form.is_valid():
        try:
            check = services.prepublication_check(
                account=account_obj,
                actor=user,
                caption=form.cleaned_data["caption"],  # type: ignore[arg-type]
                people=form.cleaned_data["people"],
                image_description=form.cleaned_data["image_description"],
            )
        except ValidationError as exc:
            _errors(form, exc)
        else:
            return redirect("registers:prepublish_result", school.slug, check.pk)
    return render(
        request,
        "registers/prepublish.html",
        {**_nav(request, school, roles), "item": account_obj, "form": form},
    )


@school_view
def prepublish_result(request: HttpRequest, school: School, roles: frozenset[str], pk: int) -> HttpResponse:
    user = request.user
    check = sel.access_prepublication_check(user, school, pk)  # type: ignore[arg-type]
    if request.method == "POST":
        services.prepublication_approve(check=check, actor=user)  # type: ignore[arg-type]
        messages.success(request, _("You approved this post. It can now be published."))
        return redirect("registers:prepublish_result", school.slug, check.pk)
    return render(
        request,
        "registers/prepublish_result.html",
        {
            **_nav(request, school, roles),
            "check": check,
            "reasons": sel.prepublication_reasons(check, school),
            "can_approve": sel.can_approve_post(user, school, check),  # type: ignore[arg-type]
            "blocked": check.outcome == PrePublicationCheck.Outcome.BLOCKED,
        },
    )


# --- check my post ------------------------------------------------------------------------------------------


@school_view
def check_post(request: HttpRequest, school: School, roles: frozenset[str]) -> HttpResponse:
    user = request.user
    publishable = list(sel.access_accounts_i_publish_to(user, school))  # type: ignore[arg-type]
    form = CheckPostForm(request.POST or None, accounts=publishable)
    result = None
    kept = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        official = next((a for a in publishable if str(a.pk) == data["account"]), None)
        post = draft_post(
            text=data["text"],
            account="school" if official else "personal",
            platform=official.platform if official else data["platform"],
            audience=data["audience"],
            image_description=data["image_description"],
        )
        result = services.post_check(school=school, user=user, post=post)  # type: ignore[arg-type]
        if data["keep"]:
            kept = services.post_check_keep(school=school, user=user, screened=result, post=post)  # type: ignore[arg-type]
    context = {
        **_nav(request, school, roles),
        "form": form,
        "result": result,
        "kept": kept,
        "pack_title": sel.pack_for(school).pack.metadata.title,
    }
    if getattr(request, "htmx", False) and request.method == "POST":
        return render(request, "registers/_check_result.html", context)
    return render(request, "registers/check_post.html", context)
