"""An editor's rule (policies, approvals, compliance) is never written as if a source said it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.content.voice import page_paragraphs, unmarked_rules
from tests.support import paths
from tests.support.paths import REPO

DOCS = REPO / "docs"
FIXTURES = paths.FIXTURES / "content" / "voice"
PAGES = [DOCS / "faq.md", *sorted((DOCS / "topics").glob("*.md"))]


def _problems(path: Path, page: str) -> list[str]:
    return unmarked_rules(page_paragraphs(path.read_text(encoding="utf-8"), page))


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.name)
def test_every_rule_on_the_faq_and_topic_pages_is_marked_as_the_editors(path):
    assert _problems(path, path.relative_to(DOCS).as_posix()) == []


def test_a_rule_in_a_paragraph_a_list_item_and_a_card_without_a_marker_is_reported_with_its_line():
    assert _problems(FIXTURES / "unmarked.md", "unmarked.md") == [
        "unmarked.md:10: 讲到“报批、政策”，是编者的话却像原文的说法；放进编者注（!!! editor），或在这一段写明“编者提醒：”",
        "unmarked.md:13: 讲到“审批”，是编者的话却像原文的说法；放进编者注（!!! editor），或在这一段写明“编者提醒：”",
        "unmarked.md:21: 讲到“合规”，是编者的话却像原文的说法；放进编者注（!!! editor），或在这一段写明“编者提醒：”",
    ]


def test_editor_marks_notes_boxes_titled_by_the_editor_links_glossary_rows_and_policy_resources_pass():
    assert _problems(FIXTURES / "marked.md", "marked.md") == []


def test_an_faq_answer_giving_a_rule_in_the_sources_voice_is_reported():
    problems = _problems(FIXTURES.parent / "faq-site" / "faq-broken.md", "faq.md")
    assert problems == [
        "faq.md:12: 讲到“报批、政策”，是编者的话却像原文的说法；放进编者注（!!! editor），或在这一段写明“编者提醒：”"
    ]
