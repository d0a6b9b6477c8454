"""情景演练 files: every mistake a trainer can make gets one positioned message naming scenario/node."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest
import yaml

from kb.content.sections import scan_docs
from kb.scenario.catalog import load_scenarios
from kb.scenario.graph import best_score
from kb.scenario.lint import scenario_findings
from kb.scenario.model import Ending, Step
from kb.scenario.pages import scenario_list
from kb.scenario.render import render_scenario_page
from scripts.bench.scenario_graph import dense_scenario
from tests.support.cli import CliRun, run_kb
from tests.support.paths import FIXTURES

SCENARIOS = FIXTURES / "scenarios"
DOCS = scan_docs(FIXTURES / "docs")


def messages(path: Path) -> list[str]:
    """Every message for one scenario file, as the build prints it (relative to tests/fixtures)."""
    return [error.format(FIXTURES) for error in load_scenarios([path], DOCS).errors]


def variant(tmp_path: Path, change, name: str = "case") -> Path:
    """A copy of the valid fixture with ``change`` applied to its data."""
    data = yaml.safe_load((SCENARIOS / "valid.yml").read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / f"{name}.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_a_valid_scenario_becomes_steps_choices_and_endings():
    catalog = load_scenarios([SCENARIOS / "valid.yml"], DOCS)
    assert catalog.ok, catalog.errors
    scenario = catalog.scenarios[0]
    assert (scenario.id, scenario.start) == ("valid", "call")
    assert [type(node) for node in scenario.nodes.values()] == [Step, Step, Ending, Ending]
    call = scenario.nodes["call"]
    assert isinstance(call, Step)
    assert [(choice.key, choice.next, choice.score) for choice in call.choices] == [
        ("c1", "meet", 2),
        ("c2", "call", 0),
    ]
    assert str(call.choices[0].citation) == "topics/sample.md#alpha"


def test_the_best_score_is_the_best_path_without_repeating_a_step():
    scenario = load_scenarios([SCENARIOS / "valid.yml"], DOCS).scenarios[0]
    assert scenario.best == 4


def test_best_score_ignores_loops_and_dead_ends():
    edges = {"a": [("a", 2), ("b", 1), ("dead", 2)], "b": [("end", 1), ("a", 2)], "dead": [("dead", 2)]}
    assert best_score("a", edges, {"end"}) == 2
    assert best_score("a", {"a": [("a", 1)]}, {"end"}) == 0


def test_a_dense_thirty_node_scenario_gets_its_best_score_without_searching_every_path(tmp_path):
    path = tmp_path / "dense.yml"
    path.write_text(
        yaml.safe_dump(dense_scenario("topics/sample.md#alpha"), allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    catalog = load_scenarios([path], DOCS)
    assert catalog.ok, catalog.errors
    assert len(catalog.scenarios[0].nodes) == 30
    assert catalog.scenarios[0].best == 29 * 2, "one step at a time is the longest play"


def test_the_best_play_leaves_out_choices_that_go_back_to_a_step_still_on_the_way():
    # From b, going back to a (score 2) is a loop; b's best is its way on to the end.
    edges = {"a": [("b", 0), ("c", 1)], "b": [("a", 2), ("end", 1)], "c": [("end", 0)]}
    assert best_score("a", edges, {"end"}) == 1
    assert best_score("b", edges, {"end"}) == 3, "from b, a is not on the way back: b → a → c → end"


def test_the_best_score_is_worked_out_once_per_scenario(monkeypatch):
    import kb.scenario.catalog as catalog_module

    calls: list[str] = []

    def counted(start, edges, endings):
        calls.append(start)
        return best_score(start, edges, endings)

    monkeypatch.setattr(catalog_module, "best_score", counted)
    scenario = load_scenarios([SCENARIOS / "valid.yml"], DOCS).scenarios[0]
    render_scenario_page(scenario, DOCS)
    scenario_list([scenario], "quizzes/index.md")
    assert calls == ["call"]


def test_graph_mistakes_name_the_node_that_cannot_be_reached_or_cannot_finish():
    assert messages(SCENARIOS / "broken-graph.yml") == [
        "scenarios/broken-graph.yml:36:3: [broken-graph/stuck] 从这个节点出发走不到任何结局：请让至少一个选项通向结局。",
        "scenarios/broken-graph.yml:51:3: [broken-graph/orphan] 从 start 出发，没有任何一条路能走到这个节点。",
    ]


def test_field_mistakes_are_each_reported_at_their_line():
    assert messages(SCENARIOS / "broken-fields.yml") == [
        "scenarios/broken-fields.yml:8:7: [broken-fields/begin] 步骤要有 2–4 个选项（choices），现在有 1 个。",
        "scenarios/broken-fields.yml:10:16: [broken-fields/begin] score 要写 0、1 或 2（2 是最好的选择）。",
        "scenarios/broken-fields.yml:12:15: [broken-fields/begin] 引用“topics/sample.md#missing”找不到："
        "请写专题页路径加小节 id，例如 topics/next-step.md#vague-asks。",
        "scenarios/broken-fields.yml:13:3: [broken-fields/end] 结局节点只写 ending（结局评语），不能再有 says 或 choices。",
        "scenarios/broken-fields.yml:16:3: [broken-fields/Bad_Id] 节点 id“Bad_Id”只能用小写字母、数字和连字符（例如 first-call）。",
    ]


def _choices_of(node: str):
    def change(data):
        data["nodes"][node]["choices"] = []

    return change


CASES = {
    "missing-start": (
        lambda data: data.pop("start"),
        ":1:1: [missing-start] 缺少“start”（第一步的节点 id），或者它是空的。",
    ),
    "start-to-nowhere": (
        lambda data: data.update(start="hello"),
        ":3:8: [start-to-nowhere] start 写的是“hello”，但没有这个节点。",
    ),
    "next-to-nowhere": (
        lambda data: data["nodes"]["meet"]["choices"][0].update(next="party"),
        ":22:13: [next-to-nowhere/meet] 没有叫“party”的节点。",
    ),
    "step-without-choices": (
        _choices_of("meet"),
        ":20:14: [step-without-choices/meet] 步骤要有 2–4 个选项（choices），现在有 0 个。",
    ),
    "unknown-field": (
        lambda data: data["nodes"]["call"].update(answer="x"),
        ":18:5: [unknown-field/call] 步骤里不认识的字段“answer”。步骤只能有 says 和 choices；结局写 ending。",
    ),
    "too-many-nodes": (
        lambda data: data["nodes"].update({f"end-{n}": {"ending": "x"} for n in range(27)}),
        ":5:3: [too-many-nodes] 节点有 31 个，最多 30 个。请把情景拆成两个。",
    ),
    "empty-ending": (
        lambda data: data["nodes"]["win"].update(ending=" "),
        ":32:13: [empty-ending/win] 结局评语（ending）是空的。",
    ),
    # Scenario text is checked as bank text is (reliability review #8): no traceback at build time,
    # no broken link published under --strict, the bank length limits.
    "deep-nesting-says": (
        lambda data: data["nodes"]["call"].update(says="- - - - - - - - - - 十层"),
        ":6:11: [deep-nesting-says/call] 列表或引用嵌套太深（这段文字的第 1 行有 10 层，最多 8 层）。"
        "如果“-”“*”“>”或“1.”不是列表符号，请在它前面加反斜杠“\\”。",
    ),
    "deep-quote-feedback": (
        lambda data: data["nodes"]["meet"]["choices"][0].update(feedback="> > > > > > > > > > 深"),
        ":24:17: [deep-quote-feedback/meet] 列表或引用嵌套太深（这段文字的第 1 行有 10 层，最多 8 层）。"
        "如果“-”“*”“>”或“1.”不是列表符号，请在它前面加反斜杠“\\”。",
    ),
    "broken-link-says": (
        lambda data: data["nodes"]["meet"].update(says="[原文](topics/nope.md#x)"),
        ":19:11: [broken-link-says/meet] 链接指向的页面“topics/nope.md”不存在。链接路径从 docs/ 算起，例如 topics/chatting.md#venue。",
    ),
    "broken-anchor-intro": (
        lambda data: data.update(intro="[见](topics/sample.md#no-such-anchor)"),
        ":2:8: [broken-anchor-intro] 链接指向的页面 topics/sample.md 里没有 id 为“no-such-anchor”的标题。这个页面的标题 id 有：alpha、beta。",
    ),
    "long-title": (
        lambda data: data.update(title="长" * 81),
        ":1:8: [long-title] “title”太长了（81 字，最多 80 字）。",
    ),
    "long-says": (
        lambda data: data["nodes"]["call"].update(says="话" * 3001),
        ":6:11: [long-says/call] “says”太长了（3001 字，最多 3000 字）。",
    ),
    "next-a-number": (
        lambda data: data["nodes"]["call"]["choices"][0].update(next=123),
        ':9:13: [next-a-number/call] “next”要写成文字，这里 YAML 读成了数字。请给它加上引号，例如 next: "123"。',
    ),
    "next-a-date": (
        lambda data: data["nodes"]["call"]["choices"][0].update(next=datetime.date(2024, 1, 1)),
        ':9:13: [next-a-date/call] “next”要写成文字，这里 YAML 读成了日期。请给它加上引号，例如 next: "2024-01-01"。',
    ),
    # #13b: a top-level id YAML reads as a number or date is named as such, not as missing.
    "start-a-number": (
        lambda data: data.update(start=123),
        ':3:8: [start-a-number] “start”要写成文字，这里 YAML 读成了数字。请给它加上引号，例如 start: "123"。',
    ),
    "title-a-date": (
        lambda data: data.update(title=datetime.date(2024, 1, 1)),
        ':1:8: [title-a-date] “title”要写成文字，这里 YAML 读成了日期。请给它加上引号，例如 title: "2024-01-01"。',
    ),
    "escaped-controls-in-says": (
        lambda data: data["nodes"]["call"].update(says="话\x9b\a"),
        ":6:11: [escaped-controls-in-says/call] 这段文字里有控制字符 U+0007、U+009B"
        "（多半是引号里反斜杠开头的转义写出来的，例如 \\0、\\a），请删掉。",
    ),
    "same-choice-text": (
        lambda data: data["nodes"]["call"]["choices"][1].update(text=data["nodes"]["call"]["choices"][0]["text"]),
        ":13:13: [same-choice-text/call] 这个选项和第 1 个选项写得一样：学员分不清该选哪个。",
    ),
    "start-at-ending": (
        lambda data: data.update(start="win"),
        ":3:8: [start-at-ending] start 指向的“win”是结局：情景至少要有一步让学员选择。",
    ),
    "title-on-two-lines": (
        lambda data: data.update(title="一\n二"),
        ":1:8: [title-on-two-lines] 标题只能写一行。",
    ),
    "line-separator-in-says": (
        lambda data: data["nodes"]["call"].update(says="客户：“把方案\u2028发我看看。”"),
        ":6:19: 这里有一个看不见的换行符 U+2028（行分隔符），常见于从网页或 Word 粘贴的文字。"
        "编辑器不显示它，YAML 却把它当成换行，会读错后面的内容。请删掉它；真要换行，就按回车。",
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_each_mistake_has_its_own_positioned_message(tmp_path, name):
    change, expected = CASES[name]
    path = variant(tmp_path, change, name)
    assert [error.format(tmp_path) for error in load_scenarios([path], DOCS).errors] == [f"{name}.yml{expected}"]


def test_a_paragraph_separator_written_as_an_escape_is_refused_in_the_text_that_holds_it(tmp_path):
    text = (SCENARIOS / "valid.yml").read_text(encoding="utf-8").replace("feedback: 对。", 'feedback: "对。\\P"', 1)
    path = tmp_path / "escaped.yml"
    path.write_text(text, encoding="utf-8")
    assert [error.format(tmp_path) for error in load_scenarios([path], DOCS).errors] == [
        "escaped.yml:11:19: [escaped/call] 这段文字里有控制字符 U+2029"
        "（多半是引号里反斜杠开头的转义写出来的，例如 \\0、\\a），请删掉。"
    ]


def test_a_node_id_written_twice_is_refused_with_both_lines(tmp_path):
    text = (SCENARIOS / "valid.yml").read_text(encoding="utf-8") + "  win:\n    ending: 又一个。\n"
    path = tmp_path / "twice.yml"
    path.write_text(text, encoding="utf-8")
    errors = load_scenarios([path], DOCS).errors
    assert len(errors) == 1
    assert errors[0].line == 35
    assert "win" in errors[0].message


def kb_cli(*args: str) -> CliRun:
    return run_kb("--docs-dir", str(FIXTURES / "docs"), *args)


def test_the_trainer_cli_checks_scenarios_like_the_build():
    valid = kb_cli("scenarios", str(SCENARIOS / "valid.yml"))
    assert (valid.returncode, valid.stdout.strip()) == (0, "valid: 2 步、2 个结局，最好 4 分 · 小样情景")
    broken = kb_cli("scenarios", str(SCENARIOS / "broken-graph.yml"))
    assert broken.returncode == 1
    assert "[broken-graph/orphan] 从 start 出发，没有任何一条路能走到这个节点。" in broken.stdout


def lint_messages(name: str) -> list[str]:
    scenario = load_scenarios([FIXTURES / "scenarios-lint" / name], DOCS).scenarios[0]
    return [finding.format(FIXTURES) for finding in scenario_findings(scenario)]


def test_a_best_choice_always_first_and_longest_is_flagged():
    assert lint_messages("always-first-and-longest.yml") == [
        "scenarios-lint/always-first-and-longest.yml:1: [always-first-and-longest] 3 步里有 3 步的最好做法写在第 1 个选项。"
        "请调换选项顺序（任何位置不超过 60%）。 [best-position]",
        "scenarios-lint/always-first-and-longest.yml:1: [always-first-and-longest] 3 步里有 3 步的最好做法是唯一最长的选项。"
        "让选项长短相近，或者让较弱的选项也写得具体（不超过 60%）。 [best-longest]",
    ]


def test_a_scenario_that_varies_position_and_length_has_no_cue():
    assert lint_messages("varied.yml") == []


def test_the_real_scenarios_pass_the_strict_item_writing_check():
    result = run_kb("scenarios", "--strict")
    assert result.returncode == 0, result.stdout + result.stderr


def test_file_rules_speak_of_scenarios_and_reserve_only_the_section_index(tmp_path):
    from kb.core.files import source_paths

    (tmp_path / "README.md").write_text("说明", encoding="utf-8")
    for name in ("index", "review", "today"):  # #13b: the quiz folder's pages take nothing in scenarios/
        (tmp_path / f"{name}.yml").write_bytes((SCENARIOS / "valid.yml").read_bytes())
    catalog = load_scenarios(source_paths(tmp_path), DOCS)
    assert [error.format(tmp_path) for error in catalog.errors] == [
        "README.md:1:1: “README.md”不是情景演练文件（情景演练的扩展名是 .yml），构建不会读取它。"
        "请把它移出情景演练文件夹，或者改成 .yml 文件。",
        "index.yml:1:1: 文件名“index.yml”被情景演练这一栏的首页（navigation.indexes 把 scenarios/index "
        "当成这一栏的标题页）占用了，请换一个名字。",
    ]


# Reading and limits speak of 情景演练, not 题库 ------------------------------------------------------

DEEP = "title: 深\nintro: 深\nstart: a\nnodes:\n  a:\n    says: " + "[" * 11 + "]" * 11 + "\n"
READING_CASES = {
    "anchor": ("title: &t 标题\nintro: *t\n", "1:8: 情景演练不支持 YAML 锚点和别名（& 和 *）。请把内容直接写出来。"),
    "tag": (
        "title: !!str 标题\n",
        "1:8: 情景演练不支持 YAML 标签“!!str”。如果这是一段文字，请用引号括起来；否则请删掉这个标签。",
    ),
    "empty": (
        "# 只有注释\n",
        "1:1: 文件是空的。情景演练至少要有 title、intro、start 和 nodes（可以照着 scenarios/ 里已有的演练写）。",
    ),
    "deep": (DEEP, "6:18: 嵌套太深（超过 10 层）。情景演练最多只需要 5 层：情景演练 → nodes → 节点 → choices → 选项。"),
    "long-line": (
        "title: " + "长" * 20_000 + "\n",
        "1:20001: 这一行太长（20007 个字符，上限 20000）。一段文字最多 3000 字；请检查是不是少了换行。",
    ),
}


@pytest.mark.parametrize("name", READING_CASES)
def test_reading_messages_name_the_scenario_not_a_bank(tmp_path, name):
    text, expected = READING_CASES[name]
    path = tmp_path / "case.yml"
    path.write_text(text, encoding="utf-8")
    assert [error.format(tmp_path) for error in load_scenarios([path], DOCS).errors] == [f"case.yml:{expected}"]


def test_a_scenario_file_too_big_is_refused_by_its_size_in_scenario_words(tmp_path):
    path = tmp_path / "big.yml"
    with path.open("wb") as file:  # sparse: takes no disk space
        file.truncate(1_050_000)
    assert [error.format(tmp_path) for error in load_scenarios([path], DOCS).errors] == [
        "big.yml:1:1: 文件太大（1025 KB，上限 1000 KB）。请把情景演练拆成几个文件。"
    ]


def test_a_scenario_file_that_turned_into_a_pipe_while_being_read_is_refused_in_scenario_words(tmp_path):
    from kb.core.files import read_source_bytes
    from kb.scenario.catalog import SCENARIOS as SCENARIO_FILES

    os.mkfifo(tmp_path / "pipe.yml")  # what a regular file checked a moment earlier may have become
    raw, errors = read_source_bytes(tmp_path / "pipe.yml", SCENARIO_FILES)
    assert raw is None
    assert [error.format(tmp_path) for error in errors] == [
        "pipe.yml:1:1: 这不是普通文件（是管道、设备或套接字），不能当情景演练读取。"
    ]
