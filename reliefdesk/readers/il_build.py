"""Stage three of the Illinois reader: the builder.

It takes the classified lines one by one and keeps a little state (the arrest
cycle and the charge being read, the charge the last disposition was for), so
a page header inside a cycle, a disposition naming its charge, a sentence on
the line after its disposition or a wrapped charge line land where they belong.
At the end each cycle becomes one case per court case number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from reliefdesk.model import Case, Charge, Disposition, Level, OffenseClass, Person, Sentence, SentenceKind
from reliefdesk.readers import il_vocab as vocab
from reliefdesk.readers.base import SourceLine
from reliefdesk.readers.cleanup import case_number, clean_line, collapse, digitize, state_id
from reliefdesk.readers.dates import find_dates, leading_date, parse_date
from reliefdesk.readers.il_lines import (
    END_MARKER,
    PAGE_MARKER,
    SEPARATOR,
    Field,
    scan,
    strip_page_marker,
    title_kind,
)
from reliefdesk.rules.illinois.statutes import Statute, normalize_statute

CPD_AGENCY = "CHICAGO POLICE DEPARTMENT"
#: Fields whose value is one token or one date; text after it is read again.
_TOKEN_FIELDS = {"dcn", "agency_case", "cb", "rd", "related_case", "sid", "fbi", "ir", "case"}
_DATE_FIELDS = {"dob", "arrest_date", "filing_date", "disp_date", "offense_date", "sentence_date", "msr"}
#: "08 CR 0561201": a case number printed with spaces.
_SPACED_CASE = re.compile(r"\d{2,4} [A-Z]{1,3}\d? \d{3,8}\b", re.I)
_INLINE_SENTENCE = re.compile(r"\s(?:SENT(?:ENCE)?D?)\s*[:.]?\s+(?=\S)", re.I)


@lru_cache(maxsize=4096)
def _statute(raw: str) -> Statute | None:
    return normalize_statute(raw)

_ORI = re.compile(r"\(\s*[1Il|]?[A-Z1|]{2}[0-9O]{7}\s*\)|\bORI\s*:?\s*[A-Z]{2}\d{7}\b")
_NAME = re.compile(r"^[A-Z][A-Za-z'\-. ]*,\s*[A-Z][A-Za-z'\-. ]*$")
_ID_TOKEN = re.compile(r"^(?:[A-Z]{1,3}\d{4,}[A-Z]?|\d{4,}[A-Z]{0,2}|\d{2}-\d{4,})$")
_COUNTY = re.compile(r"\b((?:DU|LA|DE|MC|ST\.?|JO|ROCK)?\s?[A-Z][A-Z']+)\s+COUNTY\b", re.I)
_COUNTY_NAMES = {
    "DUPAGE": "DuPage", "DU PAGE": "DuPage", "MCHENRY": "McHenry", "MC HENRY": "McHenry", "LASALLE": "LaSalle",
    "LA SALLE": "LaSalle", "DEKALB": "DeKalb", "DE KALB": "DeKalb", "ST CLAIR": "St. Clair", "ST. CLAIR": "St. Clair",
    "JO DAVIESS": "Jo Daviess", "ROCK ISLAND": "Rock Island",
}  # fmt: skip


@dataclass
class Note:
    """Something the volunteer should check, attached to a draft field."""

    field: str
    value: str
    why: str
    line: int | None


@dataclass
class Event:
    kind: str  # "disp", "sentence", "end"
    when: date | None
    text: str
    line: int


@dataclass
class ChargeDraft:
    number: int | None = None
    statute_raw: str | None = None
    description: str | None = None
    level: Level | None = None
    offense_class: OffenseClass | None = None
    offense_date: date | None = None
    case_number: str | None = None
    events: list[Event] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    line: int = 0


@dataclass
class CycleDraft:
    kind: str
    source: int
    line: int
    number: int | None = None
    arrest_date: date | None = None
    agency: str | None = None
    court: str | None = None
    county: str | None = None
    case_number: str | None = None
    offense_date: date | None = None
    other_numbers: list[str] = field(default_factory=list)
    charges: list[ChargeDraft] = field(default_factory=list)
    pending: list[Event] = field(default_factory=list)  # dispositions read before any charge
    notes: list[Note] = field(default_factory=list)


@dataclass
class PersonDraft:
    name: str | None = None
    aliases: list[str] = field(default_factory=list)
    dob: date | None = None
    ids: dict[str, str] = field(default_factory=dict)
    address: str | None = None
    notes: list[Note] = field(default_factory=list)


@dataclass
class BuiltCase:
    case: Case
    source: str
    notes: list[tuple[int | None, Note]]  # (charge index or None, note)


class Builder:
    """Feed lines in order, then call :meth:`finish`."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.kinds: list[str] = [kind]
        self.source = 0
        self.person = PersonDraft()
        self.cycles: list[CycleDraft] = []
        self.cycle: CycleDraft | None = None
        self.charge: ChargeDraft | None = None
        self.target: list[ChargeDraft] = []
        self.last_role: str | None = None
        self.aka = False
        self.pending_disp_date: tuple[date, int] | None = None
        self.pending_sentence_date: date | None = None
        self.leftovers: list[tuple[SourceLine, str]] = []
        self._deferred: list[tuple[str, Field | str]] = []
        self.conflicts: list[str] = []
        self.seen_content = False

    # ------------------------------------------------------------------ lines

    def feed(self, sl: SourceLine) -> str | None:
        """Read one line; returns its role, or None when nothing in it could be placed."""
        text = clean_line(sl.text)
        if not text.strip():
            # Control characters and the like: shown as used layout, never silently skipped.
            return "blank" if not sl.text.strip() else "layout"
        if SEPARATOR.match(text):
            self.aka = False
            return "layout"
        body = strip_page_marker(text) if PAGE_MARKER.search(text) else text
        if not body.strip(" *-=|"):
            return "layout"
        if END_MARKER.search(body) and len(collapse(body)) <= 40:
            self._close_cycle()
            return "layout"
        fields = scan(body)
        valued = [f for f in fields if f.value or f.number is not None]
        if not valued:
            is_title, kind = title_kind(body)
            if is_title:
                self._switch(kind)
                return "title"
            if len(fields) >= 2:
                return "header"  # column headings: ARREST DATE  CB NO  RD NO  CHARGE / STATUTE
        if not fields:
            role = self._free(body, sl)
            self.last_role = role or self.last_role
            return role
        prefix = body[: fields[0].start].strip()
        if prefix:
            got = self._free(prefix, sl)
            if got is None:
                self.leftovers.append((sl, prefix))
        roles: list[str] = []
        for i, f in enumerate(fields):
            roles.append(self._field(f, sl, i == 0 and not prefix))
            while self._deferred:
                key, item = self._deferred.pop(0)
                if isinstance(item, Field):
                    roles.append(self._field(item, sl, False))
                elif key == "disp":
                    self._disposition(item, sl.number)
                else:
                    self._sentence(item, sl.number)
        placed = next((r for r in reversed(roles) if r != "layout"), "layout")
        self.aka = any(f.key == "aka" for f in fields)
        self.last_role = placed
        return placed

    def _switch(self, kind: str | None) -> None:
        if kind is None or kind == self.kind:
            return
        if self.seen_content:
            self._close_cycle()
            self.source += 1
        self.kind = kind
        self.kinds.append(kind)

    # ------------------------------------------------------------------ fields

    def _field(self, f: Field, sl: SourceLine, first: bool) -> str:
        k, v = f.key, f.value
        line = sl.number
        if k in ("printed", "attr", "charge_header"):
            return "layout" if k != "attr" else "person"
        if k in _TOKEN_FIELDS or k in _DATE_FIELDS:
            v = self._split_rest(k, v, sl)
        if k == "name":
            self._person_value("name", collapse(v).rstrip(" ,"), line)
            return "person"
        if k == "aka":
            if v:
                self._alias(v)
            return "person"
        if k == "dob":
            d = parse_date(v)
            if d is None:
                self.person.notes.append(Note("person.dob", v, "not a date", line))
            elif self.person.dob is not None and self.person.dob != d:
                self.conflicts.append(f"person dob: {self.person.dob.isoformat()} vs {d.isoformat()} (line {line})")
            else:
                self.person.dob = d
            return "person"
        if k in ("sid", "fbi", "ir"):
            token = v.split()[0] if v.split() else ""
            if token:
                token = state_id(token) if k == "sid" else digitize(token) if k == "ir" else token
                old = self.person.ids.get(k)
                if old and old != token:
                    self.conflicts.append(f"person {k}: {old!r} vs {token!r} (line {line})")
                else:
                    self.person.ids[k] = token
            return "person"
        if k == "address":
            self.person.address = self.person.address or collapse(v) or None
            return "person"
        self.seen_content = True
        if k == "cycle":
            if self.cycle is not None and f.number is not None and self.cycle.number == f.number:
                return "cycle"  # the same cycle again, after a page break ("CYCLE 002 (CONTINUED)")
            self._new_cycle(line).number = f.number
            return "cycle"
        if k in ("dcn", "agency_case", "cb", "rd", "related_case"):
            token = collapse(v).split(" ")[0] if v.strip() else ""
            if token:
                cyc = self._need_cycle(line)
                token = digitize(token)
                if token not in cyc.other_numbers:
                    cyc.other_numbers.append(token)
            return "case"
        if k == "arrest_date":
            d = parse_date(v)
            current = self.cycle
            if current is None or (
                current.line != line
                and (current.charges or (current.arrest_date is not None and d is not None and current.arrest_date != d))
            ):
                current = self._new_cycle(line)
            cyc = current
            if d is None:
                cyc.notes.append(Note("arrest_date", v, "not a date", line))
            else:
                cyc.arrest_date = d
            return "cycle"
        if k == "agency":
            cyc = self._need_cycle(line)
            cyc.agency = cyc.agency or (collapse(_ORI.sub(" ", v)) or None)
            return "case"
        if k == "court":
            cyc = self._need_cycle(line)
            court = collapse(v) or None
            if cyc.court is None:
                cyc.court = court
            elif court and court != cyc.court:
                cyc.notes.append(Note("court", court, f"a second court for this arrest (kept {cyc.court!r})", line))
            return "case"
        if k == "county":
            cyc = self._need_cycle(line)
            cyc.county = cyc.county or (collapse(v).title() or None)
            return "case"
        if k == "filing_date":
            self._need_cycle(line)
            return "case"
        if k == "offense_date":
            d = parse_date(v)
            if self.charge is not None and self.cycle is not None and self.charge in self.cycle.charges:
                self.charge.offense_date = d
            else:
                self._need_cycle(line).offense_date = d
            return "charge"
        if k == "case":
            self._case_number(v, line, first)
            return "case"
        if k == "charge":
            ch = self._new_charge(line, f.number)
            if v:
                self._charge_text(ch, v, line)
            return "charge"
        if k == "description":
            ch = self.charge if self.charge is not None and self.charge.description is None else self._new_charge(line)
            ch.description = collapse(v) or None
            return "charge"
        if k == "statute":
            ch = self.charge if self.charge is not None and self.charge.statute_raw is None else self._new_charge(line)
            self._charge_text(ch, v, line)
            return "charge"
        if k == "class":
            ch = self.charge or self._new_charge(line)
            got = vocab.find_class("CLASS " + v) or vocab.find_class(v)
            if got is None:
                ch.notes.append(Note("class", v, "not a class this program knows", line))
            else:
                ch.level, ch.offense_class = got.level or ch.level, got.offense_class or ch.offense_class
            return "charge"
        if k == "disp_date":
            d = parse_date(v)
            if d is None:
                self._need_cycle(line).notes.append(Note("disposition_date", v, "not a date", line))
            else:
                self.pending_disp_date = (d, line)
            return "disposition"
        if k == "disp":
            if v.strip(" -:"):
                self._disposition(v, line)
            return "disposition"
        if k == "sentence_date":
            self.pending_sentence_date = parse_date(v)
            return "sentence"
        if k == "sentence":
            if v.strip(" -:"):
                self._sentence(v, line)
            return "sentence"
        if k == "msr":
            self._sentence_end(v, line, sl.text, f)
            return "sentence"
        return "layout"  # pragma: no cover - every key is handled above

    def _split_rest(self, key: str, value: str, sl: SourceLine) -> str:
        """A one-token or one-date field followed by more text (colons lost, single
        spaces): the rest is read again as labeled fields, or as the disposition or
        sentence a date label announces."""
        spaced = _SPACED_CASE.match(value.strip()) if key == "case" else None
        if spaced is not None:
            head, rest = value.strip()[: spaced.end()], value.strip()[spaced.end() :]
        elif key in _DATE_FIELDS:
            d = leading_date(value, compact=True)
            if d is None:
                return value
            head, rest = value[: d.end], value[d.end :]
        else:
            m = re.match(r"\s*\S+", value)
            if m is None:
                return value
            head, rest = m.group(0), value[m.end() :]
        if not rest.strip():
            return value
        fields = scan(rest.strip())
        prefix = rest.strip()[: fields[0].start].strip() if fields else rest.strip()
        if prefix and key in ("disp_date", "sentence_date") and not fields:
            self._deferred.append(("disp" if key == "disp_date" else "sentence", prefix))
            prefix = ""
        if prefix:
            self.leftovers.append((sl, prefix))
        for f in fields:
            self._deferred.append((f.key, f))
        return head

    # ------------------------------------------------------------------ free text

    def _free(self, text: str, sl: SourceLine) -> str | None:
        """A line (or the start of one) without labels."""
        line = sl.number
        stripped = collapse(text)
        if self.aka and _NAME.match(stripped) and not vocab.find_statute(stripped):
            self._alias(stripped)
            return "person"
        d = leading_date(text)
        if d is not None:
            rest = text[d.end :]
            reading = vocab.read_disposition(rest)
            if (
                self.charge is not None
                and vocab.find_statute(rest) is None
                and (reading.disposition is not None or reading.ending is not None)
                and not _ID_TOKEN.match((rest.split() or [""])[0])
            ):
                self._disposition(text, line)
                return "disposition"
            self.seen_content = True
            cyc = self._new_cycle(line)
            cyc.arrest_date = d.value
            if d.unsure:
                cyc.notes.append(Note("arrest_date", d.text, d.unsure, line))
            self._arrest_row(cyc, rest, sl)
            return "cycle"
        span = vocab.find_statute(text)
        if span is not None:
            self.seen_content = True
            ch = self.charge
            if ch is not None and ch.statute_raw is None and self.last_role == "charge":
                self._charge_text(ch, text, line, append=True)
            else:
                ch = self._new_charge(line)
                self._charge_text(ch, text, line)
            return "charge"
        reading = vocab.read_disposition(stripped)
        if self.charge is not None and (reading.disposition is not None or reading.ending is not None):
            self._disposition(text, line)
            return "disposition"
        if self.charge is not None and self.last_role == "charge" and sl.text[:1].isspace():
            got = vocab.find_class(stripped)
            if got is not None and not stripped[: got.start].strip() and not stripped[got.end :].strip():
                self.charge.level, self.charge.offense_class = got.level, got.offense_class
                return "charge"
            # A wrapped charge line: the description goes on.
            self._charge_text(self.charge, text, line, append=True)
            return "charge"
        return None

    def _arrest_row(self, cyc: CycleDraft, rest: str, sl: SourceLine) -> None:
        """``2004-06-19   16020031  HK401122   POSS CANNABIS 2.5-10 GRAMS  720 ILCS 550.0/4-B``."""
        pos = 0
        ids = 0
        while ids < 3:
            m = re.match(r"\s*(\S+)", rest[pos:])
            if not m or not _ID_TOKEN.match(digitize(m.group(1))) or vocab.find_statute(rest[pos:pos + m.end()]):
                break
            cyc.other_numbers.append(digitize(m.group(1)))
            pos += m.end()
            ids += 1
        tail = rest[pos:]
        if tail.strip():
            ch = self._new_charge(sl.number)
            self._charge_text(ch, tail, sl.number)

    # ------------------------------------------------------------------ pieces

    def _person_value(self, name: str, value: str, line: int) -> None:
        if not value:
            return
        if self.person.name is None:
            self.person.name = value
        elif value != self.person.name:
            self.conflicts.append(f"person name: {self.person.name!r} vs {value!r} (line {line})")
            if value not in self.person.aliases:
                self.person.aliases.append(value)

    def _alias(self, value: str) -> None:
        for part in re.split(r"\s{2,}|;", value):
            name = collapse(part).rstrip(" ,")
            if name and name not in self.person.aliases and name != self.person.name:
                self.person.aliases.append(name)

    def _need_cycle(self, line: int) -> CycleDraft:
        return self.cycle if self.cycle is not None else self._new_cycle(line)

    def _new_cycle(self, line: int) -> CycleDraft:
        self._close_cycle()
        self.cycle = CycleDraft(kind=self.kind, source=self.source, line=line)
        self.seen_content = True
        return self.cycle

    def _close_cycle(self) -> None:
        if self.cycle is not None:
            self.cycles.append(self.cycle)
        self.cycle = None
        self.charge = None
        self.target = []
        self.pending_disp_date = None

    def _new_charge(self, line: int, number: int | None = None) -> ChargeDraft:
        cyc = self._need_cycle(line)
        ch = ChargeDraft(number=number, line=line)
        if cyc.pending:
            ch.events.extend(cyc.pending)
        cyc.charges.append(ch)
        self.charge = ch
        self.target = [ch]
        self.pending_disp_date = None
        return ch

    def _case_number(self, value: str, line: int, first: bool) -> None:
        spaced = _SPACED_CASE.match(collapse(value))
        token = spaced.group(0) if spaced else (collapse(value).split(" ")[0] if value.strip() else "")
        if not token:
            return
        token = case_number(token)
        cyc = self.cycle
        if self.kind == "cook" and first:
            if cyc is None or cyc.charges or (cyc.case_number and cyc.case_number != token):
                cyc = self._new_cycle(line)
        if cyc is None:
            cyc = self._new_cycle(line)
        if self.kind != "cook" and self.charge is not None and self.charge in cyc.charges:
            if self.charge.case_number is None:
                self.charge.case_number = token
                return
        if cyc.case_number is None:
            cyc.case_number = token
        elif cyc.case_number != token and token not in cyc.other_numbers:
            cyc.other_numbers.append(token)
            cyc.notes.append(Note("case_number", token, f"a second case number (kept {cyc.case_number!r})", line))

    def _charge_text(self, ch: ChargeDraft, text: str, line: int, append: bool = False) -> None:
        span = vocab.find_statute(text)
        rest = text
        if span is not None:
            # A space before a subsection is scanner noise: "5/12-3.2(a) (2)".
            raw = re.sub(r"(?<=\))\s+(?=\()", "", collapse(text[span[0] : span[1]]))
            if ch.statute_raw is None:
                ch.statute_raw = raw
            rest = text[: span[0]] + "  " + text[span[1] :]
        got = vocab.find_class(rest)
        if got is not None and (not rest[got.end :].strip() or rest[: got.start].endswith("  ")):
            ch.level, ch.offense_class = got.level or ch.level, got.offense_class or ch.offense_class
            rest = rest[: got.start] + "  " + rest[got.end :]
        desc = re.sub(r"^[-\s]+", "", collapse(rest).strip(" |;,"))
        if desc:
            ch.description = f"{ch.description} {desc}" if append and ch.description else (ch.description or desc)

    def _charges_named(self, refs: list[int] | None, line: int) -> list[ChargeDraft]:
        cyc = self.cycle
        if cyc is None:
            return []
        if refs is None:
            if self.target and all(t in cyc.charges for t in self.target) and self.last_role in (
                "disposition", "sentence") and len(self.target) > 1:  # fmt: skip
                return self.target
            return [self.charge] if self.charge is not None and self.charge in cyc.charges else []
        if not refs:
            return list(cyc.charges)
        out: list[ChargeDraft] = []
        for n in refs:
            hit = next((c for c in cyc.charges if c.number == n), None)
            if hit is None and 1 <= n <= len(cyc.charges) and all(c.number is None for c in cyc.charges):
                hit = cyc.charges[n - 1]
            if hit is None:
                cyc.notes.append(Note("charges", f"charge {n}", "a disposition names a charge that is not listed", line))
            elif hit not in out:
                out.append(hit)
        return out

    def _disposition(self, value: str, line: int) -> None:
        inline = _INLINE_SENTENCE.search(value)
        if inline and vocab.main_sentence_kind(value[inline.end() :]) is not None:
            # "FINDING OF GUILTY SENT IDOC 2 YRS": the sentence label lost its colon and gap.
            self._disposition(value[: inline.start()], line)
            self._sentence(value[inline.end() :], line)
            return
        refs, rest = vocab.charge_refs(value)
        dates = find_dates(rest)
        when: date | None = None
        dated_line = line
        if dates:
            when = dates[0].value
            rest = rest[: dates[0].start] + " " + rest[dates[0].end :]
        elif self.pending_disp_date is not None:
            when, dated_line = self.pending_disp_date
        text = collapse(rest).strip(" -:;,")
        event = Event("disp", when, text, line)
        targets = self._charges_named(refs, line)
        if not dates and when is not None and dated_line < line - 1:
            for t in targets:
                t.notes.append(Note("disposition_date", when.isoformat(), f"taken from the date on line {dated_line}", line))
        cyc = self._need_cycle(line)
        if not targets:
            cyc.pending.append(event)
            return
        for t in targets:
            t.events.append(event)
            if dates and dates[0].unsure:
                t.notes.append(Note("disposition_date", dates[0].text, dates[0].unsure, line))
        self.target = targets

    def _sentence_targets(self, line: int) -> list[ChargeDraft]:
        if self.target:
            return self.target
        if self.charge is not None:
            return [self.charge]
        return []

    def _sentence(self, value: str, line: int) -> None:
        refs, rest = vocab.charge_refs(value)
        d = leading_date(rest)
        when = self.pending_sentence_date
        if d is not None:
            when = d.value
            rest = rest[d.end :]
        self.pending_sentence_date = None
        targets = self._charges_named(refs, line) if refs is not None else self._sentence_targets(line)
        got = vocab.find_class(rest)
        if got is not None and re.search(r"CLASS|FELONY|MISD", rest[got.start : got.end], re.I):
            for t in targets:
                t.level, t.offense_class = got.level or t.level, got.offense_class or t.offense_class
            rest = rest[: got.start] + " " + rest[got.end :]
        text = collapse(rest).strip(" -:;,")
        event = Event("sentence", when, text, line)
        if not targets:
            self._need_cycle(line).pending.append(event)
        for t in targets:
            t.events.append(event)

    def _sentence_end(self, value: str, line: int, raw_line: str, f: Field) -> None:
        d = parse_date(value)
        text = f"{f.label or 'SENTENCE END'}: {collapse(value)}"
        event = Event("end", d, text, line)
        targets = self._sentence_targets(line)
        for t in targets:
            t.events.append(event)
            if d is None:
                t.notes.append(Note("sentence.end", value, "not a date", line))
        if not targets:
            self._need_cycle(line).pending.append(event)

    # ------------------------------------------------------------------ finish

    def finish(self) -> tuple[Person, list[BuiltCase]]:
        self._close_cycle()
        person = Person(
            name=self.person.name,
            aliases=tuple(a for a in self.person.aliases if a != self.person.name),
            dob=self.person.dob,
            ids=dict(self.person.ids),
            address=self.person.address,
        )
        built: list[BuiltCase] = []
        for cyc in self.cycles:
            built.extend(_cycle_cases(cyc))
        return person, built


