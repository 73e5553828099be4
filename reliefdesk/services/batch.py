"""Bulk review: a large file in, every eligible record found, court-ready output out.

``run(config)`` reads one of

- a California DOJ bulk research file (``readers/ca_bulk.py``), as a stream;
- an Illinois spreadsheet, through the column mapping of ``readers/spreadsheet.py``;
- a folder of rap sheets (text or PDF, any format ``reliefdesk parse`` reads);

analyzes each person with the same engine call as ``reliefdesk analyze``, and
writes into the output folder:

``results.csv``    one row per conviction or charge (california.md section 6 / the
                   Illinois equivalent), written as people finish;
``people.csv``     one row per person (the condensed view);
``errors.csv``     every input line or file that could not be used, and why;
``summary.json``   counts by code section, relief, status, county, year, and how
                   many people each option relieves;
``summary.pdf``    a one-page summary with charts (``documents/summary_pdf.py``);
``checkpoint.json`` how far the run got: ``--resume`` continues from it.

Memory stays flat for the DOJ file: only a chunk of people is in flight.
With ``workers > 1`` chunks of people go to a process pool (ordered ``imap``),
so output order never depends on timing. After every chunk the output files
are flushed and their sizes remembered; an interrupt (Ctrl+C, the GUI's Stop)
truncates them back to the last whole chunk and writes the checkpoint, so the
output holds complete rows for exactly the finished people.
"""

from __future__ import annotations

import csv
import errno
import gc
import hashlib
import io
import json
import multiprocessing
import os
import re
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from reliefdesk import rules
from reliefdesk.model import (
    Analysis,
    Case,
    Charge,
    ChargeResult,
    Disposition,
    Level,
    Record,
    Relief,
    Status,
    UserError,
)
from reliefdesk.model.memo import iso
from reliefdesk.readers import ca_bulk
from reliefdesk.rules.california import engine as ca_engine  # noqa: F401 - imported once here, not in every worker
from reliefdesk.rules.california import sections as ca_sections

CHECKPOINT = "checkpoint.json"
RESULTS = "results.csv"
PEOPLE = "people.csv"
ERRORS = "errors.csv"
SUMMARY_JSON = "summary.json"
SUMMARY_PDF = "summary.pdf"
SUMMARY_SCHEMA = "reliefdesk.batch-summary/1"
COURT_DIR = "court"  # Illinois: the multi-person motions and orders
PACKETS_DIR = "packets"  # --packets: one folder per person
#: The counts a checkpoint holds: a run interrupted by a version that counted differently is not resumed
#: (its totals would mix both); raise it when a count table is added or changed.
COUNTS_VERSION = 2

CA_RESULT_HEADER = (
    "subject_id", "name", "dob", "court_date", "case_number", "county", "court", "code_section", "level",
    "sentence", "superstrikes", "pc290", "priors_same_section", "route", "result", "relief", "status",
    "eligible_on", "reason_code", "citation", "reason", "line",
)  # fmt: skip
CA_PEOPLE_HEADER = (
    "subject_id", "name", "dob", "deceased", "counties", "convictions", "prop64_convictions", "dismiss",
    "reduce", "needs_review", "not_eligible", "already_relieved", "eligible_later", "felonies_before",
    "felonies_after", "convictions_after", "result",
)  # fmt: skip
IL_RESULT_HEADER = (
    "person", "dob", "case_number", "county", "court", "statute", "class", "disposition", "relief", "status",
    "eligible_on", "reason_code", "citation", "reason", "description", "disposition_date", "person_id", "source",
)  # fmt: skip
IL_PEOPLE_HEADER = (
    "person", "dob", "person_id", "charges", "eligible_now", "eligible_later", "needs_review", "not_eligible",
    "already_relieved", "best_relief", "counties", "source",
)  # fmt: skip
ERROR_HEADER = ca_bulk.ERROR_HEADER

RESULT_WORDS = {
    ("dismiss_seal", "eligible_now"): "eligible for dismissal",
    ("reduce", "eligible_now"): "eligible for reduction",
}
CHUNK_PEOPLE = 400
SMALL_FILE = 2_000_000  # bytes: below this a DOJ file is reviewed in the main process


class BatchError(UserError):
    """A batch that cannot start: bad input, options, or output folder."""


# --------------------------------------------------------------------------
# Configuration


@dataclass(frozen=True)
class BatchConfig:
    input: Path
    out: Path
    jurisdiction: str = "auto"  # auto | IL | CA
    as_of: date = field(default_factory=date.today)
    filing_date: date | None = None
    options: Mapping[str, Any] | None = None  # eligibility_options.json content
    options_file: str | None = None
    workers: int = 1
    mapping: Mapping[str, Any] | None = None
    resume: bool = False
    packets: bool = False
    chunk_people: int = CHUNK_PEOPLE  # people per unit of work (and per checkpoint)

    @property
    def filing(self) -> date:
        return self.filing_date or self.as_of

    def fingerprint(self) -> str:
        """What must not change between a run and its --resume."""
        st = self.input.stat()
        data = json.dumps(
            [str(self.input.resolve()), st.st_size, int(st.st_mtime), self.as_of.isoformat(),
             self.filing.isoformat(), self.options, self.mapping, self.jurisdiction, COUNTS_VERSION],
            sort_keys=True, default=str,
        )  # fmt: skip
        return hashlib.sha256(data.encode()).hexdigest()[:16]


@dataclass
class Progress:
    """What the progress bar shows: done/total in ``unit`` (bytes, rows or files)."""

    done: int
    total: int
    unit: str
    people: int
    rows: int
    errors: int
    elapsed: float


@dataclass
class BatchResult:
    out: Path
    kind: str
    people: int
    rows: int
    errors: int
    complete: bool
    elapsed: float
    summary: dict[str, Any]
    files: list[Path]
    timings: dict[str, float] = field(default_factory=dict)  # seconds: review (read, analyze, write), court documents


# --------------------------------------------------------------------------
# Analysis of one person (runs in worker processes)


def _ca_analyzer(as_of: date, filing: date, options: Mapping[str, Any] | None) -> Callable[[Record], Analysis]:
    from reliefdesk.rules import california

    with_options = getattr(california, "analyze_with_options", None)
    if with_options is not None:
        from reliefdesk.rules.california.options import CaOptions

        opts = CaOptions.from_eligibility_options(options) if options is not None else CaOptions()

        def analyze(record: Record) -> Analysis:
            result: Analysis = with_options(record, as_of, opts, filing)
            return result

        return analyze
    return lambda record: rules.analyze(record, as_of, filing, {})


CaTriples = list[tuple[Case, Charge, ChargeResult]]


def _ca_bulk_analyzer(as_of: date, options: Mapping[str, Any] | None) -> Callable[[Record], CaTriples] | None:
    """The engine's bulk fast path (``engine.bulk_results``): only the results :func:`ca_rows` writes a row for.

    The same results as the :func:`_ca_analyzer` analysis (the batch tests
    compare both paths' files byte for byte); None when the engine has no such path.
    """
    from reliefdesk.rules.california import engine

    bulk = getattr(engine, "bulk_results", None)
    if bulk is None:
        return None
    from reliefdesk.rules.california.options import CaOptions

    opts = CaOptions.from_eligibility_options(options) if options is not None else CaOptions()

    def keep(charge: Charge) -> bool:
        return _base(charge.section) in PROP64

    def analyze(record: Record) -> CaTriples:
        if not has_prop64_charge(record):
            return []
        result: CaTriples = bulk(record, as_of, opts, keep)
        return result

    return analyze


#: Use the engine's bulk fast path when no packets are made (tests turn it off to compare).
FAST_PATH = True


def _il_analyzer(as_of: date, filing: date) -> Callable[[Record], Analysis]:
    return lambda record: rules.analyze(record, as_of, filing, {})


def has_prop64_charge(record: Record) -> bool:
    for case in record.cases:  # loops, not any(): this runs for every subject of a bulk file
        for ch in case.charges:
            if _base(ch.section) in PROP64:
                return True
    return False


def analyze_ca(record: Record, analyze: Callable[[Record], Analysis]) -> Analysis:
    """The engine's analysis, skipped for a person with no HS 11357-11360 charge at all.

    Such a person has no row in results.csv whatever the engine says (every
    charge is "not a Proposition 64 section"), so the batch saves the call;
    people.csv still lists them.
    """
    if has_prop64_charge(record):
        return analyze(record)
    return _NO_CHARGES


_NO_CHARGES = Analysis(jurisdiction="CA", as_of=date.min, filing_date=date.min, rules_version="")


def _iso(d: date | None) -> str:
    return iso(d) if d is not None else ""


