"""The pages the quiz engine adds to the site, and where they go in the navigation."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup, escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from kb.content.learning_path import Lesson, annotate_learning_path, lessons_in, reading_minutes
from kb.content.sections import DocsIndex
from kb.core.paths import INDEX_PAGE, REVIEW_PAGE, TODAY_PAGE, bank_item_list, bank_page, item_anchor
from kb.core.remember import docs_key, remembered
from kb.quiz.catalog import Catalog
from kb.quiz.model import Bank
from kb.quiz.render import (
    NextLesson,
    build_version,
    item_list,
    progress_attributes,
    render_quiz_index,
    render_quiz_page,
    render_review_page,
    render_today_page,
)

BODY_PLACEHOLDER = "<!-- kb-quiz-body -->"
PAGE_EVENT_PRIORITY = 100
"""The hooks' page events run before other plugins' (0 by default): a plugin that rewrites pages,
such as an HTML minifier that drops comments, sees finished quiz and scenario bodies, never the
bare placeholder (a minifier once deleted every question without a word)."""


@dataclass(frozen=True)
class GeneratedPage:
    """A page that exists only in memory, with no file under docs/.

    It has a docs path, a Markdown source, and the finished HTML body that replaces
    ``BODY_PLACEHOLDER`` after Markdown (it needs no Markdown pass). A bank page's body is rendered
    only when MkDocs reaches the page (``render_body``), so a build never holds every bank's HTML
    before it needs it.
    """

    path: str
    source: str
    body: str = ""
    render_body: Callable[[], str] | None = None

    @property
    def placed_later(self) -> bool:
        """Whether the body is put in place of ``BODY_PLACEHOLDER`` (not written in ``source``)."""
        return bool(self.body) or self.render_body is not None

    def finished_body(self) -> str:
        """The HTML body: the one given, or the one rendered now."""
        return self.body or (self.render_body() if self.render_body else "")


def mkdocs_title(title: str) -> Markup:
    """A plain-text title as MkDocs and Material must be given it: HTML-escaped, exactly once.

    Material prints page and nav titles unescaped (``<title>{{ page.meta.title }}``,
    ``<h1>{{ page.title }}``, ``{{ nav_item.title }}``), so a bank title is escaped here, at the
    boundary, and nowhere else. The result is ``Markup`` so templates that do escape (the footer's
    ``{{ page.next_page.title | e }}``) leave it alone.
    """
    return escape(title)


def quiz_page_title(bank_title: str) -> str:
    """A bank page's title: says it is the self-check, so it differs from its topic page's title."""
    return f"自测：{bank_title}"


def _with_front_matter(title: str, body: str, *, searchable: bool = True, first_item: str | None = None) -> str:
    title_yaml = json.dumps(str(mkdocs_title(title)), ensure_ascii=False)
    # Quiz pages repeat the topics' words; kept out of search so questions find the teaching pages.
    search = "" if searchable else "search:\n  exclude: true\n"
    # The theme's skip link (overrides/main.html) jumps to this item's anchor; the body is placed
    # only when the page is written, so the template cannot look for it in page.content.
    skip = f"kb_first_item_anchor: {json.dumps(item_anchor(first_item))}\n" if first_item else ""
    return f"---\ntitle: {title_yaml}\n{search}{skip}---\n\n{body}"


def _prerendered(
    path: str,
    title: str,
    body: str = "",
    *,
    render_body: Callable[[], str] | None = None,
    first_item: str | None = None,
) -> GeneratedPage:
    """A quiz page whose HTML body (heading included) skips Markdown: nothing in it is Markdown."""
    source = _with_front_matter(title, f"{BODY_PLACEHOLDER}\n", searchable=False, first_item=first_item)
    return GeneratedPage(path, source, body, render_body)


prerendered_page = _prerendered
"""Public name for other generated pages (scenarios) that are rendered ahead of Markdown."""


def main_topic(bank: Bank) -> str | None:
    """The docs page most of the bank's items cite: the lesson the bank checks."""
    pages = Counter(item.citation.page for item in bank.items)
    return pages.most_common(1)[0][0] if pages else None


