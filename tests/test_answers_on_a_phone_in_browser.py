"""On a 375 px phone a learner can read what they answered (issue 31, D7, D14–D16).

Measured in Debian's Chromium, in light and dark: a chosen matching entry is shown in full
under its select (a closed select cuts it off); the ✓/✗ badges of a checked option go under its
text instead of squeezing it to a few characters a line; the blanks of a fill-in sentence keep
a visible gap between them and say which blank they are; a picked but unsubmitted option is
marked on its whole card, with a border that stands out from the page (≥ 3:1, WCAG 1.4.11).
"""

from __future__ import annotations

import json

import pytest

from tests.support.contrast import COLOURS_JS, contrast_ratio
from tests.support.ready import open_page, without_transitions

PHONE = {"width": 375, "height": 812}
SCHEMES = ["light", "dark"]
REAL_QUIZ = "quizzes/resources-first/"
NON_TEXT_MINIMUM = 3.0
TEXT_MINIMUM = 4.5


@pytest.fixture(params=SCHEMES)
def phone(browser, request):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, color_scheme=request.param)
    page = context.new_page()
    yield page
    context.close()


def answer_key(page) -> dict:
    return json.loads(page.locator("[data-kb-quiz]").first.get_attribute("data-kb-answer-key"))["items"]


def test_a_chosen_matching_entry_is_shown_in_full_under_its_select(phone, quiz_site_url):
    open_page(phone, quiz_site_url + "quizzes/all-types/")
    item = phone.locator('[data-kb-item][data-kb-kind="matching"]').first
    select = item.locator("select").nth(1)
    long_entry = max(select.locator("option").all_inner_texts(), key=len).strip()
    select.select_option(label=long_entry)
    select.evaluate("(s) => s.blur()")
    # The closed select cuts the entry off: that is why it is repeated below.
    assert select.evaluate("(s) => s.scrollWidth > s.clientWidth || s.clientWidth < 28 * 16")
    shown = item.locator("[data-kb-match-chosen]")
    assert shown.count() == item.locator("select").count(), "no line shows the chosen entries"
    chosen = shown.nth(1)
    assert chosen.inner_text().strip() == "已选：" + long_entry
    box = chosen.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert chosen.evaluate("(e) => e.scrollWidth <= e.clientWidth + 1 && getComputedStyle(e).whiteSpace !== 'nowrap'")


def test_a_checked_matching_item_still_shows_each_choice_and_fits_the_screen(phone, quiz_site_url):
    open_page(phone, quiz_site_url + "quizzes/all-types/")
    item = phone.locator('[data-kb-item][data-kb-kind="matching"]').first
    for select in item.locator("select").all():
        select.select_option(index=2)
    item.locator("[data-kb-action=check]").click()
    chosen = item.locator("[data-kb-match-chosen]").all_inner_texts()
    picked = item.locator("select").evaluate_all("els => els.map(s => s.selectedOptions[0].textContent.trim())")
    assert [text.strip() for text in chosen] == ["已选：" + text for text in picked]
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    wide = item.locator(".kb-match__mark").evaluate_all(
        "marks => marks.filter(m => m.getBoundingClientRect().right > innerWidth).map(m => m.textContent)"
    )
    assert wide == []


def test_answer_badges_go_under_the_option_text_instead_of_squeezing_it(phone, site_url):
    open_page(phone, site_url + REAL_QUIZ)
    item = phone.locator('[data-kb-item][data-kb-kind="multiple"]').first
    correct = answer_key(phone)[item.get_attribute("data-kb-item")]["correct"]
    for option in item.locator("[data-kb-option]").all():
        if option.get_attribute("data-kb-option") not in correct:
            option.locator("input").check()
            break
    item.locator("[data-kb-action=check]").click()
    marked = item.locator(".kb-quiz__option:is(.is-answer, .is-chosen)")
    assert marked.count() >= 2
    for option in marked.all():
        text_width = option.locator(".kb-quiz__option-text").bounding_box()["width"]
        option_width = option.bounding_box()["width"]
        assert text_width >= 0.75 * option_width, f"option text {text_width:.0f}px of a {option_width:.0f}px card"


def test_fill_in_blanks_keep_apart_and_say_which_blank_they_are(phone, quiz_site_url):
    open_page(phone, quiz_site_url + "quizzes/all-types/")
    blanks = phone.locator('[data-kb-item][data-kb-kind="fill_in"] [data-kb-blank]')
    assert blanks.count() >= 2
    assert blanks.evaluate_all("els => els.map(e => e.placeholder)") == [
        f"第 {n} 空" for n in range(1, blanks.count() + 1)
    ]
    colours = blanks.first.evaluate(COLOURS_JS)
    hint = blanks.first.evaluate("(e) => getComputedStyle(e, '::placeholder').color")
    hint_rgb = [float(part) for part in hint[hint.index("(") + 1 : -1].replace(",", " ").replace("/", " ").split()]
    alpha = hint_rgb[3] if len(hint_rgb) > 3 else 1.0
    shown = [c * alpha + b * (1 - alpha) for c, b in zip(hint_rgb[:3], colours["background"][:3], strict=True)]
    ratio = contrast_ratio(shown, colours["background"])
    assert ratio >= TEXT_MINIMUM, f"placeholder {hint} is {ratio:.2f}:1 on the blank"
    boxes = [blank.bounding_box() for blank in blanks.all()]
    for upper, lower in zip(boxes, boxes[1:], strict=False):
        same_line = abs(upper["y"] - lower["y"]) < upper["height"] / 2
        gap = lower["x"] - (upper["x"] + upper["width"]) if same_line else lower["y"] - (upper["y"] + upper["height"])
        assert gap >= 6, f"blanks {gap:.1f}px apart ({'same line' if same_line else 'stacked'})"


def test_a_picked_option_is_marked_on_its_card(phone, site_url):
    open_page(phone, site_url + REAL_QUIZ)
    without_transitions(phone)
    item = phone.locator('[data-kb-item][data-kb-kind="multiple"]').first
    options = item.locator("[data-kb-option]")
    options.first.locator("input").check()
    phone.locator("article h1").first.hover()  # no hover or focus left on the card
    phone.evaluate("document.activeElement.blur()")
    picked = options.first.evaluate(COLOURS_JS)
    resting = options.nth(1).evaluate(COLOURS_JS)
    assert picked["border"] != resting["border"]
    assert picked["background"] != resting["background"]
    ratio = contrast_ratio(picked["border"], picked["around"])
    assert ratio >= NON_TEXT_MINIMUM, f"the picked card's border is {ratio:.2f}:1 against the page"
