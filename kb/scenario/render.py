"""Renders a scenario into its page, and the list of scenarios for the quiz index."""

from __future__ import annotations

from kb.content.sections import DocsIndex
from kb.core.paths import relative_href
from kb.quiz.markup import PageText, render_template
from kb.quiz.render import REVIEW_PAGE
from kb.scenario.model import Scenario

SCORE_LABELS = {0: "这样做不好", 1: "还可以更好", 2: "好的做法"}


def scenario_page_path(scenario: Scenario) -> str:
    """Docs path of a scenario's generated page."""
    return f"scenarios/{scenario.id}.md"


def render_scenario_page(scenario: Scenario, docs: DocsIndex) -> str:
    """The finished HTML body of one scenario's page."""
    path = scenario_page_path(scenario)
    return render_template(
        "scenario-page.html",
        scenario=scenario,
        text=PageText(path, docs),
        best=scenario.best,
        score_labels=SCORE_LABELS,
        review_href=relative_href(REVIEW_PAGE, path),
    )
