"""Build-time budget (P1-3): hostile but valid text costs at most a small multiple of plain text.

A bank whose texts are brackets, emphasis marks, nested lists and long lines (each field at the
3,000-character limit) is loaded, checked and rendered into its pages, and so is a bank of the
same shape and length in ordinary Markdown. The hostile bank may take at most ``BUDGET_MULTIPLE``
times as long (CPU time, best of three: the machine is shared). No absolute timing is asserted.
Before the fix, 20 questions of 3,000 ``[`` took minutes to build; ordinary text took seconds.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from kb.content.sections import scan_docs
from kb.quiz.catalog import load_catalog
from kb.quiz.pages import generated_pages
from kb.quiz.text import MAX_NESTING

FIXTURES = Path(__file__).parent / "fixtures"
BUDGET_MULTIPLE = 5
"""Documented in the README trainer's guide (题库的上限)."""
LIMIT = 3000
HOSTILE = [
    "[" * LIMIT,
    "[a](" * (LIMIT // 4),
    "[[a]" * (LIMIT // 4),
    "*a" * (LIMIT // 2),
    "**a" * (LIMIT // 3),
    "_a" * (LIMIT // 2),
    "`a" * (LIMIT // 2),
    "=\n" * (LIMIT // 2 - 1) + "x",
    "<" * LIMIT,
    "\\" * LIMIT,
    ("- " * MAX_NESTING + "x\n") * (LIMIT // (2 * MAX_NESTING + 2)),
    ("> " * MAX_NESTING + "x\n") * (LIMIT // (2 * MAX_NESTING + 2)),
    "a" * (LIMIT - 1) + "*",
]
ORDINARY = ("这是**加粗**的文字，见[示例专题](topics/sample.md#alpha)。\n\n- 第一条\n- 第二条\n\n" * 100)[:LIMIT]


def bank(texts: list[str]) -> dict:
    """20 true/false items whose question, feedback and explanation cycle through ``texts``."""
    items = [
        {
            "id": f"budget-{number:02}",
            "type": "true_false",
            "question": texts[number % len(texts)],
            "answer": True,
            "feedback": texts[(number + 1) % len(texts)],
            "explanation": texts[(number + 2) % len(texts)],
            "cite": "topics/sample.md#alpha",
        }
        for number in range(20)
    ]
    return {"title": "构建时间", "items": items}


def build_seconds(path: Path, data: dict, docs) -> float:
    """Best of three CPU times for load → check → render of one bank."""
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**6), encoding="utf-8")
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        catalog = load_catalog([path], docs)
        assert catalog.ok, [error.format() for error in catalog.errors]
        generated_pages(catalog, docs)
        best = min(best, time.process_time() - started)
    return best


@pytest.fixture(scope="module")
def docs():
    return scan_docs(FIXTURES / "docs")


def test_every_hostile_text_is_valid_and_at_the_length_limit():
    assert all(LIMIT - 20 <= len(text) <= LIMIT for text in HOSTILE), [len(text) for text in HOSTILE]


def test_a_bank_of_hostile_text_builds_within_a_small_multiple_of_a_plain_bank(tmp_path, docs):
    plain = build_seconds(tmp_path / "plain.yml", bank([ORDINARY]), docs)
    hostile = build_seconds(tmp_path / "hostile.yml", bank(HOSTILE), docs)
    assert hostile <= BUDGET_MULTIPLE * plain, f"hostile {hostile:.2f} s CPU, plain {plain:.2f} s CPU"
