"""Text clean-up before any reading: one table of known OCR and export confusions.

Stage one of the reader (clean-up -> line classifier -> builder -> model). It
never joins or drops lines, so line numbers in the report stay those of the
extracted text. Fixes are conservative: a digit is only turned into a letter
inside a word that is otherwise letters (``DISPOSITI0N``, ``SlD``), and letters
are only turned into digits by the value readers that expect a number or a
date (see :mod:`reliefdesk.readers.dates`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Characters that scanners and word processors substitute for plain ones.
CHAR_CONFUSIONS: dict[str, str] = {
    "\u00a0": " ",  # no-break space
    "\u2007": " ",
    "\u202f": " ",
    "\t": "    ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-",  # minus sign
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u00a6": "|",
    "\u2502": "|",
    "\u00bd": " 1/2",
    "\u2026": "...",
    "\ufeff": "",
    "\u200b": "",
    "\x0c": "",  # form feed: page breaks are known from the page list
}  # fmt: skip

#: Inside a word of letters, what a look-alike digit or symbol stands for
#: (upper-case word, lower-case word).
IN_WORD_CONFUSIONS: dict[str, tuple[str, str]] = {
    "0": ("O", "o"),
    "1": ("I", "l"),
    "|": ("I", "l"),
    "!": ("I", "l"),
    "5": ("S", "s"),
    "8": ("B", "B"),
    "$": ("S", "s"),
    "6": ("G", "G"),
}
#: Lower-case letters OCR puts into upper-case words.
LOWER_IN_UPPER: dict[str, str] = {"l": "I", "o": "O", "c": "C", "s": "S", "v": "V", "w": "W", "x": "X", "z": "Z"}

_WORD = re.compile(r"[A-Za-z0-9|!$]+")
_ORDINAL = re.compile(r"^\d+(ST|ND|RD|TH)$", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def clean_chars(text: str) -> str:
    text = unicodedata.normalize("NFKC", text) if not text.isascii() else text
    for bad, good in CHAR_CONFUSIONS.items():
        if bad in text:
            text = text.replace(bad, good)
    return _CONTROL.sub(" ", text)


def _fix_word(m: re.Match[str]) -> str:
    return fix_word(m.group(0))


@lru_cache(maxsize=16384)
def fix_word(word: str) -> str:
    """One word with look-alike characters fixed (words repeat: cached)."""
    if len(word) < 3 or _ORDINAL.match(word):
        return word
    letters = sum(c.isalpha() for c in word)
    odd = [c for c in word if c in IN_WORD_CONFUSIONS]
    upper = sum(c.isupper() for c in word)
    out = word
    if odd and letters >= 2 and letters / len(word) >= 0.6 and not word[0].isdigit() or (
        odd and letters >= 3 and len(odd) == 1 and word[0] in "0158|!$" and word[1:].isalpha()
    ):
        is_upper = upper >= letters - upper
        # A digit run at the end (``MC1``, ``L6123456``) is a number, not a misread letter.
        if re.search(r"\d{2,}$", word) or re.fullmatch(r"[A-Za-z]{1,2}\d", word):
            return word
        out = "".join(IN_WORD_CONFUSIONS[c][0 if is_upper else 1] if c in IN_WORD_CONFUSIONS else c for c in word)
    if letters >= 3 and upper >= 2 and upper >= letters - 1 and any(c in LOWER_IN_UPPER for c in out):
        out = "".join(LOWER_IN_UPPER.get(c, c) for c in out)
    return out


def clean_line(line: str) -> str:
    """One line with look-alike characters fixed; same line, never joined or split."""
    line = clean_chars(line).rstrip()
    if not line:
        return line
    return _WORD.sub(_fix_word, line)


_ONE = re.compile(r"(?<=\d)[lI|!]|[lI|!](?=\d)|(?<=-)[lI|!](?=-)")
_ZERO = re.compile(r"(?<=\d)[oO]|[oO](?=\d)|(?<=-)[oO](?=-)")


def digitize(token: str) -> str:
    """``l1-l-2345O7`` -> ``11-1-234507``: look-alikes touching a digit, in a number."""
    for _ in range(3):
        fixed = _ZERO.sub("0", _ONE.sub("1", token))
        if fixed == token:
            break
        token = fixed
    return token


_STATE_ID = re.compile(r"^[1Il|!]{0,2}[Il|1!]L(?=\d{7,8}$)|^[1Il|!]L(?=\d{7,8}$)")


def state_id(token: str) -> str:
    """``1IL14253678`` / ``lL14253678`` -> ``IL14253678``: an Illinois SID as OCR misreads it."""
    token = digitize(token)
    return _STATE_ID.sub("IL", token)


def case_number(token: str) -> str:
    """A court case number with OCR look-alikes fixed (``2015CROQ123401`` -> ``2015CR0123401``)."""
    token = re.sub(r"(?<=[A-Z])[OQ]{1,2}(?=\d)", "0", token.upper())
    return digitize(token)


def collapse(text: str) -> str:
    """Single spaces, no ends: the form values are kept in."""
    return " ".join(text.split())
