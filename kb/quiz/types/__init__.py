"""The item types a bank may use, one module each; this registry is the only list of them.

Adding a type: write ``kb/quiz/types/<type>.py`` (its ``TYPE``), its template in
``kb/quiz/templates/items/``, add it to ``TYPES`` and ``ItemKind``, then run
``python -m kb.quiz.schema_file`` to update ``bank.schema.json``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from kb.core.problem import Problem as BankError
from kb.quiz.model import Item, ItemKind
from kb.quiz.types import fill_in, matching, multiple, ordering, single, true_false
from kb.quiz.types.base import ItemSource, ItemType

TYPES: dict[ItemKind, ItemType] = {
    item_type.kind: item_type
    for item_type in (
        single.TYPE,
        multiple.TYPE,
        true_false.TYPE,
        ordering.TYPE,
        matching.TYPE,
        fill_in.TYPE,
    )
}


def item_type(kind: ItemKind | str) -> ItemType:
    """The type module's ``TYPE`` for ``kind`` (an ``ItemKind`` or the YAML ``type`` value)."""
    return TYPES[ItemKind(kind)]


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


_TYPE_NAMES = frozenset(kind.value for kind in TYPES)
_FOREIGN_FIELDS = {kind: frozenset(type_specific_fields() - set(t.fields)) for kind, t in TYPES.items()}
"""Per type, the fields only other types may have (worked out once, not for every item)."""


def build_item(source: ItemSource) -> Item:
    """The model object of an item that passed every check."""
    return item_type(source.data["type"]).build(source)


def kind_counts(items: Iterable[Item]) -> dict[ItemKind, int]:
    """How many of ``items`` are of each type, every registered type listed, in registry order."""
    counts = Counter(item.kind for item in items)
    return {kind: counts[kind] for kind in TYPES}


def answer_key_entry(item: Item) -> dict[str, Any]:
    """What the browser needs to grade ``item``."""
    return TYPES[item.kind].answer_key(item)
