"""The California DOJ bulk research file (ca-doj.md section 2) -> one record per subject.

The file has 95 comma-separated columns, one row per count per event, with or
without a header row. :func:`iter_people` reads it as a stream: it never holds
more than one subject's rows, so memory stays flat whatever the file size.

**Assumption: the rows of one subject are contiguous.** DOJ research files are
written subject by subject, so a change of ``SUBJECT_ID`` ends a person. If a
subject's rows turn up again after other subjects, the later rows are yielded
as a second record for the same subject, marked with
``source.extra["fragment"] = 2`` (3, ...) and a warning; the batch service
merges fragments before it reports (see ``services/batch.py``). Keeping a set
of the subject ids seen costs a few bytes per person, not per row.

A row that cannot be used (wrong column count, bad date, no readable charge)
is yielded as a :class:`RowError` in file order and skipped; the person's
record carries a warning naming the line, so nothing is dropped silently.

How rows become a record:

- a person is ``SUBJECT_ID``; name ``PRI_NAME``, date of birth ``PRI_DOB``;
- a ``COURT ACTION`` event is a case: rows sharing the event part of
  ``CNT_ORDER`` (its first 6 digits), the event date, county and court case
  number; each row is a charge (rows repeating a ``CNT_ORDER`` update that
  charge, e.g. a later 1203.4 set-aside);
- ``ARREST/DETAINED/CITED`` events give the arrest date, agency and offense
  date of the court cases in the same cycle (first 3 digits of ``CNT_ORDER``);
- a ``REGISTRATION`` event for an offense starting with ``290`` is a PC 290
  registration; a ``DECEASED`` event marks the subject deceased.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
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
from reliefdesk.model.construct import maker
from reliefdesk.model.memo import iso, remembered
from reliefdesk.readers.base import ImportReport, ReadError, ReadResult, SourceLine, TextFormat, TextPage

FORMAT_NAME = "ca-doj-bulk"

COLUMNS: tuple[str, ...] = (
    "RECORD_ID", "SUBJECT_STATUS", "SUBJECT_ID", "REQ_SEG_SEP", "REQ_CII_NUMBER", "REQ_NAME", "REQ_GENDER",
    "REQ_DOB", "REQ_CDL", "REQ_SSN", "PII_SEG_SEP", "CII_NUMBER", "PRI_NAME", "GENDER", "PRI_DOB", "PRI_SSN",
    "PRI_CDL", "PRI_IDN", "PRI_INN", "FBI_NUMBER", "PDR_SEG_SEP", "RACE_CODE", "RACE_DESCR", "EYE_COLOR_CODE",
    "EYE_COLOR_DESCR", "HAIR_COLOR_CODE", "HAIR_COLOR_DESCR", "HEIGHT", "WEIGHT", "SINGLE_SOURCE",
    "MULTI_SOURCE", "POB_CODE", "POB_NAME", "POB_TYPE", "CITIZENSHIP_LIST", "CYC_SEG_SEP", "CYC_ORDER",
    "CYC_DATE", "STP_SEG_SEP", "STP_ORDER", "STP_EVENT_DATE", "STP_TYPE_CODE", "STP_TYPE_DESCR",
    "STP_ORI_TYPE", "STP_ORI_TYPE_DESCR", "STP_ORI_CODE", "STP_ORI_DESCR", "STP_ORI_CNTY_CODE",
    "STP_ORI_CNTY_NAME", "CNT_SEG_SEP", "CNT_ORDER", "DISP_DATE", "OFN", "OFFENSE_CODE", "OFFENSE_DESCR",
    "OFFENSE_TOC", "OFFENSE_QUAL_LST", "DISP_OFFENSE_CODE", "DISP_OFFENSE_DESCR", "DISP_OFFENSE_TOC",
    "DISP_OFFENSE_QUAL_LST", "CONV_OFFENSE_ORDER", "CONV_OFFENSE_CODE", "CONV_OFFENSE_DESCR",
    "CONV_OFFENSE_TOC", "CONV_OFFENSE_QUAL_LST", "FE_NUM_ORDER", "FE_NUM_ARR_AGY", "FE_NUM_BNCH_WARR",
    "FE_NUM_CITE", "FE_NUM_DOCKET", "FE_NUM_INCIDENT", "FE_NUM_BOOKING", "FE_NUM_NUMBER", "FE_NUM_REMAND",
    "FE_NUM_OOS_INN", "FE_NUM_CRT_CASE", "FE_NUM_WARRANT", "DISP_ORDER", "DISP_CODE", "DISP_DESCR",
    "CONV_STAT_CODE", "CONV_STAT_DESCR", "SENT_SEG_SEP", "SENT_ORDER", "SENT_LOC_CODE", "SENT_LOC_DESCR",
    "SENT_LENGTH", "SENT_TIME_CODE", "SENT_TIME_DESCR", "CYC_AGE", "CII_TYPE", "CII_TYPE_ALPHA",
    "COMMENT_TEXT", "END_OF_REC",
)  # fmt: skip
N_COLUMNS = len(COLUMNS)
_I = {name: i for i, name in enumerate(COLUMNS)}
SUBJECT_ID = _I["SUBJECT_ID"]
CII_NUMBER = _I["CII_NUMBER"]
PRI_NAME = _I["PRI_NAME"]
PRI_DOB = _I["PRI_DOB"]
FBI_NUMBER = _I["FBI_NUMBER"]
CYC_DATE = _I["CYC_DATE"]
STP_EVENT_DATE = _I["STP_EVENT_DATE"]
STP_TYPE_DESCR = _I["STP_TYPE_DESCR"]
STP_ORI_DESCR = _I["STP_ORI_DESCR"]
STP_ORI_CNTY_NAME = _I["STP_ORI_CNTY_NAME"]
CNT_ORDER = _I["CNT_ORDER"]
OFN = _I["OFN"]
OFFENSE_DESCR = _I["OFFENSE_DESCR"]
OFFENSE_TOC = _I["OFFENSE_TOC"]
FE_NUM_CRT_CASE = _I["FE_NUM_CRT_CASE"]
DISP_DESCR = _I["DISP_DESCR"]
CONV_STAT_DESCR = _I["CONV_STAT_DESCR"]
SENT_LOC_DESCR = _I["SENT_LOC_DESCR"]
SENT_LENGTH = _I["SENT_LENGTH"]
SENT_TIME_CODE = _I["SENT_TIME_CODE"]
COMMENT_TEXT = _I["COMMENT_TEXT"]

#: Row problems reported in errors.csv (stable codes).
WRONG_COLUMNS = "WRONG_COLUMN_COUNT"
BAD_DATE = "BAD_DATE"
UNKNOWN_CODE = "UNKNOWN_CODE"
NO_SUBJECT = "NO_SUBJECT_ID"
CSV_ERROR = "CSV_ERROR"


@dataclass(frozen=True)
class RowError:
    """One input row that could not be used, and why."""

    line: int  # 1-based physical line where the row starts
    code: str  # one of the constants above
    problem: str  # one line for a person: what is wrong
    subject_id: str | None = None
    raw: tuple[str, ...] = ()

    def as_row(self) -> list[str]:
        return [str(self.line), self.subject_id or "", self.code, self.problem, ",".join(self.raw)]


ERROR_HEADER = ("line", "subject_id", "code", "problem", "row")

# --------------------------------------------------------------------------
# Field readers

_CHARGE_RE = re.compile(
    r"^\s*(\d+(?:\.\d+)?[A-Z]?)\s*((?:\(\s*[0-9A-Za-z]{1,4}\s*\))*)\s*([A-Z]{2,3})?\b",
)
_SUB_RE = re.compile(r"\(\s*([0-9A-Za-z]{1,4})\s*\)")
_COUNTY_WORDS = {"OF": "of", "DE": "de"}


def parse_charge(text: str) -> tuple[str, str, str | None, str] | None:
    """``'11357(C)HS-POSSESS MARIJUANA'`` -> ``('11357', '(c)', 'HS', 'POSSESS MARIJUANA')``.

    The charge is the part before the first ``-`` (ca-doj.md section 2); None
    when it holds no code section. The section is the base number (as the
    record contract has it: ``"section": "11358"``); subdivisions go into
    the statute (``11357(c) HS``).
    """
    try:
        return _charges[text]
    except KeyError:
        pass
    head, _, descr = text.partition("-")
    m = _CHARGE_RE.match(head)
    if m is None:
        got = None
    else:
        sub = "".join(f"({s.lower()})" for s in _SUB_RE.findall(m.group(2))) if m.group(2) else ""
        got = m.group(1), sub, m.group(3), descr.strip()
    if len(_charges) < 20_000:  # a bulk file repeats a few hundred charge texts; the tuple is immutable
        _charges[text] = got
    return got


_charges: dict[str, tuple[str, str, str | None, str] | None] = {}
#: charge text -> (statute, statute_raw) of the charges made from it.
_statutes: dict[str, tuple[str, str]] = {}


_date_cache: dict[str, date | None] = {"": None}
_NOT_SEEN = date.min  # compared by identity: a parsed 00010101 is another object


def parse_date(text: str) -> date | None:
    """``YYYYMMDD`` -> date; ValueError when malformed, None when blank."""
    got = _date_cache.get(text, _NOT_SEEN)
    if got is not _NOT_SEEN:
        return got
    s = text.strip()
    if not s:
        if len(_date_cache) < 100_000:
            _date_cache[text] = None
        return None
    if len(s) != 8 or not s.isdigit():
        raise ValueError(text)
    d = date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    if len(_date_cache) < 100_000:
        _date_cache[text] = d
    return d


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return date(year, month, 28)  # pragma: no cover


_SENT_KIND = {
    "PROBATION": SentenceKind.PROBATION,
    "JAIL": SentenceKind.JAIL,
    "PRISON": SentenceKind.PRISON,
    "FINE": SentenceKind.FINE,
}
_UNIT = {"D": "days", "M": "months", "Y": "years"}


_make_sentence = maker(Sentence)
_make_charge = maker(Charge)
_make_case = maker(Case)
_make_person = maker(Person)
_make_record = maker(Record)
_make_source = maker(Source)

#: (SENT_LOC_DESCR, SENT_LENGTH, SENT_TIME_CODE) -> (kind, length text, raw text, unit, number); None: no sentence.
_sentence_parts: dict[tuple[str, str, str], tuple[SentenceKind | None, str | None, str, str, int] | None] = {}


def _sentence_of(where_raw: str, length_raw: str, unit_raw: str) -> tuple[SentenceKind | None, str | None, str, str, int] | None:
    key = (where_raw, length_raw, unit_raw)
    try:
        return _sentence_parts[key]
    except KeyError:
        pass
    where, length, unit = where_raw.strip(), length_raw.strip(), unit_raw.strip()
    got: tuple[SentenceKind | None, str | None, str, str, int] | None
    if not where and not length:
        got = None
    else:
        kind = _SENT_KIND.get(where.split(" ", 1)[0]) if where else None
        n = int(length) if length.isdigit() and unit in _UNIT else -1
        text_length = f"{n} {_UNIT[unit]}" if n >= 0 else None
        got = kind, text_length, " ".join(p for p in (where, length, unit) if p), unit, n
    if len(_sentence_parts) < 20_000:  # a bulk file repeats a few hundred sentences
        _sentence_parts[key] = got
    return got


def _sentence(row: list[str], start: date) -> Sentence | None:
    parts = _sentence_of(row[SENT_LOC_DESCR], row[SENT_LENGTH], row[SENT_TIME_CODE])
    if parts is None:
        return None
    kind, text_length, raw, unit, n = parts
    end: date | None = None
    if n >= 0:
        try:
            if unit == "D":
                end = date.fromordinal(start.toordinal() + n)
            elif unit == "M":
                end = _add_months(start, n)
            else:
                end = _add_months(start, 12 * n)
        except (ValueError, OverflowError):
            end = None
    return _make_sentence(kind=kind, length=text_length, start=start, end=end, raw=raw)


@remembered(20_000)
def _disposition(text: str) -> Disposition:
    t = text.strip()
    if not t:
        return Disposition.UNKNOWN
    if "1203.4" in t or "SET ASIDE" in t or "11361.8" in t:
        return Disposition.SET_ASIDE
    if t.startswith("CONVICTED"):
        return Disposition.CONVICTED
    if t.startswith("DISMISSED"):
        return Disposition.DISMISSED
    if t.startswith("ACQUITTED") or "NOT GUILTY" in t:
        return Disposition.ACQUITTED
    if t.startswith(("PROS REJ", "DET ONLY", "RELEASED", "REL/")):
        return Disposition.RELEASED_WITHOUT_CHARGING
    return Disposition.UNKNOWN


def _level(row: list[str]) -> Level | None:
    return _level_of(row[CONV_STAT_DESCR], row[OFFENSE_TOC])


@remembered(1_000)
def _level_of(stat_raw: str, toc_raw: str) -> Level | None:
    stat = stat_raw.strip()
    if stat == "FELONY":
        return Level.FELONY
    if stat == "MISDEMEANOR":
        return Level.MISDEMEANOR
    if stat == "INFRACTION":
        return Level.INFRACTION
    if not stat:
        toc = toc_raw.strip()
        return {"F": Level.FELONY, "M": Level.MISDEMEANOR, "I": Level.INFRACTION}.get(toc)
    return None


_county_cache: dict[str, str] = {}


def county_name(text: str) -> str | None:
    """``'SAN JOAQUIN'`` -> ``'San Joaquin'``."""
    got = _county_cache.get(text)
    if got is not None:
        return got
    t = text.strip()
    if not t:
        return None
    name = " ".join(_COUNTY_WORDS.get(w, w.capitalize()) for w in t.split())
    if len(_county_cache) < 10_000:
        _county_cache[text] = name
    return name


def _charge_text(row: list[str]) -> str:
    offense = row[OFFENSE_DESCR].strip()
    if not offense or offense == "SEE COMMENT FOR CHARGE":
        return row[COMMENT_TEXT].strip()
    return offense


# --------------------------------------------------------------------------
# Building a person


class _Builder:
    """Collects one subject's usable rows, then makes the record."""

    __slots__ = ("arrests", "cases", "cycles", "deceased", "dob", "first_line", "ids", "name", "registrations",
                 "rows", "subject_id", "warnings")  # fmt: skip

    def __init__(self, subject_id: str, first_line: int) -> None:
        self.subject_id = subject_id
        self.first_line = first_line
        self.name: str | None = None
        self.dob: date | None = None
        self.ids: dict[str, str | None] = {"doj_subject_id": subject_id}
        self.deceased = False
        self.registrations: list[str] = []
        # case key -> [court, county, case number, date, {cnt_order: Charge}, cycle, CYC_DATE, offense date,
        #              arrest, arrests seen] (the last three as known when the case's first row came)
        self.cases: dict[tuple[str, str, str, str], list[object]] = {}
        # cycle -> [(arrest date, agency)]
        self.cycles: dict[str, list[tuple[date, str | None]]] = {}
        self.arrests = 0  # arrest rows added so far
        self.rows = 0
        self.warnings: list[str] = []

    def add(self, row: list[str], line: int) -> RowError | None:
        kind = row[STP_TYPE_DESCR].strip()
        try:
            # parse_date's cache, looked up here first (two dates on every row).
            dob = _date_cache.get(row[PRI_DOB], _NOT_SEEN)
            if dob is _NOT_SEEN:
                dob = parse_date(row[PRI_DOB])
            when = _date_cache.get(row[STP_EVENT_DATE], _NOT_SEEN)
            if when is _NOT_SEEN:
                when = parse_date(row[STP_EVENT_DATE])
        except ValueError:
            bad = row[PRI_DOB] if not _date_ok(row[PRI_DOB]) else row[STP_EVENT_DATE]
            return self._error(line, BAD_DATE, f"{bad.strip()!r} is not a date (YYYYMMDD)", row)
        if self.name is None and row[PRI_NAME].strip():
            self.name = row[PRI_NAME].strip()
            if row[CII_NUMBER].strip():
                self.ids["cii"] = row[CII_NUMBER].strip()
            if row[FBI_NUMBER].strip():
                self.ids["fbi"] = row[FBI_NUMBER].strip()
        if self.dob is None:
            self.dob = dob
        self.rows += 1
        if kind == "COURT ACTION":
            if when is None:
                return self._error(line, BAD_DATE, "court action without an event date (STP_EVENT_DATE)", row)
            text = _charge_text(row)
            parsed = parse_charge(text)
            if parsed is None:
                return self._error(line, UNKNOWN_CODE, f"no code section in the charge {text!r}", row)
            self._court(row, line, when, parsed, text)
        elif kind.startswith("ARREST"):
            cnt = row[CNT_ORDER]
            if when is not None:
                self.cycles.setdefault(cnt[:3], []).append((when, row[STP_ORI_DESCR].strip() or None))
                self.arrests += 1
        elif kind == "REGISTRATION":
            if row[OFFENSE_DESCR].lstrip().startswith("290"):
                if "290 PC" not in self.registrations:
                    self.registrations.append("290 PC")
        elif kind.startswith("DECEASED"):
            self.deceased = True
        return None

    def _error(self, line: int, code: str, problem: str, row: list[str]) -> RowError:
        self.warnings.append(f"line {line}: not used: {problem}")
        return RowError(line, code, problem, self.subject_id, tuple(row))

    def _court(self, row: list[str], line: int, when: date, parsed: tuple[str, str, str | None, str],
               text: str) -> None:  # fmt: skip
        """One ``COURT ACTION`` row: a charge (``text``: its charge text, :func:`_charge_text`)."""
        cnt = row[CNT_ORDER].strip()
        case_no = row[FE_NUM_CRT_CASE].strip() or row[OFN].strip()
        county = row[STP_ORI_CNTY_NAME]
        key = (cnt[:6], row[STP_EVENT_DATE], county, case_no)
        case = self.cases.get(key)
        if case is None:
            # The arrest and offense date as known now (arrest rows usually come first); record() looks
            # again only if arrest rows came later.
            arrest = self._arrest(cnt[:3], when)
            offense = _safe_date(row[CYC_DATE]) or (arrest[0] if arrest is not None else None)
            case = [row[STP_ORI_DESCR].strip() or None, county_name(county), case_no or None, when, {}, cnt[:3],
                    row[CYC_DATE], offense, arrest, self.arrests]  # fmt: skip
            self.cases[key] = case
        charges: dict[str, Charge] = case[4]  # type: ignore[assignment]
        section, sub, code, descr = parsed
        disposition_raw = row[DISP_DESCR].strip()
        disposition = _disposition(disposition_raw)
        old = charges.get(cnt)
        if old is not None:
            # A second row for the same count: a later update (set-aside, relief) or a repeat.
            if disposition is Disposition.UNKNOWN or disposition is old.disposition:
                return
            if disposition is Disposition.SET_ASIDE and old.disposition is Disposition.CONVICTED:
                charges[cnt] = _make_charge(
                    statute=old.statute, statute_raw=old.statute_raw, description=old.description,
                    level=old.level, offense_date=old.offense_date, disposition=Disposition.SET_ASIDE,
                    disposition_raw=disposition_raw, disposition_date=when, sentence=old.sentence,
                    section=old.section, code=old.code, extra={**old.extra, "update_line": line},
                )  # fmt: skip
                return
            cnt = f"{cnt}#{line}"
        named = _statutes.get(text)
        if named is None:
            named = (f"{section}{sub} {code}" if code else f"{section}{sub}", text.partition("-")[0].strip())
            if len(_statutes) < 20_000:
                _statutes[text] = named
        charges[cnt] = _make_charge(
            statute=named[0],
            statute_raw=named[1],
            description=descr or None,
            level=_level_of(row[CONV_STAT_DESCR], row[OFFENSE_TOC]),
            disposition=disposition,
            disposition_raw=disposition_raw or None,
            disposition_date=when,
            sentence=_sentence(row, when),
            section=section,
            code=code,
            extra={"line": line, "cnt_order": row[CNT_ORDER].strip()},
            offense_date=case[7],
        )

    def _arrest(self, cycle: str, when: date) -> tuple[date, str | None] | None:
        """The latest arrest of the same cycle on or before the court date."""
        best = None
        for a in self.cycles.get(cycle, ()):
            if a[0] <= when and (best is None or a[0] > best[0]):
                best = a
        return best

    def record(self, end_line: int, fragment: int, filename: str | None) -> Record:
        cases = []
        arrests = self.arrests
        for court, county, case_no, when, charges, cycle, cyc_date, known, arrest, seen in self.cases.values():
            offense_date: date | None
            if seen == arrests:
                offense_date = known  # type: ignore[assignment]
            else:  # arrest rows came after the case's first court row
                arrest = self._arrest(cycle, when)  # type: ignore[arg-type]
                offense_date = _safe_date(cyc_date) or (arrest[0] if arrest is not None else None)  # type: ignore[arg-type]
            arrest_date = arrest[0] if arrest is not None else None  # type: ignore[index]
            chs = tuple(charges.values())  # type: ignore[attr-defined]
            if offense_date != known:  # an arrest row came after the court rows
                chs = tuple(_with_offense_date(c, offense_date) for c in chs)
            cases.append(
                _make_case(
                    case_number=case_no,
                    county=county,
                    court=court,
                    arrest_date=arrest_date,
                    agency=arrest[1] if arrest is not None and arrest_date is not None else None,  # type: ignore[index]
                    charges=chs,
                    extra={"event_date": iso(when)},  # type: ignore[arg-type]
                )
            )
        warnings = list(self.warnings)
        extra: dict[str, object] = {"first_line": self.first_line, "end_line": end_line, "rows": self.rows}
        if fragment > 1:
            extra["fragment"] = fragment
            warnings.append(
                f"subject {self.subject_id}: rows continue at line {self.first_line} after other subjects "
                "(the file is not grouped by SUBJECT_ID)"
            )
        return _make_record(
            jurisdiction=Jurisdiction.CA,
            person=_make_person(
                name=self.name,
                dob=self.dob,
                ids=self.ids,
                deceased=self.deceased,
                registrations=tuple(self.registrations),
            ),
            cases=tuple(cases),
            source=_make_source(format=FORMAT_NAME, file=filename, warnings=tuple(warnings), extra=extra),
        )


