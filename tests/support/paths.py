"""Where things are, for every test: the repository, the fixtures and the fixture site's nav."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
"""The repository root (the folder holding mkdocs.yml)."""

FIXTURES = REPO / "tests" / "fixtures"
"""Small docs, banks and scenarios written for the tests."""

FIXTURE_DOCS = FIXTURES / "docs"
"""The fixture docs: topics/sample.md (heading ids alpha, beta) and topics/other.md (gamma)."""

FIXTURE_NAV = [
    {"首页": "index.md"},
    {"专题": ["topics/sample.md", "topics/other.md"]},
    {"自测": ["quizzes/index.md"]},
]
"""The nav of a site built from the fixture docs."""
