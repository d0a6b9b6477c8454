"""What a new hire sees in search results: no false 缺少, highlighted words, no trainers' page, any screen.

Runs Material's own search UI on the built site (served under /kb/, instant navigation on), with
our worker (kb-search.js) in front of Material's.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.support.browser import PHONE
from tests.support.search import search

QUERIES = ["客户不回我微信了怎么办", "跟客户称兄道弟是不是更好签单", "给客户送礼请吃饭到底管不管用", "冷场了不知道聊啥"]
FILLER = {"到底", "怎么办", "是不是", "了", "我", "管不管用", "啥"}


@pytest.fixture(scope="module")
def section_texts(built_site) -> dict[str, str]:
    """Each indexed section's words as plain text (no markup, no jieba word breaks)."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    plain = lambda html: re.sub(r"<[^>]*>", "", html).replace("\u200b", "").lower()  # noqa: E731
    return {doc["location"]: plain(doc["title"] + " " + doc["text"]) for doc in index["docs"]}


def shown_results(page) -> list[dict]:
    """Every result link: its location below the site root, its missing words and its highlight words."""
    return page.evaluate(
        """() => [...document.querySelectorAll("a.md-search-result__link")].map(a => {
          const url = new URL(a.href);
          const root = new URL(__md_scope).pathname;
          return {
            location: url.pathname.slice(root.length) + url.hash,
            missing: [...a.querySelectorAll(".md-search-result__terms del")].map(del => del.textContent),
            highlight: (url.searchParams.get("h") || "").split(" ").filter(Boolean),
          };
        })"""
    )


@pytest.mark.parametrize("query", QUERIES)
def test_no_result_shows_a_word_missing_that_it_contains(search_page, section_texts, query):
    search(search_page, query)
    results = shown_results(search_page)
    assert results
    for result in results:
        text = section_texts[result["location"]]
        assert not [word for word in result["missing"] if word in text], result
        assert not set(result["missing"]) & FILLER, result


@pytest.mark.parametrize("query", QUERIES)
def test_results_highlight_words_the_result_holds_not_filler(search_page, section_texts, query):
    search(search_page, query)
    for result in shown_results(search_page):
        assert all(word in section_texts[result["location"]] for word in result["highlight"]), result
        assert not set(result["highlight"]) & FILLER, result


def test_the_opened_page_marks_the_matched_words_not_single_characters(page, site_url):
    page.goto(site_url)
    search(page, "客户不回我微信了怎么办")
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_selector("mark[data-md-highlight]")
    marked = set(page.locator("mark[data-md-highlight]").all_text_contents())
    assert marked and all(len(word) >= 2 for word in marked), marked


def test_the_trainers_guide_is_not_in_new_hires_results(search_page):
    search(search_page, "培训师怎样出一道好的自测题")
    assert not [result for result in shown_results(search_page) if result["location"].startswith("trainers/")]


def test_search_works_after_instant_navigation_under_the_subpath(page, site_url):
    page.goto(site_url)
    page.locator("a.md-tabs__link, a.md-nav__link", has_text="新人常问").first.click()
    page.wait_for_url("**/kb/faq/")
    results = search(page, "售前不重视我的项目怎么办")
    assert results.pages[0] == "topics/internal-selling/"
    assert page.watch.page_errors == [] and page.watch.console_errors == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_search_answers_on_a_phone(browser, site_url, scheme):
    context = browser.new_context(viewport=PHONE, color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(site_url)
        page.locator("label.md-header__button[for=__search]").click()
        results = search(page, "客户不回我微信了怎么办")
        assert results.pages[0] == "topics/inquiry-followup/"
        assert page.locator(".md-search-result__item").first.is_visible()
    finally:
        context.close()
