"""Read a file and analyze the person in it: the use case behind ``parse``,
``analyze`` and the GUI's Eligibility pane."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from reliefdesk import rules
from reliefdesk.model import Analysis, Record, UserError
from reliefdesk.readers import ReadResult, read_many, read_path
from reliefdesk.readers.spreadsheet import ColumnMapping


def read_record(path: str | Path, fmt: str = "auto") -> ReadResult:
    """Read any supported file; the record's source warnings hold the report."""
    result = read_path(path, fmt)
    warnings = tuple(dict.fromkeys([*result.record.source.warnings, *result.report.warnings()]))
    if warnings != result.record.source.warnings:
        record = replace(result.record, source=replace(result.record.source, warnings=warnings))
        result = replace(result, record=record)
    return result


def read_records(paths: Sequence[str | Path], fmt: str = "auto") -> ReadResult:
    """Several files of one person read as one record (``readers.read_many``): cases merged by
    normalized case number, the differences in ``report.conflicts``."""
    result = read_many(list(paths), fmt)
    warnings = tuple(dict.fromkeys([*result.record.source.warnings, *result.report.warnings()]))
    if warnings != result.record.source.warnings:
        record = replace(result.record, source=replace(result.record.source, warnings=warnings))
        result = replace(result, record=record)
    return result


def same_person(records: Sequence[Record]) -> bool:
    """True when two or more records name the same person: same name (case, spaces and
    punctuation aside) and the same date of birth, both known."""
    if len(records) < 2:
        return False
    keys: set[tuple[str, date]] = set()
    for r in records:
        name = " ".join(re.sub(r"[^\w]+", " ", r.person.name or "").upper().split())
        if not name or r.person.dob is None:
            return False
        keys.add((name, r.person.dob))
    return len(keys) == 1


def spreadsheet_mapping(path: str | Path) -> ColumnMapping:
    """The column mapping a spreadsheet will be read with: the one saved for its headers, else a
    guess (``mapping.guessed``), for the volunteer to confirm before reading."""
    from reliefdesk.readers import extract_pages, spreadsheet

    p = Path(path)
    text = spreadsheet.xlsx_text(p) if p.suffix.lower() == ".xlsx" else None
    if text is None:
        text = "\n".join(page.text for page in extract_pages(p))
    headers, _rows = spreadsheet.parse_table(text)
    return spreadsheet.mapping_for(headers)


def save_spreadsheet_mapping(mapping: ColumnMapping) -> Path:
    """Remember a confirmed mapping: the next file with the same headers is read with it."""
    from reliefdesk.readers import spreadsheet

    return spreadsheet.save_mapping(mapping)


def load_answers(path: str | Path | None) -> dict[str, str]:
    """The ``--answers`` file: a JSON object {question_id: answer}."""
    if path is None:
        return {}
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"answers file {p} does not exist") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UserError(f"answers file {p} is not valid JSON: {exc}") from None
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise UserError(f"answers file {p} must be a JSON object {{question_id: answer}}")
    return {k: str(v) if not isinstance(v, str) else v for k, v in data.items()}


def analyze_record(
    record: Record,
    as_of: date,
    filing_date: date | None = None,
    answers: Mapping[str, str] | None = None,
) -> Analysis:
    try:
        return rules.analyze(record, as_of, filing_date or as_of, answers or {})
    except rules.UnsupportedJurisdiction as exc:
        raise UserError(str(exc)) from None
