"""The browser code keeps its state apart from the DOM: what the page shows is drawn from state,
never read back from it (issue 27, item 5). Reads the ES modules as text; no browser needed."""

from __future__ import annotations

import re
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[1] / "overrides" / "assets" / "kb"


def _modules() -> dict[str, str]:
    return {path.relative_to(SOURCES).as_posix(): path.read_text(encoding="utf-8") for path in SOURCES.rglob("*.js")}


def test_no_module_reads_a_verdict_back_from_the_classes_it_put_on_the_page():
    reading = re.compile(r"""classList\.contains\(\s*["']is-(correct|wrong)["']""")
    assert [name for name, text in _modules().items() if reading.search(text)] == []


def test_the_answer_key_a_page_ships_is_read_in_one_module():
    assert [name for name, text in _modules().items() if "data-kb-answer-key" in text] == ["quiz/answer-key.js"]
