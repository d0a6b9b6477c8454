"""Chromium measurements of a served page: what it loads (page weight) and when it can be answered."""

from __future__ import annotations

import gzip
import json
import re
import statistics
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.support.browser import CHROMIUM, CHROMIUM_ARGS  # one launch recipe for tests and bench
from tests.support.server import SiteServer

READY = {
    "ours": '[data-kb-quiz][data-kb-ready="true"]',
    "peer": ".quiz .quiz-reset-button",
}
"""What marks the first item answerable: ours sets data-kb-ready when a quiz is mounted; the
peer's script adds each item's reset button while it wires the item's handlers."""

_READY_OBSERVER = """
(selector) => {
  window.__kbBench = { ready: null };
  const seen = () => {
    if (window.__kbBench.ready === null && document.querySelector(selector)) {
      window.__kbBench.ready = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(seen);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}
"""
"""Records performance.now() (ms since navigation start) when the ready marker first appears."""

KINDS = {"document": "HTML", "script": "JS", "stylesheet": "CSS", "fetch": "data", "xhr": "data"}
SEARCH_INDEX = "search/search_index.json"
"""Material's search worker fetches the site's search index on every page, ours and the peer's alike;
it is counted apart (kind ``search``) and left out of the page's total."""


_INLINE_SCRIPT = re.compile(rb"<script\b(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.DOTALL | re.IGNORECASE)
"""The text of a script element without ``src`` (JSON data blocks included: the page carries them too)."""


def gzip_size(data: bytes) -> int:
    """Bytes after gzip at level 9, as a static host would send them."""
    return len(gzip.compress(data, compresslevel=9, mtime=0))


@dataclass
class Weight:
    """Bytes a page loaded on a cold load, raw and gzipped, by kind (HTML, JS, CSS, data, other)."""

    raw: dict[str, int] = field(default_factory=dict)
    gzip: dict[str, int] = field(default_factory=dict)
    inline_js: tuple[int, int] = (0, 0)
    """The page's inline scripts, raw and gzipped alone: part of the HTML, and of what the page runs
    (the peer inlines its whole quiz script; ours is Material's config and small bits)."""

    def add(self, kind: str, body: bytes) -> None:
        """Count one response of ``kind``."""
        self.raw[kind] = self.raw.get(kind, 0) + len(body)
        self.gzip[kind] = self.gzip.get(kind, 0) + gzip_size(body)
        if kind == "HTML" and self.inline_js == (0, 0):
            inline = b"".join(_INLINE_SCRIPT.findall(body))
            self.inline_js = (len(inline), gzip_size(inline) if inline else 0)

    def js_with_inline(self) -> tuple[int, int]:
        """Script files and the page's inline scripts, raw and gzip."""
        return self.raw.get("JS", 0) + self.inline_js[0], self.gzip.get("JS", 0) + self.inline_js[1]

    def total_raw(self) -> int:
        """Every byte the page loaded but the search index."""
        return sum(size for kind, size in self.raw.items() if kind != "search")

    def total_gzip(self) -> int:
        """Every byte the page loaded but the search index, gzipped."""
        return sum(size for kind, size in self.gzip.items() if kind != "search")


@contextmanager
def chromium() -> Iterator[Any]:
    """Debian's Chromium, headless, through Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def served(site_dir: Path) -> Iterator[str]:
    """The site served under its Pages-like subpath; yields the base URL."""
    with SiteServer(site_dir) as server:
        yield server.url


def page_weight(browser: Any, url: str) -> Weight:
    """What a cold load of ``url`` fetches until the network is idle, by kind."""
    context = browser.new_context()
    try:
        page = context.new_page()
        responses: list[Any] = []
        page.on("response", lambda response: responses.append(response))
        page.goto(url, wait_until="networkidle")
        weight = Weight()
        for response in responses:
            if response.status == 200:
                kind = "search" if response.url.endswith(SEARCH_INDEX) else KINDS.get(response.request.resource_type)
                weight.add(kind or "other", response.body())
        return weight
    finally:
        context.close()


def answerable_ms(browser: Any, url: str, variant: str) -> float:
    """Milliseconds from navigation start until the first item of ``url`` can be answered (cold cache)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.add_init_script(f"({_READY_OBSERVER})({json.dumps(READY[variant])})")
        page.goto(url, wait_until="load")
        page.wait_for_selector(READY[variant], state="attached")
        page.wait_for_function("window.__kbBench.ready !== null")
        return float(page.evaluate("window.__kbBench.ready"))
    finally:
        context.close()


def median_answerable_ms(browser: Any, url: str, variant: str, runs: int) -> float:
    """Median of ``runs`` cold loads, after one unmeasured load."""
    answerable_ms(browser, url, variant)
    return statistics.median(answerable_ms(browser, url, variant) for _ in range(runs))
