"""Spreadsheets (CSV, XLSX) with a header row: one row per charge.

Clinic intake sheets and prosecutors' lists name their columns every which way
(``Case Number``, ``case_no``, ``CASE_NUM``). A :class:`ColumnMapping` says which
column holds which record field: :func:`guess_mapping` guesses it from the
headers, the volunteer confirms or edits it, and :func:`save_mapping` remembers
it by header signature (``<data folder>/mappings/<signature>.json``), so the next
export with the same headers reads without asking.

Rows sharing a person key (an id column, else name + date of birth) are one
person; rows sharing a case number are one case. Cell text goes through the
same Illinois vocabulary as the rap sheet reader (dispositions, sentences,
classes, statutes), so ``FG``, ``Nolle Prosequi`` and ``Supervision - satisfactorily
terminated`` mean what they mean on paper.
"""

from __future__ import annotations

import collections
import contextlib
import csv
import functools
import gc
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from reliefdesk.model import (
    Case,
    Charge,
    Disposition,
    Jurisdiction,
    Level,
    OffenseClass,
    Person,
    Record,
    Source,
)
from reliefdesk.readers import il_vocab as vocab
from reliefdesk.readers.base import (
    ImportReport,
    ReadError,
    ReadResult,
    SourceLine,
    TextFormat,
    TextPage,
    Unsure,
)
from reliefdesk.readers.cleanup import collapse
from reliefdesk.readers.dates import first_date
from reliefdesk.readers.il_build import ChargeDraft, CycleDraft, Event, Note, charge_from_draft
from reliefdesk.readers.merge import case_key

NAME = "csv"
MAX_ROWS = 200_000

#: Record field -> header spellings (compared without case, spaces or punctuation).
FIELDS: dict[str, tuple[str, ...]] = {
    "person_id": ("personid", "clientid", "client", "clientno", "clientnumber", "subjectid", "defendantid", "pid", "id",
                  "intakeid", "intakeno"),
    "name": ("name", "fullname", "defendant", "defendantname", "subject", "subjectname", "clientname", "person"),
    "last_name": ("lastname", "last", "surname", "familyname", "lname", "defendantlastname"),
    "first_name": ("firstname", "first", "givenname", "fname", "defendantfirstname"),
    "middle_name": ("middlename", "middle", "middleinitial", "mi", "mname"),
    "dob": ("dob", "dateofbirth", "birthdate", "birthday", "bdate", "defendantdob"),
    "sid": ("sid", "sidno", "sidnumber", "stateid", "ispno", "ispnumber"),
    "fbi": ("fbi", "fbino", "fbinumber"),
    "ir": ("ir", "irno", "irnumber", "cpdir"),
    "case_number": ("casenumber", "caseno", "casenum", "case", "courtcase", "courtcasenumber", "courtcaseno",
                    "docket", "docketnumber", "docketno", "caseid"),
    "other_numbers": ("dcn", "cbno", "cbnumber", "cb", "rdno", "rd", "agencycaseno", "agencycasenumber",
                      "relatedcase", "othernumbers"),
    "county": ("county", "countyname"),
    "court": ("court", "courtname", "courtroom", "branch", "courthouse"),
    "arrest_date": ("arrestdate", "dateofarrest", "arrdate", "arrested"),
    "agency": ("agency", "arrestingagency", "arragency", "policeagency", "agencyname"),
    "statute": ("statute", "statutecitation", "citation", "ilcs", "chargestatute", "section", "offensecode",
                "chargecode"),
    "description": ("description", "chargedescription", "offense", "offensedescription", "charge", "chargename",
                    "offensename", "desc"),
    "class": ("class", "offenseclass", "chargeclass", "classtype", "level", "offenselevel", "felonymisdemeanor",
              "type", "severity"),
    "offense_date": ("offensedate", "dateofoffense", "violationdate", "incidentdate"),
    "disposition": ("disposition", "disp", "dispo", "outcome", "finding", "result", "dispositiondescription"),
    "disposition_date": ("dispositiondate", "dispdate", "dateofdisposition", "dispodate"),
    "sentence": ("sentence", "sent", "sentencedescription", "sentenceimposed", "penalty"),
    "sentence_date": ("sentencedate", "sentdate", "datesentenced", "sentencestart", "sentencestartdate"),
    "sentence_end": ("sentenceend", "sentenceenddate", "enddate", "dischargedate", "msrdischarge",
                     "terminationdate", "completiondate"),
}  # fmt: skip
#: Fields a sheet must map for its rows to be charges.
CHARGE_FIELDS = ("statute", "description", "disposition", "case_number")


