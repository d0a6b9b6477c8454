"""Turns a trainer's text field (a little Markdown) into HTML that cannot carry script.

Every trainer-written string that may hold Markdown goes through ``render_text``: Markdown with
raw HTML, images and reference links switched off, then the nh3 allow-list sanitiser. Whatever
the input, the result holds only ``ALLOWED_TAGS``, and only ``a`` has attributes (``href`` with
an http(s)/mailto or docs-page URL, and ``rel``). Rendering is bounded in time (no pattern scans
ahead from every character) and isolated per call: a failure raises ``TextRenderError`` and the
next call gets a fresh converter.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from functools import lru_cache

import markdown
import nh3
from markdown.inlinepatterns import InlineProcessor
from markupsafe import Markup

ALLOWED_TAGS = {"p", "strong", "em", "code", "a", "br", "ul", "ol", "li"}
ALLOWED_ATTRIBUTES = {"a": {"href", "rel"}}
"""The only attributes the sanitiser lets through (``rel="noopener"`` is added by nh3)."""
ALLOWED_SCHEMES = {"http", "https", "mailto"}
DOCS_PATH = re.compile(r"^(?!(?i:[a-z][a-z0-9+.-]*):)(?!//)[^#?]+\.md(?:#.*)?$")
"""A link to a docs page, well formed or not: what the bank check resolves against the docs."""
DOCS_LINK = re.compile(r"^(?!(?i:[a-z][a-z0-9+.-]*):)(?!//)(?P<page>[^#?]+\.md)(?P<anchor>#[A-Za-z0-9_-]+)?$")
ABSOLUTE_URL = re.compile(r"^(?:https?://[^/\s]|mailto:[^\s])", re.IGNORECASE)
MAX_NESTING = 8
"""Most list or quote markers one line may open (``- - - x`` is 3); Python-Markdown recurses per level."""

LinkResolver = Callable[[str], str]
"""Maps a docs path such as ``topics/chatting.md#venue`` to an href usable on the quiz page."""


class TextRenderError(ValueError):
    """A text field Markdown cannot render; the message says what to change, in Chinese."""


INLINE_LINK = r"\[(?P<text>[^\[\]\n]{1,500})\]\((?P<href>(?:[^()\s\[\]<>]|\([^()\s\[\]<>]*\)){1,1000})\)"
"""``[text](href)``: link text without brackets; href without spaces or brackets, parentheses one deep."""


class _InlineLinkProcessor(InlineProcessor):
    """Inline links found by one regular expression.

    Python-Markdown's own link pattern scans ahead for the closing bracket from every ``[``, so a
    text of 3,000 ``[`` takes seconds; this pattern is linear and needs nothing quiz text lacks.
    """

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[etree.Element, int, int]:  # type: ignore[override]  # noqa: N802
        """An ``a`` element for the matched link; its text is processed for emphasis later."""
        element = etree.Element("a")
        element.text = m.group("text")
        element.set("href", self.unescape(m.group("href")))
        return element, m.start(0), m.end(0)


def _markdown_without_raw_html() -> markdown.Markdown:
    """Python-Markdown with raw HTML, images and reference links off; `<script>` stays text."""
    converter = markdown.Markdown(extensions=[], output_format="html")
    converter.preprocessors.deregister("html_block")
    converter.parser.blockprocessors.deregister("reference")  # `[x]: url` stays visible text
    for name in ("html", "link", "reference", "short_reference", "image_link", "image_reference", "short_image_ref"):
        converter.inlinePatterns.deregister(name)
    converter.inlinePatterns.register(_InlineLinkProcessor(INLINE_LINK, converter), "link", 160)
    return converter


_converter: markdown.Markdown | None = None
"""A converter known to be in a clean state, or None after a failure (the next call builds one)."""

PLAIN_TEXT = re.compile(
    r"^(?![-+*>#=]|\d+[.)])[^\s*_`\[\]<>&\\!#|~=:\x00-\x1f\x7f-\x9f\u2028\u2029](?:[^\n\r\t*_`\[\]<>&\\!|~:\x00-\x1f\x7f-\x9f\u2028\u2029]*[^\s*_`\[\]<>&\\!|~:\x00-\x1f\x7f-\x9f\u2028\u2029])?\Z"
)
"""Text with nothing Markdown or HTML would act on: most quiz text. It skips the converter."""
_NESTED_MARKERS = re.compile(r"^(?:[ \t]*(?:[-+*>]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*)+", re.MULTILINE)
_MARKER = re.compile(r"[-+*>]|\d{1,9}[.)]")


