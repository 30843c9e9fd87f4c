"""The protocol's letters to the author of a post: Annex A (an invitation to meet) and Annex B (a request to
delete by a deadline), in English and Welsh, as DOCX and PDF.

One `compose()` turns the case facts into paragraphs; `render_docx()` and `render_pdf()` lay the same
paragraphs out, so the two files always say the same thing. The English follows the template letters of Ysgol
Llanbedrog's internal protocol (seed 003) with its blanks filled from the case. The Welsh is SafeSocial's own
rendering of those letters: schools should review it before first use (`WELSH_REVIEWED` is False until a
Welsh-speaking reviewer signs it off, and the letter page says so).

No network: the PDF is rendered from a self-contained HTML page with system fonts, and the URL fetcher refuses
every request.
"""

from __future__ import annotations

import datetime as dt
import html
import io
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from django.utils import timezone

WELSH_REVIEWED = False
DEADLINE_HOUR = 18  # "by 6pm on [date]"
LONDON = ZoneInfo("Europe/London")

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_CY = (
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
)
DAYS_CY = ("Llun", "Mawrth", "Mercher", "Iau", "Gwener", "Sadwrn", "Sul")

ABOUT = {
    "en": {
        "school": "the school",
        "pupils": "pupils of the school",
        "staff": "a member of staff",
        "head_teacher": "a member of staff",
        "reporter": "a member of staff",
        "governor": "the school's governors",
        "": "the school and/or its pupils and staff",
    },
    "cy": {
        "school": "mewn perthynas â’r ysgol",
        "pupils": "mewn perthynas â disgyblion yr ysgol",
        "staff": "mewn perthynas ag aelod o staff",
        "head_teacher": "mewn perthynas ag aelod o staff",
        "reporter": "mewn perthynas ag aelod o staff",
        "governor": "mewn perthynas â llywodraethwyr yr ysgol",
        "": "mewn perthynas â’r ysgol a/neu ei disgyblion a’i staff",
    },
}
SIGNATORY_ROLE = {
    "en": {
        "head_teacher": "Head Teacher",
        "deputy_head": "Deputy Head Teacher",
        "chair_of_governors": "Chair of the Governing Body",
        "dsl": "Designated Safeguarding Lead",
    },
    "cy": {
        "head_teacher": "Pennaeth",
        "deputy_head": "Dirprwy Bennaeth",
        "chair_of_governors": "Cadeirydd y Corff Llywodraethu",
        "dsl": "Person Dynodedig ar gyfer Diogelu",
    },
}


def local(moment: dt.datetime) -> dt.datetime:
    return timezone.localtime(moment, LONDON)


def deletion_deadline(sent_at: dt.datetime, hours: int) -> dt.datetime:
    """The first 6pm at least `hours` after the letter is sent ("by 6pm on [date]", allowing 48 hours).
    The hours are real ones, counted in UTC: across a change of the clocks, 48 hours is not "the same time two
    days later"."""
    earliest = local(sent_at.astimezone(dt.UTC) + dt.timedelta(hours=hours))
    candidate = dt.datetime.combine(earliest.date(), dt.time(DEADLINE_HOUR), tzinfo=LONDON)
    if candidate < earliest:
        candidate = dt.datetime.combine(
            earliest.date() + dt.timedelta(days=1), dt.time(DEADLINE_HOUR), tzinfo=LONDON
        )
    return candidate


def format_date(day: dt.date, lang: str, *, weekday: bool = True) -> str:
    if lang == "cy":
        text = f"{day.day} {MONTHS_CY[day.month - 1]} {day.year}"
        return f"dydd {DAYS_CY[day.weekday()]} {text}" if weekday else text
    text = f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    return f"{DAYS_EN[day.weekday()]} {text}" if weekday else text