_NOT_HEADER_CHAR = re.compile(r"[^0-9a-z#]")
_EXCEL_SERIAL = re.compile(r"[2-7]\d{4}(?:\.0+)?")
_PLAIN_DATE = re.compile(r"(\d\d/\d\d/\d{4})|(\d{4}-\d\d-\d\d)")


def _norm(header: str) -> str:
    return _NOT_HEADER_CHAR.sub("", header.lower()).replace("#", "no")


def signature(headers: Sequence[str]) -> str:
    """The header signature a saved mapping is remembered by."""
    text = "\x1f".join(_norm(h) for h in headers)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class ColumnMapping:
    """Which column holds which record field. ``columns`` maps a field name
    (a key of :data:`FIELDS`) to the header text as printed."""

    headers: tuple[str, ...]
    columns: dict[str, str] = field(default_factory=dict)
    guessed: bool = True

    @property
    def signature(self) -> str:
        return signature(self.headers)

    def column(self, name: str) -> str | None:
        return self.columns.get(name)

    def unmapped_headers(self) -> list[str]:
        used = set(self.columns.values())
        return [h for h in self.headers if h not in used]

    def to_dict(self) -> dict[str, Any]:
        return {"schema": "reliefdesk.mapping/1", "signature": self.signature, "headers": list(self.headers),
                "columns": dict(self.columns)}  # fmt: skip

    @classmethod
    def from_dict(cls, data: Any) -> ColumnMapping:
        if not isinstance(data, dict) or not isinstance(data.get("headers"), list) or not isinstance(
            data.get("columns"), dict
        ):
            raise ReadError("the column mapping file is damaged: delete it and confirm the columns again")
        headers = tuple(str(h) for h in data["headers"])
        columns = {str(k): str(v) for k, v in data["columns"].items()}
        bad = [k for k, v in columns.items() if k not in FIELDS or v not in headers]
        if bad:
            raise ReadError(f"the column mapping names unknown fields or columns ({', '.join(bad)}): fix or delete it")
        return cls(headers=headers, columns=columns, guessed=False)


def guess_mapping(headers: Sequence[str]) -> ColumnMapping:
    """The best guess of which column is which, from the header names alone."""
    normed = [_norm(h) for h in headers]
    columns: dict[str, str] = {}
    taken: set[int] = set()
    # Exact spellings first, then headers that contain a spelling (``Charge Statute (ILCS)``).
    for exact in (True, False):
        for name, spellings in FIELDS.items():
            if name in columns:
                continue
            for i, h in enumerate(normed):
                if i in taken or not h:
                    continue
                if (h in spellings) if exact else any(len(s) >= 4 and s in h for s in spellings):
                    columns[name] = headers[i]
                    taken.add(i)
                    break
    # Extra number columns (CB and RD both present): all of them go to other_numbers.
    return ColumnMapping(headers=tuple(headers), columns=columns)


def mappings_dir() -> Path:
    from reliefdesk import paths

    return paths.data_dir() / "mappings"


def save_mapping(mapping: ColumnMapping) -> Path:
    folder = mappings_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{mapping.signature}.json"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(mapping.to_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
    return path


def load_mapping(headers: Sequence[str]) -> ColumnMapping | None:
    """The mapping saved for these headers, if any."""
    path = mappings_dir() / f"{signature(headers)}.json"
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise ReadError(f"the saved column mapping {path.name} is damaged: delete it and confirm the columns again") from None
    return ColumnMapping.from_dict(data)


def mapping_for(headers: Sequence[str]) -> ColumnMapping:
    return load_mapping(headers) or guess_mapping(headers)


# --------------------------------------------------------------------------
# Rows


@dataclass(frozen=True)
class Row:
    line: int  # line of the file the row starts on
    cells: Mapping[str, str]  # header -> cell text


