"""Finds the headings with explicit ids (`## 标题 {#id}`) on every Markdown page under docs/."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{([^}]*)\})?\s*#*\s*$")
ATTR_ID = re.compile(r"(?:^|\s)#([A-Za-z0-9_-]+)")
FENCE = re.compile(r"^\s*(```|~~~)")
INLINE_MARKUP = re.compile(r"[*_`]+")


@dataclass(frozen=True)
class Section:
    """A heading with an explicit id on a docs page: something an item can cite."""

    page: str
    """Path of the page inside docs/, e.g. ``topics/chatting.md``."""
    anchor: str
    """The heading's explicit id, e.g. ``venue``."""
    title: str
    """The heading text without Markdown marks."""
    level: int
    """1 for ``#``, 2 for ``##``, …"""
    line: int
    """Line of the heading in the page's Markdown."""


class SectionAddress(Protocol):
    """Anything that names a section by page and heading id (a quiz item's citation, say)."""

    @property
    def page(self) -> str:
        """Path of the page inside docs/."""

    @property
    def anchor(self) -> str:
        """Heading id on that page."""


@dataclass(frozen=True)
class Citation:
    """The topic section that teaches an item or a scenario choice: a docs page and one of its heading ids."""

    page: str
    """Path of the page inside docs/, e.g. ``topics/chatting.md``."""
    anchor: str
    """Explicit heading id on that page, e.g. ``venue``."""

    @classmethod
    def parse(cls, text: str) -> Citation:
        """The citation written as ``page.md#anchor``."""
        page, _, anchor = text.partition("#")
        return cls(page=page, anchor=anchor)

    def __str__(self) -> str:
        """The citation as a trainer writes it."""
        return f"{self.page}#{self.anchor}"


@dataclass
class DocsIndex:
    """Every page under docs/ with the sections it declares (explicit heading ids)."""

    pages: dict[str, dict[str, Section]] = field(default_factory=dict)
    """Page path → heading id → section."""
    page_titles: dict[str, str] = field(default_factory=dict)
    """Page path → the page's first ``#`` heading."""

    def has_page(self, page: str) -> bool:
        """Whether ``page`` (a path inside docs/) exists."""
        return page in self.pages

    def section(self, address: SectionAddress) -> Section | None:
        """The section ``address`` names, or None when the page or the id does not exist."""
        return self.pages.get(address.page, {}).get(address.anchor)


def plain_heading_text(text: str) -> str:
    """Heading text without Markdown emphasis or code marks."""
    return INLINE_MARKUP.sub("", text).strip()


def plain_label(text: str, limit: int = 40) -> str:
    """Trainer Markdown as a short plain label (Markdown marks dropped, cut at ``limit`` characters)."""
    plain = " ".join(re.sub(r"[*_`#>\[\]]|\]\([^)]*\)", "", text).split())
    return plain if len(plain) <= limit else plain[: limit - 1] + "…"


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
