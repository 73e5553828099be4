"""The facts every Illinois rule works from (illinois.md section 2), one per charge.

``charge_facts`` normalizes a record's charge once: statute, attempt target,
level and class (inferred for cannabis), offense date (the arrest date when
missing, stated as an assumption), and the end of that disposition or
sentence. Answers to questions (``class:``, ``grams:``, ``sentence_end:``)
are applied here so every rule sees the same facts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from reliefdesk.model.errors import UserError
from reliefdesk.model.record import Case, Charge, Disposition, Level, OffenseClass, SentenceKind
from reliefdesk.rules.illinois.statutes import CannabisInference, Statute, infer_cannabis, normalize_statute


class AnswerError(UserError, ValueError):
    """An ``--answers`` value that is not one of the question's choices."""


#: Dispositions that are convictions, (a)(1)(C) [M].
CONVICTIONS = frozenset({
    Disposition.CONVICTED,
    Disposition.SUPERVISION_UNSATISFACTORY,
    Disposition.QUALIFIED_PROBATION_UNSATISFACTORY,
})
#: Dispositions with nothing left to serve that are not convictions.
NON_CONVICTIONS = frozenset({
    Disposition.RELEASED_WITHOUT_CHARGING,
    Disposition.DISMISSED,
    Disposition.STRICKEN_WITH_LEAVE,
    Disposition.ACQUITTED,
    Disposition.VACATED,
})
#: Dispositions that carry a sentence, supervision or qualified probation (the last-sentence clock).
SENTENCED = CONVICTIONS | {Disposition.SUPERVISION, Disposition.QUALIFIED_PROBATION}

FELONY_CLASSES = frozenset({OffenseClass.X, OffenseClass.ONE, OffenseClass.TWO, OffenseClass.THREE,
                            OffenseClass.FOUR})

# --------------------------------------------------------------------------
# Questions and answers

DATE_CHOICE = "YYYY-MM-DD"
STILL_RUNNING = "still running"
UNKNOWN = "unknown"

CLASS_CHOICES: tuple[str, ...] = (
    "felony X", "felony 1", "felony 2", "felony 3", "felony 4",
    "misdemeanor A", "misdemeanor B", "misdemeanor C", "petty or business offense", UNKNOWN,
)  # fmt: skip
GRAMS_CHOICES: tuple[str, ...] = ("up to 30", "more than 30", UNKNOWN)
SENTENCE_END_CHOICES: tuple[str, ...] = (DATE_CHOICE, STILL_RUNNING, UNKNOWN)
YES_NO: tuple[str, ...] = ("no", "yes", UNKNOWN)

_CLASS_ANSWERS: dict[str, tuple[Level, OffenseClass | None]] = {
    "felony X": (Level.FELONY, OffenseClass.X),
    "felony 1": (Level.FELONY, OffenseClass.ONE),
    "felony 2": (Level.FELONY, OffenseClass.TWO),
    "felony 3": (Level.FELONY, OffenseClass.THREE),
    "felony 4": (Level.FELONY, OffenseClass.FOUR),
    "misdemeanor A": (Level.MISDEMEANOR, OffenseClass.A),
    "misdemeanor B": (Level.MISDEMEANOR, OffenseClass.B),
    "misdemeanor C": (Level.MISDEMEANOR, OffenseClass.C),
    "petty or business offense": (Level.PETTY, None),
}


def answer(answers: Mapping[str, str], qid: str, choices: tuple[str, ...]) -> str | None:
    """The answer to ``qid`` (``None`` when unanswered), checked against ``choices``.

    A choice ``YYYY-MM-DD`` means "a date"; the answer must then be an ISO date.
    """
    raw = answers.get(qid)
    if raw is None:
        return None
    value = raw.strip()
    for choice in choices:
        if value.lower() == choice.lower() and choice != DATE_CHOICE:
            return choice
    if DATE_CHOICE in choices:
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    shown = ", ".join(choices)
    raise AnswerError(f"answer {value!r} to question {qid!r} is not one of: {shown}")


