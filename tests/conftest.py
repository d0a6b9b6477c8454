"""Session fixtures: the real site built once, served under a subpath, and a Chromium browser."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

import kb.quiz.catalog as catalog_module
from tests.support.browser import CHROMIUM, CHROMIUM_ARGS, DESKTOP, watch_page
from tests.support.server import SiteServer
from tests.support.site import build_site

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


@pytest.fixture(scope="session")
def site_server(tmp_path_factory):
    """The real site, built once with --strict and served at http://127.0.0.1:PORT/kb/.

    The server starts first so the build's site_url carries the real port, as on GitHub Pages.
    """
    site_dir = tmp_path_factory.mktemp("site")
    server = SiteServer(site_dir).start()
    result = build_site(site_dir, site_url=server.url)
    assert result.ok, f"mkdocs build --strict failed:\n{result.output}"
    yield server
    server.stop()


@pytest.fixture(scope="session")
def built_site(site_server: SiteServer) -> Path:
    """The directory holding the real built site."""
    return site_server.site_dir


@pytest.fixture(scope="session")
def site_url(site_server: SiteServer) -> str:
    return site_server.url


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright (no browser download)."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser):
    """A fresh browser profile per test: empty localStorage, light colour scheme."""
    context = browser.new_context(viewport=DESKTOP, color_scheme="light")
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.watch = watch_page(page)
    return page


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Where screenshots go (git-ignored) so a human can look at them."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_NAV = [
    {"首页": "index.md"},
    {"专题": ["topics/sample.md", "topics/other.md"]},
    {"自测": ["quizzes/index.md"]},
]


@pytest.fixture(scope="session")
def quiz_site_url(tmp_path_factory) -> str:
    """A small fixture site (tests/fixtures/docs + site-banks) served under /kb/."""
    from tests.support.site import write_config

    work = tmp_path_factory.mktemp("quiz-site")
    site_dir = work / "site"
    site_dir.mkdir()
    server = SiteServer(site_dir).start()
    config = write_config(work, docs_dir=FIXTURES / "docs", banks_dir=FIXTURES / "site-banks", nav=FIXTURE_NAV)
    result = build_site(site_dir, config_file=config, site_url=server.url)
    assert result.ok, result.output
    yield server.url
    server.stop()


@pytest.fixture
def reads(monkeypatch):
    """The bank files read by the checker, in order."""
    seen: list[str] = []
    original = catalog_module._loaded

    def counting(path, docs):
        seen.append(path.name)
        return original(path, docs)

    monkeypatch.setattr(catalog_module, "_loaded", counting)
    return seen
