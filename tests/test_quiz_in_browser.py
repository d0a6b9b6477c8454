"""Taking a quiz in real Chromium: grading, feedback, keyboard, progress, instant navigation."""

from __future__ import annotations

import pytest

from tests.support.browser import PHONE, SCREENS, watch_page


@pytest.fixture
def quiz(page, quiz_site_url):
    page.goto(quiz_site_url + "quizzes/basics/")
    page.wait_for_selector("[data-kb-quiz][data-kb-ready=true]")
    return page


def item(page, item_id: str):
    return page.locator(f'[data-kb-item="{item_id}"]')


def choose(page, item_id: str, *keys: str) -> None:
    for key in keys:
        item(page, item_id).locator(f'[data-kb-option="{key}"] input').check()


def check(page, item_id: str) -> None:
    item(page, item_id).locator("[data-kb-action=check]").click()


def test_a_right_answer_shows_right_its_explanation_and_the_link_back(quiz, quiz_site_url):
    choose(quiz, "basics-single", "a")
    check(quiz, "basics-single")
    single = item(quiz, "basics-single")
    assert single.locator("[data-kb-verdict]").inner_text() == "回答正确。"
    assert single.locator('[data-kb-option-feedback="a"]').inner_text() == "对，资源是长期交往的前提。"
    assert single.locator(".kb-quiz__explanation").inner_text().endswith("原文说一切长期交往的前提都是你有资源。")
    cite = single.locator("[data-kb-cite]")
    assert cite.inner_text() == "回到原文：第一节：先讲资源"
    cite.click()
    quiz.wait_for_url("**/topics/sample/#alpha")
    assert quiz.locator("#alpha").inner_text().startswith("第一节：先讲资源")


def test_a_wrong_answer_shows_wrong_the_right_answer_and_the_feedback_for_the_choice(quiz):
    choose(quiz, "basics-single", "b")
    check(quiz, "basics-single")
    single = item(quiz, "basics-single")
    assert single.locator("[data-kb-verdict]").inner_text() == "回答错误。正确答案：“资源”。"
    assert single.locator('[data-kb-option-feedback="b"]').is_visible()
    assert single.locator('[data-kb-option-feedback="b"]').inner_text() == "话术只在初步接触时有用。"
    assert not single.locator('[data-kb-option-feedback="c"]').is_visible()
    assert single.locator(".kb-quiz__explanation").is_visible()


def test_a_multiple_choice_item_needs_every_correct_option(quiz):
    choose(quiz, "basics-multiple", "a")
    check(quiz, "basics-multiple")
    assert item(quiz, "basics-multiple").locator("[data-kb-verdict]").inner_text().startswith("回答错误")
    quiz.locator("[data-kb-action=reset]").click()
    choose(quiz, "basics-multiple", "a", "b")
    check(quiz, "basics-multiple")
    assert item(quiz, "basics-multiple").locator("[data-kb-verdict]").inner_text() == "回答正确。"


def test_submitting_the_whole_quiz_gives_the_score_and_links_to_what_was_missed(quiz):
    choose(quiz, "basics-single", "a")
    choose(quiz, "basics-multiple", "a", "c")
    choose(quiz, "basics-true-false", "false")
    quiz.locator("[data-kb-action=submit-all]").click()
    result = quiz.locator("[data-kb-result]")
    assert result.locator(".kb-quiz__score").inner_text().startswith("得分：2 / 3（67%）")
    missed = result.locator(".kb-quiz__missed li")
    assert missed.count() == 1
    assert missed.first.inner_text().startswith("第 2 题：哪些做法符合多听少说？")
    assert (
        missed.first.locator("a").last.evaluate("a => new URL(a.href).pathname + new URL(a.href).hash")
        == "/kb/topics/sample/#beta"
    )
    assert quiz.evaluate("document.activeElement.hasAttribute('data-kb-result')")  # the score is read from there


def test_the_quiz_can_be_finished_with_the_keyboard_alone(quiz):
    quiz.locator('[data-kb-item="basics-single"] input').first.focus()
    quiz.keyboard.press("Space")  # picks the focused radio ("资源")
    quiz.keyboard.press("Tab")  # leaves the radio group → 提交本题
    quiz.keyboard.press("Enter")
    assert item(quiz, "basics-single").locator("[data-kb-verdict]").inner_text() == "回答正确。"
    quiz.locator('[data-kb-item="basics-multiple"] input').first.focus()
    quiz.keyboard.press("Space")
    quiz.keyboard.press("Tab")
    quiz.keyboard.press("Space")
    quiz.locator('[data-kb-item="basics-true-false"] input').first.focus()
    quiz.keyboard.press("ArrowDown")  # moves to and picks "错"
    quiz.locator("[data-kb-action=submit-all]").focus()
    quiz.keyboard.press("Enter")
    assert quiz.locator(".kb-quiz__score").inner_text().startswith("得分：3 / 3")


