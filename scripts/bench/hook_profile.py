"""cProfile of one real build: the quiz hook's own share of it, and what inside the hook costs most."""

from __future__ import annotations

import pstats
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from scripts.bench.builds import build_env
from scripts.bench.hook_time import HookTime, wall_clock_row
from scripts.bench.report import Row, heading
from scripts.bench.settings import CONFIG, GOAL_HOOK_SHARE, QUIZ_HOOK, REPO_ROOT

_PROFILED_BUILD = """
import cProfile, sys, time
from mkdocs.__main__ import cli
profiler = cProfile.Profile(time.process_time)
profiler.enable()
try:
    cli.main(args=sys.argv[2:], prog_name="mkdocs")
except SystemExit:
    pass
profiler.disable()
profiler.dump_stats(sys.argv[1])
"""
"""Runs ``mkdocs build`` under cProfile (CPU time: the machine may be shared) and writes the stats to the file named first."""

Key = tuple[str, int, str]
OWN_CODE = (str(REPO_ROOT / "kb"), str(QUIZ_HOOK))


@dataclass(frozen=True)
class Cost:
    """One function's cumulative seconds in the profile, and what it is."""

    name: str
    seconds: float


@dataclass(frozen=True)
class HookProfile:
    """The quiz hook's share of a profiled build and the costliest functions inside it."""

    build_seconds: float
    hook_seconds: float
    events: list[Cost]
    own_functions: list[Cost]
    libraries: list[Cost]

    @property
    def share(self) -> float:
        """The hook's own time (import and events) over the whole build."""
        return self.hook_seconds / self.build_seconds


def profile_build(work: Path, config: Path = CONFIG) -> HookProfile:
    """Profile one quiet build of ``config`` into ``work`` (every build is a first build: nothing is kept)."""
    stats_file = work / "build.prof"
    command = [sys.executable, "-c", _PROFILED_BUILD, str(stats_file), "build", "-q", "-f", str(config)]
    command += ["-d", str(work / "profiled-site")]
    subprocess.run(command, cwd=REPO_ROOT, env=build_env("http://127.0.0.1/kb/"), check=True, capture_output=True)
    return read_profile(pstats.Stats(str(stats_file)))


def label(key: Key) -> str:
    """``module.py:function`` (repository files relative to the repository)."""
    filename, line, function = key
    path = Path(filename)
    where = path.relative_to(REPO_ROOT).as_posix() if path.is_relative_to(REPO_ROOT) else path.name
    return f"{where}:{line} {function}"


def _is_own(filename: str) -> bool:
    return filename.startswith(OWN_CODE)


def read_profile(stats: pstats.Stats, top: int = 6) -> HookProfile:
    """The hook's time (its module import and event functions) and the costliest functions inside it.

    Our functions are ranked by cumulative seconds; library functions by the seconds of the calls
    made to them from our code.
    """
    table = stats.stats  # type: ignore[attr-defined]  # {key: (cc, nc, tottime, cumtime, callers)}
    hook = str(QUIZ_HOOK)
    events = [
        Cost(label(k), v[3])
        for k, v in table.items()
        if k[0] == hook and (k[2].startswith("on_") or k[2] == "<module>")
    ]
    own = [Cost(label(k), v[3]) for k, v in table.items() if _is_own(k[0]) and not k[2].startswith("<")]
    libraries = []
    for key, value in table.items():
        if _is_own(key[0]) or key[0].startswith("~"):
            continue
        from_own = sum(call[3] for caller, call in value[4].items() if _is_own(caller[0]))
        if from_own:
            libraries.append(Cost(label(key), from_own))
    by_time = lambda costs: sorted(costs, key=lambda cost: -cost.seconds)[:top]  # noqa: E731
    return HookProfile(
        build_seconds=stats.total_tt,  # type: ignore[attr-defined]
        hook_seconds=sum(cost.seconds for cost in events),
        events=by_time(events),
        own_functions=by_time(own),
        libraries=by_time(libraries),
    )


def _share(profile: HookProfile) -> str:
    return f"{profile.share * 100:.1f} % ({profile.hook_seconds:.2f} s of {profile.build_seconds:.2f} s profiled)"


def profile_rows(profile: HookProfile, times: list[HookTime]) -> list[Row]:
    """The hook's share of a build against its goal: under cProfile, and by the wall clock."""
    return [
        heading("Quiz hook's own time in a first build of the real site (cProfile, and the wall clock without it)"),
        Row(
            "Quiz hook's share of the build under cProfile (its import + its events)",
            _share(profile),
            goal=f"≤ {GOAL_HOOK_SHARE * 100:.0f} %",
            passed=profile.share <= GOAL_HOOK_SHARE,
        ),
        wall_clock_row(times),
    ]


def profile_details(profile: HookProfile) -> list[str]:
    """Where the hook's time goes: its events, our costliest functions, library calls by our code."""
    total = profile.build_seconds
    lines = [
        "",
        "Where the quiz hook's time goes in a build (cumulative CPU seconds under cProfile, share of the build):",
        "",
    ]
    for title, costs in (
        ("hook events and import", profile.events),
        ("our functions (kb/, hooks/quiz_pages.py)", profile.own_functions),
        ("library functions called from our code", profile.libraries),
    ):
        lines.append(
            f"- {title}: " + "; ".join(f"`{c.name}` {c.seconds:.2f} s ({c.seconds / total:.1%})" for c in costs)
        )
    return lines
