"""A new bank file with one example item of each type, ready for a trainer to edit.

Keep one example per type in ``kb.quiz.types.TYPES``: a test checks that the scaffold has them all.
"""

from __future__ import annotations

BANK_TEMPLATE = """\
# yaml-language-server: $schema=../kb/quiz/bank.schema.json
# 新题库：下面每种题型各有一道示例题（单选、多选、判断、排序、配对、填空）。
# 把它们改成你自己的题，用不上的题型整道删掉。写完运行 python scripts/kb.py validate 检查，
# 再运行 python scripts/kb.py lint 看出题提示。怎样出好题见 docs/trainers/item-writing.md。
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
  - id: {bank_id}-04
    type: ordering                 # 3–8 项，按正确顺序写（第一项排第一）；页面会打乱
    question: 把下面几步按原文的先后排列：
    entries:
      - 第一步
      - 第二步
      - 第三步
    feedback: 为什么是这个顺序。
    explanation: 解析。
    cite: topics/{page}#{anchor}
  - id: {bank_id}-05
    type: matching                 # 3–8 对；distractors 可选，是右边多放、不和任何左边配对的条目
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
    cite: topics/{page}#{anchor}
  - id: {bank_id}-06
    type: fill_in                  # 1–3 个空，题干里每个空写成 ___；accept 里第一个答案作为参考答案显示
    question: 原文的一句话：前半句，___。
    blanks:
      - accept: [后半句, 后半句的另一种说法]
    feedback: 原话是什么。
    explanation: 解析。
    cite: topics/{page}#{anchor}
"""


def new_bank_text(bank_id: str, page: str, anchor: str, title: str | None = None) -> str:
    """The text of a new, valid bank citing ``topics/<page>#<anchor>``."""
    return BANK_TEMPLATE.format(bank_id=bank_id, page=page, anchor=anchor, title=title or f"{bank_id} 自测题")
