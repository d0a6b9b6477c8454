"""Which sources a passage speaks for: the sources it links, and those of the topic sections it links.

A topic section's sources are the source pages its ``出处`` line cites. A page that does not
cite sources itself (新人常问, the home page) points at topic sections instead; what it says
there is attributed to the sources of the sections it links.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

from kb.content.citations import topic_sections
from kb.content.sections import page_sections

LINK_TARGET = re.compile(r"\]\((?P<target>[^)\s]+)\)")
SOURCE_FILE = re.compile(r"(?:^|/)sources/(\d{3})-[^/#]*\.md$")


@dataclass
class SectionSources:
    """Topic section address (``topics/x.md#id``) → the source numbers its ``出处`` line cites."""

    by_section: dict[str, frozenset[str]] = field(default_factory=dict)

    def of_page(self, page: str) -> frozenset[str]:
        """Every source a whole topic page cites (a link to the page without a section id)."""
        found: set[str] = set()
        for address, sources in self.by_section.items():
            if address.split("#", 1)[0] == page:
                found |= sources
        return frozenset(found)


def page_section_sources(markdown: str, page: str) -> dict[str, frozenset[str]]:
    """Every heading id of a topic page → the sources its `##` section cites (a `###` takes its parent's)."""
    cited = [
        (section.line, frozenset(ref.source_file[:3] for ref in section.refs))
        for section in topic_sections(markdown, page)
    ]
    table: dict[str, frozenset[str]] = {}
    for anchor, heading in page_sections(markdown, page)[1].items():
        enclosing = [sources for line, sources in cited if line <= heading.line]
        if enclosing:
            table[f"{page}#{anchor}"] = enclosing[-1]
    return table


def load_section_sources(topics_dir: Path) -> SectionSources:
    """The sources every section of every topic page cites."""
    table = SectionSources()
    for path in sorted(topics_dir.glob("*.md")):
        table.by_section.update(page_section_sources(path.read_text(encoding="utf-8"), f"topics/{path.name}"))
    return table


def resolve_link(target: str, page: str) -> str | None:
    """A relative link on ``page`` as a docs path with its fragment (``topics/x.md#id``); None if external."""
    if target.startswith(("http:", "https:", "mailto:", "#")):
        return None
    path, _, fragment = target.partition("#")
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    return f"{resolved}#{fragment}" if fragment else resolved


def linked_addresses(text: str, page: str) -> list[str]:
    """Every page-internal link of ``text`` (written on ``page``), resolved to docs paths."""
    resolved = (resolve_link(match["target"], page) for match in LINK_TARGET.finditer(text))
    return [address for address in resolved if address]


def linked_sources(text: str, page: str, sections: SectionSources | None) -> frozenset[str]:
    """The sources ``text`` links directly, plus (given ``sections``) those of the topic sections it links."""
    found: set[str] = set()
    for address in linked_addresses(text, page):
        path = address.split("#", 1)[0]
        source = SOURCE_FILE.search(path)
        if source:
            found.add(source.group(1))
        elif sections is not None and "#" in address:
            found |= sections.by_section.get(address, frozenset())
        elif sections is not None:
            found |= sections.of_page(path)
    return frozenset(found)
