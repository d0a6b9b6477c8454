"""新人常问: at least 30 questions in new hires' words, each answered briefly and linking the section that teaches it."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

FAQ = Path(__file__).resolve().parents[1] / "docs" / "faq.md"
QUESTION = re.compile(r"^### (?P<question>.+?) \{#(?P<id>[a-z0-9-]+)\}$")
READ_ON = re.compile(r"^去读：\[(?P<title>[^\]]+)\]\((?P<target>[^)]+)\)$")
MIN_QUESTIONS = 30
MAX_ANSWER_SENTENCES = 3


def faq_entries(text: str) -> list[dict]:
    """Each question with its answer lines and its 去读 link, in page order."""
    entries: list[dict] = []
    for line in text.splitlines():
        match = QUESTION.match(line)
        if match:
            entries.append({"question": match["question"], "id": match["id"], "answer": [], "links": []})
        elif entries and (link := READ_ON.match(line)):
            entries[-1]["links"].append(link["target"])
        elif entries and line.strip() and not line.startswith("#"):
            entries[-1]["answer"].append(line)
    return entries


def sentence_count(answer: list[str]) -> int:
    return len(re.findall(r"[。！？]", "".join(answer)))


def test_the_faq_holds_at_least_thirty_questions():
    entries = faq_entries(FAQ.read_text(encoding="utf-8"))
    assert len(entries) >= MIN_QUESTIONS, f"only {len(entries)} questions"


def test_every_question_is_asked_as_a_question_and_answered_in_two_or_three_sentences():
    for entry in faq_entries(FAQ.read_text(encoding="utf-8")):
        assert entry["question"].endswith("？"), entry["question"]
        assert 1 <= sentence_count(entry["answer"]) <= MAX_ANSWER_SENTENCES, (entry["question"], entry["answer"])


def test_every_question_links_exactly_one_section():
    for entry in faq_entries(FAQ.read_text(encoding="utf-8")):
        assert len(entry["links"]) == 1, entry["question"]


def test_the_parser_sees_a_question_without_a_link():
    text = "### 没有链接的问题？ {#no-link}\n\n只有回答。\n"
    assert faq_entries(text)[0]["links"] == []


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self._in_content = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("href") and self._in_content:
            self.links.append(values["href"] or "")
        if tag == "article":
            self._in_content = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._in_content = False


def _parse(path: Path) -> _Anchors:
    parser = _Anchors()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _target_file(site: Path, page_url: str, href: str) -> tuple[Path, str]:
    resolved = urlparse(urljoin(page_url, href))
    path = resolved.path.removeprefix("/")
    target = site / path / "index.html" if path.endswith("/") or not path else site / path
    return target, resolved.fragment


def test_every_faq_link_reaches_a_real_section_of_the_built_site(built_site: Path):
    faq_page = built_site / "faq" / "index.html"
    links = [href for href in _parse(faq_page).links if not href.startswith(("#", "http"))]
    assert len(links) >= MIN_QUESTIONS
    for href in links:
        target, fragment = _target_file(built_site, "/faq/", href)
        assert target.is_file(), f"{href}: no page {target}"
        if fragment:
            assert fragment in _parse(target).ids, f"{href}: no section #{fragment}"


@pytest.mark.parametrize("page", ["index.html"])
def test_the_home_page_links_the_faq(built_site: Path, page: str):
    hrefs = _parse(built_site / page).links
    assert any(href.rstrip("/").endswith("faq") for href in hrefs), hrefs
