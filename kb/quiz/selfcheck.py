"""Adds "本节自测（N 题）" links at the end of the topic sections that have quiz items."""

from __future__ import annotations

from dataclasses import dataclass

from kb.content.section_blocks import insert_after_sections
from kb.core.paths import item_address, relative_href
from kb.quiz.coverage import SectionCoverage
from kb.quiz.markup import render_template


@dataclass(frozen=True)
class ItemPlace:
    """Where an item is asked: its bank and its number there (第 N 题, from 1)."""

    bank: str
    number: int


@dataclass(frozen=True)
class SelfCheckLink:
    """Where a section's items are: the first one's place in its quiz page, and how many.

    ``numbers`` are their numbers in that page when they are all in it (empty when spread over banks).
    """

    target: str
    count: int
    numbers: tuple[int, ...] = ()


def self_check_links(
    coverage: list[SectionCoverage], places: dict[str, ItemPlace]
) -> dict[str, dict[str, SelfCheckLink]]:
    """Per topic page and section id, the link to that section's first item."""
    links: dict[str, dict[str, SelfCheckLink]] = {}
    for entry in coverage:
        if not entry.items:
            continue
        first = places[entry.items[0].id]
        target = item_address(first.bank, entry.items[0].id)
        same_bank = all(places[item.id].bank == first.bank for item in entry.items)
        numbers = tuple(sorted(places[item.id].number for item in entry.items)) if same_bank else ()
        links.setdefault(entry.section.page, {})[entry.section.anchor] = SelfCheckLink(
            target, len(entry.items), numbers
        )
    return links


def numbers_text(numbers: tuple[int, ...]) -> str:
    """Which items are the section's (D21): 第 2–3 题 for a run, 第 2、5 题 otherwise, "" for none."""
    if not numbers:
        return ""
    if len(numbers) > 1 and list(numbers) == list(range(numbers[0], numbers[-1] + 1)):
        return f"第 {numbers[0]}–{numbers[-1]} 题"
    return "第 " + "、".join(str(number) for number in numbers) + " 题"


def add_self_check_links(markdown: str, page: str, links: dict[str, SelfCheckLink]) -> str:
    """Insert each section's link after its last paragraph, where a reader finishes it.

    D21: under the citation line, the link came before the teaching text.
    """
    blocks = {
        anchor: render_template(
            "selfcheck-link.html",
            href=relative_href(link.target, page),
            count=link.count,
            where=numbers_text(link.numbers),
        )
        for anchor, link in links.items()
    }
    return insert_after_sections(markdown, blocks, at_end=True)


def bank_of_each_item(banks) -> dict[str, ItemPlace]:
    """Item id → its bank and number there, for building links."""
    return {item.id: ItemPlace(bank.id, number) for bank in banks for number, item in enumerate(bank.items, 1)}