def parse_table(text: str) -> tuple[list[str], list[Row]]:
    """Header and rows of CSV text (comma, semicolon or tab separated)."""
    headers, rows = iter_table(text)
    return headers, list(rows)


def iter_table(text: str, max_rows: int | None = MAX_ROWS) -> tuple[list[str], Iterator[Row]]:
    """Like :func:`parse_table`, the rows one at a time (header errors are raised at once,
    row errors when the row is reached). ``max_rows=None``: no row limit."""
    sample = text[:5000]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        headers = next(reader)
    except StopIteration:
        raise ReadError("the spreadsheet is empty: export it again with its header row") from None
    except csv.Error as exc:
        raise ReadError(f"the spreadsheet could not be read as CSV ({exc}): export it again") from None
    headers = [h.strip() for h in headers]
    if len([h for h in headers if h]) < 2:
        raise ReadError("the first row is not a header row: the first row must name the columns")
    return headers, _rows(reader, headers, max_rows)


def _rows(reader: Any, headers: list[str], max_rows: int | None) -> Iterator[Row]:
    named = [(i, h) for i, h in enumerate(headers) if h]
    n = 0
    start = reader.line_num + 1
    try:
        for cells in reader:
            if max_rows is not None and n >= max_rows:
                raise ReadError(f"the spreadsheet has more than {max_rows} rows: split it")
            if any(c.strip() for c in cells):
                width = len(cells)
                yield Row(start, {h: (cells[i].strip() if i < width else "") for i, h in named})
                n += 1
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ReadError(f"row near line {reader.line_num} is not valid CSV ({exc}): fix it or export again") from None


def _collapse(text: str) -> str:
    """:func:`collapse`, without the work for text already in that form (most cells)."""
    # Every whitespace character but the ASCII space is unprintable, so this test is exact.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return collapse(text)


def _read_date(text: str) -> tuple[date | None, str | None]:
    """A date cell's text -> (the date, why it is unsure) or (None, "not a date")."""
    plain = _PLAIN_DATE.fullmatch(text)
    if plain is not None:
        # 07/22/1975 or 1975-07-22 and nothing else: what first_date reads, without its search.
        us, iso = plain.group(1, 2)
        y, m, d = (int(us[6:]), int(us[:2]), int(us[3:5])) if us else (int(iso[:4]), int(iso[5:7]), int(iso[8:]))
        if 1900 <= y <= 2099:
            try:
                return date(y, m, d), None
            except ValueError:
                pass  # 14/03/1986 and the like: the full reading below
    return _read_other_date(text)


@functools.lru_cache(maxsize=8192)
def _read_other_date(text: str) -> tuple[date | None, str | None]:
    """Any other date cell (an Excel serial, 3/14/86, 14-MAR-1986 ...); sheets repeat them, so cached."""
    if _EXCEL_SERIAL.fullmatch(text):
        # An Excel date serial (days since 1899-12-30), as .xlsx files store dates.
        return date(1899, 12, 30) + timedelta(days=int(float(text))), None
    got = first_date(text, compact=True)
    if got is None:
        return None, "not a date"
    return got.value, got.unsure


@functools.lru_cache(maxsize=4096)
def _statute_span(text: str) -> tuple[int, int] | None:
    return vocab.find_statute(text)


@functools.lru_cache(maxsize=4096)
def _class_of(text: str) -> tuple[Level | None, OffenseClass | None] | None:
    got = vocab.find_class("CLASS " + text) or vocab.find_class(text)
    return None if got is None else (got.level, got.offense_class)


def _values(row: Row, mapping: ColumnMapping, only: frozenset[str] | None = None) -> dict[str, str]:
    """The row's mapped fields (``only`` these, if given), each cell collapsed (``_cell`` for every field at once)."""
    cells = row.cells
    return {name: _collapse(cells.get(col, "")) for name, col in mapping.columns.items()
            if col and (only is None or name in only)}  # fmt: skip


#: The fields :func:`_person_key` and the charge-row test read: all the passes that only group rows need.
_KEY_FIELDS = frozenset((*CHARGE_FIELDS, "person_id", "sid", "fbi", "ir", "name", "last_name", "first_name",
                         "middle_name", "dob"))  # fmt: skip


