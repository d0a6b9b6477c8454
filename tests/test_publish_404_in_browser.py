"""The 404 page as GitHub Pages shows it: at any missing address deep under the project subpath."""

from __future__ import annotations

import pytest

MISSING = "no/such/page/"


@pytest.fixture
def missing_page(page, site_server):
    """A page opened at a missing address, answered with the built 404.html and status 404."""
    body = (site_server.site_dir / "404.html").read_text(encoding="utf-8")
    url = site_server.url + MISSING
    page.route(url, lambda route: route.fulfill(status=404, content_type="text/html; charset=utf-8", body=body))
    page.goto(url, wait_until="networkidle")
    return page


def test_a_missing_address_says_so_in_chinese(missing_page):
    assert missing_page.locator("h1").inner_text() == "没有找到这个页面（404）"
    assert missing_page.locator("html").get_attribute("lang") == "zh-CN"  # theme.language zh-CN (issue 31, D23)


def test_the_404_page_loads_its_styles_and_scripts_from_the_subpath(missing_page):
    # Material's stylesheet applied: the search button is styled as a button, not plain text.
    button = missing_page.get_by_text("搜索知识库")
    assert button.evaluate("node => getComputedStyle(node).display") == "inline-block"
    assert missing_page.watch.page_errors == []
    assert missing_page.watch.foreign_requests() == []


def test_the_search_button_on_the_404_page_opens_a_working_search(missing_page):
    missing_page.get_by_text("搜索知识库").click()
    box = missing_page.locator("input.md-search__input")
    box.wait_for(state="visible")
    box.fill("询价")
    box.press("End")  # Material reads the query on keyup
    results = missing_page.locator(".md-search-result__item > a")
    results.first.wait_for(timeout=10_000)
    assert results.count() > 0


def test_the_way_home_from_the_404_page_leads_to_the_home_page(missing_page, site_server):
    missing_page.get_by_role("link", name="回到首页").click()
    missing_page.wait_for_url(site_server.url)
    assert missing_page.title().startswith("销售新人知识库")
