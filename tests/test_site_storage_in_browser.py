"""Progress belongs to one site and an import never loses data silently (issue 28; reliability
report #3, #4, #5, #6, #7, #14).

Two knowledge bases on one origin, as GitHub Pages serves the project sites of one account, keep
separate progress through answering, export, import and 清空; progress stored under the keys
every site used to share moves to this site's keys with nothing lost.
"""

from __future__ import annotations

import json
import shutil

import pytest

from tests.support.exchange import export_progress
from tests.support.paths import FIXTURE_NAV, FIXTURES
from tests.support.server import SitesServer
from tests.support.site import build_site, write_config
from tests.test_storage_in_browser import (
    KEY,
    SCENARIO_KEY,
    SEEDED,
    answer,
    import_file,
    open_quiz,
    progress,
    record,
    seed,
    storage_full_under,
    stored,
    wait_for_progress_view,
)

SALES, OTHER = "/sales-kb/", "/other-team-kb/"


@pytest.fixture(scope="module")
def two_sites(tmp_path_factory):
    """The fixture site built once and served twice on one origin: at /sales-kb/ and /other-team-kb/."""
    work = tmp_path_factory.mktemp("two-sites")
    first = work / "sales-kb"
    first.mkdir()
    config = write_config(work, docs_dir=FIXTURES / "docs", banks_dir=FIXTURES / "site-banks", nav=FIXTURE_NAV)
    result = build_site(first, config_file=config, site_url="http://127.0.0.1/sales-kb/")
    assert result.ok, result.output
    second = work / "other-team-kb"
    shutil.copytree(first, second)
    server = SitesServer({SALES: first, OTHER: second}).start()
    yield server.url_of(SALES), server.url_of(OTHER)
    server.stop()


def key_of(site: str, name: str = "kb-quiz-progress") -> str:
    return name + "#" + site


def stored_items(page, site: str) -> list[str]:
    raw = page.evaluate("key => localStorage.getItem(key)", key_of(site))
    return sorted(json.loads(raw)["items"]) if raw else []


def overall(page, site_url: str) -> str:
    page.goto(site_url + "quizzes/")
    page.wait_for_selector("[data-kb-data-tools][data-kb-ready]", state="attached")
    return page.locator("[data-kb-progress-overall]").inner_text()


def test_two_sites_on_one_origin_keep_separate_progress_through_answer_export_import_and_reset(
    page, two_sites, tmp_path
):
    sales, other = two_sites
    open_quiz(page, sales)
    assert answer(page, "basics-single", "a") == "回答正确。"
    assert overall(page, other) == "还没有做题记录。", "an answer on one site does not show on the other"
    open_quiz(page, other)
    assert answer(page, "basics-true-false", "false") == "回答正确。"
    assert stored_items(page, SALES) == ["basics-single"]
    assert stored_items(page, OTHER) == ["basics-true-false"]

    sales_file = export_progress(page, sales, tmp_path)
    assert json.loads(sales_file.read_text(encoding="utf-8"))["site"] == SALES
    page.goto(other + "quizzes/")
    page.locator("[data-kb-import]").set_input_files(str(sales_file))
    page.wait_for_function("document.querySelector('[data-kb-data-message]').textContent.length > 0")
    assert page.locator("[data-kb-data-message]").inner_text() == (
        "导入失败：这是另一个知识库（/sales-kb/）的进度文件，不是这个知识库（/other-team-kb/）的，不能导入。进度没有改变。"
    )
    assert page.watch.dialogs == [], "refused before asking anything"
    assert stored_items(page, OTHER) == ["basics-true-false"]

    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other_file = export_progress(page, other, other_dir)
    page.watch.accept_dialogs = True
    page.goto(other + "quizzes/")
    page.locator("[data-kb-import]").set_input_files(str(other_file))
    page.wait_for_function("document.querySelector('[data-kb-data-message]').textContent.startsWith('导入成功')")
    assert stored_items(page, OTHER) == ["basics-true-false"]

    page.locator("[data-kb-action=reset-all]").click()
    page.wait_for_function("document.querySelector('[data-kb-data-message]').textContent.startsWith('已清空')")
    assert stored_items(page, OTHER) == []
    assert stored_items(page, SALES) == ["basics-single"], "清空 on one site leaves the other's progress alone"
    assert overall(page, sales).startswith("总进度：做过 1 / ")
    assert page.watch.page_errors == []


