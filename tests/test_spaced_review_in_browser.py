"""今日复习 in real Chromium with a controlled clock: answers schedule reviews, the due counts and the
session follow the Leitner intervals, and the schedule travels with export/import."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from tests.support.browser import SCREENS
from tests.support.exchange import export_progress, import_progress, new_watched_page

MONDAY = datetime(2026, 11, 30, 9, 0, 0)


def at(page, when: datetime) -> None:
    """Move the page's clock (Date.now and new Date) to ``when``; takes effect on the next load."""
    page.clock.set_system_time(when)


def open_page(page, url: str, selector: str) -> None:
    page.goto(url)
    page.wait_for_selector(selector, state="attached")


def answer(page, item_id: str, *keys: str) -> None:
    item = page.locator(f'[data-kb-item="{item_id}"]')
    for key in keys:
        item.locator(f'[data-kb-option="{key}"] input').check()
    item.locator("[data-kb-action=check]").click()


def one_right_one_wrong(page, site: str) -> None:
    """On Monday: basics-single right, basics-true-false wrong (its key is false)."""
    page.clock.install(time=MONDAY)
    open_page(page, site + "quizzes/basics/", "[data-kb-quiz][data-kb-ready=true]")
    answer(page, "basics-single", "a")
    answer(page, "basics-true-false", "true")


def due_text(page, site: str, path: str = "") -> str:
    open_page(page, site + path, "[data-kb-due]")
    page.wait_for_function("document.querySelector('[data-kb-due-text]').textContent !== ''")
    return page.locator("[data-kb-due-text]").inner_text()


def open_today(page, site: str) -> list[str]:
    open_page(page, site + "quizzes/today/", "[data-kb-today][data-kb-ready=true]")
    return page.locator("[data-kb-today] [data-kb-item]").evaluate_all("els => els.map(e => e.dataset.kbItem)")


def test_right_answers_are_not_due_tomorrow_and_missed_ones_are(page, quiz_site_url):
    one_right_one_wrong(page, quiz_site_url)
    at(page, MONDAY + timedelta(days=1))
    assert due_text(page, quiz_site_url) == "今天有 1 题要复习。"
    assert due_text(page, quiz_site_url, "quizzes/") == "今天有 1 题要复习。"
    assert open_today(page, quiz_site_url) == ["basics-true-false"]


def test_moving_the_clock_three_days_brings_the_right_answer_back_too(page, quiz_site_url):
    one_right_one_wrong(page, quiz_site_url)
    at(page, MONDAY + timedelta(days=3))
    assert due_text(page, quiz_site_url) == "今天有 2 题要复习。"
    assert sorted(open_today(page, quiz_site_url)) == ["basics-single", "basics-true-false"]


def test_nothing_due_says_when_the_next_review_is(page, quiz_site_url):
    one_right_one_wrong(page, quiz_site_url)
    assert due_text(page, quiz_site_url) == "今天没有要复习的题，下一批在明天到期。"
    open_today(page, quiz_site_url)
    assert page.locator("[data-kb-today-empty]").inner_text() == "今天没有要复习的题。下一批在明天到期。"


def test_answering_in_the_session_reschedules_and_ends_with_a_summary(page, quiz_site_url):
    one_right_one_wrong(page, quiz_site_url)
    at(page, MONDAY + timedelta(days=1))
    assert open_today(page, quiz_site_url) == ["basics-true-false"]
    assert "今天有 1 道题要复习" in page.locator("[data-kb-today-count]").inner_text()
    answer(page, "basics-true-false", "false")
    summary = page.locator("[data-kb-today-summary]")
    assert summary.inner_text() == "今天到期 1 道，这次做了 1 道，答对 1 道。下一批在后天到期。"
    assert page.evaluate("document.activeElement.hasAttribute('data-kb-today-summary')")
    item = page.locator('[data-kb-item="basics-true-false"]')
    assert item.locator("[data-kb-cite]").is_visible(), "the link back to the section is shown with the feedback"
    assert due_text(page, quiz_site_url) == "今天没有要复习的题，下一批在后天到期。"
    stored = json.loads(page.evaluate("localStorage.getItem('kb-quiz-progress#/kb/')"))
    assert stored["items"]["basics-true-false"]["schedule"] == {"box": 2, "last": "2026-12-01", "due": "2026-12-04"}


