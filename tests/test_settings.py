"""``extra.quiz`` is a typed MkDocs config: each mistake is one message naming the setting, no traceback."""

from __future__ import annotations

import pytest
import yaml

from kb.project import project_paths
from kb.settings import SettingsError, quiz_settings
from tests.support.paths import FIXTURE_NAV, FIXTURES, REPO
from tests.support.site import build_site, write_config

CONFIG = REPO / "mkdocs.yml"


def problems(extra: object) -> list[str]:
    with pytest.raises(SettingsError) as caught:
        quiz_settings(extra, CONFIG)  # type: ignore[arg-type]
    return caught.value.problems


def test_the_real_settings_name_existing_folders():
    settings = quiz_settings({"quiz": {"banks_dir": "quizzes", "scenarios_dir": "scenarios"}}, CONFIG)
    assert (settings.banks_dir, settings.scenarios_dir) == (str(REPO / "quizzes"), str(REPO / "scenarios"))


def test_without_settings_banks_are_in_quizzes_and_there_are_no_scenarios():
    settings = quiz_settings({}, CONFIG)
    assert (settings.banks_dir, settings.scenarios_dir) == (str(REPO / "quizzes"), None)


def test_a_list_where_a_folder_belongs_is_a_wrong_type():
    assert problems({"quiz": {"banks_dir": ["quizzes"]}}) == [
        "extra.quiz.banks_dir: Expected type: <class 'str'> but received: <class 'list'>"
    ]


def test_a_misspelt_folder_is_a_missing_folder():
    assert problems({"quiz": {"banks_dir": "quizes"}}) == [
        f"extra.quiz.banks_dir: The path '{REPO / 'quizes'}' isn't an existing directory."
    ]
    assert problems({"quiz": {"scenarios_dir": "scenario"}}) == [
        f"extra.quiz.scenarios_dir: The path '{REPO / 'scenario'}' isn't an existing directory."
    ]


def test_an_unknown_setting_is_an_error_with_the_likely_name():
    assert problems({"quiz": {"bank_dir": "quizzes"}}) == [
        "extra.quiz.bank_dir: Unrecognised configuration name: bank_dir (did you mean 'banks_dir'?)"
    ]
    assert problems({"quiz": {"colour": "red"}}) == [
        "extra.quiz.colour: Unrecognised configuration name: colour (known names: banks_dir, scenarios_dir)"
    ]


def test_quiz_settings_that_are_not_a_mapping_are_refused():
    assert problems({"quiz": ["quizzes"]}) == [
        "extra.quiz: Expected a key-value mapping (dict) but received: <class 'list'>"
    ]


def test_the_trainer_tools_read_the_same_settings(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("extra:\n  quiz:\n    banks_dir: quizes\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="extra.quiz.banks_dir: The path"):
        project_paths(config)


@pytest.mark.parametrize(
    ("quiz", "message"),
    [
        ({"banks_dir": ["quizzes"]}, "mkdocs.yml: extra.quiz.banks_dir: Expected type: <class 'str'> but received"),
        ({"banks_dir": "quizes"}, "mkdocs.yml: extra.quiz.banks_dir: The path"),
        ({"banks_dir": str(FIXTURES / "site-banks"), "scenario_dir": "x"}, "Unrecognised configuration name"),
    ],
    ids=["wrong type", "missing folder", "unknown name"],
)
def test_a_build_with_a_broken_setting_stops_with_one_message_and_no_traceback(tmp_path, quiz, message):
    config = write_config(tmp_path, docs_dir=FIXTURES / "docs", banks_dir=FIXTURES / "site-banks", nav=FIXTURE_NAV)
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    data["extra"]["quiz"] = {"scenarios_dir": None, **quiz}
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = build_site(tmp_path / "site", config_file=config)
    assert not result.ok
    assert message in result.output
    assert "extra.quiz 设置有 1 处问题，构建已停止" in result.output
    assert "Traceback" not in result.output
