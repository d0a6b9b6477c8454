"""Which bundle files a page should ask for early (``modulepreload`` links in the page head).

Pages load ``assets/kb-dist/kb.js`` (mkdocs.yml), which fetches each part of the browser code
with ``import()`` once it sees the part's root element; a part's own imports are found only once
it has arrived. The head lists the files a page is sure to need, so they download together: the
entries named in ``extra_javascript`` and the chunks they import on every page, plus, on a quiz
page, the quiz engine and the chunks it imports (the browser would otherwise find them one level
at a time, after the page was parsed). kb/browser_bundle.py writes the manifest read here.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from kb.browser_bundle import DIST_DIR, THEME_DIR, EntryFiles, read_manifest

SITE_DIST = DIST_DIR.relative_to(THEME_DIR)
"""Where the bundle is served from, relative to the site root (``assets/kb-dist``)."""

QUIZ_PAGE_ENTRIES = ("quiz.js", "overview.js")
"""The parts a quiz page is sure to run (overrides/main.html preloads them on pages with a first item)."""


def _manifest(theme_dir: str | Path | None) -> dict[str, EntryFiles]:
    if theme_dir is None:
        return {}
    return read_manifest(Path(theme_dir) / SITE_DIST)


def _closure(files: EntryFiles) -> list[str]:
    return [str(SITE_DIST / name) for name in (files.file, *files.imports)]


def page_modules(theme_dir: str | Path | None, scripts: Iterable[str]) -> list[str]:
    """Site paths of the bundle entries among ``scripts`` (extra_javascript) and their static imports."""
    wanted = set(scripts)
    found: list[str] = []
    for files in _manifest(theme_dir).values():
        if str(SITE_DIST / files.file) in wanted:
            found += [path for path in _closure(files) if path not in found]
    return found


def quiz_page_modules(theme_dir: str | Path | None, scripts: Iterable[str]) -> list[str]:
    """What a quiz page needs beyond ``page_modules``: the quiz engine, the progress part, their chunks."""
    manifest = _manifest(theme_dir)
    found = page_modules(theme_dir, scripts)
    every_page = len(found)
    for entry in QUIZ_PAGE_ENTRIES:
        if entry in manifest:
            found += [path for path in _closure(manifest[entry]) if path not in found]
    return found[every_page:]
