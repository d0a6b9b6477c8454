"""Hostile but valid trainer text against ordinary Markdown of the same length (CPU time, best of three).

Texts of 3,000 brackets, emphasis marks, backslashes or nested lists once took minutes to build.
These figures keep that promise measured: one such text renders within ``GOAL_TEXT_MULTIPLE``
times an ordinary text, and a bank of them loads, checks and renders within
``GOAL_BANK_MULTIPLE`` times an ordinary bank of the same shape. The tests check that the same
texts are accepted and rendered safely; how long they take is measured here, not asserted there.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import yaml

from kb.content.sections import DocsIndex, scan_docs
from kb.quiz.catalog import load_catalog
from kb.quiz.pages import generated_pages
from kb.quiz.text import MAX_NESTING, render_text
from scripts.bench.report import Row, heading
from scripts.bench.settings import DOCS_DIR

LIMIT = 3000
"""The length limit of a text field (README: 题库的上限)."""
HOSTILE_UNITS = ("[", "[[", "[a", "[a](", "[]", "*a", "a*", "**a", "*_", "=\n", "\\", "`a")
"""Each repeated to the limit: one text that stresses one Markdown rule."""
HOSTILE_BANK_TEXTS = (
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
)
"""The texts a hostile bank cycles through (question, feedback and explanation of 20 items)."""
GOAL_TEXT_MULTIPLE = 10
GOAL_BANK_MULTIPLE = 5
"""Documented in the README trainer's guide (题库的上限)."""


def hostile_text(unit: str) -> str:
    """``unit`` repeated to exactly the length limit."""
    return (unit * LIMIT)[:LIMIT]


def ordinary_text(link: str) -> str:
    """Ordinary Markdown of the limit's length: emphasis, a docs link and a list."""
    return (f"这是**加粗**的文字，见[专题]({link})。\n\n- 第一条\n- 第二条\n\n" * 100)[:LIMIT]


def hostile_bank(texts: tuple[str, ...] | list[str], cite: str) -> dict:
    """20 true/false items whose question, feedback and explanation cycle through ``texts``."""
    items = [
        {
            "id": f"budget-{number:02}",
            "type": "true_false",
            "question": texts[number % len(texts)],
            "answer": True,
            "feedback": texts[(number + 1) % len(texts)],
            "explanation": texts[(number + 2) % len(texts)],
            "cite": cite,
        }
        for number in range(20)
    ]
    return {"title": "构建时间", "items": items}


def cpu_seconds(action: Callable[[], object], runs: int = 3) -> float:
    """Best of ``runs`` CPU times of ``action`` (CPU time: the machine may be shared)."""
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        action()
        best = min(best, time.process_time() - started)
    return best


def build_bank(path: Path, data: dict, docs: DocsIndex) -> None:
    """Load, check and render one bank, as a build does; a bank that does not pass is an error."""
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**6), encoding="utf-8")
    catalog = load_catalog([path], docs)
    if not catalog.ok:
        raise ValueError([error.format() for error in catalog.errors])
    for page in generated_pages(catalog, docs):
        page.finished_body()


def _first_section(docs: DocsIndex) -> str:
    """``page.md#id`` of the first docs page that has a section (what the banks cite and link)."""
    page, sections = next((page, sections) for page, sections in sorted(docs.pages.items()) if sections)
    return f"{page}#{next(iter(sections))}"


def _resolve(target: str) -> str:
    return "../" + target


def hostile_rows(docs_dir: Path = DOCS_DIR) -> list[Row]:
    """The worst single hostile text and a hostile bank, each against ordinary text of the same length."""
    docs = scan_docs(docs_dir)
    section = _first_section(docs)
    ordinary = ordinary_text(section)
    plain = cpu_seconds(lambda: render_text(ordinary, _resolve))
    costs = {unit: cpu_seconds(partial(render_text, hostile_text(unit), _resolve)) for unit in HOSTILE_UNITS}
    worst_unit = max(costs, key=costs.__getitem__)
    worst = costs[worst_unit]
    with tempfile.TemporaryDirectory(prefix="kb-bench-hostile-") as folder:
        plain_bank = cpu_seconds(
            lambda: build_bank(Path(folder) / "plain.yml", hostile_bank([ordinary], section), docs)
        )
        bad_bank = cpu_seconds(
            lambda: build_bank(Path(folder) / "hostile.yml", hostile_bank(HOSTILE_BANK_TEXTS, section), docs)
        )
    text_ratio, bank_ratio = worst / max(plain, 1e-6), bad_bank / max(plain_bank, 1e-6)
    return [
        heading("Hostile trainer text (CPU time, best of three, against ordinary Markdown of the same length)"),
        Row(
            "Hostile text, worst of one 3,000-character text ÷ ordinary",
            f"{text_ratio:.1f} × (`{worst_unit!r}` repeated: {worst * 1000:.1f} ms; ordinary {plain * 1000:.1f} ms)",
            goal=f"≤ {GOAL_TEXT_MULTIPLE} ×",
            passed=text_ratio <= GOAL_TEXT_MULTIPLE,
        ),
        Row(
            "Hostile bank of 20 items ÷ ordinary bank (load, check, render)",
            f"{bank_ratio:.1f} × ({bad_bank:.2f} s; ordinary {plain_bank:.2f} s)",
            goal=f"≤ {GOAL_BANK_MULTIPLE} ×",
            passed=bank_ratio <= GOAL_BANK_MULTIPLE,
        ),
    ]
