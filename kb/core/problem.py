"""A problem found in a bank or scenario file, with the position a trainer needs to fix it."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

MAX_REPORTED = 100
"""Most problems printed in one run; the rest are counted (10,000 broken items stay readable)."""


def _is_invisible(character: str) -> bool:
    return character != " " and (character.isspace() or unicodedata.category(character) in ("Cc", "Cf", "Zs"))


def reveal_invisible(text: str) -> str:
    """``text`` with each invisible character written as ``<U+200B>``, and a note naming them."""
    codes = sorted({f"U+{ord(character):04X}" for character in text if _is_invisible(character)})
    if not codes:
        return text
    shown = "".join(f"<U+{ord(character):04X}>" if _is_invisible(character) else character for character in text)
    names = "、".join(codes)
    return f"{shown}这里有看不见的字符 {names}（上面显示为 <{codes[0]}>），常见于从网页或 Word 复制的文字，请删掉。"


@dataclass(frozen=True)
class Problem:
    """One problem: where it is (file, line, column, the item or step it is about) and what to do about it."""

    path: Path
    line: int
    column: int
    message: str
    subject: str | None = None
    """The item id (banks) or ``scenario/node`` (scenarios) the problem lies in, when there is one."""

    def display_path(self, root: Path | None = None) -> str:
        """The path relative to ``root`` (the repository) when it lies below it, as the user named it.

        Symlinks are not followed: a linked bank is reported under the link's own name.
        """
        if root is not None:
            for own, base in (
                (os.path.abspath(self.path), os.path.abspath(root)),
                (os.path.realpath(self.path), os.path.realpath(root)),
            ):
                try:
                    return Path(own).relative_to(base).as_posix()
                except ValueError:
                    continue
        return self.path.as_posix()

    def format(self, root: Path | None = None) -> str:
        """``path:line:col: [subject] message`` — the form editors and CI can parse."""
        where = f"{self.display_path(root)}:{self.line}:{self.column}"
        subject = f"[{self.subject}] " if self.subject else ""
        return reveal_invisible(f"{where}: {subject}{self.message}")


def sort_problems(errors: list[Problem]) -> list[Problem]:
    """Problems in reading order: by file, then line, then column."""
    return sorted(errors, key=lambda error: (str(error.path), error.line, error.column))


def report_lines(errors: list[Problem], root: Path | None = None, limit: int = MAX_REPORTED) -> list[str]:
    """The first ``limit`` problems formatted, then one line counting the ones left out."""
    lines = [error.format(root) for error in errors[:limit]]
    if len(errors) > limit:
        lines.append(f"…还有 {len(errors) - limit} 处问题没有列出（共 {len(errors)} 处）。先改好上面这些，再检查一次。")
    return lines
