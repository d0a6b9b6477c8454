"""Rules a JSON Schema cannot say: answer keys, feedback, unique ids, citations that resolve."""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any

from kb.quiz.errors import BankError
from kb.quiz.load import BankDocument
from kb.quiz.model import Citation, DocsIndex

BANK_FILE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
RESERVED_BANK_IDS = {"index", "review"}
"""Names of the generated quiz index and 错题本 pages, which a bank must not take."""


def bank_file_name_errors(path: Path) -> list[BankError]:
    """The file name becomes the quiz page's URL, so it must be plain."""
    if path.stem in RESERVED_BANK_IDS:
        return [BankError(path, 1, 1, f"文件名“{path.name}”被自测题目录或错题本占用了，请换一个名字。")]
    if BANK_FILE_NAME.match(path.stem):
        return []
    message = f"文件名“{path.name}”只能用小写字母、数字和连字符（例如 chatting.yml），因为它会成为测验页的网址。"
    return [BankError(path, 1, 1, message)]


def _items(document: BankDocument) -> Iterable[tuple[int, dict[str, Any]]]:
    items = document.data.get("items") if isinstance(document.data, dict) else None
    if not isinstance(items, list):
        return []
    return [(index, item) for index, item in enumerate(items) if isinstance(item, dict)]


def _item_id(item: dict[str, Any]) -> str | None:
    item_id = item.get("id")
    return item_id if isinstance(item_id, str) and item_id else None


def _choice_item_errors(document: BankDocument, index: int, item: dict[str, Any]) -> list[BankError]:
    errors = []
    item_id = _item_id(item)
    path = ("items", index)

    def error_at(data_path: tuple, message: str, key: bool = False) -> None:
        line, column = document.key_position_of(data_path) if key else document.position_of(data_path)
        errors.append(BankError(document.path, line, column, message, item_id))

    for field in ("answer", "feedback"):
        if field in item:
            error_at(
                path + (field,),
                f"单选题和多选题不用“{field}”：正确答案写在选项的 correct: true 上，反馈写在各个选项的 feedback 里。",
                key=True,
            )
    options = item.get("options")
    if "options" not in item:
        error_at(path, "缺少字段“options”。单选题和多选题要列出选项，正确的选项写 correct: true。")
        return errors
    if not isinstance(options, list):
        return errors
    correct_lines = [
        document.position_of(path + ("options", number))[0]
        for number, option in enumerate(options)
        if isinstance(option, dict) and option.get("correct") is True
    ]
    if not correct_lines:
        error_at(path + ("options",), "没有正确选项。请在正确的选项上写 correct: true。")
    elif item.get("type") == "single" and len(correct_lines) > 1:
        lines = "、".join(str(line) for line in correct_lines)
        error_at(
            path + ("options",),
            f"单选题只能有一个正确选项，现在有 {len(correct_lines)} 个（第 {lines} 行）。如果确实有多个正确答案，请把 type 改成 multiple。",
        )
    seen_texts: dict[str, int] = {}
    for number, option in enumerate(options):
        if not isinstance(option, dict):
            continue
        option_path = path + ("options", number)
        if option.get("correct") is not True and not option.get("feedback"):
            error_at(option_path, "错误选项要写 feedback：告诉学员为什么这个选项不对。")
        text = option.get("text")
        if isinstance(text, str):
            if text.strip() in seen_texts:
                error_at(option_path + ("text",), f"这个选项和第 {seen_texts[text.strip()]} 行的选项一模一样。")
            seen_texts.setdefault(text.strip(), document.position_of(option_path)[0])
    return errors


def _true_false_item_errors(document: BankDocument, index: int, item: dict[str, Any]) -> list[BankError]:
    errors = []
    item_id = _item_id(item)
    path = ("items", index)
    if "options" in item:
        line, column = document.key_position_of(path + ("options",))
        errors.append(
            BankError(
                document.path,
                line,
                column,
                "判断题不写 options：用 answer: true 或 answer: false 表示对错，用 feedback 说明选错的原因。",
                item_id,
            )
        )
    for field, what in (
        ("answer", "answer: true 或 answer: false 表示这句话对还是错"),
        ("feedback", "feedback 说明学员选错时为什么错"),
    ):
        if field not in item:
            line, column = document.position_of(path)
            errors.append(BankError(document.path, line, column, f"判断题缺少字段“{field}”：用 {what}。", item_id))
    return errors


def item_rule_errors(document: BankDocument, skip: AbstractSet[int] = frozenset()) -> list[BankError]:
    """Answer-key and feedback rules for every item whose index is not in ``skip``."""
    errors = []
    for index, item in _items(document):
        if index in skip:
            continue
        if item.get("type") in ("single", "multiple"):
            errors += _choice_item_errors(document, index, item)
        elif item.get("type") == "true_false":
            errors += _true_false_item_errors(document, index, item)
    return errors


def duplicate_id_errors(documents: list[BankDocument]) -> list[BankError]:
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
                errors.append(BankError(document.path, line, column, message, item_id))
            else:
                first_seen[item_id] = (document.path, line)
    return errors


def citation_errors(document: BankDocument, docs: DocsIndex) -> list[BankError]:
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
            errors.append(BankError(document.path, line, column, message, _item_id(item)))
        elif docs.section(citation) is None:
            anchors = "、".join(docs.pages[citation.page]) or "（这个页面没有带 id 的标题）"
            message = f"页面 {citation.page} 里没有 id 为“{citation.anchor}”的标题。这个页面的标题 id 有：{anchors}。"
            errors.append(BankError(document.path, line, column, message, _item_id(item)))
    return errors
