"""Read a file and analyze the person in it: the use case behind ``parse``,
``analyze`` and the GUI's Eligibility pane."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path

from reliefdesk import rules
from reliefdesk.model import Analysis, Record, UserError
from reliefdesk.readers import ReadResult, read_path


def read_record(path: str | Path, fmt: str = "auto") -> ReadResult:
    """Read any supported file; the record's source warnings hold the report."""
    result = read_path(path, fmt)
    warnings = tuple(dict.fromkeys([*result.record.source.warnings, *result.report.warnings()]))
    if warnings != result.record.source.warnings:
        record = replace(result.record, source=replace(result.record.source, warnings=warnings))
        result = replace(result, record=record)
    return result


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
