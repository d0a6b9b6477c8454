"""Hostile but valid text (P1-3) is accepted, checked and rendered like any other text.

A bank whose texts are brackets, emphasis marks, nested lists and long lines (each field at the
3,000-character limit) is loaded, checked and rendered into its pages. Before the fix, 20 such
questions took minutes to build. How long they take against ordinary text is a benchmark figure
(``scripts/bench/hostile_text.py``, goal ≤ 5 × an ordinary bank), not a timed test.
"""

from __future__ import annotations

import pytest

from kb.content.sections import scan_docs
from scripts.bench.hostile_text import HOSTILE_BANK_TEXTS, LIMIT, build_bank, hostile_bank, ordinary_text
from tests.support.paths import FIXTURES

CITE = "topics/sample.md#alpha"


@pytest.fixture(scope="module")
def docs():
    return scan_docs(FIXTURES / "docs")


def test_every_hostile_text_is_valid_and_at_the_length_limit():
    assert all(LIMIT - 20 <= len(text) <= LIMIT for text in HOSTILE_BANK_TEXTS), [
        len(text) for text in HOSTILE_BANK_TEXTS
    ]
    assert len(ordinary_text(CITE)) == LIMIT


def test_a_bank_of_hostile_text_loads_checks_and_renders(tmp_path, docs):
    build_bank(tmp_path / "hostile.yml", hostile_bank(HOSTILE_BANK_TEXTS, CITE), docs)  # raises if it does not pass


def test_the_benchmark_bank_of_ordinary_text_is_valid_too(tmp_path, docs):
    build_bank(tmp_path / "plain.yml", hostile_bank([ordinary_text(CITE)], CITE), docs)


def test_a_bank_that_does_not_pass_is_an_error_not_a_figure(tmp_path, docs):
    with pytest.raises(ValueError, match="no-such-section"):
        build_bank(tmp_path / "broken.yml", hostile_bank(HOSTILE_BANK_TEXTS, "topics/sample.md#no-such-section"), docs)
