"""错题本, progress overview and own-your-data tools, in real Chromium on the fixture site."""

from __future__ import annotations

import json

import pytest
import yaml

from tests.support.browser import PHONE, SCREENS, watch_page
from tests.support.paths import FIXTURES


def fixture_banks() -> list[dict]:
    """The fixture site's banks, as YAML data."""
    return [
        yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((FIXTURES / "site-banks").glob("*.yml"))
    ]


def open_quiz(page, site, bank: str) -> None:
    page.goto(site + f"quizzes/{bank}/")
    page.wait_for_selector("[data-kb-quiz][data-kb-ready=true]")


def answer(page, item_id: str, *keys: str) -> None:
    item = page.locator(f'[data-kb-item="{item_id}"]')
    for key in keys:
        item.locator(f'[data-kb-option="{key}"] input').check()
    item.locator("[data-kb-action=check]").click()


def open_review(page, site) -> None:
    page.goto(site + "quizzes/review/")
    page.wait_for_selector("[data-kb-review][data-kb-ready=true]")


def visible_review_items(page) -> list[str]:
    return page.locator("[data-kb-review] [data-kb-item]:visible").evaluate_all("els => els.map(e => e.dataset.kbItem)")


def miss_two_items_in_two_banks(page, site) -> None:
    open_quiz(page, site, "basics")
    answer(page, "basics-single", "b")
    answer(page, "basics-true-false", "false")
    open_quiz(page, site, "shuffled")
    page.wait_for_timeout(20)  # distinct timestamps: the newest miss is listed first
    page.locator('[data-kb-item="shuffled-one"] .kb-quiz__option-text', has_text="错误三").click()
    page.locator('[data-kb-item="shuffled-one"] [data-kb-action=check]').click()


def test_the_empty_review_page_says_what_to_do(page, quiz_site_url):
    open_review(page, quiz_site_url)
    assert page.locator("[data-kb-review-empty]").is_visible()
    assert "去自测题做一套题吧" in page.locator("[data-kb-review-empty]").inner_text()
    assert visible_review_items(page) == []


def test_missed_items_from_two_banks_appear_newest_first_with_their_details(page, quiz_site_url):
    miss_two_items_in_two_banks(page, quiz_site_url)
    open_review(page, quiz_site_url)
    assert visible_review_items(page) == ["shuffled-one", "basics-single"]
    single = page.locator('[data-kb-review] [data-kb-item="basics-single"]')
    verdict = single.locator("[data-kb-verdict]").inner_text()
    assert "你上次的答案：“话术”" in verdict and "正确答案：“资源”" in verdict
    assert single.locator(".kb-quiz__explanation").inner_text().endswith("原文说一切长期交往的前提都是你有资源。")
    assert single.locator("[data-kb-cite]").inner_text() == "回到原文：第一节：先讲资源"
    groups = page.locator("[data-kb-review-group]:visible h2").all_inner_texts()
    assert groups == ["示例专题"]  # both items cite topics/sample.md
    assert page.locator("[data-kb-review-count]").inner_text().startswith("错题本里有 2 道题")
    assert page.locator("[data-kb-action=practice]").is_visible()
    assert not page.locator("[data-kb-action=end-practice]").is_visible()
    assert not single.locator("[data-kb-action=check]").is_visible()


def test_practising_a_missed_item_right_twice_removes_it(page, quiz_site_url):
    miss_two_items_in_two_banks(page, quiz_site_url)
    open_review(page, quiz_site_url)
    for _attempt in range(2):
        page.locator("[data-kb-action=practice]").click()
        answer(page, "basics-single", "a")
        answer(
            page,
            "shuffled-one",
            *page.locator('[data-kb-item="shuffled-one"] [data-kb-option]', has_text="正确").evaluate_all(
                "els => els.map(e => e.dataset.kbOption)"
            ),
        )
        page.locator("[data-kb-action=end-practice]").click()
    assert visible_review_items(page) == []
    assert page.locator("[data-kb-review-empty]").is_visible()


def test_one_right_answer_is_not_enough_to_leave_the_review(page, quiz_site_url):
    miss_two_items_in_two_banks(page, quiz_site_url)
    open_review(page, quiz_site_url)
    page.locator("[data-kb-action=practice]").click()
    answer(page, "basics-single", "a")
    assert "再答对一次就移出错题本" in page.locator('[data-kb-item="basics-single"] [data-kb-verdict]').inner_text()
    page.locator("[data-kb-action=end-practice]").click()
    assert "basics-single" in visible_review_items(page)


