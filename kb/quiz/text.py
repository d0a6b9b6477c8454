"""Turns a trainer's text field (a little Markdown) into HTML that cannot carry script."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import markdown
import nh3

ALLOWED_TAGS = {"p", "strong", "em", "code", "a", "br", "ul", "ol", "li"}
ALLOWED_SCHEMES = {"http", "https", "mailto"}
DOCS_LINK = re.compile(r"^(?![a-z][a-z0-9+.-]*:)(?P<page>[^#?]+\.md)(?P<anchor>#[A-Za-z0-9_-]+)?$")

LinkResolver = Callable[[str], str]
"""Maps a docs path such as ``topics/chatting.md#venue`` to an href usable on the quiz page."""


def _markdown_without_raw_html() -> markdown.Markdown:
    """Python-Markdown with raw HTML switched off: `<script>` stays text and gets escaped."""
    converter = markdown.Markdown(extensions=[], output_format="html")
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    # Quiz text has no images; `![x](…)` stays a plain link instead of an <img> to strip.
    converter.inlinePatterns.deregister("image_link")
    converter.inlinePatterns.deregister("image_reference")
    converter.inlinePatterns.deregister("short_image_ref")
    return converter


_CONVERTER = _markdown_without_raw_html()
PLAIN_TEXT = re.compile(
    r"^(?![-+*>#=]|\d+[.)])[^\s*_`\[\]<>&\\!#|~=:\x00-\x1f\x7f-\x9f\u2028\u2029](?:[^\n\r\t*_`\[\]<>&\\!|~:\x00-\x1f\x7f-\x9f\u2028\u2029]*[^\s*_`\[\]<>&\\!|~:\x00-\x1f\x7f-\x9f\u2028\u2029])?\Z"
)
"""Text with nothing Markdown or HTML would act on: most quiz text. It skips the converter."""


def render_text(text: str, resolve_link: LinkResolver, *, inline: bool = False) -> str:
    """Safe HTML for a text field: Markdown without raw HTML, then an allow-list sanitiser.

    Links to docs pages (``topics/x.md#id``) are rewritten through ``resolve_link``; any other
    link keeps only an http(s)/mailto href, so ``javascript:`` never survives.
    """
    if PLAIN_TEXT.match(text) and "  " not in text:
        escaped = html.escape(text, quote=False)
        return escaped if inline else f"<p>{escaped}</p>"
    _CONVERTER.reset()
    converted = _CONVERTER.convert(text)

    def filter_attribute(tag: str, attribute: str, value: str) -> str | None:
        if tag == "a" and attribute == "href":
            match = DOCS_LINK.match(value.strip())
            if match:
                return resolve_link(match.group("page") + (match.group("anchor") or ""))
        return value

    clean = nh3.clean(
        converted,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href"}},
        attribute_filter=filter_attribute,
        url_schemes=ALLOWED_SCHEMES,
        link_rel="noopener",
    )
    if inline and clean.startswith("<p>") and clean.endswith("</p>") and clean.count("<p>") == 1:
        clean = clean[3:-4]
    return clean
