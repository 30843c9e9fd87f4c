from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from safesocial.monitoring.models import MonitoringCheck
from safesocial.schools.models import User


class CheckForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("What you found"), choices=MonitoringCheck.Outcome.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Note (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Do not copy pupils' names or comments here: report concerns instead."),
    )


class DutyForm(forms.Form):
    assignee = forms.ModelChoiceField(label=_("Who checks the account"), queryset=User.objects.none())
    every_days = forms.IntegerField(label=_("Check every (days)"), min_value=1, max_value=31, initial=7)

    def __init__(self, *args: Any, users: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["assignee"]
        field.queryset = users if users is not None else User.objects.none()  # type: ignore[attr-defined]
        field.label_from_instance = lambda u: u.display_name()  # type: ignore[attr-defined]
