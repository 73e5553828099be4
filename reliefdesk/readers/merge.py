"""One person, several documents: merge cases by normalized case number.

The same court case shows up on the ISP transcript, the CPD RAP sheet and the
clerk's case summary, each printing its number its own way (``08CR0561201``,
``2008CR0561201``, ``08-CR-561201``). Cases whose keys match are merged: a
value one document lacks is taken from the other, and where both print
different values the first is kept and the difference is reported as a
conflict, never chosen silently.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import fields, replace
from typing import Any

from reliefdesk.model import Case, Charge, Disposition, Person, Record, Sentence

_GROUPS = re.compile(r"[A-Z]+|\d+")


def case_key(number: str | None) -> str | None:
    """A comparison key: no dashes or spaces, two-digit years widened, leading
    zeros of each number dropped, a trailing ``-01`` defendant suffix ignored.

    ``2015CR0123401``, ``15-CR-123401`` and ``15CR0123401`` share a key.
    """
    if not number:
        return None
    text = number.upper().strip()
    # "04MC1-289911": a district digit glued to the type letters.
    parts: list[str] = []
    for chunk in re.split(r"[\s\-/.]+", text):
        parts.extend(_GROUPS.findall(chunk))
    if not parts:
        return None
    if parts[0].isdigit() and len(parts[0]) == 2 and len(parts) > 1:
        parts[0] = ("20" if int(parts[0]) < 40 else "19") + parts[0]
    # A glued "MC4001882": letters MC, district 4, sequence 001882 (Cook: six digits).
    if len(parts) >= 3 and parts[1].isalpha() and parts[2].isdigit() and len(parts[2]) == 7 and len(parts) == 3:
        if parts[1] in ("MC", "DV", "C"):
            parts[2:3] = [parts[2][0], parts[2][1:]]
    if len(parts) >= 4 and parts[-1].isdigit() and len(parts[-1]) <= 2 and len(parts[-2]) >= 5:
        parts = parts[:-1]
    return "|".join(str(int(p)) if p.isdigit() else p for p in parts)


def _norm_statute(c: Charge) -> str | None:
    if c.statute:
        return c.statute.lower()
    if c.statute_raw:
        return re.sub(r"[^0-9a-z]", "", c.statute_raw.lower())
    if c.description:
        return " ".join(c.description.lower().split())
    return None


def _show(v: Any) -> str:
    if hasattr(v, "isoformat"):
        return str(v.isoformat())
    if hasattr(v, "value"):
        return str(v.value)
    return repr(v) if isinstance(v, str) else str(v)


#: Text as printed: documents word it differently, which is not a conflict of facts.
PRINTED = {"statute_raw", "description", "raw", "disposition_raw"}


def _merge_scalars(a: Any, b: Any, names: Sequence[str], label: str, conflicts: list[str]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name in names:
        va, vb = getattr(a, name), getattr(b, name)
        if vb is None or vb == va:
            continue
        if va is None:
            changes[name] = vb
        elif name not in PRINTED:
            conflicts.append(f"{label} {name}: {_show(va)} vs {_show(vb)} (kept {_show(va)})")
    return changes


def merge_sentence(a: Sentence | None, b: Sentence | None, label: str, conflicts: list[str]) -> Sentence | None:
    if a is None or b is None:
        return a or b
    changes = _merge_scalars(a, b, ("kind", "length", "start", "end", "raw"), f"{label} sentence", conflicts)
    if b.revoked and not a.revoked:
        changes["revoked"] = True
    return replace(a, **changes) if changes else a


def merge_charge(a: Charge, b: Charge, label: str, conflicts: list[str]) -> Charge:
    names = [f.name for f in fields(Charge) if f.name not in ("disposition", "disposition_raw", "disposition_date",
                                                                "sentence", "extra", "attempt")]  # fmt: skip
    changes = _merge_scalars(a, b, names, label, conflicts)
    take_b = {"disposition": b.disposition, "disposition_raw": b.disposition_raw,
              "disposition_date": b.disposition_date}  # fmt: skip
    if a.disposition is Disposition.UNKNOWN and b.disposition is not Disposition.UNKNOWN:
        changes.update(take_b)
    elif b.disposition is not Disposition.UNKNOWN and (
        b.disposition is not a.disposition or b.disposition_date != a.disposition_date
    ):
        # As on one sheet, the later disposition decides; say so when they disagree.
        later = a.disposition_date is not None and b.disposition_date is not None and b.disposition_date > a.disposition_date
        if later or (a.disposition_date is None and b.disposition_date is not None and b.disposition is a.disposition):
            changes.update(take_b)
        kept = changes.get("disposition", a.disposition)
        if b.disposition is not a.disposition:
            conflicts.append(
                f"{label} disposition: {a.disposition.value} ({a.disposition_raw!r}, {_show(a.disposition_date)}) vs "
                f"{b.disposition.value} ({b.disposition_raw!r}, {_show(b.disposition_date)}) (kept {kept.value}"
                f"{', the later one' if later else ''})"
            )
    sentence = merge_sentence(a.sentence, b.sentence, label, conflicts)
    if sentence is not a.sentence:
        changes["sentence"] = sentence
    if b.attempt and not a.attempt:
        changes["attempt"] = True
    return replace(a, **changes) if changes else a


def merge_cases(
    cases: Sequence[tuple[Case, str]],
) -> tuple[list[Case], list[str], dict[tuple[int, int], tuple[int, int]]]:
    """Merge cases that share a key. Each case comes with the id of the document
    it came from: charges from one document are never merged with each other.

    Returns the merged cases, the conflicts, and where each (case, charge) went.
    """
    out: list[Case] = []
    sources: list[set[str]] = []
    #: for each merged case, the source of each of its charges
    charge_sources: list[list[str]] = []
    by_key: dict[str, int] = {}
    moved: dict[tuple[int, int], tuple[int, int]] = {}
    conflicts: list[str] = []
    for ci, (case, source) in enumerate(cases):
        key = case_key(case.case_number)
        if key is None or key not in by_key:
            if key is not None:
                by_key[key] = len(out)
            for j in range(len(case.charges)):
                moved[(ci, j)] = (len(out), j)
            out.append(case)
            sources.append({source})
            charge_sources.append([source] * len(case.charges))
            continue
        ti = by_key[key]
        target = out[ti]
        label = f"case {target.case_number}"
        changes = _merge_scalars(target, case, ("county", "court", "arrest_date", "agency"), label, conflicts)
        numbers = list(target.other_numbers)
        extra_numbers = [*case.other_numbers]
        if case.case_number and case.case_number != target.case_number:
            extra_numbers.insert(0, case.case_number)
        for n in extra_numbers:
            if n not in numbers and n != target.case_number:
                numbers.append(n)
        charges = list(target.charges)
        taken: set[int] = set()
        for j, charge in enumerate(case.charges):
            match = None
            key_c = _norm_statute(charge)
            for k, existing in enumerate(charges):
                # Two charges of one document are two charges, even under one statute.
                if k in taken or charge_sources[ti][k] == source:
                    continue
                if key_c is not None and _norm_statute(existing) == key_c:
                    match = k
                    break
            if match is None:
                moved[(ci, j)] = (ti, len(charges))
                charges.append(charge)
                charge_sources[ti].append(source)
            else:
                taken.add(match)
                charges[match] = merge_charge(charges[match], charge, f"{label} charge {match + 1}", conflicts)
                moved[(ci, j)] = (ti, match)
        changes["other_numbers"] = tuple(numbers)
        changes["charges"] = tuple(charges)
        out[ti] = replace(target, **changes)
        sources[ti].add(source)
    return out, conflicts, moved


def merge_people(people: Sequence[Person]) -> tuple[Person, list[str]]:
    """The person of several documents: names that differ become aliases (and a conflict)."""
    conflicts: list[str] = []
    if not people:
        return Person(), conflicts
    first = people[0]
    name, dob, address = first.name, first.dob, first.address
    aliases = list(first.aliases)
    ids: dict[str, str | None] = dict(first.ids)
    for p in people[1:]:
        if p.name and name and p.name != name:
            conflicts.append(f"person name: {name!r} vs {p.name!r} (kept {name!r}, the other is listed as an alias)")
            if p.name not in aliases:
                aliases.append(p.name)
        name = name or p.name
        if p.dob and dob and p.dob != dob:
            conflicts.append(f"person dob: {dob.isoformat()} vs {p.dob.isoformat()} (kept {dob.isoformat()})")
        dob = dob or p.dob
        address = address or p.address
        for a in p.aliases:
            if a not in aliases and a != name:
                aliases.append(a)
        for k, v in p.ids.items():
            if ids.get(k) and v and ids[k] != v:
                conflicts.append(f"person {k}: {ids[k]!r} vs {v!r} (kept {ids[k]!r})")
            elif v or k not in ids:
                ids[k] = ids.get(k) or v
    return replace(first, name=name, dob=dob, address=address, aliases=tuple(aliases), ids=ids), conflicts


def merge_records(records: Sequence[Record]) -> tuple[Record, list[str]]:
    """Several documents of one person (files read one by one) as one record."""
    if not records:
        raise ValueError("nothing to merge")
    person, conflicts = merge_people([r.person for r in records])
    tagged = [(c, str(i)) for i, r in enumerate(records) for c in r.cases]
    cases, case_conflicts, _ = merge_cases(tagged)
    files = [r.source.file for r in records if r.source.file]
    first = records[0]
    source = replace(first.source, file=", ".join(files) if files else None,
                     warnings=tuple(w for r in records for w in r.source.warnings))  # fmt: skip
    return replace(first, person=person, cases=tuple(cases), source=source), conflicts + case_conflicts
