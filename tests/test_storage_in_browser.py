"""Progress a learner's browser holds can never break a page or be lost (issue 13, P3-1 … P3-8).

Each test seeds stored progress or imports a file exactly as the reliability report did, then
uses the quiz, the 错题本 and the progress overview in real Chromium.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from tests.support.paths import FIXTURES
from tests.support.site import served_fixture_site

KEY = "kb-quiz-progress#/kb/"
"""Where the fixture site, served at /kb/, keeps its 做题进度 (progress/browser-storage.js)."""
NOW = "2026-11-01T10:00:00.000Z"


def record(bank: str, answer: list[str], *, in_review: bool = True) -> dict:
    return {
        "bank": bank,
        "lastAnswer": answer,
        "lastCorrect": False,
        "answeredAt": NOW,
        "missedAt": NOW,
        "inReview": in_review,
        "streak": 0,
    }


def progress(banks: dict | None = None, items: dict | None = None, version: int = 1) -> dict:
    return {"version": version, "banks": banks or {}, "items": items or {}}


def seed(page, site: str, value: str) -> None:
    page.goto(site)
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, value])


def stored(page) -> dict:
    return json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))


def storage_full_under(page, prefix: str) -> None:
    """From the next page on, the browser refuses to store anything under keys starting with ``prefix``."""
    script = """(prefix) => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (String(key).startsWith(prefix)) throw new DOMException("full", "QuotaExceededError");
        return setItem.call(this, key, value);
      };
    }"""
    page.add_init_script(f"({script})({json.dumps(prefix)})")


def wait_for_progress_view(page) -> None:
    """Until the progress script has replaced the page's pre-rendered "no records yet" text."""
    page.wait_for_function("document.querySelector('[data-kb-progress-overall]').textContent.startsWith('总进度')")


def open_quiz(page, site: str, bank: str = "basics") -> None:
    page.goto(site + f"quizzes/{bank}/")
    page.wait_for_selector("[data-kb-quiz][data-kb-ready=true]")


def open_review(page, site: str) -> None:
    page.goto(site + "quizzes/review/")
    page.wait_for_selector("[data-kb-review][data-kb-ready=true]")


def answer(page, item_id: str, key: str) -> str:
    item = page.locator(f'[data-kb-item="{item_id}"]')
    item.locator(f'[data-kb-option="{key}"] input').check()
    item.locator("[data-kb-action=check]").click()
    return item.locator("[data-kb-verdict]").inner_text()


def import_file(page, site: str, tmp_path, content: str) -> str:
    path = tmp_path / "import.json"
    path.write_text(content, encoding="utf-8")
    page.goto(site + "quizzes/")
    page.locator("[data-kb-data-message]").evaluate("box => box.textContent = ''")
    page.locator("[data-kb-import]").set_input_files(str(path))
    page.wait_for_function("document.querySelector('[data-kb-data-message]').textContent.length > 0")
    return page.locator("[data-kb-data-message]").inner_text()


def review_count(page) -> str:
    return page.locator("[data-kb-review-count]").inner_text()


def test_p3_1_a_stored_answer_with_quotes_and_brackets_breaks_neither_quiz_nor_review(page, quiz_site_url):
    value = progress(
        {
            "basics": {
                "total": 3,
                "current": {
                    "answers": {"basics-single": ['"]'], "basics-multiple": ['a"]', "a"]},
                    "checked": {"basics-single": True},
                },
            }
        },
        {"basics-true-false": record("basics", ['a"]'])},
    )
    seed(page, quiz_site_url, json.dumps(value))
    open_review(page, quiz_site_url)
    assert review_count(page).startswith("错题本里有 1 道题")
    assert "你上次的答案：未作答" in page.locator('[data-kb-item="basics-true-false"] [data-kb-verdict]').inner_text()
    page.locator("[data-kb-action=practice]").click()
    assert answer(page, "basics-true-false", "false").startswith("回答正确。")
    open_quiz(page, quiz_site_url)
    assert page.locator('[data-kb-item="basics-multiple"] [data-kb-option="a"] input').is_checked()
    assert answer(page, "basics-true-false", "false") == "回答正确。"
    assert page.watch.page_errors == []


