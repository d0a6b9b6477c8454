"""Reading on the road (issue 31, acceptance 4): after a first visit, with the network really cut
(nothing listens on the site's port), every page visited before opens and its quiz can be
answered; once a new build is published and the network is back, the next visit shows it.

One served copy of the real site (the `built_site` fixture's folder), under the /kb/ subpath,
with Material's instant navigation, in a browser context that allows service workers.
"""

from __future__ import annotations

import json
import shutil

import pytest

from tests.support.browser import PHONE, watch_page
from tests.support.search import search
from tests.support.server import CuttableSiteServer

TOPIC = "topics/resources-first/"
QUIZ = "quizzes/resources-first/"
REVIEW = "quizzes/review/"
TODAY = "quizzes/today/"
PROGRESS_KEY = "kb-quiz-progress#/kb/"
"""Where the site served at /kb/ keeps its 做题进度 (progress/browser-storage.js)."""
NEW_BUILD_LINE = "第二版：这一行是新发布的内容。"


@pytest.fixture
def cuttable_site(built_site, site_url, tmp_path):
    """A copy of the built site, served by a server the test can stop and start again.

    Its sitemap names the copy's address (Material navigates instantly only to pages listed
    there), as a build for that address would.
    """
    copy = tmp_path / "site"
    shutil.copytree(built_site, copy)
    server = CuttableSiteServer(copy).start()
    sitemap = copy / "sitemap.xml"
    sitemap.write_text(sitemap.read_text(encoding="utf-8").replace(site_url, server.url), encoding="utf-8")
    yield server
    server.cut()


@pytest.fixture
def sw_page(browser):
    context = browser.new_context(viewport=PHONE, color_scheme="light")
    page = context.new_page()
    page.watch = watch_page(page)
    yield page
    context.close()


def wait_until_kept(page, url: str) -> None:
    """Until the worker's cache holds `url` (kept by the worker, not the HTTP cache)."""
    for _ in range(100):
        if page.evaluate("async (url) => Boolean(await caches.match(url))", url):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"the service worker did not keep {url}")


def go_by_link(page, url: str) -> None:
    """Follow a link of the page to `url` (Material's instant navigation handles the click).

    Material intercepts a link only once its sitemap has arrived (until then a click is an ordinary
    page load); wait for it as a reader's pause would.
    """
    page.wait_for_load_state("networkidle")
    page.evaluate("url => [...document.querySelectorAll('a[href]')].find((a) => a.href === url).click()", url)
    page.wait_for_function("url => location.href === url", arg=url)
    page.wait_for_load_state()


def answer_wrong(page, item_id: str) -> None:
    item = page.locator(f'[data-kb-item="{item_id}"]')
    item.locator("[data-kb-option] input").first.check()  # one option of a two-key item: wrong
    item.locator("[data-kb-action=check]").click()
    page.wait_for_selector(f'[data-kb-item="{item_id}"] [data-kb-verdict]:not(:empty)')


def first_visit(page, base: str) -> None:
    """Home, then by instant navigation a lesson, its quiz, 错题本 and 今日复习."""
    page.goto(base)
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=10_000)
    # The first page loaded before the worker ran: it asks the worker to keep what it used.
    used = page.evaluate("performance.getEntriesByType('resource').map((entry) => entry.name)")
    used += page.evaluate(
        "async () => (await import('./assets/kb/offline.js'))"
        ".searchWorkerUrls(document.getElementById('__config').textContent, location.href)"
    )
    # The search index, which the page asks for only once search is used: kept for searching offline.
    assert base + "search/search_index.json" not in used, "the first visit did not search"
    used.append(base + "search/search_index.json")
    # (Not the favicon: the browser asks for it when it likes, and a missing one offline is harmless.)
    for url in [base, *(url for url in used if url.startswith(base) and not url.endswith("favicon.png"))]:
        wait_until_kept(page, url)
    page.evaluate("window.__sameDocument = true")
    for path in (TOPIC, QUIZ, REVIEW, TODAY):
        go_by_link(page, base + path)
    assert page.evaluate("window.__sameDocument") is True, "instant navigation was not used"
    for path in ("", TOPIC, QUIZ, REVIEW, TODAY):
        wait_until_kept(page, base + path)


