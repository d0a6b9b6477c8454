"""MkDocs hook: a Content-Security-Policy meta tag on every written page (a thin adapter over kb.content.csp)."""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

_REPO = str(Path(__file__).resolve().parents[1])
if _REPO not in sys.path:
    sys.path.insert(0, _REPO)  # the repository's kb package

from kb.content.csp import with_policy  # noqa: E402

LAST = -100
"""After every other plugin's and hook's page events: the hashes are of the page as it is written."""


@event_priority(LAST)
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """The finished page with its policy."""
    return with_policy(output)


@event_priority(LAST)
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """The theme's own pages (404.html) get the policy too."""
    return with_policy(output_content) if template_name.endswith(".html") else output_content
