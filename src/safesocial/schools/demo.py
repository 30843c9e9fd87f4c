"""The demo: one trust, five schools (one on each bundled policy), a user for every role at every school, and
invented pupils, parents, staff and governors. Every person here is invented.

`load_demo()` is safe to run again: it finds what is already there by its natural key (slugs, usernames, MIS
identifiers) and only adds what is missing. `load_demo(reset=True)` also puts every demo record back as it was
first loaded (names, passwords, roles, pupils' image consent), without touching cases or anything else people
have done since. `load_demo(story=True)` (what `safesocial load_demo` does) adds the demo's story on top:
cases, acknowledgements, declarations, official accounts (see `demo_story.py`).

Each school's policy is adopted by its head teacher and pupils' image consent comes in from the roster through
the registers' own services (`policy_adopt`, `consent_import`), so the demo holds the same records and audit
entries a school's own actions would. The story is told at the times it happened (weeks and days ago):
`at_story_time()` sets the clock the services read while each step runs.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from safesocial.schools.models import Person, Role, RoleAssignment, School, Trust, User
from safesocial.schools.services import role_assign

DEMO_PASSWORD = "safesocial-demo"  # noqa: S105 - the published demo password
DEMO_TRUST_SLUG = "demo"
DEMO_TRUST_NAME = "SafeSocial Demo Trust"
SERVICE_DESK_USERNAME = "service-desk"
SHARED_ICT_USERNAME = "ict.demo"

# Username prefix for each school role: `<prefix>.<policy id>`, e.g. head.ysgol-llanbedrog.
ROLE_PREFIXES: dict[str, str] = {
    Role.HEAD_TEACHER: "head",
    Role.DEPUTY_HEAD: "deputy",
    Role.DSL: "dsl",
    Role.SLT: "slt",
    Role.LINE_MANAGER: "line-manager",
    Role.STAFF: "teacher",
    Role.SCHOOL_ADMIN: "admin",
    Role.ICT_MANAGER: "ict",
    Role.GOVERNOR: "governor",
    Role.CHAIR_OF_GOVERNORS: "chair",
}
GOVERNANCE = {Role.GOVERNOR, Role.CHAIR_OF_GOVERNORS}
LONDON = ZoneInfo("Europe/London")
# When the story's first steps happened: each head adopted the policy, then the roster's consent came in.
ADOPTED_DAYS_AGO, ADOPTED_AT = 42, "16:05"
CONSENT_DAYS_AGO, CONSENT_AT = 42, "11:30"

# (first name, last name, known as, year group, no-publish, image consent: True given / False refused / None)
PupilRow = tuple[str, str, list[str], str, bool, bool | None]
# (first name, last name, e-mail, phone, children's admission numbers)
ParentRow = tuple[str, str, str, str, list[str]]


@dataclass(frozen=True)
class DemoSchool:
    pack_id: str
    name: str
    slug: str
    language: str
    aliases: list[str]
    handles: list[str]
    domains: list[str]
    affiliations: list[str]
    hours: tuple[str, str, list[list[str]]]
    # role -> (first name, last name, job title)
    staff: dict[str, tuple[str, str, str]]
    pupils: list[PupilRow]
    parents: list[ParentRow]
    other_staff: list[tuple[str, str, str]] = field(default_factory=list)


DEMO_SCHOOLS: list[DemoSchool] = [
    DemoSchool(
        pack_id="bwmat",
        name="Chewton Vale Church of England Primary School",
        slug="chewton-vale",
        language="en",
        aliases=["Chewton Vale", "Chewton Vale CofE Primary", "Chewton Vale Church School", "CVCE"],
        handles=["@ChewtonValeCE", "facebook.com/ChewtonValeCE"],
        domains=["chewtonvale.example.sch.uk"],
        affiliations=["Bath & Wells Multi Academy Trust", "Bath and Wells MAT", "BWMAT", "the MAT"],
        hours=("08:30", "15:30", [["10:30", "10:45"], ["12:00", "13:00"]]),
        staff={
            Role.HEAD_TEACHER: ("Rachel", "Whitcombe", "Headteacher"),
            Role.DEPUTY_HEAD: ("Tom", "Harding", "Deputy Headteacher"),
            Role.DSL: ("Priya", "Nair", "Designated Safeguarding Lead and Year 6 teacher"),
            Role.SLT: ("Gemma", "Cole", "Assistant Headteacher (Inclusion)"),
            Role.LINE_MANAGER: ("Mark", "Fenton", "Key Stage 2 Phase Leader"),
            Role.STAFF: ("Lucy", "Brennan", "Year 3 class teacher"),
            Role.SCHOOL_ADMIN: ("Sarah", "Pike", "School Business Manager"),
            Role.ICT_MANAGER: ("Owen", "Marsh", "ICT Technician"),
            Role.GOVERNOR: ("David", "Ashby", "Foundation governor"),
            Role.CHAIR_OF_GOVERNORS: ("Helen", "Parfitt", "Chair of the Local Governing Board"),
        },
        other_staff=[
            ("Jo", "Tucker", "Teaching assistant"),
            ("Reverend Paul", "Lacey", "Parish priest and volunteer"),
        ],
        pupils=[
            ("Oliver", "Beaumont", ["Olly"], "Year 6", False, True),
            ("Amelia", "Hayward", ["Millie"], "Year 6", False, True),
            ("Isla", "Penrose", [], "Year 5", True, False),
            ("Harrison", "Coombes", ["Harry"], "Year 5", False, True),
            ("Evie", "Sainsbury", [], "Year 4", False, None),
            ("Jacob", "Wyatt", ["Jake"], "Year 3", False, True),
            ("Poppy", "Hollis", [], "Year 2", False, True),
            ("Alfie", "Dunning", [], "Year 1", False, True),
            ("Florence", "Gage", ["Flo"], "Reception", False, True),
            ("Noah", "Tremlett", [], "Reception", False, True),
        ],
        parents=[
            ("Claire", "Beaumont", "claire.beaumont@example.com", "07700 900101", ["1001"]),
            ("James", "Hayward", "j.hayward@example.net", "07700 900102", ["1002"]),
            ("Nicola", "Penrose", "nicola.penrose@example.com", "07700 900103", ["1003"]),
            ("Stuart", "Coombes", "", "07700 900104", ["1004"]),
            ("Kerry", "Hollis", "kerry.hollis@example.org", "", ["1007", "1008"]),
        ],
    ),
    DemoSchool(
        pack_id="archbishop-hutton",
        name="Archbishop Hutton's VC Primary School",
        slug="archbishop-hutton",
        language="en",
        aliases=["Archbishop Hutton's", "Archbishop Huttons", "Archbishop Hutton's Primary", "AHVC"],
        handles=["@AHVCPrimary"],
        domains=["archbishophutton.example.sch.uk"],
        affiliations=[],
        hours=("08:30", "16:00", [["10:30", "10:45"], ["12:00", "13:00"]]),
        staff={
            Role.HEAD_TEACHER: ("Simon", "Pollard", "Headteacher"),
            Role.DEPUTY_HEAD: ("Joanne", "Ashworth", "Deputy Headteacher"),
            Role.DSL: ("Karen", "Whiteside", "Designated Safeguarding Lead"),
            Role.SLT: ("Neil", "Rigby", "Early Years Lead"),
            Role.LINE_MANAGER: ("Anna", "Kershaw", "Key Stage 1 Leader"),
            Role.STAFF: ("Ben", "Holden", "Year 4 class teacher"),
            Role.SCHOOL_ADMIN: ("Lorraine", "Dobson", "School Business Manager"),
            Role.ICT_MANAGER: ("Craig", "Sowerby", "Computing lead"),
            Role.GOVERNOR: ("Philip", "Gornall", "Parent governor"),
            Role.CHAIR_OF_GOVERNORS: ("Margaret", "Jolley", "Chair of Governors"),
        },
        other_staff=[("Tracy", "Nuttall", "Midday supervisor")],
        pupils=[
            ("Charlotte", "Rawcliffe", ["Charlie", "Lottie"], "Year 6", False, True),
            ("Mohammed", "Iqbal", ["Mo"], "Year 6", False, True),
            ("Grace", "Pilling", [], "Year 5", False, True),
            ("Thomas", "Butterworth", ["Tom", "Tommy"], "Year 5", True, False),
            ("Ruby", "Alston", [], "Year 4", False, True),
            ("Joshua", "Cottam", ["Josh"], "Year 3", False, None),
            ("Ava", "Singleton", [], "Year 2", False, True),
            ("William", "Hesketh", ["Will", "Billy"], "Year 1", False, True),
            ("Sophie", "Marsden", [], "Reception", False, True),
            ("Leo", "Threlfall", [], "Reception", True, False),
        ],
        parents=[
            ("Dawn", "Rawcliffe", "dawn.rawcliffe@example.com", "07700 900201", ["1001"]),
            ("Imran", "Iqbal", "imran.iqbal@example.net", "07700 900202", ["1002"]),
            ("Lisa", "Butterworth", "lisa.b@example.org", "07700 900203", ["1004"]),
            ("Gary", "Cottam", "", "07700 900204", ["1006"]),
            ("Emma", "Threlfall", "emma.threlfall@example.com", "07700 900205", ["1010"]),
        ],
    ),
    DemoSchool(
        pack_id="generic-school",
        name="Hollybank School",
        slug="hollybank",
        language="en",
        aliases=["Hollybank", "Hollybank High"],
        handles=["@HollybankSchool", "instagram.com/hollybankschool"],
        domains=["hollybank.example.sch.uk"],
        affiliations=[],
        hours=("08:20", "15:20", [["10:40", "11:00"], ["12:50", "13:30"]]),
        staff={
            Role.HEAD_TEACHER: ("Andrew", "Keane", "Headteacher"),
            Role.DEPUTY_HEAD: ("Fiona", "Blake", "Deputy Headteacher (Pastoral)"),
            Role.DSL: ("Marcus", "Okafor", "Designated Safeguarding Lead"),
            Role.SLT: ("Hannah", "Lowe", "Assistant Headteacher (Curriculum)"),
            Role.LINE_MANAGER: ("Peter", "Quinn", "Head of English"),
            Role.STAFF: ("Chloe", "Dawson", "Teacher of English"),
            Role.SCHOOL_ADMIN: ("Janet", "Moss", "Office Manager"),
            Role.ICT_MANAGER: ("Ravi", "Shah", "Network Manager"),
            Role.GOVERNOR: ("Susan", "Ellery", "Staff governor"),
            Role.CHAIR_OF_GOVERNORS: ("Graham", "Tate", "Chair of Governors"),
        },
        other_staff=[("Dean", "Carver", "Site manager"), ("Natalie", "Reeve", "Cover supervisor")],
        pupils=[
            ("Alexander", "Moreton", ["Alex", "Xander"], "Year 11", False, True),
            ("Olivia", "Chapman", ["Liv"], "Year 11", False, True),
            ("Kai", "Rutherford", [], "Year 10", False, True),
            ("Jessica", "Farrow", ["Jess"], "Year 10", True, False),
            ("Daniel", "Osei", ["Danny"], "Year 9", False, True),
            ("Maisie", "Holt", [], "Year 9", False, None),
            ("Ethan", "Greaves", [], "Year 8", False, True),
            ("Zara", "Hussain", [], "Year 8", False, True),
            ("Callum", "Birch", ["Cal"], "Year 7", False, True),
            ("Lily", "Ashdown", [], "Year 7", False, True),
        ],
        parents=[
            ("Louise", "Moreton", "louise.moreton@example.com", "07700 900301", ["1001"]),
            ("Richard", "Chapman", "rich.chapman@example.net", "07700 900302", ["1002"]),
            ("Samantha", "Farrow", "sam.farrow@example.org", "07700 900303", ["1004"]),
            ("Kwame", "Osei", "kwame.osei@example.com", "", ["1005"]),
            ("Nadia", "Hussain", "nadia.hussain@example.com", "07700 900305", ["1008"]),
        ],
    ),
    DemoSchool(
        pack_id="ysgol-llanbedrog",
        name="Ysgol Llanbedrog",
        slug="ysgol-llanbedrog",
        language="cy",
        aliases=["Llanbedrog School", "Ysgol Gynradd Llanbedrog", "Llanbedrog"],
        handles=["@YsgolLlanbedrog"],
        domains=["ysgolllanbedrog.example.sch.uk"],
        affiliations=[],
        hours=("08:45", "15:15", [["10:30", "10:45"], ["12:00", "13:00"]]),
        staff={
            Role.HEAD_TEACHER: ("Eleri", "Davies", "Pennaeth / Head Teacher"),
            Role.DEPUTY_HEAD: ("Gareth", "Pritchard", "Dirprwy Bennaeth / Deputy Head"),
            Role.DSL: ("Nia", "Roberts", "Person Diogelu Dynodedig / Designated Safeguarding Person"),
            Role.SLT: ("Dafydd", "Owen", "Arweinydd y Cyfnod Sylfaen / Foundation Phase Leader"),
            Role.LINE_MANAGER: ("Sioned", "Griffiths", "Arweinydd Cyfnod Allweddol 2 / Key Stage 2 Leader"),
            Role.STAFF: ("Rhys", "Jones", "Athro Blwyddyn 4 / Year 4 teacher"),
            Role.SCHOOL_ADMIN: ("Bethan", "Lloyd", "Rheolwr Busnes / Business Manager"),
            Role.ICT_MANAGER: ("Huw", "Parry", "Technegydd TGCh / ICT Technician"),
            Role.GOVERNOR: ("Meinir", "Evans", "Llywodraethwr / Governor"),
            Role.CHAIR_OF_GOVERNORS: ("Alun", "Hughes", "Cadeirydd y Llywodraethwyr / Chair of Governors"),
        },
        other_staff=[("Catrin", "Williams", "Cymhorthydd Dosbarth / Teaching assistant")],
        pupils=[
            ("Ffion", "Hughes", ["Ffi"], "Year 6", True, False),
            ("Gruffydd", "Jones", ["Guto", "Gruff"], "Year 6", False, True),
            ("Cadi", "Williams", [], "Year 5", False, True),
            ("Osian", "Roberts", [], "Year 5", False, True),
            ("Megan", "Parry", ["Meg"], "Year 4", False, None),
            ("Elis", "Griffiths", [], "Year 3", False, True),
            ("Mali", "Owen", [], "Year 2", False, True),
            ("Thomas", "Pritchard", ["Twm", "Tomos"], "Year 1", False, True),
            ("Lowri", "Evans", [], "Reception", False, True),
            ("Iwan", "Lloyd", [], "Reception", True, False),
        ],
        parents=[
            ("Sian", "Hughes", "sian.hughes@example.cymru", "07700 900401", ["1001"]),
            ("Gwion", "Jones", "gwion.jones@example.com", "07700 900402", ["1002"]),
            ("Elin", "Williams", "elin.williams@example.cymru", "", ["1003"]),
            ("Aled", "Parry", "aled.parry@example.com", "07700 900404", ["1005"]),
            ("Manon", "Lloyd", "manon.lloyd@example.cymru", "07700 900405", ["1010"]),
        ],
    ),
    DemoSchool(
        pack_id="robert-carre",
        name="Sleaford Westgate Academy",
        slug="sleaford-westgate",
        language="en",
        aliases=["Westgate Academy", "Sleaford Westgate", "SWA"],
        handles=["@SleafordWestgate"],
        domains=["sleafordwestgate.example.sch.uk"],
        affiliations=["Robert Carre Trust", "the Robert Carre Trust", "RCT"],
        hours=("08:30", "15:10", [["10:45", "11:05"], ["12:55", "13:35"]]),
        staff={
            Role.HEAD_TEACHER: ("Catherine", "Dexter", "Headteacher"),
            Role.DEPUTY_HEAD: ("Martin", "Cragg", "Deputy Headteacher"),
            Role.DSL: ("Angela", "Pickering", "Designated Safeguarding Lead"),
            Role.SLT: ("Stephen", "Wold", "Assistant Headteacher (Sixth Form)"),
            Role.LINE_MANAGER: ("Louise", "Harrop", "Head of Science"),
            Role.STAFF: ("Jack", "Ingram", "Teacher of Chemistry"),
            Role.SCHOOL_ADMIN: ("Denise", "Holbeck", "Trust Business Manager"),
            Role.ICT_MANAGER: ("Wayne", "Brumby", "ICT Services Manager"),
            Role.GOVERNOR: ("Ian", "Kirkby", "Trustee"),
            Role.CHAIR_OF_GOVERNORS: ("Patricia", "Welbourn", "Chair of Trustees"),
        },
        other_staff=[("Kevin", "Sharpe", "Exams officer")],
        pupils=[
            ("Eleanor", "Fotherby", ["Ellie", "Nell"], "Year 13", False, True),
            ("George", "Ancaster", [], "Year 12", False, True),
            ("Phoebe", "Leasingham", [], "Year 11", True, False),
            ("Samuel", "Rauceby", ["Sam"], "Year 11", False, True),
            ("Hannah", "Kirkgate", [], "Year 10", False, None),
            ("Luke", "Quarrington", [], "Year 9", False, True),
            ("Megan", "Silk", ["Meg"], "Year 9", False, True),
            ("Tyler", "Holdingham", [], "Year 8", False, True),
            ("Chloe", "Eastgate", [], "Year 7", False, True),
            ("Benjamin", "Greylees", ["Ben"], "Year 7", False, True),
        ],
        parents=[
            ("Victoria", "Fotherby", "v.fotherby@example.com", "07700 900501", ["1001"]),
            ("Paul", "Leasingham", "paul.leasingham@example.net", "07700 900502", ["1003"]),
            ("Joanne", "Rauceby", "", "07700 900503", ["1004"]),
            ("Mandy", "Silk", "mandy.silk@example.org", "07700 900504", ["1007"]),
            ("Darren", "Greylees", "darren.greylees@example.com", "", ["1010"]),
        ],
    ),
]


@dataclass
class DemoLogin:
    username: str
    role_label: str
    school: str
    name: str


@dataclass
class StorySummary:
    """What `demo_story.load_story` added this time (all zeros when the story was already there)."""

    created: dict[str, int]
    mail_folder: str = ""  # where the e-mails the story sent were written, when they were not shown


@dataclass
class DemoSummary:
    trust: Trust
    schools: list[School]
    logins: list[DemoLogin]
    created: dict[str, int]
    missing_packs: list[str]
    story: StorySummary | None = None


def demo_username(role: str, pack_id: str) -> str:
    return f"{ROLE_PREFIXES[role]}.{pack_id}"


@functools.cache
def _demo_password_hash() -> str:
    # Hashed once: a fresh hash per user would make loading the demo take many seconds for no benefit.
    return make_password(DEMO_PASSWORD)


def story_moment(days_ago: int, clock: str) -> dt.datetime:
    """A moment in the demo's story: `days_ago` days before today, at `clock` ("HH:MM"), London time."""
    day = timezone.localdate() - dt.timedelta(days=days_ago)
    return dt.datetime.combine(day, dt.time.fromisoformat(clock), tzinfo=LONDON)


