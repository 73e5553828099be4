"""Cannabis relief under the Cannabis Regulation and Tax Act (P.A. 101-0027), 5.2(i).

- (a)(1)(G-5) minor cannabis offense [P]: 550/4 or 550/5, 30 g or less, no
  Section 7 enhancement, no violent crime tied to it.
- (i)(1) automatic police expungement of non-convictions [P]: when one still
  appears, say so (IL_CANNABIS_AUTO_EXPUNGE_MISSED) and expunge now.
- (i)(2) pardon path [M]: a minor cannabis conviction may already be pardoned.
- (i)(3) motion to vacate and expunge [S]: misdemeanor or Class 4 felony
  conviction under 550/4 or 550/5 (or an attempt), offense before 2019-06-25,
  once the non-financial parts of the sentence are done. No waiting period.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reliefdesk.model.analysis import Question, Reason, Relief
from reliefdesk.model.record import Level, OffenseClass
from reliefdesk.rules.illinois.catalog import reason
from reliefdesk.rules.illinois.facts import ChargeFacts, class_text
from reliefdesk.rules.illinois.options import (
    Option,
    blocked,
    q_class,
    q_grams,
    q_sentence_end_for,
    review,
    timed,
)

V = Relief.VACATE_EXPUNGE

#: The Cannabis Regulation and Tax Act line: offenses before this date [S].
CRTA_OFFENSE_BEFORE = date(2019, 6, 25)

#: (i)(1) deadlines by offense date [P]: (from, to inclusive, deadline).
AUTO_EXPUNGE_DEADLINES: tuple[tuple[date, date, date], ...] = (
    (date(2013, 1, 1), date(2019, 6, 24), date(2021, 1, 1)),
    (date(2000, 1, 1), date(2012, 12, 31), date(2023, 1, 1)),
    (date(1, 1, 1), date(1999, 12, 31), date(2025, 1, 1)),
)

#: Violent crimes, 725 ILCS 120/3(c), as sections of 720 ILCS 5 [M]: article prefixes and sections.
VIOLENT_ARTICLES = frozenset({"9", "10", "18"})
VIOLENT_SECTIONS = frozenset({
    "11-1.20", "11-1.30", "11-1.40", "11-1.50", "11-1.60", "12-13", "12-14", "12-14.1", "12-15", "12-16",
    "12-1", "12-2", "12-3", "12-3.05", "12-3.1", "12-3.2", "12-3.3", "12-3.4", "12-4", "12-4.3", "12-5",
    "12-7.3", "12-7.4", "12-7.5", "12-11", "19-6", "24-1.2", "20-1.1",
})  # fmt: skip

STATE_OBJECTION_WARNING = (
    "The clerk serves the State's Attorney, who may object within 60 days; the court weighs law "
    "enforcement's reasons, the person's age now and then, the time since conviction and the harm if "
    "denied. The person states their own reasons: the program leaves that space for them."
)


def is_violent(f: ChargeFacts) -> bool:
    st = f.offense
    if st is None or (st.chapter, st.act) != (720, "5"):
        return False
    return st.article in VIOLENT_ARTICLES or st.section in VIOLENT_SECTIONS


def is_minor_cannabis_offense(f: ChargeFacts, case_facts: Sequence[ChargeFacts]) -> bool | None:
    """(a)(1)(G-5): True, False, or None when the grams are unknown."""
    if not f.is_cannabis:
        return False
    if any(is_violent(o) for o in case_facts):
        return False
    return f.grams_at_most_30


def auto_expunge_missed(f: ChargeFacts, case_facts: Sequence[ChargeFacts], as_of: date) -> Reason | None:
    """(i)(1) [P]: a minor cannabis non-conviction the police should already have expunged.

    The automatic process works on the whole arrest, so every charge of the case
    must be a minor cannabis non-conviction [M].
    """
    if not f.is_non_conviction or f.offense_date is None or f.offense_date >= CRTA_OFFENSE_BEFORE:
        return None
    for o in case_facts:
        if not o.is_non_conviction or is_minor_cannabis_offense(o, case_facts) is not True:
            return None
    for start, end, deadline in AUTO_EXPUNGE_DEADLINES:
        if start <= f.offense_date <= end and deadline <= as_of:
            return reason("IL_CANNABIS_AUTO_EXPUNGE_MISSED", deadline=deadline, offense_date=f.offense_date)
    return None


def earlier_cannabis_conviction(f: ChargeFacts, others: Sequence[ChargeFacts]) -> bool:
    return any(
        o.key != f.key and o.is_cannabis and o.is_conviction and o.offense_date is not None
        and f.offense_date is not None and o.offense_date < f.offense_date
        for o in others
    )  # fmt: skip


def vacate_option(
    f: ChargeFacts, case_facts: Sequence[ChargeFacts], others: Sequence[ChargeFacts], as_of: date
) -> tuple[Option, bool] | None:
    """(i)(3) for a cannabis conviction: (option, first-offense assumed); None when not applicable."""
    if not f.is_cannabis or not f.is_conviction:
        return None
    offense = f.offense_text
    if f.offense_date is None:
        return review(V, reason("IL_NEEDS_OFFENSE_DATE")), False
    if f.offense_date >= CRTA_OFFENSE_BEFORE:
        return blocked(V, reason("IL_CANNABIS_VACATE_TOO_LATE", offense_date=f.offense_date)), False
    if f.level is Level.CIVIL:
        return review(V, reason("IL_CANNABIS_CIVIL_VIOLATION")), False

    extra: list[Reason] = []
    questions: tuple[Question, ...] = ()
    first_offense = False
    section = f.offense.section if f.offense is not None else ""
    cls, level = f.offense_class, f.level
    if f.class_source == "inferred" and f.cannabis is not None:
        extra.append(reason("IL_CANNABIS_CLASS_INFERRED", subsection=f.cannabis.subsection,
                            offense_date=f.offense_date, grams=f.cannabis.label, class_text=class_text(f),
                            table=f.cannabis.table))
        if f.cannabis.subsequent_class is not None:
            if earlier_cannabis_conviction(f, others):
                # A subsequent offense takes the higher class: the subsection no longer decides it.
                return review(V, reason("IL_CANNABIS_CLASS_UNKNOWN"), questions=(q_class(f),)), False
            first_offense = True

    ask = (q_class(f),) if f.charge.grams is not None else (q_class(f), q_grams(f))
    if level is Level.MISDEMEANOR:
        ok_class = class_text(f)
    elif level is Level.FELONY:
        if cls is OffenseClass.FOUR:
            ok_class = class_text(f)
        elif cls is OffenseClass.THREE and section == "5":
            return review(V, reason("IL_CANNABIS_VACATE_CLASS3_REVIEW"), *extra), first_offense
        elif cls is None:
            return review(V, reason("IL_CANNABIS_CLASS_UNKNOWN"), questions=ask), first_offense
        else:
            return blocked(V, reason("IL_CANNABIS_VACATE_CLASS", class_text=class_text(f)), *extra), first_offense
    elif level is None and f.grams_at_most_30 is True:
        # 30 g or less is a misdemeanor or a Class 4 felony under 550/4 and 550/5 alike [P].
        ok_class = "30 g or less: misdemeanor or Class 4 felony"
    else:
        return review(V, reason("IL_CANNABIS_CLASS_UNKNOWN"), questions=ask), first_offense

    if f.end is None and not f.running:
        return review(V, reason("IL_NEEDS_SENTENCE_END"), questions=(q_sentence_end_for(f),)), first_offense
    if f.end is None:  # answered "still running"
        return review(V, reason("IL_CANNABIS_VACATE_RUNNING", offense=offense, sentence_end="unknown"),
                      questions=(q_sentence_end_for(f),)), first_offense
    main = reason("IL_CANNABIS_VACATE", offense=offense, class_text=ok_class, offense_date=f.offense_date,
                  sentence_end=f.end)
    reasons = [main, *extra]
    if f.running:
        reasons.append(reason("IL_CANNABIS_VACATE_RUNNING", offense=offense, sentence_end=f.end))
    if is_minor_cannabis_offense(f, case_facts) is True:
        reasons.append(reason("IL_CANNABIS_PARDON_POSSIBLE"))
    return timed(V, f.end, as_of, tuple(reasons), estimated=f.end_estimated or f.running,
                 questions=questions, warnings=(STATE_OBJECTION_WARNING,)), first_offense
