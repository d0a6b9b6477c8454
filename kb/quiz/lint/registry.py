"""Every check the lint runs, in the order the trainer's guide explains them."""

from __future__ import annotations

from kb.quiz.lint.check import Check
from kb.quiz.lint.checks.cues import ABSOLUTE_WORD, CUE_WORD
from kb.quiz.lint.checks.giveaway import GIVE_AWAY
from kb.quiz.lint.checks.length import KEY_LENGTH, KEY_LONGEST
from kb.quiz.lint.checks.multiple import KEYED_PATTERN, MOST_KEYED
from kb.quiz.lint.checks.position import KEY_POSITION, KEYED_FIRST
from kb.quiz.lint.checks.recall import ANSWER_IN_STEM, RANK_ORDERING
from kb.quiz.lint.checks.repeats import NEAR_DUPLICATE, RECURRING_DISTRACTOR
from kb.quiz.lint.checks.section import SECTION_ECHO
from kb.quiz.lint.checks.true_false import COMPOUND_STATEMENT, DOUBLE_NEGATIVE, TF_BALANCE

CHECKS: tuple[Check, ...] = (
    KEY_POSITION,
    KEYED_FIRST,
    KEY_LONGEST,
    KEY_LENGTH,
    TF_BALANCE,
    DOUBLE_NEGATIVE,
    COMPOUND_STATEMENT,
    ABSOLUTE_WORD,
    CUE_WORD,
    RECURRING_DISTRACTOR,
    NEAR_DUPLICATE,
    MOST_KEYED,
    KEYED_PATTERN,
    GIVE_AWAY,
    SECTION_ECHO,
    RANK_ORDERING,
    ANSWER_IN_STEM,
)
