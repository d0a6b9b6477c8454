"""Under `mkdocs serve` each build shows the lint's findings as warnings; a one-off `mkdocs build` does not lint.

The lint's gate is `kb.py lint --strict` in CI; at build time it only helps a trainer who is writing,
and that trainer previews with `mkdocs serve`. MkDocs tells the hooks which command runs through
``on_startup``, which these tests call as MkDocs does.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from kb.build import site_build, start
from tests.support.paths import FIXTURES
from tests.support.site import write_config

NAV = [{"首页": "index.md"}, {"专题": ["topics/sample.md", "topics/other.md"]}, {"自测": ["quizzes/index.md"]}]
LINT_LOG = "kb.quiz.lint"


def started(tmp_path: Path, command: str) -> MkDocsConfig:
    """The config of a site whose banks have lint findings, after MkDocs' ``on_startup`` for ``command``."""
    path = write_config(tmp_path, docs_dir=FIXTURES / "docs", banks_dir=FIXTURES / "lint" / "cli", nav=NAV)
    config = load_config(config_file=str(path))
    config.plugins.on_startup(command=command, dirty=False)
    return config


@pytest.fixture(autouse=True)
def back_to_a_one_off_build() -> Iterator[None]:
    """Leave the build as a one-off build finds it (serve also turns on remembering between rebuilds)."""
    yield
    start("build")


def lint_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == LINT_LOG]


def test_under_serve_a_build_warns_about_each_finding_with_file_line_item_and_what_to_change(tmp_path, caplog):
    config = started(tmp_path, "serve")
    with caplog.at_level(logging.WARNING, logger=LINT_LOG):
        site_build(config)
    warnings = lint_warnings(caplog)
    # Paths are shown relative to the folder of mkdocs.yml; this config lives in tmp_path.
    assert (
        f"出题提示（kb.py lint）：{FIXTURES.resolve().as_posix()}/lint/cli/long-key.yml:3: [close-01] 答案 17 字，最长的错误选项只有 10 字"
        "（1.70 倍，上限 1.3 倍）。请把答案里的限定和理由移到 explanation，或把错误选项写得一样具体。 [key-length]"
    ) in warnings
    assert not any("[open-01]" in warning for warning in warnings)  # excepted with a reason


def test_the_lint_warnings_are_not_mkdocs_warnings_so_serve_strict_still_builds(tmp_path, caplog):
    config = started(tmp_path, "serve")
    with caplog.at_level(logging.WARNING):
        site_build(config)
    assert lint_warnings(caplog)
    assert not [record for record in caplog.records if record.name.startswith("mkdocs")]


def test_a_one_off_build_does_not_lint(tmp_path, caplog):
    config = started(tmp_path, "build")
    with caplog.at_level(logging.WARNING, logger=LINT_LOG):
        build = site_build(config)
    assert lint_warnings(caplog) == []
    assert [bank.id for bank in build.catalog.banks], "the banks are still built"
