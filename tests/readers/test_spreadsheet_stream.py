"""Spreadsheets read one person at a time: the same records and report as reading the
whole sheet, holding one person when the sheet is grouped by person."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from reliefdesk.model import record_to_dict
from reliefdesk.readers import ReadError
from reliefdesk.readers.base import ImportReport
from reliefdesk.readers.spreadsheet import (
    Row,
    guess_mapping,
    iter_table,
    parse_table,
    person_record,
    rows_to_records,
    stream_groups,
    stream_records,
)
from reliefdesk.services import synthetic


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = synthetic.generate("il-csv", 300, 3, tmp_path_factory.mktemp("il") / "il.csv")
    text = Path(path).read_text(encoding="utf-8")
    # A row that is no charge (unplaced) and a row with a bad date (unsure), to compare reports too.
    lines = text.splitlines()
    header = lines[0].split(",")
    lines.insert(5, ",".join(["P0000002", "Vargas", "Ann"] + [""] * (len(header) - 3)))
    bad = lines[7].split(",")
    bad[header.index("Disposition Date")] = "13/45/20x1"
    lines[7] = ",".join(bad)
    return "\n".join(lines) + "\n"


def _report_entries(report: ImportReport) -> tuple[Counter[object], ...]:
    return Counter(report.used), Counter(report.unplaced), Counter(report.unsure)


def _compare(rows: list[Row], headers: list[str]) -> None:
    mapping = guess_mapping(headers)
    whole, whole_report = rows_to_records(rows, mapping, "il.csv")
    report = ImportReport(format="csv")
    streamed = list(stream_records(lambda: iter(rows), mapping, report, "il.csv"))
    assert [record_to_dict(r) for r in streamed] == [record_to_dict(r) for r in whole]
    assert _report_entries(report) == _report_entries(whole_report)
    assert whole_report.unsure and whole_report.unplaced


def test_streamed_records_equal_the_whole_sheet(sheet: str) -> None:
    headers, rows = parse_table(sheet)
    _compare(rows, headers)


def test_person_rows_make_the_same_records_elsewhere(sheet: str) -> None:
    """What a bulk review sends to its worker processes: each person's rows, pickled."""
    import pickle

    headers, rows = parse_table(sheet)
    mapping = guess_mapping(headers)
    whole, _ = rows_to_records(rows, mapping, "il.csv")
    report = ImportReport(format="csv")
    groups = [pickle.loads(pickle.dumps(g)) for g in stream_groups(lambda: iter(rows), mapping, report)]
    assert [g.index for g in groups] == list(range(len(whole)))
    assert [record_to_dict(person_record(g, mapping, "il.csv")) for g in groups] == [record_to_dict(r) for r in whole]


def test_scattered_rows_give_the_same_records(sheet: str) -> None:
    headers, rows = parse_table(sheet)
    shuffled = rows[:]
    random.Random(5).shuffle(shuffled)
    _compare(shuffled, headers)


def test_a_grouped_sheet_is_read_one_person_at_a_time(sheet: str) -> None:
    headers, rows = iter_table(sheet)
    rows_list = list(rows)
    consumed = 0

    def counting() -> Iterator[Row]:
        nonlocal consumed
        consumed = 0
        for row in rows_list:
            consumed += 1
            yield row

    report = ImportReport(format="csv")
    charges_before = 0
    for record in stream_records(counting, guess_mapping(headers), report):
        charges_before += sum(len(c.charges) for c in record.cases)
        # Yielded as soon as the next person's first row is read: at most that one row
        # (and the unplaced row) beyond this person's own.
        assert consumed <= charges_before + 2
    assert charges_before == len(report.used)


def test_iter_table_reports_header_errors_at_once() -> None:
    with pytest.raises(ReadError, match="empty"):
        iter_table("")
    with pytest.raises(ReadError, match="header row"):
        iter_table("just one column\nx\n")
    headers, rows = iter_table("a,b\n1,2\n\n3,4\n")
    assert headers == ["a", "b"]
    assert [(r.line, dict(r.cells)) for r in rows] == [(2, {"a": "1", "b": "2"}), (4, {"a": "3", "b": "4"})]
