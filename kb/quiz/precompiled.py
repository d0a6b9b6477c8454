"""Quiz templates compiled ahead of time, as pip byte-compiles a package: a build skips Jinja's compiler.

Jinja turns each template into Python source the first time it is loaded; for the quiz templates
that is about a fifth of the quiz hook's time in a first build. ``python -m scripts.templates``
writes that Python source for every template into ``kb/quiz/templates_compiled/`` (committed, read
like any other module of the package, and byte-compiled with it by scripts/setup-env.sh), with a
manifest of the Jinja version and each template's SHA-256.

A compiled template is used only while it matches: same Jinja version, and its template file
unchanged since it was compiled. Otherwise the template is compiled from its source as before, so
an edited template is never shown stale; a test proves the committed files equal a fresh compile.
These files are source under version control, written by our own script, not a cache: nothing a
trainer writes and nothing outside the repository ends up in them.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import Environment, Template
from jinja2.loaders import ModuleLoader

COMPILED_DIR = Path(__file__).with_name("templates_compiled")
MANIFEST = "manifest.json"
REBUILD_COMMAND = "python -m scripts.templates"


def source_digest(path: Path) -> str:
    """The SHA-256 of a template file as it is on disk."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def compiled_sources(environment: Environment, templates_dir: Path) -> dict[str, str]:
    """Every file of the compiled folder, by name: one Python module per template, and the manifest."""
    files: dict[str, str] = {}
    digests: dict[str, str] = {}
    for name in environment.list_templates():
        source, _, _ = environment.loader.get_source(environment, name)  # type: ignore[union-attr]
        # The template's name stands in for its file name: the output is the same on every machine.
        files[ModuleLoader.get_module_filename(name)] = environment.compile(
            source, name, name, raw=True, defer_init=True
        )
        digests[name] = source_digest(templates_dir / name)
    manifest = {"jinja2": jinja2.__version__, "templates": digests}
    files[MANIFEST] = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    return files


def write_compiled(environment: Environment, templates_dir: Path, target: Path = COMPILED_DIR) -> None:
    """Replace the compiled folder with a fresh compile of every template."""
    target.mkdir(exist_ok=True)
    files = compiled_sources(environment, templates_dir)
    for stale in target.glob("tmpl_*.py"):
        if stale.name not in files:
            stale.unlink()
    for name, text in files.items():
        (target / name).write_text(text, encoding="utf-8")


def _manifest(target: Path) -> dict[str, Any]:
    try:
        data = json.loads((target / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("jinja2") == jinja2.__version__ else {}


class PrecompiledTemplates:
    """Loads a template from its compiled module while that still matches the template's file."""

    def __init__(self, templates_dir: Path, target: Path = COMPILED_DIR) -> None:
        """Read the manifest once; ``templates_dir`` holds the template files it describes."""
        self._templates_dir = templates_dir
        self._target = target
        digests = _manifest(target).get("templates")
        self._digests: dict[str, str] = digests if isinstance(digests, dict) else {}

    def load(self, environment: Environment, name: str, globals: MutableMapping[str, Any] | None) -> Template | None:
        """The compiled template ``name``, or None when it is missing or out of date."""
        path = self._templates_dir / name
        recorded = self._digests.get(name)
        module_path = self._target / ModuleLoader.get_module_filename(name)
        if not recorded or not module_path.is_file() or not path.is_file() or source_digest(path) != recorded:
            return None
        spec = importlib.util.spec_from_file_location(f"kb.quiz.templates_compiled.{module_path.stem}", module_path)
        if spec is None or spec.loader is None:
            return None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        template = environment.template_class.from_module_dict(environment, module.__dict__, globals or {})
        # As for a template compiled from its file: under `mkdocs serve`, an edit is picked up.
        modified = path.stat().st_mtime_ns
        template._uptodate = lambda: path.is_file() and path.stat().st_mtime_ns == modified
        return template
