"""MkDocs hook: scenarios become 情景演练 pages (a thin adapter over ``kb.build.SiteBuild``)."""

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

from kb.build import site_build  # noqa: E402
from kb.quiz.pages import PAGE_EVENT_PRIORITY  # noqa: E402


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """List the scenario pages in the nav (the scenarios were checked with the banks)."""
    config.nav = site_build(config).nav_with_scenarios(config.nav)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add one generated page per scenario (nothing is written into docs/)."""
    return site_build(config).add_scenario_pages(files, config)


@event_priority(PAGE_EVENT_PRIORITY)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Link cited topic sections to their scenarios, and list the scenarios on the quiz index."""
    return site_build(config).scenario_markdown(markdown, page.file.src_uri)


@event_priority(PAGE_EVENT_PRIORITY)
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Put each scenario page's body in place; give the 错题本 and 今日复习 their scenario sections."""
    return site_build(config).scenario_content(html, page.file.src_uri)
