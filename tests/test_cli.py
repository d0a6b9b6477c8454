"""The trainer tool `scripts/kb.py`: same rules as the build, exit codes CI can use."""

from __future__ import annotations

import json

from kb.content.sections import scan_docs
from kb.quiz.catalog import bank_paths, load_catalog
from kb.quiz.coverage import section_coverage, uncovered_sections
from kb.quiz.scaffold import new_bank_text
from kb.quiz.types import TYPES
from tests.support.cli import run_kb as kb
from tests.support.cli import run_kb_script
from tests.support.paths import REPO


def test_the_script_runs_as_a_program_from_the_command_line():
    """The one run in a new process: the entry point itself (shebang-free ``python scripts/kb.py``) works."""
    result = run_kb_script("--docs-dir", "tests/fixtures/docs", "validate", "tests/fixtures/banks/three-problems.yml")
    assert result.returncode == 1
    assert result.stdout.startswith("tests/fixtures/banks/three-problems.yml:9:9: ")
    assert "Traceback" not in result.stderr


def test_validate_prints_one_parseable_line_per_problem_and_exits_1():
    result = kb("--docs-dir", "tests/fixtures/docs", "validate", "tests/fixtures/banks/three-problems.yml")
    assert result.returncode == 1
    lines = [line for line in result.stdout.splitlines() if line]
    assert [line.split(": ", 1)[0] for line in lines] == [
        "tests/fixtures/banks/three-problems.yml:9:9",
        "tests/fixtures/banks/three-problems.yml:13:11",
        "tests/fixtures/banks/three-problems.yml:25:11",
    ]
    assert "Traceback" not in result.stderr


def test_validate_passes_the_real_banks():
    result = kb("validate")
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""
    assert "全部通过" in result.stderr


def test_validate_reports_a_duplicate_id_with_the_real_banks_when_checking_one_file(tmp_path):
    bank = tmp_path / "copy.yml"
    bank.write_text((REPO / "quizzes" / "chatting.yml").read_text(encoding="utf-8"), encoding="utf-8")
    result = kb("validate", str(bank))
    assert result.returncode == 1
    assert "重复：chatting.yml 的第" in result.stdout or "重复：copy.yml 的第" in result.stdout


def test_coverage_reports_the_same_uncovered_sections_as_the_coverage_check():
    result = kb("coverage", "--json")
    report = json.loads(result.stdout)
    docs = scan_docs(REPO / "docs")
    catalog = load_catalog(bank_paths(REPO / "quizzes"), docs)
    expected = [f"{s.page}#{s.anchor}" for s in uncovered_sections(section_coverage(catalog.banks, docs))]
    assert report["uncovered"] == expected
    assert result.returncode == (1 if expected else 0)
    assert set(report["sources"]) == {path.name for path in (REPO / "docs" / "sources").glob("0*.md")}


def test_coverage_text_table_lists_every_topic_page():
    result = kb("coverage")
    for page in ("topics/chatting.md", "topics/internal-selling.md", "topics/next-step.md"):
        assert page in result.stdout
    assert "没有题目的小节 / uncovered sections:" in result.stdout


def test_stats_counts_items_per_bank_type_and_topic():
    result = kb("stats")
    assert result.returncode == 0
    total = sum(len(bank.items) for bank in load_catalog(bank_paths(REPO / "quizzes"), scan_docs(REPO / "docs")).banks)
    assert "道题 / items" in result.stdout.splitlines()[0] and str(total) in result.stdout.splitlines()[0]
    assert "按题型 / per type:" in result.stdout and "true_false" in result.stdout


def test_new_scaffolds_a_valid_bank_with_one_item_of_each_kind(tmp_path):
    bank = tmp_path / "first-visit.yml"
    bank.write_text(new_bank_text("first-visit", "chatting.md", "why-stuck"), encoding="utf-8")
    catalog = load_catalog([bank], scan_docs(REPO / "docs"))
    assert catalog.errors == []
    assert [item.kind for item in catalog.banks[0].items] == list(TYPES), "one example of every registered type"
    assert bank.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../kb/quiz/bank.schema.json")


def test_new_writes_the_file_and_refuses_to_overwrite_it(tmp_path):
    target = tmp_path / "zz-cli-test.yml"
    first = kb("--banks-dir", str(tmp_path), "new", "zz-cli-test", "--topic", "topics/next-step.md")
    assert first.returncode == 0 and target.exists()
    assert "cite: topics/next-step.md#" in target.read_text(encoding="utf-8")
    second = kb("--banks-dir", str(tmp_path), "new", "zz-cli-test")
    assert second.returncode == 2 and "已经存在" in second.stderr


def test_new_refuses_a_name_the_site_cannot_use():
    assert kb("new", "Review_Bank").returncode == 2
    assert kb("new", "review").returncode == 2
    assert kb("new", "today").returncode == 2


def test_help_is_in_chinese_and_english():
    result = kb("--help")
    assert "题库工具" in result.stdout and "Trainer tools" in result.stdout