@contextlib.contextmanager
def at_story_time(moment: dt.datetime | None) -> Iterator[None]:
    """Run the services inside as if it were `moment`: `django.utils.timezone.now()` (the clock every service,
    model default and audit entry reads) starts at `moment` and runs on at the real rate. `None` leaves the
    clock alone. Only for the demo loader, which runs before the server starts; not re-entrant."""
    if moment is None or moment >= timezone.now():
        yield
        return
    real_now: Callable[[], dt.datetime] = timezone.now
    offset = real_now() - moment

    def story_now() -> dt.datetime:
        return real_now() - offset

    timezone.now = story_now
    try:
        yield
    finally:
        timezone.now = real_now


def _user(
    username: str, first: str, last: str, email: str, *, reset: bool, counts: dict[str, int], **flags: Any
) -> User:
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User(username=username, password=_demo_password_hash())
        counts["users"] += 1
    elif reset:
        user.password = _demo_password_hash()
        user.is_active = True
    if user.pk is None or reset:
        user.first_name, user.last_name, user.email = first, last, email
        for name, value in flags.items():
            setattr(user, name, value)
        user.save()
    return user


def _person(
    school: School, kind: str, mis_id: str, values: dict[str, Any], *, reset: bool, counts: dict[str, int]
):
    person = Person.objects.filter(school=school, kind=kind, mis_id=mis_id).first()
    if person is None:
        counts["people"] += 1
        return Person.objects.create(school=school, kind=kind, mis_id=mis_id, **values)
    if reset:
        for name, value in values.items():
            setattr(person, name, value)
        person.active = True
        person.save()
    return person


