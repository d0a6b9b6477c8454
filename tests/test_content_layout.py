"""Built pages stay readable on a phone: short table cells, short editor's notes, short glossary lines.

The limits are the ones CONTRIBUTING.md documents: a table cell holds at most 60 characters;
an editor's note says one thing in at most 120 (a page-level note, marked ``kb-page-note``,
may be longer, but each of its paragraphs or list items stays within 150); each labelled line
of the glossary (a paragraph or list item of a definition) stays within 100.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

CELL_LIMIT = 60
NOTE_LIMIT = 120
PAGE_NOTE_ITEM_LIMIT = 150
GLOSSARY_LINE_LIMIT = 100
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Node:
    """An element of a built page: tag, classes and children (text children are str)."""

    tag: str
    classes: set[str] = field(default_factory=set)
    children: list[Node | str] = field(default_factory=list)

    def text(self, skip: set[str] = frozenset()) -> str:
        """Visible text with whitespace collapsed, leaving out children with any class in ``skip``."""
        parts = [
            c if isinstance(c, str) else c.text(skip)
            for c in self.children
            if isinstance(c, str) or not (c.classes & skip)
        ]
        return re.sub(r"\s+", " ", "".join(parts)).strip()

    def find(self, match) -> list[Node]:
        """Every descendant element for which ``match(node)`` is true, in document order."""
        found = []
        for child in self.children:
            if isinstance(child, Node):
                if match(child):
                    found.append(child)
                found += child.find(match)
        return found


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("root")
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, set((dict(attrs).get("class") or "").split()))
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(html: str) -> Node:
    """The element tree of a built page (the article only, so navigation is left out)."""
    builder = _TreeBuilder()
    builder.feed(html)
    articles = builder.root.find(lambda node: node.tag == "article")
    return articles[0] if articles else builder.root


def built_pages(site: Path) -> list[Path]:
    return sorted(path for path in site.rglob("*.html") if path.name == "index.html" and "assets" not in path.parts)


def _page(site: Path, path: Path) -> str:
    return path.parent.relative_to(site).as_posix() + "/"


def long_cells(article: Node) -> list[str]:
    """Table cells whose text is longer than the cell limit."""
    cells = article.find(lambda node: node.tag in ("td", "th"))
    return [cell.text() for cell in cells if len(cell.text()) > CELL_LIMIT]


def long_notes(article: Node) -> list[str]:
    """Editor's notes over their limit, or page-level notes with an over-long paragraph or item."""
    problems = []
    for note in article.find(lambda node: {"admonition", "editor"} <= node.classes):
        if "kb-page-note" in note.classes:
            items = note.find(lambda node: node.tag in ("p", "li") and "admonition-title" not in node.classes)
            problems += [item.text() for item in items if len(item.text()) > PAGE_NOTE_ITEM_LIMIT]
        elif len(note.text(skip={"admonition-title"})) > NOTE_LIMIT:
            problems.append(note.text(skip={"admonition-title"}))
    return problems


def long_glossary_lines(article: Node) -> list[str]:
    """Paragraphs and list items of glossary definitions (outside notes) over the line limit."""
    lines = []
    for definition in article.find(lambda node: node.tag == "dd"):
        if any(isinstance(child, str) and child.strip() for child in definition.children):
            lines.append(definition.text())  # a definition written as one run of text is one line
            continue
        for child in definition.children:
            if isinstance(child, Node) and child.tag == "p":
                lines.append(child.text())
            elif isinstance(child, Node) and child.tag == "ul":
                lines += [item.text() for item in child.find(lambda node: node.tag == "li")]
    return [line for line in lines if len(line) > GLOSSARY_LINE_LIMIT]


def test_no_table_cell_on_any_built_page_is_longer_than_60_characters(built_site):
    found = {
        _page(built_site, path): long_cells(parse(path.read_text(encoding="utf-8"))) for path in built_pages(built_site)
    }
    assert {page: cells for page, cells in found.items() if cells} == {}


def test_every_editors_note_on_every_built_page_is_short(built_site):
    found = {
        _page(built_site, path): long_notes(parse(path.read_text(encoding="utf-8"))) for path in built_pages(built_site)
    }
    assert {page: notes for page, notes in found.items() if notes} == {}


def test_every_glossary_line_is_at_most_100_characters(built_site):
    article = parse((built_site / "topics" / "glossary" / "index.html").read_text(encoding="utf-8"))
    assert len(article.find(lambda node: node.tag == "dd")) > 80
    assert long_glossary_lines(article) == []


def test_the_measures_catch_a_long_cell_a_long_note_and_a_long_glossary_line():
    long = "很长的一句话" * 30
    article = parse(
        f"<article><table><tr><td>{long}</td><td>短</td></tr></table>"
        f'<div class="admonition editor"><p class="admonition-title">编者注</p><p>{long}</p></div>'
        f"<dl><dt>词</dt><dd><p>{long}</p><ul><li>短</li></ul></dd><dt>词</dt><dd>{long}</dd></dl></article>"
    )
    assert long_cells(article) == [long]
    assert long_notes(article) == [long]
    assert long_glossary_lines(article) == [long, long]
