"""A page loads the bundle's files, never the ES module sources, and asks for them all at once.

The head names every bundle file the page runs: the entry and its chunks (modulepreload) and the
parts the page holds (module scripts), so the browser never finds a level of imports only after
the level above arrived. A topic page holds no part: it loads the small entry (and the visit it records) alone. A preloaded
file that the page does not run would be downloaded for nothing.
"""

from __future__ import annotations

import re

import pytest

from kb.browser_bundle import DIST_DIR, read_manifest
from tests.support.paths import REPO as REPO_ROOT
from tests.support.ready import open_page

PAGES = ["quizzes/compliance/", "topics/chatting/", "quizzes/review/", "quizzes/", "", "scenarios/first-visit/"]
OUR_SCRIPT = re.compile(r"/assets/kb[^/]*/.+\.js$")
HEAD_FILES = """() => [
  ...[...document.querySelectorAll('link[rel="modulepreload"]')].map((link) => link.href),
  ...[...document.querySelectorAll('head script[type="module"]')].map((script) => script.src),
]"""


def loaded_scripts(page, url: str) -> list[str]:
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url) if OUR_SCRIPT.search(request.url) else None)
    open_page(page, url)
    page.wait_for_load_state("networkidle")
    return sorted(set(seen))


@pytest.mark.parametrize("path", PAGES)
def test_the_bundle_files_a_page_runs_are_exactly_the_ones_its_head_names(page, site_url, path):
    loaded = loaded_scripts(page, site_url + path)
    named = sorted(set(page.evaluate(HEAD_FILES)))
    assert named, "the page head names the bundle entry"
    assert loaded == named
    assert all(url.startswith(site_url + "assets/kb-dist/") for url in loaded), "the bundle, under the site's subpath"


def test_a_topic_page_loads_only_the_small_entry_and_its_chunks(page, site_url):
    manifest = read_manifest(REPO_ROOT / DIST_DIR)
    entry = manifest["kb.js"]  # offline reading (on by default) is inside it
    names = (entry.file, *entry.imports)
    expected = sorted({f"{site_url}assets/kb-dist/{name}" for name in names})
    assert loaded_scripts(page, site_url + "topics/chatting/") == expected


def test_instant_navigation_from_a_topic_page_fetches_the_quiz_engine_and_mounts_the_quiz(page, site_url):
    open_page(page, site_url + "topics/chatting/")
    page.evaluate("window.__sameDocument = true")
    page.locator('.kb-selfcheck a[href*="quizzes/"]').first.click()  # an instant-navigation swap to a quiz
    page.wait_for_selector("[data-kb-quiz][data-kb-ready=true]")
    assert page.evaluate("window.__sameDocument === true"), "navigation reloaded the page instead of swapping it"
    assert page.watch.page_errors == []
    open_page(page, site_url + "scenarios/first-visit/")
    assert page.evaluate(PART_SHEETS) == ["quiz.css", "types.css", "scenario.css"]


QUIZ_STYLES = """() => [...document.querySelectorAll('link[rel="stylesheet"]')]
  .filter((link) => /\\/assets\\/kb-dist\\/(quiz|types)\\.css$/.test(link.href) && link.sheet)
  .map((link) => link.href.split("/").pop()).sort()"""
"""The quiz engine's style sheets the page has linked and loaded."""


def test_a_topic_page_goes_without_the_quiz_styles_and_a_quiz_reached_from_it_gets_them(page, site_url):
    open_page(page, site_url + "topics/chatting/")
    assert page.evaluate(QUIZ_STYLES) == []
    page.evaluate("window.__sameDocument = true")
    page.locator('.kb-selfcheck a[href*="quizzes/"]').first.click()  # instant navigation to a quiz page
    page.wait_for_selector("[data-kb-quiz][data-kb-ready=true]")
    assert page.evaluate("window.__sameDocument === true"), "navigation reloaded the page instead of swapping it"
    page.wait_for_function(f"({QUIZ_STYLES})().length === 2")
    announce = page.locator("[data-kb-announce]").first
    assert announce.evaluate("(element) => getComputedStyle(element).position") == "absolute", "quiz.css applies"
    open_page(page, site_url + "quizzes/compliance/")
    assert page.evaluate(QUIZ_STYLES) == ["quiz.css", "types.css"], "a quiz page opened directly links them in its head"


