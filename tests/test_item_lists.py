"""Each bank's item ids are a small file beside its quiz page, not in every page that shows progress.

The 错题本, 今日复习, the quiz index and the home page carry each bank's id and version; the
browser reads the lists of the banks a learner has records in (overrides/assets/kb/item-lists.js),
so those pages weigh the same whatever the size of the banks.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import replace

from kb.content.sections import scan_docs
from kb.core.paths import bank_item_list
from kb.quiz.render import item_list, progress_attributes, render_quiz_index, render_review_page, render_today_page
from scripts.bench.cohort import real_content
from tests.support.paths import REPO


def bank_lists(page: str) -> list[list[dict]]:
    """Every ``data-kb-banks`` list of ``page``."""
    return [json.loads(html.unescape(text)) for text in re.findall(r'data-kb-banks="([^"]*)"', page)]


def progress_pages(banks) -> dict[str, str]:
    docs = scan_docs(REPO / "docs")
    return {
        "错题本": render_review_page(banks, docs, "b"),
        "今日复习": render_today_page(banks, "b"),
        "quiz index": render_quiz_index(banks),
        "home page": progress_attributes(banks, "index.md"),
    }


def test_pages_that_show_progress_name_each_bank_and_its_version_but_no_item():
    banks, _ = real_content()
    ids = [item.id for bank in banks for item in bank.items]
    for name, page in progress_pages(banks).items():
        (summaries,) = bank_lists(page)
        assert [(bank["id"], bank["version"]) for bank in summaries] == [(bank.id, bank.version) for bank in banks]
        assert all("items" not in bank for bank in summaries), name
        assert not [item for item in ids if f"&#34;{item}&#34;" in page or f'"{item}"' in page], name


def test_the_progress_pages_weigh_the_same_whatever_the_size_of_the_banks():
    banks, _ = real_content()
    doubled = [
        replace(bank, items=bank.items + tuple(replace(i, id=i.id + "-x") for i in bank.items)) for bank in banks
    ]
    before, after = progress_pages(banks), progress_pages(doubled)
    for name in before:
        grown = len(after[name]) - len(before[name])
        assert grown <= 4 * len(banks), f"{name} grew by {grown} characters with twice the items"


def test_a_bank_list_holds_the_bank_its_version_and_every_item_id_in_order():
    banks, _ = real_content()
    assert item_list(banks[0]) == {
        "bank": banks[0].id,
        "version": banks[0].version,
        "items": [item.id for item in banks[0].items],
    }
    assert bank_item_list("basics") == "quizzes/basics/items.json"


def test_the_built_site_serves_each_bank_list_beside_its_quiz_page(built_site):
    banks, _ = real_content()
    for bank in banks:
        served = json.loads((built_site / bank_item_list(bank.id)).read_text(encoding="utf-8"))
        assert served == item_list(bank)
    (summaries,) = bank_lists((built_site / "quizzes" / "review" / "index.html").read_text(encoding="utf-8"))
    asked = {bank["id"]: bank["version"] for bank in summaries}
    assert asked == {bank.id: bank.version for bank in banks}, "the page asks for the lists the build wrote"
