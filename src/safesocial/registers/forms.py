"""Forms validate input only; the services decide and record."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from safesocial.registers.models import AccountApplication, Declaration
from safesocial.schools.models import Person, User

PLATFORMS = [
    ("facebook", "Facebook"),
    ("x", "X (Twitter)"),
    ("instagram", "Instagram"),
    ("linkedin", "LinkedIn"),
    ("whatsapp", "WhatsApp"),
    ("tiktok", "TikTok"),
    ("youtube", "YouTube"),
    ("blog", _("Blog")),
    ("forum", _("Forum")),
    ("other", _("Other")),
]
AUDIENCES = [
    ("public", _("Anyone (public)")),
    ("friends", _("Friends or followers only")),
    ("direct", _("One person (a private message)")),
]


class UserChoiceField(forms.ModelMultipleChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.display_name())


class PersonChoiceField(forms.ModelMultipleChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        year = f" ({obj.year_group})" if obj.year_group else ""
        return f"{obj.full_name}{year}"


class AcknowledgeForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I have read the policy and I understand what it asks of me."),
        error_messages={"required": _("Tick the box to confirm you have read the policy.")},
    )


class DeclarationForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What are you declaring?"), choices=Declaration.Kind.choices, widget=forms.RadioSelect
    )
    pupils = PersonChoiceField(
        label=_("Pupils this is about (if any)"),
        queryset=Person.objects.none(),
        required=False,
        help_text=_("Hold Ctrl (or Cmd) to choose more than one."),
    )
    details = forms.CharField(
        label=_("Details"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "Say who the relationship or contact is with and how it comes about, or what you find hard to "
            "follow in the policy."
        ),
    )

    def __init__(self, *args: Any, pupils: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["pupils"].queryset = pupils if pupils is not None else Person.objects.none()  # type: ignore[attr-defined]


class DeclarationReviewForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        widget=forms.RadioSelect,
        choices=[
            (Declaration.Status.NOTED, _("Noted: no further action needed")),
            (Declaration.Status.ARRANGEMENTS, _("Noted: arrangements agreed (say what)")),
        ],
    )
    note = forms.CharField(
        label=_("Note for the record"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class TrainingForm(forms.Form):
    user = forms.ModelChoiceField(label=_("Who"), queryset=User.objects.none())
    course = forms.CharField(
        label=_("Training"), max_length=200, initial=_("Social media policy and official accounts")
    )
    completed_on = forms.DateField(label=_("Completed on"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args: Any, users: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["user"]
        field.queryset = users if users is not None else User.objects.none()  # type: ignore[attr-defined]
        field.label_from_instance = lambda u: u.display_name()  # type: ignore[attr-defined]


class ApplicationForm(forms.Form):
    name = forms.CharField(label=_("Account name"), max_length=120)
    platform = forms.ChoiceField(label=_("Platform"), choices=PLATFORMS)
    aim = forms.CharField(
        label=_("The aim of the account"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    audience = forms.CharField(
        label=_("The intended audience"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    promotion = forms.CharField(
        label=_("How the account will be promoted"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    visibility = forms.ChoiceField(
        label=_("Will the account be open or private?"),
        choices=AccountApplication.Visibility.choices,
        widget=forms.RadioSelect,
    )
    runners = UserChoiceField(
        label=_("Who will run the account"),
        queryset=User.objects.none(),
        help_text=_("Name at least two members of staff. Hold Ctrl (or Cmd) to choose more than one."),
    )

    def __init__(self, *args: Any, staff: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["runners"].queryset = staff if staff is not None else User.objects.none()  # type: ignore[attr-defined]


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        widget=forms.RadioSelect,
        choices=[("approve", _("Approve")), ("reject", _("Reject"))],
    )
    reason = forms.CharField(label=_("Reasons"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))


class RecordAccountForm(forms.Form):
    handle = forms.CharField(label=_("Handle or address of the account"), max_length=200)
    credentials = forms.CharField(
        label=_("Sign-in details"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "off", "spellcheck": "false"}),
        help_text=_(
            "User name, password and any recovery codes. They are encrypted and shown only to the "
            "people named to run the account."
        ),
    )


class CredentialsForm(forms.Form):
    credentials = forms.CharField(
        label=_("New sign-in details"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "off", "spellcheck": "false"}),
    )


class RevealForm(forms.Form):
    password = forms.CharField(
        label=_("Your SafeSocial password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class ConsentImportForm(forms.Form):
    file = forms.FileField(
        label=_("Roster export (CSV)"),
        help_text=_("Columns: mis_id, image_consent (given, refused or unknown) and no_publish (yes or no)."),
    )


class ConsentForm(forms.Form):
    image_consent = forms.ChoiceField(label=_("Image consent"), choices=Person.Consent.choices)
    no_publish = forms.BooleanField(label=_("On the no-publish list"), required=False)


class PrePublicationForm(forms.Form):
    caption = forms.CharField(
        label=_("The post, as it will appear"), max_length=5000, widget=forms.Textarea(attrs={"rows": 5})
    )
    people = PersonChoiceField(
        label=_("Pupils shown in the photo or video"),
        queryset=Person.objects.none(),
        required=False,
        help_text=_("Hold Ctrl (or Cmd) to choose more than one."),
    )
    image_description = forms.CharField(
        label=_("What the photo or video shows (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args: Any, pupils: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["people"].queryset = pupils if pupils is not None else Person.objects.none()  # type: ignore[attr-defined]


class CheckPostForm(forms.Form):
    text = forms.CharField(
        label=_("Your draft post or message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6})
    )
    account = forms.ChoiceField(label=_("Which account will post it?"))
    platform = forms.ChoiceField(label=_("Platform"), choices=PLATFORMS)
    audience = forms.ChoiceField(label=_("Who will see it?"), choices=AUDIENCES)
    image_description = forms.CharField(
        label=_("Describe any photo or video (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_('For example: "Year 4 on the beach trip, faces visible".'),
    )
    keep = forms.BooleanField(
        label=_("Keep a record of this check"),
        required=False,
        help_text=_(
            "Only a masked fingerprint of the draft and the result are kept, never the draft itself."
        ),
    )

    def __init__(self, *args: Any, accounts: Any = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [("personal", _("My personal account"))]
        choices += [(str(a.pk), f"{a.name} ({a.platform})") for a in accounts]
        self.fields["account"].choices = choices  # type: ignore[attr-defined]
