"""The trainers' report (培训师看板) in Chromium: files picked to report drawn, for a synthetic cohort.

The cohort answers the real banks and scenarios (scripts/bench/cohort.py).
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path
from typing import Any

from scripts.bench.browser import chromium, served
from scripts.bench.builds import timed_build
from scripts.bench.cohort import real_content, write_cohort
from scripts.bench.report import Row, heading
from scripts.bench.settings import Settings
from scripts.bench.sites import write_config

REPORT_PAGE = "trainers/report/"
GOAL_SECONDS = 2.0
FULL_LEARNERS = 500
QUICK_LEARNERS = 30
PILOTS = 5

_START_CLOCK = """() => document.querySelector("[data-kb-report-files]")
  .addEventListener("change", () => { window.__kbReportStart = performance.now(); }, { capture: true, once: true })"""
_RENDERED = (
    "(count) => document.querySelector('[data-kb-report]').getAttribute('data-kb-report-rendered') === String(count)"
)


def report_seconds(browser: Any, url: str, paths: list[Path]) -> float:
    """Seconds from the file input's change to the drawn report (reading, checking, statistics, DOM)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(url + REPORT_PAGE)
        page.wait_for_selector("[data-kb-report][data-kb-ready]", state="attached")
        page.evaluate(_START_CLOCK)
        page.locator("[data-kb-report-files]").set_input_files([str(path) for path in paths])
        page.wait_for_function(_RENDERED, arg=len(paths), timeout=120_000)
        return page.evaluate("performance.now() - window.__kbReportStart") / 1000
    finally:
        context.close()


def report_rows(work: Path, settings: Settings) -> list[Row]:
    """The report's time for a cohort of the real banks: 500 learners and 5 pilots (30 when quick)."""
    learners = QUICK_LEARNERS if settings.name == "quick" else FULL_LEARNERS
    site = work / "report" / "site"
    timed_build(sys.executable, write_config(work / "report", "ours"), site)
    banks, scenarios = real_content()
    paths, _ = write_cohort(work / "report" / "cohort", banks, scenarios, learners=learners, pilots=PILOTS, site="/kb/")
    items = sum(len(bank.items) for bank in banks)
    with chromium() as browser, served(site) as url:
        times = [report_seconds(browser, url, paths) for _ in range(max(1, min(3, settings.browser_runs)))]
    seconds = statistics.median(times)
    figure = f"Report for {learners} learners + {PILOTS} pilots × the real banks ({items} items), files picked to report drawn"
    return [
        heading("培训师看板 (trainers' report) in Chromium"),
        Row(figure, f"{seconds:.2f} s", goal=f"≤ {GOAL_SECONDS:.0f} s", passed=seconds <= GOAL_SECONDS),
    ]
