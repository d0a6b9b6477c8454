"""MkDocs hook: quiz banks in quizzes/ become generated quiz pages (a thin adapter over kb.quiz)."""

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
from kb.quiz.catalog import Catalog, bank_paths, load_catalog  # noqa: E402
from kb.quiz.coverage import section_coverage  # noqa: E402
from kb.quiz.errors import report_lines  # noqa: E402
from kb.quiz.lint.at_build import warn_at_build  # noqa: E402
from kb.quiz.pages import (  # noqa: E402
    PAGE_EVENT_PRIORITY,
    GeneratedPage,
    MissingPlaceholder,
    added_pages,
    generated_pages,
    in_learning_path_order,
    nav_with_banks,
    with_body,
    with_learning_path,
    with_progress_data,
)
from kb.quiz.rebuilds import remember_between_rebuilds  # noqa: E402
from kb.quiz.report_data import REPORT_PAGE, with_report_items  # noqa: E402
from kb.quiz.selfcheck import SelfCheckLink, add_self_check_links, bank_of_each_item, self_check_links  # noqa: E402
from kb.settings import settings_for_build  # noqa: E402

log = logging.getLogger("mkdocs.hooks.quiz_pages")


@dataclass
class _Build:
    """What on_config learnt, for the later events of the same build."""

    catalog: Catalog = field(default_factory=Catalog)
    docs: DocsIndex = field(default_factory=DocsIndex)
    links: dict[str, dict[str, SelfCheckLink]] = field(default_factory=dict)
    pages: dict[str, GeneratedPage] = field(default_factory=dict)


_built = _Build()


def on_startup(*, command: str, dirty: bool) -> None:
    """Under `mkdocs serve`, remember checked and rendered banks between rebuilds."""
    remember_between_rebuilds(command == "serve")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load and check every bank; stop the build once, after logging every problem."""
    docs: DocsIndex = scan_docs(Path(config.docs_dir))
    paths = bank_paths(Path(settings_for_build(config, log).banks_dir))
    catalog: Catalog = load_catalog(paths, docs)
    if not catalog.ok:
        root = Path(config.config_file_path).parent
        for line in report_lines(catalog.errors, root):  # at most 100, then a count of the rest
            log.error(line)
        raise PluginError(
            f"题库里有 {len(catalog.errors)} 处问题，构建已停止。请按上面每一行的提示修改（格式：文件:行:列: [题目 id] 说明）。"
        )
    checked = {document.path: document for document in catalog.documents}
    catalog.documents = []  # the banks are built; the lint takes each parsed file and lets it go
    warn_at_build(paths, Path(config.config_file_path).parent, checked, Path(config.docs_dir))  # item-writing lint
    catalog.banks = in_learning_path_order(catalog.banks, config.nav)
    coverage = section_coverage(catalog.banks, docs)
    _built.catalog, _built.docs = catalog, docs
    _built.links = self_check_links(coverage, bank_of_each_item(catalog.banks))
    config.nav = nav_with_banks(config.nav, catalog)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated quiz pages in memory (nothing is written into docs/)."""
    pages = generated_pages(_built.catalog, _built.docs)
    _built.pages = {page.path: page for page in pages}
    return added_pages(pages, files, config)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Give the trainers' report page (培训师看板) every bank's items and keys."""
    if page.file.src_uri != REPORT_PAGE:
        return html
    return with_report_items(html, _built.catalog.banks, _built.docs)


@event_priority(PAGE_EVENT_PRIORITY)
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Put each quiz page's body in place as the page is written (it skips the Markdown pass).

    Done here rather than in ``on_page_content``: MkDocs keeps every page's content until the
    build ends, so a body placed there would keep all banks' HTML in memory at once. Here a bank
    page is rendered, written and let go, one at a time.
    """
    try:
        return with_body(output, _built.pages.pop(page.file.src_uri, None))
    except MissingPlaceholder as error:
        raise PluginError(str(error)) from None


@event_priority(PAGE_EVENT_PRIORITY)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Link topic sections to their items (本节自测), and give progress boxes their bank list."""
    links = _built.links.get(page.file.src_uri)
    markdown = add_self_check_links(markdown, page.file.src_uri, links) if links else markdown
    markdown = with_learning_path(markdown, page.file.src_uri, _built.catalog.banks, Path(config.docs_dir))
    return with_progress_data(markdown, page.file.src_uri, _built.catalog.banks)
