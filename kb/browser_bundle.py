"""The browser bundle: which ES modules are entry points, and how esbuild turns them into what ships.

Developers edit the ES modules in ``overrides/assets/kb/``; pages load the minified, code-split
bundle in ``overrides/assets/kb-dist/`` (committed, so a preview or a build needs no Node).
``python -m scripts.bundle`` rebuilds it; a test proves the committed bundle equals a fresh build.

The bundle sits beside ``kb/``, at the same depth, on purpose: ``site.js`` finds the site's base
two folders above the file it runs from (``import.meta.url``), which is now a bundle file.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

SOURCE_DIR = PurePosixPath("overrides/assets/kb")
"""The ES modules developers edit (relative to the repository root)."""

THEME_DIR = PurePosixPath("overrides")
"""mkdocs.yml's ``theme.custom_dir``: what is under it is served from the site root."""

DIST_DIR = PurePosixPath("overrides/assets/kb-dist")
"""What pages load: esbuild's output, one file per entry point plus shared chunks (flat, no subfolders)."""

EVERY_PAGE = "kb.js"
"""The entry every page loads (mkdocs.yml), offline.js and the visit log inside it. It is bundled on its
own, one file with no shared chunk (a topic page fetches just it, issue 32); the parts it fetches with
``import()`` stay outside it, as the same files a page's head names, so each part runs once."""

ENTRIES = (
    EVERY_PAGE,
    "overview.js",
    "quiz.js",
    "sessions.js",
    "tools.js",
    "scenario.js",
    "report-part.js",
    "kb.css",
    "quiz.css",
    "types.css",
    "scenario.css",
    "report.css",
)
"""Entry points, relative to SOURCE_DIR. ``kb.js`` is what every page loads (mkdocs.yml); it imports
the other scripts (the parts) with ``import()`` only on pages that hold their root element. The parts
share chunks with one another. The style sheets are minified one for one (mkdocs.yml extra_css). A new
page part is added here and in kb.js."""

PARTS = tuple(entry for entry in ENTRIES if entry.endswith(".js") and entry != EVERY_PAGE)
"""The scripts kb.js fetches with ``import()``: outside its file, in the shared-chunk build."""

LOADED_SEPARATELY: tuple[str, ...] = ()
"""Modules under SOURCE_DIR that a page loads outside the bundle (a Web Worker script, say): none yet."""

MANIFEST = "manifest.json"
"""In DIST_DIR: for each entry, its file and the chunks it imports statically (the hook preloads them)."""

ESBUILD = PurePosixPath("node_modules/.bin/esbuild")
"""Installed by ``npm ci`` from package-lock.json (scripts/test.sh does it)."""

REBUILD_COMMAND = "python -m scripts.bundle"

ESBUILD_OPTIONS = (
    "--bundle",
    "--format=esm",
    "--minify",
    "--sourcemap",
    "--charset=utf8",
    "--target=es2020",
    "--legal-comments=none",
    "--chunk-names=chunk-[hash]",
)
"""Minified ESM with source maps; UTF-8 kept as is (the Chinese text stays short). The parts' run adds code splitting."""


class BundleError(Exception):
    """esbuild is missing or failed; the message says what to do."""


@dataclass(frozen=True)
class EntryFiles:
    """One entry point's output file and the chunks it imports statically (site paths under DIST_DIR)."""

    file: str
    imports: tuple[str, ...]


def esbuild_path(repo_root: Path) -> Path:
    """The pinned esbuild binary; BundleError when ``npm ci`` has not been run."""
    binary = repo_root / ESBUILD
    if not binary.exists():
        raise BundleError(
            f"找不到 esbuild（{ESBUILD}）。先运行 npm ci（需要 Node.js 20 或更新的版本），再运行 {REBUILD_COMMAND}。"
        )
    return binary


