"""A lint finding: where an item-writing weakness is, which check saw it, and what to change."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Finding:
    """One weakness a test-wise learner could exploit, positioned for the trainer who fixes it."""

    path: Path
    """The bank file (or, for a finding about all banks together, the banks directory)."""
    line: int
    """1-based line of the item (or of the bank's first line); 0 when no line applies."""
    check: str
    """Name of the check, as written in ``# kb-lint: disable=<check> 理由``."""
    message: str
    """What is wrong and what to change, in plain Chinese."""
    item_id: str | None = None

    def display_path(self, root: Path | None = None) -> str:
        """The path relative to ``root`` (the repository) when it lies below it."""
        if root is not None:
            try:
                return self.path.resolve().relative_to(root.resolve()).as_posix()
            except ValueError:
                pass
        return self.path.as_posix()

    def format(self, root: Path | None = None) -> str:
        """``path:line: [item id] message [check]``, the form editors and CI can parse."""
        where = self.display_path(root) + (f":{self.line}" if self.line else "")
        item = f"[{self.item_id}] " if self.item_id else ""
        return f"{where}: {item}{self.message} [{self.check}]"


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Findings in reading order: by file, then line, then check name."""
    return sorted(findings, key=lambda finding: (str(finding.path), finding.line, finding.check))
