"""One build object for banks and scenarios: one docs index, one report of every problem, one stop."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from kb.build import SiteBuild, site_build
from tests.support.site import write_config

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_NAV = [
    {"首页": "index.md"},
    {"专题": ["topics/sample.md", "topics/other.md"]},
    {"自测": ["quizzes/index.md"]},
]
BANK_PROBLEMS = [
    "banks/missing-anchor.yml:9:11: [missing-anchor-01] 页面 topics/sample.md 里没有 id 为“no-such-heading”的标题。"
    "这个页面的标题 id 有：alpha、beta。"
]
SCENARIO_PROBLEMS = [
    "scenarios/broken-graph.yml:36:3: [broken-graph/stuck] 从这个节点出发走不到任何结局：请让至少一个选项通向结局。",
    "scenarios/broken-graph.yml:51:3: [broken-graph/orphan] 从 start 出发，没有任何一条路能走到这个节点。",
]


def fixture_config(tmp_path: Path, *, bank: str | None, scenario: str | None):
    banks, scenarios = tmp_path / "banks", tmp_path / "scenarios"
    banks.mkdir()
    scenarios.mkdir()
    shutil.copy(FIXTURES / "site-banks" / "basics.yml", banks)
    shutil.copy(FIXTURES / "scenarios" / "valid.yml", scenarios)
    if bank:
        shutil.copy(FIXTURES / "banks" / bank, banks)
    if scenario:
        shutil.copy(FIXTURES / "scenarios" / scenario, scenarios)
    path = write_config(tmp_path, docs_dir=FIXTURES / "docs", banks_dir=banks, scenarios_dir=scenarios, nav=FIXTURE_NAV)
    return load_config(config_file=str(path))


def stop(config, caplog) -> tuple[list[str], str]:
    """The problems logged and the one message the build stopped with."""
    with caplog.at_level(logging.ERROR), pytest.raises(PluginError) as stopped:
        site_build(config)
    return [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR], str(stopped.value)


def test_a_broken_bank_and_a_broken_scenario_are_both_reported_before_one_stop(tmp_path, caplog):
    config = fixture_config(tmp_path, bank="missing-anchor.yml", scenario="broken-graph.yml")
    logged, message = stop(config, caplog)
    assert logged == BANK_PROBLEMS + SCENARIO_PROBLEMS
    assert message == (
        "题库和情景演练里共有 3 处问题（题库 1 处，情景演练 2 处），构建已停止。"
        "请按上面每一行的提示修改（格式：文件:行:列: [id] 说明）。"
    )


def test_a_broken_scenario_alone_stops_the_build_in_scenario_words(tmp_path, caplog):
    logged, message = stop(fixture_config(tmp_path, bank=None, scenario="broken-graph.yml"), caplog)
    assert logged == SCENARIO_PROBLEMS
    assert message == "情景演练里有 2 处问题，构建已停止。请按上面每一行的提示修改。"


def test_both_hooks_share_one_build_with_one_docs_index(tmp_path):
    config = fixture_config(tmp_path, bank=None, scenario=None)
    build = site_build(config)
    assert site_build(config) is build
    assert [bank.id for bank in build.catalog.banks] == ["basics"]
    assert [scenario.id for scenario in build.scenarios.scenarios] == ["valid"]
    assert "topics/sample.md" in build.docs.pages


def test_a_new_config_gets_a_new_build(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = site_build(fixture_config(tmp_path / "a", bank=None, scenario=None))
    second = site_build(fixture_config(tmp_path / "b", bank=None, scenario=None))
    assert isinstance(second, SiteBuild) and second is not first