def _pairs(record: Record, analysis: Analysis) -> Iterator[tuple[Case | None, Charge | None, ChargeResult]]:
    """Each charge result with the case and charge it is about (results come in record order)."""
    slots: dict[tuple[str | None, int], list[tuple[Case | None, Charge | None]]] = {}
    for case in record.cases:
        for i, ch in enumerate(case.charges):
            slots.setdefault((case.case_number, i), []).append((case, ch))
    for res in analysis.charges:
        found = slots.get((res.case_number, res.charge_index))
        if found:
            pair = found.pop(0)
            yield pair[0], pair[1], res
        else:
            yield None, None, res


_bases: dict[str, str] = {}


def _base(section: str | None) -> str:
    if not section:
        return ""
    got = _bases.get(section)
    if got is None:
        got = section.split("(", 1)[0].strip().upper()
        if len(_bases) < 20_000:
            _bases[section] = got
    return got


PROP64 = ("11357", "11358", "11359", "11360")


def _first_reason(res: ChargeResult) -> tuple[str, str, str]:
    if res.reasons:
        r = res.reasons[0]
        return r.code, r.citation, r.text
    return "", "", ""


def _result_words(res: ChargeResult) -> str:
    words = RESULT_WORDS.get((res.relief.value, res.status.value))
    if words:
        return words
    return res.status.value.replace("_", " ")


@dataclass
class ChunkOut:
    """What a worker sends back for one chunk of people."""

    results: list[list[str]] = field(default_factory=list)
    people: list[list[str]] = field(default_factory=list)
    errors: list[list[str]] = field(default_factory=list)
    counts: dict[str, Counter[str]] = field(default_factory=dict)
    n_people: int = 0
    n_rows: int = 0
    n_packets: int = 0
    fragments: list[str] = field(default_factory=list)  # subjects whose rows were not contiguous
    subjects: list[str] = field(default_factory=list)  # DOJ: the other subjects, in order (fragments across chunks)
    subject_text: str = ""  # render() puts ``subjects`` here, one per line: one string is cheaper to send
    end: int = 0  # resume position after this chunk (line or item index)
    text: dict[str, str] | None = None  # the rows already as CSV text (see render)
    n_errors: int = 0
    ca_tables: tuple[Counter[str], ...] | None = None  # ca_rows_of's count tables of this chunk (not sent back)

    def render(self, plain: bool = False) -> None:
        """Turn the rows into CSV text (in the worker: the main process then only writes it).

        ``plain``: the result and person rows hold only plain ``str`` values (:func:`_plain_csv_text`).
        """
        self.n_errors = len(self.errors)
        rows_text = _plain_csv_text if plain else _csv_text
        self.text = {RESULTS: rows_text(self.results), PEOPLE: rows_text(self.people), ERRORS: _csv_text(self.errors)}
        self.results, self.people, self.errors = [], [], []
        self.ca_tables = None
        joined = "\n".join(self.subjects)
        if self.subjects and joined.count("\n") == len(self.subjects) - 1:  # no id holds a line break
            self.subject_text, self.subjects = joined, []

    def count(self, table: str, key: str, n: int = 1) -> None:
        c = self.counts.get(table)
        if c is None:
            c = self.counts[table] = Counter()
        c[key] += n


_strike_of: dict[tuple[str | None, str | None], str | None] = {}


def _super_strike(statute: str | None, code: str | None) -> str | None:
    """The statute as the rows print it when the charge is a super strike; None otherwise (remembered)."""
    key = (statute, code)
    try:
        return _strike_of[key]
    except KeyError:
        pass
    st = ca_sections.parse_statute(statute, None, code)
    got = str(st) if st is not None and ca_sections.is_super_strike(st) else None
    if len(_strike_of) < 20_000:
        _strike_of[key] = got
    return got


_LEVEL_LETTER = {Level.FELONY: "F", Level.MISDEMEANOR: "M", Level.INFRACTION: "I"}


_STR: dict[Status | Relief, str] = {**{m: m.value for m in Status}, **{m: m.value for m in Relief}}
_RESULT_WORDS = {(r, s): _result_words(ChargeResult(case_number=None, charge_index=0, statute=None, relief=r, status=s))
                 for r in Relief for s in Status}  # fmt: skip


def _table(counts: dict[str, Counter[str]], name: str) -> Counter[str]:
    c = counts.get(name)
    if c is None:
        c = counts[name] = Counter()
    return c


def ca_rows(record: Record, analysis: Analysis, out: ChunkOut) -> None:
    """Result and condensed rows for one California subject, and the summary counts."""
    ca_rows_of(record, _pairs(record, analysis), out)


_CA_TABLES = ("reason_charges", "status", "relief", "section_status", "county_status", "year_status",
              "prop64_convictions", "eligible_relief")  # fmt: skip
_CONVICTED = Disposition.CONVICTED
_FELONY = Level.FELONY
_NOT_ELIGIBLE = Status.NOT_ELIGIBLE
_ELIGIBLE_NOW = Status.ELIGIBLE_NOW


def ca_rows_of(record: Record, pairs: Iterable[tuple[Case | None, Charge | None, ChargeResult]], out: ChunkOut) -> None:
    """:func:`ca_rows` from (case, charge, result) triples (the engine's bulk fast path gives them directly)."""
    person = record.person
    sid = str(person.ids.get("doj_subject_id") or "")
    name = person.name or ""
    dob = iso(person.dob) if person.dob is not None else ""
    tally: dict[str, int] = {}
    counties: dict[str, None] = {}
    felonies_after = convictions_after = 0
    reason_codes: set[str] = set()
    convs = [ch for c in record.cases for ch in c.charges if ch.disposition is _CONVICTED]
    total_conv = len(convs)
    felonies_before = p64 = 0
    # What the rows print of the record's disqualifiers where the engine gives none: super strikes
    # among the convictions, PC 290 registration, and every conviction (section, date) for priors.
    strikes: list[str] = []
    convictions: list[tuple[str, date | None]] = []
    for cv in convs:
        if cv.level is _FELONY:
            felonies_before += 1
        base = _base(cv.section)
        if base:
            convictions.append((base, cv.disposition_date))
        if base in PROP64:
            p64 += 1
        elif cv.code in (None, "PC"):
            strike = _super_strike(cv.statute, cv.code)
            if strike is not None:
                strikes.append(strike)
    record_strikes = ";".join(dict.fromkeys(strikes)) if strikes else ""
    record_pc290 = any(r.startswith("290") for r in person.registrations) if person.registrations else False
    relieved: dict[int, str] = {}
    tally_get = tally.get
    tables = out.ca_tables
    results_append = out.results.append
    level_letter = _LEVEL_LETTER
    strs = _STR
    for case, ch, res in pairs:
        section = _base(ch.section if ch is not None else res.statute)
        is_p64 = section in PROP64
        res_status = res.status
        if not is_p64 and res_status is _NOT_ELIGIBLE:
            continue
        if tables is None:
            # Made on first use (once a chunk), in the order the counts were always made.
            counts = out.counts
            tables = out.ca_tables = tuple(_table(counts, name) for name in _CA_TABLES)
        t_reason, t_status, t_relief, t_section, t_county, t_year, t_p64, t_eligible = tables
        eligible = res_status is _ELIGIBLE_NOW
        relief = strs[res.relief]
        if ch is not None and eligible:
            relieved[id(ch)] = relief
        when = ch.disposition_date if ch is not None else None
        reasons = res.reasons
        if reasons:
            first = reasons[0]
            code, citation, text = first.code, first.citation, first.text
            for r in reasons:
                t_reason[r.code] += 1
            if eligible:
                reason_codes.update(r.code for r in reasons)
        else:
            code = citation = text = ""
        dq = res.extra.get("disqualifiers")
        if dq is not None and (type(dq) is dict or isinstance(dq, Mapping)):
            row_strikes = ";".join(str(x) for x in dq.get("super_strikes") or ())
            row_pc290 = bool(dq.get("pc290"))
            priors = int(dq.get("prior_same_section") or 0)
        else:
            row_strikes, row_pc290 = record_strikes, record_pc290
            priors = sum(1 for s, d in convictions if s == section and d is not None and when is not None and d < when)
        county = (case.county if case is not None else None) or ""
        if county:
            counties[county] = None
        if ch is not None:
            sentence = ch.sentence.raw if ch.sentence is not None and ch.sentence.raw else ""
            level = level_letter.get(ch.level, str(ch.level)) if ch.level is not None else ""
            line = str(ch.extra.get("line", ""))
        else:
            sentence = level = line = ""
        status = strs[res_status]
        eligible_on = res.eligible_on
        results_append([
            sid, name, dob, iso(when) if when is not None else "", (case.case_number if case else None) or "",
            county, (case.court if case else None) or "", res.statute or (ch.statute if ch else "") or "", level,
            sentence, row_strikes, "yes" if row_pc290 else "", str(priors), res.route or "",
            _RESULT_WORDS[(res.relief, res_status)], relief, status,
            iso(eligible_on) if eligible_on is not None else "", code, citation, text, line,
        ])  # fmt: skip
        tally[status] = tally_get(status, 0) + 1
        if eligible:
            tally[relief] = tally_get(relief, 0) + 1
        t_status[status] += 1
        t_relief[relief if res_status is not _NOT_ELIGIBLE else "none"] += 1
        if eligible:
            t_eligible[relief] += 1
        t_section[f"{section or '?'}|{status}"] += 1
        t_county[f"{county or '?'}|{status}"] += 1
        t_year[f"{when.year if when is not None else '?'}|{status}"] += 1
        if is_p64:
            t_p64["all"] += 1
    for ch in convs:
        got = relieved.get(id(ch))
        if got == "dismiss_seal":
            continue
        convictions_after += 1
        if ch.level is _FELONY and got != "reduce":
            felonies_after += 1
    if tally_get("eligible_now"):
        best = "eligible"
    elif tally_get("needs_review"):
        best = "needs review"
    elif tally_get("eligible_later"):
        best = "eligible later"
    elif tally_get("already_relieved") and not tally_get("not_eligible"):
        best = "already relieved"
    elif tally:
        best = "not eligible"
    else:
        best = "no Prop 64 conviction"
    out.people.append([
        sid, name, dob, "yes" if person.deceased else "", ";".join(counties),
        str(total_conv), str(p64), str(tally_get("dismiss_seal", 0)), str(tally_get("reduce", 0)),
        str(tally_get("needs_review", 0)), str(tally_get("not_eligible", 0)), str(tally_get("already_relieved", 0)),
        str(tally_get("eligible_later", 0)),
        str(felonies_before), str(felonies_after), str(convictions_after), best,
    ])  # fmt: skip
    out.count("people", best)
    if person.deceased:
        out.count("people_facts", "deceased")
    if tally_get("eligible_now"):
        out.count("people_facts", "any_relief")
        if felonies_before and not felonies_after:
            out.count("people_facts", "no_felony_after")
        if total_conv and not convictions_after:
            out.count("people_facts", "no_conviction_after")
        for code in reason_codes:
            out.count("reason_people", code)
        for key, codes in BASELINE_REASONS.items():
            if not reason_codes.isdisjoint(codes):
                out.count("reason_people", f"baseline:{key}")


