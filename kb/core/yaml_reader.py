"""Reads one bank or scenario file into a ``YamlDocument``, remembering the line and column of every value.

The file is read within the size limit (``kb.core.files``), decoded strictly, checked line by line and
event by event (line length, anchors, tags, depth) before anything is built, then composed with
positions. Whatever the bytes, the answer is a document or positioned ``Problem`` values, worded
for what the file is (``SourceKind``: 题库 or 情景演练).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from kb.core.document import DataPath, Position, YamlDocument
from kb.core.files import SourceKind, read_source_bytes
from kb.core.limits import MAX_DEPTH, depth_error, long_line_errors
from kb.core.problem import Problem
from kb.core.yaml_messages import (
    editor_lines,
    hidden_character_errors,
    inside,
    item_ids_by_line,
    position,
    reader_error,
    syntax_error,
    yaml_lines,
)

__all__ = ["read_document"]

_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml when PyYAML has it (4× faster); its error wording is plainer, so a file that fails
is parsed again with the pure-Python loader, whose messages our hints recognise."""


def _decode(path: Path, raw: bytes) -> tuple[str | None, list[Problem]]:
    """Decode UTF-8 strictly: a GBK file or a BOM gets a message that says how to re-save."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return None, [Problem(path, 1, 1, "文件开头有 UTF-8 BOM 标记。请在编辑器里另存为“UTF-8（无 BOM）”。")]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        message = "文件是 UTF-16 编码（Excel 或记事本的“Unicode”格式）。请在编辑器里把文件另存为 UTF-8。"
        return None, [Problem(path, 1, 1, message)]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        message = "文件不是 UTF-8 编码（可能是 GBK）。请在编辑器里把文件另存为 UTF-8。"
        return None, [Problem(path, line, column, message)]


def _tag_name(tag: str) -> str:
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:") else tag


def _event_error(path: Path, event: yaml.Event, depth: int, kind: SourceKind) -> Problem | None:
    """Anchors, aliases and tags are refused: a bank or scenario is plain text, lists and fields."""
    line, column = position(event.start_mark)
    if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
        return Problem(path, line, column, f"{kind.noun}不支持 YAML 锚点和别名（& 和 *）。请把内容直接写出来。")
    tag = getattr(event, "tag", None)
    if tag is not None:
        message = f"{kind.noun}不支持 YAML 标签“{_tag_name(tag)[:40]}”。如果这是一段文字，请用引号括起来；否则请删掉这个标签。"
        return Problem(path, line, column, message)
    if depth > MAX_DEPTH:
        return depth_error(path, line, column, kind)
    return None


def _structure_errors(path: Path, text: str, kind: SourceKind, loader: type = yaml.SafeLoader) -> list[Problem]:
    """Refuse anchors, aliases, tags and deep nesting before building anything (bombs, stack depth)."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
            error = _event_error(path, event, depth, kind)
            if error:
                return [error]
    except yaml.MarkedYAMLError as error:
        return [syntax_error(path, yaml_lines(text), error)]
    except yaml.reader.ReaderError as error:
        return [reader_error(path, text, error)]
    return []


_BOOL_TAG = "tag:yaml.org,2002:bool"
_YAML_1_2_BOOLEANS = frozenset({"true", "false", "True", "False", "TRUE", "FALSE"})
"""The only spellings of true and false that YAML 1.2 (editors, check-jsonschema) also reads as such."""


def _yaml_1_1_boolean_error(path: Path, node: yaml.Node) -> Problem:
    """yes/no/on/off: PyYAML (YAML 1.1) reads a boolean, an editor (YAML 1.2) reads text; refuse both."""
    line, column = position(node.start_mark)
    message = (
        f"“{node.value}”在不同工具里意思不同（有的当成是/否，有的当成文字）。"
        "表示是或否请写 true 或 false；如果它是一段文字，请用引号括起来。"
    )
    return Problem(path, line, column, message)


