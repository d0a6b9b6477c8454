"""On a 375 px phone in real Chromium: tables fit the screen, glossary lines stay short.

The limits are CONTRIBUTING.md's: a glossary line (paragraph or list item of a definition)
holds at most 100 characters, which is at most six rendered lines on a 375 px screen.
"""

from __future__ import annotations

import pytest

from tests.support.browser import PHONE
from tests.test_content_layout import GLOSSARY_LINE_LIMIT, built_pages

GLOSSARY_MAX_RENDERED_LINES = 6

CELL_WIDTHS = """() => [...document.querySelectorAll("article td, article th")].map((cell) => ({
  text: cell.innerText.trim().slice(0, 40),
  width: Math.round(cell.getBoundingClientRect().width),
}))"""

GLOSSARY_LINES = """() => [...document.querySelectorAll("article dd > p, article dd > ul > li")].map((line) => {
  const style = getComputedStyle(line);
  const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.6;
  const box = line.getBoundingClientRect();
  return {
    text: line.innerText.trim(),
    lines: Math.round(box.height / lineHeight),
    right: Math.round(box.right),
  };
})"""


@pytest.fixture(scope="module")
def phone(browser):
    context = browser.new_context(viewport=PHONE, color_scheme="light")
    yield context.new_page()
    context.close()


def test_no_table_cell_on_any_page_is_wider_than_a_375px_screen(phone, built_site, site_url):
    too_wide = {}
    for path in built_pages(built_site):
        if b"<table" not in path.read_bytes():
            continue
        page_path = path.parent.relative_to(built_site).as_posix() + "/"
        phone.goto(site_url + page_path.removeprefix("./"))
        cells = phone.evaluate(CELL_WIDTHS)
        wide = [cell for cell in cells if cell["width"] > PHONE["width"]]
        if wide:
            too_wide[page_path] = wide
    assert too_wide == {}


def test_every_glossary_line_fits_the_phone_and_the_documented_limit(phone, site_url):
    phone.goto(site_url + "topics/glossary/")
    lines = phone.evaluate(GLOSSARY_LINES)
    assert len(lines) > 300
    assert [line["text"] for line in lines if len(line["text"]) > GLOSSARY_LINE_LIMIT] == []
    assert [line["text"] for line in lines if line["lines"] > GLOSSARY_MAX_RENDERED_LINES] == []
    assert [line["text"] for line in lines if line["right"] > PHONE["width"]] == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", ["disagreements", "glossary"])
def test_screenshots_of_disagreements_and_glossary_on_a_phone(browser, site_url, artifacts_dir, name, scheme):
    context = browser.new_context(viewport=PHONE, color_scheme=scheme)
    page = context.new_page()
    page.goto(site_url + f"topics/{name}/")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.screenshot(path=str(artifacts_dir / f"content-{name}-phone-{scheme}.png"))
    page.locator("#friendship-side-by-side, #roles-departments").first.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts_dir / f"content-{name}-phone-{scheme}-detail.png"))
    context.close()


def test_the_phone_measures_report_a_wide_cell_and_a_long_glossary_line(phone):
    long_line = "很长的一句释义" * 20
    phone.set_content(
        "<article><table><tr><td>" + "x" * 120 + "</td></tr></table>"
        f"<dl><dt>词</dt><dd><p>{long_line}</p></dd></dl></article>"
    )
    assert [cell["width"] > PHONE["width"] for cell in phone.evaluate(CELL_WIDTHS)] == [True]
    (line,) = phone.evaluate(GLOSSARY_LINES)
    assert len(line["text"]) > GLOSSARY_LINE_LIMIT
    assert line["lines"] > GLOSSARY_MAX_RENDERED_LINES