def _date_value(v: Mapping[str, str], name: str, line: int, notes: list[Note]) -> date | None:
    text = v.get(name, "")
    if not text:
        return None
    value, why = _read_date(text)
    if why:
        notes.append(Note(name, text, why, line))
    return value


_SUPERVISION_TEXT = {Disposition.SUPERVISION: "SUPERVISION SATISFACTORILY TERMINATED"}


@functools.lru_cache(maxsize=4096)
def _disposition_text(disposition: str) -> str:
    """A disposition cell as the rap-sheet vocabulary reads it (``supervision``: one that ended well)."""
    try:
        value = Disposition(disposition.lower())
    except ValueError:
        return disposition
    if value is Disposition.QUALIFIED_PROBATION:
        return "QUALIFIED PROBATION TERMINATED SATISFACTORILY"
    return _SUPERVISION_TEXT.get(value, disposition)


def row_to_charge(row: Row, mapping: ColumnMapping) -> tuple[Charge, list[Note]]:
    """One row as a charge, read with the Illinois vocabulary (reused by bulk review)."""
    return _charge_from_values(_values(row, mapping), row.line, mapping)


def _charge_from_values(v: Mapping[str, str], line: int, mapping: ColumnMapping) -> tuple[Charge, list[Note]]:
    notes: list[Note] = []
    draft = ChargeDraft(line=line)
    statute = v.get("statute", "")
    description = v.get("description", "")
    if statute:
        span = _statute_span(statute)
        draft.statute_raw = statute if span is None else collapse(statute[span[0] : span[1]])
    elif description and _statute_span(description):
        span = _statute_span(description)
        assert span is not None
        draft.statute_raw = collapse(description[span[0] : span[1]])
        description = collapse(description[: span[0]] + " " + description[span[1] :])
    draft.description = description or None
    klass = v.get("class", "")
    if klass:
        got = _class_of(klass)
        if got is None:
            notes.append(Note("class", klass, "not a class this program knows", line))
        else:
            draft.level, draft.offense_class = got
    draft.offense_date = _date_value(v, "offense_date", line, notes)
    disp_date = _date_value(v, "disposition_date", line, notes)
    disposition = v.get("disposition", "")
    if disposition:
        draft.events.append(Event("disp", disp_date, _disposition_text(disposition), line))
    sentence = v.get("sentence", "")
    if sentence:
        start = _date_value(v, "sentence_date", line, notes) or disp_date
        draft.events.append(Event("sentence", start, sentence, line))
    end = _date_value(v, "sentence_end", line, notes)
    if end is not None:
        draft.events.append(Event("end", end, f"{mapping.column('sentence_end')}: {v.get('sentence_end', '')}", line))
    charge, more = charge_from_draft(draft, CycleDraft(kind="csv", source=0, line=line))
    return charge, notes + draft.notes + more


def person_key(row: Row, mapping: ColumnMapping) -> str:
    return _person_key(_values(row, mapping))


def _note_row(report: ImportReport, row: Row, v: Mapping[str, str]) -> bool:
    """List ``row`` in the report as a charge line (True) or as a line not placed (False: no charge field)."""
    text = " | ".join(x for x in row.cells.values() if x)
    if not any(v.get(n) for n in CHARGE_FIELDS):
        report.unplaced.append(SourceLine(row.line, text))
        return False
    report.used.append(SourceLine(row.line, text, role="charge"))
    return True


def _person_key(v: Mapping[str, str]) -> str:
    for name in ("person_id", "sid", "fbi", "ir"):
        value = v.get(name, "")
        if value:
            return f"{name}:{value.upper()}"
    return f"name:{_person_name(v).upper()}|{v.get('dob', '')}"


