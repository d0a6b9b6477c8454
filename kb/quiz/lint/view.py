"""What the lint sees of a bank: items reduced to their stems, option groups and answers.

The lint reads the validated YAML (the item-type contract) rather than the render model, so a
new item type only needs a line in ``_answer_texts`` and, if it has options, in ``_groups``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb.core.document import YamlDocument as BankDocument


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


def mappings(value: Any) -> list[dict[str, Any]]:
    """The mappings in a YAML list (nothing for anything else): the lint never trusts a shape."""
    return [entry for entry in value if isinstance(entry, dict)] if isinstance(value, list) else []


def _groups(kind: str, data: dict[str, Any]) -> tuple[ChoiceGroup, ...]:
    if kind not in ("single", "multiple"):
        return ()
    options = mappings(data.get("options"))
    texts = tuple(str(option.get("text", "")) for option in options)
    return (ChoiceGroup(texts, tuple(option.get("correct") is True for option in options)),)


def _first_accepted(blank: dict[str, Any]) -> str:
    accepted = blank.get("accept")
    return str(accepted[0]) if isinstance(accepted, list) and accepted else ""


def _answer_texts(kind: str, data: dict[str, Any]) -> tuple[str, ...]:
    if kind in ("single", "multiple"):
        return tuple(str(o.get("text", "")) for o in mappings(data.get("options")) if o.get("correct") is True)
    if kind == "ordering":
        entries = data.get("entries")
        return tuple(str(entry) for entry in entries) if isinstance(entries, list) else ()
    if kind == "matching":
        return tuple(f"{pair.get('left', '')}{pair.get('right', '')}" for pair in mappings(data.get("pairs")))
    if kind == "fill_in":
        return tuple(_first_accepted(blank) for blank in mappings(data.get("blanks")))
    return ()


def _strings(value: Any) -> list[str]:
    return [str(entry) for entry in value] if isinstance(value, list) else []


def _page_texts(data: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """The stem, every option and its feedback, entries, pairs, the item's feedback and explanation."""
    texts = [("题干", str(data.get("question", "")))]
    for option in mappings(data.get("options")):
        texts += [("选项", str(option.get("text", ""))), ("选项的反馈", str(option.get("feedback", "")))]
    texts += [("条目", entry) for entry in _strings(data.get("entries"))]
    texts += [("配对", str(pair.get(side, ""))) for pair in mappings(data.get("pairs")) for side in ("left", "right")]
    texts += [("配对", entry) for entry in _strings(data.get("distractors"))]
    texts += [("反馈", str(data.get("feedback", ""))), ("解析", str(data.get("explanation", "")))]
    return tuple((label, text) for label, text in texts if text)


def _accepted(data: dict[str, Any]) -> tuple[str, ...]:
    return tuple(answer for blank in mappings(data.get("blanks")) for answer in _strings(blank.get("accept")))


def lint_item(document: BankDocument, index: int, data: dict[str, Any]) -> LintItem:
    """The lint's view of item ``index`` of a bank document (checked by validate first)."""
    kind = str(data.get("type", ""))
    answer = data.get("answer")
    return LintItem(
        id=str(data.get("id", "")),
        kind=kind,
        line=document.position_of(("items", index))[0],
        question=str(data.get("question", "")),
        groups=_groups(kind, data),
        answer=answer if kind == "true_false" and isinstance(answer, bool) else None,
        answer_texts=_answer_texts(kind, data),
        page_texts=_page_texts(data),
        accepted=_accepted(data),
        cite=str(data.get("cite", "")),
    )
