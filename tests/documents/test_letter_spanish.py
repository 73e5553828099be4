"""The Spanish letter words the engine's reasons, assumptions and questions in Spanish."""

from __future__ import annotations

import re
import string
from datetime import date
from pathlib import Path

import pytest

from reliefdesk.documents.letter import Wording, letter_form
from reliefdesk.readers import spreadsheet
from reliefdesk.rules.illinois import catalog, options
from reliefdesk.services import synthetic
from reliefdesk.services.analysis import analyze_record, read_record

AS_OF = date(2026, 12, 1)
ROOT = Path(__file__).resolve().parents[2]


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.fixture(scope="module")
def es() -> Wording:
    return Wording(letter_form("es"))


@pytest.fixture(scope="module")
def analyses() -> list:  # type: ignore[type-arg]
    """The demo people and 150 synthetic ones (many outcomes, questions and assumptions)."""
    records = [read_record(ROOT / "resources" / "demo" / f"{n}.record.json").record
               for n in ("kowalski", "washington", "hernandez")]  # fmt: skip
    sheet = synthetic.generate("il-csv", 150, 11, Path(__import__("tempfile").mkdtemp()) / "il.csv")
    records += spreadsheet.read_csv(sheet)
    return [analyze_record(r, AS_OF, AS_OF, {}) for r in records]


def test_every_reason_code_has_spanish_words_with_the_same_fields() -> None:
    words = letter_form("es").get("words")["reasons"]
    assert set(words) == set(catalog.CATALOG)
    for code, spec in catalog.CATALOG.items():
        assert _fields(words[code]) == _fields(spec.template), code


def test_every_assumption_has_spanish_words_with_the_same_fields() -> None:
    words = letter_form("es").get("words")["assumptions"]
    assert set(words) == set(catalog.ASSUMPTIONS)
    for code, (template, _) in catalog.ASSUMPTIONS.items():
        assert _fields(words[code]) == _fields(template), code


def test_what_the_engine_says_comes_out_in_spanish(es: Wording, analyses: list) -> None:  # type: ignore[type-arg]
    reasons = {r.code: r for a in analyses for c in a.charges for r in c.reasons}
    reasons.update({r.code: r for a in analyses for c in a.cases for r in c.reasons})
    assert len(reasons) >= 15
    for r in reasons.values():
        spanish = es.reason(r)
        assert spanish != r.text and "{" not in spanish and "?" not in spanish.replace("¿", ""), r.code
    assumptions = {a.code: a for an in analyses for a in an.assumptions}
    assert len(assumptions) >= 5
    for a in assumptions.values():
        assert es.assumption(a) != a.text, a.code
    # Engine words inside the values are worded too: no English class or outcome is left.
    text = " ".join(es.reason(r) for r in reasons.values())
    assert not re.search(r"\bClass \w+ (felony|misdemeanor)\b|\bg to\b|\(offense ", text)


def test_every_question_the_engine_asks_comes_out_in_spanish(es: Wording, analyses: list) -> None:  # type: ignore[type-arg]
    asked = [q.text for a in analyses for c in a.charges for q in c.questions]
    made = [options.q_registration().text, options.q_education_waiver().text, options.q_prior_sealed_felony().text,
            options.q_other_sentences(None).text, options.q_other_sentences(date(2020, 1, 2)).text,
            options.q_sentence_end("c1:0", "case 19CR1, charge 1 (AGG UUW)").text]  # fmt: skip
    for text in asked + made:
        spanish = es.question(text)
        assert spanish != text and spanish.startswith("¿"), text
        assert " case " not in spanish and " after " not in spanish, spanish


def test_the_english_letter_keeps_the_engines_words(analyses: list) -> None:  # type: ignore[type-arg]
    en = Wording(letter_form("en"))
    for a in analyses[:3]:
        for c in a.charges:
            for r in c.reasons:
                assert en.reason(r) == r.text
            for q in c.questions:
                assert en.question(q.text) == q.text
        for x in a.assumptions:
            assert en.assumption(x) == x.text


def test_a_text_that_no_longer_matches_stays_as_the_engine_wrote_it(es: Wording) -> None:
    from reliefdesk.model.analysis import Assumption

    odd = Assumption("OFFENSE_DATE_FROM_ARREST", "A wording the template does not produce.")
    assert es.assumption(odd) == odd.text
    assert es.question("A question nobody translated?") == "A question nobody translated?"
