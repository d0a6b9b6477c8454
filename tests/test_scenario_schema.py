"""The scenario schema that editors use (yaml-language-server, check-jsonschema): every real
scenario passes it, a broken one fails it where it is broken, and its limits are the build's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from kb.scenario.checks import LIMITS
from kb.scenario.model import MAX_CHOICES, MAX_SCORE, MIN_CHOICES
from tests.support.paths import REPO

SCHEMA_PATH = REPO / "kb" / "scenario" / "scenario.schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
SCENARIOS = sorted((REPO / "scenarios").glob("*.yml"))


def errors_in(path: Path) -> list[tuple[str, str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    validator = Draft202012Validator(SCHEMA)
    return sorted(("/".join(map(str, error.absolute_path)), error.validator) for error in validator.iter_errors(data))


def test_the_schema_is_a_valid_draft_2020_12_schema():
    Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda path: path.stem)
def test_every_real_scenario_passes_the_schema_and_names_it_for_editors(path):
    assert path.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=../kb/scenario/scenario.schema.json\n"
    )
    assert errors_in(path) == []


def test_a_broken_scenario_fails_the_schema_where_it_is_broken():
    errors = errors_in(REPO / "tests" / "fixtures" / "scenarios" / "broken-fields.yml")
    where = {path for path, _ in errors}
    assert "nodes/begin" in where  # one choice is too few, and its score 3 is out of range
    assert "nodes/end" in where  # an ending with choices
    assert "nodes" in where  # Bad_Id is not a node id


def test_the_schemas_limits_are_the_builds():
    properties = SCHEMA["properties"]
    assert properties["title"]["maxLength"] == LIMITS["title"]
    assert properties["intro"]["maxLength"] == LIMITS["intro"]
    step, ending = SCHEMA["properties"]["nodes"]["additionalProperties"]["oneOf"]
    choices = step["properties"]["choices"]
    assert (choices["minItems"], choices["maxItems"]) == (MIN_CHOICES, MAX_CHOICES)
    assert choices["items"]["properties"]["score"]["enum"] == list(range(MAX_SCORE + 1))
    assert step["properties"]["says"]["maxLength"] == LIMITS["says"]
    assert ending["properties"]["ending"]["maxLength"] == LIMITS["ending"]


def test_every_message_an_editor_shows_for_the_schema_is_chinese():
    messages: list[str] = []

    def collect(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "errorMessage":
                    messages.extend([value] if isinstance(value, str) else _strings(value))
                else:
                    collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(SCHEMA)
    assert messages and all(any("\u4e00" <= char <= "\u9fff" for char in message) for message in messages)


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    return []
