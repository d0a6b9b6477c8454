"""归类题 (``type: categorise``): statements sorted into 2–3 named groups, from YAML to page and key."""

from __future__ import annotations

import hashlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from kb.content.sections import scan_docs
from kb.core.yaml_reader import read_document
from kb.quiz.catalog import load_catalog
from kb.quiz.lint.view import lint_item
from kb.quiz.render import answer_key, render_quiz_page
from kb.quiz.rules import BANKS
from kb.quiz.text_fields import NOT_MARKDOWN

FIXTURES = Path(__file__).parent / "fixtures"
BANK = FIXTURES / "categorise" / "categorise.yml"
BROKEN = FIXTURES / "categorise" / "broken.yml"
STATEMENTS = {"关系靠资源维持": "g1", "先替客户解决问题": "g1", "酒桌上才谈得成生意": "g2", "话术决定成交": "g2"}


@pytest.fixture(scope="module")
def docs():
    return scan_docs(FIXTURES / "docs")


@pytest.fixture(scope="module")
def bank(docs):
    catalog = load_catalog([BANK], docs)
    assert catalog.errors == []
    return catalog.banks[0]


def statement_key(text: str) -> str:
    return "s" + hashlib.sha1(f"views\u0000{text}".encode()).hexdigest()[:8]


class Rows(HTMLParser):
    """The statement rows of a page: each row's key, its label's text and its select's options."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict] = []
        self.labels: dict[str, str] = {}
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "data-kb-sort-row" in attrs:
            self.rows.append({"key": attrs["data-kb-sort-row"], "options": []})
        elif tag == "label" and self.rows:
            self._in = "label"
            self.rows[-1]["for"] = attrs["for"]
        elif tag == "select" and self.rows:
            self.rows[-1]["id"] = attrs["id"]
        elif tag == "option" and self.rows:
            self._in = "option"
            self.rows[-1]["options"].append([attrs["value"], ""])

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "label":
            self.rows[-1]["label"] = self.rows[-1].get("label", "") + data
        elif self._in == "option":
            self.rows[-1]["options"][-1][1] += data


def rows_of(html: str) -> list[dict]:
    parser = Rows()
    parser.feed(html)
    return parser.rows


def test_a_categorise_item_loads_groups_in_written_order_and_statements_by_opaque_key(bank):
    (item,) = bank.items
    assert [(group.key, group.name) for group in item.groups] == [("g1", "甲的观点"), ("g2", "乙的观点")]
    assert [statement.key for statement in item.statements] == sorted(statement_key(text) for text in STATEMENTS)
    assert {statement.text: statement.group for statement in item.statements} == STATEMENTS


def test_the_answer_key_gives_each_shown_statement_its_group_and_the_answer_size(bank):
    (item,) = bank.items
    assert answer_key(bank)["items"]["views"] == {
        "kind": "categorise",
        "correct": [STATEMENTS[statement.text] for statement in item.statements],
        "parts": 4,
    }


def test_no_answer_key_holds_a_statement_or_a_group_name(bank):
    text = str(answer_key(bank))
    assert not any(words in text for words in [*STATEMENTS, "甲的观点", "乙的观点"])


def test_each_statement_is_a_row_with_a_select_labelled_by_it_offering_every_group(bank, docs):
    rows = rows_of(render_quiz_page(bank, docs))
    assert [row["key"] for row in rows] == [statement.key for statement in bank.items[0].statements]
    for row in rows:
        assert row["for"] == row["id"] == f"kb-views-{row['key']}"
        assert row["label"] in STATEMENTS
        assert row["options"] == [["", "归入哪一组…"], ["g1", "甲的观点"], ["g2", "乙的观点"]]


def test_the_page_never_lists_a_group_s_statements_in_the_order_written(bank, docs):
    shown = [row["label"] for row in rows_of(render_quiz_page(bank, docs))]
    assert shown != list(STATEMENTS)


def test_statements_and_group_names_are_plain_text(docs, tmp_path):
    data = yaml.safe_load(BANK.read_text(encoding="utf-8"))
    data["items"][0]["groups"][0]["name"] = "<b>甲</b>的观点"
    data["items"][0]["groups"][0]["statements"][0] = "**关系**靠[资源](topics/missing.md)维持"
    path = tmp_path / "plain.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    catalog = load_catalog([path], docs)
    assert catalog.errors == [], "a link in plain text is not a link, so it is not checked"
    page = render_quiz_page(catalog.banks[0], docs)
    assert "&lt;b&gt;甲&lt;/b&gt;的观点" in page and "**关系**靠[资源](topics/missing.md)维持" in page
    assert {"name", "statements"} <= NOT_MARKDOWN


def test_each_broken_categorise_item_gets_a_positioned_message_saying_what_to_fix(docs):
    catalog = load_catalog([BROKEN], docs)
    assert [error.format(FIXTURES) for error in catalog.errors] == [
        "categorise/broken.yml:8:7: [one-group] 归类题要有 2 到 3 组，现在 groups 里有 1 组。",
        "categorise/broken.yml:17:7: [too-few] 归类题的说法加起来要有 3 到 6 条，现在有 2 条。请增删几条，或者拆成两道题。",
        "categorise/broken.yml:31:22: [twice] “一”和第 29 行的说法一模一样。每条说法只能出现一次，只属于一组。",
        "categorise/broken.yml:32:15: [twice] 组名“AB”和第 30 行的重复了。每一组的名字都要不同。",
        "categorise/broken.yml:37:5: [no-feedback] 归类题缺少字段“feedback”：写上学员归错时看到的话，说明每一句为什么属于那一组。",
        "categorise/broken.yml:50:5: [foreign] 归类题不写“entries”：把组名和属于它的说法写在 groups 里（每组 name 和 statements）。",
        "categorise/broken.yml:64:25: [empty] 这里是空的。请写上内容，或者删掉这一行。",
    ]


def test_the_lint_reads_each_statement_with_its_group_and_every_shown_text():
    document, errors = read_document(BANK, BANKS)
    assert document is not None and errors == []
    item = lint_item(document, 0, document.data["items"][0])
    assert item.kind == "categorise" and item.groups == ()
    assert set(item.answer_texts) == {
        f"{text}{'甲的观点' if group == 'g1' else '乙的观点'}" for text, group in STATEMENTS.items()
    }
    assert ("组名", "甲的观点") in item.page_texts and ("说法", "话术决定成交") in item.page_texts
