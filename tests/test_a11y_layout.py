"""What axe does not measure: phone layout, tap targets, the skip link to the quiz, focus rings.

Real site in Debian's Chromium. A 375 px phone must show every page without sideways
scrolling (tables stack), quiz cards line up with the text, every control of ours is at
least 44 × 44 px, and every element keyboard focus lands on shows a ring.
"""

from __future__ import annotations

import pytest

from tests.support.browser import DESKTOP, PHONE
from tests.support.ready import open_page
from tests.test_a11y import miss_one_item

QUIZ = "quizzes/resources-first/"
MIN_TARGET = 44

WIDER_THAN_ITS_BOX_JS = """
() => [...document.querySelectorAll("article *")]
  .filter((e) => e.offsetParent && e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1
    && getComputedStyle(e).overflowX !== "visible")
  .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")} ${e.scrollWidth}/${e.clientWidth}px`)
"""

SMALL_TARGETS_JS = """
(minimum) => {
  const shown = [...document.querySelectorAll(
      ":is(.kb-quiz, .kb-data-tools) :is(button, .md-button, .kb-quiz__option, select, input[type=text], .kb-order__move)")]
    .filter((e) => e.offsetParent);
  const small = shown
    .map((e) => [e, e.getBoundingClientRect()])
    .filter(([, box]) => box.height < minimum || box.width < minimum)
    .map(([e, box]) => `${e.textContent.trim().slice(0, 12) || e.tagName} ${Math.round(box.width)}×${Math.round(box.height)}`);
  return { measured: shown.length, small };
}
"""


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize(
    "path", ["", "topics/resources-first/", "topics/glossary/", "topics/disagreements/", "quizzes/", QUIZ]
)
def test_no_page_needs_sideways_scrolling_on_a_phone(phone, site_url, path):
    open_page(phone, site_url + path)
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert phone.evaluate(WIDER_THAN_ITS_BOX_JS) == []


def test_the_progress_table_shows_every_figure_on_a_phone_each_with_its_label(phone, site_url):
    open_page(phone, site_url + "quizzes/")
    row = phone.locator("[data-kb-bank-row]").first
    for cell in row.locator("td").all():
        box = cell.bounding_box()
        assert box and cell.is_visible() and 0 <= box["x"] and box["x"] + box["width"] <= PHONE["width"], (
            cell.inner_text()
        )
    labels = row.locator("td").evaluate_all("cells => cells.map(c => getComputedStyle(c, '::before').content)")
    assert labels[1:] == ['"题数："', '"做过："', '"最好成绩："', '"上次做题："']


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_quiz_cards_line_up_with_the_text(browser, site_url, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    open_page(page, site_url + QUIZ)
    text_left = page.locator("article h1").first.bounding_box()["x"]
    card_left = page.locator("[data-kb-item]").first.bounding_box()["x"]
    context.close()
    assert abs(card_left - text_left) <= 1, f"card at {card_left}px, text at {text_left}px"


@pytest.mark.parametrize("path", [QUIZ, "quizzes/", "quizzes/review/"])
def test_every_control_is_a_44_px_tap_target(phone, site_url, path):
    if path == "quizzes/review/":
        miss_one_item(phone, site_url + QUIZ)  # an empty 错题本 shows no controls to measure
    open_page(phone, site_url + path)
    if path == "quizzes/review/":
        phone.wait_for_selector("[data-kb-action=practice]", state="visible")
    targets = phone.evaluate(SMALL_TARGETS_JS, MIN_TARGET)
    assert targets["measured"] > 0, "no control was found to measure"
    assert targets["small"] == []


def test_a_skip_link_leads_keyboard_users_to_the_first_question(browser, site_url):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    open_page(page, site_url + QUIZ)
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "跳到第一题":
            break
    else:
        pytest.fail("no 跳到第一题 link among the first 12 Tab stops")
    page.keyboard.press("Enter")
    page.wait_for_url("**#item-*")
    # Material handles the jump itself (instant navigation), a moment after the URL changes.
    page.wait_for_function("document.querySelector('[data-kb-item]').getBoundingClientRect().top < 200")
    page.keyboard.press("Tab")
    first_item = page.locator("[data-kb-item]").first
    inside = first_item.evaluate("(item) => item.contains(document.activeElement)")
    landed = page.evaluate("document.activeElement.outerHTML.slice(0, 120)")
    context.close()
    assert inside, f"Tab after the skip link should land inside the first question, not on {landed}"


FOCUS_RING_JS = """
() => {
  const e = document.activeElement;
  const drawn = (node) => {
    const style = getComputedStyle(node);
    return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
  };
  // A radio or checkbox may show the ring on its label (ours: the option card; Material's
  // palette toggle: the label after the input).
  const carriers = [e, ...(e.labels || []), e.nextElementSibling].filter(Boolean);
  return {ring: carriers.some(drawn),
          name: `${e.tagName.toLowerCase()}.${[...e.classList].join(".")} ${e.textContent.trim().slice(0, 16)}`};
}
"""


@pytest.mark.parametrize("path", ["", QUIZ, "quizzes/"])
def test_every_keyboard_stop_shows_a_focus_ring(browser, site_url, path):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    open_page(page, site_url + path)
    without_ring = []
    for _ in range(80):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUS_RING_JS)
        if not stop["ring"] and not stop["name"].startswith("body."):  # past the last stop
            without_ring.append(stop["name"])
    context.close()
    assert without_ring == []


HIDDEN_FOCUS_JS = """
() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  // A visually hidden radio (Material's palette switch) shows its focus on the label after it.
  const labels = [e.nextElementSibling, ...(e.labels || [])]
    .filter((l) => l && l.tagName === "LABEL" && l.getBoundingClientRect().width > 0);
  const shown = e.getBoundingClientRect().width === 0 && labels.length ? labels[0] : e;
  const box = shown.getBoundingClientRect();
  const style = getComputedStyle(shown);
  const offScreen = box.right <= 0 || box.bottom <= 0 || box.left >= innerWidth
    || box.width === 0 || box.height === 0 || style.visibility === "hidden";
  return offScreen ? `${e.tagName.toLowerCase()} "${e.textContent.trim().slice(0, 16)}" at x=${Math.round(box.left)}` : "";
}
"""
TAB_WALK_LIMIT = 160


@pytest.mark.parametrize("width", [375, 1024, 1280])
@pytest.mark.parametrize("path", ["", "topics/chatting/", QUIZ])
def test_no_tab_stop_lands_on_something_hidden_or_off_screen(browser, site_url, path, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    open_page(page, site_url + path)
    hidden = []
    for _ in range(TAB_WALK_LIMIT):
        page.keyboard.press("Tab")
        where = page.evaluate(HIDDEN_FOCUS_JS)
        if where is None:  # focus left the page: the walk is complete
            break
        if where:
            hidden.append(where)
    context.close()
    assert hidden == []