class _Builder:
    """Turns a composed YAML node tree into plain data and records positions."""

    def __init__(self, document: YamlDocument, lines: list[str]) -> None:
        self.document = document
        self.errors: list[Problem] = []
        self._constructor = yaml.constructor.SafeConstructor()
        self._lines = lines or [""]

    def _inside(self, mark: yaml.Mark | None) -> Position:
        """``mark`` as a position an editor can show (``inside``).

        PyYAML puts an empty document's null one line past the end of a file that ends in "---"
        with no line break.
        """
        return inside(self._lines, *position(mark))

    def build(self, node: yaml.Node, data_path: DataPath) -> Any:
        """The plain value of ``node``; its position is recorded under ``data_path``."""
        self.document.record_value(data_path, self._inside(node.start_mark))
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, data_path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(child, data_path + (index,)) for index, child in enumerate(node.value)]
        return self._scalar(node)

    def _scalar(self, node: yaml.Node) -> Any:
        """The scalar's value; one YAML cannot build (2024-02-30, 5,000 digits) becomes an error."""
        if node.tag == _BOOL_TAG and node.value not in _YAML_1_2_BOOLEANS:
            # Reported once here; the value stays the boolean YAML 1.1 meant, so no second message follows.
            self.errors.append(_yaml_1_1_boolean_error(self.document.path, node))
        try:
            return self._constructor.construct_object(node, deep=True)
        except Exception:  # noqa: BLE001 - PyYAML's constructors raise anything from ValueError to IndexError
            line, column = position(node.start_mark)
            message = f"无法识别这个值“{str(node.value)[:40]}”（例如不存在的日期）。如果它是一段文字，请用引号括起来。"
            self.errors.append(Problem(self.document.path, line, column, message))
            return str(node.value)

    def _mapping(self, node: yaml.MappingNode, data_path: DataPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
            key_path = data_path + (key,)
            if key in result:
                first_line = self.document.key_position_of(key_path)[0]
                line, column = position(key_node.start_mark)
                message = f"字段“{key}”写了两次（第一次在第 {first_line} 行）。请删掉其中一个。"
                self.errors.append(Problem(self.document.path, line, column, message))
                continue
            self.document.record_key(key_path, self._inside(key_node.start_mark))
            result[key] = self.build(value_node, key_path)
        return result


def _checked_structure(path: Path, text: str, kind: SourceKind) -> list[Problem]:
    """Structure errors, found fast by libyaml and worded by the pure-Python parser."""
    try:
        errors = _structure_errors(path, text, kind, _FAST_LOADER)
    except yaml.YAMLError:
        errors = _structure_errors(path, text, kind)
    if errors and _FAST_LOADER is not yaml.SafeLoader:
        errors = _structure_errors(path, text, kind) or errors  # the pure loader words syntax errors best
    return errors


def _compose(path: Path, text: str) -> tuple[yaml.Node | None, list[Problem]]:
    try:
        return yaml.compose(text, Loader=_FAST_LOADER), []
    except yaml.YAMLError:
        try:
            return yaml.compose(text, Loader=yaml.SafeLoader), []
        except yaml.MarkedYAMLError as error:
            return None, [syntax_error(path, yaml_lines(text), error)]


TOO_COMPLEX = "文件的结构太复杂，无法读取。请检查缩进、括号和引号是不是配对。"


def _parsed(path: Path, text: str, kind: SourceKind) -> tuple[YamlDocument | None, list[Problem]]:
    errors = _checked_structure(path, text, kind)
    if errors:
        return None, errors
    root, errors = _compose(path, text)
    if errors:
        return None, errors
    if root is None:
        return None, [Problem(path, 1, 1, f"文件是空的。{kind.empty_hint}")]
    document = YamlDocument(path=path, data=None)
    builder = _Builder(document, editor_lines(text))
    document.data = builder.build(root, ())
    return document, builder.errors


def _with_item_ids(errors: list[Problem], lines: list[str]) -> list[Problem]:
    """Each error that lies inside an item names that item, as schema messages do."""
    if all(error.subject for error in errors):
        return errors
    by_line = item_ids_by_line(lines)
    return [
        error if error.subject or error.line > len(by_line) else replace(error, subject=by_line[error.line - 1])
        for error in errors
    ]


def read_document(path: Path, kind: SourceKind) -> tuple[YamlDocument | None, list[Problem]]:
    """Read and parse one bank or scenario file (``kind``); return the document, or None with the reasons why not."""
    raw, errors = read_source_bytes(path, kind)
    if raw is None:
        return None, errors
    text, errors = _decode(path, raw)
    if text is None:
        return None, errors
    errors = hidden_character_errors(path, text)
    if errors:  # every position after this one counts lines as YAML does, which is as editors do
        return None, _with_item_ids(errors, editor_lines(text.replace("\ufeff", "")))  # a stray BOM is one of them
    lines = yaml_lines(text)
    errors = long_line_errors(path, lines, kind)
    if errors:
        return None, errors
    try:
        document, errors = _parsed(path, text, kind)
    except (RecursionError, MemoryError):
        document, errors = None, [Problem(path, 1, 1, TOO_COMPLEX)]
    except Exception as error:  # noqa: BLE001 - the last line of defence: no traceback for any bytes
        document, errors = None, [Problem(path, 1, 1, f"{TOO_COMPLEX}（{type(error).__name__}）")]
    return document, _with_item_ids(errors, lines)
