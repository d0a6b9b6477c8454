"""The whole-question set (tests/fixtures/search/questions.yml), typed into the built site's search in Chromium.

Reports top-1 (an answering page is the first result), top-3 (among the first three result
pages) and how often the first result's best section is an answering section; asserts top-3 ≥ 95 %
and top-1 ≥ 80 %. A copy of the site whose index is deliberately broken (every section carries
the words of a section on another page) must miss those goals: the test can fail.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.support.browser import DESKTOP
from tests.support.search import Figures, evaluate, load_questions
from tests.support.server import SiteServer

QUESTIONS = load_questions()


def ask_all(browser, url: str) -> Figures:
    context = browser.new_context(viewport=DESKTOP, color_scheme="light")
    try:
        page = context.new_page()
        page.goto(url)
        return evaluate(page, QUESTIONS)
    finally:
        context.close()


@pytest.fixture(scope="module")
def broken_site_url(built_site, tmp_path_factory):
    """The built site with a broken index: each section carries the title and text of one half the index away."""
    site = tmp_path_factory.mktemp("broken-search") / "site"
    shutil.copytree(built_site, site)
    path = site / "search" / "search_index.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    docs = index["docs"]
    contents = [(doc["title"], doc["text"]) for doc in docs]
    half = len(docs) // 2
    for doc, (title, text) in zip(docs, contents[half:] + contents[:half], strict=True):
        doc["title"], doc["text"] = title, text
    path.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    with SiteServer(site) as server:
        yield server.url


def test_the_question_set_has_at_least_forty_questions_each_with_a_page_and_anchor():
    assert len(QUESTIONS) >= 40
    for question in QUESTIONS:
        assert question.answers and all("#" in answer for answer in question.answers), question.text


def test_every_answer_names_a_page_that_exists():
    docs = Path(__file__).resolve().parents[1] / "docs"
    missing = {
        answer for question in QUESTIONS for answer in question.answers if not (docs / answer.split("#")[0]).is_file()
    }
    assert missing == set()


def test_new_hires_whole_questions_find_the_answering_page(browser, site_url, capsys):
    figures = ask_all(browser, site_url)
    with capsys.disabled():
        print(f"\nsearch question set: {figures.summary()}")
        for miss in figures.misses or []:
            print(f"  not first: {miss}")
    assert figures.meets_goals(), figures.summary()


def test_a_broken_index_fails_the_question_set(browser, broken_site_url):
    figures = ask_all(browser, broken_site_url)
    assert not figures.meets_goals(), figures.summary()
