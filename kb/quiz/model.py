"""The quiz bank data model: what a trainer's YAML means once it has been validated."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


class ItemKind(str, Enum):
    """The three kinds of quiz item a bank may hold."""

    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true_false"


@dataclass(frozen=True)
class Citation:
    """The topic section that teaches an item: a docs page and one of its heading ids."""

    page: str
    """Path of the page inside docs/, e.g. ``topics/chatting.md``."""
    anchor: str
    """Explicit heading id on that page, e.g. ``venue``."""

    @classmethod
    def parse(cls, text: str) -> Citation:
        page, _, anchor = text.partition("#")
        return cls(page=page, anchor=anchor)

    def __str__(self) -> str:
        return f"{self.page}#{self.anchor}"


@dataclass(frozen=True)
class Option:
    """One answer a learner can pick, with the feedback shown when they pick it."""

    key: str
    """Stable key within the item: ``a``, ``b``, … or ``true`` / ``false``."""
    text: str
    correct: bool
    feedback: str = ""


@dataclass(frozen=True)
class Item:
    """One question, its options, its explanation and the section that teaches it."""

    id: str
    kind: ItemKind
    question: str
    options: tuple[Option, ...]
    explanation: str
    citation: Citation
    line: int = 0
    """Line in the bank file where the item starts (for messages and tools)."""

    @property
    def correct_keys(self) -> tuple[str, ...]:
        return tuple(option.key for option in self.options if option.correct)


@dataclass(frozen=True)
class Bank:
    """One quiz bank: one YAML file in quizzes/, one quiz page on the site."""

    id: str
    """The file name without ``.yml``; also the quiz page's name."""
    title: str
    items: tuple[Item, ...]
    path: Path
    intro: str = ""
    shuffle_options: bool = False


@dataclass(frozen=True)
class Section:
    """A heading with an explicit id on a docs page: something an item can cite."""

    page: str
    anchor: str
    title: str
    level: int
    line: int


@dataclass
class DocsIndex:
    """Every page under docs/ with the sections it declares (explicit heading ids)."""

    pages: dict[str, dict[str, Section]] = field(default_factory=dict)
    page_titles: dict[str, str] = field(default_factory=dict)

    def has_page(self, page: str) -> bool:
        return page in self.pages

    def section(self, citation: Citation) -> Section | None:
        return self.pages.get(citation.page, {}).get(citation.anchor)
