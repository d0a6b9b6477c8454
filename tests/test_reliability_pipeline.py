"""The whole pipeline on hostile text: load → check → render → Markdown, as the build runs it.

Property: whatever a trainer writes in the text fields of a bank, for every item type (title,
intro, question, options, ordering entries, matching pairs and distractors, feedback,
explanation), either the bank check answers with positioned ``Problem`` values, or the generated pages hold no element and no attribute beyond those of
the same bank written in plain words plus the sanitiser's allow-list, and no script URL.
Bounded: 200 examples by default (``KB_FUZZ_EXAMPLES`` for more), no deadline.
"""

from __future__ import annotations

import os
import textwrap
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kb.content.sections import scan_docs
from kb.core.problem import Problem
from kb.quiz.catalog import load_catalog
from kb.quiz.pages import generated_pages
from kb.quiz.text import ALLOWED_ATTRIBUTES, ALLOWED_TAGS
from kb.quiz.types import TYPES
from tests.support.paths import FIXTURES
from tests.test_reliability_text import VECTORS

EXAMPLES = int(os.environ.get("KB_FUZZ_EXAMPLES", "200"))
SANITISED = {(tag, None) for tag in ALLOWED_TAGS} | {
    (tag, name) for tag, names in ALLOWED_ATTRIBUTES.items() for name in names
}
SCRIPT_URL_PREFIXES = ("javascript:", "data:", "vbscript:")


class Markup(HTMLParser):
    """Every (element, attribute) pair of a page, and every URL-valued attribute."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pairs: set[tuple[str, str | None]] = set()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.pairs.add((tag, None))
        for name, value in attrs:
            self.pairs.add((tag, name))
            if name in ("href", "src", "action", "formaction", "xlink:href"):
                self.urls.append((value or "").strip().lower())

    handle_startendtag = handle_starttag


def site_extensions() -> list[str]:
    """The Markdown extensions of mkdocs.yml, by name (what MkDocs runs over a page's source)."""
    config = yaml.load((Path(__file__).parents[1] / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    return [entry if isinstance(entry, str) else next(iter(entry)) for entry in config["markdown_extensions"]]


SITE_MARKDOWN = markdown.Markdown(extensions=site_extensions())


def page_markup(catalog, docs) -> Markup:
    """The markup of every generated page: its source through the site's Markdown, and its body."""
    parser = Markup()
    for page in generated_pages(catalog, docs):
        parser.feed(SITE_MARKDOWN.reset().convert(page.source.split("---\n", 2)[-1]))
        parser.feed(page.finished_body())
    parser.close()
    return parser


@pytest.fixture(scope="module")
def docs():
    return scan_docs(FIXTURES / "docs")


@pytest.fixture(scope="module")
def bank_file(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pipeline") / "pipeline-bank.yml"


PIECES = ["javascript:", "data:", "on", "img", "//evil.example/", "topics/sample.md#alpha", "#", "{: ", "&#", "题"]
hostile_text = st.one_of(
    st.lists(st.sampled_from(list("[]()!<>{}=:*_`\\#-+.1 \n\"'/&;ajvscrit@") + PIECES), min_size=1, max_size=60).map(
        "".join
    ),
    st.sampled_from(VECTORS),
    st.text(min_size=1, max_size=40),
).filter(str.strip)


KINDS = list(TYPES)


@st.composite
def banks_with_texts(draw) -> tuple[dict, dict]:
    """A valid bank's structure twice: with drawn hostile texts, and with plain words."""
    texts: list[str] = []

    def text(suffix: str = "") -> str:
        texts.append(draw(hostile_text))
        return f"@{len(texts) - 1}{suffix}"

    items = []
    for number, kind in enumerate(draw(st.lists(st.sampled_from(KINDS), min_size=1, max_size=3))):
        item = {"id": f"pipe-{number}", "type": kind, "question": text(" ___" if kind == "fill_in" else "")}
        item.update(answer_fields(kind, text, draw))
        item.update(explanation=text(), cite="topics/sample.md#alpha")
        items.append(item)
    shape = {"title": text(), "intro": text(), "items": items}
    return fill(shape, texts), fill(shape, [f"第{index}段文字" for index in range(len(texts))])


def answer_fields(kind: str, text, draw) -> dict:
    """The fields that hold an item's answer, for each item type of the shared contract."""
    if kind == "true_false":
        return {"answer": draw(st.booleans()), "feedback": text()}
    if kind in ("single", "multiple"):
        return {"options": [{"text": text(), "correct": True}, {"text": text(), "feedback": text()}]}
    if kind == "ordering":
        return {"entries": [text() for _ in range(3)], "feedback": text()}
    if kind == "matching":
        return {
            "pairs": [{"left": text(), "right": text()} for _ in range(3)],
            "distractors": [text()],
            "feedback": text(),
        }
    if kind == "fill_in":
        return {"blanks": [{"accept": ["答案"]}], "feedback": text()}
    return every_string_drawn(yaml.safe_load(textwrap.dedent(TYPES[kind].example)), text)


def every_string_drawn(value, text):
    """A type's own example (``ItemType.example``) with each of its texts drawn."""
    if isinstance(value, str):
        return text()
    if isinstance(value, dict):
        return {key: every_string_drawn(child, text) for key, child in value.items()}
    if isinstance(value, list):
        return [every_string_drawn(child, text) for child in value]
    return value


def fill(value, texts: list[str]):
    if isinstance(value, str) and value.startswith("@"):
        index, _, suffix = value[1:].partition(" ")
        return texts[int(index)] + (" " + suffix if suffix else "")
    if isinstance(value, dict):
        return {key: fill(child, texts) for key, child in value.items()}
    if isinstance(value, list):
        return [fill(child, texts) for child in value]
    return value


def catalog_of(path: Path, data: dict, docs):
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_catalog([path], docs)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture],
)
@given(banks=banks_with_texts())
def test_hostile_text_fields_give_bank_errors_or_pages_with_only_allowed_markup(bank_file, docs, banks):
    hostile, plain = banks
    baseline = catalog_of(bank_file, plain, docs)
    assert baseline.ok, [error.format() for error in baseline.errors]
    allowed = page_markup(baseline, docs).pairs | SANITISED
    catalog = catalog_of(bank_file, hostile, docs)
    event("bank errors" if not catalog.ok else "pages rendered")
    if not catalog.ok:
        assert all(isinstance(error, Problem) and error.line >= 1 and error.message for error in catalog.errors)
        return
    markup = page_markup(catalog, docs)
    assert markup.pairs <= allowed, markup.pairs - allowed
    assert not [url for url in markup.urls if url.startswith(SCRIPT_URL_PREFIXES) or url.startswith("//")]
