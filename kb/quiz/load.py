"""Reads one bank file into plain data, remembering the line and column of every value."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import yaml

from kb.quiz.errors import BankError

MAX_BANK_BYTES = 1_000_000
"""A bank larger than this is refused before parsing (hundreds of items fit in far less)."""
MAX_DEPTH = 10
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml when PyYAML has it (4× faster); its error wording is plainer, so a file that fails
is parsed again with the pure-Python loader, whose messages our hints recognise."""
"""Deepest nesting a bank needs is 5 (bank → items → item → options → option)."""

DataPath = tuple[str | int, ...]
Position = tuple[int, int]


@dataclass
class BankDocument:
    """A bank file parsed into plain data, with 1-based positions for every value and key."""

    path: Path
    data: Any
    value_positions: dict[DataPath, Position] = field(default_factory=dict)
    key_positions: dict[DataPath, Position] = field(default_factory=dict)

    def position_of(self, data_path: DataPath) -> Position:
        """Position of the value at ``data_path``, or of its nearest ancestor that has one."""
        path = tuple(data_path)
        while path:
            if path in self.value_positions:
                return self.value_positions[path]
            path = path[:-1]
        return self.value_positions.get((), (1, 1))

    def key_position_of(self, data_path: DataPath) -> Position:
        """Position of the mapping key that names ``data_path`` (falls back to its value)."""
        return self.key_positions.get(tuple(data_path)) or self.position_of(data_path)


_YAML_HINTS = {
    "found character '\\t' that cannot start any token": (
        "这一行有制表符（Tab）。YAML 的缩进只能用空格，请把 Tab 换成空格。"
    ),
    "mapping values are not allowed here": (
        "这里多了一个“冒号加空格”。文字里有英文冒号时，请把整段文字用引号括起来，或者改用中文冒号“：”。"
    ),
    "could not find expected ':'": "这里缺少冒号，或者缩进和上一行对不齐。",
    "expected <block end>, but found '-'": "列表的“-”缩进不对：同一个列表里的“-”要上下对齐。",
    "expected a single document in the stream": "文件里只能有一个 YAML 文档，请删掉多余的“---”。",
}
_UNCLOSED_QUOTE = "while scanning a quoted scalar"


class _Mark(Protocol):
    """Where PyYAML saw something, 0-based; pure-Python and libyaml marks both have these."""

    line: int
    column: int


def _position(mark: _Mark | None) -> Position:
    if mark is None:
        return (1, 1)
    return (mark.line + 1, mark.column + 1)


def _syntax_error(path: Path, error: yaml.MarkedYAMLError) -> BankError:
    problem = error.problem or str(error)
    mark = error.problem_mark or error.context_mark
    hint = _YAML_HINTS.get(problem) or _YAML_HINTS.get(error.context or "")
    if error.context == _UNCLOSED_QUOTE:
        hint, mark = "这里开始的引号没有配对的结束引号。请在这段文字末尾补上同样的引号。", error.context_mark
    if hint is None:
        context = f"（{error.context}）" if error.context else ""
        hint = f"YAML 语法错误：{problem}{context}。请检查这一行和上一行的缩进、冒号和引号。"
    line, column = _position(mark)
    return BankError(path, line, column, hint)


_YAML_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")


def _reader_error(path: Path, text: str, error: yaml.reader.ReaderError) -> BankError:
    """A character YAML refuses (often an invisible control character pasted from Word)."""
    breaks = [match.end() for match in _YAML_LINE_BREAK.finditer(text, 0, error.position)]
    line = len(breaks) + 1
    column = error.position - (breaks[-1] if breaks else 0) + 1
    code = f"U+{error.character:04X}" if isinstance(error.character, int) else repr(error.character)
    message = f"这里有一个不可见的控制字符（{code}），常见于从 Word 或网页粘贴的文字。请删掉它。"
    return BankError(path, line, column, message)


