"""Reading pages and the browser bundle: a topic page against plain, and each bundle entry's size.

Plain is the same site without the quiz engine (scripts/bench/sites.py); an entry is weighed
alone and with the chunks it imports, which is what a page that runs it downloads.
"""

from __future__ import annotations

from pathlib import Path

from kb.browser_bundle import DIST_DIR, ENTRIES, read_manifest
from scripts.bench.browser import chromium, gzip_size, page_weight, served
from scripts.bench.build_figures import REAL, BuildFigures
from scripts.bench.report import Row, heading, raw_and_gzip
from scripts.bench.settings import GOAL_TOPIC_EXTRA, REPO_ROOT

READING_PAGES = {"topic page (topics/chatting/)": "topics/chatting/", "home page": ""}
"""Pages a new hire reads, measured in both variants; only the topic page has a goal."""


def reading_rows(figures: BuildFigures) -> list[Row]:
    """Everything a reading page loads (but the search index), ours against plain, cold, gzip."""
    case = next(case for case in figures.cases if case.key == REAL)
    rows = [heading("Reading pages: ours against plain (the same site without the quiz engine), gzip")]
    with chromium() as browser, served(case.sites["ours"]) as ours_url, served(case.sites["plain"]) as plain_url:
        for name, path in READING_PAGES.items():
            ours, plain = page_weight(browser, ours_url + path), page_weight(browser, plain_url + path)
            extra = ours.total_gzip() - plain.total_gzip()
            js = ours.gzip.get("JS", 0) - plain.gzip.get("JS", 0)
            figure = f"{name.capitalize()}: ours − plain"
            value = f"{extra:,} B more (JS {js:,} B; {ours.total_gzip():,} B against {plain.total_gzip():,} B)"
            if name.startswith("topic"):
                goal = f"≤ {GOAL_TOPIC_EXTRA:,} B more"
                rows.append(Row(figure, value, goal=goal, passed=extra <= GOAL_TOPIC_EXTRA))
            else:
                rows.append(Row(figure, value))
    return rows


def bundle_rows(dist: Path = REPO_ROOT / DIST_DIR) -> list[Row]:
    """Each committed bundle entry: its own file, and with the chunks it imports (what a page pays for it)."""
    rows = [heading(f"Browser bundle ({DIST_DIR}/, esbuild, minified): per entry, alone and with its chunks")]
    manifest = read_manifest(dist)
    for entry in ENTRIES:
        files = manifest.get(entry)
        names = (files.file, *files.imports) if files else (entry,)
        alone = (dist / names[0]).read_bytes()
        together = b"".join((dist / name).read_bytes() for name in names)
        value = f"{raw_and_gzip(len(alone), gzip_size(alone))}; with chunks {gzip_size(together):,} B gzip"
        rows.append(Row(f"Bundle entry {entry}", value if files else raw_and_gzip(len(alone), gzip_size(alone))))
    return rows
