"""``# kb-lint: disable=<check> 理由`` comments: deliberate exceptions, each with its reason.

A comment inside an item (from its ``- id:`` line to its last line), or on the comment lines
directly above ``- id:``, excepts that item. A comment above ``items:`` excepts the bank from
the bank-wide statistics.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from pathlib import Path

from kb.quiz.lint.finding import Finding
from kb.quiz.lint.view import LintBank, LintItem

DISABLE_CHECK = "lint-disable"
"""Name under which a malformed disable comment is reported (it cannot itself be disabled)."""
_COMMENT = re.compile(r"(?:^|\s)#\s*kb-lint\s*:\s*disable\s*=\s*([A-Za-z0-9_,-]*)\s*(.*)$")


@dataclass(frozen=True)
class Disable:
    """One disable comment: where it is, which checks it names, why."""

    line: int
    checks: tuple[str, ...]
    reason: str


def disable_comments(text: str) -> list[Disable]:
    """Every ``# kb-lint: disable=…`` comment in a bank's text, with its 1-based line."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = _COMMENT.search(line)
        if match:
            checks = tuple(name for name in match.group(1).split(",") if name)
            found.append(Disable(number, checks, match.group(2).strip()))
    return found


def _last_content_lines(text: str, starts: list[int]) -> list[int]:
    """For each item (by its start line), its last line that is neither blank nor a comment."""
    lines = text.splitlines()
    ends = []
    for index, start in enumerate(starts):
        stop = starts[index + 1] - 1 if index + 1 < len(starts) else len(lines)
        content = [
            n for n in range(start, stop + 1) if lines[n - 1].strip() and not lines[n - 1].lstrip().startswith("#")
        ]
        ends.append(content[-1] if content else start)
    return ends


def _owner(line: int, items_line: int, starts: list[int], ends: list[int]) -> int | None:
    """Index of the item a comment line belongs to, or None for the bank header."""
    if line < items_line or not starts:
        return None
    for index, end in enumerate(ends):
        if line <= end:  # past the previous item's last line: inside this item or just above it
            return index
    return len(starts) - 1


def _problem(disable: Disable, known: Collection[str]) -> str | None:
    unknown = [name for name in disable.checks if name not in known]
    if not disable.checks:
        return "kb-lint: disable= 后面没有写检查项名称。写法：# kb-lint: disable=检查项 理由"
    if unknown:
        return f"没有名为“{'、'.join(unknown)}”的检查项。可用的有：{'、'.join(sorted(known))}。"
    if not disable.reason:
        return f"关闭 {','.join(disable.checks)} 时没有写理由。请在检查项后面写清楚为什么这道题是有意的例外。"
    return None


def apply_disables(
    bank: LintBank, text: str, items_line: int, known: Collection[str]
) -> tuple[LintBank, list[Finding]]:
    """The bank with each item's (and the header's) exceptions filled in, and malformed comments as findings."""
    starts = [item.line for item in bank.items]
    ends = _last_content_lines(text, starts)
    per_item: list[dict[str, str]] = [{} for _ in bank.items]
    lines: list[dict[str, int]] = [{} for _ in bank.items]
    header: dict[str, str] = {}
    header_lines: dict[str, int] = {}
    findings = []
    for disable in disable_comments(text):
        owner = _owner(disable.line, items_line, starts, ends)
        problem = _problem(disable, known)
        if problem:
            item_id = bank.items[owner].id if owner is not None else None
            findings.append(Finding(bank.path, disable.line, DISABLE_CHECK, problem, item_id))
            continue
        (header if owner is None else per_item[owner]).update(dict.fromkeys(disable.checks, disable.reason))
        (header_lines if owner is None else lines[owner]).update(dict.fromkeys(disable.checks, disable.line))
    items = tuple(
        replace(item, disabled=per_item[index], disabled_at=lines[index]) for index, item in enumerate(bank.items)
    )
    return replace(bank, items=items, disabled=header, disabled_at=header_lines), findings


def exceptions(banks: list[LintBank]) -> list[tuple[Path, LintItem | None, str, str]]:
    """Every accepted exception: (bank file, item or None for the bank, check, reason), for ``stats``."""
    rows: list[tuple[Path, LintItem | None, str, str]] = []
    for bank in banks:
        rows += [(bank.path, None, check, reason) for check, reason in bank.disabled.items()]
        rows += [(bank.path, item, check, reason) for item in bank.items for check, reason in item.disabled.items()]
    return rows
