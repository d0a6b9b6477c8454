"""Button labels stay readable in every state axe cannot see: hover, focus, pressed, disabled.

Every kind of button on a quiz page, the 错题本 (listed and practising) and the data tools of
the quiz index is measured in light and dark: its text against the background actually behind
it (computed styles, translucent layers composited), with the state forced through DevTools.
WCAG 2.2 AA: text ≥ 4.5:1; a disabled control's label and outline ≥ 3:1 (our own bar, since
WCAG exempts disabled controls: learners still need to read what it was).
"""

from __future__ import annotations

import pytest

from tests.support.browser import DESKTOP
from tests.support.contrast import COLOURS_JS, Measurement, PseudoStates
from tests.support.ready import open_page, without_transitions

SCENARIO = "scenarios/inquiry-went-quiet/"
TEXT_MINIMUM = 4.5
DISABLED_MINIMUM = 3.0
FOCUS_RING_MINIMUM = 3.0

BUTTON_STATES: dict[str, list[str]] = {
    "rest": [],
    "hover": ["hover"],
    "keyboard focus": ["focus", "focus-visible"],
    "after a tap or click": ["hover", "focus"],
    "pressed": ["hover", "focus", "active"],
}
"""The states a reader meets, as the pseudo-classes Chromium sets for each."""

LABEL_STATES: dict[str, list[str]] = {
    "rest": [],
    "hover": ["hover"],
    "keyboard focus": ["focus-within"],
    "pressed": ["hover", "focus-within", "active"],
}
"""The import control is a <label> around a file input: it is focused through the input."""

FIND_CONTROLS_JS = """
() => {
  const found = new Map();
  for (const control of document.querySelectorAll("article button, article .md-button")) {
    if (!control.offsetParent) continue;  // hidden: measured on the page state that shows it
    const kind = control.dataset.kbAction || control.dataset.kbMove || control.dataset.kbScenarioAction
      || [...control.classList].find((name) => name.startsWith("kb-")) || control.textContent.trim();
    if (found.has(kind)) continue;
    control.setAttribute("data-kb-probe", kind);
    found.set(kind, {kind, label: control.textContent.trim(), tag: control.tagName.toLowerCase()});
  }
  return [...found.values()];
}
"""


def _measure(page, states: PseudoStates, page_name: str, control: dict) -> list[Measurement]:
    selector = f'[data-kb-probe="{control["kind"]}"]'
    element = page.locator(selector)
    name = f"{control['label']} ({control['kind']})"
    table = LABEL_STATES if control["tag"] == "label" else BUTTON_STATES
    results = []
    for state, pseudo in table.items():
        states.force(selector, pseudo)
        results.append(Measurement(page_name, name, state, element.evaluate(COLOURS_JS)))
    states.force(selector, [])
    if control["tag"] == "button":
        was_disabled = element.evaluate(
            "(button) => { const was = button.disabled; button.disabled = true; return was; }"
        )
        for state, pseudo in {"disabled": [], "disabled, hovered": ["hover"]}.items():
            states.force(selector, pseudo)
            results.append(Measurement(page_name, name, state, element.evaluate(COLOURS_JS)))
        states.force(selector, [])
        element.evaluate(f"(button) => {{ button.disabled = {str(was_disabled).lower()}; }}")
    return results


def _measure_page(page, states: PseudoStates, page_name: str) -> list[Measurement]:
    return [m for control in page.evaluate(FIND_CONTROLS_JS) for m in _measure(page, states, page_name, control)]


def _open(page, url: str) -> None:
    open_page(page, url)
    without_transitions(page)


@pytest.fixture(scope="module", params=["light", "dark"])
def measurements(request, browser, quiz_site_url, site_url) -> list[Measurement]:
    """Every button kind in every state on the pages that have buttons, in one colour scheme."""
    context = browser.new_context(viewport=DESKTOP, color_scheme=request.param)
    page = context.new_page()
    states = PseudoStates(page)
    _open(page, quiz_site_url + "quizzes/basics/")
    results = _measure_page(page, states, "quiz page")
    page.locator('[data-kb-item="basics-single"] [data-kb-option="b"] input').check()
    page.locator('[data-kb-item="basics-single"] [data-kb-action=check]').click()
    page.locator("[data-kb-action=submit-all]").click()
    page.wait_for_selector("[data-kb-unanswered]")  # two of three unanswered: asked what to do with them
    results += _measure_page(page, states, "quiz page, unanswered prompt")
    _open(page, quiz_site_url + "quizzes/all-types/")  # ordering's move buttons
    results += _measure_page(page, states, "quiz page, every item type")
    _open(page, quiz_site_url + "quizzes/")
    results += _measure_page(page, states, "quiz index data tools")
    _open(page, quiz_site_url + "quizzes/review/")
    results += _measure_page(page, states, "错题本 list")
    page.locator("[data-kb-action=practice]").click()
    results += _measure_page(page, states, "错题本 practising")
    _open(page, site_url + SCENARIO)  # 情景演练 lives on the real site
    page.locator("[data-kb-log] [data-kb-scenario-choose]").first.click()
    results += _measure_page(page, states, "情景演练")
    context.close()
    return results


def test_every_button_kind_was_measured(measurements):
    controls = {m.control.split(" (")[1].rstrip(")") for m in measurements}
    assert {"check", "submit-all", "reset", "export", "kb-data-tools__import", "reset-all"} <= controls
    assert {"practice", "end-practice", "step-back", "restart"} <= controls
    assert {"submit-unanswered", "answer-unanswered", "up", "down"} <= controls, sorted(controls)  # ordering moves


def test_button_labels_are_readable_in_every_state(measurements):
    unreadable = [
        m.describe()
        for m in measurements
        if m.text_ratio < (DISABLED_MINIMUM if m.state.startswith("disabled") else TEXT_MINIMUM)
    ]
    assert unreadable == [], "\n".join(unreadable)


def test_disabled_buttons_keep_a_visible_outline(measurements):
    faint = [
        m.describe("border")
        for m in measurements
        if m.state.startswith("disabled") and m.colours["borderWidth"] > 0 and m.border_ratio < DISABLED_MINIMUM
    ]
    assert faint == [], "\n".join(faint)


def test_keyboard_focus_shows_a_ring_that_stands_out(measurements):
    missing = [
        f"{m.describe('outline')}, {m.colours['outlineStyle']} {m.colours['outlineWidth']}px"
        for m in measurements
        if m.state == "keyboard focus"
        and (
            m.colours["outlineStyle"] == "none" or m.colours["outlineWidth"] < 2 or m.outline_ratio < FOCUS_RING_MINIMUM
        )
    ]
    assert missing == [], "\n".join(missing)


def test_a_submitted_item_says_why_its_button_is_disabled(browser, quiz_site_url):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    _open(page, quiz_site_url + "quizzes/basics/")
    page.locator('[data-kb-item="basics-single"] [data-kb-option="a"] input').check()
    button = page.locator('[data-kb-item="basics-single"] [data-kb-action=check]')
    button.click()
    assert button.is_disabled()
    reason = button.evaluate(
        """(button) => [getComputedStyle(button, "::after").content, button.title,
            ...(button.getAttribute("aria-describedby") || "").split(" ").filter(Boolean)
              .map((id) => document.getElementById(id)?.textContent || "")].join(" ")"""
    )
    context.close()
    assert "已提交" in reason or "已作答" in reason, reason
