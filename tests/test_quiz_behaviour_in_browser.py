"""How answering behaves (issues 15 and 17): options shuffled wherever a learner answers, focus
after each action, unanswered items on 全部提交, the print link, and marks on your own picks."""

from __future__ import annotations

from tests.support.browser import PHONE
from tests.test_progress_in_browser import miss_two_items_in_two_banks, open_quiz, open_review

RUNS = 60  # with 6 options, a position never holding the key in 60 runs has odds of about 1 in 10,000


def key_position(page, item_id: str) -> int:
    options = page.locator(f'[data-kb-item="{item_id}"] [data-kb-option]')
    return options.evaluate_all(
        "els => els.findIndex(e => e.querySelector('.kb-quiz__option-text').textContent.trim() === '正确')"
    )


def test_on_the_quiz_page_every_position_holds_the_key_over_many_reloads(page, quiz_site_url):
    open_quiz(page, quiz_site_url, "shuffled")
    positions = set()
    for _ in range(RUNS):
        page.reload()
        page.wait_for_selector("[data-kb-ready=true]")
        positions.add(key_position(page, "shuffled-one"))
    assert positions == set(range(6))


def test_in_review_practice_every_position_holds_the_key(page, quiz_site_url):
    miss_two_items_in_two_banks(page, quiz_site_url)
    open_review(page, quiz_site_url)
    positions = set()
    for _ in range(RUNS):
        page.locator("[data-kb-action=practice]").click()
        positions.add(key_position(page, "shuffled-one"))
        page.locator("[data-kb-action=end-practice]").click()
    assert positions == set(range(6))


def test_the_answer_key_view_marks_keys_in_the_written_order(page, quiz_site_url):
    page.goto(quiz_site_url + "quizzes/shuffled/?print=answers")
    page.wait_for_selector("[data-kb-ready=true]")
    options = page.locator("[data-kb-option]").evaluate_all("els => els.map(e => e.dataset.kbOption)")
    assert options == ["a", "b", "c", "d", "e", "f"]
    assert page.locator(".kb-quiz__option.is-answer").evaluate_all("els => els.map(e => e.dataset.kbOption)") == ["a"]


def test_no_learner_facing_control_leads_to_the_answer_key(page, quiz_site_url):
    page.goto(quiz_site_url + "topics/sample/")
    page.locator(".kb-selfcheck a").first.click()  # an instant-navigation swap to a quiz
    page.wait_for_selector("[data-kb-quiz][data-kb-ready=true]")
    hrefs = page.locator("a[href]").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert [href for href in hrefs if "print=" in href] == []
    assert page.get_by_text("答案的版本").count() == 0


def test_the_answer_key_opens_from_its_address_after_instant_navigation(page, quiz_site_url):
    page.goto(quiz_site_url + "topics/sample/")
    page.locator(".kb-selfcheck a").first.click()
    page.wait_for_selector("[data-kb-quiz][data-kb-ready=true]")
    quiz_url = page.url.split("#")[0]
    page.goto(quiz_url + "?print=answers")
    page.wait_for_selector(".kb-quiz--answer-key[data-kb-ready=true]")
    assert page.locator(".kb-quiz__option.is-answer").count() >= 1


def test_focus_moves_to_the_verdict_after_checking_an_item(page, quiz_site_url):
    open_quiz(page, quiz_site_url, "basics")
    page.locator('[data-kb-item="basics-single"] [data-kb-option="a"] input').check()
    page.locator('[data-kb-item="basics-single"] [data-kb-action=check]').focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.hasAttribute('data-kb-verdict')")
    assert page.evaluate("document.activeElement.textContent") == "回答正确。"


def test_submit_all_with_unanswered_items_asks_and_leaves_them_open(page, quiz_site_url):
    open_quiz(page, quiz_site_url, "basics")
    page.locator('[data-kb-item="basics-single"] [data-kb-option="a"] input').check()
    page.locator("[data-kb-action=submit-all]").click()
    prompt = page.locator("[data-kb-unanswered]")
    assert prompt.inner_text().startswith("已提交作答过的 1 题。还有 2 题未作答（第 2 题、第 3 题）")
    assert page.evaluate("document.activeElement.closest('[data-kb-unanswered]') !== null")
    assert page.locator('[data-kb-item="basics-single"] [data-kb-verdict]').inner_text() == "回答正确。"
    assert page.locator('[data-kb-item="basics-true-false"] input').first.is_enabled(), (
        "an unanswered item is not locked"
    )
    assert page.locator("[data-kb-result]").is_hidden()
    page.locator("[data-kb-action=answer-unanswered]").click()
    assert page.evaluate("document.activeElement.closest('[data-kb-item]').dataset.kbItem") == "basics-multiple"
    page.locator("[data-kb-action=submit-all]").click()
    page.locator("[data-kb-action=submit-unanswered]").click()
    assert page.locator(".kb-quiz__score").inner_text().startswith("得分：1 / 3")
    assert page.evaluate("document.activeElement.hasAttribute('data-kb-result')")
    open_review(page, quiz_site_url)
    assert page.locator("[data-kb-review-count]").inner_text().startswith("错题本里有 2 道题"), (
        "what the result lists as missed is in the 错题本"
    )


