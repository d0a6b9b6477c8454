"""What the trainers' report page (培训师看板) needs of every bank: each item's key, labels and section.

Each item type says how its answers read (``ItemType.report_parts``): the report names no type.

The page reads learners' export files in the browser and compares their first answers with this.
It never sees the banks' files, so the build writes it into the page as one escaped JSON attribute.
"""

from __future__ import annotations

from typing import Any

from kb.content.sections import DocsIndex, plain_label
from kb.core.paths import REPORT_PAGE
from kb.quiz.markup import PageText, render_template
from kb.quiz.model import Bank, Item
from kb.quiz.types import answer_key_entry, item_type

REPORT_ITEMS_PLACEHOLDER = "<!-- kb-report-items -->"
"""Where the report page's Markdown asks for the items' data."""
LABEL_LIMIT = 60


def _answer_parts(item: Item) -> dict[str, Any]:
    """What the report needs to read an answer to ``item``, as its type says: names, not keys."""
    this = item_type(item.kind)
    parts = this.report_parts(item)
    return {
        "typeName": this.name,
        "labels": {key: plain_label(text, LABEL_LIMIT) for key, text in parts.labels},
        "places": [plain_label(text, LABEL_LIMIT) for text in parts.places],
        "ordered": parts.ordered,
        "countPicks": parts.count_picks,
    }


def _report_item(item: Item, bank: Bank, version: str, text: PageText) -> dict[str, Any]:
    return {
        "id": item.id,
        "bank": bank.id,
        "version": version,
        "kind": item.kind,
        "key": answer_key_entry(item),
        "question": plain_label(item.question, LABEL_LIMIT),
        **_answer_parts(item),
        "section": {"href": text.href(item.citation), "title": text.section_title(item.citation)},
    }


def report_items(banks: list[Bank], docs: DocsIndex) -> dict[str, Any]:
    """Banks (id, title, version, items in order) and every item as the report reads it."""
    text = PageText(REPORT_PAGE, docs)
    versions = {bank.id: bank.version for bank in banks}
    return {
        "banks": [
            {
                "id": bank.id,
                "title": bank.title,
                "version": versions[bank.id],
                "items": [item.id for item in bank.items],
            }
            for bank in banks
        ],
        "items": [_report_item(item, bank, versions[bank.id], text) for bank in banks for item in bank.items],
    }


def with_report_items(html: str, banks: list[Bank], docs: DocsIndex) -> str:
    """The report page's HTML with its items' data in place of the placeholder."""
    if REPORT_ITEMS_PLACEHOLDER not in html:
        return html
    data = render_template("report-data.html", attribute="data-kb-report-items", data=report_items(banks, docs))
    return html.replace(REPORT_ITEMS_PLACEHOLDER, data, 1)
