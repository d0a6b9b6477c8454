"""What the trainers' report page needs of every scenario: its steps, choices and endings, labelled."""

from __future__ import annotations

from typing import Any

from kb.content.sections import plain_label
from kb.quiz.markup import render_template
from kb.scenario.model import Scenario, Step

REPORT_SCENARIOS_PLACEHOLDER = "<!-- kb-report-scenarios -->"
"""Where the report page's Markdown asks for the scenarios' data."""


def _step(step: Step) -> dict[str, Any]:
    return {
        "id": step.id,
        "label": plain_label(step.says),
        "choices": [
            {"key": choice.key, "label": plain_label(choice.text), "score": choice.score, "next": choice.next}
            for choice in step.choices
        ],
    }


def report_scenarios(scenarios: list[Scenario]) -> list[dict[str, Any]]:
    """Every scenario: id, title, its steps in file order with their choices, its endings."""
    return [
        {
            "id": scenario.id,
            "title": scenario.title,
            "steps": [_step(step) for step in scenario.steps],
            "endings": [{"id": ending.id, "label": plain_label(ending.verdict)} for ending in scenario.endings],
        }
        for scenario in scenarios
    ]


def with_report_scenarios(html: str, scenarios: list[Scenario]) -> str:
    """The report page's HTML with the scenarios' data in place of the placeholder."""
    if REPORT_SCENARIOS_PLACEHOLDER not in html:
        return html
    data = render_template("report-data.html", attribute="data-kb-report-scenarios", data=report_scenarios(scenarios))
    return html.replace(REPORT_SCENARIOS_PLACEHOLDER, data, 1)
