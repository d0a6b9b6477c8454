"""Under `mkdocs serve` a bank is checked and rendered again only when it (or the docs) changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kb.content.sections import scan_docs
from kb.quiz.catalog import load_catalog
from kb.quiz.pages import generated_pages
from kb.quiz.rebuilds import remember_between_rebuilds

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def banks(tmp_path):
    remember_between_rebuilds()  # as the hook does under `mkdocs serve`
    for name in ("basics.yml", "shuffled.yml"):
        shutil.copy(FIXTURES / "site-banks" / name, tmp_path / name)
    yield sorted(tmp_path.glob("*.yml"))
    remember_between_rebuilds(False)


def test_an_unchanged_rebuild_reads_no_bank_again(banks, reads):
    docs = scan_docs(FIXTURES / "docs")
    first = load_catalog(banks, docs)
    second = load_catalog(banks, docs)
    assert reads == ["basics.yml", "shuffled.yml"]
    assert [bank.id for bank in second.banks] == [bank.id for bank in first.banks]


def test_editing_one_bank_rechecks_only_that_bank(banks, reads):
    docs = scan_docs(FIXTURES / "docs")
    load_catalog(banks, docs)
    edited = banks[0]
    edited.write_text(edited.read_text(encoding="utf-8").replace("基础测验", "基础测验（改）"), encoding="utf-8")
    catalog = load_catalog(banks, docs)
    assert reads == ["basics.yml", "shuffled.yml", "basics.yml"]
    assert catalog.banks[0].title == "基础测验（改）"


def test_a_changed_docs_page_rechecks_every_bank(banks, reads, tmp_path):
    docs_dir = tmp_path / "docs"
    shutil.copytree(FIXTURES / "docs", docs_dir)
    load_catalog(banks, scan_docs(docs_dir))
    page = docs_dir / "topics" / "sample.md"
    page.write_text(page.read_text(encoding="utf-8").replace("{#beta}", "{#beta-renamed}"), encoding="utf-8")
    catalog = load_catalog(banks, scan_docs(docs_dir))
    assert reads == ["basics.yml", "shuffled.yml", "basics.yml", "shuffled.yml"]
    assert not catalog.ok, "a citation of the renamed heading is reported on the rebuild"


def test_an_unchanged_bank_page_is_not_rendered_again(banks, monkeypatch):
    import kb.quiz.pages as pages_module

    docs = scan_docs(FIXTURES / "docs")
    catalog = load_catalog(banks, docs)
    rendered: list[str] = []
    original = pages_module.render_quiz_page
    monkeypatch.setattr(pages_module, "render_quiz_page", lambda bank, d: rendered.append(bank.id) or original(bank, d))
    first = [page.finished_body() for page in generated_pages(catalog, docs)]
    second = [page.finished_body() for page in generated_pages(catalog, docs)]
    assert rendered == ["basics", "shuffled"]
    assert first == second


def test_a_one_off_build_remembers_nothing(tmp_path, reads):
    remember_between_rebuilds(False)
    shutil.copy(FIXTURES / "site-banks" / "basics.yml", tmp_path / "basics.yml")
    docs = scan_docs(FIXTURES / "docs")
    load_catalog([tmp_path / "basics.yml"], docs)
    load_catalog([tmp_path / "basics.yml"], docs)
    assert reads == ["basics.yml", "basics.yml"]
