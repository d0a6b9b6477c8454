"""Finds the headings with explicit ids (`## 标题 {#id}`) on every Markdown page under docs/."""

from __future__ import annotations

import re
from pathlib import Path

from kb.quiz.model import DocsIndex, Section

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{([^}]*)\})?\s*#*\s*$")
ATTR_ID = re.compile(r"(?:^|\s)#([A-Za-z0-9_-]+)")
FENCE = re.compile(r"^\s*(```|~~~)")
INLINE_MARKUP = re.compile(r"[*_`]+")


def plain_heading_text(text: str) -> str:
    """Heading text without Markdown emphasis or code marks."""
    return INLINE_MARKUP.sub("", text).strip()


def page_sections(markdown: str, page: str) -> tuple[str, dict[str, Section]]:
    """The page's title (its first `#` heading) and its sections that have explicit ids."""
    title = ""
    sections: dict[str, Section] = {}
    in_fence = False
    for number, line in enumerate(markdown.splitlines(), start=1):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        match = HEADING.match(line)
        if not match:
            continue
        level, text, attrs = len(match.group(1)), plain_heading_text(match.group(2)), match.group(3)
        if level == 1 and not title:
            title = text
        anchor = ATTR_ID.search(attrs or "")
        if anchor:
            sections[anchor.group(1)] = Section(page, anchor.group(1), text, level, number)
    return title, sections


def scan_docs(docs_dir: Path) -> DocsIndex:
    """Index every Markdown page under ``docs_dir`` by its path relative to it."""
    index = DocsIndex()
    for path in sorted(docs_dir.rglob("*.md")):
        page = path.relative_to(docs_dir).as_posix()
        title, sections = page_sections(path.read_text(encoding="utf-8"), page)
        index.pages[page] = sections
        index.page_titles[page] = title
    return index