def next_lessons(banks: list[Bank], docs: DocsIndex) -> dict[str, NextLesson]:
    """Bank id → the lesson after the bank's own, for banks in learning-path order.

    The lesson after a bank is the topic of the next bank whose topic differs; the last bank
    leads to the scenarios (情景演练), where the path ends.
    """
    topics = [main_topic(bank) for bank in banks]
    result: dict[str, NextLesson] = {}
    for index, bank in enumerate(banks):
        later = [topic for topic in topics[index + 1 :] if topic and topic != topics[index]]
        if later:
            result[bank.id] = NextLesson(later[0], docs.page_titles.get(later[0], later[0]))
        else:
            result[bank.id] = NextLesson(f"{INDEX_PAGE}#scenarios", "情景演练")
    return result


def _bank_page(bank: Bank, docs: DocsIndex, next_lesson: NextLesson | None = None) -> GeneratedPage:
    """One bank's page, its body rendered when needed.

    Under `mkdocs serve` it is rendered again only when the bank or the docs changed.
    """
    return _prerendered(
        bank_page(bank.id),
        quiz_page_title(bank.title),
        render_body=lambda: remembered(
            lambda: (
                "quiz page",
                hashlib.sha256(repr((bank, next_lesson)).encode("utf-8")).hexdigest(),
                docs_key(docs),
            ),
            lambda: render_quiz_page(bank, docs, next_lesson),
        ),
        first_item=bank.items[0].id if bank.items else None,
    )


def generated_pages(catalog: Catalog, docs: DocsIndex) -> list[GeneratedPage]:
    """The quiz index, the 错题本, 今日复习 and one page per bank."""
    build = build_version(catalog.banks)  # one fingerprint of every bank, for the pages that fetch items
    # Each depends only on the banks (their fingerprint) and the docs: kept like a bank's page.
    index = remembered(lambda: ("quiz index", build), lambda: render_quiz_index(catalog.banks))
    review = remembered(
        lambda: ("review page", build, docs_key(docs)), lambda: render_review_page(catalog.banks, docs, build)
    )
    pages = [
        GeneratedPage(INDEX_PAGE, _with_front_matter("自测题", index)),
        _prerendered(REVIEW_PAGE, "错题本", review),
        _prerendered(TODAY_PAGE, "今日复习", render_today_page(catalog.banks, build)),
    ]
    following = next_lessons(catalog.banks, docs)
    pages += [_bank_page(bank, docs, following.get(bank.id)) for bank in catalog.banks]
    return pages


def added_pages(pages: list[GeneratedPage], files: Files, config: MkDocsConfig) -> Files:
    """``files`` with each generated page added in memory (nothing is written into docs/).

    A page under docs/ at the same path would be replaced without a word, its text lost from the
    site: that is an error naming the file, never a silent replacement.
    """
    return _added([File.generated(config, page.path, content=page.source) for page in pages], files, config)


def added_item_lists(banks: list[Bank], files: Files, config: MkDocsConfig) -> Files:
    """``files`` with each bank's item list (``quizzes/<bank>/items.json``, render.item_list) added in memory."""
    lists = [
        File.generated(config, bank_item_list(bank.id), content=json.dumps(item_list(bank), separators=(",", ":")))
        for bank in banks
    ]
    return _added(lists, files, config)


def _added(generated: list[File], files: Files, config: MkDocsConfig) -> Files:
    """``files`` with ``generated`` appended; one of docs/ at the same path is an error naming it."""
    clashes = [file.src_uri for file in generated if files.get_file_from_path(file.src_uri) is not None]
    if clashes:
        names = "、".join(f"{config.docs_dir}/{path}" for path in clashes)
        raise PluginError(
            f"{names} 和生成的自测题或情景演练页面同一个路径：生成的页面会把它盖掉，它的内容不会出现在网站上。"
            "请给这个文件改名或挪到别的文件夹。"
        )
    for file in generated:
        files.append(file)
    return files


