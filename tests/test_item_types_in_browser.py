"""Ordering, matching and fill-in items in real Chromium: right, wrong and partly right answers,
keyboard only, phone width, dark mode, reload, instant navigation, 错题本 practice, export/import.

Runs on the fixture site's `all-types` bank (tests/fixtures/site-banks/all-types.yml). Items are
found by kind, and right answers are read from the page's own answer key.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

import pytest

from tests.support.browser import DESKTOP, PHONE, watch_page
from tests.support.paths import FIXTURES
from tests.support.site import served_fixture_site

BANK = "all-types"


@pytest.fixture(scope="module")
def types_url(request) -> str:
    """The all-types quiz page (KB_TYPES_URL may point at another page in the same DOM)."""
    if os.environ.get("KB_TYPES_URL"):
        return os.environ["KB_TYPES_URL"]
    return request.getfixturevalue("quiz_site_url") + f"quizzes/{BANK}/"


def open_page(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("[data-kb-quiz][data-kb-ready=true]")


@pytest.fixture
def quiz(page, types_url):
    open_page(page, types_url)
    return page


def answer_key(page) -> dict:
    return json.loads(page.locator("[data-kb-quiz]").first.get_attribute("data-kb-answer-key"))["items"]


def item_of(page, kind: str):
    return page.locator(f'[data-kb-item][data-kb-kind="{kind}"]:visible').first


BANK_PAGE_KEYS = """async bank => {
  const response = await fetch(new URL("../" + bank + "/", location.href));
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  return JSON.parse(page.querySelector("[data-kb-answer-key]").getAttribute("data-kb-answer-key")).items;
}"""
"""The item keys a bank's page ships, read in the browser from the page of `bank`."""


def item_key(page, kind: str) -> dict:
    """An item's key: from the page's own key on a bank's page; the 错题本 and 今日复习 keep the keys
    they gather in memory, so there it is read from the page of the item's bank."""
    item = item_of(page, kind)
    item_id = item.get_attribute("data-kb-item")
    own_keys = answer_key(page)
    return (
        own_keys[item_id]
        if item_id in own_keys
        else page.evaluate(BANK_PAGE_KEYS, item.get_attribute("data-kb-bank"))[item_id]
    )


def shown_order(item) -> list[str]:
    return item.locator("[data-kb-order-entry]").evaluate_all("els => els.map(e => e.dataset.kbOrderEntry)")


def put_in_order(page, item, order: list[str]) -> None:
    """Moves entries with 上移 only, from the keyboard, until the list shows `order`.

    The first entry is moved down and back first: an untouched list counts as unanswered.
    """
    item.locator("[data-kb-order-entry] [data-kb-move=down]").first.click()
    item.locator("[data-kb-order-entry]").nth(1).locator("[data-kb-move=up]").click()
    for position, key in enumerate(order):
        while shown_order(item).index(key) > position:
            entry = item.locator("[data-kb-order-entry]").nth(shown_order(item).index(key))
            entry.locator("[data-kb-move=up]").focus()
            page.keyboard.press("Enter")


def announced(page) -> str:
    page.wait_for_timeout(120)
    return page.locator("[data-kb-announce]").first.inner_text()


def check(item) -> None:
    item.locator("[data-kb-action=check]").click()


def restart(page) -> None:
    """再做一次, accepting the question D20 asks when other items hold picked but unsubmitted answers."""

    def accept(dialog) -> None:
        dialog.accept()

    page.on("dialog", accept)
    page.locator("[data-kb-action=reset]").click()
    page.remove_listener("dialog", accept)


def verdict(item) -> str:
    return item.locator("[data-kb-verdict]").inner_text()


def matching_answer(page, item, rights: list[str]) -> None:
    for index, right in enumerate(rights, start=1):
        item.locator("[data-kb-match-select]").nth(index - 1).select_option(value=right)


def fill(item, texts: list[str]) -> None:
    for index, text in enumerate(texts):
        item.locator("[data-kb-blank]").nth(index).fill(text)


