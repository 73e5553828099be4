"""What a rule family returns for one charge: one relief with its status, and the
questions the engine can ask (stable ids, documented in docs/rules.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reliefdesk.model.analysis import Question, Reason, Relief, Status
from reliefdesk.rules.illinois.clocks import OTHER_SENTENCES_CHOICES
from reliefdesk.rules.illinois.facts import (
    CLASS_CHOICES,
    GRAMS_CHOICES,
    SENTENCE_END_CHOICES,
    YES_NO,
    ChargeFacts,
)


@dataclass(frozen=True)
class Option:
    relief: Relief
    status: Status
    eligible_on: date | None = None
    estimated: bool = False
    reasons: tuple[Reason, ...] = ()
    questions: tuple[Question, ...] = ()
    warnings: tuple[str, ...] = ()


def timed(
    relief: Relief,
    on: date,
    as_of: date,
    reasons: tuple[Reason, ...],
    estimated: bool = False,
    questions: tuple[Question, ...] = (),
    warnings: tuple[str, ...] = (),
) -> Option:
    """eligible_now when ``on`` is on or before ``as_of``, else eligible_later."""
    status = Status.ELIGIBLE_NOW if on <= as_of else Status.ELIGIBLE_LATER
    return Option(relief, status, on, estimated and on > as_of, reasons, questions, warnings)


def blocked(relief: Relief, *reasons: Reason, warnings: tuple[str, ...] = ()) -> Option:
    return Option(relief, Status.NOT_ELIGIBLE, None, False, tuple(reasons), (), warnings)


def review(relief: Relief, *reasons: Reason, questions: tuple[Question, ...] = (),
           warnings: tuple[str, ...] = ()) -> Option:
    return Option(relief, Status.NEEDS_REVIEW, None, False, tuple(reasons), questions, warnings)


# --------------------------------------------------------------------------
# Questions (ids: docs/rules.md "Questions")


def _what(f: ChargeFacts) -> str:
    num = f.case.case_number or f.case_key
    return f"case {num}, charge {f.index + 1} ({f.offense_text})"


def q_grams(f: ChargeFacts) -> Question:
    return Question(f"grams:{f.key}", f"How many grams of cannabis were involved in {_what(f)}?",
                    GRAMS_CHOICES)


def q_class(f: ChargeFacts) -> Question:
    return Question(f"class:{f.key}", f"What level and class was {_what(f)}?", CLASS_CHOICES)


def q_sentence_end(key: str, label: str) -> Question:
    return Question(f"sentence_end:{key}",
                    f"When did the sentence, supervision or probation end for {label}?",
                    SENTENCE_END_CHOICES)


def q_sentence_end_for(f: ChargeFacts) -> Question:
    return q_sentence_end(f.key, _what(f))


def q_other_sentences(last_end: date | None) -> Question:
    after = f" after {last_end.isoformat()}" if last_end else ""
    return Question("other_sentences",
                    f"Did any sentence, supervision or probation in another state or federal court end{after}, "
                    "or is one still running? (no / the date it ended / still running / unknown)",
                    OTHER_SENTENCES_CHOICES)


def q_registration() -> Question:
    return Question("registration",
                    "Is the person required to register as a sex offender, arsonist or violent offender "
                    "against youth?", YES_NO)


def q_education_waiver() -> Question:
    return Question("education_waiver",
                    "Did the person earn a high-school diploma, GED, degree or vocational certificate "
                    "during the sentence or mandatory supervised release?", ("yes", "no", "unknown"))


def q_prior_sealed_felony() -> Question:
    return Question("prior_sealed_felony",
                    "Has a felony of this person ever been sealed before? (rules before 2026)", YES_NO)


#: The question ids the engine asks, for docs/rules.md: (id pattern, choices, what it changes).
QUESTION_DOCS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("grams:<case>:<charge>", GRAMS_CHOICES,
     "Cannabis amount when neither the record nor the subsection and offense date tell it; decides "
     "whether the motion to vacate applies when the class is unknown."),
    ("class:<case>:<charge>", CLASS_CHOICES,
     "Level and class when the record has neither; decides sealing waits, minor-traffic status and "
     "the cannabis motion."),
    ("sentence_end:<case>:<charge>", SENTENCE_END_CHOICES,
     "End of a sentence, supervision or probation when the record lacks it; both clocks depend on it. "
     "Answer an ISO date, `still running` or `unknown`."),
    ("other_sentences", OTHER_SENTENCES_CHOICES,
     "A sentence in another state or federal court ending later than the last Illinois one moves the "
     "sealing clock. Answer `no`, the ISO date it ended, `still running` or `unknown`."),
    ("registration", YES_NO,
     "`yes`: convictions that can require registration cannot be sealed (SEAL-9); others need review."),
    ("education_waiver", ("yes", "no", "unknown"),
     "`yes`: sealing can be filed at the end of the last sentence, with no wait (SEAL-10)."),
    ("prior_sealed_felony", YES_NO,
     "Rules before 2026 only: `yes` bars sealing a later felony conviction (old (c)(4))."),
)
