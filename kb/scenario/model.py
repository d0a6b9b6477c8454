"""What a validated scenario means: steps the customer takes, the learner's choices, endings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kb.content.sections import Citation

MAX_NODES = 30
"""Most nodes one scenario may have: enough for a rich conversation, small enough to play."""
MIN_CHOICES, MAX_CHOICES = 2, 4
MAX_SCORE = 2


@dataclass(frozen=True)
class Choice:
    """One thing the learner can say or do at a step, where it leads and what it teaches."""

    key: str
    """``c1``, ``c2``, … in the order written."""
    text: str
    next: str
    feedback: str
    score: int
    """0 (weak) to 2 (best)."""
    citation: Citation


@dataclass(frozen=True)
class Step:
    """What the customer says or does, and the learner's choices."""

    id: str
    says: str
    choices: tuple[Choice, ...]
    line: int = 0


@dataclass(frozen=True)
class Ending:
    """Where a conversation ends, with the verdict on how it went."""

    id: str
    verdict: str
    line: int = 0


Node = Step | Ending


@dataclass(frozen=True)
class Scenario:
    """One scenario file: a title, who the customer is, and the conversation graph."""

    id: str
    title: str
    intro: str
    start: str
    nodes: dict[str, Node]
    path: Path
    best: int
    """The best total a learner can reach (``kb.scenario.graph.best_score``), worked out once."""

    @property
    def steps(self) -> list[Step]:
        """The steps in file order."""
        return [node for node in self.nodes.values() if isinstance(node, Step)]

    @property
    def endings(self) -> list[Ending]:
        """The endings in file order."""
        return [node for node in self.nodes.values() if isinstance(node, Ending)]
