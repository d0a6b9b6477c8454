"""Checks that what a page puts in quotation marks is what the sources say.

CONTRIBUTING.md ("引号里的话") defines the rule this module enforces:

- A *quotation* is text between double quotation marks (``"…"`` or ``“…”``) or a line of a
  blockquote (``> …``), outside code, link targets and ``{: …}`` attribute lines.
- Every quotation on a topic page is *attributed* to the sources its section cites: the
  sources linked from the section's ``出处`` line or anywhere in the section (for the text
  above the first ``##``, the ``本页依据`` line).
- On a page that points at topic sections instead of citing sources (新人常问, the home page),
  a quotation is attributed to the sources of the topic sections its ``##``/``###`` section links
  (see ``kb.content.attribution``); on a source page, to that source as well.
- An attributed quotation must appear in one of those source pages' numbered paragraphs (which
  already carry the listed transcript corrections), compared after dropping spaces, punctuation
  and symbols; ``……`` splits it into parts that must each appear. A paragraph that says
  ``转写稿`` (it is showing the raw transcript's error) may also quote the raw seed text.
  A quotation that was tidied instead carries the label ``（据原文整理）`` in the same
  paragraph, or in the paragraph that introduces its blockquote.
- Admonition titles (``!!! editor "编者注"``) are titles, not quotations.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kb.content.attribution import SectionSources, linked_sources
from kb.content.compliance import EDITOR_NOTE

TIDIED_LABEL = "（据原文整理）"
QUOTATION = re.compile(r'"([^"\n]+)"|“([^”\n]+)”')
ELLIPSIS = re.compile(r"…+|\.\.\.")
UNCLEAR_MARK = re.compile(r'<mark class="kb-unclear">存疑</mark>')
NOISE = (
    re.compile(r"\]\([^)]*\)"),  # link targets: keep the link text, drop the URL
    re.compile(r"\{:[^}]*\}"),  # attribute lists
    re.compile(r"`[^`]*`"),  # inline code
    re.compile(r"<[^>]+>"),  # HTML tags
)
MINIMUM_LENGTH = 2
"""Quotations shorter than this (after normalising) say too little to check: "不"."""


RAW_TRANSCRIPT = "转写稿"
"""A paragraph naming the raw transcript may quote it (with its errors) rather than the source page."""


@dataclass(frozen=True)
class Quotation:
    """A quoted text on a topic page, with the sources it is attributed to."""

    where: str
    text: str
    sources: frozenset[str]
    tidied: bool
    raw: bool = False
    """True when the paragraph quotes the raw transcript (it says 转写稿)."""


def normalise(text: str) -> str:
    """NFKC, then drop whitespace, punctuation and symbols: what "character for character" compares."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch)[0] not in "PS")


def source_text(markdown: str) -> str:
    """The numbered paragraphs of a source page, normalised (unclear marks removed)."""
    paragraphs = [line for line in markdown.splitlines() if line.startswith("**¶")]
    text = UNCLEAR_MARK.sub("", "".join(re.sub(r"^\*\*¶\d+\*\*", "", line) for line in paragraphs))
    return normalise(text)


def is_found(quotation: str, source: str) -> bool:
    """Every part of the quotation (split at ellipses) appears in the normalised source text."""
    parts = [normalise(part) for part in ELLIPSIS.split(quotation)]
    return all(part in source for part in parts if part)


