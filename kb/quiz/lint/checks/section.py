"""Section echoes: a key that repeats the cited section's bold text or headings, so skimming is enough."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kb.quiz.lint.check import Banks, Check, choice_groups, item_finding
from kb.quiz.lint.checks.cues import COMMON_WORDS
from kb.quiz.lint.cited import CitedSection, cited_section, docs_dir_beside
from kb.quiz.lint.finding import Finding
from kb.quiz.lint.measure import bare
from kb.quiz.lint.view import ChoiceGroup

ECHO_RUN = 5
"""A key echoes the section when it shares a run of this many characters with a heading or bold phrase…"""
MIN_BOLD = 4
"""…or holds a whole bold phrase of at least this many characters (punctuation and spaces ignored)."""


def _runs(text: str) -> list[str]:
    letters = bare(text)
    if len(letters) < ECHO_RUN:
        return [letters] if len(letters) >= MIN_BOLD else []
    return [letters[start : start + ECHO_RUN] for start in range(len(letters) - ECHO_RUN + 1)]


PARTICLES = "的了就是在和也都"
"""A run that starts or ends with one of these straddles two phrases (“的客户经理”): no echo."""


def _plain_run(run: str) -> bool:
    """A run of common words only (“客户的需要”), of digits, or straddling a particle is no echo of anything."""
    straddles = run[0] in PARTICLES or run[-1] in PARTICLES
    return straddles or run.isdigit() or any(run.replace(word, "") == "" for word in COMMON_WORDS)


def _echoed(phrase: str, keys: list[str], others: list[str]) -> bool:
    """Whether some run of ``phrase`` is in a key and in none of ``others`` (distractors and stem)."""
    return any(
        not _plain_run(run) and any(run in key for key in keys) and not any(run in text for text in others)
        for run in _runs(phrase)
    )


def echoes(question: str, group: ChoiceGroup, section: CitedSection) -> list[str]:
    """The section's headings and bold phrases that a key repeats and no distractor (nor the stem) does."""
    others = [bare(text) for text in (*group.distractors, question)]
    keys = [bare(key) for key in group.keys]
    phrases = dict.fromkeys((*section.headings, *section.bold))
    return [phrase for phrase in phrases if _echoed(phrase, keys, others)]


def section_echo(banks: Banks) -> Iterable[Finding]:
    """Per single or multiple item: a key repeats the cited section's bold text or a heading."""
    for bank in banks:
        docs_dir = bank.docs_dir or docs_dir_beside(bank.path)
        for item, group in choice_groups(bank.items):
            section = cited_section(Path(docs_dir), item.cite) if group.keys and group.distractors else None
            found = echoes(item.question, group, section) if section else []
            if found:
                quoted = "、".join(f"“{phrase}”" for phrase in found)
                message = (
                    f"答案照搬了所引小节的标题或加粗句 {quoted} 里的说法，错误选项都没有：只扫一眼标题和粗体就能选对。"
                    "请用学员自己的话、落到题目情境里写答案，或让错误选项也用上这些词。"
                )
                yield item_finding(bank, item, SECTION_ECHO.name, message)


SECTION_ECHO = Check(
    name="section-echo",
    title="答案照搬所引小节的标题或加粗句",
    threshold=(
        f"每道单选、多选题：答案和所引小节（含下级小节）的标题或加粗句有连续 {ECHO_RUN} 个相同的字"
        f"（不到 {ECHO_RUN} 字的加粗句整句相同，至少 {MIN_BOLD} 字；只由常用词组成、或以“{'”“'.join(PARTICLES)}”开头或结尾的不算），"
        "而错误选项和题干都没有时报告"
    ),
    find=section_echo,
)
