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
    """The highest total score of a play from ``start`` to an ending that never goes back.

    A choice goes back when it leads to a step the conversation is still inside of: walking the
    graph depth first from ``start``, choices in the order written, it names a step on the way
    from ``start`` to here. Loops only repeat choices, so the best play leaves them out, and
    without them the graph has no cycle: the best total is a longest path, found in one walk
    (each node and each choice looked at once). Every node reached from ``start`` is reached
    without going back, so a graph that passed the checks always has a best play.
    """
    best: dict[str, int | None] = {}
    on_the_way = {start}
    walk = [(start, iter(edges.get(start, ())))]
    while walk:
        node, choices = walk[-1]
        for target, _score in choices:
            if target not in best and target not in on_the_way:
                on_the_way.add(target)
                walk.append((target, iter(edges.get(target, ()))))
                break
        else:
            walk.pop()
            on_the_way.discard(node)
            best[node] = _best_here(node, edges, endings, best)
    return best[start] or 0


def _best_here(node: str, edges: Edges, endings: set[str], best: Mapping[str, int | None]) -> int | None:
    """The best total from ``node``, once every node it leads to without going back is done.

    A target not done yet is still on the way from the start: a choice that goes back.
    """
    if node in endings:
        return 0
    totals = [score + rest for target, score in edges.get(node, ()) if (rest := best.get(target)) is not None]
    return max(totals, default=None)