def _school(spec: DemoSchool, trust: Trust, *, reset: bool, counts: dict[str, int]) -> School:
    start, end, breaks = spec.hours
    values = {
        "name": spec.name,
        "trust": trust,
        "language": spec.language,
        "aliases": spec.aliases,
        "handles": spec.handles,
        "domains": spec.domains,
        "affiliations": spec.affiliations,
        "timezone": "Europe/London",
        "working_days": ["Mon", "Tue", "Wed", "Thu", "Fri"],
        "day_start": dt.time.fromisoformat(start),
        "day_end": dt.time.fromisoformat(end),
        "breaks": breaks,
    }
    school = School.objects.filter(slug=spec.slug).first()
    if school is None:
        counts["schools"] += 1
        return School.objects.create(slug=spec.slug, policy_pack_id=spec.pack_id, **values)
    if reset:
        for name, value in values.items():
            setattr(school, name, value)
        school.policy_pack_id = spec.pack_id
        school.save()
    return school


def _adopt(school: School, spec: DemoSchool, head: User, *, missing: list[str]) -> None:
    """Keep each demo school on the current revision of its bundled pack, adopted by its head teacher through
    the registers (a no-op when it already is, or when the school has adopted its own edited revision)."""
    from safesocial.policy import PackError, bundled_pack_ids
    from safesocial.registers.models import PolicyAdoption
    from safesocial.registers.selectors import bundled_differs
    from safesocial.registers.services import policy_adopt

    if spec.pack_id not in bundled_pack_ids():
        missing.append(spec.pack_id)
        return
    revision = school.policy_revision
    if revision is not None and revision.school_id is not None:
        return  # the school's own edited revision, adopted by someone trying the demo: leave it
    try:
        if revision is not None and not bundled_differs(school):
            if PolicyAdoption.objects.filter(school=school, revision=revision).exists():
                return
            # Demo data from before adoptions were recorded points at the revision without an adoption:
            # let the head adopt it properly.
            School.objects.filter(pk=school.pk).update(policy_revision=None)
            school.policy_revision = None
        first = not PolicyAdoption.objects.filter(school=school).exists()
        with at_story_time(story_moment(ADOPTED_DAYS_AGO, ADOPTED_AT) if first else None):
            policy_adopt(school=school, actor=head)
    except PackError:
        missing.append(spec.pack_id)


