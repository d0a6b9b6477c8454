"""Give-aways on one page: another item's stem, option, feedback or explanation states this item's answer."""

from __future__ import annotations

from collections.abc import Iterable

from kb.quiz.lint.check import Banks, Check, item_finding
from kb.quiz.lint.checks.cues import COMMON_WORDS
from kb.quiz.lint.finding import Finding
from kb.quiz.lint.measure import bare, words
from kb.quiz.lint.view import LintItem

PHRASE_WORDS = 3
"""A key's phrase is this many adjacent jieba words…"""
MIN_PHRASE_CHARACTERS = 6
"""…of at least this many characters…"""
MIN_CONTENT_WORDS = 2
"""…of which this many have two or more characters and are not common words."""
MIN_WORD_CHARACTERS = 2
MIN_FILL_IN_CHARACTERS = 3
"""An accepted fill-in answer of this many characters is itself a distinctive phrase."""


def _is_content(word: str) -> bool:
    return len(word) >= MIN_WORD_CHARACTERS and word not in COMMON_WORDS and not word.isdigit()


def _key_phrases(key: str) -> list[str]:
    """Runs of adjacent words of ``key`` long and specific enough to be distinctive, as bare text."""
    segmented = [bare(word) for word in words(key)]
    runs = [segmented[start : start + PHRASE_WORDS] for start in range(len(segmented) - PHRASE_WORDS + 1)]
    return [
        "".join(run)
        for run in runs
        if len("".join(run)) >= MIN_PHRASE_CHARACTERS and sum(map(_is_content, run)) >= MIN_CONTENT_WORDS
    ]


def distinctive_phrases(item: LintItem) -> list[str]:
    """Phrases of the item's answer that its own stem and wrong options do not use."""
    if item.kind == "fill_in":
        phrases = [bare(answer) for answer in item.accepted if len(bare(answer)) >= MIN_FILL_IN_CHARACTERS]
    else:
        phrases = [phrase for group in item.groups for key in group.keys for phrase in _key_phrases(key)]
    own = [bare(item.question)] + [bare(text) for group in item.groups for text in group.distractors]
    return list(dict.fromkeys(phrase for phrase in phrases if not any(phrase in text for text in own)))


def _where_stated(phrases: list[str], other: LintItem) -> tuple[str, str] | None:
    """The first phrase another item's page text states, and in which part (题干, 选项…)."""
    for label, text in other.page_texts:
        flat = bare(text)
        for phrase in phrases:
            if phrase in flat:
                return phrase, label
    return None


def give_away(banks: Banks) -> Iterable[Finding]:
    """Per item: another item on the same page states a distinctive phrase of its answer."""
    for bank in banks:
        for item in bank.items:
            phrases = distinctive_phrases(item)
            stated = [(other, _where_stated(phrases, other)) for other in bank.items if phrases and other is not item]
            found = [(other.id, where) for other, where in stated if where]
            if found:
                (first, (phrase, label)), more = found[0], [other for other, _ in found[1:]]
                also = f"（还有 {'、'.join(more)}）" if more else ""
                message = (
                    f"答案里的“{phrase}”也出现在同一页 {first} 的{label}里{also}：学员从那道题就能读到这道的答案。"
                    "请改写其中一处，让别的题不说出这道题的答案。"
                )
                yield item_finding(bank, item, GIVE_AWAY.name, message)


GIVE_AWAY = Check(
    name="give-away",
    title="同一页的另一道题说出了这道题的答案",
    threshold=(
        f"同一个题库（一页）里：答案中相邻 {PHRASE_WORDS} 个词（jieba 分词）组成、至少 {MIN_PHRASE_CHARACTERS} 个字、"
        f"含 {MIN_CONTENT_WORDS} 个 {MIN_WORD_CHARACTERS} 字以上非常用词、且本题题干和错误选项都没用的短语，"
        f"或填空题 {MIN_FILL_IN_CHARACTERS} 字以上的可接受答案，出现在另一道题的题干、选项、反馈或解析里时报告，"
        "每道题报一次（列出所有说出答案的题）"
    ),
    find=give_away,
)
