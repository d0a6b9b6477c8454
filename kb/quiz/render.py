"""Renders the quiz model into pages through the templates in kb/quiz/templates/."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from kb.content.sections import DocsIndex
from kb.core.paths import INDEX_PAGE, REVIEW_PAGE, TODAY_PAGE, bank_page, relative_href
from kb.quiz.markup import PageText, render_template
from kb.quiz.model import Bank, Item
from kb.quiz.types import TYPES, answer_key_entry, item_type
from kb.quiz.types import kind_counts as type_counts


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


def _item_keys(banks: list[Bank]) -> dict[str, Any]:
    return {item.id: answer_key_entry(item) for bank in banks for item in bank.items}


def answer_key(bank: Bank) -> dict[str, Any]:
    """What the browser needs to grade: per item its kind and key (no text beyond the title)."""
    return {"bank": bank.id, "title": bank.title, "items": _item_keys([bank])}


@dataclass(frozen=True)
class NextLesson:
    """Where the learning path goes after a bank: the next topic page (docs path) and its title."""

    page: str
    title: str


def render_quiz_page(bank: Bank, docs: DocsIndex, next_lesson: NextLesson | None = None) -> str:
    """The finished HTML body of one bank's page: intro, items, controls, what next, answer key."""
    page_path = bank_page(bank.id)
    items = [ItemView(number, item, bank.id) for number, item in enumerate(bank.items, start=1)]
    text = PageText(page_path, docs)
    next_steps = {
        "review_href": relative_href(REVIEW_PAGE, page_path),
        "today_href": relative_href(TODAY_PAGE, page_path),
        "lesson": next_lesson,
        "lesson_href": relative_href(next_lesson.page, page_path) if next_lesson else "",
    }
    return render_template(
        "quiz-page.html", bank=bank, items=items, text=text, answer_key=answer_key(bank), next_steps=next_steps
    )


def _bank_summaries(banks: list[Bank], page_path: str) -> list[dict[str, Any]]:
    return [
        {
            "id": bank.id,
            "title": bank.title,
            "total": len(bank.items),
            "href": relative_href(bank_page(bank.id), page_path),
            # An export records it: the trainers' report keeps apart items changed since (report_data.py).
            # The browser also asks for the bank's item list by it (item_list), so a new build's list
            # is never an old copy from the HTTP cache.
            "version": bank.version,
        }
        for bank in banks
    ]


def item_list(bank: Bank) -> dict[str, Any]:
    """The bank's item ids, written once per bank as a small JSON file (``bank_item_list``).

    The browser counts, schedules and fetches only the items the site has; it reads the lists of
    just the banks a learner has records in, so a page's weight does not grow with the banks.
    """
    return {"bank": bank.id, "version": bank.version, "items": [item.id for item in bank.items]}


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
        today_href=relative_href(TODAY_PAGE, INDEX_PAGE),
    )


@dataclass(frozen=True)
class ReviewGroup:
    """A topic page the items cite: the 错题本 shows a learner's missed items under its title."""

    page: str
    title: str


def _review_groups(banks: list[Bank], text: PageText) -> list[ReviewGroup]:
    pages = dict.fromkeys(item.citation.page for bank in banks for item in bank.items)
    return [ReviewGroup(page, text.page_title(page)) for page in pages]


def build_version(banks: list[Bank]) -> str:
    """A short fingerprint of every bank's content.

    Cross-bank pages add it to the bank pages they fetch, so a browser never mixes items of a new
    build with a cached page of an old one.
    """
    return hashlib.sha256(repr(banks).encode("utf-8")).hexdigest()[:12]


def render_review_page(banks: list[Bank], docs: DocsIndex, build: str | None = None) -> str:
    """The finished HTML body of the 错题本: a group per cited topic page, but no items.

    The browser fetches the quiz pages of just the banks holding the learner's missed items and
    shows those items, so the page weighs the same whatever the size of the banks.
    """
    text = PageText(REVIEW_PAGE, docs)
    return render_template(
        "review-page.html",
        groups=_review_groups(banks, text),
        build=build or build_version(banks),
        summaries=_bank_summaries(banks, REVIEW_PAGE),
        index_href=relative_href(INDEX_PAGE, REVIEW_PAGE),
        today_href=relative_href(TODAY_PAGE, REVIEW_PAGE),
    )


def render_today_page(banks: list[Bank], build: str) -> str:
    """The finished HTML body of 今日复习: the due items are fetched like the 错题本's.

    ``build`` is the banks' ``build_version``, computed once for both pages.
    """
    return render_template(
        "today-page.html",
        build=build,
        summaries=_bank_summaries(banks, TODAY_PAGE),
        review_href=relative_href(REVIEW_PAGE, TODAY_PAGE),
        index_href=relative_href(INDEX_PAGE, TODAY_PAGE),
        today_href=relative_href(TODAY_PAGE, TODAY_PAGE),
    )