def test_pages_visited_before_open_offline_and_a_new_build_shows_once_online(sw_page, cuttable_site):
    page, base = sw_page, cuttable_site.url
    first_visit(page, base)

    cuttable_site.cut()
    for path, heading in (("", "销售新人知识库"), (TOPIC, "靠资源还是靠技巧"), (REVIEW, "错题本"), (TODAY, "今日复习")):
        page.goto(base + path)
        assert heading in page.locator("h1").first.inner_text(), path
    page.goto(base + QUIZ)
    page.wait_for_selector("[data-kb-quiz][data-kb-ready=true]")
    answer_wrong(page, "resources-first-14")
    # 错题本 fetches the bank page (…/resources-first/?v=<build>): the kept copy answers offline.
    go_by_link(page, base + REVIEW)
    page.wait_for_selector('[data-kb-review] [data-kb-item="resources-first-14"]', state="attached", timeout=10_000)
    assert "没能载入" not in page.locator("[data-kb-load-status]").inner_text()
    page.locator("label.md-header__button[for='__search']").click()  # a phone: the search icon opens the box
    assert search(page, "客户不回消息了怎么办").pages, "search works offline: its index and worker were kept"
    page.goto(base + "sources/")
    assert "离线" in page.locator("h1").inner_text()  # never opened: said so, in words
    page.goto(base + TOPIC)
    go_by_link(page, base + "faq/")  # never opened either, by instant navigation this time
    page.wait_for_function("document.querySelector('h1') && document.querySelector('h1').textContent.includes('离线')")

    topic_file = cuttable_site.site_dir / TOPIC / "index.html"
    html = topic_file.read_text(encoding="utf-8")
    topic_file.write_text(html.replace("</h1>", f"</h1><p id='kb-new-build'>{NEW_BUILD_LINE}</p>", 1), encoding="utf-8")
    cuttable_site.restore()

    page.goto(base)
    page.evaluate("window.__sameDocument = true")
    go_by_link(page, base + TOPIC)
    assert page.evaluate("window.__sameDocument") is True
    assert page.locator("#kb-new-build").inner_text() == NEW_BUILD_LINE
    page.goto(base + TOPIC)
    assert page.locator("#kb-new-build").inner_text() == NEW_BUILD_LINE
    assert page.watch.page_errors == []
    assert page.watch.foreign_requests() == []


def shows_one_item_and_one_removed(page) -> None:
    page.wait_for_selector('[data-kb-review] [data-kb-item="resources-first-14"]', state="attached", timeout=10_000)
    status = page.locator("[data-kb-load-status]").inner_text()
    assert "有 1 道题的记录属于已经不在题库里的题" in status, status
    assert "没能载入" not in status
    assert page.locator("[data-kb-review] [data-kb-item]").count() == 1


def test_the_review_page_offline_still_leaves_out_items_the_bank_no_longer_has(sw_page, cuttable_site):
    """The bank's item list the 错题本 read online (quizzes/<bank>/items.json) is kept with the page:
    offline, a record of an item removed since is still neither shown nor counted."""
    page, base = sw_page, cuttable_site.url
    missed = {"bank": "resources-first", "lastAnswer": ["a"], "lastCorrect": False, "inReview": True, "streak": 0}
    records = {"resources-first-14": missed, "resources-first-removed": missed}
    page.goto(base)
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=10_000)
    page.evaluate(
        "([key, value]) => localStorage.setItem(key, value)",
        [PROGRESS_KEY, json.dumps({"version": 3, "banks": {}, "items": records})],
    )
    go_by_link(page, base + REVIEW)
    page.wait_for_selector("[data-kb-review][data-kb-ready=true]")
    versions = page.evaluate(
        "Object.fromEntries(JSON.parse(document.querySelector('[data-kb-banks]').dataset.kbBanks).map((b) => [b.id, b.version]))"
    )
    wait_until_kept(page, base + f"quizzes/resources-first/items.json?v={versions['resources-first']}")

    shows_one_item_and_one_removed(page)

    cuttable_site.cut()
    page.goto(base + REVIEW)  # loaded afresh offline: the worker's copies of the page, the list and the bank page
    page.wait_for_selector("[data-kb-review][data-kb-ready=true]")
    shows_one_item_and_one_removed(page)
    assert page.watch.page_errors == []
    assert page.watch.foreign_requests() == []


def test_a_build_with_offline_reading_off_removes_the_installed_worker_and_its_copies(sw_page, cuttable_site):
    page, base = sw_page, cuttable_site.url
    page.goto(base)
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=10_000)
    wait_until_kept(page, base)
    # What `extra.kb_offline: false` changes in every page's head (overrides/main.html).
    for html in cuttable_site.site_dir.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        html.write_text(
            text.replace('<meta name="kb-offline" content="on">', '<meta name="kb-offline" content="off">'),
            encoding="utf-8",
        )
    page.goto(base + TOPIC)
    gone = "async () => !(await navigator.serviceWorker.getRegistration()) && !(await caches.keys()).length"
    for _ in range(100):
        if page.evaluate(gone):
            break
        page.wait_for_timeout(100)
    assert page.evaluate(gone), "the worker or its caches are still there"
