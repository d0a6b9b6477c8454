"""Traditional and Simplified spellings of an accepted fill-in answer (OpenCC, at build time).

A learner who types 到頭一場空 means 到头一场空. The build adds each accepted answer's other
spellings to its blank's accept list, so the browser compares what was typed with nothing new to
download; a trainer who wrote an answer in Traditional characters gets the Simplified one too.
"""

from __future__ import annotations

from functools import cache
from typing import Any

CONVERSIONS = ("s2t", "s2tw", "s2hk", "t2s")
"""OpenCC configurations: to Traditional (general, Taiwan, Hong Kong) and back to Simplified."""


@cache
def _converter(name: str) -> Any:
    import opencc  # imported on first use: most builds have few fill-in items

    return opencc.OpenCC(name + ".json")


def spellings(text: str) -> tuple[str, ...]:
    """``text`` first, then each other spelling OpenCC gives it, without repeats."""
    variants = [text] + [_converter(name).convert(text) for name in CONVERSIONS]
    return tuple(dict.fromkeys(variants))
