"""Every page asks for all of the site's ES modules at once (modulepreload), and for nothing else.

Without the links the browser finds each level of imports only after the level above arrived.
A module the pages import but do not preload would fall back to that; a preloaded file that no
page imports would be downloaded for nothing.
"""

from __future__ import annotations

import re

import pytest

from tests.support.ready import open_page

PAGES = ["quizzes/compliance/", "topics/chatting/", "quizzes/review/"]
OUR_MODULE = re.compile(r"/assets/kb/.+\.js$")


@pytest.mark.parametrize("path", PAGES)
def test_the_modules_a_page_imports_are_exactly_the_ones_it_preloads(page, site_url, path):
    imported: list[str] = []
    page.on("request", lambda request: imported.append(request.url) if OUR_MODULE.search(request.url) else None)
    open_page(page, site_url + path)
    preloaded = page.eval_on_selector_all('link[rel="modulepreload"]', "links => links.map(link => link.href)")
    assert preloaded, "the page head preloads the modules"
    assert sorted(set(imported)) == sorted(preloaded)
    assert all(url.startswith(site_url) for url in preloaded), "under the site's subpath, on its own host"