def test_progress_under_the_old_shared_keys_moves_to_this_sites_keys_with_nothing_lost(page, quiz_site_url):
    old = json.dumps(
        progress({}, {"basics-single": record("basics", ["b"]), "basics-multiple": record("basics", ["a"])})
    )
    scenarios = json.dumps({"version": 1, "scenarios": {"inquiry-went-quiet": {"path": [], "best": 8}}})
    page.goto(quiz_site_url)
    page.evaluate(
        "([quiz, scenarios]) => { localStorage.setItem('kb-quiz-progress', quiz);"
        " localStorage.setItem('kb-scenario-progress', scenarios); }",
        [old, scenarios],
    )
    page.goto(quiz_site_url + "quizzes/")
    wait_for_progress_view(page)
    assert page.locator('[data-kb-bank-row="basics"] [data-kb-cell=attempted]').inner_text() == "2 / 3"
    assert sorted(stored(page)["items"]) == ["basics-multiple", "basics-single"]
    assert page.evaluate(f"localStorage.getItem('{SCENARIO_KEY}')") == scenarios
    assert page.evaluate("localStorage.getItem('kb-quiz-progress')") == old, "left for other sites of the origin"
    page.watch.accept_dialogs = True
    page.locator("[data-kb-action=reset-all]").click()
    page.wait_for_function("document.querySelector('[data-kb-data-message]').textContent.startsWith('已清空')")
    page.reload()
    page.wait_for_selector("[data-kb-data-tools][data-kb-ready]", state="attached")
    assert page.locator("[data-kb-progress-overall]").inner_text() == "还没有做题记录。", "cleared stays cleared"
    assert page.watch.page_errors == []


ONE_SCENARIO = json.dumps({"version": 1, "scenarios": {"inquiry-went-quiet": {"path": [], "best": 8}}})


def seed_scenarios(page, site: str, value: str = ONE_SCENARIO) -> None:
    page.goto(site)
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [SCENARIO_KEY, value])


def export_file(items: dict, **extra) -> str:
    return json.dumps({"app": "sales-kb-progress", **progress({}, items, version=2), **extra})


def test_an_import_without_scenarios_keeps_the_browsers_scenario_progress_and_says_so(page, quiz_site_url, tmp_path):
    seed_scenarios(page, quiz_site_url)
    message = import_file(page, quiz_site_url, tmp_path, export_file({"basics-single": record("basics", ["b"])}))
    assert message == "导入成功：已恢复 1 道题的记录。情景演练的进度（1 个）没有改变：文件里没有。"
    assert page.evaluate(f"localStorage.getItem('{SCENARIO_KEY}')") == ONE_SCENARIO


def test_the_import_question_names_the_scenario_progress_it_replaces(page, quiz_site_url, tmp_path):
    seed(page, quiz_site_url, json.dumps(SEEDED))
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [SCENARIO_KEY, ONE_SCENARIO])
    content = export_file({"basics-multiple": record("basics", ["c"])}, scenarios={})
    assert import_file(page, quiz_site_url, tmp_path, content) == "已取消导入。进度没有改变。"
    assert page.watch.dialogs == [
        "导入会用文件里的 1 道题的记录和 0 个情景演练的进度，替换这个浏览器里现有的 2 道题的记录和成绩，以及 1 个情景演练的进度。"
        "替换后原来的记录无法恢复（可以先导出备份）。确定导入吗？"
    ]
    assert stored(page) == SEEDED
    assert page.evaluate(f"localStorage.getItem('{SCENARIO_KEY}')") == ONE_SCENARIO