def test_p3_2_records_named_like_object_members_are_ignored_not_fatal(page, quiz_site_url):
    text = (
        '{"version":1,"banks":{"__proto__":{"total":1},"constructor":{"total":2}},"items":{'
        '"constructor":'
        + json.dumps(record("x", []))
        + ',"toString":'
        + json.dumps(record("x", []))
        + ',"__proto__":'
        + json.dumps(record("x", []))
        + ',"basics-single":'
        + json.dumps(record("basics", ["b"]))
        + "}}"
    )
    seed(page, quiz_site_url, text)
    open_review(page, quiz_site_url)
    assert review_count(page).startswith("错题本里有 1 道题")
    page.locator("[data-kb-action=practice]").click()
    assert answer(page, "basics-single", "a").startswith("回答正确。")
    page.goto(quiz_site_url + "quizzes/")
    assert "错题本里有 1 道题" in page.locator("[data-kb-progress-overall]").inner_text()
    assert page.evaluate("({}).bank === undefined && Object.bank === undefined")
    assert page.watch.page_errors == []


@pytest.fixture(scope="module")
def odd_names_site(tmp_path_factory) -> Iterator[str]:
    """The fixture site with one more bank: `constructor.yml` holding an item `constructor`."""
    banks = [FIXTURES / "site-banks" / "basics.yml", FIXTURES / "storage-banks" / "constructor.yml"]
    with served_fixture_site(tmp_path_factory.mktemp("odd-names"), bank_files=banks) as server:
        yield server.url


def test_p3_3_a_bank_and_an_item_called_constructor_work_like_any_other(page, odd_names_site):
    open_quiz(page, odd_names_site, "constructor")
    assert answer(page, "ctor-02", "false") == "回答正确。"
    assert page.locator("[data-kb-result]").is_hidden(), "one of two items answered: not finished"
    assert answer(page, "constructor", "false").startswith("回答错误")
    assert page.locator(".kb-quiz__score").inner_text().startswith("得分：1 / 2")
    assert sorted(stored(page)["items"]) == ["constructor", "ctor-02"]
    assert stored(page)["banks"]["constructor"]["bestCorrect"] == 1
    open_review(page, odd_names_site)
    assert review_count(page).startswith("错题本里有 1 道题")
    page.goto(odd_names_site + "quizzes/")
    assert page.locator('[data-kb-bank-row="constructor"] [data-kb-cell=best]').inner_text() == "1 / 2"
    assert page.evaluate("Object.bank === undefined && Object.lastAnswer === undefined")
    assert page.watch.page_errors == []


SEEDED = progress({}, {"basics-single": record("basics", ["b"]), "basics-true-false": record("basics", ["true"])})


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            json.dumps({"app": "sales-kb-progress", **progress({}, {"x": record("basics", [])}, version=0)}),
            "导入失败：文件来自旧版本的知识库，无法读取。进度没有改变。",
        ),
        (
            json.dumps({"app": "sales-kb-progress", **progress(version=-1)}),
            "导入失败：文件来自旧版本的知识库，无法读取。进度没有改变。",
        ),
        (json.dumps({"app": "sales-kb-progress", **progress()}), "导入失败：文件里没有可用的做题记录。进度没有改变。"),
        (
            json.dumps({"app": "sales-kb-progress", **progress({}, {"x": {"bank": 3}})}),
            "导入失败：文件里没有可用的做题记录。进度没有改变。",
        ),
    ],
    ids=["version-0", "version-minus-1", "empty", "all-records-broken"],
)
def test_p3_4_an_old_or_empty_import_never_erases_progress(page, quiz_site_url, tmp_path, content, message):
    seed(page, quiz_site_url, json.dumps(SEEDED))
    assert import_file(page, quiz_site_url, tmp_path, content) == message
    assert stored(page) == SEEDED


