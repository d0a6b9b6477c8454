"""Checks that each 新人常问 answer links the section that teaches it, and the disagreements entry on its topic.

An *answer* is everything under a ``### 问题？ {#id}`` heading. A *disagreements entry* is a
``##`` section of ``topics/disagreements.md`` that sets the sources side by side (it holds a
``grid cards`` block). A topic section is *on* an entry when the two cite a paragraph in common;
an answer linking such a section must link that entry too, so a new hire learns that the
sources disagree there. The compliance page is left out: it gathers the practices of every
source, and what it says is the editor's reminder, not a view the sources disagree on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kb.content.attribution import linked_addresses
from kb.content.citations import TopicSection
from kb.content.sections import DocsIndex

FAQ_PAGE = "faq.md"
DISAGREEMENTS_PAGE = "topics/disagreements.md"
QUESTION = re.compile(r"^### (?P<question>.+?) \{#(?P<id>[a-z0-9-]+)\}\s*$")
CARDS = '<div class="grid cards"'
NOT_ON_A_DISAGREEMENT = frozenset({DISAGREEMENTS_PAGE, "topics/compliance.md"})


@dataclass
class Answer:
    """One question of 新人常问 with the text under it and the page-internal links in that text."""

    question: str
    anchor: str
    line: int
    text: str = ""
    links: list[str] = field(default_factory=list)
    """Resolved addresses: ``topics/x.md#id`` or ``topics/x.md``."""

    @property
    def where(self) -> str:
        """``faq.md:LINE “question”``, for messages."""
        return f"{FAQ_PAGE}:{self.line} “{self.question}”"


def faq_answers(markdown: str) -> list[Answer]:
    """Each ``###`` question with its answer text and links, in page order."""
    answers: list[Answer] = []
    for number, line in enumerate(markdown.splitlines(), start=1):
        question = QUESTION.match(line)
        if question:
            answers.append(Answer(question["question"], question["id"], number))
        elif line.startswith("#"):
            continue
        elif answers:
            answers[-1].text += line + "\n"
    for answer in answers:
        answer.links = linked_addresses(answer.text, FAQ_PAGE)
    return answers


def disagreement_entries(markdown: str, sections: list[TopicSection]) -> dict[str, set[tuple[str, int]]]:
    """Entry id → the (source file, paragraph) pairs it cites, for the sections of the page with cards."""
    entries: dict[str, set[tuple[str, int]]] = {}
    lines = markdown.splitlines()
    headings = [section for section in sections if section.page == DISAGREEMENTS_PAGE and section.anchor]
    for index, section in enumerate(headings):
        end = headings[index + 1].line - 1 if index + 1 < len(headings) else len(lines)
        if any(line.startswith(CARDS) for line in lines[section.line : end]) and section.anchor:
            entries[section.anchor] = _cited(section)
    return entries


def _cited(section: TopicSection) -> set[tuple[str, int]]:
    return {(ref.source_file, number) for ref in section.refs for number in ref.paragraphs}


def _section_of(address: str, index: DocsIndex, sections: list[TopicSection]) -> TopicSection | None:
    """The `##` topic section an address falls in (a `###` id belongs to the `##` above it)."""
    page, _, anchor = address.partition("#")
    heading = index.pages.get(page, {}).get(anchor)
    if heading is None:
        return None
    above = [s for s in sections if s.page == page and s.line <= heading.line]
    return above[-1] if above else None


def answer_problems(
    answers: list[Answer], index: DocsIndex, sections: list[TopicSection], entries: dict[str, set[tuple[str, int]]]
) -> list[str]:
    """Answers that link no existing section, or that skip the disagreements entry on their topic."""
    problems = []
    for answer in answers:
        section_links = [link for link in answer.links if "#" in link]
        missing = [link for link in section_links if not _exists(link, index)]
        problems += [f"{answer.where}: 链接的小节 {link} 不存在" for link in missing]
        if not [link for link in section_links if link not in missing]:
            problems.append(f"{answer.where}: 回答没有链接任何讲它的小节（page.md#id）")
        linked_entries = {link.partition("#")[2] for link in answer.links if link.startswith(DISAGREEMENTS_PAGE + "#")}
        for link in section_links:
            section = _section_of(link, index, sections)
            if section is None or section.page in NOT_ON_A_DISAGREEMENT:
                continue
            disputed = sorted(entry for entry, cited in entries.items() if cited & _cited(section))
            if disputed and not linked_entries & set(disputed):
                names = "、".join(f"{DISAGREEMENTS_PAGE}#{entry}" for entry in disputed)
                problems.append(
                    f"{answer.where}: 链接的 {link} 在分歧页上有对照（{names}），回答要说明资料看法不同并链接它"
                )
    return problems


def _exists(address: str, index: DocsIndex) -> bool:
    page, _, anchor = address.partition("#")
    return anchor in index.pages.get(page, {})
