"""A bank title is plain text everywhere it appears (P2-1, P2-2): never Markdown, escaped once."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from kb.content.sections import scan_docs
from kb.quiz.catalog import Catalog, load_catalog
from kb.quiz.pages import BODY_PLACEHOLDER, generated_pages, mkdocs_title, nav_with_banks
from kb.quiz.render import render_quiz_index, render_quiz_page
from tests.support.paths import FIXTURES
from tests.support.site import build_site, write_config

BANK = FIXTURES / "banks" / "title-markdown.yml"
TITLE = yaml.safe_load(BANK.read_text(encoding="utf-8"))["title"]
ESCAPED = "![x](data:,x){onerror=alert(1)} ![p](//evil.example/p.png) &lt;b&gt;&amp;amp;"
KB = Path(__file__).resolve().parents[1] / "kb"
ALLOWED_ELEMENTS = {
    "h1", "h2", "div", "p", "a", "ol", "ul", "li", "section", "fieldset", "legend", "label", "input", "span",
    "button", "strong", "em", "code", "br", "table", "thead", "tbody", "tr", "th", "td", "select", "option", "nav",
    "noscript",  # D23: what 错题本 and 今日复习 say without JavaScript (text only; no script, no handler)
}  # fmt: skip


@pytest.fixture(scope="module")
def docs():
    return scan_docs(FIXTURES / "docs")


@pytest.fixture(scope="module")
def catalog(docs) -> Catalog:
    loaded = load_catalog([BANK], docs)
    assert loaded.errors == []
    return loaded


def test_mkdocs_title_escapes_exactly_once():
    assert mkdocs_title(TITLE) == ESCAPED
    assert mkdocs_title(mkdocs_title(TITLE)) == ESCAPED


def test_the_quiz_page_body_leaves_the_heading_to_the_theme_and_runs_no_title_markup(catalog, docs):
    page = render_quiz_page(catalog.banks[0], docs)
    assert "<h1" not in page  # Material prints the one <h1> from the page title (D1: it was printed twice)
    assert "<img" not in page and '<a href="javascript' not in page and 'evil.example/p.png"' not in page


def test_the_page_source_has_no_markdown_heading_only_the_escaped_front_matter_title(catalog, docs):
    (quiz,) = [page for page in generated_pages(catalog, docs) if page.path == "quizzes/title-markdown.md"]
    front_matter = yaml.safe_load(quiz.source.split("---")[1])
    assert front_matter["title"] == "自测：" + ESCAPED
    assert quiz.source.rstrip().endswith(BODY_PLACEHOLDER)
    assert "\n# " not in quiz.source


def test_the_nav_and_the_index_table_show_the_title_as_text(catalog):
    nav = nav_with_banks(["quizzes/index.md"], catalog)
    assert nav[0] == "quizzes/index.md"
    assert {"自测：" + ESCAPED: "quizzes/title-markdown.md"} in nav
    index = render_quiz_index(catalog.banks)
    assert f'<a href="title-markdown/">{ESCAPED}</a>' in index


def test_rendering_code_has_no_hand_placed_escape_calls():
    rendering = [KB / "quiz" / "render.py", KB / "quiz" / "pages.py", KB / "quiz" / "markup.py"]
    rendering += sorted((KB / "quiz" / "types").glob("*.py"))
    offenders = [path.name for path in rendering if re.search(r"html\.escape|\bescape\(", path.read_text("utf-8"))]
    assert offenders == ["pages.py"]  # mkdocs_title, the one boundary with MkDocs' unescaped titles
    assert (KB / "quiz" / "pages.py").read_text("utf-8").count("escape(") == 1


def test_a_built_quiz_page_shows_the_title_as_text_in_heading_title_and_nav(tmp_path):
    banks = tmp_path / "banks"
    banks.mkdir()
    (banks / BANK.name).write_bytes(BANK.read_bytes())
    nav = [{"首页": "index.md"}, {"专题": ["topics/sample.md", "topics/other.md"]}, {"自测": ["quizzes/index.md"]}]
    config = write_config(tmp_path, docs_dir=FIXTURES / "docs", banks_dir=banks, nav=nav)
    result = build_site(tmp_path / "site", config_file=config)
    assert result.ok, result.output
    html = (tmp_path / "site" / "quizzes" / "title-markdown" / "index.html").read_text(encoding="utf-8")
    assert f"<h1>自测：{ESCAPED}</h1>" in html
    assert f"<title>自测：{ESCAPED} - " in html
    assert html.count(ESCAPED) >= 4  # heading, <title>, header, nav
    assert "onerror=" not in html.replace("{onerror=alert(1)}", "")
    assert "<img" not in html and 'evil.example/p.png"' not in html


class _Tags(HTMLParser):
    """Every start tag with its attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.mark.parametrize(
    "bank", [BANK, FIXTURES / "site-banks" / "xss.yml", FIXTURES / "banks" / "xss-new-types.yml"], ids=lambda p: p.stem
)
def test_no_generated_page_part_carries_an_element_or_handler_outside_the_allow_list(bank, docs):
    loaded = load_catalog([bank], docs)
    assert loaded.errors == []
    for page in generated_pages(loaded, docs):
        parser = _Tags()
        parser.feed(page.source + page.finished_body())
        assert {tag for tag, _ in parser.tags} <= ALLOWED_ELEMENTS, page.path
        assert [name for _, attrs in parser.tags for name in attrs if name.startswith("on")] == [], page.path
        urls = [value or "" for _, attrs in parser.tags for name, value in attrs.items() if name in ("href", "src")]
        foreign = [url for url in urls if url.startswith("//") or urlsplit(url).scheme not in ("", "http", "https")]
        assert foreign == [], page.path


def test_the_newer_types_show_every_injected_entry_side_and_answer_as_text(docs):
    bank_path = FIXTURES / "banks" / "xss-new-types.yml"
    data = yaml.safe_load(bank_path.read_text(encoding="utf-8"))
    loaded = load_catalog([bank_path], docs)
    body = render_quiz_page(loaded.banks[0], docs)
    text = _Text()
    text.feed(body)
    ordering, matching, fill_in = data["items"]
    plain = ordering["entries"] + [side for pair in matching["pairs"] for side in pair.values()]
    plain += matching["distractors"] + [fill_in["blanks"][0]["accept"][0]]
    missing = [value for value in plain if value not in text.content]
    assert missing == []


class _Text(HTMLParser):
    """The text a browser would show (attributes left out)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data):
        self.parts.append(data)

    @property
    def content(self) -> str:
        return "\n".join(self.parts)


def test_every_built_page_has_exactly_one_level_one_heading(built_site):
    pages = sorted(built_site.rglob("*.html"))
    counts = {str(page.relative_to(built_site)): page.read_text(encoding="utf-8").count("<h1") for page in pages}
    assert {page: count for page, count in counts.items() if count != 1 and page != "404.html"} == {}


def test_a_quiz_page_title_says_it_is_the_self_check_not_the_topic(built_site):
    quiz = (built_site / "quizzes" / "resources-first" / "index.html").read_text(encoding="utf-8")
    topic = (built_site / "topics" / "resources-first" / "index.html").read_text(encoding="utf-8")
    quiz_title = quiz.split("<title>", 1)[1].split("</title>", 1)[0]
    topic_title = topic.split("<title>", 1)[1].split("</title>", 1)[0]
    assert quiz_title.startswith("自测：")
    assert quiz_title != topic_title
