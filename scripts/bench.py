#!/usr/bin/env python3
"""Benchmark of the quiz engine: build cost, scaling, page weight and browser timings.

Every figure is measured side by side in one run (builds interleaved), so machine noise
hits both sides of a comparison alike. Prints a Markdown table with the goal beside each
figure and PASS/MISS where there is a goal.

    python scripts/bench.py            # full run (about 3–4 minutes on 2 cores)
    python scripts/bench.py --quick    # small sizes and few runs, for CI
    python scripts/bench.py --profile real   # cProfile one build of the real site (or: --profile 1000)
"""

from __future__ import annotations

import argparse
import datetime
import functools
import gzip
import itertools
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from kb.content.sections import scan_docs  # noqa: E402
from kb.quiz.render import REVIEW_PAGE  # noqa: E402
from kb.site_urls import page_url  # noqa: E402
from tests.support.browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (one launch recipe for tests and bench)
from tests.support.server import SiteServer  # noqa: E402

CONFIG = REPO_ROOT / "mkdocs.yml"
DOCS_DIR = REPO_ROOT / "docs"
BANKS_DIR = REPO_ROOT / "quizzes"
QUIZ_HOOK = REPO_ROOT / "hooks" / "quiz_pages.py"
QUIZ_INDEX = "quizzes/index.md"
QUIZ_JS = REPO_ROOT / "overrides" / "assets" / "kb" / "quiz.js"
QUIZ_CSS = REPO_ROOT / "overrides" / "assets" / "kb" / "quiz.css"
BuildName = TypeVar("BuildName")
"""What names one build in a set timed together: a label, or an item count."""

LOCAL_HOST = "127.0.0.1"

GOAL_HOOK_OVERHEAD = 0.10
"""The quiz hook may add at most 10 % to the real site's build time."""
GOAL_SCALE_SLACK = 1.2
"""Near-linear: 10× the items may take at most 12× the time (1.2 × the item ratio)."""
GOAL_ASSETS_GZIP = 10 * 1024
"""quiz.js + quiz.css at most 10 KB (KiB) gzipped."""
GOAL_FOREIGN_REQUESTS = 0
GOAL_INTERACTIVE_MS = 50.0

ITEMS_PER_BANK = 500
"""Synthetic banks hold at most this many items (the schema allows 1,000, the loader 1 MB)."""
GRADING_ITEMS = 20
SYNTHETIC_PREFIX = "bench"
RSS_MARKER = "bench-peak-rss-kib"


@dataclass(frozen=True)
class Settings:
    """How much to measure: run counts and synthetic bank sizes."""

    name: str
    build_runs: int
    scale_sizes: tuple[int, ...]
    scale_runs: int
    browser_runs: int


FULL = Settings("full", build_runs=7, scale_sizes=(100, 1_000, 10_000), scale_runs=3, browser_runs=15)
QUICK = Settings("quick", build_runs=3, scale_sizes=(20, 100, 300), scale_runs=1, browser_runs=3)


# ---- configs --------------------------------------------------------------------------------


class _TagIgnoringLoader(yaml.SafeLoader):
    """Reads mkdocs.yml as plain data; MkDocs' own tags (!ENV) become None."""


_TagIgnoringLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def real_nav() -> list:
    """The nav configured in mkdocs.yml."""
    return yaml.load(CONFIG.read_text(encoding="utf-8"), Loader=_TagIgnoringLoader)["nav"]


def nav_without(nav: list, page: str) -> list:
    """``nav`` with every entry for ``page`` removed (and sections left empty dropped)."""
    result = []
    for entry in nav:
        if entry == page or (isinstance(entry, dict) and page in entry.values()):
            continue
        if isinstance(entry, dict) and len(entry) == 1 and isinstance(next(iter(entry.values())), list):
            ((title, children),) = entry.items()
            children = nav_without(children, page)
            if children:
                result.append({title: children})
            continue
        result.append(entry)
    return result


