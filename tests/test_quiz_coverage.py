"""Every `##` section of every topic page is cited by at least one quiz item."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kb.content.sections import scan_docs
from kb.quiz.catalog import bank_paths, load_catalog
from kb.quiz.coverage import REFERENCE_PAGES, section_coverage, uncovered_sections
from kb.quiz.selfcheck import SelfCheckLink, add_self_check_links
from kb.quiz.types import ItemKind
from tests.support.paths import FIXTURES, REPO


@pytest.fixture(scope="module")
def real():
    docs = scan_docs(REPO / "docs")
    catalog = load_catalog(bank_paths(REPO / "quizzes"), docs)
    assert catalog.errors == []
    return docs, catalog


def describe(sections) -> list[str]:
    return [f"{section.page}#{section.anchor}（{section.title}）" for section in sections]


def test_every_topic_section_has_at_least_one_item(real):
    docs, catalog = real
    assert describe(uncovered_sections(section_coverage(catalog.banks, docs))) == []


def test_the_banks_hold_at_least_80_items_of_all_three_kinds(real):
    _, catalog = real
    items = [item for bank in catalog.banks for item in bank.items]
    assert len(items) >= 80
    # The three choice kinds carry most teaching; ordering, matching and fill-in are used where the
    # material has a procedure, a mapping or a key term (issue 26), not to fill a quota.
    assert {ItemKind.SINGLE, ItemKind.MULTIPLE, ItemKind.TRUE_FALSE} <= {item.kind for item in items}


def test_every_topic_page_has_a_bank(real):
    docs, catalog = real
    topic_pages = {page for page in docs.pages if page.startswith("topics/") and page not in REFERENCE_PAGES}
    cited_pages = {item.citation.page for bank in catalog.banks for item in bank.items}
    assert sorted(topic_pages - cited_pages) == []


def test_removing_a_sections_only_item_makes_the_coverage_check_fail(real):
    docs, catalog = real
    coverage = section_coverage(catalog.banks, docs)
    lonely = next(entry for entry in coverage if len(entry.items) == 1)
    only_item = lonely.items[0]
    banks = [replace(bank, items=tuple(i for i in bank.items if i.id != only_item.id)) for bank in catalog.banks]
    before = uncovered_sections(coverage)
    after = uncovered_sections(section_coverage(banks, docs))
    assert [section for section in after if section not in before] == [lonely.section]


def test_the_fixture_site_reports_its_uncovered_section():
    docs = scan_docs(FIXTURES / "docs")
    catalog = load_catalog(bank_paths(FIXTURES / "site-banks")[:2], docs)  # basics + shuffled
    assert describe(uncovered_sections(section_coverage(catalog.banks, docs))) == ["topics/other.md#gamma（另一节）"]


def test_an_item_citing_a_subsection_counts_for_its_section():
    docs = scan_docs(FIXTURES / "docs")
    page = "topics/sample.md"
    docs.pages[page]["alpha-detail"] = replace(docs.pages[page]["alpha"], anchor="alpha-detail", level=3, line=4)
    catalog = load_catalog([FIXTURES / "site-banks" / "basics.yml"], docs)
    item = replace(
        catalog.banks[0].items[1], citation=replace(catalog.banks[0].items[1].citation, anchor="alpha-detail")
    )
    bank = replace(catalog.banks[0], items=(item,))
    counts = {
        entry.section.anchor: len(entry.items) for entry in section_coverage([bank], docs) if entry.section.page == page
    }
    assert counts == {"alpha": 1, "beta": 0}


def test_self_check_links_come_after_the_last_paragraph_of_their_section():
    markdown = (
        "# 页\n\n## 甲 {#a}\n\n出处：…\n{: .kb-cite }\n\n正文甲。\n\n### 小节\n\n还是甲。\n\n## 乙 {#b}\n\n正文乙。\n"
    )
    links = {"a": SelfCheckLink("quizzes/x.md#item-x-01", 2), "b": SelfCheckLink("quizzes/x.md#item-x-03", 1)}
    result = add_self_check_links(markdown, "topics/p.md", links)
    assert result == (
        "# 页\n\n## 甲 {#a}\n\n出处：…\n{: .kb-cite }\n\n正文甲。\n\n### 小节\n\n还是甲。\n\n"
        '<p class="kb-selfcheck"><a href="../../quizzes/x/#item-x-01">本节自测（2 题）</a></p>\n\n'
        "## 乙 {#b}\n\n正文乙。\n\n"
        '<p class="kb-selfcheck"><a href="../../quizzes/x/#item-x-03">本节自测（1 题）</a></p>\n'
    )


@pytest.mark.parametrize(
    ("numbers", "label"),
    [((2, 3), "本节自测（2 题：第 2–3 题）"), ((2, 5), "本节自测（2 题：第 2、5 题）"), ((), "本节自测（2 题）")],
)
def test_a_self_check_link_says_which_items_of_the_quiz_are_the_sections(numbers, label):
    links = {"a": SelfCheckLink("quizzes/x.md#item-x-02", 2, numbers)}
    assert f">{label}</a>" in add_self_check_links("## 甲 {#a}\n\n正文。\n", "topics/p.md", links)
