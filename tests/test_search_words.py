"""search-words.yml: the synonyms and filler words a trainer extends, checked with the trainer's own line numbers."""

from __future__ import annotations

import json
from pathlib import Path

from kb.content.search_index import as_utf8
from kb.content.search_words import WORDS_FILE, SearchWords, load_search_words, parse_search_words
from tests.support.paths import REPO

FILE = Path("search-words.yml")


def test_the_repositorys_word_list_has_no_problems_and_covers_the_issues_examples():
    words, problems = load_search_words(REPO / WORDS_FILE)
    assert problems == []
    assert "做朋友" in words.synonyms["称兄道弟"]
    assert "无理取闹" in words.synonyms["过分"]
    assert {"到底", "怎么办", "是不是"} <= set(words.filler)


def test_every_synonym_leads_to_words_the_pages_really_use():
    words, _ = load_search_words(REPO / WORDS_FILE)
    pages = [path.read_text(encoding="utf-8").lower() for path in (REPO / "docs").rglob("*.md")]
    unused = [
        f"{word} → {target}"
        for word, targets in words.synonyms.items()
        for target in targets
        if not any(target in page for page in pages)
    ]
    assert unused == [], "search-words.yml: these words are on no page, so they find nothing"


def test_a_synonym_may_name_one_word_or_several():
    words, problems = parse_search_words("synonyms:\n  哥们: 朋友\n  砍价: [降价, 让利]\nfiller: [到底]\n", FILE)
    assert problems == []
    assert words == SearchWords({"哥们": ("朋友",), "砍价": ("降价", "让利")}, ("到底",))


def test_a_word_with_a_space_or_query_syntax_is_reported_at_its_line():
    text = "synonyms:\n  哥们: [朋友]\n  不回 微信: [不回]\n  砍价: [降^价]\nfiller:\n  - 到底\n  - [x]\n"
    _, problems = parse_search_words(text, FILE)
    assert [problem.line for problem in problems] == [3, 4, 7]
    assert str(problems[0]).startswith("search-words.yml:3: “不回 微信”不是一个词")


def test_a_file_that_is_not_yaml_or_not_a_mapping_is_one_problem():
    _, problems = parse_search_words("synonyms: [\n", FILE)
    assert len(problems) == 1 and "YAML" in problems[0].message
    _, problems = parse_search_words("- 到底\n", FILE)
    assert [problem.line for problem in problems] == [1]


def test_no_word_list_means_no_synonyms_and_no_filler(tmp_path):
    assert load_search_words(tmp_path / "missing.yml") == (SearchWords(), [])


def test_the_word_lists_travel_in_the_index_config_where_the_worker_reads_them():
    index = json.dumps({"config": {"lang": ["en"]}, "docs": []}).encode()
    rewritten = as_utf8(index, SearchWords({"哥们": ("朋友",)}, ("到底",)).as_index_config())
    assert rewritten is not None
    assert json.loads(rewritten)["config"]["kb"] == {"synonyms": {"哥们": ["朋友"]}, "filler": ["到底"]}


def test_the_built_index_holds_words_not_characters_and_no_trainers_page(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert "(?<=" not in index["config"]["separator"], "no split between every two Chinese characters"
    assert "\u200b" in index["config"]["separator"] or "\\u200b" in index["config"]["separator"]
    assert index["config"]["kb"]["synonyms"]["称兄道弟"]
    assert not [doc["location"] for doc in index["docs"] if doc["location"].startswith("trainers/")]


def test_the_readme_explains_the_word_list_and_gives_the_question_sets_figures():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("\n## 搜索\n") : readme.index("\n## 学员的做题记录\n")]
    assert "search-words.yml" in section and "tests/fixtures/search/questions.yml" in section
    assert "top-1" in section and "top-3" in section
