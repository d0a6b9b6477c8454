"""Multiple choice (``type: multiple``): one or more options are correct; all must be chosen."""

from __future__ import annotations

from kb.quiz.model import ItemKind
from kb.quiz.types import choice
from kb.quiz.types.base import ItemType

TYPE = ItemType(
    kind=ItemKind.MULTIPLE,
    name="多选题",
    label="多选（选出全部正确项）",
    template=choice.TEMPLATE,
    fields={"options": choice.OPTIONS_FIELD},
    then=choice.THEN,
    check=choice.check,
    misplaced=choice.misplaced,
    build=choice.build,
    answer_key=choice.answer_key,
    defs={"option": choice.OPTION_DEF},
)
