#!/usr/bin/env python3
"""Draws the app icons (icon-192.png, icon-512.png) from icon.svg in Debian's Chromium.

The web app manifest (overrides/manifest.webmanifest) names them. Run after changing the SVG:
``bash scripts/venv-run.sh python scripts/make_icons.py`` (needs the test environment's Playwright).
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import sync_playwright

ICONS = Path(__file__).resolve().parents[1] / "overrides" / "assets" / "kb" / "icons"
SIZES = (192, 512)
CHROMIUM = "/usr/bin/chromium"


def draw_icons(svg: Path = ICONS / "icon.svg", sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Writes ``icon-<size>.png`` next to ``svg`` for each size; returns the files written."""
    markup = svg.read_text(encoding="utf-8")
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        for size in sizes:
            page = browser.new_page(viewport={"width": size, "height": size})
            page.set_content(
                '<body style="margin:0">'
                + markup.replace('width="512" height="512"', f'width="{size}" height="{size}"', 1)
                + "</body>"
            )
            target = svg.with_name(f"icon-{size}.png")
            page.screenshot(path=str(target), clip={"x": 0, "y": 0, "width": size, "height": size})
            page.close()
            written.append(target)
        browser.close()
    return written


if __name__ == "__main__":
    for path in draw_icons():
        print(path)
