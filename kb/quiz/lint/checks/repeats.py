"""Repetition across items: distractors that recur (learners learn to skip them) and near-duplicate items."""

from __future__ import annotations

from collections.abc import Iterable

from kb.quiz.lint.check import Banks, Check, item_finding
from kb.quiz.lint.finding import Finding
from kb.quiz.lint.measure import (
    TokenSets,
    bare,
    bigrams,
    candidate_pairs,
    jaccard,
    ngrams,
    overlap_pairs,
    sharing_pairs,
    words,
)
from kb.quiz.lint.view import LintBank, LintItem

RECURRING_SIMILARITY = 0.3
"""Two distractors of different items whose Jaccard over words (by meaning, see ``meaning``) reaches this…"""
MIN_SHARED_MEANINGS = 2
"""…and that share at least this many words by meaning recur…"""
SAME_EXCUSE_MEANINGS = 3
"""…and so do two that share this many words by meaning, whatever else they say…"""
RECURRING_RUN = 7
"""…and so do two that share a run of this many characters (punctuation and spaces ignored)."""
DUPLICATE_SIMILARITY = 0.4
"""Two items whose stems, or whose keys, reach this character-bigram Jaccard are near-duplicates."""
MIN_KEY_BIGRAMS = 6
"""Keys shorter than this (in bigrams) are compared by their stems only."""


FILLER_WORDS = frozenset(
    "的 了 就 也 都 再 先 是 在 和 把 给 不 这 那 请 去 来 他 你 我 要 会 只 还 又 很 有 被 让 对 按 客户 公司"
    " 她 它 我们 你们 他们 她们 咱们 自己 能 不能 能不能 可以 可能 已经 由 向 为 替 找 从 到 与 及 等 一个 一下"
    " 这个 那个 这次 什么 怎么 没有 如果 因为 所以 但 而 上 下 中 里 时 后 前".split()
)
"""Words that say nothing about what an option proposes."""
EXCUSE_MEANINGS = {
    meaning: tuple(spellings.split())
    for meaning, spellings in {
        "自己出钱": "掏钱 出钱 垫付 自费 自掏腰包 个人名义",
        "审批": "审批 报批 报备 登记 审核 走流程",
        "小金额": "一千元 几百元 几百块 小额 金额 标准以内",
        "事后补": "事后 回来 年后 回头 补",
        "八小时之外": "八小时 周末 下班 私下",
        "免了": "不用 不必 无需 不算 不涉及 用不着 就不算",
    }.items()
}
"""The recurring excuses of wrong options, each with the words that say it: compared by meaning."""
_MEANING_OF = {spelling: meaning for meaning, spellings in EXCUSE_MEANINGS.items() for spelling in spellings}


def meaning(text: str) -> frozenset[str]:
    """The words of ``text`` (jieba) by meaning: fillers, numbers and lone characters dropped.

    Lone characters (说、跟、您) say nothing about what an option proposes; excuse spellings are
    merged, and 补 stays because it is one.
    """
    segmented = (bare(word) for word in words(text))
    return frozenset(
        _MEANING_OF.get(word, word)
        for word in segmented
        if word and word not in FILLER_WORDS and not word.isdigit() and (len(word) > 1 or word in _MEANING_OF)
    )


def distractors_recur(first: str, second: str) -> bool:
    """True when two distractors say the same thing (similar words by meaning, or a long shared phrase)."""
    first_meaning, second_meaning = meaning(first), meaning(second)
    shared = len(first_meaning & second_meaning)
    if shared >= SAME_EXCUSE_MEANINGS:
        return True
    if shared >= MIN_SHARED_MEANINGS and jaccard(first_meaning, second_meaning) >= RECURRING_SIMILARITY:
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
    pairs = candidate_pairs(TokenSets(texts, meaning), RECURRING_SIMILARITY)
    pairs |= overlap_pairs(TokenSets(texts, meaning), SAME_EXCUSE_MEANINGS)
    pairs |= sharing_pairs(TokenSets(texts, _runs))
    for i, j in sorted(pairs):  # the order combinations() would give, over far fewer pairs
        (_, first_item, first), (bank, item, text) = options[i], options[j]
        if first_item is not item and distractors_recur(first, text):
            message = (
                f"错误选项“{_short(text)}”和 {first_item.id} 的错误选项“{_short(first)}”说的是同一回事。"
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
        f"不同题目的两个错误选项：按意思比较的词（jieba 分词，去掉“的”“了”这类虚词和数字，"
        f"“掏钱/出钱/垫付”“审批/报批/登记”“事后/回头/补”“不用/不必/不算”等同一借口的说法算同一个词）"
        f"至少 {MIN_SHARED_MEANINGS} 个相同、Jaccard 不低于 {RECURRING_SIMILARITY}，或至少 {SAME_EXCUSE_MEANINGS} 个相同，"
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
