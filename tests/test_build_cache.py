"""Between builds, checked, linted and rendered banks are kept in the project's ``.cache/kb``.

A build that finds a bank's entry does not read, check or render that bank again. An entry is
found only for the same bank bytes, the same docs and the same code: anything else is a miss,
so a cached build gives the same site as a build without the cache, and a broken or unreadable
cache costs time, never a wrong page or a failed build.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kb.content.sections import scan_docs
from kb.quiz.build_cache import MISSING, BuildCache, cache_folder, code_fingerprint
from kb.quiz.catalog import load_catalog
from kb.quiz.rebuilds import use_build_cache
from tests.conftest import FIXTURE_NAV, FIXTURES
from tests.support.site import build_site, write_config

# --- the store itself ---------------------------------------------------------------------------


def test_a_kept_value_is_found_by_the_same_key_and_code(tmp_path):
    BuildCache(tmp_path, "code-1").store(("bank", "abc"), {"items": [1, 2]})
    assert BuildCache(tmp_path, "code-1").lookup(("bank", "abc")) == {"items": [1, 2]}
    assert BuildCache(tmp_path, "code-1").lookup(("bank", "abd")) is MISSING
    assert BuildCache(tmp_path, "code-2").lookup(("bank", "abc")) is MISSING, "other code, other entries"


def test_a_torn_entry_is_a_miss_not_an_error(tmp_path):
    cache = BuildCache(tmp_path, "code")
    cache.store("key", "value")
    for entry in tmp_path.iterdir():
        entry.write_bytes(b"\x80\x05not a pickle")
    assert BuildCache(tmp_path, "code").lookup("key") is MISSING


def test_an_entry_others_may_write_is_not_read(tmp_path):
    BuildCache(tmp_path, "code").store("key", "value")
    (entry,) = tmp_path.iterdir()
    entry.chmod(0o666)
    assert BuildCache(tmp_path, "code").lookup("key") is MISSING, "a pickle someone else could change runs no code"
    entry.chmod(0o644)
    assert BuildCache(tmp_path, "code").lookup("key") == "value"


def test_a_folder_that_cannot_be_written_only_costs_time(tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    cache = BuildCache(blocked / "kb", "code")
    cache.store("key", "value")  # no exception
    assert cache.lookup("key") is MISSING


def test_pruning_keeps_only_what_this_build_used(tmp_path):
    earlier = BuildCache(tmp_path, "code")
    earlier.store("old bank", 1)
    earlier.store("kept bank", 2)
    (tmp_path / "kb-entry-left_by_a_killed_build.tmp").write_bytes(b"")
    (tmp_path / "notes.pickle").write_bytes(b"a file the cache did not write")
    now = BuildCache(tmp_path, "code")
    now.lookup("kept bank")
    assert now.prune() == 2
    assert (tmp_path / "notes.pickle").exists(), "only the cache's own files are pruned"
    assert BuildCache(tmp_path, "code").lookup("kept bank") == 2
    assert BuildCache(tmp_path, "code").lookup("old bank") is MISSING


def test_the_code_fingerprint_changes_with_any_code_file_or_library_version(tmp_path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "render.py").write_text("A = 1\n", encoding="utf-8")
    (tmp_path / "templates" / "page.html").write_text("<p>{{ x }}</p>", encoding="utf-8")
    before = code_fingerprint((tmp_path,), ("jsonschema",))
    (tmp_path / "templates" / "page.html").write_text("<p>{{ y }}</p>", encoding="utf-8")
    code_fingerprint.cache_clear()  # worked out once per process: a build's code does not change under it
    assert code_fingerprint((tmp_path,), ("jsonschema",)) != before, "a template is code too"
    assert code_fingerprint((tmp_path,), ("jsonschema", "no-such-library")) != code_fingerprint(
        (tmp_path,), ("jsonschema",)
    )


@pytest.mark.parametrize(
    ("setting", "expected"),
    [(None, ".cache/kb"), ("", ".cache/kb"), ("build-cache", "build-cache"), ("off", None), ("OFF", None)],
)
def test_where_the_cache_lives(tmp_path, setting, expected):
    folder = cache_folder(tmp_path, setting)
    assert folder == (None if expected is None else (tmp_path / expected).resolve())


# --- what a build does with it -------------------------------------------------------------------


@pytest.fixture
def banks(tmp_path):
    folder = tmp_path / "banks"
    folder.mkdir()
    for name in ("basics.yml", "shuffled.yml"):
        shutil.copy(FIXTURES / "site-banks" / name, folder / name)
    return sorted(folder.glob("*.yml"))


def _load_in_a_new_build(banks, docs, folder: Path, code: str = "code"):
    """Load the banks as a new `mkdocs build` would: nothing in memory, only the cache folder."""
    use_build_cache(BuildCache(folder, code))
    try:
        return load_catalog(banks, docs)
    finally:
        use_build_cache(None)


def test_a_second_build_reads_no_unchanged_bank(banks, reads, tmp_path):
    docs = scan_docs(FIXTURES / "docs")
    first = _load_in_a_new_build(banks, docs, tmp_path / "cache")
    second = _load_in_a_new_build(banks, docs, tmp_path / "cache")
    assert reads == ["basics.yml", "shuffled.yml"]
    assert repr(second.banks) == repr(first.banks)


def test_an_edited_bank_is_checked_again_and_only_it(banks, reads, tmp_path):
    docs = scan_docs(FIXTURES / "docs")
    _load_in_a_new_build(banks, docs, tmp_path / "cache")
    edited = banks[0]
    edited.write_text(edited.read_text(encoding="utf-8").replace("基础测验", "基础测验（改）"), encoding="utf-8")
    catalog = _load_in_a_new_build(banks, docs, tmp_path / "cache")
    assert reads == ["basics.yml", "shuffled.yml", "basics.yml"]
    assert catalog.banks[0].title == "基础测验（改）"


def test_renamed_docs_or_new_code_check_every_bank_again(banks, reads, tmp_path):
    docs_dir = tmp_path / "docs"
    shutil.copytree(FIXTURES / "docs", docs_dir)
    _load_in_a_new_build(banks, scan_docs(docs_dir), tmp_path / "cache")
    _load_in_a_new_build(banks, scan_docs(docs_dir), tmp_path / "cache", code="changed code")
    page = docs_dir / "topics" / "sample.md"
    page.write_text(page.read_text(encoding="utf-8").replace("{#beta}", "{#beta-renamed}"), encoding="utf-8")
    catalog = _load_in_a_new_build(banks, scan_docs(docs_dir), tmp_path / "cache", code="changed code")
    assert reads == ["basics.yml", "shuffled.yml"] * 3
    assert not catalog.ok, "the citation of the renamed heading is reported, not a cached 'all fine'"


def test_a_bank_with_problems_is_reported_again_from_the_cache(banks, tmp_path):
    banks[0].write_text("title: 没有题目\n", encoding="utf-8")
    docs = scan_docs(FIXTURES / "docs")
    first = _load_in_a_new_build(banks, docs, tmp_path / "cache")
    second = _load_in_a_new_build(banks, docs, tmp_path / "cache")
    assert not first.ok
    assert [error.format() for error in second.errors] == [error.format() for error in first.errors]


# --- whole builds ---------------------------------------------------------------------------------


_BUILD_TIME = re.compile(rb'(git-revision-date-localized-plugin-date" title=")[^"]*"')
"""A page outside git shows the build's own time (to the second) as its last update."""


