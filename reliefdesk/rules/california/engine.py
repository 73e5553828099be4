"""Proposition 64 (HS 11361.8) for every charge of a California record.

One function per rule, each returning the reason it decided with; the flow in
:func:`_cannabis` applies them in the order of california.md. The engine never
reads the clock: ``as_of`` decides the route (still serving or completed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, NamedTuple

from reliefdesk.model import (
    Alternative,
    Analysis,
    Assumption,
    Case,
    CaseResult,
    Charge,
    ChargeResult,
    Disposition,
    Level,
    Question,
    Reason,
    Record,
    Relief,
    Status,
)
from reliefdesk.model.construct import maker
from reliefdesk.model.memo import iso
from reliefdesk.rules.california.options import CaOptions
from reliefdesk.rules.california.sections import (
    ATTEMPT_COUNTS,
    PLEA_BARGAIN,
    PROP64_SECTIONS,
    Statute,
    excluded_subdivision,
    in_list,
    is_pc290_offense,
    is_super_strike,
    parse_statute,
)

CODE = "CA"
#: Prop 64 took effect the day after the 2016-11-08 election (Cal. Const. art. II, 10(a)).
CUTOFF = date(2016, 11, 9)
#: Convictions count as relieved already (a later DISPO) or as convictions for disqualifiers.
CONVICTIONS = (Disposition.CONVICTED, Disposition.SET_ASIDE)
NOT_CONVICTED = (
    Disposition.DISMISSED, Disposition.ACQUITTED, Disposition.RELEASED_WITHOUT_CHARGING,
    Disposition.STRICKEN_WITH_LEAVE, Disposition.VACATED,
)  # fmt: skip


def rules_version(filing_date: date) -> str:
    """HS 11361.8 as amended: AB 1793 (2019-01-01) and AB 1706 (2023-01-01)."""
    if filing_date >= date(2023, 1, 1):
        return "CA-2023-01"
    if filing_date >= date(2019, 1, 1):
        return "CA-2019-01"
    return "CA-2016-11"


_reasons: dict[tuple[str, str, str], Reason] = {}
_make_reason = maker(Reason)
_make_result = maker(ChargeResult)


def _r(code: str, citation: str, text: str, **values: Any) -> Reason:
    """A reason; the same texts and values give the same (frozen, so shareable) instance."""
    if values:  # values name dates and counts: seldom the same twice
        return _make_reason(code=code, citation=citation, text=text, values={k: str(v) for k, v in values.items()})
    key = (code, citation, text)
    got = _reasons.get(key)
    if got is None:
        got = Reason(code=code, citation=citation, text=text, values={})
        if len(_reasons) < 5_000:
            _reasons[key] = got
    return got


def _answer(opts: CaOptions, prefix: str, key: str) -> str:
    """The volunteer's answer to question ``prefix + key``, lower case; "" when none (a bulk review has none)."""
    answers = opts.answers
    if not answers:
        return ""
    return str(answers.get(prefix + key, "")).strip().lower()


# --------------------------------------------------------------------------
# Facts about the record


class _Conv(NamedTuple):
    """A conviction (or custody entry) elsewhere on the record, for prior counts (a tuple: cheap to make)."""

    case_index: int
    charge_index: int
    statute: Statute
    date: date | None
    definite: bool  # a court conviction, not a custody entry or an attempt
    attempt: bool


_iso_dates: dict[str, date | None] = {}


def _iso(value: Any) -> date | None:
    if isinstance(value, str) and len(value) == 10:
        try:
            return _iso_dates[value]
        except KeyError:
            pass
        try:
            got: date | None = date.fromisoformat(value)
        except ValueError:
            got = None
        if len(_iso_dates) < 20_000:  # a date is immutable: remembering it is safe
            _iso_dates[value] = got
        return got
    return None


def conviction_date(case: Case, charge: Charge) -> date | None:
    """The court date of the conviction (not of a later set-aside)."""
    return _iso(charge.extra.get("event_date")) or _iso(case.extra.get("event_date")) or charge.disposition_date


def _statute(charge: Charge) -> Statute | None:
    return parse_statute(charge.statute or charge.statute_raw, charge.section, charge.code)


