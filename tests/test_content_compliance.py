"""Every passage about gifts, entertainment, hidden orders, secret meetings… links its compliance note."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kb.content.compliance import (
    COMPLIANCE_TOPICS,
    banner_problems,
    glossary_passages,
    passage_problems,
    source_passages,
    topic_passages,
)
from tests.support.paths import REPO

DOCS = REPO / "docs"
OLD = Path(__file__).parent / "fixtures" / "content" / "old"
NOT_TOPIC_PASSAGES = {"glossary.md", "compliance.md"}
TOPIC_PAGES = sorted(p for p in (DOCS / "topics").glob("*.md") if p.name not in NOT_TOPIC_PASSAGES)
SOURCE_PAGES = sorted((DOCS / "sources").glob("[0-9][0-9][0-9]-*.md"))


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", TOPIC_PAGES, ids=lambda path: path.name)
def test_topic_passage_touching_a_practice_has_a_note_linking_its_compliance_section(path):
    assert passage_problems(topic_passages(_read(path), f"topics/{path.name}")) == []


def test_glossary_entry_touching_a_practice_links_its_compliance_section():
    assert passage_problems(glossary_passages(_read(DOCS / "topics" / "glossary.md"), "topics/glossary.md")) == []


@pytest.mark.parametrize("path", SOURCE_PAGES, ids=lambda path: path.name)
def test_sensitive_source_paragraph_is_marked_in_place_with_a_note(path):
    assert passage_problems(source_passages(_read(path), f"sources/{path.name}")) == []


@pytest.mark.parametrize("path", SOURCE_PAGES, ids=lambda path: path.name)
def test_source_page_banner_lists_its_sensitive_paragraphs_and_links_compliance_and_topics(path):
    assert banner_problems(_read(path), f"sources/{path.name}") == []


def test_compliance_page_has_a_section_for_every_practice_the_checks_look_for():
    ids = set(re.findall(r"^## .*\{#([a-z-]+)\}", _read(DOCS / "topics" / "compliance.md"), re.M))
    assert set(COMPLIANCE_TOPICS) <= ids


def test_old_next_step_page_is_caught_for_the_secret_meeting_without_a_note():
    problems = passage_problems(topic_passages(_read(OLD / "next-step.md"), "topics/next-step.md"))
    assert any("拜访之前，先想清楚要客户做什么" in p and "compliance.md#covert-meetings" in p for p in problems)


def test_old_002_source_page_is_caught_without_banner_and_without_a_note_on_paragraph_6():
    old = _read(OLD / "002-next-step.md")
    assert banner_problems(old, "sources/002-next-step.md")[0].startswith("sources/002-next-step.md: 没有页首的编者注")
    problems = passage_problems(source_passages(old, "sources/002-next-step.md"))
    assert any(p.startswith("sources/002-next-step.md:") and "¶6" in p and "covert-meetings" in p for p in problems)


def test_old_glossary_is_caught_for_the_dinner_with_the_channel_partner():
    problems = passage_problems(glossary_passages(_read(OLD / "glossary.md"), "topics/glossary.md"))
    assert any("渠道商、生态伙伴" in p and "meals-entertainment" in p for p in problems)
