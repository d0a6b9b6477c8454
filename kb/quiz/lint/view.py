"""What the lint sees of a bank: items reduced to their stems, option groups and answers.

The lint reads the validated YAML rather than the render model; what it reads of an item's
answer comes from the item's type (``ItemType.lint_view`` in kb/quiz/types/), so this module
names no type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb.core.document import YamlDocument as BankDocument
from kb.quiz.types import TYPES
from kb.quiz.types.base import LintAnswers


@dataclass(frozen=True)
class ChoiceGroup:
    """Options a learner picks from, with their keys: a single or multiple item (later: a scenario step)."""

    options: tuple[str, ...]
    keyed: tuple[bool, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        """The keyed options' texts."""
        return tuple(text for text, keyed in zip(self.options, self.keyed, strict=True) if keyed)

    @property
    def distractors(self) -> tuple[str, ...]:
        """The options that are not keyed."""
        return tuple(text for text, keyed in zip(self.options, self.keyed, strict=True) if not keyed)

    @property
    def key_position(self) -> int | None:
        """0-based YAML position of the only key, or None when the group has several keys."""
        positions = [index for index, keyed in enumerate(self.keyed) if keyed]
        return positions[0] if len(positions) == 1 else None


@dataclass(frozen=True)
class LintItem:
    """One item as the checks see it."""

    id: str
    kind: str
    line: int
    question: str
    groups: tuple[ChoiceGroup, ...] = ()
    """Option groups to check for position and length cues (one for single/multiple items)."""
    answer: bool | None = None
    """The key of a true/false item."""
    answer_texts: tuple[str, ...] = ()
    """What a correct answer says (keys, entries, pairs, accepted answers): compared for duplicates."""
    page_texts: tuple[tuple[str, str], ...] = ()
    """Everything the quiz page shows of the item, each with what it is (题干, 选项, 反馈, 解析…)."""
    accepted: tuple[str, ...] = ()
    """Every accepted answer of every blank of a fill-in item."""
    cite: str = ""
    """The cited section, ``topics/page.md#id``."""
    disabled: dict[str, str] = field(default_factory=dict)
    """Check name → the trainer's reason, from ``# kb-lint: disable=<check> 理由``."""
    disabled_at: dict[str, int] = field(default_factory=dict)
    """Check name → line of the comment that disables it."""


@dataclass(frozen=True)
class LintBank:
    """One bank file as the checks see it."""

    path: Path
    items: tuple[LintItem, ...]
    docs_dir: Path | None = None
    """Where the cited pages are (None: ``docs/`` beside the banks' folder)."""
    disabled: dict[str, str] = field(default_factory=dict)
    """Bank-level exceptions: disable comments written above ``items:``."""
    disabled_at: dict[str, int] = field(default_factory=dict)
    """Check name → line of the comment that disables it."""

    def counted(self, check: str) -> list[LintItem]:
        """The items a bank-wide statistic counts: those not excepted from ``check``."""
        return [item for item in self.items if check not in item.disabled]


def _answers(kind: str, data: dict[str, Any]) -> LintAnswers:
    """What the item's type says the lint reads of its answer (nothing for an unknown type)."""
    return TYPES[kind].lint_view(data) if kind in TYPES else LintAnswers()


def _page_texts(data: dict[str, Any], answers: LintAnswers) -> tuple[tuple[str, str], ...]:
    """The stem, what the type shows of its answer area, the item's feedback and explanation."""
    texts = [("题干", str(data.get("question", ""))), *answers.page_texts]
    texts += [("反馈", str(data.get("feedback", ""))), ("解析", str(data.get("explanation", "")))]
    return tuple((label, text) for label, text in texts if text)


def lint_item(document: BankDocument, index: int, data: dict[str, Any]) -> LintItem:
    """The lint's view of item ``index`` of a bank document (checked by validate first)."""
    kind = str(data.get("type", ""))
    answers = _answers(kind, data)
    options = answers.options
    return LintItem(
        id=str(data.get("id", "")),
        kind=kind,
        line=document.position_of(("items", index))[0],
        question=str(data.get("question", "")),
        groups=(ChoiceGroup(*zip(*options, strict=True)),) if options else (),
        answer=answers.answer,
        answer_texts=answers.answer_texts,
        page_texts=_page_texts(data, answers),
        accepted=answers.accepted,
        cite=str(data.get("cite", "")),
    )
