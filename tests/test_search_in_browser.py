"""A new hire's own questions, typed into the site search, find the page that answers them."""

from __future__ import annotations

import pytest

# (question in a new hire's words, the page that must be among the first three results)
QUESTIONS = [
    ("客户不回消息了怎么办", "topics/inquiry-followup/"),
    ("怎么让售前重视我的项目", "topics/internal-selling/"),
    ("第一次拜访聊什么", "topics/chatting/"),
    ("要不要和客户做朋友", "topics/customer-boundary/"),
    ("聊得挺开心但是没有下一步", "topics/next-step/"),
    ("怎么夸客户不尴尬", "topics/psychology/"),
    ("客户说错了要不要反驳", "topics/psychology/"),
    ("怎么和销管搞好关系", "topics/internal-selling/"),
    ("可以给客户送礼吗", "topics/compliance/"),
    ("资源和技巧哪个重要", "topics/resources-first/"),
    ("怎么给客户展示产品", "topics/product-demo/"),
    ("询价的客户怎么跟进", "topics/inquiry-followup/"),
    ("怎么请领导出面推项目", "topics/internal-selling/"),
    ("同类项目的成功案例有什么用", "topics/three-resources/"),
    ("客户只说多多照顾是什么意思", "topics/next-step/"),
    ("锚定效应", "topics/glossary/"),
]


def first_pages(page, query: str, count: int = 3) -> list[str]:
    """The distinct pages among the first search results, as paths below the site root."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")  # Material reads the query on keyup
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    hrefs = page.locator(".md-search-result__item > a").evaluate_all(
        "links => links.map(a => new URL(a.href).pathname)"
    )
    pages = []
    for href in hrefs:
        path = href.split("/kb/", 1)[1]
        if path not in pages:
            pages.append(path)
    return pages[:count]


@pytest.mark.parametrize(("question", "expected"), QUESTIONS, ids=[question for question, _ in QUESTIONS])
def test_a_new_hires_question_finds_the_page_that_answers_it(page, site_url, question, expected):
    page.goto(site_url)
    assert expected in first_pages(page, question)
