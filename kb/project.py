"""Where things live in this repository, read from mkdocs.yml so tools and the hook agree."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml uses MkDocs' own tags (!ENV); here they are read as plain values."""


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


@dataclass(frozen=True)
class ProjectPaths:
    """The docs directory, the bank directory and the scenario directory of a site."""

    docs_dir: Path
    banks_dir: Path
    scenarios_dir: Path


def project_paths(config_file: Path = REPO_ROOT / "mkdocs.yml") -> ProjectPaths:
    """Paths from mkdocs.yml (``docs_dir``, ``extra.quiz.banks_dir`` and ``scenarios_dir``), relative to it."""
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
    base = config_file.parent
    quiz = (config.get("extra") or {}).get("quiz", {})
    return ProjectPaths(
        docs_dir=base / config.get("docs_dir", "docs"),
        banks_dir=base / quiz.get("banks_dir", "quizzes"),
        scenarios_dir=base / quiz.get("scenarios_dir", "scenarios"),
    )
