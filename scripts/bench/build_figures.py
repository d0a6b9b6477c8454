"""Build time and peak memory: the real site and synthetic sizes, ours against plain and the peer."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from scripts.bench.builds import (
    BuildRun,
    interleaved,
    median_cpu_seconds,
    median_peak_mib,
    median_seconds,
    paired_ratio,
    timed_build,
)
from scripts.bench.report import Row, heading, items, mib, seconds
from scripts.bench.settings import BANKS_DIR, GOAL_BUILD_RATIO, Settings
from scripts.bench.sites import peer_docs, write_config
from scripts.bench.synthetic import item_count, read_banks, write_banks

REAL = 0
"""The case key of the real banks (synthetic cases are keyed by their item count)."""


@dataclass
class Case:
    """One set of items built by each variant: where its banks are and each variant's site."""

    key: int
    items: int
    banks_dir: Path
    sites: dict[str, Path] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """How the table names this case."""
        return f"real site, {items(self.items)}" if self.key == REAL else f"{items(self.items)} (synthetic)"


@dataclass
class BuildFigures:
    """Every build's runs, by case and variant."""

    cases: list[Case]
    runs: dict[tuple[int, str], list[BuildRun]] = field(default_factory=dict)

    def seconds(self, case: Case, variant: str) -> float | None:
        """Median build time, or None when the variant was not built."""
        runs = self.runs.get((case.key, variant))
        return median_seconds(runs) if runs else None

    def cpu_seconds(self, case: Case, variant: str) -> float | None:
        """Median CPU time, or None when the variant was not built."""
        runs = self.runs.get((case.key, variant))
        return median_cpu_seconds(runs) if runs else None

    def ratio(self, case: Case, variant: str, other: str, cpu: bool = False) -> float | None:
        """``variant`` ÷ ``other`` round by round (median), or None when either was not built."""
        ours, theirs = self.runs.get((case.key, variant)), self.runs.get((case.key, other))
        return paired_ratio(ours, theirs, cpu) if ours and theirs else None

    def peak_mib(self, case: Case, variant: str) -> float | None:
        """Median peak memory, or None when the variant was not built."""
        runs = self.runs.get((case.key, variant))
        return median_peak_mib(runs) if runs else None


def variant_builds(work: Path, case: Case, peer: Path | None) -> dict[str, Callable[[], BuildRun]]:
    """The builds of one case: ours, plain (real site only) and the peer's (when it is measured)."""
    root = work / f"case-{case.key}"
    builds = {"ours": write_config(root / "ours", "ours", banks_dir=case.banks_dir)}
    if case.key == REAL:
        builds["plain"] = write_config(root / "plain", "plain")
    if peer is not None:
        docs = peer_docs(root / "peer-docs", read_banks(case.banks_dir))
        builds["peer"] = write_config(root / "peer", "peer", docs_dir=docs)
    case.sites = {variant: config.parent / "site" for variant, config in builds.items()}
    python = {"ours": Path(sys.executable), "plain": Path(sys.executable), "peer": peer or Path(sys.executable)}
    runs: dict[str, Callable[[], BuildRun]] = {
        variant: partial(timed_build, python[variant], config, case.sites[variant])
        for variant, config in builds.items()
    }
    return runs


def measure_builds(work: Path, settings: Settings, peer: Path | None) -> BuildFigures:
    """Build every case with every variant, interleaved within a case; the sites stay in ``work``."""
    cases = [Case(REAL, item_count(BANKS_DIR), BANKS_DIR)]
    cases += [Case(size, size, write_banks(work / f"banks-{size}", size)) for size in settings.scale_sizes]
    figures = BuildFigures(cases)
    for case in cases:
        runs = settings.real_runs if case.key == REAL else settings.runs_at(case.items)
        builds = variant_builds(work, case, peer)
        for variant, variant_runs in interleaved(builds, runs).items():
            figures.runs[(case.key, variant)] = variant_runs
    return figures


