"""The three sample people (resources/demo/*.record.json), worked by hand from law/illinois.md.

As of 2026-11-21, filed the same day (2026 rules), unless a test says otherwise.
The working for each charge is in the comments; the assertions are its answer.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reliefdesk.model import Analysis, Record, Relief, Status, record_from_json
from reliefdesk.rules import illinois
from tests.rules.illinois.helpers import alt, alt_codes, codes, d, result

DEMO = Path(__file__).resolve().parents[3] / "resources" / "demo"
NOW, LATER, REVIEW, NOT = (Status.ELIGIBLE_NOW, Status.ELIGIBLE_LATER, Status.NEEDS_REVIEW,
                           Status.NOT_ELIGIBLE)
AS_OF = date(2026, 11, 21)
PRE = date(2026, 1, 15)  # an analysis filed before the Clean Slate rules


def load(name: str) -> Record:
    return record_from_json((DEMO / f"{name}.record.json").read_text(encoding="utf-8"))


def analyze(name: str, as_of: date = AS_OF) -> Analysis:
    return illinois.analyze(load(name), as_of, as_of, {})


def test_every_demo_reason_has_a_citation() -> None:
    for name in ("hernandez", "kowalski", "washington"):
        a = analyze(name)
        for c in a.charges:
            for r in (*c.reasons, *(x for al in c.alternatives for x in al.reasons)):
                assert r.citation, (name, r.code)
                assert "?" not in r.text, (name, r.code, r.text)


# ---------------------------------------------------------------------------
# HERNANDEZ, LUIS A (born 1990-07-30)
#
# Last sentence (a)(1)(F): QP ended 2016-12-18; domestic battery CD ended 2019-08-01
# -> last sentence 2019-08-01.
#
# 2015CR0123401
#  0  570/402(c) F4, qualified probation (5-6-3.3) terminated satisfactorily 2016-12-18.
#     Not a conviction. EXP-7: 5 years from that disposition -> 2021-12-18: expunge now.
#     SEAL-4: 2 years (2026 rules) after the last sentence 2019-08-01 -> 2021-08-01 (pre-2026: 3 y
#     -> 2022-08-01).
#  1  550/4(b) nolle 2015-06-18: EXP-2, no wait -> expunge now, 2015-06-18. 4(b) in 2015 is
#     2.5-10 g (minor cannabis offense), but the arrest also carried a felony drug charge, so the
#     automatic police expungement (i)(1) did not reach the arrest: no "missed" note.
#  Not mixed (QP is no conviction): case expunge now, latest date 2021-12-18.
# 2018-MC4-001882
#  0  12-3.2 domestic battery, conviction: no expungement (conviction), sealing EX-C -> none.
# 2020-MC1-220410
#  0  16-25 retail theft, not guilty 2021-02-10: EXP-2 -> expunge now, 2021-02-10.


def test_hernandez() -> None:
    a = analyze("hernandez")
    assert a.rules_version == "IL-2026-06"
    qp = result(a, "2015CR0123401", 0)
    assert (qp.relief, qp.status, qp.eligible_on) == (Relief.EXPUNGE, NOW, d("2021-12-18"))
    assert codes(qp) == {"IL_EXPUNGE_QUALIFIED_PROBATION_5Y"}
    assert (alt(qp, "seal").status, alt(qp, "seal").eligible_on) == (NOW, d("2021-08-01"))
    assert alt(qp, "seal").reasons[0].values["last_sentence_end"] == "2019-08-01"
    can = result(a, "2015CR0123401", 1)
    assert (can.relief, can.status, can.eligible_on) == (Relief.EXPUNGE, NOW, d("2015-06-18"))
    assert codes(can) == {"IL_EXPUNGE_DISMISSED"}
    db = result(a, "2018-MC4-001882", 0)
    assert (db.relief, db.status, db.eligible_on) == (Relief.NONE, NOT, None)
    assert "IL_EXCLUDED_SEAL" in alt_codes(db, "seal")
    rt = result(a, "2020-MC1-220410", 0)
    assert (rt.relief, rt.status, rt.eligible_on) == (Relief.EXPUNGE, NOW, d("2021-02-10"))
    assert codes(rt) == {"IL_EXPUNGE_ACQUITTED"}
    cases = {c.case_number: (c.relief, c.status, c.eligible_on) for c in a.cases}
    assert cases == {
        "2015CR0123401": (Relief.EXPUNGE, NOW, d("2021-12-18")),
        "2018-MC4-001882": (Relief.NONE, NOT, None),
        "2020-MC1-220410": (Relief.EXPUNGE, NOW, d("2021-02-10")),
    }
    assert a.summary["eligible_now"] == 3 and a.summary["not_eligible"] == 1
    assert "IL_NOTE_OTHER_CONVICTIONS" in {n.code for n in a.notes}


def test_hernandez_pre_2026() -> None:
    a = analyze("hernandez", PRE)
    assert a.rules_version == "IL-pre-2026"
    qp = result(a, "2015CR0123401", 0)
    assert (qp.relief, qp.status, qp.eligible_on) == (Relief.EXPUNGE, NOW, d("2021-12-18"))
    # SEAL-4 before 2026: 3 years after 2019-08-01; felony drug record: negative drug test needed.
    assert (alt(qp, "seal").status, alt(qp, "seal").eligible_on) == (NOW, d("2022-08-01"))
    assert "IL_SEAL_DRUG_TEST" in alt_codes(qp, "seal")


# ---------------------------------------------------------------------------
# KOWALSKI, PETER J (born 1979-11-02)
#
# Last sentence: 08CR probation ended 2010-09-22; 19CR IDOC with MSR discharge 2021-01-15
# -> 2021-01-15. Offense dates are missing: the arrest dates stand in (stated assumption).
#
# 04MC1-289911
#  0  550/4(b) nolle 2004-08-02: EXP-2 -> expunge now, 2004-08-02. 4(b) on 2004-06-19 is 2.5-10 g
#     (minor cannabis offense), sole charge, dismissed, 2000-2012 -> police deadline 2023-01-01
#     passed: IL_CANNABIS_AUTO_EXPUNGE_MISSED.
# 08CR0561201
#  0  550/4(d) finding of guilty, 24 months probation ended 2010-09-22, class not on the record:
#     4(d) on 2008-03-03 = 30-500 g, Class 4 felony (3 only as a subsequent offense; no earlier
#     cannabis conviction). Misdemeanor-or-Class-4 cannabis conviction before 2019-06-25 ->
#     vacate_expunge once the sentence is done: now, 2010-09-22. Over 30 g: no pardon note.
#     Sealing alternative SEAL-6: 2 years after 2021-01-15 -> 2023-01-15 (pre-2026: 2024-01-15).
#  1  550/5(c) nolle: a mixed case (conviction + dismissed count) -> not expungeable (MIXED_CASE,
#     flagged), sealed with the whole case: latest of 2008-09-22 and the conviction's 2023-01-15
#     -> seal now 2023-01-15; vacating charge 0 first would open expungement.
#  Case: the relief both charges share is seal, now, 2023-01-15.
# (no case number; CB 17333002)
#  0  550/4(a) released without charging 2016-10-14: EXP-1 -> expunge now, 2016-10-14. On/after
#     2016-07-29 4(a) is <=10 g (civil law violation), a minor cannabis offense of 2013-2019 ->
#     police deadline 2021-01-01 passed: IL_CANNABIS_AUTO_EXPUNGE_MISSED.
# 19CR0233301
#  0  24-1.6 AUUW Class 4 felony, IDOC, MSR discharge 2021-01-15: SEAL-8, 3 years -> 2024-01-15 now.


def test_kowalski() -> None:
    a = analyze("kowalski")
    r = result(a, "04MC1-289911", 0)
    assert (r.relief, r.status, r.eligible_on) == (Relief.EXPUNGE, NOW, d("2004-08-02"))
    assert codes(r) == {"IL_EXPUNGE_DISMISSED", "IL_CANNABIS_AUTO_EXPUNGE_MISSED"}
    assert r.statute == "720 ILCS 550/4(b)"

    v = result(a, "08CR0561201", 0)
    assert (v.relief, v.status, v.eligible_on) == (Relief.VACATE_EXPUNGE, NOW, d("2010-09-22"))
    assert {"IL_CANNABIS_VACATE", "IL_CANNABIS_CLASS_INFERRED"} <= codes(v)
    assert "IL_CANNABIS_PARDON_POSSIBLE" not in codes(v)
    assert (alt(v, "seal").status, alt(v, "seal").eligible_on) == (NOW, d("2023-01-15"))
    assert alt_codes(v, "seal") == {"IL_SEAL_FELONY_PROBATION_2Y"}
    assert alt(v, "expunge").status is NOT

    m = result(a, "08CR0561201", 1)
    assert (m.relief, m.status, m.eligible_on) == (Relief.SEAL, NOW, d("2023-01-15"))
    assert "MIXED_CASE" in codes(m)
    assert alt(m, "expunge").status is REVIEW
    assert "IL_MIXED_CASE_VACATE_FIRST" in alt_codes(m, "expunge")

    rel = result(a, None, 0)
    assert (rel.relief, rel.status, rel.eligible_on) == (Relief.EXPUNGE, NOW, d("2016-10-14"))
    assert codes(rel) == {"IL_EXPUNGE_RELEASED", "IL_CANNABIS_AUTO_EXPUNGE_MISSED"}

    uuw = result(a, "19CR0233301", 0)
    assert (uuw.relief, uuw.status, uuw.eligible_on) == (Relief.SEAL, NOW, d("2024-01-15"))
    assert codes(uuw) == {"IL_SEAL_FELONY_PRISON_3Y"}

    cases = {c.case_number: (c.relief, c.status, c.eligible_on) for c in a.cases}
    assert cases == {
        "04MC1-289911": (Relief.EXPUNGE, NOW, d("2004-08-02")),
        "08CR0561201": (Relief.SEAL, NOW, d("2023-01-15")),
        None: (Relief.EXPUNGE, NOW, d("2016-10-14")),
        "19CR0233301": (Relief.SEAL, NOW, d("2024-01-15")),
    }
    assumed = {x.code for x in a.assumptions}
    assert {"OFFENSE_DATE_FROM_ARREST", "CANNABIS_CLASS_INFERRED", "FIRST_CANNABIS_OFFENSE",
            "NO_OTHER_SENTENCES", "MIXED_CASE_WHOLE_CASE"} <= assumed
    assert a.summary["eligible_now"] == 5


def test_kowalski_pre_2026() -> None:
    a = analyze("kowalski", PRE)
    v = result(a, "08CR0561201", 0)
    assert (v.relief, v.status, v.eligible_on) == (Relief.VACATE_EXPUNGE, NOW, d("2010-09-22"))
    assert (alt(v, "seal").eligible_on, alt_codes(v, "seal")) == (
        d("2024-01-15"), {"IL_SEAL_FELONY_PROBATION_3Y", "IL_SEAL_DRUG_TEST"})
    assert result(a, "19CR0233301", 0).eligible_on == d("2024-01-15")
    assert "prior_sealed_felony" in {q.id for q in result(a, "19CR0233301", 0).questions}


# ---------------------------------------------------------------------------
# WASHINGTON, DENISE M (born 1986-03-14)
#
# Last sentence: CD 2012-07-19, supervision 2014-11-04, DUI supervision 2023-01-12 (DUI is a
# Class A misdemeanor, not a minor traffic offense, so it counts) -> 2023-01-12.
#
# 11-1-234567-01
#  0  550/4(c) misdemeanor A conviction, CD ended 2012-07-19, offense (arrest) 2011-05-02, before
#     2019-06-25 -> vacate_expunge now, 2012-07-19. 4(c) in 2011 is 10-30 g: minor cannabis
#     offense -> pardon note. Sealing alternative SEAL-5: 2 years after 2023-01-12 -> 2025-01-12
#     (pre-2026: 3 years -> 2026-01-12).
# 13-1-778812-01
#  0  16-25 retail theft supervision ended 2014-11-04: EXP-4 2 years -> 2016-11-04; the older
#     5-year list [U] -> 2019-11-04. Both passed: expunge now, the later date shown, flagged.
# 17-2-100455-01
#  0, 1  battery and trespass nolle 2017-05-15: EXP-2 -> expunge now; case expunge now.
# 21-DT-004512
#  0  11-501 DUI supervision: EX-A-ii -> not eligible for anything.


def test_washington() -> None:
    a = analyze("washington")
    v = result(a, "11-1-234567-01", 0)
    assert (v.relief, v.status, v.eligible_on) == (Relief.VACATE_EXPUNGE, NOW, d("2012-07-19"))
    assert {"IL_CANNABIS_VACATE", "IL_CANNABIS_PARDON_POSSIBLE"} <= codes(v)
    assert (alt(v, "seal").status, alt(v, "seal").eligible_on) == (NOW, d("2025-01-12"))
    assert alt_codes(v, "seal") == {"IL_SEAL_MISD_2Y"}
    assert alt(v, "seal").reasons[0].values["last_sentence_end"] == "2023-01-12"

    rt = result(a, "13-1-778812-01", 0)
    assert (rt.relief, rt.status, rt.eligible_on) == (Relief.EXPUNGE, NOW, d("2019-11-04"))
    assert codes(rt) == {"IL_EXPUNGE_SUPERVISION_WAIT_UNCERTAIN"}
    assert rt.reasons[0].values["date_2y"] == "2016-11-04"

    for i in (0, 1):
        r = result(a, "17-2-100455-01", i)
        assert (r.relief, r.status, r.eligible_on) == (Relief.EXPUNGE, NOW, d("2017-05-15"))
    dui = result(a, "21-DT-004512", 0)
    assert (dui.relief, dui.status, dui.eligible_on) == (Relief.NONE, NOT, None)
    assert codes(dui) == {"IL_EXCLUDED_DUI"}

    cases = {c.case_number: (c.relief, c.status, c.eligible_on) for c in a.cases}
    assert cases == {
        "11-1-234567-01": (Relief.VACATE_EXPUNGE, NOW, d("2012-07-19")),
        "13-1-778812-01": (Relief.EXPUNGE, NOW, d("2019-11-04")),
        "17-2-100455-01": (Relief.EXPUNGE, NOW, d("2017-05-15")),
        "21-DT-004512": (Relief.NONE, NOT, None),
    }
    assert a.summary["eligible_now"] == 4 and a.summary["not_eligible"] == 1


def test_washington_pre_2026() -> None:
    a = analyze("washington", PRE)
    v = result(a, "11-1-234567-01", 0)
    assert (alt(v, "seal").status, alt(v, "seal").eligible_on) == (NOW, d("2026-01-12"))
    assert alt_codes(v, "seal") == {"IL_SEAL_MISD_3Y"}
    # Analyzed a week earlier, the 3-year wait has not run yet.
    a = analyze("washington", date(2026, 1, 5))
    v = result(a, "11-1-234567-01", 0)
    assert (alt(v, "seal").status, alt(v, "seal").eligible_on) == (LATER, d("2026-01-12"))