def _date_ok(text: str) -> bool:
    try:
        parse_date(text)
    except ValueError:
        return False
    return True


def _safe_date(text: str) -> date | None:
    try:
        return parse_date(text)
    except ValueError:
        return None


def _with_offense_date(c: Charge, d: date | None) -> Charge:
    return _make_charge(
        statute=c.statute, statute_raw=c.statute_raw, description=c.description, level=c.level,
        offense_date=d, disposition=c.disposition, disposition_raw=c.disposition_raw,
        disposition_date=c.disposition_date, sentence=c.sentence, section=c.section, code=c.code,
        extra=c.extra,
    )  # fmt: skip


# --------------------------------------------------------------------------
# Streaming


def is_header(row: list[str]) -> bool:
    return bool(row) and row[0].strip().upper() == "RECORD_ID" and "SUBJECT_ID" in (c.strip().upper() for c in row)


@dataclass
class RowGroup:
    """The usable-shaped rows of one subject, before they become a record (cheap to pickle)."""

    subject_id: str
    fragment: int
    first_line: int
    end_line: int
    rows: list[tuple[int, list[str]]]
    warnings: list[str]
    #: Whether a row may name HS 11357-11360 (:func:`may_have_prop64`), noted while grouping; None: not looked.
    prop64: bool | None = None


