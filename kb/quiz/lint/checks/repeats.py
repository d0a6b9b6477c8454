"""Repetition across items: distractors that recur (learners learn to skip them) and near-duplicate items."""

from __future__ import annotations

from collections.abc import Iterable

from kb.quiz.lint.check import Banks, Check, item_finding
from kb.quiz.lint.finding import Finding
from kb.quiz.lint.measure import TokenSets, bigrams, candidate_pairs, jaccard, ngrams, sharing_pairs
from kb.quiz.lint.view import LintBank, LintItem

RECURRING_SIMILARITY = 0.3
"""Two distractors of different items whose character-bigram Jaccard reaches this recur…"""
RECURRING_RUN = 7
"""…and so do two that share a run of this many characters (punctuation and spaces ignored)."""
DUPLICATE_SIMILARITY = 0.4
"""Two items whose stems, or whose keys, reach this character-bigram Jaccard are near-duplicates."""
MIN_KEY_BIGRAMS = 6
"""Keys shorter than this (in bigrams) are compared by their stems only."""


def distractors_recur(first: str, second: str) -> bool:
    """True when two distractors read as the same option (similar wording or a long shared phrase)."""
    if jaccard(bigrams(first), bigrams(second)) >= RECURRING_SIMILARITY:
        return True
    return not ngrams(first, RECURRING_RUN).isdisjoint(ngrams(second, RECURRING_RUN))


def _runs(text: str) -> frozenset[str]:
    return ngrams(text, RECURRING_RUN)


def _key_text_bigrams(key_text: str) -> frozenset[str]:
    """A key's bigrams, or none when the key is too short to compare."""
    key = bigrams(key_text)
    return key if len(key) >= MIN_KEY_BIGRAMS else frozenset()


def _located(banks: Banks, check: str) -> list[tuple[LintBank, LintItem]]:
    return [(bank, item) for bank in banks for item in bank.items if check not in item.disabled]


def _short(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def recurring_distractor(banks: Banks) -> Iterable[Finding]:
    """Per item: a distractor that repeats (nearly) a distractor of an earlier item."""
    options = [
        (bank, item, text)
        for bank, item in _located(banks, RECURRING_DISTRACTOR.name)
        for group in item.groups
        for text in group.distractors
    ]
    texts = [text for _bank, _item, text in options]
    pairs = candidate_pairs(TokenSets(texts, bigrams), RECURRING_SIMILARITY)
    pairs |= sharing_pairs(TokenSets(texts, _runs))
    for i, j in sorted(pairs):  # the order combinations() would give, over far fewer pairs
        (_, first_item, first), (bank, item, text) = options[i], options[j]
        if first_item is not item and distractors_recur(first, text):
            message = (
                f"错误选项“{_short(text)}”和 {first_item.id} 的错误选项“{_short(first)}”几乎一样。"
                "重复出现的错误选项，学员认得出来就能排除。请换成只属于本题、看似合理的误读。"
            )
            yield item_finding(bank, item, RECURRING_DISTRACTOR.name, message)


def _similarity(first: LintItem, second: LintItem) -> tuple[str, float]:
    """The larger of stem and key similarity, with which it was."""
    stems = jaccard(bigrams(first.question), bigrams(second.question))
    first_key, second_key = bigrams("".join(first.answer_texts)), bigrams("".join(second.answer_texts))
    keys = jaccard(first_key, second_key) if min(len(first_key), len(second_key)) >= MIN_KEY_BIGRAMS else 0.0
    return ("题干", stems) if stems >= keys else ("答案", keys)


def near_duplicate(banks: Banks) -> Iterable[Finding]:
    """Per item: an item whose stem or key is very similar to an earlier item's (in any bank)."""
    located = _located(banks, NEAR_DUPLICATE.name)
    items = [item for _bank, item in located]
    pairs = candidate_pairs(TokenSets([item.question for item in items], bigrams), DUPLICATE_SIMILARITY)
    pairs |= candidate_pairs(
        TokenSets(["".join(item.answer_texts) for item in items], _key_text_bigrams), DUPLICATE_SIMILARITY
    )
    for i, j in sorted(pairs):  # the order combinations() would give, over far fewer pairs
        (_, first), (bank, item) = located[i], located[j]
        part, similarity = _similarity(first, item)
        if similarity >= DUPLICATE_SIMILARITY:
            message = (
                f"和 {first.id} 的{part}很像（字符二元组 Jaccard {similarity:.2f}，达到 {DUPLICATE_SIMILARITY} 就算重复）。"
                "一个知识点只出一道题：合并这两道，或让这道考别的要点。"
            )
            yield item_finding(bank, item, NEAR_DUPLICATE.name, message)


RECURRING_DISTRACTOR = Check(
    name="recurring-distractor",
    title="错误选项在多道题里重复",
    threshold=(
        f"不同题目的两个错误选项：字符二元组 Jaccard 不低于 {RECURRING_SIMILARITY}，"
        f"或有连续 {RECURRING_RUN} 个字相同（不计标点和空格）时报告，报在后一道题上"
    ),
    find=recurring_distractor,
)
NEAR_DUPLICATE = Check(
    name="near-duplicate",
    title="两道题几乎一样",
    threshold=(
        f"任意两道题（可以在不同题库）：题干的字符二元组 Jaccard 不低于 {DUPLICATE_SIMILARITY}，"
        f"或答案（都不少于 {MIN_KEY_BIGRAMS} 个二元组时）的 Jaccard 不低于 {DUPLICATE_SIMILARITY} 时报告，报在后一道题上"
    ),
    find=near_duplicate,
)
