"""Words a trainer can act on for what YAML refuses, at the line where the mistake is.

PyYAML reports a syntax error where it noticed it, often a line after the mistake and in parser
English. These functions look at the trainer's own lines for the usual culprits (a full-width
colon or space, a missing space after a colon, a full-width dash) and name the item it lies in.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Protocol

import yaml

from kb.core.problem import Problem

Position = tuple[int, int]

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
_LOOK_BACK = 2
"""PyYAML notices a mistake at most this many lines after the line that holds it."""

FIELD_NAMES = (
    "title|intro|shuffle_options|items|id|type|question|options|answer|feedback|explanation|cite|text|correct"
    "|entries|pairs|left|right|distractors|blanks|accept"
)
_KEY = r"^(?P<lead>[ ]*(?:-[ ]+)?)(?P<key>[A-Za-z_][A-Za-z0-9_]*)[ ]*"
_LINE_HINTS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(_KEY + r"(?P<at>：)"),
        "“{key}”后面用了中文冒号“：”。字段名后面要用英文冒号加一个空格，例如“{key}: …”。",
    ),
    (
        re.compile(_KEY + r":(?P<at>\u3000)"),
        "“{key}:”后面是全角空格。冒号后面要用普通的半角空格，例如“{key}: …”。",
    ),
    (
        re.compile(r"^[ ]*(?:-[ ]+)?(?P<at>\u3000)"),
        "这一行的缩进里有全角空格。缩进只能用普通的半角空格，请把全角空格换掉。",
    ),
    (
        re.compile(r"^(?P<lead>[ ]*(?:-[ ]+)?)(?P<key>" + FIELD_NAMES + r"):(?P<at>[^\s:/])"),
        "“{key}:”后面少了一个空格。冒号后面要空一格，例如“{key}: …”。",
    ),
    (
        re.compile(r"^[ ]*(?P<at>[－—–])[ \u3000]"),
        "列表项要用英文减号“-”开头，这里用的是“{at}”。",
    ),
]


class _Mark(Protocol):
    """Where PyYAML saw something, 0-based; pure-Python and libyaml marks both have these."""

    line: int
    column: int


def position(mark: _Mark | None) -> Position:
    """A PyYAML mark as a 1-based (line, column)."""
    if mark is None:
        return (1, 1)
    return (mark.line + 1, mark.column + 1)


def inside(lines: list[str], line: int, column: int) -> Position:
    """A position inside the text: a parser's mark past its end moves to just after the last character.

    A message always points at something the editor shows.
    """
    if line > len(lines):
        return len(lines), len(lines[-1]) + 1
    return line, min(column, len(lines[line - 1]) + 1)


def _line_hint(lines: list[str], line: int) -> tuple[int, int, str] | None:
    """A usual culprit on the reported line or just before it: (line, column, message)."""
    for number in range(max(1, line - _LOOK_BACK), min(line, len(lines)) + 1):
        for pattern, message in _LINE_HINTS:
            match = pattern.match(lines[number - 1])
            if match:
                fields = match.groupdict()
                return number, match.start("at") + 1, message.format(key=fields.get("key"), at=fields["at"])
    return None


def syntax_error(path: Path, lines: list[str], error: yaml.MarkedYAMLError) -> Problem:
    """A positioned message for a YAML syntax error, at the trainer's line where possible."""
    problem = error.problem or str(error)
    mark = error.problem_mark or error.context_mark
    hint = _YAML_HINTS.get(problem) or _YAML_HINTS.get(error.context or "")
    if error.context == _UNCLOSED_QUOTE:
        hint, mark = "这里开始的引号没有配对的结束引号。请在这段文字末尾补上同样的引号。", error.context_mark
    line, column = inside(lines, *position(mark))
    culprit = _line_hint(lines, line) if error.context != _UNCLOSED_QUOTE else None
    if culprit:
        line, column, hint = culprit
    if hint is None:
        context = f"（{error.context}）" if error.context else ""
        hint = f"YAML 语法错误：{problem}{context}。请检查这一行和上一行的缩进、冒号和引号。"
    return Problem(path, line, column, hint, item_id_at_line(lines, line))


_YAML_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")


def yaml_lines(text: str) -> list[str]:
    """The lines of ``text`` as PyYAML counts them (it also breaks at NEL, U+2028 and U+2029)."""
    return _YAML_LINE_BREAK.split(text)


_EDITOR_LINE_BREAK = re.compile("\r\n|[\n\r]")
"""Where an editor starts a new line: it shows NEL, U+2028 and U+2029 as nothing, or as a mark."""
_HIDDEN_LINE_BREAKS = {"\x85": "NEL，下一行", "\u2028": "行分隔符", "\u2029": "段落分隔符"}
_HIDDEN_CHARACTER = re.compile("[\x85\u2028\u2029\ufeff]")
_STRAY_BOM = (
    "这里有一个看不见的字符 U+FEFF（字节顺序标记 BOM，也叫零宽不换行空格），常见于从网页或 Word 粘贴的文字，"
    "或把两个文件拼在一起时留下。编辑器不显示它：在行首，YAML 会把它当成另一个文件的开头，读错后面的内容；在文字里，它会悄悄留在题目里。请删掉它。"
)


