"""Give-aways on one page: another item's stem, option, feedback or explanation states this item's answer."""

from __future__ import annotations

from collections import defaultdict
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


_GRAM = MIN_FILL_IN_CHARACTERS
"""Every phrase is at least this long: the page is indexed by runs of this many characters."""


def _page_index(items: tuple[LintItem, ...]) -> dict[str, set[int]]:
    """Which items' page texts hold each run of ``_GRAM`` characters, so a phrase is looked for only there."""
    index: dict[str, set[int]] = defaultdict(set)
    for number, item in enumerate(items):
        for _label, text in item.page_texts:
            flat = bare(text)
            for start in range(len(flat) - _GRAM + 1):
                index[flat[start : start + _GRAM]].add(number)
    return index


def _stating(phrases: list[str], index: dict[str, set[int]]) -> set[int]:
    """The items that may state one of the phrases (a superset: each holds its first and last run)."""
    found: set[int] = set()
    for phrase in phrases:
        found |= index.get(phrase[:_GRAM], set()) & index.get(phrase[-_GRAM:], set())
    return found


def _message(found: list[tuple[str, tuple[str, str]]]) -> str:
    (first, (phrase, label)), more = found[0], [other for other, _ in found[1:]]
    also = f"（还有 {'、'.join(more)}）" if more else ""
    return (
        f"答案里的“{phrase}”也出现在同一页 {first} 的{label}里{also}：学员从那道题就能读到这道的答案。"
        "请改写其中一处，让别的题不说出这道题的答案。"
    )


def give_away(banks: Banks) -> Iterable[Finding]:
    """Per item: another item on the same page states a distinctive phrase of its answer."""
    for bank in banks:
        index = _page_index(bank.items)
        for number, item in enumerate(bank.items):
            phrases = distinctive_phrases(item)
            others = sorted(_stating(phrases, index) - {number})
            stated = [(bank.items[other].id, _where_stated(phrases, bank.items[other])) for other in others]
            found = [(other, where) for other, where in stated if where]
            if found:
                yield item_finding(bank, item, GIVE_AWAY.name, _message(found))


GIVE_AWAY = Check(
    name="give-away",
    title="同一页的另一道题说出了这道题的答案",
    threshold=(
        f"同一个题库（一页）里：单选、多选题的正确选项中相邻 {PHRASE_WORDS} 个词（jieba 分词）组成、至少 {MIN_PHRASE_CHARACTERS} 个字、"
        f"含 {MIN_CONTENT_WORDS} 个 {MIN_WORD_CHARACTERS} 字以上非常用词、且本题题干和错误选项都没用的短语，"
        f"或填空题 {MIN_FILL_IN_CHARACTERS} 字以上的可接受答案，出现在另一道题的题干、选项、反馈或解析里时报告，"
        "每道题报一次（列出所有说出答案的题）"
    ),
    find=give_away,
)
