"""The peer, ``mkdocs-quiz``: a throwaway venv that has it, and our items in its Markdown syntax.

Its syntax (1.x): ``<quiz>`` question, ``- [x]`` right and ``- [ ]`` wrong answers each followed by
``> feedback`` lines, then free Markdown shown after answering, ``</quiz>``; a fill-in item writes
each blank as ``[[answer]]`` and its explanation after a ``---`` line. It has no ordering or
matching type: an ordering item becomes "which comes first?" over its entries, a matching item a
fill-in with one blank per pair (``left: [[right]]``), so each keeps its texts and answer count;
a type added later becomes a fill-in with one blank per part of its answer.
"""

from __future__ import annotations

import re
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

from kb.quiz.types import TYPES
from scripts.bench.settings import PEER_PACKAGE

Item = dict[str, Any]
BLANK = re.compile(r"_{3,}")
CHOICE_FORMS = ("single", "multiple", "true_false", "ordering")
"""Types written as the peer's checkbox answers; fill-in and matching are its blanks, and any other
type becomes one blank per part of its answer (``_answer_blanks``)."""


def one_line(text: Any) -> str:
    """A text field on one line (answers and feedback lines cannot span lines in the peer's syntax)."""
    return " ".join(str(text).split())


def _answer_lines(answers: list[tuple[str, bool, str]]) -> list[str]:
    """``- [x] text`` / ``- [ ] text`` lines, each with its ``> feedback`` line when it has one."""
    lines = []
    for text, correct, feedback in answers:
        lines.append(f"- [{'x' if correct else ' '}] {one_line(text)}")
        if feedback:
            lines.append(f"    > {one_line(feedback)}")
    return lines


def _choice_answers(item: Item) -> list[tuple[str, bool, str]]:
    """(text, right?, feedback) of each answer of a choice, true/false or ordering item."""
    if item["type"] == "true_false":
        wrong = item.get("feedback", "")
        return [
            ("正确", item["answer"] is True, "" if item["answer"] else wrong),
            ("错误", item["answer"] is False, wrong if item["answer"] else ""),
        ]
    if item["type"] == "ordering":
        first = item["entries"][0]
        return [(entry, entry == first, "" if entry == first else item["feedback"]) for entry in item["entries"]]
    return [(opt["text"], bool(opt.get("correct")), opt.get("feedback", "")) for opt in item["options"]]


def _fill_in_question(item: Item) -> str:
    """The question with ``[[answer]]`` blanks (matching: one ``left: [[right]]`` line per pair)."""
    if item["type"] == "matching":
        pairs = "\n".join(f"- {one_line(pair['left'])}：[[{one_line(pair['right'])}]]" for pair in item["pairs"])
        return f"{item['question']}\n\n{pairs}"
    answers = iter(one_line(blank["accept"][0]) for blank in item["blanks"])
    return BLANK.sub(lambda _: f"[[{next(answers)}]]", item["question"])


def _answer_blanks(item: Item) -> str:
    """A type with no counterpart here: its question, then one blank per part of a right answer.

    The parts are what the item-writing lint reads of it (``ItemType.lint_view``).
    """
    answers = TYPES[item["type"]].lint_view(item).answer_texts
    return item["question"] + "\n\n" + "\n".join(f"- [[{one_line(text)}]]" for text in answers)


def quiz_block(item: Item, cite_prefix: str) -> str:
    """One item as a ``<quiz>`` block; the explanation ends with a link to the cited section."""
    explanation = f"{item.get('explanation', '')}\n\n出处：[讲这一点的小节]({cite_prefix}{item['cite']})"
    if item["type"] in ("fill_in", "matching"):
        body = f"{_fill_in_question(item)}\n\n---\n{explanation}"
    elif item["type"] not in CHOICE_FORMS:
        body = f"{_answer_blanks(item)}\n\n---\n{explanation}"
    else:
        question = item["question"] + ("（哪一项排第一？）" if item["type"] == "ordering" else "")
        body = "\n".join([question, *_answer_lines(_choice_answers(item)), "", explanation])
    return f"<quiz>\n{body}\n</quiz>\n"


def quiz_page(bank: dict[str, Any], cite_prefix: str = "../") -> str:
    """A bank as one Markdown page: title, intro, the peer's intro and results panels, every item."""
    blocks = "\n".join(quiz_block(item, cite_prefix) for item in bank["items"])
    intro = one_line(bank.get("intro", ""))
    return f"# {bank['title']}\n\n{intro}\n\n<!-- mkdocs-quiz intro -->\n\n{blocks}\n<!-- mkdocs-quiz results -->\n"


def write_quiz_pages(banks: dict[str, dict[str, Any]], dest: Path) -> list[str]:
    """Each bank as ``dest/<bank id>.md``; return the pages' names."""
    dest.mkdir(parents=True, exist_ok=True)
    for bank_id, bank in banks.items():
        (dest / f"{bank_id}.md").write_text(quiz_page(bank), encoding="utf-8")
    return sorted(banks)


def peer_python(venv: Path) -> Path:
    """A venv at ``venv`` seeing this environment's packages (same MkDocs and theme) plus the peer.

    The project's site-packages enter through a ``.pth`` file, so both sides build with the very
    same MkDocs, Material and plugins; pip installs only the peer and what it adds.
    """
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(purelib, "kb-bench-project.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    install = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", PEER_PACKAGE]
    subprocess.run(install, check=True, timeout=600)
    return python