def format_time(moment: dt.datetime, lang: str) -> str:
    moment = local(moment)
    if lang == "cy":
        return moment.strftime("%H:%M")
    hour = moment.hour % 12 or 12
    suffix = "am" if moment.hour < 12 else "pm"
    return f"{hour}:{moment.minute:02d}{suffix}" if moment.minute else f"{hour}{suffix}"


def format_moment(moment: dt.datetime, lang: str) -> str:
    moment = local(moment)
    joiner = " am " if lang == "cy" else " at "
    return format_date(moment.date(), lang) + joiner + format_time(moment, lang)


def on_day(moment: dt.datetime, lang: str) -> str:
    """'on Friday 6 March 2026' / 'ddydd Gwener 6 Mawrth 2026' (Welsh mutates dydd after an adverbial)."""
    text = format_date(local(moment).date(), lang)
    return "d" + text if lang == "cy" else "on " + text


@dataclass(frozen=True)
class Extract:
    text: str
    posted_at: dt.datetime | None = None
    url: str = ""


@dataclass(frozen=True)
class LetterFacts:
    kind: str  # "meeting-invitation" | "deletion-request"
    language: str  # "en" | "cy"
    school_name: str
    reference: str
    letter_date: dt.date
    platform: str
    about: str = ""  # a Subject value, or "" for "the school and/or its pupils and staff"
    addressee: str = ""
    extracts: list[Extract] = field(default_factory=list)
    circulated_on: dt.date | None = None
    contact: str = ""
    meeting_at: dt.datetime | None = None
    deadline_at: dt.datetime | None = None
    staff_affected: bool = False
    enclose_copy: bool = False
    signatory: str = ""
    signatory_role: str = "head_teacher"


# Characters XML 1.0 cannot hold (DOCX is XML): C0 controls other than tab, newline and carriage return.
_NOT_XML = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])


@dataclass(frozen=True)
class Block:
    kind: str  # "p", "heading", "quote", "meta", "signoff", "small"
    text: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", self.text.translate(_NOT_XML))


@dataclass(frozen=True)
class LetterContent:
    title: str
    language: str
    blocks: list[Block]

    def plain_text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)


def _circulated(facts: LetterFacts, lang: str) -> str:
    if facts.circulated_on is None:
        return "[dyddiad]" if lang == "cy" else "[date]"
    return format_date(facts.circulated_on, lang, weekday=False)


def _extract_blocks(facts: LetterFacts, lang: str) -> list[Block]:
    blocks = []
    for extract in facts.extracts:
        where = facts.platform
        if extract.posted_at is not None:
            when = format_moment(extract.posted_at, lang)
            where = f"{facts.platform}, {when}"
        else:
            where += ", dyddiad ac amser heb eu cofnodi" if lang == "cy" else ", date and time not recorded"
        if extract.url:
            where += f" ({extract.url})"
        blocks.append(Block("heading", where))
        blocks.append(Block("quote", f"“{extract.text}”"))
    return blocks


