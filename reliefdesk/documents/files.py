"""Writing a finished document to its file, whole or not at all.

A document is made in memory, then written to a temporary file beside its
place and renamed over it (``os.replace``, atomic on one file system): a
crash of the program, a full disk or a Ctrl+C during the write leaves the
earlier copy of the file, never half a PDF that looks like a document.
"""

from __future__ import annotations

import os
from pathlib import Path


def write_whole(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; returns the path."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:  # no fsync: a thousand packets would wait on the disk each time
            f.write(data)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
