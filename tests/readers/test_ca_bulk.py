"""The DOJ bulk research file reader: grouping, fields, bad rows, resume, single-person use."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from reliefdesk.model import Disposition, Level, Record
from reliefdesk.readers import ReadError, ca_bulk, read_path
from reliefdesk.services import synthetic
from tests.conftest import shared_path


def _people(path: Path, **kw: int) -> list[Record]:
    return [r for r in ca_bulk.iter_people(path, **kw) if isinstance(r, Record)]


def _errors(path: Path) -> list[ca_bulk.RowError]:
    return [r for r in ca_bulk.iter_people(path) if isinstance(r, ca_bulk.RowError)]


def test_sample_file_people_and_fields() -> None:
    people = _people(shared_path("samples", "ca", "bulk_no_headers.csv"))
    names = [p.person.name for p in people]
    assert len(people) == 11
    assert names[:3] == ["SKYWALKER,LUKE S", "BIRD,BIG", "MONSTER,ELMO"]
    bird = people[1]
    assert bird.person.deceased is True
    assert bird.person.registrations == ("290 PC",)
    assert bird.person.ids["doj_subject_id"] == "17954908"
    first = bird.cases[0]
    assert first.case_number == "998877"
    assert first.county == "San Joaquin"
    ch = first.charges[0]
    assert (ch.section, ch.code, ch.statute) == ("11357", "HS", "11357(c) HS")
    assert ch.disposition is Disposition.CONVICTED and ch.level is Level.FELONY
    assert ch.sentence is not None and ch.sentence.length == "90 days"
    assert ch.sentence.end is not None and (ch.sentence.end - ch.disposition_date).days == 90
    # "SEE COMMENT FOR CHARGE": the charge comes from COMMENT_TEXT.
    elmo = people[2]
    assert elmo.cases[0].charges[0].statute == "11358 HS"
    # Distinct court events with the same CNT_ORDER prefix stay distinct cases (different dates/counties).
    assert len(elmo.cases) == 4
    # Arrest events give the arrest date of the court case of the same cycle.
    luke = people[0]
    assert luke.cases[0].arrest_date is not None and luke.cases[0].arrest_date.isoformat() == "1979-05-25"


def test_header_row_gives_the_same_people(tmp_path: Path) -> None:
    src = shared_path("samples", "ca", "bulk_no_headers.csv")
    with_header = tmp_path / "with_header.csv"
    with_header.write_text(",".join(ca_bulk.COLUMNS) + "\n" + src.read_text(), encoding="utf-8")
    a, b = _people(src), _people(with_header)
    assert [p.person for p in a] == [p.person for p in b]
    assert [p.cases for p in a] == [p.cases for p in b]
    assert not _errors(with_header)


def test_bad_rows_are_reported_not_fatal(tmp_path: Path) -> None:
    path = synthetic.generate("ca-doj-bulk", 60, 3, tmp_path / "bad.csv", bad_rows=6)
    items = list(ca_bulk.iter_people(path))
    errors = [i for i in items if isinstance(i, ca_bulk.RowError)]
    people = [i for i in items if isinstance(i, Record)]
    assert len(people) == 60
    assert sorted({e.code for e in errors}) == sorted({ca_bulk.WRONG_COLUMNS, ca_bulk.BAD_DATE, ca_bulk.UNKNOWN_CODE})
    assert len(errors) == 6
    lines = path.read_text().splitlines()
    for e in errors:
        assert e.line >= 1 and e.subject_id and e.subject_id in lines[e.line - 1]
        assert e.problem
    # The person whose row was skipped carries a warning naming the line.
    warned = [p for p in people if any(w.startswith(f"line {errors[0].line}:") for w in p.source.warnings)]
    assert len(warned) == 1


def test_blank_lines_and_csv_damage(tmp_path: Path) -> None:
    src = shared_path("samples", "ca", "bulk_no_headers.csv").read_text().splitlines()
    path = tmp_path / "damaged.csv"
    path.write_text("\n".join([src[0], "", src[1], "just,three,fields", *src[2:]]) + "\n", encoding="utf-8")
    errors = _errors(path)
    assert [(e.line, e.code) for e in errors] == [(4, ca_bulk.WRONG_COLUMNS)]
    assert len(_people(path)) == 11


def test_subject_reappearing_is_marked_and_mergeable(tmp_path: Path) -> None:
    rows = list(csv.reader(shared_path("samples", "ca", "bulk_no_headers.csv").open()))
    moved = rows[1:8] + rows[8:13] + rows[0:1]  # Luke's first row after Bird's rows
    path = tmp_path / "split.csv"
    with path.open("w", newline="") as f:
        csv.writer(f).writerows(moved)
    people = _people(path)
    lukes = [p for p in people if p.person.name == "SKYWALKER,LUKE S"]
    assert len(lukes) == 2
    assert lukes[1].source.extra["fragment"] == 2
    assert any("not grouped by SUBJECT_ID" in w for w in lukes[1].source.warnings)
    merged = ca_bulk.merge_fragments(lukes)
    assert sum(len(c.charges) for c in merged.cases) == sum(len(c.charges) for p in lukes for c in p.cases)


def test_skip_lines_resumes_after_a_person() -> None:
    path = shared_path("samples", "ca", "bulk_no_headers.csv")
    people = _people(path)
    third_end = people[2].source.extra["end_line"]
    rest = _people(path, skip_lines=third_end)
    assert [p.person.name for p in rest] == [p.person.name for p in people[3:]]


def test_single_person_format(tmp_path: Path) -> None:
    rows = shared_path("samples", "ca", "bulk_no_headers.csv").read_text().splitlines()
    one = tmp_path / "bird.csv"
    one.write_text("\n".join(rows[8:13]) + "\n", encoding="utf-8")
    result = read_path(one)
    assert result.report.format == "ca-doj-bulk"
    assert result.record.person.name == "BIRD,BIG"
    with pytest.raises(ReadError, match="holds 11 people"):
        read_path(shared_path("samples", "ca", "bulk_no_headers.csv"))


def test_parse_charge_forms() -> None:
    assert ca_bulk.parse_charge("11357(C)HS-POSSESS MARIJUANA") == ("11357", "(c)", "HS", "POSSESS MARIJUANA")
    assert ca_bulk.parse_charge("11360(A)(3)(C) HS-SELL") == ("11360", "(a)(3)(c)", "HS", "SELL")
    assert ca_bulk.parse_charge(" 148 PC - RESISTING") == ("148", "", "PC", "RESISTING")
    assert ca_bulk.parse_charge("SEE COMMENT FOR CHARGE") is None
    assert ca_bulk.county_name("SAN LUIS OBISPO") == "San Luis Obispo"


def test_line_breaks_in_quotes_keep_line_numbers_and_blocks(tmp_path: Path) -> None:
    rows = list(csv.reader(shared_path("samples", "ca", "bulk_no_headers.csv").open()))
    rows[13][93] = "11358 HS-CULTIVATE CANNABIS\nSECOND LINE OF COMMENT"
    path = tmp_path / "multiline.csv"
    with path.open("w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    plain = [g for g in ca_bulk.iter_groups(csv.reader(shared_path("samples", "ca", "bulk_no_headers.csv").open(newline="")))
             if isinstance(g, ca_bulk.RowGroup)]  # fmt: skip
    parsed = [g for g in ca_bulk.iter_groups(csv.reader(path.open(newline=""))) if isinstance(g, ca_bulk.RowGroup)]
    assert [g.subject_id for g in parsed] == [g.subject_id for g in plain]
    # Every group after the row with the line break starts one physical line later.
    shift = [g.first_line - p.first_line for g, p in zip(parsed, plain, strict=True)]
    assert 1 in shift and shift == sorted(shift) and set(shift) <= {0, 1}
    data = path.read_bytes()
    blocks = [g for block, line0, _ in ca_bulk.iter_block_spans(io.BytesIO(data), 300)
              for g in ca_bulk.iter_block_groups(block, line0) if isinstance(g, ca_bulk.RowGroup)]  # fmt: skip
    assert [(g.subject_id, g.first_line, g.end_line, g.rows) for g in blocks] == \
        [(g.subject_id, g.first_line, g.end_line, g.rows) for g in parsed]  # fmt: skip
    who = next(g for g in parsed if any("SECOND LINE" in r[93] for _, r in g.rows))
    record = ca_bulk.build_record(who, "x")[0]
    assert "11358 HS" in [ch.statute for case in record.cases for ch in case.charges]


@pytest.mark.parametrize("block", [1, 700, 5_000, 10**9])
def test_blocks_group_as_the_whole_file_does(tmp_path: Path, block: int) -> None:
    """Cutting the file into blocks of whole subjects (the batch's chunks) changes no group, line or error.

    The blocks are bytes (the main process never decodes); a byte-order mark
    and bytes that are not UTF-8 decode in the blocks as in the whole file.
    """
    path = synthetic.generate("ca-doj-bulk", 40, 3, tmp_path / "doj.csv", bad_rows=6)
    rows = list(csv.reader(path.open(newline="")))
    rows[5][93] = "11358 HS-CULTIVATE\nSECOND LINE, WITH A COMMA"  # a line break inside quotes
    rows[40][12] = 'O"NEIL,\nPAT'
    rows[60][12] = "NU\u00d1EZ,JOS\u00c9"  # non-ASCII: two-byte characters
    with path.open("w", newline="", encoding="utf-8-sig") as f:  # with a byte-order mark
        f.write(",".join(ca_bulk.COLUMNS) + "\n\n")  # a header and a blank line
        csv.writer(f, lineterminator="\n").writerows(rows)
    data = path.read_bytes().replace(b"JOS\xc3\x89", b"JOS\xc9")  # a Latin-1 byte: not UTF-8
    path.write_bytes(data)

    def text_file() -> Any:
        return path.open(encoding="utf-8-sig", errors="replace", newline="")

    whole = list(ca_bulk.iter_groups(csv.reader(text_file())))
    assert any(isinstance(g, ca_bulk.RowGroup) and any("\ufffd" in r[12] for _, r in g.rows) for g in whole)
    third_end = [g for g in whole if isinstance(g, ca_bulk.RowGroup)][2].end_line
    for skip in (0, third_end):  # a resume starts after a whole subject
        for grow in (0, 10 * block):  # fixed blocks, and blocks doubling up to 10 times the first
            with path.open("rb") as f:
                spans = list(ca_bulk.iter_block_spans(f, block, skip_lines=skip, max_bytes=grow))
            blocks = [(b, line0) for b, line0, _ in spans]
            assert b"".join(b for b, _ in blocks) == b"".join(path.open("rb").readlines()[skip:])
            # Each block is where its offset says (the workers read it from the file by offset).
            assert all(data[offset : offset + len(b)] == b for b, _, offset in spans)
            with path.open("rb") as f:
                positions = list(ca_bulk.iter_block_positions(f, block, skip_lines=skip, max_bytes=grow))
            assert positions == [(offset, len(b), line0, line0 + b.count(b"\n")) for b, line0, offset in spans]
            got = [g for b, line0 in blocks for g in ca_bulk.iter_block_groups(b, line0)]
            want = [g for g in whole if (g.line if isinstance(g, ca_bulk.RowError) else g.first_line) > skip]
            assert got == want
    if block == 1:
        assert len(blocks) > 30  # cut between almost every two subjects
