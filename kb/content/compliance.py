"""Finds passages about gifts, entertainment, hidden orders and the like that carry no editor's note.

A *passage* is the unit a reader meets on its own: a `##`/`###` block of a topic page, a
glossary entry, a numbered paragraph of a source page. A passage whose own text (editor's
notes left out) names one of the practices in ``COMPLIANCE_TOPICS`` must link the matching
section of ``topics/compliance.md`` — from an editor's note on topic and source pages, from
the entry itself in the glossary. Source pages also need a page banner listing those paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

COMPLIANCE_TOPICS: dict[str, tuple[str, ...]] = {
    "gifts-money": ("送礼", "送钱", "钱和礼", "他们的礼", "顾问的费用", "顾问费", "咨询费"),
    "meals-entertainment": ("KTV", "钓鱼", "喝酒", "陪酒", "品酒", "高尔夫", "农家乐", "私密", "吃饭", "饭桌"),
    "trips-certification": ("考察", "考证"),
    "orders-targets": ("藏订单", "藏了30%", "藏了 30%", "降目标", "改考核"),
    "finance-review": ("高抬贵手",),
    "confidential-info": ("透露", "隐秘事件", "互通有无", "项目的进度"),
    "donations": ("捐",),
    "customer-interests": ("有股份",),
    "covert-meetings": ("偷偷", "掩护"),
    "tender-documents": ("招采文件", "招标文件", "采购文件"),
}
"""Compliance-page section id → words that mark a passage as touching that practice."""

BANNER_CLASS = "kb-page-note"
"""Extra admonition class of a page-level editor's note: `!!! editor kb-page-note "…"`."""

EDITOR_NOTE = re.compile(r"^(?P<indent>\s*)(?:!!!|\?\?\?\+?)\s+editor\b")
COMPLIANCE_LINK = re.compile(r"compliance\.md#([A-Za-z0-9_-]+)")
HEADING = re.compile(r"^(#{2,3})\s+(.*?)\s*(?:\{[^}]*#([A-Za-z0-9_-]+)[^}]*\})?\s*$")
GLOSSARY_TERM = re.compile(r"^(?P<term>[^\s:!|>#-][^{]*?)\s*\{:\s*#(?P<id>[A-Za-z0-9_-]+)\s*\}\s*$")
SOURCE_PARAGRAPH = re.compile(r"^\*\*¶(\d+)\*\*")
PARAGRAPH_RANGE = re.compile(r"¶(\d+)(?:\s*[–-]\s*¶?(\d+))?")


@dataclass
class Passage:
    """One unit a reader meets on its own, split into its own words and its editor's notes."""

    where: str
    text: str = ""
    notes: str = ""
    number: int | None = None
    """The paragraph number, for a source paragraph."""

    @property
    def categories(self) -> list[str]:
        """The compliance sections this passage's own words touch, in compliance-page order."""
        return [name for name, words in COMPLIANCE_TOPICS.items() if any(word in self.text for word in words)]

    @property
    def linked(self) -> set[str]:
        """The compliance sections its notes link to."""
        return set(COMPLIANCE_LINK.findall(self.notes))


@dataclass
class _Splitter:
    """Collects lines into the current passage, routing editor's notes apart from the text."""

    passages: list[Passage] = field(default_factory=list)
    note_indent: int | None = None

    def start(self, passage: Passage) -> None:
        self.passages.append(passage)
        self.note_indent = None

    def add(self, line: str) -> None:
        if not self.passages:
            return
        current = self.passages[-1]
        note = EDITOR_NOTE.match(line)
        if note:
            self.note_indent = len(note.group("indent"))
        elif self.note_indent is not None and line.strip() and _indent(line) <= self.note_indent:
            self.note_indent = None
        if self.note_indent is not None:
            current.notes += line + "\n"
        else:
            current.text += line + "\n"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _outside_fences(markdown: str) -> list[tuple[int, str]]:
    """(line number, line) for every line outside fenced code blocks."""
    lines, in_fence = [], False
    for number, line in enumerate(markdown.splitlines(), start=1):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if not in_fence:
            lines.append((number, line))
    return lines


