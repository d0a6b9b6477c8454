"""The shared core stands below banks and scenarios: it imports neither, and checking never imports rendering."""

from __future__ import annotations

import ast
from pathlib import Path

KB = Path(__file__).resolve().parents[1] / "kb"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_the_core_imports_nothing_from_banks_or_scenarios():
    upward = {
        f"{path.relative_to(KB)}: {name}"
        for path in (KB / "core").glob("*.py")
        for name in imported_modules(path)
        if name.startswith(("kb.quiz", "kb.scenario", "kb.build"))
    }
    assert not upward
    assert len(list((KB / "core").glob("*.py"))) > 1


def test_the_check_stage_does_not_import_the_render_stage_for_page_names():
    for checker in ("quiz/rules.py", "quiz/catalog.py", "scenario/checks.py", "scenario/catalog.py"):
        assert not imported_modules(KB / checker) & {"kb.quiz.render", "kb.quiz.pages", "kb.scenario.render"}, checker


def test_scenarios_borrow_from_the_bank_side_only_text_checks_markup_and_generated_pages():
    borrowed = {
        name for path in (KB / "scenario").glob("*.py") for name in imported_modules(path) if name.startswith("kb.quiz")
    }
    # Still shared through kb/quiz: the text checks and the markup environment (being reworked
    # with the item types), the lint's text measure, and the generated-page mechanism.
    allowed = {"kb.quiz.text_fields", "kb.quiz.markup", "kb.quiz.lint.measure", "kb.quiz.pages"}
    assert borrowed <= allowed, borrowed
