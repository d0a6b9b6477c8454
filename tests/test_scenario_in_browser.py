"""情景演练 in real Chromium: a new hire plays a customer conversation to its end, by keyboard too."""

from __future__ import annotations

import pytest

from tests.support.browser import SCREENS
from tests.support.exchange import export_progress, import_progress, new_watched_page
from tests.support.keyboard import focus_matches, tab_to

SCENARIO = "scenarios/inquiry-went-quiet/"
# The best choice at each step of scenarios/inquiry-went-quiet.yml, and a weak play of it.
BEST_PATH = ["c2", "c3", "c2", "c1"]
WEAK_PATH = ["c1", "c1"]


def open_scenario(page, site_url: str, query: str = "") -> None:
    page.goto(site_url + SCENARIO + query)
    page.wait_for_selector("[data-kb-scenario][data-kb-ready]", state="attached")


def choices(page):
    return page.locator("[data-kb-log] [data-kb-scenario-choose]")


def choose(page, key: str) -> None:
    choices(page).and_(page.locator(f'[data-kb-choice="{key}"]')).click()


def summary(page) -> str:
    return page.locator("[data-kb-summary]").inner_text()


def test_the_best_path_reaches_the_best_ending_with_full_marks(page, site_url):
    open_scenario(page, site_url)
    for key in BEST_PATH:
        choose(page, key)
    assert "这次得分 8 分，最好的走法是 8 分" in summary(page)
    assert "还可以更好" not in summary(page)
    assert page.locator(".kb-turn--ending").inner_text().count("机会不错") == 1
    assert page.locator(".kb-turn--feedback").count() == 4
    assert page.watch.page_errors == [] and page.watch.console_errors == []
    assert page.watch.foreign_requests() == []


def test_each_choice_shows_its_feedback_and_the_section_that_teaches_it(page, site_url):
    open_scenario(page, site_url)
    choose(page, "c1")
    feedback = page.locator(".kb-turn--feedback").last
    assert "这样做不好（0 分）" in feedback.inner_text()
    link = feedback.locator("a[data-kb-cite]")
    assert link.inner_text() == "回到原文：对客户，第一句话就这样问"
    link.click()
    page.wait_for_url("**/topics/inquiry-followup/#first-question")


def test_a_weak_path_ends_with_its_score_and_links_to_the_weak_steps(page, site_url):
    open_scenario(page, site_url)
    for key in WEAK_PATH:
        choose(page, key)
    text = summary(page)
    assert "这次得分 0 分，最好的走法是 8 分" in text
    assert text.count("还可以更好") == 2
    cites = page.locator("[data-kb-summary] a[data-kb-cite]")
    assert [href.split("/topics/")[1] for href in cites.evaluate_all("links => links.map(a => a.href)")] == [
        "inquiry-followup/#first-question",
        "inquiry-followup/#passive-waiting",
    ]
    assert page.locator(".kb-turn--ending").inner_text().count("到头一场空") == 1


def test_weak_choices_enter_the_review_book_and_can_be_replayed_from_that_step(page, site_url):
    open_scenario(page, site_url)
    for key in WEAK_PATH:
        choose(page, key)
    page.locator("[data-kb-summary] a", has_text="错题本").click()
    page.wait_for_selector("[data-kb-scenario-review]:not([hidden])")
    shown = page.locator("[data-kb-scenario-weak]:not([hidden])")
    assert shown.count() == 2
    shown.filter(has_text="一直没有回音").locator("a").click()
    page.wait_for_selector("[data-kb-scenario][data-kb-ready]", state="attached")
    assert "方案发过去一个星期了" in page.locator(".kb-turn--customer").first.inner_text()
    choose(page, "c3")
    for key in BEST_PATH[2:]:
        choose(page, key)
    assert "从中途开始的练习" in summary(page)
    page.goto(site_url + "quizzes/review/")
    page.wait_for_selector("[data-kb-scenario-review]", state="attached")
    assert page.locator("[data-kb-scenario-weak]:not([hidden])").all_inner_texts() == [
        page.locator("[data-kb-scenario-weak]", has_text="行，你把你们的产品方案").inner_text()
    ]