def swapped(order: list[str], first: int, second: int) -> list[str]:
    order = list(order)
    order[first], order[second] = order[second], order[first]
    return order


# ---- ordering -------------------------------------------------------------------------------


def test_an_ordering_item_starts_shuffled_never_in_the_right_order(page, types_url):
    for _ in range(5):
        open_page(page, types_url)
        assert shown_order(item_of(page, "ordering")) != item_key(page, "ordering")["correct"]


def test_moving_an_entry_keeps_focus_on_its_button_and_announces_the_new_place(quiz):
    item = item_of(quiz, "ordering")
    first = item.locator("[data-kb-order-entry]").first
    key = first.get_attribute("data-kb-order-entry")
    text = first.locator(".kb-order__text").inner_text().strip()
    first.locator("[data-kb-move=down]").focus()
    quiz.keyboard.press("Enter")
    assert shown_order(item)[1] == key
    assert quiz.evaluate("document.activeElement.getAttribute('aria-label')") == f"下移：{text}"
    assert announced(quiz) == f"“{text}”移到第 2 位"
    quiz.keyboard.press("Enter")  # still focused: pressing again moves it on
    assert announced(quiz) == f"“{text}”移到第 3 位"


def test_ordering_right_wrong_and_partly_right(quiz):
    item = item_of(quiz, "ordering")
    correct = item_key(quiz, "ordering")["correct"]
    put_in_order(quiz, item, swapped(correct, 1, 3))
    check(item)
    assert verdict(item).startswith("回答错误。第 2、4 位放错了。正确顺序：")
    assert item.locator("[data-kb-verdict]").evaluate("(v) => v === document.activeElement")  # read from there
    marks = item.locator("[data-kb-part-mark]").all_inner_texts()
    assert marks[0] == "✓ 位置正确" and marks[1].startswith("✗ 应排第 4 位") and marks[3].startswith("✗ 应排第 2 位")
    assert item.locator("[data-kb-item-feedback]").is_visible()
    assert quiz.evaluate("document.activeElement.hasAttribute('data-kb-verdict')")
    restart(quiz)
    put_in_order(quiz, item, correct)
    check(item)
    assert verdict(item) == "回答正确。"
    assert not item.locator("[data-kb-item-feedback]").is_visible()


# ---- matching -------------------------------------------------------------------------------


def test_matching_right_wrong_and_partly_right(quiz):
    item = item_of(quiz, "matching")
    correct = item_key(quiz, "matching")["correct"]
    matching_answer(quiz, item, [correct[0]] + [""] * (len(correct) - 1))
    check(item)
    assert verdict(item).startswith(
        "回答错误。第 " + "、".join(str(n) for n in range(2, len(correct) + 1)) + " 对配错了。"
    )
    marks = item.locator("[data-kb-part-mark]").all_inner_texts()
    assert marks[0] == "✓ 配对正确" and all(mark.startswith("✗ 应配：") for mark in marks[1:])
    restart(quiz)
    matching_answer(quiz, item, correct)
    check(item)
    assert verdict(item) == "回答正确。"
    assert item.locator("[data-kb-part-mark]").all_inner_texts() == ["✓ 配对正确"] * len(correct)


def test_each_matching_select_is_labelled_by_its_left_entry(quiz):
    item = item_of(quiz, "matching")
    for index in range(item.locator("[data-kb-match-row]").count()):
        row = item.locator("[data-kb-match-row]").nth(index)
        left = row.locator(".kb-match__left").inner_text().strip()
        assert row.locator("select").evaluate("s => s.labels[0].textContent.trim()") == left


# ---- fill-in --------------------------------------------------------------------------------


def test_fill_in_right_wrong_and_partly_right(quiz):
    item = item_of(quiz, "fill_in")
    accepted = item_key(quiz, "fill_in")["accepted"]
    fill(item, ["不对的话"] * len(accepted))
    check(item)
    assert verdict(item).startswith("回答错误。")
    assert item.locator("[data-kb-accepted]").is_visible()
    assert item.locator("[data-kb-part-mark]").all_inner_texts() == ["✗ 填错了"] * len(accepted)
    restart(quiz)
    # full-width letters, spaces and punctuation around an accepted answer still count
    fill(item, [f" {answers[0]}！" for answers in accepted])
    check(item)
    assert verdict(item) == "回答正确。"
    assert item.locator("[data-kb-part-mark]").all_inner_texts() == ["✓"] * len(accepted)