#: Skip building the record of a DOJ subject whose rows name no HS 11357-11360 (tests turn it off to compare).
PREFILTER = True


def ca_rows_no_prop64(subject_id: str, facts: ca_bulk.Facts, out: ChunkOut) -> None:
    """What :func:`ca_rows` writes for a subject with no Prop 64 charge (no result rows; one person row)."""
    n = str(facts.convictions)
    felonies = str(facts.felonies)
    out.people.append([
        subject_id, facts.name or "", _iso(facts.dob), "yes" if facts.deceased else "", "", n, "0", "0", "0",
        "0", "0", "0", "0", felonies, felonies, n, "no Prop 64 conviction",
    ])  # fmt: skip
    out.count("people", "no Prop 64 conviction")
    if facts.deceased:
        out.count("people_facts", "deceased")


def il_rows(record: Record, analysis: Analysis, out: ChunkOut, source: str = "") -> None:
    person = record.person
    pid = str(person.ids.get("person_id") or person.ids.get("sid") or "")
    tally: Counter[str] = Counter()
    counties: dict[str, None] = {}
    best = ""
    for case, ch, res in _pairs(record, analysis):
        code, citation, text = _first_reason(res)
        county = (case.county if case is not None else None) or ""
        if county:
            counties[county] = None
        cls = ch.offense_class.value if ch is not None and ch.offense_class is not None else ""
        out.results.append([
            person.name or "", _iso(person.dob), res.case_number or "", county,
            (case.court if case is not None else None) or "", res.statute or "", cls,
            ch.disposition.value if ch is not None else "", res.relief.value, res.status.value,
            _iso(res.eligible_on), code, citation, text, (ch.description if ch else None) or "",
            _iso(ch.disposition_date if ch else None), pid, source,
        ])  # fmt: skip
        tally[res.status.value] += 1
        if res.status is Status.ELIGIBLE_NOW and not best:
            best = res.relief.value
        section = _il_section(res.statute)
        out.count("status", res.status.value)
        out.count("relief", res.relief.value if res.status is not Status.NOT_ELIGIBLE else "none")
        if res.status is Status.ELIGIBLE_NOW:
            out.count("eligible_relief", res.relief.value)
        out.count("section_status", f"{section or '?'}|{res.status.value}")
        out.count("county_status", f"{county or '?'}|{res.status.value}")
        when = ch.disposition_date if ch is not None else None
        out.count("year_status", f"{when.year if when else '?'}|{res.status.value}")
        for r in res.reasons:
            out.count("reason_charges", r.code)
    out.people.append([
        person.name or "", _iso(person.dob), pid, str(sum(tally.values())), str(tally["eligible_now"]),
        str(tally["eligible_later"]), str(tally["needs_review"]), str(tally["not_eligible"]),
        str(tally["already_relieved"]), best, ";".join(counties), source,
    ])  # fmt: skip
    out.count("people", "eligible" if tally["eligible_now"] else ("needs review" if tally["needs_review"] else "other"))


def _il_section(statute: str | None) -> str:
    if not statute:
        return ""
    s = statute.upper().replace(" ", "")
    # "720ILCS550/4(c)" -> "720 ILCS 550/4"
    if "ILCS" in s:
        chapter, _, rest = s.partition("ILCS")
        act = rest.split("(", 1)[0]
        return f"{chapter} ILCS {act}"
    return s.split("(", 1)[0]


# Worker state (set once per process by _init_worker).
_W: dict[str, Any] = {}


def _init_worker(as_of: date, filing: date, options: Mapping[str, Any] | None, filename: str | None,
                 packets_dir: Path | None = None, mapping: Any = None, ignore_sigint: bool = True) -> None:  # fmt: skip
    """``mapping``: the spreadsheet's column mapping, for ``"rows"`` jobs."""
    # A forked worker shares the parent's objects: frozen, the collector never walks (and copies) them.
    gc.freeze()
    if ignore_sigint:
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)
    _W["ca"] = _ca_analyzer(as_of, filing, options)
    _W["ca_bulk"] = _ca_bulk_analyzer(as_of, options) if FAST_PATH else None
    _W["il"] = _il_analyzer(as_of, filing)
    _W["filename"] = filename
    _W["packets"] = packets_dir
    _W["mapping"] = mapping


def _ca_chunk(chunk: tuple[bytes, int, int]) -> ChunkOut:
    """Parse, build, analyze and format one block of whole subjects (runs in worker processes).

    The rows come back as CSV text, so the main process only writes them.
    """
    block, line0, end = chunk
    out = ChunkOut(end=end)
    analyze = _W["ca"]
    fast = _W.get("ca_bulk")
    filename = _W["filename"]
    packets = _W.get("packets")
    for item in ca_bulk.iter_block_groups(block, line0):
        if isinstance(item, ca_bulk.RowError):
            out.errors.append(item.as_row())
            continue
        if item.fragment > 1:
            out.fragments.append(item.subject_id)
        else:
            out.subjects.append(item.subject_id)
        out.n_rows += len(item.rows)
        out.n_people += 1
        if PREFILTER and not ca_bulk.may_have_prop64(item):
            facts, errors = ca_bulk.person_facts(item)
            if errors:
                out.errors.extend(e.as_row() for e in errors)
            ca_rows_no_prop64(item.subject_id, facts, out)
            continue
        record, errors = ca_bulk.build_record(item, filename)
        if errors:
            out.errors.extend(e.as_row() for e in errors)
        if fast is not None and packets is None:
            ca_rows_of(record, fast(record), out)
            continue
        analysis = analyze_ca(record, analyze)
        ca_rows(record, analysis, out)
        if packets is not None:
            person_packet(record, analysis, packets, out)
    out.render(plain=True)
    return out


