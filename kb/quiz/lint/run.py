"""Runs the registered checks over bank files and drops what a disable comment excepts."""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kb.core.document import YamlDocument
from kb.core.yaml_reader import read_document
from kb.quiz.lint.check import Check
from kb.quiz.lint.cited import forget_cited_pages
from kb.quiz.lint.disables import apply_disables
from kb.quiz.lint.exempt import lint_banks, unused_disables
from kb.quiz.lint.finding import Finding, sort_findings
from kb.quiz.lint.measure import forget_measurements
from kb.quiz.lint.registry import CHECKS
from kb.quiz.lint.view import LintBank, lint_item
from kb.quiz.rules import BANKS


@dataclass
class LintReport:
    """The banks as the lint saw them (with their exceptions) and what it found."""

    banks: list[LintBank] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def read_lint_bank(
    path: Path, known: Sequence[str], checked: YamlDocument | None = None, docs_dir: Path | None = None
) -> tuple[LintBank | None, list[Finding]]:
    """One validated bank file as the lint sees it, with its malformed disable comments as findings.

    ``checked`` is the bank as the build already read and checked it, so it is not parsed twice.
    """
    document, errors = (checked, []) if checked is not None else read_document(path, BANKS)
    if document is None or errors or not isinstance(document.data, dict):
        where = f"第 {errors[0].line} 行：{errors[0].message}" if errors else "文件读不出题目。"
        return None, [
            Finding(path, errors[0].line if errors else 1, "validate", f"先运行 validate 修好题库（{where}）")
        ]
    items = document.data.get("items")
    listed = enumerate(items if isinstance(items, list) else [])
    items = tuple(lint_item(document, index, item) for index, item in listed if isinstance(item, dict))
    bank = LintBank(path, items, docs_dir)
    text = path.read_text(encoding="utf-8")
    return apply_disables(bank, text, document.key_position_of(("items",))[0], known)


def read_lint_banks(
    paths: Sequence[Path],
    checks: Sequence[Check] = CHECKS,
    checked: MutableMapping[Path, YamlDocument] | None = None,
    docs_dir: Path | None = None,
) -> LintReport:
    """Bank files as the lint sees them, with their exceptions; malformed disable comments as findings.

    ``checked`` holds banks the build already parsed. Each is taken out of it once the lint has its
    own small view of it, so a build never holds every parsed bank (with every YAML position) at
    the same time as the lint's measurements.
    """
    report = LintReport()
    known = [check.name for check in checks]
    for path in paths:
        bank, findings = read_lint_bank(path, known, checked.pop(path, None) if checked is not None else None, docs_dir)
        report.findings += findings
        if bank is not None:
            report.banks.append(bank)
    return report


def lint_paths(
    paths: Sequence[Path],
    checks: Sequence[Check] = CHECKS,
    checked: MutableMapping[Path, YamlDocument] | None = None,
    docs_dir: Path | None = None,
) -> LintReport:
    """Lint bank files (already validated) together, since some checks compare banks.

    ``docs_dir`` holds the pages the items cite (default: ``docs/`` beside the banks' folder).
    """
    report = read_lint_banks(paths, checks, checked, docs_dir)
    found = lint_banks(report.banks, checks) + unused_disables(report.banks, checks)
    report.findings = sort_findings(report.findings + found)
    forget_measurements()
    forget_cited_pages()
    return report
