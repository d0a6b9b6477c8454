"""The pre-commit hooks work in a fresh clone that has no .venv yet, and refuse what would break the site.

One clone per test run: the first `pre-commit run --all-files` creates the clone's .venv (a few
minutes with a cold pip cache); the commit tests then reuse it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import REPO

PRE_COMMIT = Path(sys.executable).parent / "pre-commit"
CITE = re.compile(r"^\s*cite: (topics/[\w-]+\.md)#([\w-]+)\s*$", re.MULTILINE)
GIT_IDENTITY = ["-c", "user.name=Test", "-c", "user.email=test@example.com"]


def clean_env() -> dict[str, str]:
    """The environment of a new user: no project venv on PATH, no active virtualenv."""
    env = {key: value for key, value in os.environ.items() if key != "VIRTUAL_ENV"}
    env["PATH"] = os.pathsep.join(entry for entry in env["PATH"].split(os.pathsep) if str(REPO) not in entry)
    return env


def run(clone: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """Run a command in the clone and capture what it printed."""
    return subprocess.run(
        command, cwd=clone, env=clean_env(), capture_output=True, text=True, timeout=1200, check=False
    )


def commit(clone: Path, *paths: str) -> tuple[int, str]:
    """Stage the paths and try to commit them: (exit status, what the hooks printed)."""
    run(clone, "git", "add", *paths)
    result = run(clone, "git", *GIT_IDENTITY, "commit", "-m", "test change")
    return result.returncode, result.stdout + result.stderr  # git sends hook output to stderr


@pytest.fixture(scope="module")
def fresh_clone(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """A clone of the committed project with the hooks installed and run once on every file."""
    clone = tmp_path_factory.mktemp("clone") / "sales-kb"
    subprocess.run(["git", "clone", "--quiet", str(REPO), str(clone)], check=True, timeout=300)
    assert not (clone / ".venv").exists()
    installed = run(clone, str(PRE_COMMIT), "install")
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return clone, run(clone, str(PRE_COMMIT), "run", "--all-files")


@pytest.fixture
def clone(fresh_clone) -> Path:
    """The clone, put back to its last commit after the test."""
    path, _ = fresh_clone
    yield path
    run(path, "git", "reset", "--quiet", "--hard", "HEAD")


def head(clone: Path) -> str:
    """The clone's current commit."""
    return run(clone, "git", "rev-parse", "HEAD").stdout.strip()


def test_every_hook_passes_on_a_fresh_clone_without_a_venv(fresh_clone):
    path, result = fresh_clone
    assert result.returncode == 0, result.stdout + result.stderr
    assert (path / ".venv" / "bin" / "python").exists()  # the hooks made it themselves


def test_a_commit_with_a_broken_bank_is_refused(clone):
    bank = sorted((clone / "quizzes").glob("*.yml"))[0]
    text = bank.read_text(encoding="utf-8")
    bank.write_text(re.sub(r"^title: .*$", "title: 坏标题: 冒号", text, count=1, flags=re.MULTILINE), encoding="utf-8")
    before = head(clone)
    status, output = commit(clone, str(bank.relative_to(clone)))
    assert status != 0
    assert f"quizzes/{bank.name}:" in output
    assert head(clone) == before


def rename_a_heading_id_cited_in(clone: Path, cited_by: Path) -> tuple[str, tuple[int, str]]:
    """Rename the first heading id the file cites and try to commit: (old id, commit outcome)."""
    page, anchor = CITE.search(cited_by.read_text(encoding="utf-8")).groups()
    topic = clone / "docs" / page
    text = topic.read_text(encoding="utf-8")
    assert f"{{#{anchor}}}" in text
    topic.write_text(text.replace(f"{{#{anchor}}}", f"{{#{anchor}-renamed}}"), encoding="utf-8")
    return anchor, commit(clone, f"docs/{page}")


def test_a_commit_renaming_a_heading_id_a_bank_cites_is_refused(clone):
    before = head(clone)
    anchor, (status, output) = rename_a_heading_id_cited_in(clone, sorted((clone / "quizzes").glob("*.yml"))[0])
    assert status != 0
    assert f"“{anchor}”" in output
    assert head(clone) == before


def test_a_commit_renaming_a_heading_id_a_scenario_cites_is_refused(clone):
    scenario = sorted((clone / "scenarios").glob("*.yml"))[0]
    _, (status, output) = rename_a_heading_id_cited_in(clone, scenario)
    assert status != 0
    assert f"scenarios/{scenario.name}:" in output


def test_a_commit_with_a_lint_error_is_refused(clone):
    module = clone / "kb" / "project.py"
    module.write_text("import os\n" + module.read_text(encoding="utf-8"), encoding="utf-8")
    before = head(clone)
    status, output = commit(clone, "kb/project.py")
    assert status != 0
    assert "F401" in output or "I001" in output
    assert head(clone) == before


def test_a_harmless_docs_change_is_committed(clone):
    home = clone / "docs" / "index.md"
    home.write_text(home.read_text(encoding="utf-8") + "\n补充一句。\n", encoding="utf-8")
    before = head(clone)
    status, output = commit(clone, "docs/index.md")
    assert status == 0, output
    assert head(clone) != before
