"""Builds the MkDocs site into a directory, optionally with other docs or quiz banks, and serves a fixture site."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml

from tests.support.paths import FIXTURE_DOCS, FIXTURE_NAV, FIXTURES
from tests.support.paths import REPO as REPO_ROOT
from tests.support.server import SiteServer


@dataclass
class BuildResult:
    """What `mkdocs build` printed and whether it succeeded."""

    returncode: int
    output: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def write_config(
    dest: Path,
    *,
    docs_dir: Path | None = None,
    banks_dir: Path | None = None,
    scenarios_dir: Path | None = None,
    nav: list | None = None,
) -> Path:
    """Write a config that inherits the real mkdocs.yml but may point at other docs or banks."""
    overrides: dict = {"INHERIT": str(REPO_ROOT / "mkdocs.yml")}
    overrides["docs_dir"] = str(docs_dir or REPO_ROOT / "docs")
    overrides["hooks"] = [str(path) for path in sorted((REPO_ROOT / "hooks").glob("*.py"))]
    overrides["extra"] = {"quiz": {"banks_dir": str(banks_dir or REPO_ROOT / "quizzes")}}
    if scenarios_dir is not None or banks_dir is None:
        # The real banks come with the real scenarios (the home page links them); fixture banks with none.
        overrides["extra"]["quiz"]["scenarios_dir"] = str(scenarios_dir or REPO_ROOT / "scenarios")
    else:
        overrides["extra"]["quiz"]["scenarios_dir"] = None  # not the real mkdocs.yml's folder: none
    overrides["theme"] = {"custom_dir": str(REPO_ROOT / "overrides")}
    overrides["watch"] = [str(REPO_ROOT / "quizzes")]
    if nav is not None:
        overrides["nav"] = nav
    config_path = dest / "mkdocs.yml"
    config_path.write_text(yaml.safe_dump(overrides, allow_unicode=True), encoding="utf-8")
    return config_path


def build_site(
    site_dir: Path,
    *,
    config_file: Path | None = None,
    site_url: str = "http://127.0.0.1/kb/",
    strict: bool = True,
) -> BuildResult:
    """Run `mkdocs build` in a subprocess, as a trainer would, and capture its output."""
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site_dir)]
    command += ["--config-file", str(config_file or REPO_ROOT / "mkdocs.yml")]
    if strict:
        command.append("--strict")
    env = dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1")
    completed = subprocess.run(command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=300)
    return BuildResult(completed.returncode, completed.stdout + completed.stderr)


@contextmanager
def served_fixture_site(
    work: Path,
    *,
    banks_dir: Path = FIXTURES / "site-banks",
    bank_files: Sequence[Path] = (),
    scenarios_dir: Path | None = None,
    nav: list = FIXTURE_NAV,
) -> Iterator[SiteServer]:
    """A site of the fixture docs, built with --strict into ``work/site`` and served under /kb/ for the block.

    The banks are ``banks_dir`` or, when ``bank_files`` are given, copies of just those files; the
    server starts first so the build's site_url carries its real port, as on GitHub Pages.
    """
    if bank_files:
        banks_dir = work / "banks"
        banks_dir.mkdir()
        for source in bank_files:
            shutil.copy(source, banks_dir / source.name)
    site_dir = work / "site"
    site_dir.mkdir()
    with SiteServer(site_dir) as server:
        config = write_config(work, docs_dir=FIXTURE_DOCS, banks_dir=banks_dir, scenarios_dir=scenarios_dir, nav=nav)
        result = build_site(site_dir, config_file=config, site_url=server.url)
        assert result.ok, f"mkdocs build --strict failed:\n{result.output}"
        yield server
