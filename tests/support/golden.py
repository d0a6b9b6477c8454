"""Golden pages: rendered HTML compared with a reviewed copy under tests/golden/.

What can change between two renders of the same source without anyone changing the page
(dates, content hashes, asset fingerprints) is replaced by a placeholder first, and each tag
starts a line, so a mismatch reads as a short line diff. After an intended change to a page,
write the new copies with ``KB_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden_pages.py``
and review them in ``git diff`` before committing.
"""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path

from tests.support.paths import REPO

GOLDEN = REPO / "tests" / "golden"
"""The reviewed copies, one file per page or item."""

UPDATE_VARIABLE = "KB_UPDATE_GOLDEN"
"""Set to 1 to write what is rendered now as the new golden copies instead of comparing."""

VOLATILE = [
    (re.compile(r"\b\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b"), "{DATE}"),
    (re.compile(r"\.[0-9a-f]{8,}((?:\.min)?\.(?:js|css|json)\b)"), r".{FINGERPRINT}\1"),
    (re.compile(r"([?&]v=)[0-9A-Za-z_-]+"), r"\1{FINGERPRINT}"),
    (re.compile(r"\b[0-9a-f]{16,}\b"), "{HASH}"),
]
"""What differs between two renders of the same source: build dates, asset fingerprints, content hashes."""

OPENING_TAG = re.compile(r"(?=<[A-Za-z!])")
"""Where a line break goes: before each opening tag (closing tags stay with their content)."""
MAX_DIFF_LINES = 80


def normalised(html: str) -> str:
    """``html`` with its volatile parts replaced and a line break before every opening tag.

    Only line breaks are added (one before each ``<name`` or ``<!``), so two pages that differ in
    anything but those parts still differ after normalising.
    """
    for pattern, placeholder in VOLATILE:
        html = pattern.sub(placeholder, html)
    return OPENING_TAG.sub("\n", html).removeprefix("\n") + ("" if html.endswith("\n") else "\n")


def updating() -> bool:
    """Whether this run writes new golden copies (``KB_UPDATE_GOLDEN=1``)."""
    return os.environ.get(UPDATE_VARIABLE) == "1"


def assert_matches_golden(name: str, html: str, folder: Path = GOLDEN) -> None:
    """Fail with a line diff unless ``html``, normalised, equals ``folder/name`` (or write it when updating)."""
    actual = normalised(html)
    path = folder / name
    if updating():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    how_to_update = (
        f"After an intended change: {UPDATE_VARIABLE}=1 .venv/bin/python -m pytest tests/test_golden_pages.py"
    )
    if not path.exists():
        raise AssertionError(f"no golden copy {path.relative_to(REPO)}. {how_to_update}")
    expected = path.read_text(encoding="utf-8")
    if actual == expected:
        return
    diff = list(
        difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), f"golden/{name}", "rendered now", lineterm="", n=2
        )
    )
    shown = diff[:MAX_DIFF_LINES] + (
        [f"… {len(diff) - MAX_DIFF_LINES} more diff lines"] if len(diff) > MAX_DIFF_LINES else []
    )
    raise AssertionError(f"{name} differs from its golden copy:\n" + "\n".join(shown) + f"\n{how_to_update}")
