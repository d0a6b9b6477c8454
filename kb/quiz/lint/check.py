"""What a check is (a name, a documented threshold, a function over all banks) and shared helpers."""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from kb.quiz.lint.finding import Finding
from kb.quiz.lint.view import ChoiceGroup, LintBank, LintItem

Banks = list[LintBank]


@dataclass(frozen=True)
class Check:
    """One item-writing rule the lint enforces."""

    name: str
    """Short English name, used in findings and in ``# kb-lint: disable=<name> 理由``."""
    title: str
    """What it catches, in Chinese (shown by ``kb.py lint --list`` and in the trainer's guide)."""
    threshold: str
    """When it reports, in Chinese, with the numbers from the module's constants."""
    find: Callable[[Banks], Iterable[Finding]]


def item_finding(bank: LintBank, item: LintItem, check: str, message: str) -> Finding:
    """A finding about one item, at the item's ``- id:`` line."""
    return Finding(bank.path, item.line, check, message, item.id)


def bank_finding(bank: LintBank, check: str, message: str) -> Finding:
    """A finding about a whole bank, at its first line."""
    return Finding(bank.path, 1, check, message)


def all_banks_finding(banks: Banks, check: str, message: str) -> Finding:
    """A finding about all banks together, reported on the directory that holds them."""
    folder = Path(os.path.commonpath([bank.path.parent.resolve() for bank in banks]))
    return Finding(folder, 0, check, f"全部题库合计：{message}")


def choice_groups(items: Iterable[LintItem]) -> list[tuple[LintItem, ChoiceGroup]]:
    """Every option group of the given items, with the item it belongs to."""
    return [(item, group) for item in items for group in item.groups]


MIN_SINGLE_KEYS = 3
"""Fewer single-key groups than this in a bank say nothing about its habits."""


def single_key_groups(items: Iterable[LintItem]) -> list[ChoiceGroup]:
    """The option groups with exactly one key and some distractor, or none when too few to judge."""
    groups = [group for _, group in choice_groups(items) if group.key_position is not None and group.distractors]
    return groups if len(groups) >= MIN_SINGLE_KEYS else []


ROUNDING_RULE = "（向下取整到整题；题少时至少允许随机期望向上取整的题数）"
"""How ``allowed_count`` rounds, in the words of the thresholds."""


def allowed_count(expected: float, total: int, excess: float) -> int:
    """Most items that may show a cue: chance plus ``excess`` of ``total``, rounded down.

    Small banks may always reach chance rounded up (4 three-option items must put two keys at
    one position), so a bank of a few items is never asked for the impossible.
    """
    return max(math.floor(expected + excess * total + 1e-9), math.ceil(expected - 1e-9))


def percent(part: float, total: float) -> str:
    """``part`` as a whole percentage of ``total``."""
    return f"{round(100 * part / total) if total else 0} %"


def least_count(expected: float, total: int, excess: float) -> int:
    """Fewest items that must show a feature: chance minus ``excess`` of ``total``, rounded up (at most chance)."""
    return min(math.ceil(expected - excess * total - 1e-9), math.floor(expected + 1e-9))


def per_bank_and_overall(
    banks: Banks, name: str, message_for: Callable[[list[LintItem]], str | None]
) -> Iterable[Finding]:
    """Apply a bank-wide statistic to each bank, then to all banks together (when there are several)."""
    for bank in banks:
        message = None if name in bank.disabled else message_for(bank.counted(name))
        if message:
            yield bank_finding(bank, name, message)
    if len(banks) > 1:
        message = message_for([item for bank in banks for item in bank.counted(name)])
        if message:
            yield all_banks_finding(banks, name, message)
