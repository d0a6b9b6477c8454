"""Every problem a scenario file can have, each with the position a trainer needs to fix it.

Messages read ``file:line:col: [scenario/node] message``. Structure is checked first (fields,
types, counts); the conversation graph only once the structure is sound, so one mistake does
not produce a cascade of follow-on messages.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

from kb.content.sections import Citation, DocsIndex
from kb.core.document import DataPath, YamlDocument
from kb.core.problem import Problem
from kb.quiz.text_fields import LINE_BREAK, control_character_errors, markdown_field_errors
from kb.scenario.graph import reachable, reaching_an_ending
from kb.scenario.model import MAX_CHOICES, MAX_NODES, MAX_SCORE, MIN_CHOICES

TOP_FIELDS = {"title": "标题", "intro": "开场介绍", "start": "第一步的节点 id", "nodes": "全部节点"}
STEP_FIELDS = {"says", "choices"}
CHOICE_FIELDS = {"text", "next", "feedback", "score", "cite"}
NODE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
PLAIN_FIELDS = frozenset({"title", "start", "next", "cite", "score"})
"""Fields that are not Markdown: the rest (intro, says, text, feedback, ending) are checked as a
bank's texts are (renderable, links resolve), so the build never meets one it cannot render."""
LIMITS = {"title": 80, "intro": 2000, "says": 3000, "text": 3000, "feedback": 3000, "ending": 3000}
"""Longest text of each field, in characters: the bank's limits (bank.schema.json)."""


class _Checker:
    """Collects positioned errors for one scenario document."""

    def __init__(self, document: YamlDocument) -> None:
        self.document = document
        self.id = document.path.stem
        self.errors: list[Problem] = []

    def report(self, data_path: DataPath, message: str, *, key: bool = False) -> None:
        """Record ``message`` at the value (or the key) found at ``data_path``."""
        where = self.document.key_position_of(data_path) if key else self.document.position_of(data_path)
        self.errors.append(Problem(self.document.path, where[0], where[1], message, self.label(data_path)))

    def label(self, data_path: DataPath) -> str:
        """``scenario/node`` for a path inside a node, else the scenario id."""
        node = data_path[1] if len(data_path) > 1 and data_path[0] == "nodes" else None
        return f"{self.id}/{node}" if node is not None else self.id

    def check_length(self, data_path: DataPath, value: Any) -> None:
        """Report a text longer than its field's limit (``LIMITS``)."""
        limit = LIMITS.get(str(data_path[-1]) if data_path else "")
        if limit is not None and isinstance(value, str) and len(value) > limit:
            self.report(data_path, f"“{data_path[-1]}”太长了（{len(value)} 字，最多 {limit} 字）。")


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _not_text_message(name: str, value: Any) -> str | None:
    """What to fix when YAML read a text field as a number, a date or a list (None: it is text or absent)."""
    if value is None or isinstance(value, str):
        return None
    shown = "日期" if isinstance(value, date) else "数字" if isinstance(value, int | float) else "一组值"
    return f'“{name}”要写成文字，这里 YAML 读成了{shown}。请给它加上引号，例如 {name}: "{value}"。'


def _check_top(checker: _Checker, data: Any) -> bool:
    if not isinstance(data, dict):
        checker.report((), "情景文件的最外层要写成“字段: 值”：title、intro、start、nodes。")
        return False
    for name in data:
        if name not in TOP_FIELDS:
            checker.report(
                (name,), f"不认识的字段“{name}”。情景文件的最外层只能有 title、intro、start、nodes。", key=True
            )
    for name, meaning in TOP_FIELDS.items():
        if name == "nodes":
            continue
        if not_text := _not_text_message(name, data.get(name)):
            checker.report((name,), not_text)
        elif not _text(data.get(name)):
            checker.report((name,) if name in data else (), f"缺少“{name}”（{meaning}），或者它是空的。")
    if isinstance(data.get("title"), str) and LINE_BREAK.search(data["title"].strip()):
        checker.report(("title",), "标题只能写一行。")
    nodes = data.get("nodes")
    if not isinstance(nodes, dict) or not nodes:
        checker.report(("nodes",) if "nodes" in data else (), "缺少“nodes”：每个节点写成“节点 id: …”。")
        return False
    if len(nodes) > MAX_NODES:
        checker.report(("nodes",), f"节点有 {len(nodes)} 个，最多 {MAX_NODES} 个。请把情景拆成两个。")
    return not checker.errors


def _check_choice(checker: _Checker, path: DataPath, choice: Any, docs: DocsIndex) -> None:
    if not isinstance(choice, dict):
        checker.report(path, "每个选项要写成“字段: 值”：text、next、feedback、score、cite。")
        return
    for name in choice:
        if name not in CHOICE_FIELDS:
            checker.report(
                (*path, name), f"选项里不认识的字段“{name}”。选项只能有 text、next、feedback、score、cite。", key=True
            )
    for name in ("text", "next", "feedback", "cite"):
        value = choice.get(name)
        if not_text := _not_text_message(name, value):
            checker.report((*path, name), not_text)
        elif not _text(value):
            checker.report((*path, name) if name in choice else path, f"选项缺少“{name}”，或者它是空的。")
    score = choice.get("score")
    if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= MAX_SCORE:
        checker.report(
            (*path, "score") if "score" in choice else path, f"score 要写 0、1 或 {MAX_SCORE}（2 是最好的选择）。"
        )
    cite = choice.get("cite")
    if isinstance(cite, str) and cite.strip() and docs.section(Citation.parse(cite)) is None:
        checker.report(
            (*path, "cite"), f"引用“{cite}”找不到：请写专题页路径加小节 id，例如 topics/next-step.md#vague-asks。"
        )