def _csv_text(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def _plain_csv_text(rows: list[list[str]]) -> str:
    """:func:`_csv_text` of rows of plain ``str`` values, a quarter faster; the same text (a test fuzzes both).

    A field with a comma, a quote or a line feed is quoted, its quotes doubled,
    as ``csv.writer`` does (``QUOTE_MINIMAL``). What this does not decide for
    itself goes to ``csv.writer``: a carriage return anywhere (Python versions
    differ on quoting it), a row of one field (an empty one is written ``""``),
    a value that is not a string.
    """
    if not rows:
        return ""
    try:
        text = "\n".join([",".join([f'"{v.replace(chr(34), chr(34) * 2)}"' if ("," in v or '"' in v or "\n" in v) else v
                                     for v in row]) for row in rows])  # fmt: skip
    except TypeError:
        return _csv_text(rows)
    if "\r" in text or min(map(len, rows)) < 2:
        return _csv_text(rows)
    return text + "\n"


def person_packet(record: Record, analysis: Analysis, folder: Path, out: ChunkOut) -> None:
    """``--packets``: the petition packet of a person with something to file now."""
    if not any(c.status is Status.ELIGIBLE_NOW for c in analysis.charges):
        return
    from reliefdesk.services.packets import build_packet

    ids = record.person.ids
    key = str(ids.get("doj_subject_id") or ids.get("person_id") or ids.get("sid") or "")
    name = re.sub(r"[^A-Za-z0-9]+", "-", f"{key}-{record.person.name or ''}").strip("-").lower() or "person"
    try:
        build_packet(record, analysis, folder / name)
    except UserError as exc:
        out.errors.append(["", key, "PACKET_NOT_WRITTEN", f"{record.person.name}: {exc}", ""])
        return
    out.n_packets += 1


# --------------------------------------------------------------------------
# Output folder


class _Outputs:
    """The incrementally written CSV files, with truncate-to-last-chunk on interrupt."""

    def __init__(self, out: Path, headers: Mapping[str, tuple[str, ...]], resume_sizes: Mapping[str, int] | None):
        self.out = out
        self.files: dict[str, TextIO] = {}
        self.writers: dict[str, Any] = {}
        for name, header in headers.items():
            path = out / name
            if resume_sizes is not None:
                with path.open("r+b") as raw:
                    raw.truncate(resume_sizes[name])
                f = path.open("a", newline="", encoding="utf-8")
            else:
                f = path.open("w", newline="", encoding="utf-8")
            w = csv.writer(f, lineterminator="\n")
            if resume_sizes is None:
                w.writerow(header)
            self.files[name] = f
            self.writers[name] = w
        self.good = self.sizes()

    def sizes(self) -> dict[str, int]:
        out = {}
        for name, f in self.files.items():
            f.flush()
            out[name] = f.tell()
        return out

    def write(self, chunk: ChunkOut) -> None:
        if chunk.text is not None:
            for name, text in chunk.text.items():
                if text:
                    self.files[name].write(text)
            return
        self.writers[RESULTS].writerows(chunk.results)
        self.writers[PEOPLE].writerows(chunk.people)
        self.writers[ERRORS].writerows(chunk.errors)

    def commit(self) -> dict[str, int]:
        self.good = self.sizes()
        return self.good

    def rollback_and_close(self) -> None:
        """Cut every file back to the last whole chunk."""
        for name, f in self.files.items():
            try:
                f.flush()
            except OSError:  # a full disk: what did not fit is cut off below anyway
                pass
            try:
                f.close()
            except OSError:
                pass
            with (self.out / name).open("r+b") as raw:
                raw.truncate(self.good[name])

    def close(self) -> None:
        for f in self.files.values():
            f.close()


def _write_json(path: Path, data: Mapping[str, Any], indent: int | None = 2) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=indent, ensure_ascii=False, default=str), encoding="utf-8")
    os.replace(tmp, path)


class _State:
    """Running totals, saved in the checkpoint so a resumed run reports the whole file."""

    def __init__(self, saved: Mapping[str, Any] | None = None) -> None:
        saved = saved or {}
        self.people = int(saved.get("people", 0))
        self.rows = int(saved.get("rows", 0))
        self.errors = int(saved.get("error_rows", 0))
        self.packets = int(saved.get("packets", 0))
        self.position = int(saved.get("position", 0))
        self.counts: dict[str, Counter[str]] = {k: Counter(v) for k, v in (saved.get("counts") or {}).items()}
        self.fragments: list[str] = list(saved.get("fragments", []))

    def add(self, chunk: ChunkOut) -> None:
        self.people += chunk.n_people
        self.rows += chunk.n_rows
        self.errors += chunk.n_errors if chunk.text is not None else len(chunk.errors)
        self.packets += chunk.n_packets
        self.fragments.extend(s for s in chunk.fragments if s not in self.fragments)
        self.position = chunk.end
        for table, c in chunk.counts.items():
            mine = self.counts.get(table)
            if mine is None:
                self.counts[table] = Counter(c)
            else:
                mine.update(c)

    def to_dict(self) -> dict[str, Any]:
        return {
            "people": self.people, "rows": self.rows, "error_rows": self.errors, "position": self.position,
            "packets": self.packets,
            "counts": {k: dict(v) for k, v in self.counts.items()}, "fragments": self.fragments,
        }  # fmt: skip


# --------------------------------------------------------------------------
# Input kinds


def detect_kind(path: Path, jurisdiction: str = "auto") -> str:
    """``ca-doj-bulk``, ``il-spreadsheet`` or ``folder``."""
    if not path.exists():
        raise BatchError(f"{path} does not exist: check the path")
    if path.is_dir():
        return "folder"
    with path.open("rb") as f:
        head = f.read(64 * 1024)
    if not head.strip():
        raise BatchError(f"{path.name} is empty: choose the bulk file")
    if head.startswith(b"PK") or path.suffix.lower() == ".xlsx":
        return "il-spreadsheet"
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))  # Excel's "Unicode Text", and some exports
    text = head.decode("utf-16" if utf16 else "utf-8", errors="replace").lstrip("\ufeff")
    first = text.split("\n", 1)[0]
    doj_shaped = first.count(",") >= ca_bulk.N_COLUMNS - 1 or first.upper().startswith("RECORD_ID")
    if jurisdiction == "CA" or (jurisdiction == "auto" and doj_shaped):  # --jurisdiction IL: a spreadsheet
        if utf16:  # the bulk reader cuts the file in bytes at line feeds: UTF-8 (or ASCII) only
            raise BatchError(f"{path.name} is saved as UTF-16 text: open it and save it as CSV (UTF-8), "
                             "then run again")  # fmt: skip
        return "ca-doj-bulk"
    if "," in first or "\t" in first:
        return "il-spreadsheet"
    raise BatchError(
        f"{path.name} is neither a DOJ bulk file (95 columns) nor a spreadsheet with a header row"
    )


def _progress_total(path: Path) -> int:
    return path.stat().st_size


ProgressFn = Callable[[Progress], None]
StopFn = Callable[[], bool]


class Interrupted(Exception):
    pass


def _mp_context() -> Any:
    # fork is fastest, but unsafe once Qt threads exist: the GUI gets spawn.
    if sys.platform.startswith("linux") and "PySide6.QtCore" not in sys.modules:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


#: Bytes of a DOJ file per chunk for each person of ``chunk_people`` (a DOJ row is about 400).
BYTES_PER_PERSON = 2_000
#: DOJ chunks start at ``chunk_people`` / 4 people and double up to ``chunk_people`` x 4: the first results
#: (and the progress bar) come at once, and the larger later chunks cost the main process less per person.
RAMP = 4