def nesting_problem(text: str) -> str | None:
    """Why ``text`` nests lists or quotes too deeply to render, or None when it does not."""
    for number, line in enumerate(text.splitlines(), start=1):
        markers = _NESTED_MARKERS.match(line)
        depth = len(_MARKER.findall(markers.group(0))) if markers else 0
        if depth > MAX_NESTING:
            return (
                f"列表或引用嵌套太深（这段文字的第 {number} 行有 {depth} 层，最多 {MAX_NESTING} 层）。"
                "如果“-”“*”“>”或“1.”不是列表符号，请在它前面加反斜杠“\\”。"
            )
    return None


CONVERTED_KEPT = 20_000
"""How many converted texts are kept: the check converts every text once and rendering needs each again."""


@lru_cache(maxsize=CONVERTED_KEPT)
def _markdown(text: str) -> str:
    """``text`` converted by a clean converter; any failure becomes ``TextRenderError``.

    Conversion depends on the text alone, so a text's HTML is kept (a failure is not kept: it raises
    again). The bank check converts each text to find its links; the page then uses the same HTML.
    """
    global _converter
    problem = nesting_problem(text)
    if problem:
        raise TextRenderError(problem)
    converter, _converter = _converter or _markdown_without_raw_html(), None
    try:
        converted = converter.reset().convert(text)
    except (RecursionError, MemoryError) as error:
        raise TextRenderError("这段文字的 Markdown 结构太复杂，无法显示。请去掉多层嵌套的列表、引用或括号。") from error
    except Exception as error:  # noqa: BLE001 - Python-Markdown documents no exceptions; none may escape
        raise TextRenderError(f"这段文字的 Markdown 无法显示（{type(error).__name__}）。请简化它的格式。") from error
    _converter = converter  # only a converter that finished cleanly is reused
    return converted


def _safe_href(href: str, resolve_link: LinkResolver) -> str | None:
    """A docs link resolved for the page, an absolute http(s)/mailto URL as it is, else nothing.

    Relative and protocol-relative URLs (``x``, ``#``, ``//host/``) are dropped: quiz text links
    either to a docs page or to a full web address (the bank check reports every other link).
    """
    match = DOCS_LINK.match(href.strip())
    if match:
        return resolve_link(match.group("page") + (match.group("anchor") or ""))
    return href if ABSOLUTE_URL.match(href) else None


_HREF = re.compile(r'<a href="([^"]*)"')


def docs_links(text: str) -> list[str]:
    """The docs-page targets (``topics/x.md#id``) of the links in ``text``, as written.

    Any link whose address ends in ``.md`` (with or without ``#id``) counts, so a link the
    sanitiser would drop for a malformed anchor is still reported. Raises ``TextRenderError``.
    """
    if PLAIN_TEXT.match(text):
        return []
    hrefs = (html.unescape(href).strip() for href in _HREF.findall(_markdown(text)))
    return [href for href in hrefs if DOCS_PATH.match(href)]


def render_text(text: str, resolve_link: LinkResolver, *, inline: bool = False) -> Markup:
    """Safe HTML for a text field: Markdown without raw HTML, then an allow-list sanitiser.

    Links to docs pages (``topics/x.md#id``) are rewritten through ``resolve_link``; any other
    link keeps only an http(s)/mailto href, so ``javascript:`` never survives. Raises
    ``TextRenderError`` when the text cannot be rendered (the bank check reports it first).
    The result is ``Markup``: templates with autoescaping insert it as it is.
    """
    if PLAIN_TEXT.match(text) and "  " not in text:
        escaped = html.escape(text, quote=False)
        return Markup(escaped if inline else f"<p>{escaped}</p>")
    converted = _markdown(text)

    def filter_attribute(tag: str, attribute: str, value: str) -> str | None:
        if tag == "a" and attribute == "href":
            return _safe_href(value, resolve_link)
        return value

    clean: str = nh3.clean(
        converted,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href"}},
        attribute_filter=filter_attribute,
        url_schemes=ALLOWED_SCHEMES,
        link_rel="noopener",
    )
    if inline and clean.startswith("<p>") and clean.endswith("</p>") and clean.count("<p>") == 1:
        clean = clean[3:-4]
    return Markup(clean)  # noqa: S704 - sanitised above: the one place trainer text becomes markup
