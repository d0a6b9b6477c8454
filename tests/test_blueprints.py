"""Blueprints (quizzes/.blueprints/<bank>.yml) are reviewed in pull requests: each must be valid
YAML, name its bank, and list under its sections only items that exist in that bank."""

from __future__ import annotations

import pytest
import yaml

from tests.support.paths import REPO

BLUEPRINTS = sorted((REPO / "quizzes" / ".blueprints").glob("*.yml"))


def _section_items(blueprint: dict) -> list[str]:
    return [item for section in blueprint.get("sections") or [] for item in section.get("items") or []]


@pytest.mark.parametrize("path", BLUEPRINTS, ids=lambda path: path.stem)
def test_a_blueprint_is_valid_yaml_for_its_bank_and_names_only_its_items(path):
    blueprint = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert blueprint["bank"] == path.stem
    bank = yaml.safe_load((REPO / "quizzes" / f"{path.stem}.yml").read_text(encoding="utf-8"))
    item_ids = {item["id"] for item in bank["items"]}
    assert set(_section_items(blueprint)) <= item_ids


def test_every_bank_has_a_blueprint():
    banks = {path.stem for path in (REPO / "quizzes").glob("*.yml")}
    assert banks == {path.stem for path in BLUEPRINTS}
