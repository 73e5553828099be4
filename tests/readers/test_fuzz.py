"""No input crashes the readers: they return a record (with warnings) or raise the
documented ReadError. Hypothesis throws random text, and damaged real samples, at them."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reliefdesk.model import record_from_json, record_to_json
from reliefdesk.readers import ReadError, ReadResult, read_text
from reliefdesk.readers.cleanup import clean_line
from reliefdesk.readers.dates import find_dates
from reliefdesk.readers.il_lines import scan
from reliefdesk.readers.merge import case_key
from tests.readers.helpers import SAMPLES, sample_text

FUZZ = settings(max_examples=int(os.environ.get("RELIEFDESK_FUZZ_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
ALPHABET = st.characters(blacklist_categories=("Cs",))
RECORDISH = st.sampled_from(
    ["CHARGE 01", "DISP:", "SENT:", "CASE NO:", "ARREST DATE:", "CYCLE 001", "720 ILCS 550/4(c)", "(CHARGE 2)",
     "MSR DISCHARGE:", "Case Number:", "03/14/1986", "2019-07-30", "SUPERVISION 12 MOS", "NOLLE PROSEQUI",
     "PAGE 2 OF 3", "AKA:", "  ", "\n", "-----", "CLASS: A MISD", "Disposition", "TERMINATED SATISFACTORILY",
     "O5/l2/2O11", "(730 ILCS 5/5-6-3.3)", "PROBATION 24 MONTHS", "IL14253678", ":", ";", "\t"]
)  # fmt: skip


def _check(text: str) -> None:
    try:
        result = read_text(text, "il-text")
    except ReadError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert isinstance(result, ReadResult)
    # The record is valid record JSON, and every line is accounted for exactly once.
    assert record_from_json(record_to_json(result.record)) == result.record
    numbers = [ln.number for ln in result.report.used] + [ln.number for ln in result.report.unplaced]
    assert len(numbers) == len(set(numbers))
    assert sorted(numbers) == [i for i, ln in enumerate(result.text.splitlines(), 1) if ln.strip()]
    result.report.warnings()


@FUZZ
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_random_text(text: str) -> None:
    _check(text)


@FUZZ
@given(st.lists(st.one_of(RECORDISH, st.text(alphabet=ALPHABET, max_size=12)), max_size=60))
def test_record_like_fragments(parts: list[str]) -> None:
    _check(" ".join(parts))


@FUZZ
@given(
    st.sampled_from(sorted(SAMPLES)),
    st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 6), st.text(alphabet=ALPHABET, max_size=8)), max_size=12),
)
def test_damaged_samples(name: str, edits: list[tuple[int, int, str]]) -> None:
    text = sample_text(name)
    for pos, cut, insert in edits:
        pos %= len(text) + 1
        text = text[:pos] + insert + text[pos + cut :]
    _check(text)


@FUZZ
@given(st.sampled_from(sorted(SAMPLES)), st.randoms(use_true_random=False))
def test_shuffled_and_dropped_lines(name: str, rnd: object) -> None:
    import random

    assert isinstance(rnd, random.Random)
    lines = sample_text(name).splitlines()
    lines = [ln for ln in lines if rnd.random() > 0.2]
    if rnd.random() < 0.5:
        rnd.shuffle(lines)
    _check("\n".join(lines))


@FUZZ
@given(st.text(alphabet=ALPHABET, max_size=200))
def test_stages_never_crash(text: str) -> None:
    line = clean_line(text)
    # Clean-up never adds lines (the report's line numbers depend on it).
    assert len(line.splitlines()) <= max(1, len(text.splitlines()))
    scan(line)
    find_dates(text, compact=True)
    case_key(text)


def test_ocr_letter_in_a_charge_number_does_not_crash() -> None:
    # Found by hypothesis: "CHARGEi 01" (a lower-case i where a digit or space belongs).
    from reliefdesk.readers.il_lines import scan

    scan("  CHARGEi 01  720 ILCS 550/4(C)  POSS CANNABIS")
    scan("  CHARGE 0i  720 ILCS 550/4(C)  POSS CANNABIS")
    scan("  CHARGE L1  720 ILCS 550/4(C)  POSS CANNABIS")
