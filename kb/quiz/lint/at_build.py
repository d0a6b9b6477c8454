"""The lint at build time: each finding of valid banks logged as a warning.

Only `mkdocs serve` builds are linted (``kb.build.start``): a trainer writing a bank sees the
findings on each save; a one-off `mkdocs build` leaves the lint to `kb.py lint --strict`.
The checks (and jieba) are imported only when some bank must be linted: a `mkdocs serve`
rebuild whose banks are all unchanged logs the remembered findings.
"""

from __future__ import annotations

import logging
from collections.abc import MutableMapping, Sequence
from pathlib import Path

from kb.core.document import YamlDocument
from kb.core.remember import file_key, remembered
from kb.quiz.lint.finding import Finding

BUILD_LOG = logging.getLogger("kb.quiz.lint")
"""Deliberately outside MkDocs' ``mkdocs.*`` loggers, which ``mkdocs build --strict`` counts: the
lint's gate is ``kb.py lint --strict`` in CI, so fixture sites and banks being rewritten still build."""


def _lint_key(paths: Sequence[Path], docs_dir: Path | None) -> tuple[object, ...] | None:
    """The banks' contents and the docs pages' (the section-echo check reads the cited sections)."""
    pages = sorted(docs_dir.rglob("*.md")) if docs_dir is not None else []
    contents = tuple((str(path), file_key(path)) for path in [*paths, *pages])
    return ("lint", contents) if all(content for _path, content in contents) else None


def _findings(
    paths: Sequence[Path], checked: MutableMapping[Path, YamlDocument] | None, docs_dir: Path | None
) -> list[Finding]:
    from kb.quiz.lint.run import CHECKS, lint_paths

    return lint_paths(paths, CHECKS, checked, docs_dir).findings


def warn_at_build(
    paths: Sequence[Path],
    root: Path,
    checked: MutableMapping[Path, YamlDocument] | None = None,
    docs_dir: Path | None = None,
) -> int:
    """Log each finding (file:line, item id, what to change) as a warning; return how many.

    ``checked`` holds the banks the build already read (the lint takes them out as it goes). The
    banks are linted again only when one of them changed (``kb.core.remember``).
    """
    findings = remembered(lambda: _lint_key(paths, docs_dir), lambda: _findings(paths, checked, docs_dir))
    for finding in findings:
        BUILD_LOG.warning("出题提示（kb.py lint）：%s", finding.format(root))
    return len(findings)
