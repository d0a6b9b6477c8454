"""What an item type module provides, and the item as the trainer wrote it (with positions)."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kb.core.document import DataPath
from kb.core.document import YamlDocument as BankDocument
from kb.core.problem import Problem as BankError
from kb.quiz.model import Citation, Item

COMMON_FIELDS = ("id", "type", "question", "explanation", "cite")
"""Fields every item has, whatever its type."""


@dataclass(frozen=True)
class ItemSource:
    """One item of a bank document as the trainer wrote it: plain data plus positions."""

    document: BankDocument
    index: int
    data: dict[str, Any]

    @property
    def path(self) -> DataPath:
        """The item's data path in the document."""
        return ("items", self.index)

    @property
    def id(self) -> str | None:
        """The item's id when it has a usable one (messages show it as ``[id]``)."""
        item_id = self.data.get("id")
        return item_id if isinstance(item_id, str) and item_id else None

    def line_of(self, *fields: str | int) -> int:
        """The line of the value at ``fields`` below the item."""
        return self.document.position_of(self.path + fields)[0]

    def error(self, *fields: str | int, message: str, key: bool = False) -> BankError:
        """A message at the value (or, with ``key``, the field name) at ``fields`` below the item."""
        data_path = self.path + fields
        where = self.document.key_position_of if key else self.document.position_of
        line, column = where(data_path)
        return BankError(self.document.path, line, column, message, self.id)

    def common_fields(self) -> dict[str, Any]:
        """The constructor arguments every item class shares."""
        return {
            "id": self.data["id"],
            "kind": self.data["type"],
            "question": self.data["question"],
            "explanation": self.data["explanation"],
            "citation": Citation.parse(self.data["cite"]),
            "line": self.document.position_of(self.path)[0],
        }


@dataclass(frozen=True)
class LintAnswers:
    """What the item-writing lint reads of an item's answer, taken from the validated YAML.

    The lint never trusts a shape: a type's ``lint_view`` skips what is not what it expects.
    """

    options: tuple[tuple[str, bool], ...] = ()
    """Options a learner picks from, each with whether it is keyed (single and multiple only)."""
    answer_texts: tuple[str, ...] = ()
    """What a correct answer says (keys, entries, pairs, accepted answers): compared for duplicates."""
    page_texts: tuple[tuple[str, str], ...] = ()
    """What the page shows of the answer area, each with what it is (选项, 条目, 配对…)."""
    answer: bool | None = None
    """The key of a true/false item."""
    accepted: tuple[str, ...] = ()
    """Every accepted answer of every blank of a fill-in item."""


@dataclass(frozen=True)
class ReportParts:
    """How the trainers' report (培训师看板) reads a learner's answer to the item: by name, not by key."""

    labels: tuple[tuple[str, str], ...] = ()
    """Each answer part's key with its text as written (the report shortens it to plain text)."""
    places: tuple[str, ...] = ()
    """Per place of the answer, what it answers (matching's left entries, categorise's statements):
    the report writes ``place → label``."""
    ordered: bool = False
    """The answer is an order: its parts read as one sequence (``a → b → c``)."""
    count_picks: bool = False
    """Each labelled part is an option a learner picks or not: the report shows how often each was picked."""


@dataclass(frozen=True)
class ItemType:
    """One item type: what a trainer may write, what it must satisfy, and how it becomes a page.

    The JSON Schema of a bank (``bank.schema.json``) is composed from every type's ``fields``
    and ``then`` (see ``kb/quiz/schema_file.py``); ``check`` says in plain words what
    ``then`` says to an editor, plus what no schema can say.
    """

    kind: str
    """The ``type`` a trainer writes, e.g. ``ordering``: the type's key in the registry."""
    name: str
    """What trainers call it, e.g. ``排序题`` (messages, stats, the schema's descriptions)."""
    label: str
    """Shown after the item number, e.g. ``第 3 题 · 排序``."""
    template: str
    """The template that renders the item's answer area and feedback, in kb/quiz/templates/."""
    fields: dict[str, Any]
    """Schema of the fields only some types use (merged into ``$defs/item/properties``);
    its keys are the fields this type accepts besides ``COMMON_FIELDS``."""
    then: dict[str, Any]
    """Schema an editor applies when ``type`` is this kind: required fields and counts (the other
    types' fields are forbidden automatically)."""
    check: Callable[[ItemSource], list[BankError]]
    """Rules beyond the base schema, each a positioned message saying what to fix."""
    misplaced: Callable[[str], str]
    """The message for a field of another type written on this item (``options`` on 判断题)."""
    build: Callable[[ItemSource], Item]
    """The model object of an item that passed every check."""
    answer_key: Callable[[Any], dict[str, Any]]
    """What the browser needs to grade the item (``items[id]`` of ``data-kb-answer-key``)."""
    answer_parts: Callable[[Any], int]
    """How many strings a learner's answer to the item holds at most (one per option, entry, pair,
    blank…). The answer key carries it as ``parts``: the browser keeps no stored answer longer."""
    lint_view: Callable[[dict[str, Any]], LintAnswers]
    """What the item-writing lint reads of the item's answer (kb/quiz/lint/view.py)."""
    report_parts: Callable[[Any], ReportParts]
    """How the trainers' report names the parts of an answer (kb/quiz/report_data.py)."""
    example: str
    """One example item's lines after ``type:`` (indented four spaces), for ``kb.py new``;
    the first line may be a comment for the ``type:`` line (``# 3–8 项…``)."""
    plain_fields: frozenset[str] = frozenset()
    """Fields whose text is plain, not Markdown: compared as text, or escaped by the template."""
    defs: dict[str, Any] = field(default_factory=dict)
    """Extra ``$defs`` the type's fields refer to."""