def test_importing_over_existing_progress_asks_first_and_cancel_keeps_it(page, quiz_site_url, tmp_path):
    seed(page, quiz_site_url, json.dumps(SEEDED))
    other = {"app": "sales-kb-progress", **progress({}, {"basics-multiple": record("basics", ["c"])})}
    assert import_file(page, quiz_site_url, tmp_path, json.dumps(other)) == "已取消导入。进度没有改变。"
    assert page.watch.dialogs == [
        "导入会用文件里的 1 道题的记录，替换这个浏览器里现有的 2 道题的记录和成绩。替换后原来的记录无法恢复（可以先导出备份）。确定导入吗？"
    ]
    assert stored(page) == SEEDED
    page.watch.accept_dialogs = True
    assert import_file(page, quiz_site_url, tmp_path, json.dumps(other)) == (
        "导入成功：已恢复 1 道题的记录。这个浏览器里原来的 2 道题的记录和成绩已被替换。"
    )
    assert list(stored(page)["items"]) == ["basics-multiple"]


def test_p3_5_an_import_the_browser_cannot_store_says_so_and_changes_nothing(page, quiz_site_url, tmp_path):
    page.add_init_script(
        """(() => {
          const setItem = Storage.prototype.setItem;
          Storage.prototype.setItem = function (key, value) {
            if (String(value).length > 50000) throw new DOMException("full", "QuotaExceededError");
            return setItem.call(this, key, value);
          };
        })()"""
    )
    items = {f"gone-{n}": record("basics", ["x" * 200]) for n in range(400)} | {
        "basics-single": record("basics", ["b"])
    }
    content = json.dumps({"app": "sales-kb-progress", **progress({}, items)})
    page.goto(quiz_site_url)
    page.evaluate("localStorage.clear()")
    assert import_file(page, quiz_site_url, tmp_path, content) == "导入失败：文件太大，浏览器存不下。进度没有改变。"
    assert page.evaluate(f"localStorage.getItem('{KEY}')") is None


@pytest.mark.parametrize(
    "value",
    [
        "{not json",
        json.dumps(progress(version=99) | {"future": True}),
        json.dumps(progress(version=0)),
        '{"version":1,"banks":{"basics":7},"items":{"x":{"bank":3}}}',
    ],
    ids=["invalid-json", "newer-version", "older-version", "broken-records"],
)
def test_p3_6_unreadable_stored_progress_is_kept_aside_and_the_learner_told(page, quiz_site_url, tmp_path, value):
    seed(page, quiz_site_url, value)
    open_quiz(page, quiz_site_url)
    notice = page.locator("[data-kb-notice]")
    assert notice.is_visible() and "读不出来" in notice.inner_text()
    assert answer(page, "basics-single", "a") == "回答正确。"
    aside = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('kb-quiz-progress#/kb/#aside#'))")
    assert len(aside) == 1 and page.evaluate("key => localStorage.getItem(key)", aside[0]) == value
    open_quiz(page, quiz_site_url)  # a second visit keeps the one copy, untouched
    assert (
        page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('kb-quiz-progress#/kb/#aside#')).length") == 1
    )
    with page.expect_download() as download:
        page.locator("[data-kb-action=export-aside]").click()
    saved = tmp_path / "aside.json"
    download.value.save_as(saved)
    assert json.loads(saved.read_text(encoding="utf-8"))[0]["value"] == value
    page.watch.accept_dialogs = True
    page.locator("[data-kb-action=discard-aside]").click()
    assert page.locator("[data-kb-notice]").count() == 0
    assert page.watch.page_errors == []


def test_p3_7_the_overview_counts_only_items_that_exist(page, quiz_site_url):
    items = {f"gone-{n}": record("basics", ["a"]) for n in range(50)} | {"basics-single": record("basics", ["b"])}
    items |= {f"other-{n}": record("no-such-bank", ["a"]) for n in range(5)}
    seed(page, quiz_site_url, json.dumps(progress({}, items)))
    page.goto(quiz_site_url + "quizzes/")
    wait_for_progress_view(page)
    overall = page.locator("[data-kb-progress-overall]").inner_text()
    assert "错题本里有 50" not in overall and "错题本里有 56" not in overall
    # The page lists the bank's item ids: of 51 records under "basics" only basics-single is one of them.
    assert page.locator('[data-kb-bank-row="basics"] [data-kb-cell=attempted]').inner_text() == "1 / 3"


