"""The quick schema check says "valid" exactly when jsonschema finds nothing, so valid banks skip jsonschema."""

from __future__ import annotations

import math
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from kb.core.quick_schema import quick_check
from kb.quiz.schema import _checked_schema, _validator
from tests.support.paths import FIXTURES, REPO
from tests.test_fuzz_banks import FUZZ, banks, mutated_banks, scalars, structures

BANK_FILES = sorted((REPO / "quizzes").glob("*.yml")) + sorted((FIXTURES / "site-banks").glob("*.yml"))


@pytest.fixture(scope="module")
def quick():
    check = quick_check(_checked_schema())
    assert check is not None, "the bank schema uses a keyword quick_schema does not compile"
    return check


def jsonschema_accepts(data) -> bool:
    return next(iter(_validator().iter_errors(data)), None) is None


@pytest.mark.parametrize("path", BANK_FILES, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_every_real_and_fixture_bank_passes_the_quick_check(quick, path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert jsonschema_accepts(data)
    assert quick(data)


@FUZZ
@given(data=banks | structures)
def test_the_quick_check_agrees_with_jsonschema_on_bank_shaped_and_random_data(quick, data):
    assert quick(data) == jsonschema_accepts(data)


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*path, index))


def _replaced(data, path, new):
    if not path:
        return new
    copy = dict(data) if isinstance(data, dict) else list(data)
    copy[path[0]] = _replaced(data[path[0]], path[1:], new)
    return copy


VALID = yaml.safe_load((FIXTURES / "site-banks" / "basics.yml").read_text(encoding="utf-8"))
EDGE_VALUES = [
    "",
    "x" * 200,
    "x" * 201,
    "x" * 3000,
    "x" * 3001,
    [],
    [None],
    ["x"] * 9,
    {},
    1.0,
    0,
    True,
    None,
    "single",
]
"""Values at and past the schema's limits, of every type, put in place of each value of a valid bank."""


def test_the_quick_check_agrees_with_jsonschema_at_every_limit_of_every_field(quick):
    for path in _paths(VALID):
        for new in EDGE_VALUES:
            changed = _replaced(VALID, path, new)
            assert quick(changed) == jsonschema_accepts(changed), (path, repr(new)[:20])


def _lists(value):
    for where in _paths(value):
        found = value
        for step in where:
            found = found[step]
        if isinstance(found, list) and found:
            yield where, found


def test_the_quick_check_agrees_with_jsonschema_on_every_list_grown_or_shrunk(quick):
    for path, found in _lists(VALID):
        for count in [*range(0, 13), 1000, 1001]:
            changed = _replaced(VALID, path, (found * count)[:count] if count > len(found) else found[:count])
            assert quick(changed) == jsonschema_accepts(changed), (path, count)


@FUZZ
@given(st.data())
def test_the_quick_check_agrees_with_jsonschema_when_one_value_of_a_valid_bank_changes(quick, data):
    path = data.draw(st.sampled_from(list(_paths(VALID))))
    changed = _replaced(VALID, path, data.draw(scalars | structures))
    assert quick(changed) == jsonschema_accepts(changed)


@FUZZ
@given(text=mutated_banks())
def test_the_quick_check_agrees_with_jsonschema_on_mutated_bank_files(quick, text):
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return
    assert quick(data) == jsonschema_accepts(data)


@pytest.mark.parametrize(
    ("schema", "value", "valid"),
    [
        ({"type": "integer"}, 1.0, True),
        ({"type": "integer"}, 10**400, True),
        ({"type": "integer"}, True, False),
        ({"type": "integer"}, math.inf, False),
        ({"type": "number"}, False, False),
        ({"type": ["string", "null"]}, None, True),
        ({"enum": [1]}, True, False),
        ({"enum": [1]}, 1.0, True),
        ({"enum": ["a"]}, b"a", False),
        ({"pattern": "b"}, "abc", True),  # searched, not matched from the start
        ({"pattern": "^b"}, 5, True),  # string keywords ignore other types
        ({"maxLength": 2}, "中文", True),  # characters, not bytes
        ({"properties": {"a": {"type": "string"}}, "additionalProperties": False}, {1: "x"}, False),
        ({"required": ["a"]}, [], True),
        ({"items": {"type": "string"}, "minItems": 1}, ["x"], True),
        ({"allOf": [{"maxLength": 3}, {"minLength": 2}]}, "abcd", False),
        ({"errorMessage": "文字", "description": "说明", "type": "string"}, "x", True),
    ],
)
def test_each_compiled_keyword_reads_values_as_jsonschema_does(schema, value, valid):
    import jsonschema

    assert jsonschema.Draft202012Validator(schema).is_valid(value) is valid
    check = quick_check(schema)
    assert check is not None
    assert check(value) is valid


@pytest.mark.parametrize(
    "schema",
    [
        {"oneOf": [{"type": "string"}]},
        {"$ref": "#/$defs/text"},
        {"properties": {"a": {"const": 1}}},
        {"items": [{"type": "string"}]},
        {"type": "date"},
        {"pattern": "("},
    ],
)
def test_a_schema_with_anything_not_compiled_gets_no_quick_check(schema):
    assert quick_check(schema) is None


def _modules_after_loading(banks: Path) -> set[str]:
    """The modules a fresh interpreter has imported after checking the banks in ``banks``."""
    script = (
        "import sys; from pathlib import Path; from kb.content.sections import scan_docs; "
        "from kb.quiz.catalog import load_catalog; "
        f"catalog = load_catalog(sorted(Path({str(banks)!r}).glob('*.yml')), scan_docs(Path({str(FIXTURES / 'docs')!r}))); "
        "print(len(catalog.errors)); print(*sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True)
    errors, modules = result.stdout.splitlines()
    return {f"errors={errors}", *modules.split()}


def test_checking_valid_banks_never_imports_jsonschema(tmp_path):
    shutil.copy(FIXTURES / "site-banks" / "basics.yml", tmp_path)
    modules = _modules_after_loading(tmp_path)
    assert "errors=0" in modules
    assert "jsonschema" not in modules


def test_a_bank_with_a_schema_problem_is_explained_by_jsonschema(tmp_path):
    shutil.copy(FIXTURES / "banks" / "missing-field.yml", tmp_path)
    modules = _modules_after_loading(tmp_path)
    assert "jsonschema" in modules
    assert "errors=0" not in modules