def test_step_back_and_restart(page, site_url):
    open_scenario(page, site_url)
    back = page.locator('[data-kb-scenario-action="step-back"]')
    assert back.is_disabled()
    assert page.locator("[data-kb-back-why]").is_visible()
    choose(page, "c2")
    choose(page, "c1")
    back.click()
    assert page.locator(".kb-turn--you").count() == 1
    assert "方案发过去一个星期了" in page.locator(".kb-turn--customer").last.inner_text()
    assert page.evaluate("document.activeElement.hasAttribute('data-kb-scenario-choose')")
    page.locator('[data-kb-scenario-action="restart"]').click()
    assert page.locator(".kb-turn--you").count() == 0
    assert back.is_disabled()


def test_a_reload_mid_scenario_resumes_where_the_learner_was(page, site_url):
    open_scenario(page, site_url)
    choose(page, "c2")
    choose(page, "c3")
    page.reload()
    page.wait_for_selector("[data-kb-scenario][data-kb-ready]", state="attached")
    assert page.locator(".kb-turn--you").count() == 2
    assert "你再出个细化方案吧" in page.locator(".kb-turn--customer").last.inner_text()


def test_instant_navigation_away_and_back_resumes_the_scenario(page, site_url):
    open_scenario(page, site_url)
    choose(page, "c2")
    page.evaluate("window.__kbSamePage = true")
    page.locator(".kb-scenario__intro a").first.click()
    page.wait_for_url("**/topics/inquiry-followup/")
    page.go_back()
    page.wait_for_url("**/" + SCENARIO)
    page.wait_for_selector("[data-kb-scenario][data-kb-ready]", state="attached")
    assert page.locator(".kb-turn--you").count() == 1
    assert page.evaluate("window.__kbSamePage === true"), "the page was swapped by instant navigation, not reloaded"


def test_the_whole_scenario_can_be_played_with_the_keyboard_alone(page, site_url):
    open_scenario(page, site_url)
    for key in BEST_PATH:
        tab_to(page, focus_matches(f'[data-kb-scenario-choose][data-kb-choice="{key}"]'))
        page.keyboard.press("Enter")
        focused = page.evaluate("document.activeElement.closest('.kb-turn--feedback, [data-kb-summary]') !== null")
        assert focused, "focus moves to the feedback (or the result) after each choice"
    assert page.evaluate("document.activeElement.hasAttribute('data-kb-summary')")
    assert "8 分，最好的走法是 8 分" in summary(page)
    # The live region is filled a moment after the change, so screen readers notice it.
    page.wait_for_function("document.querySelector('.kb-scenario [data-kb-announce]').textContent.includes('好的做法')")


@pytest.mark.parametrize("screen", SCREENS, ids=list(SCREENS))
def test_screenshots_of_a_scenario_in_progress_and_finished(browser, site_url, artifacts_dir, screen):
    viewport, scheme = SCREENS[screen]
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    open_scenario(page, site_url)
    choose(page, "c2")
    choose(page, "c1")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= viewport["width"], "no sideways scrolling"
    page.screenshot(path=artifacts_dir / f"scenario-{screen}-in-progress.png", full_page=True)
    page.locator('[data-kb-scenario-action="step-back"]').click()
    for key in BEST_PATH[1:]:
        choose(page, key)
    page.screenshot(path=artifacts_dir / f"scenario-{screen}-finished.png", full_page=True)
    context.close()


def test_the_quiz_index_lists_the_scenario_with_the_best_score_so_far(page, site_url):
    open_scenario(page, site_url)
    for key in WEAK_PATH:
        choose(page, key)
    page.goto(site_url + "quizzes/")
    entry = page.locator('[data-kb-scenario-entry="inquiry-went-quiet"]')
    page.wait_for_function(
        """() => document.querySelector('[data-kb-scenario-entry="inquiry-went-quiet"] [data-kb-scenario-score]')
            .textContent !== ''"""
    )
    assert entry.inner_text().endswith("（最好 8 分） · 你的最好成绩 0 分")


