"""Golden pages: what a learner is sent for one item of each choice type and for a 情景演练.

Rendered in process through the kb API (no site build) from small fixtures, normalised (dates,
hashes and asset fingerprints replaced; a line per tag) and compared with tests/golden/.
After an intended change: ``KB_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden_pages.py``,
then review ``git diff tests/golden``.
"""

from __future__ import annotations

import re

import pytest

from kb.content.sections import scan_docs
from kb.quiz.catalog import load_catalog
from kb.quiz.render import render_quiz_page
from kb.scenario.catalog import load_scenarios
from kb.scenario.render import render_scenario_page
from tests.support.golden import assert_matches_golden, normalised
from tests.support.paths import FIXTURE_DOCS, FIXTURES

CHOICE_BANK = FIXTURES / "site-banks" / "basics.yml"
"""One single, one multiple and one true/false item."""
SCENARIO = FIXTURES / "scenarios" / "valid.yml"
"""Two steps, two endings."""
ITEM = re.compile(r'<li class="kb-quiz__item"[^>]*\bdata-kb-kind="(?P<kind>[a-z_]+)"[^>]*>.*?</li>', re.DOTALL)


@pytest.fixture(scope="module")
def docs():
    return scan_docs(FIXTURE_DOCS)


@pytest.fixture(scope="module")
def choice_items(docs) -> dict[str, str]:
    """The HTML of each item of the choice bank's page, by its type."""
    catalog = load_catalog([CHOICE_BANK], docs)
    assert catalog.errors == []
    page = render_quiz_page(catalog.banks[0], docs)
    return {match["kind"]: match[0] for match in ITEM.finditer(page)}


@pytest.mark.parametrize("kind", ["single", "multiple", "true_false"])
def test_a_choice_item_renders_as_its_golden_copy(choice_items, kind):
    assert_matches_golden(f"item-{kind}.html", choice_items[kind])


def test_a_scenario_page_renders_as_its_golden_copy(docs):
    catalog = load_scenarios([SCENARIO], docs)
    assert catalog.errors == []
    assert_matches_golden("scenario-page.html", render_scenario_page(catalog.scenarios[0], docs))


def test_dates_hashes_and_fingerprints_are_normalised_and_nothing_else():
    rendered = (
        '<p>更新于 2026-12-06 09:30</p><script src="kb.3f9a2b7c1d.min.js?v=8c1e"></script>'
        '<div data-kb-version="9f86d081884c7d659a2feaa0c55ad015">题</div>'
    )
    assert normalised(rendered) == (
        "<p>更新于 {DATE}</p>\n"
        '<script src="kb.{FINGERPRINT}.min.js?v={FINGERPRINT}"></script>\n'
        '<div data-kb-version="{HASH}">题</div>\n'
    )
    assert normalised("<p>a</p>") != normalised("<p>a </p>")
