"""`kb.py stats` and `kb.py coverage` count every item type, the newer ones included."""

from __future__ import annotations

import json

import pytest

from kb.quiz.types import TYPES
from tests.support.cli import CliRun, run_kb
from tests.support.paths import FIXTURES


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    """`kb.py` on the fixture docs and a banks folder holding only the all-types bank."""
    banks = tmp_path_factory.mktemp("banks")
    (banks / "all-types.yml").write_bytes((FIXTURES / "site-banks" / "all-types.yml").read_bytes())
    options = ["--docs-dir", str(FIXTURES / "docs"), "--banks-dir", str(banks)]

    def run(*args: str) -> CliRun:
        return run_kb(*options, *args)

    return run


def test_stats_lists_every_item_type_with_its_count_and_name(kb):
    result = kb("stats")
    assert result.returncode == 0, result.stderr
    per_type = result.stdout.split("按题型 / per type:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert [line.split() for line in per_type] == [["1", f"{kind}（{t.name}）"] for kind, t in TYPES.items()]


def test_coverage_counts_the_types_of_the_items_citing_each_section(kb):
    result = kb("coverage", "--json")
    sections = {row["id"]: row for row in json.loads(result.stdout)["sections"]}
    assert sections["beta"]["kinds"] == {"multiple": 1, "matching": 1, "fill_in": 1, "categorise": 1}
    assert "（多选题 1、配对题 1、填空题 1、归类题 1）" in kb("coverage").stdout
