"""What ``kb.py lint`` and ``kb.py stats`` print about the lint: findings, a summary, the checks, exceptions."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from kb.quiz.lint.check import Check
from kb.quiz.lint.disables import exceptions
from kb.quiz.lint.finding import Finding
from kb.quiz.lint.view import LintBank


def summary(findings: list[Finding]) -> str:
    """One line: how many findings, per check, most frequent first."""
    if not findings:
        return "出题检查全部通过。/ No item-writing findings."
    counts = Counter(finding.check for finding in findings)
    detail = "，".join(f"{check} {count}" for check, count in counts.most_common())
    return f"{len(findings)} 条出题提示（{detail}）。/ {len(findings)} finding(s)."


def check_list(checks: tuple[Check, ...] | list[Check]) -> list[str]:
    """One paragraph per check: name, what it catches, its threshold."""
    return [f"{check.name}：{check.title}\n    阈值：{check.threshold}" for check in checks]


def exception_lines(banks: list[LintBank], root: Path | None = None) -> list[str]:
    """Each accepted ``# kb-lint: disable`` exception as ``path:line: [item] check: reason``."""
    lines = []
    for path, item, check, reason in exceptions(banks):
        where = Finding(path, item.line if item else 1, check, "").display_path(root)
        line = item.line if item else 1
        label = f"[{item.id}] " if item else "[整个题库] "
        lines.append(f"{where}:{line}: {label}{check}：{reason}")
    return lines
