"""The one adapter for PDF text (pdfplumber, layout-preserving).

Scanned PDFs (pages with no text layer) go to OCR page by page when Tesseract
is installed; otherwise the user is told what to install.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reliefdesk.readers.base import ReadError, TextPage

MAX_PAGES = 200
#: A page with fewer characters than this is treated as a scan.
MIN_TEXT_CHARS = 20


def _density(page: Any) -> dict[str, float]:
    """Layout grid from the page's own type size, so column gaps survive: pdfplumber's
    default grid (7.25 pt per character) swallows the double spaces of a small font."""
    widths = sorted(float(c["width"]) for c in page.chars[:4000] if c.get("text", " ").strip())
    heights = sorted(float(c["height"]) for c in page.chars[:4000] if c.get("text", " ").strip())
    if not widths:
        return {}
    width = widths[len(widths) // 2]
    height = heights[len(heights) // 2]
    if width <= 0.5 or height <= 0.5:
        return {}
    return {"x_density": width, "y_density": height}


def pdf_pages(path: Path, max_pages: int = MAX_PAGES) -> list[TextPage]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        pdf = pdfplumber.open(str(path))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise ReadError(
            f"{path.name} is a password-protected PDF: open it, print it to a new PDF without a password, and import that"
        ) from None
    except PDFSyntaxError:
        raise ReadError(f"{path.name} is not a readable PDF (it may be damaged): ask for a new copy") from None
    except Exception as exc:  # pdfminer raises many kinds for broken files
        chain = [exc, exc.__cause__, exc.__context__, *(a for a in exc.args if isinstance(a, BaseException))]
        text = " ".join(f"{type(e).__name__} {e}" for e in chain if e is not None).lower()
        if "password" in text or "encrypt" in text:
            raise ReadError(
                f"{path.name} is a password-protected PDF: print it to a new PDF without a password, and import that"
            ) from None
        raise ReadError(f"{path.name} could not be read as a PDF ({type(exc).__name__}): ask for a new copy") from None
    with pdf:
        count = len(pdf.pages)
        if count > max_pages:
            raise ReadError(
                f"{path.name} has {count} pages; reliefdesk reads at most {max_pages} pages of one rap sheet: "
                "split the file, or use `reliefdesk batch` for bulk files"
            )
        pages: list[TextPage] = []
        scanned: list[int] = []
        for i, page in enumerate(pdf.pages, start=1):
            try:
                text = page.extract_text(layout=True, **_density(page)) or ""
            except Exception:
                text = ""
            text = "\n".join(line.rstrip() for line in text.splitlines())
            text = text.strip("\n")
            if len(text.strip()) < MIN_TEXT_CHARS:
                scanned.append(i)
            pages.append(TextPage(i, text))
    if scanned:
        from reliefdesk.readers import ocr

        ocr_text = ocr.pdf_pages_ocr(path, scanned)
        pages = [TextPage(p.number, ocr_text.get(p.number, p.text)) for p in pages]
    return pages
