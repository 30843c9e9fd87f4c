from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from safesocial.schools.models import Person
from safesocial.schools.people_import import max_upload_bytes

KIND_CHOICES = [
    (Person.Kind.PUPIL.value, _("Pupils")),
    (Person.Kind.STAFF.value, _("Staff")),
    (Person.Kind.PARENT.value, _("Parents and carers")),
    (Person.Kind.GOVERNOR.value, _("Governors")),
    (Person.Kind.VOLUNTEER.value, _("Volunteers")),
    ("", _("Mixed: the file has a Type column")),
]


class PeopleUploadForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Who is in the file"), choices=KIND_CHOICES, required=False, initial=Person.Kind.PUPIL.value
    )
    file = forms.FileField(
        label=_("CSV file exported from your MIS"),
        help_text=_(
            "A .csv file, up to 2 MB. Column names such as “Legal Forename”, “Legal Surname”, “Year” "
            "and “UPN” are recognised."
        ),
    )

    def clean_file(self) -> object:
        upload = self.cleaned_data["file"]
        limit = max_upload_bytes()
        if upload.size is not None and upload.size > limit:
            raise forms.ValidationError(
                _("The file is larger than %(mb)s MB. Split it into several files.")
                % {"mb": f"{limit / 1048576:g}"}
            )
        return upload
