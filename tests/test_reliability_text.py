"""render_text, the one sanitising path for trainer text: bounded, isolated per call, allow-listed.

Reproductions from the reliability report (P1-2, P1-3, P2-1/P2-2 on the sanitiser side) and a
property test: whatever the text, the HTML holds only the allow-listed elements and attributes.
"""

from __future__ import annotations

from html.parser import HTMLParser

import markdown.blockprocessors
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markupsafe import Markup, escape

from kb.content.sections import scan_docs
from kb.quiz import text as text_module
from kb.quiz.catalog import load_catalog
from kb.quiz.pages import generated_pages
from kb.quiz.text import MAX_NESTING, TextRenderError, render_text
from scripts.bench.hostile_text import HOSTILE_UNITS, hostile_text
from tests.support.paths import FIXTURES

RESOLVED = "../resolved/"
OK_HREF_PREFIXES = ("http://", "https://", "mailto:", RESOLVED)


def resolve(target: str) -> str:
    return RESOLVED + target


class Elements(HTMLParser):
    """Every element and attribute of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, attrs))

    handle_startendtag = handle_starttag


def elements(fragment: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = Elements()
    parser.feed(fragment)
    parser.close()
    return parser.found


def assert_only_allowed_markup(fragment: str) -> None:
    """Only the sanitiser's elements; attributes only on links: an http(s)/mailto/docs href and rel."""
    for tag, attributes in elements(fragment):
        assert tag in text_module.ALLOWED_TAGS, (tag, fragment)
        for name, value in attributes:
            assert tag == "a" and name in ("href", "rel"), (tag, name, fragment)
            if name == "href":
                assert (value or "").startswith(OK_HREF_PREFIXES), (value, fragment)
            else:
                assert value == "noopener"


@pytest.mark.parametrize("unit", HOSTILE_UNITS)
def test_a_text_of_3000_hostile_characters_renders_as_allow_listed_html(unit):
    """How long it takes against ordinary Markdown is a benchmark figure (scripts/bench/hostile_text.py)."""
    html = render_text(hostile_text(unit), resolve)
    assert html.strip()
    assert_only_allowed_markup(html)


def test_many_brackets_still_render_as_text():
    assert render_text("[" * 3000, resolve) == "<p>" + "[" * 3000 + "</p>"


# P1-2 -----------------------------------------------------------------------------------------


def test_a_list_nested_496_deep_is_refused_with_a_message_not_a_recursion_error():
    with pytest.raises(TextRenderError) as refused:
        render_text("- " * 496 + "x", resolve)
    assert str(refused.value) == (
        "列表或引用嵌套太深（这段文字的第 1 行有 496 层，最多 8 层）。如果“-”“*”“>”或“1.”不是列表符号，请在它前面加反斜杠“\\”。"
    )


@pytest.mark.parametrize("marker", ["- ", "+ ", "* ", "1. ", "> "])
def test_every_list_and_quote_marker_counts_towards_the_nesting_limit(marker):
    with pytest.raises(TextRenderError):
        render_text(marker * (MAX_NESTING + 1) + "x", resolve)
    assert "<li>" in render_text(marker * MAX_NESTING + "x", resolve) or "<p>" in render_text(
        marker * MAX_NESTING + "x", resolve
    )


def test_a_markdown_failure_is_reported_and_the_next_render_is_correct(monkeypatch):
    original = markdown.blockprocessors.UListProcessor.run
    calls = []

    def fail_once(self, parent, blocks):
        calls.append(1)
        if len(calls) == 1:
            raise RecursionError("maximum recursion depth exceeded")
        return original(self, parent, blocks)

    monkeypatch.setattr(markdown.blockprocessors.UListProcessor, "run", fail_once)
    with pytest.raises(TextRenderError) as refused:
        render_text("- 一\n- 二", resolve)
    assert str(refused.value) == "这段文字的 Markdown 结构太复杂，无法显示。请去掉多层嵌套的列表、引用或括号。"
    assert render_text("**对** 约定一件事", resolve) == "<p><strong>对</strong> 约定一件事</p>"
    assert render_text("- 一\n- 二", resolve) == "<ul>\n<li>一</li>\n<li>二</li>\n</ul>"


def test_any_exception_inside_markdown_becomes_a_text_render_error(monkeypatch):
    def explode(self, parent, blocks):
        raise IndexError("string index out of range")

    monkeypatch.setattr(markdown.blockprocessors.ParagraphProcessor, "run", explode)
    with pytest.raises(TextRenderError) as refused:
        render_text("**粗**", resolve)
    assert str(refused.value) == "这段文字的 Markdown 无法显示（IndexError）。请简化它的格式。"


# What quiz text needs still works ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "html"),
    [
        ("读完[专题](topics/x.md#a)再做", f'<p>读完<a href="{RESOLVED}topics/x.md#a" rel="noopener">专题</a>再做</p>'),
        (
            "[**粗**链接](https://example.com/a)",
            '<p><a href="https://example.com/a" rel="noopener"><strong>粗</strong>链接</a></p>',
        ),
        ("`[x](y)` 是代码", "<p><code>[x](y)</code> 是代码</p>"),
        ("\\[不是链接\\](x)", "<p>[不是链接](x)</p>"),
        ("[ref]: https://example.com", "<p>[ref]: https://example.com</p>"),
    ],
)
def test_links_emphasis_and_code_render_as_before(source, html):
    assert render_text(source, resolve) == html