# ---------------------------------------------------------------------- cycles -> cases


def _county(cyc: CycleDraft) -> str | None:
    if cyc.county:
        return cyc.county
    if cyc.court:
        m = _COUNTY.search(cyc.court)
        if m:
            name = collapse(m.group(1)).upper()
            name = re.sub(r"^(?:OF|THE)\s+", "", name)
            return _COUNTY_NAMES.get(name, name.title())
    if cyc.kind in ("cpd", "cook"):
        return "Cook"
    agency = (cyc.agency or "").upper()
    if "CHICAGO" in agency or "COOK COUNTY" in agency:
        return "Cook"
    if vocab.is_cook_case_number(cyc.case_number) or any(vocab.is_cook_case_number(c.case_number) for c in cyc.charges):
        return "Cook"
    return None


def _cycle_cases(cyc: CycleDraft) -> list[BuiltCase]:
    if not cyc.charges and not cyc.case_number and cyc.arrest_date is None:
        return []
    numbers: list[str] = []
    for n in [cyc.case_number, *(c.case_number for c in cyc.charges)]:
        if n and n not in numbers:
            numbers.append(n)
    groups: dict[str | None, list[tuple[ChargeDraft, list[Note]]]] = {}
    if len(numbers) <= 1:
        groups[numbers[0] if numbers else None] = [(c, []) for c in cyc.charges]
    else:
        last: str | None = None
        for c in cyc.charges:
            extra: list[Note] = []
            own = c.case_number or cyc.case_number
            if own is None:
                own = last or next((x.case_number for x in cyc.charges if x.case_number), None)
                extra.append(Note("case_number", str(own), "this charge printed no case number; put with the one above", c.line))
            last = own
            groups.setdefault(own, []).append((c, extra))
    agency = cyc.agency or (CPD_AGENCY if cyc.kind == "cpd" else None)
    out: list[BuiltCase] = []
    for number, members in groups.items():
        notes: list[tuple[int | None, Note]] = [(None, n) for n in cyc.notes]
        if cyc.pending and not cyc.charges:
            notes.append((None, Note("charges", cyc.pending[0].text, "a disposition with no charge", cyc.pending[0].line)))
        charges: list[Charge] = []
        for i, (draft, extra) in enumerate(members):
            charge, charge_notes = charge_from_draft(draft, cyc)
            charges.append(charge)
            notes.extend((i, n) for n in [*draft.notes, *extra, *charge_notes])
        case = Case(
            case_number=number,
            other_numbers=tuple(n for n in cyc.other_numbers if n != number),
            county=_county(cyc),
            court=cyc.court,
            arrest_date=cyc.arrest_date,
            agency=agency,
            charges=tuple(charges),
        )
        out.append(BuiltCase(case, str(cyc.source), notes))
    return out


