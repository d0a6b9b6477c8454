"""Fill-in (``type: fill_in``): a one-paragraph sentence with 1–3 blanks (``___``), accepted answers per blank."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kb.core.document import DataPath
from kb.core.problem import Problem as BankError
from kb.quiz.chinese_variants import learn_spellings, spellings
from kb.quiz.model import Item
from kb.quiz.normalise import normalise_answer
from kb.quiz.types.base import (
    FEEDBACK_FIELD,
    ItemSource,
    ItemType,
    LintAnswers,
    ReportParts,
    invisible_errors,
    misplaced_message,
    yaml_mappings,
    yaml_strings,
)

MAX_BLANKS = 3
ANSWER_BOX_UNITS = 200
"""What the answer box and the stored answer hold, counted as the browser counts (UTF-16 units:
a character outside the BMP, such as 𠮷, takes two)."""
BLANK_MARKER = re.compile(r"_{3,}")
"""A blank in the question: three or more underscores."""
EXAMPLE = """\
    # 1–3 个空，题干里每个空写成 ___；accept 里第一个答案作为参考答案显示
    question: 原文的一句话：前半句，___。
    blanks:
      - accept: [后半句, 后半句的另一种说法]
    feedback: 原话是什么。
    explanation: 解析。
"""
BLANKS_FIELD: dict[str, Any] = {
    "type": "array",
    "description": "填空题：题干里每个 ___（三个或更多下划线）对应这里的一项，按顺序写；每项的 accept 列出可接受的答案。其他题型不写。",
    "errorMessage": "“blanks”是列表：题干里每个 ___ 写一项，例如“- accept: [到头一场空]”。",
    "items": {"$ref": "#/$defs/blank"},
}
BLANK_DEF: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["accept"],
    "errorMessage": "每个空只写 accept（可接受的答案），例如“- accept: [到头一场空]”。",
    "properties": {
        "accept": {
            "type": "array",
            "description": "这个空可接受的答案，至少一个，第一个作为参考答案显示。比较时忽略全半角、大小写、空格和标点。",
            "errorMessage": "“accept”是答案列表，例如 accept: [到头一场空, 一场空]。",
            "items": {"$ref": "#/$defs/short_text"},
        }
    },
}


@dataclass(frozen=True)
class Blank:
    """One blank: the answers a trainer accepts, as written (the first is shown as the answer)."""

    accept: tuple[str, ...]

    @property
    def normalised(self) -> list[str]:
        """The accepted answers as they are compared (see kb/quiz/normalise.py), without repeats.

        Each answer counts in its Traditional and Simplified spellings too (kb/quiz/chinese_variants.py).
        """
        return list(dict.fromkeys(normalise_answer(variant) for text in self.accept for variant in spellings(text)))


@dataclass(frozen=True, kw_only=True)
class FillInItem(Item):
    """A sentence with blanks, and the feedback for a wrong answer."""

    blanks: tuple[Blank, ...]
    feedback: str

    @property
    def accepted_text(self) -> str:
        """``参考答案：“…”``: the first accepted answer of each blank, as the feedback box shows it."""
        if len(self.blanks) == 1:
            return f"参考答案：“{self.blanks[0].accept[0]}”"
        shown = "，".join(f"第 {number} 空“{blank.accept[0]}”" for number, blank in enumerate(self.blanks, start=1))
        return f"参考答案：{shown}"

    @property
    def segments(self) -> list[str]:
        """The question's text around the blanks: one more segment than there are blanks."""
        return BLANK_MARKER.split(self.question)


def learn_answer_spellings(items: Iterable[Item]) -> None:
    """Work out at once the other spellings of every fill-in answer among ``items`` (see ``learn_spellings``)."""
    learn_spellings(
        text for item in items if isinstance(item, FillInItem) for blank in item.blanks for text in blank.accept
    )


def _count_errors(source: ItemSource, blanks: list[Any]) -> list[BankError]:
    question = source.data.get("question")
    if not blanks or len(blanks) > MAX_BLANKS:
        message = f"填空题要有 1 到 {MAX_BLANKS} 个空，现在 blanks 里有 {len(blanks)} 个。"
        return [source.error("blanks", message=message)]
    if not isinstance(question, str):
        return []
    if "\n" in question.strip():
        message = "填空题的题干要写成一段，不能换行：空要嵌在句子里。"
        return [source.error("question", message=message)]
    markers = len(BLANK_MARKER.findall(question))
    if markers != len(blanks):
        message = f"题干里有 {markers} 个空（___），blanks 里却有 {len(blanks)} 项。每个空在题干里写成 ___（三个或更多下划线），blanks 里按顺序给每个空写一项。"
        return [source.error("question", message=message)]
    return []


