"""Work remembered between rebuilds of one `mkdocs serve`, in memory only.

MkDocs re-imports the hooks on every rebuild, but `kb` stays imported, so this module's memory
lasts the session. A bank is re-checked, re-linted and re-rendered only when its bytes (or the
docs pages it cites) changed: editing one bank re-does that bank's work, not every bank's.
A one-off `mkdocs build` keeps nothing: nothing is ever read back from disk, so only the
sources can become the site (an on-disk cache of checked and rendered banks once could be
tampered with to publish script past the sanitiser, reliability review #2).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TypeVar

from kb.content.sections import DocsIndex
from kb.core.limits import MAX_FILE_BYTES

T = TypeVar("T")
MAX_ENTRIES = 2000
"""A bound on what is remembered (a serve session over 10,000 synthetic items still fits)."""

_memory: dict[Hashable, object] = {}
_enabled = False
"""Only `mkdocs serve` turns remembering on: a one-off build would just hold everything longer."""
_last_docs_key: tuple[DocsIndex, str] | None = None
"""The docs index last fingerprinted, and its fingerprint."""


def remember_between_rebuilds(enabled: bool = True) -> None:
    """Turn remembering on (the hook does, when MkDocs starts `serve`) or off again."""
    global _enabled
    _enabled = enabled
    if not enabled:
        _memory.clear()


def file_key(path: Path) -> str | None:
    """A fingerprint of a regular file's bytes, or None (then nothing is remembered).

    None for anything but a regular file within the size limit: the checker reports those
    without reading them, and so must this.
    """
    try:
        if not path.is_file() or path.is_symlink() or path.stat().st_size > MAX_FILE_BYTES:
            return None
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def docs_key(docs: DocsIndex) -> str:
    """A fingerprint of every docs page's sections and title: what citations and links resolve to.

    Worked out once per docs index (a build scans the docs once and asks for every bank).
    """
    global _last_docs_key
    if _last_docs_key is not None and _last_docs_key[0] is docs:
        return _last_docs_key[1]
    key = hashlib.sha256(repr((sorted(docs.pages.items()), sorted(docs.page_titles.items()))).encode()).hexdigest()
    _last_docs_key = (docs, key)
    return key


def remembered(key: Callable[[], Hashable | None], compute: Callable[[], T]) -> T:
    """``compute()``, or what it returned for the same ``key()`` earlier in this serve session.

    The key is a function, called only when remembering is on: a one-off build neither reads
    files again nor hashes anything to make keys it would not use.
    """
    if not _enabled:
        return compute()
    fingerprint = key()
    if fingerprint is None:
        return compute()
    if fingerprint in _memory:
        return _memory[fingerprint]  # type: ignore[return-value]
    value = compute()
    if len(_memory) >= MAX_ENTRIES:
        _memory.clear()
    _memory[fingerprint] = value
    return value
