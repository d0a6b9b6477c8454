"""Reads the citation conventions of CONTRIBUTING.md: numbered source paragraphs and `出处` lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

PARAGRAPH_ANCHOR = re.compile(r"^\{:\s*#p(\d+)\s+\.kb-para\s*\}\s*$")
PARAGRAPH_LABEL = re.compile(r"^\*\*¶(\d+)\*\*")
UNUSED_ENTRY = re.compile(r"^-\s*\[¶(\d+)\]\(#p(\d+)\)\s*[：:]\s*(.*\S)?\s*$")
SECTION_HEADING = re.compile(r"^##\s+(.*?)\s*(?:\{[^}]*#([A-Za-z0-9_-]+)[^}]*\})?\s*$")
UNUSED_SECTION = "unused"
CITE_CLASS = re.compile(r"^\{:\s*\.kb-cite\s*\}\s*$")
CITE_LINK = re.compile(
    r"\[(?P<label>(?P<source>\d{3})\s*¶(?P<first>\d+)(?:\s*[–-]\s*¶?(?P<last>\d+))?)\]"
    r"\((?P<href>[^)\s]*sources/(?P<file>(?P<file_source>\d{3})[^)#\s]*\.md)#p(?P<anchor>\d+))\)"
)


@dataclass(frozen=True)
class ParagraphRef:
    """A citation of one paragraph or a range: ``[001 ¶12–¶15](../sources/001-….md#p12)``."""

    source_file: str
    first: int
    last: int
    label: str
    anchor: int
    label_source: str
    file_source: str

    @property
    def paragraphs(self) -> range:
        """The cited paragraph numbers, first to last inclusive."""
        return range(self.first, self.last + 1)

    def problems(self) -> list[str]:
        """What is inconsistent within the link itself (label vs. target)."""
        found = []
        if self.anchor != self.first:
            found.append(f"“{self.label}”链接到 #p{self.anchor}，应链接到起始段 #p{self.first}")
        if self.label_source != self.file_source:
            found.append(f"“{self.label}”写的编号是 {self.label_source}，链接却指向 {self.source_file}")
        if self.last < self.first:
            found.append(f"“{self.label}”的区间倒过来了")
        return found


@dataclass
class TopicSection:
    """A `##` section of a topic page with the paragraphs its `出处` line cites."""

    page: str
    title: str
    anchor: str | None
    line: int
    refs: list[ParagraphRef] = field(default_factory=list)
    has_cite_line: bool = False


@dataclass
class SourcePage:
    """A source page: its numbered paragraphs and the ones listed as intentionally unused."""

    file: str
    paragraphs: list[int] = field(default_factory=list)
    labels: dict[int, int] = field(default_factory=dict)
    unused: dict[int, str] = field(default_factory=dict)


def parse_source_page(markdown: str, file: str) -> SourcePage:
    """Paragraph numbers (from the `{: #pN .kb-para }` lines) and the unused list."""
    page = SourcePage(file=file)
    previous_label: int | None = None
    section: str | None = None
    for line in markdown.splitlines():
        heading = SECTION_HEADING.match(line)
        if heading:
            section = heading.group(2)
        label = PARAGRAPH_LABEL.match(line)
        if label:
            previous_label = int(label.group(1))
        anchor = PARAGRAPH_ANCHOR.match(line.strip())
        if anchor:
            number = int(anchor.group(1))
            page.paragraphs.append(number)
            page.labels[number] = previous_label if previous_label is not None else -1
            previous_label = None
        unused = UNUSED_ENTRY.match(line.strip()) if section == UNUSED_SECTION else None
        if unused and unused.group(1) == unused.group(2):
            page.unused[int(unused.group(1))] = (unused.group(3) or "").strip()
    return page


def _cite_line_refs(lines: list[str], start: int) -> tuple[bool, list[ParagraphRef]]:
    """The first paragraph after a heading, if it is a `{: .kb-cite }` paragraph."""
    index = start
    while index < len(lines) and not lines[index].strip():
        index += 1
    paragraph = []
    while index < len(lines) and lines[index].strip():
        paragraph.append(lines[index])
        index += 1
    if not paragraph or not CITE_CLASS.match(paragraph[-1].strip()):
        return False, []
    text = " ".join(paragraph[:-1])
    refs = [
        ParagraphRef(
            source_file=match.group("file"),
            first=int(match.group("first")),
            last=int(match.group("last") or match.group("first")),
            label=match.group("label"),
            anchor=int(match.group("anchor")),
            label_source=match.group("source"),
            file_source=match.group("file_source"),
        )
        for match in CITE_LINK.finditer(text)
    ]
    return True, refs


def topic_sections(markdown: str, page: str) -> list[TopicSection]:
    """Every `##` section of a topic page (outside code fences) with its citation line."""
    lines = markdown.splitlines()
    sections = []
    in_fence = False
    for number, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        if in_fence:
            continue
        heading = SECTION_HEADING.match(line)
        if heading and not line.startswith("###"):
            has_line, refs = _cite_line_refs(lines, number + 1)
            sections.append(TopicSection(page, heading.group(1), heading.group(2), number + 1, refs, has_line))
    return sections


def load_source_pages(sources_dir: Path) -> dict[str, SourcePage]:
    """Every numbered source page (``NNN-*.md``) by file name."""
    return {
        path.name: parse_source_page(path.read_text(encoding="utf-8"), path.name)
        for path in sorted(sources_dir.glob("[0-9][0-9][0-9]-*.md"))
    }


def load_topic_sections(topics_dir: Path) -> list[TopicSection]:
    """Every `##` section of every topic page."""
    sections = []
    for path in sorted(topics_dir.glob("*.md")):
        sections += topic_sections(path.read_text(encoding="utf-8"), f"topics/{path.name}")
    return sections
