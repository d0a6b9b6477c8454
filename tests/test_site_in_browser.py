"""The built site in real headless Chromium, served under a subpath like a GitHub Pages project."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.browser import DESKTOP, PHONE, SCREENS, watch_page


def built_page_paths(site_dir: Path) -> list[str]:
    """Every HTML page of the built site, as a path relative to the site root."""
    pages = []
    for html in sorted(site_dir.rglob("*.html")):
        relative = html.relative_to(site_dir).as_posix()
        pages.append(relative.removesuffix("index.html"))
    return pages


def horizontal_overflow(page) -> int:
    """How many CSS pixels the document is wider than the viewport (0 when it fits)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def test_home_page_renders_its_title(page, site_url):
    page.goto(site_url)
    assert page.title().startswith("销售新人知识库")
    heading = page.locator("article h1").first.inner_text()
    assert heading.removesuffix("¶") == "销售新人知识库"


def test_palette_toggle_switches_to_dark_and_back(page, site_url):
    page.goto(site_url)
    body = page.locator("body")
    assert body.get_attribute("data-md-color-scheme") == "default"
    page.get_by_title("切换到深色模式").click()
    assert body.get_attribute("data-md-color-scheme") == "slate"
    page.get_by_title("切换到浅色模式").click()
    assert body.get_attribute("data-md-color-scheme") == "default"


def test_palette_toggle_works_from_the_keyboard(page, site_url):
    page.goto(site_url)
    page.locator("form[data-md-component=palette] input").first.focus()
    page.keyboard.press("Enter")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    page.keyboard.press("Enter")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "default"


def test_every_page_fits_a_phone_width_without_horizontal_scrolling(browser, built_site, site_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    overflowing = {}
    for path in built_page_paths(built_site):
        page.goto(site_url + path)
        overflow = horizontal_overflow(page)
        if overflow > 0:
            overflowing[path] = overflow
    context.close()
    assert overflowing == {}


def test_every_page_requests_nothing_but_its_own_host(browser, built_site, site_url):
    context = browser.new_context(viewport=DESKTOP)
    foreign = {}
    for path in built_page_paths(built_site):
        page = context.new_page()
        watch = watch_page(page)
        page.goto(site_url + path, wait_until="networkidle")
        if watch.foreign_requests():
            foreign[path] = watch.foreign_requests()
        page.close()
    context.close()
    assert foreign == {}
    assert built_page_paths(built_site), "the site has no pages at all"


def search(page, query: str) -> list[str]:
    """Type a query into Material's search box and return the result links' hrefs."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")  # Material reads the query on keyup
    results = page.locator(".md-search-result__item > a")
    results.first.wait_for(timeout=10_000)
    return [results.nth(i).get_attribute("href") for i in range(results.count())]


def test_searching_a_chinese_word_on_the_home_page_finds_the_home_page(page, site_url):
    page.goto(site_url)
    hrefs = search(page, "学习路径")
    assert hrefs, "no search results"
    first = page.evaluate("href => new URL(href, location.href).pathname", hrefs[0])
    assert first == "/kb/"


@pytest.mark.parametrize(("viewport", "scheme"), list(SCREENS.values()), ids=list(SCREENS))
@pytest.mark.parametrize(
    ("path", "name"), [("", "home"), ("topics/internal-selling/", "topic"), ("sources/002-next-step/#p10", "source")]
)
def test_screenshots_in_both_schemes(browser, site_url, artifacts_dir, viewport, scheme, path, name):
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    page.goto(site_url + path)
    expected = "slate" if scheme == "dark" else "default"
    assert page.locator("body").get_attribute("data-md-color-scheme") == expected
    device = "phone" if viewport is PHONE else "desktop"
    page.screenshot(path=str(artifacts_dir / f"{name}-{device}-{scheme}.png"), full_page=name != "source")
    context.close()
