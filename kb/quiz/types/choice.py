"""Single and multiple choice: options with ``correct: true`` and feedback per option."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kb.core.problem import Problem as BankError
from kb.quiz.model import Item, Option
from kb.quiz.types.base import ItemSource, ItemType, LintAnswers, ReportParts, duplicate_errors, yaml_mappings

TEMPLATE = "items/choice.html"
OPTIONS_FIELD: dict[str, Any] = {
    "type": "array",
    "minItems": 2,
    "maxItems": 8,
    "description": "单选题和多选题的选项（其他题型不写）。正确的选项写 correct: true。",
    "errorMessage": "“options”是选项列表：每个选项以“- text: …”开头。",
    "items": {"$ref": "#/$defs/option"},
}
OPTION_DEF: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["text"],
    "errorMessage": "每个选项要写 text，正确的选项写 correct: true，再写 feedback；不能有别的字段。",
    "properties": {
        "text": {"$ref": "#/$defs/text", "description": "选项文字，可以用 Markdown。"},
        "correct": {
            "type": "boolean",
            "description": "这个选项是正确答案时写 correct: true；错误选项可以不写。",
            "errorMessage": "“correct”只能写 true 或 false（不要写 yes、是）；错误选项可以不写。",
        },
        "feedback": {
            "$ref": "#/$defs/text",
            "description": "学员选了这个选项时显示：为什么对或为什么错。错误选项必须写。",
        },
    },
}
THEN: dict[str, Any] = {"required": ["options"]}


@dataclass(frozen=True, kw_only=True)
class ChoiceItem(Item):
    """An item answered by picking options: single, multiple, or true/false (对/错)."""

    options: tuple[Option, ...]

    @property
    def correct_keys(self) -> tuple[str, ...]:
        """Keys of the correct options, in option order."""
        return tuple(option.key for option in self.options if option.correct)

    @property
    def input_type(self) -> str:
        """Checkboxes when several options may be chosen, radio buttons otherwise."""
        return "checkbox" if self.kind == "multiple" else "radio"


def misplaced(name: str) -> str:
    """The message for a field single and multiple choice items do not use."""
    if name in ("answer", "feedback"):
        return f"单选题和多选题不用“{name}”：正确答案写在选项的 correct: true 上，反馈写在各个选项的 feedback 里。"
    return f"单选题和多选题不写“{name}”：把选项写在 options 里，正确的选项写 correct: true，每个选项的反馈写在它的 feedback 里。"


def _correct_count_errors(source: ItemSource, options: list[Any]) -> list[BankError]:
    correct_lines = [
        source.line_of("options", number)
        for number, option in enumerate(options)
        if isinstance(option, dict) and option.get("correct") is True
    ]
    if not correct_lines:
        return [source.error("options", message="没有正确选项。请在正确的选项上写 correct: true。")]
    if source.data.get("type") == "single" and len(correct_lines) > 1:
        lines = "、".join(str(line) for line in correct_lines)
        message = f"单选题只能有一个正确选项，现在有 {len(correct_lines)} 个（第 {lines} 行）。如果确实有多个正确答案，请把 type 改成 multiple。"
        return [source.error("options", message=message)]
    return []


def check(source: ItemSource) -> list[BankError]:
    """One correct option (single) or at least one (multiple); feedback on wrong options; no twins."""
    if "options" not in source.data:
        return [source.error(message="缺少字段“options”。单选题和多选题要列出选项，正确的选项写 correct: true。")]
    options = source.data["options"]
    if not isinstance(options, list):
        return []
    errors = _correct_count_errors(source, options)
    texts = []
    for number, option in enumerate(options):
        if not isinstance(option, dict):
            continue
        if option.get("correct") is not True and not option.get("feedback"):
            errors.append(
                source.error("options", number, message="错误选项要写 feedback：告诉学员为什么这个选项不对。")
            )
        texts.append((("options", number, "text"), source.line_of("options", number), option.get("text")))
    errors += duplicate_errors(source, texts, lambda line, _: f"这个选项和第 {line} 行的选项一模一样。")
    return errors


def build(source: ItemSource) -> ChoiceItem:
    """The item with options keyed ``a``, ``b``, … in the order written."""
    options = tuple(
        Option(
            key=chr(ord("a") + number),
            text=option["text"],
            correct=option.get("correct") is True,
            feedback=option.get("feedback", ""),
        )
        for number, option in enumerate(source.data["options"])
    )
    return ChoiceItem(**source.common_fields(), options=options)


def answer_key(item: ChoiceItem) -> dict[str, Any]:
    """The item's kind and the keys of its correct options."""
    return {"kind": item.kind, "correct": list(item.correct_keys)}


def answer_parts(item: ChoiceItem) -> int:
    """One option for radio buttons; at most every option for checkboxes."""
    return len(item.options) if item.input_type == "checkbox" else 1


def lint_view(data: dict[str, Any]) -> LintAnswers:
    """The options with their keys; the keyed options' texts are what a right answer says."""
    options = yaml_mappings(data.get("options"))
    pairs = tuple((str(option.get("text", "")), option.get("correct") is True) for option in options)
    shown = [(label, str(option.get(name, ""))) for option in options for label, name in _SHOWN]
    return LintAnswers(
        options=pairs, answer_texts=tuple(text for text, keyed in pairs if keyed), page_texts=tuple(shown)
    )


_SHOWN = (("选项", "text"), ("选项的反馈", "feedback"))


def report_parts(item: ChoiceItem) -> ReportParts:
    """The options by their text; the report counts how often each was picked."""
    return ReportParts(labels=tuple((option.key, option.text) for option in item.options), count_picks=True)


def choice_type(kind: str, name: str, label: str, example: str) -> ItemType:
    """The ``TYPE`` of single or multiple choice: they differ only in how many options are correct."""
    return ItemType(
        kind=kind,
        name=name,
        label=label,
        template=TEMPLATE,
        fields={"options": OPTIONS_FIELD},
        then=THEN,
        check=check,
        misplaced=misplaced,
        build=build,
        answer_key=answer_key,
        answer_parts=answer_parts,
        lint_view=lint_view,
        report_parts=report_parts,
        example=example,
        defs={"option": OPTION_DEF},
    )
