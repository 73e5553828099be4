"""ReportLab documents: form definitions from forms/ -> PDF; official-PDF filling.

Entry points (see docs/documents.md and forms/README.md):

- ``load_form(id_or_path, on=date)`` -> ``FormDef`` (``documents.forms``)
- ``render_form(form, context, out)`` -> ``(RenderResult, bytes)`` (``documents.render``)
- ``render_document`` / ``render_suite`` / ``combine`` (``documents.suite``): official PDF when
  installed, continuation forms, the combined PDF
- ``fill_official(form, context, pdf)`` (``documents.official``)
- context builders: ``documents.illinois.plan_packets``, ``documents.letter.letter_context``

Names are imported lazily so that ``import reliefdesk.documents.fonts`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "load_form": "reliefdesk.documents.forms",
    "FormDef": "reliefdesk.documents.forms",
    "FormError": "reliefdesk.documents.forms",
    "render_form": "reliefdesk.documents.render",
    "collect_values": "reliefdesk.documents.render",
    "RenderResult": "reliefdesk.documents.render",
    "render_document": "reliefdesk.documents.suite",
    "render_suite": "reliefdesk.documents.suite",
    "combine": "reliefdesk.documents.suite",
    "fill_official": "reliefdesk.documents.official",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'reliefdesk.documents' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