def peer_goal(limit: float) -> str:
    """A goal against the peer, as the table shows it: "≤ peer" or "≤ 0.5 × peer"."""
    return "≤ peer" if limit == 1.0 else f"≤ {limit:g} × peer"


def _compared(
    figure: str,
    ours: float,
    peer: float | None,
    unit: Callable[[float], str],
    limit: float | None,
    ratio: float | None = None,
) -> Row:
    """A row of ours against the peer; with a ``limit``, ours must be at most that many times the peer's.

    ``ratio``, when given, is the round-by-round ratio of interleaved builds; otherwise ours ÷ peer.
    """
    goal = peer_goal(limit) if limit is not None else ""
    if peer is None:
        return Row(figure, unit(ours), goal=goal)
    if ratio is None:
        ratio = ours / peer if peer > 0 else None
    passed = ratio is not None and ratio <= limit if limit is not None else None
    return Row(figure, unit(ours), unit(peer), ratio, goal, passed)


def time_rows(figures: BuildFigures) -> list[Row]:
    """Build time of each case, and the quiz engine's overhead over a plain build of the real site.

    Ratios and overheads are taken round by round (``BuildFigures.ratio``); the real site's CPU time
    is shown beside its wall time, as the figure a loaded machine disturbs least.
    """
    real = figures.cases[0]
    ours, plain = figures.seconds(real, "ours"), figures.seconds(real, "plain")
    assert ours is not None and plain is not None
    rows = [heading("Build time (whole `mkdocs build` process, wall; ratios round by round)")]
    rows.append(Row("Build time, real site without quizzes (plain)", seconds(plain)))
    for case in figures.cases:
        ours_case = figures.seconds(case, "ours")
        assert ours_case is not None
        limit = GOAL_BUILD_RATIO.get(case.key, 1.0)
        peer_case, ratio = figures.seconds(case, "peer"), figures.ratio(case, "ours", "peer")
        rows.append(_compared(f"Build time, {case.label}", ours_case, peer_case, seconds, limit, ratio))
    ours_cpu = figures.cpu_seconds(real, "ours")
    assert ours_cpu is not None
    cpu_figure = f"Build CPU time (user + sys), {real.label}"
    peer_cpu = figures.cpu_seconds(real, "peer")
    rows.append(_compared(cpu_figure, ours_cpu, peer_cpu, seconds, None, figures.ratio(real, "ours", "peer", cpu=True)))
    overhead = figures.ratio(real, "ours", "plain")
    assert overhead is not None
    row = Row("Quiz overhead over the plain build, real site", f"{(overhead - 1) * 100:.1f} %")
    peer_overhead = figures.ratio(real, "peer", "plain")
    if peer_overhead is not None:
        row = Row(row.figure, row.ours, f"{(peer_overhead - 1) * 100:.1f} %")
    return [*rows, row]


def memory_rows(figures: BuildFigures) -> list[Row]:
    """Peak memory of each case (goal at the largest: no more than the peer), and memory per added item."""
    rows = [heading("Peak memory (the build process's max RSS)")]
    largest = figures.cases[-1]
    for case in figures.cases:
        ours = figures.peak_mib(case, "ours")
        assert ours is not None
        rows.append(
            _compared(
                f"Peak memory, {case.label}",
                ours,
                figures.peak_mib(case, "peer"),
                mib,
                1.0 if case is largest else None,
            )
        )
    rows.append(per_item_row(figures))
    return rows


def per_item_row(figures: BuildFigures) -> Row:
    """KiB of peak memory per item added between the two largest synthetic sizes."""
    small, large = figures.cases[-2], figures.cases[-1]
    figure = f"Memory per added item, {small.items:,} → {large.items:,} items"

    def per_item(variant: str) -> float | None:
        low, high = figures.peak_mib(small, variant), figures.peak_mib(large, variant)
        return None if low is None or high is None else (high - low) * 1024 / (large.items - small.items)

    ours, peer = per_item("ours"), per_item("peer")
    assert ours is not None
    return _compared(figure, ours, peer, lambda value: f"{value:.1f} KiB", None)
