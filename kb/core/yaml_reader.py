"""Reads one bank or scenario file into a ``YamlDocument``, remembering the line and column of every value.

The file is read within the size limit (``kb.core.files``), decoded strictly and checked line by line
(line length), then built with positions in one pass over libyaml's events, each checked (anchors,
tags, depth) before it is used. A file that breaks a rule, or that libyaml refuses, is read again
by the pure-Python parser, whose messages our hints recognise. Whatever the bytes, the answer is a
document or positioned ``Problem`` values, worded for what the file is (``SourceKind``: 题库 or 情景演练).
"""

from __future__ import annotations

from collections.abc import Iterable
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
_STR_TAG = "tag:yaml.org,2002:str"
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


class _NotPlain(Exception):
    """The one-pass reading met an anchor, alias, tag, deep nesting or a second document."""


class _Open:
    """A mapping or list being filled while its events arrive."""

    __slots__ = ("value", "data_path", "key")

    def __init__(self, value: dict[str, Any] | list[Any], data_path: DataPath) -> None:
        self.value = value
        self.data_path = data_path
        self.key: str | None = None
        """In a mapping, the key whose value comes next (None: a key comes next)."""

    @property
    def awaits_key(self) -> bool:
        """Whether the next node is one of this mapping's keys."""
        return self.key is None and isinstance(self.value, dict)


class _Builder:
    """Turns a file's parse events into plain data and records positions, in one pass.

    Every node event is checked as ``_structure_errors`` checks it; one it refuses raises
    ``_NotPlain`` (the caller reads the file again to word it). Nothing refused is ever built, and
    with no recursion no nesting can exhaust the stack.
    """

    def __init__(self, document: YamlDocument, lines: list[str], kind: SourceKind) -> None:
        self.document = document
        self.errors: list[Problem] = []
        self.found = False
        """Whether the stream held a document (an empty file holds none)."""
        self._kind = kind
        self._constructor = yaml.constructor.SafeConstructor()
        self._resolver = yaml.resolver.Resolver()
        self._lines = lines or [""]
        self._open: list[_Open] = []
        self._depth = 0
        self._skipped_open = 0
        """Collections open inside a value that is checked but not built (a repeated key's, or a key that is not text)."""
        self._skip_next = False

    def _inside(self, event: yaml.Event) -> Position:
        """Where ``event`` starts, as a position an editor can show (``inside``).

        PyYAML puts an empty document's null one line past the end of a file that ends in "---"
        with no line break.
        """
        return inside(self._lines, *position(event.start_mark))

    def build(self, events: Iterable[yaml.Event]) -> None:
        """Build ``document.data`` from the events of one file."""
        for event in events:
            if isinstance(event, yaml.NodeEvent):
                self._node(event)
            elif isinstance(event, yaml.CollectionEndEvent):
                self._close()
            elif isinstance(event, yaml.DocumentStartEvent):
                if self.found:
                    raise _NotPlain  # the composer words a second document
                self.found = True

    def _node(self, event: yaml.NodeEvent) -> None:
        """A scalar or the start of a mapping or list: checked, then skipped, read as a key, or built."""
        opens = isinstance(event, yaml.CollectionStartEvent)
        self._depth += opens
        if _event_error(self.document.path, event, self._depth, self._kind):
            raise _NotPlain
        if self._skipped_open:
            self._skipped_open += opens
        elif self._skip_next:
            self._skip_next = False
            self._skipped_open = opens
        elif self._open and self._open[-1].awaits_key:
            self._key(self._open[-1], event)
            self._skipped_open = opens  # a key that is not text is named "?", and not built
        else:
            self._value(event)

    def _close(self) -> None:
        """The end of a mapping or list."""
        self._depth -= 1
        if self._skipped_open:
            self._skipped_open -= 1
        else:
            self._open.pop()

    def _key(self, mapping: _Open, event: yaml.NodeEvent) -> None:
        """A mapping's key: recorded, or reported when the mapping has it already (its value is skipped)."""
        key = event.value if isinstance(event, yaml.ScalarEvent) else "?"
        key_path = mapping.data_path + (key,)
        if key in mapping.value:
            first_line = self.document.key_position_of(key_path)[0]
            line, column = position(event.start_mark)
            message = f"字段“{key}”写了两次（第一次在第 {first_line} 行）。请删掉其中一个。"
            self.errors.append(Problem(self.document.path, line, column, message))
            self._skip_next = True
            return
        self.document.record_key(key_path, self._inside(event))
        mapping.key = key

    def _value(self, event: yaml.NodeEvent) -> None:
        """The value ``event`` starts, placed in the open mapping or list (or as the document)."""
        parent = self._open[-1] if self._open else None
        if parent is None:
            data_path: DataPath = ()
        elif parent.key is not None:
            data_path = parent.data_path + (parent.key,)
        else:
            data_path = parent.data_path + (len(parent.value),)
        self.document.record_value(data_path, self._inside(event))
        value: Any
        if isinstance(event, yaml.ScalarEvent):
            value = self._scalar(event)
        else:
            value = {} if isinstance(event, yaml.MappingStartEvent) else []
            self._open.append(_Open(value, data_path))
        if parent is None:
            self.document.data = value
        elif isinstance(parent.value, dict) and parent.key is not None:
            parent.value[parent.key], parent.key = value, None
        elif isinstance(parent.value, list):
            parent.value.append(value)

    def _scalar(self, event: yaml.ScalarEvent) -> Any:
        """The scalar's value; text (most of a file) is taken as it is, anything else is constructed."""
        tag = self._resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag == _STR_TAG:
            return event.value
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)  # type: ignore[arg-type]  # libyaml's marks have the same fields
        return self._constructed(node)

    def _constructed(self, node: yaml.ScalarNode) -> Any:
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


