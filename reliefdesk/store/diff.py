"""What changed between two record JSON objects, field by field.

Paths name a field the way a volunteer reads it: ``person.name``,
``cases[0].charges[1].disposition``. Cases are matched by case number and
charges by statute and description, so deleting a case records one
deletion, not an edit of every case after it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any


@dataclass(frozen=True)
class Change:
    action: str  # "edit", "add_case", "delete_case", "add_charge", "delete_charge"
    path: str
    before: str | None
    after: str | None


def text(value: Any) -> str | None:
    """A value as JSON-ish text: strings as they are, None as None, the rest as JSON."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    """Every leaf of a JSON value by its path (empty lists and objects are leaves)."""
    out: dict[str, Any] = {}
    if isinstance(value, Mapping) and value:
        for k, v in value.items():
            out.update(flatten(v, f"{prefix}.{k}" if prefix else str(k)))
    elif isinstance(value, list) and value:
        for i, v in enumerate(value):
            out.update(flatten(v, f"{prefix}[{i}]"))
    else:
        out[prefix] = value
    return out


def field_changes(old: Any, new: Any, prefix: str = "") -> list[Change]:
    a, b = flatten(old, prefix), flatten(new, prefix)
    changes = []
    for path in [*a, *(p for p in b if p not in a)]:
        before, after = text(a.get(path)), text(b.get(path))
        if before != after:
            changes.append(Change("edit", path, before, after))
    return changes


def _matched(
    old: Sequence[Mapping[str, Any]],
    new: Sequence[Mapping[str, Any]],
    key: Any,
) -> list[tuple[int | None, int | None]]:
    """Pairs (old index, new index); None on one side for an addition or deletion."""
    matcher = SequenceMatcher(a=[key(x) for x in old], b=[key(x) for x in new], autojunk=False)
    pairs: list[tuple[int | None, int | None]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            pairs.extend(zip(range(i1, i2), range(j1, j2), strict=True))
        else:
            pairs.extend((i, None) for i in range(i1, i2))
            pairs.extend((None, j) for j in range(j1, j2))
    return pairs


def _case_key(case: Mapping[str, Any]) -> str:
    return str(case.get("case_number") or "")


def _charge_key(charge: Mapping[str, Any]) -> str:
    return f"{charge.get('statute')}|{charge.get('description')}"


def _list(d: Mapping[str, Any], key: str) -> list[Any]:
    value = d.get(key)
    return value if isinstance(value, list) else []


def record_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new`` (record JSON objects)."""
    rest_old = {k: v for k, v in old.items() if k != "cases"}
    rest_new = {k: v for k, v in new.items() if k != "cases"}
    changes = field_changes(rest_old, rest_new)
    old_cases, new_cases = _list(old, "cases"), _list(new, "cases")
    for i, j in _matched(old_cases, new_cases, _case_key):
        if j is None:
            assert i is not None
            changes.append(Change("delete_case", f"cases[{i}]", text(old_cases[i]), None))
            continue
        if i is None:
            changes.append(Change("add_case", f"cases[{j}]", None, text(new_cases[j])))
            continue
        oc, nc = old_cases[i], new_cases[j]
        prefix = f"cases[{j}]"
        changes += field_changes(
            {k: v for k, v in oc.items() if k != "charges"},
            {k: v for k, v in nc.items() if k != "charges"},
            prefix,
        )
        old_ch, new_ch = _list(oc, "charges"), _list(nc, "charges")
        charge_pairs = (
            list(zip(range(len(old_ch)), range(len(new_ch)), strict=True))
            if len(old_ch) == len(new_ch)
            else _matched(old_ch, new_ch, _charge_key)
        )
        for ci, cj in charge_pairs:
            if cj is None:
                assert ci is not None
                changes.append(Change("delete_charge", f"{prefix}.charges[{ci}]", text(old_ch[ci]), None))
            elif ci is None:
                changes.append(Change("add_charge", f"{prefix}.charges[{cj}]", None, text(new_ch[cj])))
            else:
                changes += field_changes(old_ch[ci], new_ch[cj], f"{prefix}.charges[{cj}]")
    return changes
