"""Single choice (``type: single``): exactly one option is correct."""

from __future__ import annotations

from kb.quiz.model import ItemKind
from kb.quiz.types import choice
from kb.quiz.types.base import ItemType

TYPE = ItemType(
    kind=ItemKind.SINGLE,
    name="单选题",
    label="单选",
    template=choice.TEMPLATE,
    fields={"options": choice.OPTIONS_FIELD},
    then=choice.THEN,
    check=choice.check,
    misplaced=choice.misplaced,
    build=choice.build,
    answer_key=choice.answer_key,
    defs={"option": choice.OPTION_DEF},
)
