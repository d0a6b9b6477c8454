"""每天提醒自己复习 (issue 31 item 6) in real Chromium: the calendar file the button gives (RFC 5545,
checked by a small parser here), and the streak line across days with a controlled clock."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.support.browser import PHONE, watch_page

MONDAY = datetime(2026, 11, 30, 9, 0, 0)
STREAK = "[data-kb-reminder] [data-kb-streak]"


def parse_ics(raw: bytes) -> list[tuple[str, str]]:
    """(name, value) of every content line, after checking CRLF endings and 75-octet folding."""
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    physical = raw.decode("utf-8").split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    logical: list[str] = []
    for line in physical:
        if line.startswith(" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    return [(line.partition(":")[0], line.partition(":")[2]) for line in logical]


def check_nesting(lines: list[tuple[str, str]]) -> None:
    """BEGIN/END pairs nest, starting and ending with the VCALENDAR."""
    stack: list[str] = []
    for name, value in lines:
        if name == "BEGIN":
            stack.append(value)
        elif name == "END":
            assert stack.pop() == value
        else:
            assert stack, f"{name} outside VCALENDAR"
    assert stack == [] and lines[0] == ("BEGIN", "VCALENDAR") and lines[-1] == ("END", "VCALENDAR")


def event_of(lines: list[tuple[str, str]]) -> dict[str, str]:
    start, end = lines.index(("BEGIN", "VEVENT")), lines.index(("END", "VEVENT"))
    event = lines[start + 1 : end]
    alarm = event.index(("BEGIN", "VALARM"))
    return dict(event[:alarm])


def download_reminder(page, time: str | None = None) -> bytes:
    box = page.locator("[data-kb-reminder]")
    if time is not None:
        box.locator("[data-kb-reminder-time]").fill(time)
    with page.expect_download() as download:
        box.locator("[data-kb-reminder-add]").click()
    assert download.value.suggested_filename == "今日复习提醒.ics"
    return download.value.path().read_bytes()


def open_ready(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("[data-kb-reminder][data-kb-ready=true]", state="attached")


def test_the_button_gives_a_daily_event_at_the_chosen_time_linking_to_todays_review(page, quiz_site_url):
    page.clock.install(time=MONDAY)
    open_ready(page, quiz_site_url + "quizzes/today/")
    lines = parse_ics(download_reminder(page, "07:30"))
    check_nesting(lines)
    event = event_of(lines)
    assert event["RRULE"] == "FREQ=DAILY"
    assert event["DTSTART"] == "20261130T073000"
    assert event["SUMMARY"] == "今日复习"
    assert event["URL"] == quiz_site_url + "quizzes/today/"
    assert event["DESCRIPTION"].endswith(quiz_site_url + "quizzes/today/")
    assert event["UID"].startswith("daily-review-127-0-0-1-")
    assert "每天 07:30 提醒你" in page.locator("[data-kb-reminder-message]").inner_text()
    assert page.watch.page_errors == []


def test_the_quiz_index_offers_it_too_at_nine_by_default_with_the_same_uid(page, quiz_site_url):
    open_ready(page, quiz_site_url + "quizzes/today/")
    uid = event_of(parse_ics(download_reminder(page)))["UID"]
    open_ready(page, quiz_site_url + "quizzes/")
    event = event_of(parse_ics(download_reminder(page)))
    assert event["DTSTART"].endswith("T090000")
    assert event["URL"] == quiz_site_url + "quizzes/today/"
    assert event["UID"] == uid


def answer_wrong(page, scope: str = "") -> None:
    item = page.locator(f'{scope} [data-kb-item="basics-true-false"]')
    item.locator('[data-kb-option="true"] input').check()
    item.locator("[data-kb-action=check]").click()


def shown_streak_after(page, expected: str) -> str:
    """The streak line once it reads `expected` (it is refreshed just after an answer), or as it is."""
    try:
        page.wait_for_function(
            "([sel, text]) => document.querySelector(sel).textContent === text", arg=[STREAK, expected], timeout=3000
        )
    except PlaywrightTimeout:
        pass
    return page.locator(STREAK).inner_text()


def streak_after_answering_today(page, site: str, expected: str) -> str:
    open_ready(page, site + "quizzes/today/")
    page.wait_for_selector("[data-kb-today][data-kb-ready=true]")
    answer_wrong(page, "[data-kb-today]")
    return shown_streak_after(page, expected)


def test_the_streak_counts_the_days_answered_in_a_row_even_when_the_same_item_comes_back(page, quiz_site_url):
    page.clock.install(time=MONDAY)
    page.goto(quiz_site_url + "quizzes/basics/")
    page.wait_for_selector("[data-kb-quiz][data-kb-ready=true]")
    answer_wrong(page)
    open_ready(page, quiz_site_url + "quizzes/today/")
    assert page.locator(STREAK).inner_text() == "已连续复习 1 天"

    page.clock.set_system_time(MONDAY + timedelta(days=1))
    open_ready(page, quiz_site_url + "quizzes/")
    assert page.locator(STREAK).inner_text() == "已连续复习 1 天"  # yesterday's run holds today
    assert streak_after_answering_today(page, quiz_site_url, "已连续复习 2 天") == "已连续复习 2 天"
    # Wednesday the same missed item comes back: Tuesday's date is overwritten in progress.
    page.clock.set_system_time(MONDAY + timedelta(days=2))
    assert streak_after_answering_today(page, quiz_site_url, "已连续复习 3 天") == "已连续复习 3 天"

    page.clock.set_system_time(MONDAY + timedelta(days=4))  # Thursday missed
    open_ready(page, quiz_site_url + "quizzes/")
    assert page.locator(STREAK).is_hidden()


def test_clearing_all_progress_ends_the_streak(page, quiz_site_url):
    page.goto(quiz_site_url + "quizzes/basics/")
    page.wait_for_selector("[data-kb-quiz][data-kb-ready=true]")
    answer_wrong(page)
    open_ready(page, quiz_site_url + "quizzes/")
    assert page.locator(STREAK).inner_text() == "已连续复习 1 天"
    page.watch.accept_dialogs = True
    page.locator("[data-kb-action=reset-all]").click()
    page.wait_for_function(f"document.querySelector('{STREAK}').hidden")
    page.reload()
    page.wait_for_selector("[data-kb-reminder][data-kb-ready=true]", state="attached")
    assert page.locator(STREAK).is_hidden()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshot_of_the_reminder_on_a_phone(browser, quiz_site_url, artifacts_dir, scheme):
    context = browser.new_context(viewport=PHONE, color_scheme=scheme, service_workers="block")
    page = context.new_page()
    watch = watch_page(page)
    page.goto(quiz_site_url + "quizzes/basics/")
    page.wait_for_selector("[data-kb-quiz][data-kb-ready=true]")
    answer_wrong(page)
    open_ready(page, quiz_site_url + "quizzes/today/")
    box = page.locator("[data-kb-reminder]")
    with page.expect_download():
        box.locator("[data-kb-reminder-add]").click()
    box.scroll_into_view_if_needed()
    box.screenshot(path=str(artifacts_dir / f"reminder-phone-{scheme}.png"))
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert watch.page_errors == []
    context.close()
