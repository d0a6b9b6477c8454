"""Small wayfinding gaps a new hire meets (issue 31, D19–D23), on the real site in Chromium.

D19: the 错题本 says at the top that scenario steps wait at its end, and a replay from one
step says so on the page. D20: 再做一次 asks before it throws away unsubmitted answers, and
the buttons that clear progress look different and stand apart. D21: 本节自测 comes after the
section's text, says which items are the section's, its ✎ is not read out, and the item it
leads to is marked. D22: 今日复习's wording links and counts what it mentions. D23: without
JavaScript the 错题本, 今日复习 and scenario pages say what they need; the page language is zh-CN.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from playwright.sync_api import expect

from tests.support.axe import failing, run_axe
from tests.support.browser import watch_page
from tests.support.ready import open_page, without_transitions
from tests.test_a11y import miss_one_item

PHONE = {"width": 375, "height": 812}
SCENARIO = "scenarios/inquiry-went-quiet/"
QUIZ = "quizzes/resources-first/"
TOPIC = "topics/internal-selling/"


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, service_workers="block")
    page = context.new_page()
    page.watch = watch_page(page)
    yield page
    context.close()


def choose_by_score(page, pick) -> None:
    choices = page.locator("[data-kb-log] [data-kb-scenario-choose]")
    scores = choices.evaluate_all("els => els.map(e => Number(e.dataset.kbScore))")
    choices.nth(scores.index(pick(scores))).click()


def play_with_a_weak_first_step(page, site: str, best_first: bool = False) -> None:
    """Takes the lowest-scoring choice at the first step (or the best, then the lowest at the
    second step), then the first choice until the end."""
    open_page(page, site + SCENARIO)
    if best_first:
        choose_by_score(page, max)
    choose_by_score(page, min)
    for _ in range(12):
        if page.locator("[data-kb-summary]:visible").count():
            return
        page.locator("[data-kb-log] [data-kb-scenario-choose]:visible").first.click()
    pytest.fail("the scenario did not end within 12 choices")


def test_the_review_book_says_at_the_top_that_scenario_steps_wait_at_its_end(phone, site_url):
    play_with_a_weak_first_step(phone, site_url)
    miss_one_item(phone, site_url + QUIZ)
    open_page(phone, site_url + "quizzes/review/")
    phone.wait_for_selector("[data-kb-review-toolbar]:not([hidden])")
    line = phone.locator("[data-kb-scenario-review-link]")
    expect(line).to_be_visible()
    steps = phone.locator("[data-kb-scenario-weak]:visible").count()
    assert steps >= 1
    assert line.inner_text() == f"情景演练里还有 {steps} 个步骤要重练：跳到这些步骤"
    assert line.bounding_box()["y"] < phone.locator("[data-kb-review-toolbar]").bounding_box()["y"] + 200
    assert serious_violations(phone) == []
    line.locator("a").click()
    heading = phone.locator("#scenario-steps")
    phone.wait_for_function(
        "(() => { const top = document.querySelector('#scenario-steps').getBoundingClientRect().top; return top > 0 && top < innerHeight / 2; })()"
    )
    assert heading.evaluate("(h) => h === document.activeElement")


def serious_violations(page) -> list[str]:
    """The critical and serious findings of axe on the page as it is, in light and in dark."""
    without_transitions(page)  # colours are read where a palette switch ends, not midway
    reports = []
    for scheme in ("default", "slate"):
        page.evaluate("(s) => document.body.setAttribute('data-md-color-scheme', s)", scheme)
        reports += [violation.report(scheme) for violation in failing(run_axe(page))]
    return reports


def test_a_replay_from_a_step_says_so_on_the_page_and_offers_the_start(phone, site_url):
    play_with_a_weak_first_step(phone, site_url, best_first=True)  # replaying the first step is a fresh start
    open_page(phone, site_url + "quizzes/review/")
    phone.locator("[data-kb-scenario-weak]:visible a").first.click()
    phone.wait_for_selector("[data-kb-scenario][data-kb-ready=true]")
    notice = phone.locator("[data-kb-replay-notice]")
    expect(notice).to_be_visible()
    step = phone.locator("[data-kb-log] .kb-turn--customer").first.inner_text().replace("客户这边", "").strip()
    shown = notice.locator("[data-kb-replay-step]").inner_text().strip("“”…")
    assert shown and step.replace("\n", "").startswith(shown.replace("\n", ""))
    assert serious_violations(phone) == []
    notice.locator("button").click()
    expect(notice).to_be_hidden()
    assert phone.locator("[data-kb-log] .kb-turn--feedback").count() == 0


def test_do_it_again_asks_before_it_clears_unsubmitted_answers(phone, site_url):
    open_page(phone, site_url + QUIZ)
    option = phone.locator("[data-kb-item] input").first
    option.check()
    phone.locator("[data-kb-action=reset]").click()  # the watcher dismisses the confirm()
    assert len(phone.watch.dialogs) == 1 and "还没提交" in phone.watch.dialogs[0]
    assert option.is_checked()
    phone.watch.accept_dialogs = True
    phone.locator("[data-kb-action=reset]").click()
    assert not option.is_checked()
    phone.locator("[data-kb-action=reset]").click()  # nothing left to lose: no question
    assert len(phone.watch.dialogs) == 2


@pytest.mark.parametrize(
    ("path", "main", "clearing"), [(QUIZ, "submit-all", "reset"), ("quizzes/", "export", "reset-all")]
)
def test_buttons_that_clear_progress_are_red_and_apart_from_the_main_action(phone, site_url, path, main, clearing):
    open_page(phone, site_url + path)
    main_button = phone.locator(f"[data-kb-action={main}]")
    clear_button = phone.locator(f"[data-kb-action={clearing}]")
    colour = clear_button.evaluate("(b) => getComputedStyle(b).borderTopColor")
    red, green, blue = (int(part) for part in re.findall(r"\d+", colour)[:3])
    assert red > 2 * max(green, blue), f"{clearing} is outlined in {colour}"
    assert colour != main_button.evaluate("(b) => getComputedStyle(b).borderTopColor")
    first, second = main_button.bounding_box(), clear_button.bounding_box()
    same_row = abs(first["y"] - second["y"]) < first["height"] / 2
    gap = second["x"] - (first["x"] + first["width"]) if same_row else second["y"] - (first["y"] + first["height"])
    assert gap >= 24, f"{clearing} is {gap:.0f}px from {main}"


def test_self_check_links_close_their_section_and_name_its_items(page, site_url):
    open_page(page, site_url + TOPIC)
    links = page.locator("p.kb-selfcheck:not(.kb-scenario-link)")
    assert links.count() > 3
    after = links.evaluate_all("ps => ps.map(p => { const n = p.nextElementSibling; return n ? n.tagName : 'END'; })")
    assert set(after) <= {"H2", "END", "NAV", "ASIDE"}, after
    first = links.first.locator("a")
    label = first.inner_text()
    assert re.fullmatch(r"✎ 本节自测（\d+ 题：第 [\d–、]+ 题）|本节自测（\d+ 题：第 [\d–、]+ 题）", label), label
    expect(first).to_have_accessible_name(label.removeprefix("✎ "))
    first.click()
    page.wait_for_url("**#item-*")
    # Instant navigation swaps the page with history.pushState, which never sets :target: the item
    # named by the address is outlined all the same, whichever way the page arrived.
    target = page.locator("#" + page.url.split("#", 1)[1])
    expect(target).to_have_css("outline-style", "solid")


def test_todays_review_links_the_quizzes_in_its_first_sentence(phone, site_url):
    open_page(phone, site_url + "quizzes/today/")
    first = phone.locator("[data-kb-today-first]")
    expect(first).to_be_visible()
    assert first.inner_text().startswith("还没有做题记录。先去自测题做一套题")
    assert first.locator("a").inner_text() == "自测题"
    assert serious_violations(phone) == []


def test_the_due_line_offers_the_schedule_not_a_review_when_nothing_is_due(phone, site_url):
    miss_one_item(phone, site_url + QUIZ)
    open_page(phone, site_url + "quizzes/")
    line = phone.locator("[data-kb-due]").first
    expect(line).to_be_visible()
    assert "今天没有要复习的题" in line.inner_text()
    assert line.locator("a").inner_text() == "看看复习安排"


def test_todays_summary_counts_the_scenario_steps_listed_below_it(phone, site_url):
    play_with_a_weak_first_step(phone, site_url)
    miss_one_item(phone, site_url + QUIZ)
    phone.clock.set_system_time(datetime.now() + timedelta(days=3))
    open_page(phone, site_url + "quizzes/today/")
    phone.wait_for_selector("[data-kb-today-list] [data-kb-item]")
    steps = phone.locator("[data-kb-scenario-step]:visible").count()
    assert steps >= 1
    for item in phone.locator("[data-kb-today-list] [data-kb-item]").all():
        item.locator("input").first.check()
        item.locator("[data-kb-action=check]").click()
    summary = phone.locator("[data-kb-today-summary]")
    expect(summary).to_be_visible()
    assert summary.inner_text().endswith(f"另有 {steps} 个情景演练步骤今天到期（见下方）。")
    assert serious_violations(phone) == []


@pytest.mark.parametrize(
    ("path", "needs"),
    [
        (SCENARIO, "情景演练需要启用 JavaScript"),
        ("quizzes/review/", "错题本需要启用 JavaScript"),
        ("quizzes/today/", "今日复习需要启用 JavaScript"),
    ],
)
def test_without_javascript_each_page_says_what_it_needs(browser, site_url, path, needs):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + path)
    notice = page.locator(".kb-notice", has_text=needs)  # get_by_text does not look inside <noscript>
    visible = notice.is_visible()
    misleading = page.get_by_text("错题本是空的").is_visible()
    context.close()
    assert visible
    assert not misleading


def test_the_page_language_is_mainland_chinese(page, site_url):
    open_page(page, site_url)
    assert page.evaluate("document.documentElement.lang") == "zh-CN"


def test_the_skip_link_to_the_first_question_sits_in_a_landmark(page, site_url):
    open_page(page, site_url + QUIZ)
    outside = [target for v in run_axe(page) if v.rule == "region" for target in v.targets]
    ours = page.evaluate(
        "(targets) => targets.filter((t) => document.querySelector(t).classList.contains('kb-skip-quiz'))", outside
    )
    assert ours == [], f"outside every landmark: {outside}"
