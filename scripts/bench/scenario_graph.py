"""A dense scenario of the largest allowed size: its best score must take one walk, not a search.

A valid 30-node scenario once hung the build: the best score tried every path without a repeat,
about 50 s of CPU per call (reliability review #1). The tests check the score of this graph; how
long it takes is measured here, not asserted there.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml

from kb.content.sections import DocsIndex, scan_docs
from kb.scenario.catalog import load_scenarios
from kb.scenario.graph import best_score
from kb.scenario.model import MAX_NODES
from scripts.bench.hostile_text import cpu_seconds
from scripts.bench.report import Row, heading
from scripts.bench.settings import DOCS_DIR

GOAL_BEST_MS = 5
"""The best score of the dense graph, in milliseconds of CPU: a walk over 30 nodes, 116 choices."""
GOAL_LOAD_MS = 100
"""Reading, checking and modelling the dense scenario file, best score included."""


def dense_scenario(cite: str, steps: int = MAX_NODES - 1) -> dict:
    """``steps`` steps and one ending; each step goes back one, on one, two or three (all score 2)."""

    def node(number: int) -> str:
        return f"s{number:02}" if number < steps else "end"

    def choice(target: int, number: int) -> dict:
        return {"text": f"第 {number} 种说法", "next": node(target), "feedback": "好", "score": 2, "cite": cite}

    nodes: dict = {
        node(number): {
            "says": "客户说",
            "choices": [
                choice(target, index)
                for index, target in enumerate(t for t in (number - 1, number + 1, number + 2, number + 3) if t >= 0)
            ],
        }
        for number in range(steps)
    }
    nodes["end"] = {"ending": "完"}
    return {"title": "长对话", "intro": "介绍", "start": "s00", "nodes": nodes}


def dense_edges(data: dict) -> dict[str, list[tuple[str, int]]]:
    """The ``(next, score)`` choices of each step of a scenario's data."""
    return {
        node_id: [(choice["next"], choice["score"]) for choice in node["choices"]]
        for node_id, node in data["nodes"].items()
        if "choices" in node
    }


def _first_section(docs: DocsIndex) -> str:
    page, sections = next((page, sections) for page, sections in sorted(docs.pages.items()) if sections)
    return f"{page}#{next(iter(sections))}"


def scenario_rows(docs_dir: Path = DOCS_DIR) -> list[Row]:
    """The best score of the dense graph, and loading its file, each against a goal."""
    docs = scan_docs(docs_dir)
    data = dense_scenario(_first_section(docs))
    edges = dense_edges(data)
    best = cpu_seconds(lambda: best_score("s00", edges, {"end"}))
    with tempfile.TemporaryDirectory(prefix="kb-bench-scenario-") as folder:
        path = Path(folder) / "dense.yml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        load = cpu_seconds(lambda: load_scenarios([path], docs))
    return [
        heading(f"Scenario graph of {MAX_NODES} nodes, each step with a loop (CPU time, best of three)"),
        Row(
            "Best score of a dense 30-node scenario",
            f"{best * 1000:.2f} ms",
            goal=f"≤ {GOAL_BEST_MS} ms",
            passed=best * 1000 <= GOAL_BEST_MS,
        ),
        Row(
            "Dense 30-node scenario file: read, check, model",
            f"{load * 1000:.0f} ms",
            goal=f"≤ {GOAL_LOAD_MS} ms",
            passed=load * 1000 <= GOAL_LOAD_MS,
        ),
    ]
