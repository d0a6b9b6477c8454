"""Length cues: the key that is (or never is) the longest option; "pick the longest" should not work."""

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
    least_count,
    per_bank_and_overall,
    percent,
    single_key_groups,
)
from kb.quiz.lint.finding import Finding
from kb.quiz.lint.measure import visible_length
from kb.quiz.lint.view import ChoiceGroup, LintItem

LONGEST_EXCESS = 0.15
"""The key may be the unique longest option this much more often than chance (15 points)."""
MIN_RARE_SAMPLE = 10
"""From this many groups with a unique longest option on, that option must not be the key too rarely either."""
MAX_KEY_RATIO = 1.3
"""The shortest key may be at most this many times as long as the longest distractor."""


def _lengths(group: ChoiceGroup) -> list[int]:
    return [visible_length(text) for text in group.options]


def has_unique_longest(group: ChoiceGroup) -> bool:
    """True when one option is strictly longer than all the others."""
    lengths = sorted(_lengths(group), reverse=True)
    return len(lengths) > 1 and lengths[0] > lengths[1]


def key_is_longest(group: ChoiceGroup) -> bool:
    """True when the group's only key is strictly longer than every distractor."""
    if group.key_position is None or not has_unique_longest(group):
        return False
    return _lengths(group)[group.key_position] == max(_lengths(group))


def _share(groups: list[ChoiceGroup], what: str) -> tuple[int, float, str]:
    """How many groups' key is the unique longest option, the chance count, and a sentence saying so."""
    count, total = sum(key_is_longest(group) for group in groups), len(groups)
    expected = sum(1 / len(group.options) for group in groups)
    sentence = f"{total} 道{what}里有 {count} 道（{percent(count, total)}）的答案是唯一最长的选项，随机约为 {percent(expected, total)}。"
    return count, expected, sentence


def _longest_message(items: list[LintItem]) -> str | None:
    groups = single_key_groups(items)
    points = round(LONGEST_EXCESS * 100)
    count, expected, sentence = _share(groups, "单选题")
    if groups and count > allowed_count(expected, len(groups), LONGEST_EXCESS):
        return (
            sentence
            + f"“挑最长的”不该能得分：请缩短答案，或把错误选项写得同样具体（不超过随机比例加 {points} 个百分点）。"
        )
    decided = [group for group in groups if has_unique_longest(group)]
    count, expected, sentence = _share(decided, "有唯一最长选项的单选题")
    if len(decided) >= MIN_RARE_SAMPLE and count < least_count(expected, len(decided), LONGEST_EXCESS):
        return sentence + f"“避开最长的”也不该能得分：让一些答案就是最长的选项（不低于随机比例减 {points} 个百分点）。"
    return None


def key_longest(banks: Banks) -> Iterable[Finding]:
    """Per bank and overall: the share of single keys that are the unique longest option."""
    return per_bank_and_overall(banks, KEY_LONGEST.name, _longest_message)


def key_length(banks: Banks) -> Iterable[Finding]:
    """Per item: a key much longer than the longest distractor."""
    for bank in banks:
        for item, group in choice_groups(bank.items):
            if not group.keys or not group.distractors:
                continue
            key = min(visible_length(text) for text in group.keys)
            longest = max(visible_length(text) for text in group.distractors)
            if key > MAX_KEY_RATIO * longest:
                message = (
                    f"答案 {key} 字，最长的错误选项只有 {longest} 字（{key / longest:.2f} 倍，上限 {MAX_KEY_RATIO} 倍）。"
                    "请把答案里的限定和理由移到 explanation，或把错误选项写得一样具体。"
                )
                yield item_finding(bank, item, KEY_LENGTH.name, message)


KEY_LONGEST = Check(
    name="key-longest",
    title="答案是不是最长的选项有规律（总是或几乎从不）",
    threshold=(
        f"每个题库和全部题库合计：至少 {MIN_SINGLE_KEYS} 道单选题时，答案是唯一最长选项的题数不超过随机期望"
        f"加 {round(LONGEST_EXCESS * 100)} 个百分点{ROUNDING_RULE}；"
        f"在有唯一最长选项的单选题里（至少 {MIN_RARE_SAMPLE} 道时），答案是它的题数也不少于随机期望"
        f"减 {round(LONGEST_EXCESS * 100)} 个百分点（“避开最长的”同样是猜题技巧）"
    ),
    find=key_longest,
)
KEY_LENGTH = Check(
    name="key-length",
    title="答案比错误选项长得多",
    threshold=f"每道单选、多选题：最短的正确选项不超过最长错误选项的 {MAX_KEY_RATIO} 倍（按可见字数）",
    find=key_length,
)