def _convictions(record: Record) -> list[_Conv]:
    out: list[_Conv] = []
    for ci, case in enumerate(record.cases):
        custody = case.extra.get("event") == "custody"
        for xi, ch in enumerate(case.charges):
            st = _statute(ch)
            if st is None:
                continue
            if ch.disposition in CONVICTIONS:
                out.append(_Conv(ci, xi, st, conviction_date(case, ch), True, ch.attempt))
            elif custody and ch.disposition is Disposition.UNKNOWN:
                out.append(_Conv(ci, xi, st, conviction_date(case, ch), False, ch.attempt))
    return out


def _is_prop64(st: Statute | None) -> bool:
    return st is not None and st.section in PROP64_SECTIONS and st.code in (None, "HS")


@dataclass
class _Outcome:
    relief: Relief
    status: Status
    reasons: list[Reason]
    questions: list[Question]
    alternatives: list[Alternative]
    route: str | None = None
    eligible_on: date | None = None


# --------------------------------------------------------------------------
# Disqualifiers (california.md 3)


@dataclass
class _Disqualifiers:
    definite: list[Reason]
    possible: list[Reason]
    not_prior: list[Reason]
    super_strikes: list[str]
    pc290: list[str]
    priors: int


def _is_prior(other: date | None, this: date | None, opts: CaOptions) -> bool | None:
    """True/False when known; None when a date is missing and only priors count."""
    if not opts.prior_only:
        return True
    if other is None or this is None:
        return None
    return other < this


_DQ_TESTS = (
    (is_super_strike, "CA_DQ_SUPER_STRIKE", "PC 667(e)(2)(C)(iv); HS 11361.8(b)", "a super strike"),
    (is_pc290_offense, "CA_DQ_PC290", "PC 290(c); HS 11361.8(b)", "an offense requiring PC 290 registration"),
)
_dq_tests_of: dict[Statute, tuple[tuple[str, str, str], ...]] = {}


def _dq_tests(st: Statute) -> tuple[tuple[str, str, str], ...]:
    """(code, citation, what) of each disqualifier test ``st`` meets, in test order (remembered: immutable)."""
    got = _dq_tests_of.get(st)
    if got is None:
        got = tuple((code, cite, what) for test, code, cite, what in _DQ_TESTS if test(st))
        if len(_dq_tests_of) < 20_000:
            _dq_tests_of[st] = got
    return got


def _disqualifiers(record: Record, ci: int, xi: int, st: Statute, when: date | None, convs: list[_Conv],
                   opts: CaOptions) -> _Disqualifiers:
    dq = _Disqualifiers([], [], [], [], [], 0)
    mode = "prior" if opts.prior_only else "anywhere on the record"
    for c in convs:
        if c.case_index == ci and c.charge_index == xi:
            continue
        cst = c.statute
        tests = _dq_tests(cst)
        if tests:
            prior = _is_prior(c.date, when, opts)
            label = f"{cst} ({iso(c.date) if c.date else 'date unknown'})"
            for code, cite, what in tests:
                possible = not c.definite or (c.attempt and cst.section not in ATTEMPT_COUNTS)
                if prior is False:
                    dq.not_prior.append(_r("CA_DQ_NOT_PRIOR", cite, f"{label} is {what} but after this conviction, so it does not count", statute=str(cst)))
                elif prior is None or possible:
                    why = "its date is unknown" if prior is None else (
                        "it appears only in a custody entry, not as a court conviction" if not c.definite
                        else "it was an attempt")
                    dq.possible.append(_r(f"{code}_POSSIBLE", cite, f"{label} may be {what} ({why}): check", statute=str(cst)))
                else:
                    dq.definite.append(_r(code, cite, f"{what} on the record ({mode}): {label}", statute=str(cst)))
                    (dq.super_strikes if code == "CA_DQ_SUPER_STRIKE" else dq.pc290).append(str(cst))
        if cst.section == st.section and cst.code in (None, "HS") and c.definite and _is_prior(c.date, when, opts):
            dq.priors += 1
    # Registration events: PC 290 on the rap sheet.
    events = record.person.extra.get("registration_events")
    dated = {str(e.get("statute")): _iso(e.get("date")) for e in events if isinstance(e, dict)} if isinstance(events, list) else {}
    for reg in record.person.registrations or ():
        if not reg.strip().startswith("290"):
            continue
        reg_date = dated.get(reg)
        prior = _is_prior(reg_date, when, opts)
        label = f"{reg} registration ({reg_date.isoformat() if reg_date else 'date unknown'})"
        if prior is False:
            dq.not_prior.append(_r("CA_DQ_NOT_PRIOR", "PC 290(c); HS 11361.8(b)",
                                   f"{label} is after this conviction, so it does not count", statute=reg))
        elif prior is None:
            dq.possible.append(_r("CA_DQ_PC290_POSSIBLE", "PC 290(c); HS 11361.8(b)",
                                  f"{label}: the offense that requires it may be before this conviction: check", statute=reg))
        else:
            dq.definite.append(_r("CA_DQ_PC290", "PC 290(c); HS 11361.8(b)",
                                  f"registration under PC 290 on the record ({mode}): {label}", statute=reg))
            dq.pc290.append(reg)
    if dq.priors >= 2:
        dq.definite.append(_r(
            "CA_DQ_TWO_PRIORS", f"HS {st.section}; HS 11361.8(b)",
            f"{dq.priors} convictions under HS {st.section} before this one ({mode}): a third conviction is not eligible",
            priors=dq.priors,
        ))
    return dq