def test_progress_numbers_on_the_index_and_home_page_match_what_was_done(page, quiz_site_url):
    open_quiz(page, quiz_site_url, "basics")
    answer(page, "basics-single", "a")
    answer(page, "basics-multiple", "a")
    answer(page, "basics-true-false", "false")  # finished: 2 / 3
    page.goto(quiz_site_url + "quizzes/")
    row = page.locator('[data-kb-bank-row="basics"]')
    assert row.locator("[data-kb-cell=attempted]").inner_text() == "3 / 3"
    assert row.locator("[data-kb-cell=best]").inner_text() == "2 / 3"
    assert row.locator("[data-kb-cell=last]").inner_text() == page.evaluate("new Date().toISOString().slice(0, 10)")
    assert page.locator('[data-kb-bank-row="shuffled"] [data-kb-cell=attempted]').inner_text() == "0 / 1"
    overall = page.locator("[data-kb-progress-overall]").inner_text()
    banks = len(fixture_banks())
    assert (
        overall.startswith("总进度：做过 3 / ")
        and f"全部提交过 1 / {banks} 套题" in overall
        and "错题本里有 1 道题" in overall
    )
    page.goto(quiz_site_url)
    home = page.locator("[data-kb-progress=compact]")
    assert home.is_visible()
    assert overall in home.inner_text()
    assert "基础测验：做过 3 / 3，最好成绩 2 / 3" in home.inner_text()


def test_export_reset_and_import_restore_the_same_state(page, quiz_site_url, tmp_path):
    miss_two_items_in_two_banks(page, quiz_site_url)
    before = page.evaluate("localStorage.getItem('kb-quiz-progress#/kb/')")
    page.goto(quiz_site_url + "quizzes/")
    with page.expect_download() as download:
        page.locator("[data-kb-action=export]").click()
    exported = tmp_path / "progress.json"
    download.value.save_as(exported)
    assert json.loads(exported.read_text(encoding="utf-8"))["app"] == "sales-kb-progress"
    page.watch.accept_dialogs = True
    page.locator("[data-kb-action=reset-all]").click()
    assert page.watch.dialogs == [
        "确定清空这个知识库的全部做题记录、错题本和情景演练的进度吗？清空后无法恢复（可以先导出备份）。"
    ]
    assert json.loads(page.evaluate("localStorage.getItem('kb-quiz-progress#/kb/')"))["items"] == {}
    assert page.locator("[data-kb-progress-overall]").inner_text() == "还没有做题记录。"
    page.locator("[data-kb-import]").set_input_files(str(exported))
    page.wait_for_function("document.querySelector('[data-kb-data-message]').textContent.startsWith('导入成功')")
    assert json.loads(page.evaluate("localStorage.getItem('kb-quiz-progress#/kb/')")) == json.loads(before)
    open_review(page, quiz_site_url)
    assert visible_review_items(page) == ["shuffled-one", "basics-single"]


def test_reset_asks_first_and_cancelling_keeps_everything(page, quiz_site_url):
    miss_two_items_in_two_banks(page, quiz_site_url)
    before = page.evaluate("localStorage.getItem('kb-quiz-progress#/kb/')")
    page.goto(quiz_site_url + "quizzes/")
    page.locator("[data-kb-action=reset-all]").click()  # the watcher dismisses the confirm()
    assert len(page.watch.dialogs) == 1
    assert page.evaluate("localStorage.getItem('kb-quiz-progress#/kb/')") == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{broken", "导入失败：这不是有效的 JSON 文件。进度没有改变。"),
        ('{"hello": 1}', "导入失败：这不是本知识库导出的进度文件。进度没有改变。"),
        (
            '{"app": "sales-kb-progress", "version": 9, "banks": {}, "items": {}}',
            "导入失败：文件来自更新版本的知识库，请先更新页面。进度没有改变。",
        ),
    ],
    ids=["not-json", "foreign-file", "newer-version"],
)
def test_a_malformed_import_shows_an_error_and_keeps_the_state(page, quiz_site_url, tmp_path, content, message):
    miss_two_items_in_two_banks(page, quiz_site_url)
    before = page.evaluate("localStorage.getItem('kb-quiz-progress#/kb/')")
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    page.goto(quiz_site_url + "quizzes/")
    page.locator("[data-kb-import]").set_input_files(str(bad))
    page.wait_for_function("document.querySelector('[data-kb-data-message]').textContent.length > 0")
    assert page.locator("[data-kb-data-message]").inner_text() == message
    assert page.evaluate("localStorage.getItem('kb-quiz-progress#/kb/')") == before


