"""MkDocs hook: the per-section search boosts of ``extra.search_boost``, and a UTF-8 search index (a thin adapter)."""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

_REPO = str(Path(__file__).resolve().parents[1])
if _REPO not in sys.path:
    sys.path.insert(0, _REPO)  # the repository's kb package

from kb.content.search_index import rewrite_search_index  # noqa: E402
from kb.content.search_ranking import with_search_boost, without_navigation_in_search  # noqa: E402


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Give the page the configured search boost before Material's search indexes it."""
    boosts = config.extra.get("search_boost") or {}
    if boosts:
        page.meta = with_search_boost(page.meta, page.file.src_uri, boosts)
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Keep citation lines and related-page boxes out of the search index (they only point elsewhere)."""
    return without_navigation_in_search(html)


def on_post_build(config: MkDocsConfig) -> None:
    """Write Material's search index (written just before, by its own post-build step) as UTF-8."""
    rewrite_search_index(Path(config.site_dir))
