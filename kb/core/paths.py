"""Where a docs page ends up on the site, and relative hrefs between pages (directory URLs)."""

from __future__ import annotations

import posixpath


def page_url(src_path: str) -> str:
    """Site URL of a docs page relative to the site root: ``topics/a.md`` → ``topics/a/``."""
    if src_path == "index.md":
        return ""
    if src_path.endswith("/index.md"):
        return src_path[: -len("index.md")]
    return src_path[: -len(".md")] + "/"


def relative_href(target: str, from_page: str) -> str:
    """Href from the page at ``from_page`` to ``target`` (both docs paths; target may have #anchor)."""
    target_path, _, anchor = target.partition("#")
    target_url = page_url(target_path)
    from_dir = page_url(from_page) or "."
    href = posixpath.relpath(target_url or ".", from_dir)
    if target_url.endswith("/") or not target_url:
        href = href.rstrip("/") + "/"
    if href == "./" and not anchor:
        href = "./"
    return href + (f"#{anchor}" if anchor else "")
