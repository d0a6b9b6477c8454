"""Reads one bank or scenario file into a ``YamlDocument``, remembering the line and column of every value.

The file is read within the size limit (``kb.core.files``), decoded strictly and checked line by line
(line length), then built with positions in one pass over libyaml's events, each checked (anchors,
tags, depth) before it is used (``kb.core.yaml_events``). A file that breaks a rule, or that libyaml refuses, is read again
by the pure-Python parser, whose messages our hints recognise. Whatever the bytes, the answer is a
document or positioned ``Problem`` values, worded for what the file is (``SourceKind``: 题库 or 情景演练).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import yaml

from kb.core.document import YamlDocument
from kb.core.files import SourceKind, read_source_bytes
from kb.core.limits import long_line_errors
from kb.core.problem import Problem
from kb.core.yaml_events import EventBuilder, NotPlain, event_error
from kb.core.yaml_messages import (
    editor_lines,
    hidden_character_errors,
    item_ids_by_line,
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


def _structure_errors(path: Path, text: str, kind: SourceKind, loader: type = yaml.SafeLoader) -> list[Problem]:
    """Refuse anchors, aliases, tags and deep nesting before building anything (bombs, stack depth)."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
            error = event_error(path, event, depth, kind)
            if error:
                return [error]
    except yaml.MarkedYAMLError as error:
        return [syntax_error(path, yaml_lines(text), error)]
    except yaml.reader.ReaderError as error:
        return [reader_error(path, text, error)]
    return []


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
    """The document read in one pass of ``loader``'s parser; raises ``NotPlain`` or the parser's error."""
    document = YamlDocument(path=path, data=None)
    builder = EventBuilder(document, editor_lines(text), kind)
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
    except (yaml.YAMLError, NotPlain):
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
