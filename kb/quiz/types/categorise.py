"""Categorise (``type: categorise``, 归类题): 3–6 statements, each sorted into one of 2–3 named groups.

The trainer writes each group with its statements; the page lists every statement in an order that
does not give the groups away, each with a choice of group, and marks each statement right or wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kb.core.document import DataPath
from kb.core.problem import Problem as BankError
from kb.quiz.model import Item
from kb.quiz.types.base import (
    FEEDBACK_FIELD,
    ItemSource,
    ItemType,
    LintAnswers,
    ReportParts,
    duplicate_errors,
    misplaced_message,
    opaque_key,
    yaml_mappings,
    yaml_strings,
)

MIN_GROUPS, MAX_GROUPS = 2, 3
MIN_STATEMENTS, MAX_STATEMENTS = 3, 6
EXAMPLE = """\
    # 2–3 组，每组写 name 和属于它的 statements；全部说法加起来 3–6 条，页面上会打乱
    question: 下面这些说法，哪些是甲的观点，哪些是乙的观点？
    groups:
      - name: 甲的观点
        statements:
          - 甲说的第一句
          - 甲说的第二句
      - name: 乙的观点
        statements:
          - 乙说的一句
    feedback: 每一句为什么属于这一组。
    explanation: 解析。
"""
GROUPS_FIELD: dict[str, Any] = {
    "type": "array",
    "description": "归类题：2 到 3 组，每组写 name（组名）和 statements（属于这一组的说法）；全部说法加起来 3 到 6 条。其他题型不写。",
    "errorMessage": "“groups”是列表：每一组写成“- name: …”，下一行对齐写“statements:”和这一组的说法。",
    "items": {"$ref": "#/$defs/group"},
}
GROUP_DEF: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name", "statements"],
    "errorMessage": "每一组要写 name 和 statements 两个字段，不能有别的字段。",
    "properties": {
        "name": {"$ref": "#/$defs/short_text", "description": "组名（纯文字），学员给每条说法选一个组名。"},
        "statements": {
            "type": "array",
            "minItems": 1,
            "errorMessage": "“statements”是说法列表：每条说法以“- ”开头。",
            "description": "属于这一组的说法（纯文字），至少一条；页面上所有说法会打乱顺序。",
            "items": {"$ref": "#/$defs/short_text"},
        },
    },
}


@dataclass(frozen=True)
class Group:
    """One named group: ``g1``, ``g2``, … in the order written (the order the page offers them)."""

    key: str
    name: str


@dataclass(frozen=True)
class Statement:
    """One statement to sort, keyed so that its key says nothing of its group, and its group's key."""

    key: str
    text: str
    group: str


@dataclass(frozen=True, kw_only=True)
class CategoriseItem(Item):
    """The groups in written order, every statement in the order the page shows, and the feedback."""

    groups: tuple[Group, ...]
    statements: tuple[Statement, ...]
    """Sorted by key: the page never lists a group's statements together."""
    feedback: str


def _statements_of(group: Any) -> list[Any]:
    """A group's statements as written (nothing when the group or its list is malformed)."""
    statements = group.get("statements") if isinstance(group, dict) else None
    return statements if isinstance(statements, list) else []


def _statement_values(source: ItemSource, groups: list[Any]) -> list[tuple[DataPath, int, Any]]:
    """Every statement of every group: where it is, its line, its text."""
    return [
        (("groups", index, "statements", number), source.line_of("groups", index, "statements", number), text)
        for index, group in enumerate(groups)
        for number, text in enumerate(_statements_of(group))
    ]


def _empty_errors(source: ItemSource, values: list[tuple[DataPath, int, Any]]) -> list[BankError]:
    message = "这里是空的。请写上内容，或者删掉这一行。"
    return [
        source.error(*where, message=message) for where, _, text in values if isinstance(text, str) and not text.strip()
    ]


def _count_errors(source: ItemSource, groups: list[Any], statements: int) -> list[BankError]:
    if not MIN_GROUPS <= len(groups) <= MAX_GROUPS:
        message = f"归类题要有 {MIN_GROUPS} 到 {MAX_GROUPS} 组，现在 groups 里有 {len(groups)} 组。"
        return [source.error("groups", message=message)]
    if not MIN_STATEMENTS <= statements <= MAX_STATEMENTS:
        message = f"归类题的说法加起来要有 {MIN_STATEMENTS} 到 {MAX_STATEMENTS} 条，现在有 {statements} 条。请增删几条，或者拆成两道题。"
        return [source.error("groups", message=message)]
    return []


