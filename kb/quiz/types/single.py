"""Single choice (``type: single``): exactly one option is correct (the rule is in choice.py)."""

from __future__ import annotations

from kb.quiz.types.choice import choice_type

EXAMPLE = """\
    question: 客户说“方案不错，你们多多照顾”，你接下来最该做的是……
    options:
      - text: 约定一件具体的事：请他本周安排一次技术交流，并确认参会人。
        correct: true
        feedback: 对。把模糊的好感变成有时间、有动作的承诺，项目才有下一步。
      - text: 回一句“一定一定”，等他有需要再联系。
        feedback: 这是被动等待：客户没有承诺任何具体的事，项目不会往前走。
    explanation: 写清道理，和引用的小节说法一致。
"""

TYPE = choice_type("single", name="单选题", label="单选", example=EXAMPLE)
