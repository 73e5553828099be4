"""Illinois eligibility rules: vacatur, expungement and sealing under 20 ILCS 2630/5.2.

The rules of ``law/illinois.md`` as data plus small functions, one module per
family: ``exclusions``, ``expungement``, ``sealing``, ``cannabis``, ``clocks``
(the two waits), ``statutes`` (citation normalization and the cannabis grams
tables), ``catalog`` (every reason code), ``versions`` (pre-2026 and the 2026
Clean Slate rules) and ``engine`` (putting them together). No Qt, no database,
no clock: ``as_of`` and ``filing_date`` are arguments.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from reliefdesk.model import Analysis, Record
from reliefdesk.rules.illinois import engine
from reliefdesk.rules.illinois.versions import CLEAN_SLATE_EFFECTIVE, version_for

CODE = "IL"
NAME = "Illinois"

__all__ = ["CLEAN_SLATE_EFFECTIVE", "CODE", "NAME", "analyze", "rules_version"]


def rules_version(filing_date: date) -> str:
    """``IL-pre-2026`` before :data:`CLEAN_SLATE_EFFECTIVE`, ``IL-2026-06`` from it."""
    return version_for(filing_date).id


def analyze(
    record: Record,
    as_of: date,
    filing_date: date,
    answers: Mapping[str, str] | None = None,
) -> Analysis:
    """Every relief for every charge and case of ``record``, with reasons and questions."""
    return engine.analyze(record, as_of, filing_date, answers or {})