class MissingPlaceholder(Exception):
    """A generated page lost the mark its body goes in: something rewrote the page first."""

    def __init__(self, path: str) -> None:
        """The error for the generated page at docs path ``path``."""
        super().__init__(
            f"生成的页面 {path} 里找不到正文的占位标记 {BODY_PLACEHOLDER}，这一页的题目或情景没法放进去。"
            "通常是别的插件（例如压缩 HTML、删掉注释的插件）在题库钩子之前改了页面：请把那个插件去掉，"
            "或者让它不删 HTML 注释。"
        )
        self.path = path


def with_body(html_content: str, page: GeneratedPage | None) -> str:
    """The page's finished HTML with its pre-rendered body put in place.

    A generated page whose mark is gone is an error, never a page published without its body.
    """
    if page is None or not page.placed_later:
        return html_content
    if BODY_PLACEHOLDER not in html_content:
        raise MissingPlaceholder(page.path)
    return html_content.replace(BODY_PLACEHOLDER, page.finished_body(), 1)


def _nav_with_banks(entries: list, catalog: Catalog) -> list:
    result = []
    for entry in entries:
        if entry == INDEX_PAGE or (isinstance(entry, dict) and INDEX_PAGE in entry.values()):
            result.append(entry)
            result.append({"今日复习": TODAY_PAGE})
            result.append({"错题本": REVIEW_PAGE})
            result += [{mkdocs_title(quiz_page_title(bank.title)): bank_page(bank.id)} for bank in catalog.banks]
        elif isinstance(entry, dict) and len(entry) == 1 and isinstance(next(iter(entry.values())), list):
            ((title, children),) = entry.items()
            result.append({title: _nav_with_banks(children, catalog)})
        else:
            result.append(entry)
    return result


def _nav_pages(entries: list | None) -> list[str]:
    """Every docs path of a configured nav, in reading order."""
    pages: list[str] = []
    for entry in entries or []:
        values = entry.values() if isinstance(entry, dict) else [entry]
        for value in values:
            pages += _nav_pages(value) if isinstance(value, list) else [value] if isinstance(value, str) else []
    return pages


def in_learning_path_order(banks: list[Bank], nav: list | None) -> list[Bank]:
    """The banks in the order a new hire reads their topics.

    A bank stands where the page most of its items cite stands in the nav; banks whose topic is
    not in the nav keep their order, last.
    """
    order = {page: index for index, page in enumerate(_nav_pages(nav))}

    def position(bank: Bank) -> int:
        topic = main_topic(bank)
        return order.get(topic, len(order)) if topic else len(order)

    return sorted(banks, key=position)


def nav_with_banks(nav: list | None, catalog: Catalog) -> list | None:
    """The configured nav with every bank page listed right after ``quizzes/index.md``.

    Without a configured nav MkDocs lists generated pages by itself, so ``None`` stays ``None``.
    """
    if nav is None:
        return None
    return _nav_with_banks(nav, catalog)


COMPACT_PROGRESS = 'data-kb-progress="compact"'


def with_progress_data(markdown: str, page_path: str, banks) -> str:
    """Fill a hand-written ``data-kb-progress="compact"`` box (home page) with the bank list."""
    if COMPACT_PROGRESS not in markdown:
        return markdown
    return markdown.replace(COMPACT_PROGRESS, f"{COMPACT_PROGRESS} {progress_attributes(banks, page_path)}", 1)


HOME_PAGE = "index.md"


def with_learning_path(markdown: str, src_uri: str, banks: list[Bank], docs_dir: Path) -> str:
    """Home's learning path with each lesson's reading minutes, item count and bank (D12)."""
    if src_uri != HOME_PAGE:
        return markdown
    lessons: dict[str, Lesson] = {}
    for path in lessons_in(markdown):
        source = docs_dir / path
        if not source.is_file():
            continue
        items = sum(1 for bank in banks for item in bank.items if item.citation.page == path)
        bank_id = next((bank.id for bank in banks if main_topic(bank) == path), None)
        minutes = reading_minutes(source.read_text(encoding="utf-8"))
        lessons[path] = Lesson(path, minutes, items, bank_id)
    return annotate_learning_path(markdown, lessons)
