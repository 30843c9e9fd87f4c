"""Reading a CSV of people as a school's MIS exports it, and planning what importing it would change.

Nothing here writes: `plan_import` reads the file and the school's current people and returns an
`ImportPlan` (each row's outcome, or its errors). `services.people_import_confirm` applies a plan that has no
errors, all of it in one transaction. The file is untrusted: its size, row count and cell lengths are bounded,
it may be UTF-8 (with or without a byte-order mark), UTF-16 or Windows-1252, and anything echoed back from it
in a downloadable report is neutralised so a spreadsheet cannot run it as a formula.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.validators import EmailValidator
from django.utils.translation import gettext as _

from safesocial.schools.models import Person, School

MAX_ROWS = 10_000
MAX_CELL_CHARS = 500
MAX_KNOWN_AS = 5

# Each field and the column names MIS exports use for it (SIMS, Arbor, Bromcom, ScholarPack, Scomis, ...),
# compared after lower-casing and removing everything but letters and digits. Earlier names win when a file
# has more than one of them (a pupil list with both "UPN" and "Adno" is matched on the UPN).
# fmt: off
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "mis_id": (
        "upn", "uniquepupilnumber", "adno", "admissionnumber", "admno", "misid", "personid", "pupilid",
        "studentid", "staffcode", "staffid", "employeeid", "employeenumber", "payrollnumber", "contactid",
        "governorid", "id",
    ),
    "first_name": ("legalforename", "forename", "firstname", "givenname", "contactforename", "christianname"),
    "last_name": ("legalsurname", "surname", "lastname", "familyname", "contactsurname"),
    "full_name": ("name", "fullname", "pupilname", "studentname", "contactname", "staffname", "governorname"),
    "preferred_first_name": ("preferredforename", "preferredfirstname", "preferredname", "chosenname"),
    "known_as": ("knownas", "nickname", "alsoknownas", "aka", "othernames"),
    "year_group": ("year", "yeargroup", "ncyear", "nationalcurriculumyear", "curriculumyear", "yr"),
    "job_title": ("jobtitle", "post", "position", "staffrole", "roletitle"),
    "email": ("email", "emailaddress", "contactemail", "primaryemail", "workemail", "emailprimary"),
    "phone": (
        "phone", "telephone", "mobile", "mobilephone", "mobilenumber", "contactmobile", "contacttelephone",
        "primarytelephone", "telephonenumber", "phonenumber",
    ),
    "no_publish": ("nopublish", "donotpublish", "notforpublication", "nophotos", "nophoto", "nopublication"),
    "image_consent": (
        "imageconsent", "photoconsent", "photographconsent", "mediaconsent", "photopermission",
        "photographypermission", "consentphotos", "consentimages",
    ),
    "kind": ("kind", "type", "persontype", "category", "recordtype"),
    "children": (
        "childupn", "pupilupn", "childadno", "pupiladno", "childmisid", "childid", "children", "childrenupn",
        "pupilupns", "linkedpupils", "studentupn",
    ),
}

KIND_WORDS: dict[str, str] = {
    "pupil": Person.Kind.PUPIL, "pupils": Person.Kind.PUPIL, "student": Person.Kind.PUPIL,
    "child": Person.Kind.PUPIL, "learner": Person.Kind.PUPIL, "disgybl": Person.Kind.PUPIL,
    "staff": Person.Kind.STAFF, "employee": Person.Kind.STAFF, "teacher": Person.Kind.STAFF,
    "parent": Person.Kind.PARENT, "carer": Person.Kind.PARENT, "parentcarer": Person.Kind.PARENT,
    "contact": Person.Kind.PARENT, "guardian": Person.Kind.PARENT, "rhiant": Person.Kind.PARENT,
    "governor": Person.Kind.GOVERNOR, "llywodraethwr": Person.Kind.GOVERNOR,
    "volunteer": Person.Kind.VOLUNTEER, "gwirfoddolwr": Person.Kind.VOLUNTEER,
}
YES = frozenset({"y", "yes", "true", "1", "x", "ie", "do", "✓", "✔", "given", "granted", "agreed",
                 "consented"})
# fmt: on
NO = frozenset({"n", "no", "false", "0", "na", "naddo", "refused", "declined", "withdrawn", "notgiven"})
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# One run of the characters a name may hold; checked with fullmatch on a length-bounded string.
NAME_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|[ .'’\-])*")
MIS_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9/_.\-]*")
PHONE_RE = re.compile(r"\+?[0-9 ()\-.]{6,24}")
_email = EmailValidator()


class ImportFileError(ValueError):
    """The file as a whole cannot be read; nothing in it is imported."""


@dataclass(frozen=True)
class RowError:
    line: int  # line of the file (the header is line 1); 0 for the file as a whole
    column: str
    message: str
    value: str = ""


def field_label(name: str) -> str:
    """What a person field is called on the page, in the reader's language."""
    extra = {
        "children": _("children"),
        "active": _("active"),
        "full_name": _("full name"),
        "kind": _("kind"),
        "no_publish": _("no-publish"),
    }
    if name in extra:
        return extra[name]
    try:
        return str(Person._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name


@dataclass
class PlannedRow:
    line: int
    kind: str
    values: dict[str, Any]  # the Person fields this row sets
    children: list[str] = field(default_factory=list)
    has_children_column: bool = False
    action: str = "create"  # create | update | unchanged
    person_id: int | None = None
    changes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.values['first_name']} {self.values['last_name']}"

    @property
    def kind_label(self) -> str:
        try:
            return str(Person.Kind(self.kind).label)
        except ValueError:
            return self.kind

    @property
    def change_labels(self) -> list[str]:
        return [field_label(name) for name in self.changes]