# ---- the whole page -------------------------------------------------------------------------


def answer_every_new_item_right(page) -> None:
    put_in_order(page, item_of(page, "ordering"), item_key(page, "ordering")["correct"])
    matching_answer(page, item_of(page, "matching"), item_key(page, "matching")["correct"])
    fill(item_of(page, "fill_in"), [answers[0] for answers in item_key(page, "fill_in")["accepted"]])


def test_unsubmitted_answers_and_checked_items_survive_a_reload(quiz):
    ordering = item_of(quiz, "ordering")
    put_in_order(quiz, ordering, swapped(item_key(quiz, "ordering")["correct"], 0, 1))
    order = shown_order(ordering)
    correct_rights = item_key(quiz, "matching")["correct"]
    matching_answer(quiz, item_of(quiz, "matching"), correct_rights)
    check(item_of(quiz, "matching"))
    fill(item_of(quiz, "fill_in"), ["半句"])
    item_of(quiz, "fill_in").locator("[data-kb-blank]").first.press("Tab")  # change fires on leaving
    quiz.reload()
    quiz.wait_for_selector("[data-kb-ready=true]")
    assert shown_order(item_of(quiz, "ordering")) == order
    assert verdict(item_of(quiz, "matching")) == "回答正确。"
    assert item_of(quiz, "fill_in").locator("[data-kb-blank]").first.input_value() == "半句"


def test_missed_new_items_are_practised_in_the_review(page, types_url, quiz_site_url):
    open_page(page, types_url)
    for kind in ["ordering", "matching", "fill_in"]:
        item = item_of(page, kind)
        if kind == "ordering":
            put_in_order(page, item, swapped(item_key(page, kind)["correct"], 0, 1))
        elif kind == "matching":
            matching_answer(
                page, item, [""] * (len(item_key(page, kind)["correct"]) - 1) + [item_key(page, kind)["correct"][-1]]
            )
        else:
            fill(item, ["错的"])
        check(item)
    page.goto(quiz_site_url + "quizzes/review/")
    page.wait_for_selector("[data-kb-review][data-kb-ready=true]")
    assert "你上次的答案：" in verdict(item_of(page, "ordering"))
    page.locator("[data-kb-action=practice]").click()
    assert shown_order(item_of(page, "ordering")) != item_key(page, "ordering")["correct"]
    answer_every_new_item_right(page)
    for kind in ["ordering", "matching", "fill_in"]:
        check(item_of(page, kind))
        assert verdict(item_of(page, kind)).startswith("回答正确。再答对一次")
    assert page.watch.page_errors == []


def test_export_and_import_carry_the_new_types(page, types_url, quiz_site_url, tmp_path):
    open_page(page, types_url)
    put_in_order(page, item_of(page, "ordering"), swapped(item_key(page, "ordering")["correct"], 0, 2))
    check(item_of(page, "ordering"))
    fill(item_of(page, "fill_in"), ["错的"])
    check(item_of(page, "fill_in"))
    before = json.loads(page.evaluate("localStorage.getItem('kb-quiz-progress#/kb/')"))
    page.goto(quiz_site_url + "quizzes/")
    with page.expect_download() as download:
        page.locator("[data-kb-action=export]").click()
    exported = tmp_path / "progress.json"
    download.value.save_as(exported)
    page.evaluate("localStorage.clear()")
    page.reload()
    page.locator("[data-kb-import]").set_input_files(str(exported))
    page.wait_for_function("document.querySelector('[data-kb-data-message]').textContent.startsWith('导入成功')")
    assert json.loads(page.evaluate("localStorage.getItem('kb-quiz-progress#/kb/')")) == before
    open_page(page, types_url)
    assert verdict(item_of(page, "ordering")).startswith("回答错误。第 1、3 位放错了。")


