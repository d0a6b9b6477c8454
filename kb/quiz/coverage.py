"""Which topic sections the quiz items cover, and which source paragraphs they trace back to."""

from __future__ import annotations

from dataclasses import dataclass, field

from kb.content.citations import TopicSection
from kb.content.sections import DocsIndex, Section
from kb.quiz.model import Bank, Item

TOPIC_PREFIX = "topics/"
REFERENCE_PAGES = {"topics/glossary.md": "术语表只是索引：每个术语都链接到讲它的专题小节，题目考那些小节。"}
"""Topic-folder pages whose sections need no items of their own, with the reason."""


@dataclass
class SectionCoverage:
    """A `##` section of a topic page and the items that cite it (or one of its subsections)."""

    section: Section
    items: list[Item] = field(default_factory=list)


def _parent_sections(docs: DocsIndex, page: str) -> list[Section]:
    return sorted((s for s in docs.pages.get(page, {}).values() if s.level == 2), key=lambda s: s.line)


def _owning_section(docs: DocsIndex, item: Item) -> Section | None:
    """The `##` section an item counts for: the cited one, or the `##` above a cited `###`."""
    cited = docs.section(item.citation)
    if cited is None or cited.level == 2:
        return cited
    above = [s for s in _parent_sections(docs, cited.page) if s.line < cited.line]
    return above[-1] if above else None


def section_coverage(banks: list[Bank], docs: DocsIndex) -> list[SectionCoverage]:
    """Every `##` section of every topic page (reference pages excepted), with its items."""
    coverage = {
        (section.page, section.anchor): SectionCoverage(section)
        for page in sorted(docs.pages)
        if page.startswith(TOPIC_PREFIX) and page not in REFERENCE_PAGES
        for section in _parent_sections(docs, page)
    }
    for bank in banks:
        for item in bank.items:
            owner = _owning_section(docs, item)
            if owner is not None and (owner.page, owner.anchor) in coverage:
                coverage[(owner.page, owner.anchor)].items.append(item)
    return list(coverage.values())


def uncovered_sections(coverage: list[SectionCoverage]) -> list[Section]:
    """Sections no item cites: the gaps a trainer should fill."""
    return [entry.section for entry in coverage if not entry.items]


def source_trace(coverage: list[SectionCoverage], topic_sections: list[TopicSection]) -> dict[str, int]:
    """Per source page: how many items trace back to it through the sections they cite."""
    sources_of = {(s.page, s.anchor): {ref.source_file for ref in s.refs} for s in topic_sections}
    counts: dict[str, set[str]] = {}
    for entry in coverage:
        for source in sources_of.get((entry.section.page, entry.section.anchor), set()):
            counts.setdefault(source, set()).update(item.id for item in entry.items)
    return {source: len(items) for source, items in sorted(counts.items())}
