"""The README test command (and so CI) fails on a lint, format or type error, before pytest runs.

Each test runs the real scripts/test.sh and pyproject.toml in a small project of clean modules
that shares the virtual environment running the tests, so only the planted mistake can fail it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import REPO

CLEAN_MODULE = '"""A clean module."""\n\n\ndef answer() -> int:\n    """The answer."""\n    return 42\n'
COPIED = [
    "pyproject.toml",
    "requirements-build.txt",
    "requirements-test.txt",
    "scripts/test.sh",
    "scripts/setup-env.sh",
    "package.json",
    "package-lock.json",
]


def running_venv() -> Path:
    """The virtual environment these tests run in (wherever it is), or a skip when they run in none."""
    if sys.prefix == sys.base_prefix:
        pytest.skip("the test command needs a virtual environment with the test tools; these tests run outside one")
    return Path(sys.prefix)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A tiny project with the repository's test command, lint config and venv."""
    for name in COPIED:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / name, tmp_path / name)
    for package in ["kb", "hooks", "scripts"]:
        (tmp_path / package).mkdir(exist_ok=True)
        (tmp_path / package / "sample.py").write_text(CLEAN_MODULE, encoding="utf-8")
    (tmp_path / "kb" / "__init__.py").write_text('"""Sample package."""\n', encoding="utf-8")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_sample.py").write_text(
        '"""Sample test."""\n\nfrom kb.sample import answer\n\n\ndef test_answer():\n    assert answer() == 42\n',
        encoding="utf-8",
    )
    (tmp_path / ".venv").symlink_to(running_venv())
    # The test command installs esbuild here itself (npm ci, from the npm cache after the first time).
    return tmp_path


def run_test_command(project: Path) -> tuple[int, str]:
    """Run `bash scripts/test.sh -q` in the project: (exit status, everything it printed)."""
    env = {key: value for key, value in os.environ.items() if key != "VIRTUAL_ENV"}
    result = subprocess.run(
        ["bash", "scripts/test.sh", "-q", "-p", "no:cacheprovider"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    return result.returncode, result.stdout + result.stderr


def plant(project: Path, text: str) -> None:
    """Replace kb/sample.py with the given text."""
    (project / "kb" / "sample.py").write_text(text, encoding="utf-8")


def test_a_clean_project_passes_the_checks_and_runs_pytest(project):
    status, output = run_test_command(project)
    assert status == 0, output
    assert "==> mypy" in output and "1 passed" in output


MISTAKES = {
    "type-error": (CLEAN_MODULE.replace("return 42", 'return "42"'), "Incompatible return value type"),
    "lint-error": (CLEAN_MODULE.replace('module."""\n', 'module."""\n\nimport os\n'), "F401"),
    "format-error": (CLEAN_MODULE.replace("return 42", "return   42"), "1 file would be reformatted"),
}
"""A planted mistake in kb/sample.py, and what the failing check says about it."""


@pytest.mark.parametrize(("module", "message"), MISTAKES.values(), ids=MISTAKES.keys())
def test_a_mistake_fails_the_test_command_before_pytest(project, module, message):
    plant(project, module)
    status, output = run_test_command(project)
    assert status != 0
    assert message in output and "kb/sample.py" in output
    assert "1 passed" not in output
