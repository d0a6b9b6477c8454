"""Work kept on disk between builds, in the project's ``.cache/kb`` (where Material keeps its own).

An entry is named by a fingerprint of what it was computed from (a bank's bytes, the docs pages
it cites) and of the code that computed it: this package's files, the hook, and the versions of
the libraries whose output it keeps. Any change to any of them is a miss, never a stale answer.
An entry that cannot be read is computed again; a folder that cannot be written costs only time.
The entries are Python pickles written by the build itself, in the project folder: whoever can
change them can already change the hook that MkDocs runs. An entry another user owns, or that
others may write (a cache folder pointed at a shared place), is not read.

``KB_BUILD_CACHE=off`` builds without it; ``KB_BUILD_CACHE=<folder>`` keeps it elsewhere.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import stat
import sys
import tempfile
from collections.abc import Hashable, Iterable
from functools import cache
from importlib import metadata
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.quiz_pages")

ENVIRONMENT_SETTING = "KB_BUILD_CACHE"
DEFAULT_FOLDER = Path(".cache") / "kb"
_SUFFIX = ".pickle"
_TEMPORARY_PREFIX = "kb-entry-"
_OUR_FILE = re.compile(rf"[0-9a-f]{{64}}\{_SUFFIX}|{_TEMPORARY_PREFIX}\w+\.tmp")
"""The names of the files the cache writes: pruning never touches any other file in its folder."""
_CODE_ROOTS = (Path(__file__).resolve().parents[1], Path(__file__).resolve().parents[2] / "hooks")
"""``kb/`` and ``hooks/``: the code whose output is kept."""
_LIBRARIES = ("jsonschema", "jieba", "nh3", "Jinja2", "MarkupSafe", "PyYAML", "Markdown", "mkdocs")
"""The libraries whose output is part of an entry (messages, segmentation, cleaned HTML…)."""
MISSING = object()
"""What ``lookup`` returns for a key that has no readable entry."""


@cache
def code_fingerprint(roots: tuple[Path, ...] = _CODE_ROOTS, libraries: tuple[str, ...] = _LIBRARIES) -> str:
    """One fingerprint of the code that computes the entries and of the libraries it uses."""
    digest = hashlib.sha256(sys.version.encode())
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode() + b"\0" + _bytes_of(path) + b"\0")
    for library in libraries:
        try:
            digest.update(f"{library}=={metadata.version(library)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{library} missing\0".encode())
    return digest.hexdigest()


def _bytes_of(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:  # gone or unreadable since it was listed: it still changes the fingerprint
        return b"\0unreadable"


def cache_folder(project: Path, setting: str | None) -> Path | None:
    """Where the cache of the project at ``project`` lives (None: switched off by the setting)."""
    if setting is not None and setting.strip().lower() in {"off", "0", "no", "false"}:
        return None
    if setting and setting.strip():
        return (project / setting.strip()).resolve()
    return project / DEFAULT_FOLDER


class BuildCache:
    """Entries in one folder; it remembers which ones this build used, so ``prune`` keeps only those."""

    def __init__(self, folder: Path, code: str) -> None:
        """Entries in ``folder`` for the code with fingerprint ``code``."""
        self.folder = folder
        self.code = code
        self.used: set[str] = set()

    def _name(self, key: Hashable) -> str:
        return hashlib.sha256(f"{self.code}\0{key!r}".encode()).hexdigest() + _SUFFIX

    def lookup(self, key: Hashable) -> object:
        """The value kept for ``key``, or ``MISSING``."""
        name = self._name(key)
        self.used.add(name)
        try:
            with (self.folder / name).open("rb") as file:
                if not _only_ours(os.fstat(file.fileno())):
                    log.debug("Build cache entry %s not read: another user owns it or may write it", name)
                    return MISSING
                return pickle.load(file)  # noqa: S301 -- our own file (checked above), written by a build
        except FileNotFoundError:
            return MISSING
        except Exception as problem:  # a torn or foreign file: compute again and write it anew
            log.debug("Build cache entry %s unreadable (%s); computing it again", name, problem)
            return MISSING

    def touch(self, key: Hashable) -> None:
        """Mark ``key``'s entry as used by this build without reading it."""
        self.used.add(self._name(key))

    def store(self, key: Hashable, value: object) -> None:
        """Keep ``value`` for ``key`` (written whole, then renamed: a reader never sees half)."""
        name = self._name(key)
        self.used.add(name)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=_TEMPORARY_PREFIX, suffix=".tmp")
            with os.fdopen(handle, "wb") as file:
                pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.folder / name)
        except (OSError, pickle.PicklingError, TypeError, AttributeError) as problem:
            log.debug("Build cache entry %s not written (%s)", name, problem)

    def prune(self) -> int:
        """Remove the entries this build did not use (and stray temporary files); their number."""
        removed = 0
        for path in _entries(self.folder):
            if path.name not in self.used:
                try:
                    path.unlink()
                    removed += 1
                except OSError:
                    pass
        return removed


def _only_ours(status: os.stat_result) -> bool:
    """Whether a file belongs to this user and no one else may change it (a pickle runs code when read)."""
    return status.st_uid == os.geteuid() and not status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _entries(folder: Path) -> Iterable[Path]:
    try:
        return [path for path in folder.iterdir() if _OUR_FILE.fullmatch(path.name)]
    except OSError:
        return []
