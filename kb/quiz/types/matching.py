"""Matching (``type: matching``): 3–8 left–right pairs, optional extra right-hand distractors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kb.core.document import DataPath
from kb.core.problem import Problem as BankError
from kb.quiz.model import Item
from kb.quiz.types.base import (
    FEEDBACK_FIELD,
    ItemSource,
    ItemType,
    LintAnswers,
    ReportParts,
    duplicate_errors,
    misplaced_message,
    opaque_key,
    yaml_mappings,
    yaml_strings,
)

MIN_PAIRS, MAX_PAIRS = 3, 8
PAIRS_FIELD: dict[str, Any] = {
    "type": "array",
    "description": "配对题：3 到 8 对，每对写 left（左边）和 right（和它配的右边）。其他题型不写。",
    "errorMessage": "“pairs”是列表：每一对写成“- left: …”，下一行对齐写“right: …”。",
    "items": {"$ref": "#/$defs/pair"},
}
DISTRACTORS_FIELD: dict[str, Any] = {
    "type": "array",
    "maxItems": 8,
    "description": "配对题可选：多放几个右边的条目，它们不和任何左边配对，用来增加难度。",
    "errorMessage": "“distractors”是列表：每个多放的右边条目以“- ”开头。",
    "items": {"$ref": "#/$defs/short_text"},
}
PAIR_DEF: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["left", "right"],
    "errorMessage": "每一对要写 left 和 right 两个字段，不能有别的字段。",
    "properties": {
        "left": {"$ref": "#/$defs/short_text", "description": "左边的条目（纯文字），学员给它选一个右边。"},
        "right": {"$ref": "#/$defs/short_text", "description": "和左边配对的右边条目（纯文字）。"},
    },
}
EXAMPLE = """\
    # 3–8 对；distractors 可选，是右边多放、不和任何左边配对的条目
    question: 把左边每一项和右边对应的说法配起来：
    pairs:
      - left: 左一
        right: 和左一配对的说法
      - left: 左二
        right: 和左二配对的说法
      - left: 左三
        right: 和左三配对的说法
    distractors:
      - 一个不和任何一项配对的说法
    feedback: 每一对为什么这样配。
    explanation: 解析。
