"""The question → query functions of our search worker (kb-search-query.js), run in real Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest

MODULE = Path(__file__).resolve().parents[1] / "overrides/assets/javascripts/workers/kb-search-query.js"
WORDS = {"synonyms": {"称兄道弟": ["做朋友"], "不回微信": ["不回"]}, "filler": ["到底", "怎么办", "是不是", "了", "我"]}
VOCABULARY = ["客户", "不回", "微信", "做", "朋友", "签单", "冷", "场", "不知道", "聊", "好", "更"]


@pytest.fixture
def query(page):
    """A runner of KbSearchQuery calls in the page: ``js`` sees K, words, known, vocabulary and arg."""
    page.set_content("<!doctype html><meta charset=utf-8>")
    page.add_script_tag(path=str(MODULE))

    def run(js: str, arg=None):
        return page.evaluate(
            f"""([words, vocabularyList, arg]) => {{
              const K = self.KbSearchQuery, vocabulary = new Set(vocabularyList);
              words = K.readWords(words);
              const known = K.knownWords(vocabulary, words);
              return {js};
            }}""",
            [WORDS, VOCABULARY, arg],
        )

    return run


@pytest.mark.parametrize(
    "question",
    ["冷场了不知道聊啥", "客户不回我微信了怎么办", "讲ppt有没有用", "跟客户称兄道弟是不是更好签单", "辩绝单啥"],
)
def test_no_character_the_user_typed_is_lost(query, question):
    assert "".join(query("K.cutQuestion(arg, known)", question)) == question.lower()


def test_full_width_letters_are_read_as_the_pages_write_them(query):
    assert query("K.cutQuestion(arg, known)", "讲ＰＰＴ") == ["讲", "ppt"]


def test_a_question_is_cut_into_the_words_the_index_holds(query):
    assert query("K.cutQuestion(arg, known)", "客户不回我微信了怎么办") == [
        "客户",
        "不回",
        "我",
        "微信",
        "了",
        "怎么办",
    ]


def test_a_synonym_phrase_stays_one_word(query):
    assert query("K.cutQuestion(arg, known)", "客户不回微信") == ["客户", "不回微信"]


def test_filler_words_weigh_little_and_synonyms_bring_the_pages_words(query):
    lunr = query("K.lunrQuery(K.concepts(arg, words, known, vocabulary))", "跟客户称兄道弟是不是更好签单")
    assert "客户*^10" in lunr and "是不是^1" in lunr
    assert "朋友*^8" in lunr and "称兄道弟*^10" in lunr


def test_a_question_of_filler_words_only_still_searches_them(query):
    concepts = query("K.concepts(arg, words, known, vocabulary)", "到底怎么办")
    assert [concept["filler"] for concept in concepts] == [False, False]


def test_a_word_is_missing_only_when_the_text_lacks_it_and_found_under_the_pages_form(query):
    terms = query(
        "K.resultTerms(K.concepts(arg, words, known, vocabulary), '和客户做朋友，生意就不好做了')",
        "客户称兄道弟到底签单",
    )
    assert terms == {"客户": True, "做朋友": True, "签单": False}


def test_the_section_that_covers_the_question_beats_a_page_opening_with_one_word(query):
    order = query(
        """(() => {
          const list = K.concepts(arg, words, known, vocabulary);
          const texts = new Map([["a/", "客户 客户 客户"], ["b/", "b"], ["b/#s", "客户不回微信，打电话"]]);
          const opening = { location: "a/", score: 12, terms: { "客户": true, "不回": false } };
          const page = { location: "b/", score: 0, terms: {} };
          const section = { location: "b/#s", score: 8, parent: page, terms: { "客户": true, "不回": true } };
          return K.rerank([[opening], [section, page]], list, texts).map(group => group[0].location);
        })()""",
        "客户不回消息",
    )
    assert order == ["b/#s", "a/"]


def test_single_characters_typed_side_by_side_are_found_and_highlighted_as_one_word(query):
    terms = query("K.resultTerms(K.concepts(arg, words, known, vocabulary), '这个客户好聊天')", "客户好聊")
    assert terms == {"客户": True, "好聊": True}
    terms = query("K.resultTerms(K.concepts(arg, words, known, vocabulary), '聊得好的客户')", "客户好聊")
    assert terms == {"客户": True}, "scattered characters of a run: neither found nor missing"
    terms = query("K.resultTerms(K.concepts(arg, words, known, vocabulary), '聊得好的客户')", "客户好聊冷")
    assert terms == {"客户": True, "冷": False}


def test_without_intl_segmenter_a_question_is_still_cut_into_the_index_words(query):
    cut = query(
        "(() => { const saved = Intl.Segmenter; delete Intl.Segmenter;"
        " try { return K.cutQuestion(arg, known); } finally { Intl.Segmenter = saved; } })()",
        "讲PPT客户不回微信",
    )
    assert cut == ["讲", "ppt", "客户", "不回微信"]