def _names_prop64(row: list[str], search: Any) -> bool:
    """:func:`may_have_prop64` for one row ("113" first: a plain substring test, true for every match)."""
    offense, comment = row[OFFENSE_DESCR], row[COMMENT_TEXT]
    return bool(("113" in offense and search(offense)) or ("113" in comment and search(comment))) and \
        row[STP_TYPE_DESCR].strip() == "COURT ACTION"  # fmt: skip


def iter_groups(
    reader: Iterator[list[str]], *, skip_lines: int = 0, line_offset: int = 0, header: bool = True
) -> Iterator[RowGroup | RowError]:
    """Group csv rows by subject, in file order; rows of the wrong shape come out as RowError.

    ``reader`` is a ``csv.reader`` (its ``line_num`` gives physical lines, so
    quoted fields holding line breaks still give the right line numbers).
    ``line_offset`` is the number of physical lines before the reader's text
    (a block of :func:`iter_block_spans`); ``header`` whether its first row may be
    the header row. Each group notes whether it may hold a Prop 64 charge
    (``RowGroup.prop64``), so bulk review need not look at its rows again.
    """
    group: RowGroup | None = None
    rows: list[tuple[int, list[str]]] = []
    sid_now = ""
    p64 = False
    seen: set[str] = set()
    fragments: dict[str, int] = {}
    prev_line = line_offset  # physical lines consumed before the current row
    first = header
    rdr = reader
    counted = hasattr(rdr, "line_num")
    search = _PROP64_TEXT.search
    n_columns = N_COLUMNS
    while True:
        try:
            for row in rdr:
                line = prev_line + 1
                prev_line = rdr.line_num + line_offset if counted else line  # type: ignore[attr-defined]
                if first:
                    first = False
                    if is_header(row):
                        continue
                if line <= skip_lines:
                    continue
                if len(row) != n_columns:
                    if not row or (len(row) == 1 and not row[0].strip()):
                        continue  # a blank line
                    sid = row[SUBJECT_ID].strip() if len(row) > SUBJECT_ID else None
                    err = RowError(line, WRONG_COLUMNS, f"{len(row)} columns instead of {N_COLUMNS}", sid, tuple(row))
                    if group is not None and sid == sid_now:
                        group.warnings.append(f"line {line}: not used: {err.problem}")
                    yield err
                    continue
                sid = row[SUBJECT_ID]
                if sid != sid_now or group is None:
                    sid = sid.strip()
                    if group is None or sid != sid_now:
                        if not sid:
                            yield RowError(line, NO_SUBJECT, "no SUBJECT_ID", None, tuple(row))
                            continue
                        if group is not None:
                            group.end_line = line - 1
                            group.prop64 = p64
                            yield group
                        if sid in seen:
                            fragments[sid] = fragment = fragments.get(sid, 1) + 1
                        else:
                            seen.add(sid)
                            fragment = 1
                        rows = []
                        group = RowGroup(sid, fragment, line, line, rows, [])
                        sid_now = sid
                        p64 = False
                if not p64:
                    # _names_prop64, inline (this loop runs for every row of the file).
                    offense, comment = row[OFFENSE_DESCR], row[COMMENT_TEXT]
                    if (("113" in offense and search(offense)) or ("113" in comment and search(comment))) and \
                            row[STP_TYPE_DESCR].strip() == "COURT ACTION":  # fmt: skip
                        p64 = True
                rows.append((line, row))
            break
        except csv.Error as exc:
            now = getattr(rdr, "line_num", prev_line + 1 - line_offset) + line_offset
            if now > skip_lines:
                yield RowError(prev_line + 1, CSV_ERROR, f"not readable as CSV ({exc})")
            prev_line = now
    if group is not None:
        group.end_line = prev_line
        group.prop64 = p64
        yield group


