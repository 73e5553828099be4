"""The client letter: sections in RecordSponge's order, the engine's reasons word for word,
what is in the packet, how to file, fees and the fee waiver, 60 days, not legal advice."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from reliefdesk.model import CaseResult, Question, Reason, Relief, Status
from reliefdesk.services.packets import PacketSettings, build_packet
from tests.documents import pdfcheck
from tests.documents.samples import hernandez, washington


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_letter_sections_reasons_and_filing_help(tmp_path: Path) -> None:
    rec, an = washington()
    result = build_packet(rec, an, tmp_path, PacketSettings(clinic_name="Uptown Legal Clinic"))
    assert result.letter is not None
    text = _flat(pdfcheck.text(result.letter))
    body = text.replace("reliefdesk client letter (en-1). This is not legal advice.", "")
    order = [body.index(h) for h in ("What we found on your record", "You can ask for this now",
                                     "What cannot be cleared", "What is in your packet", "Where and how to file",
                                     "What happens next", "This is not legal advice")]
    assert order == sorted(order)
    # The engine's reason text and citation, as the analysis gives them.
    for reason in [r for c in an.charges for r in c.reasons]:
        assert _flat(reason.text) in text
        assert reason.citation in text
    assert "Case 21-DT-004512" in text and "DUI cannot be expunged or sealed." in text
    assert "60 days to object" in text
    assert "Application for Waiver of Court Fees" in text and "Rule 298" in text
    assert "$60" in text
    assert "Leighton Criminal Court Building" in text  # Cook County
    assert "Motion to Vacate and Expunge Eligible Cannabis Convictions" in text
    assert "Uptown Legal Clinic" in text
    assert "Signature" in text and "Court date" in text  # what to fill in by hand


def test_letter_later_and_review_sections_with_dates_and_questions(tmp_path: Path) -> None:
    rec, an = hernandez()
    q = Question("other_sentences", "Did a sentence in another state end after 2019-08-01?", ("yes", "no", "unknown"))
    cases = list(an.cases)
    cases[0] = CaseResult(cases[0].case_number, Relief.EXPUNGE, Status.ELIGIBLE_LATER, date(2027, 3, 1),
                          estimated=True, reasons=(Reason("IL_EXP_QUALIFIED_PROBATION_5Y", "20 ILCS 2630/5.2(b)(2)(C)",
                                                          "Five years after qualified probation ended."),))
    cases[2] = CaseResult(cases[2].case_number, Relief.NONE, Status.NEEDS_REVIEW,
                          reasons=(Reason("IL_DISPOSITION_UNKNOWN", "20 ILCS 2630/5.2(b)",
                                          "The record does not show how this case ended."),))
    charges = [replace(c, questions=(q,)) if c.case_number == cases[2].case_number else c for c in an.charges]
    an = replace(an, cases=tuple(cases), charges=tuple(charges))
    result = build_packet(rec, an, tmp_path)
    assert result.documents == []  # nothing to file now
    assert result.letter is not None
    text = _flat(pdfcheck.text(result.letter))
    later = text.index("You can ask for this later")
    review = text.index("We need more information")
    never = text.index("What cannot be cleared")
    assert later < review < never
    assert "on or after 03/01/2027" in text and "estimated" in text
    assert "The record does not show how this case ended." in text
    assert "Did a sentence in another state end after 2019-08-01? (yes / no / unknown)" in text
    assert "there are no court forms in this packet" in text
    assert any("No case is eligible to file now" in line for line in result.report_lines())


def test_unknown_language_falls_back_to_english_and_says_so(tmp_path: Path) -> None:
    rec, an = hernandez()
    result = build_packet(rec, an, tmp_path, PacketSettings(language="xx"))
    assert result.letter is not None and result.letter.name == "letter-en.pdf"
    assert any("no letter in language 'xx'" in n for n in result.notes)


def test_spanish_letter(tmp_path: Path) -> None:
    rec, an = washington()
    result = build_packet(rec, an, tmp_path, PacketSettings(language="es"))
    assert result.letter is not None and result.letter.name == "letter-es.pdf"
    text = _flat(pdfcheck.text(result.letter))
    assert "21 de noviembre de 2026" in text
    assert "Lo que puede pedir ahora" in text and "60 días para oponerse" in text
    assert "Esto no es asesoría legal" in text and "Regla 298" in text
    assert not any("no letter in language" in n for n in result.notes)
