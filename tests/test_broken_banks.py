"""A corpus of broken banks, one file per way a trainer can get a bank wrong.

Each file gives exactly the messages in EXPECTED (``path:line:col: [item id] message``), with no
traceback and no hang, from all three ways in: the engine (``load_catalog``), ``python scripts/kb.py
validate FILE`` and ``mkdocs build``. All three index tests/fixtures/docs (pages topics/sample.md with
heading ids alpha and beta, topics/other.md with gamma).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kb.content.sections import scan_docs
from kb.core.problem import Problem
from kb.quiz.catalog import load_catalog
from kb.quiz.types import TYPES
from tests.support.cli import CliRun, run_kb
from tests.support.paths import FIXTURE_NAV, FIXTURES
from tests.support.paths import REPO as REPO_ROOT
from tests.support.site import build_site, write_config
from tests.support.timing import time_limit

CORPUS = FIXTURES / "broken-banks"
ENGINE_SECONDS = 5
"""A broken bank is judged in milliseconds; anything near this limit is a hang."""
VALIDATE_SECONDS = 20
"""The validate command in this process judges a bank in milliseconds; anything near this limit is a hang."""

EXPECTED: dict[str, list[str]] = {
    "01-bad-indentation.yml": [
        "broken-banks/01-bad-indentation.yml:10:9: [broken-01] 列表的“-”缩进不对：同一个列表里的“-”要上下对齐。",
    ],
    "02-tab-indentation.yml": [
        "broken-banks/02-tab-indentation.yml:7:1: [broken-02] 这一行有制表符（Tab）。YAML 的缩进只能用空格，请把 Tab 换成空格。",
    ],
    "03-colon-in-unquoted-value.yml": [
        "broken-banks/03-colon-in-unquoted-value.yml:6:18: [broken-03] 这里多了一个“冒号加空格”。文字里有英文冒号时，请把整段文字用引号括起来，或者改用中文冒号“：”。",
    ],
    "04-title-is-list.yml": [
        "broken-banks/04-title-is-list.yml:3:3: “title”应该是文字，现在是列表。",
    ],
    "05-items-is-mapping.yml": [
        "broken-banks/05-items-is-mapping.yml:4:3: “items”应该是列表（每项以“- ”开头），现在是一组“字段: 值”。",
    ],
    "06-option-text-is-number.yml": [
        "broken-banks/06-option-text-is-number.yml:8:15: [broken-06] “text”应该是文字，现在是数字。",
    ],
    "07-correct-is-yes-string.yml": [
        "broken-banks/07-correct-is-yes-string.yml:9:18: [broken-07] “correct”应该是布尔值（true 或 false），现在是文字。",
    ],
    "08-answer-is-string.yml": [
        "broken-banks/08-answer-is-string.yml:7:13: [broken-08] “answer”应该是布尔值（true 或 false），现在是文字。",
    ],
    "09-timestamp-value.yml": [
        "broken-banks/09-timestamp-value.yml:9:18: [broken-09] “explanation”应该是文字，现在是date（例如日期）。",
    ],
    "10-id-uppercase-underscore.yml": [
        "broken-banks/10-id-uppercase-underscore.yml:4:9: [Broken_10] “id”的写法不对：“Broken_10”。题目 id：小写字母、数字和连字符，在所有题库里唯一，发布后不要改（学员的进度按它保存）。例如 chatting-venue-01。",
    ],
    "11-duplicate-id-in-file.yml": [
        "broken-banks/11-duplicate-id-in-file.yml:11:9: [broken-11] 题目 id“broken-11”重复：本文件第 4 行已经用过。每道题的 id 在所有题库里都必须唯一。",
    ],
    "12-missing-id.yml": [
        "broken-banks/12-missing-id.yml:4:5: 缺少字段“id”。题目 id：小写字母、数字和连字符，在所有题库里唯一，发布后不要改（学员的进度按它保存）。例如 chatting-venue-01。",
    ],
    "13-cite-missing-page.yml": [
        "broken-banks/13-cite-missing-page.yml:10:11: [broken-13] cite 指向的页面“topics/no-such-page.md”不存在。路径从 docs/ 算起，例如 topics/chatting.md。现有的专题页：topics/other.md、topics/sample.md。",
    ],
    "14-cite-missing-anchor.yml": [
        "broken-banks/14-cite-missing-anchor.yml:10:11: [broken-14] 页面 topics/sample.md 里没有 id 为“gamma”的标题。这个页面的标题 id 有：alpha、beta。",
    ],
    "15-cite-without-hash.yml": [
        "broken-banks/15-cite-without-hash.yml:10:11: [broken-15] “cite”的写法不对：“topics/sample.md”。讲这道题的小节：页面路径#标题 id，例如 topics/chatting.md#venue。",
    ],
    "16-cite-absolute-url.yml": [
        "broken-banks/16-cite-absolute-url.yml:10:11: [broken-16] “cite”的写法不对：“https://example.com/topics/sample/#alpha”。讲这道题的小节：页面路径#标题 id，例如 topics/chatting.md#venue。",
        "broken-banks/16-cite-absolute-url.yml:10:11: [broken-16] cite 指向的页面“https://example.com/topics/sample/”不存在。路径从 docs/ 算起，例如 topics/chatting.md。现有的专题页：topics/other.md、topics/sample.md。",
    ],
    "17-cite-source-paragraph.yml": [
        "broken-banks/17-cite-source-paragraph.yml:10:11: [broken-17] cite 指向的页面“sources/000-chat-tips.md”不存在。路径从 docs/ 算起，例如 topics/chatting.md。现有的专题页：topics/other.md、topics/sample.md。",
    ],
    "18-cite-with-docs-prefix.yml": [
        "broken-banks/18-cite-with-docs-prefix.yml:10:11: [broken-18] cite 指向的页面“docs/topics/sample.md”不存在。路径从 docs/ 算起，例如 topics/chatting.md。现有的专题页：topics/other.md、topics/sample.md。",
    ],
    "19-cite-heading-text.yml": [
        "broken-banks/19-cite-heading-text.yml:10:11: [broken-19] “cite”的写法不对：“topics/sample.md#第一节”。讲这道题的小节：页面路径#标题 id，例如 topics/chatting.md#venue。",
        "broken-banks/19-cite-heading-text.yml:10:11: [broken-19] 页面 topics/sample.md 里没有 id 为“第一节”的标题。这个页面的标题 id 有：alpha、beta。",
    ],
    "20-utf8-bom.yml": [
        "broken-banks/20-utf8-bom.yml:1:1: 文件开头有 UTF-8 BOM 标记。请在编辑器里另存为“UTF-8（无 BOM）”。",
    ],
    "21-gbk-encoded.yml": [
        "broken-banks/21-gbk-encoded.yml:1:3: 文件不是 UTF-8 编码（可能是 GBK）。请在编辑器里把文件另存为 UTF-8。",
    ],
    "22-empty-file.yml": [
        "broken-banks/22-empty-file.yml:1:1: 文件是空的。题库至少要有 title 和 items，可以用 `python scripts/kb.py new 题库名` 生成模板。",
    ],
    "23-only-comments.yml": [
        "broken-banks/23-only-comments.yml:1:1: 文件是空的。题库至少要有 title 和 items，可以用 `python scripts/kb.py new 题库名` 生成模板。",
    ],
    "24-top-level-list.yml": [
        "broken-banks/24-top-level-list.yml:2:1: “题库”应该是一组“字段: 值”，现在是列表。",
    ],
    "25-top-level-scalar.yml": [
        "broken-banks/25-top-level-scalar.yml:2:1: “题库”应该是一组“字段: 值”，现在是文字。",
    ],
    "26-question-too-long.yml": [
        "broken-banks/26-question-too-long.yml:6:15: [broken-26] “question”太长了（5000 字，最多 3000 字）。",
    ],
    "27-deep-nesting.yml": [
        "broken-banks/27-deep-nesting.yml:2:17: 嵌套太深（超过 10 层）。题库最多只需要 5 层：题库 → items → 题目 → options → 选项。",
    ],
    "28-alias-bomb.yml": [
        "broken-banks/28-alias-bomb.yml:2:4: 题库不支持 YAML 锚点和别名（& 和 *）。请把内容直接写出来。",
    ],
    "29-duplicate-key.yml": [
        "broken-banks/29-duplicate-key.yml:7:5: [broken-29] 字段“question”写了两次（第一次在第 6 行）。请删掉其中一个。",
    ],
    "30-unknown-top-level-field.yml": [
        "broken-banks/30-unknown-top-level-field.yml:3:1: 不认识的字段“titel”。是不是想写“title”？这里可以写的字段有：title、intro、shuffle_options、items。",
    ],
    "31-missing-title.yml": [
        "broken-banks/31-missing-title.yml:2:1: 缺少字段“title”。题库标题，显示在测验页顶部和导航里，例如“和客户聊天”。",
    ],
    "32-missing-items.yml": [
        "broken-banks/32-missing-items.yml:2:1: 缺少字段“items”。题目列表，每道题以“- id: …”开头。",
    ],
    "33-items-empty.yml": [
        "broken-banks/33-items-empty.yml:3:8: “items”至少要有 1 项。",
    ],
    "34-nine-options.yml": [
        "broken-banks/34-nine-options.yml:8:7: [broken-34] “options”最多 8 项，现在有 9 项。",
    ],
    "35-single-two-correct.yml": [
        "broken-banks/35-single-two-correct.yml:8:7: [broken-35] 单选题只能有一个正确选项，现在有 2 个（第 8、10 行）。如果确实有多个正确答案，请把 type 改成 multiple。",
    ],
    "36-no-correct-option.yml": [
        "broken-banks/36-no-correct-option.yml:8:7: [broken-36] 没有正确选项。请在正确的选项上写 correct: true。",
    ],
    "37-wrong-option-without-feedback.yml": [
        "broken-banks/37-wrong-option-without-feedback.yml:10:9: [broken-37] 错误选项要写 feedback：告诉学员为什么这个选项不对。",
    ],
    "38-true-false-with-options.yml": [
        "broken-banks/38-true-false-with-options.yml:8:5: [broken-38] 判断题不写 options：用 answer: true 或 answer: false 表示对错，用 feedback 说明选错的原因。",
    ],
    "39-true-false-without-answer.yml": [
        "broken-banks/39-true-false-without-answer.yml:4:5: [broken-39] 判断题缺少字段“answer”：用 answer: true 或 answer: false 表示这句话对还是错。",
        "broken-banks/39-true-false-without-answer.yml:4:5: [broken-39] 判断题缺少字段“feedback”：用 feedback 说明学员选错时为什么错。",
    ],
    "40-unknown-type.yml": [
        f"broken-banks/40-unknown-type.yml:5:11: [broken-40] “type”只能是 {'、'.join(TYPES)} 之一，现在是“truefalse”。",
    ],
    "41-option-missing-text.yml": [
        "broken-banks/41-option-missing-text.yml:8:9: [broken-41] 缺少字段“text”。选项文字，可以用 Markdown。",
    ],
    "42-duplicate-option-text.yml": [
        "broken-banks/42-duplicate-option-text.yml:10:15: [broken-42] 这个选项和第 8 行的选项一模一样。",
    ],
    "43-single-with-answer.yml": [
        "broken-banks/43-single-with-answer.yml:12:5: [broken-43] 单选题和多选题不用“answer”：正确答案写在选项的 correct: true 上，反馈写在各个选项的 feedback 里。",
        "broken-banks/43-single-with-answer.yml:13:5: [broken-43] 单选题和多选题不用“feedback”：正确答案写在选项的 correct: true 上，反馈写在各个选项的 feedback 里。",
    ],
    "44-empty-title.yml": [
        "broken-banks/44-empty-title.yml:2:8: “title”不能为空。",
    ],
    "45-shuffle-options-string.yml": [
        "broken-banks/45-shuffle-options-string.yml:3:18: “shuffle_options”应该是布尔值（true 或 false），现在是文字。",
    ],
    "46-File_Name.yml": [
        "broken-banks/46-File_Name.yml:1:1: 文件名“46-File_Name.yml”只能用小写字母、数字和连字符（例如 chatting.yml），因为它会成为测验页的网址。",
    ],
    "47-options-as-text.yml": [
        "broken-banks/47-options-as-text.yml:7:14: [broken-47] “options”应该是列表（每项以“- ”开头），现在是文字。",
    ],
    "48-option-field-typo.yml": [
        "broken-banks/48-option-field-typo.yml:11:9: [broken-48] 不认识的字段“feedbak”。是不是想写“feedback”？这里可以写的字段有：text、correct、feedback。",
    ],
    "49-int-tag-on-empty-value.yml": [
        "broken-banks/49-int-tag-on-empty-value.yml:7:13: [broken-49] 题库不支持 YAML 标签“!!int”。如果这是一段文字，请用引号括起来；否则请删掉这个标签。",
    ],
    "50-only-a-float-tag.yml": [
        "broken-banks/50-only-a-float-tag.yml:2:1: 题库不支持 YAML 标签“!!float”。如果这是一段文字，请用引号括起来；否则请删掉这个标签。",
    ],
    "51-python-tag-on-option.yml": [
        "broken-banks/51-python-tag-on-option.yml:8:9: [broken-51] 题库不支持 YAML 标签“!!python/object:subprocess.Popen”。如果这是一段文字，请用引号括起来；否则请删掉这个标签。",
    ],
    "52-fullwidth-colon-after-key.yml": [
        "broken-banks/52-fullwidth-colon-after-key.yml:9:16: [broken-52] “explanation”后面用了中文冒号“：”。字段名后面要用英文冒号加一个空格，例如“explanation: …”。",
    ],
    "53-fullwidth-colon-in-title.yml": [
        "broken-banks/53-fullwidth-colon-in-title.yml:2:6: “title”后面用了中文冒号“：”。字段名后面要用英文冒号加一个空格，例如“title: …”。",
    ],
    "54-fullwidth-space-indent.yml": [
        "broken-banks/54-fullwidth-space-indent.yml:8:1: [broken-54] 这一行的缩进里有全角空格。缩进只能用普通的半角空格，请把全角空格换掉。",
    ],
    "55-fullwidth-space-after-colon.yml": [
        "broken-banks/55-fullwidth-space-after-colon.yml:7:12: [broken-55] “answer:”后面是全角空格。冒号后面要用普通的半角空格，例如“answer: …”。",
    ],
    "56-no-space-after-colon.yml": [
        "broken-banks/56-no-space-after-colon.yml:5:10: [broken-56] “type:”后面少了一个空格。冒号后面要空一格，例如“type: …”。",
    ],
    "57-fullwidth-dash-list.yml": [
        "broken-banks/57-fullwidth-dash-list.yml:10:7: [broken-57] 列表项要用英文减号“-”开头，这里用的是“－”。",
    ],
    "58-zero-width-space-in-id.yml": [
        "broken-banks/58-zero-width-space-in-id.yml:4:9: [broken-58<U+200B>] “id”的写法不对：“broken-58<U+200B>”。题目 id：小写字母、数字和连字符，在所有题库里唯一，发布后不要改（学员的进度按它保存）。例如 chatting-venue-01。这里有看不见的字符 U+200B（上面显示为 <U+200B>），常见于从网页或 Word 复制的文字，请删掉。",
    ],
    "59-control-character-in-item.yml": [
        "broken-banks/59-control-character-in-item.yml:9:19: [broken-59] 这里有一个不可见的控制字符（U+000B），常见于从 Word 或网页粘贴的文字。请删掉它。",
    ],
    "60-unclosed-quote-in-item.yml": [
        "broken-banks/60-unclosed-quote-in-item.yml:6:15: [broken-60] 这里开始的引号没有配对的结束引号。请在这段文字末尾补上同样的引号。",
    ],
    "61-deep-markdown-list.yml": [
        "broken-banks/61-deep-markdown-list.yml:6:15: [broken-61] 列表或引用嵌套太深（这段文字的第 1 行有 496 层，最多 8 层）。如果“-”“*”“>”或“1.”不是列表符号，请在它前面加反斜杠“\\”。",
    ],
    "62-multi-line-title.yml": [
        "broken-banks/62-multi-line-title.yml:2:8: 标题只能写一行：它是页面的大标题，也出现在导航里。请把标题写在“title:”后面的同一行里。",
    ],
    "63-dead-docs-links.yml": [
        "broken-banks/63-dead-docs-links.yml:3:8: 链接指向的页面“topics/no-such-page.md”不存在。链接路径从 docs/ 算起，例如 topics/chatting.md#venue。",
        "broken-banks/63-dead-docs-links.yml:10:18: [broken-63] 链接指向的页面 topics/sample.md 里没有 id 为“no-such-anchor”的标题。这个页面的标题 id 有：alpha、beta。",
    ],
    "64-utf16-excel-export.yml": [
        "broken-banks/64-utf16-excel-export.yml:1:1: 文件是 UTF-16 编码（Excel 或记事本的“Unicode”格式）。请在编辑器里把文件另存为 UTF-8。",
    ],
    "65-yaml-1-1-yes.yml": [
        "broken-banks/65-yaml-1-1-yes.yml:3:18: “yes”在不同工具里意思不同（有的当成是/否，有的当成文字）。表示是或否请写 true 或 false；如果它是一段文字，请用引号括起来。",
    ],
}


@pytest.fixture(scope="module")
def docs():
    return scan_docs(FIXTURES / "docs")


def engine_lines(path: Path, docs, root: Path) -> list[str]:
    """What load_catalog says about one bank, after checking every error is a usable Problem."""
    with time_limit(ENGINE_SECONDS):
        catalog = load_catalog([path], docs)
    assert catalog.banks == []
    for error in catalog.errors:
        assert isinstance(error, Problem)
        assert error.path == path and error.line >= 1 and error.column >= 1 and error.message
    return [error.format(root) for error in catalog.errors]


def run_validate(*files: Path, docs_dir: Path | None = FIXTURES / "docs", banks_dir: Path | None = None) -> CliRun:
    """`python scripts/kb.py [--docs-dir DIR] [--banks-dir DIR] validate FILE...`, run from the repository root."""
    options = ["--docs-dir", str(docs_dir.relative_to(REPO_ROOT))] if docs_dir else []
    options += ["--banks-dir", str(banks_dir)] if banks_dir else []
    arguments = [str(file.relative_to(REPO_ROOT)) if file.is_relative_to(REPO_ROOT) else str(file) for file in files]
    with time_limit(VALIDATE_SECONDS):
        return run_kb(*options, "validate", *arguments)


def build_with_banks(tmp_path: Path, *names: str):
    banks = tmp_path / "banks"
    banks.mkdir()
    for name in names:
        shutil.copy(CORPUS / name, banks)
    config = write_config(tmp_path, docs_dir=FIXTURES / "docs", banks_dir=banks, nav=FIXTURE_NAV)
    return build_site(tmp_path / "site", config_file=config)


def logged_errors(output: str) -> list[str]:
    """The ERROR lines of a `mkdocs build`, without the log prefix."""
    return [line.split("-  ", 1)[1] for line in output.splitlines() if line.startswith("ERROR")]


def in_build(line: str) -> str:
    """A corpus message as the build prints it: the bank copied to <config dir>/banks/."""
    return line.replace("broken-banks/", "banks/", 1)


CASES = [pytest.param(name, lines, id=name.removesuffix(".yml")) for name, lines in EXPECTED.items()]


def test_the_corpus_holds_at_least_30_cases_and_each_has_its_expected_messages():
    corpus = sorted(path.name for path in CORPUS.iterdir() if path.suffix in (".yml", ".yaml"))
    assert corpus == sorted(EXPECTED)
    assert len(corpus) >= 30
    assert all(lines for lines in EXPECTED.values())


@pytest.mark.parametrize(("name", "expected"), CASES)
def test_each_broken_bank_gives_exactly_its_messages(docs, name, expected):
    assert engine_lines(CORPUS / name, docs, FIXTURES) == expected


def write_bank_over_one_megabyte(path: Path) -> None:
    """A well-formed bank padded with a comment to 1,050,000 bytes (too big to commit)."""
    head = "# 超过 1 MB 的题库。\ntitle: 坏题库\nitems:\n  - id: broken-big\n    type: true_false\n    question: 题干\n    answer: true\n    feedback: 为什么错\n    explanation: 解析\n    cite: topics/sample.md#alpha\n# "
    data = head.encode("utf-8")
    path.write_bytes(data + b"x" * (1_050_000 - len(data) - 1) + b"\n")


def test_a_bank_over_one_megabyte_is_refused_before_it_is_parsed(docs, tmp_path, monkeypatch):
    import kb.core.yaml_reader

    def parsed(*arguments, **options):
        raise AssertionError("the oversized bank was parsed")

    for name in ("parse", "compose", "load"):
        monkeypatch.setattr(kb.core.yaml_reader.yaml, name, parsed)
    path = tmp_path / "big-bank.yml"
    write_bank_over_one_megabyte(path)
    assert path.stat().st_size == 1_050_000
    assert engine_lines(path, docs, tmp_path) == [
        "big-bank.yml:1:1: 文件太大（1025 KB，上限 1000 KB）。请把题库拆成几个文件。"
    ]


@pytest.mark.parametrize(("name", "expected"), CASES)
def test_validate_prints_the_same_messages_and_exits_1(name, expected):
    completed = run_validate(CORPUS / name)
    assert "Traceback" not in completed.stdout + completed.stderr
    assert completed.stdout.splitlines() == [f"tests/fixtures/{line}" for line in expected]
    assert completed.returncode == 1


@pytest.mark.parametrize("name", ["03-colon-in-unquoted-value.yml", "21-gbk-encoded.yml"])
def test_validate_with_the_repository_docs_gives_the_same_message_for_an_unreadable_bank(name):
    completed = run_validate(CORPUS / name, docs_dir=None)
    assert completed.returncode == 1
    assert "Traceback" not in completed.stdout + completed.stderr
    assert completed.stdout.splitlines() == [f"tests/fixtures/{line}" for line in EXPECTED[name]]


def test_validate_refuses_a_bank_over_one_megabyte(tmp_path):
    path = tmp_path / "big-bank.yml"
    write_bank_over_one_megabyte(path)
    completed = run_validate(path)
    assert completed.returncode == 1
    assert "Traceback" not in completed.stdout + completed.stderr
    assert completed.stdout.splitlines() == [
        f"{path.resolve().as_posix()}:1:1: 文件太大（1025 KB，上限 1000 KB）。请把题库拆成几个文件。"
    ]


def test_the_build_stops_with_every_message_of_every_broken_bank_and_no_traceback(tmp_path):
    result = build_with_banks(tmp_path, *EXPECTED)
    assert not result.ok
    assert "Traceback" not in result.output
    expected = [in_build(line) for lines in EXPECTED.values() for line in lines]
    *messages, summary = logged_errors(result.output)
    assert messages == expected
    assert summary.startswith(f"题库里有 {len(expected)} 处问题，构建已停止。")
    assert not (tmp_path / "site" / "quizzes").exists()


@pytest.mark.parametrize(
    "name",
    [
        "02-tab-indentation.yml",  # YAML syntax
        "21-gbk-encoded.yml",  # encoding
        "28-alias-bomb.yml",  # refused before it can expand
        "14-cite-missing-anchor.yml",  # citation
    ],
)
def test_a_single_broken_bank_stops_the_build_with_its_message(tmp_path, name):
    result = build_with_banks(tmp_path, name)
    assert not result.ok
    assert "Traceback" not in result.output
    expected = [in_build(line) for line in EXPECTED[name]]
    assert logged_errors(result.output) == expected + [
        f"题库里有 {len(expected)} 处问题，构建已停止。请按上面每一行的提示修改（格式：文件:行:列: [题目 id] 说明）。"
    ]
