"""MkDocs hook: scenarios in scenarios/ become 情景演练 pages (a thin adapter over kb.scenario)."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

_REPO = str(Path(__file__).resolve().parents[1])
if _REPO not in sys.path:
    sys.path.insert(0, _REPO)  # the repository's kb package

from kb.content.sections import DocsIndex, scan_docs  # noqa: E402
from kb.quiz.bankfiles import bank_paths  # noqa: E402
from kb.quiz.errors import report_lines  # noqa: E402
from kb.quiz.pages import PAGE_EVENT_PRIORITY, GeneratedPage, MissingPlaceholder, added_pages, with_body  # noqa: E402
from kb.quiz.render import INDEX_PAGE, REVIEW_PAGE, TODAY_PAGE  # noqa: E402
from kb.scenario.catalog import ScenarioCatalog, load_scenarios  # noqa: E402
from kb.scenario.pages import (  # noqa: E402
    ScenarioLink,
    add_scenario_links,
    nav_with_scenarios,
    review_section,
    scenario_list,
    scenario_pages,
    section_links,
)
from kb.settings import settings_for_build  # noqa: E402

log = logging.getLogger("mkdocs.hooks.scenario_pages")


@dataclass
class _Build:
    """What on_config learnt, for the later events of the same build."""

    catalog: ScenarioCatalog = field(default_factory=ScenarioCatalog)
    docs: DocsIndex = field(default_factory=DocsIndex)
    links: dict[str, dict[str, list[ScenarioLink]]] = field(default_factory=dict)
    pages: dict[str, GeneratedPage] = field(default_factory=dict)


_built = _Build()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load and check every scenario; stop the build once, after logging every problem."""
    directory = settings_for_build(config, log).scenarios_dir
    docs = scan_docs(Path(config.docs_dir))
    catalog = load_scenarios(bank_paths(Path(directory)) if directory is not None else [], docs)
    if not catalog.ok:
        for line in report_lines(catalog.errors, Path(config.config_file_path).parent):
            log.error(line)
        raise PluginError(f"情景演练里有 {len(catalog.errors)} 处问题，构建已停止。请按上面每一行的提示修改。")
    _built.catalog, _built.docs, _built.links = catalog, docs, section_links(catalog.scenarios)
    config.nav = nav_with_scenarios(config.nav, catalog.scenarios)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add one generated page per scenario (nothing is written into docs/)."""
    pages = scenario_pages(_built.catalog.scenarios, _built.docs)
    _built.pages = {page.path: page for page in pages}
    return added_pages(pages, files, config)


@event_priority(PAGE_EVENT_PRIORITY)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Link cited topic sections to their scenarios, and list the scenarios on the quiz index."""
    path = page.file.src_uri
    if path == INDEX_PAGE and _built.catalog.scenarios:
        return markdown + scenario_list(_built.catalog.scenarios, path)
    links = _built.links.get(path)
    return add_scenario_links(markdown, path, links) if links else markdown


@event_priority(PAGE_EVENT_PRIORITY)
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Put each scenario page's body in place; give the 错题本 and 今日复习 their scenario sections."""
    if page.file.src_uri == REVIEW_PAGE and _built.catalog.scenarios:
        return html + review_section(_built.catalog.scenarios, REVIEW_PAGE)
    if page.file.src_uri == TODAY_PAGE and _built.catalog.scenarios:
        return html + review_section(_built.catalog.scenarios, TODAY_PAGE, "scenario-due.html")
    try:
        return with_body(html, _built.pages.get(page.file.src_uri))
    except MissingPlaceholder as error:
        raise PluginError(str(error)) from None