# P2-1 / P2-2: the sanitiser side --------------------------------------------------------------

VECTORS = [
    "[点我](javascript:alert(501))",
    "[点我](JaVaScRiPt:alert(601))",
    "[点我1101](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '![x](x" onerror="alert(1601))',
    "![x](javascript:alert(1701))",
    "![x](x){onerror=alert(2501)}",
    "T {: tabindex=1 autofocus onfocus=alert(2601) }",
    "[点我](#){onmouseover=alert(2701)}",
    "[点我](JAVASCRIPT:alert(3301)//x.md)",
    "![x](http://evil.example/3401.png) 文字",
    "![x](//evil.example/3801.png){onload=window.__pwned=3801}",
    "![x](data:,x){onerror=alert(1)}",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "&#106;avascript:alert(1)",
    '" onmouseover="alert(1)',
    "</textarea><script>alert(1)</script>",
    "<iframe src=//evil.example></iframe>",
    "<math><style>@import '//evil.example'</style></math>",
    "<details open ontoggle=alert(1)>",
    "[a](java\tscript:alert(1))",
    "<javascript:alert(1)>",
    "[a][r]\n\n[r]: javascript:alert(1)",
    "<input autofocus onfocus=alert(1)>",
    "[x](//evil.example/p.png)",
    '[x](topics/x.md#a" onclick="alert(1))',
    "<a href=javascript:alert(1)>x</a>",
]


@pytest.mark.parametrize("vector", VECTORS)
@pytest.mark.parametrize("inline", [False, True])
def test_no_vector_of_the_report_gets_an_element_or_attribute_past_the_allow_list(vector, inline):
    html = render_text(vector, resolve, inline=inline)
    assert_only_allowed_markup(html)


PIECES = ["javascript:", "data:", "on", "img", "//evil.example/", "topics/x.md", "#a", "{: ", "&#", "　", "题"]
markdownish = st.lists(st.sampled_from(list("[]()!<>{}=:*_`\\#-+.1 \n\t\"'/&;ajvscrit@") + PIECES), max_size=80).map(
    "".join
)


@settings(max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=markdownish | st.sampled_from(VECTORS).flatmap(lambda v: markdownish.map(lambda t: t + v)))
def test_whatever_the_text_the_html_has_only_allow_listed_elements_and_attributes(text):
    for inline in (False, True):
        try:
            html = render_text(text, resolve, inline=inline)
        except TextRenderError:
            continue
        assert_only_allowed_markup(html)


def test_a_bank_that_stopped_one_build_does_not_change_how_the_next_build_renders(tmp_path):
    """What `mkdocs serve` does: build with a broken bank, fix it, build again in the same process."""
    docs = scan_docs(FIXTURES / "docs")
    bank = tmp_path / "serve.yml"
    lines = (FIXTURES / "site-banks" / "basics.yml").read_text(encoding="utf-8").splitlines(keepends=True)
    intro = next(number for number, line in enumerate(lines) if line.startswith("intro:"))
    lines[intro] = 'intro: "' + "- " * 600 + 'x"\n'
    bank.write_text("".join(lines), encoding="utf-8")
    assert [error.message[:9] for error in load_catalog([bank], docs).errors] == ["列表或引用嵌套太深"]
    lines[intro] = 'intro: "**先读**再做。"\n'
    bank.write_text("".join(lines), encoding="utf-8")
    fixed = load_catalog([bank], docs)
    assert fixed.ok
    bodies = "".join(page.finished_body() for page in generated_pages(fixed, docs))
    assert "<strong>先读</strong>再做" in bodies and "**" not in bodies


@pytest.mark.parametrize("source", ["纯文字", "**粗**", "<b>x</b>"])
def test_the_sanitised_html_is_markup_so_templates_insert_it_unescaped_once(source):
    html = render_text(source, resolve)
    assert isinstance(html, Markup)
    assert escape(html) == html


def test_plain_text_entries_and_sides_are_not_refused_as_markdown(tmp_path):
    # Ordering entries and matching sides are shown as escaped plain text, never rendered as
    # Markdown: list markers or a link-like text in them are just characters (review #13c).
    text = (FIXTURES / "site-banks" / "all-types.yml").read_text(encoding="utf-8")
    text = text.replace("      - 客户内部的朋友\n", "      - '- - - - - - - - - 九层'\n")
    text = text.replace("      - left: 售前\n", "      - left: '[原文](topics/nope.md#x)'\n")
    text = text.replace("      - 替客户垫付费用\n", "      - '> > > > > > > > > > 深'\n")
    bank = tmp_path / "all-types.yml"
    bank.write_text(text, encoding="utf-8")
    catalog = load_catalog([bank], scan_docs(FIXTURES / "docs"))
    assert catalog.errors == []
    [page] = [page for page in generated_pages(catalog, scan_docs(FIXTURES / "docs")) if page.path.endswith("types.md")]
    body = page.finished_body()
    assert "- - - - - - - - - 九层" in body
    assert "[原文](topics/nope.md#x)" in body