def test_answers_and_score_survive_a_reload(quiz):
    choose(quiz, "basics-single", "b")
    check(quiz, "basics-single")
    choose(quiz, "basics-multiple", "a")  # chosen but not yet submitted
    quiz.reload()
    quiz.wait_for_selector("[data-kb-ready=true]")
    assert item(quiz, "basics-single").locator("[data-kb-verdict]").inner_text().startswith("回答错误")
    assert item(quiz, "basics-multiple").locator('[data-kb-option="a"] input').is_checked()
    choose(quiz, "basics-multiple", "b")
    choose(quiz, "basics-true-false", "false")
    quiz.locator("[data-kb-action=submit-all]").click()
    quiz.reload()
    assert quiz.locator(".kb-quiz__score").inner_text().startswith("得分：2 / 3（67%）。最好成绩：2 / 3")


def test_the_quiz_works_after_leaving_and_coming_back_with_instant_navigation(quiz):
    quiz.evaluate("window.__sameDocument = true")
    quiz.locator(".kb-quiz__intro a", has_text="示例专题").click()
    quiz.wait_for_url("**/topics/sample/")
    quiz.go_back()
    quiz.wait_for_url("**/quizzes/basics/")
    quiz.wait_for_selector("[data-kb-ready=true]")
    assert quiz.evaluate("window.__sameDocument === true"), "navigation reloaded the page instead of swapping it"
    choose(quiz, "basics-single", "a")
    check(quiz, "basics-single")
    assert item(quiz, "basics-single").locator("[data-kb-verdict]").inner_text() == "回答正确。"


def test_shuffling_changes_the_order_but_not_which_answer_is_right(page, quiz_site_url):
    page.goto(quiz_site_url + "quizzes/shuffled/")
    page.wait_for_selector("[data-kb-ready=true]")
    orders = set()
    for _ in range(6):
        orders.add(
            tuple(
                page.locator('[data-kb-item="shuffled-one"] [data-kb-option]').evaluate_all(
                    "els => els.map(e => e.dataset.kbOption)"
                )
            )
        )
        page.locator("[data-kb-option] .kb-quiz__option-text", has_text="正确").click()
        check(page, "shuffled-one")
        assert item(page, "shuffled-one").locator("[data-kb-verdict]").inner_text() == "回答正确。"
        page.locator("[data-kb-action=reset]").click()
    assert len(orders) > 1


def test_corrupt_or_old_stored_progress_is_ignored(page, quiz_site_url):
    for stored in [
        "{not json",
        '{"version": 99, "banks": 5}',
        '{"version": 1, "banks": {"basics": {"current": {"answers": {"basics-single": "zzz"}, "checked": []}}}, "items": [1]}',
    ]:
        page.goto(quiz_site_url + "quizzes/basics/")
        page.evaluate("value => localStorage.setItem('kb-quiz-progress#/kb/', value)", stored)
        page.reload()
        page.wait_for_selector("[data-kb-ready=true]")
        choose(page, "basics-single", "a")
        check(page, "basics-single")
        assert item(page, "basics-single").locator("[data-kb-verdict]").inner_text() == "回答正确。"
    assert page.watch.page_errors == []


def test_the_injection_bank_runs_no_script_and_shows_the_vectors_as_text(page, quiz_site_url):
    page.goto(quiz_site_url + "quizzes/xss/")
    page.wait_for_selector("[data-kb-ready=true]")
    page.locator('[data-kb-option="b"]').first.click()
    page.locator("[data-kb-action=submit-all]").click()
    page.locator(".kb-quiz__option-text").nth(1).hover()
    assert page.locator("h1").first.inner_text().startswith("自测：</title><script>alert('title')</script>")
    shown = page.locator("article").inner_text()
    for vector in [
        "<script>alert('intro')</script>",  # intro
        "<script>alert('question')</script><img src=x onerror=alert('q2')>",  # question
        "<IMG SRC=JaVaScRiPt:alert('option1')>",  # option text
        "' onmouseover='alert(6)",  # option text, attribute breakout
        "<a href=\"javascript:alert('feedback2')\">链接</a>",  # feedback of the chosen option
        "</script><script>alert('explanation')</script>",  # explanation
        '" onfocus="alert(\'tf1\')" autofocus="',  # true/false question
    ]:
        assert vector in shown, vector
    assert page.locator("article img, article iframe, article svg:not(.md-icon svg)").count() == 0
    assert (
        page.evaluate(
            "[...document.querySelectorAll('a')].filter(a => /^\\s*javascript:/i.test(a.getAttribute('href') || '')).length"
        )
        == 0
    )
    assert page.watch.dialogs == []
    assert page.watch.page_errors == []
    assert page.watch.foreign_requests() == []


@pytest.mark.parametrize(("viewport", "scheme"), list(SCREENS.values()), ids=list(SCREENS))
def test_a_finished_quiz_fits_the_screen_in_both_colour_schemes(
    browser, quiz_site_url, artifacts_dir, viewport, scheme
):
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    watch = watch_page(page)
    page.goto(quiz_site_url + "quizzes/basics/")
    page.wait_for_selector("[data-kb-ready=true]")
    choose(page, "basics-single", "b")
    choose(page, "basics-multiple", "a", "b")
    page.locator("[data-kb-action=submit-all]").click()
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    device = "phone" if viewport is PHONE else "desktop"
    page.screenshot(path=str(artifacts_dir / f"quiz-finished-{device}-{scheme}.png"), full_page=True)
    assert watch.page_errors == [] and watch.foreign_requests() == []
    context.close()
