"""axe-core finds no critical or serious accessibility violation on any page a learner meets.

Every page type and every quiz state — home, topic, source, glossary, disagreements,
compliance, FAQ, quiz index, a quiz before and after 全部提交, the 错题本 empty, with items and
while practising, 今日复习 with nothing and with items due, a 情景演练 at its start and end, and
(on the fixture site) a quiz with every item type — in light and dark, on a 375 px phone and a
1280 px desktop, in Debian's Chromium. Rules may be disabled only in
``tests/support/axe.py`` ``DISABLED_RULES``, each with its reason.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from tests.support.axe import failing, run_axe
from tests.support.browser import SCREENS, watch_page
from tests.support.ready import open_page, without_transitions

REAL_QUIZ = "quizzes/resources-first/"
SCENARIO = "scenarios/inquiry-went-quiet/"
CHOICE_KINDS = ("single", "multiple", "true_false")
MATERIAL_SCHEMES = {"light": "default", "dark": "slate"}


def answer_every_item(page) -> None:
    """Give some answer to every item, whatever its type, so 全部提交 grades them all."""
    for item in page.locator("[data-kb-quiz] [data-kb-item]").all():
        kind = item.get_attribute("data-kb-kind")
        if kind in CHOICE_KINDS:
            item.locator("input").first.check()
        elif kind == "matching":
            for select in item.locator("select").all():
                select.select_option(index=1)
        elif kind == "fill_in":
            for blank in item.locator("[data-kb-blank]").all():
                blank.fill("答案")


def submit_all(page) -> None:
    """全部提交; if the page asks about items still unanswered, submit them anyway."""
    page.locator("[data-kb-action=submit-all]").click()
    page.wait_for_selector("[data-kb-result]:not([hidden]), [data-kb-unanswered]")
    if page.locator("[data-kb-unanswered]").count():
        page.locator("[data-kb-action=submit-unanswered]").click()
    page.wait_for_selector("[data-kb-result]:not([hidden])")


def miss_one_item(page, quiz_url: str) -> None:
    """Answer the first choice item of a quiz wrongly, so the 错题本 has something in it."""
    open_page(page, quiz_url)
    key = json.loads(page.locator("[data-kb-answer-key]").first.get_attribute("data-kb-answer-key"))
    item = page.locator("[data-kb-item]").filter(has=page.locator("input")).first
    correct = key["items"][item.get_attribute("data-kb-item")]["correct"]
    options = item.locator("[data-kb-option]").evaluate_all("els => els.map(e => e.dataset.kbOption)")
    wrong = next(option for option in options if option not in correct)
    item.locator(f'[data-kb-option="{wrong}"] input').check()
    item.locator("[data-kb-action=check]").click()


def quiz_submitted(page, quiz_url: str) -> None:
    open_page(page, quiz_url)
    answer_every_item(page)
    submit_all(page)


def quiz_asking_about_unanswered_items(page, quiz_url: str) -> None:
    miss_one_item(page, quiz_url)
    page.locator("[data-kb-action=submit-all]").click()
    page.wait_for_selector("[data-kb-unanswered]")


def review_with_items(page, site: str) -> None:
    miss_one_item(page, site + REAL_QUIZ)
    open_page(page, site + "quizzes/review/")


def review_practising(page, site: str) -> None:
    review_with_items(page, site)
    page.locator("[data-kb-action=practice]").click()


def scenario_played_to_the_end(page, site: str) -> None:
    """Play a 情景演练 by always taking the first choice, until its summary shows."""
    open_page(page, site + SCENARIO)
    for _ in range(12):
        if page.locator("[data-kb-summary]:visible").count():
            return
        page.locator("[data-kb-log] [data-kb-scenario-choose]:visible").first.click()
    pytest.fail("the scenario did not end within 12 choices")


def today_with_items_due(page, site: str) -> None:
    """Miss an item, then come back three days later: it is due in 今日复习.

    The fake clock goes in before the first page loads. Put in later (``set_system_time`` does
    that on a live page), it replaces ``clearInterval`` under intervals Material's RxJS already
    started: one of them then fires after it was cancelled and the page throws "executing a
    cancelled action", as often as a timer happens to be pending at that moment (more under load).
    """
    page.clock.install()  # at the real time; it keeps running until the jump below
    miss_one_item(page, site + REAL_QUIZ)
    page.clock.set_system_time(datetime.now() + timedelta(days=3))
    open_page(page, site + "quizzes/today/")
    page.wait_for_selector("[data-kb-today-list] [data-kb-item]")


def visit(path: str) -> Callable:
    return lambda page, site: open_page(page, site + path)


REAL_SITE_STATES: dict[str, Callable] = {
    "home": visit(""),
    "topic": visit("topics/resources-first/"),
    "source": visit("sources/001-relationship-basics/"),
    "glossary": visit("topics/glossary/"),
    "disagreements": visit("topics/disagreements/"),
    "compliance": visit("topics/compliance/"),
    "quiz index": visit("quizzes/"),
    "quiz before submitting": visit(REAL_QUIZ),
    "quiz after 全部提交": lambda page, site: quiz_submitted(page, site + REAL_QUIZ),
    "quiz 全部提交 with unanswered items": lambda page, site: quiz_asking_about_unanswered_items(
        page, site + REAL_QUIZ
    ),
    "错题本 empty": visit("quizzes/review/"),
    "错题本 with items": review_with_items,
    "错题本 practising": review_practising,
    "今日复习 with nothing due": visit("quizzes/today/"),
    "今日复习 with items due": today_with_items_due,
    "新人常问": visit("faq/"),
    "情景演练 at its start": visit(SCENARIO),
    "情景演练 played to its end": scenario_played_to_the_end,
}
"""How to reach each page state a learner meets, from a fresh browser profile."""


def violations_on_every_screen(browser, url_root: str, reach: Callable, state: str) -> list[str]:
    """Reach the state once, then run axe on it at each width and in each colour scheme."""
    context = browser.new_context()
    page = context.new_page()
    watch = watch_page(page)
    watch.accept_dialogs = True  # a confirm() before 全部提交 is answered "yes"
    reports = []
    try:
        page.set_viewport_size(SCREENS["desktop-light"][0])
        reach(page, url_root)
        without_transitions(page)
        for screen, (viewport, scheme) in SCREENS.items():
            page.set_viewport_size(viewport)
            page.emulate_media(color_scheme=scheme)
            # Material picks the palette on load (then remembers it): switch it as its toggle does.
            page.evaluate("(s) => document.body.setAttribute('data-md-color-scheme', s)", MATERIAL_SCHEMES[scheme])
            where = f"{state} [{screen}] {page.url}"
            reports += [violation.report(where) for violation in failing(run_axe(page))]
    finally:
        context.close()
    assert watch.page_errors == [], watch.page_errors
    return reports


@pytest.mark.parametrize("state", list(REAL_SITE_STATES))
def test_no_serious_violations_on_the_real_site(browser, site_url, state):
    reports = violations_on_every_screen(browser, site_url, REAL_SITE_STATES[state], state)
    assert reports == [], "\n".join(reports)


@pytest.mark.parametrize("submitted", [False, True], ids=["before submitting", "after 全部提交"])
def test_no_serious_violations_on_a_quiz_with_every_item_type(browser, quiz_site_url, submitted):
    def reach(page, site: str) -> None:
        open_page(page, site + "quizzes/all-types/")
        if submitted:
            answer_every_item(page)
            submit_all(page)

    state = "all item types " + ("after 全部提交" if submitted else "before submitting")
    reports = violations_on_every_screen(browser, quiz_site_url, reach, state)
    assert reports == [], "\n".join(reports)