def test_cancelling_reset_replaces_an_old_status_message(page, quiz_site_url, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{broken", encoding="utf-8")
    page.goto(quiz_site_url + "quizzes/")
    page.locator("[data-kb-import]").set_input_files(str(bad))
    page.wait_for_function("document.querySelector('[data-kb-data-message]').textContent.startsWith('导入失败')")
    page.locator("[data-kb-action=reset-all]").click()  # the watcher dismisses the confirm()
    assert page.locator("[data-kb-data-message]").inner_text() == "已取消清空。进度没有改变。"


def test_a_picked_right_option_is_marked_as_yours_and_right(page, quiz_site_url):
    open_quiz(page, quiz_site_url, "basics")
    page.locator('[data-kb-item="basics-multiple"] [data-kb-option="a"] input').check()
    page.locator('[data-kb-item="basics-multiple"] [data-kb-action=check]').click()
    mark = "el => getComputedStyle(el, '::after').content"
    assert (
        page.locator('[data-kb-item="basics-multiple"] [data-kb-option="a"]').evaluate(mark) == '"✓ 你的选择（正确）"'
    )
    assert page.locator('[data-kb-item="basics-multiple"] [data-kb-option="b"]').evaluate(mark) == '"✓ 正确答案"'


def test_checking_an_unanswered_item_says_so_next_to_the_button_without_opening_the_feedback(page, quiz_site_url):
    open_quiz(page, quiz_site_url, "basics")
    single = page.locator('[data-kb-item="basics-single"]')
    single.locator("[data-kb-action=check]").click()
    assert single.locator("[data-kb-empty-hint]").inner_text() == "请先选择答案。"
    assert single.locator("[data-kb-empty-hint]").is_visible()
    assert single.locator("[data-kb-feedback]").is_hidden(), "the explanation stays closed"
    single.locator('[data-kb-option="a"] input').check()
    single.locator("[data-kb-action=check]").click()
    assert single.locator("[data-kb-empty-hint]").count() == 0


def test_a_result_says_what_to_do_next_with_the_missed_count_and_the_next_lesson(page, quiz_site_url):
    open_quiz(page, quiz_site_url, "basics")
    page.locator("[data-kb-action=submit-all]").click()
    page.locator("[data-kb-action=submit-unanswered]").click()
    next_steps = page.locator("[data-kb-next]")
    next_steps.wait_for(state="visible")
    missed = page.locator("[data-kb-result] .kb-quiz__missed li").count()
    review = next_steps.locator("[data-kb-next-review]")
    assert review.is_visible() and review.inner_text() == f"去错题本练习没答对的 {missed} 题"
    assert review.get_attribute("href").endswith("quizzes/review/")
    lesson = next_steps.locator("[data-kb-next-lesson]")
    assert lesson.inner_text().startswith("下一课：")
    due = next_steps.locator("[data-kb-next-due]")  # the quiz page's own line: no overview part here
    due.wait_for(state="visible")  # the missed items come back tomorrow: the line says when
    assert "明天" in due.inner_text()
    page.locator("[data-kb-action=reset]").click()
    assert not next_steps.is_visible()


def test_the_score_line_is_below_the_sticky_header_when_the_result_is_focused_on_a_phone(browser, quiz_site_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    open_quiz(page, quiz_site_url, "all-types")
    page.locator("[data-kb-action=submit-all]").click()
    page.locator("[data-kb-action=submit-unanswered]").click()
    page.wait_for_selector("[data-kb-result]:not([hidden])")
    page.wait_for_timeout(300)
    header_bottom = page.evaluate("document.querySelector('.md-header').getBoundingClientRect().bottom")
    score_top = page.evaluate("document.querySelector('.kb-quiz__score').getBoundingClientRect().top")
    context.close()
    assert score_top >= header_bottom


def test_a_missed_fill_in_is_listed_by_its_sentence_and_each_blank_is_named_by_its_words(page, quiz_site_url):
    open_quiz(page, quiz_site_url, "all-types")
    blanks = page.locator('[data-kb-item="all-fill-in"] input')
    assert blanks.nth(0).get_attribute("aria-label") == "第 1 空（销售不跟踪，＿）"
    page.locator("[data-kb-action=submit-all]").click()
    page.locator("[data-kb-action=submit-unanswered]").click()
    missed = page.locator("[data-kb-result] .kb-quiz__missed li").all_inner_texts()
    assert any("销售不跟踪，＿＿；跟踪要有＿＿。" in entry for entry in missed), missed


def test_an_answer_typed_in_traditional_characters_is_accepted(page, quiz_site_url):
    open_quiz(page, quiz_site_url, "all-types")
    item = page.locator('[data-kb-item="all-fill-in"]')
    item.locator("input").nth(0).fill("到頭一場空")
    item.locator("input").nth(1).fill("具體承諾")
    item.locator("[data-kb-action=check]").click()
    assert item.locator("[data-kb-verdict]").inner_text().startswith("回答正确")
