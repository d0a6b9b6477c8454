"""The site builds exactly as the Pages workflow builds it, and every URL keeps the project subpath.

A fresh virtual environment gets requirements-build.txt alone (as the workflow's build job does),
then runs `python -m mkdocs build --strict` with SITE_URL set the way configure-pages sets it.
The venv is cached under .cache/, keyed by the requirements file's hash, so later runs are fast.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import venv
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

import pytest

from tests.support.paths import REPO

BUILD_REQUIREMENTS = REPO / "requirements-build.txt"
SITE_URL = "https://example-org.github.io/some-repo/"
SUBPATH = "/some-repo/"
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
ASSET_ATTRIBUTES = {"link": "href", "script": "src", "img": "src", "source": "src", "video": "src", "audio": "src"}
TEST_ONLY_MODULES = ["pytest", "playwright", "hypothesis", "ruff", "mypy", "pre_commit"]


def build_venv_python() -> Path:
    """Python of a venv holding requirements-build.txt only; made once per requirements hash."""
    digest = hashlib.sha256(BUILD_REQUIREMENTS.read_bytes()).hexdigest()[:16]
    home = REPO / ".cache" / f"build-venv-{digest}"
    if not (home / "installed").exists():
        staging = home.with_name(f"{home.name}.{os.getpid()}.tmp")
        shutil.rmtree(staging, ignore_errors=True)
        venv.EnvBuilder(with_pip=True, symlinks=True).create(staging)
        install = [str(staging / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*install, "-r", str(BUILD_REQUIREMENTS)], check=True, timeout=900)
        (staging / "installed").write_text(digest, encoding="utf-8")
        try:
            staging.rename(home)  # another test run may have won the race; then use its venv
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
    return home / "bin" / "python"


@pytest.fixture(scope="module")
def build_python() -> Path:
    return build_venv_python()


@pytest.fixture(scope="module")
def published(build_python, tmp_path_factory) -> tuple[Path, str]:
    """The real site built as the workflow builds it: (site directory, build output)."""
    site = tmp_path_factory.mktemp("published") / "site"
    env = {key: value for key, value in os.environ.items() if key not in {"NO_MKDOCS_2_WARNING", "VIRTUAL_ENV"}}
    env["SITE_URL"] = SITE_URL
    command = [str(build_python), "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)]
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=600, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    return site, output


class _UrlCollector(HTMLParser):
    """Canonical links and asset URLs (stylesheets, scripts, icons, images) of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.canonical: list[str] = []
        self.assets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and values.get("rel") == "canonical":
            self.canonical.append(values.get("href") or "")
        elif tag in ASSET_ATTRIBUTES and values.get(ASSET_ATTRIBUTES[tag]):
            self.assets.append(values[ASSET_ATTRIBUTES[tag]] or "")


def page_urls(page: Path) -> _UrlCollector:
    """Parse one built page."""
    collector = _UrlCollector()
    collector.feed(page.read_text(encoding="utf-8"))
    return collector


def content_pages(site: Path) -> list[Path]:
    """Every built page except the 404 page (which has no canonical address)."""
    return [page for page in sorted(site.rglob("*.html")) if page.name != "404.html"]


def url_of(site: Path, page: Path) -> str:
    """The public address of a built page, as GitHub Pages serves it."""
    relative = page.relative_to(site).as_posix()
    return SITE_URL + (relative[: -len("index.html")] if relative.endswith("index.html") else relative)


def file_behind(site: Path, url: str) -> Path:
    """The built file that a URL under the site's subpath serves."""
    path = urlsplit(url).path[len(SUBPATH) :]
    return site / (path + "index.html" if path == "" or path.endswith("/") else path)


def test_the_build_venv_has_no_test_tools(build_python):
    code = "import importlib.util as u, sys; sys.exit(sum(u.find_spec(m) is not None for m in sys.argv[1:]))"
    result = subprocess.run([str(build_python), "-c", code, *TEST_ONLY_MODULES], check=False, timeout=60)
    assert result.returncode == 0, "requirements-build.txt pulled in a test tool"


def test_the_site_builds_strict_from_the_build_requirements_alone(published):
    site, output = published
    assert (site / "index.html").exists()
    assert (site / "quizzes" / "index.html").exists()
    assert not re.search(r"^WARNING\s+-", output, re.MULTILINE), output  # the end-of-life banner is no log warning


def test_every_page_has_its_canonical_address_under_the_subpath(published):
    site, _ = published
    pages = content_pages(site)
    assert len(pages) > 10
    for page in pages:
        assert page_urls(page).canonical == [url_of(site, page)], page.relative_to(site)


def test_the_sitemap_lists_every_page_under_the_subpath(published):
    site, _ = published
    locations = [loc.text for loc in ElementTree.parse(site / "sitemap.xml").getroot().iterfind(".//s:loc", SITEMAP_NS)]
    assert sorted(locations) == sorted(url_of(site, page) for page in content_pages(site))


def test_every_asset_url_resolves_under_the_subpath_to_a_built_file(published):
    site, _ = published
    for page in sorted(site.rglob("*.html")):
        base = url_of(site, page)
        for asset in page_urls(page).assets:
            if asset.startswith("data:"):
                continue
            url = urljoin(base, asset)
            where = f"{page.relative_to(site)}: {asset}"
            assert url.startswith(SITE_URL), where
            assert file_behind(site, url).is_file(), where


def test_the_404_page_loads_its_assets_from_the_subpath(published):
    # GitHub Pages serves 404.html at any missing address, so its links must be absolute.
    site, _ = published
    assets = page_urls(site / "404.html").assets
    assert assets
    for asset in assets:
        if not asset.startswith("data:"):
            assert urlsplit(asset).path.startswith(SUBPATH), asset


def test_every_page_links_the_repository_without_fetching_from_github(published):
    site, _ = published
    for page in [site / "index.html", site / "topics" / "chatting" / "index.html", site / "404.html"]:
        html = page.read_text(encoding="utf-8")
        assert 'href="https://github.com/example-org/sales-kb"' in html, page.relative_to(site)
        assert 'class="md-source"' in html
        # Material's JavaScript fetches stars and forks from api.github.com for this component.
        assert 'data-md-component="source"' not in html


def test_topic_pages_have_an_edit_button_and_a_last_updated_date(published):
    site, _ = published
    for topic in sorted((REPO / "docs" / "topics").glob("*.md")):
        html = (site / "topics" / topic.stem / "index.html").read_text(encoding="utf-8")
        edit = f'href="https://github.com/example-org/sales-kb/edit/main/docs/topics/{topic.name}"'
        assert edit in html and 'rel="edit"' in html, topic.name
        assert re.search(r'git-revision-date-localized-plugin-date"[^>]*>\d{4}年\d{1,2}月\d{1,2}日<', html), topic.name


def test_the_404_page_is_in_chinese_with_search_and_the_way_home(published):
    site, _ = published
    html = (site / "404.html").read_text(encoding="utf-8")
    assert "<h1>没有找到这个页面（404）</h1>" in html
    assert "404 - Not found" not in html
    assert '<label class="md-button md-button--primary" for="__search">搜索知识库</label>' in html
    assert f'href="{SUBPATH}">回到首页</a>' in html
