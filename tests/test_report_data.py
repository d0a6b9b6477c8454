"""What the build gives the trainers' report page: every item's key, labels, section and bank version."""

from __future__ import annotations

import html
import json
import re

import pytest

from kb.content.sections import scan_docs
from kb.quiz.catalog import load_catalog
from kb.quiz.render import progress_attributes
from kb.quiz.report_data import REPORT_ITEMS_PLACEHOLDER, REPORT_PAGE, report_items, with_report_items
from kb.quiz.types import TYPES
from kb.scenario.report_data import REPORT_SCENARIOS_PLACEHOLDER, with_report_scenarios
from scripts.bench.cohort import real_content
from tests.support.paths import FIXTURES, REPO


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
    assert banks[0].version != banks[1].version


def test_the_data_goes_in_place_of_the_placeholders_escaped():
    banks, scenarios = real_content()
    page = with_report_items(f"<p>{REPORT_ITEMS_PLACEHOLDER}</p>", banks, scan_docs(REPO / "docs"))
    page = with_report_scenarios(page.replace("</p>", REPORT_SCENARIOS_PLACEHOLDER + "</p>"), scenarios)
    assert "<!--" not in page
    assert len(attribute(page, "data-kb-report-items")["items"]) == sum(len(bank.items) for bank in banks)
    assert [entry["id"] for entry in attribute(page, "data-kb-report-scenarios")] == [s.id for s in scenarios]
    assert with_report_items("<p>other page</p>", banks, scan_docs(REPO / "docs")) == "<p>other page</p>"
    assert REPORT_PAGE == "trainers/report.md"


def fixture_report_items(*banks: str) -> list[dict]:
    docs = scan_docs(FIXTURES / "docs")
    catalog = load_catalog([FIXTURES / bank for bank in banks], docs)
    assert catalog.errors == []
    return report_items(catalog.banks, docs)["items"]


def test_each_item_carries_its_types_name_and_how_its_answers_read_so_the_report_names_no_type():
    for item in fixture_report_items("site-banks/all-types.yml", "categorise/categorise.yml"):
        assert item["typeName"] == TYPES[item["kind"]].name
        assert {"labels", "places", "ordered", "countPicks"} <= set(item)
    (views,) = fixture_report_items("categorise/categorise.yml")
    assert views["labels"] == {"g1": "甲的观点", "g2": "乙的观点"}, "a categorise answer reads as group names"
    statements = {"关系靠资源维持", "先替客户解决问题", "酒桌上才谈得成生意", "话术决定成交"}
    assert set(views["places"]) == statements and len(views["places"]) == len(views["key"]["correct"])
    assert not views["ordered"] and not views["countPicks"]


def test_choice_options_are_counted_entries_read_in_order_and_matching_pairs_by_their_left_side():
    items = {item["kind"]: item for item in fixture_report_items("site-banks/all-types.yml")}
    assert items["single"]["countPicks"] and items["true_false"]["countPicks"]
    assert items["ordering"]["ordered"] and not items["ordering"]["countPicks"]
    assert len(items["matching"]["places"]) == len(items["matching"]["key"]["correct"])
    assert items["fill_in"]["labels"] == {} and items["fill_in"]["places"] == []


def test_the_cohort_plants_its_flags_in_the_real_banks_one_bank_after_another():
    from scripts.bench.cohort import _distractors, pick_planted

    banks, _ = real_content()
    planted = pick_planted(banks)
    chosen = [*planted.easy, planted.attractive, planted.reversed, planted.giveaway]
    assert len(set(chosen)) == 6
    bank_of = {item.id: bank.id for bank in banks for item in bank.items}
    holding = {
        bank.id for bank in banks for item in bank.items if item.kind == "single" and len(_distractors(item)) >= 2
    }
    first_round = [bank_of[item_id] for item_id in chosen[: len(holding)]]
    assert len(set(first_round)) == len(first_round), "one item from each bank before a second from any"
    with pytest.raises(ValueError, match="single-choice"):
        pick_planted([bank for bank in banks if bank.id not in holding])
