"""One site build: the docs index, the bank and scenario catalogs, and the pages they add.

Both page hooks (``hooks/quiz_pages.py``, ``hooks/scenario_pages.py``) delegate to the one
``SiteBuild`` of the config MkDocs is building. It reads ``extra.quiz`` through the typed settings,
scans the docs once, loads banks and scenarios, and when either has problems logs every one of
them and stops the build once: a broken scenario is not hidden behind a broken bank.
Under `mkdocs serve`, where trainers write, each rebuild also lints the banks (see ``start``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from kb.content.sections import DocsIndex, scan_docs
from kb.core.files import source_paths
from kb.core.paths import INDEX_PAGE, REPORT_PAGE, REVIEW_PAGE, TODAY_PAGE
from kb.core.problem import Problem, report_lines
from kb.core.remember import remember_between_rebuilds
from kb.quiz.catalog import Catalog, load_catalog
from kb.quiz.coverage import section_coverage
from kb.quiz.pages import (
    GeneratedPage,
    MissingPlaceholder,
    added_item_lists,
    added_pages,
    generated_pages,
    in_learning_path_order,
    nav_with_banks,
    with_body,
    with_learning_path,
    with_progress_data,
)
from kb.quiz.report_data import with_report_items
from kb.quiz.selfcheck import SelfCheckLink, add_self_check_links, bank_of_each_item, self_check_links
from kb.quiz.types.fill_in import learn_answer_spellings
from kb.scenario.catalog import ScenarioCatalog, load_scenarios
from kb.scenario.pages import (
    ScenarioLink,
    add_scenario_links,
    nav_with_scenarios,
    review_section,
    scenario_list,
    scenario_pages,
    section_links,
)
from kb.scenario.report_data import with_report_scenarios
from kb.settings import QuizSettings, settings_for_build

log = logging.getLogger("mkdocs.hooks.site_build")


def stop_message(bank_problems: int, scenario_problems: int) -> str:
    """The one message that stops a build, counting the problems of banks and of scenarios."""
    if not scenario_problems:
        return f"题库里有 {bank_problems} 处问题，构建已停止。请按上面每一行的提示修改（格式：文件:行:列: [题目 id] 说明）。"
    if not bank_problems:
        return f"情景演练里有 {scenario_problems} 处问题，构建已停止。请按上面每一行的提示修改。"
    return (
        f"题库和情景演练里共有 {bank_problems + scenario_problems} 处问题（题库 {bank_problems} 处，"
        f"情景演练 {scenario_problems} 处），构建已停止。请按上面每一行的提示修改（格式：文件:行:列: [id] 说明）。"
    )


def stop_on_problems(banks: list[Problem], scenarios: list[Problem], root: Path) -> None:
    """Log every problem of banks and scenarios (at most 100, then a count), then stop the build once."""
    if not banks and not scenarios:
        return
    for line in report_lines([*banks, *scenarios], root):
        log.error(line)
    raise PluginError(stop_message(len(banks), len(scenarios)))


@dataclass
class SiteBuild:
    """What one build knows about its banks and scenarios, from ``on_config`` to the last page."""

    settings: QuizSettings
    docs: DocsIndex
    catalog: Catalog
    scenarios: ScenarioCatalog
    self_check: dict[str, dict[str, SelfCheckLink]] = field(default_factory=dict)
    """Topic page → section id → the 本节自测 link under it."""
    scenario_links: dict[str, dict[str, list[ScenarioLink]]] = field(default_factory=dict)
    """Topic page → section id → the scenarios whose choices cite it."""
    quiz_bodies: dict[str, GeneratedPage] = field(default_factory=dict)
    """Generated quiz pages whose bodies are still to be put in place, by docs path."""
    scenario_bodies: dict[str, GeneratedPage] = field(default_factory=dict)
    """Generated scenario pages, by docs path."""
    docs_dir: Path = field(default_factory=Path)

    @classmethod
    def prepare(cls, config: MkDocsConfig, *, lint: bool = False) -> SiteBuild:
        """Read the settings, the docs, every bank and every scenario; stop once on any problem.

        With ``lint``, the valid banks' item-writing findings are logged as warnings too.
        """
        settings = settings_for_build(config, log)
        root = Path(config.config_file_path).parent
        docs_dir = Path(config.docs_dir)
        docs = scan_docs(docs_dir)
        bank_files = source_paths(Path(settings.banks_dir))
        catalog = load_catalog(bank_files, docs)
        scenario_dir = settings.scenarios_dir
        scenarios = load_scenarios(source_paths(Path(scenario_dir)) if scenario_dir is not None else [], docs)
        stop_on_problems(catalog.errors, scenarios.errors, root)
        checked = {document.path: document for document in catalog.documents}
        catalog.documents = []  # the banks are built; the lint takes each parsed file and lets it go
        if lint:
            from kb.quiz.lint.at_build import warn_at_build  # only `mkdocs serve` lints: see ``start``

            warn_at_build(bank_files, root, checked, docs_dir)
        catalog.banks = in_learning_path_order(catalog.banks, config.nav)
        learn_answer_spellings(item for bank in catalog.banks for item in bank.items)  # OpenCC kept out of memory
        links = self_check_links(section_coverage(catalog.banks, docs), bank_of_each_item(catalog.banks))
        return cls(settings, docs, catalog, scenarios, links, section_links(scenarios.scenarios), docs_dir=docs_dir)

    def nav_with_banks(self, nav: list | None) -> list | None:
        """The configured nav with 今日复习, 错题本 and every bank page after the quiz index."""
        return nav_with_banks(nav, self.catalog)

    def nav_with_scenarios(self, nav: list | None) -> list | None:
        """The nav with a 情景演练 group after the quiz index's section."""
        return nav_with_scenarios(nav, self.scenarios.scenarios)

    def add_quiz_pages(self, files: Files, config: MkDocsConfig) -> Files:
        """``files`` with the quiz index, 错题本, 今日复习, each bank's page and item list added in memory."""
        pages = generated_pages(self.catalog, self.docs)
        self.quiz_bodies = {page.path: page for page in pages}
        return added_item_lists(self.catalog.banks, added_pages(pages, files, config), config)

    def add_scenario_pages(self, files: Files, config: MkDocsConfig) -> Files:
        """``files`` with each scenario's page added in memory."""
        pages = scenario_pages(self.scenarios.scenarios, self.docs)
        self.scenario_bodies = {page.path: page for page in pages}
        return added_pages(pages, files, config)

    def quiz_markdown(self, markdown: str, path: str) -> str:
        """A page's Markdown with its 本节自测 links, its learning path and its progress box's bank list."""
        links = self.self_check.get(path)
        markdown = add_self_check_links(markdown, path, links) if links else markdown
        markdown = with_learning_path(markdown, path, self.catalog.banks, self.docs_dir)
        return with_progress_data(markdown, path, self.catalog.banks)

    def scenario_markdown(self, markdown: str, path: str) -> str:
        """A page's Markdown with links to the scenarios citing its sections (the quiz index: the list)."""
        scenarios = self.scenarios.scenarios
        if path == INDEX_PAGE and scenarios:
            return markdown + scenario_list(scenarios, path)
        links = self.scenario_links.get(path)
        return add_scenario_links(markdown, path, links) if links else markdown

    def scenario_content(self, html: str, path: str) -> str:
        """A scenario page's body in place; the 错题本, 今日复习 and report page with their scenario parts."""
        scenarios = self.scenarios.scenarios
        if path == REVIEW_PAGE and scenarios:
            return html + review_section(scenarios, REVIEW_PAGE)
        if path == TODAY_PAGE and scenarios:
            return html + review_section(scenarios, TODAY_PAGE, "scenario-due.html")
        if path == REPORT_PAGE:
            return with_report_scenarios(html, scenarios)
        return self._with_body(html, self.scenario_bodies.get(path))

    def body_as_written(self, output: str, path: str) -> str:
        """A quiz page's body put in place as the page is written, then let go (one bank's HTML at a time).

        The trainers' report page gets every bank's items and keys here too: at 10,000 items they
        are 14 MiB of text, which MkDocs would keep to the end of the build as the page's content.
        """
        if path == REPORT_PAGE:
            return with_report_items(output, self.catalog.banks, self.docs)
        return self._with_body(output, self.quiz_bodies.pop(path, None))

    @staticmethod
    def _with_body(html: str, page: GeneratedPage | None) -> str:
        try:
            return with_body(html, page)
        except MissingPlaceholder as error:
            raise PluginError(str(error)) from None


_current: tuple[MkDocsConfig, SiteBuild] | None = None
"""The build of the config MkDocs is building now (a `mkdocs serve` rebuild brings a new config)."""
_serving = False
"""Whether MkDocs runs `mkdocs serve`: only then is each build linted (set by ``start``)."""


def start(command: str) -> None:
    """Get ready for MkDocs' ``command``: under ``serve``, remember work between rebuilds and lint each build.

    A one-off ``mkdocs build`` (the Pages workflow, a trainer's check) does not lint: the lint's gate
    is ``kb.py lint --strict`` in CI, and at build time it was half the quiz hook's cost (issue 32).
    A trainer writing a bank previews it with ``mkdocs serve`` and sees the findings there.
    """
    global _serving
    _serving = command == "serve"
    remember_between_rebuilds(_serving)


def site_build(config: MkDocsConfig) -> SiteBuild:
    """The one ``SiteBuild`` of ``config``, prepared when a hook first asks for it."""
    global _current
    if _current is None or _current[0] is not config:
        _current = None  # a failed preparation must not leave the last build in place
        _current = (config, SiteBuild.prepare(config, lint=_serving))
    return _current[1]