"""

_SIDE_NAMES = {"left": "左边（left）", "right": "右边（right）"}


@dataclass(frozen=True)
class Side:
    """One entry on either side: ``l1``, ``l2``, … on the left, opaque ``r…`` keys on the right."""

    key: str
    text: str


@dataclass(frozen=True, kw_only=True)
class MatchingItem(Item):
    """Left entries in bank order, each with the key of its right entry; every right entry."""

    lefts: tuple[Side, ...]
    answers: tuple[str, ...]
    """Per left entry, in order, the key of the right entry it goes with."""
    rights: tuple[Side, ...]
    """Every right entry, distractors included, sorted by key (so not in the pairs' order)."""
    feedback: str


def _side_errors(source: ItemSource, pairs: list[Any], distractors: list[Any]) -> list[BankError]:
    errors = []
    lefts: list[tuple[DataPath, int, Any]] = []
    rights: list[tuple[DataPath, int, Any]] = []
    for number, pair in enumerate(pairs):
        if not isinstance(pair, dict):
            continue
        for side, found in (("left", lefts), ("right", rights)):
            value = pair.get(side)
            found.append((("pairs", number, side), source.line_of("pairs", number, side), value))
            if isinstance(value, str) and not value.strip():
                errors.append(
                    source.error(
                        "pairs", number, side, message=f"{_SIDE_NAMES[side]}是空的。请写上内容，或者删掉这一对。"
                    )
                )
    for number, value in enumerate(distractors):
        rights.append((("distractors", number), source.line_of("distractors", number), value))
        if isinstance(value, str) and not value.strip():
            errors.append(source.error("distractors", number, message="这个干扰项是空的。请写上内容，或者删掉这一行。"))
    errors += duplicate_errors(source, lefts, "左边的“{1}”和第 {0} 行的重复了。每个左边的条目只能出现一次。".format)
    message = "右边的“{1}”和第 {0} 行的重复了（干扰项也算在右边）。右边的条目都要不同，学员才分得清。"
    return errors + duplicate_errors(source, rights, message.format)


def check(source: ItemSource) -> list[BankError]:
    """Pairs and feedback present; 3–8 pairs; nothing empty; no left or right entry twice."""
    errors = []
    if "feedback" not in source.data:
        errors.append(source.error(message="配对题缺少字段“feedback”：写上学员配错时看到的话，说明为什么这样配。"))
    if "pairs" not in source.data:
        message = f"缺少字段“pairs”。配对题要写 {MIN_PAIRS} 到 {MAX_PAIRS} 对，每对是“- left: …”加一行“right: …”。"
        return [*errors, source.error(message=message)]
    pairs, distractors = source.data["pairs"], source.data.get("distractors", [])
    if not isinstance(pairs, list) or not isinstance(distractors, list):
        return errors
    if len(pairs) < MIN_PAIRS:
        message = f"配对题至少要有 {MIN_PAIRS} 对，现在只有 {len(pairs)} 对。请在 pairs 里补上。"
        errors.append(source.error("pairs", message=message))
    elif len(pairs) > MAX_PAIRS:
        message = f"配对题最多 {MAX_PAIRS} 对，现在有 {len(pairs)} 对。请删掉几对，或者拆成两道题。"
        errors.append(source.error("pairs", message=message))
    return errors + _side_errors(source, pairs, distractors)


def build(source: ItemSource) -> MatchingItem:
    """Lefts keyed ``l1``, ``l2``, …; rights (and distractors) keyed ``r`` + 8 hex digits."""
    item_id, pairs = source.data["id"], source.data["pairs"]
    answers = tuple(opaque_key("r", item_id, pair["right"]) for pair in pairs)
    texts = [pair["right"] for pair in pairs] + list(source.data.get("distractors", []))
    rights = sorted((Side(opaque_key("r", item_id, text), text) for text in texts), key=lambda side: side.key)
    return MatchingItem(
        **source.common_fields(),
        lefts=tuple(Side(f"l{number}", pair["left"]) for number, pair in enumerate(pairs, start=1)),
        answers=answers,
        rights=tuple(rights),
        feedback=source.data["feedback"],
    )


def answer_key(item: MatchingItem) -> dict[str, Any]:
    """Per left entry, in order, the key of its right entry."""
    return {"kind": "matching", "correct": list(item.answers)}


def answer_parts(item: MatchingItem) -> int:
    """One right key per left entry."""
    return len(item.lefts)


def lint_view(data: dict[str, Any]) -> LintAnswers:
    """Each pair, left and right together, is what a right answer says."""
    pairs = yaml_mappings(data.get("pairs"))
    shown = [("配对", str(pair.get(side, ""))) for pair in pairs for side in ("left", "right")]
    shown += [("配对", entry) for entry in yaml_strings(data.get("distractors"))]
    answers = tuple(f"{pair.get('left', '')}{pair.get('right', '')}" for pair in pairs)
    return LintAnswers(answer_texts=answers, page_texts=tuple(shown))


def report_parts(item: MatchingItem) -> ReportParts:
    """The right entries by their text, each after the left entry it was matched with."""
    return ReportParts(
        labels=tuple((side.key, side.text) for side in item.rights), places=tuple(side.text for side in item.lefts)
    )


TYPE = ItemType(
    kind="matching",
    name="配对题",
    label="配对",
    template="items/matching.html",
    fields={"pairs": PAIRS_FIELD, "distractors": DISTRACTORS_FIELD, "feedback": FEEDBACK_FIELD},
    then={"required": ["pairs", "feedback"], "properties": {"pairs": {"minItems": MIN_PAIRS, "maxItems": MAX_PAIRS}}},
    check=check,
    misplaced=misplaced_message(
        "配对题", "把要配的内容写在 pairs 里（每对 left 和 right），干扰项写在 distractors 里。"
    ),
    build=build,
    answer_key=answer_key,
    answer_parts=answer_parts,
    lint_view=lint_view,
    report_parts=report_parts,
    example=EXAMPLE,
    plain_fields=frozenset({"left", "right", "distractors"}),
    defs={"pair": PAIR_DEF},
)
