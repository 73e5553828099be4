"""The packets service end to end: the real reader and engine, real PDFs, the command line."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from reliefdesk.model import Relief, Status, UserError, record_from_json
from reliefdesk.services.analysis import analyze_record
from reliefdesk.services.packets import PacketResult, PacketSettings, build_packet, petition_from_file
from tests.documents import pdfcheck
from tests.documents.samples import washington

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
AS_OF = date(2026, 11, 21)


def _record(name: str):  # type: ignore[no-untyped-def]
    return record_from_json((DEMO / f"{name}.record.json").read_text(encoding="utf-8"))


def _court_text(result: PacketResult) -> str:
    return "\n".join(pdfcheck.text(p) for p in result.documents)


@pytest.mark.parametrize("name", ["washington", "kowalski", "hernandez"])
def test_real_engine_every_eligible_case_on_a_form_and_no_other(name: str, tmp_path: Path) -> None:
    rec = _record(name)
    an = analyze_record(rec, AS_OF)
    result = build_packet(rec, an, tmp_path, PacketSettings(clinic_name="Uptown Legal Clinic"))
    assert result.documents and result.combined and result.letter is not None
    text = _court_text(result)
    by_number = {c.case_number: c for c in an.cases}
    for case in rec.cases:
        number = case.case_number or case.other_numbers[0]
        cr = by_number.get(case.case_number)
        eligible = cr is not None and cr.status is Status.ELIGIBLE_NOW and cr.relief is not Relief.NONE
        assert (number in text) == eligible, (number, cr)
    # The combined PDF is every document in order.
    assert pdfcheck.page_count(result.combined[0]) == sum(result.pages.values())
    assert "Signature" in result.blanks
    letter = pdfcheck.text(result.letter)
    assert "This is not legal advice" in letter


def test_real_engine_cannabis_case_goes_on_the_cannabis_suite(tmp_path: Path) -> None:
    rec = _record("washington")
    an = analyze_record(rec, AS_OF)
    result = build_packet(rec, an, tmp_path)
    names = [p.name for p in result.documents]
    assert names == ["cook-01-il-exp-seal-request.pdf", "cook-02-il-exp-seal-order.pdf",
                     "cook-03-il-cxp-motion.pdf", "cook-04-il-cxp-notice.pdf", "cook-05-il-cxp-order.pdf"]
    motion = pdfcheck.text(result.documents[2])
    assert "11-1-234567-01" in motion and "☒ Misdemeanor" in motion
    assert "11-1-234567-01" not in pdfcheck.text(result.documents[0])
    assert "Court date" in result.blanks


def test_mixed_case_note_when_the_motion_could_come_first(tmp_path: Path) -> None:
    rec = _record("kowalski")
    result = build_packet(rec, analyze_record(rec, AS_OF), tmp_path)
    assert any("08CR0561201" in n and "Motion first" in n for n in result.notes)


def test_petition_from_a_rap_sheet_text_file(tmp_path: Path) -> None:
    result = petition_from_file(DEMO / "isp_transcript_washington.txt", tmp_path, as_of=AS_OF, filing_date=AS_OF)
    assert any(p.name.endswith("il-cxp-motion.pdf") for p in result.documents)


def test_one_packet_per_county_and_the_county_filter(tmp_path: Path) -> None:
    rec, an = washington()
    cases = list(rec.cases)
    cases[2] = replace(cases[2], county="DuPage")
    rec = replace(rec, cases=tuple(cases))
    result = build_packet(rec, an, tmp_path / "all")
    assert [p.name for p in result.combined] == ["cook-packet.pdf", "dupage-packet.pdf"]
    dupage = [p for p in result.documents if p.name.startswith("dupage-")]
    assert [p.name for p in dupage] == ["dupage-01-il-exp-seal-request.pdf", "dupage-02-il-exp-seal-order.pdf"]
    assert "DUPAGE COUNTY" in pdfcheck.text(dupage[0]) and "17-2-100455-01" in pdfcheck.text(dupage[0])
    assert "17-2-100455-01" not in pdfcheck.text(result.documents[0])
    only = build_packet(rec, an, tmp_path / "one", county="dupage")
    assert [p.name for p in only.combined] == ["dupage-packet.pdf"]
    with pytest.raises(UserError, match="no case of this record is in 'Lake' county"):
        build_packet(rec, an, tmp_path / "none", county="Lake")


def test_settings_fill_the_petitioner_and_preparer(tmp_path: Path) -> None:
    rec, an = washington()
    settings = PacketSettings(clinic_name="Uptown Legal Clinic", clinic_address="4750 N Sheridan Rd",
                              petitioner_address="1200 W Wilson Ave, Chicago, IL 60640",
                              petitioner_phone="312-555-0100", petitioner_email="dw@example.org",
                              court_date="12/15/2026")
    result = build_packet(rec, an, tmp_path, settings)
    assert "Court date" not in result.blanks and "Telephone" not in result.blanks
    notice = next(p for p in result.documents if "notice" in p.name)
    assert pdfcheck.value_above(notice, "Court date (mm/dd/yyyy)") == "12/15/2026"
    assert pdfcheck.value_above(notice, "Email") == "dw@example.org"
    assert "Uptown Legal Clinic, 4750 N Sheridan Rd" in " ".join(pdfcheck.text(result.documents[0]).split())


def test_an_output_folder_that_cannot_be_made_is_a_clear_error(tmp_path: Path) -> None:
    rec, an = washington()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="cannot create the folder"):
        build_packet(rec, an, blocker / "packet")


def test_report_lines_name_every_file_and_the_blanks(tmp_path: Path) -> None:
    rec, an = washington()
    result = build_packet(rec, an, tmp_path)
    lines = result.report_lines()
    for p in [*result.documents, *result.combined]:
        assert any(str(p) in line for line in lines)
    assert any(line.startswith("left blank (to fill in by hand): ") and "Signature" in line for line in lines)


def test_cli_petition_writes_and_prints_the_packet(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "reliefdesk", "petition", str(DEMO / "kowalski.record.json"), "--out",
         str(tmp_path / "packet"), "--as-of", "2026-11-21"],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr
    assert "cook-packet.pdf (combined: print this)" in out.stdout
    assert "letter-en.pdf" in out.stdout
    assert "left blank" in out.stdout
    assert (tmp_path / "packet" / "cook-packet.pdf").exists()


def test_cli_petition_unknown_county_is_one_line_exit_1(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "reliefdesk", "petition", str(DEMO / "kowalski.record.json"), "--out",
         str(tmp_path), "--as-of", "2026-11-21", "--county", "Lake"],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )
    assert out.returncode == 1
    assert len(out.stderr.strip().splitlines()) == 1 and "Lake" in out.stderr
    assert "Traceback" not in out.stderr