# The letters' paragraphs. Placeholders are filled from the case; "{extracts}" marks where the quoted
# extracts go. English follows seed 003's Annex A and B; Welsh is SafeSocial's rendering (see WELSH_REVIEWED).
TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "meeting-invitation": {
            "title": "Invitation to meet with the Head Teacher",
            "paragraphs": [
                "It has come to my attention that inappropriate comments have been made on the {platform} "
                "website by yourself in relation to {about}. Comments such as these are contrary to the "
                "school's social media policy, which was circulated to all parents on {circulated}.",
                "I am therefore inviting you to meet with me at the school on {meeting}, to discuss this "
                "matter further, resolve any issues or concerns you may have and agree a way forward.",
                "If the above date or time is not convenient for you, please contact the school on "
                "{contact} to arrange an alternative date or time. If you do not attend this meeting, I "
                "will have no option but to take further action in relation to these comments.",
            ],
        },
        "deletion-request": {
            "title": "Request to delete comments on social media",
            "paragraphs": [
                "It has been brought to my attention that inappropriate comments have been made on the "
                "{platform} website by yourself in relation to {about}. {refer}",
                "{extracts}",
                "Comments such as these are contrary to the school's social media policy, which was "
                "circulated to all parents on {circulated}, and which is also enclosed with this letter. "
                "Inappropriate comments in relation to {about} on social media can have a detrimental "
                "impact on the school as well as on pupils' education by not allowing the school to "
                "directly address any problems or concerns you may have through the appropriate channels.",
                "Furthermore, anyone who posts inappropriate comments about schools, staff or pupils could "
                "face legal action when their comments harm reputations or cause distress to individuals.",
                "In light of the above, and in accordance with the school policy, I therefore request that "
                "you delete the comments referred to above by 6pm {deadline}.",
                "If you fail to remove the comments, further action will have to be taken by the school and "
                "legal advice will be sought.{union}",
                "In relation to the issues or concerns which you refer to in your comments, I would "
                "strongly encourage you to use the school's complaints procedure so that this matter can be "
                "formally considered and resolved in an appropriate manner. I enclose the school's "
                "complaints procedure leaflet for your information and consideration.",
                "I hope this matter can be brought to a swift conclusion, and that we can work together to "
                "resolve any concerns you may have.",
            ],
            "refer_enclosed": (
                "A copy of these comments is enclosed with this letter for ease of reference, and I "
                "specifically refer to the following comment(s) made:"
            ),
            "refer": "I specifically refer to the following comment(s) made:",
            "union": " Please note that the member(s) of staff affected will also directly contact their "
            "union to "
            "receive their advice and support and consider taking further action (which includes legal "
            "action) if you fail to remove the comments.",
        },
        "dear": "Dear {name},",
        "parent": "Parent",
        "ref": "Our ref: {reference}",
        "recorded": "By Recorded Delivery",
        "signoff": "Yours sincerely,",
        "enclosed": "Enclosed: {items}.",
        "enclosures": [
            "a copy of the comments",
            "the school's social media policy",
            "the school's complaints procedure leaflet",
        ],
    },
    "cy": {
        "meeting-invitation": {
            "title": "Gwahoddiad i gyfarfod â’r Pennaeth",
            "paragraphs": [
                "Mae wedi dod i’m sylw fod sylwadau amhriodol wedi cael eu gwneud gennych ar wefan "
                "{platform} {about}. Mae sylwadau fel hyn yn groes i bolisi cyfryngau cymdeithasol yr "
                "ysgol, a ddosbarthwyd i bob rhiant ar {circulated}.",
                "Rwyf felly yn eich gwahodd i gyfarfod â mi yn yr ysgol {meeting}, i drafod y mater hwn "
                "ymhellach, i ddatrys unrhyw faterion neu bryderon a allai fod gennych ac i gytuno ar "
                "ffordd ymlaen.",
                "Os nad yw’r dyddiad neu’r amser uchod yn gyfleus i chi, cysylltwch â’r ysgol ar {contact} "
                "i drefnu dyddiad neu amser arall. Os na fyddwch yn dod i’r cyfarfod hwn, ni fydd gennyf "
                "ddewis ond cymryd camau pellach mewn perthynas â’r sylwadau hyn.",
            ],
        },
        "deletion-request": {
            "title": "Cais i ddileu sylwadau ar y cyfryngau cymdeithasol",
            "paragraphs": [
                "Tynnwyd fy sylw at y ffaith fod sylwadau amhriodol wedi cael eu gwneud gennych ar wefan "
                "{platform} {about}. {refer}",
                "{extracts}",
                "Mae sylwadau fel hyn yn groes i bolisi cyfryngau cymdeithasol yr ysgol, a ddosbarthwyd i "
                "bob rhiant ar {circulated}, ac a amgaeir gyda’r llythyr hwn hefyd. Gall sylwadau amhriodol "
                "{about} ar y cyfryngau cymdeithasol gael effaith niweidiol ar yr ysgol yn ogystal ag ar "
                "addysg disgyblion, gan nad ydynt yn caniatáu i’r ysgol fynd i’r afael yn uniongyrchol ag "
                "unrhyw broblemau neu bryderon a allai fod gennych drwy’r sianeli priodol.",
                "Yn ogystal, gallai unrhyw un sy’n postio sylwadau amhriodol am ysgolion, staff neu "
                "ddisgyblion wynebu camau cyfreithiol pan fo’u sylwadau’n niweidio enw da neu’n peri gofid "
                "i unigolion.",
                "Yng ngoleuni’r uchod, ac yn unol â pholisi’r ysgol, gofynnaf felly i chi ddileu’r sylwadau "
                "y cyfeirir atynt uchod erbyn 6 o’r gloch yr hwyr {deadline}.",
                "Os na fyddwch yn dileu’r sylwadau, bydd rhaid i’r ysgol gymryd camau pellach a cheisir "
                "cyngor cyfreithiol.{union}",
                "O ran y materion neu’r pryderon y cyfeiriwch atynt yn eich sylwadau, byddwn yn eich annog "
                "yn gryf i ddefnyddio gweithdrefn gwynion yr ysgol er mwyn i’r mater gael ei ystyried a’i "
                "ddatrys yn ffurfiol mewn modd priodol. Amgaeaf daflen gweithdrefn gwynion yr ysgol er "
                "gwybodaeth ac i chi ei hystyried.",
                "Gobeithio y gellir dod â’r mater hwn i ben yn fuan, ac y gallwn gydweithio i ddatrys unrhyw "
                "bryderon a allai fod gennych.",
            ],
            "refer_enclosed": (
                "Amgaeir copi o’r sylwadau hyn gyda’r llythyr hwn er hwylustod, a chyfeiriaf yn "
                "benodol at y sylw(adau) canlynol a wnaed:"
            ),
            "refer": "Cyfeiriaf yn benodol at y sylw(adau) canlynol a wnaed:",
            "union": " Noder y bydd yr aelod(au) o staff dan sylw hefyd yn cysylltu’n uniongyrchol â’u "
            "hundeb i "
            "gael cyngor a chefnogaeth ac i ystyried cymryd camau pellach (gan gynnwys camau cyfreithiol) "
            "os na fyddwch yn dileu’r sylwadau.",
        },
        "dear": "Annwyl {name},",
        "parent": "Riant",
        "ref": "Ein cyf: {reference}",
        "recorded": "Drwy Ddosbarthiad Cofnodedig",
        "signoff": "Yn gywir,",
        "enclosed": "Amgaeir: {items}.",
        "enclosures": [
            "copi o’r sylwadau",
            "polisi cyfryngau cymdeithasol yr ysgol",
            "taflen gweithdrefn gwynion yr ysgol",
        ],
    },
}


