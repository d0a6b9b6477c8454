"""The search index as UTF-8: the same JSON with Chinese written as itself, not as escapes.

Material writes its index with json.dumps' default ASCII escapes: six bytes per Chinese
character. Written as UTF-8 the real site's index is about half the bytes, and 14 % smaller after
gzip (what a learner downloads before the first search).
"""

from __future__ import annotations

import json
from pathlib import Path

INDEX_PATH = Path("search") / "search_index.json"


def as_utf8(index: bytes) -> bytes | None:
    """The same JSON value written as compact UTF-8; None when it is not JSON or not encodable."""
    try:
        value = json.loads(index)
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    except (ValueError, UnicodeError):  # not JSON, or a lone surrogate UTF-8 cannot hold
        return None


def rewrite_search_index(site_dir: Path) -> bool:
    """Rewrite the built site's search index as UTF-8; False (and the file untouched) if it cannot be."""
    path = site_dir / INDEX_PATH
    try:
        smaller = as_utf8(path.read_bytes())
        if smaller is None:
            return False
        path.write_bytes(smaller)
    except OSError:  # no index (search switched off) or a folder that cannot be written
        return False
    return True
