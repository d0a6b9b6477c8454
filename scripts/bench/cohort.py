"""Synthetic cohorts for the trainers' report: export files of learners whose answers follow a known model.

Learner ``j`` of ``n`` has ability ``(j + 0.5) / n``; an ordinary item has a difficulty and is
answered right by exactly the learners at or above it (so every ordinary item discriminates, with
a facility between 0.45 and 0.78, and wrong answers spread over all of its distractors). The
planted items break that on purpose: some items everyone answers right, one item whose one
distractor most learners pick, one item only the weaker half answers right (reversed
discrimination), and one item pilots (试做, who have not read the material) all answer right.
Pilots answer every other item wrong. The files are what the export writes (exchange.js).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb.content.sections import scan_docs
from kb.core.files import source_paths
from kb.quiz.catalog import bank_paths, load_catalog
from kb.quiz.model import Bank, Item
from kb.scenario.catalog import load_scenarios
from kb.scenario.model import Ending, Scenario

REPO = Path(__file__).resolve().parents[2]
EXPORTED_AT = "2026-12-01T09:00:00.000Z"
APP_ID = "sales-kb-progress"
CHOICE_KINDS = {"single", "multiple", "true_false"}


@dataclass
class Planted:
    """The items the model makes stand out, and the flags the report must show for them."""

    easy: list[str] = field(default_factory=list)
    attractive: str = ""
    reversed: str = ""
    giveaway: str = ""

    def flags(self) -> dict[str, set[str]]:
        """Item id → the flag codes the report should show for it (and no item else any)."""
        expected: dict[str, set[str]] = {item: {"too-easy"} for item in self.easy}
        expected[self.attractive] = {"distractor-over-key"}
        expected[self.reversed] = {"negative-discrimination"}
        expected[self.giveaway] = {"answerable-without-reading"}
        return expected


def real_content(repo: Path = REPO) -> tuple[list[Bank], list[Scenario]]:
    """The real banks and scenarios, loaded and checked as the build does."""
    docs = scan_docs(repo / "docs")
    banks = load_catalog(bank_paths(repo / "quizzes"), docs).banks
    return banks, load_scenarios(source_paths(repo / "scenarios"), docs).scenarios


def _distractors(item: Item) -> list[str]:
    return [option.key for option in getattr(item, "options", ()) if not option.correct]


def _right_answer(item: Item) -> list[str]:
    kind = item.kind
    if kind in CHOICE_KINDS:
        return [option.key for option in item.options if option.correct]  # type: ignore[attr-defined]
    if kind == "ordering":
        return [entry.key for entry in item.entries]  # type: ignore[attr-defined]
    if kind == "matching":
        return list(item.answers)  # type: ignore[attr-defined]
    return [blank.accept[0] for blank in item.blanks]  # type: ignore[attr-defined]


def _wrong_answer(item: Item, turn: int) -> list[str]:
    """The ``turn``-th wrong answer: distractors in turn for choice items, a fixed mistake otherwise."""
    right = _right_answer(item)
    kind = item.kind
    if kind in CHOICE_KINDS:
        distractor = _distractors(item)[turn % len(_distractors(item))]
        return [distractor] if kind != "multiple" else sorted([*right[1:], distractor])
    if kind in ("ordering", "matching"):
        return [right[1], right[0], *right[2:]]
    return ["不知道"] * len(right)


def pick_planted(banks: list[Bank], easy: int = 3) -> Planted:
    """Single-choice items with at least two distractors to plant the model in, spread over the banks.

    One from each bank first, then a second from each, and so on: real banks hold few single-choice
    items, and the flags need ``easy + 3`` of them.
    """
    per_bank = [
        [item for item in bank.items if item.kind == "single" and len(_distractors(item)) >= 2] for bank in banks
    ]
    spread = [
        items[turn] for turn in range(max(map(len, per_bank), default=0)) for items in per_bank if turn < len(items)
    ]
    if len(spread) < easy + 3:
        raise ValueError(
            f"the banks hold {len(spread)} single-choice items with two distractors; the cohort needs {easy + 3}"
        )
    chosen = [item.id for item in spread[: easy + 3]]
    return Planted(easy=chosen[:easy], attractive=chosen[easy], reversed=chosen[easy + 1], giveaway=chosen[easy + 2])


def _difficulty(index: int, kind: str) -> float:
    spread = (index * 0.37) % 1
    return 0.22 + spread * (0.18 if kind == "true_false" else 0.33)


class _Answers:
    """Who answers what: the model, item by item; wrong answers take the distractors in turn."""

    def __init__(self, planted: Planted, learners: int) -> None:
        self.planted = planted
        self.learners = learners
        self.turns: dict[str, int] = {}

    def answer(self, item: Item, index: int, learner: int, pilot: bool) -> list[str]:
        ability = (learner + 0.5) / self.learners
        if pilot:
            right = item.id == self.planted.giveaway
        elif item.id in self.planted.easy:
            right = True
        elif item.id == self.planted.reversed:
            right = ability < 0.5
        elif item.id == self.planted.attractive:
            right = ability >= 0.7
        else:
            right = ability >= _difficulty(index, item.kind)
        if right:
            return _right_answer(item)
        turn = self.turns.get(item.id, 0)
        self.turns[item.id] = turn + 1
        if item.id == self.planted.attractive and turn >= len(_distractors(item)) - 1:
            return [_distractors(item)[0]]  # the attractive one: all but one pick of each other distractor
        if item.id == self.planted.attractive:
            return [_distractors(item)[turn + 1]]
        return _wrong_answer(item, turn)


def _item_record(bank: Bank, answer: list[str], correct: bool) -> dict[str, Any]:
    day = EXPORTED_AT[:10]
    due = "2026-11-30" if not correct else "2026-12-09"
    return {
        "bank": bank.id,
        "lastAnswer": answer,
        "lastCorrect": correct,
        "answeredAt": EXPORTED_AT,
        "missedAt": None if correct else EXPORTED_AT,
        "inReview": not correct,
        "streak": 1 if correct else 0,
        "schedule": {"box": 2 if correct else 1, "last": day if correct else "2026-11-29", "due": due},
        "first": {"answer": answer, "correct": correct, "at": EXPORTED_AT},
        "attempts": 1,
    }


def _first_play(scenario: Scenario, strong: bool) -> dict[str, Any]:
    """The first play: the best choice at each step for a strong learner, the first choice otherwise."""
    path: list[dict[str, str]] = []
    node = scenario.nodes[scenario.start]
    visited = {scenario.start}
    while not isinstance(node, Ending) and len(path) < 30:
        choices = [choice for choice in node.choices if choice.next not in visited] or list(node.choices)
        choice = max(choices, key=lambda entry: entry.score) if strong else choices[0]
        path.append({"node": node.id, "choice": choice.key})
        visited.add(choice.next)
        node = scenario.nodes[choice.next]
    return {
        "path": [],
        "from": scenario.start,
        "best": None,
        "weak": {},
        "schedule": {},
        "first": {"path": path, "finished": isinstance(node, Ending)},
    }


def export_file(
    banks: list[Bank], scenarios: list[Scenario], answers: _Answers, learner: int, *, pilot: bool, site: str
) -> dict[str, Any]:
    """One learner's export: every bank (a few skip the last), first answers by the model."""
    items: dict[str, Any] = {}
    records: dict[str, Any] = {}
    index = 0
    for number, bank in enumerate(banks):
        skips = number == len(banks) - 1 and learner % 10 == 9 and not pilot
        right = 0
        for item in bank.items:
            index += 1
            if skips:
                continue
            answer = answers.answer(item, index, learner, pilot)
            correct = answer == _right_answer(item)
            right += correct
            items[item.id] = _item_record(bank, answer, correct)
        if not skips:
            records[bank.id] = {
                "total": len(bank.items),
                "bestCorrect": right,
                "lastCorrect": right,
                "lastAttemptAt": EXPORTED_AT,
                "attempts": 1,
            }
    strong = (learner + 0.5) / answers.learners >= 0.5 and not pilot
    return {
        "app": APP_ID,
        "version": 3,
        "exportedAt": EXPORTED_AT,
        "site": site,
        "learner": {"name": ("试做 " if pilot else "学员 ") + f"{learner + 1:03d}", "pilot": pilot},
        "bankVersions": {bank.id: bank.version for bank in banks},
        "banks": records,
        "items": items,
        "scenarios": {scenario.id: _first_play(scenario, strong) for scenario in scenarios},
    }


def write_cohort(
    folder: Path, banks: list[Bank], scenarios: list[Scenario], *, learners: int, pilots: int, site: str
) -> tuple[list[Path], Planted]:
    """Export files of ``learners`` learners and ``pilots`` pilots in ``folder``, and what was planted."""
    planted = pick_planted(banks)
    model = _Answers(planted, learners)
    pilot_model = _Answers(planted, learners)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(learners + pilots):
        pilot = number >= learners
        data = export_file(
            banks,
            scenarios,
            pilot_model if pilot else model,
            number if not pilot else number - learners,
            pilot=pilot,
            site=site,
        )
        path = folder / f"{'pilot' if pilot else 'learner'}-{number:03d}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths, planted
