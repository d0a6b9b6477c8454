"""Under `mkdocs serve` a bank is checked and rendered again only when it (or the docs) changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kb.content.sections import scan_docs
from kb.core.remember import remember_between_rebuilds
from kb.quiz.catalog import load_catalog
from kb.quiz.pages import generated_pages
from tests.support.paths import FIXTURES


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
    monkeypatch.setattr(
        pages_module, "render_quiz_page", lambda bank, *rest: rendered.append(bank.id) or original(bank, *rest)
    )
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


class _Payload:
    """A pickle that makes a folder when loaded: proof that a build ran what it found on disk."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        import os

        return (os.makedirs, (str(self.marker),))


def test_a_build_keeps_nothing_on_disk_that_a_later_build_would_trust(tmp_path):
    import pickle

    from tests.support.paths import FIXTURE_NAV
    from tests.support.site import build_site, write_config

    config = write_config(tmp_path, docs_dir=FIXTURES / "docs", banks_dir=FIXTURES / "site-banks", nav=FIXTURE_NAV)
    assert build_site(tmp_path / "site", config_file=config).ok
    cache = tmp_path / ".cache"
    left = sorted(path.relative_to(tmp_path).as_posix() for path in cache.rglob("*")) if cache.exists() else []
    assert left == [], "a build writes nothing beside the site"
    # Entries planted where the old build cache looked (a fresh clone with them committed):
    marker = tmp_path / "PAYLOAD-RAN"
    (cache / "kb").mkdir(parents=True)
    for name in ("planted.pickle", "0" * 64 + ".pickle"):
        (cache / "kb" / name).write_bytes(pickle.dumps(_Payload(marker)))
    before = (tmp_path / "site" / "quizzes" / "basics" / "index.html").read_bytes()
    assert build_site(tmp_path / "site", config_file=config).ok
    assert not marker.exists()
    assert (tmp_path / "site" / "quizzes" / "basics" / "index.html").read_bytes() == before
