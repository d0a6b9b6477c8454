"""`mkdocs build --strict` is the gate: broken links and anchors must stop it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.site import REPO_ROOT, build_site, write_config


@pytest.fixture
def docs_copy(tmp_path: Path) -> Path:
    """A throwaway copy of docs/ that a test may break."""
    docs = tmp_path / "docs"
    shutil.copytree(REPO_ROOT / "docs", docs)
    return docs


def build_with(docs: Path, tmp_path: Path):
    config = write_config(tmp_path, docs_dir=docs)
    return build_site(tmp_path / "site", config_file=config)


def test_the_real_site_builds_strict(tmp_path):
    result = build_site(tmp_path / "site")
    assert result.ok, result.output
    assert "WARNING" not in result.output
    assert (tmp_path / "site" / "quizzes" / "index.html").exists()  # the real banks became pages


def test_a_copy_of_the_docs_builds_strict(docs_copy, tmp_path):
    # Guards the two tests below: they must fail because of the break, not the set-up.
    result = build_with(docs_copy, tmp_path)
    assert result.ok, result.output


def test_a_link_to_a_missing_page_fails_the_build(docs_copy, tmp_path):
    home = docs_copy / "index.md"
    home.write_text(home.read_text(encoding="utf-8") + "\n[坏链接](no-such-page.md)\n", encoding="utf-8")
    result = build_with(docs_copy, tmp_path)
    assert not result.ok
    assert "no-such-page.md" in result.output


def test_a_link_to_a_missing_anchor_fails_the_build(docs_copy, tmp_path):
    home = docs_copy / "index.md"
    broken = "\n[坏锚点](sources/index.md#no-such-anchor)\n"
    home.write_text(home.read_text(encoding="utf-8") + broken, encoding="utf-8")
    result = build_with(docs_copy, tmp_path)
    assert not result.ok
    assert "no-such-anchor" in result.output
