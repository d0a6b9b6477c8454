"""A Content-Security-Policy for each written page: our own files, plus the page's own inline scripts.

The theme (Material) writes a few small inline scripts whose text varies with the page's depth.
Their hashes are taken from the finished page at build time, so a theme update that changes them
changes the policy with them; nothing else inline may run, and nothing loads from another host.
"""

from __future__ import annotations

import base64
import hashlib
import re

SCRIPT = re.compile(r"<script(?P<attributes>[^>]*)>(?P<body>.*?)</script>", re.DOTALL | re.IGNORECASE)
SCRIPT_TYPE = re.compile(r"""\btype\s*=\s*["']?(?P<type>[^"'\s>]+)""", re.IGNORECASE)
SOURCE = re.compile(r"\bsrc\s*=", re.IGNORECASE)
RUNS = {"", "text/javascript", "application/javascript", "module"}
"""Script types a browser runs (``application/json`` data blocks are not scripts to CSP)."""
HEAD = re.compile(r"<head[^>]*>", re.IGNORECASE)
BASE_POLICY = (
    "default-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
)
"""Everything but scripts: the site's own files only (it makes no third-party requests)."""


def inline_script_hashes(html: str) -> list[str]:
    """``'sha256-…'`` of each inline script of ``html`` a browser would run, in page order, once each."""
    hashes: list[str] = []
    for script in SCRIPT.finditer(html):
        attributes = script.group("attributes")
        kind = SCRIPT_TYPE.search(attributes)
        if SOURCE.search(attributes) or (kind is not None and kind.group("type").lower() not in RUNS):
            continue
        digest = hashlib.sha256(script.group("body").encode("utf-8")).digest()
        source = f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
        if source not in hashes:
            hashes.append(source)
    return hashes


def policy(html: str) -> str:
    """The page's policy: scripts from the site and the page's own inline scripts, nothing else."""
    scripts = " ".join(["script-src 'self'", *inline_script_hashes(html)])
    return "; ".join([BASE_POLICY[0], scripts, *BASE_POLICY[1:]])


def with_policy(html: str) -> str:
    """``html`` with its policy as the first element of ``<head>`` (before anything it governs)."""
    head = HEAD.search(html)
    if head is None:
        return html
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">'
    return html[: head.end()] + meta + html[head.end() :]
