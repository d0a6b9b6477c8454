"""Every page carries a Content-Security-Policy, and every feature works under it with zero violations.

The policy allows scripts from the site and the page's own inline scripts (hashed at build time),
nothing inline otherwise and nothing from another host. The browser reports each refusal as a
``securitypolicyviolation`` event and a console error; both are collected across the features.
"""

from __future__ import annotations

import pytest

from kb.content.csp import inline_script_hashes, policy, with_policy
from tests.support.ready import open_page

RECORD_VIOLATIONS = """
window.__kbViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__kbViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
"""


@pytest.fixture
def csp_page(page):
    page.add_init_script(RECORD_VIOLATIONS)
    return page


def violations(page) -> list[str]:
    found = page.evaluate("window.__kbViolations || []")
    return found + [text for text in page.watch.console_errors if "Content Security Policy" in text]


def test_every_built_page_has_the_policy_first_in_its_head(built_site):
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 40
    for path in pages:
        html = path.read_text(encoding="utf-8")
        head = html.split("<head>", 1)[1].lstrip()
        assert head.startswith('<meta http-equiv="Content-Security-Policy"'), path
        assert "script-src 'self' 'sha256-" in html, path
        assert "http" not in policy(html), "no other host is allowed"


def test_only_inline_scripts_that_run_are_hashed_and_an_injected_one_is_not():
    page = (
        '<html><head><script>a()</script><script type="application/json">{}</script>'
        '<script src="x.js"></script><script type="module">b()</script><script>a()</script></head></html>'
    )
    assert len(inline_script_hashes(page)) == 2
    injected = with_policy(page).replace("</head>", "<script>document.title='x'</script></head>")
    assert len(inline_script_hashes(injected)) == 3
    assert inline_script_hashes(injected)[2] not in with_policy(page)


def test_answering_a_quiz_item_and_navigating_raise_no_violation(csp_page, site_url):
    page = csp_page
    open_page(page, site_url + "quizzes/chatting/")
    item = page.locator("[data-kb-item]").first
    item.locator("input").first.check()
    item.locator("[data-kb-action=check]").click()
    page.wait_for_selector("[data-kb-verdict]:not(:empty)")
    page.locator("[data-kb-action=submit-all]").click()
    page.locator("a[href*='topics/']:visible").first.click()  # instant navigation
    page.wait_for_load_state("load")
    assert violations(page) == []


def test_playing_a_scenario_raises_no_violation(csp_page, site_url):
    page = csp_page
    open_page(page, site_url + "scenarios/inquiry-went-quiet/")
    page.locator("[data-kb-log] [data-kb-scenario-choose]").first.click()
    page.wait_for_selector(".kb-turn--feedback")
    assert violations(page) == []


@pytest.mark.parametrize("path", ["quizzes/review/", "quizzes/today/", "quizzes/", ""])
def test_the_review_pages_and_the_home_page_raise_no_violation(csp_page, site_url, path):
    open_page(csp_page, site_url + path)
    csp_page.wait_for_load_state("networkidle")
    assert violations(csp_page) == []


def test_searching_and_switching_the_palette_raise_no_violation(csp_page, site_url):
    page = csp_page
    open_page(page, site_url)
    box = page.locator("input.md-search__input")
    box.click()
    meta = "document.querySelector('.md-search-result__meta').textContent"
    page.wait_for_function(f"() => /键入/.test({meta})", timeout=15_000)
    box.fill("询价")
    box.press("End")
    page.wait_for_function(f"() => /结果/.test({meta})", timeout=15_000)
    assert page.locator(".md-search-result__item").count() > 0
    page.keyboard.press("Escape")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    assert violations(page) == []


def test_the_tests_can_still_switch_off_transitions_under_the_policy(csp_page, site_url):
    from tests.support.ready import without_transitions

    open_page(csp_page, site_url)
    without_transitions(csp_page)
    duration = csp_page.evaluate("getComputedStyle(document.querySelector('.md-header')).transitionDuration")
    assert set(duration.replace(" ", "").split(",")) == {"0s"}
    assert violations(csp_page) == []
