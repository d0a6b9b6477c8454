"""Multiple choice (``type: multiple``): one or more options are correct; all must be chosen."""

from __future__ import annotations

from kb.quiz.types.choice import choice_type

EXAMPLE = """\
    question: 下面哪些做法是对的？（选出全部正确项）
    options:
      - text: 正确做法一
        correct: true
      - text: 正确做法二
        correct: true
      - text: 错误做法
        feedback: 为什么这个做法不对。
    explanation: 解析。
"""

TYPE = choice_type("multiple", name="多选题", label="多选（选出全部正确项）", example=EXAMPLE)
