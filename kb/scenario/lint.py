"""Item-writing cues in scenarios: a best choice a learner could find without reading.

Across a scenario's steps the best choice (the highest score at that step) should not sit at one
position, nor be the one longest choice, in most steps: then "pick the first" or "pick the
longest" would play the conversation well without understanding it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kb.quiz.lint.measure import visible_length
from kb.scenario.model import Scenario, Step

MIN_STEPS = 3
"""Fewer steps than this say nothing about a habit."""
MAX_SHARE = 0.6
"""The most steps (as a share) whose best choice may sit at one position or be the longest."""


@dataclass(frozen=True)
class ScenarioFinding:
    """One cue: which scenario, at which line, which check, and what to change."""

    scenario: Scenario
    check: str
    message: str

    def format(self, root: Path | None = None) -> str:
        """``path:line: [scenario] message [check]``, as the bank lint prints its findings."""
        path = self.scenario.path
        shown = path.relative_to(root) if root is not None and path.is_relative_to(root) else path
        return f"{shown.as_posix()}:1: [{self.scenario.id}] {self.message} [{self.check}]"


def _best_positions(step: Step) -> list[int]:
    top = max(choice.score for choice in step.choices)
    return [index for index, choice in enumerate(step.choices, start=1) if choice.score == top]


def _best_is_unique_longest(step: Step) -> bool:
    lengths = [visible_length(choice.text) for choice in step.choices]
    longest = max(lengths)
    top = max(choice.score for choice in step.choices)
    winners = [index for index, length in enumerate(lengths) if length == longest]
    return len(winners) == 1 and step.choices[winners[0]].score == top


def scenario_findings(scenario: Scenario) -> list[ScenarioFinding]:
    """The position and length cues of one scenario (none for fewer than ``MIN_STEPS`` steps)."""
    steps = scenario.steps
    if len(steps) < MIN_STEPS:
        return []
    findings = []
    positions = Counter(position for step in steps for position in _best_positions(step))
    position, count = positions.most_common(1)[0]
    if count / len(steps) > MAX_SHARE:
        message = (
            f"{len(steps)} 步里有 {count} 步的最好做法写在第 {position} 个选项。"
            f"请调换选项顺序（任何位置不超过 {MAX_SHARE:.0%}）。"
        )
        findings.append(ScenarioFinding(scenario, "best-position", message))
    longest = sum(_best_is_unique_longest(step) for step in steps)
    if longest / len(steps) > MAX_SHARE:
        message = (
            f"{len(steps)} 步里有 {longest} 步的最好做法是唯一最长的选项。"
            f"让选项长短相近，或者让较弱的选项也写得具体（不超过 {MAX_SHARE:.0%}）。"
        )
        findings.append(ScenarioFinding(scenario, "best-longest", message))
    return findings
