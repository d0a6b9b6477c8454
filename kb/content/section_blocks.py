"""Puts a block (a rendered link, say) under a docs section: after its citation line, or right after its heading.

The 本节自测 links of the banks and the 情景演练 links of the scenarios both go in this way.
Headings are read as ``sections.py`` reads them (fenced code is skipped); only ``##`` sections
with an explicit id take a block.
"""

from __future__ import annotations

from collections.abc import Mapping

from kb.content.citations import CITE_CLASS
from kb.content.sections import ATTR_ID, FENCE, HEADING

SECTION_LEVEL = 2
"""Blocks go under ``##`` sections, the level items and choices cite."""


def _section_id(line: str) -> str | None:
    """The explicit id of a ``##`` heading, or None for any other line."""
    match = HEADING.match(line)
    if not match or len(match.group(1)) != SECTION_LEVEL:
        return None
    anchor = ATTR_ID.search(match.group(3) or "")
    return anchor.group(1) if anchor else None


def insert_after_sections(markdown: str, blocks: Mapping[str, str]) -> str:
    """``markdown`` with ``blocks[id]`` after the citation line of section ``id`` (or before the next section)."""
    output: list[str] = []
    pending: str | None = None
    in_fence = False

    def flush() -> None:
        nonlocal pending
        if pending is not None:
            output.extend(["", pending, ""])
        pending = None

    for line in markdown.splitlines():
        if FENCE.match(line):
            in_fence = not in_fence
        section = None if in_fence else _section_id(line)
        if section is not None:
            flush()
        output.append(line)
        if section is not None and section in blocks:
            pending = blocks[section]
        elif pending is not None and not in_fence and CITE_CLASS.match(line.strip()):
            flush()
    if pending is not None:
        output.extend(["", pending])  # the last section: nothing follows, so no blank line after it
    return "\n".join(output) + ("\n" if markdown.endswith("\n") else "")