def write_config(dest: Path, *, banks_dir: Path, with_hook: bool) -> Path:
    """A config inheriting mkdocs.yml, with absolute paths; without the hook it also drops the quiz nav."""
    dest.mkdir(parents=True, exist_ok=True)
    overrides: dict = {
        "INHERIT": str(CONFIG),
        "docs_dir": str(DOCS_DIR),
        "theme": {"custom_dir": str(REPO_ROOT / "overrides")},
        "extra": {"quiz": {"banks_dir": str(banks_dir)}},
        "watch": [str(BANKS_DIR), str(REPO_ROOT / "kb")],
        "hooks": [str(QUIZ_HOOK)] if with_hook else [],
    }
    if not with_hook:
        overrides["nav"] = nav_without(real_nav(), QUIZ_INDEX)
    path = dest / "mkdocs.yml"
    path.write_text(yaml.safe_dump(overrides, allow_unicode=True), encoding="utf-8")
    return path


# ---- builds ---------------------------------------------------------------------------------

_BUILD_WRAPPER = f"""
import resource, sys
from mkdocs.__main__ import cli
code = 0
try:
    cli.main(args=sys.argv[1:], prog_name="mkdocs")
except SystemExit as exit:
    code = exit.code or 0
print("{RSS_MARKER}", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
sys.exit(code)
"""
"""Runs `mkdocs build` in this subprocess and reports its peak resident memory (KiB)."""

_PROFILE_WRAPPER = """
import cProfile, pstats, sys
from mkdocs.__main__ import cli
profiler = cProfile.Profile()
profiler.enable()
try:
    cli.main(args=sys.argv[1:], prog_name="mkdocs")
except SystemExit:
    pass
profiler.disable()
stats = pstats.Stats(profiler, stream=sys.stdout).strip_dirs()
stats.sort_stats("cumulative").print_stats(30)
stats.sort_stats("tottime").print_stats(20)
"""


@dataclass(frozen=True)
class BuildRun:
    """One timed build: wall time of the whole `mkdocs build` process and its peak memory."""

    seconds: float
    peak_kib: int


class BuildFailed(RuntimeError):
    """A benchmark build did not succeed (its output is in the message)."""


def build_env(site_url: str) -> dict[str, str]:
    """The environment of a build: the site URL, and MkDocs' 2.0 banner switched off."""
    return dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1")


