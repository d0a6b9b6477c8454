"""The built site's search index holds Chinese as UTF-8, not as escapes: same JSON, fewer bytes."""

from __future__ import annotations

import json

from kb.content.search_index import INDEX_PATH, as_utf8, rewrite_search_index


def test_the_same_value_in_fewer_bytes():
    escaped = json.dumps({"docs": [{"title": "询价跟进", "text": "先问清楚\u201c需求\u201d再报价"}]}).encode()
    smaller = as_utf8(escaped)
    assert smaller is not None
    assert json.loads(smaller) == json.loads(escaped)
    assert "询价跟进".encode() in smaller
    assert len(smaller) < len(escaped) / 1.5


def test_what_cannot_be_written_as_utf8_is_left_as_it_is(tmp_path):
    lone_surrogate = b'{"text":"\\ud800"}'
    assert as_utf8(lone_surrogate) is None
    assert as_utf8(b"not json") is None
    index = tmp_path / INDEX_PATH
    index.parent.mkdir()
    index.write_bytes(lone_surrogate)
    assert rewrite_search_index(tmp_path) is False
    assert index.read_bytes() == lone_surrogate


def test_a_site_without_search_is_left_alone(tmp_path):
    assert rewrite_search_index(tmp_path) is False
    assert not any(tmp_path.iterdir())


def test_the_built_index_is_utf8_and_material_shaped(built_site):
    raw = (built_site / INDEX_PATH).read_bytes()
    assert as_utf8(raw) == raw, "written as compact UTF-8 already"
    assert "询价".encode() in raw
    index = json.loads(raw)
    assert {"config", "docs"} <= set(index)
    assert any("询价" in entry["title"] for entry in index["docs"])