def _chunks_ca(skip_lines: int, f: Any, size: int) -> Iterator[tuple[bytes, int, int, int]]:
    """Blocks of whole subjects (about ``size`` people) as bytes: (block, lines before it, line to resume
    after, byte offset in the file).

    The main process only cuts the file (opened in binary) at subject
    boundaries (``ca_bulk.iter_block_spans``); the workers decode and parse the blocks.
    """
    step = max(1, size) * BYTES_PER_PERSON
    for block, line0, offset in ca_bulk.iter_block_spans(f, max(1, step // RAMP), skip_lines=skip_lines,
                                                         max_bytes=step * RAMP):  # fmt: skip
        yield block, line0, line0 + block.count(b"\n"), offset


def _positions_ca(skip_lines: int, f: Any, size: int) -> Iterator[tuple[int, int, int, int]]:
    """The blocks of :func:`_chunks_ca` as the workers get them: (byte offset, length, lines before it,
    line to resume after); the main process copies no block."""
    step = max(1, size) * BYTES_PER_PERSON
    return ca_bulk.iter_block_positions(f, max(1, step // RAMP), skip_lines=skip_lines, max_bytes=step * RAMP)


class _WorkerFailed(Exception):
    """A worker's exception that could not be sent back as itself."""


def _worker_process(conn: Any, path: str | None, init: tuple[Any, ...]) -> None:
    """A worker process of :func:`_in_workers`: take each task, review it, send the result back.

    With ``path`` (a DOJ file) a task is a block's position in the file
    (offset, length, lines before it, line after it), which the worker reads
    itself; without, a task is a chunk of people or files (:func:`_jobs_chunk`).
    """
    _init_worker(*init)
    f = open(path, "rb") if path is not None else None  # closed below, whatever happens
    try:
        while True:
            try:
                task = conn.recv()
            except (EOFError, OSError):
                return
            if task is None:
                return
            index, payload = task
            try:
                if f is None:
                    result = _jobs_chunk(payload)
                else:
                    offset, length, line0, end = payload
                    f.seek(offset)
                    block = f.read(length)
                    if len(block) != length:
                        raise BatchError(f"{Path(f.name).name} changed while it was being reviewed: run again")
                    result = _ca_chunk((block, line0, end))
                conn.send((index, result, None))
            except BaseException as exc:  # the main process raises it, as multiprocessing.Pool does
                try:
                    conn.send((index, None, exc))
                except Exception:  # not picklable
                    conn.send((index, None, _WorkerFailed(f"{type(exc).__name__}: {exc}")))
                if not isinstance(exc, Exception):
                    return
    finally:
        if f is not None:
            f.close()


def _in_workers(ctx: Any, n: int, init: tuple[Any, ...], tasks: Iterator[Any], path: Path | None = None,
                ahead: int = 2) -> Iterator[ChunkOut]:  # fmt: skip
    """The tasks reviewed by ``n`` worker processes (:func:`_worker_process`); results in task order.

    Not ``multiprocessing.Pool``: a Pool whose worker dies (killed for want of
    memory on an old laptop) waits for its result forever, and its three
    handler threads cost the main process about a tenth of a second per
    100,000 rows (polling its workers, pickling every block), on a laptop
    whose two cores the main process shares with the workers. Here the main
    process takes each result from whichever worker is done
    (``multiprocessing.connection.wait``), reports a worker that is gone, and
    keeps every worker busy. For a DOJ file (``path``) a task is a block's
    position in the file (a few bytes: the send never waits) and the worker
    reads the block itself; up to ``ahead`` blocks wait in each worker's pipe,
    so a worker never waits for the main process either. A chunk of people is
    larger than a pipe holds, so it is only sent to a worker that is waiting
    for one (else the main process and the worker could each wait to send to
    the other); the next chunk is made while the workers work. Memory stays flat.
    """
    conns: list[Any] = []
    procs: list[Any] = []
    # Started here, not at the first result: before any other thread of the main process (the PDF
    # preload) starts, since a fork copies the locks other threads hold.
    for i in range(n):
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_worker_process, args=(child, str(path) if path is not None else None, init),
                           name=f"reliefdesk-batch-{i + 1}", daemon=True)  # fmt: skip
        proc.start()
        child.close()
        conns.append(parent)
        procs.append(proc)
    return _worker_results(conns, procs, tasks, ahead if path is not None else 1)


def _worker_gone() -> BatchError:
    return BatchError("a worker process stopped unexpectedly (out of memory?): resume with --resume, "
                      "or run with --workers 1 to see what went wrong")  # fmt: skip


def _worker_results(conns: list[Any], procs: list[Any], tasks: Iterator[Any], ahead: int) -> Iterator[ChunkOut]:
    from multiprocessing.connection import wait

    n = len(conns)
    finished = False
    try:
        queued = [0] * n
        pending: dict[int, ChunkOut] = {}
        sent = done = 0
        upcoming = next(tasks, None)  # made before a worker asks for it

        def feed(w: int, upto: int) -> None:
            nonlocal sent, upcoming
            while upcoming is not None and queued[w] < upto:
                try:
                    conns[w].send((sent, upcoming))
                except OSError:  # the worker is gone
                    raise _worker_gone() from None
                queued[w] += 1
                sent += 1
                upcoming = next(tasks, None)

        for upto in range(1, ahead + 1):  # one task each first, so every worker starts at once
            for w in range(n):
                feed(w, upto)
        while done < sent:
            while done not in pending:
                for ready in wait(conns):
                    w = conns.index(ready)
                    try:
                        index, result, error = conns[w].recv()
                    except (EOFError, OSError):
                        raise _worker_gone() from None
                    if isinstance(error, BaseException):
                        raise error
                    queued[w] -= 1
                    pending[index] = result
                    feed(w, ahead)
            yield pending.pop(done)
            done += 1
        finished = True
    finally:
        for conn in conns:
            if finished:
                try:
                    conn.send(None)
                except OSError:
                    pass
        for proc in procs:
            if finished:
                proc.join(timeout=2)
            if proc.is_alive():
                proc.terminate()
                proc.join()
        for conn in conns:
            conn.close()


_preloading: list[threading.Thread] = []


def _preload_pdf() -> None:
    """Import ReportLab and load the fonts for summary.pdf in a thread, while the workers do the review.

    The main process mostly waits for the workers then, so the fixed cost
    (about 0.15 s) overlaps the review instead of following it.
    """

    def load() -> None:
        from reliefdesk.documents import fonts, summary_pdf  # noqa: F401

        try:
            fonts.register_fonts(fonts.REGULAR, fonts.BOLD)
        except Exception:  # the real call at the end reports it
            pass

    t = threading.Thread(target=load, name="reliefdesk-pdf-preload", daemon=True)
    t.start()
    _preloading.append(t)


#: Seconds between checkpoints (a checkpoint is a small JSON file written next to the outputs).
_CHECKPOINT_SECONDS = 2.0


def _land(
    results: Iterable[ChunkOut], outputs: _Outputs, state: _State, save: Callable[[], None],
    progress: ProgressFn | None, report: Callable[[ChunkOut], Progress], stop: StopFn | None,
    before: Callable[[ChunkOut], None] | None = None,
) -> None:
    """Write each finished chunk, commit it, checkpoint every 2 s, report progress, honour Stop.

    One loop for every kind of input, so a chunk always lands the same way."""
    last_save = time.monotonic()
    for chunk in results:
        if before is not None:
            before(chunk)
        outputs.write(chunk)
        outputs.commit()
        state.add(chunk)
        now = time.monotonic()
        if now - last_save > _CHECKPOINT_SECONDS:
            save()
            last_save = now
        if progress is not None:
            progress(report(chunk))
        if stop is not None and stop():
            raise Interrupted


def _run_ca(
    config: BatchConfig, outputs: _Outputs, state: _State, progress: ProgressFn | None, stop: StopFn | None,
    save: Callable[[], None], started: float,
) -> None:
    total = _progress_total(config.input)
    with config.input.open("rb") as f:
        packets_dir = config.out / PACKETS_DIR if config.packets else None
        init = (config.as_of, config.filing, config.options, config.input.name, packets_dir)
        workers = max(1, config.workers)
        # Worker processes pay off only past a few chunks (starting them costs a fraction of a second).
        if workers > 1 and total > SMALL_FILE:
            blocks = _positions_ca(state.position, f, config.chunk_people)
            results: Iterable[ChunkOut] = _in_workers(_mp_context(), workers, init, blocks, config.input)
            _preload_pdf()
        else:
            _init_worker(*init, ignore_sigint=False)
            chunks = _chunks_ca(state.position, f, config.chunk_people)
            results = (_ca_chunk((block, line0, end)) for block, line0, end, _offset in chunks)
        seen: set[str] = set()  # subjects met in earlier chunks: a few bytes a person

        def mark_fragments(chunk: ChunkOut) -> None:
            subjects = chunk.subject_text.split("\n") if chunk.subject_text else chunk.subjects
            again = seen.intersection(subjects)
            if again:  # in file order, as the stream met them
                chunk.fragments.extend(sid for sid in subjects if sid in again)
            seen.update(subjects)

        def report(chunk: ChunkOut) -> Progress:
            try:
                done = f.tell()
            except (OSError, ValueError):
                done = 0
            return Progress(min(done, total), total, "bytes", state.people, state.rows, state.errors,
                            time.monotonic() - started)  # fmt: skip

        try:
            _land(results, outputs, state, save, progress, report, stop, before=mark_fragments)
        finally:
            close = getattr(results, "close", None)
            if close is not None:
                close()  # stops the workers now, whatever ended the loop


# --------------------------------------------------------------------------
# Illinois spreadsheets and folders of rap sheets


#: A unit of work for spreadsheets and folders: ("rows", spreadsheet.PersonRows, source) (one person's
#: rows: the worker builds the record), ("record", Record, source), ("file", path, source)
#: or ("errors", rows, source).
Job = tuple[str, Any, str]


def _jobs_chunk(chunk: tuple[list[Job], int]) -> ChunkOut:
    """Read (folders), analyze and format a chunk of people (runs in worker processes)."""
    jobs, end = chunk
    out = ChunkOut(end=end)
    for kind, payload, source in jobs:
        if kind == "errors":
            out.errors.extend(payload)
            continue
        record: Record = payload
        if kind == "rows":
            from reliefdesk.readers import spreadsheet

            record = spreadsheet.person_record(payload, _W["mapping"], source)
        elif kind == "file":
            from reliefdesk.services.analysis import read_record

            try:
                record = read_record(payload).record
            except UserError as exc:
                out.errors.append([source, "", "UNREADABLE_FILE", str(exc), ""])
                continue
        out.n_people += 1
        out.n_rows += sum(len(c.charges) for c in record.cases)
        if record.jurisdiction.value == "CA":
            analysis = analyze_ca(record, _W["ca"])
            ca_rows(record, analysis, out)
        else:
            analysis = _W["il"](record)
            il_rows(record, analysis, out, source)
        if _W.get("packets") is not None:
            person_packet(record, analysis, _W["packets"], out)
    return out


def _run_records(
    config: BatchConfig, jobs: Iterator[Job], total: int, unit: str,
    outputs: _Outputs, state: _State, progress: ProgressFn | None, stop: StopFn | None,
    save: Callable[[], None], started: float, mapping: Any = None,
) -> None:
    """Spreadsheet people or folder files, in chunks, serially or in the worker pool (``mapping``: the
    spreadsheet's column mapping, for its ``"rows"`` jobs)."""

    def chunks() -> Iterator[tuple[list[Job], int]]:
        items: list[Job] = []
        index = 0
        for job in jobs:
            index += 1
            if index <= state.position:
                continue
            items.append(job)
            if len(items) >= config.chunk_people:
                yield items, index
                items = []
        if items:
            yield items, index

    packets_dir = config.out / PACKETS_DIR if config.packets else None
    init = (config.as_of, config.filing, config.options, config.input.name, packets_dir, mapping)
    if config.workers > 1 and total > config.chunk_people:
        results: Iterable[ChunkOut] = _in_workers(_mp_context(), config.workers, init, chunks())
    else:
        _init_worker(*init, ignore_sigint=False)
        results = map(_jobs_chunk, chunks())
    def report(chunk: ChunkOut) -> Progress:
        return Progress(chunk.end, total, unit, state.people, state.rows, state.errors,
                        time.monotonic() - started)  # fmt: skip

    try:
        _land(results, outputs, state, save, progress, report, stop)
    finally:
        close = getattr(results, "close", None)
        if close is not None:  # the workers' generator: stops and reaps them
            close()


def _folder_records(folder: Path) -> tuple[int, Iterator[Job]]:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in (".txt", ".pdf", ".json"))
    if not files:
        raise BatchError(f"{folder} holds no rap sheets (.txt, .pdf or record .json files, in sub-folders too): "
                         "choose the folder that has them")  # fmt: skip
    return len(files), iter([("file", str(p), str(p.relative_to(folder))) for p in files])


def _spreadsheet_records(config: BatchConfig) -> tuple[int, Iterator[Job], Any]:
    """People of an Illinois spreadsheet (CSV or XLSX) through the column mapping, as a stream.

    Returns the number of jobs (the progress total), the jobs and the mapping. The
    sheet's text is held (it is at most 200,000 rows) and read twice: a first pass
    counts each person's rows (and keeps the rows with no charge field), the second
    (``spreadsheet.stream_groups``) hands on each person's rows once all of them have
    been read: rows of one person need not be together. The records are built in
    the workers (``"rows"`` jobs), so no record of the whole sheet is ever held.
    ``--mapping`` is either a saved mapping (``reliefdesk.mapping/1``) or a plain
    object ``{field: column header}``; without it the mapping saved for these
    headers, else the guess, is used.
    """
    from reliefdesk.readers import ImportReport, ReadError, extract_pages, spreadsheet

    p = config.input
    try:
        text = spreadsheet.xlsx_text(p) if p.suffix.lower() == ".xlsx" else None
        if text is None:
            text = "\n".join(page.text for page in extract_pages(p))
        headers, rows = spreadsheet.iter_table(text)
        if config.mapping is not None:
            data = dict(config.mapping)
            if "columns" in data:
                mapping = spreadsheet.ColumnMapping.from_dict(data)
            else:
                bad = [f"{k} -> {v!r}" for k, v in data.items() if k not in spreadsheet.FIELDS or v not in headers]
                if bad:
                    raise BatchError(
                        f"the mapping names fields or columns this spreadsheet does not have: {', '.join(bad)} "
                        f"(its columns: {', '.join(headers)}; fields: {', '.join(spreadsheet.FIELDS)})"
                    )
                mapping = spreadsheet.ColumnMapping(headers=tuple(headers), columns=data, guessed=False)
        else:
            mapping = spreadsheet.mapping_for(headers)
        spreadsheet._check_mapping(mapping)
        # First pass (every row error is raised here, before any output): the rows with no
        # charge field become the errors job, which goes first as it always did.
        charge_columns = [c for c in (mapping.column(n) for n in spreadsheet.CHARGE_FIELDS) if c]
        errors: list[list[str]] = []

        def placed() -> Iterator[spreadsheet.Row]:
            for row in rows:
                cells = row.cells
                if any(cells.get(c) for c in charge_columns):
                    yield row
                else:
                    errors.append([str(row.line), "", "ROW_NOT_USED", "no case number, statute, charge or "
                                   "disposition in the row", " | ".join(x for x in cells.values() if x)])  # fmt: skip

        totals = spreadsheet.person_row_counts(placed(), mapping)
    except ReadError as exc:
        raise BatchError(str(exc)) from None

    def jobs() -> Iterator[Job]:
        if errors:
            yield "errors", errors, p.name
        report = ImportReport(format=spreadsheet.NAME)
        try:
            for group in spreadsheet.stream_groups(lambda: spreadsheet.iter_table(text)[1], mapping, report,
                                                   totals=totals):  # fmt: skip
                yield "rows", group, p.name
        except ReadError as exc:  # the file changed between the passes
            raise BatchError(str(exc)) from None

    return len(totals) + (1 if errors else 0), jobs(), mapping


# --------------------------------------------------------------------------
# The run


def _headers(kind: str, jurisdiction: str) -> dict[str, tuple[str, ...]]:
    ca = kind == "ca-doj-bulk" or (kind == "folder" and jurisdiction == "CA")
    return {
        RESULTS: CA_RESULT_HEADER if ca else IL_RESULT_HEADER,
        PEOPLE: CA_PEOPLE_HEADER if ca else IL_PEOPLE_HEADER,
        ERRORS: ERROR_HEADER,
    }


def run(config: BatchConfig, progress: ProgressFn | None = None, stop: StopFn | None = None) -> BatchResult:
    """Run (or resume) a batch; returns what was written. Raises :class:`Interrupted` when stopped.

    A disk that fills up or a folder that cannot be written (an ``OSError``,
    in this process or a worker) becomes a :class:`BatchError` that says what
    happened and how to continue: the files are cut back to the last whole
    chunk and the checkpoint kept, so ``--resume`` loses nothing.
    """
    try:
        kind = detect_kind(config.input, config.jurisdiction)  # before any folder is made
        out = config.out
        if out.exists() and not out.is_dir():
            raise BatchError(f"{out} is a file: --out must be a folder")
        if config.resume and not (out / CHECKPOINT).exists():  # before a folder is made for nothing
            raise BatchError(f"nothing to resume in {out}: run without --resume first")
        out.mkdir(parents=True, exist_ok=True)
        with _FolderLock(out):
            return _run(config, kind, progress, stop)
    except OSError as exc:
        raise BatchError(_os_error_message(exc, config)) from exc


LOCK = ".reliefdesk-batch.lock"


#: The errors of a lock another process holds (flock: EWOULDBLOCK; msvcrt.locking: EACCES or EDEADLOCK).
_LOCK_HELD = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, getattr(errno, "EDEADLOCK", errno.EDEADLK)}


