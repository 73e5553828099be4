"""California: Proposition 64 relief (HS 11361.8) for cannabis convictions.

The jurisdiction plug-in interface (``CODE``, ``NAME``, ``rules_version``,
``analyze``) plus :func:`analyze_with_options` and :class:`CaOptions` for the
bulk review, which passes Code for America's options file. Settings can also
come through ``answers`` under ``ca.`` keys (:data:`OPTION_KEYS`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from reliefdesk.model import Analysis, Record
from reliefdesk.rules.california.engine import CUTOFF, analyze_with_options, conviction_date, rules_version
from reliefdesk.rules.california.options import OPTION_KEYS, CaOptions, OptionsError
from reliefdesk.rules.california.reasons import REASON_CODES

__all__ = [
    "CODE",
    "CUTOFF",
    "NAME",
    "OPTION_KEYS",
    "REASON_CODES",
    "CaOptions",
    "OptionsError",
    "analyze",
    "analyze_with_options",
    "conviction_date",
    "rules_version",
]

CODE = "CA"
NAME = "California"


def analyze(
    record: Record,
    as_of: date,
    filing_date: date,
    answers: Mapping[str, str] | None = None,
) -> Analysis:
    """Proposition 64 for every charge; settings from ``ca.`` keys of ``answers``."""
    return analyze_with_options(record, as_of, CaOptions.from_answers(answers), filing_date)
