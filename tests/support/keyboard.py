"""Moving focus the way a keyboard user does: Tab (or Shift+Tab) until the right element has it."""

from __future__ import annotations

import json

MAX_TAB_STOPS = 120
"""More Tab stops than any page of the site has: a walk longer than this never reaches its target."""


def focus_matches(selector: str) -> str:
    """A predicate for ``tab_to``: the focused element matches the CSS ``selector``."""
    return f"e.matches({json.dumps(selector)})"


def tab_to(page, matches: str, *, backwards: bool = False) -> None:
    """Press Tab (or Shift+Tab) until the focused element ``e`` satisfies the JS predicate ``matches``."""
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        if page.evaluate(f"(e => {matches})(document.activeElement)"):
            return
    raise AssertionError(f"no Tab stop within {MAX_TAB_STOPS} satisfies {matches}")