def test_the_session_fetches_only_the_banks_it_shows(page, quiz_site_url):
    one_right_one_wrong(page, quiz_site_url)
    at(page, MONDAY + timedelta(days=1))
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url) if "?v=" in request.url else None)
    open_today(page, quiz_site_url)
    # The item list of the one bank the learner has records in, then that bank's page.
    assert sorted(url.split("/quizzes/")[1].split("?")[0] for url in fetched) == ["basics/", "basics/items.json"]


def test_a_failed_fetch_says_so_and_breaks_nothing(page, quiz_site_url):
    one_right_one_wrong(page, quiz_site_url)
    at(page, MONDAY + timedelta(days=1))
    page.route("**/quizzes/basics/?v=*", lambda route: route.abort())
    assert open_today(page, quiz_site_url) == []
    status = page.locator("[data-kb-load-status]").inner_text()
    assert status.startswith("有 1 套题没能载入（网络断了或网站刚更新）")
    assert page.watch.page_errors == []


def test_the_review_book_holds_no_items_until_it_fetches_the_missed_ones(page, quiz_site_url):
    page.goto(quiz_site_url + "quizzes/review/")
    html = page.evaluate("fetch(location.href).then(r => r.text())")
    assert "data-kb-item=" not in html, "the 错题本 page itself carries no items"
    one_right_one_wrong(page, quiz_site_url)
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url) if "?v=" in request.url else None)
    open_page(page, quiz_site_url + "quizzes/review/", "[data-kb-review][data-kb-ready=true]")
    shown = page.locator("[data-kb-review] [data-kb-item]:visible").evaluate_all(
        "els => els.map(e => e.dataset.kbItem)"
    )
    assert shown == ["basics-true-false"]
    assert [url.split("/quizzes/")[1].split("?")[0] for url in fetched if "items.json" not in url] == ["basics/"]
    assert [url.split("/quizzes/")[1].split("?")[0] for url in fetched if "items.json" in url] == ["basics/items.json"]


def test_export_on_one_browser_and_import_on_another_keeps_the_same_due_items(browser, quiz_site_url, tmp_path):
    page = new_watched_page(browser)
    one_right_one_wrong(page, quiz_site_url)
    exported = export_progress(page, quiz_site_url, tmp_path)
    page.context.close()
    other = new_watched_page(browser)
    other.clock.install(time=MONDAY + timedelta(days=1))
    import_progress(other, quiz_site_url, exported)
    assert due_text(other, quiz_site_url) == "今天有 1 题要复习。"
    assert open_today(other, quiz_site_url) == ["basics-true-false"]
    other.context.close()


def test_version_one_progress_migrates_with_a_schedule_from_its_stored_date(page, quiz_site_url):
    answered = datetime(2026, 11, 20, 15, 0).isoformat()
    record = {
        "bank": "basics",
        "lastAnswer": ["a"],
        "lastCorrect": True,
        "answeredAt": answered,
        "missedAt": None,
        "inReview": False,
        "streak": 1,
    }
    stored = json.dumps({"version": 1, "banks": {}, "items": {"basics-single": record}})
    page.clock.install(time=datetime(2026, 11, 23, 9, 0))
    page.goto(quiz_site_url)
    page.evaluate("(value) => localStorage.setItem('kb-quiz-progress#/kb/', value)", stored)
    assert due_text(page, quiz_site_url) == "今天有 1 题要复习。", "answered right on the 20th: due 3 days later"


