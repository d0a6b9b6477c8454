"""Multiple-answer cues: when most options are keyed, "tick everything plausible" wins."""

from __future__ import annotations

from collections.abc import Iterable

from kb.quiz.lint.check import Banks, Check, choice_groups, item_finding, per_bank_and_overall, percent
from kb.quiz.lint.finding import Finding
from kb.quiz.lint.view import ChoiceGroup, LintItem

MAX_KEYED_SHARE = 0.5
"""At most this share of a multiple-answer group's options may be keyed."""


def most_keyed(banks: Banks) -> Iterable[Finding]:
    """Per item: a group with more than half of its options keyed."""
    for bank in banks:
        for item, group in choice_groups(bank.items):
            keys = len(group.keys)
            if keys >= 2 and keys > MAX_KEYED_SHARE * len(group.options):
                message = (
                    f"{len(group.options)} 个选项里有 {keys} 个是正确的（上限一半）。"
                    "“看着合理的都选”就能得分：减少正确选项，或增加看似合理的错误选项。"
                )
                yield item_finding(bank, item, MOST_KEYED.name, message)


MIN_MULTIPLE = 3
"""Fewer multiple-answer items than this say nothing about a bank's habits."""
MAX_HALF_SHARE = 0.6
"""At most this share of multiple-answer items may key exactly half of their options…"""
MAX_ALTERNATING_SHARE = 0.34
"""…and at most this share may key exactly the even (or exactly the odd) positions."""


def _multiple_groups(items: list[LintItem]) -> list[ChoiceGroup]:
    return [group for item, group in choice_groups(items) if item.kind == "multiple"]


def alternating(group: ChoiceGroup) -> bool:
    """True when the keys sit exactly on the even positions (2, 4, …) or exactly on the odd ones."""
    return any(group.keyed == tuple(index % 2 == parity for index in range(len(group.keyed))) for parity in (0, 1))


def _pattern_message(items: list[LintItem]) -> str | None:
    groups = _multiple_groups(items)
    if len(groups) < MIN_MULTIPLE:
        return None
    half = sum(2 * len(group.keys) == len(group.options) for group in groups)
    alternate = sum(alternating(group) for group in groups)
    found = []
    if half > MAX_HALF_SHARE * len(groups):
        found.append(f"{half} 道（{percent(half, len(groups))}）正好一半选项是正确的")
    if alternate > MAX_ALTERNATING_SHARE * len(groups):
        found.append(
            f"{alternate} 道（{percent(alternate, len(groups))}）的正确选项正好隔一个排一个（全在第 2、4…或第 1、3…个）"
        )
    if not found:
        return None
    return (
        f"{len(groups)} 道多选题里 {'，'.join(found)}。“选一半”“隔一个选一个”不该能得分："
        "让正确选项的个数有多有少（6 个选项里 1–3 个，4 个选项里 1–2 个），位置也不要成规律。"
    )


def keyed_pattern(banks: Banks) -> Iterable[Finding]:
    """Per bank and overall: multiple-answer keys always half the options, or always alternating."""
    return per_bank_and_overall(banks, KEYED_PATTERN.name, _pattern_message)


MOST_KEYED = Check(
    name="most-keyed",
    title="多选题大多数选项都是正确的",
    threshold=f"每道多选题：正确选项不超过全部选项的 {round(MAX_KEYED_SHARE * 100)} %（例如 4 个选项最多 2 个正确）",
    find=most_keyed,
)
KEYED_PATTERN = Check(
    name="keyed-pattern",
    title="多选题的正确选项个数或位置有规律",
    threshold=(
        f"每个题库和全部题库合计：至少 {MIN_MULTIPLE} 道多选题时，正好一半选项正确的题不超过 "
        f"{round(MAX_HALF_SHARE * 100)} %，正确选项正好隔一个排一个（全在偶数位或全在奇数位）的题不超过 "
        f"{round(MAX_ALTERNATING_SHARE * 100)} %"
    ),
    find=keyed_pattern,
)