@dataclass
class ImportPlan:
    encoding: str = ""
    columns: dict[str, str] = field(default_factory=dict)  # field -> the file's column heading
    ignored_columns: list[str] = field(default_factory=list)
    rows: list[PlannedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)

    @property
    def column_labels(self) -> list[tuple[str, str]]:
        """Each of the file's headings that was read, and the field it was read as."""
        return [(heading, field_label(name)) for name, heading in self.columns.items()]

    @property
    def error_lines(self) -> int:
        return len({e.line for e in self.errors if e.line})

    def counts(self) -> dict[str, int]:
        result = {
            "rows": len(self.rows),
            "create": 0,
            "update": 0,
            "unchanged": 0,
            "errors": len(self.errors),
        }
        for row in self.rows:
            result[row.action] += 1
        return result


def max_upload_bytes() -> int:
    return int(getattr(settings, "SAFESOCIAL_IMPORT_MAX_BYTES", 2 * 1024 * 1024))


def decode_upload(data: bytes) -> tuple[str, str]:
    """The file's text and the encoding it was read as. Raises ImportFileError for what is not CSV text."""
    limit = max_upload_bytes()
    if len(data) > limit:
        raise ImportFileError(
            _("The file is larger than %(mb)s MB. Export fewer columns, or split it into several files.")
            % {"mb": f"{limit / (1024 * 1024):g}"}
        )
    if not data.strip():
        raise ImportFileError(_("The file is empty."))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise ImportFileError(_("The file says it is UTF-16 text but is not.")) from None
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            _(
                "This is a spreadsheet workbook, not a CSV file. Open it and save it as "
                "“CSV UTF-8 (comma delimited)”."
            )
        )
    if b"\x00" in data:
        raise ImportFileError(_("This is not a text file. Upload a CSV file exported from your MIS."))
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise ImportFileError(
            _(
                "The file's text encoding cannot be read. Save it as “CSV UTF-8 (comma delimited)” and "
                "try again."
            )
        ) from None


def normalise_heading(heading: str) -> str:
    return "".join(ch for ch in heading.lower() if ch.isalnum())


def map_columns(headings: Sequence[str]) -> tuple[dict[str, int], list[str]]:
    """Which column holds each field (by index), and the headings that were not recognised."""
    normal = [normalise_heading(h) for h in headings]
    found: dict[str, int] = {}
    used: set[int] = set()
    for field_name, aliases in COLUMN_ALIASES.items():
        for alias in aliases:
            if alias in normal:
                index = normal.index(alias)
                if index not in used:
                    found[field_name] = index
                    used.add(index)
                    break
    ignored = [h for i, h in enumerate(headings) if i not in used and h.strip()]
    return found, ignored


def safe_cell(value: str) -> str:
    """A value as it may be written into a CSV report: never a formula, never a control character."""
    value = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in value)
    if value.startswith(FORMULA_START):
        return "'" + value
    return value


