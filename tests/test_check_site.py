"""The built site proves itself: every bank and scenario has its page with all its items.

``kb.py check-site`` counts what the pages hold by their data attributes; the hooks place quiz
bodies before other plugins rewrite pages, and a page that lost its placeholder stops the build.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kb.content.sections import scan_docs
from kb.quiz.catalog import bank_paths, load_catalog
from kb.quiz.pages import BODY_PLACEHOLDER, GeneratedPage, MissingPlaceholder, generated_pages, with_body
from kb.site_check import built_page, site_problems
from tests.support.cli import CliRun, run_kb
from tests.support.paths import FIXTURE_NAV, FIXTURES, REPO
from tests.support.site import build_site, write_config

BANKS = FIXTURES / "site-banks"
DOCS = scan_docs(FIXTURES / "docs")
NO_SCENARIOS = FIXTURES / "no-scenarios"
"""A folder that does not exist: the fixture site has no scenarios."""


def check_site(site: Path, *options: str) -> CliRun:
    return run_kb(*options, "check-site", str(site))


@pytest.fixture
def fixture_site(tmp_path: Path) -> Path:
    """The fixture banks' pages as the build writes them (bodies only: what the check reads)."""
    catalog = load_catalog(bank_paths(BANKS), DOCS)
    for page in generated_pages(catalog, DOCS):
        target = built_page(tmp_path, page.path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.finished_body() or page.source, encoding="utf-8")
    return tmp_path


def fixture_options() -> tuple[str, ...]:
    return ("--docs-dir", str(FIXTURES / "docs"), "--banks-dir", str(BANKS), "--scenarios-dir", str(NO_SCENARIOS))


def test_the_real_built_site_holds_every_bank_and_scenario(built_site):
    result = check_site(built_site)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert "网站完整：" in result.stderr


def test_a_complete_fixture_site_passes(fixture_site):
    result = check_site(fixture_site, *fixture_options())
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_page_with_fewer_items_than_its_bank_fails_naming_what_is_missing(fixture_site):
    page = built_page(fixture_site, "quizzes/basics.md")
    page.write_text(page.read_text(encoding="utf-8").replace('data-kb-item="basics-multiple"', ""), encoding="utf-8")
    result = check_site(fixture_site, *fixture_options())
    assert result.returncode == 1
    catalog = load_catalog(bank_paths(BANKS), DOCS)
    count = len(next(bank for bank in catalog.banks if bank.id == "basics").items)
    assert result.stdout.splitlines() == [
        f"{page}: 题库 basics 有 {count} 道题，页面上只有 {count - 1} 道（缺 basics-multiple）。可能有插件或别的构建工具删掉了题目。"
    ]


def test_a_bank_without_a_page_fails(fixture_site):
    page = built_page(fixture_site, "quizzes/shuffled.md")
    page.unlink()
    result = check_site(fixture_site, *fixture_options())
    assert result.returncode == 1
    assert result.stdout.splitlines() == [f"{page}: 题库 shuffled 没有页面：网站里没有这个文件。"]


def test_a_scenario_page_with_a_missing_node_fails(built_site, tmp_path):
    from kb.scenario.catalog import load_scenarios

    scenario = load_scenarios(bank_paths(REPO / "scenarios"), scan_docs(REPO / "docs")).scenarios[0]
    problems = site_problems(tmp_path, [], [scenario])
    assert [problem.message for problem in problems] == [f"情景 {scenario.id} 没有页面：网站里没有这个文件。"]
    page = built_page(tmp_path, f"scenarios/{scenario.id}.md")
    page.parent.mkdir(parents=True)
    source = built_page(built_site, f"scenarios/{scenario.id}.md").read_text(encoding="utf-8")
    first = next(iter(scenario.nodes))
    page.write_text(source.replace(f'data-kb-node="{first}"', ""), encoding="utf-8")
    problems = site_problems(tmp_path, [], [scenario])
    assert [problem.message for problem in problems] == [
        f"情景 {scenario.id} 有 {len(scenario.nodes)} 个节点，页面上只有 {len(scenario.nodes) - 1} 个（缺 {first}）。"
        "可能有插件或别的构建工具删掉了内容。"
    ]


def test_a_generated_page_without_its_placeholder_is_an_error_not_an_empty_page():
    page = GeneratedPage("quizzes/basics.md", "", body="<ol>题目</ol>")
    assert with_body(f"<article>{BODY_PLACEHOLDER}</article>", page) == "<article><ol>题目</ol></article>"
    with pytest.raises(MissingPlaceholder, match="quizzes/basics.md 里找不到正文的占位标记"):
        with_body("<article></article>", page)


def _config_with_hook(tmp_path: Path, hook: str) -> Path:
    config = write_config(tmp_path, docs_dir=FIXTURES / "docs", banks_dir=BANKS, nav=FIXTURE_NAV)
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    # First, as MkDocs registers plugins before hooks: at the same priority it would run first.
    data["hooks"].insert(0, str(FIXTURES / "hooks" / hook))
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return config


def test_a_minifier_that_drops_comments_after_the_hooks_leaves_every_question(tmp_path):
    site = tmp_path / "site"
    result = build_site(site, config_file=_config_with_hook(tmp_path, "drop_comments_after_pages.py"))
    assert result.ok, result.output
    checked = check_site(site, *fixture_options())
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_plugin_that_drops_the_placeholder_first_stops_the_build(tmp_path):
    result = build_site(tmp_path / "site", config_file=_config_with_hook(tmp_path, "drop_comments_before_hooks.py"))
    assert not result.ok
    assert "里找不到正文的占位标记 <!-- kb-quiz-body -->" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("path", ["quizzes/basics.md", "quizzes/basics/items.json"])
def test_a_hand_written_file_where_a_quiz_page_or_bank_list_goes_stops_the_build(tmp_path, path):
    import shutil

    docs = tmp_path / "docs"
    shutil.copytree(FIXTURES / "docs", docs)
    (docs / path).parent.mkdir(parents=True, exist_ok=True)
    (docs / path).write_text("# 手写的页面\n", encoding="utf-8")
    config = write_config(tmp_path, docs_dir=docs, banks_dir=BANKS, nav=FIXTURE_NAV)
    result = build_site(tmp_path / "site", config_file=config)
    assert not result.ok
    assert f"{docs}/{path} 和生成的自测题或情景演练页面同一个路径" in result.output
    assert "Traceback" not in result.output