def test_an_import_whose_scenario_part_does_not_fit_changes_nothing(page, quiz_site_url, tmp_path):
    storage_full_under(page, SCENARIO_KEY)
    seed(page, quiz_site_url, json.dumps(SEEDED))
    content = export_file({"basics-multiple": record("basics", ["c"])}, scenarios={"inquiry-went-quiet": {"path": []}})
    page.watch.accept_dialogs = True
    assert import_file(page, quiz_site_url, tmp_path, content) == "导入失败：文件太大，浏览器存不下。进度没有改变。"
    assert stored(page) == SEEDED, "the quiz part written first is put back"


FAR = "+275760-09-13T00:00:00.000Z"


def test_a_far_future_date_in_old_progress_hides_nothing_and_its_import_says_what_was_ignored(
    page, quiz_site_url, tmp_path
):
    items = {
        "basics-single": record("basics", ["b"]),
        "basics-multiple": record("basics", ["a"]),
        "basics-true-false": record("basics", ["true"]) | {"answeredAt": FAR},
    }
    seed(page, quiz_site_url, json.dumps(progress({}, items)))
    page.goto(quiz_site_url + "quizzes/")
    wait_for_progress_view(page)
    assert page.locator('[data-kb-bank-row="basics"] [data-kb-cell=attempted]').inner_text() == "3 / 3"
    page.goto(quiz_site_url)
    page.evaluate("localStorage.clear()")
    message = import_file(
        page, quiz_site_url, tmp_path, json.dumps({"app": "sales-kb-progress", **progress({}, items)})
    )
    assert message == (
        "导入成功：已恢复 3 道题的记录。有 1 个日期读不懂（例如远在未来），已忽略这些日期，其余记录照常导入。"
    )
    assert page.watch.page_errors == []


def test_an_answer_the_browser_cannot_store_is_said_where_the_learner_looks(page, quiz_site_url):
    storage_full_under(page, KEY)
    open_quiz(page, quiz_site_url)
    answer(page, "basics-single", "a")
    warning = page.locator('[data-kb-item="basics-single"] [data-kb-not-saved]')
    assert warning.is_visible()
    assert warning.inner_text() == "注意：这次作答没能保存，浏览器存储已满或被禁用。"
    box = warning.bounding_box()
    assert box and box["width"] > 100 and box["height"] > 10, "seen, not only read out by a screen reader"


def due_record(bank: str, day: str) -> dict:
    return record(bank, ["a"]) | {"schedule": {"box": 1, "last": day, "due": day}}


def test_items_of_a_removed_bank_neither_fill_todays_review_nor_count_as_due(page, quiz_site_url):
    items = {f"ghost-{n}": due_record("removed-bank", "2026-01-01") for n in range(20)}
    items |= {
        "basics-single": due_record("basics", "2026-02-01"),
        "basics-true-false": due_record("basics", "2026-02-01"),
    }
    seed(page, quiz_site_url, json.dumps(progress({}, items, version=2)))
    page.goto(quiz_site_url)
    page.wait_for_selector("[data-kb-due]:not([hidden])")
    assert page.locator("[data-kb-due-text]").inner_text() == "今天有 2 题要复习。"
    page.goto(quiz_site_url + "quizzes/today/")
    page.wait_for_selector("[data-kb-today][data-kb-ready=true]")
    shown = page.locator("[data-kb-today-list] [data-kb-item]")
    assert sorted(shown.evaluate_all("items => items.map(item => item.dataset.kbItem)")) == [
        "basics-single",
        "basics-true-false",
    ]
    assert "20 道题的记录属于已经不在题库里的题" in page.locator("[data-kb-load-status]").inner_text()
    assert len(stored(page)["items"]) == 22, "the records are kept, not deleted"


