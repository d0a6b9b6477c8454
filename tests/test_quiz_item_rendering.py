"""Ordering, matching and fill-in items on the page: golden markup, answer keys, normalisation."""

from __future__ import annotations

import json
import re

import pytest

from kb.content.sections import scan_docs
from kb.quiz.catalog import load_catalog
from kb.quiz.normalise import normalise_answer
from kb.quiz.render import answer_key, render_quiz_page, render_review_page
from kb.quiz.types import TYPES
from tests.support.paths import FIXTURES
from tests.support.site import build_site, write_config

GOLDEN_BANK = FIXTURES / "banks" / "golden-new-types.yml"
CASES = json.loads((FIXTURES / "normalise-cases.json").read_text(encoding="utf-8"))["cases"]


@pytest.fixture(scope="module")
def docs():
    return scan_docs(FIXTURES / "docs")


@pytest.fixture(scope="module")
def bank(docs):
    catalog = load_catalog([GOLDEN_BANK], docs)
    assert catalog.errors == []
    return catalog.banks[0]


OPAQUE_KEY = re.compile(r"[er][0-9a-f]{8}")
"""An entry's key: its side (e for an ordering entry, r for a right side) and 8 hex digits, nothing of its text or place."""


def key(side, text: str) -> str:
    """The key the page gives the entry (or right side) of ``side`` with this text."""
    (found,) = [entry.key for entry in side if entry.text == text]
    return found


def test_entry_keys_are_opaque_unique_and_the_same_on_every_load(bank, docs):
    ordering, matching = bank.items[0], bank.items[1]
    keys = [entry.key for entry in ordering.entries] + [side.key for side in matching.rights]
    assert all(OPAQUE_KEY.fullmatch(k) for k in keys), keys
    assert len(set(keys)) == len(keys)
    again = load_catalog([GOLDEN_BANK], docs).banks[0]
    assert [entry.key for entry in again.items[0].entries] == [entry.key for entry in ordering.entries]


def test_the_newer_types_render_to_the_expected_page(bank, docs):
    expected = (FIXTURES / "expected" / "new-types.html").read_text(encoding="utf-8")
    assert render_quiz_page(bank, docs) == expected


def test_an_ordering_key_lists_opaque_entry_keys_in_the_correct_order(bank):
    entries = ["组长", "总监", "副总/BG 长", "老大"]
    assert answer_key(bank)["items"]["golden-ordering"] == {
        "kind": "ordering",
        "correct": [key(bank.items[0].entries, text) for text in entries],
        "parts": 4,
    }


def test_the_ordering_page_never_first_shows_the_entries_in_the_answer_order(bank):
    ordering = bank.items[0]
    assert [entry.text for entry in ordering.entries] == ["组长", "总监", "副总/BG 长", "老大"]
    assert ordering.shown_entries != ordering.entries
    assert {entry.key for entry in ordering.shown_entries} == {entry.key for entry in ordering.entries}


def test_a_matching_key_gives_the_right_key_of_each_left_entry_in_bank_order(bank):
    rights = ["写方案、做技术交流", "按时把项目做完", "合同<与>报价"]
    assert answer_key(bank)["items"]["golden-matching"] == {
        "kind": "matching",
        "correct": [key(bank.items[1].rights, text) for text in rights],
        "parts": 3,
    }


def test_matching_offers_every_right_entry_and_distractor_sorted_by_key(bank):
    matching = bank.items[1]
    texts = ["写方案、做技术交流", "按时把项目做完", "合同<与>报价", "替客户垫付费用"]
    assert sorted(side.text for side in matching.rights) == sorted(texts)
    assert [side.key for side in matching.rights] == sorted(side.key for side in matching.rights)
    assert [side.key for side in matching.lefts] == ["l1", "l2", "l3"]


def test_a_fill_in_key_holds_the_accepted_answers_normalised_per_blank(bank):
    items = answer_key(bank)["items"]
    # Each accepted answer, then its Traditional spelling (kb/quiz/chinese_variants.py).
    assert items["golden-fill-in"] == {
        "kind": "fill_in",
        "accepted": [["到头一场空", "到頭一場空", "一场空", "一場空"]],
        "parts": 1,
    }
    assert items["golden-fill-in-two"] == {
        "kind": "fill_in",
        "accepted": [["时间", "時間"], ["具体动作", "具體動作", "动作", "動作"]],
        "parts": 2,
    }


def test_no_answer_key_holds_feedback_or_explanation_text(bank):
    text = json.dumps(answer_key(bank), ensure_ascii=False)
    assert "不越级" not in text and "售前" not in text and "组长" not in text


@pytest.mark.parametrize(("typed", "normalised"), CASES)
def test_fill_in_answers_are_compared_after_width_case_space_and_punctuation_folding(typed, normalised):
    assert normalise_answer(typed) == normalised


def test_the_review_page_can_place_every_newer_item_its_bank_page_serves(bank, docs):
    # The 错题本 holds no items: it fetches the bank page and puts each item under its topic group.
    review = render_review_page([bank], docs)
    quiz = render_quiz_page(bank, docs)
    for item in bank.items:
        assert f'data-kb-topic="{item.citation.page}"' in review
        assert f'data-kb-item="{item.id}" data-kb-bank="{bank.id}" data-kb-kind="{item.kind}" ' in quiz
        assert f'data-kb-topic="{item.citation.page}"' in quiz.split(f'data-kb-item="{item.id}"', 1)[1].split(">", 1)[0]


def test_a_built_site_serves_every_kind_and_counts_them_on_the_quiz_index(tmp_path):
    banks = tmp_path / "banks"
    banks.mkdir()
    (banks / "all-types.yml").write_bytes((FIXTURES / "site-banks" / "all-types.yml").read_bytes())
    nav = [{"首页": "index.md"}, {"专题": ["topics/sample.md", "topics/other.md"]}, {"自测": ["quizzes/index.md"]}]
    result = build_site(
        tmp_path / "site", config_file=write_config(tmp_path, docs_dir=FIXTURES / "docs", banks_dir=banks, nav=nav)
    )
    assert result.ok, result.output
    page = (tmp_path / "site" / "quizzes" / "all-types" / "index.html").read_text(encoding="utf-8")
    for marker in ('data-kb-kind="ordering"', "data-kb-order-list", "data-kb-match-select=", 'data-kb-blank="1"'):
        assert marker in page
    index = (tmp_path / "site" / "quizzes" / "index.html").read_text(encoding="utf-8")
    counts = "、".join(f"{item_type.name} 1" for item_type in TYPES.values())
    assert f"共 1 套题、{len(TYPES)} 道题（{counts}）" in index
