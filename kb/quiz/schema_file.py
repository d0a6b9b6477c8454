"""Writes the item-type parts of ``bank.schema.json`` from ``kb/quiz/types/``.

The schema file is what trainers' editors read; the type modules are where a type is defined.
After adding or changing a type, run ``python -m kb.quiz.schema_file`` (a test fails until the
file matches). Everything else in the file (top level, common item fields) is edited by hand.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

from kb.quiz.types import TYPES, type_specific_fields
from kb.quiz.types.base import COMMON_FIELDS, SHORT_TEXT_DEF, ItemType

SCHEMA_PATH = Path(__file__).with_name("bank.schema.json")


def _type_rule(item_type: ItemType) -> dict[str, Any]:
    """``if type is K then …``: what K requires, its counts, and the other types' fields it must not have."""
    then = copy.deepcopy(item_type.then)
    foreign = sorted(type_specific_fields() - set(item_type.fields))
    then.setdefault("properties", {}).update({name: False for name in foreign})
    required = "、".join(then.get("required", []))
    rule = f"{item_type.name}（type: {item_type.kind}）要写 {required}，不写 {'、'.join(foreign)}。"
    then["errorMessage"] = rule  # what an editor shows for a missing or a foreign field of this type
    return {
        "description": rule,
        "if": {"properties": {"type": {"const": item_type.kind}}, "required": ["type"]},
        "then": then,
    }


def _type_message() -> str:
    """What an editor says for a misspelt ``type``: every kind with its Chinese name."""
    kinds = "、".join(f"{kind}（{item_type.name}）" for kind, item_type in TYPES.items())
    return f"题型（type）只能是 {kinds}之一。"


def composed_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with its type parts (type list, type fields, ``$defs``, ``allOf`` rules) regenerated."""
    result = copy.deepcopy(schema)
    defs = result["$defs"]
    item = defs["item"]
    properties = {name: spec for name, spec in item["properties"].items() if name in COMMON_FIELDS}
    for item_type in TYPES.values():
        properties.update(copy.deepcopy(item_type.fields))
        defs.update(copy.deepcopy(item_type.defs))
    properties["type"]["enum"] = list(TYPES)
    properties["type"]["errorMessage"] = _type_message()
    item["properties"] = properties
    item["allOf"] = [_type_rule(item_type) for item_type in TYPES.values()]
    defs["short_text"] = copy.deepcopy(SHORT_TEXT_DEF)
    return result


def schema_text(schema: dict[str, Any]) -> str:
    """The schema as the file holds it."""
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    """Rewrite bank.schema.json; print whether it changed."""
    current = SCHEMA_PATH.read_text(encoding="utf-8")
    updated = schema_text(composed_schema(json.loads(current)))
    if updated == current:
        print(f"{SCHEMA_PATH.name} 已是最新。")
        return 0
    SCHEMA_PATH.write_text(updated, encoding="utf-8")
    print(f"已更新 {SCHEMA_PATH.name}。")
    return 0


if __name__ == "__main__":
    sys.exit(main())
