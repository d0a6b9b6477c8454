"""How a learner's fill-in answer is compared with the accepted ones (the browser does the same).

The trainer's guide (README, 填空题) documents this; ``overrides/assets/kb/grade/normalise.js``
must stay identical.
"""

from __future__ import annotations

import unicodedata

KEPT_BESIDE_DIGITS = frozenset(".-+/:%#")
"""Marks that change what a number means (``1.5`` is not ``15``, ``-5`` is not ``5``, ``1/2`` is
not ``12``, ``3:30`` is not ``330``): kept where a digit stands right before or after them."""


def _beside_a_digit(text: str, index: int) -> bool:
    before = index > 0 and unicodedata.category(text[index - 1]) == "Nd"
    return before or (index + 1 < len(text) and unicodedata.category(text[index + 1]) == "Nd")


def _ignored(text: str, index: int) -> bool:
    char = text[index]
    if char.isspace():
        return True
    if unicodedata.category(char)[0] not in "PS":
        return False
    return not (char in KEPT_BESIDE_DIGITS and _beside_a_digit(text, index))


def normalise_answer(text: str) -> str:
    """The form two answers are compared in.

    Unicode NFKC (full width → half width, e.g. ``ＡＢＣ１`` → ``ABC1``), lower case, then every
    whitespace character and every character whose Unicode category starts with P
    (punctuation) or S (symbols) removed, except ``. - + / : % #`` right next to a digit.
    ``“到头 一场空！”`` and ``到头一场空`` compare equal; ``1.5`` and ``15`` do not.
    """
    folded = unicodedata.normalize("NFKC", text).lower()
    return "".join(char for index, char in enumerate(folded) if not _ignored(folded, index))