@pytest.mark.parametrize("screen", SCREENS, ids=list(SCREENS))
def test_screenshots_of_todays_review_mid_session_and_finished(browser, quiz_site_url, artifacts_dir, screen):
    viewport, scheme = SCREENS[screen]
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    one_right_one_wrong(page, quiz_site_url)
    at(page, MONDAY + timedelta(days=3))
    open_today(page, quiz_site_url)
    answer(page, "basics-true-false", "false")
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    page.screenshot(path=artifacts_dir / f"today-{screen}-mid-session.png", full_page=True)
    answer(page, "basics-single", "a")
    assert page.locator("[data-kb-today-summary]").is_visible()
    page.screenshot(path=artifacts_dir / f"today-{screen}-finished.png", full_page=True)
    context.close()


def test_items_of_a_bank_that_no_longer_exists_are_named_as_gone_not_as_a_network_failure(page, quiz_site_url):
    record = {
        "bank": "retired-bank",
        "lastAnswer": ["a"],
        "lastCorrect": False,
        "answeredAt": MONDAY.isoformat(),
        "missedAt": MONDAY.isoformat(),
        "inReview": True,
        "streak": 0,
        "schedule": None,
    }
    page.goto(quiz_site_url)
    page.evaluate(
        "(value) => localStorage.setItem('kb-quiz-progress#/kb/', value)",
        json.dumps({"version": 2, "banks": {}, "items": {"old-item": record}}),
    )
    open_page(page, quiz_site_url + "quizzes/review/", "[data-kb-review][data-kb-ready=true]")
    status = page.locator("[data-kb-load-status]").inner_text()
    assert status == (
        "有 1 道题的记录属于已经不在题库里的题（培训师更新了题库），不再显示，也不再安排复习；记录仍然保留，导出时会一起导出。"
    )
    assert page.watch.page_errors == []


def _refuse_progress_writes_from_now_on(page) -> None:
    """The browser stops storing progress (storage full): what the learner answers next cannot be kept."""
    page.evaluate(
        """() => {
          const setItem = Storage.prototype.setItem;
          Storage.prototype.setItem = function (key, value) {
            if (key === "kb-quiz-progress#/kb/") throw new DOMException("full", "QuotaExceededError");
            return setItem.call(this, key, value);
          };
        }"""
    )


def _announced(page) -> str:
    return page.locator("[data-kb-announce]").first.text_content() or ""


def test_an_answer_in_todays_review_that_cannot_be_stored_says_so(page, quiz_site_url):
    one_right_one_wrong(page, quiz_site_url)
    at(page, MONDAY + timedelta(days=1))
    open_today(page, quiz_site_url)
    _refuse_progress_writes_from_now_on(page)
    answer(page, "basics-true-false", "false")
    page.wait_for_function("document.querySelector('[data-kb-announce]').textContent.includes('回答正确')")
    assert "没能保存" in _announced(page)


def test_a_practice_answer_in_the_review_book_that_cannot_be_stored_says_so(page, quiz_site_url):
    one_right_one_wrong(page, quiz_site_url)
    open_page(page, quiz_site_url + "quizzes/review/", "[data-kb-review][data-kb-ready=true]")
    page.locator('[data-kb-review] [data-kb-action="practice"]').first.click()
    _refuse_progress_writes_from_now_on(page)
    answer(page, "basics-true-false", "false")
    page.wait_for_function("document.querySelector('[data-kb-announce]').textContent.includes('回答正确')")
    assert "没能保存" in _announced(page)


def test_session_cards_are_numbered_by_their_place_and_say_where_they_come_from(page, quiz_site_url):
    one_right_one_wrong(page, quiz_site_url)
    at(page, MONDAY + timedelta(days=3))
    assert len(open_today(page, quiz_site_url)) == 2
    numbers = page.locator("[data-kb-today] .kb-quiz__number").all_inner_texts()
    assert [number.split("·")[0].strip() for number in numbers] == ["第 1 / 2 题", "第 2 / 2 题"]
    origins = page.locator("[data-kb-today] [data-kb-origin]").all_inner_texts()
    assert all(origin.startswith("出自：基础测验 · 原第 ") for origin in origins)
