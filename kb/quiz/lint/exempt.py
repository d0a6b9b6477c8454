"""Which findings a disable comment excepts, and which disable comments except nothing at all."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kb.quiz.lint.check import Check
from kb.quiz.lint.disables import DISABLE_CHECK
from kb.quiz.lint.finding import Finding
from kb.quiz.lint.registry import CHECKS
from kb.quiz.lint.view import LintBank


def _disabled_checks(banks: list[LintBank]) -> dict[str, set[str]]:
    """Per item id, the checks its disable comments except."""
    disabled: dict[str, set[str]] = {}
    for bank in banks:
        for item in bank.items:
            disabled.setdefault(item.id, set()).update(item.disabled)
    return disabled


def lint_banks(banks: list[LintBank], checks: Sequence[Check] = CHECKS) -> list[Finding]:
    """Every finding of every check over these banks, minus the excepted ones."""
    findings = [finding for check in checks for finding in check.find(banks)]
    disabled = _disabled_checks(banks)
    return [
        finding
        for finding in findings
        if finding.item_id is None or finding.check not in disabled.get(finding.item_id, ())
    ]


def _without(banks: list[LintBank], bank_index: int, item_index: int | None, check: str) -> list[LintBank]:
    """The banks with one disable comment taken away (the bank's own when ``item_index`` is None)."""
    bank = banks[bank_index]
    if item_index is None:
        changed = replace(bank, disabled={name: why for name, why in bank.disabled.items() if name != check})
    else:
        item = bank.items[item_index]
        kept = replace(item, disabled={name: why for name, why in item.disabled.items() if name != check})
        changed = replace(bank, items=bank.items[:item_index] + (kept,) + bank.items[item_index + 1 :])
    return banks[:bank_index] + [changed] + banks[bank_index + 1 :]


def _unused(banks: list[LintBank], bank_index: int, item_index: int | None, check: Check) -> bool:
    """True when taking the disable comment away would not add a single finding."""
    with_it = lint_banks(banks, [check])
    return lint_banks(_without(banks, bank_index, item_index, check.name), [check]) == with_it


def unused_disables(banks: list[LintBank], checks: Sequence[Check]) -> list[Finding]:
    """A finding for each disable comment that excepts nothing (stale after a rewrite, or misplaced)."""
    by_name = {check.name: check for check in checks}
    found = []
    for bank_index, bank in enumerate(banks):
        owners: list[tuple[int | None, dict[str, int], str]] = [(None, bank.disabled_at, "这个题库")]
        owners += [(index, item.disabled_at, "这道题") for index, item in enumerate(bank.items)]
        for item_index, lines, what in owners:
            for name, line in lines.items():
                if name in by_name and _unused(banks, bank_index, item_index, by_name[name]):
                    item_id = None if item_index is None else bank.items[item_index].id
                    message = f"这条例外没有用：去掉它，{name} 也不会报告{what}。请删掉这行注释。"
                    found.append(Finding(bank.path, line, DISABLE_CHECK, message, item_id))
    return found
