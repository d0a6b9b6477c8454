"""The sites built: ours (quiz hook), plain (no quizzes) and the peer's, as configs inheriting mkdocs.yml.

Every variant builds the same docs with the same theme, Markdown extensions and other hooks; only
the quiz engine differs. The git-revision-date plugin is left out of all of them: temporary docs
are not in git, and its per-page git calls would only add noise.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

from scripts.bench.settings import BANKS_DIR, CONFIG, DOCS_DIR, OTHER_HOOKS, OVERRIDES_DIR, QUIZ_HOOK, REPO_ROOT

QUIZ_INDEX = "quizzes/index.md"
PEER_PLUGIN = "mkdocs_quiz"
QUIZ_ASSETS = ("assets/kb-dist/kb.js", "assets/kb-dist/quiz.css", "assets/kb-dist/types.css")
"""Our quiz engine's browser side: only our variant loads it (the peer inlines its own). Without
``kb.js`` a page loads none of the bundle (browser_parts.py adds nothing where kb.js is not loaded)."""


class _TagIgnoringLoader(yaml.SafeLoader):
    """Reads mkdocs.yml as plain data; MkDocs' own tags (!ENV) become None."""


_TagIgnoringLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def real_config() -> dict[str, Any]:
    """mkdocs.yml as plain data."""
    return yaml.load(CONFIG.read_text(encoding="utf-8"), Loader=_TagIgnoringLoader)


def nav_without(nav: list[Any], page: str) -> list[Any]:
    """``nav`` with every entry for ``page`` removed (and sections left empty dropped)."""
    result: list[Any] = []
    for entry in nav:
        if entry == page or (isinstance(entry, dict) and page in entry.values()):
            continue
        if isinstance(entry, dict) and len(entry) == 1 and isinstance(next(iter(entry.values())), list):
            ((title, children),) = entry.items()
            children = nav_without(children, page)
            if children:
                result.append({title: children})
            continue
        result.append(entry)
    return result


def plugins(extra: list[Any]) -> list[Any]:
    """mkdocs.yml's plugins without git dates, paths made absolute, plus ``extra``."""
    kept: list[Any] = []
    for plugin in real_config()["plugins"]:
        name = plugin if isinstance(plugin, str) else next(iter(plugin))
        if name == "git-revision-date-localized":
            continue
        if name == "search" and isinstance(plugin, dict) and "jieba_dict_user" in (plugin["search"] or {}):
            plugin = {
                "search": dict(plugin["search"], jieba_dict_user=str(REPO_ROOT / plugin["search"]["jieba_dict_user"]))
            }
        kept.append(plugin)
    return kept + extra


def without_quiz_assets(entries: list[Any]) -> list[Any]:
    """``extra_css`` or ``extra_javascript`` entries without our quiz engine's files."""
    return [entry for entry in entries if (entry if isinstance(entry, str) else entry["path"]) not in QUIZ_ASSETS]


def write_config(dest: Path, variant: str, *, docs_dir: Path = DOCS_DIR, banks_dir: Path | None = None) -> Path:
    """``dest/mkdocs.yml`` for ``variant`` (``ours``, ``plain`` or ``peer``); return its path."""
    dest.mkdir(parents=True, exist_ok=True)
    nav = real_config()["nav"]
    config: dict[str, Any] = {
        "INHERIT": str(CONFIG),
        "docs_dir": str(docs_dir),
        "theme": {"custom_dir": str(OVERRIDES_DIR)},
        "watch": [],
        "hooks": [str(hook) for hook in ((QUIZ_HOOK, *OTHER_HOOKS) if variant == "ours" else OTHER_HOOKS)],
        "plugins": plugins([PEER_PLUGIN] if variant == "peer" else []),
        "nav": nav if variant == "ours" else nav_without(nav, QUIZ_INDEX),
    }
    if variant != "ours":
        for key in ("extra_css", "extra_javascript"):
            config[key] = without_quiz_assets(real_config()[key])
    # Folders are relative to the config written here, so name them in full; no scenarios, as in
    # every measured build so far (they are not quiz items, and the peer has none).
    config["extra"] = {"quiz": {"banks_dir": str(banks_dir or BANKS_DIR), "scenarios_dir": None}}
    path = dest / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def peer_docs(dest: Path, banks: dict[str, dict[str, Any]]) -> Path:
    """A copy of docs/ with each bank as a Markdown quiz page under ``quizzes/``; return it."""
    from scripts.bench.peer import write_quiz_pages

    shutil.copytree(DOCS_DIR, dest)
    write_quiz_pages(banks, dest / "quizzes")
    return dest
