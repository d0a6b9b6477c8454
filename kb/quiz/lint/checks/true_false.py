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
_CLAUSES = re.compile(r"[，,；;：:。！？!?]")
SITUATION_ENDS = ("时", "时候", "的话", "之后", "以后")
"""A clause ending in one of these sets the scene ("客户没动静时"): its negations are not the claim's…"""
SITUATION_STARTS = ("如果", "要是", "假如", "万一", "遇到", "碰到")
"""…nor are those of a clause starting with one of these."""
_SITUATION_PHRASE = re.compile(r"\w*?时候?的")
""""客户说得不对时的姿态": a scene inside a noun phrase."""
JOINERS = ("但是", "但", "不过", "所以", "因此", "因而", "而且", "并且", "同时", "此外", "另外", "并", "又", "两者")
"""A clause starting with one of these adds a second claim to the statement…"""
CONCESSIVE = ("再", "即使", "即便", "哪怕", "就算", "无论", "不管", "虽然", "尽管")
"""…and so does a later clause with "也", unless the clause before it concedes ("跑得再勤，也…")."""
ATTRIBUTIONS = ("按", "据", "根据", "依")
"""Clauses that only say whose view it is ("按 001 的说法") are not claims."""
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」")
_A_NOT_A = re.compile(r"(\w)不\1")
""""买不买", "是不是": a question inside the statement, not a negation."""


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


def _is_situation(clause: str) -> bool:
    return clause.endswith(SITUATION_ENDS) or clause.startswith(SITUATION_STARTS)


def claim_negations(statement: str) -> list[str]:
    """The negations of what a statement claims, not of the scene it sets.

    Not those of a clause that sets the scene ("方案发过去客户没动静时"), of a description
    ("没动静的客户") or of an A-not-A question ("买不买").
    """
    clauses = _CLAUSES.split(plain(_PREFIX.sub("", statement)))
    kept = [_SITUATION_PHRASE.sub("", clause) for clause in clauses if not _is_situation(clause)]
    claim = "，".join(_A_NOT_A.sub("", clause) for clause in kept)
    found = negations(claim)
    segmented = list(words(claim)) if found else []
    described = {word for word, after in zip(segmented, segmented[1:], strict=False) if after == "的"}
    return [word for word in found if word not in described]


def _joined_clause(previous: str, clause: str) -> str | None:
    """The joining word that makes ``clause`` a second claim after ``previous``, if any."""
    starts = [joiner for joiner in JOINERS if clause.startswith(joiner)]
    if starts:
        return starts[0]
    also = "也" in clause and not _is_situation(previous) and not any(word in previous for word in CONCESSIVE)
    return "……也……" if also else None


def compound_joiners(statement: str) -> list[str]:
    """The words that join two claims in a true/false statement (quotes and "按…的说法" ignored)."""
    text = _QUOTED.sub("", plain(_PREFIX.sub("", statement)))
    found = ["；"] if "；" in text or ";" in text else []
    clauses = [clause for clause in _CLAUSES.split(text) if clause and not clause.startswith(ATTRIBUTIONS)]
    found += [_joined_clause(previous, clause) or "" for previous, clause in zip(clauses, clauses[1:], strict=False)]
    return list(dict.fromkeys(joiner for joiner in found if joiner))


def compound_statement(banks: Banks) -> Iterable[Finding]:
    """Per item: a true/false statement that joins two claims."""
    for bank in banks:
        for item in bank.items:
            found = compound_joiners(item.question) if item.answer is not None else []
            if found:
                quoted = "、".join(f"“{joiner}”" for joiner in found)
                message = (
                    f"判断题用 {quoted} 把两个说法连在一起：一半对一半错时，答“对”答“错”都说得通，"
                    "答“错”的学员也不知道错在哪一半。请只留一个说法，另一个拆成别的题或写进 explanation。"
                )
                yield item_finding(bank, item, COMPOUND_STATEMENT.name, message)


def double_negative(banks: Banks) -> Iterable[Finding]:
    """Per item: a true/false statement whose claim is negated and that is keyed false."""
    for bank in banks:
        for item in bank.items:
            found = claim_negations(item.question) if item.answer is False else []
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
COMPOUND_STATEMENT = Check(
    name="compound-statement",
    title="判断题把两个说法连在一起",
    threshold=(
        f"每道判断题：去掉“判断：”、引号里的原话和“按……的说法”之后，有分号，或后一个分句以 {'、'.join(JOINERS)} 开头，"
        "或后一个分句含“也”（前一个分句不是交代情境、也不含“再”“即使”“哪怕”这类让步词）时报告"
    ),
    find=compound_statement,
)
DOUBLE_NEGATIVE = Check(
    name="double-negative",
    title="否定句判断题答案为“错”（双重否定）",
    threshold=(
        f"每道判断题：题干（去掉“判断：”）含以 {'、'.join(NEGATION_CHARACTERS)} 开头的否定词、且答案为“错”时报告；"
        "“不同”“不少”“非常”这类普通词不算，交代情境的否定也不算：以“时”“的话”“之后”等结尾或以“如果”“遇到”等开头的分句"
        "（“客户没动静时”）和“……时的”短语，修饰名词的（“没动静的客户”），正反问（“买不买”）"
    ),
    find=double_negative,
)
