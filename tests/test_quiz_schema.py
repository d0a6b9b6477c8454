"""bank.schema.json: composed from the item type modules, and an editor flags type mistakes."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from kb.quiz.schema_file import SCHEMA_PATH, composed_schema, schema_text
from kb.quiz.types import TYPES
from tests.support.paths import FIXTURES

SHIPPED = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
EDITOR = jsonschema.Draft202012Validator(SHIPPED)
COMMON = {"question": "题干", "explanation": "解析", "cite": "topics/sample.md#alpha"}


def editor_flags(item: dict) -> list[str]:
    """What an editor using the shipped schema (if/then included) reports for one item."""
    bank = {"title": "题库", "items": [{"id": "x-01", **COMMON, **item}]}
    return sorted(f"{error.json_path}: {error.validator or 'false schema'}" for error in EDITOR.iter_errors(bank))


def test_the_shipped_schema_is_the_one_the_type_modules_compose():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(composed_schema(SHIPPED)), (
        "bank.schema.json is out of date: run python -m kb.quiz.schema_file"
    )


def test_every_type_has_an_if_then_rule_with_a_chinese_description():
    rules = SHIPPED["$defs"]["item"]["allOf"]
    assert [rule["if"]["properties"]["type"]["const"] for rule in rules] == list(TYPES)
    assert all(TYPES[kind].name in rule["description"] for kind, rule in zip(TYPES, rules, strict=True))


@pytest.mark.parametrize("bank", sorted((FIXTURES / "site-banks").glob("*.yml")), ids=lambda path: path.stem)
def test_the_fixture_banks_pass_the_editor_schema(bank):
    assert list(EDITOR.iter_errors(yaml.safe_load(bank.read_text(encoding="utf-8")))) == []


def test_an_editor_flags_options_on_a_true_false_item():
    options = [{"text": "对", "correct": True}, {"text": "错", "feedback": "不对"}]
    item = {"type": "true_false", "answer": True, "feedback": "不对"}
    assert editor_flags(item) == []
    assert editor_flags({**item, "options": options}) == ["$.items[0]: false schema"]


def test_an_editor_flags_entries_on_a_single_choice_item_and_a_missing_options():
    assert editor_flags({"type": "single", "entries": ["一", "二", "三"]}) == [
        "$.items[0]: false schema",
        "$.items[0]: required",
    ]


def test_an_editor_flags_too_few_entries_and_a_missing_feedback_on_an_ordering_item():
    assert editor_flags({"type": "ordering", "entries": ["一", "二"]}) == [
        "$.items[0].entries: minItems",
        "$.items[0]: required",
    ]


def test_an_editor_flags_too_many_blanks_on_a_fill_in_item():
    item = {"type": "fill_in", "feedback": "不对", "blanks": [{"accept": ["一"]}] * 4}
    assert editor_flags(item) == ["$.items[0].blanks: maxItems"]


def _failures(validator, data) -> list[tuple]:
    """What a schema failure's message is made of (kb.quiz.schema words it from these)."""
    return [
        (
            error.validator,
            error.message,
            tuple(error.absolute_path),
            error.schema.get("description"),
            list(error.schema.get("properties", {})),
        )
        for error in validator.iter_errors(data)
    ]


def test_the_build_validator_with_references_inlined_fails_each_fixture_as_the_schema_file_does():
    import copy

    from kb.core.yaml_reader import read_document
    from kb.quiz.rules import BANKS
    from kb.quiz.schema import _validator

    referring = copy.deepcopy(SHIPPED)
    del referring["$defs"]["item"]["allOf"]  # the build leaves the per-type rules to the type modules
    assert "$ref" not in json.dumps(_validator().schema["properties"]), "the build validator resolves no reference"
    files = sorted((FIXTURES / "broken-banks").glob("*.yml")) + sorted((FIXTURES / "site-banks").glob("*.yml"))
    documents = [document for document, _ in (read_document(path, BANKS) for path in files) if document is not None]
    compared = [
        (_failures(jsonschema.Draft202012Validator(referring), d.data), _failures(_validator(), d.data))
        for d in documents
    ]
    assert sum(len(expected) for expected, _ in compared) > 20, "the fixtures exercise the schema"
    assert [actual for _, actual in compared] == [expected for expected, _ in compared]
