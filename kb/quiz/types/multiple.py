"""Multiple choice (``type: multiple``): one or more options are correct; all must be chosen."""

from __future__ import annotations

from kb.quiz.model import ItemKind
from kb.quiz.types.choice import choice_type

TYPE = choice_type(ItemKind.MULTIPLE, name="多选题", label="多选（选出全部正确项）")
