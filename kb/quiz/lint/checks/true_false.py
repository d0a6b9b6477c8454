"""True/false cues: "always answer 错" should not pay, and a negated statement keyed 错 is a double negative."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from kb.quiz.lint.check import Banks, Check, item_finding, per_bank_and_overall, percent
from kb.quiz.lint.finding import Finding
from kb.quiz.lint.measure import plain, words
from kb.quiz.lint.view import LintItem

TRUE_SHARE = (0.4, 0.6)
"""Share of true/false items keyed 对, per bank and overall (widened to the nearest whole item)."""
NEGATION_CHARACTERS = "不没无非别未"
"""A word starting with one of these negates the statement…"""
NOT_NEGATIONS = frozenset(
    "不同 不少 不错 不断 不仅 不但 不过 不久 不幸 不为过 不管 不如 不好意思 无论 非常 别人 别的 别处 别家 未来".split()
)
"""…unless it is one of these ordinary words."""
_PREFIX = re.compile(r"^\s*判断\s*[:：]\s*")


def true_range(total: int) -> tuple[int, int]:
    """The counts of true items allowed among ``total``: 40–60 %, or the nearest whole items to half."""
    low, high = TRUE_SHARE
    return min(math.ceil(low * total), total // 2), max(math.floor(high * total), math.ceil(total / 2))


def _balance_message(items: list[LintItem]) -> str | None:
    answers = [item.answer for item in items if item.answer is not None]
    trues = sum(answers)
    low, high = true_range(len(answers))
    if not answers or low <= trues <= high:
        return None
    wanted = f"{low}" if low == high else f"{low}–{high}"
    return (
        f"{len(answers)} 道判断题里 {trues} 道答案是“对”（{percent(trues, len(answers))}），"
        f"应为 {round(TRUE_SHARE[0] * 100)}–{round(TRUE_SHARE[1] * 100)} %（这里是 {wanted} 道）。"
        "“一律答错”不该能得分：把几道错误陈述改写成肯定的正确陈述。"
    )


def tf_balance(banks: Banks) -> Iterable[Finding]:
    """Per bank and overall: the share of true/false items keyed true."""
    return per_bank_and_overall(banks, TF_BALANCE.name, _balance_message)


def negations(statement: str) -> list[str]:
    """The negating words of a statement (its "判断：" prefix ignored)."""
    statement = _PREFIX.sub("", statement)
    if not any(character in plain(statement) for character in NEGATION_CHARACTERS):
        return []  # no word can start with one: nothing to segment
    found = [word for word in words(statement) if word[0] in NEGATION_CHARACTERS]
    return [word for word in found if word not in NOT_NEGATIONS]


def double_negative(banks: Banks) -> Iterable[Finding]:
    """Per item: a true/false statement with a negation that is keyed false."""
    for bank in banks:
        for item in bank.items:
            found = negations(item.question) if item.answer is False else []
            if found:
                message = (
                    f"否定句（{'、'.join(dict.fromkeys(found))}）的答案是“错”，学员要做双重否定。"
                    "请改写成肯定陈述：肯定句要么答“对”，要么把错误写在肯定的说法里。"
                )
                yield item_finding(bank, item, DOUBLE_NEGATIVE.name, message)


TF_BALANCE = Check(
    name="tf-balance",
    title="判断题“对”“错”不平衡",
    threshold=(
        f"每个题库和全部题库合计：答案为“对”的判断题占 {round(TRUE_SHARE[0] * 100)}–{round(TRUE_SHARE[1] * 100)} %"
        "（题数少时放宽到最接近一半的整题数，例如 3 道里 1 或 2 道）"
    ),
    find=tf_balance,
)
DOUBLE_NEGATIVE = Check(
    name="double-negative",
    title="否定句判断题答案为“错”（双重否定）",
    threshold=f"每道判断题：题干（去掉“判断：”）含以 {'、'.join(NEGATION_CHARACTERS)} 开头的否定词（“不同”“不少”“非常”这类普通词不算）、且答案为“错”时报告",
    find=double_negative,
)
