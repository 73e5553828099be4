"""The two Illinois rule sets, chosen by filing date (illinois.md section 1).

The Clean Slate Act (P.A. 104-0459, signed 2026-01-16) shortened sealing
waits and repealed the felony-drug test and the prior-sealed-felony bar. A
petition filed on or after :data:`CLEAN_SLATE_EFFECTIVE` uses the 2026 rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

#: The one switch-over date [U: one practitioner says 2026-06-30, see CLEAN_SLATE_ALT_DATE].
CLEAN_SLATE_EFFECTIVE = date(2026, 6, 1)
#: The other reported effective date; filings between the two get a stated assumption.
CLEAN_SLATE_ALT_DATE = date(2026, 6, 30)


@dataclass(frozen=True)
class RulesVersion:
    """One rule set: its id, its label and the sealing waits in years."""

    id: str
    label: str
    clean_slate: bool
    seal_supervision: int  # SEAL-3 [S]
    seal_qualified_probation: int  # SEAL-4 [S]
    seal_misdemeanor: int  # SEAL-5 [S]
    seal_felony_probation: int  # SEAL-6 [S]
    seal_felony_revoked: int  # SEAL-7 [S]
    seal_felony_prison: int  # SEAL-8 [S]
    drug_test_required: bool  # old (d)(3) [S]
    prior_sealed_felony_bars: bool  # old (c)(4) [S]


PRE_2026 = RulesVersion(
    id="IL-pre-2026",
    label="IL 20 ILCS 2630/5.2 before P.A. 104-0459 (rules pre-2026)",
    clean_slate=False,
    seal_supervision=2,
    seal_qualified_probation=3,
    seal_misdemeanor=3,
    seal_felony_probation=3,
    seal_felony_revoked=3,
    seal_felony_prison=3,
    drug_test_required=True,
    prior_sealed_felony_bars=True,
)

CLEAN_SLATE_2026 = RulesVersion(
    id="IL-2026-06",
    label="IL 20 ILCS 2630/5.2 as amended by P.A. 104-0459 (rules 2026-06)",
    clean_slate=True,
    seal_supervision=2,
    seal_qualified_probation=2,
    seal_misdemeanor=2,
    seal_felony_probation=2,
    seal_felony_revoked=3,
    seal_felony_prison=3,
    drug_test_required=False,
    prior_sealed_felony_bars=False,
)

VERSIONS = (PRE_2026, CLEAN_SLATE_2026)


def version_for(filing_date: date) -> RulesVersion:
    """The rule set for a petition filed on ``filing_date``."""
    return CLEAN_SLATE_2026 if filing_date >= CLEAN_SLATE_EFFECTIVE else PRE_2026


def in_uncertain_window(filing_date: date) -> bool:
    """True when the two reported effective dates would pick different rule sets."""
    return CLEAN_SLATE_EFFECTIVE <= filing_date < CLEAN_SLATE_ALT_DATE
