"""How the checks measure text: visible length, character bigrams and Chinese words (jieba)."""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from typing import Any, overload

_INVISIBLE = re.compile(r"[\s*_`]")
"""Whitespace and Markdown emphasis marks do not count towards an option's length."""


def plain(text: str) -> str:
    """NFKC text without whitespace or Markdown emphasis marks (what a learner sees)."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


def visible_length(text: str) -> int:
    """Number of visible characters (a Chinese character and a Latin letter count one each)."""
    return len(plain(text))


@cache
def bare(text: str) -> str:
    """Lower-case letters, digits and ideographs only: two texts that differ in punctuation match."""
    return "".join(char for char in plain(text).lower() if unicodedata.category(char)[0] in "LN")


def ngrams(text: str, size: int) -> frozenset[str]:
    """The set of runs of ``size`` adjacent characters of the bare text.

    Not cached: over 10,000 items the sets would hold about 70 MiB. The repetition checks ask for
    them through ``TokenSets``, which makes each when it is needed and keeps none.
    """
    letters = bare(text)
    return frozenset(letters[index : index + size] for index in range(len(letters) - size + 1))


class TokenSets(Sequence[frozenset[str]]):
    """The token sets of ``texts``, each made when asked for and not kept."""

    def __init__(self, texts: Sequence[str], tokens: Callable[[str], frozenset[str]]) -> None:
        """Sets ``tokens(text)`` for each of ``texts``."""
        self._texts = texts
        self._tokens = tokens

    def __len__(self) -> int:
        """How many texts."""
        return len(self._texts)

    @overload
    def __getitem__(self, index: int) -> frozenset[str]: ...
    @overload
    def __getitem__(self, index: slice) -> list[frozenset[str]]: ...
    def __getitem__(self, index: int | slice) -> frozenset[str] | list[frozenset[str]]:
        """The token set of one text (or of a slice of them)."""
        if isinstance(index, slice):
            return [self._tokens(text) for text in self._texts[index]]
        return self._tokens(self._texts[index])

    def __iter__(self) -> Iterator[frozenset[str]]:
        """Each text's token set in turn."""
        return (self._tokens(text) for text in self._texts)


def bigrams(text: str) -> frozenset[str]:
    """The set of adjacent character pairs of the bare text."""
    return ngrams(text, 2)


def candidate_pairs(sets: Sequence[frozenset[str]], threshold: float) -> set[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, that may reach ``threshold`` Jaccard; a superset of those that do.

    Prefix filtering: order every set's tokens rarest first; two sets with Jaccard ≥ t share a token
    among the first ``len - ceil(t * len) + 1`` tokens of both. Comparing only those pairs keeps the
    repetition checks near-linear instead of comparing every item with every other. ``sets`` is
    read twice (first to count the tokens), so a ``TokenSets`` works.

    Tokens are counted by their hash: the count only orders tokens (any fixed order is correct, and
    a rare hash collision only merges two counts), and 10,000 items' distinct bigrams as strings
    would take tens of MiB. Tokens no other set holds are not indexed.
    """
    return _prefix_pairs(sets, lambda size: size - math.ceil(threshold * size) + 1)


def overlap_pairs(sets: Sequence[frozenset[str]], least: int) -> set[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, that may share ``least`` tokens; a superset of those that do.

    Two sets sharing ``least`` tokens share one among the first ``len - least + 1`` of both (rarest first).
    """
    return _prefix_pairs(sets, lambda size: size - least + 1)


def _prefix_pairs(sets: Sequence[frozenset[str]], prefix: Callable[[int], int]) -> set[tuple[int, int]]:
    """Index pairs of sets that share a token among the first ``prefix(len)`` of each, rarest first."""
    frequency = Counter(hash(token) for tokens in sets for token in tokens)
    holders: dict[str, list[int]] = defaultdict(list)
    pairs: set[tuple[int, int]] = set()
    for index, tokens in enumerate(sets):
        ordered = sorted(tokens, key=lambda token: (frequency[hash(token)], token))
        for token in ordered[: max(prefix(len(ordered)), 0)]:
            if frequency[hash(token)] < 2:
                continue  # no other set has it: it cannot make a pair
            pairs.update((earlier, index) for earlier in holders[token])
            holders[token].append(index)
    return pairs


def sharing_pairs(sets: Sequence[frozenset[str]]) -> set[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, of sets that share at least one token.

    ``candidate_pairs`` at threshold 0: the prefix it indexes is then the whole set.
    """
    return candidate_pairs(sets, 0.0)


def jaccard(first: frozenset[str], second: frozenset[str]) -> float:
    """Shared share of two sets: 1.0 for equal sets, 0.0 when nothing is shared (or both empty)."""
    union = first | second
    return len(first & second) / len(union) if union else 0.0


@cache
def _jieba() -> Any:
    """jieba, imported on first use (it takes a moment) and kept quiet."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


@cache
def words(text: str) -> tuple[str, ...]:
    """The words of ``text`` as jieba segments them (punctuation and spaces dropped)."""
    return tuple(word for word in _jieba().lcut(plain(text)) if bare(word))


def contains_any(text: str, phrases: Iterable[str]) -> list[str]:
    """The phrases that occur in ``text``, in the order given."""
    flat = plain(text)
    return [phrase for phrase in phrases if phrase in flat]


def forget_measurements() -> None:
    """Drop the cached bare texts and segmentations once a lint run is done."""
    for cached in (bare, words):
        cached.cache_clear()