PART_SHEETS = """() => [...document.querySelectorAll('link[rel="stylesheet"]')]
  .filter((link) => /\\/assets\\/kb-dist\\/(quiz|types|scenario|report)\\.css$/.test(link.href) && link.sheet)
  .map((link) => link.href.split("/").pop())"""
"""The part style sheets the page has linked and loaded, in the head's order."""


def test_a_quiz_page_loads_neither_the_overview_part_nor_the_scenario_and_report_styles(page, site_url):
    scripts = loaded_scripts(page, site_url + "quizzes/compliance/")
    manifest = read_manifest(REPO_ROOT / DIST_DIR)
    assert site_url + "assets/kb-dist/" + manifest["overview.js"].file not in scripts
    assert page.evaluate(PART_SHEETS) == ["quiz.css", "types.css"]


def test_a_scenario_reached_by_instant_navigation_gets_its_styles(page, site_url):
    open_page(page, site_url + "quizzes/compliance/")
    page.evaluate("window.__sameDocument = true")
    # A link in the content (the navigation's is folded away): Material swaps the page in place.
    page.evaluate(
        """() => document.querySelector("article").insertAdjacentHTML(
             "afterbegin", '<a id="kb-test-go" href="../../scenarios/first-visit/">情景</a>')"""
    )
    page.locator("#kb-test-go").click()
    page.wait_for_selector("[data-kb-scenario] .kb-scenario__log")
    assert page.evaluate("window.__sameDocument === true"), "navigation reloaded the page instead of swapping it"
    page.wait_for_function(f"({PART_SHEETS})().includes('scenario.css')")
    assert page.evaluate(PART_SHEETS) == ["quiz.css", "types.css", "scenario.css"], "as a direct load links them"
    log = page.locator(".kb-scenario__log").first
    assert log.evaluate("(element) => getComputedStyle(element).listStyleType") == "none", "scenario.css applies"
    assert page.watch.page_errors == []
    open_page(page, site_url + "scenarios/first-visit/")
    assert page.evaluate(PART_SHEETS) == ["quiz.css", "types.css", "scenario.css"]


MOUNTED_BEFORE_MATERIAL = """() => {
  window.__kbMountedBeforeMaterial = null;
  new MutationObserver((changes, observer) => {
    if (!document.querySelector('[data-kb-quiz][data-kb-ready="true"]')) return;
    window.__kbMountedBeforeMaterial = window.document$ === undefined;
    observer.disconnect();
  }).observe(document, { subtree: true, childList: true, attributes: true });
}"""
"""Records, when the first quiz is mounted, whether Material's bundle had not run yet (no document$)."""


def test_a_quiz_opened_directly_is_answerable_before_materials_bundle_runs_and_follows_it_after(page, site_url):
    page.add_init_script(f"({MOUNTED_BEFORE_MATERIAL})()")
    open_page(page, site_url + "quizzes/compliance/")
    page.wait_for_function("window.__kbMountedBeforeMaterial !== null")
    assert page.evaluate("window.__kbMountedBeforeMaterial") is True, "the quiz waited for Material's start-up"
    page.evaluate("window.__sameDocument = true")
    # Instant navigation to another quiz: quiz.js, which ran before Material, follows its document$.
    page.evaluate(
        """() => document.querySelector("article").insertAdjacentHTML(
             "afterbegin", '<a id="kb-test-go" href="../chatting/">另一份测验</a>')"""
    )
    page.locator("#kb-test-go").click()
    page.wait_for_function("() => location.pathname.endsWith('/quizzes/chatting/')")
    page.wait_for_selector('[data-kb-quiz="chatting"][data-kb-ready=true]')
    assert page.evaluate("window.__sameDocument === true"), "navigation reloaded the page instead of swapping it"
    assert page.watch.page_errors == []
