"""Renders the quiz model into pages through the templates in kb/quiz/templates/."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kb.content.sections import DocsIndex
from kb.quiz.markup import PageText, render_template
from kb.quiz.model import Bank, Item
from kb.quiz.types import TYPES, answer_key_entry, item_type
from kb.quiz.types import kind_counts as type_counts
from kb.site_urls import relative_href

INDEX_PAGE = "quizzes/index.md"
REVIEW_PAGE = "quizzes/review.md"


@dataclass(frozen=True)
class ItemView:
    """An item in its place on a page: its number there, its bank, its type's label and template."""

    number: int
    item: Item
    bank_id: str

    @property
    def label(self) -> str:
        """The type's name shown after the number, e.g. ``单选``."""
        return item_type(self.item.kind).label

    @property
    def template(self) -> str:
        """The type's template in kb/quiz/templates/."""
        return item_type(self.item.kind).template


def bank_page_path(bank: Bank) -> str:
    """Docs path of a bank's generated quiz page."""
    return f"quizzes/{bank.id}.md"


def _item_keys(banks: list[Bank]) -> dict[str, Any]:
    return {item.id: answer_key_entry(item) for bank in banks for item in bank.items}


def answer_key(bank: Bank) -> dict[str, Any]:
    """What the browser needs to grade: per item its kind and key (no text beyond the title)."""
    return {"bank": bank.id, "title": bank.title, "items": _item_keys([bank])}


def render_quiz_page(bank: Bank, docs: DocsIndex) -> str:
    """The finished HTML body of one bank's page: title, intro, items, controls, answer key."""
    items = [ItemView(number, item, bank.id) for number, item in enumerate(bank.items, start=1)]
    text = PageText(bank_page_path(bank), docs)
    return render_template("quiz-page.html", bank=bank, items=items, text=text, answer_key=answer_key(bank))


def _bank_summaries(banks: list[Bank], page_path: str) -> list[dict[str, Any]]:
    return [
        {
            "id": bank.id,
            "title": bank.title,
            "total": len(bank.items),
            "href": relative_href(bank_page_path(bank), page_path),
        }
        for bank in banks
    ]


def progress_attributes(banks: list[Bank], page_path: str) -> str:
    """Data attributes that let the browser show progress per bank on ``page_path``."""
    return render_template(
        "progress-attributes.html",
        summaries=_bank_summaries(banks, page_path),
        review_href=relative_href(REVIEW_PAGE, page_path),
    )


def kind_counts(banks: list[Bank]) -> list[str]:
    """``单选题 40``, ``排序题 5``, …: how many items of each type the banks hold, in registry order."""
    counts = type_counts(item for bank in banks for item in bank.items)
    return [f"{TYPES[kind].name} {count}" for kind, count in counts.items() if count]


def render_quiz_index(banks: list[Bank]) -> str:
    """The quiz index page (Markdown): every bank with its item count, progress and the data tools."""
    return render_template(
        "quiz-index.md",
        banks=banks,
        rows=_bank_summaries(banks, INDEX_PAGE),
        total=sum(len(bank.items) for bank in banks),
        kind_counts=kind_counts(banks),
        summaries=_bank_summaries(banks, INDEX_PAGE),
        review_href=relative_href(REVIEW_PAGE, INDEX_PAGE),
    )


@dataclass(frozen=True)
class ReviewGroup:
    """The items citing one topic page, under that page's title."""

    title: str
    items: list[ItemView]


def _review_groups(banks: list[Bank], text: PageText) -> list[ReviewGroup]:
    by_page: dict[str, list[tuple[Bank, Item]]] = {}
    for bank in banks:
        for item in bank.items:
            by_page.setdefault(item.citation.page, []).append((bank, item))
    return [
        ReviewGroup(
            text.page_title(page),
            [ItemView(number, item, bank.id) for number, (bank, item) in enumerate(entries, start=1)],
        )
        for page, entries in by_page.items()
    ]


def render_review_page(banks: list[Bank], docs: DocsIndex) -> str:
    """The finished HTML body of the 错题本: every item, grouped by the topic page it cites."""
    text = PageText(REVIEW_PAGE, docs)
    key = {"bank": "__review__", "title": "错题本", "items": _item_keys(banks)}
    return render_template(
        "review-page.html",
        groups=_review_groups(banks, text),
        text=text,
        answer_key=key,
        index_href=relative_href(INDEX_PAGE, REVIEW_PAGE),
    )
