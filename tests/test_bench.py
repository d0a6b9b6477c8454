"""The benchmark (python -m scripts.bench): --quick runs end to end and prints the report's shape.

Only the shape is checked (rows present, numbers that parse, PASS/MISS where a goal needs no
peer, the peer's columns empty without --peers), never the timings: CI machines are too noisy.
The synthetic banks and the conversion to mkdocs-quiz's syntax are checked without a build.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from kb.browser_bundle import ENTRIES
from kb.content.sections import scan_docs
from kb.quiz.catalog import bank_paths, load_catalog
from scripts.bench.builds import BuildRun, paired_ratio
from scripts.bench.peer import quiz_block, quiz_page
from scripts.bench.synthetic import KINDS, read_banks, write_banks
from tests.support.paths import REPO as REPO_ROOT

QUICK_SIZES = (20, 100)
"""The synthetic sizes of --quick (scripts/bench/settings.py, QUICK)."""

NUMBER = re.compile(r"^-?\d[\d,]*(?:\.\d+)?")
PLAIN_ROWS = [
    r"Build time, real site without quizzes \(plain\)",
    r"Build time, real site, \d+ items",
    r"Build CPU time \(user \+ sys\), real site, \d+ items",
    *[rf"Build time, {n} items \(synthetic\)" for n in QUICK_SIZES],
    r"Quiz overhead over the plain build, real site",
    r"Peak memory, real site, \d+ items",
    rf"Peak memory, {QUICK_SIZES[0]} items \(synthetic\)",
    rf"Memory per added item, {QUICK_SIZES[0]} → {QUICK_SIZES[1]} items",
    *[
        rf"Quiz page, {n} items: {kind}"
        for n in (10, 100)
        for kind in ("HTML", "JS", "CSS", "JS with inline scripts", "total")
    ],
    r"First item answerable, quiz page of 100 items \(from navigation start\)",
    r"错题本 weight, real site, \d+ items",
    *[rf"错题本 weight, {n} items \(synthetic\)" for n in QUICK_SIZES],
    r"Home page: ours − plain",
    *[rf"Bundle entry {re.escape(entry)}" for entry in ENTRIES],
]
GOAL_ROWS = [
    r"Quiz hook's share of the build under cProfile \(its import \+ its events\)",
    r"Quiz hook's share of the build, wall clock \(its import \+ its events, no profiler\)",
    r"错题本 growth, 100 items ÷ \d+ items \(gzip, all it loads\)",
    r"Hostile text, worst of one 3,000-character text ÷ ordinary",
    r"Hostile bank of 20 items ÷ ordinary bank \(load, check, render\)",
    r"Topic page \(topics/chatting/\): ours − plain",
    r"Search index size",
    r"First search: query typed at load → first result shown",
    r"Best score of a dense 30-node scenario",
    r"Dense 30-node scenario file: read, check, model",
    r"Report for 30 learners \+ 5 pilots × the real banks \(\d+ items\), files picked to report drawn",
]
PEER_GOAL_ROWS = [rf"Peak memory, {QUICK_SIZES[1]} items \(synthetic\)"]
"""Rows whose goal is "no more than the peer": without --peers they have no verdict."""


@pytest.fixture(scope="module")
def quick_run() -> str:
    """The output of one `python -m scripts.bench --quick`."""
    completed = subprocess.run(
        [sys.executable, "-m", "scripts.bench", "--quick"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return completed.stdout


def table_rows(output: str) -> dict[str, list[str]]:
    """Figure → [ours, peer, ratio, goal, result] for every data row of the Markdown table."""
    rows = {}
    for line in output.splitlines():
        if not line.startswith("| ") or line.startswith(("| Figure", "| ---", "| **")):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        rows[cells[0]] = cells[1:]
    return rows


def row(rows: dict[str, list[str]], pattern: str) -> list[str]:
    """The one row whose figure matches ``pattern`` in full."""
    found = [cells for figure, cells in rows.items() if re.fullmatch(pattern, figure)]
    assert len(found) == 1, f"expected one row {pattern!r}, found {len(found)} in {list(rows)}"
    return found[0]


def test_the_header_says_when_where_and_under_what_load_it_ran(quick_run):
    for name in ("date", "python", "cpus", "machine", "load average at start"):
        assert re.search(rf"^- {name}: \S", quick_run, re.MULTILINE), f"header line {name!r} missing"
    assert re.search(r"^- cpus: \d+$", quick_run, re.MULTILINE)


def test_every_figure_is_printed_with_a_number_and_no_peer_column_without_peers(quick_run):
    rows = table_rows(quick_run)
    for pattern in PLAIN_ROWS + GOAL_ROWS + PEER_GOAL_ROWS:
        ours, peer, ratio, *_ = row(rows, pattern)
        assert NUMBER.match(ours), f"{pattern}: value {ours!r} is not a number"
        assert peer == "—" and ratio == "—", f"{pattern}: a peer figure without --peers"


def test_goal_rows_have_their_goal_and_a_verdict(quick_run):
    rows = table_rows(quick_run)
    for pattern in GOAL_ROWS:
        *_, goal, result = row(rows, pattern)
        assert goal.startswith("≤ "), f"{pattern}: goal {goal!r}"
        assert result in ("PASS", "MISS"), f"{pattern}: result {result!r}"
    for pattern in PEER_GOAL_ROWS:
        assert row(rows, pattern)[3:] == ["≤ peer", "—"], "a goal against the peer is not judged without it"
    for pattern in PLAIN_ROWS:
        assert row(rows, pattern)[4] == "—", f"{pattern} has no goal, so no verdict"


def test_the_profile_names_where_the_hook_spends_its_time(quick_run):
    assert re.search(r"^- hook events and import: `hooks/quiz_pages\.py:\d+ on_config` \d", quick_run, re.MULTILINE)
    assert re.search(r"^- our functions \(kb/, hooks/quiz_pages\.py\): `\S+", quick_run, re.MULTILINE)


def test_synthetic_banks_hold_valid_items_of_every_type_citing_real_sections(tmp_path):
    banks = write_banks(tmp_path, 30, per_bank=12)
    catalog = load_catalog(bank_paths(banks), scan_docs(REPO_ROOT / "docs"))
    assert catalog.ok, [error.format(tmp_path) for error in catalog.errors]
    assert [len(bank["items"]) for bank in read_banks(banks).values()] == [12, 12, 6]
    assert {item["type"] for bank in read_banks(banks).values() for item in bank["items"]} == set(KINDS)


def test_choice_items_become_checkbox_answers_with_their_feedback():
    item = {
        "id": "x",
        "type": "single",
        "question": "问题？",
        "options": [{"text": "对的", "correct": True, "feedback": "好"}, {"text": "错的\n两行", "feedback": "不好"}],
        "explanation": "解析",
        "cite": "topics/a.md#b",
    }
    assert quiz_block(item, "../") == (
        "<quiz>\n问题？\n- [x] 对的\n    > 好\n- [ ] 错的 两行\n    > 不好\n\n解析\n\n出处：[讲这一点的小节](../topics/a.md#b)\n</quiz>\n"
    )


def test_fill_in_and_matching_items_become_blanks_and_ordering_asks_for_the_first():
    fill_in = {
        "type": "fill_in",
        "question": "销售不跟踪，___。",
        "blanks": [{"accept": ["一场空", "空"]}],
        "cite": "c",
    }
    matching = {"type": "matching", "question": "配：", "pairs": [{"left": "售前", "right": "方案"}], "cite": "c"}
    ordering = {"type": "ordering", "question": "排：", "entries": ["甲", "乙"], "feedback": "再想", "cite": "c"}
    assert "销售不跟踪，[[一场空]]。\n\n---\n" in quiz_block(fill_in, "")
    assert "- 售前：[[方案]]\n\n---\n" in quiz_block(matching, "")
    assert "排：（哪一项排第一？）\n- [x] 甲\n- [ ] 乙\n    > 再想\n" in quiz_block(ordering, "")


def test_a_bank_becomes_one_page_with_the_peers_intro_and_results_panels():
    page = quiz_page({"title": "题库", "intro": "说明", "items": []})
    assert page.startswith("# 题库\n\n说明\n\n<!-- mkdocs-quiz intro -->")
    assert page.rstrip().endswith("<!-- mkdocs-quiz results -->")


def test_build_ratios_are_taken_round_by_round_so_one_load_spike_does_not_decide_them():
    # Round 2 caught a load spike on our build, round 3 on the peer's: the ratio of the medians
    # (4 ÷ 3) pairs builds that did not run together; round by round the ratios are 2, 0.5, 3.
    ours = [BuildRun(seconds, 0, cpu_seconds=1.0) for seconds in (2.0, 4.0, 9.0)]
    peer = [BuildRun(seconds, 0, cpu_seconds=2.0) for seconds in (1.0, 8.0, 3.0)]
    assert paired_ratio(ours, peer) == 2.0
    assert paired_ratio(ours, peer, cpu=True) == 0.5
