"""MkDocs hook: search boosts of ``extra.search_boost``, the word lists of search-words.yml, a UTF-8 index (a thin adapter)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

_REPO = Path(__file__).resolve().parents[1]
if str(_REPO) not in sys.path:
    sys.path.insert(0, str(_REPO))  # the repository's kb package

from kb.content.search_index import rewrite_search_index  # noqa: E402
from kb.content.search_ranking import with_search_boost, without_navigation_in_search  # noqa: E402
from kb.content.search_words import WORDS_FILE, load_search_words  # noqa: E402

log = logging.getLogger("mkdocs.hooks.search_ranking")
_words: dict[str, Any] = {}
"""The word lists read in on_config, as the browser's search reads them (config.kb of the index)."""


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Read search-words.yml (next to mkdocs.yml in the repository); stop the build once if it has problems."""
    words, problems = load_search_words(_REPO / config.extra.get("search_words", WORDS_FILE))
    for problem in problems:
        log.error(str(problem))
    if problems:
        raise PluginError(f"{WORDS_FILE} 里有 {len(problems)} 处问题，构建已停止。请按上面每一行的提示修改。")
    _words.clear()
    _words.update(words.as_index_config())
    return config


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
    """Write Material's search index (written just before, by its own post-build step) as UTF-8, with the word lists."""
    rewrite_search_index(Path(config.site_dir), dict(_words))
