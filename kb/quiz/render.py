"""Renders the quiz model into page source (HTML inside Markdown) for MkDocs to wrap."""

from __future__ import annotations

import html
import json
from typing import Callable

from kb.quiz.model import Bank, DocsIndex, Item, ItemKind
from kb.quiz.text import render_text
from kb.site_urls import relative_href

KIND_LABELS = {ItemKind.SINGLE: "单选", ItemKind.MULTIPLE: "多选（选出全部正确项）", ItemKind.TRUE_FALSE: "判断"}
INDEX_PAGE = "quizzes/index.md"


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

    def item(self, number: int, item: Item) -> str:
        input_type = "checkbox" if item.kind is ItemKind.MULTIPLE else "radio"
        options = "".join(self.option(item, o.key, self.text(o.text, inline=True), input_type) for o in item.options)
        feedback = "".join(
            f'<div class="kb-quiz__option-feedback" data-kb-option-feedback="{o.key}" hidden>{self.text(o.feedback)}</div>'
            for o in item.options if o.feedback
        )
        section = self.docs.section(item.citation)
        section_title = section.title if section else str(item.citation)
        return (
            f'<li class="kb-quiz__item" id="item-{item.id}" data-kb-item="{item.id}" data-kb-kind="{item.kind.value}">'
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


def answer_key(bank: Bank) -> dict:
    """What the browser needs to grade: each item's kind and correct option keys (no text)."""
    return {
        "bank": bank.id,
        "title": bank.title,
        "items": {item.id: {"kind": item.kind.value, "correct": list(item.correct_keys)} for item in bank.items},
    }


def render_quiz_page(bank: Bank, docs: DocsIndex) -> str:
    """The generated page source for one bank: title, intro, items, controls, answer key."""
    renderer = _PageRenderer(bank_page_path(bank), docs)
    items = "".join(renderer.item(number, item) for number, item in enumerate(bank.items, start=1))
    intro = renderer.text(bank.intro) if bank.intro else ""
    shuffle = "true" if bank.shuffle_options else "false"
    return (
        f"# {_escape(bank.title)}\n\n"
        f'<div class="kb-quiz" data-kb-quiz="{bank.id}" data-kb-shuffle="{shuffle}" data-kb-answer-key="{_json_attribute(answer_key(bank))}">'
        f'<div class="kb-quiz__intro">{intro}<p class="kb-quiz__count">共 {len(bank.items)} 题。'
        f"每题可以单独提交，也可以做完后一起提交；进度保存在本机浏览器里。</p></div>"
        f'<ol class="kb-quiz__items">{items}</ol>'
        f'<div class="kb-quiz__actions">'
        f'<button type="button" class="md-button md-button--primary" data-kb-action="submit-all">全部提交</button>'
        f'<button type="button" class="md-button" data-kb-action="reset">再做一次</button></div>'
        f'<div class="kb-quiz__result" data-kb-result tabindex="-1" hidden></div>'
        f'<p class="kb-visually-hidden" data-kb-announce role="status" aria-live="polite"></p>'
        f"</div>\n"
    )


def render_quiz_index(banks: list[Bank]) -> str:
    """The quiz index page: every bank with its item count."""
    rows = "".join(
        f'<tr data-kb-bank-row="{bank.id}"><td><a href="{relative_href(bank_page_path(bank), INDEX_PAGE)}">{_escape(bank.title)}</a></td>'
        f'<td>{len(bank.items)}</td></tr>'
        for bank in banks
    )
    total = sum(len(bank.items) for bank in banks)
    return (
        "# 自测题\n\n"
        f"<p>共 {len(banks)} 套题、{total} 道题。每套题对应一个专题，读完专题再做；答错的题会链接回讲它的小节。</p>\n\n"
        '<div class="kb-quiz-index"><table><thead><tr><th>题库</th><th>题数</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>\n"
    )
