"""Each 新人常问 answer links a section that exists, and the disagreements entry when its topic has one."""

from __future__ import annotations

from pathlib import Path

from kb.content.citations import load_topic_sections
from kb.content.faq import answer_problems, disagreement_entries, faq_answers
from kb.content.sections import scan_docs
from tests.support.paths import REPO

DOCS = REPO / "docs"
SITE = Path(__file__).parent / "fixtures" / "content" / "faq-site"


def _problems(docs: Path, faq: str) -> list[str]:
    sections = load_topic_sections(docs / "topics")
    entries = disagreement_entries((docs / "topics" / "disagreements.md").read_text(encoding="utf-8"), sections)
    answers = faq_answers((docs / faq).read_text(encoding="utf-8"))
    return answer_problems(answers, scan_docs(docs), sections, entries)


def test_every_faq_answer_links_an_existing_section_and_the_disagreement_on_its_topic():
    assert _problems(DOCS, "faq.md") == []


def test_the_disagreements_entries_are_the_sections_that_set_sources_side_by_side():
    sections = load_topic_sections(DOCS / "topics")
    entries = disagreement_entries((DOCS / "topics" / "disagreements.md").read_text(encoding="utf-8"), sections)
    assert "friendship-side-by-side" in entries and "push-back" in entries
    assert "common-ground" not in entries and "questions-for-readers" not in entries


def test_a_well_linked_faq_passes():
    assert _problems(SITE, "faq.md") == []


def test_missing_disagreement_link_missing_section_and_missing_link_are_each_reported():
    assert _problems(SITE, "faq-broken.md") == [
        "faq.md:10 “这样做有用吗？”: 链接的 topics/topic.md#disputed 在分歧页上有对照（topics/disagreements.md#entry），"
        "回答要说明资料看法不同并链接它",
        "faq.md:15 “链接的小节不存在？”: 链接的小节 topics/topic.md#no-such-section 不存在",
        "faq.md:15 “链接的小节不存在？”: 回答没有链接任何讲它的小节（page.md#id）",
        "faq.md:20 “没有链接？”: 回答没有链接任何讲它的小节（page.md#id）",
    ]