def _cut(buf: bytes) -> int:
    """The latest point in ``buf`` where one subject's rows end and another's begin; 0 when none is sure.

    ``buf`` (the file's bytes) starts at a record boundary. Only a boundary
    between two plain rows (no quote, exactly 95 fields, a subject id each,
    the ids differ) is taken, and only where the quotes before it are
    balanced (not inside a quoted field), so the rows on both sides group
    exactly as one pass over the whole file groups them.
    """
    end = buf.rfind(b"\n")
    if end < 0:
        return 0
    start = buf.rfind(b"\n", 0, end) + 1  # the last complete line is buf[start:end]
    line = buf[start:end]
    for _ in range(500):
        if start == 0:
            return 0
        prev_start = buf.rfind(b"\n", 0, start - 1) + 1
        prev = buf[prev_start : start - 1]
        a, b = _plain_subject(line), _plain_subject(prev)
        if a and b and a != b and buf.count(b'"', 0, start) % 2 == 0:
            return start
        start, line = prev_start, prev
    return 0


def _plain_subject(line: bytes) -> str:
    """The subject of a line that is a whole row of 95 fields by itself; "" otherwise."""
    if line.count(b'"') % 2:
        return ""
    try:
        row = next(csv.reader([line.decode("utf-8", errors="replace")]))
    except (csv.Error, StopIteration):
        return ""
    return row[SUBJECT_ID].strip() if len(row) == N_COLUMNS else ""