def test_a_cited_topic_section_links_to_the_scenario(page, site_url):
    page.goto(site_url + "topics/inquiry-followup/")
    link = page.locator("#weekly-call ~ .kb-scenario-link a").first
    assert link.inner_text() == "情景演练：询价客户要了方案，然后就没动静了"


def test_scenario_progress_travels_with_export_and_import(browser, site_url, tmp_path):
    page = new_watched_page(browser)
    open_scenario(page, site_url)
    for key in WEAK_PATH:
        choose(page, key)
    exported = export_progress(page, site_url, tmp_path)
    page.context.close()
    other = new_watched_page(browser)
    import_progress(other, site_url, exported)
    open_scenario(other, site_url)
    assert other.locator(".kb-turn--you").count() == 2, "the imported path resumes"
    other.goto(site_url + "quizzes/review/")
    other.wait_for_selector("[data-kb-scenario-review]:not([hidden])")
    assert other.locator("[data-kb-scenario-weak]:not([hidden])").count() == 2
    other.context.close()


def test_scenario_steps_come_back_in_todays_review_by_their_schedule(page, site_url):
    from datetime import datetime, timedelta

    monday = datetime(2026, 11, 30, 9, 0)
    page.clock.install(time=monday)
    open_scenario(page, site_url)
    for key in WEAK_PATH:
        choose(page, key)
    page.clock.set_system_time(monday + timedelta(days=1))
    page.goto(site_url + "quizzes/today/")
    page.wait_for_selector("[data-kb-scenario-due]:not([hidden])")
    due = page.locator("[data-kb-scenario-step]:not([hidden])")
    assert due.count() == 2, "both weak steps are due the next day"
    due.first.locator("a").click()
    page.wait_for_selector("[data-kb-scenario][data-kb-ready]", state="attached")
    assert page.url.endswith("?from=first-call")
    choose(page, "c2")
    page.goto(site_url + "quizzes/today/")
    page.wait_for_selector("[data-kb-scenario-due]", state="attached")
    assert page.locator("[data-kb-scenario-step]:not([hidden])").count() == 1, "a best choice pushes its step out"


def test_the_first_play_is_kept_apart_from_later_plays(page, site_url):
    """Issue 33: per scenario, the first choice at each step of the first play from the start."""
    open_scenario(page, site_url)
    choose(page, "c2")
    page.locator('[data-kb-scenario-action="step-back"]').click()
    for key in WEAK_PATH:
        choose(page, key)
    page.reload()
    page.wait_for_selector("[data-kb-scenario][data-kb-ready]", state="attached")
    page.locator('[data-kb-scenario-action="restart"]').click()
    for key in BEST_PATH:
        choose(page, key)
    record = page.evaluate(
        "JSON.parse(localStorage.getItem('kb-scenario-progress#/kb/')).scenarios['inquiry-went-quiet']"
    )
    first = record["first"]
    assert [step["choice"] for step in first["path"]] == ["c2", "c1"], (
        "the first choice at the start, then the weak play's"
    )
    assert first["finished"] is True
    assert [step["choice"] for step in record["path"]] == BEST_PATH, "the latest play is the record's path"


def test_a_step_the_browser_cannot_store_is_said_in_the_page(page, site_url):
    """Reliability #6 for 情景演练: the warning is seen, not only announced (and then covered)."""
    page.add_init_script(
        """(() => {
          const setItem = Storage.prototype.setItem;
          Storage.prototype.setItem = function (key, value) {
            if (String(key).startsWith("kb-scenario-progress")) throw new DOMException("full", "QuotaExceededError");
            return setItem.call(this, key, value);
          };
        })()"""
    )
    open_scenario(page, site_url)
    choose(page, "c2")
    warning = page.locator("[data-kb-scenario] [data-kb-not-saved]")
    assert warning.is_visible()
    assert "没能保存" in warning.inner_text()