def _consent(
    school: School, spec: DemoSchool, admin: User, pupils: dict[str, Person], new: set[str], *, reset: bool
) -> None:
    """Pupils' image consent and the no-publish list, as the school administrator imports them from the roster
    (`consent_import`): for pupils added now, or for every demo pupil on reset. Consent someone changed while
    trying the demo is otherwise left alone."""
    from safesocial.registers.services import consent_import

    lines = []
    for n, (_first, _last, _known, _year, no_publish, consent) in enumerate(spec.pupils, start=1001):
        mis_id, value = str(n), {True: "given", False: "refused", None: "unknown"}[consent]
        pupil = pupils[mis_id]
        if (reset or mis_id in new) and (pupil.image_consent, pupil.no_publish) != (value, no_publish):
            lines.append(f"{mis_id},{value},{'yes' if no_publish else 'no'}")
    if not lines:
        return
    csv_text = "\n".join(["mis_id,image_consent,no_publish", *lines])
    with at_story_time(story_moment(CONSENT_DAYS_AGO, CONSENT_AT) if not reset else None):
        consent_import(school=school, actor=admin, csv_text=csv_text)


def load_demo(*, reset: bool = False, story: bool = False) -> DemoSummary:
    """Create (or complete) the demo trust, schools, users and people, and with `story=True` the demo's cases
    and registers (`demo_story.load_story`). Safe to run again."""
    counts = {"schools": 0, "users": 0, "people": 0}
    logins: list[DemoLogin] = []
    missing: list[str] = []
    with transaction.atomic():
        trust = Trust.objects.filter(slug=DEMO_TRUST_SLUG).first()
        if trust is None:
            trust = Trust.objects.create(
                name=DEMO_TRUST_NAME, slug=DEMO_TRUST_SLUG, aliases=["the Demo Trust", "SafeSocial Demo"]
            )
        schools = []
        for spec in DEMO_SCHOOLS:
            school = _school(spec, trust, reset=reset, counts=counts)
            schools.append(school)
            domain = spec.domains[0]
            staff_users: dict[str, User] = {}
            for n, (role, (first, last, job)) in enumerate(spec.staff.items(), start=1):
                username = demo_username(role, spec.pack_id)
                user = _user(
                    username,
                    first,
                    last,
                    f"{first.lower()}.{last.lower()}@{domain}".replace(" ", ""),
                    reset=reset,
                    counts=counts,
                )
                if reset:
                    RoleAssignment.objects.filter(user=user).exclude(role=role, school=school).delete()
                role_assign(user=user, role=role, school=school)
                staff_users[role] = user
                kind = Person.Kind.GOVERNOR if role in GOVERNANCE else Person.Kind.STAFF
                person = _person(
                    school,
                    kind,
                    f"{'G' if kind == Person.Kind.GOVERNOR else 'S'}{n:03d}",
                    {
                        "first_name": first,
                        "last_name": last,
                        "job_title": job,
                        "email": user.email,
                        "user": user,
                    },
                    reset=reset,
                    counts=counts,
                )
                if person.user_id is None:
                    Person.objects.filter(pk=person.pk).update(user=user)
                logins.append(DemoLogin(username, _label(role, school), school.name, f"{first} {last}"))
            _adopt(school, spec, staff_users[Role.HEAD_TEACHER], missing=missing)
            for n, (first, last, job) in enumerate(spec.other_staff, start=len(spec.staff) + 1):
                _person(
                    school,
                    Person.Kind.STAFF,
                    f"S{n:03d}",
                    {"first_name": first, "last_name": last, "job_title": job},
                    reset=reset,
                    counts=counts,
                )
            pupils: dict[str, Person] = {}
            new_pupils: set[str] = set()
            for n, (first, last, known_as, year, _no_publish, _consent_given) in enumerate(
                spec.pupils, start=1001
            ):
                before = counts["people"]
                pupils[str(n)] = _person(
                    school,
                    Person.Kind.PUPIL,
                    str(n),
                    {"first_name": first, "last_name": last, "known_as": known_as, "year_group": year},
                    reset=reset,
                    counts=counts,
                )
                if counts["people"] > before:
                    new_pupils.add(str(n))
            _consent(school, spec, staff_users[Role.SCHOOL_ADMIN], pupils, new_pupils, reset=reset)
            for n, (first, last, email, phone, children) in enumerate(spec.parents, start=1):
                parent = _person(
                    school,
                    Person.Kind.PARENT,
                    f"C{n:03d}",
                    {"first_name": first, "last_name": last, "email": email, "phone": phone},
                    reset=reset,
                    counts=counts,
                )
                parent.children.add(*(pupils[c] for c in children))

        trust_user = _user(
            f"trust.{DEMO_TRUST_SLUG}",
            "Rebecca",
            "Langford",
            "rebecca.langford@demo-trust.example.org",
            reset=reset,
            counts=counts,
        )
        role_assign(user=trust_user, role=Role.TRUST_CENTRAL, trust=trust)
        logins.append(
            DemoLogin(trust_user.username, _label(Role.TRUST_CENTRAL, None), trust.name, "Rebecca Langford")
        )
        # One technician shared by every school in the trust: a person with roles at several schools.
        shared = _user(
            SHARED_ICT_USERNAME,
            "Sam",
            "Okoro",
            "sam.okoro@demo-trust.example.org",
            reset=reset,
            counts=counts,
        )
        for school in schools:
            role_assign(user=shared, role=Role.ICT_MANAGER, school=school)
        label = f"{_label(Role.ICT_MANAGER, None)} at every demo school"
        logins.append(DemoLogin(shared.username, label, trust.name, "Sam Okoro"))
        service = _user(
            SERVICE_DESK_USERNAME,
            "Service",
            "Desk",
            "service-desk@safesocial.invalid",
            reset=reset,
            counts=counts,
            is_staff=True,
            is_superuser=True,
        )
        logins.append(
            DemoLogin(service.username, "Django admin at /admin/", "SafeSocial service desk", "Service Desk")
        )
    summary = DemoSummary(
        trust=trust, schools=schools, logins=logins, created=counts, missing_packs=sorted(set(missing))
    )
    if story:
        from safesocial.schools.demo_story import load_story

        summary.story = load_story(schools)
    return summary


def _label(role: str, school: School | None) -> str:
    from safesocial.schools.selectors import role_label

    return role_label(role, school)