def _blocks(lines: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """Paragraph-like blocks: runs of non-blank lines."""
    blocks: list[list[tuple[int, str]]] = [[]]
    for number, line in lines:
        if line.strip():
            blocks[-1].append((number, line))
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _clean(line: str) -> str:
    for pattern in NOISE:
        line = pattern.sub("]" if pattern.pattern.startswith(r"\]") else "", line)
    return line


@dataclass(frozen=True)
class Attribution:
    """How a page's sections are attributed to sources (see the module docstring)."""

    sections: SectionSources | None = None
    """Topic sections' sources, for pages whose sections link topic sections rather than sources."""
    own: frozenset[str] = frozenset()
    """Sources every section speaks for anyway: a source page's own number."""
    subsections: bool = False
    """Whether ``###`` headings start a section too (新人常问: one question each)."""
    notes_only: bool = False
    """Whether only editor's notes count (a source page: its own text is the source)."""


SKIPPED_LINES = ("{:", "出处：", "本页依据：", "去读：", "!!!", "???")
"""Lines whose text is not a quotation: attributes, citation lines, link lines, admonition titles."""


def _section_quotations(page: str, lines: list[tuple[int, str]], attribution: Attribution) -> list[Quotation]:
    """The quotations of one section, attributed to the sources the section links."""
    text_of_section = "\n".join(line for _, line in lines)
    sources = attribution.own | linked_sources(text_of_section, page, attribution.sections)
    found: list[Quotation] = []
    label_before = False
    for block in _blocks(lines):
        text = " ".join(line for _, line in block)
        is_quote_block = all(line.lstrip().startswith(">") for _, line in block)
        tidied = TIDIED_LABEL in text or (is_quote_block and label_before)
        raw = RAW_TRANSCRIPT in text
        for number, line in block:
            if line.lstrip().startswith(SKIPPED_LINES):
                continue
            cleaned = _clean(line)
            texts = [a or b for a, b in QUOTATION.findall(cleaned)]
            if is_quote_block and not texts:
                texts = [cleaned.lstrip().lstrip(">").strip()]
            for quoted in texts:
                if len(normalise(quoted)) >= MINIMUM_LENGTH:
                    found.append(Quotation(f"{page}:{number}", quoted, sources, tidied, raw))
        label_before = text.rstrip().endswith(TIDIED_LABEL + "：") or text.rstrip().endswith(TIDIED_LABEL + ":")
    return found


def page_quotations(markdown: str, page: str, attribution: Attribution | None = None) -> list[Quotation]:
    """Every quotation on a page, section by section (code fences skipped)."""
    attribution = attribution or Attribution()
    starts = ("## ", "### ") if attribution.subsections else ("## ",)
    sections: list[list[tuple[int, str]]] = [[]]
    in_fence = False
    for number, line in enumerate(markdown.splitlines(), start=1):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if line.startswith(starts):
            sections.append([])
        sections[-1].append((number, line))
    quotations = []
    for lines in sections:
        if attribution.notes_only:
            lines = _editor_notes(lines)
        quotations += _section_quotations(page, lines, attribution)
    return quotations


def _editor_notes(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Only the lines inside editor's notes (``!!! editor``), blank lines kept as separators."""
    kept: list[tuple[int, str]] = []
    indent: int | None = None
    for number, line in lines:
        note = EDITOR_NOTE.match(line)
        if note:
            indent = len(note.group("indent"))
        elif indent is not None and line.strip() and len(line) - len(line.lstrip()) <= indent:
            indent = None
        kept.append((number, line if indent is not None else ""))
    return kept


def quotation_problems(
    quotations: list[Quotation], sources: dict[str, str], seeds: dict[str, str] | None = None
) -> list[str]:
    """Attributed quotations that their sources do not contain and that carry no label.

    ``sources`` and ``seeds`` map a source number ("001") to its normalised text: the source
    page's paragraphs (see ``source_text``) and the raw transcript (``normalise(seed)``).
    """
    problems = []
    for quotation in quotations:
        if quotation.tidied:
            continue
        if not quotation.sources:
            problems.append(f"{quotation.where}: “{quotation.text}”所在的小节没有链接任何原文，无从核对")
            continue
        texts = [sources.get(number, "") for number in quotation.sources]
        if quotation.raw and seeds:
            texts += [seeds.get(number, "") for number in quotation.sources]
        if not any(is_found(quotation.text, text) for text in texts):
            cited = "、".join(sorted(quotation.sources))
            problems.append(
                f"{quotation.where}: “{quotation.text}”在所引原文（{cited}）里找不到；"
                f"照原文逐字引用，或在同一段加“{TIDIED_LABEL}”，或去掉引号"
            )
    return problems
