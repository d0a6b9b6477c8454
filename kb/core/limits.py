"""The input limits of a source file (bank or scenario), and the checks that enforce them before anything costly runs.

Documented in the README trainer's guide (题库的上限); each limit is far above what a real file needs.
Messages name what the file is (``SourceKind``): 题库 or 情景演练.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kb.core.problem import Problem

if TYPE_CHECKING:
    from kb.core.files import SourceKind

MAX_FILE_BYTES = 1_000_000
"""A file larger than this is refused before it is read (hundreds of items fit in far less)."""
MAX_DEPTH = 10
"""Deepest nesting a file needs is 5 (bank → items → item → options → option; scenario → nodes → node → choices → choice)."""
MAX_LINE_CHARS = 20_000
"""Longest line: a 3,000-character text fits even written with \\uXXXX escapes (6 characters each)."""


def too_big_error(path: Path, size: int, kind: SourceKind) -> Problem:
    """The message for a file over ``MAX_FILE_BYTES``."""
    message = f"文件太大（{size // 1024} KB，上限 {MAX_FILE_BYTES // 1000} KB）。请把{kind.noun}拆成几个文件。"
    return Problem(path, 1, 1, message)


def long_line_errors(path: Path, lines: list[str], kind: SourceKind) -> list[Problem]:
    """The first line longer than ``MAX_LINE_CHARS`` (one message is enough to act on)."""
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE_CHARS:
            message = (
                f"这一行太长（{len(line)} 个字符，上限 {MAX_LINE_CHARS}）。{kind.longest_text}；请检查是不是少了换行。"
            )
            return [Problem(path, number, MAX_LINE_CHARS + 1, message)]
    return []


def depth_error(path: Path, line: int, column: int, kind: SourceKind) -> Problem:
    """The message for nesting deeper than ``MAX_DEPTH``."""
    message = f"嵌套太深（超过 {MAX_DEPTH} 层）。{kind.noun}最多只需要 5 层：{kind.outline}。"
    return Problem(path, line, column, message)