# ---------------------------------------------------------------------- charge facts


def charge_from_draft(d: ChargeDraft, cyc: CycleDraft) -> tuple[Charge, list[Note]]:
    """A charge's facts from what was read about it (also used for spreadsheet rows)."""
    notes: list[Note] = []
    statute = _statute(d.statute_raw) if d.statute_raw else None
    if d.statute_raw and statute is None:
        notes.append(Note("statute", d.statute_raw, "not a citation this program can read", d.line))
    if not d.statute_raw and not d.description:
        notes.append(Note("statute", "", "a charge with no statute or description", d.line))
    disposition, raw, when, decider = _decide(d, notes)
    sentence = _sentence(d, decider, notes)
    attempt = bool(statute is not None and statute.attempt) or bool(
        d.description and re.match(r"^\s*(?:ATTEMPT(?:ED)?|ATT)\b", d.description, re.I)
    )
    charge = Charge(
        statute=statute.citation if statute is not None else None,
        statute_raw=d.statute_raw,
        description=d.description,
        level=d.level,
        offense_class=d.offense_class,
        offense_date=d.offense_date or cyc.offense_date,
        disposition=disposition,
        disposition_raw=raw,
        disposition_date=when,
        sentence=sentence,
        attempt=attempt,
    )
    return charge, notes