def topic_passages(markdown: str, page: str) -> list[Passage]:
    """The `##` and `###` blocks of a topic page (the text before the first heading counts too)."""
    splitter = _Splitter()
    splitter.start(Passage(f"{page}:1 （页首）"))
    for number, line in _outside_fences(markdown):
        heading = HEADING.match(line)
        if heading:
            splitter.start(Passage(f"{page}:{number} “{heading.group(2)}”"))
        splitter.add(line)
    return splitter.passages


def glossary_passages(markdown: str, page: str) -> list[Passage]:
    """Each glossary entry (term line + definition); its whole text counts as its notes too."""
    entries: list[Passage] = []
    current: Passage | None = None
    for number, line in _outside_fences(markdown):
        term = GLOSSARY_TERM.match(line)
        if term:
            current = Passage(f"{page}:{number} “{term.group('term').strip('*')}”")
            entries.append(current)
        elif current is not None and (HEADING.match(line) or line.startswith("!!!")):
            current = None
        if current is not None:
            current.text += line + "\n"
            current.notes += line + "\n"
    return entries


def source_passages(markdown: str, page: str) -> list[Passage]:
    """Each numbered paragraph of a source page, with the editor's notes that follow it."""
    splitter = _Splitter()
    in_paragraphs = False
    for number, line in _outside_fences(markdown):
        label = SOURCE_PARAGRAPH.match(line)
        if label:
            splitter.start(Passage(f"{page}:{number} ¶{label.group(1)}", number=int(label.group(1))))
            in_paragraphs = True
        elif HEADING.match(line):
            in_paragraphs = False
        if in_paragraphs:
            splitter.add(line)
    return splitter.passages


def passage_problems(passages: list[Passage]) -> list[str]:
    """Passages that touch a practice without linking its compliance section."""
    problems = []
    for passage in passages:
        for category in passage.categories:
            if category not in passage.linked:
                words = "、".join(word for word in COMPLIANCE_TOPICS[category] if word in passage.text)
                problems.append(f"{passage.where}: 讲到“{words}”，但没有编者注链接到 compliance.md#{category}")
    return problems


def page_banner(markdown: str) -> str | None:
    """The text of the page-level editor's note (`!!! editor kb-page-note "…"`), if any."""
    lines = markdown.splitlines()
    for index, line in enumerate(lines):
        if EDITOR_NOTE.match(line) and BANNER_CLASS in line.split('"')[0]:
            body = [line]
            for following in lines[index + 1 :]:
                if following.strip() and not following.startswith((" ", "\t")):
                    break
                body.append(following)
            return "\n".join(body)
    return None


def listed_paragraphs(banner: str) -> set[int]:
    """Every paragraph number a banner names, ranges (¶25–¶27) expanded."""
    numbers: set[int] = set()
    for match in PARAGRAPH_RANGE.finditer(banner):
        first = int(match.group(1))
        numbers.update(range(first, int(match.group(2) or first) + 1))
    return numbers


def banner_problems(markdown: str, page: str) -> list[str]:
    """A source page's banner: present, lists every sensitive paragraph, links compliance and topics."""
    banner = page_banner(markdown)
    if banner is None:
        return [f'{page}: 没有页首的编者注（!!! editor {BANNER_CLASS} "…"），列出涉及合规的段落']
    problems = []
    sensitive = [p.number for p in source_passages(markdown, page) if p.categories and p.number is not None]
    missing = [number for number in sensitive if number not in listed_paragraphs(banner)]
    if missing:
        problems.append(f"{page}: 页首编者注没有列出这些涉及合规的段落：¶{'、¶'.join(map(str, missing))}")
    if "../topics/compliance.md" not in banner:
        problems.append(f"{page}: 页首编者注没有链接合规提醒页（../topics/compliance.md）")
    if not re.search(r"\.\./topics/(?!compliance\.md)[a-z-]+\.md", banner):
        problems.append(f"{page}: 页首编者注没有链接讲这些段落的专题页")
    return problems
