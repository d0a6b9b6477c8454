"""A new bank file with one example item of each kind, ready for a trainer to edit."""

from __future__ import annotations

BANK_TEMPLATE = """\
# yaml-language-server: $schema=../kb/quiz/bank.schema.json
# 新题库：把下面三道示例题改成你自己的题。写完运行 python scripts/kb.py validate 检查。
# 还可以写排序题（ordering）、配对题（matching）、填空题（fill_in），写法见 README 的“排序题、配对题、填空题”。
title: {title}
intro: 读完[专题页](topics/{page})后做这套题。
shuffle_options: true
items:
  - id: {bank_id}-01
    type: single
    question: 客户说“方案不错，你们多多照顾”，你接下来最该做的是……
    options:
      - text: 约定一件具体的事：请他本周安排一次技术交流，并确认参会人。
        correct: true
        feedback: 对。把模糊的好感变成有时间、有动作的承诺，项目才有下一步。
      - text: 回一句“一定一定”，等他有需要再联系。
        feedback: 这是被动等待：客户没有承诺任何具体的事，项目不会往前走。
    explanation: 写清道理，和引用的小节说法一致。
    cite: topics/{page}#{anchor}
  - id: {bank_id}-02
    type: multiple
    question: 下面哪些做法是对的？（选出全部正确项）
    options:
      - text: 正确做法一
        correct: true
      - text: 正确做法二
        correct: true
      - text: 错误做法
        feedback: 为什么这个做法不对。
    explanation: 解析。
    cite: topics/{page}#{anchor}
  - id: {bank_id}-03
    type: true_false
    question: 判断：一句需要判断对错的话。
    answer: false
    feedback: 选“对”的学员会看到这句：为什么这句话不对。
    explanation: 解析。
    cite: topics/{page}#{anchor}
"""


def new_bank_text(bank_id: str, page: str, anchor: str, title: str | None = None) -> str:
    """The text of a new, valid bank citing ``topics/<page>#<anchor>``."""
    return BANK_TEMPLATE.format(bank_id=bank_id, page=page, anchor=anchor, title=title or f"{bank_id} 自测题")
