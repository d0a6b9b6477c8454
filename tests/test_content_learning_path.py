"""The learning path on home: reading minutes and item counts worked out at build time."""

from __future__ import annotations

from kb.content.learning_path import Lesson, annotate_learning_path, lessons_in, reading_minutes

HOME = """# 首页

[从这里开始：第 1 课](topics/a.md){ .md-button .md-button--primary data-kb-path-start }

1. [第一课](topics/a.md) —— 出发点。
2. [第二课](topics/b.md) —— 下一步。
"""


def test_reading_minutes_count_chinese_characters_at_400_a_minute():
    assert reading_minutes("字" * 1200) == 3
    assert reading_minutes("字" * 10) == 1  # never zero


def test_reading_minutes_ignore_front_matter_links_and_attribute_lists():
    page = (
        "---\ntitle: 很长很长的标题\n---\n## 标题 {#very-long-anchor}\n\n"
        + "字" * 800
        + "\n出处：[001 ¶3](../sources/x.md#p3)\n"
    )
    assert reading_minutes(page) == 2


def test_each_lesson_gets_its_minutes_and_items_after_its_link():
    lessons = {"topics/a.md": Lesson("topics/a.md", 4, 9, "a-bank"), "topics/b.md": Lesson("topics/b.md", 7, 0)}
    annotated = annotate_learning_path(HOME, lessons)
    expected = (
        '[第一课](topics/a.md) <span class="kb-lesson" data-kb-lesson="topics/a.md" data-kb-lesson-bank="a-bank"'
        ' data-kb-lesson-items="9">约 4 分钟 · 9 题</span> —— 出发点。'
    )
    assert expected in annotated
    assert 'data-kb-lesson="topics/b.md" data-kb-lesson-items="0">约 7 分钟</span>' in annotated


def test_the_start_button_names_the_first_lessons_time_and_items():
    lessons = {"topics/a.md": Lesson("topics/a.md", 4, 9)}
    annotated = annotate_learning_path(HOME, lessons)
    assert "[从这里开始：第 1 课（约 4 分钟 · 9 题）](topics/a.md){ .md-button" in annotated


def test_lessons_are_read_in_the_paths_order():
    assert lessons_in(HOME) == ["topics/a.md", "topics/b.md"]
