"""Each broken bank gives one clear message: file, line, column, item id and what to fix."""

from __future__ import annotations

import pytest

from kb.content.sections import scan_docs
from kb.quiz.catalog import load_catalog
from kb.quiz.types import ItemKind
from tests.support.paths import FIXTURES

BANKS = FIXTURES / "banks"


@pytest.fixture(scope="module")
def docs():
    return scan_docs(FIXTURES / "docs")


def messages(docs, *names: str) -> list[str]:
    catalog = load_catalog([BANKS / name for name in names], docs)
    return [error.format(FIXTURES) for error in catalog.errors]


def test_a_valid_bank_loads_into_the_model(docs):
    catalog = load_catalog([FIXTURES / "site-banks" / "basics.yml"], docs)
    assert catalog.errors == []
    bank = catalog.banks[0]
    assert (bank.id, bank.title, len(bank.items)) == ("basics", "基础测验", 3)
    single, multiple, true_false = bank.items
    assert single.kind == ItemKind.SINGLE and single.correct_keys == ("a",)
    assert multiple.kind == ItemKind.MULTIPLE and multiple.correct_keys == ("a", "b")
    assert true_false.kind == ItemKind.TRUE_FALSE and true_false.correct_keys == ("false",)
    assert [option.feedback for option in true_false.options] == ["原文的排序是资源在前、技巧在后。", ""]
    assert str(single.citation) == "topics/sample.md#alpha"
    assert single.line == 5


def test_a_yaml_syntax_error_points_at_the_colon_and_says_to_quote(docs):
    assert messages(docs, "syntax-error.yml") == [
        "banks/syntax-error.yml:5:18: [syntax-01] 这里多了一个“冒号加空格”。文字里有英文冒号时，请把整段文字用引号括起来，或者改用中文冒号“：”。"
    ]


def test_a_missing_field_names_the_field_and_what_it_is_for(docs):
    assert messages(docs, "missing-field.yml") == [
        "banks/missing-field.yml:3:5: [missing-01] 缺少字段“explanation”。解析：提交后显示，讲清道理，要和引用的小节一致。"
    ]


def test_an_unknown_field_suggests_the_field_that_was_meant(docs):
    assert messages(docs, "unknown-field.yml") == [
        "banks/unknown-field.yml:10:9: [unknown-01] 不认识的字段“feedbak”。是不是想写“feedback”？这里可以写的字段有：text、correct、feedback。"
    ]


def test_a_wrong_type_says_what_was_expected_and_what_was_found(docs):
    assert messages(docs, "wrong-type.yml") == [
        "banks/wrong-type.yml:6:13: [wrong-type-01] “answer”应该是布尔值（true 或 false），现在是文字。"
    ]


def test_a_duplicate_id_within_a_bank_points_at_the_first_use(docs):
    assert messages(docs, "duplicate-id.yml") == [
        "banks/duplicate-id.yml:13:9: [ok-item] 题目 id“ok-item”重复：本文件第 3 行已经用过。每道题的 id 在所有题库里都必须唯一。"
    ]


def test_a_duplicate_id_across_banks_names_the_other_bank(docs):
    assert messages(docs, "cross-bank-a.yml", "cross-bank-b.yml") == [
        "banks/cross-bank-b.yml:3:9: [shared-id] 题目 id“shared-id”重复：cross-bank-a.yml 的第 3 行已经用过。每道题的 id 在所有题库里都必须唯一。"
    ]


def test_an_item_without_a_correct_option_is_refused(docs):
    assert messages(docs, "no-correct-option.yml") == [
        "banks/no-correct-option.yml:7:7: [no-correct-01] 没有正确选项。请在正确的选项上写 correct: true。"
    ]


def test_a_single_choice_item_with_two_correct_options_is_refused(docs):
    assert messages(docs, "several-correct-single.yml") == [
        "banks/several-correct-single.yml:7:7: [several-correct-01] 单选题只能有一个正确选项，现在有 2 个（第 7、9 行）。如果确实有多个正确答案，请把 type 改成 multiple。"
    ]


def test_an_item_with_fewer_than_two_options_is_refused(docs):
    assert messages(docs, "one-option.yml") == [
        "banks/one-option.yml:7:7: [one-option-01] 选项太少：至少要有 2 个选项，现在只有 1 个。"
    ]


def test_a_citation_to_a_missing_page_lists_the_pages_that_exist(docs):
    assert messages(docs, "missing-page.yml") == [
        "banks/missing-page.yml:9:11: [missing-page-01] cite 指向的页面“topics/no-such-page.md”不存在。路径从 docs/ 算起，例如 topics/chatting.md。现有的专题页：topics/other.md、topics/sample.md。"
    ]


def test_a_citation_to_a_missing_heading_lists_the_ids_on_that_page(docs):
    assert messages(docs, "missing-anchor.yml") == [
        "banks/missing-anchor.yml:9:11: [missing-anchor-01] 页面 topics/sample.md 里没有 id 为“no-such-heading”的标题。这个页面的标题 id 有：alpha、beta。"
    ]


def test_all_problems_of_all_banks_are_reported_in_one_run(docs):
    reported = messages(docs, "three-problems.yml", "one-option.yml", "missing-anchor.yml")
    assert [line.split(":")[0] for line in reported] == [
        "banks/missing-anchor.yml",
        "banks/one-option.yml",
        "banks/three-problems.yml",
        "banks/three-problems.yml",
        "banks/three-problems.yml",
    ]
    assert [line.split(": ", 1)[0] for line in reported if "three-problems" in line] == [
        "banks/three-problems.yml:9:9",
        "banks/three-problems.yml:13:11",
        "banks/three-problems.yml:25:11",
    ]


def test_a_wrong_option_without_feedback_is_refused(docs):
    assert messages(docs, "three-problems.yml")[0] == (
        "banks/three-problems.yml:9:9: [three-01] 错误选项要写 feedback：告诉学员为什么这个选项不对。"
    )