def editor_lines(text: str) -> list[str]:
    """The lines of ``text`` as an editor numbers them (only CR, LF and CR LF end a line)."""
    return _EDITOR_LINE_BREAK.split(text)


def hidden_character_errors(path: Path, text: str) -> list[Problem]:
    """Each NEL, U+2028, U+2029 or U+FEFF in the file, at the line and column an editor shows.

    YAML 1.1 (PyYAML) ends a line at the first three, editors do not: pasted from a web page, one
    inside a text made the next "line" fail with a message about a colon or the indentation, one
    line below the real culprit. libyaml takes a U+FEFF at the start of a line for a new stream's
    byte order mark, where the pure-Python parser reads it as text, so the two disagreed and the
    message could point below the file's last line. (One at the very start is refused when the file
    is decoded.) The file is refused before it is parsed, naming the character.
    """
    errors = []
    for number, line in enumerate(editor_lines(text), start=1):
        for match in _HIDDEN_CHARACTER.finditer(line):
            character = match.group()
            if character == "\ufeff":
                message = _STRAY_BOM
            else:
                message = (
                    f"这里有一个看不见的换行符 U+{ord(character):04X}（{_HIDDEN_LINE_BREAKS[character]}），"
                    "常见于从网页或 Word 粘贴的文字。编辑器不显示它，YAML 却把它当成换行，会读错后面的内容。"
                    "请删掉它；真要换行，就按回车。"
                )
            errors.append(Problem(path, number, match.start() + 1, message))
    return errors


def reader_error(path: Path, text: str, error: yaml.reader.ReaderError) -> Problem:
    """A character YAML refuses (often an invisible control character pasted from Word)."""
    breaks = [match.end() for match in _YAML_LINE_BREAK.finditer(text, 0, error.position)]
    line = len(breaks) + 1
    column = error.position - (breaks[-1] if breaks else 0) + 1
    code = f"U+{error.character:04X}" if isinstance(error.character, int) else repr(error.character)
    message = f"这里有一个不可见的控制字符（{code}），常见于从 Word 或网页粘贴的文字。请删掉它。"
    return Problem(path, line, column, message, item_id_at_line(yaml_lines(text), line))


_ITEMS_KEY = re.compile(r"^items[ ]*:")
_TOP_LEVEL_KEY = re.compile(r"^[^\s#-]")
_ITEM_START = re.compile(r"^(?P<indent>[ ]*)-(?:[ ]+|$)")
_ID_LINE = re.compile(
    r"^(?P<indent>[ ]*(?:-[ ]+)?)id[ ]*:[ ]*(?P<quote>[\"']?)(?P<id>[^\s\"'#]+)(?P=quote)[ ]*(?:#.*)?$"
)


def _opens_item(text: str, indent: int | None) -> bool:
    start = _ITEM_START.match(text)
    return start is not None and (indent is None or len(start.group("indent")) == indent)


def _item_of_each_line(lines: list[str]) -> tuple[list[int | None], dict[int, str]]:
    """Which item (by the index of its ``- `` line) holds each line, and the id each item names.

    One pass over the text, so a file with thousands of problems is labelled in linear time.
    """
    owners: list[int | None] = [None] * len(lines)
    ids: dict[int, str] = {}
    current: int | None = None
    indent: int | None = None
    key_column = 0
    after_items = False
    for index, text in enumerate(lines):
        if _TOP_LEVEL_KEY.match(text):  # a bank field: the items (if any) start after "items:"
            current, after_items = None, bool(_ITEMS_KEY.match(text))
        elif after_items and _opens_item(text, indent):
            opening = _ITEM_START.match(text)
            indent = len(opening.group("indent")) if opening else 0
            current, key_column = index, len(opening.group(0)) if opening else 0
        owners[index] = current
        match = _ID_LINE.match(text) if current is not None and current not in ids else None
        if match and len(match.group("indent")) == key_column:
            ids[current] = match.group("id")  # type: ignore[index]
    return owners, ids


def item_ids_by_line(lines: list[str]) -> list[str | None]:
    """For each line (0-based), the id written in the item that holds it, when one can be found."""
    owners, ids = _item_of_each_line(lines)
    return [ids.get(owner) if owner is not None else None for owner in owners]


def item_id_at_line(lines: list[str], line: int) -> str | None:
    """The id written in the item that holds 1-based ``line`` (found in the text: the data may not parse)."""
    by_line = item_ids_by_line(lines)
    return by_line[line - 1] if 1 <= line <= len(by_line) else None