def iter_block_spans(
    f: Any, block_bytes: int, *, skip_lines: int = 0, max_bytes: int = 0
) -> Iterator[tuple[bytes, int, int]]:
    """The bytes of a DOJ file in blocks of whole subjects: (block, lines before it, byte offset).

    ``f`` is the file opened in binary. A block is about ``block_bytes``
    long, or longer when one subject's rows are (:func:`iter_block_groups`
    decodes and parses one). ``skip_lines`` resumes after that many physical
    lines. With ``max_bytes``, each block is twice the size of the one before,
    up to ``max_bytes`` (the first results come soon, and the later blocks
    cost less each). Cuts fall after a line feed, which is never part of a
    multi-byte UTF-8 character, so the blocks decode to exactly the text of
    the whole file.
    """
    for buf, cut, line0, offset, _lines in _block_cuts(f, block_bytes, skip_lines, max_bytes):
        yield buf[:cut], line0, offset


def iter_block_positions(
    f: Any, block_bytes: int, *, skip_lines: int = 0, max_bytes: int = 0
) -> Iterator[tuple[int, int, int, int]]:
    """The blocks of :func:`iter_block_spans` as positions: (byte offset, length, lines before, lines through).

    What the main process of a batch sends its workers, which read each block
    from the file themselves: it only cuts, and copies no block.
    """
    for _buf, cut, line0, offset, lines in _block_cuts(f, block_bytes, skip_lines, max_bytes):
        yield offset, cut, line0, line0 + lines


