"""The pilot copy (`?print=blank`, issue 26): questions and options only, for a colleague who has
not read the material. No keys, feedback, explanations or links back to the material; options
shuffled when the bank shuffles, in the written order when it does not."""

from __future__ import annotations

from tests.test_item_types_in_browser import BANK as ALL_TYPES
from tests.test_item_types_in_browser import item_key, item_of, open_page, shown_order

RUNS = 20  # a six-option key at one position in 20 shuffles: odds of about 1 in 10^15

GIVEAWAYS = "[data-kb-feedback], [data-kb-accepted], .kb-quiz__explanation, [data-kb-cite], .is-answer, .kb-quiz__tools"


def open_blank(page, url: str) -> None:
    page.goto(url + "?print=blank")
    page.wait_for_selector("[data-kb-quiz][data-kb-ready=true]")


def test_the_blank_copy_shows_questions_and_options_and_nothing_that_gives_the_answer(page, quiz_site_url):
    open_blank(page, quiz_site_url + "quizzes/basics/")
    quiz = page.locator("[data-kb-quiz]")
    assert quiz.get_attribute("class") == "kb-quiz kb-quiz--blank"
    assert quiz.locator(".kb-quiz__question-text").first.inner_text() == "客户关系靠什么长期维持？"
    options = quiz.locator('[data-kb-item="basics-single"] .kb-quiz__option-text').all_inner_texts()
    assert options == ["资源", "话术", "酒量"]  # the bank does not shuffle: the written order
    assert page.locator(GIVEAWAYS).count() == 0
    assert quiz.get_attribute("data-kb-answer-key") is None
    assert quiz.locator("a").count() == 0  # the intro's link to the topic page is gone with the intro
    text = page.locator("[data-kb-quiz]").inner_text()
    for answer_text in ("资源是长期交往的前提", "原文说一切长期交往的前提", "回到原文", "打印带答案", "解析"):
        assert answer_text not in text
    assert page.locator("[data-kb-action]").count() == 0  # nothing to submit: the colleague answers on paper


def test_the_blank_copy_shuffles_the_options_when_the_bank_shuffles(page, quiz_site_url):
    open_blank(page, quiz_site_url + "quizzes/shuffled/")
    positions = set()
    for _ in range(RUNS):
        page.reload()
        page.wait_for_selector("[data-kb-ready=true]")
        texts = page.locator('[data-kb-item="shuffled-one"] .kb-quiz__option-text').all_inner_texts()
        positions.add(texts.index("正确"))
    assert len(positions) > 1


def test_the_blank_copy_of_the_new_types_shows_no_order_pair_or_accepted_answer(page, quiz_site_url):
    open_page(page, quiz_site_url + f"quizzes/{ALL_TYPES}/")
    right_order = item_key(page, "ordering")["correct"]  # read from the learner's page, which has the key
    open_blank(page, quiz_site_url + f"quizzes/{ALL_TYPES}/")
    assert sorted(shown_order(item_of(page, "ordering"))) == sorted(right_order)
    assert shown_order(item_of(page, "ordering")) != right_order
    selects = item_of(page, "matching").locator("select").evaluate_all("els => els.map(s => s.value)")
    assert set(selects) == {""}
    rights = item_of(page, "matching").locator("select").first.locator("option").all_inner_texts()[1:]
    assert item_of(page, "matching").locator(".kb-quiz__blank-choices").inner_text() == "可选：" + " ／ ".join(rights)
    blanks = item_of(page, "fill_in").locator("input").evaluate_all("els => els.map(i => i.value)")
    assert blanks and set(blanks) == {""}
    assert page.locator(GIVEAWAYS).count() == 0


def test_a_screenshot_of_the_printed_blank_copy(page, quiz_site_url, artifacts_dir):
    open_blank(page, quiz_site_url + f"quizzes/{ALL_TYPES}/")
    page.emulate_media(media="print")
    page.screenshot(path=str(artifacts_dir / "print-blank.png"), full_page=True)
    assert page.locator(".kb-quiz__blank-note").is_visible()
    assert page.locator(".kb-order__moves").first.is_hidden()