def test_the_review_page_fetches_only_banks_this_site_has(page, quiz_site_url):
    items = {f"x{n}": record(f"bank-{n}", ["a"]) for n in range(300)} | {"basics-single": record("basics", ["b"])}
    seed(page, quiz_site_url, json.dumps(progress({}, items)))
    page.watch.requests.clear()
    page.goto(quiz_site_url + "quizzes/review/")
    page.wait_for_selector("[data-kb-review][data-kb-ready=true]")
    fetched = sorted({url.split("?")[0] for url in page.watch.requests if "?v=" in url})
    pages = [url for url in fetched if not url.endswith("/items.json")]
    assert pages == [quiz_site_url + "quizzes/basics/"]
    # Records no item list places (300 banks this site lacks): this site's lists are read, each once.
    lists = [url for url in page.watch.requests if url.split("?")[0].endswith("/items.json")]
    assert len(lists) == len(set(lists)) and all(url.startswith(quiz_site_url + "quizzes/") for url in lists)
    assert quiz_site_url + "quizzes/basics/items.json" in {url.split("?")[0] for url in lists}
    assert page.locator("[data-kb-review-count]").inner_text().startswith("错题本里有 1 道题")


def test_version_two_progress_migrates_to_version_three_and_new_answers_keep_their_first_attempt(page, quiz_site_url):
    """Issue 33: stored version-2 progress keeps every field; first attempts are recorded from now on."""
    old = due_record("basics", "2026-02-01") | {"lastCorrect": True, "inReview": False, "streak": 1}
    bank = {"total": 3, "bestCorrect": 2, "lastCorrect": 2, "lastAttemptAt": "2026-11-01T10:00:00.000Z", "attempts": 1}
    seed(page, quiz_site_url, json.dumps(progress({"basics": bank}, {"basics-single": old}, version=2)))
    open_quiz(page, quiz_site_url)
    assert answer(page, "basics-true-false", "true").startswith("回答错误")
    data = stored(page)
    assert data["version"] == 3
    assert {key: data["items"]["basics-single"][key] for key in old} == old, "every version-2 field kept"
    assert data["items"]["basics-single"]["first"] is None and data["items"]["basics-single"]["attempts"] is None
    assert data["banks"]["basics"]["bestCorrect"] == 2
    new = data["items"]["basics-true-false"]
    assert new["first"]["answer"] == ["true"] and new["first"]["correct"] is False and new["first"]["at"]
    assert new["attempts"] == 1


def test_the_copy_set_aside_as_unreadable_can_be_imported_again(page, quiz_site_url, tmp_path):
    """Reliability #5: 导出读不出来的数据 wrote a file that every import refused."""
    value = json.dumps(progress({"basics": 7}, {"x": {"bank": 3}, "basics-single": record("basics", ["b"])}))
    seed(page, quiz_site_url, value)
    open_quiz(page, quiz_site_url)
    with page.expect_download() as download:
        page.locator("[data-kb-action=export-aside]").click()
    saved = tmp_path / "aside.json"
    download.value.save_as(saved)
    page.evaluate("localStorage.clear()")
    message = import_file(page, quiz_site_url, tmp_path, saved.read_text(encoding="utf-8"))
    assert message == "导入成功：已恢复 1 道题的记录。文件里有几条记录无法读取，已跳过。"
    assert list(stored(page)["items"]) == ["basics-single"]


def test_an_old_export_of_another_knowledge_base_is_refused_before_anything_is_replaced(page, quiz_site_url, tmp_path):
    """Reliability #4a: 30 records of a bank this site lacks, in a file from before files named their site."""
    seed(page, quiz_site_url, json.dumps(SEEDED))
    foreign = {f"hr-{n}": record("onboarding-hr", ["a"]) for n in range(30)}
    message = import_file(
        page, quiz_site_url, tmp_path, json.dumps({"app": "sales-kb-progress", **progress({}, foreign)})
    )
    assert message == (
        "导入失败：文件里的 30 道题的记录，没有一道是这个知识库的题（可能是另一个知识库的进度文件）。进度没有改变。"
    )
    assert page.watch.dialogs == []
    assert stored(page) == SEEDED
