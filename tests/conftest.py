"""Session fixtures: the real site built once, served under a subpath, and a Chromium browser."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from pathlib import Path
from types import CodeType

import pytest
from playwright.sync_api import sync_playwright

import kb.quiz.catalog as catalog_module
from tests.support.browser import CHROMIUM, CHROMIUM_ARGS, DESKTOP, watch_page
from tests.support.server import SiteServer
from tests.support.site import build_site, served_fixture_site

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"

BROWSER_FIXTURES = frozenset({"browser", "context", "page", "site_url", "quiz_site_url", "site_server", "built_site"})
"""A test that asks for one of these drives Chromium or needs the built site."""
BUILD_FIXTURES = frozenset({"site_server", "built_site", "site_url", "quiz_site_url"})
"""Fixtures that run `mkdocs build` before the test can start."""
TESTS = Path(__file__).resolve().parent
"""The tests folder: its helpers are followed when deciding what a test needs; the project's code is not."""
PROCESS_CODE = ("subprocess", "build_site(", "-m mkdocs")
"""Text in a function's source that means it starts another process (a site build, a script, a tool)."""


def _called_code(code: CodeType) -> Iterator[str]:
    """Every global name a function's code, or a lambda or comprehension inside it, refers to."""
    yield from code.co_names
    for constant in code.co_consts:
        if isinstance(constant, CodeType):
            yield from _called_code(constant)


def _starts_processes(function: Callable, verdicts: dict[Callable, bool]) -> bool:
    """Whether ``function``, or a test helper or fixture it calls by name (in tests/), starts a process."""
    function = inspect.unwrap(function)
    if function in verdicts:
        return verdicts[function]
    verdicts[function] = False  # a helper that calls itself, directly or not, adds nothing
    try:
        source = inspect.getsource(function)
    except (OSError, TypeError):
        return False
    if any(marker in source for marker in PROCESS_CODE):
        verdicts[function] = True
        return True
    namespace = getattr(function, "__globals__", {})
    helpers = (namespace.get(name) for name in set(_called_code(function.__code__)))
    verdicts[function] = any(
        inspect.isfunction(helper)
        and Path(inspect.getfile(helper)).is_relative_to(TESTS)
        and _starts_processes(helper, verdicts)
        for helper in helpers
    )
    return verdicts[function]


def _test_starts_processes(item: pytest.Item, verdicts: dict[Callable, bool]) -> bool:
    """Whether a test, a helper it calls or a fixture it uses runs a build or another process."""
    functions = [getattr(item, "function", None)]
    fixture_definitions = getattr(getattr(item, "_fixtureinfo", None), "name2fixturedefs", {})
    functions += [definition.func for definitions in fixture_definitions.values() for definition in definitions]
    return any(function is not None and _starts_processes(function, verdicts) for function in functions)


def pytest_collection_modifyitems(config, items):
    """Mark every test by what it needs, so the inner loop can leave the slow ones out.

    ``browser``: Chromium or the served site; ``build``: a site build or another process, found in
    the test's own code, the tests/ helpers it calls and the fixtures it uses; ``bench``: the
    benchmark. ``pytest -m "not browser and not build and not bench"`` is the fast loop (README,
    CONTRIBUTING).
    """
    verdicts: dict[Callable, bool] = {}
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        path = Path(str(item.fspath))
        if fixtures & BROWSER_FIXTURES or "_in_browser" in path.name or path.name.startswith("test_a11y"):
            item.add_marker(pytest.mark.browser)
        if fixtures & BUILD_FIXTURES or _test_starts_processes(item, verdicts):
            item.add_marker(pytest.mark.build)
        if "bench" in path.name:
            item.add_marker(pytest.mark.bench)


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


class _TestBrowser:
    """Chromium whose new contexts bypass the site's Content-Security-Policy unless a test says not to.

    The policy forbids eval, and Playwright evaluates a string given to ``wait_for_function`` with
    it; tests/test_csp_in_browser.py opens its own contexts with ``bypass_csp=False`` and checks
    that every feature works under the policy.
    """

    def __init__(self, chromium) -> None:
        self._chromium = chromium

    def new_context(self, **options):
        options.setdefault("bypass_csp", True)
        return self._chromium.new_context(**options)

    def new_page(self, **options):
        options.setdefault("bypass_csp", True)
        return self._chromium.new_page(**options)

    def __getattr__(self, name):
        return getattr(self._chromium, name)


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright (no browser download)."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield _TestBrowser(chromium)
        chromium.close()


@pytest.fixture(scope="module")
def search_page(browser, site_url):
    """One home page for a module's searches: the search index loads once, each query starts from an empty box."""
    context = browser.new_context(viewport=DESKTOP, color_scheme="light")
    page = context.new_page()
    page.goto(site_url)
    yield page
    context.close()


@pytest.fixture
def context(browser):
    """A fresh browser profile per test: empty localStorage, light colour scheme.

    Service workers are blocked: the offline worker (overrides/sw.js) would answer the page's
    requests itself, out of reach of a test's page.route(). Its own tests allow it
    (tests/test_offline_in_browser.py).
    """
    context = browser.new_context(viewport=DESKTOP, color_scheme="light", service_workers="block")
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


@pytest.fixture(scope="session")
def quiz_site_url(tmp_path_factory) -> Iterator[str]:
    """A small fixture site (tests/fixtures/docs + site-banks) served under /kb/."""
    with served_fixture_site(tmp_path_factory.mktemp("quiz-site")) as server:
        yield server.url


@pytest.fixture
def reads(monkeypatch):
    """The bank files read and checked by the catalog, in order (through its public ``read_and_check``)."""
    seen: list[str] = []
    original = catalog_module.read_and_check

    def counting(path, kind, check):
        seen.append(path.name)
        return original(path, kind, check)

    monkeypatch.setattr(catalog_module, "read_and_check", counting)
    return seen
