"""Expungement by petition, 20 ILCS 2630/5.2(b): non-convictions only [S].

The clock is the end of *that* disposition (clocks.expungement_date), never
the last sentence. Rows EXP-1 .. EXP-7 of illinois.md section 4.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from reliefdesk.model.analysis import Reason, Relief, Status
from reliefdesk.model.record import Disposition
from reliefdesk.rules.illinois.catalog import reason
from reliefdesk.rules.illinois.clocks import expungement_date
from reliefdesk.rules.illinois.facts import ChargeFacts
from reliefdesk.rules.illinois.options import Option, blocked, q_sentence_end_for, review, timed

if TYPE_CHECKING:
    from reliefdesk.rules.illinois.exclusions import Screen

E = Relief.EXPUNGE

#: EXP-4: supervision, 2 years [S].
SUPERVISION_WAIT = 2
#: EXP-5 / EXP-7: 5 years [S].
LONG_WAIT = 5

#: EXP-5: supervision for these waits 5 years, (b)(2)(B)(i) [S]. One table, so it can be corrected.
FIVE_YEAR_SUPERVISION: dict[tuple[int, str, str], str] = {
    (625, "5", "3-707"): "operating an uninsured vehicle",
    (625, "5", "3-708"): "driving while registration suspended for non-insurance",
    (625, "5", "3-710"): "displaying false insurance",
    (625, "5", "5-401.3"): "scrap processor records",
    (720, "5", "11-1.50"): "criminal sexual abuse",
    (720, "5", "12-3.2"): "domestic battery",
    (720, "5", "12-15"): "criminal sexual abuse (old numbering)",
}
#: EXP-5 [U]: older versions of the list also named retail theft.
FIVE_YEAR_SUPERVISION_UNCERTAIN: dict[tuple[int, str, str], str] = {
    (720, "5", "16-25"): "retail theft",
    (720, "5", "16A-3"): "retail theft (old numbering)",
}

_SOL_WARNING = ("Stricken off with leave to reinstate (SOL): the State can reinstate the charge; it is "
                "treated as dismissed here.")


def _key(f: ChargeFacts) -> tuple[int, str, str] | None:
    st = f.offense
    return None if st is None else (st.chapter, st.act, st.section)


def _immediate(f: ChargeFacts, code: str, as_of: date, warnings: tuple[str, ...] = ()) -> Option:
    on = f.charge.disposition_date or (f.case.arrest_date if code == "IL_EXPUNGE_RELEASED" else None)
    r = reason(code, arrest_date=f.case.arrest_date, disposition_date=f.charge.disposition_date,
               disposition_raw=f.charge.disposition_raw or f.disposition.value)
    if on is None or on > as_of:
        # No date on the record (or a date after as_of, a data error): eligible now all the same.
        return Option(E, Status.ELIGIBLE_NOW, None, False, (r,), (), warnings)
    return timed(E, on, as_of, (r,), warnings=warnings)


def expunge_option(f: ChargeFacts, screen: Screen, as_of: date) -> Option:
    """The expungement relief for one charge (before the mixed-case rule)."""
    d = f.disposition
    if screen.expunge_block:
        return blocked(E, *screen.expunge_block)
    if d is Disposition.RELEASED_WITHOUT_CHARGING:  # EXP-1
        return _immediate(f, "IL_EXPUNGE_RELEASED", as_of)
    if d is Disposition.DISMISSED:  # EXP-2
        return _immediate(f, "IL_EXPUNGE_DISMISSED", as_of)
    if d is Disposition.STRICKEN_WITH_LEAVE:  # EXP-2, SOL [U]
        opt = _immediate(f, "IL_EXPUNGE_DISMISSED", as_of, (_SOL_WARNING,))
        return Option(opt.relief, opt.status, opt.eligible_on, opt.estimated,
                      (*opt.reasons, reason("IL_SOL_REINSTATE")), (), opt.warnings)
    if d is Disposition.ACQUITTED:  # EXP-2
        return _immediate(f, "IL_EXPUNGE_ACQUITTED", as_of)
    if d is Disposition.VACATED:  # EXP-3
        return _immediate(f, "IL_EXPUNGE_VACATED", as_of)
    if f.is_conviction:
        return blocked(E, reason("IL_EXPUNGE_CONVICTION"))
    if d not in (Disposition.SUPERVISION, Disposition.QUALIFIED_PROBATION):
        return blocked(E, reason("IL_EXPUNGE_CONVICTION"))
    if screen.expunge_review:
        return review(E, *screen.expunge_review)
    if f.end is None:
        return review(E, reason("IL_NEEDS_SENTENCE_END"), questions=(q_sentence_end_for(f),))

    reasons: list[Reason] = []
    estimated = f.end_estimated
    warnings: tuple[str, ...] = ()
    key = _key(f)
    if d is Disposition.QUALIFIED_PROBATION:  # EXP-7
        on = expungement_date(f, LONG_WAIT)
        assert on is not None
        reasons.append(reason("IL_EXPUNGE_QUALIFIED_PROBATION_5Y", disposition_end=f.end, eligible_on=on))
        raw = " ".join(filter(None, [f.charge.disposition_raw, f.charge.sentence.raw if f.charge.sentence
                                     else None])).upper()
        if "TASC" in raw or "40-10" in raw:
            warnings = ("TASC probation (20 ILCS 301/40-10): the conviction must also be vacated.",)
    elif screen.reckless_exception and screen.age25 is not None:  # EXP-6
        on = max(screen.age25, f.end)
        reasons.append(reason("IL_EXPUNGE_RECKLESS_AGE_25", eligible_on=on, disposition_end=f.end))
    elif key in FIVE_YEAR_SUPERVISION:  # EXP-5
        on = expungement_date(f, LONG_WAIT)
        assert on is not None
        reasons.append(reason("IL_EXPUNGE_SUPERVISION_5Y", offense=FIVE_YEAR_SUPERVISION[key],
                              disposition_end=f.end, eligible_on=on))
    elif key in FIVE_YEAR_SUPERVISION_UNCERTAIN:  # EXP-5 [U]
        on2 = expungement_date(f, SUPERVISION_WAIT)
        on5 = expungement_date(f, LONG_WAIT)
        assert on2 is not None and on5 is not None
        r = reason("IL_EXPUNGE_SUPERVISION_WAIT_UNCERTAIN", offense=FIVE_YEAR_SUPERVISION_UNCERTAIN[key],
                   disposition_end=f.end, date_2y=on2, date_5y=on5)
        if on2 <= as_of < on5:
            return review(E, r)
        on = on5
        reasons.append(r)
    else:  # EXP-4
        on = expungement_date(f, SUPERVISION_WAIT)
        assert on is not None
        reasons.append(reason("IL_EXPUNGE_SUPERVISION_2Y", disposition_end=f.end, eligible_on=on))
    if f.running:
        reasons.append(reason("IL_EXPUNGE_RUNNING", disposition=d.value.replace("_", " "),
                              disposition_end=f.end, eligible_on=on))
    return timed(E, on, as_of, tuple(reasons), estimated=estimated or f.running, warnings=warnings)
