"""What the build gives the trainers' report page: every item's key, labels, section and bank version."""

from __future__ import annotations

import html
import json
import re

from kb.content.sections import scan_docs
from kb.quiz.render import bank_version, progress_attributes
from kb.quiz.report_data import REPORT_ITEMS_PLACEHOLDER, REPORT_PAGE, report_items, with_report_items
from kb.scenario.report_data import REPORT_SCENARIOS_PLACEHOLDER, with_report_scenarios
from scripts.bench.cohort import real_content
from tests.support.paths import REPO


def attribute(page: str, name: str):
    match = re.search(name + '="([^"]*)"', page)
    assert match, f"{name} is on the page"
    return json.loads(html.unescape(match.group(1)))


def test_every_item_of_every_bank_is_in_the_report_data_with_its_key_and_section():
    banks, _ = real_content()
    data = report_items(banks, scan_docs(REPO / "docs"))
    assert [item["id"] for item in data["items"]] == [item.id for bank in banks for item in bank.items]
    first = data["items"][0]
    assert first["key"]["kind"] == first["kind"]
    assert first["section"]["href"].startswith("../../topics/"), "links are relative to trainers/report/"
    assert first["labels"], "choice items name their options"


def test_the_bank_version_the_export_records_is_the_one_the_report_compares():
    banks, _ = real_content()
    summaries = attribute(progress_attributes(banks, "quizzes/index.md"), "data-kb-banks")
    data = report_items(banks, scan_docs(REPO / "docs"))
    assert [summary["version"] for summary in summaries] == [bank["version"] for bank in data["banks"]]
    assert bank_version(banks[0]) != bank_version(banks[1])


def test_the_data_goes_in_place_of_the_placeholders_escaped():
    banks, scenarios = real_content()
    page = with_report_items(f"<p>{REPORT_ITEMS_PLACEHOLDER}</p>", banks, scan_docs(REPO / "docs"))
    page = with_report_scenarios(page.replace("</p>", REPORT_SCENARIOS_PLACEHOLDER + "</p>"), scenarios)
    assert "<!--" not in page
    assert len(attribute(page, "data-kb-report-items")["items"]) == sum(len(bank.items) for bank in banks)
    assert [entry["id"] for entry in attribute(page, "data-kb-report-scenarios")] == [s.id for s in scenarios]
    assert with_report_items("<p>other page</p>", banks, scan_docs(REPO / "docs")) == "<p>other page</p>"
    assert REPORT_PAGE == "trainers/report.md"
