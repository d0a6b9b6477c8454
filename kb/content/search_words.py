"""The search's word lists a trainer can extend: colloquial synonyms and filler words (search-words.yml).

The browser's search (overrides/assets/javascripts/workers/kb-search-query.js) reads them from the
search index's ``config.kb``: a synonym makes a new hire's word also look for the words the pages
use; a filler word (到底、怎么办、是不是) still counts in a question, but much less than its content words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

WORDS_FILE = "search-words.yml"
_WORD = re.compile(r"^[^\s*^~:+\-\"]{1,20}$")
"""A word: no spaces and none of the characters the search's query syntax gives a meaning to."""


@dataclass(frozen=True)
class SearchWordsProblem:
    """One problem in the word list, at the trainer's own line."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        """``path:line: message``, as the build log prints it."""
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class SearchWords:
    """Colloquial word → the words the pages use, and the filler words of a question."""

    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    filler: tuple[str, ...] = ()

    def as_index_config(self) -> dict[str, Any]:
        """What the browser's search reads from the index's ``config.kb``."""
        return {
            "synonyms": {word: list(targets) for word, targets in self.synonyms.items()},
            "filler": list(self.filler),
        }


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _words(node: yaml.Node, path: Path, problems: list[SearchWordsProblem]) -> tuple[str, ...]:
    """A word or a list of words; a problem for anything else."""
    nodes = node.value if isinstance(node, yaml.SequenceNode) else [node]
    words = []
    for item in nodes:
        if isinstance(item, yaml.ScalarNode) and _WORD.match(str(item.value).strip()):
            words.append(str(item.value).strip())
        else:
            problems.append(
                SearchWordsProblem(
                    path,
                    _line(item),
                    f"“{getattr(item, 'value', item)}”不是一个词：写成不带空格、不带 * ^ ~ : + - 的词。",
                )
            )
    return tuple(words)


def _section(root: yaml.MappingNode, key: str) -> yaml.Node | None:
    return next((value for name, value in root.value if name.value == key), None)


def parse_search_words(text: str, path: Path) -> tuple[SearchWords, list[SearchWordsProblem]]:
    """The word lists in ``text`` (the file at ``path``) and every problem found, each with its line."""
    problems: list[SearchWordsProblem] = []
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return SearchWords(), [SearchWordsProblem(path, (mark.line + 1) if mark else 1, f"不是合法的 YAML：{error}")]
    if not isinstance(root, yaml.MappingNode):
        return SearchWords(), [SearchWordsProblem(path, 1, "文件要有 synonyms: 和 filler: 两部分。")]
    synonyms: dict[str, tuple[str, ...]] = {}
    section = _section(root, "synonyms")
    if isinstance(section, yaml.MappingNode):
        for key, value in section.value:
            (word,) = _words(key, path, problems) or ("",)
            targets = _words(value, path, problems)
            if word and targets:
                synonyms[word.lower()] = tuple(target.lower() for target in targets)
    elif section is not None:
        problems.append(SearchWordsProblem(path, _line(section), "synonyms: 下面每行写“新人的说法: [页面上的词, …]”。"))
    filler_node = _section(root, "filler")
    filler = _words(filler_node, path, problems) if filler_node is not None else ()
    return SearchWords(synonyms, tuple(word.lower() for word in filler)), problems


def load_search_words(path: Path) -> tuple[SearchWords, list[SearchWordsProblem]]:
    """The word lists of the file at ``path``; none (and no problem) when there is no such file."""
    if not path.is_file():
        return SearchWords(), []
    return parse_search_words(path.read_text(encoding="utf-8"), path)
