"""Search ranking: teaching pages above raw sources, and navigation blocks kept out of the index."""

from __future__ import annotations

from kb.content.search_ranking import search_boost, with_search_boost, without_navigation_in_search

BOOSTS = {"topics/": 2.0, "topics/glossary.md": 1.0, "sources/": 0.3}


def test_a_page_takes_the_boost_of_the_longest_matching_prefix():
    assert search_boost("topics/chatting.md", BOOSTS) == 2.0
    assert search_boost("topics/glossary.md", BOOSTS) == 1.0
    assert search_boost("sources/001-relationship-basics.md", BOOSTS) == 0.3


def test_a_page_no_prefix_matches_keeps_materials_default():
    assert search_boost("index.md", BOOSTS) is None
    assert with_search_boost({"title": "x"}, "index.md", BOOSTS) == {"title": "x"}


def test_a_boost_set_in_the_page_front_matter_wins():
    meta = {"search": {"boost": 5}}
    assert with_search_boost(meta, "topics/chatting.md", BOOSTS) == meta


def test_other_search_settings_of_the_page_are_kept():
    meta = {"search": {"exclude": False}}
    assert with_search_boost(meta, "sources/000.md", BOOSTS) == {"search": {"exclude": False, "boost": 0.3}}


def test_citation_lines_and_the_related_pages_box_are_excluded_from_search():
    html = (
        '<p class="kb-page-sources">本页依据：<a href="#">002</a></p>'
        '<p class="kb-cite">出处：<a href="#">002 ¶4</a></p>'
        "<p>正文。</p>"
        '<div class="admonition tip">\n<p class="admonition-title">相关页面</p><ul><li>x</li></ul></div>'
        '<div class="admonition tip">\n<p class="admonition-title">怎么用这一页</p></div>'
    )
    result = without_navigation_in_search(html)
    assert result.count("data-search-exclude") == 3
    assert "<p>正文。</p>" in result
    assert '<div class="admonition tip">\n<p class="admonition-title">怎么用这一页' in result
