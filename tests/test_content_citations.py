"""Every topic section cites source paragraphs; every source paragraph is cited or explained."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

import pytest

from kb.content.checks import paragraph_problems, section_problems
from kb.content.citations import load_source_pages, load_topic_sections, parse_source_page, topic_sections
from tests.support import paths
from tests.support.paths import REPO

DOCS = REPO / "docs"
FIXTURES = paths.FIXTURES / "content"
SEEDS = {
    "000-chat-tips.md": "000_1beae9b1cdca5c5c.txt",
    "001-relationship-basics.md": "001_78485e7b7e4ee3f6.txt",
    "002-next-step.md": "002_4edad2eef34789ab.txt",
    "003-inquiry-followup.md": "003_f0b3a3c648091321.txt",
    "004-not-friends.md": "004_026945a4c2a8dcfc.txt",
}


@pytest.fixture(scope="module")
def sources():
    return load_source_pages(DOCS / "sources")


@pytest.fixture(scope="module")
def sections():
    return load_topic_sections(DOCS / "topics")


def test_there_is_one_source_page_per_seed(sources):
    assert sorted(sources) == sorted(SEEDS)


def test_every_topic_section_cites_existing_source_paragraphs(sections, sources):
    assert len(sections) > 40
    assert section_problems(sections, sources) == []


def test_every_source_paragraph_is_cited_or_listed_as_unused_with_a_reason(sections, sources):
    assert paragraph_problems(sections, sources) == []


def test_the_checks_report_a_section_without_citation_and_a_dangling_paragraph():
    fixture_sources = {"001-example.md": parse_source_page((FIXTURES / "001-example.md").read_text(), "001-example.md")}
    fixture_sections = topic_sections((FIXTURES / "topic-with-gaps.md").read_text(), "topics/topic-with-gaps.md")
    problems = section_problems(fixture_sections, fixture_sources)
    assert problems == [
        "topics/topic-with-gaps.md:10 “没有出处的小节”: 没有出处行（{: .kb-cite }）或出处行里没有段落链接",
        "topics/topic-with-gaps.md:14 “引用了不存在段落的小节”: 引用了 001-example.md 不存在的段落 ¶9",
        "topics/topic-with-gaps.md:14 “引用了不存在段落的小节”: “001 ¶1”链接到 #p2，应链接到起始段 #p1",
    ]


def test_the_checks_report_a_paragraph_nobody_cites_or_explains():
    fixture_sources = {"001-example.md": parse_source_page((FIXTURES / "001-example.md").read_text(), "001-example.md")}
    fixture_sections = topic_sections((FIXTURES / "topic-with-gaps.md").read_text(), "topics/topic-with-gaps.md")
    assert paragraph_problems(fixture_sections, fixture_sources) == [
        "sources/001-example.md: ¶4 没有被任何专题小节引用，也没有列为未使用",
    ]


def _cjk(text: str) -> str:
    return "".join(re.findall(r"[\u4e00-\u9fff]", text))


def _source_text(markdown: str) -> str:
    """Only the numbered paragraphs of a source page (not its intro or correction tables)."""
    return "".join(line for line in markdown.splitlines() if line.startswith("**¶"))


@pytest.mark.parametrize("page", sorted(SEEDS))
def test_source_page_keeps_the_seed_text(page):
    seed = (REPO / "seeds" / SEEDS[page]).read_text(encoding="utf-8")
    if page.startswith("004"):
        seed = seed[: len(seed) // 2 + 40]  # the seed holds its text twice (a scraping artifact)
    kept = _cjk(_source_text((DOCS / "sources" / page).read_text(encoding="utf-8")))
    original = _cjk(seed)
    matcher = SequenceMatcher(None, original, kept, autojunk=False)
    shared = sum(block.size for block in matcher.get_matching_blocks())
    # Transcripts lose filler words (啊、呢、对吧) and gain corrections; nothing else may go.
    assert shared / len(original) > 0.9
    assert shared / len(kept) > 0.97


def test_004_drops_its_duplicate_copy_and_stray_first_line():
    page = (DOCS / "sources" / "004-not-friends.md").read_text(encoding="utf-8")
    assert "论文部分内容阅读" not in _source_text(page)
    assert _source_text(page).count("我的原则是") == 1


def test_000_renders_its_bold_markers_as_bold():
    page = (DOCS / "sources" / "000-chat-tips.md").read_text(encoding="utf-8")
    assert "****" not in page
    assert "**1、注意聊天的内容：**" in page


# Compliance notes are checked passage by passage in test_content_compliance.py.


@pytest.mark.parametrize("path", sorted((DOCS / "topics").glob("*.md")), ids=lambda path: path.name)
def test_topic_page_has_page_sources_and_a_summary(path):
    text = path.read_text(encoding="utf-8")
    assert "{: .kb-page-sources }" in text
    assert '!!! abstract "要点"' in text
