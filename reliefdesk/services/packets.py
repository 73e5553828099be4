"""Build a petition packet: the court documents for each county, one combined PDF per county
to print, and the client letter. The use case behind ``reliefdesk petition`` and the GUI's
Packet pane.

Only cases the analysis marks ``eligible_now`` go on a form, chosen by the case-level relief
(``Analysis.cases``); the letter tells the person what is later, what needs review and what
cannot be done. Places the program cannot fill (signature, court date, race...) are left
blank and listed in :attr:`PacketResult.blanks`.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from reliefdesk.documents import california, illinois
from reliefdesk.documents.letter import letter_context, letter_form
from reliefdesk.documents.render import render_form
from reliefdesk.documents.suite import Document, combine, render_suite
from reliefdesk.model import Analysis, Record, UserError
from reliefdesk.services.analysis import analyze_record, load_answers, read_record


@dataclass(frozen=True)
class PacketSettings:
    clinic_name: str = ""
    clinic_address: str = ""
    volunteer_name: str = ""
    petitioner_address: str = ""
    petitioner_phone: str = ""
    petitioner_email: str = ""
    court_date: str = ""
    language: str = "en"


@dataclass
class PacketResult:
    documents: list[Path] = field(default_factory=list)  # one PDF per document, in print order
    combined: list[Path] = field(default_factory=list)  # one combined PDF per county (what to print)
    letter: Path | None = None
    blanks: list[str] = field(default_factory=list)  # places left blank for the person / clerk / court
    notes: list[str] = field(default_factory=list)  # things a volunteer should check before filing
    counties: list[str] = field(default_factory=list)
    pages: dict[Path, int] = field(default_factory=dict)

    def report_lines(self) -> list[str]:
        lines = []
        if not self.documents:
            lines.append("No case is eligible to file now: no court forms were written.")
        for p in self.documents:
            lines.append(f"wrote {p} ({self.pages.get(p, 0)} page(s))")
        for p in self.combined:
            lines.append(f"wrote {p} (combined: print this)")
        if self.letter is not None:
            lines.append(f"wrote {self.letter} (letter for the client)")
        if self.blanks:
            lines.append("left blank (to fill in by hand): " + "; ".join(self.blanks))
        for n in self.notes:
            lines.append(f"check: {n}")
        return lines


class PacketError(UserError):
    """A packet that cannot be built (the message says why and what to do)."""


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "packet"


def _settings_map(settings: PacketSettings) -> dict[str, str]:
    return {k: v for k, v in asdict(settings).items() if isinstance(v, str)}


def build_packet(
    record: Record,
    analysis: Analysis,
    out_dir: Path,
    settings: PacketSettings | None = None,
    county: str | None = None,
) -> PacketResult:
    """Write the packet for ``record`` into ``out_dir``; see the module docstring."""
    settings = settings or PacketSettings()
    if record.jurisdiction.value not in ("IL", "CA"):
        raise PacketError(
            f"petition packets for {record.jurisdiction.value} records are not available yet (Illinois, California)"
        )
    documents = california if record.jurisdiction.value == "CA" else illinois
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PacketError(f"cannot create the folder {out_dir}: {exc.strerror or exc}") from None
    smap = _settings_map(settings)
    plans = documents.plan_packets(record, analysis, smap, county=county)
    if county is not None and not plans:
        known = sorted({documents.county_key(c.county) for c in record.cases})
        if documents.county_key(county) not in known:
            raise PacketError(f"no case of this record is in {county!r} county (the record has: {', '.join(known)})")
    result = PacketResult()
    letter_packets = []
    for plan in plans:
        slug = _slug(plan.county)
        docs: list[Document] = render_suite(
            plan.documents, out_dir, lambda i, f, slug=slug: f"{slug}-{i:02d}-{_slug(f.id)}.pdf"
        )
        combined = out_dir / f"{slug}-packet.pdf"
        combine(docs, combined)
        result.counties.append(plan.county)
        result.combined.append(combined)
        for d in docs:
            assert d.path is not None
            result.documents.append(d.path)
            result.pages[d.path] = d.pages
            result.notes.extend(d.notes)
            for b in d.blanks:
                if b.label not in result.blanks:
                    result.blanks.append(b.label)
        result.notes.extend(n for n in plan.notes if n not in result.notes)
        letter_packets.append({"county": plan.county,
                               "documents": [{"form_id": d.form.id, "title": d.form.title, "pages": d.pages}
                                             for d in docs]})
        if any(d.form.effective and d.form.effective > analysis.filing_date for d in docs):
            result.notes.append(f"{plan.county}: the forms are the {docs[0].form.version} version, newer than the "
                                f"filing date {analysis.filing_date.isoformat()}; ask the clerk which version to use.")
    form = california.letter_form(settings.language) if documents is california else letter_form(settings.language)
    if form.get("language") != settings.language:
        result.notes.append(f"no letter in language {settings.language!r}: the letter is in {form.get('language')}")
    ctx = letter_context(record, analysis, letter_packets, result.blanks, smap, form)
    letter = out_dir / f"letter-{form.get('language', 'en')}.pdf"
    render_form(form, ctx, letter)
    result.letter = letter
    return result


def petition_from_file(
    file: str | Path,
    out_dir: str | Path,
    *,
    as_of: date,
    filing_date: date | None = None,
    answers_path: str | Path | None = None,
    county: str | None = None,
    fmt: str = "auto",
    settings: PacketSettings | None = None,
) -> PacketResult:
    """Read a rap sheet or record JSON, analyze it, and write its packet (``reliefdesk petition``)."""
    answers = load_answers(answers_path)
    record = read_record(file, fmt).record
    analysis = analyze_record(record, as_of, filing_date or as_of, answers)
    return build_packet(record, analysis, Path(out_dir), settings, county=county)
