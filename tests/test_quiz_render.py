"""Rendering the model: the page a bank becomes, and nothing a trainer writes becomes markup."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from kb.content.sections import scan_docs
from kb.quiz.catalog import load_catalog
from kb.quiz.pages import generated_pages
from kb.quiz.render import answer_key, render_quiz_page
from kb.quiz.text import render_text
from tests.support.paths import FIXTURES

SITE_BANKS = FIXTURES / "site-banks"


@pytest.fixture(scope="module")
def docs():
    return scan_docs(FIXTURES / "docs")


def bank(docs, name: str):
    catalog = load_catalog([SITE_BANKS / name], docs)
    assert catalog.errors == []
    return catalog.banks[0]


class Elements(HTMLParser):
    """Collects every start tag with its attributes, and the text outside tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Elements:
    elements = Elements()
    elements.feed(html)
    return elements


def test_a_bank_renders_to_the_expected_page(docs):
    expected = (FIXTURES / "expected" / "basics.md").read_text(encoding="utf-8")
    assert render_quiz_page(bank(docs, "basics.yml"), docs) == expected


def test_the_answer_key_holds_only_ids_kinds_correct_keys_and_answer_sizes(docs):
    key = answer_key(bank(docs, "basics.yml"))
    assert key["items"] == {
        "basics-single": {"kind": "single", "correct": ["a"], "parts": 1},
        "basics-multiple": {"kind": "multiple", "correct": ["a", "b"], "parts": 3},
        "basics-true-false": {"kind": "true_false", "correct": ["false"], "parts": 1},
    }


def test_citation_links_point_at_the_cited_section_with_its_title(docs):
    elements = parse(render_quiz_page(bank(docs, "basics.yml"), docs))
    cites = [attrs["href"] for tag, attrs in elements.tags if tag == "a" and "data-kb-cite" in attrs]
    assert cites == ["../../topics/sample/#alpha", "../../topics/sample/#beta", "../../topics/sample/#alpha"]
    assert "回到原文：第一节：先讲资源" in "".join(elements.text)


def test_markdown_in_text_fields_becomes_bold_code_and_links():
    resolve = lambda target: "RESOLVED:" + target  # noqa: E731
    html = render_text("**加粗**、`代码` 和 [链接](topics/sample.md#alpha)", resolve, inline=True)
    assert (
        html
        == '<strong>加粗</strong>、<code>代码</code> 和 <a href="RESOLVED:topics/sample.md#alpha" rel="noopener">链接</a>'
    )


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        '"><svg onload=alert(1)>',
        '<a href="javascript:alert(1)">x</a>',
    ],
)
def test_html_in_text_fields_is_shown_as_text(text):
    html = render_text(text, lambda target: target, inline=True)
    assert parse(html).tags == []
    assert "".join(parse(html).text) == text


def test_javascript_links_lose_their_target():
    html = render_text("[点我](javascript:alert(1)) [再点](JaVaScRiPt:alert(2))", lambda target: target)
    hrefs = [attrs.get("href") for tag, attrs in parse(html).tags if tag == "a"]
    assert hrefs == [None, None]


def test_the_injection_bank_renders_no_script_handler_or_javascript_url(docs):
    catalog = load_catalog([SITE_BANKS / "xss.yml"], docs)
    assert catalog.errors == []
    for page in generated_pages(catalog, docs):
        elements = parse(page.source)
        scripts = [
            attrs
            for tag, attrs in elements.tags
            if tag in ("script", "iframe", "img", "svg", "math", "body", "details")
        ]
        assert scripts == []
        handlers = [(tag, name) for tag, attrs in elements.tags for name in attrs if name.startswith("on")]
        assert handlers == []
        urls = [
            value for _, attrs in elements.tags for value in attrs.values() if value and "javascript:" in value.lower()
        ]
        assert urls == []


def test_the_answer_key_is_an_escaped_attribute_that_round_trips(docs):
    catalog = load_catalog([SITE_BANKS / "xss.yml"], docs)
    elements = parse(render_quiz_page(catalog.banks[0], docs))
    (root,) = [attrs for tag, attrs in elements.tags if "data-kb-answer-key" in attrs]
    assert json.loads(root["data-kb-answer-key"])["title"].startswith("</title><script>")


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kb.quiz import text as text_module  # noqa: E402

QUIZ_ALPHABET = st.sampled_from(
    list("客户说方案不错，你们多多照顾。？！“”（）、：；ab12 .-'\"()#:*_`[]<>&!|~=+\n\\") + ["  ", "1. ", "- "]
)


@settings(max_examples=300, deadline=None, database=None)
@given(text=st.lists(QUIZ_ALPHABET, min_size=1, max_size=12).map("".join), inline=st.booleans())
def test_the_plain_text_shortcut_renders_exactly_what_markdown_would(text, inline):
    fast = render_text(text, lambda target: target, inline=inline)
    original = text_module.PLAIN_TEXT
    text_module.PLAIN_TEXT = __import__("re").compile(r"(?!)")  # never matches: force the full path
    try:
        full = render_text(text, lambda target: target, inline=inline)
    finally:
        text_module.PLAIN_TEXT = original
    assert fast == full
