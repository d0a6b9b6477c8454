"""Chromium figures: quiz page weight at 10 and 100 items, time to first answerable item, 错题本 weight."""

from __future__ import annotations

import shutil
import statistics
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from kb.core.paths import REVIEW_PAGE, page_url
from scripts.bench.browser import Weight, answerable_ms, chromium, page_weight, served
from scripts.bench.build_figures import BuildFigures, peer_goal
from scripts.bench.builds import timed_build
from scripts.bench.report import Row, heading, items, raw_and_gzip
from scripts.bench.settings import (
    ANSWERABLE_SIZE,
    BANKS_DIR,
    GOAL_ANSWERABLE_RATIO,
    GOAL_JS_RATIO,
    GOAL_PAGE_RATIO,
    GOAL_REVIEW_GROWTH,
    REAL_BANK_PAGE,
    WEIGHT_SIZES,
    Settings,
)
from scripts.bench.sites import peer_docs, write_config
from scripts.bench.synthetic import read_banks, write_banks

KINDS = ("HTML", "JS", "CSS")


def bank_id(size: int) -> str:
    """The synthetic bank holding ``size`` items on one quiz page."""
    return f"w{size}-000"


def weight_sites(work: Path, peer: Path | None) -> dict[str, Path]:
    """Sites of one bank per ``WEIGHT_SIZES`` size and the real ``REAL_BANK_PAGE``, ours and (maybe) the peer's."""
    banks = work / "weight-banks"
    for size in WEIGHT_SIZES:
        write_banks(banks, size, prefix=f"w{size}")
    shutil.copy(BANKS_DIR / f"{REAL_BANK_PAGE}.yml", banks)
    sites = {"ours": work / "weight" / "ours" / "site"}
    timed_build(sys.executable, write_config(work / "weight" / "ours", "ours", banks_dir=banks), sites["ours"])
    if peer is not None:
        docs = peer_docs(work / "weight" / "peer-docs", read_banks(banks))
        sites["peer"] = work / "weight" / "peer" / "site"
        timed_build(peer, write_config(work / "weight" / "peer", "peer", docs_dir=docs), sites["peer"])
    return sites


def _sizes(weight: Weight, kind: str) -> tuple[int, int]:
    """Raw and gzip bytes of one row's ``kind`` (``total``: all but the search index)."""
    if kind == "total":
        return weight.total_raw(), weight.total_gzip()
    if kind == JS_WITH_INLINE:
        return weight.js_with_inline()
    return weight.raw.get(kind, 0), weight.gzip.get(kind, 0)


JS_WITH_INLINE = "JS with inline scripts"
ROW_GOALS = {JS_WITH_INLINE: GOAL_JS_RATIO, "total": GOAL_PAGE_RATIO}
"""The rows judged against the peer (gzip), and the ratio each may reach (issue 32)."""


def weight_rows(
    page: str,
    weights: dict[str, Weight],
    kinds: tuple[str, ...] = (*KINDS, JS_WITH_INLINE, "total"),
    *,
    judged: bool = True,
) -> list[Row]:
    """Rows of ``kinds`` for the quiz page ``page`` (``10 items``…), ours beside the peer's.

    HTML, JS and CSS (raw and gzip), JS with inline scripts, and the total; ``judged`` rows carry the
    issue's goals.
    """
    rows = []
    ours, peer = weights["ours"], weights.get("peer")
    for kind in kinds:
        figure = f"Quiz page, {page}: {kind}"
        raw, gz = _sizes(ours, kind)
        limit = ROW_GOALS.get(kind) if judged else None
        goal = f"{peer_goal(limit)} (gzip)" if limit is not None else ""
        if peer is None:
            rows.append(Row(figure, raw_and_gzip(raw, gz), goal=goal))
            continue
        peer_raw, peer_gz = _sizes(peer, kind)
        ratio = gz / peer_gz if peer_gz else None
        passed = ratio is not None and ratio <= limit if limit is not None else None
        rows.append(Row(figure, raw_and_gzip(raw, gz), raw_and_gzip(peer_raw, peer_gz), ratio, goal, passed))
    return rows


def answerable_row(browser: Any, urls: dict[str, str], runs: int) -> Row:
    """Median ms until the first item of a 100-item quiz can be answered, ours and the peer's interleaved."""
    times: dict[str, list[float]] = {variant: [] for variant in urls}
    for variant, url in urls.items():
        answerable_ms(browser, url, variant)  # warm-up: Chromium's own start-up
    for _ in range(runs):
        for variant, url in urls.items():
            times[variant].append(answerable_ms(browser, url, variant))
    ours = statistics.median(times["ours"])
    figure = f"First item answerable, quiz page of {items(ANSWERABLE_SIZE)} (from navigation start)"
    goal = peer_goal(GOAL_ANSWERABLE_RATIO)
    if "peer" not in times:
        return Row(figure, f"{ours:.0f} ms", goal=goal)
    peer = statistics.median(times["peer"])
    return Row(figure, f"{ours:.0f} ms", f"{peer:.0f} ms", ours / peer, goal, ours / peer <= GOAL_ANSWERABLE_RATIO)


def quiz_page_rows(work: Path, settings: Settings, peer: Path | None) -> list[Row]:
    """Weight of the 10- and 100-item quiz pages and time to first answerable item, in Chromium."""
    sites = weight_sites(work, peer)
    rows = [
        heading("Quiz pages in Chromium (cold cache, served under /kb/; gzip level 9; total: all but the search index)")
    ]
    with chromium() as browser, ExitStack() as stack:
        urls = {variant: stack.enter_context(served(site)) for variant, site in sites.items()}
        for size in WEIGHT_SIZES:
            weights = {v: page_weight(browser, f"{url}quizzes/{bank_id(size)}/") for v, url in urls.items()}
            rows += weight_rows(items(size), weights)
        weights = {v: page_weight(browser, f"{url}quizzes/{REAL_BANK_PAGE}/") for v, url in urls.items()}
        rows += weight_rows(
            f"real bank {REAL_BANK_PAGE} (choice items only)", weights, ("JS", JS_WITH_INLINE, "total"), judged=False
        )
        answerable = {v: f"{url}quizzes/{bank_id(ANSWERABLE_SIZE)}/" for v, url in urls.items()}
        rows.append(answerable_row(browser, answerable, settings.browser_runs))
    return rows


def review_rows(figures: BuildFigures) -> list[Row]:
    """What the 错题本 loads (all kinds, cold, nothing answered yet) at each size, and its growth."""
    rows = [heading("错题本 (review page): all it loads but the search index, cold, nothing answered yet")]
    totals: dict[int, int] = {}
    with chromium() as browser:
        for case in figures.cases:
            with served(case.sites["ours"]) as url:
                weight = page_weight(browser, url + page_url(REVIEW_PAGE))
            totals[case.key] = weight.total_gzip()
            html = raw_and_gzip(weight.raw.get("HTML", 0), weight.gzip.get("HTML", 0))
            data = raw_and_gzip(weight.raw.get("data", 0), weight.gzip.get("data", 0))
            rows.append(Row(f"错题本 weight, {case.label}", f"{totals[case.key]:,} B gzip (HTML {html}; data {data})"))
    first, last = figures.cases[0], figures.cases[-1]
    growth = totals[last.key] / totals[first.key]
    figure = f"错题本 growth, {items(last.items)} ÷ {items(first.items)} (gzip, all it loads)"
    rows.append(
        Row(figure, f"{growth:.2f} ×", goal=f"≤ {GOAL_REVIEW_GROWTH:.2f} ×", passed=growth <= GOAL_REVIEW_GROWTH)
    )
    return rows
