"""Values in a form: dotted look-ups into the context and ``{placeholders}`` in text.

A form definition never contains code. It names the places to fill with
dotted paths (``person.name``, ``row.agency``) into the *context*, a plain
mapping of mappings, lists and strings that a context builder makes from a
record and its analysis. Missing values are blank, never an error: a blank
on the form is better than a crash, and the packet lists what was left blank.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any
from xml.sax.saxutils import escape

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][\w.]*)\}")
_MISSING = object()


def lookup(context: Mapping[str, Any], path: str, default: Any = None) -> Any:
    """``lookup(ctx, "person.name")``; list items by index (``rows.0.agency``)."""
    cur: Any = context
    for part in path.split("."):
        if isinstance(cur, Mapping):
            cur = cur.get(part, _MISSING)
        elif isinstance(cur, Sequence) and not isinstance(cur, str) and part.isdigit():
            i = int(part)
            cur = cur[i] if i < len(cur) else _MISSING
        else:
            cur = _MISSING
        if cur is _MISSING:
            return default
    return cur


def as_text(value: Any) -> str:
    """How a context value prints: lists one per line, booleans and None blank."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, Sequence):
        return "\n".join(as_text(v) for v in value if as_text(v))
    return str(value)


def truthy(context: Mapping[str, Any], path: str) -> bool:
    """A condition: ``"seal.any"`` or ``"!seal.any"``."""
    negate = path.startswith("!")
    value = lookup(context, path.lstrip("!"))
    result = bool(value) and value != "0"
    return not result if negate else result


def fill(text: str, context: Mapping[str, Any], *, markup: bool = True) -> str:
    """Replace ``{path}`` with the context value (escaped for ReportLab markup when ``markup``)."""

    def sub(m: re.Match[str]) -> str:
        value = as_text(lookup(context, m.group(1)))
        if markup:
            return escape(value).replace("\n", "<br/>")
        return value

    return _PLACEHOLDER.sub(sub, text)


def placeholders(text: str) -> list[str]:
    return _PLACEHOLDER.findall(text)
