"""Reading and checking every file of a sources folder, banks and scenarios alike.

A file that is not a regular source file gets one message and is not read; the others are read
with positions, their names checked, then checked by the caller's ``check``. Under `mkdocs serve`
an unchanged file is not read again (``kb.core.remember``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from kb.content.sections import DocsIndex
from kb.core.document import YamlDocument
from kb.core.files import SourceKind, clashing_id_errors, file_name_errors, source_file_errors
from kb.core.problem import Problem
from kb.core.remember import docs_key, file_key, remembered
from kb.core.yaml_reader import read_document

Checked = tuple[YamlDocument | None, list[Problem]]
"""A file as read and checked: its document (None when it could not be read) and its problems."""


def read_and_check(path: Path, kind: SourceKind, check: Callable[[YamlDocument], list[Problem]]) -> Checked:
    """One file read and checked; a file that is not a regular source file gets one message and no reading.

    Banks and scenarios are read the same way and differ only in ``kind`` and ``check``.
    """
    not_a_file = source_file_errors(path, kind)
    if not_a_file:
        return None, not_a_file
    document, errors = read_document(path, kind)
    errors = file_name_errors(path, kind) + errors
    if document is not None:
        errors += check(document)
    return document, errors


def _check_key(kind: SourceKind, path: Path, docs: DocsIndex) -> tuple[str, ...] | None:
    """What a file's check depends on: its bytes and the docs it cites (None: do not remember)."""
    content = file_key(path)
    return (f"checked {kind.name}", str(path), content, docs_key(docs)) if content else None


def checked_documents(
    kind: SourceKind, paths: list[Path], docs: DocsIndex, read: Callable[[Path, DocsIndex], Checked]
) -> tuple[list[YamlDocument], list[Problem]]:
    """Every file read and checked by ``read``, and all their problems (clashing file ids first).

    A file whose bytes and cited docs did not change is not read again while a `mkdocs serve`
    session remembers it (``kb.core.remember``).
    """
    documents: list[YamlDocument] = []
    errors: list[Problem] = clashing_id_errors(paths, kind)
    for path in paths:
        document, path_errors = remembered(partial(_check_key, kind, path, docs), partial(read, path, docs))
        errors += path_errors
        if document is not None:
            documents.append(document)
    return documents, errors
