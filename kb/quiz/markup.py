r"""The Jinja2 environment for quiz markup, and the one way a trainer's Markdown enters it.

Templates live in ``kb/quiz/templates/`` and autoescape everything: bank titles, ids and
option keys are text. Only ``PageText.block`` / ``PageText.inline`` return markup, and they
go through ``kb.quiz.text.render_text`` (Markdown without raw HTML, then an nh3 allow-list).

In ``.html`` templates, line breaks and indentation are for reading only: lines are joined
when the template is loaded (write ``{{ "\n" }}`` for a real line break). ``.md`` templates
keep their lines, since Markdown needs them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, MutableMapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template
from markupsafe import Markup

from kb.content.sections import DocsIndex
from kb.core.paths import item_anchor, relative_href
from kb.quiz.model import Citation
from kb.quiz.precompiled import PrecompiledTemplates
from kb.quiz.text import render_text

TEMPLATES_DIR = Path(__file__).with_name("templates")
_LINE_BREAK = re.compile(r"\n[ \t]*")


class _JoinedLinesLoader(FileSystemLoader):
    """Loads templates from TEMPLATES_DIR; joins the lines of ``.html`` ones (see module doc).

    A template compiled ahead of time (kb/quiz/precompiled.py) is used while it matches its file.
    """

    def __init__(self, searchpath: Path) -> None:
        """Templates under ``searchpath``, compiled ones from kb/quiz/templates_compiled/."""
        super().__init__(searchpath)
        self._precompiled = PrecompiledTemplates()

    def load(self, environment: Environment, name: str, globals: MutableMapping[str, Any] | None = None) -> Template:
        """The compiled template when it was compiled from this source, else the source compiled now."""
        source, _, uptodate = self.get_source(environment, name)
        compiled = self._precompiled.load(environment, name, source, uptodate, globals)
        return compiled if compiled is not None else super().load(environment, name, globals)

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        """The template's source, its file name and an up-to-date check."""
        source, filename, uptodate = super().get_source(environment, template)
        if template.endswith(".html"):
            source = _LINE_BREAK.sub("", source)
        return source, filename, uptodate


def json_text(data: Any) -> str:
    """Compact JSON as text; the template's autoescaping makes it safe in an attribute.

    Not a <script type="application/json">: instant navigation re-creates script elements
    and would run the JSON as JavaScript.
    """
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The shared environment: autoescaping on, undefined names are errors."""
    env = Environment(
        loader=_JoinedLinesLoader(TEMPLATES_DIR),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["json"] = json_text
    env.globals["item_anchor"] = item_anchor  # an item's element id, from kb.core.paths like every link to it
    return env


def render_template(name: str, **context: Any) -> str:
    """Render one template of kb/quiz/templates/ with ``context``."""
    return environment().get_template(name).render(**context)


class PageText:
    """Trainer text and links for one generated page (links are relative to its path)."""

    def __init__(self, page_path: str, docs: DocsIndex) -> None:
        """Text for the page at ``page_path`` (a docs path such as ``quizzes/x.md``)."""
        self.page_path = page_path
        self.docs = docs

    def href(self, target: str | Citation) -> str:
        """A link from this page to ``target`` (a docs path, optionally with ``#id``)."""
        return relative_href(str(target), self.page_path)

    def _markdown(self, text: str, inline: bool) -> Markup:
        # The one place trainer Markdown becomes markup: sanitised by render_text.
        return Markup(render_text(text, self.href, inline=inline))  # noqa: S704

    def block(self, text: str) -> Markup:
        """A trainer's text field as paragraphs (and lists)."""
        return self._markdown(text, inline=False)

    def inline(self, text: str) -> Markup:
        """A trainer's one-line text field, without the surrounding paragraph."""
        return self._markdown(text, inline=True)

    def section_title(self, citation: Citation) -> str:
        """The cited heading's text (plain), or the citation itself when it cannot be found."""
        section = self.docs.section(citation)
        return section.title if section else str(citation)

    def page_title(self, page: str) -> str:
        """A docs page's title (plain), or its path when it has none."""
        return self.docs.page_titles.get(page) or page
