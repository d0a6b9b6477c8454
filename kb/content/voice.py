"""Finds the editor's rules written in the sources' voice: a paragraph that names a compliance rule without saying it is the editor's.

The sources never speak of policies, approvals or compliance; when a page does, it is the
editor speaking, and the reader must be able to tell. A *paragraph* (a run of text lines,
each list item on its own) that names one of ``RULE_WORDS`` must either sit in an editor's
note (``!!! editor …``, or any box whose title says 编者), carry ``EDITOR_MARK`` (编者注、编者提醒、
编者补充……) in its own text, or be a glossary row labelled ``**合规**：`` (the glossary's banner
declares those rows the editor's). A page that declares itself the editor's (``PAGE_DECLARATION``,
the compliance page) speaks in the editor's voice throughout. Link texts do not count as naming a rule:
"见[合规提醒](compliance.md)" points at the editor's page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.content.compliance import EDITOR_NOTE

RULE_WORDS = re.compile(
    r"政策(?!资源)|审批|报批|报备|合规|商业贿赂|反不正当竞争法|违法|违反|受贿|行贿|规定|制度|报销|入账|商业秘密|保密"
)
"""Words no source uses (001's "政策资源" aside): on these pages, naming one states the editor's rule."""

EDITOR_MARK = "编者"
"""A paragraph that says who speaks (编者注、编者提醒、编者补充、编者的提醒) is marked."""

PAGE_DECLARATION = "本页是编者写的"
"""Said in a page's opening note: everything on the page outside quotations is the editor's."""

EDITOR_ROW = "**合规**："
"""The glossary's compliance row, the editor's by the page's own banner."""

LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s")
SKIPPED = ("#", "出处：", "本页依据：", "{:", "<", "---")
"""Headings, citation lines, attribute lines, HTML and card rules carry no rule of their own."""


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of a page: where it starts, its text, and whether it sits in an editor's note."""

    where: str
    text: str
    in_note: bool


def page_paragraphs(markdown: str, page: str) -> list[Paragraph]:
    """Every paragraph and list item outside code fences, noting those inside editor's notes."""
    paragraphs: list[Paragraph] = []
    current: list[str] = []
    start, in_note, note_indent, in_fence = 0, False, None, False

    def close() -> None:
        if current:
            paragraphs.append(Paragraph(f"{page}:{start}", " ".join(current), in_note))
            current.clear()

    for number, line in enumerate(markdown.splitlines(), start=1):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            close()
            continue
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if in_fence or not stripped:
            close()
            continue
        if note_indent is not None and indent <= note_indent:
            note_indent = None
        if stripped.startswith(("!!!", "???")):
            close()
            is_editors = EDITOR_NOTE.match(line) is not None or EDITOR_MARK in stripped
            note_indent = indent if is_editors else None
            continue
        if LIST_ITEM.match(line) or stripped.startswith(SKIPPED):
            close()
        if stripped.startswith(SKIPPED):
            continue
        if not current:
            start, in_note = number, note_indent is not None
        current.append(stripped)
    close()
    return paragraphs


def unmarked_rules(paragraphs: list[Paragraph]) -> list[str]:
    """Paragraphs that name a rule word outside an editor's note and without saying the editor speaks."""
    if any(PAGE_DECLARATION in paragraph.text for paragraph in paragraphs[:3]):
        return []
    problems = []
    for paragraph in paragraphs:
        if paragraph.in_note or EDITOR_MARK in paragraph.text or paragraph.text.startswith(EDITOR_ROW):
            continue
        named = sorted(set(RULE_WORDS.findall(LINK.sub("", paragraph.text))))
        if named:
            problems.append(
                f"{paragraph.where}: 讲到“{'、'.join(named)}”，是编者的话却像原文的说法；"
                f"放进编者注（!!! editor），或在这一段写明“{EDITOR_MARK}提醒：”"
            )
    return problems
