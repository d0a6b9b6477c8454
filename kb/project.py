"""Where things live in this repository, read from mkdocs.yml so tools and the hook agree."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from kb.settings import quiz_settings

REPO_ROOT = Path(__file__).resolve().parents[1]


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml uses MkDocs' own tags (!ENV); here they are read as plain values."""


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


@dataclass(frozen=True)
class ProjectPaths:
    """The docs directory, the bank directory and the scenario directory of a site."""

    docs_dir: Path
    banks_dir: Path
    scenarios_dir: Path | None
    """None when mkdocs.yml names no scenario folder."""


def project_paths(config_file: Path = REPO_ROOT / "mkdocs.yml") -> ProjectPaths:
    """Paths from mkdocs.yml (``docs_dir`` and ``extra.quiz``, as the build reads them), relative to it.

    Raises ``SettingsError`` when ``extra.quiz`` has a problem, as the build would stop.
    """
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
    settings = quiz_settings(config.get("extra"), config_file)
    return ProjectPaths(
        docs_dir=config_file.parent / config.get("docs_dir", "docs"),
        banks_dir=Path(settings.banks_dir),
        scenarios_dir=Path(settings.scenarios_dir) if settings.scenarios_dir is not None else None,
    )
