"""The search index and the search worker's scripts wait until the learner first reaches for search.

Material asks for the search index (about 110 KB gzip) as every page loads, and its worker builds
the index straight away; overrides/main.html holds that request until the search box is focused
(or opened, or the address asks for highlighting), and kb-search.js loads Material's worker and
our query code with the first message (issue 32). Served under the /kb/ subpath, with instant
navigation, as the site is published.
"""

from __future__ import annotations

import re

from tests.support.search import search, settle_after_navigation

INDEX = "search/search_index.json"
WORKER_SCRIPTS = re.compile(r"/assets/javascripts/workers/(kb-search-query\.js|search\.[0-9a-f]+\.min\.js)")


def watch_requests(page) -> list[str]:
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    return seen


def index_requests(seen: list[str]) -> list[str]:
    return [url for url in seen if url.endswith(INDEX)]


def test_a_cold_page_load_fetches_no_search_index_until_a_query_is_typed(page, site_url):
    seen = watch_requests(page)
    page.goto(site_url + "topics/chatting/")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    assert index_requests(seen) == [], "the index was fetched before anyone searched"
    assert not [url for url in seen if WORKER_SCRIPTS.search(url)], (
        "the worker loaded Material's search before a search"
    )
    results = search(page, "客户不回消息了怎么办")
    assert "topics/inquiry-followup/" in results.pages[:3], results.pages
    assert index_requests(seen) == [site_url + INDEX], "fetched once, under the site's subpath"
    assert page.watch.page_errors == []


def mark_shown_article(page) -> None:
    page.evaluate("document.querySelector('article').setAttribute('data-test-shown-before', '')")


def wait_for_swap(page) -> None:
    """Until instant navigation has put the new page in: the address changes first, and Material
    closes the search when the new page comes in, so searching before that reads a closing list."""
    page.wait_for_function(
        "() => document.querySelector('article') && !document.querySelector('[data-test-shown-before]')"
    )


def test_search_works_after_instant_navigation_and_on_the_page_a_result_leads_to(page, site_url):
    seen = watch_requests(page)
    page.goto(site_url)
    # Material intercepts a link only once its sitemap has arrived (until then a click is an ordinary
    # page load, as for any reader who clicks that fast); wait for it as a reader's pause would.
    page.wait_for_load_state("networkidle")
    page.evaluate("window.__sameDocument = true")
    mark_shown_article(page)
    page.evaluate(
        "url => [...document.querySelectorAll('a[href]')].find((a) => a.href === url).click()",
        site_url + "topics/chatting/",
    )
    page.wait_for_function("url => location.href === url", arg=site_url + "topics/chatting/")
    wait_for_swap(page)
    settle_after_navigation(page)
    assert index_requests(seen) == []
    assert "topics/customer-boundary/" in search(page, "要不要和客户做朋友").pages[:3]
    page.locator(".md-search-result__item > a").first.click()  # a result: instant navigation again
    page.wait_for_function("() => !location.pathname.endsWith('/topics/chatting/')")
    settle_after_navigation(page)
    assert "topics/inquiry-followup/" in search(page, "客户不回消息了怎么办").pages[:3]
    assert page.evaluate("window.__sameDocument === true"), "navigation reloaded the page instead of swapping it"
    assert len(index_requests(seen)) == 1
    assert page.watch.page_errors == []


def test_a_result_link_opened_directly_still_highlights_the_words_searched(page, site_url):
    seen = watch_requests(page)
    page.goto(site_url + "topics/chatting/?h=客户")
    page.wait_for_selector("article mark", state="attached", timeout=10_000)
    assert len(index_requests(seen)) == 1
