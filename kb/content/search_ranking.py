"""How much each part of the site counts in search: teaching pages first, raw sources last."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any


def search_boost(page_path: str, boosts: Mapping[str, float]) -> float | None:
    """The boost for a docs page from the longest configured path prefix it starts with.

    ``boosts`` maps prefixes of docs paths (``sources/``, ``topics/glossary.md``) to Material's
    search ``boost`` values; a page no prefix matches keeps Material's default (``None``).
    """
    matches = [prefix for prefix in boosts if page_path.startswith(prefix)]
    if not matches:
        return None
    return float(boosts[max(matches, key=len)])


def with_search_boost(meta: Mapping[str, Any], page_path: str, boosts: Mapping[str, float]) -> dict[str, Any]:
    """The page's front matter with the configured boost, unless the page sets its own."""
    boost = search_boost(page_path, boosts)
    search = meta.get("search")
    if boost is None or (isinstance(search, dict) and "boost" in search):
        return dict(meta)
    return {**meta, "search": {**(search if isinstance(search, dict) else {}), "boost": boost}}


# Blocks that point elsewhere rather than teach: citations of source titles and the "相关页面"
# box repeat other pages' titles, so a question would find every page that links the answer.
_NAVIGATION_BLOCKS = (
    re.compile(r'<p class="kb-(?:cite|page-sources)"(?=>)'),
    re.compile(r'<div class="admonition tip"(?=>\s*<p class="admonition-title">相关页面</p>)'),
)


def without_navigation_in_search(html: str) -> str:
    """The page HTML with its citation lines and related-pages box marked ``data-search-exclude``."""
    for pattern in _NAVIGATION_BLOCKS:
        html = pattern.sub(lambda match: match.group(0) + " data-search-exclude", html)
    return html
