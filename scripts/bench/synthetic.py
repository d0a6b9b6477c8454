"""Synthetic banks: valid items of every type, each citing a real topic section, written as YAML."""

from __future__ import annotations

import random
import re
import textwrap
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from kb.content.sections import scan_docs
from kb.quiz.types import TYPES
from scripts.bench.settings import DOCS_DIR, ITEMS_PER_BANK

Item = dict[str, Any]
KINDS = tuple(TYPES)
"""Synthetic items take every registered type in turn."""


class _NoAliasDumper(yaml.SafeDumper):
    """Banks may not use YAML anchors or aliases, so the dumper never writes them."""

    def ignore_aliases(self, data: Any) -> bool:  # noqa: D102 - PyYAML hook
        return True


def topic_citations(docs_dir: Path = DOCS_DIR) -> list[str]:
    """Every real section a quiz item can cite: ``topics/page.md#heading-id``."""
    docs = scan_docs(docs_dir)
    return [
        f"{page}#{anchor}"
        for page, sections in sorted(docs.pages.items())
        if page.startswith("topics/")
        for anchor in sections
    ]


class Phrases:
    """Deterministic random Chinese phrases drawn from the docs' own characters.

    Items written from one template would all be near-duplicates of each other, and the build's
    item-writing lint would then report every pair; random wording keeps synthetic banks as
    distinct as real ones, so the figures measure the engine, not a flood of warnings.
    """

    def __init__(self, docs_dir: Path = DOCS_DIR) -> None:
        """Collect the ideographs of every docs page."""
        text = "".join(path.read_text(encoding="utf-8") for path in sorted(docs_dir.rglob("*.md")))
        self.pool = sorted({char for char in text if "\u4e00" <= char <= "\u9fff"})

    def __call__(self, rng: random.Random, length: int) -> str:
        """``length`` characters picked at random."""
        return "".join(rng.choices(self.pool, k=length))


def _choice_fields(kind: str, say: Callable[[int], str]) -> Item:
    """Question and options of a single, multiple or true/false item, worded to carry no answer cue.

    The lint flags a key that is always first, longest or in the majority; the types' examples
    (written to teach the format) do all three, so choice items get their own wording.
    """
    if kind == "true_false":
        return {"question": f"判断：{say(24)}。", "answer": False, "feedback": f"{say(20)}。"}
    options: list[Item] = [{"text": f"{say(14)}。", "correct": True, "feedback": f"{say(10)}。"}]
    options.append({"text": f"{say(14)}。", "feedback": f"{say(10)}。"})
    options.append({"text": f"{say(14)}。", "feedback": f"{say(10)}。"})
    if kind == "multiple":  # right, wrong, right, wrong: half keyed, not all first
        options += [{"text": f"{say(14)}。", "feedback": f"{say(10)}。"}]
        options[2]["correct"] = True
    return {"question": f"{say(28)}？", "options": options}


CHOICE_KINDS = ("single", "multiple", "true_false")
"""Types whose synthetic items are worded by ``_choice_fields``; every other type rewords its example."""
IDEOGRAPHS = re.compile("[\u4e00-\u9fff]+")
"""A run of Chinese characters: what rewording replaces (``___`` blanks and punctuation stay)."""


def _reworded(value: Any, say: Callable[[int], str]) -> Any:
    """``value`` with every run of Chinese characters replaced by random ones, twice as long."""
    if isinstance(value, str):
        return IDEOGRAPHS.sub(lambda run: say(2 * len(run.group())), value)
    if isinstance(value, dict):
        return {key: _reworded(child, say) for key, child in value.items()}
    if isinstance(value, list):
        return [_reworded(child, say) for child in value]
    return value


def example_fields(kind: str) -> Item:
    """The fields of the type's own example item (``ItemType.example``), as data."""
    return yaml.safe_load(textwrap.dedent(TYPES[kind].example))


def synthetic_item(n: int, cite: str, prefix: str, phrases: Phrases) -> Item:
    """Item number ``n`` (its type is ``KINDS[n % len(KINDS)]``), worded at random from a seed of ``n``."""
    rng = random.Random(n)
    say = partial(phrases, rng)
    kind = KINDS[n % len(KINDS)]
    item: Item = {"id": f"{prefix}-{n:05d}", "type": kind}
    if kind in CHOICE_KINDS:
        item.update(_choice_fields(kind, say))
    else:
        item.update(_reworded(example_fields(kind), say))
    item["explanation"] = f"{say(30)}；**{say(8)}**。"
    item["cite"] = cite
    return item


def synthetic_items(total: int, prefix: str) -> list[Item]:
    """``total`` items citing the real topic sections in turn."""
    cites, phrases = topic_citations(), Phrases()
    return [synthetic_item(n, cites[n % len(cites)], prefix, phrases) for n in range(total)]


def write_banks(dest: Path, total: int, *, prefix: str = "bench", per_bank: int = ITEMS_PER_BANK) -> Path:
    """Write ``total`` items, at most ``per_bank`` per file, into ``dest`` (created); return ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    items = synthetic_items(total, prefix)
    for number, start in enumerate(range(0, total, per_bank)):
        title = f"合成题库 {prefix} {number + 1}"
        bank = {"title": title, "intro": "性能测试用的合成题库。", "items": items[start : start + per_bank]}
        text = yaml.dump(bank, Dumper=_NoAliasDumper, allow_unicode=True, sort_keys=False, width=4096)
        (dest / f"{prefix}-{number:03d}.yml").write_text(text, encoding="utf-8")
    return dest


def read_banks(banks_dir: Path) -> dict[str, dict[str, Any]]:
    """Every bank file in ``banks_dir`` as plain data, by bank id (the file's stem)."""
    return {
        path.stem: yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        for path in sorted(banks_dir.glob("*.yml"))
    }


def item_count(banks_dir: Path) -> int:
    """How many items the banks in ``banks_dir`` hold."""
    return sum(len(bank["items"]) for bank in read_banks(banks_dir).values())