def _qualified(d: ChargeDraft) -> bool:
    return any(vocab.QUALIFIED_MARKERS.search(e.text) for e in d.events if e.kind in ("disp", "sentence"))


def _sentence_source(d: ChargeDraft) -> Event | None:
    """The event that imposed the sentence: the last sentence line, else the last
    disposition that is itself a sentence (``SUPERVISION 12 MOS``)."""
    sentences = [e for e in d.events if e.kind == "sentence" and e.text]
    if sentences:
        return sentences[-1]
    for e in reversed(d.events):
        if e.kind != "disp":
            continue
        r = vocab.read_disposition(e.text)
        if r.ending is None and r.about is not None:
            return e
    # "SUPERVISION 12 MOS - TERMINATED SATISFACTORILY": one line both gives and ends it.
    for e in reversed(d.events):
        if e.kind == "disp" and vocab.read_disposition(e.text).about is not None and vocab.sentence_length(e.text):
            return e
    return None


def _sentence_kind(d: ChargeDraft) -> SentenceKind | None:
    src = _sentence_source(d)
    return vocab.main_sentence_kind(src.text) if src is not None else None


def _decide(d: ChargeDraft, notes: list[Note]) -> tuple[Disposition, str | None, date | None, Event | None]:
    """The last disposition line decides (a history in date order)."""
    disps = [e for e in d.events if e.kind == "disp"]
    if not disps:
        notes.append(Note("disposition", "", "no disposition printed: get the certified disposition", d.line))
        return Disposition.UNKNOWN, None, None, None
    decided: tuple[Event, vocab.DispositionReading] | None = None
    for e in reversed(disps):
        r = vocab.read_disposition(e.text)
        if r.disposition is not None or r.ending is not None:
            decided = (e, r)
            break
        notes.append(Note("disposition", e.text, "not a disposition this program knows", e.line))
    if decided is None:
        last = disps[-1]
        return Disposition.UNKNOWN, last.text or None, last.when, last
    e, r = decided
    qualified = _qualified(d)
    kind = _sentence_kind(d)
    about = r.about or kind
    value: Disposition
    if r.ending is not None:
        sat = r.ending == "satisfactory"
        if about is SentenceKind.SUPERVISION:
            value = Disposition.SUPERVISION if sat else Disposition.SUPERVISION_UNSATISFACTORY
        elif about is SentenceKind.PROBATION and qualified:
            value = Disposition.QUALIFIED_PROBATION if sat else Disposition.QUALIFIED_PROBATION_UNSATISFACTORY
        elif about is SentenceKind.PROBATION and sat and r.case_dismissed:
            value = Disposition.QUALIFIED_PROBATION
            notes.append(Note("disposition", e.text, "probation ended with the case dismissed, but no "
                              "qualified-probation statute is printed: check it", e.line))  # fmt: skip
        elif about is None and r.disposition is not None:
            value = r.disposition
            notes.append(Note("disposition", e.text, "a sentence ended, but the record does not say which", e.line))
        else:
            value = Disposition.CONVICTED
    else:
        value = r.disposition or Disposition.UNKNOWN
        if value is Disposition.CONVICTED and kind is SentenceKind.SUPERVISION:
            value = Disposition.SUPERVISION
        elif value is Disposition.CONVICTED and kind is SentenceKind.PROBATION and qualified:
            value = Disposition.QUALIFIED_PROBATION
        if value is Disposition.STRICKEN_WITH_LEAVE:
            notes.append(Note("disposition", e.text, "stricken off with leave to reinstate: the case can be reinstated", e.line))
    return value, e.text or None, e.when, e


