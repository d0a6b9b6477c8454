"""Ordering, matching and fill-in items: each broken case gives its exact positioned message."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from kb.content.sections import scan_docs
from kb.quiz.catalog import load_catalog
from kb.quiz.types import ItemKind
from tests.support.paths import FIXTURES

BANKS = FIXTURES / "banks"


@pytest.fixture(scope="module")
def docs():
    return scan_docs(FIXTURES / "docs")


def messages(docs, name: str) -> list[str]:
    return [error.format(FIXTURES) for error in load_catalog([BANKS / name], docs).errors]


def test_the_all_types_bank_loads_one_item_of_each_registered_kind(docs):
    catalog = load_catalog([FIXTURES / "site-banks" / "all-types.yml"], docs)
    assert catalog.errors == []
    assert [item.kind for item in catalog.banks[0].items] == list(ItemKind)


# ordering


def test_an_ordering_item_with_fewer_than_three_entries_is_refused(docs):
    assert messages(docs, "ordering-too-few.yml") == [
        "banks/ordering-too-few.yml:7:7: [ordering-few-01] 排序题至少要有 3 项，现在只有 2 项。请在 entries 里补上，按正确顺序写。"
    ]


def test_an_ordering_item_with_more_than_eight_entries_is_refused(docs):
    assert messages(docs, "ordering-too-many.yml") == [
        "banks/ordering-too-many.yml:6:14: [ordering-many-01] 排序题最多 8 项，现在有 9 项。请删掉几项，或者拆成两道题。"
    ]


def test_an_ordering_item_with_a_repeated_or_empty_entry_is_refused(docs):
    assert messages(docs, "ordering-duplicate.yml") == [
        "banks/ordering-duplicate.yml:9:9: [ordering-dup-01] “客户内部的朋友”和第 7 行的一项一模一样。排序题的每一项都要不同，否则分不出先后。",
        "banks/ordering-duplicate.yml:10:9: [ordering-dup-01] 这一项是空的。请写上内容，或者删掉这一行。",
    ]


def test_an_ordering_item_written_like_a_choice_item_says_which_fields_it_needs(docs):
    assert messages(docs, "ordering-wrong-fields.yml") == [
        "banks/ordering-wrong-fields.yml:3:5: [ordering-fields-01] 排序题缺少字段“feedback”：写上学员排错时看到的话，说明为什么是这个顺序。",
        "banks/ordering-wrong-fields.yml:3:5: [ordering-fields-01] 缺少字段“entries”。排序题要把 3 到 8 项按正确顺序写在 entries 里（页面上会打乱）。",
        "banks/ordering-wrong-fields.yml:6:5: [ordering-fields-01] 排序题不写“options”：把要排序的内容按正确顺序写在 entries 里，学员排错时的说明写在 feedback 里。",
    ]


# matching


def test_a_matching_item_with_fewer_than_three_pairs_is_refused(docs):
    assert messages(docs, "matching-too-few.yml") == [
        "banks/matching-too-few.yml:7:7: [matching-few-01] 配对题至少要有 3 对，现在只有 2 对。请在 pairs 里补上。"
    ]


def test_a_matching_item_with_more_than_eight_pairs_is_refused(docs):
    assert messages(docs, "matching-too-many.yml") == [
        "banks/matching-too-many.yml:7:7: [matching-many-01] 配对题最多 8 对，现在有 9 对。请删掉几对，或者拆成两道题。"
    ]


def test_a_repeated_left_entry_and_a_distractor_equal_to_a_right_entry_are_refused(docs):
    assert messages(docs, "matching-duplicates.yml") == [
        "banks/matching-duplicates.yml:11:15: [matching-dup-01] 左边的“售前”和第 7 行的重复了。每个左边的条目只能出现一次。",
        "banks/matching-duplicates.yml:14:9: [matching-dup-01] 右边的“写方案”和第 8 行的重复了（干扰项也算在右边）。右边的条目都要不同，学员才分得清。",
    ]


def test_an_empty_side_an_empty_distractor_and_a_missing_feedback_are_refused(docs):
    assert messages(docs, "matching-empty.yml") == [
        "banks/matching-empty.yml:3:5: [matching-empty-01] 配对题缺少字段“feedback”：写上学员配错时看到的话，说明为什么这样配。",
        "banks/matching-empty.yml:9:15: [matching-empty-01] 左边（left）是空的。请写上内容，或者删掉这一对。",
        "banks/matching-empty.yml:14:9: [matching-empty-01] 这个干扰项是空的。请写上内容，或者删掉这一行。",
    ]


# fill_in


def test_a_fill_in_question_whose_blanks_do_not_match_the_answer_lists_is_refused(docs):
    assert messages(docs, "fill-in-marker-count.yml") == [
        "banks/fill-in-marker-count.yml:5:15: [fill-count-01] 题干里有 2 个空（___），blanks 里却有 1 项。每个空在题干里写成 ___（三个或更多下划线），blanks 里按顺序给每个空写一项。"
    ]


def test_a_fill_in_item_with_no_blank_or_more_than_three_is_refused(docs):
    assert messages(docs, "fill-in-blank-count.yml") == [
        "banks/fill-in-blank-count.yml:6:13: [fill-none-01] 填空题要有 1 到 3 个空，现在 blanks 里有 0 个。",
        "banks/fill-in-blank-count.yml:14:7: [fill-four-01] 填空题要有 1 到 3 个空，现在 blanks 里有 4 个。",
    ]


def test_empty_accepted_answers_and_answers_that_normalise_to_nothing_are_refused(docs):
    assert messages(docs, "fill-in-empty-answers.yml") == [
        "banks/fill-in-empty-answers.yml:7:17: [fill-empty-01] 第 1 个空没有可接受的答案。请在 accept 里至少写一个。",
        "banks/fill-in-empty-answers.yml:8:18: [fill-empty-01] 这个答案是空的。请写上可接受的答案，或者删掉这一行。",
        "banks/fill-in-empty-answers.yml:9:18: [fill-empty-01] 答案“。。”去掉空格和标点后什么都不剩（比较答案时忽略全半角、大小写、空格和标点），学员没法填对。请写上实际的词。",
    ]


def test_the_trainers_guide_examples_of_the_newer_types_are_valid(tmp_path):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### 排序题、配对题、填空题、归类题", 1)[1]
    example = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    bank = tmp_path / "readme-types.yml"
    bank.write_text(f"title: 示例\nitems:\n{example}", encoding="utf-8")
    catalog = load_catalog([bank], scan_docs(Path(__file__).resolve().parents[1] / "docs"))
    assert catalog.errors == []
    assert [item.kind for item in catalog.banks[0].items] == ["ordering", "matching", "fill_in", "categorise"]


def test_a_fill_in_question_over_two_paragraphs_and_blanks_on_a_true_false_item_are_refused(docs):
    assert messages(docs, "fill-in-two-lines.yml") == [
        "banks/fill-in-two-lines.yml:5:15: [fill-lines-01] 填空题的题干要写成一段，不能换行：空要嵌在句子里。",
        "banks/fill-in-two-lines.yml:19:5: [fill-lines-02] 判断题不写“blanks”：用 answer: true 或 answer: false 表示对错，用 feedback 说明选错的原因。",
    ]


def test_fill_in_answers_keep_the_marks_that_change_a_number():
    from kb.quiz.normalise import normalise_answer

    assert normalise_answer("1.5") != normalise_answer("15")
    assert normalise_answer("-5") != normalise_answer("5")
    assert normalise_answer("1/2") != normalise_answer("12")
    assert normalise_answer("3:30") != normalise_answer("330")
    assert normalise_answer("“到头 一场空！”") == normalise_answer("到头一场空")
    assert normalise_answer("８小时。") == "8小时"


def _all_types_messages(tmp_path, docs, old: str, new: str) -> list[str]:
    """The messages of the all-types fixture with one line changed."""
    text = (FIXTURES / "site-banks" / "all-types.yml").read_text(encoding="utf-8")
    assert old in text
    bank = tmp_path / "all-types.yml"
    bank.write_text(text.replace(old, new), encoding="utf-8")
    return [error.format(tmp_path) for error in load_catalog([bank], docs).errors]


ACCEPT = "      - accept: [到头一场空, 一场空]\n"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            '"到头一场空\\u200b"',
            "all-types.yml:68:18: [all-fill-in] “到头一场空<U+200B>”里有看不见的字符：学员看到的和这里写的不一样，"
            "照着输入也对不上。这里有看不见的字符 U+200B（上面显示为 <U+200B>），常见于从网页或 Word 复制的文字，请删掉。",
        ),
        (
            '"\\ufeff到头一场空"',
            "all-types.yml:68:18: [all-fill-in] “<U+FEFF>到头一场空”里有看不见的字符：学员看到的和这里写的不一样，"
            "照着输入也对不上。这里有看不见的字符 U+FEFF（上面显示为 <U+FEFF>），常见于从网页或 Word 复制的文字，请删掉。",
        ),
        (
            '"比心\\U0001FA77"',
            "all-types.yml:68:18: [all-fill-in] 答案“比心\U0001fa77”里的 U+1FA77 不是构建认识的字符（Unicode 14.0.0）："
            "学员的浏览器可能按另一种方式比较它，怎么填都对不上。请换成常见的字。",
        ),
        (
            '"' + "𠮷" * 150 + '"',
            "all-types.yml:68:18: [all-fill-in] 答案“" + "𠮷" * 20 + "…”在浏览器里占 300 个字符位置（有些字占两个），"
            "输入框最多放 200 个，学员填不完整。请缩短。",
        ),
    ],
    ids=["zero-width space", "byte order mark", "newer than the build's Unicode", "longer than the box"],
)
def test_a_fill_in_answer_no_learner_can_type_is_refused_at_its_line(tmp_path, docs, answer, expected):
    import unicodedata

    if unicodedata.unidata_version != "14.0.0":
        pytest.skip("the message names the build's Unicode version")
    assert _all_types_messages(tmp_path, docs, ACCEPT, f"      - accept: [{answer}, 一场空]\n") == [expected]


def test_ordering_entries_that_only_look_different_are_duplicates(tmp_path, docs):
    messages = _all_types_messages(tmp_path, docs, "      - 行业里的同行\n", "      - 客户内部的朋友\uff0e\n")
    assert messages == []  # a full stop makes a different entry
    messages = _all_types_messages(tmp_path, docs, "      - 行业里的同行\n", "      - 客户内部的朋友\u3000\n")
    assert len(messages) == 1 and "一模一样" in messages[0]
    messages = _all_types_messages(tmp_path, docs, "      - 行业里的同行\n", "      - ｃａｆé\n      - cafe\u0301\n")
    assert len(messages) == 1 and "“cafe\u0301”和第 43 行的一项一模一样" in messages[0]


def test_a_matching_side_with_an_invisible_character_is_refused(tmp_path, docs):
    messages = _all_types_messages(tmp_path, docs, "      - 替客户垫付费用\n", '      - "出台背书\\u200b"\n')
    assert messages == [
        "all-types.yml:60:9: [all-matching] “出台背书<U+200B>”里有看不见的字符：学员看到的和这里写的不一样，"
        "照着输入也对不上。这里有看不见的字符 U+200B（上面显示为 <U+200B>），常见于从网页或 Word 复制的文字，请删掉。"
    ]


def test_a_control_character_written_by_a_yaml_escape_is_refused(tmp_path, docs):
    messages = _all_types_messages(tmp_path, docs, "title: 六种题型\n", 'title: "六种\\0题型"\n')
    assert messages == [
        "all-types.yml:3:8: 这段文字里有控制字符 U+0000（多半是引号里反斜杠开头的转义写出来的，例如 \\0、\\a），请删掉。"
    ]


def test_every_control_character_but_tab_and_line_breaks_is_refused_and_nothing_else(tmp_path):
    from kb.core.yaml_reader import read_document
    from kb.quiz.rules import BANKS
    from kb.quiz.text_fields import control_character_errors

    controls = [code for code in range(0x110000) if unicodedata.category(chr(code)) == "Cc"]
    refused = [code for code in controls if chr(code) not in "\t\n\r"]
    near_misses = [0x20, 0x7E, 0xA0, 0xAD, 0x200B, 0xFEFF]  # not Cc; U+2028/2029 are refused too (#13a)
    bank = tmp_path / "controls.yml"
    lines = [f'- "字{chr(0x5C)}U{code:08X}字"' for code in [*refused, *near_misses]]
    bank.write_text("\n".join(lines) + "\n", encoding="utf-8")
    document, problems = read_document(bank, BANKS)
    assert document is not None, problems
    errors = control_character_errors(document, lambda data_path: None)
    assert [error.line for error in errors] == list(range(1, len(refused) + 1))
    assert all(f"控制字符 U+{code:04X}（" in error.message for error, code in zip(errors, refused, strict=True))


def test_a_fill_in_answer_counts_in_traditional_and_simplified_spellings():
    from kb.quiz.normalise import normalise_answer
    from kb.quiz.types.fill_in import Blank

    accepted = Blank(("到头一场空",)).normalised
    assert normalise_answer("到頭一場空") in accepted
    assert normalise_answer("到头一场空") == accepted[0]
    assert normalise_answer("說話") in Blank(("说话",)).normalised
    assert normalise_answer("说话") in Blank(("說話",)).normalised  # a trainer who wrote Traditional


def test_spellings_learned_in_a_child_process_are_those_converted_here_and_keep_opencc_out():
    import subprocess
    import sys

    from kb.quiz import chinese_variants

    texts = ["到头一场空", "說話", "跟踪客户", "abc 12"]
    chinese_variants.learn_spellings(texts)
    assert [chinese_variants.spellings(text) for text in texts] == [chinese_variants.converted(t) for t in texts]
    script = (
        "import sys; from kb.quiz.chinese_variants import learn_spellings, spellings;"
        "learn_spellings(['到头一场空']); assert spellings('到头一场空')[1] == '到頭一場空';"
        "assert 'opencc' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=chinese_variants._PROJECT_ROOT)
