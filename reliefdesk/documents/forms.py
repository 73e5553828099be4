"""Form definitions: one TOML file per form and version under ``forms/`` (see forms/README.md).

A definition is data: caption, numbered items, checkboxes, tables with their
columns, signature blocks, footers, and for every place to fill the context
path that fills it. Changing wording or adding a version is a new or edited
TOML file; this module only finds, reads and checks them.
"""

from __future__ import annotations

import threading
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reliefdesk import paths
from reliefdesk.model.errors import UserError

FORM_SCHEMA = "reliefdesk.form/1"

#: Block types the renderer knows, and the keys each one requires.
BLOCK_TYPES: dict[str, tuple[str, ...]] = {
    "caption": (),
    "heading": ("text",),
    "text": ("text",),
    "fields": ("items",),
    "checkbox": ("text",),
    "table": ("columns",),
    "signature": (),
    "lines": (),
    "box": ("blocks",),
    "repeat": ("each", "blocks"),
    "spacer": (),
    "page_break": (),
}

#: Who a place on a form belongs to. Places owned by the clerk or the court are
#: never filled, whatever the context says.
OWNERS = ("program", "person", "clerk", "court")
NEVER_FILLED = frozenset({"clerk", "court"})


class FormError(UserError):
    """A form definition that cannot be used (names the file and the problem)."""


@dataclass(frozen=True)
class FormDef:
    id: str
    version: str
    title: str
    path: Path | None
    data: Mapping[str, Any]
    effective: date | None = None
    blocks: tuple[Mapping[str, Any], ...] = field(default=())

    @property
    def key(self) -> str:
        return f"{self.id}@{self.version}"

    @property
    def official_pdf(self) -> str | None:
        value = self.data.get("official_pdf")
        return str(value) if value else None

    @property
    def maps(self) -> Mapping[str, Mapping[str, str]]:
        maps: Mapping[str, Mapping[str, str]] = self.data.get("maps", {})
        return maps

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def iter_blocks(self) -> Iterator[Mapping[str, Any]]:
        """Every block, nested ones included, in document order."""
        yield from _walk(self.blocks)


def _walk(blocks: tuple[Mapping[str, Any], ...] | list[Any]) -> Iterator[Mapping[str, Any]]:
    for b in blocks:
        yield b
        if b.get("type") in ("box", "repeat"):
            yield from _walk(b.get("blocks", []))


def parse_form(data: Mapping[str, Any], path: Path | None = None) -> FormDef:
    where = str(path) if path else "form"
    if data.get("schema") != FORM_SCHEMA:
        raise FormError(f"{where}: schema should be {FORM_SCHEMA!r}")
    for key in ("id", "version", "title"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise FormError(f"{where}: {key!r} is missing (text)")
    blocks = data.get("block", [])
    if not isinstance(blocks, list) or not blocks:
        raise FormError(f"{where}: no [[block]] entries")
    _check_blocks(blocks, where, "block")
    eff = data.get("effective")
    if isinstance(eff, str):
        try:
            eff = date.fromisoformat(eff)
        except ValueError:
            raise FormError(f"{where}: effective {eff!r} is not a YYYY-MM-DD date") from None
    if eff is not None and not isinstance(eff, date):
        raise FormError(f"{where}: effective should be a date")
    return FormDef(
        id=data["id"], version=data["version"], title=data["title"], path=path, data=data,
        effective=eff, blocks=tuple(blocks),
    )


def _check_blocks(blocks: list[Any], where: str, prefix: str) -> None:
    for i, b in enumerate(blocks):
        here = f"{where}: {prefix}[{i}]"
        if not isinstance(b, dict):
            raise FormError(f"{here} should be a table")
        kind = b.get("type")
        if kind not in BLOCK_TYPES:
            raise FormError(f"{here}: unknown type {kind!r} (one of: {', '.join(BLOCK_TYPES)})")
        for key in BLOCK_TYPES[kind]:
            if key not in b:
                raise FormError(f"{here} ({kind}) needs {key!r}")
        owner = b.get("owner", "program")
        if owner not in OWNERS:
            raise FormError(f"{here}: owner {owner!r} is not one of {', '.join(OWNERS)}")
        for item in b.get("items", []) or []:
            if item.get("owner", owner) not in OWNERS:
                raise FormError(f"{here}: an item's owner {item.get('owner')!r} is not one of {', '.join(OWNERS)}")
        if kind in ("box", "repeat"):
            _check_blocks(b["blocks"], where, f"{prefix}[{i}].blocks")


# --------------------------------------------------------------------------
# Finding forms


_cache: dict[tuple[str, int], FormDef] = {}
_lock = threading.Lock()


def read_form_file(path: Path) -> FormDef:
    """Read and check one definition (cached by path and modification time)."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise FormError(f"form definition {path} does not exist") from None
    key = (str(path), stat.st_mtime_ns)
    with _lock:
        hit = _cache.get(key)
    if hit is not None:
        return hit
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise FormError(f"form definition {path} is not valid TOML: {exc}") from None
    form = parse_form(data, path)
    with _lock:
        _cache[key] = form
    return form


def form_files(folder: Path | None = None) -> list[Path]:
    root = folder or paths.forms_dir()
    return sorted(p for p in root.rglob("*.toml") if p.is_file())


def available_forms(folder: Path | None = None) -> list[FormDef]:
    return [read_form_file(p) for p in form_files(folder)]


def load_form(form: str | Path | FormDef, on: date | None = None, folder: Path | None = None) -> FormDef:
    """A form by id (the version in force on ``on``, else the newest), by file path, or as given.

    ``"IL-EXP-SEAL-REQUEST"`` picks a version; ``"IL-EXP-SEAL-REQUEST@06/2026"`` names one.
    """
    if isinstance(form, FormDef):
        return form
    if isinstance(form, Path) or str(form).endswith(".toml"):
        return read_form_file(Path(form))
    form_id, _, version = str(form).partition("@")
    candidates = [f for f in available_forms(folder) if f.id == form_id]
    if version:
        candidates = [f for f in candidates if f.version == version]
    if not candidates:
        raise FormError(f"no form definition {form!r} in {folder or paths.forms_dir()}")
    if on is not None:
        in_force = [f for f in candidates if f.effective is None or f.effective <= on]
        if in_force:
            candidates = in_force
    candidates.sort(key=lambda f: (f.effective or date.min, f.version))
    return candidates[-1]
