"""What every reader returns: the record plus a report of what it did with each line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reliefdesk.model import Record
from reliefdesk.model.errors import UserError


class ReadError(UserError):
    """A file the program cannot read. ``str()`` is one line for the user:
    what is wrong and what to do."""


@dataclass(frozen=True)
class SourceLine:
    number: int  # 1-based line number in the extracted text
    text: str
    page: int | None = None  # 1-based page, when the source has pages
    #: what the reader took the line for: "person", "cycle", "case", "charge",
    #: "disposition", "sentence", "title", "header", "layout" (page headers, rules)
    role: str | None = None


@dataclass(frozen=True)
class Unsure:
    """A value the reader placed but is not sure of."""

    where: str  # e.g. "cases[1].charges[0].disposition"
    value: str
    why: str
    line: int | None = None


@dataclass
class ImportReport:
    """Nothing is dropped silently: every source line is either used or unplaced."""

    format: str
    used: list[SourceLine] = field(default_factory=list)
    unplaced: list[SourceLine] = field(default_factory=list)
    unsure: list[Unsure] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: the document kinds found, in order (Illinois: "isp", "cpd", "cook")
    kinds: list[str] = field(default_factory=list)

    def warnings(self) -> list[str]:
        """One line per thing the volunteer should look at (goes in record.source.warnings)."""
        out = [
            f"line {ln.number}{_page(ln)}: not read: {ln.text.strip()}"
            for ln in self.unplaced
            if ln.text.strip()
        ]
        out += [
            f"{u.where}: unsure of {u.value!r}: {u.why}"
            + (f" (line {u.line})" if u.line else "")
            for u in self.unsure
        ]
        out += [f"conflict: {c}" for c in self.conflicts]
        out += self.notes
        return out


def _page(ln: SourceLine) -> str:
    return f" (page {ln.page})" if ln.page else ""


@dataclass(frozen=True)
class ReadResult:
    record: Record
    report: ImportReport
    text: str = ""  # the extracted source text the report's line numbers refer to


@dataclass(frozen=True)
class TextPage:
    """Extracted text of one page (a text file is one page)."""

    number: int
    text: str


#: A text reader: (pages, file name) -> result. Raises ReadError.
TextReader = Callable[[list[TextPage], str | None], ReadResult]
#: A detector: full text -> confidence 0..1 that the reader fits.
Detector = Callable[[str], float]


@dataclass(frozen=True)
class TextFormat:
    name: str  # the --format value, e.g. "il-text"
    description: str
    detect: Detector
    read: TextReader


def numbered_lines(pages: list[TextPage]) -> list[SourceLine]:
    """Number every line of the document continuously, remembering its page."""
    out: list[SourceLine] = []
    n = 0
    for page in pages:
        for line in page.text.splitlines():
            n += 1
            out.append(SourceLine(number=n, text=line, page=page.number if len(pages) > 1 else None))
    return out
