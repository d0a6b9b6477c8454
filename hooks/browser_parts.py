"""MkDocs hook: each page's head names the browser-code parts the page holds (a thin adapter).

Runs after every other hook has put its page body in place (quiz and scenario pages are filled in
``on_post_page``), so it sees the page as it is written. See kb/site_assets.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

_REPO = str(Path(__file__).resolve().parents[1])
if _REPO not in sys.path:
    sys.path.insert(0, _REPO)  # the repository's kb package

from kb.site_assets import page_modules, page_part_tags, with_head_tags  # noqa: E402


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Find the bundle entry every page loads and its chunks (preloaded by overrides/main.html)."""
    scripts = [str(script) for script in config.extra_javascript]
    config.extra["kb_modules"] = page_modules(config.theme.custom_dir, scripts)
    return config


@event_priority(-100)
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Add the module scripts of the parts on this page (none when the site loads no bundle)."""
    every_page = config.extra.get("kb_modules") or []
    if not every_page:
        return output
    tags = page_part_tags(config.theme.custom_dir, output, every_page, lambda path: get_relative_url(path, page.url))
    return with_head_tags(output, tags)
