"""A trainer's editor, for real: yaml-language-server over LSP shows Chinese messages where the mistake is.

VS Code's YAML extension runs this server; here it is driven the same way (initialize, didOpen,
publishDiagnostics) on a broken bank and a broken scenario that name their schema in the first
line, as every file in quizzes/ and scenarios/ does. The server is the npm package pinned in
package.json; ``bash scripts/test.sh`` installs it with ``npm ci``, so it runs in CI.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.support.lsp import YAML_LANGUAGE_SERVER, Diagnostic, LanguageServer
from tests.test_editor_messages import BROKEN, build_errors, is_chinese

REPO = Path(__file__).resolve().parents[1]
ENGLISH = re.compile(r"Incorrect type|not allowed|Missing property|Value is|does not match|Expected")

pytestmark = [
    pytest.mark.build,
    pytest.mark.skipif(
        shutil.which("node") is None,
        reason="Node.js 不在 PATH 上：编辑器的语言服务器（yaml-language-server）要用 Node 运行",
    ),
]

EXPECTED = {
    "bank": [
        Diagnostic(3, 18, "“shuffle_options”只能写 true 或 false（不要写 yes、no、是、否）。"),
        Diagnostic(
            5, 9, "题目 id 只能用小写字母、数字和连字符（2–64 个字符，以字母或数字开头），例如 chatting-venue-01。"
        ),
        Diagnostic(
            6,
            11,
            "题型（type）只能是 single（单选题）、multiple（多选题）、true_false（判断题）、ordering（排序题）、"
            "matching（配对题）、fill_in（填空题）、categorise（归类题）之一。",
        ),
        Diagnostic(
            8,
            5,
            "每道题都要写 id、type、question、explanation、cite，再写题型自己的字段（见 type 的说明）；不能有别的字段。",
        ),
        Diagnostic(15, 11, "“cite”写成 页面路径#标题 id，例如 topics/chatting.md#venue。"),
        Diagnostic(19, 13, "判断题的 answer 只能写 true（对）或 false（错），不要写 yes、no、是、否。"),
        Diagnostic(
            23,
            5,
            "判断题（type: true_false）要写 answer、feedback，不写 blanks、distractors、entries、groups、options、pairs。",
        ),
    ],
    "scenario": [
        Diagnostic(2, 1, "演练文件的最外层要写 title、intro、start、nodes 这四个字段，不能有别的字段。"),
        Diagnostic(10, 15, "节点 id 只能用小写字母、数字和连字符，例如 first-call。"),
        Diagnostic(11, 16, "score 要写 0、1 或 2（2 是最好的选择）。"),
    ],
}


@pytest.fixture(scope="module")
def language_server():
    server = REPO / YAML_LANGUAGE_SERVER
    if not server.exists():
        pytest.fail(f"找不到 {YAML_LANGUAGE_SERVER}：先运行 npm ci（bash scripts/test.sh 会自己运行）。")
    with LanguageServer([shutil.which("node") or "node", str(server), "--stdio"], REPO) as running:
        yield running


@pytest.mark.parametrize("kind", EXPECTED)
def test_the_editor_underlines_each_mistake_with_a_chinese_message(language_server, kind):
    diagnostics = language_server.diagnostics(BROKEN[kind])
    assert diagnostics == EXPECTED[kind]
    assert not [diagnostic for diagnostic in diagnostics if ENGLISH.search(diagnostic.message)]


@pytest.mark.parametrize("kind", EXPECTED)
def test_every_line_the_build_refuses_is_underlined_in_the_editor_and_both_are_chinese(language_server, kind):
    underlined = {diagnostic.line for diagnostic in language_server.diagnostics(BROKEN[kind])}
    errors = build_errors(kind, BROKEN[kind])
    assert errors and {error.line for error in errors} <= underlined
    assert all(is_chinese(error.message) for error in errors)


def test_a_real_bank_and_a_real_scenario_get_no_diagnostic(language_server):
    assert language_server.diagnostics(REPO / "quizzes" / "chatting.yml") == []
    assert language_server.diagnostics(REPO / "scenarios" / "first-visit.yml") == []
