"""Ordering (``type: ordering``): 3–8 entries written in the correct order; the page shuffles them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
    yaml_strings,
)

MIN_ENTRIES, MAX_ENTRIES = 3, 8
ENTRIES_FIELD: dict[str, Any] = {
    "type": "array",
    "description": "排序题：3 到 8 项，按正确顺序写（第一项排第一）；页面上会打乱顺序。其他题型不写。",
    "errorMessage": "“entries”是列表：按正确顺序每项一行，以“- ”开头。",
    "items": {"$ref": "#/$defs/short_text"},
}

EXAMPLE = """\
    # 3–8 项，按正确顺序写（第一项排第一）；页面会打乱
    question: 把下面几步按原文的先后排列：
    entries:
      - 第一步
      - 第二步
      - 第三步
    feedback: 为什么是这个顺序。
    explanation: 解析。
"""


@dataclass(frozen=True)
class Entry:
    """One entry to put in place; its key does not reveal where it belongs."""

    key: str
    text: str


@dataclass(frozen=True, kw_only=True)
class OrderingItem(Item):
    """Entries in their correct order, and the feedback for a wrong order."""

    entries: tuple[Entry, ...]
    feedback: str

    @property
    def shown_entries(self) -> tuple[Entry, ...]:
        """The order the page first shows (before the browser shuffles): by key, never the answer."""
        shown = tuple(sorted(self.entries, key=lambda entry: entry.key))
        return shown[1:] + shown[:1] if shown == self.entries else shown


def check(source: ItemSource) -> list[BankError]:
    """Entries and feedback present; 3–8 entries, none empty, no two alike."""
    errors = []
    if "feedback" not in source.data:
        errors.append(source.error(message="排序题缺少字段“feedback”：写上学员排错时看到的话，说明为什么是这个顺序。"))
    entries = source.data.get("entries")
    if "entries" not in source.data:
        message = f"缺少字段“entries”。排序题要把 {MIN_ENTRIES} 到 {MAX_ENTRIES} 项按正确顺序写在 entries 里（页面上会打乱）。"
        return [*errors, source.error(message=message)]
    if not isinstance(entries, list):
        return errors
    if len(entries) < MIN_ENTRIES:
        message = f"排序题至少要有 {MIN_ENTRIES} 项，现在只有 {len(entries)} 项。请在 entries 里补上，按正确顺序写。"
        errors.append(source.error("entries", message=message))
    elif len(entries) > MAX_ENTRIES:
        message = f"排序题最多 {MAX_ENTRIES} 项，现在有 {len(entries)} 项。请删掉几项，或者拆成两道题。"
        errors.append(source.error("entries", message=message))
    for number, entry in enumerate(entries):
        if isinstance(entry, str) and not entry.strip():
            errors.append(source.error("entries", number, message="这一项是空的。请写上内容，或者删掉这一行。"))
    values = [(("entries", number), source.line_of("entries", number), entry) for number, entry in enumerate(entries)]
    message = "“{1}”和第 {0} 行的一项一模一样。排序题的每一项都要不同，否则分不出先后。"
    return errors + duplicate_errors(source, values, message.format)


def build(source: ItemSource) -> OrderingItem:
    """The item with each entry keyed ``e`` + 8 hex digits (see ``opaque_key``)."""
    item_id = source.data["id"]
    entries = tuple(Entry(opaque_key("e", item_id, text), text) for text in source.data["entries"])
    return OrderingItem(**source.common_fields(), entries=entries, feedback=source.data["feedback"])


def answer_key(item: OrderingItem) -> dict[str, Any]:
    """The entry keys in the correct order."""
    return {"kind": "ordering", "correct": [entry.key for entry in item.entries]}


def answer_parts(item: OrderingItem) -> int:
    """One entry key per place."""
    return len(item.entries)


def lint_view(data: dict[str, Any]) -> LintAnswers:
    """The entries: in their written order they are the answer."""
    entries = tuple(yaml_strings(data.get("entries")))
    return LintAnswers(answer_texts=entries, page_texts=tuple(("条目", entry) for entry in entries))


def report_parts(item: OrderingItem) -> ReportParts:
    """The entries by their text, read as one order."""
    return ReportParts(labels=tuple((entry.key, entry.text) for entry in item.entries), ordered=True)


TYPE = ItemType(
    kind="ordering",
    name="排序题",
    label="排序",
    template="items/ordering.html",
    fields={"entries": ENTRIES_FIELD, "feedback": FEEDBACK_FIELD},
    then={
        "required": ["entries", "feedback"],
        "properties": {"entries": {"minItems": MIN_ENTRIES, "maxItems": MAX_ENTRIES}},
    },
    check=check,
    misplaced=misplaced_message(
        "排序题", "把要排序的内容按正确顺序写在 entries 里，学员排错时的说明写在 feedback 里。"
    ),
    build=build,
    answer_key=answer_key,
    answer_parts=answer_parts,
    lint_view=lint_view,
    report_parts=report_parts,
    example=EXAMPLE,
    plain_fields=frozenset({"entries"}),
)
