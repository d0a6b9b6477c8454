"""The learning path on home: each lesson's reading time and item count, worked out at build time."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from markupsafe import escape

CHARACTERS_PER_MINUTE = 400
"""Study reading speed for Chinese text (a reader who also follows the source links)."""

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_MARKUP = re.compile(r"\{[:#.][^}]*\}|<[^>]+>|\([^)\s]*\.md[^)]*\)|!!!.*|^\s*出处：.*$", re.M)
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z0-9]+")
_PATH_ENTRY = re.compile(r"^(?P<lead>\s*\d+\.\s+\[[^\]]+\]\((?P<path>topics/[\w-]+\.md)\))", re.M)
_START = re.compile(r"(?P<open>\[)(?P<label>[^\]]*)(?P<rest>\]\([^)]*\)\{[^}]*data-kb-path-start[^}]*\})")


@dataclass(frozen=True)
class Lesson:
    """One entry of the learning path: the topic page, its reading time and how many items test it."""

    path: str
    minutes: int
    items: int
    bank: str | None = None
    """The bank whose quiz checks this lesson, when there is one."""

    @property
    def summary(self) -> str:
        """The figures "约 4 分钟 · 9 题", as shown after the lesson and on the start button."""
        return f"约 {self.minutes} 分钟 · {self.items} 题" if self.items else f"约 {self.minutes} 分钟"


def reading_minutes(markdown: str) -> int:
    """Minutes to read a page: its Chinese characters and Latin words, at least one minute."""
    text = _MARKUP.sub("", _FRONT_MATTER.sub("", markdown))
    units = len(_HAN.findall(text)) + len(_LATIN_WORD.findall(text))
    return max(1, round(units / CHARACTERS_PER_MINUTE))


def lessons_in(markdown: str) -> list[str]:
    """The topic paths of the learning path's numbered entries, in order."""
    return [match.group("path") for match in _PATH_ENTRY.finditer(markdown)]


def annotate_learning_path(markdown: str, lessons: Mapping[str, Lesson]) -> str:
    """Home's Markdown with each entry's time and items, and the start button's first lesson.

    Each entry gets ``<span class="kb-lesson" data-kb-lesson="topics/x.md">约 4 分钟 · 9 题</span>``
    right after its link (the browser adds the learner's state there); the start button
    (a link with ``data-kb-path-start``) gets the first lesson's figures in its label.
    """

    def entry(match: re.Match[str]) -> str:
        lesson = lessons.get(match.group("path"))
        if lesson is None:
            return match.group(0)
        bank = f' data-kb-lesson-bank="{escape(lesson.bank)}"' if lesson.bank else ""
        meta = (
            f' <span class="kb-lesson" data-kb-lesson="{escape(lesson.path)}"{bank}'
            f' data-kb-lesson-items="{lesson.items}">{escape(lesson.summary)}</span>'
        )
        return match.group("lead") + meta

    annotated = _PATH_ENTRY.sub(entry, markdown)
    order = lessons_in(markdown)
    first = lessons.get(order[0]) if order else None
    if first is None:
        return annotated
    return _START.sub(lambda m: f"[{m.group('label')}（{first.summary}）{m.group('rest')}", annotated, 1)
