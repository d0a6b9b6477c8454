"""归类题 in real Chromium at phone width: answered right and wrong from the keyboard alone, marks
and feedback per statement, what a screen reader hears, axe, and screenshots in both schemes.

Runs on a site of its own whose only bank is tests/fixtures/categorise/categorise.yml.
"""

from __future__ import annotations

import json

import pytest

from tests.support.axe import failing, run_axe
from tests.support.browser import PHONE, watch_page
from tests.support.paths import FIXTURE_NAV, FIXTURES
from tests.support.server import SiteServer
from tests.support.site import build_site, write_config

GROUP_NAMES = {"g1": "甲的观点", "g2": "乙的观点"}


@pytest.fixture(scope="module")
def categorise_url(tmp_path_factory) -> str:
    """The quiz page of the categorise fixture bank, on a site built for this module."""
    work = tmp_path_factory.mktemp("categorise-site")
    banks = work / "banks"
    banks.mkdir()
    source = FIXTURES / "categorise" / "categorise.yml"
    (banks / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    site = work / "site"
    site.mkdir()
    server = SiteServer(site).start()
    config = write_config(work, docs_dir=FIXTURES / "docs", banks_dir=banks, nav=FIXTURE_NAV)
    result = build_site(site, config_file=config, site_url=server.url)
    assert result.ok, result.output
    yield server.url + "quizzes/categorise/"
    server.stop()


@pytest.fixture(params=["light", "dark"])
def phone(request, browser, categorise_url):
    """The page at 375 px in one colour scheme, with its errors and requests watched."""
    context = browser.new_context(viewport=PHONE, color_scheme=request.param)
    page = context.new_page()
    watch = watch_page(page)
    page.goto(categorise_url)
    page.wait_for_selector("[data-kb-quiz][data-kb-ready=true]")
    yield page, request.param
    assert watch.page_errors == [] and watch.foreign_requests() == []
    context.close()


def groups_key(page) -> list[str]:
    key = json.loads(page.locator("[data-kb-quiz]").get_attribute("data-kb-answer-key"))
    return key["items"]["views"]["correct"]


def choose_by_keyboard(page, groups: list[str]) -> None:
    """Tab from the question to each statement's select, pick its group with the arrow keys, then
    Tab to 提交本题 and press Enter: no mouse."""
    page.locator("[data-kb-sort-select]").first.focus()
    for number, group in enumerate(groups):
        for _ in range(int(group[1:])):  # "归入哪一组…" is first; g1 one step down, g2 two
            page.keyboard.press("ArrowDown")
        page.keyboard.press("Tab")
        if number + 1 < len(groups):
            assert page.evaluate("document.activeElement.matches('[data-kb-sort-select]')")
    assert page.evaluate("document.activeElement.matches('[data-kb-action=check]')")
    page.keyboard.press("Enter")


def marks(page) -> list[str]:
    return page.locator("[data-kb-sort-row] [data-kb-part-mark]").all_inner_texts()


def announced(page) -> str:
    page.wait_for_timeout(150)
    return page.locator("[data-kb-announce]").first.inner_text()


def assert_fits_and_is_accessible(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    heights = page.locator("[data-kb-sort-select]").evaluate_all(
        "els => els.map(e => e.getBoundingClientRect().height)"
    )
    assert min(heights) >= 44, "tap targets are at least 44 px tall"
    assert [violation.report("categorise") for violation in failing(run_axe(page))] == []


def screenshot(page, artifacts_dir, name: str) -> None:
    page.evaluate("scrollTo(0, 0)")
    item = page.locator("[data-kb-item]")
    clip = item.evaluate(
        "el => { const r = el.getBoundingClientRect(); return {x: r.x, y: r.y + scrollY, width: r.width, height: r.height}; }"
    )
    page.screenshot(path=str(artifacts_dir / name), full_page=True, clip=clip)


def test_each_select_is_named_by_its_statement(phone):
    page, _ = phone
    names = page.locator("[data-kb-sort-select]").evaluate_all("els => els.map(e => e.labels[0].textContent.trim())")
    assert sorted(names) == sorted(["关系靠资源维持", "先替客户解决问题", "酒桌上才谈得成生意", "话术决定成交"])
    assert_fits_and_is_accessible(page)


def test_sorting_every_statement_right_by_keyboard_is_right_and_said_so(phone, artifacts_dir):
    page, scheme = phone
    choose_by_keyboard(page, groups_key(page))
    assert page.locator("[data-kb-verdict]").inner_text() == "回答正确。"
    # D18: the verdict takes focus and is read from there; the live region says what focus doesn't (the score)
    assert page.locator("[data-kb-verdict]").evaluate("(v) => v === document.activeElement")
    assert "回答正确" not in announced(page)
    assert marks(page) == ["✓ 归类正确"] * 4
    assert page.locator("[data-kb-item-feedback]").is_hidden()
    assert_fits_and_is_accessible(page)
    screenshot(page, artifacts_dir, f"type-categorise-right-phone-{scheme}.png")


def test_a_wrong_statement_is_marked_with_its_group_and_announced(phone, artifacts_dir):
    page, scheme = phone
    right = groups_key(page)
    wrong = ["g2" if group == "g1" else "g1" for group in right[:2]] + right[2:]
    choose_by_keyboard(page, wrong)
    expected = ["✗ 应归入：" + GROUP_NAMES[group] for group in right[:2]] + ["✓ 归类正确"] * 2
    assert marks(page) == expected
    verdict = page.locator("[data-kb-verdict]").inner_text()
    assert verdict.startswith("回答错误。第 1、2 条归错了。正确归类：")
    assert page.locator("[data-kb-verdict]").evaluate("(v) => v === document.activeElement")
    assert "归错了" not in announced(page)
    assert page.locator("[data-kb-item-feedback]").is_visible()
    rows = page.locator("[data-kb-sort-row]")
    assert [rows.nth(n).evaluate("e => e.classList.contains('is-wrong')") for n in range(4)] == [
        True,
        True,
        False,
        False,
    ]
    assert page.locator("[data-kb-sort-select]:disabled").count() == 4
    assert_fits_and_is_accessible(page)
    screenshot(page, artifacts_dir, f"type-categorise-wrong-phone-{scheme}.png")


def test_a_half_sorted_answer_survives_a_reload(phone):
    page, _ = phone
    select = page.locator("[data-kb-sort-select]").first
    select.focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")  # change fires on leaving
    page.reload()
    page.wait_for_selector("[data-kb-quiz][data-kb-ready=true]")
    assert page.locator("[data-kb-sort-select]").first.input_value() == "g1"
