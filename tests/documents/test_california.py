"""The California packet: CR-400 (petition or application box), CR-401, CR-403 and the letter,
typeset with the real renderer and read back with real PDF text extraction."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pdfplumber

from reliefdesk.documents import california
from reliefdesk.documents.forms import load_form
from reliefdesk.readers import read_text
from reliefdesk.rules import analyze
from reliefdesk.services.packets import build_packet
from tests.readers.test_california_sheets import SYNTHETIC

AS_OF = date(2026, 12, 1)


def text_of(path: Path) -> str:
    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _analysis(answers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    record = read_text(SYNTHETIC).record
    return record, analyze(record, AS_OF, AS_OF, answers or {})


def test_forms_load() -> None:
    for form_id in california.FORMS:
        form = load_form(form_id, on=AS_OF)
        assert form.get("jurisdiction") == "CA"
    assert california.letter_form().id == "CA-CLIENT-LETTER"


def test_plan_groups_by_county_and_route() -> None:
    record, analysis = _analysis({"ca_route:3.0": "serving"})
    plans = california.plan_packets(record, analysis)
    assert [p.county for p in plans] == ["San Diego", "San Francisco"]
    sd, sf = plans
    assert [f for f, _ in sd.documents] == ["CA-CR-400", "CA-CR-401", "CA-CR-403"]
    ctx = sd.documents[0][1]
    assert ctx["prop64"]["application"] is True and ctx["prop64"]["petition"] is False
    assert [r["relief_kind"] for r in ctx["prop64"]["rows"]] == ["dismiss_seal", "dismiss_seal"]
    assert ctx["court"]["county_upper"] == "SAN DIEGO"
    assert sf.documents[0][1]["prop64"]["petition"] is True
    assert sf.notes == []


def test_unknown_route_leaves_both_boxes_and_a_note() -> None:
    record, analysis = _analysis()
    sf = california.plan_packets(record, analysis, county="San Francisco")[0]
    ctx = sf.documents[0][1]
    assert not ctx["prop64"]["petition"] and not ctx["prop64"]["application"]
    assert any("Petition (still serving) or Application" in n for n in sf.notes)


def test_packet_pdfs(tmp_path: Path) -> None:
    record, analysis = _analysis({"ca_route:3.0": "completed"})
    result = build_packet(record, analysis, tmp_path)
    names = [p.name for p in result.documents]
    assert names == [
        "san-diego-01-ca-cr-400.pdf", "san-diego-02-ca-cr-401.pdf", "san-diego-03-ca-cr-403.pdf",
        "san-francisco-01-ca-cr-400.pdf", "san-francisco-02-ca-cr-401.pdf", "san-francisco-03-ca-cr-403.pdf",
    ]
    cr400 = text_of(tmp_path / "san-diego-01-ca-cr-400.pdf")
    assert "PETITION/APPLICATION (Health and Safety Code, § 11361.8)" in cr400
    assert "COUNTY OF SAN DIEGO" in cr400
    assert "2. ☒ APPLICATION for redesignation" in cr400
    assert "1. ☐ PETITION for resentencing" in cr400
    assert cr400.count("M45678") >= 2 and "11358 HS" in cr400 and "04/10/2001" in cr400
    assert "LEIA BREHA ORGANA" in cr400
    cr401 = text_of(tmp_path / "san-diego-02-ca-cr-401.pdf")
    assert "District Attorney of San Diego County" in cr401
    cr403 = text_of(tmp_path / "san-diego-03-ca-cr-403.pdf")
    assert "FOR THE COURT ONLY" in cr403 and "Dismiss and seal" in cr403
    assert "☒" not in cr403  # the court's part is never filled
    assert "Server's signature (CR-401)" in result.blanks
    letter = text_of(result.letter) if result.letter else ""
    assert "dismiss and seal" in letter and "Proposition 64" in letter
    assert "Illinois" not in letter and "ILCS" not in letter
    assert "11361.9" in letter


def test_nothing_eligible_writes_only_the_letter(tmp_path: Path) -> None:
    text = SYNTHETIC.split("* * * *\nARR/DET/CITE: NAM:01\n20010220")[0] + "     *    *    *    END OF MESSAGE\n"
    record = read_text(text).record
    result = build_packet(record, analyze(record, AS_OF), tmp_path)
    assert result.documents == [] and result.letter is not None
