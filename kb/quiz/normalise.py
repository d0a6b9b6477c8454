"""How a learner's fill-in answer is compared with the accepted ones (the browser does the same).

The trainer's guide (README, 填空题) documents this; ``overrides/assets/kb/grade/normalise.js``
must stay identical.
"""

from __future__ import annotations

import unicodedata


def normalise_answer(text: str) -> str:
    """The form two answers are compared in.

    Unicode NFKC (full width → half width, e.g. ``ＡＢＣ１`` → ``ABC1``), lower case, then every
    whitespace character and every character whose Unicode category starts with P
    (punctuation) or S (symbols) removed. ``“到头 一场空！”`` and ``到头一场空`` compare equal.
    """
    folded = unicodedata.normalize("NFKC", text).lower()
    return "".join(char for char in folded if not char.isspace() and unicodedata.category(char)[0] not in "PS")
