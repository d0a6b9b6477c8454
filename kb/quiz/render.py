"""Renders the quiz model into page source (HTML inside Markdown) for MkDocs to wrap."""

from __future__ import annotations

import html
import json

from kb.quiz.model import Bank, DocsIndex, Item, ItemKind
from kb.quiz.text import render_text
from kb.site_urls import relative_href

KIND_LABELS = {ItemKind.SINGLE: "单选", ItemKind.MULTIPLE: "多选（选出全部正确项）", ItemKind.TRUE_FALSE: "判断"}
INDEX_PAGE = "quizzes/index.md"
REVIEW_PAGE = "quizzes/review.md"


def bank_page_path(bank: Bank) -> str:
    """Docs path of a bank's generated quiz page."""
    return f"quizzes/{bank.id}.md"


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _json_attribute(data: object) -> str:
    """JSON for a data attribute, HTML-escaped.

    Not a <script type="application/json">: instant navigation re-creates script elements
    and would run the JSON as JavaScript.
    """
    return _escape(json.dumps(data, ensure_ascii=False, separators=(",", ":")))


class _PageRenderer:
    """Renders the parts of one page; knows the page's own path for relative links."""

    def __init__(self, page_path: str, docs: DocsIndex) -> None:
        self.page_path = page_path
        self.docs = docs

    def href(self, target: str) -> str:
        return relative_href(target, self.page_path)

    def text(self, text: str, *, inline: bool = False) -> str:
        return render_text(text, self.href, inline=inline)

    def option(self, item: Item, key: str, text: str, input_type: str) -> str:
        name = _escape(f"kb-{item.id}")
        return (
            f'<label class="kb-quiz__option" data-kb-option="{key}">'
            f'<input type="{input_type}" name="{name}" value="{key}">'
            f'<span class="kb-quiz__option-text">{text}</span></label>'
        )

    def item(self, number: int, item: Item, bank_id: str) -> str:
        input_type = "checkbox" if item.kind is ItemKind.MULTIPLE else "radio"
        options = "".join(self.option(item, o.key, self.text(o.text, inline=True), input_type) for o in item.options)
        feedback = "".join(
            f'<div class="kb-quiz__option-feedback" data-kb-option-feedback="{o.key}" hidden>{self.text(o.feedback)}</div>'
            for o in item.options
            if o.feedback
        )
        section = self.docs.section(item.citation)
        section_title = section.title if section else str(item.citation)
        return (
            f'<li class="kb-quiz__item" id="item-{item.id}" data-kb-item="{item.id}" data-kb-bank="{bank_id}" data-kb-kind="{item.kind.value}">'
            f'<fieldset class="kb-quiz__fieldset"><legend class="kb-quiz__question">'
            f'<span class="kb-quiz__number">第 {number} 题 · {KIND_LABELS[item.kind]}</span>'
            f'<span class="kb-quiz__question-text">{self.text(item.question, inline=True)}</span></legend>'
            f'<div class="kb-quiz__options">{options}</div></fieldset>'
            f'<div class="kb-quiz__item-actions"><button type="button" class="md-button kb-quiz__check" data-kb-action="check">提交本题</button></div>'
            f'<div class="kb-quiz__feedback" data-kb-feedback data-search-exclude hidden>'
            f'<p class="kb-quiz__verdict" data-kb-verdict></p>{feedback}'
            f'<div class="kb-quiz__explanation"><p class="kb-quiz__label">解析</p>{self.text(item.explanation)}</div>'
            f'<p class="kb-quiz__cite"><a data-kb-cite href="{_escape(self.href(str(item.citation)))}">回到原文：{_escape(section_title)}</a></p>'
            f"</div></li>"
        )


def _item_keys(banks: list[Bank]) -> dict:
    return {
        item.id: {"kind": item.kind.value, "correct": list(item.correct_keys)} for bank in banks for item in bank.items
    }


def answer_key(bank: Bank) -> dict:
    """What the browser needs to grade: each item's kind and correct option keys (no text)."""
    return {"bank": bank.id, "title": bank.title, "items": _item_keys([bank])}


def render_quiz_page(bank: Bank, docs: DocsIndex) -> str:
    """The generated page source for one bank: title, intro, items, controls, answer key."""
    renderer = _PageRenderer(bank_page_path(bank), docs)
    items = "\n".join(renderer.item(number, item, bank.id) for number, item in enumerate(bank.items, start=1))
    intro = renderer.text(bank.intro) if bank.intro else ""
    shuffle = "true" if bank.shuffle_options else "false"
    return (
        f"# {_escape(bank.title)}\n\n"
        f'<div class="kb-quiz" data-kb-quiz="{bank.id}" data-kb-shuffle="{shuffle}" data-kb-answer-key="{_json_attribute(answer_key(bank))}">'
        f'<div class="kb-quiz__intro">{intro}<p class="kb-quiz__count">共 {len(bank.items)} 题。'
        f"每题可以单独提交，也可以做完后一起提交；进度保存在本机浏览器里。</p></div>"
        f'<p class="kb-quiz__tools"><a href="?print=answers" data-kb-print-answers>打印带答案的版本（培训师用）</a></p>'
        f'<ol class="kb-quiz__items">\n{items}\n</ol>'
        f'<div class="kb-quiz__actions">'
        f'<button type="button" class="md-button md-button--primary" data-kb-action="submit-all">全部提交</button>'
        f'<button type="button" class="md-button" data-kb-action="reset">再做一次</button></div>'
        f'<div class="kb-quiz__result" data-kb-result tabindex="-1" hidden></div>'
        f'<p class="kb-visually-hidden" data-kb-announce role="status" aria-live="polite"></p>'
        f"</div>\n"
    )


