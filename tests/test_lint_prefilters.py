"""The lint segments a text with jieba only when a finding is possible; skipping it never hides one.

Segmenting is the slow part of the lint. Two cheap tests come first: a true/false statement with
no negation character has no negating word, and a stem with no run of two characters that is in
the key and in no distractor has no cue word. These properties compare each shortcut with the full
segmentation on texts built from words that jieba joins and splits in different ways.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kb.quiz.lint.checks import cues, true_false
from kb.quiz.lint.measure import bare, words
from kb.quiz.lint.view import ChoiceGroup

PIECES = [
    "不",
    "没有",
    "不断",
    "客户",
    "决策人",
    "预算",
    "跟进",
    "并不",
    "未来",
    "无论",
    "报价",
    "的",
    "，",
    "12",
    "CRM",
]
texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join)


def _cue_words_by_segmenting(question: str, group: ChoiceGroup) -> list[str]:
    """What ``cue_words`` finds when it segments every stem (no shortcut)."""
    key = bare(group.options[group.keyed.index(True)])
    distractors = [bare(text) for text in group.distractors]
    return [
        word
        for word in dict.fromkeys(bare(word) for word in words(question))
        if len(word) >= cues.MIN_CUE_LENGTH
        and word not in cues.COMMON_WORDS
        and not word.isdigit()
        and word in key
        and not any(word in text for text in distractors)
    ]


@settings(max_examples=300, deadline=None)
@given(question=texts, key=texts, distractors=st.lists(texts, min_size=1, max_size=3))
def test_the_cue_word_shortcut_never_hides_a_cue(question: str, key: str, distractors: list[str]) -> None:
    group = ChoiceGroup(options=(key, *distractors), keyed=(True, *[False] * len(distractors)))
    assert cues.cue_words(question, group) == _cue_words_by_segmenting(question, group)


@settings(max_examples=300, deadline=None)
@given(statement=texts)
def test_the_negation_shortcut_never_hides_a_negation(statement: str) -> None:
    segmented = [word for word in words(statement) if word[0] in true_false.NEGATION_CHARACTERS]
    assert true_false.negations(statement) == [word for word in segmented if word not in true_false.NOT_NEGATIONS]


def _recording(segmented: list[str]):
    """A stand-in for ``words`` that notes each text it is asked to segment."""

    def words(text: str) -> tuple[str, ...]:
        segmented.append(text)
        return ()

    return words


def test_a_stem_without_a_shared_run_is_not_segmented(monkeypatch) -> None:
    segmented: list[str] = []
    monkeypatch.setattr(cues, "words", _recording(segmented))
    group = ChoiceGroup(options=("先约见面", "发报价单", "等客户回复"), keyed=(True, False, False))
    assert cues.cue_words("客户说预算还没定，你下一步做什么？", group) == []
    assert segmented == [], "nothing in the stem can be a cue, so jieba is not needed"


def test_a_statement_without_negation_is_not_segmented(monkeypatch) -> None:
    segmented: list[str] = []
    monkeypatch.setattr(true_false, "words", _recording(segmented))
    assert true_false.negations("判断：先确认决策链再报价。") == []
    assert segmented == []