def _person_name(v: Mapping[str, str]) -> str:
    name = v.get("name", "")
    if name:
        return name
    last, first, middle = (v.get(n, "") for n in ("last_name", "first_name", "middle_name"))
    if last or first:
        return collapse(f"{last}, {first} {middle}") if last else collapse(f"{first} {middle}")
    return ""


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a sheet's records are built.

    Building 100,000 charges makes only long-lived objects (no cycles), and every
    collection on the way would walk all of them again: about a fifth of the
    reading time. The collector's previous state is restored.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def rows_to_records(
    rows: Iterable[Row], mapping: ColumnMapping, filename: str | None = None, fmt: str = NAME
) -> tuple[list[Record], ImportReport]:
    """Rows -> one record per person, with the report (which rows were used, what was unsure).

    Rows of one person need not be together: they are grouped by :func:`person_key`
    (so the whole sheet is held; a sheet is at most :data:`MAX_ROWS` rows).
    """
    report = ImportReport(format=fmt)
    people: dict[str, list[tuple[Row, dict[str, str]]]] = {}
    other_columns = _other_number_columns(mapping)
    with _collector_paused():
        for row in rows:
            v = _values(row, mapping)
            if not _note_row(report, row, v):
                continue
            key = _person_key(v)
            group = people.get(key)
            if group is None:
                people[key] = [(row, v)]
            else:
                group.append((row, v))
        many = len(people) > 1
        records = [
            _person_record(group, mapping, filename, fmt, report, many, pi, other_columns)
            for pi, group in enumerate(people.values())
        ]
    return records, report


def person_row_counts(rows: Iterable[Row], mapping: ColumnMapping) -> dict[str, int]:
    """Person key -> how many charge rows that person has (``len()``: the number of people)."""
    totals: dict[str, int] = {}
    for row in rows:
        v = _values(row, mapping, _KEY_FIELDS)
        if any(v.get(n) for n in CHARGE_FIELDS):
            key = _person_key(v)
            totals[key] = totals.get(key, 0) + 1
    return totals


def stream_records(
    rows: Callable[[], Iterable[Row]], mapping: ColumnMapping, report: ImportReport,
    filename: str | None = None, fmt: str = NAME, totals: Mapping[str, int] | None = None,
) -> Iterator[Record]:
    """The records of :func:`rows_to_records`, in the same order and equal, one person at a time.

    ``rows`` is called twice (two passes: ``lambda: iter_table(text)[1]``). The first
    pass only counts each person's rows; the second yields a person as soon as
    all their rows have been read and everyone before them has been yielded. A
    sheet sorted or grouped by person is therefore read holding one person at a
    time; in a sheet whose people are scattered, a person waits (held in memory)
    until their last row, and so do the people after them. ``report`` gets the
    same entries as from :func:`rows_to_records`, in row order. ``totals``: the first
    pass, when the caller already made it (:func:`person_row_counts`, e.g. to know how
    many people there are).
    """
    other_columns = _other_number_columns(mapping)
    for group in stream_groups(rows, mapping, report, totals):
        pairs = [(row, _values(row, mapping)) for row in group.rows]
        yield _person_record(pairs, mapping, filename, fmt, report, group.many, group.index, other_columns)


@dataclass(frozen=True)
class PersonRows:
    """One person's rows of a sheet, in sheet order; :func:`person_record` makes the record
    (in another process, for a bulk review: rows are cheaper to send than records)."""

    index: int  # the person's place in the sheet (first row order)
    many: bool  # the sheet has more than one person
    rows: tuple[Row, ...]


def stream_groups(
    rows: Callable[[], Iterable[Row]], mapping: ColumnMapping, report: ImportReport,
    totals: Mapping[str, int] | None = None,
) -> Iterator[PersonRows]:
    """The people of :func:`stream_records` as their rows (``report``: used and unplaced rows only)."""
    if totals is None:
        totals = person_row_counts(rows(), mapping)
    many = len(totals) > 1
    pending: dict[str, list[Row]] = {}
    order: collections.deque[str] = collections.deque()
    pi = 0
    for row in rows():
        v = _values(row, mapping, _KEY_FIELDS)
        if not _note_row(report, row, v):
            continue
        key = _person_key(v)
        group = pending.get(key)
        if group is None:
            group = pending[key] = []
            order.append(key)
        group.append(row)
        while order and len(pending[order[0]]) >= totals.get(order[0], 0):
            yield PersonRows(pi, many, tuple(pending.pop(order.popleft())))
            pi += 1
    while order:  # only if ``rows`` gave fewer rows the second time
        yield PersonRows(pi, many, tuple(pending.pop(order.popleft())))
        pi += 1


