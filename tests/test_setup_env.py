"""Set-up on a trainer's own machine: the venv script under a too-old Python, a venv left by another
Python, a preview that must not install the test tools, and a Windows-style CRLF checkout.

Each case runs the real scripts/setup-env.sh, copied into a scratch project so that it makes its
.venv there (with requirement files that need nothing from a registry).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import REPO

NEEDS_NOTHING = "# nothing to install\n"
CANNOT_INSTALL = "-r requirements-build.txt\nthis-package-does-not-exist-kb==0.0.0\n"


def scratch_project(tmp_path: Path, *, test_requirements: str = NEEDS_NOTHING) -> Path:
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    shutil.copy(REPO / "scripts" / "setup-env.sh", project / "scripts" / "setup-env.sh")
    (project / "requirements-build.txt").write_text(NEEDS_NOTHING, encoding="utf-8")
    (project / "requirements-test.txt").write_text(test_requirements, encoding="utf-8")
    return project


def fake_python(path: Path, version: str) -> Path:
    """A 'python' that only answers the version question, as an old interpreter would."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\necho {version}\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def set_up(project: Path, requirement_set: str, **environment: str) -> subprocess.CompletedProcess[str]:
    script = f"source scripts/setup-env.sh {requirement_set}\ncommand -v python"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(project), **environment}
    env.setdefault("PYTHON", sys.executable)
    return subprocess.run(["bash", "-c", script], cwd=project, env=env, capture_output=True, text=True, timeout=300)


def test_a_too_old_python_gets_one_clear_message_and_no_venv(tmp_path):
    project = scratch_project(tmp_path)
    old = fake_python(tmp_path / "old" / "python3", "3.9")
    result = set_up(project, "build", PYTHON=str(old))
    assert result.returncode == 1
    assert "需要 Python 3.11 或更新的版本" in result.stderr
    assert "3.9" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (project / ".venv").exists()


def test_a_venv_left_by_another_python_is_rebuilt_with_the_right_one(tmp_path):
    project = scratch_project(tmp_path)
    fake_python(project / ".venv" / "bin" / "python", "3.9")
    result = set_up(project, "build")
    assert result.returncode == 0, result.stderr
    assert "重新创建" in result.stderr
    venv_python = result.stdout.strip().splitlines()[-1]
    assert venv_python == str(project / ".venv" / "bin" / "python")
    version = subprocess.run([venv_python, "--version"], capture_output=True, text=True).stdout
    assert version.startswith("Python 3.1")


def test_a_preview_installs_the_build_requirements_only(tmp_path):
    # The test file names a package no registry has: installing it would fail the preview.
    project = scratch_project(tmp_path, test_requirements=CANNOT_INSTALL)
    result = set_up(project, "build")
    assert result.returncode == 0, result.stderr
    assert (project / ".venv" / ".requirements-build.sha256").exists()
    assert not (project / ".venv" / ".requirements-test.sha256").exists()


def test_the_test_set_up_installs_the_test_requirements(tmp_path):
    project = scratch_project(tmp_path, test_requirements=CANNOT_INSTALL)
    result = set_up(project, "test")
    assert result.returncode != 0
    assert "this-package-does-not-exist-kb" in result.stderr + result.stdout


def test_serve_and_test_scripts_ask_for_their_own_requirement_sets():
    assert 'setup-env.sh" build' in (REPO / "scripts" / "serve.sh").read_text(encoding="utf-8")
    assert 'setup-env.sh" test' in (REPO / "scripts" / "test.sh").read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_crlf_checkout_keeps_the_shell_scripts_runnable(tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "-c", "core.autocrlf=true", "clone", "--quiet", "--no-hardlinks", str(REPO), str(clone)],
        check=True,
        capture_output=True,
    )
    scripts = [*clone.glob("scripts/*.sh"), clone / ".ci" / "run"]
    assert scripts
    assert [path.name for path in scripts if b"\r\n" in path.read_bytes()] == []
    for path in scripts:
        assert subprocess.run(["bash", "-n", str(path)], capture_output=True).returncode == 0