# --------------------------------------------------------------------------
# Route (california.md 2)


def _route(case: Case, charge: Charge, key: str, as_of: date, opts: CaOptions) -> tuple[str | None, Reason, list[Question]]:
    answer = _answer(opts, "ca_route:", key)
    if answer in ("serving", "resentencing"):
        return "resentencing", _r("CA_ROUTE_RESENTENCING", "HS 11361.8(a)-(b)", "still serving the sentence (your answer): a petition"), []
    if answer in ("completed", "redesignation"):
        return "redesignation", _r("CA_ROUTE_REDESIGNATION", "HS 11361.8(e)-(f)", "sentence completed (your answer): an application"), []
    end = charge.sentence.end if charge.sentence is not None else None
    source = "its sentence"
    if end is None and (charge.sentence is None or charge.sentence.kind is None):
        # The sheet often prints one sentence under the last count of the case.
        ends = [c.sentence.end for c in case.charges
                if c.sentence is not None and c.sentence.end is not None and c.disposition in CONVICTIONS]
        if ends:
            end, source = max(ends), "the sentence of the same court case"
    if end is None:
        q = Question(f"ca_route:{key}", "Is the person still serving any part of this sentence (probation, jail, prison, parole)?",
                     ("serving", "completed"))
        return None, _r("CA_ROUTE_UNKNOWN", "HS 11361.8(a), (e)", "the sentence end is not on the record: petition or application is not known"), [q]
    if end > as_of:
        return "resentencing", _r("CA_ROUTE_RESENTENCING", "HS 11361.8(a)-(b)",
                                  f"{source} ends {iso(end)}, after {iso(as_of)}: a petition (still serving)",
                                  sentence_end=iso(end)), []
    return "redesignation", _r("CA_ROUTE_REDESIGNATION", "HS 11361.8(e)-(f)",
                               f"{source} ended {iso(end)}: an application (sentence completed)",
                               sentence_end=iso(end)), []


# --------------------------------------------------------------------------
# Additional relief of the bulk tools


def _additional(record: Record, when: date | None, as_of: date, convs: list[_Conv], opts: CaOptions) -> Reason | None:
    dob = record.person.dob
    if opts.deceased_dismiss and record.person.deceased:
        return _r("CA_EXTRA_DECEASED", "HS 11361.8; review setting", "the person is deceased (review setting: dismiss)")
    if opts.under21_at_conviction and dob is not None and when is not None and _years(dob, when) < 21:
        return _r("CA_EXTRA_UNDER_21", "HS 11361.8; review setting", "under 21 at conviction (review setting: dismiss)",
                  dob=dob.isoformat())
    if opts.age_threshold and dob is not None and _years(dob, as_of) >= opts.age_threshold:
        return _r("CA_EXTRA_AGE", "HS 11361.8; review setting",
                  f"at least {opts.age_threshold} years old on {as_of.isoformat()} (review setting: dismiss)")
    if opts.years_since_conviction_threshold:
        dates = [c.date for c in convs if c.definite and c.date is not None]
        if dates and _years(max(dates), as_of) >= opts.years_since_conviction_threshold:
            return _r("CA_EXTRA_YEARS", "HS 11361.8; review setting",
                      f"no conviction in the {opts.years_since_conviction_threshold} years before {as_of.isoformat()}"
                      " (review setting: dismiss)", last_conviction=max(dates).isoformat())
    if opts.only_prop64_dismiss and convs and all(_is_prop64(c.statute) for c in convs if c.definite):
        return _r("CA_EXTRA_ONLY_PROP64", "HS 11361.8; review setting",
                  "every conviction on the record is HS 11357-11360 (review setting: dismiss)")
    return None