def _check_node(checker: _Checker, node_id: str, node: Any, docs: DocsIndex) -> None:
    path: DataPath = ("nodes", node_id)
    if not NODE_ID.match(node_id):
        checker.report(path, f"节点 id“{node_id}”只能用小写字母、数字和连字符（例如 first-call）。", key=True)
    if not isinstance(node, dict):
        checker.report(path, "节点要写成“字段: 值”：步骤写 says 和 choices，结局写 ending。")
        return
    if "ending" in node:
        if "choices" in node or "says" in node:
            checker.report(path, "结局节点只写 ending（结局评语），不能再有 says 或 choices。", key=True)
        if not _text(node["ending"]):
            checker.report((*path, "ending"), "结局评语（ending）是空的。")
        return
    for name in node:
        if name not in STEP_FIELDS:
            checker.report(
                (*path, name), f"步骤里不认识的字段“{name}”。步骤只能有 says 和 choices；结局写 ending。", key=True
            )
    if not _text(node.get("says")):
        checker.report((*path, "says") if "says" in node else path, "步骤缺少“says”：客户说了什么、做了什么。")
    choices = node.get("choices")
    if not isinstance(choices, list) or not MIN_CHOICES <= len(choices) <= MAX_CHOICES:
        count = len(choices) if isinstance(choices, list) else 0
        where = (*path, "choices") if "choices" in node else path
        checker.report(where, f"步骤要有 {MIN_CHOICES}–{MAX_CHOICES} 个选项（choices），现在有 {count} 个。")
    seen: dict[str, int] = {}
    for index, choice in enumerate(choices if isinstance(choices, list) else []):
        _check_choice(checker, (*path, "choices", index), choice, docs)
        text = choice.get("text") if isinstance(choice, dict) else None
        if isinstance(text, str) and text.strip():
            key = unicodedata.normalize("NFKC", text).strip()
            if key in seen:
                checker.report(
                    (*path, "choices", index, "text"),
                    f"这个选项和第 {seen[key] + 1} 个选项写得一样：学员分不清该选哪个。",
                )
            seen.setdefault(key, index)


def _check_texts(checker: _Checker, docs: DocsIndex) -> None:
    """Lengths within the bank limits, Markdown that renders, docs links that resolve."""
    data = checker.document.data
    for name in ("title", "intro"):
        checker.check_length((name,), data[name])
    for node_id, node in data["nodes"].items():
        for name in ("says", "ending"):
            if name in node:
                checker.check_length(("nodes", node_id, name), node[name])
        for index, choice in enumerate(node.get("choices", [])):
            for name in ("text", "feedback"):
                checker.check_length(("nodes", node_id, "choices", index, name), choice[name])
    checker.errors += markdown_field_errors(checker.document, docs, PLAIN_FIELDS, checker.label)
    checker.errors += control_character_errors(checker.document, checker.label)


def _check_graph(checker: _Checker, data: dict[str, Any]) -> None:
    nodes: dict[str, Any] = data["nodes"]
    edges = {
        node_id: [(choice["next"], choice["score"]) for choice in node["choices"]]
        for node_id, node in nodes.items()
        if "choices" in node
    }
    for node_id, node in nodes.items():
        for index, choice in enumerate(node.get("choices", [])):
            if choice["next"] not in nodes:
                checker.report(("nodes", node_id, "choices", index, "next"), f"没有叫“{choice['next']}”的节点。")
    start = data["start"]
    if start not in nodes:
        checker.report(("start",), f"start 写的是“{start}”，但没有这个节点。")
        return
    if "ending" in nodes[start]:
        checker.report(("start",), f"start 指向的“{start}”是结局：情景至少要有一步让学员选择。")
        return
    if checker.errors:
        return
    seen = reachable(start, edges)
    for node_id in nodes:
        if node_id not in seen:
            checker.report(("nodes", node_id), "从 start 出发，没有任何一条路能走到这个节点。", key=True)
    endings = {node_id for node_id, node in nodes.items() if "ending" in node}
    finishing = reaching_an_ending(set(nodes), edges, endings)
    for node_id in seen - finishing:
        checker.report(("nodes", node_id), "从这个节点出发走不到任何结局：请让至少一个选项通向结局。", key=True)


def scenario_errors(document: YamlDocument, docs: DocsIndex) -> list[Problem]:
    """Every problem of one scenario document, in reading order."""
    checker = _Checker(document)
    if not _check_top(checker, document.data):
        return checker.errors
    for node_id, node in document.data["nodes"].items():
        _check_node(checker, str(node_id), node, docs)
    if not checker.errors:
        _check_texts(checker, docs)
    if checker.errors:
        return sorted(checker.errors, key=lambda error: (error.line, error.column))
    _check_graph(checker, document.data)
    return sorted(checker.errors, key=lambda error: (error.line, error.column))
