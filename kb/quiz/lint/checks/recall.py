"""Recall cues: ordering items that ask for rank numbers, fill-in items whose answer is in the stem."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kb.quiz.lint.check import Banks, Check, item_finding
from kb.quiz.lint.finding import Finding
from kb.quiz.lint.measure import bare, contains_any

RANK_WORDS = tuple("排名 名次 第几 排第 排在第 标的 标了先后 优先级 原文的顺序 原文顺序 讲的顺序 讲者的顺序".split())
"""An ordering stem with one of these asks which rank the speaker gave, not a procedure."""
_RANK_ENTRY = re.compile(r"^\s*(?:\d+|[①-⑳]|第[一二三四五六七八九十\d]+)")
"""An entry that starts with a number or a rank is itself a rank."""
MIN_ANSWER_CHARACTERS = 2
"""An accepted answer of this many characters or more that is in the stem gives itself away (one character is too common)."""
_BLANK = re.compile(r"_{2,}|＿+")


def _rank_cues(question: str, entries: tuple[str, ...]) -> list[str]:
    found = contains_any(question, RANK_WORDS)
    numbered = [entry for entry in entries if _RANK_ENTRY.match(entry)]
    return found + ([f"条目“{numbered[0]}”带编号"] if numbered else [])


def rank_ordering(banks: Banks) -> Iterable[Finding]:
    """Per ordering item: its stem asks for ranks, or its entries are numbers."""
    for bank in banks:
        for item in bank.items:
            found = _rank_cues(item.question, item.answer_texts) if item.kind == "ordering" else []
            if found:
                quoted = "、".join(f"“{cue}”" if not cue.startswith("条目") else cue for cue in found)
                message = (
                    f"排序题在考名次（{quoted}）：背下讲者给的先后，不等于会用。排序题只用于材料教的步骤"
                    "（先做什么、再做什么，顺序错了会出问题）；想考轻重，改成情境单选：给一个情境，问先做哪一件。"
                )
                yield item_finding(bank, item, RANK_ORDERING.name, message)


def answers_in_stem(question: str, accepted: tuple[str, ...]) -> list[str]:
    """The accepted answers that the stem (its blanks removed) already contains."""
    stem = bare(_BLANK.sub("", question))
    return [answer for answer in accepted if len(bare(answer)) >= MIN_ANSWER_CHARACTERS and bare(answer) in stem]


def answer_in_stem(banks: Banks) -> Iterable[Finding]:
    """Per fill-in item: an accepted answer already written in the stem."""
    for bank in banks:
        for item in bank.items:
            found = answers_in_stem(item.question, item.accepted) if item.kind == "fill_in" else []
            if found:
                quoted = "、".join(f"“{answer}”" for answer in dict.fromkeys(found))
                message = (
                    f"填空题的答案 {quoted} 就写在题干里，照抄就能答对。请改写题干，不让答案出现在空格以外的地方。"
                )
                yield item_finding(bank, item, ANSWER_IN_STEM.name, message)


RANK_ORDERING = Check(
    name="rank-ordering",
    title="排序题考的是名次",
    threshold=f"每道排序题：题干含 {'、'.join(RANK_WORDS)} 之一，或有条目以数字、①、“第几”开头时报告",
    find=rank_ordering,
)
ANSWER_IN_STEM = Check(
    name="answer-in-stem",
    title="填空题的答案写在题干里",
    threshold=f"每道填空题：任何一个 {MIN_ANSWER_CHARACTERS} 字以上的可接受答案（不计标点和空格）出现在去掉空格线的题干里时报告",
    find=answer_in_stem,
)