def printable(value: str, limit: int = 80) -> str:
    """A value as it may be shown on a terminal or a page: no control characters, cut to `limit`."""
    value = "".join(ch if unicodedata.category(ch)[0] != "C" else "�" for ch in value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def error_report_csv(errors: Iterable[RowError]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["line", "column", "problem", "value"])
    for e in errors:
        writer.writerow([str(e.line), safe_cell(e.column), safe_cell(e.message), safe_cell(e.value)])
    return out.getvalue()


def _delimiter(text: str) -> str:
    first_line = text.split("\n", 1)[0][:4000]
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def normalise_year(value: str) -> str:
    v = value.strip()
    key = normalise_heading(v)
    if key in {"r", "yr", "rec", "reception", "derbyn"}:
        return "Reception"
    if key in {"n", "n1", "n2", "nursery", "meithrin"}:
        return "Nursery"
    digits = key.removeprefix("year").removeprefix("yr").removeprefix("y").removeprefix("blwyddyn")
    if digits.isdigit() and 0 < int(digits) <= 14:
        return f"Year {int(digits)}"
    return v


def _has_control(value: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" for ch in value)


class _Row:
    """One data row being checked: collects the values and the errors."""

    def __init__(self, line: int, cells: list[str], columns: dict[str, int], headings: Sequence[str]) -> None:
        self.line = line
        self.cells = cells
        self.columns = columns
        self.headings = headings
        self.errors: list[RowError] = []

    def get(self, field_name: str) -> str:
        index = self.columns.get(field_name)
        if index is None or index >= len(self.cells):
            return ""
        return self.cells[index].strip()

    def heading(self, field_name: str) -> str:
        index = self.columns.get(field_name)
        return self.headings[index] if index is not None else field_name

    def error(self, field_name: str, message: str, value: str = "") -> None:
        self.errors.append(RowError(self.line, self.heading(field_name), message, printable(value)))

    def name_part(self, field_name: str, value: str, *, required: bool = True, limit: int = 100) -> str:
        if not value:
            if required:
                self.error(field_name, _("is empty; every person needs a first name and a last name"))
            return ""
        if len(value) > limit:
            self.error(field_name, _("is longer than %(n)d characters") % {"n": limit}, value)
        elif value.startswith(FORMULA_START):
            self.error(field_name, _("starts with a character that spreadsheets treat as a formula"), value)
        elif _has_control(value) or not NAME_RE.fullmatch(value):
            self.error(field_name, _("is not a name: use letters, spaces, hyphens and apostrophes"), value)
        return value


def _split_list(value: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;,/|]", value) if part.strip()]


def _yes_no(row: _Row, field_name: str) -> bool | None:
    raw = row.get(field_name)
    if not raw:
        return None
    key = normalise_heading(raw) or raw.strip()
    if key in YES:
        return True
    if key in NO:
        return False
    row.error(field_name, _("should be Yes or No"), raw)
    return None


def _read_row(row: _Row, default_kind: str, plan: ImportPlan) -> PlannedRow | None:
    for cell in row.cells:
        if len(cell) > MAX_CELL_CHARS:
            row.errors.append(
                RowError(row.line, "", _("a cell is longer than %(n)d characters") % {"n": MAX_CELL_CHARS})
            )
            return None
    kind = default_kind
    if "kind" in row.columns and row.get("kind"):
        word = normalise_heading(row.get("kind"))
        kind = KIND_WORDS.get(word, "")
        if not kind:
            row.error("kind", _("is not pupil, staff, parent, governor or volunteer"), row.get("kind"))
    elif not kind:
        row.error(
            "kind", _("is empty: say whether this row is a pupil, staff, parent, governor or volunteer")
        )

    first, last = row.get("first_name"), row.get("last_name")
    if not (first or last) and "full_name" in row.columns:
        full = row.get("full_name")
        if "," in full:  # "Surname, Forename" as many MIS reports print it
            last, _sep, first = (p.strip() for p in full.partition(","))
        else:
            first, _sep, last = full.rpartition(" ")
            first, last = first.strip(), last.strip()
        name_field = "full_name"
        first = row.name_part(name_field, first)
        last = row.name_part(name_field, last) if first else last
    else:
        first = row.name_part("first_name", first)
        last = row.name_part("last_name", last)

    known_as: list[str] = []
    preferred = row.get("preferred_first_name")
    if preferred and preferred.casefold() != first.casefold():
        known_as.append(row.name_part("preferred_first_name", preferred, limit=60))
    for alias in _split_list(row.get("known_as")):
        if alias.casefold() not in {a.casefold() for a in known_as} and alias.casefold() != first.casefold():
            known_as.append(row.name_part("known_as", alias, limit=60))
    if len(known_as) > MAX_KNOWN_AS:
        row.error("known_as", _("lists more than %(n)d names") % {"n": MAX_KNOWN_AS}, row.get("known_as"))

    mis_id = row.get("mis_id")
    if mis_id and (len(mis_id) > 64 or not MIS_ID_RE.fullmatch(mis_id)):
        row.error("mis_id", _("is not an MIS identifier: use letters, digits, - / _ and ."), mis_id)

    email = row.get("email")
    if email:
        try:
            _email(email)
        except ValidationError:
            row.error("email", _("is not an e-mail address"), email)
    phone = row.get("phone")
    if phone and not PHONE_RE.fullmatch(phone):
        row.error("phone", _("is not a telephone number"), phone)

    year_group = ""
    if row.get("year_group"):
        year_group = normalise_year(row.get("year_group"))
        if len(year_group) > 40 or year_group.startswith(FORMULA_START) or _has_control(year_group):
            row.error("year_group", _("is not a year group"), row.get("year_group"))
    job_title = row.get("job_title")
    if job_title and (len(job_title) > 120 or job_title.startswith(FORMULA_START) or _has_control(job_title)):
        row.error("job_title", _("is not a job title"), job_title)

    no_publish = _yes_no(row, "no_publish")
    consent = _yes_no(row, "image_consent")
    notes: list[str] = []
    if consent is False and no_publish is None and kind == Person.Kind.PUPIL:
        no_publish = True
        notes.append(_("on the no-publish list because image consent is refused"))

    children = _split_list(row.get("children"))
    if children and kind != Person.Kind.PARENT:
        row.error("children", _("only parents and carers have children listed"), row.get("children"))
    for child in children:
        if len(child) > 64 or not MIS_ID_RE.fullmatch(child):
            row.error("children", _("is not a pupil's MIS identifier (UPN or admission number)"), child)

    if row.errors:
        return None
    values: dict[str, Any] = {"first_name": first, "last_name": last}
    if mis_id:
        values["mis_id"] = mis_id
    if "known_as" in row.columns or "preferred_first_name" in row.columns:
        values["known_as"] = known_as
    if year_group:
        values["year_group"] = year_group
    if job_title:
        values["job_title"] = job_title
    if email:
        values["email"] = email
    if phone:
        values["phone"] = phone
    if no_publish is not None:
        values["no_publish"] = no_publish
    if consent is not None:
        values["image_consent"] = Person.Consent.GIVEN if consent else Person.Consent.REFUSED
    return PlannedRow(
        line=row.line,
        kind=kind,
        values=values,
        children=children,
        has_children_column="children" in row.columns,
        notes=notes,
    )


def _match_existing(school: School, plan: ImportPlan) -> None:
    """Decide, for each good row, whether it creates a person or updates one, and check the file's own
    consistency (the same person twice, children who cannot be found)."""
    kinds = {r.kind for r in plan.rows}
    existing = list(Person.objects.filter(school=school, kind__in=kinds))
    by_id = {(p.kind, p.mis_id): p for p in existing if p.mis_id}
    by_name: dict[tuple[str, str, str], list[Person]] = {}
    for p in existing:
        by_name.setdefault((p.kind, p.first_name.casefold(), p.last_name.casefold()), []).append(p)

    seen_ids: dict[tuple[str, str], int] = {}
    seen_names: dict[tuple[str, str, str, str], int] = {}
    good: list[PlannedRow] = []
    for row in plan.rows:
        mis_id = row.values.get("mis_id", "")
        name_key = (row.kind, row.values["first_name"].casefold(), row.values["last_name"].casefold())
        if mis_id:
            if (row.kind, mis_id) in seen_ids:
                plan.errors.append(
                    RowError(
                        row.line,
                        plan.columns.get("mis_id", "mis_id"),
                        _("the same identifier is on line %(line)d") % {"line": seen_ids[(row.kind, mis_id)]},
                        mis_id,
                    )
                )
                continue
            seen_ids[(row.kind, mis_id)] = row.line
        else:
            dup_key = (*name_key, row.values.get("email", "").casefold())
            if dup_key in seen_names:
                plan.errors.append(
                    RowError(
                        row.line,
                        "",
                        _("the same person is on line %(line)d; add an MIS identifier to tell them apart")
                        % {"line": seen_names[dup_key]},
                        row.name,
                    )
                )
                continue
            seen_names[dup_key] = row.line

        match: Person | None = by_id.get((row.kind, mis_id)) if mis_id else None
        if match is None:
            candidates = [p for p in by_name.get(name_key, []) if not p.mis_id or not mis_id]
            if not mis_id and row.values.get("email"):
                with_email = [p for p in candidates if p.email.casefold() == row.values["email"].casefold()]
                candidates = with_email or candidates
            if len(candidates) > 1:
                plan.errors.append(
                    RowError(
                        row.line,
                        "",
                        _("%(n)d people with this name are already recorded; add their MIS identifier")
                        % {"n": len(candidates)},
                        row.name,
                    )
                )
                continue
            match = candidates[0] if candidates else None
        if match is not None:
            row.person_id = match.pk
            row.changes = [k for k, v in row.values.items() if getattr(match, k) != v]
            if not match.active:
                row.changes.append("active")
            row.action = "update" if row.changes else "unchanged"
        good.append(row)
    plan.rows = good

    pupil_ids = {
        r.values["mis_id"] for r in plan.rows if r.kind == Person.Kind.PUPIL and r.values.get("mis_id")
    }
    pupil_ids |= set(
        Person.objects.filter(school=school, kind=Person.Kind.PUPIL)
        .exclude(mis_id="")
        .values_list("mis_id", flat=True)
    )
    for row in plan.rows:
        missing = [c for c in row.children if c not in pupil_ids]
        if missing:
            plan.errors.append(
                RowError(
                    row.line,
                    plan.columns.get("children", "children"),
                    _("no pupil at the school has this identifier; import the pupils first"),
                    ", ".join(missing),
                )
            )


def plan_import(school: School, text: str, *, kind: str = "", encoding: str = "UTF-8") -> ImportPlan:
    """Read the CSV text and plan the import: every row's outcome, or every error found."""
    plan = ImportPlan(encoding=encoding)
    if encoding == "Windows-1252":
        plan.warnings.append(
            _(
                "The file is not UTF-8, so it was read as Windows-1252. Check that names with accents "
                "(for example Siân or Zoë) look right below before you confirm."
            )
        )
    if kind and kind not in Person.Kind.values:
        plan.errors.append(RowError(0, "", _("Unknown kind of people: %(kind)s") % {"kind": printable(kind)}))
        return plan
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    headings: list[str] = []
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                headings = [printable(c.strip(), 60) for c in cells]
                break
        if not headings:
            plan.errors.append(RowError(0, "", _("The file has no heading row.")))
            return plan
        columns, ignored = map_columns(headings)
        plan.columns = {f: headings[i] for f, i in columns.items()}
        plan.ignored_columns = ignored
        has_names = {"first_name", "last_name"} <= columns.keys() or "full_name" in columns
        if not has_names:
            plan.errors.append(
                RowError(
                    1,
                    "",
                    _(
                        "The heading row has no name columns. SafeSocial looks for “Legal Forename” and "
                        "“Legal Surname” (or “Forename”/“Surname”, “First name”/“Last name”)."
                    ),
                    ", ".join(headings[:12]),
                )
            )
            return plan
        if not kind and "kind" not in columns:
            plan.errors.append(
                RowError(
                    0, "", _("Say which kind of people the file lists (pupils, staff, parents, governors).")
                )
            )
            return plan
        line = reader.line_num
        for cells in reader:
            start, line = line + 1, reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(plan.rows) + plan.error_lines >= MAX_ROWS:
                plan.errors.append(
                    RowError(start, "", _("The file has more than %(n)d rows.") % {"n": MAX_ROWS})
                )
                break
            row = _Row(start, cells, columns, headings)
            planned = _read_row(row, kind, plan)
            plan.errors.extend(row.errors)
            if planned is not None:
                plan.rows.append(planned)
    except csv.Error as exc:
        plan.errors.append(
            RowError(reader.line_num, "", _("The file is not valid CSV here: %(problem)s") % {"problem": exc})
        )
        return plan
    if not plan.rows and not plan.errors:
        plan.errors.append(RowError(0, "", _("The file has a heading row but no people in it.")))
        return plan
    _match_existing(school, plan)
    plan.errors.sort(key=lambda e: e.line)
    return plan
