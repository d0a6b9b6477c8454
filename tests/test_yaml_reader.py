"""The YAML reader builds a file's data and positions from libyaml's events in one pass.

It must read what PyYAML's composed node tree says: the same values and the same line and column
for every value and key. Where it skips part of a file (a repeated key's value, a key that is not
text) it must still check that part and find its place again after it.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from kb.core.document import DataPath, Position
from kb.core.yaml_reader import read_document
from kb.quiz.rules import BANKS

EVERY_KIND_OF_VALUE = """\
title: "引号里的标题"
intro: |
  第一段
  第二段
shuffle_options: false
items:
  - id: a-1
    type: single
    question: 普通文字
    options:
      - {text: 甲, correct: true, feedback: 对}
      - text: '乙'
        feedback: >
          折叠的
          文字
    score: 3
    weight: 1.5
    empty:
    nothing: ~
    date: 2024-02-03
    nested: [[1, 2], [], {}, [{deep: [x]}]]
  - id: a-2
    type: true_false
    answer: true
"""


def read(tmp_path: Path, text: str):
    path = tmp_path / "bank.yml"
    path.write_text(text, encoding="utf-8")
    return read_document(path, BANKS)


def composed_positions(text: str) -> tuple[dict[DataPath, Position], dict[DataPath, Position]]:
    """Every value's and key's 1-based position, walked from PyYAML's composed node tree."""
    values: dict[DataPath, Position] = {}
    keys: dict[DataPath, Position] = {}

    def walk(node: yaml.Node, data_path: DataPath) -> None:
        values[data_path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                keys[data_path + (key.value,)] = (key.start_mark.line + 1, key.start_mark.column + 1)
                walk(value, data_path + (key.value,))
        elif isinstance(node, yaml.SequenceNode):
            for index, child in enumerate(node.value):
                walk(child, data_path + (index,))

    walk(yaml.compose(text, Loader=yaml.SafeLoader), ())
    return values, keys


def test_the_data_and_every_position_are_those_of_the_composed_tree(tmp_path):
    document, errors = read(tmp_path, EVERY_KIND_OF_VALUE)
    assert errors == []
    assert document.data == yaml.safe_load(EVERY_KIND_OF_VALUE)
    values, keys = composed_positions(EVERY_KIND_OF_VALUE)
    assert len(values) > 30
    assert {path: document.position_of(path) for path in values} == values
    assert {path: document.key_position_of(path) for path in keys} == keys


def test_a_repeated_key_is_reported_and_its_whole_value_skipped(tmp_path):
    text = (
        "title: 题库\n"
        "items:\n"
        "  - id: a-1\n"
        "    options: [甲]\n"
        "    options:\n"
        "      - text: 乙\n"
        "        extra: {deep: [1, 2]}\n"
        "    question: 题干\n"
        "  - id: a-2\n"
    )
    document, errors = read(tmp_path, text)
    assert document.data == {
        "title": "题库",
        "items": [{"id": "a-1", "options": ["甲"], "question": "题干"}, {"id": "a-2"}],
    }
    assert [(error.line, error.column, error.message) for error in errors] == [
        (5, 5, "字段“options”写了两次（第一次在第 4 行）。请删掉其中一个。")
    ]
    assert document.position_of(("items", 0, "options", 0)) == (4, 15)
    assert document.key_position_of(("items", 0, "question")) == (8, 5)
    assert document.position_of(("items", 1)) == (9, 5)


def test_a_key_that_is_not_text_is_named_by_a_question_mark_and_not_built(tmp_path):
    document, errors = read(tmp_path, "? [甲, {乙: 丙}]\n: 值\n? [丁]\n: 又一个\nb: 2\n")
    assert document.data == {"?": "值", "b": 2}
    assert [(error.line, error.column) for error in errors] == [(3, 3)]
    assert "字段“?”写了两次（第一次在第 1 行）" in errors[0].message
    assert document.key_position_of(("?",)) == (1, 3)
    assert document.position_of(("b",)) == (5, 4)


def test_an_anchor_in_a_skipped_value_is_refused_all_the_same(tmp_path):
    document, errors = read(tmp_path, "title: 题库\ntitle: [&a 甲]\n")
    assert document is None
    assert [(error.line, error.column, error.message) for error in errors] == [
        (2, 9, "题库不支持 YAML 锚点和别名（& 和 *）。请把内容直接写出来。")
    ]


def test_a_second_document_is_refused_in_the_composers_words(tmp_path):
    document, errors = read(tmp_path, "title: 题库\n---\ntitle: 又一个\n")
    assert document is None
    assert [(error.line, error.message) for error in errors] == [(2, "文件里只能有一个 YAML 文档，请删掉多余的“---”。")]


def test_a_file_with_no_document_is_empty_but_a_bare_document_marker_is_not(tmp_path):
    assert read(tmp_path, "# 只有注释\n")[0] is None
    assert read(tmp_path, "# 只有注释\n")[1][0].message.startswith("文件是空的。")
    document, errors = read(tmp_path, "---\n")
    assert (document.data, errors) == (None, [])
