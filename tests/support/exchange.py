"""Moving a learner's progress between two browsers the way a learner does: export, then import."""

from __future__ import annotations

from pathlib import Path

from tests.support.browser import DESKTOP, watch_page


def new_watched_page(browser, viewport=DESKTOP):
    """A page in a fresh browser profile, its requests and errors watched; close its context after."""
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.watch = watch_page(page)
    return page


def export_progress(page, site_url: str, folder: Path) -> Path:
    """Click 导出进度 on the quiz index and save the file it downloads."""
    page.goto(site_url + "quizzes/")
    page.wait_for_selector("[data-kb-data-tools][data-kb-ready]", state="attached")
    with page.expect_download() as download:
        page.locator("[data-kb-action=export]").click()
    exported = folder / "progress.json"
    download.value.save_as(exported)
    return exported


def import_progress(page, site_url: str, exported: Path) -> None:
    """Pick ``exported`` in 导入进度 on the quiz index and wait until it says 导入成功."""
    page.goto(site_url + "quizzes/")
    page.wait_for_selector("[data-kb-data-tools][data-kb-ready]", state="attached")
    page.locator("[data-kb-import]").set_input_files(str(exported))
    page.wait_for_function("document.querySelector('[data-kb-data-message]').textContent.startsWith('导入成功')")