class _FolderLock:
    """One review at a time in an output folder (two would interleave their rows in the same files).

    An operating-system lock on an empty file in the folder (``flock``; on
    Windows ``msvcrt.locking``), held for the run and released by the system
    if its process (and its workers) end first, so no stale lock is ever left
    to clear by hand. The file is removed at the end; a run that opened it just
    before takes the lock only if the file it locked is still the one in the
    folder, else it tries the new one.
    """

    def __init__(self, out: Path) -> None:
        self.out = out
        self.path = out / LOCK
        self.file: Any = None

    def __enter__(self) -> _FolderLock:
        for _ in range(5):
            f = open(self.path, "a+b")  # closed in __exit__; never written
            try:
                if sys.platform == "win32":
                    import msvcrt

                    msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
                else:
                    import fcntl

                    fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                f.close()
                if exc.errno in _LOCK_HELD:
                    break
                # A file system that cannot lock (some network shares): run unguarded, as before.
                self.file = None
                return self
            if sys.platform != "win32":
                try:
                    current = os.stat(self.path).st_ino == os.fstat(f.fileno()).st_ino
                except FileNotFoundError:
                    current = False
                if not current:  # removed by the run that just ended: lock the file that is there now
                    f.close()
                    continue
            self.file = f
            return self
        raise BatchError(f"another review is writing to {self.out} now: wait for it to finish, "
                         "or choose another output folder")  # fmt: skip

    def __exit__(self, *exc: object) -> None:
        if self.file is None:  # not locked (see __enter__)
            return
        if sys.platform == "win32":  # an open file cannot be removed there: release, then remove
            self.file.close()
            try:
                self.path.unlink()
            except OSError:  # another run has it open already
                pass
            return
        try:
            self.path.unlink()  # while still locked: see the class note
        except OSError:
            pass
        self.file.close()


