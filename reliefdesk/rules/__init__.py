"""The eligibility engine: one plug-in per jurisdiction.

A jurisdiction is a module under ``reliefdesk.rules`` that offers the
:class:`JurisdictionRules` interface. The registry below maps a record's
jurisdiction code to that module; adding a state adds one line here and one
package beside the others, and touches no other state's code.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from datetime import date
from typing import Protocol, cast

from reliefdesk.model import Analysis, Record

#: Jurisdiction code -> module that implements :class:`JurisdictionRules`.
REGISTRY: dict[str, str] = {
    "IL": "reliefdesk.rules.illinois",
    "CA": "reliefdesk.rules.california",
}


class UnsupportedJurisdiction(LookupError):
    """No rules are installed for the record's jurisdiction."""


class JurisdictionRules(Protocol):
    """What every jurisdiction plug-in offers."""

    CODE: str
    NAME: str

    def rules_version(self, filing_date: date) -> str:
        """The rules version that applies to a petition filed on ``filing_date``."""
        ...

    def analyze(
        self,
        record: Record,
        as_of: date,
        filing_date: date,
        answers: Mapping[str, str] | None = None,
    ) -> Analysis:
        """Say for every charge and case what relief can be asked for, and why."""
        ...


def rules_for(code: str) -> JurisdictionRules:
    try:
        module_name = REGISTRY[code]
    except KeyError:
        raise UnsupportedJurisdiction(
            f"no eligibility rules for jurisdiction {code!r} (known: {', '.join(REGISTRY)})"
        ) from None
    return cast(JurisdictionRules, importlib.import_module(module_name))


def analyze(
    record: Record,
    as_of: date,
    filing_date: date | None = None,
    answers: Mapping[str, str] | None = None,
) -> Analysis:
    """Analyze ``record`` with the rules of its own jurisdiction."""
    rules = rules_for(record.jurisdiction.value)
    return rules.analyze(record, as_of, filing_date or as_of, answers or {})
