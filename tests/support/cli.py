"""Runs the trainer tool ``scripts/kb.py`` and reads back its exit status and what it printed.

``run_kb`` calls its ``main(argv)`` in this process (milliseconds, no new interpreter);
``run_kb_script`` starts the real script in a new process, for the one test that proves the
entry point itself runs.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from scripts.kb import main
from tests.support.paths import REPO


@dataclass(frozen=True)
class CliRun:
    """One run of the trainer tool: its exit status and its two output streams."""

    returncode: int
    stdout: str
    stderr: str


def _exit_status(code: object) -> int:
    """The status a shell sees for ``sys.exit(code)`` (argparse exits 0 after --help, 2 on bad usage)."""
    if code is None:
        return 0
    return code if isinstance(code, int) else 1


def run_kb(*args: str, cwd: Path = REPO) -> CliRun:
    """``python scripts/kb.py ARGS`` from ``cwd``, run in this process with both streams captured."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.chdir(cwd), contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            status = main(list(args))
        except SystemExit as exit_request:
            status = _exit_status(exit_request.code)
    return CliRun(status, stdout.getvalue(), stderr.getvalue())


def run_kb_script(*args: str, cwd: Path = REPO, timeout: float = 120) -> CliRun:
    """``python scripts/kb.py ARGS`` in a new process, exactly as a trainer or CI starts it."""
    completed = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "kb.py"), *args],
        cwd=cwd,
        capture_output=True,
        encoding="utf-8",
        env=dict(os.environ, PYTHONIOENCODING="utf-8"),
        timeout=timeout,
        check=False,
    )
    return CliRun(completed.returncode, completed.stdout, completed.stderr)
