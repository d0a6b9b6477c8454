"""Quiz templates compiled ahead of time, as pip byte-compiles a package: a build skips Jinja's compiler.

Jinja turns each template into Python source the first time it is loaded; for the quiz templates
that is about a fifth of the quiz hook's time in a first build. ``python -m scripts.templates``
writes that Python source for every template into ``kb/quiz/templates_compiled/`` (committed, read
like any other module of the package, and byte-compiled with it by scripts/setup-env.sh), with a
manifest of the Jinja version, the compiler settings and the SHA-256 of each template's source.

A compiled template is used only while it matches: the same Jinja version and compiler settings,
and the same source as the compiler would read now. Otherwise the template is compiled from its source as before, so
an edited template is never shown stale; a test proves the committed files equal a fresh compile.
These files are source under version control, written by our own script, not a cache: nothing a
trainer writes and nothing outside the repository ends up in them.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import Environment, Template
from jinja2.loaders import ModuleLoader

COMPILED_DIR = Path(__file__).with_name("templates_compiled")
MANIFEST = "manifest.json"
REBUILD_COMMAND = "python -m scripts.templates"

_COMPILER_SETTINGS = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "optimized",
    "autoescape",
)
"""The environment's settings that change the Python Jinja writes for a template."""


def digest(text: str) -> str:
    """The SHA-256 of a text, in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def compiler_key(environment: Environment) -> str:
    """A fingerprint of the Jinja version, the environment's compiler settings and its extensions."""
    settings = {name: repr(getattr(environment, name)) for name in _COMPILER_SETTINGS}
    settings["extensions"] = repr(sorted(environment.extensions))
    return digest(json.dumps({"jinja2": jinja2.__version__, "settings": settings}, sort_keys=True))


def compiled_sources(environment: Environment) -> dict[str, str]:
    """Every file of the compiled folder, by name: one Python module per template, and the manifest.

    Each template is recorded by the digest of the source the compiler reads (the loader's output,
    after it joins an ``.html`` template's lines), so a change to the file or to that joining is seen.
    """
    files: dict[str, str] = {}
    digests: dict[str, str] = {}
    for name in environment.list_templates():
        source, _, _ = environment.loader.get_source(environment, name)  # type: ignore[union-attr]
        # The template's name stands in for its file name: the output is the same on every machine.
        files[ModuleLoader.get_module_filename(name)] = environment.compile(
            source, name, name, raw=True, defer_init=True
        )
        digests[name] = digest(source)
    manifest = {"compiler": compiler_key(environment), "jinja2": jinja2.__version__, "templates": digests}
    files[MANIFEST] = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    return files


def write_compiled(environment: Environment, target: Path = COMPILED_DIR) -> None:
    """Replace the compiled folder with a fresh compile of every template."""
    target.mkdir(exist_ok=True)
    files = compiled_sources(environment)
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
    return data if isinstance(data, dict) else {}


class PrecompiledTemplates:
    """Loads a template from its compiled module while that still matches what it was compiled from."""

    def __init__(self, target: Path = COMPILED_DIR) -> None:
        """Read the manifest once."""
        self._target = target
        manifest = _manifest(target)
        digests = manifest.get("templates")
        self._compiler = manifest.get("compiler")
        self._digests: dict[str, str] = digests if isinstance(digests, dict) else {}

    def load(
        self,
        environment: Environment,
        name: str,
        source: str,
        uptodate: Callable[[], bool] | None,
        globals: MutableMapping[str, Any] | None,
    ) -> Template | None:
        """The compiled template ``name``, or None when it is missing or was compiled from another ``source``.

        ``source`` is what the loader gives the compiler now; ``uptodate`` its check for a later edit.
        """
        module_path = self._target / ModuleLoader.get_module_filename(name)
        recorded = self._digests.get(name)
        if (
            not recorded
            or recorded != digest(source)
            or self._compiler != compiler_key(environment)
            or not module_path.is_file()
        ):
            return None
        spec = importlib.util.spec_from_file_location(f"kb.quiz.templates_compiled.{module_path.stem}", module_path)
        if spec is None or spec.loader is None:
            return None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        template = environment.template_class.from_module_dict(environment, module.__dict__, globals or {})
        template._uptodate = uptodate  # as for a template compiled from its file: `mkdocs serve` sees an edit
        return template
