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

# Whole questions, typed the way a new hire asks them (not keywords).
WHOLE_SENTENCE_QUESTIONS = [
    ("客户问了两句价格就不回消息了我该怎么办", "topics/inquiry-followup/"),
    ("方案发给客户之后一直没有回音要不要一直等", "topics/inquiry-followup/"),
    ("多久给询价的客户打一次电话比较合适", "topics/inquiry-followup/"),
    ("客户让我出一个细化方案我是不是马上去写", "topics/inquiry-followup/"),
    ("和客户聊得很开心但是项目一直没有进展", "topics/next-step/"),
    ("拜访客户结束的时候应该怎么提要求", "topics/next-step/"),
    ("客户嘴上答应了但是后来没有动静怎么回事", "topics/next-step/"),
    ("客户比我强势我还能直接提要求吗", "topics/next-step/"),
    ("第一次见客户不知道说什么怎么办", "topics/chatting/"),
    ("拜访客户时间说太久了客户反感怎么办", "topics/chatting/"),
    ("客户老是挑我们产品的毛病怎么应对", "topics/chatting/"),
    ("在客户办公室谈事情有什么不好", "topics/chatting/"),
    ("客户说得不对我要不要当面反驳", "topics/psychology/"),
    ("怎么夸客户才不会显得尴尬", "topics/psychology/"),
    ("项目出了问题要不要先瞒着客户", "topics/psychology/"),
    ("我不敢给客户打电话怎么克服", "topics/psychology/"),
    ("见客户的时候很紧张不知道摆什么表情", "topics/psychology/"),
    ("售前不重视我的项目怎么办", "topics/internal-selling/"),
    ("项目太小了能不能请领导出面", "topics/internal-selling/"),
    ("合同审核和财务卡住了项目怎么办", "topics/internal-selling/"),
    ("市场部能帮销售做什么事情", "topics/internal-selling/"),
    ("和销管的关系应该怎么处", "topics/internal-selling/"),
    ("要不要把客户变成自己的朋友", "topics/customer-boundary/"),
    ("客户把我当朋友让我帮忙降价怎么办", "topics/customer-boundary/"),
    ("我酒量不好能不能和客户搞好关系", "topics/resources-first/"),
    ("普通销售手里没有资源拿什么给客户", "topics/resources-first/"),
    ("能给客户带来哪些有用的信息", "topics/three-resources/"),
    ("能给客户个人带来什么好处", "topics/three-resources/"),
    ("给客户讲产品PPT有没有用", "topics/product-demo/"),
    ("怎么让客户亲眼看到产品的好处", "topics/product-demo/"),
    ("能不能给客户送礼或者请客户吃饭", "topics/compliance/"),
    ("几份资料对和客户做朋友的看法有什么不同", "topics/disagreements/"),
]


def first_pages(page, query: str, count: int = 3) -> list[str]:
    """The distinct pages among the first search results, as paths below the site root."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press("End")
    meta = "document.querySelector('.md-search-result__meta').textContent"
    # 正在初始化搜索引擎, or the last query's results → 键入以开始搜索 once the index is loaded
    # and the box is empty; only then type, so the results read below belong to this query.
    page.wait_for_function(f"() => /键入/.test({meta})", timeout=10_000)
    box.fill(query)
    box.press("End")  # Material reads the query on keyup
    page.wait_for_function(f"() => /结果/.test({meta})", timeout=10_000)
    if page.locator(".md-search-result__item").count() == 0:
        return []
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
def test_a_new_hires_question_finds_the_page_that_answers_it(search_page, question, expected):
    assert expected in first_pages(search_page, question)


@pytest.mark.parametrize(
    ("question", "expected"), WHOLE_SENTENCE_QUESTIONS, ids=[question for question, _ in WHOLE_SENTENCE_QUESTIONS]
)
def test_a_whole_sentence_question_finds_its_topic_page_among_the_first_three(search_page, question, expected):
    results = first_pages(search_page, question)
    assert results, f"{question}: no result at all"
    assert expected in results, f"{question}: first results {results}"


def test_there_are_at_least_thirty_whole_sentence_questions():
    assert len(WHOLE_SENTENCE_QUESTIONS) >= 30
