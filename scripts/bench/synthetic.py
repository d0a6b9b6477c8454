"""Synthetic banks: valid items of every type, each citing a real topic section, written as YAML."""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from kb.content.sections import scan_docs
from scripts.bench.settings import DOCS_DIR, ITEMS_PER_BANK

Item = dict[str, Any]
KINDS = ("single", "multiple", "true_false", "ordering", "matching", "fill_in")
"""Synthetic items take these types in turn."""


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
    """Question and options of a single, multiple or true/false item."""
    if kind == "true_false":
        return {"question": f"判断：{say(24)}。", "answer": False, "feedback": f"{say(20)}。"}
    options: list[Item] = [{"text": f"{say(14)}。", "correct": True, "feedback": f"{say(10)}。"}]
    options.append({"text": f"{say(14)}。", "feedback": f"{say(10)}。"})
    options.append({"text": f"{say(14)}。", "feedback": f"{say(10)}。"})
    if kind == "multiple":  # right, wrong, right, wrong: half keyed, not all first
        options += [{"text": f"{say(14)}。", "feedback": f"{say(10)}。"}]
        options[2]["correct"] = True
    return {"question": f"{say(28)}？", "options": options}


def _structured_fields(kind: str, say: Callable[[int], str]) -> Item:
    """Question and answer fields of an ordering, matching or fill-in item."""
    if kind == "ordering":
        return {"question": f"{say(20)}，从先到后排列：", "entries": [say(8) for _ in range(4)]}
    if kind == "matching":
        pairs = [{"left": say(4), "right": say(12)} for _ in range(3)]
        return {"question": f"{say(20)}，配起来：", "pairs": pairs, "distractors": [say(12)]}
    return {"question": f"{say(16)}，___。", "blanks": [{"accept": [say(6), say(5)]}]}


def synthetic_item(n: int, cite: str, prefix: str, phrases: Phrases) -> Item:
    """Item number ``n`` (its type is ``KINDS[n % 6]``), worded at random from a seed of ``n``."""
    rng = random.Random(n)
    say = partial(phrases, rng)
    kind = KINDS[n % len(KINDS)]
    item: Item = {"id": f"{prefix}-{n:05d}", "type": kind}
    if kind in ("single", "multiple", "true_false"):
        item.update(_choice_fields(kind, say))
    else:
        item.update(_structured_fields(kind, say))
        item["feedback"] = f"{say(20)}。"
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
