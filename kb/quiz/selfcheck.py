"""Adds "本节自测（N 题）" links under the topic sections that have quiz items."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.core.paths import relative_href
from kb.quiz.coverage import SectionCoverage

HEADING_ID = re.compile(r"^##\s+.*\{[^}]*#([A-Za-z0-9_-]+)[^}]*\}\s*$")
CITE_END = re.compile(r"^\{:\s*\.kb-cite\s*\}\s*$")


@dataclass(frozen=True)
class SelfCheckLink:
    """Where a section's items are: the first one's place in its quiz page, and how many."""

    target: str
    count: int


def self_check_links(
    coverage: list[SectionCoverage], banks_by_item: dict[str, str]
) -> dict[str, dict[str, SelfCheckLink]]:
    """Per topic page and section id, the link to that section's first item."""
    links: dict[str, dict[str, SelfCheckLink]] = {}
    for entry in coverage:
        if not entry.items:
            continue
        first = entry.items[0]
        target = f"quizzes/{banks_by_item[first.id]}.md#item-{first.id}"
        links.setdefault(entry.section.page, {})[entry.section.anchor] = SelfCheckLink(target, len(entry.items))
    return links


def _link_html(link: SelfCheckLink, page: str) -> str:
    href = relative_href(link.target, page)
    return f'<p class="kb-selfcheck"><a href="{href}">本节自测（{link.count} 题）</a></p>'


def add_self_check_links(markdown: str, page: str, links: dict[str, SelfCheckLink]) -> str:
    """Insert each section's link after its citation line (or right after its heading)."""
    lines = markdown.splitlines()
    output: list[str] = []
    pending: SelfCheckLink | None = None
    for line in lines:
        heading = HEADING_ID.match(line)
        if heading and pending is not None:
            output += ["", _link_html(pending, page), ""]
            pending = None
        output.append(line)
        if heading and heading.group(1) in links:
            pending = links[heading.group(1)]
        elif pending is not None and CITE_END.match(line.strip()):
            output += ["", _link_html(pending, page), ""]
            pending = None
    if pending is not None:
        output += ["", _link_html(pending, page)]
    return "\n".join(output) + ("\n" if markdown.endswith("\n") else "")


def bank_of_each_item(banks) -> dict[str, str]:
    """Item id → bank id, for building links."""
    return {item.id: bank.id for bank in banks for item in bank.items}