def _block_cuts(f: Any, block_bytes: int, skip_lines: int, max_bytes: int) -> Iterator[tuple[bytes, int, int, int, int]]:
    """(buffer, end of the block in it, lines before the block, its byte offset, its line feeds)."""
    line0 = 0
    buf = b""
    offset = 0  # of buf[0] in the file
    while line0 < skip_lines:
        data = f.read(block_bytes)
        if not data:
            return
        buf += data
        while line0 < skip_lines:
            nl = buf.find(b"\n")
            if nl < 0:
                break
            buf = buf[nl + 1 :]
            offset += nl + 1
            line0 += 1
    while True:
        data = f.read(block_bytes)
        if not data:
            break
        buf += data
        if len(buf) < block_bytes:
            continue
        cut = _cut(buf)
        if cut:
            lines = buf.count(b"\n", 0, cut)
            yield buf, cut, line0, offset, lines
            buf = buf[cut:]
            offset += cut
            line0 += lines
            if max_bytes > block_bytes:
                block_bytes = min(2 * block_bytes, max_bytes)
    if buf:
        yield buf, len(buf), line0, offset, buf.count(b"\n")


def iter_block_groups(block: bytes | str, line0: int) -> Iterator[RowGroup | RowError]:
    """:func:`iter_groups` over one block of :func:`iter_block_spans` (the header row only in the first).

    Bytes are decoded as the whole-file readers decode the file (UTF-8, a
    byte-order mark dropped at the start, undecodable bytes replaced).
    """
    if isinstance(block, str):
        stream: Any = io.StringIO(block, newline="")
    else:
        # A text wrapper reads lines for csv faster than StringIO does (about a quarter of the parse).
        stream = io.TextIOWrapper(io.BytesIO(block), encoding="utf-8-sig" if line0 == 0 else "utf-8",
                                  errors="replace", newline="")  # fmt: skip
    return iter_groups(csv.reader(stream), line_offset=line0, header=line0 == 0)


