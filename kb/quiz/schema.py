"""Checks a bank document against the JSON Schema and words each failure for a trainer."""

from __future__ import annotations

import copy
import difflib
import json
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kb.core.document import DataPath, YamlDocument
from kb.core.problem import Problem
from kb.core.quick_schema import Check, quick_check

if TYPE_CHECKING:  # imported only when a bank fails the quick check: a build of valid banks never needs it
    import jsonschema

SCHEMA_PATH = Path(__file__).with_name("bank.schema.json")

_TYPE_NAMES = {
    "string": "文字",
    "boolean": "布尔值（true 或 false）",
    "array": "列表（每项以“- ”开头）",
    "object": "一组“字段: 值”",
    "integer": "整数",
    "number": "数字",
    "null": "空值",
}


@lru_cache(maxsize=1)
def bank_schema() -> dict[str, Any]:
    """The bank JSON Schema shipped in the repository (also used by trainers' editors)."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


_LOCAL_DEFINITION = "#/$defs/"


def _inlined(node: Any, definitions: Mapping[str, Any], within: tuple[str, ...] = ()) -> Any:
    """``node`` with every ``"$ref": "#/$defs/name"`` replaced by that definition, under ``allOf``.

    jsonschema resolves a reference each time it meets one (several per item); inlined, the
    definitions are looked up once. ``allOf`` with one schema fails exactly as the reference did,
    with the same failing schema, keyword, value and path, so every message stays the same.
    """
    if isinstance(node, list):
        return [_inlined(child, definitions, within) for child in node]
    if not isinstance(node, dict):
        return node
    result = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str) and value.startswith(_LOCAL_DEFINITION):
            name = value.removeprefix(_LOCAL_DEFINITION)
            if name in within or "allOf" in node:
                raise ValueError(f"bank.schema.json: $defs/{name} is referred to within itself or beside allOf")
            result["allOf"] = [_inlined(definitions[name], definitions, (*within, name))]
        else:
            result[key] = _inlined(value, definitions, within)
    return result


@lru_cache(maxsize=1)
def _checked_schema() -> dict[str, Any]:
    """The file's schema without its per-type ``if/then`` rules, references inlined.

    Those rules are for editors; each type module's ``check`` reports the same problems in
    plain words (``判断题不写 options：…``), which a schema message cannot.
    """
    schema = copy.deepcopy(bank_schema())
    del schema["$defs"]["item"]["allOf"]
    inlined: dict[str, Any] = _inlined(schema, schema["$defs"])
    return inlined


@lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    """The validator for ``_checked_schema``, from jsonschema: it finds and explains every failure."""
    import jsonschema

    schema = _checked_schema()
    return jsonschema.validators.validator_for(schema)(schema)


@lru_cache(maxsize=1)
def _quick_check() -> Check | None:
    """The same schema as a yes/no check (``kb.core.quick_schema``): valid banks skip jsonschema."""
    return quick_check(_checked_schema())


def _type_name_of(value: Any) -> str:
    if isinstance(value, bool):
        return "布尔值"
    if isinstance(value, str):
        return "文字"
    if isinstance(value, (int, float)):
        return "数字"
    if isinstance(value, list):
        return "列表"
    if isinstance(value, dict):
        return "一组“字段: 值”"
    if value is None:
        return "空值"
    return f"{type(value).__name__}（例如日期）"


def _field_name(data_path: DataPath) -> str:
    names = [part for part in data_path if isinstance(part, str)]
    return names[-1] if names else "题库"


def _schema_node(error: jsonschema.ValidationError) -> Mapping[str, Any]:
    """The schema object that failed (jsonschema also allows a bare ``true``/``false`` schema)."""
    return error.schema if isinstance(error.schema, Mapping) else {}


def _described_properties(schema_node: Mapping[str, Any]) -> dict[str, str]:
    return {name: spec.get("description", "") for name, spec in schema_node.get("properties", {}).items()}


def _required_message(error: jsonschema.ValidationError) -> tuple[str, str]:
    missing = error.message.split("'")[1]
    description = _described_properties(_schema_node(error)).get(missing, "")
    return missing, f"缺少字段“{missing}”。{description}"


def _unknown_field_messages(error: jsonschema.ValidationError) -> list[tuple[str, str]]:
    allowed = list(_schema_node(error).get("properties", {}))
    instance: dict[str, Any] = error.instance if isinstance(error.instance, dict) else {}
    messages = []
    for name in sorted(set(instance) - set(allowed)):
        guess = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
        hint = f"是不是想写“{guess[0]}”？" if guess else ""
        messages.append((name, f"不认识的字段“{name}”。{hint}这里可以写的字段有：{'、'.join(allowed)}。"))
    return messages


def _value_message(error: jsonschema.ValidationError, field: str) -> str:
    validator = error.validator
    # Any JSON value: the bank's own data, and the schema keyword's argument.
    instance: Any = error.instance
    limit: Any = error.validator_value
    if validator == "type":
        expected = _TYPE_NAMES.get(limit, str(limit))
        return f"“{field}”应该是{expected}，现在是{_type_name_of(instance)}。"
    if validator == "enum":
        choices = "、".join(str(choice) for choice in limit)
        return f"“{field}”只能是 {choices} 之一，现在是“{instance}”。"
    if validator == "minLength":
        return f"“{field}”不能为空。"
    if validator == "maxLength":
        return f"“{field}”太长了（{len(instance)} 字，最多 {limit} 字）。"
    if validator == "minItems":
        if field == "options":
            return f"选项太少：至少要有 {limit} 个选项，现在只有 {len(instance)} 个。"
        return f"“{field}”至少要有 {limit} 项。"
    if validator == "maxItems":
        return f"“{field}”最多 {limit} 项，现在有 {len(instance)} 项。"
    if validator == "pattern":
        description = _schema_node(error).get("description", "")
        return f"“{field}”的写法不对：“{instance}”。{description}"
    return f"“{field}”不符合题库格式：{error.message}"


def schema_errors(document: YamlDocument) -> list[Problem]:
    """Every schema failure in the document, each at the trainer's own line.

    A bank the quick check accepts has none; jsonschema looks only at one it does not.
    """
    quick = _quick_check()
    if quick is not None and quick(document.data):
        return []
    errors = []
    for error in _validator().iter_errors(document.data):
        data_path = tuple(error.absolute_path)
        item_id = item_id_at(document.data, data_path)
        if error.validator == "required":
            _, message = _required_message(error)
            line, column = document.position_of(data_path)
            errors.append(Problem(document.path, line, column, message, item_id))
        elif error.validator == "additionalProperties" and isinstance(error.instance, dict):
            for name, message in _unknown_field_messages(error):
                line, column = document.key_position_of(data_path + (name,))
                errors.append(Problem(document.path, line, column, message, item_id))
        else:
            line, column = document.position_of(data_path)
            message = _value_message(error, _field_name(data_path))
            errors.append(Problem(document.path, line, column, message, item_id))
    return errors


def item_id_at(data: Any, data_path: DataPath) -> str | None:
    """The id of the item that ``data_path`` lies in, when it has a usable one."""
    if len(data_path) < 2 or data_path[0] != "items" or not isinstance(data_path[1], int):
        return None
    try:
        item = data["items"][data_path[1]]
    except (KeyError, IndexError, TypeError):
        return None
    item_id = item.get("id") if isinstance(item, dict) else None
    return item_id if isinstance(item_id, str) and item_id else None
