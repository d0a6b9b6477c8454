"""培训师看板 (trainers/report/) in Chromium: a synthetic cohort shows its planted flags and no others,
bad files are refused by name with their reason, the export carries what the report reads, axe.

The cohort follows a known model (scripts/bench/cohort.py): ordinary items discriminate cleanly;
three items everyone answers right, one distractor most learners pick, one item only the weaker
half answers right, one item pilots answer right without reading.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from scripts.bench.cohort import real_content, write_cohort
from tests.support.axe import failing, run_axe
from tests.support.browser import DESKTOP, PHONE
from tests.support.exchange import export_progress
from tests.support.ready import without_transitions

REPORT = "trainers/report/"
HOSTILE = "<img src=x onerror=window.__pwned=1>"


def site_path(site_url: str) -> str:
    return urlsplit(site_url).path.lower()


@pytest.fixture(scope="module")
def cohort(tmp_path_factory, site_url):
    """30 learners and 5 pilots of the real banks, and the flags planted in them."""
    banks, scenarios = real_content()
    folder = tmp_path_factory.mktemp("cohort")
    return write_cohort(folder, banks, scenarios, learners=30, pilots=5, site=site_path(site_url))


def open_report(page, site_url: str) -> None:
    page.goto(site_url + REPORT)
    page.wait_for_selector("[data-kb-report][data-kb-ready]", state="attached")


def load(page, paths: list[Path], count: int) -> None:
    page.locator("[data-kb-report-files]").set_input_files([str(path) for path in paths])
    page.wait_for_function(
        f"document.querySelector('[data-kb-report]').getAttribute('data-kb-report-rendered') === '{count}'",
        timeout=20_000,
    )


def shown_flags(page) -> dict[str, set[str]]:
    pairs = page.eval_on_selector_all(
        "[data-kb-report-item] [data-kb-report-flag]",
        "nodes => nodes.map(n => [n.closest('[data-kb-report-item]').getAttribute('data-kb-report-item'), n.getAttribute('data-kb-report-flag')])",
    )
    flags: dict[str, set[str]] = {}
    for item, flag in pairs:
        flags.setdefault(item, set()).add(flag)
    return flags


def test_the_planted_flags_and_no_others_are_shown(page, site_url, cohort):
    paths, planted = cohort
    open_report(page, site_url)
    load(page, paths, 35)
    assert shown_flags(page) == planted.flags()
    status = page.locator("[data-kb-report-status]").text_content()
    assert "学员 30 人，试做 5 人" in status
    assert page.locator("#pilots").count() == 1, "pilots shown beside learners"
    assert page.locator(".kb-report-section:has(#scenarios) table").count() >= 2
    assert page.watch.page_errors == []
    assert page.watch.foreign_requests() == [], "no third-party request"
    assert not any(
        request.endswith(".json") and "/trainers/" not in request
        for request in page.watch.requests[1:]
        if "cohort" in request
    )


def test_the_item_table_downloads_as_csv(page, site_url, cohort, tmp_path):
    paths, planted = cohort
    open_report(page, site_url)
    load(page, paths[:10], 10)
    with page.expect_download() as download:
        page.locator("[data-kb-report-action=csv]").click()
    saved = tmp_path / "items.csv"
    download.value.save_as(saved)
    text = saved.read_text(encoding="utf-8-sig")
    assert text.startswith("题目 id,题库,题型")
    assert planted.easy[0] in text


def test_the_print_layout_keeps_the_figures_and_drops_the_file_picker(page, site_url, cohort):
    paths, _ = cohort
    open_report(page, site_url)
    load(page, paths[:10], 10)
    page.emulate_media(media="print")
    assert not page.locator("[data-kb-report-drop]").is_visible()
    assert not page.locator("[data-kb-report-action=csv]").is_visible()
    assert page.locator("#items").is_visible() and page.locator(".kb-report-figure svg").first.is_visible()


def bad_files(folder: Path, site: str) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    corrupt = folder / "corrupt.json"
    corrupt.write_text('{"app": "sales-kb-progress", "version": 3, "items": {', encoding="utf-8")
    foreign = folder / "foreign.json"
    foreign.write_text(
        json.dumps({"app": "sales-kb-progress", "version": 3, "site": "/another-kb/", "banks": {}, "items": {}}),
        encoding="utf-8",
    )
    oversized = folder / "oversized.json"
    with oversized.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    hostile = folder / f"{HOSTILE}.json"
    hostile.write_text(
        json.dumps(
            {
                "app": "sales-kb-progress",
                "version": 3,
                "site": site,
                "learner": {"name": HOSTILE},
                "banks": {"__proto__": {"polluted": 1}},
                "items": {"<script>window.__pwned=1</script>": {"bank": HOSTILE, "lastAnswer": [HOSTILE]}},
            }
        ),
        encoding="utf-8",
    )
    return {"corrupt": corrupt, "foreign": foreign, "oversized": oversized, "hostile": hostile}


def test_bad_files_are_refused_by_name_and_reason_and_the_others_count(page, site_url, cohort, tmp_path):
    paths, _ = cohort
    bad = bad_files(tmp_path / "bad", site_path(site_url))
    open_report(page, site_url)
    # A learner whose name is markup is counted, and shown as text.
    named = tmp_path / "named.json"
    data = json.loads(paths[0].read_text(encoding="utf-8"))
    data["learner"]["name"] = HOSTILE
    named.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    load(page, [bad["corrupt"], paths[1], bad["foreign"], bad["oversized"], named, bad["hostile"], paths[2]], 3)
    refused = dict(
        page.eval_on_selector_all(
            "[data-kb-report-refused-file]",
            "nodes => nodes.map(n => [n.getAttribute('data-kb-report-refused-file'), n.textContent])",
        )
    )
    assert set(refused) == {"corrupt.json", "foreign.json", "oversized.json", f"{HOSTILE}.json"}
    assert "不是有效的 JSON" in refused["corrupt.json"]
    assert "另一个知识库（/another-kb/）" in refused["foreign.json"]
    assert "文件太大（50.0 MB）" in refused["oversized.json"]
    assert "没有一道是这个知识库的题" in refused[f"{HOSTILE}.json"]
    assert "学员 3 人" in page.locator("[data-kb-report-status]").text_content()
    assert page.get_by_text(HOSTILE, exact=True).count() >= 1, "the hostile name is shown as text"
    assert page.evaluate("window.__pwned === undefined && ({}).polluted === undefined")
    assert page.locator(".kb-report img, .kb-report script").count() == 0
    assert page.evaluate("1 + 1") == 2, "the page still answers"
    assert page.watch.page_errors == []


def test_the_export_carries_the_name_the_pilot_mark_and_bank_versions(page, site_url, tmp_path):
    page.goto(site_url + "quizzes/")
    page.wait_for_selector("[data-kb-data-tools][data-kb-ready]", state="attached")
    page.locator("[data-kb-export-name]").fill("  工号 1234 ")
    page.locator("[data-kb-export-pilot]").check()
    data = json.loads(export_progress_here(page, tmp_path).read_text(encoding="utf-8"))
    assert data["learner"] == {"name": "工号 1234", "pilot": True}
    open_report(page, site_url)
    catalog = json.loads(page.locator("[data-kb-report-items]").get_attribute("data-kb-report-items"))
    assert data["bankVersions"] == {bank["id"]: bank["version"] for bank in catalog["banks"]}


def export_progress_here(page, folder: Path) -> Path:
    """Click 导出进度 on the page as it is (export_progress would reload it and lose the form)."""
    with page.expect_download() as download:
        page.locator("[data-kb-action=export]").click()
    exported = folder / "progress.json"
    download.value.save_as(exported)
    return exported


def test_an_export_without_a_name_says_nothing_about_the_learner(page, site_url, tmp_path):
    data = json.loads(export_progress(page, site_url, tmp_path).read_text(encoding="utf-8"))
    assert "learner" not in data


SCREENS = {
    "phone-light": (PHONE, "light"),
    "phone-dark": (PHONE, "dark"),
    "desktop-light": (DESKTOP, "light"),
    "desktop-dark": (DESKTOP, "dark"),
}


def use_scheme(page, scheme: str) -> None:
    """Light or dark as the palette toggle sets it, once Material has answered the media change."""
    material = "slate" if scheme == "dark" else "default"
    page.emulate_media(color_scheme=scheme)
    page.wait_for_timeout(300)  # Material re-applies its remembered palette after a media change
    page.evaluate("(s) => document.body.setAttribute('data-md-color-scheme', s)", material)
    page.wait_for_function("(s) => document.body.getAttribute('data-md-color-scheme') === s", arg=material)
    dark = page.evaluate("getComputedStyle(document.body).backgroundColor") != "rgb(255, 255, 255)"
    assert dark == (scheme == "dark"), f"the page is not {scheme}"


def test_the_report_has_no_serious_axe_violations_in_light_and_dark(page, site_url, cohort, artifacts_dir):
    paths, _ = cohort
    open_report(page, site_url)
    load(page, paths, 35)
    without_transitions(page)
    reports = []
    for screen, (viewport, scheme) in SCREENS.items():
        page.set_viewport_size(viewport)
        use_scheme(page, scheme)
        reports += [violation.report(f"report [{screen}]") for violation in failing(run_axe(page))]
        page.screenshot(path=str(artifacts_dir / f"report-{screen}.png"), full_page=False)
        page.locator("#flags").scroll_into_view_if_needed()
        page.screenshot(path=str(artifacts_dir / f"report-flags-{screen}.png"))
        page.locator("#items").scroll_into_view_if_needed()
        page.screenshot(path=str(artifacts_dir / f"report-items-{screen}.png"))
    assert reports == [], "\n".join(reports)
