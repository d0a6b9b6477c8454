"""Text in quotation marks (topic pages, 新人常问, source pages' notes) is what its sources say, or says it was tidied."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.content.attribution import SectionSources, load_section_sources
from kb.content.quotes import Attribution, normalise, page_quotations, quotation_problems, source_text
from tests.support import paths
from tests.support.paths import REPO

DOCS = REPO / "docs"
FIXTURES = paths.FIXTURES / "content" / "quotes"
FAQ_SITE = Path(__file__).parent / "fixtures" / "content" / "faq-site"
POINTING_PAGES = ["faq.md", "index.md", "sources/index.md"]
"""Pages that cite no source themselves but point at topic sections (新人常问, the home page, …)."""
SOURCE_PAGES = sorted((DOCS / "sources").glob("[0-9][0-9][0-9]-*.md"))


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sources() -> dict[str, str]:
    return {path.name[:3]: source_text(_read(path)) for path in (DOCS / "sources").glob("[0-9][0-9][0-9]-*.md")}


@pytest.fixture(scope="module")
def seeds() -> dict[str, str]:
    return {path.name[:3]: normalise(_read(path)) for path in (REPO / "seeds").glob("[0-9][0-9][0-9]_*.txt")}


@pytest.mark.parametrize("path", sorted((DOCS / "topics").glob("*.md")), ids=lambda path: path.name)
def test_every_quotation_on_a_topic_page_is_in_its_source_or_labelled_as_tidied(path, sources, seeds):
    quotations = page_quotations(_read(path), f"topics/{path.name}")
    assert quotation_problems(quotations, sources, seeds) == []


@pytest.fixture(scope="module")
def topic_sections() -> SectionSources:
    return load_section_sources(DOCS / "topics")


@pytest.mark.parametrize("page", POINTING_PAGES)
def test_every_quotation_on_a_page_pointing_at_topics_is_in_the_sources_of_the_sections_it_links(
    page, sources, seeds, topic_sections
):
    attribution = Attribution(sections=topic_sections, subsections=True)
    quotations = page_quotations(_read(DOCS / page), page, attribution)
    assert quotation_problems(quotations, sources, seeds) == []


def test_the_faq_check_sees_the_faq_quotations():
    attribution = Attribution(sections=load_section_sources(DOCS / "topics"), subsections=True)
    assert len(page_quotations(_read(DOCS / "faq.md"), "faq.md", attribution)) >= 10


@pytest.mark.parametrize("path", SOURCE_PAGES, ids=lambda path: path.name)
def test_every_quotation_in_a_source_pages_editors_notes_is_in_that_source(path, sources, seeds):
    attribution = Attribution(own=frozenset({path.name[:3]}), notes_only=True)
    quotations = page_quotations(_read(path), f"sources/{path.name}", attribution)
    assert quotation_problems(quotations, sources, seeds) == []


def _faq_fixture_problems(faq: str) -> list[str]:
    attribution = Attribution(sections=load_section_sources(FAQ_SITE / "topics"), subsections=True)
    quotations = page_quotations(_read(FAQ_SITE / faq), "faq.md", attribution)
    sources = {"001": source_text(_read(FAQ_SITE / "sources" / "001-example.md"))}
    return quotation_problems(quotations, sources)


def test_a_misquote_on_the_faq_is_reported_against_the_sources_of_the_section_its_answer_links():
    assert _faq_fixture_problems("faq-broken.md") == [
        "faq.md:7: “客户总是对的”在所引原文（001）里找不到；照原文逐字引用，或在同一段加“（据原文整理）”，或去掉引号"
    ]


def test_faq_quotations_from_a_linked_section_and_its_subsection_pass():
    assert _faq_fixture_problems("faq.md") == []


def _fixture_problems() -> list[str]:
    quotations = page_quotations(_read(FIXTURES / "topic.md"), "topic.md")
    sources = {"001": source_text(_read(FIXTURES / "001-example.md"))}
    seeds = {"001": normalise(_read(FIXTURES / "001-seed.txt"))}
    return quotation_problems(quotations, sources, seeds)


def test_an_edited_quotation_without_label_is_reported_with_its_line():
    problems = _fixture_problems()
    assert problems[0] == (
        "topic.md:18: “客户总是对的”在所引原文（001）里找不到；照原文逐字引用，或在同一段加“（据原文整理）”，或去掉引号"
    )


def test_a_quotation_in_a_section_that_links_no_source_is_reported():
    assert _fixture_problems()[1:] == ["topic.md:43: “客户永远是对的”所在的小节没有链接任何原文，无从核对"]


def test_verbatim_ellipsis_labelled_blockquote_note_and_raw_transcript_quotations_pass():
    problems = "\n".join(_fixture_problems())
    for line in ("topic.md:11:", "topic.md:25:", "topic.md:29:", "topic.md:32:", "topic.md:39:"):
        assert line not in problems


def test_normalise_ignores_spacing_punctuation_and_full_width_forms():
    assert normalise("“48 小时之内，你把这两本书翻一翻！”") == normalise("48小时之内你把这两本书翻一翻")
    assert normalise("ＰａａＳ") == "PaaS"
