"""Quiz templates compiled ahead of time (kb/quiz/precompiled.py) are used only while they match.

The committed modules must equal a fresh compile of the templates (``python -m scripts.templates``);
a template edited since, or a Jinja other than the one that compiled them, falls back to compiling
the template's file, so what a page shows never lags behind its template.
"""

from __future__ import annotations

import json
import shutil

import pytest

from kb.quiz.markup import TEMPLATES_DIR, environment
from kb.quiz.precompiled import COMPILED_DIR, MANIFEST, PrecompiledTemplates
from scripts.templates import stale_files

TEMPLATE = "selfcheck-link.html"


def test_the_committed_compiled_templates_equal_a_fresh_compile():
    assert stale_files() == [], "run python -m scripts.templates and commit kb/quiz/templates_compiled/"


def test_every_template_loads_from_its_compiled_module():
    precompiled = PrecompiledTemplates(TEMPLATES_DIR)
    env = environment()
    assert [name for name in env.list_templates() if precompiled.load(env, name, None) is None] == []


@pytest.fixture
def copied(tmp_path):
    """A copy of the templates and of their compiled modules, to change one side."""
    templates = shutil.copytree(TEMPLATES_DIR, tmp_path / "templates")
    compiled = shutil.copytree(COMPILED_DIR, tmp_path / "compiled")
    return templates, compiled


def test_a_template_edited_since_it_was_compiled_is_compiled_from_its_file(copied):
    templates, compiled = copied
    env = environment()
    edited = templates / TEMPLATE
    edited.write_text(edited.read_text(encoding="utf-8") + "{# edited #}", encoding="utf-8")
    precompiled = PrecompiledTemplates(templates, compiled)
    assert precompiled.load(env, TEMPLATE, None) is None
    assert precompiled.load(env, "item.html", None) is not None


def test_modules_compiled_by_another_jinja_are_not_used(copied):
    templates, compiled = copied
    manifest = json.loads((compiled / MANIFEST).read_text(encoding="utf-8"))
    manifest["jinja2"] = "0.0"
    (compiled / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert PrecompiledTemplates(templates, compiled).load(environment(), "item.html", None) is None


def test_a_compiled_template_renders_what_the_template_file_renders():
    context = {"href": "../quizzes/basics/#basics-01", "count": 2, "where": "第 1、3 题"}
    env = environment()
    compiled = PrecompiledTemplates(TEMPLATES_DIR).load(env, TEMPLATE, None)
    source, _, _ = env.loader.get_source(env, TEMPLATE)  # type: ignore[union-attr]
    assert compiled is not None
    assert compiled.render(**context) == env.from_string(source).render(**context)
    assert "本节自测（2 题：第 1、3 题）" in compiled.render(**context)
