"""What a screen reader hears after an answer, a result or a scenario's last choice (issue 31, D17, D18).

D18: when focus moves to the element that holds the message (an item's verdict, the result
box, 今日复习's summary), the live region does not say it again; it keeps only what focus does
not carry. D17: a scenario's ending is announced, and a choice's words, verdict and feedback are
joined once ("…都拉进来。好的做法（2 分）：对。…"), never with a doubled 。.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.support.ready import open_page

MONDAY = datetime(2026, 11, 30, 9, 0, 0)
SCENARIO = "scenarios/inquiry-went-quiet/"
SETTLED_MS = 400
"""announce() empties the region and refills it 50 ms later: wait well past that."""


def live_region(page, scope: str = "") -> str:
    page.wait_for_timeout(SETTLED_MS)
    return page.locator(f"{scope} [data-kb-announce]".strip()).first.text_content() or ""


def focused_text(page) -> str:
    return page.evaluate("document.activeElement.textContent.replace(/\\s+/g, ' ').trim()")


def answer(page, item_id: str, key: str) -> None:
    item = page.locator(f'[data-kb-item="{item_id}"]')
    item.locator(f'[data-kb-option="{key}"] input').check()
    item.locator("[data-kb-action=check]").click()


def test_a_checked_item_is_read_once_from_its_focused_verdict(page, quiz_site_url):
    open_page(page, quiz_site_url + "quizzes/basics/")
    answer(page, "basics-true-false", "true")
    verdict = page.locator('[data-kb-item="basics-true-false"] [data-kb-verdict]')
    assert verdict.evaluate("(v) => v === document.activeElement")
    assert verdict.inner_text().startswith("回答错误。")
    assert "回答错误" not in live_region(page)


def test_the_score_of_a_finished_quiz_is_read_once_from_the_focused_result(page, quiz_site_url):
    open_page(page, quiz_site_url + "quizzes/basics/")
    page.locator('[data-kb-item="basics-single"] [data-kb-option="a"] input').check()
    page.locator("[data-kb-action=submit-all]").click()
    page.locator("[data-kb-action=submit-unanswered]").click()
    result = page.locator("[data-kb-result]")
    assert result.evaluate("(r) => r === document.activeElement")
    assert "得分：" in focused_text(page)
    assert "得分" not in live_region(page)


def test_the_last_check_of_a_quiz_announces_the_score_focus_does_not_carry(page, quiz_site_url):
    open_page(page, quiz_site_url + "quizzes/basics/")
    answer(page, "basics-single", "a")
    page.locator('[data-kb-item="basics-multiple"] [data-kb-option="a"] input').check()
    answer(page, "basics-multiple", "b")
    answer(page, "basics-true-false", "false")
    spoken = live_region(page)
    assert spoken.startswith("得分：") and "回答正确" not in spoken


def test_todays_summary_is_read_once_and_the_last_verdict_is_still_heard(page, quiz_site_url):
    page.clock.install(time=MONDAY)
    open_page(page, quiz_site_url + "quizzes/basics/")
    answer(page, "basics-true-false", "true")
    page.clock.set_system_time(MONDAY + timedelta(days=1))
    open_page(page, quiz_site_url + "quizzes/today/")
    page.wait_for_selector("[data-kb-today-list] [data-kb-item]")
    answer(page, "basics-true-false", "false")
    summary = page.locator("[data-kb-today-summary]")
    assert summary.evaluate("(s) => s === document.activeElement")
    spoken = live_region(page)
    assert "回答正确" in spoken
    assert summary.inner_text() not in spoken


def test_a_practised_item_in_the_review_book_is_read_once_from_its_verdict(page, quiz_site_url):
    open_page(page, quiz_site_url + "quizzes/basics/")
    answer(page, "basics-true-false", "true")
    open_page(page, quiz_site_url + "quizzes/review/")
    page.locator("[data-kb-action=practice]").click()
    answer(page, "basics-true-false", "false")
    assert "再答对一次就移出错题本" in focused_text(page)
    assert "回答正确" not in live_region(page)


@pytest.fixture
def played_to_the_end(page, site_url):
    """Plays the scenario by always taking the first choice; returns what was announced after each."""
    open_page(page, site_url + SCENARIO)
    spoken = []
    for _ in range(12):
        if page.locator("[data-kb-summary]:visible").count():
            return spoken
        page.locator("[data-kb-log] [data-kb-scenario-choose]:visible").first.click()
        spoken.append(live_region(page, ".kb-scenario"))
    pytest.fail("the scenario did not end within 12 choices")


def test_the_scenario_ending_is_announced(page, played_to_the_end):
    ending = page.locator("[data-kb-log] .kb-turn--ending .kb-scenario__ending")
    words = ending.evaluate(
        "(e) => [...e.children].filter((c) => !c.matches('.kb-scenario__who'))"
        ".map((c) => c.textContent.replace(/\\s+/g, ' ').trim()).join('')"
    )
    assert words and played_to_the_end[-1].endswith("结局：" + words)


def test_choice_announcements_join_verdict_and_feedback_without_doubled_stops(page, played_to_the_end):
    for spoken in played_to_the_end:
        assert spoken.startswith("你的选择：")
        assert "。。" not in spoken, spoken
        assert "分）：" in spoken, spoken
        assert "回到原文" not in spoken, spoken
