"""Search figures: the size of the search index and the time to the first search results (cold page)."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path
from typing import Any

from scripts.bench.browser import SEARCH_INDEX, chromium, gzip_size, served
from scripts.bench.builds import timed_build
from scripts.bench.report import Row, heading, raw_and_gzip
from scripts.bench.settings import (
    BEFORE_FIRST_SEARCH_MS,
    BEFORE_SEARCH_INDEX_GZIP,
    GOAL_SEARCH_GROWTH,
    SEARCH_QUERY,
    Settings,
)
from scripts.bench.sites import write_config

_FIRST_SEARCH = """
async (query) => {
  const input = document.querySelector("input.md-search__input");
  const list = document.querySelector(".md-search-result__list");
  const start = performance.now();
  input.focus();
  input.value = query;
  input.dispatchEvent(new KeyboardEvent("keyup", { key: "End", bubbles: true }));
  await new Promise((resolve) => {
    const done = () => list.querySelector(".md-search-result__item") && resolve();
    new MutationObserver(done).observe(list, { childList: true, subtree: true });
    done();
  });
  return performance.now() - start;
}
"""
"""Milliseconds from typing the query (right after the page's load event) until the first result is shown."""


def first_search_ms(browser: Any, url: str) -> float:
    """One cold load of ``url`` and one search typed as soon as it has loaded."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(url, wait_until="load")
        return float(page.evaluate(_FIRST_SEARCH, SEARCH_QUERY))
    finally:
        context.close()


def search_figures(site_dir: Path, runs: int) -> tuple[int, int, float]:
    """The built index's bytes (raw, gzip) and the median first-search time over ``runs`` cold loads."""
    index = (site_dir / SEARCH_INDEX).read_bytes()
    with chromium() as browser, served(site_dir) as url:
        first_search_ms(browser, url)  # unmeasured: warms the server and the disk cache
        median = statistics.median(first_search_ms(browser, url) for _ in range(runs))
    return len(index), gzip_size(index), median


def search_rows(work: Path, settings: Settings) -> list[Row]:
    """Rows for the real site's search index and first search, against the figures before issue 30."""
    site = work / "search" / "site"
    timed_build(sys.executable, write_config(work / "search", "ours"), site)
    raw, gzipped, ms = search_figures(site, settings.browser_runs)
    size_ratio = gzipped / BEFORE_SEARCH_INDEX_GZIP
    time_ratio = ms / BEFORE_FIRST_SEARCH_MS
    goal = f"≤ {GOAL_SEARCH_GROWTH:.1f} × before"
    return [
        heading("Search (real site, Chromium, cold cache; before = the build before issue 30)"),
        Row(
            "Search index size",
            f"{raw_and_gzip(raw, gzipped)} ({size_ratio:.2f} × before: {BEFORE_SEARCH_INDEX_GZIP:,} B gzip)",
            goal=goal,
            passed=size_ratio <= GOAL_SEARCH_GROWTH,
        ),
        Row(
            "First search: query typed at load → first result shown",
            f"{ms:.0f} ms ({time_ratio:.2f} × before: {BEFORE_FIRST_SEARCH_MS:.0f} ms)",
            goal=goal,
            passed=time_ratio <= GOAL_SEARCH_GROWTH,
        ),
    ]