# --------------------------------------------------------------------------
# Sentence length

_LENGTH = re.compile(r"(\d+(?:\.\d+)?)\s*(YEARS?|YRS?|Y|MONTHS?|MOS?|M|WEEKS?|WKS?|W|DAYS?|DYS?|D)\b")


def parse_length(text: str | None) -> relativedelta | None:
    """``"24 months"``, ``"2 YRS"``, ``"1 year 6 months"``, ``"90 days"`` -> a calendar period."""
    if not text:
        return None
    total = relativedelta()
    found = False
    for m in _LENGTH.finditer(text.upper()):
        n = float(m.group(1))
        unit = m.group(2)[0]
        whole = int(n)
        if unit == "Y":
            total += relativedelta(years=whole, months=round((n - whole) * 12))
        elif unit == "M":
            total += relativedelta(months=whole)
        elif unit == "W":
            total += relativedelta(weeks=whole)
        else:
            total += relativedelta(days=whole)
        found = True
    return total if found else None


# --------------------------------------------------------------------------
# Facts


def case_key(case: Case) -> str:
    """A stable key for a case that does not depend on its place in the record."""
    if case.case_number:
        return case.case_number
    if case.other_numbers:
        return case.other_numbers[0]
    if case.arrest_date:
        return f"arrest-{case.arrest_date.isoformat()}"
    return "unnumbered"


@dataclass(frozen=True)
class ChargeFacts:
    key: str  # "<case key>:<charge index>", used in question ids
    case_key: str
    case: Case
    index: int
    charge: Charge
    statute: Statute | None
    offense: Statute | None  # the target of an attempt, else the statute
    attempt: bool
    level: Level | None
    offense_class: OffenseClass | None
    class_source: str  # "record", "answer", "inferred", "unknown"
    cannabis: CannabisInference | None
    grams_at_most_30: bool | None
    offense_date: date | None
    offense_date_from_arrest: bool
    disposition: Disposition
    end: date | None  # end of this disposition / sentence (None: unknown or nothing to serve)
    end_estimated: bool
    end_unknown: bool  # a sentence exists but its end is unknown
    running: bool  # still being served on as_of

    @property
    def citation(self) -> str | None:
        return self.statute.citation if self.statute is not None else self.charge.statute

    @property
    def offense_text(self) -> str:
        return self.citation or self.charge.description or "this charge"

    @property
    def is_conviction(self) -> bool:
        return self.disposition in CONVICTIONS

    @property
    def is_non_conviction(self) -> bool:
        return self.disposition in NON_CONVICTIONS

    @property
    def is_felony(self) -> bool:
        return self.level is Level.FELONY

    def is_offense(self, chapter: int, act: str, *sections: str) -> bool:
        st = self.offense
        if st is None or st.chapter != chapter or st.act != act:
            return False
        return not sections or st.section in sections

    @property
    def is_cannabis(self) -> bool:
        return self.is_offense(720, "550", "4", "5")

    @property
    def minor_traffic(self) -> bool | None:
        """Petty, business or Class C offense under the Vehicle Code, (a)(1)(G) [M]; None: unknown."""
        if not self.is_offense(625, "5"):
            return False
        if self.is_offense(625, "5", "11-501", "11-503"):
            return False  # never minor traffic: handled by EX-A-ii / EX-A-iii
        if self.level in (Level.PETTY, Level.BUSINESS, Level.INFRACTION):
            return True
        if self.level is Level.MISDEMEANOR:
            if self.offense_class is None:
                return None
            return self.offense_class is OffenseClass.C
        if self.level is Level.FELONY:
            return False
        return None


def _level_from_class(cls: OffenseClass | None) -> Level | None:
    if cls is None:
        return None
    return Level.FELONY if cls in FELONY_CLASSES else Level.MISDEMEANOR


def _statute(charge: Charge) -> Statute | None:
    for raw in (charge.statute, charge.statute_raw):
        if raw:
            st = normalize_statute(raw)
            if st is not None:
                if charge.attempt and not st.attempt:
                    return Statute(720, "5", "8-4", (), True, st)
                return st
    return None


