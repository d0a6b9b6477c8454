"""Runs axe-core (the copy pinned through ``axe-playwright-python``) in a Playwright page."""

from __future__ import annotations

from dataclasses import dataclass

from axe_playwright_python.base import AXE_SCRIPT

FAILING_IMPACTS = ("critical", "serious")
"""WCAG failures that block or seriously hinder a reader; moderate and minor ones are reported, not failed."""

DISABLED_RULES: dict[str, str] = {}
"""Rules switched off, each with the reason. Keep empty unless a rule is wrong for this site."""


@dataclass(frozen=True)
class Violation:
    """One axe rule broken on one page state, with the elements that break it."""

    rule: str
    impact: str
    help: str
    targets: list[str]
    summaries: list[str]

    def report(self, where: str) -> str:
        """Rule, impact, where, and each element's selector with axe's summary of what to fix."""
        lines = [f"{where}: {self.rule} ({self.impact}) {self.help} — {len(self.targets)} element(s)"]
        for target, summary in list(zip(self.targets, self.summaries, strict=True))[:8]:
            lines.append(f"    {target}\n        {summary.replace(chr(10), ' / ')}")
        return "\n".join(lines)


def run_axe(page) -> list[Violation]:
    """Every violation axe finds on the page as it is now (WCAG 2.x A/AA rules and best practices)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SCRIPT)
    options = {
        "resultTypes": ["violations"],
        "rules": {rule: {"enabled": False} for rule in DISABLED_RULES},
    }
    result = page.evaluate("(options) => axe.run(document, options)", options)
    return [
        Violation(
            rule=v["id"],
            impact=v["impact"] or "",
            help=v["help"],
            targets=[" ".join(map(str, node["target"])) for node in v["nodes"]],
            summaries=[node.get("failureSummary") or "" for node in v["nodes"]],
        )
        for v in result["violations"]
    ]


def failing(violations: list[Violation]) -> list[Violation]:
    """The violations that fail a test: critical or serious."""
    return [v for v in violations if v.impact in FAILING_IMPACTS]
