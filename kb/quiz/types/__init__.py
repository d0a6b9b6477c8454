"""The item types a bank may use, one module each; this registry is the only list of them.

Adding a type: write ``kb/quiz/types/<type>.py`` (its ``TYPE``), its template in
``kb/quiz/templates/items/``, its ``grade`` and ``mount`` modules in ``overrides/assets/kb/`` (one
line in ``overrides/assets/kb/types.js``), add it to ``REGISTERED`` below, then run
``python -m kb.quiz.schema_file`` to update ``bank.schema.json``. Everything else (``ItemKind``,
the lint's view, the plain-text fields, the answer key's size, ``kb.py new``, the benchmark)
reads the registry; ``tests/test_item_type_contract.py`` checks that a type provides it all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from kb.core.problem import Problem as BankError
from kb.quiz.model import Item
from kb.quiz.types import categorise, fill_in, matching, multiple, ordering, single, true_false
from kb.quiz.types.base import ItemSource, ItemType

REGISTERED: tuple[ItemType, ...] = (
    single.TYPE,
    multiple.TYPE,
    true_false.TYPE,
    ordering.TYPE,
    matching.TYPE,
    fill_in.TYPE,
    categorise.TYPE,
)
"""Every item type, in the order pages, stats and the schema list them."""

TYPES: dict[str, ItemType] = {item_type.kind: item_type for item_type in REGISTERED}
"""Each type by the ``type`` a trainer writes."""

ItemKind = StrEnum("ItemKind", {kind.upper(): kind for kind in TYPES})  # type: ignore[misc]
"""The kinds of item a bank may hold (``ItemKind.ORDERING == "ordering"``), derived from ``TYPES``."""


def item_type(kind: str) -> ItemType:
    """The type module's ``TYPE`` for ``kind`` (the YAML ``type`` value)."""
    return TYPES[kind]


def type_specific_fields() -> set[str]:
    """Every field that only some types use (``options``, ``answer``, ``entries``, …)."""
    return {name for item_type in TYPES.values() for name in item_type.fields}


def item_errors(source: ItemSource) -> list[BankError]:
    """Fields of other types written on the item, then the item type's own rules."""
    if source.data.get("type") not in _TYPE_NAMES:
        return []  # the schema reports an unknown type
    this = item_type(source.data["type"])
    foreign = _FOREIGN_FIELDS[this.kind]
    errors = [source.error(name, message=this.misplaced(name), key=True) for name in source.data if name in foreign]
    return errors + this.check(source)


_TYPE_NAMES = frozenset(TYPES)
_FOREIGN_FIELDS = {kind: frozenset(type_specific_fields() - set(t.fields)) for kind, t in TYPES.items()}
"""Per type, the fields only other types may have (worked out once, not for every item)."""


def build_item(source: ItemSource) -> Item:
    """The model object of an item that passed every check."""
    return item_type(source.data["type"]).build(source)


def kind_counts(items: Iterable[Item]) -> dict[str, int]:
    """How many of ``items`` are of each type, every registered type listed, in registry order."""
    counts = Counter(item.kind for item in items)
    return {kind: counts[kind] for kind in TYPES}


def answer_key_entry(item: Item) -> dict[str, Any]:
    """What the browser needs to grade ``item``, with ``parts``: how many strings its answer holds at most."""
    this = TYPES[item.kind]
    return {**this.answer_key(item), "parts": this.answer_parts(item)}
