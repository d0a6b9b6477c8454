"""The pages the quiz engine adds to the site, and where they go in the navigation."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass

from kb.quiz.catalog import Catalog
from kb.quiz.model import DocsIndex
from kb.quiz.render import progress_attributes
from kb.quiz.render import INDEX_PAGE, REVIEW_PAGE, bank_page_path, render_quiz_index, render_quiz_page, render_review_page


@dataclass(frozen=True)
class GeneratedPage:
    """A page that exists only in memory: its docs path and its Markdown source."""

    path: str
    source: str


def _with_front_matter(title: str, body: str, *, searchable: bool = True) -> str:
    # Titles are escaped once here: MkDocs templates print titles without escaping.
    title_yaml = json.dumps(html.escape(title, quote=True), ensure_ascii=False)
    # Quiz pages repeat the topics' words; kept out of search so questions find the teaching pages.
    search = "" if searchable else "search:\n  exclude: true\n"
    return f"---\ntitle: {title_yaml}\n{search}---\n\n{body}"


def generated_pages(catalog: Catalog, docs: DocsIndex) -> list[GeneratedPage]:
    """One page per bank plus the quiz index."""
    pages = [
        GeneratedPage(INDEX_PAGE, _with_front_matter("自测题", render_quiz_index(catalog.banks))),
        GeneratedPage(REVIEW_PAGE, _with_front_matter("错题本", render_review_page(catalog.banks, docs), searchable=False)),
    ]
    for bank in catalog.banks:
        pages.append(GeneratedPage(bank_page_path(bank), _with_front_matter(bank.title, render_quiz_page(bank, docs), searchable=False)))
    return pages


def _nav_with_banks(entries: list, catalog: Catalog) -> tuple[list, bool]:
    result, placed = [], False
    for entry in entries:
        if entry == INDEX_PAGE or (isinstance(entry, dict) and INDEX_PAGE in entry.values()):
            result.append(entry)
            result.append({"错题本": REVIEW_PAGE})
            result += [{html.escape(bank.title): bank_page_path(bank)} for bank in catalog.banks]
            placed = True
        elif isinstance(entry, dict) and len(entry) == 1 and isinstance(next(iter(entry.values())), list):
            (title, children), = entry.items()
            children, found = _nav_with_banks(children, catalog)
            result.append({title: children})
            placed = placed or found
        else:
            result.append(entry)
    return result, placed


def nav_with_banks(nav: list | None, catalog: Catalog) -> list | None:
    """The configured nav with every bank page listed right after ``quizzes/index.md``.

    Without a configured nav MkDocs lists generated pages by itself, so ``None`` stays ``None``.
    """
    if nav is None:
        return None
    updated, _ = _nav_with_banks(nav, catalog)
    return updated


COMPACT_PROGRESS = 'data-kb-progress="compact"'


def with_progress_data(markdown: str, page_path: str, banks) -> str:
    """Fill a hand-written ``data-kb-progress="compact"`` box (home page) with the bank list."""
    if COMPACT_PROGRESS not in markdown:
        return markdown
    return markdown.replace(COMPACT_PROGRESS, f"{COMPACT_PROGRESS} {progress_attributes(banks, page_path)}", 1)
