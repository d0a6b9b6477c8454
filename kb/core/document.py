"""A bank or scenario file as plain data, with the line and column of every value and key.

``kb.core.yaml_reader`` builds it from the file; every check reads positions from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["YamlDocument", "DataPath", "Position"]

DataPath = tuple[str | int, ...]
Position = tuple[int, int]


_COLUMN_BITS = 32
"""A position is kept as one int, ``line << 32 | column``: a (line, column) tuple costs about three
times as much, and a bank of 1,000 items records some 50,000 positions."""


def _packed(where: Position) -> int:
    return where[0] << _COLUMN_BITS | where[1]


def _unpacked(packed: int) -> Position:
    return packed >> _COLUMN_BITS, packed & ((1 << _COLUMN_BITS) - 1)


def _is_item_level(data_path: DataPath) -> bool:
    """``()``, ``("items",)``, ``("items", i)`` or ``("items", i, "id")``."""
    if len(data_path) <= 1:
        return True
    if data_path[0] != "items":
        return False
    return len(data_path) == 2 or (len(data_path) == 3 and data_path[2] == "id")


@dataclass
class YamlDocument:
    """A bank file parsed into plain data, with 1-based positions for every value and key."""

    path: Path
    data: Any
    _value_positions: dict[DataPath, int] = field(default_factory=dict, repr=False)
    _key_positions: dict[DataPath, int] = field(default_factory=dict, repr=False)

    def record_value(self, data_path: DataPath, where: Position) -> None:
        """Remember where the value at ``data_path`` starts."""
        self._value_positions[data_path] = _packed(where)

    def record_key(self, data_path: DataPath, where: Position) -> None:
        """Remember where the mapping key naming ``data_path`` starts."""
        self._key_positions[data_path] = _packed(where)

    def slimmed(self) -> YamlDocument:
        """The same bank with only the positions used once it has been checked.

        Those are where the ``items`` list, each item and each item's id start (model lines, the
        lint, duplicate ids across banks). Positions take most of a parsed bank's memory, and a
        build holds every bank at once.
        """
        kept = _is_item_level
        return YamlDocument(
            self.path,
            self.data,
            {path: packed for path, packed in self._value_positions.items() if kept(path)},
            {path: packed for path, packed in self._key_positions.items() if kept(path)},
        )

    def position_of(self, data_path: DataPath) -> Position:
        """Position of the value at ``data_path``, or of its nearest ancestor that has one."""
        path = tuple(data_path)
        while path:
            if path in self._value_positions:
                return _unpacked(self._value_positions[path])
            path = path[:-1]
        return _unpacked(self._value_positions[()]) if () in self._value_positions else (1, 1)

    def key_position_of(self, data_path: DataPath) -> Position:
        """Position of the mapping key that names ``data_path`` (falls back to its value)."""
        packed = self._key_positions.get(tuple(data_path))
        return _unpacked(packed) if packed is not None else self.position_of(data_path)
