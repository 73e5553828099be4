"""Properties: results never depend on the order of cases or charges, and moving
``as_of`` forward never makes an eligible_now result worse."""

from __future__ import annotations

import os
from collections import Counter
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reliefdesk.model import Analysis, Status
from tests.rules.illinois.helpers import case, charge, record, run, sentence

EXAMPLES = 400 if os.environ.get("RELIEFDESK_LONG") else 60

STATUTES = [
    ("720 ILCS 550/4(c)", "misdemeanor", "A"), ("720 ILCS 550/4(d)", None, None), ("720 ILCS 550/5(c)", None, None),
    ("720 ILCS 5/16-25(a)(1)", "misdemeanor", "A"), ("720 ILCS 5/12-3.2(a)(2)", "misdemeanor", "A"),
    ("625 ILCS 5/11-501(a)", "misdemeanor", "A"), ("625 ILCS 5/11-601(b)", "petty", None),
    ("720 ILCS 570/402(c)", "felony", "4"), ("720 ILCS 5/24-1.6(a)(1)", "felony", "4"),
    ("625 ILCS 5/11-503(a)", "misdemeanor", "A"), ("720 ILCS 5/16-1(a)(1)", "felony", "3"),
    ("720 ILCS 5/11-14(a)", "misdemeanor", "A"), ("Ill. Rev. Stat. ch. 56 1/2, par. 704(c)", None, None),
]
DISPOSITIONS = ["dismissed", "acquitted", "released_without_charging", "stricken_with_leave", "vacated",
                "supervision", "supervision_unsatisfactory", "qualified_probation", "convicted", "pending",
                "unknown"]
KINDS = ["probation", "conditional_discharge", "prison", "jail", "fine", "supervision", None]
BASE = date(1996, 1, 1)


@st.composite
def charges(draw: st.DrawFn) -> dict[str, Any]:
    statute, level, cls = draw(st.sampled_from(STATUTES))
    disp = draw(st.sampled_from(DISPOSITIONS))
    start = BASE + timedelta(days=draw(st.integers(0, 11000)))
    months = draw(st.integers(0, 48))
    end: date | None = start + timedelta(days=30 * months)
    if draw(st.integers(0, 9)) == 0:
        end = None
    kind = draw(st.sampled_from(KINDS))
    sent = sentence(kind, start.isoformat(), end.isoformat() if end else None,
                    revoked=draw(st.booleans()), length=f"{months} months") if kind else None
    return charge(statute, disp, level=level, cls=cls,
                  date_=(end or start).isoformat() if disp not in ("pending", "unknown") else None,
                  sentence_=sent)


@st.composite
def records(draw: st.DrawFn) -> Any:
    n = draw(st.integers(1, 5))
    cases = []
    for i in range(n):
        arrest = BASE + timedelta(days=draw(st.integers(0, 11000)))
        chs = draw(st.lists(charges(), min_size=1, max_size=3))
        number = None if draw(st.integers(0, 6)) == 0 else f"{arrest.year}CR{i:04d}"
        cases.append(case(number, arrest.isoformat(), *chs, other=[f"CB{i}"]))
    return cases, draw(st.sampled_from(["1980-01-01", "2001-06-15", None]))


def summary(a: Analysis) -> Counter[tuple[Any, ...]]:
    return Counter(
        (c.case_number, c.statute, c.relief, c.status, c.eligible_on, c.estimated,
         tuple(sorted(r.code for r in c.reasons)),
         tuple(sorted((x.relief, x.status, x.eligible_on) for x in c.alternatives)))
        for c in a.charges
    )


def case_summary(a: Analysis) -> Counter[tuple[Any, ...]]:
    return Counter((c.case_number, c.relief, c.status, c.eligible_on) for c in a.cases)


AS_OFS = st.dates(min_value=date(2020, 1, 1), max_value=date(2032, 12, 31))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records(), st.randoms(use_true_random=False), AS_OFS)
def test_order_of_cases_and_charges_does_not_matter(data: Any, rnd: Any, as_of: date) -> None:
    cases, dob = data
    a = run(record(*cases, dob=dob), as_of=as_of)
    shuffled = [dict(c, charges=rnd.sample(c["charges"], len(c["charges"]))) for c in cases]
    rnd.shuffle(shuffled)
    b = run(record(*shuffled, dob=dob), as_of=as_of)
    assert summary(a) == summary(b)
    assert case_summary(a) == case_summary(b)
    assert {x.code for x in a.assumptions} == {x.code for x in b.assumptions}
    assert a.summary == b.summary


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records(), AS_OFS, st.integers(1, 4000))
def test_moving_as_of_forward_never_makes_eligible_now_worse(data: Any, as_of: date, days: int) -> None:
    cases, dob = data
    later = as_of + timedelta(days=days)
    # The same rules version on both days, so only the passing of time differs.
    filing = date(2027, 1, 1)
    a = run(record(*cases, dob=dob), as_of=as_of, filing=filing)
    b = run(record(*cases, dob=dob), as_of=later, filing=filing)
    assert len(a.charges) == len(b.charges)
    for c, c2 in zip(a.charges, b.charges, strict=True):  # same record: same order
        assert (c.case_number, c.charge_index) == (c2.case_number, c2.charge_index)
        if c.status is Status.ELIGIBLE_NOW:
            assert c2.status is Status.ELIGIBLE_NOW, (c, c2)
    for c in a.charges:
        assert c.status is not Status.ELIGIBLE_NOW or c.eligible_on is None or c.eligible_on <= as_of
