"""Loads every bank, runs every check, and builds the model only when all banks are clean."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from kb.core.check import Checked, checked_documents, read_and_check
from kb.core.document import YamlDocument
from kb.core.files import source_paths
from kb.core.problem import Problem, sort_problems
from kb.quiz.model import Bank, DocsIndex
from kb.quiz.rules import BANKS, citation_errors, duplicate_id_errors, item_count_errors, item_rule_errors
from kb.quiz.schema import schema_errors
from kb.quiz.text_fields import text_field_errors
from kb.quiz.types import build_item
from kb.quiz.types.base import ItemSource

__all__ = ["Catalog", "bank_paths", "load_catalog"]


def bank_paths(banks_dir: Path) -> list[Path]:
    """Every entry of the banks folder that is a bank or should be one, in name order."""
    return source_paths(banks_dir)


@dataclass
class Catalog:
    """All banks of the site, or the errors that keep them from being published."""

    banks: list[Bank] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    documents: list[YamlDocument] = field(default_factory=list)
    """The checked files the banks were built from (the build lints them without reading them again)."""

    @property
    def ok(self) -> bool:
        """True when no bank has a problem, so the site may be built."""
        return not self.errors

    def item_count(self) -> int:
        """How many items all banks hold together."""
        return sum(len(bank.items) for bank in self.banks)


def _items_with_schema_errors(errors: list[Problem], document: YamlDocument) -> set[int]:
    """Indexes of items the schema already complained about (their other rules would be noise)."""
    lines = {error.line for error in errors}
    bad: set[int] = set()
    items = document.data.get("items") if isinstance(document.data, dict) else None
    if not isinstance(items, list):
        return bad
    for index in range(len(items)):
        start = document.position_of(("items", index))[0]
        end = document.position_of(("items", index + 1))[0] if index + 1 < len(items) else float("inf")
        if any(start <= line < end for line in lines):
            bad.add(index)
    return bad


def check_document(document: YamlDocument, docs: DocsIndex) -> list[Problem]:
    """Every single-bank problem: schema, answer keys, feedback, citations."""
    errors = schema_errors(document)
    errors += item_rule_errors(document, skip=_items_with_schema_errors(errors, document))
    errors += citation_errors(document, docs)
    return errors


def bank_from_document(document: YamlDocument) -> Bank:
    """The model of a bank that passed every check."""
    data = document.data
    items = tuple(build_item(ItemSource(document, index, item)) for index, item in enumerate(data["items"]))
    return Bank(
        id=document.path.stem,
        title=data["title"],
        items=items,
        path=document.path,
        intro=data.get("intro", ""),
        shuffle_options=data.get("shuffle_options", False),
    )


def _bank_errors(document: YamlDocument, docs: DocsIndex) -> list[Problem]:
    too_many = item_count_errors(document)
    return too_many or check_document(document, docs) + text_field_errors(document, docs)


def _loaded(path: Path, docs: DocsIndex) -> Checked:
    """One bank file read and checked, keeping only the positions the rest of the build needs."""
    document, errors = read_and_check(path, BANKS, partial(_bank_errors, docs=docs))
    return (document.slimmed() if document is not None else None), errors


def load_catalog(paths: list[Path], docs: DocsIndex) -> Catalog:
    """Load and check every bank; all problems of all files are reported together.

    An unchanged bank is not read and checked again while it is remembered (``checked_documents``).
    """
    documents, errors = checked_documents(BANKS, paths, docs, _loaded)
    errors += duplicate_id_errors(documents)
    if errors:
        return Catalog(errors=sort_problems(errors))
    return Catalog(banks=[bank_from_document(document) for document in documents], documents=documents)