def build_record(group: RowGroup, filename: str | None = None) -> tuple[Record, list[RowError]]:
    """The record of one subject's rows, and the rows that could not be used."""
    builder = _Builder(group.subject_id, group.first_line)
    builder.warnings.extend(group.warnings)
    errors = []
    for line, row in group.rows:
        err = builder.add(row, line)
        if err is not None:
            errors.append(err)
    return builder.record(group.end_line, group.fragment, filename), errors


#: Any HS 11357-11360 section in a charge field (a superset: "111357" matches too, which only costs time).
_PROP64_TEXT = re.compile(r"1135[789]|11360")


def may_have_prop64(group: RowGroup) -> bool:
    """Whether any court row's charge text could name HS 11357-11360 (else no charge of the record is one).

    Charges come only from ``COURT ACTION`` rows (arrests give dates), and
    the section of every charge comes from ``OFFENSE_DESCR`` or, for
    ``SEE COMMENT FOR CHARGE``, ``COMMENT_TEXT`` (:func:`_charge_text`), so
    a group none of whose rows holds such a number there has no Prop 64
    charge and its record need not be built to know it.
    """
    if group.prop64 is not None:
        return group.prop64
    search = _PROP64_TEXT.search
    return any(_names_prop64(row, search) for _, row in group.rows)


@dataclass(frozen=True)
class Facts:
    """What bulk review needs of a person with no Prop 64 charge (:func:`person_facts`)."""

    name: str | None
    dob: date | None
    deceased: bool
    convictions: int  # charges convicted (not set aside), as in the built record
    felonies: int  # of those, felonies


class _FactsBuilder(_Builder):
    """:class:`_Builder` that keeps only each charge's disposition and level (no Charge objects)."""

    __slots__ = ("counts",)

    def __init__(self, subject_id: str, first_line: int) -> None:
        super().__init__(subject_id, first_line)
        self.counts: dict[tuple[tuple[str, str, str, str], str], tuple[Disposition, Level | None]] = {}

    def _court(self, row: list[str], line: int, when: date, parsed: tuple[str, str, str | None, str],
               text: str) -> None:  # fmt: skip
        # The same charge keys and update rules as _Builder._court.
        cnt = row[CNT_ORDER].strip()
        case_no = row[FE_NUM_CRT_CASE].strip() or row[OFN].strip()
        key = (cnt[:6], row[STP_EVENT_DATE], row[STP_ORI_CNTY_NAME], case_no)
        disposition = _disposition(row[DISP_DESCR])
        old = self.counts.get((key, cnt))
        if old is not None:
            if disposition is Disposition.UNKNOWN or disposition is old[0]:
                return
            if disposition is Disposition.SET_ASIDE and old[0] is Disposition.CONVICTED:
                self.counts[(key, cnt)] = (Disposition.SET_ASIDE, old[1])
                return
            cnt = f"{cnt}#{line}"
        self.counts[(key, cnt)] = (disposition, _level(row))