SHORT_TEXT_DEF: dict[str, Any] = {
    "type": "string",
    "maxLength": 200,
    "description": "一小段纯文字（不解析 Markdown），最多 200 字。",
    "errorMessage": "这里写一小段纯文字（最多 200 字）；含英文冒号加空格（: ）时整段加引号。",
}
"""Entries, left/right sides, distractors and accepted answers: short, plain text."""
FEEDBACK_FIELD: dict[str, Any] = {
    "$ref": "#/$defs/text",
    "description": "判断题、排序题、配对题、填空题：学员答错时显示，说明为什么错、该怎么想。单选题和多选题把 feedback 写在各个选项里。",
}
"""The item-level ``feedback`` field, shared by every type that has no per-option feedback."""


def yaml_mappings(value: Any) -> list[dict[str, Any]]:
    """The mappings in a YAML list (nothing for anything else): the lint never trusts a shape."""
    return [entry for entry in value if isinstance(entry, dict)] if isinstance(value, list) else []


def yaml_strings(value: Any) -> list[str]:
    """Every entry of a YAML list as text (nothing for anything else)."""
    return [str(entry) for entry in value] if isinstance(value, list) else []


def misplaced_message(type_name: str, uses: str) -> Callable[[str], str]:
    """The usual message for a field of another type: ``排序题不写“options”：…``."""
    return lambda name: f"{type_name}不写“{name}”：{uses}"


def opaque_key(prefix: str, item_id: str, text: str) -> str:
    """A key for an entry that does not reveal its place: ``prefix`` + 8 hex digits of sha1."""
    digest = hashlib.sha1(f"{item_id}\u0000{text}".encode(), usedforsecurity=False).hexdigest()
    return prefix + digest[:8]


def _invisible(char: str) -> bool:
    """A character a learner cannot see or type on purpose.

    Format and control characters, variation selectors, spaces other than the ordinary and the
    ideographic one.
    """
    category = unicodedata.category(char)
    selector = "\ufe00" <= char <= "\ufe0f" or "\U000e0100" <= char <= "\U000e01ef"
    return category in ("Cc", "Cf") or selector or (category == "Zs" and char not in " \u3000")


def invisible_errors(source: ItemSource, fields: DataPath, text: str) -> list[BankError]:
    """A message when a short plain text holds a character nobody can see (the message reveals it)."""
    if not any(_invisible(char) for char in text):
        return []
    message = f"“{text}”里有看不见的字符：学员看到的和这里写的不一样，照着输入也对不上。"
    return [source.error(*fields, message=message)]


def looks_alike_key(text: str) -> str:
    """What two short texts are compared by: ``ＢＧ长`` and ``BG长``, ``café`` written two ways, are alike."""
    return unicodedata.normalize("NFKC", text).strip()


def duplicate_errors(
    source: ItemSource, values: Sequence[tuple[DataPath, int, Any]], message: Callable[[int, str], str]
) -> list[BankError]:
    """A message at each string that holds an invisible character, or looks the same as an earlier one.

    ``message`` gets the earlier one's line and the text. ``values`` holds, per string: where
    it is (below the item), the line to name, the value.
    """
    first_line: dict[str, int] = {}
    errors = []
    for fields, line, value in values:
        if not isinstance(value, str) or not value.strip():
            continue
        if found := invisible_errors(source, fields, value):
            errors += found
            continue
        text = looks_alike_key(value)
        if text in first_line:
            errors.append(source.error(*fields, message=message(first_line[text], value.strip())))
        else:
            first_line[text] = line
    return errors
