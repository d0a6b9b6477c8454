"""True/false (``type: true_false``): a statement, ``answer: true|false`` and one feedback."""

from __future__ import annotations

from typing import Any

from kb.core.problem import Problem as BankError
from kb.quiz.model import ItemKind, Option
from kb.quiz.types import choice
from kb.quiz.types.base import FEEDBACK_FIELD, ItemSource, ItemType

LABELS = {True: "对", False: "错"}
ANSWER_FIELD: dict[str, Any] = {
    "type": "boolean",
    "description": "判断题的正确答案：true（对）或 false（错）。其他题型不写。",
}
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
    return choice.ChoiceItem(**source.common_fields(ItemKind.TRUE_FALSE), options=options)


TYPE = ItemType(
    kind=ItemKind.TRUE_FALSE,
    name="判断题",
    label="判断",
    template=choice.TEMPLATE,
    fields={"answer": ANSWER_FIELD, "feedback": FEEDBACK_FIELD},
    then={"required": ["answer", "feedback"]},
    check=check,
    misplaced=misplaced,
    build=build,
    answer_key=choice.answer_key,
)