def person_facts(group: RowGroup) -> tuple[Facts, list[RowError]]:
    """Name, birth date, death and conviction counts of a subject, and its unusable rows.

    The same figures and errors as :func:`build_record` gives, at a fraction
    of the cost: for the people bulk review only lists (no Prop 64 charge).
    """
    builder = _FactsBuilder(group.subject_id, group.first_line)
    errors = []
    for line, row in group.rows:
        err = builder.add(row, line)
        if err is not None:
            errors.append(err)
    convictions = felonies = 0
    for disposition, level in builder.counts.values():
        if disposition is Disposition.CONVICTED:
            convictions += 1
            if level is Level.FELONY:
                felonies += 1
    return Facts(builder.name, builder.dob, builder.deceased, convictions, felonies), errors


def iter_rows_people(
    reader: Iterator[list[str]],
    *,
    skip_lines: int = 0,
    filename: str | None = None,
) -> Iterator[Record | RowError]:
    """Records and row errors from csv rows, in file order."""
    for item in iter_groups(reader, skip_lines=skip_lines):
        if isinstance(item, RowError):
            yield item
            continue
        record, errors = build_record(item, filename)
        yield from errors
        yield record


def iter_people(path: str | Path, *, skip_lines: int = 0) -> Iterator[Record | RowError]:
    """Stream ``path`` person by person, in file order, with unusable rows as :class:`RowError`.

    ``skip_lines`` resumes after that many physical lines (the ``end_line``
    of the last finished person, in ``record.source.extra``).
    """
    p = Path(path)
    if not p.is_file():
        raise ReadError(f"{p} does not exist or is not a file: check the path")
    with p.open(encoding="utf-8-sig", errors="replace", newline="") as f:
        yield from iter_rows_people(csv.reader(f), skip_lines=skip_lines, filename=p.name)


def merge_fragments(records: Iterable[Record]) -> Record:
    """One record from the fragments of a subject whose rows were not contiguous."""
    parts = list(records)
    first = parts[0]
    cases = tuple(c for r in parts for c in r.cases)
    person = first.person
    regs = tuple(dict.fromkeys(x for r in parts for x in (r.person.registrations or ())))
    person = Person(
        name=person.name or next((r.person.name for r in parts if r.person.name), None),
        dob=person.dob or next((r.person.dob for r in parts if r.person.dob), None),
        ids=person.ids,
        deceased=any(bool(r.person.deceased) for r in parts),
        registrations=regs,
    )
    warnings = tuple(dict.fromkeys(w for r in parts for w in r.source.warnings))
    extra = {**first.source.extra, "fragments": len(parts)}
    extra.pop("fragment", None)
    return Record(
        jurisdiction=Jurisdiction.CA,
        person=person,
        cases=cases,
        source=Source(format=FORMAT_NAME, file=first.source.file, warnings=warnings, extra=extra),
    )


# --------------------------------------------------------------------------
# The single-person reader (``reliefdesk parse/analyze --format ca-doj-bulk``)


def _detect(text: str) -> float:
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    if first.upper().startswith("RECORD_ID") and "SUBJECT_ID" in first.upper():
        return 0.95
    if first.count(",") >= N_COLUMNS - 1:
        return 0.9
    return 0.0


def _read(pages: list[TextPage], filename: str | None) -> ReadResult:
    text = "\n".join(p.text for p in pages)
    reader = csv.reader(text.splitlines())
    records: list[Record] = []
    report = ImportReport(format=FORMAT_NAME)
    lines = text.splitlines()
    for item in iter_rows_people(reader, filename=filename):
        if isinstance(item, RowError):
            report.unplaced.append(SourceLine(item.line, lines[item.line - 1] if item.line <= len(lines) else ""))
            report.notes.append(f"line {item.line}: {item.problem}")
        else:
            records.append(item)
    subjects = list(dict.fromkeys(r.person.ids.get("doj_subject_id") for r in records))
    if not records:
        raise ReadError("no usable row in this DOJ bulk file: check that it is the 95-column research file")
    if len(subjects) > 1:
        raise ReadError(
            f"this DOJ bulk file holds {len(subjects)} people: use `reliefdesk batch` for more than one person"
        )
    record = merge_fragments(records) if len(records) > 1 else records[0]
    return ReadResult(record=record, report=report, text=text)


FORMAT = TextFormat(
    name=FORMAT_NAME,
    description="California DOJ bulk research file (95 columns, one row per count per event)",
    detect=_detect,
    read=_read,
)
