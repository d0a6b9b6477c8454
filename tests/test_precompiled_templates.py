"""Quiz templates compiled ahead of time (kb/quiz/precompiled.py) are used only while they match.

The committed modules must equal a fresh compile of the templates (``python -m scripts.templates``);
a template whose source changed since (its file, or the loader's joining of its lines), or another
Jinja or other compiler settings, falls back to compiling the template's source, so what a page
shows never lags behind its template.
"""

from __future__ import annotations

import json
import shutil

import pytest

from kb.quiz.markup import environment
from kb.quiz.precompiled import COMPILED_DIR, MANIFEST, PrecompiledTemplates
from scripts.templates import stale_files

TEMPLATE = "selfcheck-link.html"


def source_of(name: str) -> str:
    env = environment()
    return env.loader.get_source(env, name)[0]  # type: ignore[union-attr]


def test_the_committed_compiled_templates_equal_a_fresh_compile():
    assert stale_files() == [], "run python -m scripts.templates and commit kb/quiz/templates_compiled/"


def test_every_template_loads_from_its_compiled_module():
    precompiled = PrecompiledTemplates()
    env = environment()
    missing = [
        name for name in env.list_templates() if precompiled.load(env, name, source_of(name), None, None) is None
    ]
    assert missing == []


def test_a_template_whose_source_changed_since_it_was_compiled_is_compiled_from_its_source():
    precompiled = PrecompiledTemplates()
    env = environment()
    assert precompiled.load(env, TEMPLATE, source_of(TEMPLATE) + "{# edited #}", None, None) is None
    assert precompiled.load(env, TEMPLATE, source_of(TEMPLATE), None, None) is not None


@pytest.fixture
def compiled_copy(tmp_path):
    return shutil.copytree(COMPILED_DIR, tmp_path / "compiled")


def test_modules_compiled_by_another_jinja_or_other_settings_are_not_used(compiled_copy):
    manifest = json.loads((compiled_copy / MANIFEST).read_text(encoding="utf-8"))
    manifest["compiler"] = "compiled elsewhere"
    (compiled_copy / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert (
        PrecompiledTemplates(compiled_copy).load(environment(), "item.html", source_of("item.html"), None, None) is None
    )
    env = environment().overlay(trim_blocks=False)
    assert PrecompiledTemplates().load(env, "item.html", source_of("item.html"), None, None) is None


def test_a_compiled_template_renders_what_its_source_renders():
    context = {"href": "../quizzes/basics/#basics-01", "count": 2, "where": "第 1、3 题"}
    env = environment()
    compiled = PrecompiledTemplates().load(env, TEMPLATE, source_of(TEMPLATE), None, None)
    assert compiled is not None
    assert compiled.render(**context) == env.from_string(source_of(TEMPLATE)).render(**context)
    assert "本节自测（2 题：第 1、3 题）" in compiled.render(**context)


def test_the_environment_uses_the_compiled_modules_and_follows_an_edit(tmp_path, monkeypatch):
    """Through the loader: compiled while the file is unchanged, compiled from the file once edited."""
    from kb.quiz import markup

    templates = shutil.copytree(markup.TEMPLATES_DIR, tmp_path / "templates")
    monkeypatch.setattr(markup, "TEMPLATES_DIR", templates)
    markup.environment.cache_clear()
    try:
        env = markup.environment()
        first = env.get_template(TEMPLATE)
        assert first.filename and first.filename.startswith(str(COMPILED_DIR))  # from its compiled module
        (templates / TEMPLATE).write_text("<p>改过了</p>", encoding="utf-8")
        edited = env.get_template(TEMPLATE)
        assert edited.render() == "<p>改过了</p>"
        assert edited.filename == str(templates / TEMPLATE)  # compiled from the edited file
    finally:
        markup.environment.cache_clear()
