"""Loads every scenario file, checks it, and builds the model only when all are clean."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kb.content.sections import Citation, DocsIndex
from kb.core.check import Checked, checked_documents, read_and_check
from kb.core.document import YamlDocument
from kb.core.files import SourceKind
from kb.core.problem import Problem, sort_problems
from kb.scenario.checks import scenario_errors
from kb.scenario.graph import best_score
from kb.scenario.model import Choice, Ending, Node, Scenario, Step

SCENARIOS = SourceKind(
    name="scenario",
    noun="情景演练",
    page="情景演练页",
    example="first-visit.yml",
    outline="情景演练 → nodes → 节点 → choices → 选项",
    empty_hint="情景演练至少要有 title、intro、start 和 nodes（可以照着 scenarios/ 里已有的演练写）。",
    longest_text="一段文字最多 3000 字",
    reserved=frozenset({"index"}),
    reserved_reason="情景演练这一栏的首页（navigation.indexes 把 scenarios/index 当成这一栏的标题页）",
)
"""What the scenarios folder holds, in the words of its messages. The quiz folder's pages (review,
today) are free here; only ``index`` is taken: Material's navigation.indexes would make a scenario
called index the section's own page and drop its title from the navigation."""


@dataclass
class ScenarioCatalog:
    """All scenarios of the site, or the errors that keep them from being published."""

    scenarios: list[Scenario] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no scenario has a problem."""
        return not self.errors


def _node(document: YamlDocument, node_id: str, data: dict) -> Node:
    line = document.key_position_of(("nodes", node_id))[0]
    if "ending" in data:
        return Ending(id=node_id, verdict=data["ending"], line=line)
    choices = tuple(
        Choice(
            key=f"c{number}",
            text=choice["text"],
            next=choice["next"],
            feedback=choice["feedback"],
            score=choice["score"],
            citation=Citation.parse(choice["cite"]),
        )
        for number, choice in enumerate(data["choices"], start=1)
    )
    return Step(id=node_id, says=data["says"], choices=choices, line=line)


def scenario_from_document(document: YamlDocument) -> Scenario:
    """The model of a scenario that passed every check."""
    data = document.data
    nodes = {node_id: _node(document, node_id, node) for node_id, node in data["nodes"].items()}
    edges = {
        node.id: [(choice.next, choice.score) for choice in node.choices]
        for node in nodes.values()
        if isinstance(node, Step)
    }
    endings = {node.id for node in nodes.values() if isinstance(node, Ending)}
    return Scenario(
        id=document.path.stem,
        title=data["title"].strip(),
        intro=data["intro"],
        start=data["start"],
        nodes=nodes,
        path=document.path,
        best=best_score(data["start"], edges, endings),
    )


def _checked(path: Path, docs: DocsIndex) -> Checked:
    """One scenario file read and checked."""
    return read_and_check(path, SCENARIOS, lambda document: scenario_errors(document, docs))


def load_scenarios(paths: list[Path], docs: DocsIndex) -> ScenarioCatalog:
    """Load and check every scenario file; all problems of all files are reported together.

    An unchanged scenario is not checked again while it is remembered (``checked_documents``).
    """
    documents, errors = checked_documents(SCENARIOS, paths, docs, _checked)
    if errors:
        return ScenarioCatalog(errors=sort_problems(errors))
    return ScenarioCatalog(scenarios=[scenario_from_document(document) for document in documents])