def _pages(site: Path) -> dict[str, bytes]:
    """Every page of a built site, the build's clock time left out."""
    return {
        path.relative_to(site).as_posix(): _BUILD_TIME.sub(rb"\1", path.read_bytes())
        for path in sorted(site.rglob("*.html"))
    }


@pytest.fixture(scope="module")
def fixture_project(tmp_path_factory):
    """A project folder with its own config, banks and scenarios (its cache is its own)."""
    project = tmp_path_factory.mktemp("cached-project")
    shutil.copytree(FIXTURES / "site-banks", project / "banks")
    (project / "scenarios").mkdir()
    shutil.copy(FIXTURES / "scenarios" / "valid.yml", project / "scenarios" / "valid.yml")
    config = write_config(
        project,
        docs_dir=FIXTURES / "docs",
        banks_dir=project / "banks",
        scenarios_dir=project / "scenarios",
        nav=FIXTURE_NAV,
    )
    return project, config


def test_a_cached_build_writes_the_same_site_as_an_uncached_one(fixture_project, monkeypatch):
    project, config = fixture_project
    monkeypatch.setenv("KB_BUILD_CACHE", "off")
    assert build_site(project / "uncached", config_file=config).ok
    monkeypatch.delenv("KB_BUILD_CACHE")
    cold = build_site(project / "cold", config_file=config)
    assert cold.ok, cold.output
    assert any((project / ".cache" / "kb").iterdir()), "the first build kept its work"
    warm = build_site(project / "warm", config_file=config)
    assert warm.ok, warm.output
    uncached = _pages(project / "uncached")
    assert any("quizzes/" in name for name in uncached) and any("scenarios/" in name for name in uncached)
    assert _pages(project / "warm") == uncached
    assert _pages(project / "cold") == uncached


def test_a_garbled_cache_still_gives_the_same_site(fixture_project):
    project, config = fixture_project
    assert build_site(project / "before", config_file=config).ok
    for entry in (project / ".cache" / "kb").iterdir():
        entry.write_bytes(b"garbled")
    after = build_site(project / "after", config_file=config)
    assert after.ok, after.output
    assert _pages(project / "after") == _pages(project / "before")


def test_an_edited_bank_reaches_the_next_build(fixture_project):
    project, config = fixture_project
    assert build_site(project / "first", config_file=config).ok
    kept_before = {entry.name for entry in (project / ".cache" / "kb").iterdir()}
    bank = project / "banks" / "basics.yml"
    original = bank.read_text(encoding="utf-8")
    bank.write_text(original.replace("客户关系靠什么长期维持？", "客户关系靠什么维持三年以上？"), encoding="utf-8")
    try:
        rebuilt = build_site(project / "second", config_file=config)
    finally:
        bank.write_text(original, encoding="utf-8")
    assert rebuilt.ok, rebuilt.output
    kept_after = {entry.name for entry in (project / ".cache" / "kb").iterdir()}
    assert kept_after != kept_before and len(kept_after) == len(kept_before), "the old bank's entries were pruned"
    page = (project / "second" / "quizzes" / "basics" / "index.html").read_text(encoding="utf-8")
    assert "客户关系靠什么维持三年以上？" in page
    assert "客户关系靠什么长期维持？" not in page


def test_a_later_build_warns_about_the_same_lint_findings(tmp_path):
    nav = [{"首页": "index.md"}, {"专题": ["topics/sample.md", "topics/other.md"]}, {"自测": ["quizzes/index.md"]}]
    config = write_config(tmp_path, docs_dir=FIXTURES / "docs", banks_dir=FIXTURES / "lint" / "cli", nav=nav)
    first = build_site(tmp_path / "first", config_file=config)
    later = build_site(tmp_path / "later", config_file=config)
    assert first.ok and later.ok, later.output
    warnings = [line for line in first.output.splitlines() if "出题提示" in line]
    assert warnings, "the fixture banks have findings"
    assert [line for line in later.output.splitlines() if "出题提示" in line] == warnings
