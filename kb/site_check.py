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

from kb.core.paths import bank_page, scenario_page
from kb.quiz.model import Bank
from kb.scenario.model import Scenario


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


@dataclass(frozen=True)
class _Expected:
    """What one generated page must hold: its root element and every part of its source."""

    page: Path
    root: str
    """The root's attribute (``data-kb-quiz``) and its value is ``owner``."""
    part: str
    """The attribute each part carries (``data-kb-item``), its value a part's id."""
    owner: str
    parts: list[str]
    what: str
    """How the messages name the source and its root: ("题库", "测验") or ("情景", "对话")."""
    container: str
    unit: str
    lost: str


def _page_problems(expected: _Expected) -> list[SiteProblem]:
    """The page is missing, has no root for its source, or holds fewer parts than the source."""
    marks = _marks(expected.page, expected.root, expected.part)
    if marks is None:
        return [SiteProblem(expected.page, f"{expected.what} {expected.owner} 没有页面：网站里没有这个文件。")]
    problems = []
    if marks[expected.root][expected.owner] != 1:
        message = f"页面上没有{expected.what} {expected.owner} 的{expected.container}（{expected.root}）。"
        problems.append(SiteProblem(expected.page, message))
    total = len(expected.parts)
    shown = sum(marks[expected.part][part] for part in set(expected.parts))
    if shown < total:
        message = (
            f"{expected.what} {expected.owner} 有 {total} {expected.unit}，页面上只有 {shown} {expected.unit[0]}"
            f"{_missing(expected.parts, marks[expected.part])}。可能有插件或别的构建工具删掉了{expected.lost}。"
        )
        problems.append(SiteProblem(expected.page, message))
    return problems


def bank_problems(site_dir: Path, bank: Bank) -> list[SiteProblem]:
    """The bank's page is missing, or holds fewer of its items than the bank has."""
    page = built_page(site_dir, bank_page(bank.id))
    items = [item.id for item in bank.items]
    return _page_problems(
        _Expected(page, "data-kb-quiz", "data-kb-item", bank.id, items, "题库", "测验", "道题", "题目")
    )


def scenario_problems(site_dir: Path, scenario: Scenario) -> list[SiteProblem]:
    """The scenario's page is missing, or holds fewer of its steps and endings than the file has."""
    page = built_page(site_dir, scenario_page(scenario.id))
    nodes = list(scenario.nodes)
    expected = _Expected(page, "data-kb-scenario", "data-kb-node", scenario.id, nodes, "情景", "对话", "个节点", "内容")
    return _page_problems(expected)


def site_problems(site_dir: Path, banks: list[Bank], scenarios: list[Scenario]) -> list[SiteProblem]:
    """Every bank and scenario page that is missing or holds less than its source."""
    problems = [problem for bank in banks for problem in bank_problems(site_dir, bank)]
    return problems + [problem for scenario in scenarios for problem in scenario_problems(site_dir, scenario)]
