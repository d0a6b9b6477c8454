"""Runner: ``python -m scripts.bench [--quick] [--peers] [--profile]`` prints the Markdown report.

python -m scripts.bench            # full run: real site, 1,000 and 10,000 synthetic items
python -m scripts.bench --quick    # small sizes and single runs, for CI
python -m scripts.bench --peers    # the same items built with mkdocs-quiz too, ratios side by side
python -m scripts.bench --profile  # only the quiz hook's share of a build (cProfile and wall clock)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from scripts.bench.browser_figures import quiz_page_rows, review_rows
from scripts.bench.build_figures import measure_builds, memory_rows, time_rows
from scripts.bench.hook_profile import profile_build, profile_details, profile_rows
from scripts.bench.hook_time import time_builds
from scripts.bench.hostile_text import hostile_rows
from scripts.bench.page_figures import bundle_rows, reading_rows
from scripts.bench.peer import peer_python
from scripts.bench.report import Row, header, table
from scripts.bench.report_figures import report_rows
from scripts.bench.scenario_graph import scenario_rows
from scripts.bench.search_figures import search_rows
from scripts.bench.settings import FULL, PEER_PACKAGE, QUICK, Settings


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m scripts.bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="small sizes and single runs (for CI)")
    parser.add_argument("--peers", action="store_true", help=f"also build the same items with {PEER_PACKAGE}")
    parser.add_argument("--profile", action="store_true", help="only the quiz hook's share of a real build")
    return parser.parse_args(argv)


def run(work: Path, settings: Settings, peers: bool) -> tuple[list[Row], list[str]]:
    """Every measurement in ``work``: the table's rows and the profile's details."""
    peer = peer_python(work / "peer-venv") if peers else None
    profile = profile_build(work)
    hook_times = time_builds(work, settings.real_runs)
    figures = measure_builds(work, settings, peer)
    rows = [*profile_rows(profile, hook_times), *time_rows(figures), *memory_rows(figures)]
    rows += quiz_page_rows(work, settings, peer)
    rows += review_rows(figures)
    rows += reading_rows(figures)
    rows += bundle_rows()
    rows += hostile_rows()
    rows += search_rows(work, settings)
    rows += scenario_rows()
    rows += report_rows(work, settings)
    return rows, profile_details(profile)


def main(argv: list[str] | None = None) -> int:
    """Print the report; exit status 0."""
    args = parse_args(argv)
    settings = QUICK if args.quick else FULL
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kb-bench-") as tmp:
        if args.profile:
            profile = profile_build(Path(tmp))
            hook_times = time_builds(Path(tmp), FULL.real_runs)
            print("\n".join(table(profile_rows(profile, hook_times)) + profile_details(profile)))
            return 0
        lines = header(settings, args.peers)
        rows, details = run(Path(tmp), settings, args.peers)
    print("\n".join(lines + table(rows) + details))
    print(f"\nBenchmark took {time.perf_counter() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
