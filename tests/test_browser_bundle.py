"""The browser bundle that ships is a fresh esbuild build of the ES module sources, and nothing else.

Pages load overrides/assets/kb-dist/ (committed, so a preview needs no Node); developers edit
overrides/assets/kb/. These tests prove the two agree, that every source module is in the bundle,
and that kb.js and the build hook name the same page parts.
"""

from __future__ import annotations

import json
import re

import yaml

from kb.browser_bundle import (
    DIST_DIR,
    ENTRIES,
    LOADED_SEPARATELY,
    PARTS,
    REBUILD_COMMAND,
    SOURCE_DIR,
    THEME_DIR,
    EntryFiles,
    read_manifest,
)
from kb.site_assets import (
    ENGINE_STYLES,
    PAGE_PARTS,
    PART_STYLES,
    page_modules,
    page_part_tags,
    page_styles,
    parts_on_page,
    with_head_tags,
)
from tests.support.paths import REPO as REPO_ROOT

SOURCES = REPO_ROOT / SOURCE_DIR
DIST = REPO_ROOT / DIST_DIR


def bundled_sources() -> set[str]:
    """Source modules (relative to SOURCE_DIR) that some bundle file was built from, by its source map."""
    found: set[str] = set()
    for source_map in DIST.glob("*.js.map"):
        for source in json.loads(source_map.read_text(encoding="utf-8"))["sources"]:
            found.add((DIST / source).resolve().relative_to(SOURCES).as_posix())
    return found


def test_the_committed_bundle_equals_a_fresh_esbuild_build_of_the_sources():
    from kb.browser_bundle import BundleError, fresh_build_differences

    try:
        stale = fresh_build_differences(REPO_ROOT)
    except BundleError as error:
        raise AssertionError(f"{error} (bash scripts/test.sh runs npm ci itself)") from error
    assert stale == [], f"{DIST_DIR}/ is out of date with {SOURCE_DIR}/: run {REBUILD_COMMAND} and commit it ({stale})"


def test_every_browser_module_is_in_the_bundle_or_listed_as_loaded_separately():
    sources = {path.relative_to(SOURCES).as_posix() for path in SOURCES.rglob("*.js")}
    missing = sources - bundled_sources() - set(ENTRIES) - set(LOADED_SEPARATELY)  # an entry of re-exports maps no code
    assert missing == set(), (
        f"not in any entry's module graph: add an import or an entry in kb/browser_bundle.py ENTRIES ({sorted(missing)})"
    )


def test_every_bundle_file_has_a_source_map_holding_its_sources():
    for built in [*DIST.glob("*.js"), *DIST.glob("*.css")]:
        source_map = json.loads(built.with_name(built.name + ".map").read_text(encoding="utf-8"))
        # A chunk of esbuild's own helpers (its __export) has no source of ours: an empty list.
        assert len(source_map.get("sourcesContent", [])) == len(source_map["sources"]), built.name
        assert source_map["sources"] or built.name.startswith("chunk-"), built.name
        assert f"sourceMappingURL={built.name}.map" in built.read_text(encoding="utf-8").splitlines()[-1], built.name


def test_the_site_loads_the_bundle_and_not_the_sources():
    config = yaml.load((REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    served = DIST_DIR.relative_to(THEME_DIR).as_posix() + "/"
    scripts = [entry["path"] if isinstance(entry, dict) else entry for entry in config["extra_javascript"]]
    assert scripts == [served + "kb.js"], "every page loads the small entry; it imports the rest"
    assert all(sheet.startswith(served) for sheet in config["extra_css"])
    sheets = {sheet.removeprefix(served) for sheet in config["extra_css"]}
    part_sheets = set(ENGINE_STYLES).union(*PART_STYLES.values())
    assert sheets | part_sheets == {e for e in ENTRIES if e.endswith(".css")}
    assert sheets == {"kb.css"}, "the quiz engine's, scenarios' and report's style sheets come with their parts"


def test_the_manifest_names_every_script_entry_and_only_existing_files():
    manifest = read_manifest(DIST)
    assert sorted(manifest) == sorted(entry for entry in ENTRIES if entry.endswith(".js"))
    for files in manifest.values():
        assert all((DIST / name).is_file() for name in (files.file, *files.imports))
    assert manifest["kb.js"] == EntryFiles("kb.js", ()), "every page fetches one file: no shared chunk"
    sources = set(json.loads((DIST / "kb.js.map").read_text())["sources"])
    assert sources == {"../kb/kb.js", "../kb/visit.js", "../kb/offline.js", "../kb/site-url.js"}, (
        "the entry every page loads brings the visit log and offline reading, no storage or quiz code"
    )
    bundled = (DIST / "kb.js").read_text(encoding="utf-8")
    assert sorted(re.findall(r'import\("\./([a-z-]+\.js)"\)', bundled)) == sorted(PARTS), (
        "the parts stay outside it, fetched as the very files a page's head names"
    )


def test_a_page_links_the_style_sheets_of_its_own_parts_only():
    assert page_styles([]) == []
    assert page_styles(["quiz.js"]) == ["quiz.css", "types.css"], "no scenario or report styles"
    assert page_styles(["quiz.js", "sessions.js", "scenario.js"]) == ["quiz.css", "types.css", "scenario.css"]
    assert page_styles(["report-part.js"]) == ["quiz.css", "types.css", "report.css"]
    quiz_page = '<div class="kb-quiz" data-kb-quiz="x"><nav><p class="kb-due" data-kb-next-due hidden></p></nav></div>'
    assert parts_on_page(quiz_page) == ["quiz.js"], "the quiz page's own due line needs no overview part"


def test_kb_js_loads_the_parts_the_build_hook_names_in_the_head():
    text = (SOURCES / "kb.js").read_text(encoding="utf-8")
    pairs = re.findall(r'roots: "([^"]+)",\s*load: \(\) => import\("\./([a-z-]+\.js)"\)', text)
    in_js = {part: tuple(re.findall(r"\[([a-z-]+)\]", roots)) for roots, part in pairs}
    assert in_js == PAGE_PARTS
    assert set(PAGE_PARTS) <= set(ENTRIES), "each part is an entry, so its file name is stable"


def test_a_page_names_the_parts_it_holds_and_preloads_their_chunks_once():
    html = '<html><head></head><body><div class="kb-quiz" data-kb-quiz data-kb-bank="x"></div></body></html>'
    assert parts_on_page(html) == ["quiz.js"], "a quiz page runs the quiz part alone (it shows the notice itself)"
    assert parts_on_page("<p>写 <code>data-kb-quiz</code> 的说明</p>") == []
    every_page = page_modules(THEME_DIR, ["assets/kb-dist/kb.js"])
    tags = page_part_tags(REPO_ROOT / THEME_DIR, html, every_page, lambda path: "../" + path)
    assert '<script type="module" src="../assets/kb-dist/quiz.js"></script>' in tags
    assert re.findall(r'stylesheet" href="([^"]+)"', tags) == [
        "../assets/kb-dist/quiz.css",
        "../assets/kb-dist/types.css",
    ]
    preloaded = re.findall(r'modulepreload" href="([^"]+)"', tags)
    assert preloaded and len(preloaded) == len(set(preloaded))
    assert with_head_tags(html, tags).count("</head>") == 1
    assert page_part_tags(REPO_ROOT / THEME_DIR, "<p>专题</p>", every_page, str) == ""
    topic = '<html><head><meta name="kb-offline" content="on"></head><body><p>专题</p></body></html>'
    assert page_part_tags(REPO_ROOT / THEME_DIR, topic, every_page, str) == "", "a topic page holds no part"
