"""MkDocs hook: quiz banks become generated quiz pages (a thin adapter over ``kb.build.SiteBuild``)."""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

_REPO = str(Path(__file__).resolve().parents[1])
if _REPO not in sys.path:
    sys.path.insert(0, _REPO)  # the repository's kb package

from kb.build import site_build, start  # noqa: E402
from kb.quiz.pages import PAGE_EVENT_PRIORITY  # noqa: E402


def on_startup(*, command: str, dirty: bool) -> None:
    """Under `mkdocs serve`, remember checked and rendered banks between rebuilds, and lint each build."""
    start(command)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load and check every bank and scenario (one report, one stop); list the bank pages in the nav."""
    config.nav = site_build(config).nav_with_banks(config.nav)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated quiz pages in memory (nothing is written into docs/)."""
    return site_build(config).add_quiz_pages(files, config)


@event_priority(PAGE_EVENT_PRIORITY)
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Put each quiz page's body, and the trainers' report page's items (培训师看板), in place as the page is written.

    Done here rather than in ``on_page_content``: MkDocs keeps every page's content until the
    build ends, so a body placed there would keep all banks' HTML in memory at once. Here a bank
    page is rendered, written and let go, one at a time.
    """
    return site_build(config).body_as_written(output, page.file.src_uri)


@event_priority(PAGE_EVENT_PRIORITY)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Link topic sections to their items (本节自测), and give progress boxes their bank list."""
    return site_build(config).quiz_markdown(markdown, page.file.src_uri)