def _answer_errors(source: ItemSource, number: int, accept: list[Any]) -> list[BankError]:
    if not accept:
        return [
            source.error(
                "blanks", number, "accept", message=f"第 {number + 1} 个空没有可接受的答案。请在 accept 里至少写一个。"
            )
        ]
    errors = []
    for index, text in enumerate(accept):
        if not isinstance(text, str):
            continue
        where = ("blanks", number, "accept", index)
        if not text.strip():
            errors.append(source.error(*where, message="这个答案是空的。请写上可接受的答案，或者删掉这一行。"))
        elif not normalise_answer(text):
            message = f"答案“{text}”去掉空格和标点后什么都不剩（比较答案时忽略全半角、大小写、空格和标点），学员没法填对。请写上实际的词。"
            errors.append(source.error(*where, message=message))
        else:
            errors += _unmatchable_errors(source, where, text)
    return errors


def _unmatchable_errors(source: ItemSource, where: DataPath, text: str) -> list[BankError]:
    """An answer no learner can type.

    Invisible characters, characters newer than the build's Unicode (the browser may treat them
    differently), or longer than the answer box holds.
    """
    if found := invisible_errors(source, where, text):
        return found
    unknown = [char for char in text if unicodedata.category(char) in ("Cn", "Co", "Cs")]
    if unknown:
        codes = "、".join(sorted({f"U+{ord(char):04X}" for char in unknown}))
        message = (
            f"答案“{text}”里的 {codes} 不是构建认识的字符（Unicode {unicodedata.unidata_version}）："
            "学员的浏览器可能按另一种方式比较它，怎么填都对不上。请换成常见的字。"
        )
        return [source.error(*where, message=message)]
    units = len(text.encode("utf-16-le")) // 2
    if units > ANSWER_BOX_UNITS:
        message = (
            f"答案“{text[:20]}…”在浏览器里占 {units} 个字符位置（有些字占两个），"
            f"输入框最多放 {ANSWER_BOX_UNITS} 个，学员填不完整。请缩短。"
        )
        return [source.error(*where, message=message)]
    return []


def check(source: ItemSource) -> list[BankError]:
    """Blanks and feedback present; 1–3 blanks, as many as the question marks; usable answers."""
    errors = []
    if "feedback" not in source.data:
        errors.append(source.error(message="填空题缺少字段“feedback”：写上学员填错时看到的话，说明为什么是这个答案。"))
    if "blanks" not in source.data:
        message = (
            "缺少字段“blanks”。填空题在题干里把每个空写成 ___，在 blanks 里按顺序给每个空写“- accept: [可接受的答案]”。"
        )
        return [*errors, source.error(message=message)]
    blanks = source.data["blanks"]
    if not isinstance(blanks, list):
        return errors
    errors += _count_errors(source, blanks)
    for number, blank in enumerate(blanks):
        accept = blank.get("accept") if isinstance(blank, dict) else None
        if isinstance(accept, list):
            errors += _answer_errors(source, number, accept)
    return errors


def build(source: ItemSource) -> FillInItem:
    """The item with its blanks in question order."""
    blanks = tuple(Blank(tuple(blank["accept"])) for blank in source.data["blanks"])
    return FillInItem(**source.common_fields(), blanks=blanks, feedback=source.data["feedback"])


def answer_key(item: FillInItem) -> dict[str, Any]:
    """Per blank, the accepted answers already normalised (the browser normalises what was typed)."""
    return {"kind": "fill_in", "accepted": [blank.normalised for blank in item.blanks]}


def answer_parts(item: FillInItem) -> int:
    """One typed text per blank."""
    return len(item.blanks)


def lint_view(data: dict[str, Any]) -> LintAnswers:
    """The first accepted answer of each blank says what a right answer says; every one is kept."""
    accepts = [yaml_strings(blank.get("accept")) for blank in yaml_mappings(data.get("blanks"))]
    return LintAnswers(
        answer_texts=tuple(accept[0] if accept else "" for accept in accepts),
        accepted=tuple(answer for accept in accepts for answer in accept),
    )


def report_parts(item: FillInItem) -> ReportParts:
    """Nothing to name: an answer is the text the learner typed in each blank."""
    return ReportParts()


TYPE = ItemType(
    kind="fill_in",
    name="填空题",
    label="填空",
    template="items/fill_in.html",
    fields={"blanks": BLANKS_FIELD, "feedback": FEEDBACK_FIELD},
    then={
        "required": ["blanks", "feedback"],
        "properties": {"blanks": {"minItems": 1, "maxItems": MAX_BLANKS}},
    },
    check=check,
    misplaced=misplaced_message("填空题", "在题干里把每个空写成 ___，在 blanks 里给每个空列出可接受的答案（accept）。"),
    build=build,
    answer_key=answer_key,
    answer_parts=answer_parts,
    lint_view=lint_view,
    report_parts=report_parts,
    example=EXAMPLE,
    plain_fields=frozenset({"accept"}),
    defs={"blank": BLANK_DEF},
)
