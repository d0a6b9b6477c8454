"""Build time and peak memory of one ``mkdocs build``, read from the finished child's own rusage."""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from scripts.bench.settings import REPO_ROOT

Name = TypeVar("Name")
"""What names one build among those timed together (a variant, or a variant and a size)."""


@dataclass(frozen=True)
class BuildRun:
    """One build: wall seconds of the whole process, its CPU seconds and its peak resident memory."""

    seconds: float
    peak_kib: int
    cpu_seconds: float = 0.0
    """User + system time of the build process (``wait4``'s rusage): on a shared machine far steadier
    than the wall clock, which also counts the time other work held the CPUs."""


class BuildFailed(RuntimeError):
    """A benchmark build did not succeed (its output is in the message)."""


def build_env(site_url: str) -> dict[str, str]:
    """The environment of a build: the site URL and MkDocs' 2.0 banner off."""
    settings = {"SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    return dict(os.environ, **settings)


def timed_build(python: Path | str, config: Path, site_dir: Path, site_url: str = "http://127.0.0.1/kb/") -> BuildRun:
    """Run ``python -m mkdocs build`` quietly; return its wall time and peak RSS (``wait4``'s ru_maxrss)."""
    command = [str(python), "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site_dir)]
    with tempfile.TemporaryFile() as output:
        env = build_env(site_url)
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=output, stderr=output)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            output.seek(0)
            text = output.read().decode("utf-8", "replace")
            raise BuildFailed(f"build of {config} failed ({child.returncode}):\n{text[-4000:]}")
    return BuildRun(seconds=seconds, peak_kib=usage.ru_maxrss, cpu_seconds=usage.ru_utime + usage.ru_stime)


def interleaved(builds: Mapping[Name, Callable[[], BuildRun]], runs: int) -> dict[Name, list[BuildRun]]:
    """Run every build once per round, ``runs`` rounds (A B A B …), so drift hits all alike."""
    results: dict[Name, list[BuildRun]] = {name: [] for name in builds}
    for _ in range(runs):
        for name, build in builds.items():
            results[name].append(build())
    return results


def median_seconds(runs: list[BuildRun]) -> float:
    """Median wall time of the runs."""
    return statistics.median(run.seconds for run in runs)


def median_cpu_seconds(runs: list[BuildRun]) -> float:
    """Median CPU time of the runs."""
    return statistics.median(run.cpu_seconds for run in runs)


def paired_ratio(ours: list[BuildRun], other: list[BuildRun], cpu: bool = False) -> float:
    """The median over rounds of ours ÷ other, each round's two builds taken together.

    Interleaved builds of one round ran seconds apart, so a load spike hits both; the ratio of the
    two medians can pair our slowest round with the other's fastest (issue 32: 1.59 × in one run,
    0.84 × in seven pairs on a quiet machine).
    """
    figure = (lambda run: run.cpu_seconds) if cpu else (lambda run: run.seconds)
    return statistics.median(figure(a) / figure(b) for a, b in zip(ours, other, strict=True))


def median_peak_mib(runs: list[BuildRun]) -> float:
    """Median peak memory of the runs, in MiB."""
    return statistics.median(run.peak_kib for run in runs) / 1024
