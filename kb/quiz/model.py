"""The quiz bank data model: what a trainer's YAML means once it has been validated.

Each item type adds its own item class in ``kb/quiz/types/<type>.py``; this module holds what
every bank and every item has.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from kb.content.sections import Citation, DocsIndex, Section

__all__ = ["Bank", "Citation", "DocsIndex", "Item", "Option", "Section"]
# DocsIndex and Section are content (kb/content/sections.py); re-exported for older imports.


@dataclass(frozen=True)
class Option:
    """One answer a learner can pick, with the feedback shown when they pick it."""

    key: str
    """Stable key within the item: ``a``, ``b``, … or ``true`` / ``false``."""
    text: str
    correct: bool
    feedback: str = ""


@dataclass(frozen=True, kw_only=True)
class Item:
    """What every item has: its id, kind, question, explanation and the section that teaches it."""

    id: str
    kind: str
    """The ``type`` the trainer wrote: a key of ``kb.quiz.types.TYPES`` (and of ``ItemKind``)."""
    question: str
    explanation: str
    citation: Citation
    line: int = 0
    """Line in the bank file where the item starts (for messages and tools)."""


@dataclass(frozen=True)
class Bank:
    """One quiz bank: one YAML file in quizzes/, one quiz page on the site."""

    id: str
    """The file name without ``.yml``; also the quiz page's name."""
    title: str
    """Plain text: shown as text everywhere, never read as Markdown or HTML."""
    items: tuple[Item, ...]
    path: Path
    intro: str = ""
    shuffle_options: bool = False

    @cached_property
    def version(self) -> str:
        """A short fingerprint of the bank's id and items, worked out once per bank.

        An export records it, so the trainers' report can tell answers given to an item as it is
        now from answers to an older wording. (The bank is frozen, so it cannot go stale.)
        """
        return hashlib.sha256(repr((self.id, self.items)).encode("utf-8")).hexdigest()[:12]