def _checked_structure(path: Path, text: str, kind: SourceKind) -> list[Problem]:
    """Structure errors, found fast by libyaml and worded by the pure-Python parser."""
    try:
        errors = _structure_errors(path, text, kind, _FAST_LOADER)
    except yaml.YAMLError:
        errors = _structure_errors(path, text, kind)
    if errors and _FAST_LOADER is not yaml.SafeLoader:
        errors = _structure_errors(path, text, kind) or errors  # the pure loader words syntax errors best
    return errors


TOO_COMPLEX = "文件的结构太复杂，无法读取。请检查缩进、括号和引号是不是配对。"


def _built(path: Path, text: str, kind: SourceKind, loader: type) -> tuple[YamlDocument | None, list[Problem]]:
    """The document read in one pass of ``loader``'s parser; raises ``_NotPlain`` or the parser's error."""
    document = YamlDocument(path=path, data=None)
    builder = _Builder(document, editor_lines(text), kind)
    builder.build(yaml.parse(text, Loader=loader))
    if not builder.found:
        return None, [Problem(path, 1, 1, f"文件是空的。{kind.empty_hint}")]
    return document, builder.errors


def _parsed(path: Path, text: str, kind: SourceKind) -> tuple[YamlDocument | None, list[Problem]]:
    """The document, read in one pass of libyaml; a file it refuses is read again to word why.

    The careful reading finds every structure error (not only the first one libyaml met) with the
    pure-Python parser, whose messages our hints recognise, and lets the composer refuse a second
    document; a file only libyaml refuses is then built by the pure-Python parser.
    """
    try:
        return _built(path, text, kind, _FAST_LOADER)
    except (yaml.YAMLError, _NotPlain):
        pass
    errors = _checked_structure(path, text, kind)
    if errors:
        return None, errors
    try:
        yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        return None, [syntax_error(path, yaml_lines(text), error)]
    return _built(path, text, kind, yaml.SafeLoader)


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
