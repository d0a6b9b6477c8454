"""A problem found in a quiz bank, with the position a trainer needs to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class BankError:
    """One problem: where it is (file, line, column, item id) and what to do about it."""

    path: Path
    line: int
    column: int
    message: str
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
        """``path:line:col: [item id] message`` — the form editors and CI can parse."""
        where = f"{self.display_path(root)}:{self.line}:{self.column}"
        item = f"[{self.item_id}] " if self.item_id else ""
        return f"{where}: {item}{self.message}"


def sort_errors(errors: list[BankError]) -> list[BankError]:
    """Errors in reading order: by file, then line, then column."""
    return sorted(errors, key=lambda error: (str(error.path), error.line, error.column))