def holds_review(out: Path) -> bool:
    """Whether ``out`` holds an earlier review (complete or interrupted), which a fresh run replaces."""
    return (out / CHECKPOINT).is_file()


def clear_previous_review(out: Path) -> None:
    """Before a fresh run: remove what an earlier review wrote in ``out``, court documents and packets too.

    The result files are rewritten anyway; the folders must go, or a motion or
    packet from another file would sit among the new ones. Only a review's own
    output is removed (the folder shows one by its checkpoint); court or packet
    folders with files and no review beside them are refused, not emptied.
    """
    import shutil

    ours = holds_review(out)
    for name in (COURT_DIR, PACKETS_DIR):
        folder = out / name
        if not folder.is_dir() or not any(folder.iterdir()):
            continue
        if not ours:
            raise BatchError(f"{folder} already holds files that are not from a reliefdesk review: "
                             "choose an empty output folder")  # fmt: skip
        shutil.rmtree(folder)
    if ours:
        for name in (SUMMARY_JSON, SUMMARY_PDF, CHECKPOINT):
            (out / name).unlink(missing_ok=True)


def _os_error_message(exc: OSError, config: BatchConfig) -> str:
    where = exc.filename or config.out
    if exc.errno == errno.ENOSPC:
        what = f"the disk is full (writing to {where})"
        fix = "free some space"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        what = f"{exc.strerror or 'permission denied'}: {where}"
        fix = ("close it if another program has it open (a PDF viewer, a spreadsheet: Windows keeps such files "
               "from being replaced), or choose a folder you can write to")  # fmt: skip
    else:
        what = f"{exc.strerror or exc}: {where}"
        fix = "fix that"
    cp = config.out / CHECKPOINT
    try:
        resumable = cp.is_file() and not json.loads(cp.read_text(encoding="utf-8")).get("complete")
    except (OSError, ValueError):
        resumable = False
    if resumable:
        return (f"{what}. The people finished so far are kept in {config.out}: {fix}, then run the same "
                "command again with --resume to continue.")  # fmt: skip
    return f"{what}: {fix}, then run it again."


