"""Loads every scenario file, checks it, and builds the model only when all are clean."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from kb.content.sections import DocsIndex
from kb.quiz.bankfiles import bank_file_errors, bank_id_errors
from kb.quiz.errors import BankError, sort_errors
from kb.quiz.load import BankDocument, read_bank_document
from kb.quiz.model import Citation
from kb.quiz.rebuilds import docs_key, file_key, remembered
from kb.quiz.rules import bank_file_name_errors
from kb.scenario.checks import scenario_errors
from kb.scenario.model import Choice, Ending, Node, Scenario, Step


@dataclass
class ScenarioCatalog:
    """All scenarios of the site, or the errors that keep them from being published."""

    scenarios: list[Scenario] = field(default_factory=list)
    errors: list[BankError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no scenario has a problem."""
        return not self.errors


def _node(document: BankDocument, node_id: str, data: dict) -> Node:
    line = document.key_position_of(("nodes", node_id))[0]
    if "ending" in data:
        return Ending(id=node_id, verdict=data["ending"], line=line)
    choices = tuple(
        Choice(
            key=f"c{number}",
            text=choice["text"],
            next=choice["next"],
            feedback=choice["feedback"],
            score=choice["score"],
            citation=Citation.parse(choice["cite"]),
        )
        for number, choice in enumerate(data["choices"], start=1)
    )
    return Step(id=node_id, says=data["says"], choices=choices, line=line)


def scenario_from_document(document: BankDocument) -> Scenario:
    """The model of a scenario that passed every check."""
    data = document.data
    return Scenario(
        id=document.path.stem,
        title=data["title"].strip(),
        intro=data["intro"],
        start=data["start"],
        nodes={node_id: _node(document, node_id, node) for node_id, node in data["nodes"].items()},
        path=document.path,
    )


def _checked(path: Path, docs: DocsIndex) -> tuple[BankDocument | None, list[BankError]]:
    """One scenario file read and checked; a file that is not a scenario gets one message and no reading."""
    file_errors = bank_file_errors(path)
    if file_errors:
        return None, file_errors
    document, read_errors = read_bank_document(path)
    errors = bank_file_name_errors(path) + read_errors
    if document is not None:
        errors += scenario_errors(document, docs)
    return document, errors


def _check_key(path: Path, docs: DocsIndex) -> tuple[str, ...] | None:
    """What a scenario's check depends on: its bytes and the docs it cites (None: do not remember)."""
    content = file_key(path)
    return ("checked scenario", str(path), content, docs_key(docs)) if content else None


def load_scenarios(paths: list[Path], docs: DocsIndex) -> ScenarioCatalog:
    """Load and check every scenario file; all problems of all files are reported together.

    A scenario whose bytes and cited docs did not change is not checked again while the build
    cache or a `mkdocs serve` session remembers it (``kb.quiz.rebuilds``).
    """
    documents: list[BankDocument] = []
    errors: list[BankError] = bank_id_errors(paths)
    for path in paths:
        document, path_errors = remembered(partial(_check_key, path, docs), partial(_checked, path, docs))
        errors += path_errors
        if document is not None:
            documents.append(document)
    if errors:
        return ScenarioCatalog(errors=sort_errors(errors))
    return ScenarioCatalog(scenarios=[scenario_from_document(document) for document in documents])