def check(source: ItemSource) -> list[BankError]:
    """Groups and feedback present; 2–3 groups, 3–6 statements, none empty, no name or statement twice."""
    errors = []
    if "feedback" not in source.data:
        errors.append(
            source.error(message="归类题缺少字段“feedback”：写上学员归错时看到的话，说明每一句为什么属于那一组。")
        )
    if "groups" not in source.data:
        message = (
            f"缺少字段“groups”。归类题要写 {MIN_GROUPS} 到 {MAX_GROUPS} 组，每组是“- name: 组名”加上它的 statements。"
        )
        return [*errors, source.error(message=message)]
    if not isinstance(source.data["groups"], list):
        return errors
    groups = source.data["groups"]
    names = [
        (("groups", n, "name"), source.line_of("groups", n), group.get("name"))
        for n, group in enumerate(groups)
        if isinstance(group, dict)
    ]
    values = _statement_values(source, groups)
    errors += _count_errors(source, groups, len(values))
    errors += duplicate_errors(source, names, "组名“{1}”和第 {0} 行的重复了。每一组的名字都要不同。".format)
    message = "“{1}”和第 {0} 行的说法一模一样。每条说法只能出现一次，只属于一组。"
    return errors + _empty_errors(source, names + values) + duplicate_errors(source, values, message.format)


def build(source: ItemSource) -> CategoriseItem:
    """Groups keyed ``g1``, ``g2``, …; statements keyed ``s`` + 8 hex digits, listed by key."""
    item_id = source.data["id"]
    groups = tuple(Group(f"g{number}", group["name"]) for number, group in enumerate(source.data["groups"], start=1))
    statements = [
        Statement(opaque_key("s", item_id, text), text, group.key)
        for group, written in zip(groups, source.data["groups"], strict=True)
        for text in written["statements"]
    ]
    return CategoriseItem(
        **source.common_fields(),
        groups=groups,
        statements=tuple(sorted(statements, key=lambda statement: statement.key)),
        feedback=source.data["feedback"],
    )


def answer_key(item: CategoriseItem) -> dict[str, Any]:
    """Per statement, in the order the page shows them, the key of its group."""
    return {"kind": "categorise", "correct": [statement.group for statement in item.statements]}


def answer_parts(item: CategoriseItem) -> int:
    """One group key per statement."""
    return len(item.statements)


def lint_view(data: dict[str, Any]) -> LintAnswers:
    """Each statement with its group's name is what a right answer says."""
    groups = yaml_mappings(data.get("groups"))
    pairs = [(str(group.get("name", "")), text) for group in groups for text in yaml_strings(group.get("statements"))]
    shown = [("组名", str(group.get("name", ""))) for group in groups] + [("说法", text) for _, text in pairs]
    return LintAnswers(answer_texts=tuple(f"{text}{name}" for name, text in pairs), page_texts=tuple(shown))


def report_parts(item: CategoriseItem) -> ReportParts:
    """The groups by their names, each after the statement sorted into it (in the page's order)."""
    return ReportParts(
        labels=tuple((group.key, group.name) for group in item.groups),
        places=tuple(statement.text for statement in item.statements),
    )


TYPE = ItemType(
    kind="categorise",
    name="归类题",
    label="归类",
    template="items/categorise.html",
    fields={"groups": GROUPS_FIELD, "feedback": FEEDBACK_FIELD},
    then={
        "required": ["groups", "feedback"],
        "properties": {"groups": {"minItems": MIN_GROUPS, "maxItems": MAX_GROUPS}},
    },
    check=check,
    misplaced=misplaced_message("归类题", "把组名和属于它的说法写在 groups 里（每组 name 和 statements）。"),
    build=build,
    answer_key=answer_key,
    answer_parts=answer_parts,
    lint_view=lint_view,
    report_parts=report_parts,
    example=EXAMPLE,
    plain_fields=frozenset({"name", "statements"}),
    defs={"group": GROUP_DEF},
)