def _years(start: date, end: date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


# --------------------------------------------------------------------------
# One cannabis conviction


def _cannabis(record: Record, ci: int, xi: int, st: Statute, as_of: date, convs_of: Callable[[], list[_Conv]],
              opts: CaOptions, result_extra: dict[str, Any], when: date | None) -> _Outcome:
    """``when``: the conviction date (:func:`conviction_date`); ``convs_of()``: the record's :func:`_convictions`."""
    case = record.cases[ci]
    charge = case.charges[xi]
    key = f"{ci}.{xi}"
    reasons: list[Reason] = []
    questions: list[Question] = []
    relieved = charge.extra.get("prop64_relief")
    # Already relieved (california.md 4).
    if isinstance(relieved, dict):
        return _Outcome(Relief.NONE, Status.ALREADY_RELIEVED, [_r(
            "CA_ALREADY_PROP64", "HS 11361.8; HS 11361.9",
            f"already {relieved.get('kind', 'relieved')} under Proposition 64: {relieved.get('text', '')}".strip(),
        )], [], [])
    if charge.disposition is Disposition.SET_ASIDE:
        return _Outcome(Relief.NONE, Status.ALREADY_RELIEVED, [_r(
            "CA_ALREADY_SET_ASIDE", "PC 1203.4",
            f"conviction already set aside and dismissed: {charge.disposition_raw or 'set aside'}",
        )], [], [])
    if charge.disposition in NOT_CONVICTED:
        return _Outcome(Relief.NONE, Status.NOT_ELIGIBLE, [_r(
            "CA_NOT_CONVICTED", "HS 11361.8(a)", f"not a conviction ({charge.disposition.value}): nothing to relieve",
        )], [], [])
    if charge.disposition is not Disposition.CONVICTED:
        return _Outcome(Relief.NONE, Status.NEEDS_REVIEW, [_r(
            "CA_DISPOSITION_UNKNOWN", "HS 11361.8(a)",
            "the rap sheet shows no court disposition for this cannabis charge: get the court record",
        )], [], [])
    # Cut-off: conduct before 2016-11-09.
    cutoff = _conduct_before_cutoff(case, charge, key, opts, when)
    if cutoff is not None:
        status, reason, qs = cutoff
        if status is Status.NOT_ELIGIBLE:
            return _Outcome(Relief.NONE, status, [reason], qs, [])
        reasons.append(reason)
        questions += qs
    # Excluded subdivisions of the conviction itself.
    excluded = excluded_subdivision(st)
    if excluded is not None:
        result_extra["disqualifiers"] = {"excluded_subdivision": excluded}
        return _Outcome(Relief.NONE, Status.NOT_ELIGIBLE, [_r(
            "CA_DQ_EXCLUDED_SUBDIVISION", f"HS {excluded}; HS 11361.8(b)",
            f"HS {excluded} (sale to a minor and the like) is not eligible",
        )], [], [])
    eligible_on = max(when, CUTOFF) if when is not None else CUTOFF
    dismiss, reduce = _selected(opts, st)
    if not dismiss and not reduce:
        return _Outcome(Relief.NONE, Status.NOT_ELIGIBLE, [_r(
            "CA_SECTION_NOT_SELECTED", "review setting", f"{st} is in neither the dismiss nor the reduce list of this review",
        )], [], [])
    out: _Outcome
    if dismiss:
        # HS 11357 has no felony path today: no disqualifier blocks it.
        reasons.insert(0, _r("CA_PROP64_DISMISS", "HS 11361.8(a), (e); HS 11357",
                             f"{st}: possession that is lawful or an infraction today: dismiss and seal"))
        out = _Outcome(Relief.DISMISS_SEAL, Status.ELIGIBLE_NOW, reasons, questions, [], eligible_on=eligible_on)
    else:
        convs = convs_of()
        dq = _disqualifiers(record, ci, xi, st, when, convs, opts)
        result_extra["disqualifiers"] = {
            "super_strikes": dq.super_strikes, "pc290": dq.pc290, "prior_same_section": dq.priors,
            "possible": [r.values.get("statute", "") for r in dq.possible],
        }
        if dq.definite:
            return _Outcome(Relief.NONE, Status.NOT_ELIGIBLE, dq.definite + dq.not_prior, [], [])
        extra = _additional(record, when, as_of, convs, opts)
        level = _level(charge, key, opts)
        if extra is not None:
            reasons.insert(0, _r("CA_PROP64_DISMISS", f"HS 11361.8(a), (e); HS {st.section}",
                                 f"{st}: dismiss and seal under this review's settings"))
            reasons.insert(1, extra)
            out = _Outcome(Relief.DISMISS_SEAL, Status.ELIGIBLE_NOW, reasons, questions, [], eligible_on=eligible_on)
        elif level is Level.FELONY:
            reasons.insert(0, _r("CA_PROP64_REDUCE", f"HS 11361.8(a)-(b), (e)-(f); HS {st.section}",
                                 f"felony {st}: a misdemeanor today: redesignate as a misdemeanor"))
            out = _Outcome(Relief.REDUCE, Status.ELIGIBLE_NOW, reasons, questions, [], eligible_on=eligible_on)
        elif level in (Level.MISDEMEANOR, Level.INFRACTION) and (opts.misdemeanor_dismiss or level is Level.INFRACTION):
            chosen = _answer(opts, "ca_relief:", key)
            if chosen == "reduce" and level is Level.MISDEMEANOR:
                reasons.insert(0, _r("CA_PROP64_REDUCE_INFRACTION", f"HS 11361.8(a)-(b), (e)-(f); HS {st.section}",
                                     f"misdemeanor {st}: redesignate as an infraction (your choice)"))
                out = _Outcome(Relief.REDUCE, Status.ELIGIBLE_NOW, reasons, questions,
                               [Alternative(Relief.DISMISS_SEAL, Status.ELIGIBLE_NOW, eligible_on)], eligible_on=eligible_on)
            else:
                reasons.insert(0, _r("CA_PROP64_MISDEMEANOR_DISMISS", f"HS 11361.8(a), (e); HS {st.section}",
                                     f"{level.value} {st}: dismissed and sealed in the bulk programs' practice"
                                     " (the conduct may be lawful today); redesignation is the alternative"))
                out = _Outcome(Relief.DISMISS_SEAL, Status.ELIGIBLE_NOW, reasons, questions,
                               [Alternative(Relief.REDUCE, Status.ELIGIBLE_NOW, eligible_on)] if level is Level.MISDEMEANOR else [],
                               eligible_on=eligible_on)
                if level is Level.MISDEMEANOR:
                    questions.append(Question(f"ca_relief:{key}", "Ask for dismissal and sealing, or for redesignation as an infraction?",
                                              ("dismiss_seal", "reduce")))
        elif level is Level.MISDEMEANOR:
            reasons.insert(0, _r("CA_PROP64_REDUCE_INFRACTION", f"HS 11361.8(a)-(b), (e)-(f); HS {st.section}",
                                 f"misdemeanor {st}: redesignate as an infraction where the law makes it one"))
            out = _Outcome(Relief.REDUCE, Status.NEEDS_REVIEW, reasons, questions, [], eligible_on=eligible_on)
        else:
            reasons.insert(0, _r("CA_LEVEL_UNKNOWN", "HS 11361.8(b)", f"{st}: felony or misdemeanor is not on the record"))
            questions.append(Question(f"ca_level:{key}", "Was this conviction a felony or a misdemeanor?", ("felony", "misdemeanor")))
            out = _Outcome(Relief.REDUCE, Status.NEEDS_REVIEW, reasons, questions, [], eligible_on=eligible_on)
        if dq.possible:
            out.status = Status.NEEDS_REVIEW
            out.reasons += dq.possible
        out.reasons += dq.not_prior
        if not dq.definite and not dq.possible:
            out.reasons.append(_r("CA_NO_DISQUALIFIER", "HS 11361.8(b); PC 667(e)(2)(C)(iv); PC 290(c)",
                                  f"no super strike, no PC 290 registration, {dq.priors} prior HS {st.section} conviction(s)"
                                  f" ({'prior only' if opts.prior_only else 'anywhere on the record'})", priors=dq.priors))
    # Deceased subjects: report and skip (unless the review dismisses them).
    if record.person.deceased and not opts.deceased_dismiss:
        out.status = Status.NEEDS_REVIEW
        out.reasons.append(_r("CA_SUBJECT_DECEASED", "HS 11361.8", "the record shows the person as deceased: no petition is prepared"))
    if record.person.deceased is None and _deceased_banner(record) and out.status is not Status.NOT_ELIGIBLE:
        out.questions.append(Question("ca_deceased", "The rap sheet's header has a DECEASED notice. Is the person deceased?",
                                      ("yes", "no")))
    if out.status in (Status.ELIGIBLE_NOW, Status.NEEDS_REVIEW) and out.relief is not Relief.NONE:
        route, reason, qs = _route(case, charge, key, as_of, opts)
        out.route = route
        out.reasons.append(reason)
        out.questions += qs
    return out


_selections: dict[tuple[tuple[str, ...], tuple[str, ...], Statute], tuple[bool, bool]] = {}


def _selected(opts: CaOptions, st: Statute) -> tuple[bool, bool]:
    """Whether the review's dismiss list, and its reduce list, cover ``st`` (remembered: all immutable)."""
    key = (opts.dismiss_sections, opts.reduce_sections, st)
    got = _selections.get(key)
    if got is None:
        got = (any(in_list(e, st) for e in opts.dismiss_sections), any(in_list(e, st) for e in opts.reduce_sections))
        if len(_selections) < 20_000:
            _selections[key] = got
    return got


def _conduct_before_cutoff(case: Case, charge: Charge, key: str, opts: CaOptions,
                           when: date | None) -> tuple[Status, Reason, list[Question]] | None:
    """None when the conduct was before 2016-11-09 by the record's dates (``when``: the conviction date)."""
    answer = _answer(opts, "ca_conduct_before_cutoff:", key)
    if answer in ("yes", "true"):
        return None
    cite = "HS 11361.8(a); Prop. 64 (eff. 2016-11-09)"
    if answer in ("no", "false"):
        return Status.NOT_ELIGIBLE, _r("CA_AFTER_CUTOFF", cite, "the conduct was on or after 2016-11-09 (your answer)"), []
    for label, d in (("offense", charge.offense_date), ("arrest", case.arrest_date), ("conviction", when)):
        if d is None:
            continue
        if d < CUTOFF:
            return None
        if label != "conviction":
            q = Question(f"ca_conduct_before_cutoff:{key}", "Was the conduct before 2016-11-09?", ("yes", "no"))
            return Status.NOT_ELIGIBLE, _r("CA_AFTER_CUTOFF", cite, f"{label} date {iso(d)} is on or after 2016-11-09",
                                           date=iso(d)), [q]
        q = Question(f"ca_conduct_before_cutoff:{key}", "Was the conduct before 2016-11-09? (the conviction is later and no arrest date is on the record)",
                     ("yes", "no"))
        return Status.NOT_ELIGIBLE, _r("CA_AFTER_CUTOFF", cite,
                                       f"convicted {iso(d)}, after the 2016-11-09 cut-off, with no earlier arrest or offense date",
                                       date=iso(d)), [q]
    q = Question(f"ca_conduct_before_cutoff:{key}", "Was the conduct before 2016-11-09?", ("yes", "no"))
    return Status.NEEDS_REVIEW, _r("CA_CONDUCT_DATE_UNKNOWN", cite, "no date of the conduct or conviction is on the record"), [q]


def _level(charge: Charge, key: str, opts: CaOptions) -> Level | None:
    answer = _answer(opts, "ca_level:", key)
    if answer in ("felony", "misdemeanor", "infraction"):
        return Level(answer)
    return charge.level


# --------------------------------------------------------------------------
# Possible plea bargains (PC 32, HS 11364, HS 11366)


def _cannabis_in_case(case: Case) -> Statute | None:
    for ch in case.charges:
        st = _statute(ch)
        if _is_prop64(st):
            return st
    raw = case.extra.get("arrest_statutes")
    if isinstance(raw, list):
        for s in raw:
            st = parse_statute(str(s))
            if _is_prop64(st):
                return st
    return None


def _plea(record: Record, ci: int, xi: int, st: Statute, as_of: date, opts: CaOptions) -> _Outcome | None:
    case = record.cases[ci]
    charge = case.charges[xi]
    if (st.section, st.code or "") not in PLEA_BARGAIN or charge.disposition is not Disposition.CONVICTED:
        return None
    cannabis = _cannabis_in_case(case)
    if cannabis is None:
        return None
    key = f"{ci}.{xi}"
    relief = Relief.DISMISS_SEAL if cannabis.section == "11357" or charge.level is not Level.FELONY else Relief.REDUCE
    answer = _answer(opts, "ca_plea_bargain:", key)
    reason = _r("CA_POSSIBLE_PLEA_BARGAIN", "HS 11361.8; PC 32; HS 11364; HS 11366",
                f"{st} next to {cannabis} in the same case may be a plea bargain from the cannabis charge", cannabis=str(cannabis))
    if answer == "no":
        return _Outcome(Relief.NONE, Status.NOT_ELIGIBLE, [reason, _r("CA_NOT_PROP64_SECTION", "HS 11361.8(a)",
                        f"{st} is not a Proposition 64 conviction (your answer: not a plea from a cannabis charge)")], [], [])
    q = Question(f"ca_plea_bargain:{key}", f"Was the {st} conviction a plea bargain from the {cannabis} charge?", ("yes", "no"))
    status = Status.ELIGIBLE_NOW if answer == "yes" else Status.NEEDS_REVIEW
    when = conviction_date(case, charge)
    out = _Outcome(relief, status, [reason], [] if answer == "yes" else [q], [],
                   eligible_on=max(when, CUTOFF) if when else CUTOFF)
    route, r, qs = _route(case, charge, key, as_of, opts)
    out.route, out.reasons, out.questions = route, [*out.reasons, r], [*out.questions, *qs]
    return out


# --------------------------------------------------------------------------
# The whole record


def _results(record: Record, as_of: date, opts: CaOptions) -> Iterator[ChargeResult]:
    for _ci, _xi, res in _charge_results(record, as_of, opts, None):
        yield res


def _charge_results(record: Record, as_of: date, opts: CaOptions,
                    keep: Callable[[Charge], bool] | None) -> Iterator[tuple[int, int, ChargeResult]]:
    """(case index, charge index, result) of every charge, in record order.

    With ``keep``, a charge that is not eligible and for which ``keep(charge)``
    is False is left out (bulk review writes no row for it).
    """
    memo: list[list[_Conv]] = []

    def convs_of() -> list[_Conv]:  # only the reduce path needs them: made once, when first asked
        if not memo:
            memo.append(_convictions(record))
        return memo[0]

    for ci, case in enumerate(record.cases):
        for xi, charge in enumerate(case.charges):
            st = _statute(charge)
            outcome: _Outcome | None = None
            cannabis = st is not None and _is_prop64(st)
            if not cannabis:
                outcome = _plea(record, ci, xi, st, as_of, opts) if st is not None else None
                if (keep is not None and (outcome is None or outcome.status is Status.NOT_ELIGIBLE)
                        and not keep(charge)):  # fmt: skip
                    continue
            extra: dict[str, Any] = {"case_index": ci}
            when = conviction_date(case, charge)
            extra["conviction_date"] = iso(when) if when and charge.disposition in CONVICTIONS else None
            extra["level"] = charge.level.value if charge.level else None
            if cannabis and st is not None:
                outcome = _cannabis(record, ci, xi, st, as_of, convs_of, opts, extra, when)
            if outcome is None:
                what = str(st) if st else (charge.description or "this charge")
                outcome = _Outcome(Relief.NONE, Status.NOT_ELIGIBLE, [_r(
                    "CA_NOT_PROP64_SECTION", "HS 11361.8(a)", f"{what} is not HS 11357, 11358, 11359 or 11360",
                )], [], [])
            if outcome.status is Status.NOT_ELIGIBLE:
                if keep is not None and not keep(charge):
                    continue
                outcome.relief, outcome.route, outcome.alternatives = Relief.NONE, None, []
            yield ci, xi, _make_result(
                case_number=case.case_number,
                charge_index=xi,
                statute=str(st) if st else charge.statute,
                relief=outcome.relief,
                status=outcome.status,
                eligible_on=outcome.eligible_on if outcome.status is not Status.NOT_ELIGIBLE else None,
                alternatives=tuple(outcome.alternatives),
                reasons=tuple(outcome.reasons),
                questions=tuple(outcome.questions),
                route=outcome.route,
                extra=extra,
            )


def bulk_results(record: Record, as_of: date, options: CaOptions,
                 keep: Callable[[Charge], bool]) -> list[tuple[Case, Charge, ChargeResult]]:
    """Bulk review's fast path: the charge results of :func:`analyze_with_options`, each with its case and charge.

    The same results as ``analyze_with_options(...).charges`` (a test compares
    them), minus the not-eligible charges for which ``keep`` is False, and
    without the case results, assumptions and notes the bulk rows do not use.
    """
    answer = options.answers.get("ca_deceased", "").strip().lower() if options.answers else ""
    if answer in ("yes", "no") and record.person.deceased is None:
        record = replace(record, person=replace(record.person, deceased=answer == "yes"))
    cases = record.cases
    return [(cases[ci], cases[ci].charges[xi], res) for ci, xi, res in _charge_results(record, as_of, options, keep)]


_CASE_ORDER = (Status.ELIGIBLE_NOW, Status.ELIGIBLE_LATER, Status.NEEDS_REVIEW, Status.ALREADY_RELIEVED, Status.NOT_ELIGIBLE)
_RELIEF_ORDER = (Relief.DISMISS_SEAL, Relief.REDUCE, Relief.NONE)


def _case_results(record: Record, charges: list[ChargeResult]) -> list[CaseResult]:
    out: list[CaseResult] = []
    for ci, case in enumerate(record.cases):
        mine = [c for c in charges if c.extra.get("case_index") == ci]
        if not mine:
            continue
        best = min(mine, key=lambda c: (_CASE_ORDER.index(c.status), _RELIEF_ORDER.index(c.relief)))
        out.append(CaseResult(case_number=case.case_number, relief=best.relief, status=best.status, eligible_on=best.eligible_on))
    return out


def _deceased_banner(record: Record) -> list[str]:
    notices = record.extra.get("notices")
    if not isinstance(notices, list):
        return []
    return [n for n in notices if isinstance(n, str) and "DECEASED" in n.upper()]


def analyze_with_options(record: Record, as_of: date, options: CaOptions, filing_date: date | None = None) -> Analysis:
    """The analysis with explicit settings (the bulk review's entry point)."""
    filing = filing_date or as_of
    answer = options.answers.get("ca_deceased", "").strip().lower()
    if answer in ("yes", "no") and record.person.deceased is None:
        record = replace(record, person=replace(record.person, deceased=answer == "yes"))
    charges = list(_results(record, as_of, options))
    assumptions = [
        Assumption("CA_PRIOR_ONLY" if options.prior_only else "CA_ANY_DISQUALIFIER",
                   "Disqualifiers count only when they come before the conviction reviewed."
                   if options.prior_only else "Disqualifiers count wherever they are on the record."),
        Assumption("CA_NO_AMOUNTS", "The rap sheet shows no grams or plants: HS 11357 is dismissed and HS 11358-11360"
                   " reduced, as the bulk programs do."),
        Assumption("CA_SUPER_STRIKE_LIST", "Super strikes and PC 290(c) offenses are matched on code sections;"
                   " compare with the published lists."),
    ]
    notes = [_r("CA_AUTOMATIC_RELIEF", "HS 11361.9 (AB 1793, AB 1706)",
                "The DOJ and the courts were to relieve eligible convictions automatically (orders by 2023-03-01):"
                " many may already be relieved. Check the current DOJ record before filing.")]
    questions_deceased: list[Reason] = []
    banner = _deceased_banner(record)
    if record.person.deceased is None and banner:
        questions_deceased.append(_r("CA_DECEASED_NOTICE", "HS 11361.8",
                                     f"the rap sheet header says {banner[0]!r} but shows no DECEASED event: check whether"
                                     " the person is deceased"))
    return Analysis(
        jurisdiction=CODE,
        as_of=as_of,
        filing_date=filing,
        rules_version=rules_version(filing),
        rules_label="California Proposition 64 (HS 11361.8)",
        assumptions=tuple(assumptions),
        charges=tuple(charges),
        cases=tuple(_case_results(record, charges)),
        notes=tuple(notes + questions_deceased),
    )