def _run(config: BatchConfig, kind: str, progress: ProgressFn | None, stop: StopFn | None) -> BatchResult:
    started = time.monotonic()
    out = config.out
    cp_path = out / CHECKPOINT
    fingerprint = config.fingerprint()
    saved: dict[str, Any] | None = None
    if config.resume:
        if not cp_path.exists():
            raise BatchError(f"nothing to resume in {out}: run without --resume first")
        try:
            saved = json.loads(cp_path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            saved = None
        if not isinstance(saved, dict) or not isinstance(saved.get("sizes"), dict):
            raise BatchError(f"the checkpoint of the interrupted run in {out} is damaged: run again without "
                             "--resume (the review starts over)")  # fmt: skip
        if saved.get("fingerprint") != fingerprint:
            raise BatchError(
                "the input file or the settings changed since the interrupted run (or reliefdesk was updated): "
                "run again without --resume (or with the same file, dates and options)"
            )
        if saved.get("complete"):
            raise BatchError(f"the run in {out} is already complete: nothing to resume")
    jurisdiction = "CA" if kind == "ca-doj-bulk" else ("IL" if kind == "il-spreadsheet" else config.jurisdiction)
    if kind == "folder" and jurisdiction == "auto":
        jurisdiction = _folder_jurisdiction(config.input)
    # Read the input far enough to refuse it (no rap sheets, columns not found, a bad row) before
    # anything in the output folder is touched: an earlier review there stays as it was.
    prepared: tuple[int, Iterator[Job], Any] | None = None
    if kind == "folder":
        prepared = (*_folder_records(config.input), None)
    elif kind != "ca-doj-bulk":
        prepared = _spreadsheet_records(config)
    if not config.resume:
        clear_previous_review(out)
    state = _State(saved.get("state") if saved else None)
    outputs = _Outputs(out, _headers(kind, jurisdiction), saved.get("sizes") if saved else None)

    def checkpoint(complete: bool = False) -> None:
        _write_json(cp_path, {
            "fingerprint": fingerprint, "input": str(config.input), "kind": kind, "jurisdiction": jurisdiction,
            "complete": complete, "sizes": outputs.good, "state": state.to_dict(),
        }, indent=None)  # fmt: skip

    try:
        if kind == "ca-doj-bulk":
            _run_ca(config, outputs, state, progress, stop, checkpoint, started)
        else:
            assert prepared is not None
            total, records, mapping = prepared
            _run_records(config, records, total, "files" if kind == "folder" else "people", outputs, state,
                         progress, stop, checkpoint, started, mapping)  # fmt: skip
    except (KeyboardInterrupt, Interrupted):
        outputs.rollback_and_close()
        checkpoint(complete=False)
        summary = build_summary(config, kind, jurisdiction, state, time.monotonic() - started, complete=False)
        _write_json(out / SUMMARY_JSON, summary)
        raise
    except BaseException:
        outputs.rollback_and_close()
        try:
            checkpoint(complete=False)
        except OSError:  # a full disk: the checkpoint on disk is older, and still matches the files cut back
            pass
        raise
    outputs.close()
    if kind == "ca-doj-bulk" and state.fragments:
        _merge_fragments(config, state, out)
    elapsed = time.monotonic() - started
    summary = build_summary(config, kind, jurisdiction, state, elapsed, complete=True)
    _write_json(out / SUMMARY_JSON, summary)
    files = [out / RESULTS, out / PEOPLE, out / ERRORS, out / SUMMARY_JSON]
    while _preloading:
        _preloading.pop().join()
    from reliefdesk.documents import summary_pdf

    files.append(summary_pdf.write_summary_pdf(summary, out / SUMMARY_PDF))
    reviewed = time.monotonic() - started
    if jurisdiction == "IL":
        files.extend(_il_court_documents(config, out))
    checkpoint(complete=True)
    finished = time.monotonic() - started
    return BatchResult(out, kind, state.people, state.rows, state.errors, True, finished, summary, files,
                       {"review": reviewed, "court_documents": finished - reviewed})  # fmt: skip


def _merge_fragments(config: BatchConfig, state: _State, out: Path) -> None:
    """Subjects whose rows were not contiguous: analyze each once, with all its rows.

    The stream wrote each fragment as if it were a person. This second pass
    (only when the file had such subjects) reads just their rows again, takes
    the fragments' rows and counts back out, and writes the merged person.
    """
    split = set(state.fragments)
    groups: dict[str, list[ca_bulk.RowGroup]] = {}
    with config.input.open(encoding="utf-8-sig", errors="replace", newline="") as f:
        for g in ca_bulk.iter_groups(csv.reader(f)):
            if isinstance(g, ca_bulk.RowGroup) and g.subject_id in split:
                groups.setdefault(g.subject_id, []).append(g)
    analyze = _ca_analyzer(config.as_of, config.filing, config.options)
    minus, plus = ChunkOut(), ChunkOut()
    for parts in groups.values():
        records = [ca_bulk.build_record(g, config.input.name)[0] for g in parts]
        for r in records:
            ca_rows(r, analyze_ca(r, analyze), minus)
        merged = ca_bulk.merge_fragments(records)
        ca_rows(merged, analyze_ca(merged, analyze), plus)
        state.people -= len(records) - 1
    for table, c in minus.counts.items():
        mine = state.counts.setdefault(table, Counter())
        mine.subtract(c)
    for table, c in plus.counts.items():
        state.counts.setdefault(table, Counter()).update(c)
    for table in state.counts:
        state.counts[table] = Counter({k: v for k, v in state.counts[table].items() if v > 0})
    for name, rows in ((RESULTS, plus.results), (PEOPLE, plus.people)):
        path = out / name
        tmp = path.with_suffix(".tmp")
        with path.open(newline="", encoding="utf-8") as src, tmp.open("w", newline="", encoding="utf-8") as dst:
            w = csv.writer(dst, lineterminator="\n")
            reader = csv.reader(src)
            w.writerow(next(reader))
            w.writerows(r for r in reader if r and r[0] not in split)
            w.writerows(rows)
        os.replace(tmp, path)


def _folder_jurisdiction(folder: Path) -> str:
    for p in sorted(folder.rglob("*")):
        if p.is_file() and p.suffix.lower() in (".txt", ".json"):
            head = p.read_text(encoding="utf-8", errors="replace")[:4000]
            if "CII/" in head or '"jurisdiction": "CA"' in head:
                return "CA"
            return "IL"
    return "IL"


def _il_court_documents(config: BatchConfig, out: Path) -> list[Path]:
    """One multi-person motion and proposed order per county and court (20 ILCS 2630/5.2(i)(3)).

    Exhibit A lists every conviction the review found eligible now for vacatur
    and expungement; results.csv is read back as a stream, grouped in memory by
    court (a few fields per conviction).
    """
    from reliefdesk.documents import multi_motion

    groups: dict[tuple[str, str], list[multi_motion.ExhibitRow]] = {}
    with (out / RESULTS).open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["relief"] != "vacate_expunge" or row["status"] != "eligible_now" or row["disposition"] != "convicted":
                continue
            key = (row["county"] or "Unknown", row["court"])
            groups.setdefault(key, []).append(multi_motion.exhibit_row_from_result(row))
    written: list[Path] = []
    for (county, court), rows in sorted(groups.items()):
        written += multi_motion.write_motion_documents(county, court, rows, out / COURT_DIR, config.as_of)
    return written


# --------------------------------------------------------------------------
# Summary


def _split(counter: Mapping[str, int]) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = {}
    for key, n in counter.items():
        a, _, b = key.rpartition("|")
        table.setdefault(a, {})[b] = table.setdefault(a, {}).get(b, 0) + n
    return dict(sorted(table.items()))


OPTION_REASONS = {
    # additionalRelief key -> the reason code the California engine gives when it applies.
    "subjectUnder21AtConviction": "CA_EXTRA_UNDER_21",
    "subjectAgeThreshold": "CA_EXTRA_AGE",
    "yearsSinceConvictionThreshold": "CA_EXTRA_YEARS",
    "subjectIsDeceased": "CA_EXTRA_DECEASED",
    "subjectHasOnlyProp64Charges": "CA_EXTRA_ONLY_PROP64",
}
BASELINE_REASONS = {
    "dismiss": ("CA_PROP64_DISMISS", "CA_PROP64_MISDEMEANOR_DISMISS"),
    "reduce": ("CA_PROP64_REDUCE", "CA_PROP64_REDUCE_INFRACTION"),
}


def build_summary(
    config: BatchConfig, kind: str, jurisdiction: str, state: _State, elapsed: float, complete: bool
) -> dict[str, Any]:
    c = state.counts
    reasons = dict(c.get("reason_people", {}))
    options_report: dict[str, Any] = {}
    if config.options is not None:
        extra = config.options.get("additionalRelief") or {}
        base = config.options.get("baselineEligibility") or {}
        for key in BASELINE_REASONS:
            options_report[f"baseline {key}"] = {
                "setting": ",".join(base.get(key) or []),
                "people": reasons.get(f"baseline:{key}", 0),
            }
        for key, code in OPTION_REASONS.items():
            options_report[key] = {"setting": extra.get(key), "people": reasons.get(code, 0)}
    return {
        "schema": SUMMARY_SCHEMA,
        "complete": complete,
        "input": config.input.name,
        "kind": kind,
        "jurisdiction": jurisdiction,
        "as_of": config.as_of.isoformat(),
        "filing_date": config.filing.isoformat(),
        "rules_version": rules.rules_for(jurisdiction).rules_version(config.filing) if jurisdiction in ("IL", "CA") else "",
        "options_file": config.options_file,
        "options": config.options,
        "people": state.people,
        "rows_read": state.rows,
        "error_rows": state.errors,
        "packets": state.packets,
        "seconds": round(elapsed, 2),
        "by_status": dict(sorted(c.get("status", {}).items())),
        "by_relief": dict(sorted(c.get("relief", {}).items())),
        "eligible_by_relief": dict(sorted(c.get("eligible_relief", {}).items())),
        "by_section": _split(c.get("section_status", {})),
        "by_county": _split(c.get("county_status", {})),
        "by_year": _split(c.get("year_status", {})),
        "people_by_result": dict(sorted(c.get("people", {}).items())),
        "people_facts": dict(sorted(c.get("people_facts", {}).items())),
        "people_by_reason": dict(sorted(reasons.items())),
        "charges_by_reason": dict(sorted(c.get("reason_charges", {}).items())),
        "options_relief": options_report,
        "prop64_convictions": c["prop64_convictions"]["all"] if "prop64_convictions" in c else 0,
        "split_subjects": len(state.fragments),
    }


# --------------------------------------------------------------------------
# The command line


def _load_json(path: str | None, what: str) -> Any:
    if path is None:
        return None
    p = Path(path)
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BatchError(f"{what} {p} does not exist") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BatchError(f"{what} {p} is not valid JSON ({exc})") from None


def _today() -> date:
    # As the CLI does: RELIEFDESK_TODAY pins "today" for demos and tests.
    override = os.environ.get("RELIEFDESK_TODAY")
    return date.fromisoformat(override) if override else date.today()


def config_from_args(args: Any) -> BatchConfig:
    options = _load_json(args.options, "options file")
    if options is not None:
        from reliefdesk.rules.california.options import CaOptions

        CaOptions.from_eligibility_options(options)  # validate now: a clear message before any work
    mapping = _load_json(args.mapping, "mapping file")
    if mapping is not None and not isinstance(mapping, dict):
        raise BatchError(f"mapping file {args.mapping} must be a JSON object {{field: column header}}")
    cores = os.cpu_count() or 1
    workers = args.workers if args.workers is not None else cores
    if workers < 1:
        raise BatchError("--workers must be 1 or more")
    if workers > cores:  # more processes than cores only cost memory (each worker holds its own caches)
        sys.stderr.write(f"reliefdesk: {workers} worker processes asked for, {cores} used (this computer has "
                         f"{cores} cores)\n")  # fmt: skip
        workers = cores
    return BatchConfig(
        input=Path(args.input),
        out=Path(args.out),
        jurisdiction=args.jurisdiction or "auto",
        as_of=args.as_of or _today(),
        filing_date=args.filing_date,
        options=options,
        options_file=args.options,
        workers=workers,
        mapping=mapping,
        resume=bool(args.resume),
        packets=bool(args.packets),
    )


def run_from_args(args: Any) -> int:
    """``reliefdesk batch``: progress bar on stderr, final table on stdout."""
    from rich.console import Console

    config = config_from_args(args)
    err = Console(stderr=True)
    console = Console()
    if not config.resume and holds_review(config.out):
        err.print(f"Replacing the earlier review in {config.out} (its result files, summary, court documents "
                  "and packets); to continue an interrupted one instead, add --resume.")  # fmt: skip
    show = not args.no_progress and err.is_terminal
    if not show:
        result = _run_quiet(config)
    else:
        result = _run_with_bar(config, err)
    if result is None:
        err.print(f"Interrupted: complete output for the finished people is in {config.out}; "
                  "run again with --resume to continue.")  # fmt: skip
        return 130
    print_table(result, console)
    return 0


def _run_quiet(config: BatchConfig) -> BatchResult | None:
    try:
        return run(config)
    except (KeyboardInterrupt, Interrupted):
        return None


def _run_with_bar(config: BatchConfig, err: Any) -> BatchResult | None:
    from rich.progress import (
        BarColumn,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.progress import (
        Progress as Bar,
    )

    with Bar(
        TextColumn("[bold]{task.description}"), BarColumn(bar_width=20), TaskProgressColumn(),
        TextColumn("{task.fields[people]} people · {task.fields[rate]} rows/s ·"), TimeRemainingColumn(),
        TextColumn("left"), console=err, transient=False,
    ) as bar:  # fmt: skip
        task = bar.add_task("Reviewing", total=None, people=0, rate=0)

        def on_progress(p: Progress) -> None:
            rate = int(p.rows / p.elapsed) if p.elapsed > 0 else 0
            bar.update(task, completed=p.done, total=p.total, people=f"{p.people:,}", rate=f"{rate:,}")

        try:
            result = run(config, progress=on_progress)
        except (KeyboardInterrupt, Interrupted):
            return None
        bar.update(task, completed=1, total=1)
    return result


def print_table(result: BatchResult, console: Any) -> None:
    from rich.table import Table

    s = result.summary
    console.print(f"[bold]Bulk review of {s['input']}[/bold] ({s['jurisdiction']}, as of {s['as_of']})")
    table = Table()
    table.add_column("status")
    table.add_column("charges", justify="right")
    for status, n in s["by_status"].items():
        table.add_row(status.replace("_", " "), f"{n:,}")
    console.print(table)
    facts = Table(show_header=False)
    facts.add_row("people", f"{result.people:,}")
    facts.add_row("rows read", f"{result.rows:,}")
    facts.add_row("rows not used (errors.csv)", f"{result.errors:,}")
    for k, v in s.get("people_by_result", {}).items():
        facts.add_row(f"people: {k}", f"{v:,}")
    for k, v in s.get("options_relief", {}).items():
        facts.add_row(f"option {k}", f"{v['people']:,} people")
    rate = int(result.rows / result.elapsed) if result.elapsed else 0
    facts.add_row("time", f"{result.elapsed:.1f} s ({rate:,} rows/s)")
    console.print(facts)
    for p in result.files:
        console.print(str(p))
