"""Rules a JSON Schema cannot say: answer keys, feedback, unique ids, citations that resolve."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from pathlib import Path, PurePosixPath
from typing import Any

from kb.content.sections import Citation, DocsIndex
from kb.core.document import YamlDocument
from kb.core.files import SourceKind
from kb.core.paths import QUIZ_PAGES
from kb.core.problem import Problem
from kb.quiz.types import item_errors
from kb.quiz.types.base import ItemSource

RESERVED_BANK_IDS = frozenset(PurePosixPath(page).stem for page in QUIZ_PAGES)
"""Names of the generated quiz index, 错题本 and 今日复习 pages, which a bank must not take."""
BANKS = SourceKind(
    name="bank",
    noun="题库",
    page="测验页",
    example="chatting.yml",
    outline="题库 → items → 题目 → options → 选项",
    empty_hint="题库至少要有 title 和 items，可以用 `python scripts/kb.py new 题库名` 生成模板。",
    longest_text="题目文字最多 3000 字",
    reserved=RESERVED_BANK_IDS,
    reserved_reason="自测题目录、错题本或今日复习页",
)
"""What the banks folder holds, in the words of its messages."""
MAX_ITEMS = 1000
"""Most items in one bank; a longer list is refused before its items are checked one by one."""


def item_count_errors(document: YamlDocument) -> list[Problem]:
    """A bank with more than ``MAX_ITEMS`` items gets one message instead of one per item."""
    data = document.data
    items = data.get("items") if isinstance(data, dict) else None
    if not isinstance(items, list) or len(items) <= MAX_ITEMS:
        return []
    line, column = document.position_of(("items",))
    message = f"题目太多（{len(items)} 道，一个题库最多 {MAX_ITEMS} 道）。请把题库拆成几个文件。"
    return [Problem(document.path, line, column, message)]


def _items(document: YamlDocument) -> Iterable[tuple[int, dict[str, Any]]]:
    items = document.data.get("items") if isinstance(document.data, dict) else None
    if not isinstance(items, list):
        return []
    return [(index, item) for index, item in enumerate(items) if isinstance(item, dict)]


def _item_id(item: dict[str, Any]) -> str | None:
    item_id = item.get("id")
    return item_id if isinstance(item_id, str) and item_id else None


def item_rule_errors(document: YamlDocument, skip: AbstractSet[int] = frozenset()) -> list[Problem]:
    """Each item type's own rules (kb/quiz/types/) for every item whose index is not in ``skip``."""
    errors = []
    for index, item in _items(document):
        if index in skip:
            continue
        errors += item_errors(ItemSource(document, index, item))
    return errors


def duplicate_id_errors(documents: list[YamlDocument]) -> list[Problem]:
    """Item ids must be unique across all banks: learners' progress is stored by id."""
    first_seen: dict[str, tuple[Path, int]] = {}
    errors = []
    for document in documents:
        for index, item in _items(document):
            item_id = _item_id(item)
            if item_id is None:
                continue
            line, column = document.position_of(("items", index, "id"))
            if item_id in first_seen:
                other_path, other_line = first_seen[item_id]
                where = "本文件" if other_path == document.path else f"{other_path.name} 的"
                message = (
                    f"题目 id“{item_id}”重复：{where}第 {other_line} 行已经用过。每道题的 id 在所有题库里都必须唯一。"
                )
                errors.append(Problem(document.path, line, column, message, item_id))
            else:
                first_seen[item_id] = (document.path, line)
    return errors


def citation_errors(document: YamlDocument, docs: DocsIndex) -> list[Problem]:
    """Every ``cite`` must name an existing page and a heading id declared on it."""
    errors = []
    for index, item in _items(document):
        cite = item.get("cite")
        if not isinstance(cite, str) or "#" not in cite:
            continue  # the schema already reports a missing or malformed cite
        citation = Citation.parse(cite)
        line, column = document.position_of(("items", index, "cite"))
        if not docs.has_page(citation.page):
            pages = "、".join(page for page in sorted(docs.pages) if page.startswith("topics/")) or "（没有）"
            message = f"cite 指向的页面“{citation.page}”不存在。路径从 docs/ 算起，例如 topics/chatting.md。现有的专题页：{pages}。"
            errors.append(Problem(document.path, line, column, message, _item_id(item)))
        elif docs.section(citation) is None:
            anchors = "、".join(docs.pages[citation.page]) or "（这个页面没有带 id 的标题）"
            message = f"页面 {citation.page} 里没有 id 为“{citation.anchor}”的标题。这个页面的标题 id 有：{anchors}。"
            errors.append(Problem(document.path, line, column, message, _item_id(item)))
    return errors
