"""A new hire's whole journey with the keyboard alone, in Chromium on the fixture site.

home → topic → 本节自测 → answer → 全部提交 → 错题本 → practise → export → import. Only Tab,
Shift+Tab, Enter, Space and arrow keys are pressed; each step asserts where focus is.
"""

from __future__ import annotations

import pytest

from tests.support.browser import DESKTOP, watch_page
from tests.support.keyboard import tab_to

CHOICE_ITEMS = ":is([data-kb-kind=single], [data-kb-kind=multiple], [data-kb-kind=true_false])[data-kb-item]"


def focused_text(page) -> str:
    return page.evaluate("document.activeElement.textContent.trim()")


def answer_with_keyboard(page, item_id: str) -> None:
    """Tab into the item's first option, pick it with Space, then Enter on 提交本题."""
    tab_to(page, f"e.matches('[data-kb-item=\"{item_id}\"] input')")
    page.keyboard.press("Space")
    tab_to(page, f"e.matches('[data-kb-item=\"{item_id}\"] [data-kb-action=check]')")
    page.keyboard.press("Enter")
    page.wait_for_selector(f'[data-kb-item="{item_id}"] [data-kb-feedback]:not([hidden])')


@pytest.fixture
def keyboard_page(browser):
    context = browser.new_context(viewport=DESKTOP, accept_downloads=True)
    page = context.new_page()
    page.watch = watch_page(page)
    page.watch.accept_dialogs = True  # the import asks before replacing: the learner says yes
    # Playwright intercepts file choosers only while someone listens. Listening from the start
    # means the interception is in place long before Space is pressed; subscribing inside
    # expect_file_chooser() right before the key press lost the chooser about 1 run in 15 on a
    # busy 2-core machine (the Space and its click did reach the input).
    page.on("filechooser", lambda chooser: None)
    yield page
    context.close()


def test_the_whole_journey_works_with_the_keyboard_alone(keyboard_page, quiz_site_url, tmp_path):
    page = keyboard_page
    page.goto(quiz_site_url)
    tab_to(page, "e.href && e.href.endsWith('topics/sample/') && e.offsetParent")
    page.keyboard.press("Enter")
    page.wait_for_url("**/topics/sample/")

    tab_to(page, "e.textContent.trim().startsWith('本节自测')")
    page.keyboard.press("Enter")
    page.wait_for_url("**/quizzes/*/#item-*")
    page.wait_for_selector("[data-kb-quiz][data-kb-ready=true]")

    choice_items = page.locator(CHOICE_ITEMS).evaluate_all("items => items.map(i => i.dataset.kbItem)")
    for item_id in choice_items[:3]:
        answer_with_keyboard(page, item_id)
    tab_to(page, "e.matches('[data-kb-action=submit-all]')")
    page.keyboard.press("Enter")
    if page.locator("[data-kb-unanswered]").count():  # the others are left unanswered: submit them anyway
        tab_to(page, "e.matches('[data-kb-action=submit-unanswered]')")
        page.keyboard.press("Enter")
    page.wait_for_selector("[data-kb-result]:not([hidden])")
    assert page.evaluate("document.activeElement.matches('[data-kb-result]')"), "focus goes to the result"
    assert "得分" in page.locator("[data-kb-result]").inner_text()

    tab_to(page, "e.textContent.trim() === '错题本' && e.offsetParent", backwards=True)
    page.keyboard.press("Enter")
    page.wait_for_url("**/quizzes/review/")
    page.wait_for_selector("[data-kb-review][data-kb-ready=true]")
    assert page.locator("[data-kb-review] [data-kb-item]:visible").count() >= 1, "something was missed"

    tab_to(page, "e.matches('[data-kb-action=practice]')")
    page.keyboard.press("Enter")
    missed = page.locator(f"[data-kb-review] {CHOICE_ITEMS}:visible").first.get_attribute("data-kb-item")
    answer_with_keyboard(page, missed)
    tab_to(page, "e.matches('[data-kb-action=end-practice]')", backwards=True)
    page.keyboard.press("Enter")

    tab_to(page, "e.href && e.href.endsWith('/quizzes/') && e.offsetParent", backwards=True)
    page.keyboard.press("Enter")
    page.wait_for_url("**/quizzes/")
    tab_to(page, "e.matches('[data-kb-action=export]')")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    exported = tmp_path / "progress.json"
    download.value.save_as(exported)

    tab_to(page, "e.matches('[data-kb-import]')")
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files(exported)
    message = page.locator("[data-kb-data-message]")
    # the export left its own message (which mentions 导入): wait for the import's answer
    page.wait_for_function("/^(导入|已取消导入)/.test(document.querySelector('[data-kb-data-message]').textContent)")
    assert page.watch.dialogs and "确定导入吗" in page.watch.dialogs[-1], "import asks before replacing"
    assert message.inner_text().startswith("导入成功"), message.inner_text()
    assert page.watch.page_errors == []
