"""Builds a YAML file's data and positions from its parse events, in one pass, checking each event first.

A bank or scenario is plain text, lists and fields: ``event_error`` refuses anchors, aliases, tags and
deep nesting, and ``EventBuilder`` raises ``NotPlain`` at the first event it refuses, before building
it, so that the reader (``kb.core.yaml_reader``) can read the file again to word every problem.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from kb.core.document import DataPath, Position, YamlDocument
from kb.core.files import SourceKind
from kb.core.limits import MAX_DEPTH, depth_error
from kb.core.problem import Problem
from kb.core.yaml_messages import inside, position


def _tag_name(tag: str) -> str:
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:") else tag


def event_error(path: Path, event: yaml.Event, depth: int, kind: SourceKind) -> Problem | None:
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


class NotPlain(Exception):
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


class EventBuilder:
    """Turns a file's parse events into plain data and records positions, in one pass.

    Every node event is checked by ``event_error``, as the reader's careful pass checks it; one it refuses raises
    ``NotPlain`` (the caller reads the file again to word it). Nothing refused is ever built, and
    with no recursion no nesting can exhaust the stack.
    """

    def __init__(self, document: YamlDocument, lines: list[str], kind: SourceKind) -> None:
        """Fill ``document`` (positions counted on the editor's ``lines``) from a ``kind`` file's events."""
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
                    raise NotPlain  # the composer words a second document
                self.found = True

    def _node(self, event: yaml.NodeEvent) -> None:
        """A scalar or the start of a mapping or list: checked, then skipped, read as a key, or built."""
        opens = isinstance(event, yaml.CollectionStartEvent)
        self._depth += opens
        if event_error(self.document.path, event, self._depth, self._kind):
            raise NotPlain
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