def test_p3_8_out_of_range_numbers_are_not_shown(page, quiz_site_url):
    bank = {
        "total": 3,
        "bestCorrect": 1e308,
        "lastCorrect": -1,
        "attempts": -5,
        "lastAttemptAt": "+275760-09-13T00:00:00.000Z",
        "current": {"answers": {}, "checked": {}, "finished": False},
    }
    seed(
        page,
        quiz_site_url,
        json.dumps(progress({"basics": bank}, {"basics-single": record("basics", ["b"]) | {"streak": -3}})),
    )
    page.goto(quiz_site_url + "quizzes/")
    wait_for_progress_view(page)
    assert page.locator('[data-kb-bank-row="basics"] [data-kb-cell=attempted]').inner_text() == "1 / 3"
    assert page.locator('[data-kb-bank-row="basics"] [data-kb-cell=best]').inner_text() == "—"
    assert page.locator('[data-kb-bank-row="basics"] [data-kb-cell=last]').inner_text() == "—"
    assert "e+308" not in page.locator("article").inner_text()
    answered = {"basics-single": record("basics", ["b"])}  # so the overview shows the script has run
    seed(page, quiz_site_url, json.dumps(progress({"basics": bank | {"bestCorrect": 7}}, answered)))
    page.goto(quiz_site_url + "quizzes/")
    wait_for_progress_view(page)
    assert page.locator('[data-kb-bank-row="basics"] [data-kb-cell=best]').inner_text() == "—", (
        "a best score above the total means nothing"
    )


def test_p3_6_when_no_copy_fits_the_unreadable_progress_is_left_in_place_not_overwritten(page, quiz_site_url):
    storage_full_under(page, KEY + "#aside#")
    value = json.dumps(progress(version=99) | {"future": True})
    seed(page, quiz_site_url, value)
    open_quiz(page, quiz_site_url)
    assert page.locator("[data-kb-notice]").is_visible()
    assert answer(page, "basics-single", "a") == "回答正确。"
    page.wait_for_function("document.querySelector('[data-kb-announce]').textContent.includes('没能保存')")
    assert page.evaluate(f"localStorage.getItem('{KEY}')") == value


SCENARIO_KEY = "kb-scenario-progress#/kb/"


def test_unreadable_scenario_progress_is_kept_aside_and_offered_like_quiz_progress(page, quiz_site_url, tmp_path):
    page.goto(quiz_site_url)
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [SCENARIO_KEY, "{not json"])
    page.goto(quiz_site_url + "quizzes/")
    page.wait_for_selector("[data-kb-notice]")
    aside = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('kb-scenario-progress#/kb/#aside#'))")
    assert len(aside) == 1 and page.evaluate("key => localStorage.getItem(key)", aside[0]) == "{not json"
    with page.expect_download() as download:
        page.locator("[data-kb-action=export-aside]").click()
    saved = tmp_path / "aside.json"
    download.value.save_as(saved)
    assert [copy["value"] for copy in json.loads(saved.read_text(encoding="utf-8"))] == ["{not json"]
    page.watch.accept_dialogs = True
    page.locator("[data-kb-action=discard-aside]").click()
    assert page.locator("[data-kb-notice]").count() == 0
    assert page.evaluate("Object.keys(localStorage).filter(k => k.includes('#aside#')).length") == 0


def test_unreadable_scenario_progress_that_cannot_be_copied_is_never_written_over(page, quiz_site_url):
    storage_full_under(page, SCENARIO_KEY + "#aside#")
    page.goto(quiz_site_url)
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [SCENARIO_KEY, "{not json"])
    page.goto(quiz_site_url + "quizzes/")
    page.wait_for_selector("[data-kb-notice]")
    page.watch.accept_dialogs = True
    page.locator("[data-kb-action=reset-all]").click()  # writes scenario records: refused while held
    page.wait_for_function("document.querySelector('[data-kb-data-message]').textContent.length > 0")
    assert page.evaluate(f"localStorage.getItem('{SCENARIO_KEY}')") == "{not json"
    assert page.watch.page_errors == []


def test_a_reset_the_browser_cannot_store_says_the_old_answers_will_come_back(page, quiz_site_url):
    storage_full_under(page, KEY)
    open_quiz(page, quiz_site_url)
    page.locator("[data-kb-quiz] [data-kb-action=reset]").first.click()
    page.wait_for_function("document.querySelector('[data-kb-announce]').textContent.includes('已清空')")
    assert "清空没能保存" in page.locator("[data-kb-announce]").first.text_content()
