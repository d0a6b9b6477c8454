"""Checks a built site against its sources: every bank and scenario has its page, with every item.

A plugin that rewrites pages, a hook order or another builder (one that ignores ``hooks:``) can
publish quiz pages without their questions and still exit 0. This check reads the built HTML
and counts what a learner would get, by the data attributes the templates write.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kb.quiz.model import Bank
from kb.quiz.render import bank_page_path
from kb.scenario.model import Scenario
from kb.scenario.render import scenario_page_path


@dataclass(frozen=True)
class SiteProblem:
    """One page that does not hold what its source says it should."""

    page: Path
    message: str

    def format(self, root: Path | None = None) -> str:
        """``page: message``, the page relative to ``root`` when given."""
        where = self.page.relative_to(root) if root is not None and self.page.is_relative_to(root) else self.page
        return f"{where.as_posix()}: {self.message}"


class _Marks(HTMLParser):
    """The values of chosen data attributes, as many times as they occur."""

    def __init__(self, names: tuple[str, ...]) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, Counter[str]] = {name: Counter() for name in names}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in self.found:
                self.found[name][value or ""] += 1


def _marks(page: Path, *names: str) -> dict[str, Counter[str]] | None:
    """The data attributes of a built page, or None when it does not exist."""
    if not page.is_file():
        return None
    parser = _Marks(names)
    parser.feed(page.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return parser.found


def built_page(site_dir: Path, docs_path: str) -> Path:
    """Where a docs page is written with directory URLs: ``quizzes/a.md`` → ``quizzes/a/index.html``."""
    return site_dir / docs_path.removesuffix(".md") / "index.html"


def _missing(expected: list[str], found: Counter[str]) -> str:
    gone = [name for name in expected if name not in found]
    shown = "、".join(gone[:5]) + (f" 等 {len(gone)} 个" if len(gone) > 5 else "")
    return f"（缺 {shown}）" if gone else ""


def bank_problems(site_dir: Path, bank: Bank) -> list[SiteProblem]:
    """The bank's page is missing, or holds fewer of its items than the bank has."""
    page = built_page(site_dir, bank_page_path(bank))
    marks = _marks(page, "data-kb-quiz", "data-kb-item")
    if marks is None:
        return [SiteProblem(page, f"题库 {bank.id} 没有页面：网站里没有这个文件。")]
    problems = []
    if marks["data-kb-quiz"][bank.id] != 1:
        problems.append(SiteProblem(page, f"页面上没有题库 {bank.id} 的测验（data-kb-quiz）。"))
    expected = [item.id for item in bank.items]
    shown = sum(marks["data-kb-item"][item_id] for item_id in set(expected))
    if shown < len(expected):
        problems.append(
            SiteProblem(
                page,
                f"题库 {bank.id} 有 {len(expected)} 道题，页面上只有 {shown} 道"
                f"{_missing(expected, marks['data-kb-item'])}。可能有插件或别的构建工具删掉了题目。",
            )
        )
    return problems


def scenario_problems(site_dir: Path, scenario: Scenario) -> list[SiteProblem]:
    """The scenario's page is missing, or holds fewer of its steps and endings than the file has."""
    page = built_page(site_dir, scenario_page_path(scenario))
    marks = _marks(page, "data-kb-scenario", "data-kb-node")
    if marks is None:
        return [SiteProblem(page, f"情景 {scenario.id} 没有页面：网站里没有这个文件。")]
    problems = []
    if marks["data-kb-scenario"][scenario.id] != 1:
        problems.append(SiteProblem(page, f"页面上没有情景 {scenario.id} 的对话（data-kb-scenario）。"))
    expected = list(scenario.nodes)
    shown = sum(marks["data-kb-node"][node_id] for node_id in set(expected))
    if shown < len(expected):
        problems.append(
            SiteProblem(
                page,
                f"情景 {scenario.id} 有 {len(expected)} 个节点，页面上只有 {shown} 个"
                f"{_missing(expected, marks['data-kb-node'])}。可能有插件或别的构建工具删掉了内容。",
            )
        )
    return problems


def site_problems(site_dir: Path, banks: list[Bank], scenarios: list[Scenario]) -> list[SiteProblem]:
    """Every bank and scenario page that is missing or holds less than its source."""
    problems = [problem for bank in banks for problem in bank_problems(site_dir, bank)]
    return problems + [problem for scenario in scenarios for problem in scenario_problems(site_dir, scenario)]
