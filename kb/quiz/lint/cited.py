"""The text of a cited section as the lint needs it: its headings and its bold phrases."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kb.content.sections import HEADING, plain_heading_text

_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")


@dataclass(frozen=True)
class CitedSection:
    """What a learner who skimmed the cited section would remember: headings and bold text."""

    headings: tuple[str, ...]
    """The section's heading and the headings of its subsections, without Markdown marks."""
    bold: tuple[str, ...]
    """Every bold phrase of the section."""


def docs_dir_beside(bank: Path) -> Path:
    """Where a bank's cited pages live when nobody says: ``docs/`` beside the banks' folder."""
    return bank.resolve().parent.parent / "docs"


@cache
def _page_lines(page: Path) -> tuple[str, ...]:
    return tuple(page.read_text(encoding="utf-8").splitlines()) if page.is_file() else ()


def _section_lines(lines: tuple[str, ...], anchor: str) -> list[tuple[int, str]]:
    """The cited heading and every line up to the next heading of the same or a higher level."""
    start = next(
        (n for n, line in enumerate(lines) if HEADING.match(line) and f"#{anchor}" in line.split("{")[-1]), None
    )
    if start is None:
        return []
    level = len(HEADING.match(lines[start]).group(1))  # type: ignore[union-attr]
    found = [(level, lines[start])]
    for line in lines[start + 1 :]:
        heading = HEADING.match(line)
        if heading and len(heading.group(1)) <= level:
            break
        found.append((len(heading.group(1)) if heading else 0, line))
    return found


def cited_section(docs_dir: Path, cite: str) -> CitedSection | None:
    """The section ``cite`` (``topics/page.md#id``) names, or None when it cannot be read."""
    page, _, anchor = cite.partition("#")
    lines = _section_lines(_page_lines(docs_dir / page), anchor)
    if not lines:
        return None
    headings = [plain_heading_text(HEADING.match(line).group(2)) for level, line in lines if level]  # type: ignore[union-attr]
    bold = [next(part for part in match.groups() if part) for _, line in lines for match in _BOLD.finditer(line)]
    return CitedSection(tuple(headings), tuple(bold))


def forget_cited_pages() -> None:
    """Drop the pages read during a lint run."""
    _page_lines.cache_clear()
