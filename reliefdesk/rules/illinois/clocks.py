"""The two clocks, kept apart on purpose (illinois.md sections 4 and 5).

- The **expungement clock** runs from the end of *that* disposition
  (:func:`expungement_date`).
- The **sealing clock** runs from the end of the *last sentence* in any
  jurisdiction, minor traffic offenses excepted (:func:`last_sentence`),
  5.2(a)(1)(F) [S], (a)(1)(D), (a)(1)(G), (a)(2) [M].

All arithmetic is calendar arithmetic (relativedelta): a 2-year wait from
2016-02-29 ends on 2018-02-28, never "730 days later".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from reliefdesk.rules.illinois.facts import (
    DATE_CHOICE,
    SENTENCED,
    STILL_RUNNING,
    UNKNOWN,
    ChargeFacts,
    answer,
)

OTHER_SENTENCES_CHOICES: tuple[str, ...] = ("no", DATE_CHOICE, STILL_RUNNING, UNKNOWN)


def add_years(d: date, years: int) -> date:
    """``d + relativedelta(years=years)``: the same day ``years`` later, 29 February -> 28 February."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def expungement_date(f: ChargeFacts, years: int) -> date | None:
    """End of this disposition plus ``years``; ``None`` when its end is unknown."""
    if f.end is None:
        return None
    return add_years(f.end, years)


@dataclass(frozen=True)
class LastSentence:
    """The sentence that ends last, across the record and the answers."""

    end: date | None  # latest known end
    estimated: bool  # that end is in the future or computed
    unknown: tuple[str, ...]  # charge keys whose sentence end is unknown
    running_unknown: tuple[str, ...]  # charge keys still running with no expected end
    elsewhere: str  # "assumed none", "none", "date", "running", "unknown"
    from_key: str | None  # charge key (or "other_sentences") of the last end

    @property
    def known(self) -> bool:
        return not self.unknown and not self.running_unknown and self.elsewhere != "running"


def last_sentence(facts: Iterable[ChargeFacts], answers: Mapping[str, str]) -> LastSentence:
    end: date | None = None
    estimated = False
    from_key: str | None = None
    unknown: list[str] = []
    running_unknown: list[str] = []
    for f in facts:
        if f.disposition not in SENTENCED or f.minor_traffic is True:
            continue  # minor traffic offenses never reset the clock, (a)(1)(G) [M]
        if f.end is None:
            if f.running:
                running_unknown.append(f.key)
            elif f.end_unknown:
                unknown.append(f.key)
            continue
        if end is None or f.end > end or (f.end == end and from_key is not None and f.key < from_key):
            end, estimated, from_key = f.end, f.end_estimated, f.key
    other = answer(answers, "other_sentences", OTHER_SENTENCES_CHOICES)
    elsewhere = "assumed none"
    if other == "no":
        elsewhere = "none"
    elif other == STILL_RUNNING:
        elsewhere = "running"
    elif other == UNKNOWN:
        elsewhere = "unknown"
    elif other is not None:
        elsewhere = "date"
        d = date.fromisoformat(other)
        if end is None or d > end:
            end, estimated, from_key = d, False, "other_sentences"
    return LastSentence(end, estimated, tuple(sorted(unknown)), tuple(sorted(running_unknown)), elsewhere,
                        from_key)
