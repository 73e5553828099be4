"""Every Illinois reason code: citation, confidence tag and plain-language text.

The engine builds each :class:`~reliefdesk.model.Reason` from this catalog
(``reason(code, **values)``), and ``docs/rules.md`` is generated from it, so
what the program says and what the documentation says never drift.

Confidence tags (illinois.md): P checked against an official source, S
reputable secondary source, M recollected statute text, U unverified (the
engine shows it as needs review or as a stated assumption).
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass

from reliefdesk.model.analysis import Assumption, Reason

ACT = "20 ILCS 2630/5.2"


@dataclass(frozen=True)
class ReasonSpec:
    code: str
    citation: str
    tag: str  # P, S, M or U
    template: str  # English, with {value} fields
    meaning: str  # plain language, for docs/rules.md


def _s(code: str, citation: str, tag: str, template: str, meaning: str) -> ReasonSpec:
    return ReasonSpec(code, citation, tag, template, meaning)


_SPECS: tuple[ReasonSpec, ...] = (
    # ---- expungement, 5.2(b) -------------------------------------------------
    _s("IL_EXPUNGE_RELEASED", f"{ACT}(b)(1)(A), (b)(2)(A)", "S",
       "Released without charging (arrest {arrest_date}): the arrest can be expunged now, with no wait.",
       "An arrest that ended with release without charging can be expunged at any time (EXP-1)."),
    _s("IL_EXPUNGE_DISMISSED", f"{ACT}(b)(1)(A), (b)(2)(A)", "S",
       "Dismissed ({disposition_raw}) on {disposition_date}: can be expunged now, with no wait.",
       "A dismissed charge (nolle prosequi, DWP, FNPC, SOL) can be expunged at any time (EXP-2)."),
    _s("IL_EXPUNGE_ACQUITTED", f"{ACT}(b)(1)(A), (b)(2)(A)", "S",
       "Acquitted (found not guilty) on {disposition_date}: can be expunged now, with no wait.",
       "An acquittal can be expunged at any time (EXP-2)."),
    _s("IL_EXPUNGE_VACATED", f"{ACT}(b)(1)(B)", "S",
       "Conviction reversed or vacated on {disposition_date}: can be expunged now, with no wait.",
       "A conviction that was reversed or vacated can be expunged at any time (EXP-3)."),
    _s("IL_EXPUNGE_SUPERVISION_2Y", f"{ACT}(b)(1)(C), (b)(2)(B)(ii)", "S",
       "Supervision ended {disposition_end}; expungement 2 years after that: {eligible_on}.",
       "Supervision satisfactorily terminated can be expunged 2 years after it ended (EXP-4)."),
    _s("IL_EXPUNGE_SUPERVISION_5Y", f"{ACT}(b)(2)(B)(i)", "S",
       "Supervision for {offense} ended {disposition_end}; this offense waits 5 years: {eligible_on}.",
       "Supervision for the offenses listed in (b)(2)(B)(i) (domestic battery, some Vehicle Code "
       "offenses, ...) can be expunged 5 years after it ended (EXP-5)."),
    _s("IL_EXPUNGE_SUPERVISION_WAIT_UNCERTAIN", f"{ACT}(b)(2)(B)(i)", "U",
       "Supervision for {offense} ended {disposition_end}: 2 years ({date_2y}) under the current list, "
       "5 years ({date_5y}) if the older list naming retail theft applies; a lawyer should confirm.",
       "Older versions of the 5-year list named retail theft; the engine uses 5 years when the two "
       "readings disagree about today, and says so."),
    _s("IL_EXPUNGE_RECKLESS_AGE_25", f"{ACT}(b)(2)(B)(i-5)", "M",
       "Misdemeanor reckless driving supervision before age 25: can be expunged at age 25 ({eligible_on}).",
       "Supervision for misdemeanor reckless driving committed under 25 (no other DUI or reckless "
       "driving conviction) can be expunged once the person is 25 (EXP-6)."),
    _s("IL_EXPUNGE_QUALIFIED_PROBATION_5Y", f"{ACT}(b)(1)(D), (b)(2)(C)", "S",
       "Qualified probation ended {disposition_end}; expungement 5 years after that: {eligible_on}.",
       "Qualified probation (e.g. 410, 710, 5-6-3.3 Second Chance) satisfactorily terminated can be "
       "expunged 5 years after it ended (EXP-7)."),
    _s("IL_EXPUNGE_CONVICTION", f"{ACT}(b)(1)", "S",
       "A conviction cannot be expunged by petition; see sealing (or the cannabis motion).",
       "Convictions (including supervision or qualified probation terminated unsatisfactorily) are "
       "never expunged by petition; they route to sealing."),
    _s("IL_EXPUNGE_RUNNING", f"{ACT}(b)(1)(C), (b)(1)(D)", "S",
       "Still serving {disposition} until {disposition_end} (an estimate, assuming it ends "
       "satisfactorily); expungement from {eligible_on}.",
       "Supervision or qualified probation still running: the date is an estimate from its expected end."),
    # ---- sealing, 5.2(c) -------------------------------------------------------
    _s("IL_SEAL_NON_CONVICTION", f"{ACT}(c)", "S",
       "Not a conviction ({disposition}): can be sealed at any time.",
       "Arrests and charges that did not end in a conviction can be sealed at any time (SEAL-1, SEAL-2)."),
    _s("IL_SEAL_SUPERVISION_2Y", f"{ACT}(c), (a)(1)(F)", "S",
       "Supervision: sealing 2 years after the last sentence ended ({last_sentence_end}): {eligible_on}.",
       "Supervision satisfactorily terminated can be sealed 2 years after the last sentence (SEAL-3)."),
    _s("IL_SEAL_QUALIFIED_PROBATION", f"{ACT}(c), (a)(1)(F), (a)(1)(J)", "S",
       "Qualified probation: sealing {years} years after the last sentence ended ({last_sentence_end}): "
       "{eligible_on} ({rules_version}).",
       "Qualified or first-offender probation: 2 years after the last sentence under the 2026 rules, "
       "3 years before (SEAL-4)."),
    _s("IL_SEAL_MISD_2Y", f"{ACT}(c), (a)(1)(F); P.A. 104-0459", "S",
       "Misdemeanor conviction: sealing 2 years after the last sentence ended ({last_sentence_end}): "
       "{eligible_on}.",
       "Misdemeanor or ordinance conviction, 2026 rules: 2 years after the last sentence (SEAL-5)."),
    _s("IL_SEAL_MISD_3Y", f"{ACT}(c), (a)(1)(F)", "S",
       "Misdemeanor conviction: sealing 3 years after the last sentence ended ({last_sentence_end}): "
       "{eligible_on}.",
       "Misdemeanor or ordinance conviction, rules before 2026: 3 years after the last sentence (SEAL-5)."),
    _s("IL_SEAL_FELONY_PROBATION_2Y", f"{ACT}(c), (a)(1)(F); P.A. 104-0459", "S",
       "Felony conviction, {sentence} not revoked: sealing 2 years after the last sentence ended "
       "({last_sentence_end}): {eligible_on}.",
       "Felony conviction with probation or conditional discharge completed, 2026 rules: 2 years "
       "after the last sentence (SEAL-6)."),
    _s("IL_SEAL_FELONY_PROBATION_3Y", f"{ACT}(c), (a)(1)(F)", "S",
       "Felony conviction, {sentence} not revoked: sealing 3 years after the last sentence ended "
       "({last_sentence_end}): {eligible_on}.",
       "Felony conviction with probation or conditional discharge completed, rules before 2026: 3 years "
       "after the last sentence (SEAL-6)."),
    _s("IL_SEAL_FELONY_REVOKED_3Y", f"{ACT}(c), (a)(1)(F)", "S",
       "Felony conviction, probation or conditional discharge revoked: sealing 3 years after the last "
       "sentence ended ({last_sentence_end}): {eligible_on}.",
       "Felony conviction whose probation or conditional discharge was revoked: 3 years (SEAL-7)."),
    _s("IL_SEAL_FELONY_PRISON_3Y", f"{ACT}(c), (a)(1)(F)", "S",
       "Felony conviction with a {sentence} sentence: sealing 3 years after the last sentence ended "
       "({last_sentence_end}): {eligible_on}.",
       "Felony conviction with a prison or jail sentence: 3 years after the last sentence (SEAL-8). "
       "Also used, and said, when the kind of felony sentence is not known."),
    _s("IL_SEAL_EDUCATION_WAIVER", f"{ACT}(c)(3)(E)", "U",
       "Education waiver answered yes: can file at the end of the last sentence ({last_sentence_end}).",
       "A diploma, GED, degree or vocational certificate earned during the sentence lets the person "
       "file at the end of the last sentence (SEAL-10; scope under the 2026 rules unverified)."),
    _s("IL_SEAL_REGISTRATION", f"{ACT}(c)", "M",
       "The person must register for this conviction: it cannot be sealed while registration is required.",
       "A conviction that requires registration (sex offender, arsonist, violent offender against "
       "youth) cannot be sealed while registration is required (SEAL-9)."),
    _s("IL_SEAL_REGISTRATION_REVIEW", f"{ACT}(c)", "M",
       "The person is required to register: check whether this conviction is the one that requires it.",
       "The person registers, but the program cannot tell for which conviction."),
    _s("IL_SEAL_RECKLESS_AGE_25", f"{ACT}(a)(3)(A)(iii)", "M",
       "Misdemeanor reckless driving before age 25: the conviction can be sealed at age 25 and after "
       "the usual wait: {eligible_on}.",
       "The reckless-driving exception: a misdemeanor 11-503(a) conviction before 25 is sealable at 25."),
    _s("IL_SEAL_LAST_SENTENCE_UNKNOWN", f"{ACT}(a)(1)(F)", "S",
       "The end of a sentence on this record is unknown ({unknown}): the sealing wait cannot be counted.",
       "Sealing waits run from the end of the last sentence; one sentence end is missing, so the "
       "program asks for it."),
    _s("IL_SEAL_OTHER_SENTENCE_RUNNING", f"{ACT}(a)(1)(F)", "S",
       "A sentence in another state or federal court is still running: sealing waits until it ends.",
       "The last sentence counts in any jurisdiction; one is still running elsewhere."),
    _s("IL_SEAL_PRIOR_SEALED_FELONY", f"{ACT}(c)(4) (before P.A. 104-0459)", "S",
       "A felony was sealed before: under the rules before 2026 a later felony cannot be sealed.",
       "Pre-2026 rules only: a prior sealed felony bars sealing a later felony."),
    _s("IL_SEAL_DRUG_TEST", f"{ACT}(d)(3) (before P.A. 104-0459)", "S",
       "Felony drug record: under the rules before 2026 the petition needs a negative drug test taken "
       "within 30 days before filing.",
       "Pre-2026 rules only: sealing a felony drug record needs a negative drug test within 30 days."),
    _s("IL_SEAL_RUNNING", f"{ACT}(a)(1)(F)", "S",
       "A sentence is still running until {last_sentence_end} (an estimate): sealing from {eligible_on}.",
       "The person is still serving a sentence: the date is estimated from its expected end."),
    # ---- exclusions, 5.2(a)(3) -------------------------------------------------
    _s("IL_EXCLUDED_SEX_OFFENSE_MINOR", f"{ACT}(a)(3)(A)(i)", "S",
       "{offense} is a sexual offense against a minor: it can be neither sealed nor expunged.",
       "Sexual offenses committed against a minor are never sealed or expunged (EX-A-i)."),
    _s("IL_EXCLUDED_DUI", f"{ACT}(a)(3)(A)(ii); 625 ILCS 5/11-501", "S",
       "DUI ({offense}) supervision or conviction can be neither sealed nor expunged.",
       "Driving under the influence (625 ILCS 5/11-501 or a similar ordinance) is excluded (EX-A-ii)."),
    _s("IL_EXCLUDED_RECKLESS_DRIVING", f"{ACT}(a)(3)(A)(iii); 625 ILCS 5/11-503", "S",
       "Reckless driving ({offense}) outside the under-25 misdemeanor exception: excluded.",
       "Reckless driving is excluded unless it is the under-25 misdemeanor exception (EX-A-iii)."),
    _s("IL_EXCLUDED_MINOR_TRAFFIC", f"{ACT}(a)(3)(B), (a)(1)(G)", "S",
       "{offense} is a minor traffic offense: it can be neither sealed nor expunged (it never affects "
       "other records).",
       "Petty, business and Class C Vehicle Code offenses are excluded unless the person was released "
       "without charging (EX-B)."),
    _s("IL_EXCLUDED_SEAL", f"{ACT}(a)(3)(C)", "S",
       "{offense} ({excluded_as}) cannot be sealed.",
       "Listed offenses (Article 11 sex offenses, domestic battery, battery of an unborn child, "
       "order-of-protection and no-contact violations, animal cruelty, dog fighting, registrable "
       "offenses) cannot be sealed (EX-C)."),
    _s("IL_REVIEW_SEX_OFFENSE_VICTIM", f"{ACT}(a)(3)(A)(i)", "S",
       "{offense} is a sexual offense: if the victim was a minor it can never be expunged.",
       "The record does not say the victim's age; a lawyer must check EX-A-i."),
    _s("IL_REVIEW_ATTEMPT_EXCLUDED", f"{ACT}(a)(3)(C)", "M",
       "Attempt of an excluded offense ({offense}): excluded only if it requires registration.",
       "Attempts of EX-C offenses are excluded when they require registration: needs a lawyer's eye."),
    _s("IL_REVIEW_ANIMAL_CLASS", f"{ACT}(a)(3)(C); 510 ILCS 70", "S",
       "Humane Care for Animals Act: excluded if a Class A misdemeanor or a felony; the class is unknown.",
       "Animal-cruelty convictions are excluded from sealing only when Class A or felony."),
    # ---- cannabis, 5.2(i) ------------------------------------------------------
    _s("IL_CANNABIS_VACATE", f"{ACT}(i)(3)", "S",
       "Cannabis conviction ({offense}, {class_text}) for an offense before 2019-06-25 ({offense_date}): "
       "a motion to vacate and expunge can be filed once the non-financial parts of the sentence are "
       "done ({sentence_end}); unpaid fines do not block it.",
       "Misdemeanor or Class 4 felony convictions under 720 ILCS 550/4 or 550/5 (or an attempt) for "
       "offenses before 2019-06-25 can be vacated and expunged by motion; no waiting period."),
    _s("IL_CANNABIS_VACATE_RUNNING", f"{ACT}(i)(3)", "S",
       "Cannabis conviction ({offense}): the motion can be filed when the sentence ends, expected "
       "{sentence_end} (an estimate).",
       "The cannabis motion waits for the non-financial parts of the sentence; still running."),
    _s("IL_CANNABIS_VACATE_TOO_LATE", f"{ACT}(i)(3)", "S",
       "Cannabis offense on {offense_date}, not before 2019-06-25: the vacate-and-expunge motion does not apply.",
       "The cannabis motion covers only offenses before 2019-06-25."),
    _s("IL_CANNABIS_VACATE_CLASS", f"{ACT}(i)(3)", "S",
       "Cannabis conviction is {class_text}: the motion covers only misdemeanors and Class 4 felonies.",
       "Class 3 (under 550/4), 2, 1 and X cannabis felonies are not covered by the motion."),
    _s("IL_CANNABIS_VACATE_CLASS3_REVIEW", f"{ACT}(i)(3)", "U",
       "Class 3 felony under 720 ILCS 550/5: whether the motion applies is unverified; a lawyer should check.",
       "Class 3 felonies under 550/5 are flagged for review."),
    _s("IL_CANNABIS_CLASS_UNKNOWN", f"{ACT}(i)(3); 720 ILCS 550/4, 550/5", "P",
       "The class of this cannabis conviction is unknown and cannot be read from the subsection and "
       "offense date: answer the class or grams question.",
       "The motion depends on the class; the program asks when it cannot infer it."),
    _s("IL_CANNABIS_CIVIL_VIOLATION", "720 ILCS 550/4(a) (P.A. 99-697)", "M",
       "Possession of 10 g or less on/after 2016-07-29 is a civil law violation, not a conviction: "
       "a lawyer should check how to clear it.",
       "Civil law violations are not criminal convictions; the program does not decide them."),
    _s("IL_CANNABIS_AUTO_EXPUNGE_MISSED", f"{ACT}(i)(1)", "P",
       "Minor cannabis offense before 2019-06-25 that ended without a conviction: the police and ISP "
       "had to expunge it by {deadline}, yet it still appears. File the expungement petition for the "
       "court record now.",
       "Police records of minor cannabis non-convictions before 2019-06-25 should already be expunged; "
       "when one still appears the program says so and recommends expungement now."),
    _s("IL_CANNABIS_PARDON_POSSIBLE", f"{ACT}(i)(2)", "M",
       "Minor cannabis conviction: it may already have been pardoned through the Prisoner Review "
       "Board; check with ISP. The motion to vacate remains available.",
       "Minor cannabis convictions were sent to the Prisoner Review Board for pardon."),
    _s("IL_CANNABIS_CLASS_INFERRED", "720 ILCS 550/4, 550/5 (grams tables)", "P",
       "Amount and class read from subsection ({subsection}) and offense date ({offense_date}): "
       "{grams}, {class_text} ({table}).",
       "Cannabis class and amount are inferred from the subsection and the offense date."),
    # ---- cases and missing facts -------------------------------------------------
    _s("MIXED_CASE", f"{ACT}(b), (c)", "U",
       "This case mixes a conviction with other counts: the whole case is treated as sealable, not "
       "expungeable (a lawyer should confirm).",
       "Cases are petitioned by case number; a case with a conviction and non-conviction counts is "
       "treated as sealable, not expungeable."),
    _s("IL_MIXED_CASE_VACATE_FIRST", f"{ACT}(i)(3), (b)(1)(A)", "U",
       "Once the cannabis conviction in this case is vacated, the case has no conviction left and the "
       "other counts can be expunged.",
       "In a mixed case whose convictions are all covered by the cannabis motion, vacate first, then expunge."),
    _s("IL_CASE_NO_SHARED_RELIEF", f"{ACT}(d)(1)", "S",
       "The charges of this case have no relief in common: see each charge.",
       "A case is petitioned as a whole; when its charges share no relief the case needs a closer look."),
    _s("IL_NEEDS_DISPOSITION", f"{ACT}(d)(2)", "S",
       "The disposition is unknown: get the certified disposition from the circuit clerk.",
       "A missing disposition is never treated as dismissed."),
    _s("IL_PENDING", f"{ACT}(b), (c)", "S",
       "The case is still open ({disposition_raw}): no relief until it ends; analyze again then.",
       "Pending cases (or a bond-forfeiture warrant) cannot be expunged or sealed."),
    _s("IL_SOL_REINSTATE", f"{ACT}(b)(1)(A)", "U",
       "Stricken off with leave to reinstate: treated as dismissed, but the State can reinstate it.",
       "SOL counts are treated as dismissed, with a warning that they can be reinstated."),
    _s("IL_NEEDS_SENTENCE_END", f"{ACT}(a)(1)(F)", "S",
       "The end of this sentence or supervision is unknown: answer when it ended.",
       "Waits count from the end of a sentence; the program asks for it when it is missing."),
    _s("IL_NEEDS_CLASS", f"{ACT}(a)(1)", "S",
       "Whether this is a felony, misdemeanor or petty offense is unknown: answer the class question.",
       "Sealing waits and exclusions depend on the level and class."),
    _s("IL_NEEDS_STATUTE", f"{ACT}(a)(3)", "S",
       "The statute could not be read ({statute_raw}): the exclusions cannot be checked.",
       "Without a statute the program cannot check the exclusion lists."),
    _s("IL_NEEDS_OFFENSE_DATE", f"{ACT}(i)(3)", "S",
       "Neither the offense date nor the arrest date is known: the 2019-06-25 line cannot be checked.",
       "The cannabis rules depend on the offense date."),
    _s("IL_NEEDS_AGE", f"{ACT}(a)(3)(A)(iii)", "M",
       "The date of birth is unknown: the under-25 reckless-driving exception cannot be checked.",
       "The reckless-driving exception depends on the person's age."),
    _s("IL_NOT_IL_DISPOSITION", f"{ACT}(a)(1)", "S",
       "Disposition '{disposition}' is not an Illinois disposition: a lawyer should check it.",
       "Dispositions from other states' vocabularies are left for review."),
    _s("IL_SENTENCE_KIND_UNKNOWN", f"{ACT}(c)", "S",
       "The kind of felony sentence is unknown: the longer 3-year wait was used.",
       "Without the sentence kind the program uses the longer felony wait and says so."),
    # ---- out of scope, illinois.md section 9 ----------------------------------------
    _s("IL_OUT_OF_SCOPE_JUVENILE", "705 ILCS 405/5-915", "S",
       "This looks like a juvenile record ({why}): juvenile expungement is not handled here.",
       "Juvenile records follow 705 ILCS 405/5-915; the program names them and leaves them for review."),
    _s("IL_OUT_OF_SCOPE_PROSTITUTION_VACATUR", f"{ACT}(j)", "S",
       "Class 4 felony prostitution: vacatur under 5.2(j) may apply and is not handled here.",
       "Felony prostitution convictions may be vacated under 5.2(j); the program flags them."),
    _s("IL_OUT_OF_SCOPE_TRAFFICKING", f"{ACT}(h)", "S",
       "If the person was a victim of human trafficking, this conviction may be vacated under 5.2(h) "
       "(not handled here).",
       "Human-trafficking vacatur is out of scope; the program points to it for prostitution offenses."),
    _s("IL_OUT_OF_SCOPE_PRB", f"{ACT}(e-5), (e-6)", "S",
       "Conviction with a Prisoner Review Board certificate of eligibility: not handled here.",
       "Sealing with a PRB certificate is out of scope and left for review."),
    _s("IL_OUT_OF_SCOPE_PARDON", f"{ACT}(e)", "S",
       "The record mentions a pardon: expungement after a pardon is not handled here.",
       "Pardon expungement is out of scope and left for review."),
    # ---- notes on the whole analysis --------------------------------------------------
    _s("IL_NOTE_OTHER_CONVICTIONS", f"{ACT}(b) (P.A. 99-881)", "S",
       "Other convictions do not bar expunging eligible non-conviction records; the State's Attorney "
       "may still object within 60 days.",
       "Since 2017, convictions elsewhere on the record do not block expunging non-convictions."),
    _s("IL_NOTE_OUT_OF_SCOPE", f"{ACT}(b)(4), (b)(6), (b)(8), (e), (e-5), (e-6), (h), (j); 705 ILCS 405/5-915", "S",
       "Not checked by this program: juvenile records, human-trafficking and felony-prostitution "
       "vacatur, identity theft, certificates of innocence, pardons and PRB certificates.",
       "The remedies the program does not decide, named so they are not silently skipped."),
    _s("IL_NOTE_FILING", f"{ACT}(d)(1), (d)(4), (d)(5)", "S",
       "File with the circuit clerk of the county of arrest, one petition per county; the State's "
       "Attorney, ISP and the arresting agency may object within 60 days.",
       "Where and how petitions are filed."),
)

CATALOG: dict[str, ReasonSpec] = {s.code: s for s in _SPECS}


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


#: template -> its (literal text, field name) pieces, when every field is a plain name; else None.
_PIECES: dict[str, tuple[tuple[str, str | None], ...] | None] = {}


def _pieces(template: str) -> tuple[tuple[str, str | None], ...] | None:
    try:
        return _PIECES[template]
    except KeyError:
        pass
    parts: list[tuple[str, str | None]] = []
    plain = True
    for literal, name, spec, conversion in string.Formatter().parse(template):
        if name is not None and (spec or conversion or not name.isidentifier()):
            plain = False
            break
        parts.append((literal, name))
    got = tuple(parts) if plain else None
    _PIECES[template] = got
    return got


def render(template: str, values: Mapping[str, str]) -> str:
    """``template`` with its ``{name}`` fields filled from ``values`` (``?`` for a missing one)."""
    pieces = _pieces(template)
    if pieces is None:
        return string.Formatter().vformat(template, (), _Blank(values))
    out: list[str] = []
    for literal, name in pieces:
        out.append(literal)
        if name is not None:
            out.append(format(values[name], "") if name in values else "?")
    return "".join(out)


def reason(code: str, **values: object) -> Reason:
    """A :class:`Reason` for ``code`` with its citation and filled English text."""
    spec = CATALOG[code]
    vals = {k: (v if type(v) is str else _text(v)) for k, v in values.items() if v is not None}
    key = (code, *vals.items())
    text = _TEXTS.get(key)
    if text is None:
        text = render(spec.template, vals)
        if len(_TEXTS) >= _TEXTS_MAX:
            _TEXTS.clear()
        _TEXTS[key] = text
    return Reason(code=code, citation=spec.citation, text=text, values=vals)


#: (code, *values) -> the filled text: records repeat the same few reasons and dates.
_TEXTS: dict[tuple[object, ...], str] = {}
_TEXTS_MAX = 50_000


def _text(v: object) -> str:
    if hasattr(v, "isoformat"):
        return str(v.isoformat())
    return str(v)


# --------------------------------------------------------------------------
# Assumptions: stated facts the engine took as true (code -> text template)

ASSUMPTIONS: dict[str, tuple[str, str]] = {
    "NO_OTHER_SENTENCES": (
        "No sentence in another state or federal court ended after {last_sentence_end}.",
        "The record shows only Illinois; the last-sentence clock assumes nothing later elsewhere "
        "(question `other_sentences`).",
    ),
    "OFFENSE_DATE_FROM_ARREST": (
        "The offense date is taken to be the arrest date for: {cases}.",
        "Records often lack the offense date; the arrest date stands in for it.",
    ),
    "CANNABIS_CLASS_INFERRED": (
        "Cannabis amounts and classes were read from subsection and offense date for: {charges}.",
        "Class inferred from the grams tables (illinois.md 6.4).",
    ),
    "FIRST_CANNABIS_OFFENSE": (
        "No earlier cannabis conviction appears, so {charges} is taken as a first offense (not the "
        "higher subsequent-offense class).",
        "The subsequent-offense class applies only after an earlier conviction.",
    ),
    "CLEAN_SLATE_DATE_UNCERTAIN": (
        "The Clean Slate rules are applied from 2026-06-01; one practitioner reports 2026-06-30. "
        "A filing before 2026-06-30 may fall under the older rules.",
        "The effective date of P.A. 104-0459 is unverified [U].",
    ),
    "SOL_AS_DISMISSED": (
        "Counts stricken off with leave to reinstate (SOL) are treated as dismissed.",
        "SOL is treated as a dismissal with a warning [U].",
    ),
    "NO_REGISTRATION": (
        "The person is not required to register (sex offender, arsonist, violent offender against "
        "youth).",
        "Registration status is rarely on the record (question `registration`).",
    ),
    "MIXED_CASE_WHOLE_CASE": (
        "Cases mixing a conviction with other counts are sealed as a whole, not expunged: {cases}.",
        "Mixed cases [U], illinois.md section 4.",
    ),
    "EDUCATION_WAIVER_SCOPE": (
        "The education waiver is applied under the 2026 rules; its scope under P.A. 104-0459 is unverified.",
        "SEAL-10 scope [U].",
    ),
    "NO_PRIOR_SEALED_FELONY": (
        "No felony was sealed before (rules before 2026 bar sealing a later felony).",
        "Pre-2026 only (question `prior_sealed_felony`).",
    ),
    "NO_PENALTY_ENHANCEMENT": (
        "No Section 7 penalty enhancement and no violent-crime arrest is tied to: {charges}.",
        "The minor-cannabis-offense definition (a)(1)(G-5) excludes them; records rarely show either.",
    ),
    "SENTENCES_RUNNING": (
        "Sentences still running are assumed to end as scheduled and satisfactorily; dates that depend "
        "on them are estimates.",
        "A sentence still running gives an estimated eligible-on date.",
    ),
    "LIST_5Y_RETAIL_THEFT": (
        "Retail theft supervision: the current list gives 2 years, older lists 5; the later (5-year) "
        "date is shown, and the case is flagged when the two readings disagree about today.",
        "EXP-5 list [U].",
    ),
}


def assumption(code: str, **values: object) -> Assumption:
    template, _ = ASSUMPTIONS[code]
    return Assumption(code=code, text=render(template, {k: _text(v) for k, v in values.items()}))


#: The rule rows of illinois.md and the reason codes that carry them (for audit and docs).
RULE_ROWS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("EX-A-i", "sexual offense against a minor", ("IL_EXCLUDED_SEX_OFFENSE_MINOR", "IL_REVIEW_SEX_OFFENSE_VICTIM")),
    ("EX-A-ii", "DUI", ("IL_EXCLUDED_DUI",)),
    ("EX-A-iii", "reckless driving (under-25 exception)",
     ("IL_EXCLUDED_RECKLESS_DRIVING", "IL_EXPUNGE_RECKLESS_AGE_25", "IL_SEAL_RECKLESS_AGE_25", "IL_NEEDS_AGE")),
    ("EX-B", "minor traffic offense", ("IL_EXCLUDED_MINOR_TRAFFIC",)),
    ("EX-C", "sealing exclusions", ("IL_EXCLUDED_SEAL", "IL_REVIEW_ATTEMPT_EXCLUDED", "IL_REVIEW_ANIMAL_CLASS")),
    ("EXP-1", "released without charging", ("IL_EXPUNGE_RELEASED",)),
    ("EXP-2", "acquitted or dismissed", ("IL_EXPUNGE_DISMISSED", "IL_EXPUNGE_ACQUITTED", "IL_SOL_REINSTATE")),
    ("EXP-3", "reversed or vacated", ("IL_EXPUNGE_VACATED",)),
    ("EXP-4", "supervision, 2 years", ("IL_EXPUNGE_SUPERVISION_2Y",)),
    ("EXP-5", "supervision, 5-year list", ("IL_EXPUNGE_SUPERVISION_5Y", "IL_EXPUNGE_SUPERVISION_WAIT_UNCERTAIN")),
    ("EXP-6", "reckless driving supervision, age 25", ("IL_EXPUNGE_RECKLESS_AGE_25",)),
    ("EXP-7", "qualified probation, 5 years", ("IL_EXPUNGE_QUALIFIED_PROBATION_5Y",)),
    ("SEAL-1", "released without charging", ("IL_SEAL_NON_CONVICTION",)),
    ("SEAL-2", "acquitted, dismissed, reversed or vacated", ("IL_SEAL_NON_CONVICTION",)),
    ("SEAL-3", "supervision", ("IL_SEAL_SUPERVISION_2Y",)),
    ("SEAL-4", "qualified or first-offender probation", ("IL_SEAL_QUALIFIED_PROBATION",)),
    ("SEAL-5", "misdemeanor or ordinance conviction", ("IL_SEAL_MISD_2Y", "IL_SEAL_MISD_3Y")),
    ("SEAL-6", "felony, probation/CD not revoked", ("IL_SEAL_FELONY_PROBATION_2Y", "IL_SEAL_FELONY_PROBATION_3Y")),
    ("SEAL-7", "felony, probation/CD revoked", ("IL_SEAL_FELONY_REVOKED_3Y",)),
    ("SEAL-8", "felony, prison or jail", ("IL_SEAL_FELONY_PRISON_3Y", "IL_SENTENCE_KIND_UNKNOWN")),
    ("SEAL-9", "registration required", ("IL_SEAL_REGISTRATION", "IL_SEAL_REGISTRATION_REVIEW")),
    ("SEAL-10", "education waiver", ("IL_SEAL_EDUCATION_WAIVER",)),
    ("CAN-6.1", "minor cannabis offense", ("IL_CANNABIS_PARDON_POSSIBLE", "IL_CANNABIS_AUTO_EXPUNGE_MISSED")),
    ("CAN-6.2", "automatic police expungement", ("IL_CANNABIS_AUTO_EXPUNGE_MISSED",)),
    ("CAN-6.3", "pardon path", ("IL_CANNABIS_PARDON_POSSIBLE",)),
    ("CAN-6.4", "motion to vacate and expunge",
     ("IL_CANNABIS_VACATE", "IL_CANNABIS_VACATE_RUNNING", "IL_CANNABIS_VACATE_TOO_LATE", "IL_CANNABIS_VACATE_CLASS",
      "IL_CANNABIS_VACATE_CLASS3_REVIEW", "IL_CANNABIS_CLASS_UNKNOWN", "IL_CANNABIS_CLASS_INFERRED")),
    ("MIXED", "mixed cases", ("MIXED_CASE", "IL_MIXED_CASE_VACATE_FIRST")),
)