def compose(facts: LetterFacts) -> LetterContent:
    """The letter's paragraphs, in the facts' language."""
    lang = facts.language
    if lang not in TEXT:
        raise ValueError(f"no letter text for language {lang!r}")
    if facts.kind not in ("meeting-invitation", "deletion-request"):
        raise ValueError(f"unknown letter kind {facts.kind!r}")
    words = TEXT[lang]
    text = words[facts.kind]
    values = {
        "platform": facts.platform,
        "about": ABOUT[lang].get(facts.about, ABOUT[lang][""]),
        "circulated": _circulated(facts, lang),
        "contact": facts.contact,
        "meeting": "",
        "deadline": "",
        "refer": text.get("refer_enclosed" if facts.enclose_copy else "refer", ""),
        "union": text.get("union", "") if facts.staff_affected else "",
    }
    if facts.kind == "meeting-invitation":
        if facts.meeting_at is None:
            raise ValueError("an invitation to meet needs the meeting's date and time")
        meeting = format_moment(facts.meeting_at, lang)
        values["meeting"] = "d" + meeting if lang == "cy" else meeting  # "ddydd Iau ...": soft mutation
    else:
        if facts.deadline_at is None:
            raise ValueError("a request to delete needs a deadline")
        values["deadline"] = on_day(facts.deadline_at, lang)

    blocks: list[Block] = [
        Block("meta", facts.school_name),
        Block("meta", format_date(facts.letter_date, lang, weekday=False)),
        Block("meta", words["ref"].format(reference=facts.reference)),
    ]
    if facts.kind == "deletion-request":
        blocks.append(Block("meta", words["recorded"]))
    blocks.append(Block("p", words["dear"].format(name=facts.addressee or words["parent"])))
    for paragraph in text["paragraphs"]:
        if paragraph == "{extracts}":
            blocks += _extract_blocks(facts, lang)
        else:
            blocks.append(Block("p", paragraph.format(**values)))
    role = SIGNATORY_ROLE[lang].get(facts.signatory_role, SIGNATORY_ROLE[lang]["head_teacher"])
    blocks += [
        Block("signoff", words["signoff"]),
        Block("meta", facts.signatory or "………………………"),
        Block("meta", f"{role}, {facts.school_name}"),
    ]
    if facts.kind == "deletion-request":
        items = list(words["enclosures"]) if facts.enclose_copy else list(words["enclosures"][1:])
        blocks.append(Block("small", words["enclosed"].format(items="; ".join(items))))
    return LetterContent(title=text["title"], language=lang, blocks=blocks)


