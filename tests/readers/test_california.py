"""The CA DOJ rap sheet reader: each published sample field by field, the
synthetic sheet's oddities, nothing dropped silently, and the text-PDF and
scanned-PDF paths (real ReportLab, pdfplumber and Tesseract)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from reliefdesk.model import (
    Disposition,
    Level,
    SentenceKind,
    record_from_json,
    record_to_dict,
    record_to_json,
)
from reliefdesk.readers import ReadError, detect_format, read_path, read_text
from reliefdesk.readers.ca_clean import clean_line
from reliefdesk.readers.california import FORMAT, map_disposition, parse_sentence
from tests.conftest import shared_path
from tests.readers.test_california_sheets import SYNTHETIC, comparable


def sample(name: str) -> Path:
    return shared_path("samples", "ca", name)


def every_line_accounted(result: object) -> None:
    """Every non-blank source line is either used or reported as unplaced."""
    report = result.report  # type: ignore[attr-defined]
    seen = {ln.number for ln in report.used} | {ln.number for ln in report.unplaced}
    text = result.text  # type: ignore[attr-defined]
    missing = [(i, t) for i, t in enumerate(text.splitlines(), start=1) if t.strip() and i not in seen]
    assert missing == []


# -- samples/ca/skywalker_ineligible.txt


def test_ineligible_sample_field_by_field() -> None:
    result = read_path(sample("skywalker_ineligible.txt"))
    assert result.report.format == "ca-doj-text"
    rec = result.record
    assert rec.jurisdiction.value == "CA"
    p = rec.person
    assert p.name == "SKYWALKER, LUKE JAY"
    assert p.aliases == ("SKYWALKER, LUKE",)
    assert p.dob == date(1957, 1, 19)
    assert p.ids == {"cii": "A99000015", "fbi": None}
    assert p.deceased is False
    assert p.registrations == ()
    assert len(rec.cases) == 1
    case = rec.cases[0]
    assert case.case_number == "1234567"
    assert case.other_numbers == ("1111111",)
    assert case.county == "LOS ANGELES"
    assert case.court == "CASC LOS ANGELES"
    assert case.arrest_date == date(1984, 7, 25)
    assert case.agency == "CASO LOS ANGELES"
    (ch,) = case.charges
    assert (ch.statute, ch.section, ch.code) == ("496 PC", "496", "PC")
    assert ch.description == "RECEIVE/ETC KNOWN STOLEN PROPERTY"
    assert ch.disposition is Disposition.CONVICTED
    assert ch.disposition_raw == "CONVICTED"
    assert ch.disposition_date == date(1984, 9, 18)
    assert ch.level is Level.FELONY
    assert ch.attempt is False
    assert ch.sentence is not None
    assert (ch.sentence.kind, ch.sentence.length) == (SentenceKind.PRISON, "2 years")
    assert (ch.sentence.start, ch.sentence.end) == (date(1984, 9, 18), date(1986, 9, 18))
    assert result.report.unplaced == []
    every_line_accounted(result)


# -- samples/ca/skywalker_pc1203.txt


def test_pc1203_sample_field_by_field() -> None:
    result = read_path(sample("skywalker_pc1203.txt"))
    case = result.record.cases[0]
    assert case.case_number == "5678901"
    assert case.other_numbers == ("1111111",)
    (ch,) = case.charges
    assert ch.level is Level.MISDEMEANOR
    assert ch.disposition is Disposition.CONVICTED
    s = ch.sentence
    assert s is not None
    assert s.raw == "3 YEARS PROBATION, 30 DAYS JAIL, FINE, RESTN"  # the wrapped line joined
    assert (s.kind, s.length, s.end) == (SentenceKind.PROBATION, "3 years", date(1987, 9, 18))
    assert s.extra["parts"] == [{"kind": "probation", "length": "3 years"}, {"kind": "jail", "length": "30 days"}]
    assert result.report.unplaced == []
    every_line_accounted(result)


# -- samples/ca/skywalker_long_header.txt


def test_long_header_sample_person() -> None:
    result = read_path(sample("skywalker_long_header.txt"))
    p = result.record.person
    assert p.name == "SKYWALKER, LUKE JAY"
    assert p.aliases == (
        "SKYWALKER, LUKE", "WALKER, LUC SKY", "SKYWALKER, LUC", "WALKER, LUKE SKY", "SKYWALKER, LUCAS",
        "SKYWALKER, LUCA",
    )
    assert p.dob == date(1957, 1, 19)  # the first DOB/, not the later list
    assert p.extra["other_dobs"] == ["1960-09-15", "1954-10-16", "1955-05-05", "1955-07-09"]
    assert p.ids == {"cii": "A99000015", "fbi": "9001000"}  # not the consolidated CII/99000012
    assert p.extra["other_cii"] == ["99000012"]
    assert p.registrations == ("457.1 PC", "290 PC")
    assert [e["date"] for e in p.extra["registration_events"]] == ["1986-03-09", "1986-06-29"]
    # "**DECEASED HOMICIDE" is a header banner, not a DECEASED event: unknown, with a note.
    assert p.deceased is None
    assert "DECEASED HOMICIDE" in result.record.extra["notices"]
    assert any("DECEASED notice" in n for n in result.report.notes)
    assert result.report.unplaced == []
    every_line_accounted(result)


def test_long_header_sample_cases() -> None:
    rec = read_path(sample("skywalker_long_header.txt")).record
    kinds = [(c.extra["event"], c.case_number) for c in rec.cases]
    assert kinds == [("court", "300000"), ("custody", None), ("custody", None), ("arrest", None), ("court", "44050")]
    cannabis = rec.cases[0]
    assert (cannabis.county, cannabis.court) == ("LOS ANGELES", "CASC LOS ANGELES")
    assert (cannabis.arrest_date, cannabis.agency) == (date(1984, 7, 25), "CASO LOS ANGELES")
    assert cannabis.extra["arrest_statutes"] == ["11357 HS", "496 PC"]
    c1, c2 = cannabis.charges
    assert (c1.statute, c1.section, c1.code, c1.level, c1.disposition) == (
        "11357 HS", "11357", "HS", Level.MISDEMEANOR, Disposition.CONVICTED,
    )
    assert c1.sentence is None  # the sentence is printed under count 2 only
    assert c1.extra["case_number"] == "300000" and c2.extra["case_number"] == "300000"  # inherited
    assert c2.sentence is not None and c2.sentence.end == date(1987, 9, 18)
    # Federal custody and a CDC custody entry with the court it came from.
    assert rec.cases[1].charges[0].statute == "18 2113(a) US"
    murder = rec.cases[2]
    assert murder.charges[0].statute == "187(a) PC"
    assert murder.charges[0].disposition is Disposition.UNKNOWN
    assert "XR09005" in murder.other_numbers
    assert murder.charges[0].extra["updates"][0] == {
        "date": "2003-12-20", "dispo": ["PAROLED"], "sentence": None, "conv_status": None, "comments": [],
    }
    # Arrest-only cycle: kept as a case with no court and disposition unknown.
    robbery = rec.cases[3]
    assert (robbery.court, robbery.other_numbers) == (None, ("S129838",))
    assert robbery.charges[0].disposition is Disposition.UNKNOWN
    last = rec.cases[4]
    assert last.other_numbers == ("3799-3788",)
    assert [(c.statute, c.disposition.value, c.level) for c in last.charges] == [
        ("487.2 PC", "dismissed", None),
        ("487.1 PC", "dismissed", None),
        ("451(a) PC", "convicted", Level.FELONY),
        ("487(d) PC", "convicted", Level.FELONY),
    ]
    assert last.charges[0].disposition_raw == "DISMISSED/FURTHERANCE OF JUSTICE"
    s = last.charges[3].sentence
    assert s is not None and (s.kind, s.length, s.raw) == (SentenceKind.PRISON, "2 years", "2 YEARS PRISON, FINE, RESTN")
    update = last.charges[3].extra["updates"][0]
    assert update["date"] == "2004-11-21" and len(update["dispo"]) == 8
    other = [(e["kind"], e["date"]) for e in rec.extra["other_events"]]
    assert other == [
        ("applicant", "1985-07-01"), ("parolee", "1990-07-13"), ("applicant", "2004-03-01"),
        ("applicant", "2004-10-01"), ("custody", "2004-11-15"),
    ]


def test_samples_are_detected_and_round_trip() -> None:
    for name in ("skywalker_ineligible.txt", "skywalker_pc1203.txt", "skywalker_long_header.txt"):
        text = sample(name).read_text(encoding="utf-8")
        assert detect_format(text) == "ca-doj-text"
        rec = read_text(text).record
        assert record_from_json(record_to_json(rec)) == rec


# -- the synthetic sheet


def test_synthetic_updates_and_counts() -> None:
    result = read_text(SYNTHETIC)
    rec = result.record
    assert result.report.unplaced == [] and result.report.unsure == []
    every_line_accounted(result)
    first = rec.cases[0]
    # The PC 1203.4 update is printed under count 2 but sets aside the convicted count 1.
    assert first.charges[0].disposition is Disposition.SET_ASIDE
    assert first.charges[0].disposition_date == date(2000, 1, 5)
    assert first.charges[0].extra["event_date"] == "1990-06-01"
    assert first.charges[1].disposition is Disposition.DISMISSED
    # The Prop 64 update printed under the PC 32 count belongs to the cannabis count.
    la = rec.cases[1]
    assert la.charges[0].extra["prop64_relief"]["kind"] == "reduced"
    assert "prop64_relief" not in la.charges[1].extra
    assert la.charges[1].statute == "32 PC"
    # CNT:001-002 with SEE COMMENT FOR CHARGE / COM: CHRG 11358 HS.
    sd = rec.cases[2]
    assert [c.statute for c in sd.charges] == ["11358 HS", "11358 HS"]
    assert [c.extra["count"] for c in sd.charges] == [1, 2]
    assert sd.county == "SAN DIEGO" and sd.court == "CAMC SAN DIEGO"
    assert sd.charges[0].sentence is not None and sd.charges[0].sentence.raw == "6 MONTHS PROBATION, FINE"
    sf = rec.cases[3]
    assert sf.charges[0].attempt is True and sf.charges[0].level is Level.INFRACTION
    assert sf.charges[0].statute == "11357(b) HS" and sf.charges[0].statute_raw == "11357(B) HS"
    revoked = sf.charges[1].sentence
    assert revoked is not None and revoked.revoked and revoked.end == date(2013, 6, 30)
    assert rec.person.registrations == ("290 PC",)
    rejected = rec.cases[-1]
    assert rejected.extra["event"] == "arrest"
    assert rejected.charges[0].disposition is Disposition.RELEASED_WITHOUT_CHARGING


def test_unplaced_lines_are_reported_not_dropped() -> None:
    damaged = SYNTHETIC.replace("   SEN: 2 YEARS PRISON\n", "   SEN: 2 YEARS PRISON\n@@ GARBLED LINE 17 @@\n", 1)
    result = read_text(damaged)
    assert [ln.text for ln in result.report.unplaced] == ["@@ GARBLED LINE 17 @@"]
    assert any("GARBLED LINE 17" in w for w in result.record.source.warnings)
    every_line_accounted(result)


def test_deceased_event_marks_the_person() -> None:
    text = SYNTHETIC.replace(
        "     *    *    *    END OF MESSAGE",
        "* * * *\nDECEASED:             NAM:01\n20210101  CACO SAN FRANCISCO\n\n     *    *    *    END OF MESSAGE",
    )
    assert read_text(text).record.person.deceased is True


def test_not_a_rap_sheet() -> None:
    assert FORMAT.detect("Dear clinic, here is my letter.\nThanks") < 0.3
    with pytest.raises(ReadError):
        read_text("Dear clinic, here is my letter.\nThanks", "ca-doj-text")


def test_confusion_table() -> None:
    assert clean_line("CNI:01     #1234") == "CNT:01     #1234"
    assert clean_line("CNT:0    1") == "CNT:01"
    assert clean_line("RR/DET/CITE: NAME:02") == "ARR/DET/CITE: NAM:02"
    assert clean_line("COURI:      NAM:0l") == "COURT:      NAM:01"
    assert clean_line(" DISPO:DISMISSSED") == " DISPO:DISMISSED"
    assert clean_line("  487(D) CP-GRAND THEFT") == "  487(D) PC-GRAND THEFT"
    assert clean_line("199OO6O1  CASC ALAMEDA") == "19900601  CASC ALAMEDA"
    assert clean_line("kK kK Kk OK") == "* * * *"
    assert clean_line("  11357 HS-POSSESS MARIJUANA") == "  11357 HS-POSSESS MARIJUANA"  # untouched


def test_dispositions_and_sentences() -> None:
    assert map_disposition("CONVICTED") is Disposition.CONVICTED
    assert map_disposition("CONV SET ASIDE & DISM PER 1203.4 PC") is Disposition.SET_ASIDE
    assert map_disposition("DISMISSED/FURTHERANCE OF JUSTICE") is Disposition.DISMISSED
    assert map_disposition("PROS REJ-OTHER") is Disposition.RELEASED_WITHOUT_CHARGING
    assert map_disposition("PAROLED") is None
    s = parse_sentence("90 DAYS JAIL", date(2000, 1, 31))
    assert (s.kind, s.end) == (SentenceKind.JAIL, date(2000, 4, 30))
    s = parse_sentence("1 MONTHS PROBATION", date(2000, 1, 31))
    assert s.end == date(2000, 2, 29)
    assert parse_sentence("FINE, RESTN", date(2000, 1, 1)).kind is SentenceKind.FINE


# -- the same paths as Illinois: text PDF and scanned PDF


def _text_pdf(text: str, out: Path) -> Path:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out), pagesize=letter, invariant=1)
    lines = text.splitlines()
    for start in range(0, len(lines), 60):
        t = c.beginText(36, 756)
        t.setFont("Courier", 9)
        for line in lines[start : start + 60]:
            t.textLine(line)
        c.drawText(t)
        c.showPage()
    c.save()
    return out


def test_text_pdf_reads_like_the_text(tmp_path: Path) -> None:
    pdf = _text_pdf(SYNTHETIC, tmp_path / "sheet.pdf")
    result = read_path(pdf)
    assert result.report.format == "ca-doj-text"
    data = record_to_dict(result.record)
    data.pop("source")
    assert data == comparable(SYNTHETIC)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_scanned_pdf_reads_like_the_text(tmp_path: Path) -> None:
    import pypdfium2
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    pdf = _text_pdf(SYNTHETIC, tmp_path / "sheet.pdf")
    doc = pypdfium2.PdfDocument(str(pdf))
    scan = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(scan), pagesize=letter, invariant=1)
    for i in range(len(doc)):
        png = tmp_path / f"page{i}.png"
        doc[i].render(scale=300 / 72, grayscale=True).to_pil().save(png)
        c.drawImage(str(png), 0, 0, width=letter[0], height=letter[1])
        c.showPage()
    c.save()
    doc.close()
    result = read_path(scan)
    rec = result.record
    clean = read_text(SYNTHETIC).record
    assert rec.person.name == clean.person.name and rec.person.dob == clean.person.dob
    assert [(c.county, c.court, c.arrest_date) for c in rec.cases] == [
        (c.county, c.court, c.arrest_date) for c in clean.cases
    ]
    got = [(c.statute, c.disposition, c.level, c.disposition_date) for case in rec.cases for c in case.charges]
    want = [(c.statute, c.disposition, c.level, c.disposition_date) for case in clean.cases for c in case.charges]
    assert got == want


def test_illinois_demo_sheets_are_not_taken_for_california(demo_dir: Path) -> None:
    for path in sorted(demo_dir.glob("*.txt")):
        assert FORMAT.detect(path.read_text(encoding="utf-8")) < 0.3, path.name
