"""Single choice (``type: single``): exactly one option is correct (the rule is in choice.py)."""

from __future__ import annotations

from kb.quiz.model import ItemKind
from kb.quiz.types.choice import choice_type

TYPE = choice_type(ItemKind.SINGLE, name="单选题", label="单选")
