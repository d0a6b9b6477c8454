"""Hostile text in every field of a scenario (title and intro too) runs nothing, loads nothing from
another host and shows as text: checked in the rendered HTML and in Chromium, after playing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.server import SiteServer
from tests.support.site import served_fixture_site
from tests.test_reliability_text import VECTORS, elements

FORBIDDEN_TAGS = {"script", "iframe", "img", "svg", "math", "style", "object", "embed", "input", "textarea", "details"}
SAFE_HREF = ("http://", "https://", "mailto:", "../", "#", "?")


def assert_no_active_markup(fragment: str) -> None:
    """No element that runs or loads anything, no event handler, and only site or web links."""
    for tag, attributes in elements(fragment):
        assert tag not in FORBIDDEN_TAGS, (tag, fragment[:200])
        for name, value in attributes:
            assert not name.startswith("on") and name not in ("src", "style", "srcset", "formaction"), (tag, name)
            if name == "href":
                assert (value or "").startswith(SAFE_HREF), value


def hostile_scenario(vector: str) -> dict:
    """A small scenario with ``vector`` in every text field it has."""

    def choice(next_node: str, score: int) -> dict:
        # Two choices of a step may not read the same (reliability #15): each ends with its score.
        text = f"{vector} {score}"
        return {"text": text, "next": next_node, "score": score, "feedback": vector, "cite": "topics/sample.md#alpha"}

    return {
        "title": "情景 " + vector.replace("\n", " "),
        "intro": vector,
        "start": "one",
        "nodes": {
            "one": {"says": vector, "choices": [choice("two", 2), choice("end", 0)]},
            "two": {"says": vector, "choices": [choice("end", 1), choice("end", 2)]},
            "end": {"ending": vector},
        },
    }


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Iterator[tuple[SiteServer, Path]]:
    """The fixture site with one hostile scenario per vector of the reliability report."""
    work = tmp_path_factory.mktemp("hostile-scenarios")
    scenarios = work / "scenarios"
    scenarios.mkdir()
    for number, vector in enumerate(VECTORS):
        (scenarios / f"vector-{number:02d}.yml").write_text(json.dumps(hostile_scenario(vector), ensure_ascii=False))
    with served_fixture_site(work, scenarios_dir=scenarios) as server:
        yield server, server.site_dir


@pytest.mark.parametrize("number", range(len(VECTORS)))
def test_the_rendered_scenario_holds_nothing_that_runs_or_loads(hostile_site, number):
    _server, site_dir = hostile_site
    html = (site_dir / "scenarios" / f"vector-{number:02d}" / "index.html").read_text(encoding="utf-8")
    body = "<h1>" + html.split("<h1>", 1)[1]
    body = body.split('<aside class="md-source-file"', 1)[0].split("</article>", 1)[0]  # Material's own icons follow
    assert "kb-scenario__nodes" in body
    assert_no_active_markup(body)


def test_playing_every_hostile_scenario_runs_no_script_and_asks_no_other_host(page, hostile_site):
    server, _site_dir = hostile_site
    for number in range(len(VECTORS)):
        page.goto(f"{server.url}scenarios/vector-{number:02d}/")
        page.wait_for_selector("[data-kb-scenario][data-kb-ready]", state="attached")
        page.locator('[data-kb-log] [data-kb-scenario-choose][data-kb-choice="c1"]').click()
        page.locator(
            '[data-kb-log] [data-kb-scenario-choose][data-kb-choice="c1"]'
        ).click()  # weak: cited in the summary
        page.locator("[data-kb-summary] a").first.hover()
        page.locator(".kb-turn--feedback").last.hover()
        assert page.evaluate("window.__pwned === undefined"), VECTORS[number]
    assert page.watch.dialogs == []
    assert page.watch.page_errors == []
    assert page.watch.foreign_requests() == []
