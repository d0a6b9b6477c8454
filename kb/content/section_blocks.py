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


def _ends_section(line: str) -> bool:
    """A ``#`` or ``##`` heading, with or without an id: the section before it ends here."""
    match = HEADING.match(line)
    return match is not None and len(match.group(1)) <= SECTION_LEVEL


def insert_after_sections(markdown: str, blocks: Mapping[str, str], *, at_end: bool = False) -> str:
    """``markdown`` with ``blocks[id]`` after the citation line of section ``id`` (or before the next section).

    ``at_end``: after the section's last paragraph instead, where a reader finishes it.
    """
    output: list[str] = []
    pending: str | None = None
    in_fence = False

    def flush() -> None:
        nonlocal pending
        if pending is not None:
            while output and not output[-1].strip():
                output.pop()
            output.extend(["", pending, ""])
        pending = None

    for line in markdown.splitlines():
        if FENCE.match(line):
            in_fence = not in_fence
        section = None if in_fence else _section_id(line)
        if section is not None or (not in_fence and pending is not None and _ends_section(line)):
            flush()
        output.append(line)
        if section is not None and section in blocks:
            pending = blocks[section]
        elif pending is not None and not at_end and not in_fence and CITE_CLASS.match(line.strip()):
            flush()
    if pending is not None:
        while output and not output[-1].strip():
            output.pop()
        output.extend(["", pending])  # the last section: nothing follows, so no blank line after it
    return "\n".join(output) + ("\n" if markdown.endswith("\n") else "")
