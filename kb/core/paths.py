"""Where each page of the site lives, as functions of ids, and relative hrefs between pages.

The one place that knows a bank's page is ``quizzes/<bank id>.md`` and an item's anchor is
``item-<item id>``: Python uses these functions and the templates are given them.
"""

from __future__ import annotations

import posixpath
from functools import lru_cache

INDEX_PAGE = "quizzes/index.md"
"""The generated quiz index (自测题)."""
REVIEW_PAGE = "quizzes/review.md"
"""The generated 错题本."""
TODAY_PAGE = "quizzes/today.md"
"""The generated 今日复习."""
REPORT_PAGE = "trainers/report.md"
"""The trainers' report page (培训师看板; hand-written, the build fills in its data)."""
QUIZ_PAGES = (INDEX_PAGE, REVIEW_PAGE, TODAY_PAGE)
"""The generated pages beside the banks' own in the quiz folder."""


def bank_page(bank_id: str) -> str:
    """Docs path of a bank's generated quiz page."""
    return f"quizzes/{bank_id}.md"


def bank_item_list(bank_id: str) -> str:
    """Site path of the file listing a bank's item ids, beside its quiz page (``quizzes/<bank>/items.json``).

    The browser builds the same path from a bank id (overrides/assets/kb/item-lists.js).
    """
    return f"quizzes/{bank_id}/items.json"


def scenario_page(scenario_id: str) -> str:
    """Docs path of a scenario's generated page."""
    return f"scenarios/{scenario_id}.md"


def item_anchor(item_id: str) -> str:
    """The id of an item's element on its bank's page (本节自测 links and the skip link jump to it)."""
    return f"item-{item_id}"


def item_address(bank_id: str, item_id: str) -> str:
    """Docs path and anchor of an item: ``quizzes/<bank>.md#item-<id>``."""
    return f"{bank_page(bank_id)}#{item_anchor(item_id)}"


def page_url(src_path: str) -> str:
    """Site URL of a docs page relative to the site root: ``topics/a.md`` → ``topics/a/``."""
    if src_path == "index.md":
        return ""
    if src_path.endswith("/index.md"):
        return src_path[: -len("index.md")]
    return src_path[: -len(".md")] + "/"


@lru_cache(maxsize=4096)
def relative_href(target: str, from_page: str) -> str:
    """Href from the page at ``from_page`` to ``target`` (both docs paths; target may have #anchor).

    Kept for each pair: a page links to the same few sections from item after item, and
    ``posixpath.relpath`` asks the operating system for the working directory twice per call.
    """
    target_path, _, anchor = target.partition("#")
    target_url = page_url(target_path)
    from_dir = page_url(from_page) or "."
    href = posixpath.relpath(target_url or ".", from_dir)
    if target_url.endswith("/") or not target_url:
        href = href.rstrip("/") + "/"
    if href == "./" and not anchor:
        href = "./"
    return href + (f"#{anchor}" if anchor else "")