@pytest.mark.parametrize("path", ["", "quizzes/", "quizzes/review/", "quizzes/basics/", "topics/sample/"])
def test_corrupt_storage_breaks_no_page(page, quiz_site_url, path):
    page.goto(quiz_site_url)
    page.evaluate(
        'localStorage.setItem(\'kb-quiz-progress#/kb/\', \'{"version":1,"banks":{"basics":7},"items":{"x":{"bank":3}}}\')'
    )
    page.goto(quiz_site_url + path)
    page.wait_for_load_state("networkidle")
    assert page.watch.page_errors == []


def test_topic_sections_with_items_link_to_them_with_the_right_count(page, quiz_site_url):
    page.goto(quiz_site_url + "topics/sample/")
    links = page.locator(".kb-selfcheck a")
    cites = [item["cite"] for bank in fixture_banks() for item in bank["items"]]
    alpha, beta = cites.count("topics/sample.md#alpha"), cites.count("topics/sample.md#beta")
    assert alpha >= 3 and beta >= 3  # basics, shuffled and xss cite both sections
    assert links.all_inner_texts() == [f"本节自测（{alpha} 题）", f"本节自测（{beta} 题）"]
    links.first.click()
    page.wait_for_url("**/quizzes/*/#item-*")  # the first bank (by file name) with an item on alpha
    target = page.evaluate("location.hash.slice(1)")
    assert target.removeprefix("item-") in [
        item["id"] for bank in fixture_banks() for item in bank["items"] if item["cite"].endswith("#alpha")
    ]
    page.locator(f"#{target}").wait_for(state="visible")
    page.goto(quiz_site_url + "topics/other/")
    assert page.locator(".kb-selfcheck").count() == 0


def test_the_answer_key_view_shows_every_answer_for_printing(page, quiz_site_url, artifacts_dir):
    page.goto(quiz_site_url + "quizzes/basics/?print=answers")
    page.wait_for_selector("[data-kb-ready=true]")
    assert page.locator(".kb-quiz__feedback:visible").count() == 3
    assert page.locator(".kb-quiz__option.is-answer").count() == 4
    page.emulate_media(media="print")
    assert not page.locator(".md-header").is_visible()
    assert not page.locator(".md-sidebar--primary").is_visible()
    assert not page.locator("[data-kb-action=submit-all]").is_visible()
    page.pdf(path=str(artifacts_dir / "quiz-answer-key.pdf"))


@pytest.mark.parametrize(("viewport", "scheme"), list(SCREENS.values()), ids=list(SCREENS))
def test_review_and_progress_pages_fit_the_screen(browser, quiz_site_url, artifacts_dir, viewport, scheme):
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    watch = watch_page(page)
    miss_two_items_in_two_banks(page, quiz_site_url)
    device = "phone" if viewport is PHONE else "desktop"
    for path, name in [("quizzes/review/", "review"), ("quizzes/", "progress"), ("", "home-progress")]:
        page.goto(quiz_site_url + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0, name
        page.screenshot(path=str(artifacts_dir / f"{name}-{device}-{scheme}.png"), full_page=True)
    assert watch.page_errors == []
    context.close()


def test_after_clearing_the_due_line_goes_at_once_without_a_reload(page, quiz_site_url):
    miss_two_items_in_two_banks(page, quiz_site_url)
    page.goto(quiz_site_url + "quizzes/")
    due = page.locator("[data-kb-due]").first
    due.wait_for(state="visible")
    page.evaluate("window.__sameDocument = true")
    page.watch.accept_dialogs = True
    page.locator("[data-kb-action=reset-all]").click()
    page.wait_for_function("document.querySelector('[data-kb-data-message]').textContent.startsWith('已清空')")
    assert page.evaluate("window.__sameDocument === true")  # no reload happened
    assert not due.is_visible()
