"""scripts/bench.py --quick runs end to end and prints every figure in the expected shape.

Only the shape is checked (rows present, numbers that parse, PASS/MISS on goal rows), never
the timings: CI machines are too noisy for that.
"""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
QUICK_SIZES = (20, 100, 300)
"""The synthetic bank sizes of --quick (scripts/bench.py, QUICK)."""

NUMBER = re.compile(r"^-?\d[\d,]*(?:\.\d+)?")

PLAIN_ROWS = [
    "Build time, real site with quiz hook",
    "Build time, real site without quiz hook",
    "quiz.js (raw / gzip)",
    "quiz.css (raw / gzip)",
    "Hook, load and check the real banks (in-process, warm)",
    "Hook, render the quiz pages (in-process, warm)",
    "Rest of the overhead (imports, MkDocs on the generated pages)",
    "Typical quiz page HTML (raw / gzip)",
    "Review page (错题本) HTML (raw / gzip)",
    "Search index (raw / gzip)",
    "Search index without quiz pages (raw / gzip)",
    *[f"Build time, {count:,} synthetic items" for count in (0, *QUICK_SIZES)],
    *[f"Peak memory, {count:,} synthetic items" for count in (0, *QUICK_SIZES)],
    *[f"Quiz build cost per item, {count:,} synthetic items" for count in QUICK_SIZES],
    "Requests made by a quiz page",
    "Grading a 20-item quiz (click → result laid out)",
]
GOAL_ROWS = [
    "Quiz hook overhead",
    "Quiz JS + CSS, gzip",
    *[f"Build time ratio, {a:,} → {b:,} items" for a, b in itertools.pairwise(QUICK_SIZES)],
    "Requests to other hosts",
    "Quiz interactive after DOMContentLoaded",
    "Review page (错题本) interactive after DOMContentLoaded",
]
HEADER_FIELDS = ["date", "python", "cpus", "machine"]


@pytest.fixture(scope="module")
def quick_run() -> str:
    """The output of one `python scripts/bench.py --quick`."""
    completed = subprocess.run(
        [sys.executable, "scripts/bench.py", "--quick"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return completed.stdout


def table_rows(output: str) -> dict[str, list[str]]:
    """Figure → [value, goal, result] for every data row of the Markdown table."""
    rows = {}
    for line in output.splitlines():
        if not line.startswith("| ") or line.startswith(("| Figure", "| ---")):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if cells[0].startswith("**"):
            continue  # a section heading
        rows[cells[0]] = cells[1:]
    return rows


def test_the_header_says_when_and_where_it_ran(quick_run):
    for name in HEADER_FIELDS:
        assert re.search(rf"^- {name}: \S", quick_run, re.MULTILINE), f"header line {name!r} missing"
    assert re.search(r"^- cpus: \d+$", quick_run, re.MULTILINE)


def test_every_figure_is_printed_with_a_number(quick_run):
    rows = table_rows(quick_run)
    for figure in PLAIN_ROWS + GOAL_ROWS:
        assert figure in rows, f"row {figure!r} missing from:\n{quick_run}"
        assert NUMBER.match(rows[figure][0]), f"{figure}: value {rows[figure][0]!r} is not a number"


def test_every_goal_row_has_its_goal_and_a_verdict(quick_run):
    rows = table_rows(quick_run)
    for figure in GOAL_ROWS:
        value, goal, result = rows[figure]
        assert goal, f"{figure}: goal missing"
        assert result in ("PASS", "MISS"), f"{figure}: result {result!r}"
    for figure in PLAIN_ROWS:
        assert rows[figure][2] == "—", f"{figure} has no goal, so no verdict"