def _decode(path: Path, raw: bytes) -> tuple[str | None, list[BankError]]:
    """Decode UTF-8 strictly: a GBK file or a BOM gets a message that says how to re-save."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return None, [BankError(path, 1, 1, "文件开头有 UTF-8 BOM 标记。请在编辑器里另存为“UTF-8（无 BOM）”。")]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        message = "文件不是 UTF-8 编码（可能是 GBK）。请在编辑器里把文件另存为 UTF-8。"
        return None, [BankError(path, line, column, message)]


def _structure_errors(path: Path, text: str, loader: type = yaml.SafeLoader) -> list[BankError]:
    """Refuse anchors, aliases and deep nesting before building anything (alias bombs, stack depth)."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            line, column = _position(event.start_mark)
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                message = "题库不支持 YAML 锚点和别名（& 和 *）。请把内容直接写出来。"
                return [BankError(path, line, column, message)]
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    message = (
                        f"嵌套太深（超过 {MAX_DEPTH} 层）。题库最多只需要 5 层：题库 → items → 题目 → options → 选项。"
                    )
                    return [BankError(path, line, column, message)]
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.MarkedYAMLError as error:
        return [_syntax_error(path, error)]
    except yaml.reader.ReaderError as error:
        return [_reader_error(path, text, error)]
    return []


class _Builder:
    """Turns a composed YAML node tree into plain data and records positions."""

    def __init__(self, document: BankDocument) -> None:
        self.document = document
        self.errors: list[BankError] = []
        self._constructor = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node, data_path: DataPath) -> Any:
        self.document.value_positions[data_path] = _position(node.start_mark)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, data_path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(child, data_path + (index,)) for index, child in enumerate(node.value)]
        return self._scalar(node)

    def _scalar(self, node: yaml.Node) -> Any:
        """The scalar's value; one YAML cannot build (2024-02-30, !!int abc) becomes an error."""
        try:
            return self._constructor.construct_object(node, deep=True)
        except (yaml.MarkedYAMLError, ValueError, KeyError, AttributeError, TypeError, OverflowError):
            line, column = _position(node.start_mark)
            message = f"无法识别这个值“{str(node.value)[:40]}”（例如不存在的日期）。如果它是一段文字，请用引号括起来。"
            self.errors.append(BankError(self.document.path, line, column, message))
            return str(node.value)

    def _mapping(self, node: yaml.MappingNode, data_path: DataPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
            key_path = data_path + (key,)
            if key in result:
                first_line = self.document.key_positions[key_path][0]
                line, column = _position(key_node.start_mark)
                message = f"字段“{key}”写了两次（第一次在第 {first_line} 行）。请删掉其中一个。"
                self.errors.append(BankError(self.document.path, line, column, message))
                continue
            self.document.key_positions[key_path] = _position(key_node.start_mark)
            result[key] = self.build(value_node, key_path)
        return result


def read_bank_document(path: Path) -> tuple[BankDocument | None, list[BankError]]:
    """Read and parse one bank file; return the document, or None with the reasons why not."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        return None, [BankError(path, 1, 1, f"无法读取文件：{error.strerror}。")]
    if len(raw) > MAX_BANK_BYTES:
        message = f"文件太大（{len(raw) // 1024} KB，上限 {MAX_BANK_BYTES // 1000} KB）。请把题库拆成几个文件。"
        return None, [BankError(path, 1, 1, message)]
    text, errors = _decode(path, raw)
    if text is None:
        return None, errors
    try:
        errors = _structure_errors(path, text, _FAST_LOADER)
    except yaml.YAMLError:
        errors = _structure_errors(path, text)
    if errors and _FAST_LOADER is not yaml.SafeLoader:
        errors = _structure_errors(path, text) or errors  # the pure loader words syntax errors best
    if errors:
        return None, errors
    try:
        root = yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.YAMLError:
        try:
            root = yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as error:
            return None, [_syntax_error(path, error)]
    if root is None:
        return None, [
            BankError(
                path,
                1,
                1,
                "文件是空的。题库至少要有 title 和 items，可以用 `python scripts/kb.py new 题库名` 生成模板。",
            )
        ]
    document = BankDocument(path=path, data=None)
    builder = _Builder(document)
    document.data = builder.build(root, ())
    return document, builder.errors
