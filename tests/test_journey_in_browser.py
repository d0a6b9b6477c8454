"""The new hire's path through the real site (issue 31): home says where to start and, later,
where they were, with each lesson's reading time, item count and state."""

from __future__ import annotations

from tests.support.ready import open_page


def test_home_to_lesson_to_quiz_to_review_and_back_home_shows_where_i_was(page, site_url):
    open_page(page, site_url)
    start = page.locator("[data-kb-path-start]")
    assert start.inner_text().startswith("从这里开始：第 1 课（约 ")
    first_lesson = page.locator("[data-kb-lesson]").first
    assert "分钟" in first_lesson.inner_text() and "题" in first_lesson.inner_text()

    start.click()
    page.wait_for_url("**/topics/resources-first/")
    page.wait_for_function(
        "Object.keys(localStorage).some(k => k.startsWith('kb-visits#') && localStorage[k].includes('topics/resources-first/'))"
    )
    open_page(page, site_url + "quizzes/resources-first/")
    quiz_title = page.locator(".md-content h1").inner_text()
    page.locator("[data-kb-action=submit-all]").click()
    page.locator("[data-kb-action=submit-unanswered]").click()
    page.wait_for_selector("[data-kb-result]:not([hidden])")
    open_page(page, site_url + "quizzes/review/")
    open_page(page, site_url + "quizzes/today/")

    open_page(page, site_url)
    assert page.locator("[data-kb-path-start]").inner_text() == "继续：" + quiz_title
    assert page.locator("[data-kb-path-start]").get_attribute("href").endswith("/quizzes/resources-first/")
    state = page.locator("[data-kb-lesson-state]").first.inner_text()
    items = page.locator("[data-kb-lesson]").first.get_attribute("data-kb-lesson-items")
    assert "✓ 已读" in state and f"自测最好 0 / {items}" in state
    assert page.locator("[data-kb-due]").is_visible()


def test_homes_next_page_is_lesson_one(page, site_url):
    open_page(page, site_url)
    assert page.locator(".md-footer__link--next").get_attribute("href").endswith("topics/resources-first/")


def test_a_scenario_page_starts_without_shifting_its_layout(browser, site_url):
    for width in (375, 1280):
        context = browser.new_context(viewport={"width": width, "height": 800})
        page = context.new_page()
        page.add_init_script(
            "window.__cls = 0; new PerformanceObserver((list) => { for (const entry of list.getEntries())"
            " if (!entry.hadRecentInput) window.__cls += entry.value; }).observe({type: 'layout-shift', buffered: true});"
        )
        page.goto(site_url + "scenarios/first-visit/")
        page.wait_for_selector("[data-kb-scenario][data-kb-ready=true]")
        page.wait_for_timeout(500)
        shift = page.evaluate("window.__cls")
        context.close()
        assert shift <= 0.05, f"{width} px: cumulative layout shift {shift:.3f}"