def timed_build(config: Path, site_dir: Path, site_url: str = "http://127.0.0.1/kb/") -> BuildRun:
    """Run one quiet `mkdocs build` in a subprocess; return its wall time and peak memory."""
    command = [sys.executable, "-c", _BUILD_WRAPPER, "build", "-q", "-f", str(config), "-d", str(site_dir)]
    start = time.perf_counter()
    completed = subprocess.run(command, cwd=REPO_ROOT, env=build_env(site_url), capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if completed.returncode != 0:
        raise BuildFailed(f"build of {config} failed:\n{completed.stdout}{completed.stderr}")
    match = re.search(rf"^{RSS_MARKER} (\d+)$", completed.stderr, re.MULTILINE)
    return BuildRun(seconds=seconds, peak_kib=int(match.group(1)) if match else 0)


def interleaved_builds(
    builds: Mapping[BuildName, Callable[[], BuildRun]], runs: int, warmup: bool = True
) -> dict[BuildName, list[BuildRun]]:
    """Run every build once per round, ``runs`` rounds, so drift and noise hit all alike.

    One unmeasured warm-up round first fills OS and jieba caches.
    """
    if warmup:
        for build in builds.values():
            build()
    results: dict[BuildName, list[BuildRun]] = {name: [] for name in builds}
    for _ in range(runs):
        for name, build in builds.items():
            results[name].append(build())
    return results


def median_seconds(runs: list[BuildRun]) -> float:
    """Median wall time of the runs."""
    return statistics.median(run.seconds for run in runs)


def median_peak_mib(runs: list[BuildRun]) -> float:
    """Median peak memory of the runs, in MiB."""
    return statistics.median(run.peak_kib for run in runs) / 1024


# ---- synthetic banks ------------------------------------------------------------------------


class _NoAliasDumper(yaml.SafeDumper):
    """Banks may not use YAML anchors or aliases, so the dumper never writes them."""

    def ignore_aliases(self, data) -> bool:  # noqa: D401 - PyYAML hook
        return True


def topic_citations(docs_dir: Path = DOCS_DIR) -> list[str]:
    """Every real section a quiz item can cite: ``topics/page.md#heading-id``."""
    docs = scan_docs(docs_dir)
    return [
        f"{page}#{anchor}"
        for page, sections in sorted(docs.pages.items())
        if page.startswith("topics/")
        for anchor in sections
    ]


def synthetic_item(number: int, cite: str, prefix: str) -> dict:
    """One valid item (single, multiple or true/false in turn) citing ``cite``."""
    item_id = f"{prefix}-{number:05d}"
    stage = number % 7 + 1
    explanation = (
        f"第 {stage} 次拜访时，先弄清客户真正关心的事，再决定谈什么；**不要急于推销产品**。"
        f"这道合成题用于性能测试，编号 {number}。"
    )
    if number % 5 == 0:
        explanation += f"详见[讲这一点的小节]({cite})。"
    kind = ("single", "multiple", "true_false")[number % 3]
    item: dict = {"id": item_id, "type": kind}
    if kind == "true_false":
        item["question"] = f"判断：第 {stage} 次拜访客户时，新人应该把产品的所有好处一口气讲完（合成题 {number}）。"
        item["answer"] = False
        item["feedback"] = "讲得太多会占用客户的时间，也会激起客户的自我保护；应该把舞台让给客户。"
    else:
        item["question"] = (
            f"第 {stage} 次拜访时，客户说预算还没批下来。按专题的说法，新人先做什么比较好？（合成题 {number}）"
        )
        item["options"] = [
            {
                "text": f"先问清楚预算卡在哪个环节、谁能拍板（选项 {number}-a）。",
                "correct": True,
                "feedback": "对。先弄清客户内部的流程，才知道下一步找谁。",
            },
            second_option(number, correct=kind == "multiple"),
            {
                "text": f"不再联系，等客户自己打电话来（选项 {number}-c）。",
                "feedback": "等待不是办法：要约定下一步，保持联系。",
            },
        ]
    item["explanation"] = explanation
    item["cite"] = cite
    return item


def second_option(number: int, *, correct: bool) -> dict:
    """Option b: right in multiple-choice items, wrong (with its feedback) in single-choice ones."""
    if correct:
        return {
            "text": f"约定下一次沟通的时间和要带的材料（选项 {number}-b）。",
            "correct": True,
            "feedback": "对。约定下一步，才能跟进预算的进展。",
        }
    return {
        "text": f"马上降价，争取当场签单（选项 {number}-b）。",
        "feedback": "急于降价会让客户觉得价格还有水分，也没有解决预算的问题。",
    }


def synthetic_bank(items: list[dict], bank_number: int) -> dict:
    """A bank holding ``items``."""
    return {"title": f"合成题库 {bank_number + 1}", "intro": "性能测试用的合成题库。", "items": items}


def write_synthetic_banks(
    dest: Path, total_items: int, *, prefix: str = SYNTHETIC_PREFIX, per_bank: int = ITEMS_PER_BANK
) -> Path:
    """Write ``total_items`` valid items, ``per_bank`` per file, into ``dest``; return ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    cites = topic_citations()
    items = [synthetic_item(number, cites[number % len(cites)], prefix) for number in range(total_items)]
    for bank_number, start in enumerate(range(0, total_items, per_bank)):
        bank = synthetic_bank(items[start : start + per_bank], bank_number)
        text = yaml.dump(bank, Dumper=_NoAliasDumper, allow_unicode=True, sort_keys=False, width=4096)
        (dest / f"{prefix}-{bank_number:03d}.yml").write_text(text, encoding="utf-8")
    return dest


def bank_count(total_items: int, per_bank: int = ITEMS_PER_BANK) -> int:
    """How many synthetic banks hold ``total_items`` items (the last one may be partly full)."""
    return -(-total_items // per_bank)


# ---- page weight ----------------------------------------------------------------------------


def gzip_size(data: bytes) -> int:
    """Bytes after gzip at level 9, as a static host would send them."""
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def bank_item_counts(banks_dir: Path = BANKS_DIR) -> dict[str, int]:
    """Number of items of every real bank, by bank id."""
    counts = {}
    for path in sorted(banks_dir.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        counts[path.stem] = len(data["items"])
    return counts


def typical_bank(counts: dict[str, int]) -> str:
    """The bank with the median item count (the lower one when two share the middle)."""
    middle = statistics.median_low(counts.values())
    return next(bank for bank, count in counts.items() if count == middle)


# ---- browser --------------------------------------------------------------------------------

_READY_OBSERVER = """
(() => {
  window.__kbBench = { ready: null };
  const observer = new MutationObserver(() => {
    if (window.__kbBench.ready === null && document.querySelector('[data-kb-quiz][data-kb-ready="true"]')) {
      window.__kbBench.ready = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-kb-ready"] });
})();
"""
"""Records performance.now() when a quiz is mounted (after the task that mounted it)."""

_READY_TIMINGS = """
() => {
  const nav = performance.getEntriesByType("navigation")[0];
  return { ready: window.__kbBench.ready, dclStart: nav.domContentLoadedEventStart,
           dclEnd: nav.domContentLoadedEventEnd };
}
"""

_ANSWER_EVERY_ITEM = """
() => document.querySelectorAll("[data-kb-item]").forEach((item, index) => {
  const inputs = item.querySelectorAll("input");
  inputs[index % inputs.length].click();
})
"""

_TIME_SUBMIT_ALL = """
() => {
  const result = document.querySelector("[data-kb-result]");
  const start = performance.now();
  document.querySelector("[data-kb-action=submit-all]").click();
  const visible = !result.hidden && result.getBoundingClientRect().height > 0;  // forces style and layout
  return { ms: performance.now() - start, visible };
}
"""


def launch_chromium(playwright):
    """Debian's Chromium, headless, through Playwright."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def interactive_after_dcl_ms(browser, url: str) -> float:
    """Milliseconds from DOMContentLoaded (event start) until the quiz is mounted, cold cache.

    Material emits ``document$`` from its own DOMContentLoaded work, so this includes the
    theme's handlers that run before the quiz module's; the mount ends with the event.
    """
    context = browser.new_context()
    try:
        page = context.new_page()
        page.add_init_script(_READY_OBSERVER)
        page.goto(url, wait_until="load")
        page.wait_for_selector("[data-kb-quiz][data-kb-ready=true]", state="attached")
        timings = page.evaluate(_READY_TIMINGS)
        return timings["ready"] - timings["dclStart"]
    finally:
        context.close()


def grading_ms(browser, url: str) -> float:
    """Milliseconds from clicking 全部提交 on an answered quiz until the result box is laid out."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(url, wait_until="load")
        page.wait_for_selector("[data-kb-quiz][data-kb-ready=true]", state="attached")
        page.evaluate(_ANSWER_EVERY_ITEM)
        outcome = page.evaluate(_TIME_SUBMIT_ALL)
        if not outcome["visible"]:
            raise RuntimeError("the result did not appear after 全部提交")
        return outcome["ms"]
    finally:
        context.close()


@dataclass
class RequestCount:
    """What a page requested on a cold load, until the network went idle."""

    urls: list[str] = field(default_factory=list)

    @property
    def foreign(self) -> list[str]:
        """Requests to any host but the site's own (data:/blob: URLs are local)."""
        return [
            url
            for url in self.urls
            if urlsplit(url).scheme not in ("data", "blob", "about") and urlsplit(url).hostname != LOCAL_HOST
        ]


def count_requests(browser, url: str) -> RequestCount:
    """Every request a cold load of ``url`` makes, until the network is idle."""
    context = browser.new_context()
    try:
        page = context.new_page()
        count = RequestCount()
        page.on("request", lambda request: count.urls.append(request.url))
        page.goto(url, wait_until="networkidle")
        page.wait_for_selector("[data-kb-quiz][data-kb-ready=true]", state="attached")
        return count
    finally:
        context.close()


# ---- report ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One line of the table: a figure, its value, and its goal when it has one."""

    figure: str
    value: str
    goal: str = ""
    passed: bool | None = None

    @property
    def verdict(self) -> str:
        """PASS or MISS against the goal, or a dash for a figure without one."""
        if self.passed is None:
            return "—"
        return "PASS" if self.passed else "MISS"


def section(title: str) -> Row:
    """A bold heading row that starts a group of figures."""
    return Row(f"**{title}**", "")


def print_header(settings: Settings) -> None:
    """Date, Python, CPUs and machine, so a quoted run says where it ran."""
    now = datetime.datetime.now(datetime.UTC)
    print(f"# Quiz engine benchmark ({settings.name})")
    print()
    print(f"- date: {now:%Y-%m-%d %H:%M} UTC")
    print(f"- python: {platform.python_version()} ({platform.python_implementation()})")
    print(f"- cpus: {os.cpu_count()}")
    print(f"- machine: {platform.machine()}, {platform.platform()}")
    print(f"- load average at start: {' / '.join(f'{load:.2f}' for load in os.getloadavg())} (1 / 5 / 15 min)")
    print(
        f"- runs: {settings.build_runs} interleaved builds per hook variant, "
        f"{settings.scale_runs} per scale step (banks of ≤ {ITEMS_PER_BANK} items), "
        f"{settings.browser_runs} browser loads; medians"
    )
    print()


def print_table(rows: list[Row]) -> None:
    """The figures as a Markdown table."""
    print("| Figure | Value | Goal | Result |")
    print("| --- | --- | --- | --- |")
    for row in rows:
        if not row.value:
            print(f"| {row.figure} | | | |")
        else:
            print(f"| {row.figure} | {row.value} | {row.goal or '—'} | {row.verdict} |")


def seconds(value: float) -> str:
    """A duration for the table."""
    return f"{value:.2f} s"


def size(value: int) -> str:
    """A byte count for the table."""
    return f"{value:,} B"


def items_label(count: int) -> str:
    """How a scale step is named in the table."""
    return f"{count:,} synthetic items"


# ---- the measurements -----------------------------------------------------------------------


def hook_overhead_rows(work: Path, settings: Settings) -> tuple[list[Row], Path, Path]:
    """Real site with and without the quiz hook, interleaved; returns rows and both site dirs."""
    with_hook = write_config(work / "with-hook", banks_dir=BANKS_DIR, with_hook=True)
    without_hook = write_config(work / "without-hook", banks_dir=BANKS_DIR, with_hook=False)
    site_with, site_without = work / "with-hook" / "site", work / "without-hook" / "site"
    runs = interleaved_builds(
        {
            "with": lambda: timed_build(with_hook, site_with),
            "without": lambda: timed_build(without_hook, site_without),
        },
        settings.build_runs,
    )
    time_with, time_without = median_seconds(runs["with"]), median_seconds(runs["without"])
    overhead = time_with / time_without - 1
    load, render = hook_phase_seconds(settings.build_runs)
    rest = time_with - time_without - load - render
    rows = [
        section("Quiz hook overhead (real site)"),
        Row("Build time, real site with quiz hook", seconds(time_with)),
        Row("Build time, real site without quiz hook", seconds(time_without)),
        Row(
            "Quiz hook overhead",
            f"{overhead * 100:.1f} %",
            f"≤ {GOAL_HOOK_OVERHEAD * 100:.0f} %",
            overhead <= GOAL_HOOK_OVERHEAD,
        ),
        Row("Hook, load and check the real banks (in-process, warm)", seconds(load)),
        Row("Hook, render the quiz pages (in-process, warm)", seconds(render)),
        Row("Rest of the overhead (imports, MkDocs on the generated pages)", seconds(rest)),
    ]
    return rows, site_with, site_without


def median_call_seconds(call: Callable[[], object], runs: int) -> float:
    """Median wall time of ``call`` over ``runs`` calls, after one unmeasured call."""
    call()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def hook_phase_seconds(runs: int) -> tuple[float, float]:
    """The hook's own work on the real banks, timed in this process: (load and check, render)."""
    from kb.quiz.catalog import bank_paths, load_catalog
    from kb.quiz.pages import generated_pages

    docs = scan_docs(DOCS_DIR)
    catalog = load_catalog(bank_paths(BANKS_DIR), docs)
    load = median_call_seconds(lambda: load_catalog(bank_paths(BANKS_DIR), docs), runs)
    render = median_call_seconds(lambda: generated_pages(catalog, docs), runs)
    return load, render


def scale_rows(work: Path, settings: Settings) -> list[Row]:
    """Synthetic banks of growing size (plus an empty bank dir as baseline), interleaved."""
    sizes = (0, *settings.scale_sizes)
    builds = {}
    for count in sizes:
        banks = write_synthetic_banks(work / f"banks-{count}", count)
        config = write_config(work / f"scale-{count}", banks_dir=banks, with_hook=True)
        builds[count] = functools.partial(timed_build, config, work / f"scale-{count}" / "site")
    runs = interleaved_builds(builds, settings.scale_runs, warmup=False)
    times = {count: median_seconds(runs[count]) for count in sizes}
    rows = [section(f"Scale (synthetic banks of ≤ {ITEMS_PER_BANK} items citing real sections)")]
    for count in sizes:
        total_banks = bank_count(count)
        rows.append(
            Row(
                f"Build time, {items_label(count)}",
                f"{seconds(times[count])} ({total_banks} bank{'' if total_banks == 1 else 's'})",
            )
        )
    for count in sizes:
        rows.append(Row(f"Peak memory, {items_label(count)}", f"{median_peak_mib(runs[count]):.0f} MiB"))
    for count in settings.scale_sizes:
        per_item = (times[count] - times[0]) / count * 1000
        rows.append(Row(f"Quiz build cost per item, {items_label(count)}", f"{per_item:.2f} ms"))
    for smaller, larger in itertools.pairwise(settings.scale_sizes):
        ratio = times[larger] / times[smaller]
        limit = GOAL_SCALE_SLACK * larger / smaller
        rows.append(
            Row(
                f"Build time ratio, {smaller:,} → {larger:,} items", f"{ratio:.2f} ×", f"< {limit:.3g} ×", ratio < limit
            )
        )
    return rows


def page_weight_rows(site_with: Path, site_without: Path) -> list[Row]:
    """Bytes of the quiz assets, a typical quiz page and the search index."""
    js, css = QUIZ_JS.read_bytes(), QUIZ_CSS.read_bytes()
    assets_gzip = gzip_size(js) + gzip_size(css)
    counts = bank_item_counts()
    bank = typical_bank(counts)
    page = (site_with / "quizzes" / bank / "index.html").read_bytes()
    review = (site_with / page_url(REVIEW_PAGE) / "index.html").read_bytes()
    index = (site_with / "search" / "search_index.json").read_bytes()
    index_without = (site_without / "search" / "search_index.json").read_bytes()
    return [
        section("Page weight"),
        Row("quiz.js (raw / gzip)", f"{size(len(js))} / {size(gzip_size(js))}"),
        Row("quiz.css (raw / gzip)", f"{size(len(css))} / {size(gzip_size(css))}"),
        Row("Quiz JS + CSS, gzip", size(assets_gzip), f"≤ {GOAL_ASSETS_GZIP:,} B", assets_gzip <= GOAL_ASSETS_GZIP),
        Row(
            "Typical quiz page HTML (raw / gzip)",
            f"{size(len(page))} / {size(gzip_size(page))} ({bank}, {counts[bank]} items)",
        ),
        Row(
            "Review page (错题本) HTML (raw / gzip)",
            f"{size(len(review))} / {size(gzip_size(review))} (all {sum(counts.values())} items)",
        ),
        Row("Search index (raw / gzip)", f"{size(len(index))} / {size(gzip_size(index))}"),
        Row(
            "Search index without quiz pages (raw / gzip)",
            f"{size(len(index_without))} / {size(gzip_size(index_without))}",
        ),
    ]


def browser_site(work: Path, site_dir: Path, site_url: str) -> str:
    """Build the real banks plus a synthetic 20-item bank into ``site_dir``; return its bank id."""
    banks = work / "browser-banks"
    shutil.copytree(BANKS_DIR, banks)
    write_synthetic_banks(banks, GRADING_ITEMS, prefix="grading")
    config = write_config(work / "browser", banks_dir=banks, with_hook=True)
    timed_build(config, site_dir, site_url)
    return "grading-000"


def median_of(measure: Callable[[], float], runs: int) -> float:
    """Median of ``runs`` calls of ``measure``."""
    return statistics.median(measure() for _ in range(runs))


def browser_rows(work: Path, settings: Settings) -> list[Row]:
    """Requests, time to interactive and grading time in headless Chromium."""
    from playwright.sync_api import sync_playwright

    site_dir = work / "browser" / "site"
    site_dir.mkdir(parents=True)
    counts = bank_item_counts()
    bank = typical_bank(counts)
    with SiteServer(site_dir) as server, sync_playwright() as playwright:
        grading_bank = browser_site(work, site_dir, server.url)
        quiz_url = f"{server.url}quizzes/{bank}/"
        review_url = server.url + page_url(REVIEW_PAGE)
        grading_url = f"{server.url}quizzes/{grading_bank}/"
        browser = launch_chromium(playwright)
        try:
            requests = count_requests(browser, quiz_url)
            interactive_after_dcl_ms(browser, quiz_url)  # warm-up (Chromium's own start-up)
            interactive = median_of(lambda: interactive_after_dcl_ms(browser, quiz_url), settings.browser_runs)
            review = median_of(lambda: interactive_after_dcl_ms(browser, review_url), settings.browser_runs)
            grading = median_of(lambda: grading_ms(browser, grading_url), settings.browser_runs)
        finally:
            browser.close()
    foreign = len(requests.foreign)
    interactive_goal = f"≤ {GOAL_INTERACTIVE_MS:.0f} ms"
    return [
        section(f"Browser (headless Chromium, cold cache; typical quiz page: {bank}, {counts[bank]} items)"),
        Row("Requests made by a quiz page", f"{len(requests.urls)} requests"),
        Row(
            "Requests to other hosts",
            f"{foreign} requests",
            f"= {GOAL_FOREIGN_REQUESTS}",
            foreign == GOAL_FOREIGN_REQUESTS,
        ),
        Row(
            "Quiz interactive after DOMContentLoaded",
            f"{interactive:.1f} ms",
            interactive_goal,
            interactive <= GOAL_INTERACTIVE_MS,
        ),
        Row(
            "Review page (错题本) interactive after DOMContentLoaded",
            f"{review:.1f} ms ({sum(counts.values()) + GRADING_ITEMS} items)",
            interactive_goal,
            review <= GOAL_INTERACTIVE_MS,
        ),
        Row(f"Grading a {GRADING_ITEMS}-item quiz (click → result laid out)", f"{grading:.1f} ms"),
    ]


def run_benchmark(settings: Settings) -> list[Row]:
    """Every measurement, in a temporary directory removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="kb-bench-") as tmp:
        work = Path(tmp)
        rows, site_with, site_without = hook_overhead_rows(work, settings)
        rows += page_weight_rows(site_with, site_without)
        rows += scale_rows(work, settings)
        rows += browser_rows(work, settings)
    return rows


def profile_build(what: str) -> None:
    """Print cProfile's top functions for one build: ``real`` banks, or that many synthetic items."""
    with tempfile.TemporaryDirectory(prefix="kb-bench-profile-") as tmp:
        work = Path(tmp)
        banks = BANKS_DIR if what == "real" else write_synthetic_banks(work / "banks", int(what))
        config = write_config(work, banks_dir=banks, with_hook=True)
        command = [sys.executable, "-c", _PROFILE_WRAPPER, "build", "-q", "-f", str(config), "-d", str(work / "site")]
        subprocess.run(command, cwd=REPO_ROOT, env=build_env("http://127.0.0.1/kb/"), check=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line: --quick or --profile."""
    parser = argparse.ArgumentParser(
        prog="python scripts/bench.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="small sizes and few runs (for CI)")
    parser.add_argument(
        "--profile",
        metavar="real|ITEMS",
        help="instead of the benchmark, cProfile one build of the real banks or of ITEMS synthetic items",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Print the benchmark table (or a profile); exit status 0."""
    args = parse_args(argv)
    if args.profile:
        profile_build(args.profile)
        return 0
    settings = QUICK if args.quick else FULL
    started = time.perf_counter()
    print_header(settings)
    rows = run_benchmark(settings)
    print_table(rows)
    print()
    print(f"Benchmark took {time.perf_counter() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
