"""Multiple-answer cues: when most options are keyed, "tick everything plausible" wins."""

from __future__ import annotations

from collections.abc import Iterable

from kb.quiz.lint.check import Banks, Check, choice_groups, item_finding
from kb.quiz.lint.finding import Finding

MAX_KEYED_SHARE = 0.5
"""At most this share of a multiple-answer group's options may be keyed."""


def most_keyed(banks: Banks) -> Iterable[Finding]:
    """Per item: a group with more than half of its options keyed."""
    for bank in banks:
        for item, group in choice_groups(bank.items):
            keys = len(group.keys)
            if keys >= 2 and keys > MAX_KEYED_SHARE * len(group.options):
                message = (
                    f"{len(group.options)} 个选项里有 {keys} 个是正确的（上限一半）。"
                    "“看着合理的都选”就能得分：减少正确选项，或增加看似合理的错误选项。"
                )
                yield item_finding(bank, item, MOST_KEYED.name, message)


MOST_KEYED = Check(
    name="most-keyed",
    title="多选题大多数选项都是正确的",
    threshold=f"每道多选题：正确选项不超过全部选项的 {round(MAX_KEYED_SHARE * 100)} %（例如 4 个选项最多 2 个正确）",
    find=most_keyed,
)