def _end(
    charge: Charge, key: str, as_of: date, answers: Mapping[str, str]
) -> tuple[date | None, bool, bool, bool]:
    """(end, estimated, unknown, running) of this charge's sentence or supervision."""
    disp = charge.disposition
    if disp not in SENTENCED:
        return None, False, False, False
    ans = answer(answers, f"sentence_end:{key}", SENTENCE_END_CHOICES)
    if ans == STILL_RUNNING:
        return None, True, False, True
    if ans is not None and ans != UNKNOWN:
        end = date.fromisoformat(ans)
        return end, end > as_of, False, end > as_of
    if ans == UNKNOWN:
        return None, False, True, False
    s = charge.sentence
    if s is not None and s.end is not None:
        return s.end, s.end > as_of, False, s.end > as_of
    if s is not None and s.start is not None:
        period = parse_length(s.length)
        if period is not None:
            end = s.start + period
            return end, True, False, end > as_of
    raw = (charge.disposition_raw or "").upper()
    kind = s.kind if s is not None else None
    if charge.disposition_date is not None and (
        "TERMINAT" in raw
        or kind in (SentenceKind.FINE, SentenceKind.TIME_SERVED, SentenceKind.NONE)
        or disp in (Disposition.SUPERVISION_UNSATISFACTORY, Disposition.QUALIFIED_PROBATION_UNSATISFACTORY)
    ):
        d = charge.disposition_date
        return d, d > as_of, False, d > as_of
    return None, False, True, False


def charge_facts(
    case: Case, index: int, charge: Charge, as_of: date, answers: Mapping[str, str]
) -> ChargeFacts:
    ckey = case_key(case)
    key = f"{ckey}:{index}"
    statute = _statute(charge)
    offense = statute.offense if statute is not None else None
    attempt = charge.attempt or (statute is not None and statute.attempt)

    offense_date = charge.offense_date
    from_arrest = False
    if offense_date is None and case.arrest_date is not None:
        offense_date, from_arrest = case.arrest_date, True

    level, cls = charge.level, charge.offense_class
    source = "record" if (level is not None or cls is not None) else "unknown"
    ans = answer(answers, f"class:{key}", CLASS_CHOICES)
    if ans is not None and ans != UNKNOWN:
        level, cls = _CLASS_ANSWERS[ans]
        source = "answer"
    if level is None:
        level = _level_from_class(cls)

    cannabis = infer_cannabis(offense, offense_date) if offense is not None else None
    if cannabis is not None and level is None and cls is None:
        level, cls, source = cannabis.level, cannabis.offense_class, "inferred"

    grams30: bool | None = None
    if charge.grams is not None:
        grams30 = charge.grams <= 30
    else:
        g = answer(answers, f"grams:{key}", GRAMS_CHOICES)
        if g == "up to 30":
            grams30 = True
        elif g == "more than 30":
            grams30 = False
        elif cannabis is not None:
            grams30 = True if cannabis.at_most_30g else (False if cannabis.more_than_30g else None)

    end, estimated, unknown, running = _end(charge, key, as_of, answers)
    return ChargeFacts(
        key=key, case_key=ckey, case=case, index=index, charge=charge,
        statute=statute, offense=offense, attempt=attempt,
        level=level, offense_class=cls, class_source=source,
        cannabis=cannabis, grams_at_most_30=grams30,
        offense_date=offense_date, offense_date_from_arrest=from_arrest,
        disposition=charge.disposition,
        end=end, end_estimated=estimated, end_unknown=unknown, running=running,
    )  # fmt: skip


def class_text(f: ChargeFacts) -> str:
    if f.level is Level.FELONY:
        return f"Class {f.offense_class.value} felony" if f.offense_class else "felony (class unknown)"
    if f.level is Level.MISDEMEANOR:
        return f"Class {f.offense_class.value} misdemeanor" if f.offense_class else "misdemeanor"
    if f.level is not None:
        return f"{f.level.value} offense"
    return "class unknown"