def _start(d: ChargeDraft, src: Event) -> date | None:
    if src.when is not None:
        return src.when
    idx = d.events.index(src)
    for e in reversed(d.events[:idx]):
        if e.kind == "disp" and e.when is not None:
            return e.when
    return None


def _sentence(d: ChargeDraft, decider: Event | None, notes: list[Note]) -> Sentence | None:
    src = _sentence_source(d)
    ends = [e for e in d.events if e.kind == "end"]
    if src is None:
        if ends:
            notes.append(Note("sentence", ends[-1].text, "a sentence end date but no sentence", ends[-1].line))
        return None
    kind = vocab.main_sentence_kind(src.text)
    length = vocab.sentence_length(src.text)
    if src.kind == "disp" and vocab.read_disposition(src.text).ending is not None:
        # The line's date is when the sentence ended; when it began is not printed.
        notes.append(Note("sentence.start", src.text, "the record gives only the date the sentence ended", src.line))
        return Sentence(kind=kind, length=length[0] if length else None, start=None, end=src.when,
                        revoked=vocab.read_disposition(src.text).ending == "revoked", raw=src.text)  # fmt: skip
    start = _start(d, src)
    end: date | None = None
    if start is not None and length is not None:
        end = start + relativedelta(**length[1])  # type: ignore[arg-type]
    elif start is not None and kind in (SentenceKind.FINE, SentenceKind.TIME_SERVED):
        end = start
    explicit = [e for e in ends if e.when is not None]
    revoked = False
    if explicit:
        end = explicit[-1].when
    elif decider is not None and decider is not src:
        r = vocab.read_disposition(decider.text)
        if r.ending in ("satisfactory", "unsatisfactory") and decider.when is not None:
            if start is None or decider.when >= start:
                end = decider.when
        if r.ending == "revoked":
            revoked = True
    if any(vocab.read_disposition(e.text).ending == "revoked" for e in d.events if e.kind == "disp"):
        revoked = True
    if kind is None:
        notes.append(Note("sentence.kind", src.text, "not a sentence this program knows", src.line))
    raw = "; ".join([src.text, *(e.text for e in ends)])
    return Sentence(
        kind=kind,
        length=length[0] if length else None,
        start=start,
        end=end,
        revoked=revoked,
        raw=raw or None,
    )
