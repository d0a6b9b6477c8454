"""Adds "本节自测（N 题）" links under the topic sections that have quiz items."""

from __future__ import annotations

from dataclasses import dataclass

from kb.content.section_blocks import insert_after_sections
from kb.core.paths import item_address, relative_href
from kb.quiz.coverage import SectionCoverage
from kb.quiz.markup import render_template


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
        target = item_address(banks_by_item[first.id], first.id)
        links.setdefault(entry.section.page, {})[entry.section.anchor] = SelfCheckLink(target, len(entry.items))
    return links


def add_self_check_links(markdown: str, page: str, links: dict[str, SelfCheckLink]) -> str:
    """Insert each section's link after its citation line (or right after its heading)."""
    blocks = {
        anchor: render_template("selfcheck-link.html", href=relative_href(link.target, page), count=link.count)
        for anchor, link in links.items()
    }
    return insert_after_sections(markdown, blocks)


def bank_of_each_item(banks) -> dict[str, str]:
    """Item id → bank id, for building links."""
    return {item.id: bank.id for bank in banks for item in bank.items}
