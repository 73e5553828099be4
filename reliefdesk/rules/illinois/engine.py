"""The Illinois engine: every relief for every charge, the best one, and case results.

``analyze`` is pure: ``as_of`` and ``filing_date`` are arguments, the record is
only read. Per charge it asks each rule family (cannabis, expungement,
sealing) for its relief, applies the mixed-case rule per case (illinois.md
section 4), then picks the best relief in the order vacate-and-expunge,
expunge, seal (section 7).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from reliefdesk.model.analysis import (
    Alternative,
    Analysis,
    Assumption,
    CaseResult,
    ChargeResult,
    Question,
    Reason,
    Relief,
    Status,
)
from reliefdesk.model.record import Case, Disposition, Level, OffenseClass, Record
from reliefdesk.rules.illinois import cannabis, expungement, sealing
from reliefdesk.rules.illinois.catalog import assumption, reason
from reliefdesk.rules.illinois.clocks import LastSentence, last_sentence
from reliefdesk.rules.illinois.exclusions import screen
from reliefdesk.rules.illinois.facts import (
    SENTENCED,
    YES_NO,
    ChargeFacts,
    answer,
    charge_facts,
)
from reliefdesk.rules.illinois.options import Option, _what
from reliefdesk.rules.illinois.scope import out_of_scope, trafficking_note
from reliefdesk.rules.illinois.versions import RulesVersion, in_uncertain_window, version_for

CODE = "IL"
RELIEF_ORDER: tuple[Relief, ...] = (Relief.VACATE_EXPUNGE, Relief.EXPUNGE, Relief.SEAL)
_OPEN = (Status.ELIGIBLE_NOW, Status.ELIGIBLE_LATER, Status.NEEDS_REVIEW)
_RANK = {Status.ELIGIBLE_NOW: 0, Status.ELIGIBLE_LATER: 1, Status.NEEDS_REVIEW: 2, Status.NOT_ELIGIBLE: 3}


def _worst(statuses: Sequence[Status]) -> Status:
    return max(statuses, key=lambda s: _RANK[s])


def _later(dates: Sequence[date | None]) -> date | None:
    known = [d for d in dates if d is not None]
    return max(known) if known else None


def _dedupe_q(qs: Sequence[Question]) -> tuple[Question, ...]:
    seen: dict[str, Question] = {}
    for q in qs:
        seen.setdefault(q.id, q)
    return tuple(seen.values())


def _dedupe_r(rs: Sequence[Reason]) -> tuple[Reason, ...]:
    seen: dict[tuple[str, tuple[tuple[str, str], ...]], Reason] = {}
    for r in rs:
        seen.setdefault((r.code, tuple(sorted(r.values.items()))), r)
    return tuple(seen.values())


class _Charge:
    """Working state for one charge while the engine runs."""

    def __init__(self, f: ChargeFacts) -> None:
        self.f = f
        self.options: dict[Relief, Option] = {}
        self.fixed: tuple[Status, tuple[Reason, ...], tuple[Question, ...]] | None = None
        self.extra_reasons: list[Reason] = []
        self.warnings: list[str] = []
        self.first_cannabis_offense = False


def _evaluate(w: _Charge, case_facts: Sequence[ChargeFacts], all_facts: Sequence[ChargeFacts],
              ctx: sealing.SealContext, dob: date | None) -> None:
    f = w.f
    d = f.disposition
    oos = out_of_scope(f)
    if oos is not None and oos.code == "IL_OUT_OF_SCOPE_JUVENILE":
        w.fixed = (Status.NEEDS_REVIEW, (oos,), ())
        return
    if d is Disposition.UNKNOWN:
        w.fixed = (Status.NEEDS_REVIEW, (reason("IL_NEEDS_DISPOSITION"),), ())
        return
    if d is Disposition.PENDING:
        w.fixed = (Status.NOT_ELIGIBLE,
                   (reason("IL_PENDING", disposition_raw=f.charge.disposition_raw or "pending"),), ())
        return
    if d is Disposition.SET_ASIDE:
        w.fixed = (Status.NEEDS_REVIEW, (reason("IL_NOT_IL_DISPOSITION", disposition=d.value),), ())
        return
    if f.statute is None and not _statute_not_needed(f):
        w.fixed = (Status.NEEDS_REVIEW,
                   (reason("IL_NEEDS_STATUTE", statute_raw=f.charge.statute_raw or f.charge.statute or "none"),),
                   ())
        return
    scr = screen(f, all_facts, dob)
    vac = cannabis.vacate_option(f, case_facts, all_facts, ctx.as_of)
    if vac is not None:
        w.options[Relief.VACATE_EXPUNGE], w.first_cannabis_offense = vac
    exp = expungement.expunge_option(f, scr, ctx.as_of)
    missed = cannabis.auto_expunge_missed(f, case_facts, ctx.as_of)
    if missed is not None and exp.status in _OPEN:
        exp = Option(exp.relief, exp.status, exp.eligible_on, exp.estimated, (*exp.reasons, missed),
                     exp.questions, exp.warnings)
    w.options[Relief.EXPUNGE] = exp
    w.options[Relief.SEAL] = sealing.seal_option(f, scr, ctx)
    if oos is not None:
        w.fixed = (Status.NEEDS_REVIEW, (oos,), ())
    note = trafficking_note(f)
    if note is not None:
        w.extra_reasons.append(note)


def _statute_not_needed(f: ChargeFacts) -> bool:
    """Without a statute, a non-conviction can still be decided when it cannot be minor traffic."""
    if f.disposition is Disposition.RELEASED_WITHOUT_CHARGING:
        return True
    if not f.is_non_conviction:
        return False
    return f.level is Level.FELONY or (
        f.level is Level.MISDEMEANOR and f.offense_class in (OffenseClass.A, OffenseClass.B))


#: Counts that could be expunged on their own: non-convictions, supervision, qualified probation.
EXPUNGEABLE_KINDS = frozenset({
    Disposition.RELEASED_WITHOUT_CHARGING, Disposition.DISMISSED, Disposition.STRICKEN_WITH_LEAVE,
    Disposition.ACQUITTED, Disposition.VACATED, Disposition.SUPERVISION, Disposition.QUALIFIED_PROBATION,
})


def _is_mixed(ws: Sequence[_Charge]) -> bool:
    """A conviction and at least one count that is not one, in the same case."""
    return any(w.f.is_conviction for w in ws) and any(w.f.disposition in EXPUNGEABLE_KINDS for w in ws)


def _apply_mixed_case(ws: Sequence[_Charge]) -> tuple[Reason, ...]:
    """Section 4 [U]: a case mixing a conviction with other counts is sealable, not expungeable."""
    if not _is_mixed(ws):
        return ()
    mixed = reason("MIXED_CASE")
    convictions = [w for w in ws if w.f.is_conviction]
    vacate_all = all(
        (o := w.options.get(Relief.VACATE_EXPUNGE)) is not None and o.status in
        (Status.ELIGIBLE_NOW, Status.ELIGIBLE_LATER) for w in convictions)
    case_reasons: list[Reason] = [mixed]
    vacate_first = reason("IL_MIXED_CASE_VACATE_FIRST")
    if vacate_all:
        case_reasons.append(vacate_first)
    conv_seals = [w.options[Relief.SEAL] for w in convictions if Relief.SEAL in w.options]
    for w in ws:
        if w.f.is_conviction or Relief.EXPUNGE not in w.options:
            continue
        exp = w.options[Relief.EXPUNGE]
        if exp.status in _OPEN:
            extra = (vacate_first,) if vacate_all else ()
            w.options[Relief.EXPUNGE] = Option(Relief.EXPUNGE, Status.NEEDS_REVIEW, exp.eligible_on,
                                               exp.estimated, (mixed, *extra, *exp.reasons), exp.questions,
                                               exp.warnings)
        own = w.options.get(Relief.SEAL)
        if own is None:
            continue
        seals = [own, *conv_seals]
        status = _worst([s.status for s in seals])
        on = _later([s.eligible_on for s in seals]) if status in _OPEN else None
        blocking = [r for s in conv_seals if s.status is Status.NOT_ELIGIBLE for r in s.reasons]
        reasons = (mixed, *own.reasons, *blocking)
        qs = _dedupe_q([q for s in seals for q in s.questions])
        estimated = any(s.estimated for s in seals) and status is Status.ELIGIBLE_LATER
        w.options[Relief.SEAL] = Option(Relief.SEAL, status, on, estimated, _dedupe_r(reasons), qs,
                                        own.warnings)
    return tuple(case_reasons)


def _best(w: _Charge) -> Option | None:
    open_ = [o for o in w.options.values() if o.status in _OPEN]
    if not open_:
        return None
    return min(open_, key=lambda o: (_RANK[o.status], RELIEF_ORDER.index(o.relief)))


def _charge_result(w: _Charge, case_number: str | None) -> ChargeResult:
    f = w.f
    statute = f.citation
    alts_all = [w.options[r] for r in RELIEF_ORDER if r in w.options]
    if w.fixed is not None:
        status, reasons, questions = w.fixed
        return ChargeResult(
            case_number=case_number, charge_index=f.index, statute=statute, relief=Relief.NONE,
            status=status, alternatives=tuple(_alt(o) for o in alts_all),
            reasons=_dedupe_r([*reasons, *w.extra_reasons]), questions=questions,
            warnings=tuple(dict.fromkeys(w.warnings)),
        )
    best = _best(w)
    if best is None:
        reasons_all = [r for o in alts_all for r in o.reasons]
        return ChargeResult(
            case_number=case_number, charge_index=f.index, statute=statute, relief=Relief.NONE,
            status=Status.NOT_ELIGIBLE, alternatives=tuple(_alt(o) for o in alts_all),
            reasons=_dedupe_r([*reasons_all, *w.extra_reasons]), questions=(),
            warnings=tuple(dict.fromkeys(w.warnings)),
        )
    # Questions whose answers could change the result: the best relief's, and those of any
    # relief that comes before it in the order.
    before = [o for o in alts_all if RELIEF_ORDER.index(o.relief) < RELIEF_ORDER.index(best.relief)]
    questions = _dedupe_q([*best.questions, *(q for o in before for q in o.questions)])
    warnings = tuple(dict.fromkeys([*best.warnings, *w.warnings]))
    return ChargeResult(
        case_number=case_number, charge_index=f.index, statute=statute, relief=best.relief,
        status=best.status, eligible_on=best.eligible_on, estimated=best.estimated,
        alternatives=tuple(_alt(o) for o in alts_all if o is not best),
        reasons=_dedupe_r([*best.reasons, *w.extra_reasons]), questions=questions, warnings=warnings,
    )


def _alt(o: Option) -> Alternative:
    return Alternative(o.relief, o.status, o.eligible_on, o.estimated, o.reasons)


def _case_result(case: Case, ws: Sequence[_Charge], case_reasons: tuple[Reason, ...]) -> CaseResult:
    num = case.case_number
    if not ws:
        return CaseResult(num, Relief.NONE, Status.NEEDS_REVIEW, reasons=(reason("IL_NEEDS_DISPOSITION"),))
    for relief in RELIEF_ORDER:
        opts = [w.options.get(relief) if w.fixed is None else None for w in ws]
        if all(o is not None and o.status in _OPEN for o in opts):
            chosen = [o for o in opts if o is not None]
            status = _worst([o.status for o in chosen])
            on = _later([o.eligible_on for o in chosen])
            estimated = any(o.estimated for o in chosen) and status is not Status.NEEDS_REVIEW
            return CaseResult(num, relief, status, on, estimated, case_reasons)
    if all(w.fixed is None and _best(w) is None for w in ws):
        return CaseResult(num, Relief.NONE, Status.NOT_ELIGIBLE, reasons=case_reasons)
    if len(ws) == 1:
        w = ws[0]
        status = w.fixed[0] if w.fixed is not None else Status.NEEDS_REVIEW
        return CaseResult(num, Relief.NONE, status, reasons=case_reasons)
    return CaseResult(num, Relief.NONE, Status.NEEDS_REVIEW,
                      reasons=(*case_reasons, reason("IL_CASE_NO_SHARED_RELIEF")))


def _registration(record: Record, answers: Mapping[str, str]) -> str | None:
    ans = answer(answers, "registration", YES_NO)
    if ans in ("yes", "no"):
        return ans
    regs = record.person.registrations
    if regs is not None:
        return "yes" if regs else "no"
    return None


def analyze(record: Record, as_of: date, filing_date: date, answers: Mapping[str, str] | None = None,
            ) -> Analysis:
    answers = dict(answers or {})
    version = version_for(filing_date)
    dob = record.person.dob
    per_case: list[tuple[Case, list[ChargeFacts]]] = [
        (case, [charge_facts(case, i, ch, as_of, answers) for i, ch in enumerate(case.charges)])
        for case in record.cases
    ]
    all_facts = [f for _, fs in per_case for f in fs]
    last = last_sentence(all_facts, answers)
    registration = _registration(record, answers)
    ctx = sealing.SealContext(version, last, as_of, answers, registration, {f.key: _what(f) for f in all_facts})

    open_cases = [c for c, fs in per_case
                  if any(f.disposition in (Disposition.PENDING, Disposition.UNKNOWN) for f in fs)]
    clock_warning = None
    if open_cases:
        names = ", ".join(sorted(c.case_number or "(no case number)" for c in open_cases))
        clock_warning = (f"Open or undecided case(s) {names}: a sentence there would move the sealing clock.")

    charge_results: list[ChargeResult] = []
    case_results: list[CaseResult] = []
    workers: list[_Charge] = []
    mixed_cases: list[str] = []
    for case, fs in per_case:
        ws = [_Charge(f) for f in fs]
        for w in ws:
            _evaluate(w, fs, all_facts, ctx, dob)
            if clock_warning and Relief.SEAL in w.options and w.f.disposition in SENTENCED:
                w.warnings.append(clock_warning)
        case_reasons = _apply_mixed_case(ws)
        if case_reasons:
            mixed_cases.append(case.case_number or fs[0].case_key)
        charge_results.extend(_charge_result(w, case.case_number) for w in ws)
        case_results.append(_case_result(case, ws, case_reasons))
        workers.extend(ws)

    return Analysis(
        jurisdiction=CODE,
        as_of=as_of,
        filing_date=filing_date,
        rules_version=version.id,
        rules_label=version.label,
        assumptions=_assumptions(workers, last, version, filing_date, registration, answers, mixed_cases,
                                 charge_results),
        charges=tuple(charge_results),
        cases=tuple(case_results),
        notes=_notes(workers),
    )


def _assumptions(ws: Sequence[_Charge], last: LastSentence, version: RulesVersion, filing_date: date,
                 registration: str | None, answers: Mapping[str, str], mixed_cases: Sequence[str],
                 results: Sequence[ChargeResult]) -> tuple[Assumption, ...]:
    out: list[Assumption] = []
    if in_uncertain_window(filing_date):
        out.append(assumption("CLEAN_SLATE_DATE_UNCERTAIN"))
    sentenced = [w for w in ws if w.f.disposition in SENTENCED]
    if sentenced and last.elsewhere in ("assumed none", "unknown") and last.end is not None:
        out.append(assumption("NO_OTHER_SENTENCES", last_sentence_end=last.end))
    dated = sorted({w.f.case.case_number or w.f.case_key for w in ws
                    if w.f.offense_date_from_arrest and (w.f.is_cannabis or w.f.is_offense(625, "5", "11-503"))})
    if dated:
        out.append(assumption("OFFENSE_DATE_FROM_ARREST", cases=", ".join(dated)))
    inferred = sorted(f"{w.f.key} ({w.f.citation})" for w in ws if w.f.class_source == "inferred")
    if inferred:
        out.append(assumption("CANNABIS_CLASS_INFERRED", charges=", ".join(inferred)))
    first = sorted(f"{w.f.key} ({w.f.citation})" for w in ws if w.first_cannabis_offense)
    if first:
        out.append(assumption("FIRST_CANNABIS_OFFENSE", charges=", ".join(first)))
    minor = sorted(f"{w.f.key} ({w.f.citation})" for w in ws for o in w.options.values() for r in o.reasons
                   if r.code in ("IL_CANNABIS_AUTO_EXPUNGE_MISSED", "IL_CANNABIS_PARDON_POSSIBLE"))
    if minor:
        out.append(assumption("NO_PENALTY_ENHANCEMENT", charges=", ".join(dict.fromkeys(minor))))
    if any(w.f.disposition is Disposition.STRICKEN_WITH_LEAVE for w in ws):
        out.append(assumption("SOL_AS_DISMISSED"))
    if registration is None and any(w.f.is_conviction and Relief.SEAL in w.options for w in ws):
        out.append(assumption("NO_REGISTRATION"))
    if mixed_cases:
        out.append(assumption("MIXED_CASE_WHOLE_CASE", cases=", ".join(sorted(mixed_cases))))
    if version.clean_slate and answers.get("education_waiver", "").strip().lower() == "yes":
        out.append(assumption("EDUCATION_WAIVER_SCOPE"))
    if (version.prior_sealed_felony_bars and "prior_sealed_felony" not in answers
            and any(w.f.is_conviction and w.f.is_felony for w in ws)):
        out.append(assumption("NO_PRIOR_SEALED_FELONY"))
    if any(r.estimated for r in results) or any(a.estimated for r in results for a in r.alternatives):
        out.append(assumption("SENTENCES_RUNNING"))
    if any(w.f.disposition is Disposition.SUPERVISION
           and w.f.is_offense(720, "5", *(k[2] for k in expungement.FIVE_YEAR_SUPERVISION_UNCERTAIN))
           for w in ws):
        out.append(assumption("LIST_5Y_RETAIL_THEFT"))
    return tuple(out)


def _notes(ws: Sequence[_Charge]) -> tuple[Reason, ...]:
    notes: list[Reason] = []
    has_conviction = any(w.f.is_conviction for w in ws)
    expungeable = any(
        (o := w.options.get(Relief.EXPUNGE)) is not None and o.status in _OPEN for w in ws)
    if has_conviction and expungeable:
        notes.append(reason("IL_NOTE_OTHER_CONVICTIONS"))
    notes.append(reason("IL_NOTE_FILING"))
    notes.append(reason("IL_NOTE_OUT_OF_SCOPE"))
    return tuple(notes)
