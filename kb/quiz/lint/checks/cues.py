"""Wording cues: a stem word echoed only by the key, and sweeping words only in wrong answers."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kb.quiz.lint.check import Banks, Check, choice_groups, item_finding
from kb.quiz.lint.finding import Finding
from kb.quiz.lint.measure import bare, contains_any, plain, words
from kb.quiz.lint.view import ChoiceGroup

MIN_CUE_LENGTH = 2
"""Words shorter than this (single characters) are too common to be a cue."""
COMMON_WORDS = frozenset(
    """客户 销售 新人 讲者 作者 说法 观点 资料 应该 可以 什么 怎么 哪里 哪个 哪些 一个 这个 那个 这种 这样
    我们 你们 他们 自己 时候 现在 为什么 按照 如果 因为 所以 还是 或者 以及 就是 没有 不是 知识库 本页 题目
    项目 产品 方案 问题 公司 领导 工作 事情 需要 注意 决定 可能 有点 有些 这次 下次 一次 一起 时间""".split()
)
"""Words every stem and option use; they never give the key away."""
ABSOLUTE_WORDS = tuple(
    "一定 只要 只能 只需 完全 绝对 绝不 决不 毫无 所有 任何 永远 从不 从来 总是 再也 根本 一律 全都 必然".split()
)
"""Sweeping words that a test-wise learner reads as "this option is wrong"."""
LOOPHOLE_WORDS = tuple("就不算 就不用 不用审批 不用登记 不必 就够了 就行了 照单全收 全部 随手".split())
"""Loophole endings and sweeping phrases: "…就不算", "…不必" read as an excuse, so as a wrong option."""
ABSOLUTE_CHARACTERS = frozenset("只都")
"""One-character words (as jieba segments them: 只 and 都, not 只是 or 首都) that sweep just as much."""
_THE_MORE = re.compile(r"越[^，。；！？,.;!?]{1,6}越好")
""""越…越好": the more of something, the better."""


def absolutes(text: str) -> list[str]:
    """The sweeping words and loophole phrases of ``text``, in the order of the lists."""
    found = contains_any(text, ABSOLUTE_WORDS + LOOPHOLE_WORDS)
    if any(character in text for character in ABSOLUTE_CHARACTERS):
        found += [word for word in dict.fromkeys(words(text)) if word in ABSOLUTE_CHARACTERS]
    return found + [match.group(0) for match in _THE_MORE.finditer(plain(text))]


def cue_words(question: str, group: ChoiceGroup) -> list[str]:
    """Stem words that reappear in the only key and in none of the distractors."""
    if group.key_position is None or not group.distractors:
        return []
    key = bare(group.options[group.key_position])
    distractors = [bare(text) for text in group.distractors]
    if not _may_echo(bare(question), key, distractors):
        return []
    stem_words = dict.fromkeys(bare(word) for word in words(question))
    return [
        word
        for word in stem_words
        if len(word) >= MIN_CUE_LENGTH
        and word not in COMMON_WORDS
        and not word.isdigit()
        and word in key
        and not any(word in text for text in distractors)
    ]


def _may_echo(stem: str, key: str, distractors: list[str]) -> bool:
    """Whether any run of the stem could be a cue word (jieba, the slow part, is needed only then).

    A cue word is such a run: two or more characters, in the key, in no distractor, not a common
    word or a number.
    """
    for start in range(len(stem)):
        end = start + MIN_CUE_LENGTH
        while end <= len(stem) and stem[start:end] in key:  # a longer run is in the key only if this one is
            run = stem[start:end]
            if run not in COMMON_WORDS and not run.isdigit() and not any(run in text for text in distractors):
                return True
            end += 1
    return False


REJECTING = ("不", "别", "勿", "拒绝", "谢绝", "婉拒", "避免")
"""A key that rejects what the stem proposes ("不把赞助和合同挂钩") has to name it: no cue."""
_KEY_CLAUSES = re.compile(r"[，,；;：:。！？!?、]")


def named_to_reject(word: str, key: str) -> bool:
    """True when every clause of ``key`` that uses ``word`` rejects it (a rejecting word comes first)."""
    clauses = [bare(clause) for clause in _KEY_CLAUSES.split(plain(key))]
    using = [clause for clause in clauses if word in clause]
    return bool(using) and all(
        any(rejecting in clause[: clause.index(word)] for rejecting in REJECTING) for clause in using
    )


def key_cues(question: str, group: ChoiceGroup) -> list[str]:
    """The cue words of a group, except those the key names only to reject them."""
    found = cue_words(question, group)
    key = group.options[group.key_position] if found and group.key_position is not None else ""
    return [word for word in found if not named_to_reject(word, key)]


def cue_word(banks: Banks) -> Iterable[Finding]:
    """Per item: the key repeats a word of the stem that no distractor repeats."""
    for bank in banks:
        for item, group in choice_groups(bank.items):
            found = key_cues(item.question, group)
            if found:
                quoted = "、".join(f"“{word}”" for word in found)
                message = f"题干里的 {quoted} 只在答案里重复出现。请在答案里换个说法，或让错误选项也用上这个词。"
                yield item_finding(bank, item, CUE_WORD.name, message)


def _group_absolutes(group: ChoiceGroup) -> list[str]:
    """Absolute words used by some distractor when no key uses any."""
    if any(absolutes(text) for text in group.keys):
        return []
    return list(dict.fromkeys(word for text in group.distractors for word in absolutes(text)))


def absolute_word(banks: Banks) -> Iterable[Finding]:
    """Per item: absolute words only in wrong options, or in a true/false statement keyed false."""
    for bank in banks:
        for item in bank.items:
            found = [word for group in item.groups for word in _group_absolutes(group)]
            where = "只出现在错误选项里"
            if item.answer is False:
                found, where = absolutes(item.question), "出现在答案为“错”的判断题里"
            if found:
                quoted = "、".join(f"“{word}”" for word in dict.fromkeys(found))
                message = (
                    f"绝对化或钻空子的说法 {quoted} {where}，学员不读材料也能排除。请去掉这些词，让错误之处在内容本身。"
                )
                yield item_finding(bank, item, ABSOLUTE_WORD.name, message)


CUE_WORD = Check(
    name="cue-word",
    title="题干的词只在答案里重复",
    threshold=(
        f"每道单选题：题干里任何一个 {MIN_CUE_LENGTH} 字以上的词（jieba 分词，常用词除外）出现在答案里、"
        "却不出现在任何错误选项里时报告；答案为了否定它才提到的词（“不把赞助和合同挂钩”里的“合同”）不算"
    ),
    find=cue_word,
)
ABSOLUTE_WORD = Check(
    name="absolute-word",
    title="绝对化的词、钻空子的说法只出现在错误答案里",
    threshold=(
        f"每道题：错误选项用了绝对化的词（{'、'.join(ABSOLUTE_WORDS)}；单独成词的 {'、'.join(sorted(ABSOLUTE_CHARACTERS))}；"
        f"“越……越好”）或钻空子的说法（{'、'.join(LOOPHOLE_WORDS)}）而正确选项都没用，"
        "或答案为“错”的判断题用了这些词时报告"
    ),
    find=absolute_word,
)