def person_record(group: PersonRows, mapping: ColumnMapping, filename: str | None = None, fmt: str = NAME,
                  report: ImportReport | None = None) -> Record:
    """The record of one person's rows (what the reader was unsure of goes to ``report``, if given)."""
    pairs = [(row, _values(row, mapping)) for row in group.rows]
    return _person_record(pairs, mapping, filename, fmt, report if report is not None else ImportReport(format=fmt),
                          group.many, group.index, _other_number_columns(mapping))


def _person_record(
    rows: list[tuple[Row, dict[str, str]]], mapping: ColumnMapping, filename: str | None, fmt: str,
    report: ImportReport, many: bool, pi: int, other_columns: Sequence[str],
) -> Record:
    first, fv = rows[0]
    person_notes: list[Note] = []
    dob = _date_value(fv, "dob", first.line, person_notes)
    ids = {n: fv[n] for n in ("sid", "fbi", "ir") if fv.get(n)}
    cases: list[dict[str, Any]] = []
    by_key: dict[str, int] = {}
    prefix = f"people[{pi}]." if many else ""
    for row, v in rows:
        number = v.get("case_number") or None
        key = case_key(number) or f"row{row.line}"
        notes: list[Note] = []
        if key not in by_key:
            by_key[key] = len(cases)
            others = [x for x in (row.cells.get(c, "").strip() for c in other_columns) if x]
            cases.append({
                "case_number": number, "other_numbers": others, "county": v.get("county") or None,
                "court": v.get("court") or None,
                "arrest_date": _date_value(v, "arrest_date", row.line, notes),
                "agency": v.get("agency") or None, "charges": [],
            })  # fmt: skip
        ci = by_key[key]
        charge, charge_notes = _charge_from_values(v, row.line, mapping)
        cj = len(cases[ci]["charges"])
        cases[ci]["charges"].append(charge)
        for n in notes:
            report.unsure.append(Unsure(f"{prefix}cases[{ci}].{n.field}", n.value, n.why, row.line))
        for n in charge_notes:
            report.unsure.append(Unsure(f"{prefix}cases[{ci}].charges[{cj}].{n.field}", n.value, n.why, n.line or row.line))
    for n in person_notes:
        report.unsure.append(Unsure(f"{prefix}person.{n.field}", n.value, n.why, first.line))
    built = [
        Case(
            case_number=c["case_number"], other_numbers=tuple(c["other_numbers"]),
            county=c["county"] or ("Cook" if _cookish(c) else None),
            court=c["court"], arrest_date=c["arrest_date"], agency=c["agency"], charges=tuple(c["charges"]),
        )
        for c in cases
    ]  # fmt: skip
    return Record(
        jurisdiction=Jurisdiction.IL,
        person=Person(name=_person_name(fv) or None, dob=dob, ids=ids),
        cases=tuple(built),
        source=Source(format=fmt, file=filename),
    )


def _cookish(case: Mapping[str, Any]) -> bool:
    agency = (case.get("agency") or "").upper()
    return "CHICAGO" in agency or "COOK COUNTY" in agency or vocab.is_cook_case_number(case.get("case_number"))


def _other_number_columns(mapping: ColumnMapping) -> list[str]:
    spellings = FIELDS["other_numbers"]
    mapped = set(mapping.columns.values()) - {mapping.columns.get("other_numbers", "")}
    cols = [mapping.columns["other_numbers"]] if "other_numbers" in mapping.columns else []
    cols += [h for h in mapping.headers if _norm(h) in spellings and h not in mapped and h not in cols]
    return cols


def _check_mapping(mapping: ColumnMapping) -> None:
    if not any(mapping.column(n) for n in CHARGE_FIELDS):
        raise ReadError(
            "no column of this spreadsheet looks like a case number, statute, charge or disposition: "
            "name the columns in the import dialog (column mapping)"
        )


def read_csv(path: str | Path, mapping: ColumnMapping | None = None) -> list[Record]:
    """Every person in a CSV or XLSX file (the mapping: given, else saved, else guessed)."""
    p = Path(path)
    text = xlsx_text(p) if p.suffix.lower() == ".xlsx" else None
    if text is None:
        from reliefdesk.readers import extract_pages

        text = "\n".join(page.text for page in extract_pages(p))
    headers, rows = parse_table(text)
    mapping = mapping or mapping_for(headers)
    _check_mapping(mapping)
    records, _ = rows_to_records(rows, mapping, p.name)
    return records


