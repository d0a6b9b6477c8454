"""Types a question into the built site's search in Chromium and reads the result pages back."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

QUESTIONS_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "search" / "questions.yml"
META = "document.querySelector('.md-search-result__meta').textContent"


@dataclass(frozen=True)
class Question:
    """A new hire's whole question and the page#anchor sections that answer it."""

    text: str
    answers: tuple[str, ...]

    @property
    def pages(self) -> set[str]:
        """The answering pages as site paths (``topics/chatting.md#x`` → ``topics/chatting/``)."""
        return {page_path(answer.split("#", 1)[0]) for answer in self.answers}

    @property
    def sections(self) -> set[str]:
        """The answering sections as site paths with their anchor."""
        return {page_path(answer.split("#", 1)[0]) + "#" + answer.split("#", 1)[1] for answer in self.answers}


def page_path(docs_path: str) -> str:
    """The site path of a docs page, as MkDocs writes it with directory URLs."""
    stem = docs_path.removesuffix(".md")
    return "" if stem == "index" else stem.removesuffix("/index") + "/"


def load_questions(path: Path = QUESTIONS_FILE) -> list[Question]:
    """The question set."""
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [Question(entry["question"], tuple(entry["answers"])) for entry in entries]


@dataclass(frozen=True)
class Results:
    """What the search showed: the distinct result pages in order, and the best section of the first."""

    pages: list[str]
    best_section: str | None


# Material closes the search 125 ms after every change of address (its instant navigation, a link
# within the page), by clicking the toggle. Searching inside that window reads results that are then
# hidden. A timer started in the page after the change fires after Material's, which timers order by
# their due time, however loaded the machine is.
AFTER_MATERIAL_CLOSES_SEARCH = "() => new Promise((resolve) => setTimeout(resolve, 250))"


def settle_after_navigation(page) -> None:
    """Wait, once the address has changed, until Material has closed the search as it does then."""
    page.evaluate(AFTER_MATERIAL_CLOSES_SEARCH)


def search(page, query: str) -> Results:
    """Type ``query`` into the search box of ``page`` (the site already open) and read the results."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press("End")
    # Only type once the box is empty and the index loaded, so the results read belong to this query.
    page.wait_for_function(f"() => /键入/.test({META})", timeout=20_000)
    box.fill(query)
    box.press("End")  # Material reads the query on keyup
    page.wait_for_function(f"() => /结果/.test({META})", timeout=20_000)
    return Results(**page.evaluate(_READ_RESULTS))


_READ_RESULTS = """
() => {
  const root = new URL(__md_scope).pathname;
  const path = (href) => { const url = new URL(href); return url.pathname.slice(root.length) + url.hash; };
  const items = [...document.querySelectorAll(".md-search-result__item")];
  const pages = items.map((item) => path(item.querySelector("a").href).split("#")[0]);
  let best = null;
  if (items.length) {
    const links = [...items[0].querySelectorAll("a.md-search-result__link")];
    links.sort((a, b) => parseFloat(b.firstElementChild.dataset.mdScore) - parseFloat(a.firstElementChild.dataset.mdScore));
    best = path(links[0].href);
  }
  return { pages: [...new Set(pages)], best_section: best };
}
"""


TOP_3_GOAL = 0.95
TOP_1_GOAL = 0.80


@dataclass
class Figures:
    """How many questions found an answering page first, among the first three, and its section first."""

    total: int = 0
    top_1: int = 0
    top_3: int = 0
    section: int = 0
    misses: list[str] | None = None

    def rate(self, count: int) -> float:
        """A count as a share of the questions."""
        return count / self.total if self.total else 0.0

    def summary(self) -> str:
        """One line for the test output and the README."""
        return (
            f"top-1 {self.top_1}/{self.total} ({self.rate(self.top_1):.0%}), "
            f"top-3 {self.top_3}/{self.total} ({self.rate(self.top_3):.0%}), "
            f"answering section first {self.section}/{self.total} ({self.rate(self.section):.0%})"
        )

    def meets_goals(self) -> bool:
        """Top-3 at least 95 % and top-1 at least 80 %."""
        return self.rate(self.top_3) >= TOP_3_GOAL and self.rate(self.top_1) >= TOP_1_GOAL


def evaluate(page, questions: list[Question]) -> Figures:
    """Ask every question on ``page`` (the site open) and count the hits."""
    figures = Figures(misses=[])
    for question in questions:
        results = search(page, question.text)
        figures.total += 1
        first_three = results.pages[:3]
        figures.top_1 += bool(first_three) and first_three[0] in question.pages
        figures.top_3 += any(result in question.pages for result in first_three)
        figures.section += (results.best_section or "").split("?")[0] in question.sections
        if not first_three or first_three[0] not in question.pages:
            figures.misses.append(f"{question.text} → {first_three} (best section {results.best_section})")
    return figures
