"""The item-type contract: every registered type provides everything a type must, in Python and JS.

A type is registered once in ``kb/quiz/types/__init__.py`` (``REGISTERED``) and once in
``overrides/assets/kb/types.js`` (``ITEM_TYPES``). Read statically, with no browser: the JS
registry's lines, the modules they import, and those modules' exports.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kb.quiz.schema_file import SCHEMA_PATH
from kb.quiz.types import TYPES, ItemKind
from kb.quiz.types.base import ItemType

REPO = Path(__file__).resolve().parents[1]
TEMPLATES = REPO / "kb" / "quiz" / "templates"
BROWSER = REPO / "overrides" / "assets" / "kb"
REGISTRY = BROWSER / "types.js"

IMPORT = re.compile(r'^import \* as (\w+) from "\./([\w/]+\.js)";$', re.MULTILINE)
ENTRY = re.compile(r"^  (\w+): \{ grade: (\w+)\.grade, mount: (\w+) \},$", re.MULTILINE)
CONTRACT_MEMBER = re.compile(r"^ \* @property \{.+?\} (\[?)(\w+)\]?\s", re.MULTILINE)
EXPORT = re.compile(r"^export (?:function|const) (\w+)\b", re.MULTILINE)


def js_registry(text: str) -> dict[str, tuple[Path, Path]]:
    """Each kind of ``ITEM_TYPES`` with the files of its grader and its mount."""
    modules = {name: BROWSER / path for name, path in IMPORT.findall(text)}
    return {kind: (modules[grade], modules[mount]) for kind, grade, mount in ENTRY.findall(text)}


def mount_contract(text: str) -> tuple[set[str], set[str]]:
    """The ``ItemMount`` members the registry's JSDoc lists: (required, optional ``[name]``)."""
    members = CONTRACT_MEMBER.findall(text)
    return {name for optional, name in members if not optional}, {name for optional, name in members if optional}


def exports(path: Path) -> set[str]:
    """The names a module exports (``export function`` or ``export const``)."""
    return set(EXPORT.findall(path.read_text(encoding="utf-8")))


REGISTRY_TEXT = REGISTRY.read_text(encoding="utf-8")
JS_TYPES = js_registry(REGISTRY_TEXT)
REQUIRED, OPTIONAL = mount_contract(REGISTRY_TEXT)
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
KINDS = list(TYPES)


def test_the_mount_contract_is_written_down_with_every_member_the_views_call():
    assert REQUIRED == {
        "emptyPrompt",
        "alwaysShuffled",
        "readAnswer",
        "isAnswered",
        "fit",
        "putAnswer",
        "clear",
        "shuffle",
        "showResult",
        "showKey",
        "answerText",
        "keyText",
        "wrongDetail",
        "firstControl",
    }
    assert OPTIONAL == {"move"}


def test_the_browser_registers_exactly_the_types_python_registers_in_the_same_order():
    assert list(JS_TYPES) == KINDS


def test_item_kind_is_the_registry():
    assert [kind.value for kind in ItemKind] == KINDS


@pytest.mark.parametrize("kind", KINDS)
def test_every_type_has_its_template(kind):
    assert (TEMPLATES / TYPES[kind].template).is_file()


@pytest.mark.parametrize("kind", KINDS)
def test_every_type_has_a_grader(kind):
    grade, _ = JS_TYPES[kind]
    assert grade.parent.name == "grade" and "grade" in exports(grade)


@pytest.mark.parametrize("kind", KINDS)
def test_every_type_has_a_mount_with_the_whole_contract(kind):
    _, mount = JS_TYPES[kind]
    assert mount.parent.name == "mount"
    assert REQUIRED - exports(mount) == set(), f"{mount.name} lacks part of ItemMount"
    assert exports(mount) - REQUIRED - OPTIONAL == set(), f"{mount.name} exports what ItemMount does not say"


@pytest.mark.parametrize("kind", KINDS)
def test_every_type_has_a_branch_in_the_bank_schema(kind):
    item = SCHEMA["$defs"]["item"]
    assert kind in item["properties"]["type"]["enum"]
    branches = [rule["if"]["properties"]["type"]["const"] for rule in item["allOf"]]
    assert branches.count(kind) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_every_type_gives_the_python_half_of_the_contract(kind):
    item_type: ItemType = TYPES[kind]
    assert item_type.kind == kind and item_type.name and item_type.label
    for part in ("check", "misplaced", "build", "answer_key", "answer_parts", "lint_view"):
        assert callable(getattr(item_type, part)), part
    assert item_type.example.strip() and set(item_type.plain_fields) <= _field_names(item_type)


def _field_names(item_type: ItemType) -> set[str]:
    """Every field name the type's schema fragment mentions, nested ones included."""
    text = json.dumps([item_type.fields, item_type.defs])
    return set(re.findall(r'"(\w+)": \{', text)) | set(item_type.fields)
