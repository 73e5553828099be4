"""Sealing, 20 ILCS 2630/5.2(c) [S]: rows SEAL-1 .. SEAL-10 of illinois.md section 5.

Waits run from the end of the **last sentence** (clocks.last_sentence), in
either rule version (versions.py). Unpaid fines or fees never block sealing,
(d)(6)(C) [S]; nothing here looks at them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from reliefdesk.model.analysis import Question, Reason, Relief, Status
from reliefdesk.model.record import Disposition, Level, SentenceKind
from reliefdesk.rules.illinois.catalog import reason
from reliefdesk.rules.illinois.clocks import LastSentence, add_years
from reliefdesk.rules.illinois.exclusions import Screen, registrable
from reliefdesk.rules.illinois.facts import YES_NO, ChargeFacts, answer
from reliefdesk.rules.illinois.options import (
    Option,
    blocked,
    q_class,
    q_education_waiver,
    q_other_sentences,
    q_prior_sealed_felony,
    q_registration,
    q_sentence_end,
    q_sentence_end_for,
    review,
    timed,
)
from reliefdesk.rules.illinois.versions import RulesVersion

S = Relief.SEAL

#: Acts whose felonies are "felony drug" records for the old (d)(3) drug test [M].
DRUG_ACTS = frozenset({(720, "550"), (720, "570"), (720, "646")})


@dataclass(frozen=True)
class SealContext:
    version: RulesVersion
    last: LastSentence
    as_of: date
    answers: Mapping[str, str]
    registration: str | None  # "yes", "no", "unknown" or None (not asked / unknown)
    labels: Mapping[str, str]  # charge key -> "case X, charge N (...)" for sentence_end questions


def _wait(f: ChargeFacts, v: RulesVersion) -> tuple[int, str, dict[str, str]] | Option:
    """(years, reason code, values) for this record, or an Option when it cannot be decided."""
    d = f.disposition
    if d is Disposition.SUPERVISION:  # SEAL-3
        return v.seal_supervision, "IL_SEAL_SUPERVISION_2Y", {}
    if d is Disposition.QUALIFIED_PROBATION:  # SEAL-4
        return v.seal_qualified_probation, "IL_SEAL_QUALIFIED_PROBATION", {
            "years": str(v.seal_qualified_probation)}
    if f.level is None:
        return review(S, reason("IL_NEEDS_CLASS"), questions=(q_class(f),))
    if f.level in (Level.CIVIL, Level.INFRACTION):
        return review(S, reason("IL_NEEDS_CLASS"))
    if f.level is not Level.FELONY:  # SEAL-5: misdemeanor, ordinance (and non-traffic petty)
        code = "IL_SEAL_MISD_2Y" if v.seal_misdemeanor == 2 else "IL_SEAL_MISD_3Y"
        return v.seal_misdemeanor, code, {}
    s = f.charge.sentence
    kind = s.kind if s is not None else None
    revoked = (s is not None and s.revoked) or d in (
        Disposition.SUPERVISION_UNSATISFACTORY, Disposition.QUALIFIED_PROBATION_UNSATISFACTORY)
    if kind in (SentenceKind.PROBATION, SentenceKind.CONDITIONAL_DISCHARGE, SentenceKind.SUPERVISION) or revoked:
        what = (kind or SentenceKind.PROBATION).value.replace("_", " ")
        if revoked:  # SEAL-7
            return v.seal_felony_revoked, "IL_SEAL_FELONY_REVOKED_3Y", {"sentence": what}
        code = "IL_SEAL_FELONY_PROBATION_2Y" if v.seal_felony_probation == 2 else "IL_SEAL_FELONY_PROBATION_3Y"
        return v.seal_felony_probation, code, {"sentence": what}  # SEAL-6
    if kind in (SentenceKind.PRISON, SentenceKind.JAIL, SentenceKind.TIME_SERVED):  # SEAL-8
        return v.seal_felony_prison, "IL_SEAL_FELONY_PRISON_3Y", {"sentence": kind.value.replace("_", " ")}
    # Sentence kind unknown: the longer felony wait, said out loud.
    return v.seal_felony_prison, "IL_SEAL_FELONY_PRISON_3Y", {"sentence": "unknown", "kind_unknown": "yes"}


def seal_option(f: ChargeFacts, screen: Screen, ctx: SealContext) -> Option:
    """The sealing relief for one charge (before the mixed-case rule)."""
    d = f.disposition
    as_of = ctx.as_of
    if screen.seal_block:
        return blocked(S, *screen.seal_block)
    if f.is_non_conviction:  # SEAL-1, SEAL-2: at any time
        on = f.charge.disposition_date or (f.case.arrest_date if d is Disposition.RELEASED_WITHOUT_CHARGING
                                           else None)
        r = reason("IL_SEAL_NON_CONVICTION", disposition=d.value.replace("_", " "))
        if on is None or on > as_of:
            return Option(S, Status.ELIGIBLE_NOW, None, False, (r,))
        return timed(S, on, as_of, (r,))
    if d not in (Disposition.SUPERVISION, Disposition.QUALIFIED_PROBATION) and not f.is_conviction:
        return review(S, reason("IL_NOT_IL_DISPOSITION", disposition=d.value))
    if screen.seal_review:
        return review(S, *screen.seal_review)

    reasons: list[Reason] = []
    questions: list[Question] = []
    warnings: list[str] = []
    v = ctx.version

    # SEAL-9: registration [M].
    if f.is_conviction and ctx.registration == "yes":
        if registrable(f):
            return blocked(S, reason("IL_SEAL_REGISTRATION"))
        return review(S, reason("IL_SEAL_REGISTRATION_REVIEW"))
    if f.is_conviction and ctx.registration is None:
        questions.append(q_registration())

    # Pre-2026 only: a prior sealed felony bars a later felony, old (c)(4) [S].
    if v.prior_sealed_felony_bars and f.is_felony and f.is_conviction:
        prior = answer(ctx.answers, "prior_sealed_felony", YES_NO)
        if prior == "yes":
            return blocked(S, reason("IL_SEAL_PRIOR_SEALED_FELONY"))
        if prior is None:
            questions.append(q_prior_sealed_felony())

    wait = _wait(f, v)
    if isinstance(wait, Option):
        return wait
    years, code, values = wait

    last = ctx.last
    if last.unknown or last.running_unknown:
        keys = (*last.unknown, *last.running_unknown)
        return review(S, reason("IL_SEAL_LAST_SENTENCE_UNKNOWN", unknown=", ".join(keys)),
                      questions=tuple(q_sentence_end(k, ctx.labels.get(k, k)) for k in keys))
    if last.elsewhere == "running":
        return review(S, reason("IL_SEAL_OTHER_SENTENCE_RUNNING"))
    if last.end is None:  # cannot happen for a record with a sentence; kept for safety
        return review(S, reason("IL_NEEDS_SENTENCE_END"), questions=(q_sentence_end_for(f),))

    base = last.end
    estimated = base > as_of or last.estimated
    waiver = answer(ctx.answers, "education_waiver", ("yes", "no", "unknown"))
    if waiver == "yes":  # SEAL-10 [U scope under the 2026 rules]
        on = base
        reasons.append(reason("IL_SEAL_EDUCATION_WAIVER", last_sentence_end=base))
    else:
        on = add_years(base, years)
        reasons.append(reason(code, last_sentence_end=base, eligible_on=on, rules_version=v.id, **values))
        if values.get("kind_unknown"):
            reasons.append(reason("IL_SENTENCE_KIND_UNKNOWN"))
    if screen.reckless_exception and screen.age25 is not None and screen.age25 > on:
        on = screen.age25
        reasons.append(reason("IL_SEAL_RECKLESS_AGE_25", eligible_on=on))
    if base > as_of:
        reasons.append(reason("IL_SEAL_RUNNING", last_sentence_end=base, eligible_on=on))
    if v.drug_test_required and f.is_felony and f.offense is not None and (
            (f.offense.chapter, f.offense.act) in DRUG_ACTS):
        reasons.append(reason("IL_SEAL_DRUG_TEST"))
        warnings.append("Rules before 2026: attach a negative drug test taken within 30 days before filing.")
    if last.elsewhere == "assumed none":
        questions.append(q_other_sentences(base))
    if on > as_of and waiver is None:
        questions.append(q_education_waiver())
    return timed(S, on, as_of, tuple(reasons), estimated=estimated, questions=tuple(questions),
                 warnings=tuple(warnings))
