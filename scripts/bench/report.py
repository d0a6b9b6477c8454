"""The report: a header saying where it ran, and a Markdown table of ours, the peer's, ratio and goal."""

from __future__ import annotations

import datetime
import os
import platform
from dataclasses import dataclass

from scripts.bench.settings import PEER_NAME, Settings


@dataclass(frozen=True)
class Row:
    """One figure: our value, the peer's (when measured), their ratio, and the goal if it has one."""

    figure: str
    ours: str
    peer: str = ""
    ratio: float | None = None
    goal: str = ""
    passed: bool | None = None

    @property
    def verdict(self) -> str:
        """PASS or MISS against the goal, or a dash for a figure without one (or not measured)."""
        if self.passed is None:
            return "—"
        return "PASS" if self.passed else "MISS"

    def cells(self) -> list[str]:
        """The table cells of this row."""
        ratio = f"{self.ratio:.2f} ×" if self.ratio is not None else "—"
        return [self.figure, self.ours, self.peer or "—", ratio, self.goal or "—", self.verdict]


def heading(title: str) -> Row:
    """A bold row that starts a group of figures."""
    return Row(f"**{title}**", "")


def load_average() -> str:
    """The 1 / 5 / 15 minute load averages."""
    return " / ".join(f"{load:.2f}" for load in os.getloadavg())


def header(settings: Settings, peers: bool) -> list[str]:
    """Date, Python, CPUs, machine and load, so a quoted run says where and how it ran."""
    now = datetime.datetime.now(datetime.UTC)
    return [
        f"# Quiz engine benchmark ({settings.name}{', with peers' if peers else ''})",
        "",
        f"- date: {now:%Y-%m-%d %H:%M} UTC",
        f"- python: {platform.python_version()} ({platform.python_implementation()})",
        f"- cpus: {os.cpu_count()}",
        f"- machine: {platform.machine()}, {platform.platform()}",
        f"- load average at start: {load_average()} (1 / 5 / 15 min)",
        f"- runs: {settings.real_runs} interleaved builds per variant of the real site, {settings.scale_runs} per "
        f"synthetic size up to 1,000 items and 1 above, {settings.browser_runs} Chromium loads per page; medians",
        "",
    ]


def table(rows: list[Row]) -> list[str]:
    """The figures as a Markdown table."""
    lines = [f"| Figure | Ours | {PEER_NAME} | Ours ÷ peer | Goal | Result |", "| --- | --- | --- | --- | --- | --- |"]
    for row in rows:
        if not row.ours:
            lines.append(f"| {row.figure} | | | | | |")
        else:
            lines.append("| " + " | ".join(row.cells()) + " |")
    return lines


def seconds(value: float) -> str:
    """A duration."""
    return f"{value:.2f} s"


def mib(value: float) -> str:
    """A memory size."""
    return f"{value:.0f} MiB"


def raw_and_gzip(raw: int, gzipped: int) -> str:
    """A byte count, raw and gzipped."""
    return f"{raw:,} B / {gzipped:,} B gzip"


def items(count: int) -> str:
    """How a size is named in the table."""
    return f"{count:,} items"