def read(pages: list[TextPage], filename: str | None = None) -> ReadResult:
    """One person's spreadsheet (several people: ``reliefdesk batch``)."""
    text = "\n".join(p.text for p in pages)
    headers, rows = parse_table(text)
    mapping = mapping_for(headers)
    _check_mapping(mapping)
    records, report = rows_to_records(rows, mapping, filename)
    if not records:
        raise ReadError("this does not look like a rap sheet: no arrest, case or charge found")
    if len(records) > 1:
        raise ReadError(
            f"this spreadsheet holds {len(records)} people: import one person's rows, "
            "or use `reliefdesk batch` to review many people at once"
        )
    unmapped = mapping.unmapped_headers()
    if unmapped:
        report.notes.append(f"columns not read: {', '.join(unmapped)}")
    if mapping.guessed:
        report.notes.append("column mapping guessed from the headers: check it")
    return ReadResult(record=records[0], report=report, text=text)


def detect(text: str) -> float:
    first = text.split("\n", 1)[0]
    if first.count(",") + first.count(";") + first.count("\t") < 2:
        return 0.0
    try:
        headers = next(csv.reader(io.StringIO(first), csv.Sniffer().sniff(first, ",;\t|")))
    except (csv.Error, StopIteration):
        return 0.0
    mapping = guess_mapping([h.strip() for h in headers])
    hits = sum(1 for n in CHARGE_FIELDS if mapping.column(n))
    return 0.0 if hits == 0 else min(0.95, 0.5 + 0.15 * hits)


# --------------------------------------------------------------------------
# XLSX without a dependency: the first sheet's cells as CSV text


_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def xlsx_text(path: Path) -> str | None:
    """The first worksheet of an .xlsx file as CSV text, or None if it is not one."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return None
    with zf:
        names = set(zf.namelist())
        sheet = "xl/worksheets/sheet1.xml"
        if sheet not in names:
            sheets = sorted(n for n in names if n.startswith("xl/worksheets/sheet") and n.endswith(".xml"))
            if not sheets:
                raise ReadError(f"{path.name} has no worksheet: save it again as .xlsx or .csv")
            sheet = sheets[0]
        try:
            shared: list[str] = []
            if "xl/sharedStrings.xml" in names:
                root = ElementTree.fromstring(zf.read("xl/sharedStrings.xml"))
                for si in root.findall("m:si", _NS):
                    shared.append("".join(t.text or "" for t in si.iter(f"{{{_NS['m']}}}t")))
            root = ElementTree.fromstring(zf.read(sheet))
        except (ElementTree.ParseError, KeyError, zipfile.BadZipFile):
            raise ReadError(f"{path.name} is a damaged spreadsheet: save it again as .xlsx or .csv") from None
    out = io.StringIO()
    writer = csv.writer(out)
    for row in root.iter(f"{{{_NS['m']}}}row"):
        values: dict[int, str] = {}
        for c in row.findall("m:c", _NS):
            ref = c.get("r", "")
            col = _column_index(ref) if ref else len(values)
            kind = c.get("t")
            v = c.find("m:v", _NS)
            if kind == "s" and v is not None and v.text is not None and v.text.isdigit() and int(v.text) < len(shared):
                text = shared[int(v.text)]
            elif kind == "inlineStr":
                text = "".join(t.text or "" for t in c.iter(f"{{{_NS['m']}}}t"))
            else:
                text = v.text if v is not None and v.text is not None else ""
            values[col] = text
        if values:
            writer.writerow([values.get(i, "") for i in range(max(values) + 1)])
    return out.getvalue()


def _column_index(ref: str) -> int:
    n = 0
    for ch in ref:
        if ch.isalpha():
            n = n * 26 + (ord(ch.upper()) - 64)
        else:
            break
    return max(n - 1, 0)


FORMAT = TextFormat(
    name=NAME,
    description="Spreadsheet (CSV or XLSX) with a header row, one row per charge, read through a column mapping",
    detect=detect,
    read=read,
)