def test_the_answer_key_view_shows_the_right_order_pairs_and_answers(page, types_url):
    open_page(page, types_url + "?print=answers")
    assert shown_order(item_of(page, "ordering")) == item_key(page, "ordering")["correct"]
    selects = item_of(page, "matching").locator("select").evaluate_all("els => els.map(s => s.value)")
    assert selects == item_key(page, "matching")["correct"]
    assert item_of(page, "fill_in").locator("[data-kb-accepted]").is_visible()


def test_the_new_types_work_after_instant_navigation(page, types_url):
    open_page(page, types_url)
    page.evaluate("window.__sameDocument = true")
    page.locator(".kb-quiz__intro a").first.click()
    page.wait_for_load_state()
    page.go_back()
    page.wait_for_selector("[data-kb-ready=true]")
    assert page.evaluate("window.__sameDocument === true"), "navigation reloaded the page instead of swapping it"
    item = item_of(page, "ordering")
    item.locator("[data-kb-move=up]").last.click()
    assert announced(page).endswith("位")
    answer_every_new_item_right(page)
    check(item_of(page, "matching"))
    assert verdict(item_of(page, "matching")) == "回答正确。"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_answered_new_types_fit_a_phone_in_both_schemes(browser, types_url, artifacts_dir, scheme):
    context = browser.new_context(viewport=PHONE, color_scheme=scheme)
    page = context.new_page()
    watch = watch_page(page)
    open_page(page, types_url)
    ordering = item_of(page, "ordering")
    put_in_order(page, ordering, swapped(item_key(page, "ordering")["correct"], 1, 2))
    rights = item_key(page, "matching")["correct"]
    matching_answer(page, item_of(page, "matching"), [rights[0], ""] + rights[2:])
    fill(item_of(page, "fill_in"), [answers[0] for answers in item_key(page, "fill_in")["accepted"]])
    for kind in ["ordering", "matching", "fill_in"]:
        check(item_of(page, kind))
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    for kind in ["ordering", "matching", "fill_in"]:
        box = item_of(page, kind).bounding_box()
        assert box and box["width"] <= PHONE["width"]
        page.evaluate("scrollTo(0, 0)")  # the sticky header then stays above the clip
        clip = item_of(page, kind).evaluate(
            "el => { const r = el.getBoundingClientRect(); return {x: r.x, y: r.y + scrollY, width: r.width, height: r.height}; }"
        )
        page.screenshot(path=str(artifacts_dir / f"type-{kind}-phone-{scheme}.png"), full_page=True, clip=clip)
    sizes = page.locator("[data-kb-move], [data-kb-match-select], [data-kb-blank]").evaluate_all(
        "els => els.map(e => e.getBoundingClientRect().height)"
    )
    assert min(sizes) >= 44, "tap targets are at least 44 px tall"
    assert watch.page_errors == [] and watch.foreign_requests() == []
    context.close()


def test_the_new_types_can_be_answered_with_the_keyboard_alone(quiz):
    ordering = item_of(quiz, "ordering")
    put_in_order(quiz, ordering, item_key(quiz, "ordering")["correct"])  # focus + Enter on 上移
    ordering.locator("[data-kb-order-entry]").last.locator("[data-kb-move=down]").focus()
    quiz.keyboard.press("Tab")  # the last move button → 提交本题
    quiz.keyboard.press("Enter")
    assert verdict(ordering) == "回答正确。"
    matching = item_of(quiz, "matching")
    for index, right in enumerate(item_key(quiz, "matching")["correct"]):
        select = matching.locator("[data-kb-match-select]").nth(index)
        steps = select.evaluate("(s, value) => [...s.options].findIndex(o => o.value === value)", right)
        select.focus()
        for _ in range(steps):
            quiz.keyboard.press("ArrowDown")
    quiz.keyboard.press("Tab")
    quiz.keyboard.press("Enter")
    assert verdict(matching) == "回答正确。"
    fill_in = item_of(quiz, "fill_in")
    fill_in.locator("[data-kb-blank]").first.focus()
    for answers in item_key(quiz, "fill_in")["accepted"]:
        quiz.keyboard.type(answers[0])
        quiz.keyboard.press("Tab")  # to the next blank, then to 提交本题
    quiz.keyboard.press("Enter")
    assert verdict(fill_in) == "回答正确。"