def _bank_summaries(banks: list[Bank], page_path: str) -> list[dict]:
    return [
        {
            "id": bank.id,
            "title": bank.title,
            "total": len(bank.items),
            "href": relative_href(bank_page_path(bank), page_path),
        }
        for bank in banks
    ]


def progress_attributes(banks: list[Bank], page_path: str) -> str:
    """Data attributes that let the browser show progress per bank on ``page_path``."""
    review = relative_href(REVIEW_PAGE, page_path)
    return f'data-kb-banks="{_json_attribute(_bank_summaries(banks, page_path))}" data-kb-review-href="{review}"'


def render_quiz_index(banks: list[Bank]) -> str:
    """The quiz index page: every bank with its item count, progress and the data tools."""
    rows = "".join(
        f'<tr data-kb-bank-row="{bank.id}"><td><a href="{relative_href(bank_page_path(bank), INDEX_PAGE)}">{_escape(bank.title)}</a></td>'
        f"<td>{len(bank.items)}</td><td data-kb-cell=attempted>—</td><td data-kb-cell=best>—</td><td data-kb-cell=last>—</td></tr>"
        for bank in banks
    )
    total = sum(len(bank.items) for bank in banks)
    return (
        "# 自测题\n\n"
        f"<p>共 {len(banks)} 套题、{total} 道题。每套题对应一个专题，读完专题再做；答错的题会进入"
        f'<a href="{relative_href(REVIEW_PAGE, INDEX_PAGE)}">错题本</a>，并链接回讲它的小节。</p>\n\n'
        f'<div class="kb-progress" data-kb-progress="full" {progress_attributes(banks, INDEX_PAGE)}>'
        '<p class="kb-progress__overall" data-kb-progress-overall>还没有做题记录。</p>'
        '<div class="kb-quiz-index"><table><thead><tr><th>题库</th><th>题数</th><th>做过</th><th>最好成绩</th><th>上次做题</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div></div>\n\n"
        "## 我的进度数据 {#my-data}\n\n"
        "<p>做题记录只保存在这台电脑的浏览器里。换电脑或换浏览器时，先导出，再在新浏览器里导入。</p>\n"
        '<div class="kb-data-tools" data-kb-data-tools>'
        '<button type="button" class="md-button" data-kb-action="export">导出进度（JSON 文件）</button>'
        '<label class="md-button kb-data-tools__import">导入进度<input type="file" accept="application/json,.json" data-kb-import></label>'
        '<button type="button" class="md-button" data-kb-action="reset-all">清空全部进度</button>'
        '<p class="kb-data-tools__message" data-kb-data-message role="status" aria-live="polite"></p></div>\n'
    )


def render_review_page(banks: list[Bank], docs: DocsIndex) -> str:
    """The 错题本: every item of every bank, grouped by the topic page it cites.

    The browser shows only the ones the learner missed, and can quiz on just those.
    """
    renderer = _PageRenderer(REVIEW_PAGE, docs)
    groups: dict[str, list[tuple[Bank, Item]]] = {}
    for bank in banks:
        for item in bank.items:
            groups.setdefault(item.citation.page, []).append((bank, item))
    sections = []
    for page, entries in groups.items():
        title = docs.page_titles.get(page) or page
        items = "\n".join(renderer.item(number, item, bank.id) for number, (bank, item) in enumerate(entries, start=1))
        sections.append(
            f'<section class="kb-review__group" data-kb-review-group hidden><h2 class="kb-review__topic">{_escape(title)}</h2>'
            f'<ol class="kb-quiz__items">\n{items}\n</ol></section>'
        )
    key = {"bank": "__review__", "title": "错题本", "items": _item_keys(banks)}
    return (
        "# 错题本\n\n"
        f'<div class="kb-quiz kb-review" data-kb-quiz="__review__" data-kb-review data-kb-answer-key="{_json_attribute(key)}">'
        f'<p class="kb-review__empty" data-kb-review-empty>错题本是空的。去<a href="{relative_href(INDEX_PAGE, REVIEW_PAGE)}">自测题</a>做一套题吧：'
        "答错的题会出现在这里，连续答对两次后移出。</p>"
        '<div class="kb-review__toolbar" data-kb-review-toolbar hidden>'
        "<p data-kb-review-count></p>"
        '<button type="button" class="md-button md-button--primary" data-kb-action="practice">练习错题</button>'
        '<button type="button" class="md-button" data-kb-action="end-practice" hidden>结束练习，回到错题列表</button></div>'
        + "\n".join(sections)
        + '<p class="kb-visually-hidden" data-kb-announce role="status" aria-live="polite"></p>'
        "</div>\n"
    )
