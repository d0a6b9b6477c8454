"""The conversation as a graph: what can be reached, what leads to an end, the best score, a path."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

Edges = Mapping[str, Sequence[tuple[str, int]]]
"""For each step id, its choices as ``(next node id, score)``; endings have no entry."""


def reachable(start: str, edges: Edges) -> set[str]:
    """Every node a learner can arrive at from ``start`` (``start`` included)."""
    seen = {start}
    stack = [start]
    while stack:
        for target, _score in edges.get(stack.pop(), ()):
            if target not in seen:
                seen.add(target)
                stack.append(target)
    return seen


def reaching_an_ending(nodes: set[str], edges: Edges, endings: set[str]) -> set[str]:
    """The nodes from which some path leads to an ending (endings included)."""
    good = set(endings) & nodes
    changed = True
    while changed:
        changed = False
        for node in nodes - good:
            if any(target in good for target, _score in edges.get(node, ())):
                good.add(node)
                changed = True
    return good


def best_score(start: str, edges: Edges, endings: set[str]) -> int:
    """The highest total score of a path from ``start`` to an ending that visits no node twice.

    Loops lead back to a step already taken, so they can only repeat choices; the best play
    never needs one. The graph is small (``MAX_NODES``), so a depth-first search is enough.
    """

    def best_from(node: str, visited: frozenset[str]) -> int | None:
        if node in endings:
            return 0
        totals = [
            score + rest
            for target, score in edges.get(node, ())
            if target not in visited and (rest := best_from(target, visited | {target})) is not None
        ]
        return max(totals) if totals else None

    return best_from(start, frozenset({start})) or 0
