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

import csv
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from reliefdesk.model import Case, Charge, Disposition, Jurisdiction, Person, Record, Source
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


def _norm(header: str) -> str:
    return re.sub(r"[^0-9a-z#]", "", header.lower()).replace("#", "no")


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
    rows: list[Row] = []
    start = reader.line_num + 1
    try:
        for cells in reader:
            if len(rows) >= MAX_ROWS:
                raise ReadError(f"the spreadsheet has more than {MAX_ROWS} rows: split it")
            if any(c.strip() for c in cells):
                rows.append(Row(start, {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(headers) if h}))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ReadError(f"row near line {reader.line_num} is not valid CSV ({exc}): fix it or export again") from None
    return headers, rows


def _cell(row: Row, mapping: ColumnMapping, name: str) -> str:
    col = mapping.column(name)
    return collapse(row.cells.get(col, "")) if col else ""


def _date_cell(row: Row, mapping: ColumnMapping, name: str, notes: list[Note]) -> date | None:
    text = _cell(row, mapping, name)
    if not text:
        return None
    if re.fullmatch(r"[2-7]\d{4}(?:\.0+)?", text):
        # An Excel date serial (days since 1899-12-30), as .xlsx files store dates.
        return date(1899, 12, 30) + timedelta(days=int(float(text)))
    got = first_date(text, compact=True)
    if got is None:
        notes.append(Note(name, text, "not a date", row.line))
        return None
    if got.unsure:
        notes.append(Note(name, text, got.unsure, row.line))
    return got.value


def row_to_charge(row: Row, mapping: ColumnMapping) -> tuple[Charge, list[Note]]:
    """One row as a charge, read with the Illinois vocabulary (reused by bulk review)."""
    notes: list[Note] = []
    draft = ChargeDraft(line=row.line)
    statute = _cell(row, mapping, "statute")
    description = _cell(row, mapping, "description")
    if statute:
        span = vocab.find_statute(statute)
        draft.statute_raw = statute if span is None else collapse(statute[span[0] : span[1]])
    elif description and vocab.find_statute(description):
        span = vocab.find_statute(description)
        assert span is not None
        draft.statute_raw = collapse(description[span[0] : span[1]])
        description = collapse(description[: span[0]] + " " + description[span[1] :])
    draft.description = description or None
    klass = _cell(row, mapping, "class")
    if klass:
        got = vocab.find_class("CLASS " + klass) or vocab.find_class(klass)
        if got is None:
            notes.append(Note("class", klass, "not a class this program knows", row.line))
        else:
            draft.level, draft.offense_class = got.level, got.offense_class
    draft.offense_date = _date_cell(row, mapping, "offense_date", notes)
    disp_date = _date_cell(row, mapping, "disposition_date", notes)
    disposition = _cell(row, mapping, "disposition")
    if disposition:
        try:
            value = Disposition(disposition.lower())
            disposition = {Disposition.SUPERVISION: "SUPERVISION SATISFACTORILY TERMINATED"}.get(value, disposition)
            if value is Disposition.QUALIFIED_PROBATION:
                disposition = "QUALIFIED PROBATION TERMINATED SATISFACTORILY"
        except ValueError:
            pass
        draft.events.append(Event("disp", disp_date, disposition, row.line))
    sentence = _cell(row, mapping, "sentence")
    if sentence:
        start = _date_cell(row, mapping, "sentence_date", notes) or disp_date
        draft.events.append(Event("sentence", start, sentence, row.line))
    end = _date_cell(row, mapping, "sentence_end", notes)
    if end is not None:
        draft.events.append(Event("end", end, f"{mapping.column('sentence_end')}: {_cell(row, mapping, 'sentence_end')}", row.line))
    charge, more = charge_from_draft(draft, CycleDraft(kind="csv", source=0, line=row.line))
    return charge, notes + draft.notes + more


def person_key(row: Row, mapping: ColumnMapping) -> str:
    for name in ("person_id", "sid", "fbi", "ir"):
        value = _cell(row, mapping, name)
        if value:
            return f"{name}:{value.upper()}"
    return f"name:{_person_name(row, mapping).upper()}|{_cell(row, mapping, 'dob')}"


def _person_name(row: Row, mapping: ColumnMapping) -> str:
    name = _cell(row, mapping, "name")
    if name:
        return name
    last, first, middle = (_cell(row, mapping, n) for n in ("last_name", "first_name", "middle_name"))
    if last or first:
        return collapse(f"{last}, {first} {middle}") if last else collapse(f"{first} {middle}")
    return ""


def rows_to_records(
    rows: Iterable[Row], mapping: ColumnMapping, filename: str | None = None, fmt: str = NAME
) -> tuple[list[Record], ImportReport]:
    """Rows -> one record per person, with the report (which rows were used, what was unsure)."""
    report = ImportReport(format=fmt)
    people: dict[str, dict[str, Any]] = {}
    for row in rows:
        if not any(_cell(row, mapping, n) for n in CHARGE_FIELDS):
            report.unplaced.append(SourceLine(row.line, " | ".join(v for v in row.cells.values() if v)))
            continue
        report.used.append(SourceLine(row.line, " | ".join(v for v in row.cells.values() if v), role="charge"))
        key = person_key(row, mapping)
        person = people.setdefault(key, {"rows": [], "first": row})
        person["rows"].append(row)
    records: list[Record] = []
    for pi, person in enumerate(people.values()):
        records.append(_person_record(person["rows"], mapping, filename, fmt, report, len(people) > 1, pi))
    return records, report


def _person_record(
    rows: list[Row], mapping: ColumnMapping, filename: str | None, fmt: str, report: ImportReport, many: bool, pi: int
) -> Record:
    first = rows[0]
    person_notes: list[Note] = []
    dob = _date_cell(first, mapping, "dob", person_notes)
    ids = {n: _cell(first, mapping, n) for n in ("sid", "fbi", "ir") if _cell(first, mapping, n)}
    cases: list[dict[str, Any]] = []
    by_key: dict[str, int] = {}
    prefix = f"people[{pi}]." if many else ""
    for row in rows:
        number = _cell(row, mapping, "case_number") or None
        key = case_key(number) or f"row{row.line}"
        notes: list[Note] = []
        if key not in by_key:
            by_key[key] = len(cases)
            others = [v for v in (row.cells.get(c, "").strip() for c in _other_number_columns(mapping)) if v]
            cases.append({
                "case_number": number, "other_numbers": others, "county": _cell(row, mapping, "county") or None,
                "court": _cell(row, mapping, "court") or None,
                "arrest_date": _date_cell(row, mapping, "arrest_date", notes),
                "agency": _cell(row, mapping, "agency") or None, "charges": [],
            })  # fmt: skip
        ci = by_key[key]
        charge, charge_notes = row_to_charge(row, mapping)
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
        person=Person(name=_person_name(first, mapping) or None, dob=dob, ids=ids),
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
