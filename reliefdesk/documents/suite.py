"""Render a list of documents (a suite) into a folder, continuation forms included.

A document is a form id and its context. When a form's table runs out of
rows (its ``capacity``), the rows left over go to the form named by
``continued_in``, which is printed right after it; that form's tables run
onto as many pages as they need. Each document goes through the official
PDF when one is installed (:mod:`reliefdesk.documents.official`), else it is
typeset (:mod:`reliefdesk.documents.render`).
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reliefdesk.documents.files import write_whole
from reliefdesk.documents.forms import FormDef, load_form
from reliefdesk.documents.official import OfficialPdfError, fill_official, find_official
from reliefdesk.documents.render import Blank, RenderResult, render_form


@dataclass
class Document:
    form: FormDef
    path: Path | None
    data: bytes
    pages: int
    blanks: list[Blank]
    official: bool = False
    notes: list[str] = field(default_factory=list)
    values: dict[str, str] = field(default_factory=dict)


def render_document(form: str | Path | FormDef, context: Mapping[str, Any], out: Path | None = None,
                    *, official: bool = True) -> tuple[Document, RenderResult]:
    """One document: the official PDF filled when installed (and able to hold every row), else typeset."""
    fdef = load_form(form, on=None) if not isinstance(form, FormDef) else form
    notes: list[str] = []
    pdf = find_official(fdef) if official else None
    if pdf is not None:
        try:
            res, data = fill_official(fdef, context, pdf)
        except OfficialPdfError as exc:
            notes.append(f"{fdef.id}: {exc}; typeset instead")
        else:
            lost = [t for t, rows in res.result.overflow.items() if rows and t not in res.result.continued_in]
            if not lost:
                doc = Document(fdef, out, data, _count_pages(data), res.result.blanks, True, notes,
                               res.result.values)
                if out is not None:
                    write_whole(out, data)
                return doc, res.result
            notes.append(f"{fdef.id}: the official PDF has too few rows for every case; typeset instead")
    result, data = render_form(fdef, context, out)
    return Document(fdef, out, data, result.pages, result.blanks, False, notes, result.values), result


def _count_pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def render_suite(documents: Sequence[tuple[str, Mapping[str, Any]]], out_dir: Path | None,
                 name_for: Any = None, *, official: bool = True) -> list[Document]:
    """Render every (form id, context) in order, each followed by its continuation form if rows spilled.

    ``name_for(index, form)`` gives the file name of each document (None: keep in memory only).
    """
    out: list[Document] = []
    for form_id, ctx in documents:
        fdef = load_form(form_id, on=_on(ctx))
        path = out_dir / name_for(len(out) + 1, fdef) if out_dir is not None and name_for else None
        doc, result = render_document(fdef, ctx, path, official=official)
        out.append(doc)
        by_form: dict[str, dict[str, list[Any]]] = {}
        for table, rows in result.overflow.items():
            target = result.continued_in.get(table)
            if target and rows:
                by_form.setdefault(target, {})[table] = rows
        for target, overflow in by_form.items():
            cont = load_form(target, on=_on(ctx))
            cctx = {**ctx, "overflow": {**dict(ctx.get("overflow", {})), **overflow}}
            cpath = out_dir / name_for(len(out) + 1, cont) if out_dir is not None and name_for else None
            cdoc, cres = render_document(cont, cctx, cpath, official=official)
            if any(cres.overflow.values()):
                # An official continuation form with too few rows: typeset it so no row is lost.
                result2, data = render_form(cont, cctx, cpath)
                cdoc = Document(cont, cpath, data, result2.pages, result2.blanks, False,
                                [f"{cont.id}: typeset so that every row fits"], result2.values)
            out.append(cdoc)
    return out


def _on(ctx: Mapping[str, Any]) -> Any:
    from datetime import date

    iso = (ctx.get("filing") or {}).get("iso") if isinstance(ctx.get("filing"), Mapping) else None
    return date.fromisoformat(iso) if iso else None


def combine(documents: Sequence[Document], out: Path | None = None) -> bytes:
    """One PDF of every document, in order (what to print)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for d in documents:
        for page in PdfReader(io.BytesIO(d.data)).pages:  # add_page: a quarter faster than append()
            writer.add_page(page)
    writer.add_metadata({"/Producer": "reliefdesk (pypdf)", "/Title": "Petition packet"})
    buf = io.BytesIO()
    writer.write(buf)
    data = buf.getvalue()
    if out is not None:
        write_whole(out, data)
    return data
