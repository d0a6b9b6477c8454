"""Wall-clock share of the quiz hook in real builds: its import and events timed inside the build, no profiler.

cProfile (hook_profile.py) charges every Python call a fixed overhead, so call-heavy code such as
schema validation and template rendering looks far costlier there than it is. Here the build runs
as usual; only the hook module's import and each of its event functions are wrapped in a clock.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from scripts.bench.builds import build_env
from scripts.bench.report import Row
from scripts.bench.settings import CONFIG, GOAL_HOOK_SHARE, QUIZ_HOOK, REPO_ROOT

_TIMED_BUILD = """
import functools, json, os, sys, time
from mkdocs.__main__ import cli
from mkdocs.config.config_options import Hooks

figures_file, hook_file = sys.argv[1], sys.argv[2]
spent = {"wall": 0.0, "cpu": 0.0}
load_hook = Hooks._load_hook

def timed(event):
    @functools.wraps(event)  # keeps the event's priority (mkdocs.plugins.event_priority)
    def run(*args, **kwargs):
        started, cpu = time.perf_counter(), time.process_time()
        try:
            return event(*args, **kwargs)
        finally:
            spent["wall"] += time.perf_counter() - started
            spent["cpu"] += time.process_time() - cpu
    return run

def timed_load_hook(self, name, path):
    started, cpu = time.perf_counter(), time.process_time()
    module = load_hook(self, name, path)
    if os.path.samefile(path, hook_file) and not hasattr(module, "_timed_by_bench"):
        spent["wall"] += time.perf_counter() - started
        spent["cpu"] += time.process_time() - cpu
        for attribute in dir(module):
            if attribute.startswith("on_") and callable(getattr(module, attribute)):
                setattr(module, attribute, timed(getattr(module, attribute)))
        module._timed_by_bench = True
    return module

Hooks._load_hook = timed_load_hook
started, cpu = time.perf_counter(), time.process_time()
try:
    cli.main(args=sys.argv[3:], prog_name="mkdocs")
except SystemExit as stopped:
    if stopped.code:
        raise
build = {"wall": time.perf_counter() - started, "cpu": time.process_time() - cpu}
with open(figures_file, "w", encoding="utf-8") as figures:
    json.dump({"build": build, "hook": spent}, figures)
"""
"""Runs ``mkdocs build`` with the hook file named second timed, and writes its seconds and the build's to the file named first."""


@dataclass(frozen=True)
class HookTime:
    """Seconds of one build (from MkDocs' command line on) and of the quiz hook inside it."""

    build_seconds: float
    hook_seconds: float
    build_cpu_seconds: float
    """The build process's own CPU time (not its children's, such as git's)."""
    hook_cpu_seconds: float

    @property
    def share(self) -> float:
        """The hook's wall time over the build's."""
        return self.hook_seconds / self.build_seconds

    @property
    def cpu_share(self) -> float:
        """The hook's CPU time over the build process's."""
        return self.hook_cpu_seconds / self.build_cpu_seconds


def time_build(work: Path, config: Path = CONFIG) -> HookTime:
    """One quiet build of ``config`` into ``work`` with the quiz hook's import and events timed."""
    figures_file = work / "hook-time.json"
    command = [sys.executable, "-c", _TIMED_BUILD, str(figures_file), str(QUIZ_HOOK)]
    command += ["build", "-q", "-f", str(config), "-d", str(work / "timed-site")]
    subprocess.run(command, cwd=REPO_ROOT, env=build_env("http://127.0.0.1/kb/"), check=True, capture_output=True)
    figures = json.loads(figures_file.read_text(encoding="utf-8"))
    build, hook = figures["build"], figures["hook"]
    return HookTime(build["wall"], hook["wall"], build["cpu"], hook["cpu"])


def time_builds(work: Path, runs: int) -> list[HookTime]:
    """``runs`` timed builds of the real site, one after another (each a first build: nothing is kept)."""
    return [time_build(work) for _ in range(runs)]


def median_share(times: list[HookTime]) -> HookTime:
    """The run with the median share (an odd count) or the lower of the two middle ones."""
    ranked = sorted(times, key=lambda time: time.share)
    return ranked[(len(ranked) - 1) // 2]


def wall_clock_row(times: list[HookTime]) -> Row:
    """The hook's wall-clock share of a build against the same goal as the cProfile figure."""
    middle = median_share(times)
    shares = ", ".join(f"{time.share * 100:.1f}" for time in times)
    value = (
        f"{middle.share * 100:.1f} % ({middle.hook_seconds:.2f} s of {middle.build_seconds:.2f} s; "
        f"median of {len(times)} builds: {shares} %; CPU time {middle.cpu_share * 100:.1f} %)"
    )
    return Row(
        "Quiz hook's share of the build, wall clock (its import + its events, no profiler)",
        value,
        goal=f"≤ {GOAL_HOOK_SHARE * 100:.0f} %",
        passed=middle.share <= GOAL_HOOK_SHARE,
    )
