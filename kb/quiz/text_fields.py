"""Every trainer-written text of a bank, checked the way its page will render it.

What ``validate`` passes, the build can render: each Markdown field goes through the same
``render_text`` parser here, so a text Markdown cannot render is reported at its line, and every
link to a docs page must name an existing page and heading id, as MkDocs checks page links under
``--strict``. The title is plain text on one line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Set
from typing import Any

from kb.content.sections import DocsIndex
from kb.core.document import DataPath
from kb.core.document import YamlDocument as BankDocument
from kb.core.problem import Problem as BankError
from kb.quiz.text import TextRenderError, docs_links
from kb.quiz.types import TYPES

LINE_BREAK = re.compile("[\n\r\x85\u2028\u2029]")
"""What starts a new line in YAML text (``str.splitlines`` also splits at control characters)."""
NOT_MARKDOWN = frozenset({"id", "type", "cite", "title", "shuffle_options"}).union(
    *(item_type.plain_fields for item_type in TYPES.values())
)
"""Keys whose values are not rendered as Markdown: the bank's and every item's plain fields, and
each type's own (``ItemType.plain_fields``: fill-in answers compared as text, ordering entries and
matching sides escaped by the template…)."""


def _strings(value: Any, data_path: DataPath, plain: Set[str] = NOT_MARKDOWN) -> Iterator[tuple[DataPath, str]]:
    """Every string below ``value`` except those under ``plain`` keys."""
    if isinstance(value, str):
        yield data_path, value
    elif isinstance(value, dict):
        for key, child in value.items():
            if key not in plain:
                yield from _strings(child, data_path + (key,), plain)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _strings(child, data_path + (index,), plain)


def _item_id(data: Any, data_path: DataPath) -> str | None:
    if len(data_path) < 2 or data_path[0] != "items" or not isinstance(data_path[1], int):
        return None
    item = data["items"][data_path[1]]
    item_id = item.get("id") if isinstance(item, dict) else None
    return item_id if isinstance(item_id, str) and item_id else None


def _link_problem(target: str, docs: DocsIndex) -> str | None:
    """Why a docs link (``topics/x.md#id``) would not resolve on the site, or None."""
    page, _, anchor = target.partition("#")
    if not docs.has_page(page):
        return f"链接指向的页面“{page}”不存在。链接路径从 docs/ 算起，例如 topics/chatting.md#venue。"
    if anchor and anchor not in docs.pages[page]:
        anchors = "、".join(docs.pages[page]) or "（这个页面没有带 id 的标题）"
        return f"链接指向的页面 {page} 里没有 id 为“{anchor}”的标题。这个页面的标题 id 有：{anchors}。"
    return None


def _field_problems(text: str, docs: DocsIndex) -> list[str]:
    try:
        targets = docs_links(text)
    except TextRenderError as error:
        return [str(error)]
    return [problem for target in targets if (problem := _link_problem(target, docs))]


def _title_errors(document: BankDocument) -> list[BankError]:
    title = document.data.get("title")
    if not isinstance(title, str) or not LINE_BREAK.search(title.strip()):
        return []
    line, column = document.position_of(("title",))
    message = "标题只能写一行：它是页面的大标题，也出现在导航里。请把标题写在“title:”后面的同一行里。"
    return [BankError(document.path, line, column, message)]


def markdown_field_errors(
    document: BankDocument, docs: DocsIndex, plain: Set[str], label: Callable[[DataPath], str | None]
) -> list[BankError]:
    """Every Markdown text of a document that would not render, or links to a missing page or heading.

    Markdown texts are all strings but those under ``plain`` keys; ``label`` names a message's item.
    """
    errors = []
    for data_path, text in _strings(document.data, (), plain):
        for problem in _field_problems(text, docs):
            line, column = document.position_of(data_path)
            errors.append(BankError(document.path, line, column, problem, label(data_path)))
    return errors


_CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
"""Unicode's control characters (category Cc) but tab and line breaks, and the line and paragraph
separators U+2028 / U+2029 (categories Zl and Zp: ``\\L``, ``\\P``)."""


def control_character_errors(document: BankDocument, label: Callable[[DataPath], str | None]) -> list[BankError]:
    """Every text holding a control character or a Unicode line separator, other than tab and line breaks.

    A YAML escape in quotes (backslash-zero, backslash-a, backslash-L) writes one; it would reach
    the page, the navigation and the search index as it is. The same characters written as they
    are never get here: the file is refused before it is parsed (``hidden_character_errors``).
    """
    errors = []
    for data_path, text in _strings(document.data, (), frozenset()):
        codes = sorted({f"U+{ord(char):04X}" for char in _CONTROL_CHARACTER.findall(text)})
        if codes:
            line, column = document.position_of(data_path)
            message = f"这段文字里有控制字符 {'、'.join(codes)}（多半是引号里反斜杠开头的转义写出来的，例如 \\0、\\a），请删掉。"
            errors.append(BankError(document.path, line, column, message, label(data_path)))
    return errors


def text_field_errors(document: BankDocument, docs: DocsIndex) -> list[BankError]:
    """Problems of the bank's texts: a one-line title, renderable Markdown, links that resolve, no control characters."""
    if not isinstance(document.data, dict):
        return []
    label = lambda data_path: _item_id(document.data, data_path)  # noqa: E731
    errors = _title_errors(document) + markdown_field_errors(document, docs, NOT_MARKDOWN, label)
    return errors + control_character_errors(document, label)