@pytest.mark.parametrize(
    ("viewport", "scheme"), [(PHONE, "light"), (DESKTOP, "dark")], ids=["phone-light", "desktop-dark"]
)
def test_screenshots_of_the_review_while_practising_and_of_the_answer_key(
    browser, types_url, quiz_site_url, artifacts_dir, viewport, scheme
):
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    watch = watch_page(page)
    open_page(page, types_url)
    put_in_order(page, item_of(page, "ordering"), swapped(item_key(page, "ordering")["correct"], 0, 3))
    check(item_of(page, "ordering"))
    fill(item_of(page, "fill_in"), ["一场空", "口头答应"])
    check(item_of(page, "fill_in"))
    device = "phone" if viewport is PHONE else "desktop"
    page.goto(quiz_site_url + "quizzes/review/")
    page.wait_for_selector("[data-kb-review][data-kb-ready=true]")
    page.screenshot(path=str(artifacts_dir / f"types-review-{device}-{scheme}.png"), full_page=True)
    page.locator("[data-kb-action=practice]").click()
    put_in_order(page, item_of(page, "ordering"), swapped(item_key(page, "ordering")["correct"], 2, 3))
    check(item_of(page, "ordering"))
    page.evaluate("scrollTo(0, 0)")  # the sticky header stays at the top of a full-page shot
    page.screenshot(path=str(artifacts_dir / f"types-practising-{device}-{scheme}.png"), full_page=True)
    open_page(page, types_url + "?print=answers")
    page.screenshot(path=str(artifacts_dir / f"types-answer-key-{device}-{scheme}.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert watch.page_errors == [] and watch.foreign_requests() == []
    context.close()


@pytest.fixture(scope="module")
def hostile_types_site(tmp_path_factory) -> Iterator[str]:
    """A site whose only bank puts script-looking text into every field of the new types."""
    bank = FIXTURES / "browser-banks" / "xss-types.yml"
    with served_fixture_site(tmp_path_factory.mktemp("xss-types"), bank_files=[bank]) as server:
        yield server.url


def test_hostile_text_in_the_new_types_runs_nothing_and_shows_as_text(page, hostile_types_site):
    open_page(page, hostile_types_site + "quizzes/xss-types/")
    page.evaluate("window.__pwned = false")
    put_in_order(page, item_of(page, "ordering"), swapped(item_key(page, "ordering")["correct"], 0, 1))
    matching_answer(page, item_of(page, "matching"), ["", "", item_key(page, "matching")["correct"][2]])
    fill(item_of(page, "fill_in"), ["＜script＞alert('fa')＜/script＞"])  # full width: normalised to the accepted one
    page.locator("[data-kb-action=submit-all]").click()
    if page.locator("[data-kb-unanswered]").count():
        page.locator("[data-kb-action=submit-unanswered]").click()
    item_of(page, "matching").locator(".kb-match__left").first.hover()
    shown = page.locator("article").inner_text()
    for vector in [
        "<script>alert('e1')</script>",
        "<svg onload=alert('e3')>",
        "<b onmouseover=alert('l1')>左一</b>",
        "<a href=\"javascript:alert('of')\">链接</a>",
        "<img src=x onerror=alert('mf')>",
    ]:
        assert vector in shown, vector
    assert verdict(item_of(page, "fill_in")) == "回答正确。", "typed text is compared as text, after normalising"
    assert (
        page.locator(
            "article img, article iframe, article svg:not(.md-icon svg), article style, article details"
        ).count()
        == 0
    )
    assert page.evaluate("window.__pwned") is False
    assert page.watch.dialogs == [] and page.watch.page_errors == [] and page.watch.foreign_requests() == []
    page.reload()
    page.wait_for_selector("[data-kb-ready=true]")
    assert page.watch.dialogs == [] and page.watch.page_errors == []
