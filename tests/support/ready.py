"""Opening a page and waiting until its widgets are ready to be measured or driven."""

from __future__ import annotations

WIDGETS = "[data-kb-quiz], [data-kb-data-tools], [data-kb-scenario], [data-kb-today]"
"""Roots the site's browser code initialises; each gets data-kb-ready (the data tools need none)."""

NO_TRANSITIONS = "*, *::before, *::after { transition: none !important; animation: none !important; }"
"""Colours are read at once after a state changes: measure where a transition ends, not midway."""


def open_page(page, url: str) -> None:
    """Go to ``url`` and wait until the page's quiz, data tools or scenario are initialised."""
    page.goto(url)
    page.wait_for_load_state("load")
    if page.locator(WIDGETS).count():
        page.wait_for_selector("[data-kb-ready=true], [data-kb-data-tools]", state="attached")


ADOPT_SHEET = """css => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}"""
"""A constructed style sheet: the site's Content-Security-Policy refuses an inline <style> element."""


def without_transitions(page) -> None:
    """Switch off transitions and animations so computed colours are final."""
    page.evaluate(ADOPT_SHEET, NO_TRANSITIONS)
