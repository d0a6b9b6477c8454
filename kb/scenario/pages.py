"""Where scenarios appear on the site: their own pages, the navigation, the quiz index, topic sections."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from kb.content.section_blocks import insert_after_sections
from kb.content.sections import DocsIndex, plain_label
from kb.core.paths import INDEX_PAGE, relative_href, scenario_page
from kb.core.remember import docs_key, remembered
from kb.quiz.markup import render_template
from kb.quiz.pages import GeneratedPage, mkdocs_title, prerendered_page
from kb.scenario.model import Scenario
from kb.scenario.render import render_scenario_page

NAV_TITLE = "情景演练"


@dataclass(frozen=True)
class ScenarioLink:
    """A link from a topic section to a scenario that cites it."""

    title: str
    target: str

    def href(self, from_page: str) -> str:
        """The link as seen from ``from_page``."""
        return relative_href(self.target, from_page)


def scenario_pages(scenarios: list[Scenario], docs: DocsIndex) -> list[GeneratedPage]:
    """One page per scenario, rendered ahead of Markdown like the quiz pages."""
    return [
        prerendered_page(scenario_page(scenario.id), scenario.title, _rendered(scenario, docs))
        for scenario in scenarios
    ]


def _rendered(scenario: Scenario, docs: DocsIndex) -> str:
    """A scenario's page body, rendered again only when the scenario or the docs changed."""
    return remembered(
        lambda: ("scenario page", hashlib.sha256(repr(scenario).encode("utf-8")).hexdigest(), docs_key(docs)),
        lambda: render_scenario_page(scenario, docs),
    )


def nav_with_scenarios(nav: list | None, scenarios: list[Scenario]) -> list | None:
    """The nav with a 情景演练 group after the quiz index's section (or at the end)."""
    if nav is None or not scenarios:
        return nav
    group = {NAV_TITLE: [{str(mkdocs_title(scenario.title)): scenario_page(scenario.id)} for scenario in scenarios]}
    result = []
    placed = False
    for entry in nav:
        result.append(entry)
        if not placed and isinstance(entry, dict) and INDEX_PAGE in str(entry):
            result.append(group)
            placed = True
    return result if placed else [*result, group]


def section_links(scenarios: list[Scenario]) -> dict[str, dict[str, list[ScenarioLink]]]:
    """Per topic page and section id, the scenarios with a choice that cites that section."""
    links: dict[str, dict[str, list[ScenarioLink]]] = {}
    for scenario in scenarios:
        link = ScenarioLink(scenario.title, scenario_page(scenario.id))
        for step in scenario.steps:
            for choice in step.choices:
                entries = links.setdefault(choice.citation.page, {}).setdefault(choice.citation.anchor, [])
                if link not in entries:
                    entries.append(link)
    return links


def add_scenario_links(markdown: str, page: str, links: dict[str, list[ScenarioLink]]) -> str:
    """Insert each cited section's scenario links after its citation line (or its heading)."""
    blocks = {
        anchor: render_template(
            "scenario-link.html", links=[{"href": link.href(page), "title": link.title} for link in entries]
        )
        for anchor, entries in links.items()
        if entries
    }
    return insert_after_sections(markdown, blocks)


def scenario_list(scenarios: list[Scenario], page: str) -> str:
    """The quiz index's section listing every scenario (HTML inside Markdown)."""
    entries: list[dict[str, Any]] = [
        {
            "id": scenario.id,
            "title": scenario.title,
            "href": relative_href(scenario_page(scenario.id), page),
            "best": scenario.best,
        }
        for scenario in scenarios
    ]
    return render_template("scenario-list.md", entries=entries)


def review_section(scenarios: list[Scenario], page: str, template: str = "scenario-review.html") -> str:
    """A section listing every scenario step, each linked to replay from it.

    The browser shows the ones that matter: weak steps on the 错题本, due steps on 今日复习
    (with ``scenario-due.html``).
    """
    entries = [
        {
            "scenario": scenario.id,
            "node": step.id,
            "title": scenario.title,
            "label": plain_label(step.says),
            "href": relative_href(scenario_page(scenario.id), page) + "?from=" + step.id,
        }
        for scenario in scenarios
        for step in scenario.steps
    ]
    return render_template(template, entries=entries)