def build(repo_root: Path, work_root: Path | None = None) -> None:
    """Bundle the sources under ``work_root`` (default: the repository) into its DIST_DIR, replacing it.

    Two esbuild runs: kb.js alone, with its parts left as ``import()`` of their files; then the parts
    and the style sheets, code-split into shared chunks.
    """
    root = work_root or repo_root
    out = root / DIST_DIR
    if out.exists():
        shutil.rmtree(out)
    every_page = [
        str(SOURCE_DIR / EVERY_PAGE),
        *(f"--external:./{part}" for part in PARTS),
        f"--outfile={DIST_DIR / EVERY_PAGE}",
    ]
    parts = [
        *(str(SOURCE_DIR / entry) for entry in ENTRIES if entry != EVERY_PAGE),
        "--splitting",
        f"--outbase={SOURCE_DIR}",
        f"--outdir={DIST_DIR}",
    ]
    outputs: dict[str, Any] = {}
    for arguments in (every_page, parts):
        outputs |= _esbuild(repo_root, root, arguments)["outputs"]
    manifest = {
        entry: {"file": files.file, "imports": list(files.imports)}
        for entry, files in entry_files({"outputs": outputs}).items()
    }
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _esbuild(repo_root: Path, root: Path, arguments: list[str]) -> dict[str, Any]:
    """Run the pinned esbuild in ``root`` with ESBUILD_OPTIONS and ``arguments``; its metafile."""
    with tempfile.TemporaryDirectory(prefix="kb-bundle-") as tmp:
        metafile = Path(tmp) / "meta.json"
        command = [
            str(esbuild_path(repo_root)),
            *ESBUILD_OPTIONS,
            *arguments,
            f"--metafile={metafile}",
            "--log-level=warning",
        ]
        result = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise BundleError(f"esbuild 没有打包成功：\n{result.stderr}")
        meta: dict[str, Any] = json.loads(metafile.read_text(encoding="utf-8"))
        return meta


def entry_files(meta: dict[str, Any]) -> dict[str, EntryFiles]:
    """From esbuild's metafile: each entry's output file and the closure of its static imports."""
    outputs: dict[str, Any] = meta["outputs"]
    prefix = str(DIST_DIR) + "/"

    def static_imports(path: str, seen: set[str]) -> None:
        for imported in outputs[path].get("imports", []):
            if imported["kind"] == "import-statement" and imported["path"] not in seen:
                seen.add(imported["path"])
                static_imports(imported["path"], seen)

    result = {}
    for path, output in outputs.items():
        entry = output.get("entryPoint")
        if not entry or not path.endswith(".js"):
            continue
        seen: set[str] = set()
        static_imports(path, seen)
        result[PurePosixPath(entry).relative_to(SOURCE_DIR).as_posix()] = EntryFiles(
            path.removeprefix(prefix), tuple(sorted(p.removeprefix(prefix) for p in seen))
        )
    return dict(sorted(result.items()))


def fresh_build_differences(repo_root: Path) -> list[str]:
    """Files of the committed bundle that differ from a fresh build of the sources (none when in step)."""
    with tempfile.TemporaryDirectory(prefix="kb-bundle-check-") as tmp:
        work = Path(tmp)
        shutil.copytree(repo_root / SOURCE_DIR, work / SOURCE_DIR)
        build(repo_root, work)
        fresh, committed = work / DIST_DIR, repo_root / DIST_DIR
        names = {p.relative_to(fresh).as_posix() for p in fresh.rglob("*") if p.is_file()}
        if committed.exists():
            names |= {p.relative_to(committed).as_posix() for p in committed.rglob("*") if p.is_file()}
        return sorted(
            name
            for name in names
            if not (fresh / name).is_file()
            or not (committed / name).is_file()
            or (fresh / name).read_bytes() != (committed / name).read_bytes()
        )


def read_manifest(dist_dir: Path) -> dict[str, EntryFiles]:
    """The committed manifest: entry → its file and static imports (empty when there is no bundle)."""
    path = dist_dir / MANIFEST
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {entry: EntryFiles(files["file"], tuple(files["imports"])) for entry, files in data.items()}
