"""The text of a cited section as the lint needs it: its headings and its bold phrases."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kb.content.sections import ATTR_ID, HEADING, plain_heading_text

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


def _heading(line: str) -> tuple[int, str, tuple[str, ...]] | None:
    """A heading line's level, plain text and explicit ids; None for any other line."""
    match = HEADING.match(line)
    if match is None:
        return None
    return len(match.group(1)), plain_heading_text(match.group(2)), tuple(ATTR_ID.findall(match.group(3) or ""))


def _section_lines(lines: tuple[str, ...], anchor: str) -> list[str]:
    """The cited heading and every line up to the next heading of the same or a higher level."""
    headings = [_heading(line) for line in lines]
    cited = next(((n, heading) for n, heading in enumerate(headings) if heading and anchor in heading[2]), None)
    if cited is None:
        return []
    start, (level, _title, _ids) = cited
    end = next((n for n in range(start + 1, len(lines)) if (h := headings[n]) and h[0] <= level), len(lines))
    return list(lines[start:end])


def cited_section(docs_dir: Path, cite: str) -> CitedSection | None:
    """The section ``cite`` (``topics/page.md#id``) names, or None when it cannot be read."""
    page, _, anchor = cite.partition("#")
    lines = _section_lines(_page_lines(docs_dir / page), anchor)
    headings = [heading[1] for heading in map(_heading, lines) if heading]
    bold = [next(part for part in match.groups() if part) for line in lines for match in _BOLD.finditer(line)]
    return CitedSection(tuple(headings), tuple(bold)) if lines else None


def forget_cited_pages() -> None:
    """Drop the pages read during a lint run."""
    _page_lines.cache_clear()
