"""The input limits of a bank file, and the checks that enforce them before anything costly runs.

Documented in the README trainer's guide (题库的上限); each limit is far above what a real bank needs.
"""

from __future__ import annotations

from pathlib import Path

from kb.core.problem import Problem

MAX_FILE_BYTES = 1_000_000
"""A bank larger than this is refused before it is read (hundreds of items fit in far less)."""
MAX_DEPTH = 10
"""Deepest nesting a bank needs is 5 (bank → items → item → options → option)."""
MAX_LINE_CHARS = 20_000
"""Longest line: a 3,000-character text fits even written with \\uXXXX escapes (6 characters each)."""
MAX_ITEMS = 1000
"""Most items in one bank; a longer list is refused before its items are checked one by one."""


def too_big_error(path: Path, size: int) -> Problem:
    """The message for a file over ``MAX_FILE_BYTES``."""
    message = f"文件太大（{size // 1024} KB，上限 {MAX_FILE_BYTES // 1000} KB）。请把题库拆成几个文件。"
    return Problem(path, 1, 1, message)


def long_line_errors(path: Path, lines: list[str]) -> list[Problem]:
    """The first line longer than ``MAX_LINE_CHARS`` (one message is enough to act on)."""
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE_CHARS:
            message = (
                f"这一行太长（{len(line)} 个字符，上限 {MAX_LINE_CHARS}）。题目文字最多 3000 字；请检查是不是少了换行。"
            )
            return [Problem(path, number, MAX_LINE_CHARS + 1, message)]
    return []


def depth_error(path: Path, line: int, column: int) -> Problem:
    """The message for nesting deeper than ``MAX_DEPTH``."""
    message = f"嵌套太深（超过 {MAX_DEPTH} 层）。题库最多只需要 5 层：题库 → items → 题目 → options → 选项。"
    return Problem(path, line, column, message)


def item_count_errors(path: Path, data: object, position: tuple[int, int]) -> list[Problem]:
    """A bank with more than ``MAX_ITEMS`` items gets one message instead of one per item."""
    items = data.get("items") if isinstance(data, dict) else None
    if not isinstance(items, list) or len(items) <= MAX_ITEMS:
        return []
    message = f"题目太多（{len(items)} 道，一个题库最多 {MAX_ITEMS} 道）。请把题库拆成几个文件。"
    return [Problem(path, position[0], position[1], message)]
