"""What an editor says about a broken bank or scenario is Chinese, like the build's own messages.

yaml-language-server (VS Code's YAML extension) shows a schema node's ``errorMessage`` in place of
its English text for a wrong type, a value not in a list, a pattern, a missing field and a field
that is not allowed; the string is shown as it is, so it must be a string. The build words its
own messages (kb/quiz/schema.py, kb/scenario/checks.py). tests/test_editor_diagnostics.py runs
the real language server on the same files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from kb.content.sections import scan_docs
from kb.core.problem import Problem as BankError
from kb.quiz.catalog import load_catalog
from kb.scenario.catalog import load_scenarios

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
EDITOR = FIXTURES / "editor"
SCHEMAS = {
    "bank": REPO / "kb" / "quiz" / "bank.schema.json",
    "scenario": REPO / "kb" / "scenario" / "scenario.schema.json",
}
BROKEN = {"bank": EDITOR / "broken-bank.yml", "scenario": EDITOR / "broken-scenario.yml"}
REPORTED_KEYWORDS = ("type", "enum", "const", "pattern", "required")
"""Keywords whose failure yaml-language-server words with the node's errorMessage when it has one."""
CHINESE = re.compile("[\u4e00-\u9fff]")


def is_chinese(message: object) -> bool:
    return isinstance(message, str) and bool(CHINESE.search(message))


def schema(kind: str) -> dict[str, Any]:
    return json.loads(SCHEMAS[kind].read_text(encoding="utf-8"))


def schema_nodes(node: Any, where: tuple = ()) -> Iterator[tuple[tuple, dict[str, Any]]]:
    """Every subschema and where it is (the ``if`` of a type rule only selects, it reports nothing)."""
    if isinstance(node, list):
        for index, child in enumerate(node):
            yield from schema_nodes(child, (*where, index))
    if not isinstance(node, dict):
        return
    yield where, node
    for key, child in node.items():
        if key in ("properties", "$defs"):
            for name, subschema in child.items():
                yield from schema_nodes(subschema, (*where, key, name))
        elif key not in ("if", "errorMessage", "enum", "required") and isinstance(child, dict | list):
            yield from schema_nodes(child, (*where, key))


def reports_a_mistake(node: dict[str, Any]) -> bool:
    closed = node.get("additionalProperties") is False
    forbidden = any(value is False for value in node.get("properties", {}).values())
    return any(key in node for key in REPORTED_KEYWORDS) or closed or forbidden


@pytest.mark.parametrize("kind", SCHEMAS)
def test_every_schema_rule_an_editor_reports_has_a_chinese_message_of_its_own(kind):
    """A ``$ref`` takes the message of what it refers to; any other rule carries its own string."""
    unworded = [
        "/".join(map(str, where))
        for where, node in schema_nodes(schema(kind))
        if reports_a_mistake(node) and "$ref" not in node and not is_chinese(node.get("errorMessage"))
    ]
    assert unworded == []


@pytest.mark.parametrize("kind", SCHEMAS)
def test_every_editor_message_is_one_string_as_yaml_language_server_shows_it(kind):
    """ajv-errors' per-keyword objects reach the editor as an object, not as words."""
    messages = [
        node[key]
        for _where, node in schema_nodes(schema(kind))
        for key in ("errorMessage", "patternErrorMessage")
        if key in node
    ]
    assert messages and all(is_chinese(message) for message in messages), [m for m in messages if not is_chinese(m)]


def build_errors(kind: str, path: Path) -> list[BankError]:
    docs = scan_docs(FIXTURES / "docs")
    return (load_catalog if kind == "bank" else load_scenarios)([path], docs).errors


def nearest_message(root: dict[str, Any], schema_path: list) -> str | None:
    """The errorMessage of the failing subschema or, for a ``false`` one, of the schema holding it."""
    node: Any = root
    found = root.get("errorMessage")
    for key in schema_path:
        node = node[key]
        if isinstance(node, dict) and "$ref" in node:
            target: Any = root
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = {**target, **node}
        if isinstance(node, dict) and "errorMessage" in node:
            found = node["errorMessage"]
    return found


@pytest.mark.parametrize("kind", BROKEN)
def test_for_each_mistake_the_editor_and_the_build_both_speak_chinese(kind):
    """The fixture's mistakes: a yes/是 for a boolean, a misspelt type, a bad id, cite and score, a stray field."""
    path = BROKEN[kind]
    root = schema(kind)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    schema_failures = list(Draft202012Validator(root).iter_errors(data))
    assert schema_failures, "the fixture must break the schema"
    for failure in schema_failures:
        message = nearest_message(root, list(failure.schema_path)[:-1])
        assert is_chinese(message), (failure.message, message)
    errors = build_errors(kind, path)
    assert errors and all(is_chinese(error.message) for error in errors)
