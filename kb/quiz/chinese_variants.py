"""Traditional and Simplified spellings of an accepted fill-in answer (OpenCC, at build time).

A learner who types 到頭一場空 means 到头一场空. The build adds each accepted answer's other
spellings to its blank's accept list, so the browser compares what was typed with nothing new to
download; a trainer who wrote an answer in Traditional characters gets the Simplified one too.

OpenCC's four dictionaries take some 45 MiB once loaded, as much as 10,000 checked items, and
would stay until the build ends. So a build works out every answer's spellings at once in a child
process (``learn_spellings``): the dictionaries never enter the build's own memory, and
``spellings`` looks the answers up. A text not learned that way is converted here, as before.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

CONVERSIONS = ("s2t", "s2tw", "s2hk", "t2s")
"""OpenCC configurations: to Traditional (general, Taiwan, Hong Kong) and back to Simplified."""

_PROJECT_ROOT = Path(__file__).resolve().parents[2]
"""Where ``python -m kb.quiz.chinese_variants`` finds the ``kb`` package."""
_learned: dict[str, tuple[str, ...]] = {}
"""Spellings worked out by a child process, by the text they were worked out for."""


@cache
def _converter(name: str) -> Any:
    import opencc  # imported on first use: a build learns its answers' spellings in a child process

    return opencc.OpenCC(name + ".json")


def converted(text: str) -> tuple[str, ...]:
    """``text`` first, then each other spelling OpenCC gives it, without repeats (OpenCC loaded here)."""
    variants = [text] + [_converter(name).convert(text) for name in CONVERSIONS]
    return tuple(dict.fromkeys(variants))


def spellings(text: str) -> tuple[str, ...]:
    """``text`` first, then each other spelling OpenCC gives it, without repeats."""
    learned = _learned.get(text)
    return learned if learned is not None else converted(text)


def learn_spellings(texts: Iterable[str]) -> None:
    """Work out the spellings of every text not yet learned, all at once in a child process.

    If the child cannot run, the texts are converted here instead: the same spellings, in this
    process's memory.
    """
    new = sorted(set(texts) - _learned.keys())
    if not new:
        return
    try:
        found = _converted_in_child(new)
    except (OSError, subprocess.SubprocessError, ValueError):
        found = [converted(text) for text in new]
    _learned.update(zip(new, found, strict=True))


def _converted_in_child(texts: list[str]) -> list[tuple[str, ...]]:
    """``converted`` of each text, worked out by ``python -m kb.quiz.chinese_variants`` (JSON in and out)."""
    command = [sys.executable, "-m", __name__]
    data = json.dumps(texts).encode("ascii")
    child = subprocess.run(command, input=data, capture_output=True, check=True, cwd=_PROJECT_ROOT)
    found = json.loads(child.stdout)
    if not isinstance(found, list) or len(found) != len(texts):
        raise ValueError("the child process answered something else")
    return [tuple(variants) for variants in found]


def _main() -> None:
    """The child process: read a JSON list of texts on stdin, write their spellings as a JSON list."""
    texts = json.load(sys.stdin.buffer)
    sys.stdout.write(json.dumps([converted(text) for text in texts]))


if __name__ == "__main__":
    _main()
