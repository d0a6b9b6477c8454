"""A new bank file with one example item of each type, ready for a trainer to edit.

The examples are the types' own (``ItemType.example`` in kb/quiz/types/), in registry order.
"""

from __future__ import annotations

from kb.quiz.types import TYPES
from kb.quiz.types.base import ItemType

BANK_HEADER = """\
# yaml-language-server: $schema=../kb/quiz/bank.schema.json
# 新题库：下面每种题型各有一道示例题（{labels}）。
# 把它们改成你自己的题，用不上的题型整道删掉。写完运行 python scripts/kb.py validate 检查，
# 再运行 python scripts/kb.py lint 看出题提示。怎样出好题见 docs/trainers/item-writing.md。
title: {title}
intro: 读完[专题页](topics/{page})后做这套题。
shuffle_options: true
items:
"""
TYPE_NOTE_COLUMN = 35
"""Where a note on the ``type:`` line starts, so the notes of every example line up."""


def _example_item(number: int, item_type: ItemType, bank_id: str, cite: str) -> str:
    """One example item: its id and type line (with the type's note), the type's example, its cite."""
    body = item_type.example
    note = ""
    if body.lstrip().startswith("#"):
        first, body = body.split("\n", 1)
        note = " " * max(1, TYPE_NOTE_COLUMN - len(f"    type: {item_type.kind}")) + first.strip()
    head = f"  - id: {bank_id}-{number:02d}\n    type: {item_type.kind}{note}\n"
    return f"{head}{body}    cite: {cite}\n"


def new_bank_text(bank_id: str, page: str, anchor: str, title: str | None = None) -> str:
    """The text of a new, valid bank citing ``topics/<page>#<anchor>``."""
    labels = "、".join(item_type.label.split("（")[0] for item_type in TYPES.values())
    header = BANK_HEADER.format(labels=labels, title=title or f"{bank_id} 自测题", page=page)
    cite = f"topics/{page}#{anchor}"
    items = (_example_item(n, t, bank_id, cite) for n, t in enumerate(TYPES.values(), start=1))
    return header + "".join(items)
