"""Which bundle files a page asks for in its head, so they arrive together and run before it is shown.

Every page loads ``assets/kb-dist/kb.js`` (mkdocs.yml), which fetches each part of the browser code
with ``import()`` once it sees the part's root element: that is how a page reached by instant
navigation gets its parts. On a page loaded from the address bar the head does better: it names
the parts the page holds as module scripts (they run before ``DOMContentLoaded``, as one module
graph, with no wait for kb.js) and preloads the chunks they import, so nothing is found one level
at a time. kb/browser_bundle.py writes the manifest read here; ``kb.js`` lists the same parts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from kb.browser_bundle import DIST_DIR, THEME_DIR, EntryFiles, read_manifest
from kb.quiz.markup import render_template

SITE_DIST = DIST_DIR.relative_to(THEME_DIR)
"""Where the bundle is served from, relative to the site root (``assets/kb-dist``)."""

PAGE_PARTS: dict[str, tuple[str, ...]] = {
    "overview.js": (
        "data-kb-progress",
        "data-kb-due",
        "data-kb-path-start",
        "data-kb-lesson",
        "data-kb-data-tools",
        "data-kb-reminder",
    ),
    "quiz.js": ("data-kb-quiz",),
    "sessions.js": ("data-kb-item-source",),
    "tools.js": ("data-kb-data-tools",),
    "scenario.js": ("data-kb-scenario", "data-kb-scenario-list", "data-kb-scenario-due", "data-kb-scenario-review"),
    "report-part.js": ("data-kb-report",),
}
"""Each part kb.js loads and the attributes of its root elements (the same list as ``PARTS`` in kb.js)."""


def _manifest(theme_dir: str | Path | None) -> dict[str, EntryFiles]:
    if theme_dir is None:
        return {}
    return read_manifest(Path(theme_dir) / SITE_DIST)


def _site_paths(names: Iterable[str]) -> list[str]:
    return [str(SITE_DIST / name) for name in names]


def page_modules(theme_dir: str | Path | None, scripts: Iterable[str]) -> list[str]:
    """Site paths of the bundle entries among ``scripts`` (extra_javascript) and their static imports."""
    wanted = set(scripts)
    found: list[str] = []
    for files in _manifest(theme_dir).values():
        if str(SITE_DIST / files.file) in wanted:
            found += [path for path in _site_paths((files.file, *files.imports)) if path not in found]
    return found


ENGINE_STYLES = ("quiz.css", "types.css")
"""The quiz engine's style sheets (progress boxes, items, buttons, notices): linked in the head of a
page that holds any part. A page without one, such as a topic page, does without them (issue 32:
it stays light). Material's instant navigation adds the tags of the new page's head that the
shown one lacks (and drops the others), so a quiz reached from a topic page gets them too."""

PART_STYLES: dict[str, tuple[str, ...]] = {
    "scenario.js": ("scenario.css",),
    "report-part.js": ("report.css",),
}
"""Style sheets of one part only, linked where that part is: the conversation view (情景演练, and
the scenario lists of the quiz index, 错题本 and 今日复习) and the trainers' report. Linked after
ENGINE_STYLES: instant navigation from a quiz page keeps its engine sheets and appends these, so
this is the order on every path to the page (the sheets must not depend on it anyway: they
outrank quiz.css by specificity where both style one element, as report.css's print rule does)."""


def parts_on_page(html: str) -> list[str]:
    """The parts whose root attribute occurs in a tag of ``html``."""
    return [part for part, roots in PAGE_PARTS.items() if any(_has_attribute(html, root) for root in roots)]


def _has_attribute(html: str, name: str) -> bool:
    # A page without the name at all (most pages, for most names) is ruled out by one substring
    # search, before the pattern walks every tag: 435 → 39 ms a build of 1,000 synthetic items.
    return name in html and re.search(rf"<[a-z][^<>]*\s{re.escape(name)}[\s=>]", html) is not None


def page_part_tags(theme_dir: str | Path | None, html: str, every_page: list[str], url_of) -> str:
    """The head's tags for the parts on the page ("" for none).

    Module scripts for the parts, preloads of their chunks and, when the page holds a part, the
    quiz engine's style sheets.
    """
    manifest = _manifest(theme_dir)
    names = parts_on_page(html)
    parts = [manifest[part] for part in names if part in manifest]
    scripts = _site_paths(part.file for part in parts)
    chunks: list[str] = []
    for part in parts:
        chunks += [p for p in _site_paths(part.imports) if p not in chunks and p not in every_page]
    if not scripts:
        return ""
    styles = _site_paths(page_styles(names))
    return render_template(
        "page-parts.html", styles=map(url_of, styles), scripts=map(url_of, scripts), chunks=map(url_of, chunks)
    )


def page_styles(parts: list[str]) -> list[str]:
    """The style sheets of ``parts`` (file names in DIST_DIR), in cascade order; none for no part."""
    if not any(part in PAGE_PARTS for part in parts):
        return []
    return [*ENGINE_STYLES, *(sheet for part in PAGE_PARTS if part in parts for sheet in PART_STYLES.get(part, ()))]


def with_head_tags(html: str, tags: str) -> str:
    """``html`` with ``tags`` placed at the end of its head (unchanged when there is nothing to add)."""
    if not tags or "</head>" not in html:
        return html
    return html.replace("</head>", tags + "</head>", 1)
