"""The build hook: banks become pages in memory; a broken bank stops `mkdocs build` cleanly."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.support.paths import FIXTURES
from tests.support.site import REPO_ROOT, build_site, write_config

FIXTURE_NAV = [
    {"首页": "index.md"},
    {"专题": ["topics/sample.md", "topics/other.md"]},
    {"自测": ["quizzes/index.md"]},
]


def build_fixture_site(tmp_path: Path, banks_dir: Path):
    config = write_config(tmp_path, docs_dir=FIXTURES / "docs", banks_dir=banks_dir, nav=FIXTURE_NAV)
    return build_site(tmp_path / "site", config_file=config)


def test_each_bank_becomes_a_page_and_the_index_lists_them(tmp_path):
    result = build_fixture_site(tmp_path, FIXTURES / "site-banks")
    assert result.ok, result.output
    site = tmp_path / "site"
    index = (site / "quizzes" / "index.html").read_text(encoding="utf-8")
    for bank_id, title, count in [("basics", "基础测验", 3), ("shuffled", "打乱选项的测验", 1)]:
        page = (site / "quizzes" / bank_id / "index.html").read_text(encoding="utf-8")
        assert f'data-kb-quiz="{bank_id}"' in page
        assert f'<a href="{bank_id}/">{title}</a></td><td>{count}</td>' in index


def test_generated_pages_are_not_written_into_docs(tmp_path):
    before = sorted(path.name for path in (FIXTURES / "docs").rglob("*"))
    assert build_fixture_site(tmp_path, FIXTURES / "site-banks").ok
    assert sorted(path.name for path in (FIXTURES / "docs").rglob("*")) == before
    assert not (REPO_ROOT / "docs" / "quizzes").exists()


def test_a_broken_bank_stops_the_build_with_its_message_and_no_traceback(tmp_path):
    banks = tmp_path / "banks"
    banks.mkdir()
    shutil.copy(FIXTURES / "banks" / "missing-anchor.yml", banks)
    shutil.copy(FIXTURES / "banks" / "one-option.yml", banks)
    result = build_fixture_site(tmp_path, banks)
    assert not result.ok
    assert (
        "missing-anchor.yml:9:11: [missing-anchor-01] 页面 topics/sample.md 里没有 id 为“no-such-heading”的标题。"
        in result.output
    )
    assert "one-option.yml:7:7: [one-option-01] 选项太少：至少要有 2 个选项，现在只有 1 个。" in result.output
    assert "题库里有 2 处问题，构建已停止" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "site" / "quizzes").exists()


def test_banks_follow_the_learning_path_not_the_file_names():
    from pathlib import Path

    from kb.quiz.model import Bank, Citation, Item
    from kb.quiz.pages import in_learning_path_order
    from kb.quiz.types import ItemKind

    def bank(bank_id: str, page: str) -> Bank:
        item = Item(
            id=f"{bank_id}-1", kind=ItemKind.TRUE_FALSE, question="q", explanation="e", citation=Citation(page, "x")
        )
        return Bank(id=bank_id, title=bank_id, items=(item,), path=Path(f"{bank_id}.yml"))

    nav = [{"首页": "index.md"}, {"专题": ["topics/b.md", {"A": "topics/a.md"}]}, {"自测": ["quizzes/index.md"]}]
    banks = [bank("a", "topics/a.md"), bank("b", "topics/b.md"), bank("loose", "topics/none.md")]
    assert [b.id for b in in_learning_path_order(banks, nav)] == ["b", "a", "loose"]


def test_a_broken_bank_and_a_broken_scenario_are_both_reported_in_one_stop(tmp_path):
    banks, scenarios = tmp_path / "banks", tmp_path / "scenarios"
    banks.mkdir()
    scenarios.mkdir()
    shutil.copy(FIXTURES / "banks" / "missing-anchor.yml", banks)
    shutil.copy(FIXTURES / "scenarios" / "broken-graph.yml", scenarios)
    config = write_config(
        tmp_path, docs_dir=FIXTURES / "docs", banks_dir=banks, scenarios_dir=scenarios, nav=FIXTURE_NAV
    )
    result = build_site(tmp_path / "site", config_file=config)
    assert not result.ok
    assert "Traceback" not in result.output
    errors = [line.split("-  ", 1)[1] for line in result.output.splitlines() if line.startswith("ERROR")]
    assert [line.split(": ", 1)[0] for line in errors[:-1]] == [
        "banks/missing-anchor.yml:9:11",
        "scenarios/broken-graph.yml:36:3",
        "scenarios/broken-graph.yml:51:3",
    ]
    assert errors[-1].startswith("题库和情景演练里共有 3 处问题（题库 1 处，情景演练 2 处），构建已停止。")
    assert result.output.count("构建已停止") == 1
