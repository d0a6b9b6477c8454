"""Renders a scenario into its page, and the list of scenarios for the quiz index."""

from __future__ import annotations

from kb.content.sections import DocsIndex
from kb.core.paths import REVIEW_PAGE, relative_href, scenario_page
from kb.quiz.markup import PageText, render_template
from kb.scenario.model import Scenario

SCORE_LABELS = {0: "这样做不好", 1: "还可以更好", 2: "好的做法"}


def render_scenario_page(scenario: Scenario, docs: DocsIndex) -> str:
    """The finished HTML body of one scenario's page."""
    path = scenario_page(scenario.id)
    return render_template(
        "scenario-page.html",
        scenario=scenario,
        text=PageText(path, docs),
        best=scenario.best,
        score_labels=SCORE_LABELS,
        review_href=relative_href(REVIEW_PAGE, path),
    )
