"""California DOJ rap sheet (record review) text -> the record model.

Stages, as Code for America's rap sheet parser does it: OCR clean-up
(:mod:`reliefdesk.readers.ca_clean`), a line classifier that walks the sheet
(header, cycles ``* * * *``, events ``- - - -``, counts, dispositions, later
updates), and a builder that turns court events into :class:`Case` values.

Mapping decisions (docs/california.md):

- One ``Case`` per COURT event. The ARR/DET/CITE (or SUPPLEMENTAL ARR) event
  before it in the same cycle gives ``arrest_date``, ``agency`` and its numbers
  (``other_numbers``). A cycle with an arrest and no court event is kept as a
  case with ``court`` null and every charge's disposition ``unknown`` (unless the
  arrest carries its own, e.g. ``PROS REJ``), marked ``extra.event = "arrest"``.
  A CUSTODY event in a cycle without a court event is kept the same way
  (``extra.event = "custody"``): it shows a conviction from a court the sheet
  does not list, which the rules need for super-strike priors.
- REGISTRATION events fill ``person.registrations`` ("290 PC"); DECEASED events
  (or ``DISPO:DECEASED``) make ``person.deceased`` true. A ``**DECEASED ...``
  banner in the header is only a notice: ``deceased`` is then null (unknown)
  and the banner is kept in ``record.extra.notices`` for the rules to ask about.
- Other events (APPLICANT, PROBATION, INTERST COMP PAROLEE ...) go to
  ``record.extra.other_events``.
- Every line is either used or reported as unplaced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reliefdesk.model import (
    Case,
    Charge,
    Disposition,
    Jurisdiction,
    Level,
    Person,
    Record,
    Sentence,
    SentenceKind,
    Source,
)
from reliefdesk.readers.base import (
    ImportReport,
    ReadError,
    ReadResult,
    SourceLine,
    TextFormat,
    TextPage,
    Unsure,
    numbered_lines,
)
from reliefdesk.readers.ca_clean import PAGE_FOOTER, clean_line

NAME = "ca-doj-text"

#: The 58 counties, for courts whose name is a district rather than a county.
COUNTIES = frozenset(
    c.replace("_", " ")
    for c in """ALAMEDA ALPINE AMADOR BUTTE CALAVERAS COLUSA CONTRA_COSTA DEL_NORTE EL_DORADO FRESNO
    GLENN HUMBOLDT IMPERIAL INYO KERN KINGS LAKE LASSEN LOS_ANGELES MADERA MARIN MARIPOSA MENDOCINO
    MERCED MODOC MONO MONTEREY NAPA NEVADA ORANGE PLACER PLUMAS RIVERSIDE SACRAMENTO SAN_BENITO
    SAN_BERNARDINO SAN_DIEGO SAN_FRANCISCO SAN_JOAQUIN SAN_LUIS_OBISPO SAN_MATEO SANTA_BARBARA
    SANTA_CLARA SANTA_CRUZ SHASTA SIERRA SISKIYOU SOLANO SONOMA STANISLAUS SUTTER TEHAMA TRINITY
    TULARE TUOLUMNE VENTURA YOLO YUBA""".split()
)

#: Code abbreviations a charge line can carry.
CODES = frozenset(
    "HS PC VC BP WI US CC FG GC RT UI EC FA CI HN LC PR MV SH CR FC IC PU ZZ".split()
)

# --------------------------------------------------------------------------
# Line patterns (applied to cleaned lines)

CYCLE_DELIM = re.compile(r"^\s*\*(?:\s+\*){3}\s*$")
EVENT_DELIM = re.compile(r"^\s*-(?:\s+-){3}\s*$")
END_OF_MESSAGE = re.compile(r"END\s+OF\s+MESSAGE")
STAR_LINE = re.compile(r"^[\s*]*\*[\s*]*$")
STAR_NOTICE = re.compile(r"^\s*\*\*.*$")
LABEL = re.compile(
    r"^\s{0,3}(?P<label>ARR/DET/CITE|INTERST\s+COMP\s+PAROLEE|MENTAL\s+HLTH\s+CUS/SUPV"
    r"|(?:COURT|SUPPLEMENTAL\s+ARR|CUSTODY|APPLICANT|PROBATION|PAROLE|REGISTRATION|DECEASED)(?=\s*:|.*NAM:))"
    r"\s*:?(?P<rest>.*)$"
)
EVENT_DATE = re.compile(r"^\s*(?P<date>\d{8})(?:\s+(?P<rest>\S.*))?$")
COUNT = re.compile(
    r"^\s*CNT:(?P<first>\d{1,3})(?:\s*-\s*(?P<last>\d{1,3}))?\s*(?:[#*]\s*(?P<number>\S(?:.*\S)?))?\s*$"
)
COUNT_NO_NUMBER = re.compile(r"^\s*CNT:\s*$")
FLAG = re.compile(r"^\s*-\s*(?P<flag>WARRANT|ATTEMPTED|CONSPIRACY|ACCESSORY|SOLICIT\w*)\s*$")
CHARGE = re.compile(
    r"^\s*(?P<section>(?:\d{1,2}\s+)?\d+(?:\.\d+)?[A-Z]?(?:\s?\([A-Z0-9]{1,4}\))*)\s*"
    r"(?P<code>[A-Z]{2})\s*-\s*(?P<desc>.*)$"
)
SECTION_ONLY = re.compile(r"^\s*(?:\d{1,2}\s+)?\d+(?:\.\d+)?[A-Z]?(?:\([A-Z0-9]{1,4}\))*\s*$")
SEE_COMMENT = re.compile(r"SEE\s+COMMENT\s+FOR\s+CHARGE")
COMMENT_CHARGE = re.compile(
    r"^\s*COM:\s*CHRG\s*[-:]?\s*(?P<section>\d+(?:\.\d+)?[A-Z]?(?:\([A-Z0-9]{1,4}\))*)\s*(?P<code>[A-Z]{2})\b"
)
DISPO = re.compile(r"^\s*\*?\s*DISPO:\s*(?P<text>.*)$")
DATE_DISPO = re.compile(r"^\s*(?P<date>\d{8})\s+\*?\s*DISPO:\s*(?P<text>.*)$")
CONV_STATUS = re.compile(r"^\s*CONV\s+STATUS:\s*(?P<text>.*)$")
SEN = re.compile(r"^\s*SEN:\s*(?P<text>.*)$")
COM = re.compile(r"^\s*COM:\s*(?P<text>.*)$")
DETAIL = re.compile(
    r"^\s*(?:SEN\s+FROM:|ARR\s+BY:|CITE\s+#|CITE\s{2,}#|ADR:|CONV\s+OF:|PAROLED\s+FROM:|STATE\s+INN#|EXP[: ]|"
    r"RPT\s+AGY|DOB:|ORI:|TOC:|CRT\s*#|WARRANT\s*#|BKG\s*#)"
)
CONTINUED_DETAIL = re.compile(r"^\s*CONV\s+OF:")
ALIAS = re.compile(r"^\s+(?P<n>\d{2})\s+(?P<name>[A-Z][A-Z' .,-]*[A-Z.])\s*$")
ALIAS_OCR = re.compile(r"^\s*(?P<n>\d{2})\s+(?P<name>[A-Z][A-Z' .-]*,[A-Z' .,-]*[A-Z.])\s*$")
SENTENCE_WORDS = re.compile(
    r"^\s*(?:(?:\d+\s*(?:YEARS?|YRS?|MONTHS?|MOS?|DAYS?|HOURS?)|FINE|RESTN|CONCURRENT|CONSECUTIVE|JAIL|"
    r"PROBATION|PROB|PRISON|SUSPENDED|SS|IMP|SEN|CREDIT|TIME\s+SERVED|WORK|COMMUNITY\s+SERVICE|DAYS|CASE)[\s,.]*)+$"
)
NAM01 = re.compile(r"^\s*NAM\s*/\s*(?P<n>\d{2})\s+(?P<name>\S.*?)\s*$")
HEADER_KEY = re.compile(r"^\s*(?P<key>[A-Z]{3})/\s*(?P<value>.*)$")
ROUTING = re.compile(
    r"^\s*(?:TO:.*FROM:|RE:\s*QHY|RE:.*DATE:|ATTN:|RESTRICTED-DO NOT USE|\d?[A-Z0-9]{10,}\.[A-Z]{2}\s*$)"
)
SUPERVISION_HEADER = re.compile(r"^\s*(?:PROBATION|PAROLE):")
FPC = re.compile(r"^\s*FPC\b")

#: Rough OCR-tolerant markers used by :func:`detect`.
_DETECT = (
    (re.compile(r"^\s*CII\s*/\s*[A-Z]?\d{6,}", re.M), 0.35),
    (re.compile(r"^\s*NAM\s*/\s*\d\d\s", re.M), 0.2),
    (re.compile(r"^\s*C?N[TI1]\s*:\s*\d", re.M), 0.15),
    (re.compile(r"^\s*\*\s+\*\s+\*\s+\*\s*$", re.M), 0.15),
    (re.compile(r"A?RR/DET/CITE|^\s*C?OUR[TI]\s*:", re.M), 0.15),
    (re.compile(r"DISPO:", re.M), 0.05),
)


def detect(text: str) -> float:
    """Confidence that ``text`` is a CA DOJ rap sheet."""
    head = text[:200_000]
    return min(1.0, sum(weight for pattern, weight in _DETECT if pattern.search(head)))


# --------------------------------------------------------------------------
# Intermediate structures


@dataclass
class _Update:
    date: date | None
    line: int
    dispos: list[str] = field(default_factory=list)
    sentence: list[str] = field(default_factory=list)
    conv_status: str | None = None
    comments: list[str] = field(default_factory=list)


@dataclass
class _Count:
    numbers: list[int]
    case_number: str | None
    line: int
    flags: list[str] = field(default_factory=list)
    charge_raw: str | None = None
    section: str | None = None
    subsection: str = ""
    code: str | None = None
    description: str | None = None
    see_comment: bool = False
    dispos: list[str] = field(default_factory=list)
    conv_status: str | None = None
    sentence: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    updates: list[_Update] = field(default_factory=list)


@dataclass
class _Event:
    kind: str
    label_raw: str
    line: int
    nam: str | None = None
    dob: str | None = None
    date: date | None = None
    agency: str | None = None
    counts: list[_Count] = field(default_factory=list)
    updates: list[_Update] = field(default_factory=list)  # updates before any count


_KINDS = {
    "ARR/DET/CITE": "arrest",
    "SUPPLEMENTAL ARR": "arrest",
    "COURT": "court",
    "CUSTODY": "custody",
    "APPLICANT": "applicant",
    "PROBATION": "probation",
    "PAROLE": "parole",
    "REGISTRATION": "registration",
    "DECEASED": "deceased",
    "INTERST COMP PAROLEE": "parolee",
    "MENTAL HLTH CUS/SUPV": "mental_health",
}


def _dedent(lines: list[SourceLine]) -> list[str]:
    """Remove the left margin a PDF print adds, page by page."""
    margins: dict[int | None, int] = {}
    for ln in lines:
        if ln.text.strip():
            indent = len(ln.text) - len(ln.text.lstrip(" "))
            margins[ln.page] = min(margins.get(ln.page, indent), indent)
    return [ln.text[margins.get(ln.page, 0):] if ln.text.strip() else "" for ln in lines]


def _date8(s: str) -> date | None:
    try:
        return date(int(s[0:4]), int(s[4:6]), int(s[6:8]))
    except ValueError:
        return None


def _name(raw: str) -> str:
    """``SKYWALKER,LUKE JAY`` -> ``SKYWALKER, LUKE JAY``."""
    text = re.sub(r"\s+", " ", raw.strip())
    if "," in text:
        last, _, rest = text.partition(",")
        return f"{last.strip()}, {rest.strip()}" if rest.strip() else last.strip()
    return text


class _Parser:
    def __init__(self, lines: list[SourceLine], report: ImportReport) -> None:
        self.lines = lines
        self.report = report
        self.clean = [clean_line(t) for t in _dedent(lines)]
        # Header results.
        self.name: str | None = None
        self.aliases: list[str] = []
        self.dobs: list[str] = []
        self.cii: str | None = None
        self.other_cii: list[str] = []
        self.fbi: str | None = None
        self.notices: list[str] = []
        self.header_supervision: list[str] = []
        self.cycles: list[list[_Event]] = []
        self.trailing_notices: list[str] = []
        self.deceased_event = False

    # -- bookkeeping
    def used(self, i: int) -> None:
        self.report.used.append(self.lines[i])

    def unplaced(self, i: int) -> None:
        self.report.unplaced.append(self.lines[i])

    def unsure(self, where: str, value: str, why: str, i: int) -> None:
        self.report.unsure.append(Unsure(where, value, why, self.lines[i].number))

    # -- header
    def parse(self) -> None:
        n = len(self.clean)
        # The header ends at the first cycle; when OCR lost that rule line, at the first
        # event label (PROBATION:/PAROLE: lines also occur in the header, so not those).
        first_cycle = next(
            (i for i, t in enumerate(self.clean)
             if CYCLE_DELIM.match(t) or ((m := LABEL.match(t)) and m.group("label") not in ("PROBATION", "PAROLE"))),
            n,
        )
        self._header(0, first_cycle)
        i = first_cycle
        while i < n:
            j = next((k for k in range(i + 1, n) if CYCLE_DELIM.match(self.clean[k])), n)
            body = i
            if CYCLE_DELIM.match(self.clean[i]):
                self.used(i)  # the delimiter
                body = i + 1
            events = self._cycle(body, j)
            if events:
                self.cycles.append(events)
            i = j

    def _header(self, start: int, end: int) -> None:
        nam_at = next((i for i in range(start, end) if NAM01.match(self.clean[i])), None)
        if nam_at is None:
            for i in range(start, end):
                if self.clean[i].strip():
                    self.unplaced(i)
            self.report.notes.append("no NAM/01 line found: the person's name could not be read")
            return
        # The identity block starts at the CII/ line (or **LIVE SCAN) just before NAM/01.
        ident = nam_at
        for i in range(nam_at - 1, start - 1, -1):
            t = self.clean[i]
            if HEADER_KEY.match(t) or not t.strip():
                ident = i
                continue
            if t.strip().startswith("**LIVE SCAN"):
                ident = i
            break
        notice: list[str] = []
        for i in range(start, ident):
            t = self.clean[i]
            if not t.strip():
                self._flush_notice(notice)
                continue
            self.used(i)
            if ROUTING.match(t):
                continue
            if STAR_LINE.match(t):
                self._flush_notice(notice)
                continue
            m = HEADER_KEY.match(t)
            if m and m.group("key") == "CII":
                self.other_cii.append(m.group("value").strip())
            if t.lstrip().startswith("**") or t.lstrip().startswith("III "):
                self._flush_notice(notice)
                notice.append(t.strip().lstrip("*").strip())
            else:
                notice.append(t.strip())
        self._flush_notice(notice)
        fpc_left = 0
        supervision = False
        i = ident
        while i < end:
            t = self.clean[i]
            if not t.strip():
                i += 1
                continue
            if fpc_left:
                fpc_left -= 1
                self.used(i)
                i += 1
                continue
            m_nam = NAM01.match(t)
            m_key = HEADER_KEY.match(t)
            if m_nam:
                self.used(i)
                self.name = _name(m_nam.group("name"))
                k = i + 1
                while k < end and (m_al := ALIAS.match(self.clean[k]) or ALIAS_OCR.match(self.clean[k])):
                    self.used(k)
                    self.aliases.append(_name(m_al.group("name")))
                    k += 1
                i = k
                supervision = False
                continue
            if m_key:
                self.used(i)
                key, value = m_key.group("key"), m_key.group("value").strip()
                if key == "CII":
                    if self.cii is None:
                        self.cii = value.split()[0] if value else None
                    else:
                        self.other_cii.append(value)
                elif key == "DOB":
                    dob_part = value.split(" SEX/")[0]
                    self.dobs.extend(v for v in dob_part.split() if re.fullmatch(r"\d{8}", v))
                elif key == "FBI" and value:
                    self.fbi = value.split()[0]
                supervision = False
                i += 1
                continue
            if t.strip().startswith("**LIVE SCAN"):
                self.used(i)
            elif FPC.match(t):
                self.used(i)
                fpc_left = 2
            elif SUPERVISION_HEADER.match(t):
                self.used(i)
                self.header_supervision.append(re.sub(r"\s+", " ", t.strip()))
                supervision = True
            elif supervision and t.startswith(" "):
                self.used(i)
                self.header_supervision.append(re.sub(r"\s+", " ", t.strip()))
            elif STAR_LINE.match(t):
                self.used(i)
            else:
                self.unplaced(i)
            i += 1

    def _flush_notice(self, notice: list[str]) -> None:
        if notice:
            self.notices.append(" ".join(notice))
            notice.clear()

    # -- cycles and events
    def _cycle(self, start: int, end: int) -> list[_Event]:
        events: list[_Event] = []
        ev: _Event | None = None
        count: _Count | None = None
        update: _Update | None = None
        expect_date = False
        last_kind = ""  # "sen" | "com" | "conv_of" | "charge" | "count_nonum" | ""
        pending_section: tuple[int, str] | None = None
        in_box = False
        notice: list[str] = []
        previous_kind = ""
        for i in range(start, end):
            t = self.clean[i]
            s = t.strip()
            if not s:
                if last_kind == "com":
                    last_kind = ""
                continue
            if END_OF_MESSAGE.search(t):
                self.used(i)
                continue
            if PAGE_FOOTER.match(t) or ROUTING.match(t):
                self.used(i)  # page numbers and repeated page headers inside a count
                continue
            if STAR_LINE.match(t):
                self.used(i)
                in_box = not in_box if ev is None else in_box
                last_kind = ""
                continue
            if STAR_NOTICE.match(t):
                self.used(i)  # ** POTENTIAL FELONY STRIKE ENTRY ** and registrant boxes
                if ev is None:
                    notice.append(s.strip("* ").strip())
                last_kind = ""
                continue
            if EVENT_DELIM.match(t):
                self.used(i)
                if ev is not None:
                    previous_kind = ev.label_raw
                ev, count, update = None, None, None
                expect_date = True
                last_kind = ""
                continue
            m = LABEL.match(t)
            if m:
                self.used(i)
                label = re.sub(r"\s+", " ", m.group("label"))
                kind = _KINDS.get(label, "other")
                ev = _Event(kind=kind, label_raw=label, line=i)
                rest = m.group("rest")
                if mn := re.search(r"NAM:\s*(\d{2})", rest):
                    ev.nam = mn.group(1)
                if md := re.search(r"DOB:\s*(\d{8})", rest):
                    ev.dob = md.group(1)
                if kind == "custody" and (sub := rest.split("NAM:")[0].strip()):
                    ev.label_raw = f"CUSTODY:{sub}"
                if kind == "deceased":
                    self.deceased_event = True
                events.append(ev)
                count, update = None, None
                expect_date = True
                last_kind = ""
                continue
            md8 = EVENT_DATE.match(t)
            if md8 and not DATE_DISPO.match(t):
                d = _date8(md8.group("date"))
                rest = (md8.group("rest") or "").strip()
                if expect_date or (rest and ev is not None and count is not None and not count.dispos
                                   and ev.kind == "registration"):
                    self.used(i)
                    if ev is None:
                        # "- - - -" then a bare date and agency: another event of the same kind.
                        label = previous_kind or "UNKNOWN"
                        ev = _Event(kind=_KINDS.get(label.split(":")[0], "other"), label_raw=label, line=i)
                        events.append(ev)
                    elif ev.date is not None:
                        ev = _Event(kind=ev.kind, label_raw=ev.label_raw, line=i)
                        events.append(ev)
                    ev.date = d
                    ev.agency = re.sub(r"\s+", " ", rest) or None
                    if d is None:
                        self.unsure(f"event on line {self.lines[i].number}", md8.group("date"), "not a real date", i)
                    count, update = None, None
                    expect_date = False
                    last_kind = ""
                    continue
                if ev is not None and not rest:
                    self.used(i)
                    update = _Update(date=d, line=i)
                    (count.updates if count is not None else ev.updates).append(update)
                    last_kind = ""
                    continue
            mdd = DATE_DISPO.match(t)
            if mdd and ev is not None:
                self.used(i)
                update = _Update(date=_date8(mdd.group("date")), line=i)
                update.dispos.append(mdd.group("text").strip())
                (count.updates if count is not None else ev.updates).append(update)
                last_kind = ""
                continue
            if ev is None:
                # Text in a cycle outside any event: the closing notices of the sheet.
                if re.match(r"^\s*(?:CNT:|\*?DISPO:|CONV STATUS:|SEN:)", t) or CHARGE.match(t):
                    self.unplaced(i)
                else:
                    self.used(i)
                    notice.append(s)
                continue
            expect_date = False
            mc = COUNT.match(t)
            if mc or COUNT_NO_NUMBER.match(t):
                self.used(i)
                number = mc.group("number") if mc else None
                if number is None and count is not None and count.case_number:
                    number = count.case_number  # later counts inherit the case number
                elif number is None and ev.counts:
                    number = next((c.case_number for c in reversed(ev.counts) if c.case_number), None)
                if mc:
                    first = int(mc.group("first"))
                    last = int(mc.group("last")) if mc.group("last") else first
                    nums = list(range(first, max(first, last) + 1))
                else:
                    nums = []
                count = _Count(numbers=nums, case_number=_clean_number(number), line=i)
                ev.counts.append(count)
                update = None
                last_kind = "count_nonum" if not nums or (mc and not mc.group("number")) else "count"
                continue
            if last_kind == "count_nonum" and count is not None:
                # A count split across lines: "CNT:" then "01  #123", or "CNT:01" then "#123".
                mnum = re.match(r"^\s*(?:(?P<n>\d{1,3})\s*)?(?:[#*]\s*(?P<num>\S+))?\s*$", t)
                if mnum and ((mnum.group("n") and not count.numbers) or mnum.group("num")):
                    self.used(i)
                    if mnum.group("n") and not count.numbers:
                        count.numbers = [int(mnum.group("n"))]
                    if mnum.group("num"):
                        count.case_number = _clean_number(mnum.group("num"))
                    last_kind = "count"
                    continue
            mf = FLAG.match(t)
            if mf and count is not None:
                self.used(i)
                count.flags.append(mf.group("flag"))
                continue
            target: _Count | _Update | None = update if update is not None else count
            md = DISPO.match(t)
            if md:
                self.used(i)
                text = re.sub(r"\s+", " ", md.group("text").strip())
                if "DECEASED" in text:
                    self.deceased_event = True
                if target is None:
                    update = _Update(date=None, line=i)
                    ev.updates.append(update)
                    target = update
                target.dispos.append(text)
                last_kind = ""
                continue
            ms = CONV_STATUS.match(t)
            if ms and target is not None:
                self.used(i)
                target.conv_status = ms.group("text").strip()
                last_kind = ""
                continue
            msen = SEN.match(t)
            if msen and target is not None:
                self.used(i)
                target.sentence.append(msen.group("text").strip())
                last_kind = "sen"
                continue
            mcc = COMMENT_CHARGE.match(t)
            if mcc and count is not None:
                self.used(i)
                count.comments.append(s)
                if count.section is None or count.see_comment:
                    self._set_section(count, mcc.group("section"), mcc.group("code"), None, s)
                    if count.see_comment:
                        count.description = None  # "SEE COMMENT FOR CHARGE" stays in statute_raw
                last_kind = "com"
                continue
            mcom = COM.match(t)
            if mcom and (target is not None or count is not None):
                self.used(i)
                (target if target is not None else count).comments.append(mcom.group("text").strip())  # type: ignore[union-attr]
                last_kind = "com"
                continue
            if DETAIL.match(t) and count is not None:
                self.used(i)
                count.details.append(s)
                last_kind = "conv_of" if CONTINUED_DETAIL.match(t) else "detail"
                continue
            # Continuations of a sentence or a comment that wrapped.
            if last_kind == "sen" and target is not None and (t.startswith("     ") or SENTENCE_WORDS.match(t)):
                self.used(i)
                target.sentence.append(s)
                continue
            if last_kind == "com" and t.startswith("     "):
                self.used(i)
                holder = target if target is not None else count
                if holder is not None and holder.comments:
                    holder.comments[-1] += " " + s
                continue
            if last_kind == "conv_of" and count is not None:
                self.used(i)
                count.details.append(s)
                continue
            # The charge line: the first text line of a count.
            if count is None and ev.kind == "registration" and (CHARGE.match(t) or SECTION_ONLY.match(t)):
                count = _Count(numbers=[1], case_number=None, line=i)
                ev.counts.append(count)
            if count is not None and count.charge_raw is None and update is None:
                if SECTION_ONLY.match(t) and pending_section is None:
                    pending_section = (i, s)
                    self.used(i)
                    continue
                joined = s if pending_section is None else f"{pending_section[1]} {s}"
                pending_section = None
                self.used(i)
                count.charge_raw = joined
                mch = CHARGE.match(joined)
                if mch and mch.group("code") in CODES:
                    self._set_section(count, mch.group("section"), mch.group("code"), mch.group("desc"), joined)
                else:
                    count.description = joined
                    if SEE_COMMENT.search(joined):
                        count.see_comment = True
                    elif ev.kind == "court":
                        self.unsure(
                            f"count on line {self.lines[count.line].number}", joined,
                            "no code section could be read in the charge line", i,
                        )
                last_kind = "charge"
                continue
            if pending_section is not None:
                self.unplaced(pending_section[0])
                pending_section = None
            self.unplaced(i)
        if notice:
            self.trailing_notices.append(" ".join(notice))
        return events

    def _set_section(self, count: _Count, section: str, code: str, desc: str | None, raw: str) -> None:
        section = re.sub(r"\s+(?=\()", "", section.strip())
        m = re.match(r"^((?:\d{1,2}\s+)?\d+(?:\.\d+)?[A-Z]?)(.*)$", section)
        base, sub = (m.group(1), m.group(2)) if m else (section, "")
        # A trailing letter glued to the number is a subdivision in old sheets (11357B).
        count.section = re.sub(r"\s+", " ", base)
        count.subsection = sub
        count.code = code
        if desc is not None:
            count.description = desc.strip() or None
        count.charge_raw = count.charge_raw or raw


def _clean_number(number: str | None) -> str | None:
    if number is None:
        return None
    n = re.sub(r"\s+", " ", number.strip())
    # OCR reads 0 as O inside numbers: "17CRO001" -> "17CR0001", "12O45" -> "12045".
    n = re.sub(r"(?<=\d)O|(?<=^\d)O", "0", n)
    n = re.sub(r"^(\d+[A-Z]+)O(?=\d{2,}$)", r"\g<1>0", n)
    return n or None


# --------------------------------------------------------------------------
# Building the record

_SENT_PART = re.compile(
    r"(?P<n>\d+)\s*(?P<unit>YEARS?|YRS?|MONTHS?|MOS?|DAYS?|DYS?|HOURS?|HRS?)\s*(?P<kind>PROBATION|PROB|JAIL|JL|PRISON|CYA|DJJ)?"
)
_KIND_OF = {"PROBATION": SentenceKind.PROBATION, "PROB": SentenceKind.PROBATION, "JAIL": SentenceKind.JAIL,
            "JL": SentenceKind.JAIL, "PRISON": SentenceKind.PRISON, "CYA": SentenceKind.PRISON,
            "DJJ": SentenceKind.PRISON}


def _add(start: date, n: int, unit: str) -> date:
    u = unit[0]
    if u == "Y":
        n, u = n * 12, "M"
    if u == "M":
        month = start.month - 1 + n
        year, month = start.year + month // 12, month % 12 + 1
        for day in (start.day, 30, 29, 28):
            try:
                return date(year, month, day)
            except ValueError:
                continue
    from datetime import timedelta

    if u == "D":
        return start + timedelta(days=n)
    return start + timedelta(hours=n)


def parse_sentence(raw: str, start: date | None) -> Sentence:
    """``3 YEARS PROBATION, 30 DAYS JAIL, FINE, RESTN`` -> the longest-running part.

    The end is the start plus the longest part (probation usually), because
    that is when the person stops serving; unknown when no part has a length.
    """
    text = re.sub(r"\s+", " ", raw.strip().rstrip(","))
    parts: list[dict[str, Any]] = []
    best: tuple[date, SentenceKind, str] | None = None
    for m in _SENT_PART.finditer(text):
        kind_word = m.group("kind")
        if kind_word is None:
            continue
        kind = _KIND_OF[kind_word]
        n, unit = int(m.group("n")), m.group("unit")
        unit_word = {"Y": "years", "M": "months", "D": "days", "H": "hours"}[unit[0]]
        length = f"{n} {unit_word if n != 1 else unit_word[:-1]}"
        parts.append({"kind": kind.value, "length": length})
        if start is not None:
            end = _add(start, n, unit)
            rank = {SentenceKind.PROBATION: 3, SentenceKind.PRISON: 2, SentenceKind.JAIL: 1}
            if best is None or end > best[0] or (end == best[0] and rank.get(kind, 0) > rank.get(best[1], 0)):
                best = (end, kind, length)
        elif best is None:
            best = (date.min, kind, length)
    if best is not None:
        return Sentence(
            kind=best[1], length=best[2], start=start, end=best[0] if start is not None else None,
            raw=text, extra={"parts": parts} if len(parts) > 1 else {},
        )
    if re.search(r"\bFINE\b", text):
        return Sentence(kind=SentenceKind.FINE, start=start, raw=text)
    return Sentence(raw=text, start=start)


_LEVELS = {"FELONY": Level.FELONY, "MISDEMEANOR": Level.MISDEMEANOR, "INFRACTION": Level.INFRACTION}
_SET_ASIDE = re.compile(r"SET\s*ASIDE|1203\.4|1203\.41|1203\.42|1203\.49|1203\.4A|VACATED")
_PROP64 = re.compile(r"11361\.[89]|PROP(?:OSITION)?\s*64")
_PROP64_DISMISS = re.compile(r"DISM|SEAL|VACAT|SET\s*ASIDE")


def map_disposition(text: str) -> Disposition | None:
    """A DISPO text -> the contract disposition; None when it is not one (e.g. PAROLED)."""
    t = text.upper()
    if t.startswith("CONVICTED") or t.startswith("CONV "):
        if _SET_ASIDE.search(t):
            return Disposition.SET_ASIDE
        return Disposition.CONVICTED
    if _SET_ASIDE.search(t):
        return Disposition.SET_ASIDE
    if t.startswith("DISMISS") or "CHARGE DROPPED" in t:
        return Disposition.DISMISSED
    if t.startswith("ACQUIT") or "NOT GUILTY" in t:
        return Disposition.ACQUITTED
    if re.match(r"PROS\s*REJ|DA\s*REJ|DET(?:ENTION)?\s*ONLY|RELEASED|COMPLAINT\s*NOT\s*FILED|NO\s*COMPLAINT|"
                r"REL/TOT|LAW\s*ENF\s*REL", t):
        return Disposition.RELEASED_WITHOUT_CHARGING
    if t.startswith("PENDING") or "CASE PENDING" in t:
        return Disposition.PENDING
    return None


def _level(text: str | None) -> Level | None:
    if not text:
        return None
    return next((lvl for word, lvl in _LEVELS.items() if word in text.upper()), None)


def _case_county(court: str | None) -> str | None:
    if not court:
        return None
    m = re.match(r"^CA[A-Z]{2}\s+(?P<name>.+)$", court)
    if not m:
        return None
    name = re.sub(r"\s+CO(?:UNTY)?\.?$", "", m.group("name").split(",")[0].strip())
    if court.startswith("CASC") or name in COUNTIES:
        return name
    return None


class _Builder:
    def __init__(self, parser: _Parser, report: ImportReport) -> None:
        self.p = parser
        self.report = report

    @staticmethod
    def _updates_for(ev: _Event, c: _Count) -> list[_Update]:
        """The later updates that apply to count ``c``.

        An update is printed under the count above it, but a PC 1203.4 set-aside
        dismisses the whole judgment (every convicted count of the event), and a
        Proposition 64 update under a non-cannabis count belongs to the cannabis
        counts of the event.
        """
        def is_cannabis(x: _Count) -> bool:
            return x.section in ("11357", "11358", "11359", "11360") and x.code == "HS"

        event_has_cannabis = any(is_cannabis(x) for x in ev.counts)
        out: list[_Update] = []
        for owner in ev.counts:
            for u in owner.updates:
                text = " ".join(u.dispos).upper()
                if owner is c:
                    if _PROP64.search(text) and not is_cannabis(c) and event_has_cannabis:
                        continue
                    out.append(u)
                elif _PROP64.search(text):
                    if is_cannabis(c) and not is_cannabis(owner):
                        out.append(u)
                elif _SET_ASIDE.search(text) and any(map_disposition(d) is Disposition.CONVICTED for d in c.dispos):
                    out.append(u)
        return sorted(out, key=lambda u: u.line)

    def _charge(self, ev: _Event, c: _Count, number: int, ci: int) -> Charge:
        p = self.p
        event_date = ev.date
        statute = None
        statute_raw = None
        if c.section is not None and c.code is not None:
            sub = re.sub(r"\(([A-Z0-9]+)\)", lambda m: f"({m.group(1).lower()})", c.subsection)
            statute = f"{c.section}{sub} {c.code}"
            statute_raw = f"{c.section}{c.subsection} {c.code}"
        dispo_texts = list(c.dispos)
        disposition: Disposition | None = None
        raw_first = next((d for d in dispo_texts if map_disposition(d) is not None), None)
        if raw_first is not None:
            disposition = map_disposition(raw_first)
        elif dispo_texts and ev.kind == "court":
            p.unsure(f"cases[{ci}] count {number}", dispo_texts[0], "not a known disposition", c.line)
        disposition_date = event_date if disposition is not None else None
        level = _level(c.conv_status)
        if c.conv_status and level is None:
            p.unsure(f"cases[{ci}] count {number}", c.conv_status, "not a known conviction status", c.line)
        sentence = parse_sentence(" ".join(c.sentence), event_date) if c.sentence else None
        extra: dict[str, Any] = {}
        if c.conv_status:
            extra["conv_status_raw"] = c.conv_status
        if c.comments:
            extra["comments"] = list(c.comments)
        if c.details:
            extra["details"] = list(c.details)
        if c.flags:
            extra["flags"] = list(c.flags)
        if event_date is not None:
            extra["event_date"] = event_date.isoformat()
        if c.case_number:
            extra["case_number"] = c.case_number
        extra["count"] = number
        raw_parts = [raw_first] if raw_first else dispo_texts[:1]
        updates_out: list[dict[str, Any]] = []
        for u in self._updates_for(ev, c):
            updates_out.append(
                {"date": u.date.isoformat() if u.date else None, "dispo": list(u.dispos),
                 "sentence": " ".join(u.sentence) or None, "conv_status": u.conv_status,
                 "comments": list(u.comments)}
            )
            for text in u.dispos:
                upper = text.upper()
                if _PROP64.search(upper):
                    extra["prop64_relief"] = {"kind": "dismissed" if _PROP64_DISMISS.search(upper) else "reduced",
                                              "text": text, "date": u.date.isoformat() if u.date else None}
                    if _PROP64_DISMISS.search(upper):
                        disposition = Disposition.SET_ASIDE
                        disposition_date = u.date or disposition_date
                    raw_parts.append(text)
                elif _SET_ASIDE.search(upper) and disposition in (Disposition.CONVICTED, None):
                    disposition = Disposition.SET_ASIDE
                    disposition_date = u.date or disposition_date
                    raw_parts.append(text)
                elif "PROBATION REVOKED" in upper or "PROB REVOKED" in upper:
                    if sentence is not None:
                        sentence = Sentence(kind=sentence.kind, length=sentence.length, start=sentence.start,
                                            end=sentence.end, revoked=True, raw=sentence.raw, extra=sentence.extra)
                    raw_parts.append(text)
                elif disposition is None and (mapped := map_disposition(text)) is not None:
                    disposition = mapped
                    disposition_date = u.date
                    raw_parts.append(text)
            if u.sentence:
                new = parse_sentence(" ".join(u.sentence), u.date or event_date)
                revoked = sentence.revoked if sentence is not None else False
                sentence = Sentence(kind=new.kind, length=new.length, start=new.start, end=new.end,
                                    revoked=revoked, raw=new.raw,
                                    extra={**new.extra, "original": sentence.raw if sentence else None})
            if u.conv_status and _level(u.conv_status) is not None:
                if level is not None and _level(u.conv_status) != level:
                    extra["level_original"] = level.value
                level = _level(u.conv_status)
        if updates_out:
            extra["updates"] = updates_out
        attempt = "ATTEMPTED" in c.flags
        if disposition is None and ev.kind == "court" and not dispo_texts:
            p.unsure(f"cases[{ci}] count {number}", c.charge_raw or "", "no disposition under this count", c.line)
        return Charge(
            statute=statute,
            statute_raw=statute_raw or c.charge_raw,
            description=c.description,
            level=level,
            disposition=disposition or Disposition.UNKNOWN,
            disposition_raw="; ".join(x for x in raw_parts if x) or None,
            disposition_date=disposition_date,
            sentence=sentence,
            attempt=attempt,
            section=c.section,
            code=c.code,
            extra=extra,
        )

    def _case(self, ev: _Event, arrest: _Event | None, ci: int, cycle_no: int) -> Case:
        charges: list[Charge] = []
        for c in ev.counts:
            for number in c.numbers or [len(charges) + 1]:
                charges.append(self._charge(ev, c, number, ci))
        numbers = [c.case_number for c in ev.counts if c.case_number]
        case_number = numbers[0] if numbers and ev.kind == "court" else None
        other = [n for n in dict.fromkeys(numbers) if n != case_number]
        if arrest is not None and arrest is not ev:
            other += [n for n in dict.fromkeys(c.case_number for c in arrest.counts if c.case_number)
                      if n != case_number and n not in other]
        for c in ev.counts:
            for d in c.details:
                if mm := re.search(r"CRT\s*#\s*(\S+)", d):
                    if mm.group(1) not in other:
                        other.append(mm.group(1))
        extra: dict[str, Any] = {"event": ev.kind, "cycle": cycle_no}
        if ev.date is not None:
            extra["event_date"] = ev.date.isoformat()
        if ev.nam:
            extra["nam"] = ev.nam
        if ev.kind != "court":
            extra["event_label"] = ev.label_raw
        if arrest is not None and arrest is not ev:
            arrest_statutes = [f"{c.section}{c.subsection} {c.code}" for c in arrest.counts if c.section and c.code]
            if arrest_statutes:
                extra["arrest_statutes"] = arrest_statutes
        for u in ev.updates:
            extra.setdefault("updates", []).append(
                {"date": u.date.isoformat() if u.date else None, "dispo": list(u.dispos)}
            )
        court = ev.agency if ev.kind == "court" else None
        county = _case_county(ev.agency if ev.kind == "court" else (arrest.agency if arrest else ev.agency))
        if ev.kind == "court" and county is None and ev.agency:
            self.p.unsure(f"cases[{ci}].county", ev.agency, "the court's county is not known: check it", ev.line)
        arrest_ev = arrest if arrest is not None else (ev if ev.kind == "arrest" else None)
        return Case(
            case_number=case_number,
            other_numbers=tuple(other),
            county=county,
            court=court,
            arrest_date=arrest_ev.date if arrest_ev else None,
            agency=arrest_ev.agency if arrest_ev else None,
            charges=tuple(charges),
            extra=extra,
        )

    def build(self, filename: str | None) -> Record:
        p = self.p
        cases: list[Case] = []
        registrations: list[str] = []
        registration_events: list[dict[str, Any]] = []
        other_events: list[dict[str, Any]] = []
        for cycle_no, events in enumerate(p.cycles, start=1):
            has_court = any(e.kind == "court" for e in events)
            arrest: _Event | None = None
            for ev in events:
                if ev.kind == "arrest":
                    arrest = ev
                    if not has_court:
                        cases.append(self._case(ev, None, len(cases), cycle_no))
                elif ev.kind == "court":
                    cases.append(self._case(ev, arrest, len(cases), cycle_no))
                elif ev.kind == "custody" and not has_court and ev.counts:
                    cases.append(self._case(ev, arrest, len(cases), cycle_no))
                elif ev.kind == "registration":
                    for c in ev.counts:
                        statute = f"{c.section}{c.subsection} {c.code}" if c.section and c.code else c.charge_raw
                        if statute:
                            registrations.append(statute)
                            registration_events.append(
                                {"statute": statute, "section": c.section,
                                 "date": ev.date.isoformat() if ev.date else None, "agency": ev.agency}
                            )
                else:
                    other_events.append(
                        {"kind": ev.kind, "label": ev.label_raw, "date": ev.date.isoformat() if ev.date else None,
                         "agency": ev.agency,
                         "counts": [c.charge_raw or c.description for c in ev.counts],
                         "dispo": [d for c in ev.counts for u in c.updates for d in u.dispos]
                         + [d for u in ev.updates for d in u.dispos]}
                    )
        banner = [n for n in p.notices if re.search(r"\bDECEASED\b", n)]
        deceased: bool | None = True if p.deceased_event else (None if banner else False)
        if banner and not p.deceased_event:
            self.report.notes.append(
                "the header has a DECEASED notice but no DECEASED event: check whether the person is deceased"
            )
        person_extra: dict[str, Any] = {}
        other_dobs = [d for d in dict.fromkeys(p.dobs[1:]) if d != p.dobs[0]]
        if other_dobs:
            person_extra["other_dobs"] = [f"{d[0:4]}-{d[4:6]}-{d[6:8]}" for d in other_dobs]
        if p.other_cii:
            person_extra["other_cii"] = p.other_cii
        if registration_events:
            person_extra["registration_events"] = registration_events
        if p.header_supervision:
            person_extra["header_supervision"] = p.header_supervision
        dob = _date8(p.dobs[0]) if p.dobs else None
        ids: dict[str, str | None] = {"cii": p.cii, "fbi": p.fbi}
        person = Person(
            name=p.name,
            aliases=tuple(dict.fromkeys(a for a in p.aliases if a != p.name)),
            dob=dob,
            ids=ids,
            deceased=deceased,
            registrations=tuple(dict.fromkeys(registrations)),
            extra=person_extra,
        )
        record_extra: dict[str, Any] = {}
        notices = p.notices + p.trailing_notices
        if notices:
            record_extra["notices"] = notices
        if other_events:
            record_extra["other_events"] = other_events
        return Record(
            jurisdiction=Jurisdiction.CA,
            person=person,
            cases=tuple(cases),
            source=Source(format=NAME, file=filename, warnings=tuple(self.report.warnings())),
            extra=record_extra,
        )


def read(pages: list[TextPage], filename: str | None = None) -> ReadResult:
    """Read a CA DOJ rap sheet (text, text PDF or OCR of a scan)."""
    lines = numbered_lines(pages)
    report = ImportReport(format=NAME)
    parser = _Parser(lines, report)
    parser.parse()
    if parser.name is None and not parser.cycles:
        raise ReadError(
            "this does not look like a California DOJ rap sheet: no NAM/ line and no * * * * cycles found"
        )
    record = _Builder(parser, report).build(filename)
    return ReadResult(record=record, report=report, text="\n".join(ln.text for ln in lines))


FORMAT = TextFormat(
    name=NAME,
    description="California DOJ rap sheet (record review): text, PDF or scan",
    detect=detect,
    read=read,
)
