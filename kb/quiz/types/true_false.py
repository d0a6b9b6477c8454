"""True/false (``type: true_false``): a statement, ``answer: true|false`` and one feedback."""

from __future__ import annotations

from typing import Any

from kb.core.problem import Problem as BankError
from kb.quiz.model import Option
from kb.quiz.types import choice
from kb.quiz.types.base import FEEDBACK_FIELD, ItemSource, ItemType, LintAnswers

LABELS = {True: "对", False: "错"}
ANSWER_FIELD: dict[str, Any] = {
    "type": "boolean",
    "description": "判断题的正确答案：true（对）或 false（错）。其他题型不写。",
    "errorMessage": "判断题的 answer 只能写 true（对）或 false（错），不要写 yes、no、是、否。",
}
EXAMPLE = """\
    question: 判断：一句需要判断对错的话。
    answer: false
    feedback: 选“对”的学员会看到这句：为什么这句话不对。
    explanation: 解析。
"""
_NEEDS = {
    "answer": "answer: true 或 answer: false 表示这句话对还是错",
    "feedback": "feedback 说明学员选错时为什么错",
}


def misplaced(name: str) -> str:
    """The message for a field true/false items do not use (``options`` most often)."""
    field = " options" if name == "options" else f"“{name}”"
    return f"判断题不写{field}：用 answer: true 或 answer: false 表示对错，用 feedback 说明选错的原因。"


def check(source: ItemSource) -> list[BankError]:
    """An answer and the feedback for a wrong choice are both required."""
    return [
        source.error(message=f"判断题缺少字段“{name}”：用 {what}。")
        for name, what in _NEEDS.items()
        if name not in source.data
    ]


def build(source: ItemSource) -> choice.ChoiceItem:
    """Two options, 对 (``true``) and 错 (``false``); the wrong one carries the feedback."""
    answer = source.data["answer"]
    options = tuple(
        Option(
            key=str(value).lower(),
            text=LABELS[value],
            correct=answer is value,
            feedback="" if answer is value else source.data["feedback"],
        )
        for value in (True, False)
    )
    return choice.ChoiceItem(**source.common_fields(), options=options)


def lint_view(data: dict[str, Any]) -> LintAnswers:
    """Only the key: the two options are always 对 and 错."""
    answer = data.get("answer")
    return LintAnswers(answer=answer if isinstance(answer, bool) else None)


TYPE = ItemType(
    kind="true_false",
    name="判断题",
    label="判断",
    template=choice.TEMPLATE,
    fields={"answer": ANSWER_FIELD, "feedback": FEEDBACK_FIELD},
    then={"required": ["answer", "feedback"]},
    check=check,
    misplaced=misplaced,
    build=build,
    answer_key=choice.answer_key,
    answer_parts=choice.answer_parts,
    lint_view=lint_view,
    report_parts=choice.report_parts,
    example=EXAMPLE,
)
