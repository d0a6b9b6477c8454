"""Position cues: keys piled at one YAML position (the 错题本 and print view keep YAML order)."""

from __future__ import annotations

from collections.abc import Iterable

from kb.quiz.lint.check import (
    MIN_SINGLE_KEYS,
    ROUNDING_RULE,
    Banks,
    Check,
    allowed_count,
    choice_groups,
    item_finding,
    per_bank_and_overall,
    percent,
    single_key_groups,
)
from kb.quiz.lint.finding import Finding
from kb.quiz.lint.view import ChoiceGroup, LintItem

POSITION_EXCESS = 0.15
"""A position may hold the only key this much more often than chance (15 percentage points)."""


def _excess_position(groups: list[ChoiceGroup]) -> tuple[int, int, float] | None:
    """The first position holding more keys than allowed: (position, keys there, chance count)."""
    for position in range(max(len(group.options) for group in groups)):
        count = sum(group.key_position == position for group in groups)
        expected = sum(1 / len(group.options) for group in groups if position < len(group.options))
        if count > allowed_count(expected, len(groups), POSITION_EXCESS):
            return position, count, expected
    return None


def _position_message(items: list[LintItem]) -> str | None:
    groups = single_key_groups(items)
    if not groups:
        return None
    excess = _excess_position(groups)
    if excess is None:
        return None
    position, count, expected = excess
    return (
        f"{len(groups)} 道单选题里有 {count} 道（{percent(count, len(groups))}）把答案写在第 {position + 1} 个选项，"
        f"随机约为 {percent(expected, len(groups))}。请调换选项顺序，让答案分散到各个位置"
        f"（任何位置不超过随机比例加 {round(POSITION_EXCESS * 100)} 个百分点）。"
    )


def key_position(banks: Banks) -> Iterable[Finding]:
    """Per bank and overall: single keys concentrated at one YAML position."""
    return per_bank_and_overall(banks, KEY_POSITION.name, _position_message)


def keyed_first(banks: Banks) -> Iterable[Finding]:
    """Per item: every keyed option of a multiple-answer group written before every distractor."""
    for bank in banks:
        for item, group in choice_groups(bank.items):
            keys = len(group.keys)
            if keys >= 2 and group.distractors and all(group.keyed[:keys]):
                message = f"{keys} 个正确选项都写在错误选项前面。请把至少一个错误选项移到正确选项之间或之前。"
                yield item_finding(bank, item, KEYED_FIRST.name, message)


KEY_POSITION = Check(
    name="key-position",
    title="单选题的答案集中在同一个位置",
    threshold=(
        f"每个题库和全部题库合计：至少 {MIN_SINGLE_KEYS} 道单选题时，任何一个位置上的答案数不超过随机期望"
        f"加 {round(POSITION_EXCESS * 100)} 个百分点{ROUNDING_RULE}"
    ),
    find=key_position,
)
KEYED_FIRST = Check(
    name="keyed-first",
    title="多选题的正确选项全部写在最前面",
    threshold="每道多选题：有 2 个以上正确选项时，它们不能全部排在所有错误选项之前",
    find=keyed_first,
)
