"""Illinois eligibility rules (placeholder until its issue lands: an empty analysis)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from reliefdesk.model import Analysis, Record

CODE = "IL"
NAME = "Illinois"


def rules_version(filing_date: date) -> str:
    return "IL-none"


def analyze(
    record: Record,
    as_of: date,
    filing_date: date,
    answers: Mapping[str, str] | None = None,
) -> Analysis:
    return Analysis(
        jurisdiction=CODE,
        as_of=as_of,
        filing_date=filing_date,
        rules_version=rules_version(filing_date),
        rules_label="no Illinois rules yet",
    )