# --- DOCX -------------------------------------------------------------------------------------------------


def render_docx(content: LetterContent) -> bytes:
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.2))
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    props = document.core_properties
    props.title = content.title
    props.language = content.language
    props.author = "SafeSocial"
    if content.language == "cy" and not WELSH_REVIEWED:
        props.comments = "Welsh text generated by SafeSocial: to be reviewed by the school before it is sent."
    for block in content.blocks:
        para = document.add_paragraph()
        run = para.add_run(block.text)
        if block.kind == "quote":
            para.paragraph_format.left_indent = Cm(1)
            run.italic = True
        elif block.kind == "heading":
            run.bold = True
            para.paragraph_format.space_after = Pt(2)
        elif block.kind == "meta":
            para.paragraph_format.space_after = Pt(0)
        elif block.kind == "signoff":
            para.paragraph_format.space_before = Pt(12)
            para.paragraph_format.space_after = Pt(30)
        elif block.kind == "small":
            para.paragraph_format.space_before = Pt(18)
            run.font.size = Pt(9)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- PDF --------------------------------------------------------------------------------------------------

PDF_CSS = """
@page { size: A4; margin: 22mm; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.4;
       color: #111; }
p { margin: 0 0 9pt 0; }
p.meta { margin: 0; }
p.heading { font-weight: bold; margin: 6pt 0 2pt 0; }
p.quote { font-style: italic; margin: 0 0 9pt 1cm; }
p.signoff { margin-top: 12pt; margin-bottom: 30pt; }
p.small { font-size: 9pt; margin-top: 18pt; }
"""


def _letter_html(content: LetterContent) -> str:
    paras = "\n".join(f'<p class="{b.kind}">{html.escape(b.text)}</p>' for b in content.blocks)
    return (
        f'<!DOCTYPE html><html lang="{content.language}"><head><meta charset="utf-8">'
        f"<title>{html.escape(content.title)}</title><style>{PDF_CSS}</style></head>"
        f"<body>{paras}</body></html>"
    )


def _no_fetching() -> object:
    from weasyprint.urls import URLFetcher

    class _Refuse(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: object = None) -> object:
            raise ValueError("letters never fetch anything")

    return _Refuse()


def render_pdf(content: LetterContent) -> bytes:
    from weasyprint import HTML

    document = HTML(string=_letter_html(content), base_url=None, url_fetcher=_no_fetching())
    pdf: bytes = document.write_pdf()
    return pdf
