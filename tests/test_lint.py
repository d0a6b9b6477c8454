"""The item-quality lint: each check trips on a fixture written to trip it, and only there."""

from __future__ import annotations

import pytest

from kb.quiz.lint.check import allowed_count
from kb.quiz.lint.checks.length import key_longest
from kb.quiz.lint.checks.position import key_position
from kb.quiz.lint.checks.true_false import true_range
from kb.quiz.lint.disables import exceptions
from kb.quiz.lint.registry import CHECKS
from kb.quiz.lint.run import lint_banks, lint_paths
from kb.quiz.lint.view import ChoiceGroup, LintBank, LintItem
from kb.quiz.types import TYPES
from tests.support import paths
from tests.support.cli import CliRun, run_kb
from tests.support.paths import REPO

FIXTURES = paths.FIXTURES / "lint"
WHERE = "tests/fixtures/lint"

TRIPPED = {
    "key-position": [
        f"{WHERE}/key-position-trips.yml:1: 3 道单选题里有 3 道（100 %）把答案写在第 1 个选项，随机约为 33 %。"
        "请调换选项顺序，让答案分散到各个位置（任何位置不超过随机比例加 15 个百分点）。 [key-position]"
    ],
    "keyed-first": [
        f"{WHERE}/keyed-first-trips.yml:3: [prep-01] 2 个正确选项都写在错误选项前面。"
        "请把至少一个错误选项移到正确选项之间或之前。 [keyed-first]"
    ],
    "key-longest": [
        f"{WHERE}/key-longest-trips.yml:1: 3 道单选题里有 3 道（100 %）的答案是唯一最长的选项，随机约为 33 %。"
        "“挑最长的”不该能得分：请缩短答案，或把错误选项写得同样具体（不超过随机比例加 15 个百分点）。 [key-longest]"
    ],
    "key-length": [
        f"{WHERE}/key-length-trips.yml:3: [close-01] 答案 17 字，最长的错误选项只有 10 字（1.70 倍，上限 1.3 倍）。"
        "请把答案里的限定和理由移到 explanation，或把错误选项写得一样具体。 [key-length]"
    ],
    "tf-balance": [
        f"{WHERE}/tf-balance-trips.yml:1: 2 道判断题里 0 道答案是“对”（0 %），应为 40–60 %（这里是 1 道）。"
        "“一律答错”不该能得分：把几道错误陈述改写成肯定的正确陈述。 [tf-balance]"
    ],
    "double-negative": [
        f"{WHERE}/double-negative-trips.yml:3: [plan-01] 否定句（无须）的答案是“错”，学员要做双重否定。"
        "请改写成肯定陈述：肯定句要么答“对”，要么把错误写在肯定的说法里。 [double-negative]"
    ],
    "compound-statement": [
        f"{WHERE}/compound-statement-trips.yml:3: [plan-01] 判断题用 “所以” 把两个说法连在一起：一半对一半错时，"
        "答“对”答“错”都说得通，答“错”的学员也不知道错在哪一半。请只留一个说法，另一个拆成别的题或写进 explanation。"
        " [compound-statement]"
    ],
    "absolute-word": [
        f"{WHERE}/absolute-word-trips.yml:3: [open-01] 绝对化或钻空子的说法 “一定” 只出现在错误选项里，学员不读材料也能排除。"
        "请去掉这些词，让错误之处在内容本身。 [absolute-word]",
        f"{WHERE}/absolute-word-trips.yml:16: [call-01] 绝对化或钻空子的说法 “只要” 出现在答案为“错”的判断题里，"
        "学员不读材料也能排除。请去掉这些词，让错误之处在内容本身。 [absolute-word]",
    ],
    "cue-word": [
        f"{WHERE}/cue-word-trips.yml:3: [price-01] 题干里的 “报价”、“偏高” 只在答案里重复出现。"
        "请在答案里换个说法，或让错误选项也用上这个词。 [cue-word]"
    ],
    "recurring-distractor": [
        f"{WHERE}/recurring-distractor-trips.yml:16: [views-02] 错误选项“知识库已经裁定乙是对的”和 views-01 的"
        "错误选项“知识库已经裁定甲是对的”说的是同一回事。重复出现的错误选项，学员认得出来就能排除。"
        "请换成只属于本题、看似合理的误读。 [recurring-distractor]"
    ],
    "near-duplicate": [
        f"{WHERE}/near-duplicate-trips.yml:16: [open-02] 和 open-01 的题干很像（字符二元组 Jaccard 0.82，达到 0.4 就算重复）。"
        "一个知识点只出一道题：合并这两道，或让这道考别的要点。 [near-duplicate]"
    ],
    "most-keyed": [
        f"{WHERE}/most-keyed-trips.yml:3: [prep-01] 4 个选项里有 3 个是正确的（上限一半）。"
        "“看着合理的都选”就能得分：减少正确选项，或增加看似合理的错误选项。 [most-keyed]"
    ],
    "keyed-pattern": [
        f"{WHERE}/keyed-pattern-trips.yml:1: 3 道多选题里 3 道（100 %）正好一半选项是正确的，"
        "3 道（100 %）的正确选项正好隔一个排一个（全在第 2、4…或第 1、3…个）。“选一半”“隔一个选一个”不该能得分："
        "让正确选项的个数有多有少（6 个选项里 1–3 个，4 个选项里 1–2 个），位置也不要成规律。 [keyed-pattern]"
    ],
    "give-away": [
        f"{WHERE}/give-away-trips.yml:3: [open-01] 答案里的“问清客户眼下”也出现在同一页 close-01 的选项的反馈里："
        "学员从那道题就能读到这道的答案。请改写其中一处，让别的题不说出这道题的答案。 [give-away]"
    ],
    "section-echo": [
        f"{WHERE}/section-echo-trips.yml:3: [need-01] 答案照搬了所引小节的标题或加粗句 “先弄清客户手里缺什么资源” 里的说法，"
        "错误选项都没有：只扫一眼标题和粗体就能选对。请用学员自己的话、落到题目情境里写答案，或让错误选项也用上这些词。"
        " [section-echo]"
    ],
    "rank-ordering": [
        f"{WHERE}/rank-ordering-trips.yml:3: [order-01] 排序题在考名次（“排名”、“标了先后”）：背下讲者给的先后，不等于会用。"
        "排序题只用于材料教的步骤（先做什么、再做什么，顺序错了会出问题）；想考轻重，改成情境单选：给一个情境，问先做哪一件。"
        " [rank-ordering]"
    ],
    "answer-in-stem": [
        f"{WHERE}/answer-in-stem-trips.yml:3: [word-01] 填空题的答案 “模模糊糊”、“模糊” 就写在题干里，照抄就能答对。"
        "请改写题干，不让答案出现在空格以外的地方。 [answer-in-stem]"
    ],
}
DOCS = FIXTURES / "docs"
"""The topic page the lint fixtures cite, with the bold text the section-echo fixture repeats."""


def lint(*names: str) -> list[str]:
    """Findings for fixture files, formatted as the CLI prints them."""
    return [finding.format(REPO) for finding in lint_paths([FIXTURES / name for name in names], docs_dir=DOCS).findings]


def test_every_check_is_registered_in_the_order_the_guide_explains_them():
    assert [check.name for check in CHECKS] == list(TRIPPED)


@pytest.mark.parametrize("check", list(TRIPPED))
def test_a_fixture_written_to_trip_the_check_gets_exactly_that_finding(check):
    assert lint(f"{check}-trips.yml") == TRIPPED[check]


@pytest.mark.parametrize("check", list(TRIPPED))
def test_the_same_fixture_written_well_gets_no_finding(check):
    assert lint(f"{check}-passes.yml") == []


@pytest.mark.parametrize("check", list(TRIPPED))
def test_a_check_removed_from_the_registry_finds_nothing(check):
    without = [registered for registered in CHECKS if registered.name != check]
    assert lint_paths([FIXTURES / f"{check}-trips.yml"], without, docs_dir=DOCS).findings == []


def test_loophole_endings_and_one_character_sweeping_words_count_as_absolute_words():
    assert lint("loophole-word-trips.yml") == [
        f"{WHERE}/loophole-word-trips.yml:3: [gift-01] 绝对化或钻空子的说法 “就不算” 只出现在错误选项里，"
        "学员不读材料也能排除。请去掉这些词，让错误之处在内容本身。 [absolute-word]",
        f"{WHERE}/loophole-word-trips.yml:16: [talk-01] 绝对化或钻空子的说法 “全部” 出现在答案为“错”的判断题里，"
        "学员不读材料也能排除。请去掉这些词，让错误之处在内容本身。 [absolute-word]",
        f"{WHERE}/loophole-word-trips.yml:24: [call-01] 绝对化或钻空子的说法 “越勤越好”、“都” 只出现在错误选项里，"
        "学员不读材料也能排除。请去掉这些词，让错误之处在内容本身。 [absolute-word]",
    ]
    assert lint("loophole-word-passes.yml") == []


def test_recurring_excuses_are_compared_by_meaning_not_by_characters():
    # “先自己垫付，回来再补审批” and “讲完再约，自己出钱不用报批” share almost no characters (bigram Jaccard 0.05).
    assert lint("recurring-excuse-trips.yml") == [
        f"{WHERE}/recurring-excuse-trips.yml:16: [show-01] 错误选项“讲完再约，自己出钱不用报批”和 meal-01 的错误选项"
        "“先自己垫付，回来再补审批”说的是同一回事。重复出现的错误选项，学员认得出来就能排除。"
        "请换成只属于本题、看似合理的误读。 [recurring-distractor]"
    ]
    assert lint("recurring-excuse-passes.yml") == []


def test_a_negation_that_sets_the_scene_is_no_double_negative():
    # “客户没动静时” and “不确定买不买的客户” describe the situation; the claim itself is positive.
    assert lint("double-negative-situation.yml") == []


def test_a_key_that_names_the_stem_s_subject_to_reject_it_is_no_cue():
    # “不把赞助和合同挂钩”: the key has to say “合同” to turn the link down.
    assert lint("cue-word-named-subject.yml") == []


def test_true_false_balance_is_also_checked_over_all_banks_together():
    # Each bank alone is fine (1 of 3 true); together 2 of 6 is below 40 %.
    assert lint("all-banks/first.yml", "all-banks/second.yml") == [
        f"{WHERE}/all-banks: 全部题库合计：6 道判断题里 2 道答案是“对”（33 %），应为 40–60 %（这里是 3 道）。"
        "“一律答错”不该能得分：把几道错误陈述改写成肯定的正确陈述。 [tf-balance]"
    ]


@pytest.mark.parametrize(
    ("total", "allowed"), [(1, (0, 1)), (2, (1, 1)), (3, (1, 2)), (4, (2, 2)), (5, (2, 3)), (10, (4, 6))]
)
def test_the_true_share_band_widens_to_the_nearest_whole_items(total, allowed):
    assert true_range(total) == allowed


def test_a_disable_comment_inside_the_item_excepts_it_and_keeps_the_reason():
    report = lint_paths([FIXTURES / "disable-in-item.yml"])
    assert report.findings == []
    assert [(item.id, check, reason) for _, item, check, reason in exceptions(report.banks) if item] == [
        ("close-01", "key-length", "答案是原文引语，缩短会改变原意")
    ]


def test_a_disable_comment_just_above_the_item_excepts_that_item_only():
    report = lint_paths([FIXTURES / "disable-above-item.yml"])
    assert report.findings == []
    assert {item.id: item.disabled for item in report.banks[0].items} == {
        "open-01": {},
        "close-01": {"key-length": "答案是原文引语，缩短会改变原意"},
    }


def test_a_disable_without_a_reason_is_itself_a_finding_and_excepts_nothing():
    assert lint("disable-without-reason.yml") == [
        f"{WHERE}/disable-without-reason.yml:3: [close-01] 答案 17 字，最长的错误选项只有 10 字（1.70 倍，上限 1.3 倍）。"
        "请把答案里的限定和理由移到 explanation，或把错误选项写得一样具体。 [key-length]",
        f"{WHERE}/disable-without-reason.yml:6: [close-01] 关闭 key-length 时没有写理由。"
        "请在检查项后面写清楚为什么这道题是有意的例外。 [lint-disable]",
    ]


def test_a_disable_naming_an_unknown_check_is_a_finding():
    names = "、".join(sorted(TRIPPED))
    assert lint("disable-unknown-check.yml")[1] == (
        f"{WHERE}/disable-unknown-check.yml:6: [close-01] 没有名为“key-lenght”的检查项。可用的有：{names}。 [lint-disable]"
    )


def test_a_disable_above_items_excepts_the_bank_from_a_bank_wide_statistic():
    report = lint_paths([FIXTURES / "disable-bank.yml"])
    assert report.findings == []
    assert report.banks[0].disabled == {"tf-balance": "这套题只有两道判断题，对错比例在全部题库合计里平衡"}


def test_ordering_matching_and_fill_in_items_get_no_length_or_position_findings():
    assert lint("new-types.yml") == []


def _group(key: int, lengths: tuple[int, ...]) -> ChoiceGroup:
    options = tuple("甲乙丙丁"[index] * length for index, length in enumerate(lengths))
    return ChoiceGroup(options, tuple(index == key for index in range(len(lengths))))


def test_position_and_length_checks_take_any_number_of_option_groups_per_item():
    # A scenario item has one option group per step: each group counts on its own.
    steps = LintItem("case-01", "scenario", 3, "小王遇到……他该怎么做？", groups=(_group(0, (4, 4, 4)),) * 3)
    bank = LintBank(FIXTURES / "scenario.yml", (steps,))
    assert [finding.check for finding in key_position([bank])] == ["key-position"]
    long_key = LintItem("case-02", "scenario", 9, "题干", groups=(_group(1, (4, 9, 4)), _group(2, (4, 4, 4))))
    found = lint_banks([LintBank(FIXTURES / "scenario.yml", (long_key,))])
    assert [(finding.item_id, finding.check) for finding in found] == [("case-02", "key-length")]


def kb(*args: str) -> CliRun:
    """Run the trainer CLI on the lint fixtures' own docs and banks."""
    return run_kb("--docs-dir", "tests/fixtures/docs", *args)


CLI_BANKS = ("--banks-dir", f"{WHERE}/cli")
LONG_KEY = (
    f"{WHERE}/cli/long-key.yml:3: [close-01] 答案 17 字，最长的错误选项只有 10 字（1.70 倍，上限 1.3 倍）。"
    "请把答案里的限定和理由移到 explanation，或把错误选项写得一样具体。 [key-length]"
)


def test_lint_prints_one_line_per_finding_and_fails_only_with_strict():
    plain, strict = kb(*CLI_BANKS, "lint"), kb(*CLI_BANKS, "lint", "--strict")
    assert plain.stdout.splitlines() == strict.stdout.splitlines() == [LONG_KEY]
    assert (plain.returncode, strict.returncode) == (0, 1)
    assert "1 条出题提示（key-length 1）" in strict.stderr


def test_lint_of_named_files_reports_only_those_files():
    result = kb(*CLI_BANKS, "lint", "--strict", f"{WHERE}/cli/excepted.yml")
    assert (result.returncode, result.stdout) == (0, "")


def test_lint_list_names_every_check_with_its_threshold():
    listed = kb("lint", "--list").stdout
    for check in CHECKS:
        assert f"{check.name}：{check.title}\n    阈值：{check.threshold}" in listed


def test_stats_reports_each_lint_exception_with_its_reason():
    result = kb(*CLI_BANKS, "stats")
    assert result.returncode == 0
    assert result.stdout.endswith(
        "出题检查的例外 / lint exceptions (# kb-lint: disable): 1\n"
        f"  {WHERE}/cli/excepted.yml:3: [open-01] key-length：答案是原文引语，缩短会改变原意\n"
    )


GUIDE = REPO / "docs" / "trainers" / "item-writing.md"


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.name)
def test_the_trainers_guide_states_each_checks_threshold_as_the_lint_applies_it(check):
    guide = GUIDE.read_text(encoding="utf-8")
    assert f"### `{check.name}`：{check.title} {{#check-{check.name}}}\n\n阈值：{check.threshold}。" in guide


def test_the_trainers_guide_covers_every_item_type_and_the_disable_comment():
    guide = GUIDE.read_text(encoding="utf-8")
    for words in (*(f"`{kind}`" for kind in TYPES), "NFKC", "# kb-lint: disable=", "kb.py lint --strict"):
        assert words in guide


def test_the_readme_trainers_guide_links_the_item_writing_guide():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## 培训师指南", 1)[1].split("\n## ", 1)[0]
    assert "(docs/trainers/item-writing.md)" in section


@pytest.mark.parametrize(
    ("expected", "total", "allowed"),
    [
        (4 / 3, 4, 2),  # four three-option items: two keys must share a position, so two are allowed
        (1.0, 3, 1),  # three three-option items: one key per position
        (21.3, 71, 31),  # a large bank: chance + 15 points (31.95) rounded down, never above
    ],
)
def test_a_bank_wide_limit_is_chance_plus_15_points_rounded_down_but_never_below_chance(expected, total, allowed):
    assert allowed_count(expected, total, 0.15) == allowed


def test_an_item_excepted_from_a_bank_wide_statistic_is_not_counted_in_it():
    # Two false items trip tf-balance; with one excepted, the one left may be either way.
    assert lint("disable-counted.yml") == []


def _bank_of_groups(*groups: ChoiceGroup) -> LintBank:
    items = tuple(LintItem(f"item-{n:02d}", "single", n, f"题干{n}", groups=(group,)) for n, group in enumerate(groups))
    return LintBank(FIXTURES / "lengths.yml", items)


def _key_at(position: int, key: int, distractors: tuple[int, int] = (5, 6)) -> ChoiceGroup:
    lengths = list(distractors)
    lengths.insert(position, key)
    return _group(position, tuple(lengths))


def test_keys_that_are_almost_never_the_longest_option_are_a_cue_too():
    # Ten three-option items, each with one longest option, keys spread over the positions but
    # never the longest: "avoid the longest" would pay (chance is 3 of 10).
    never = _bank_of_groups(*(_key_at(n % 3, 4) for n in range(10)))
    assert [finding.format(REPO) for finding in key_longest([never])] == [
        f"{WHERE}/lengths.yml:1: 10 道有唯一最长选项的单选题里有 0 道（0 %）的答案是唯一最长的选项，随机约为 33 %。"
        "“避开最长的”也不该能得分：让一些答案就是最长的选项（不低于随机比例减 15 个百分点）。 [key-longest]"
    ]


def test_a_key_that_is_the_longest_at_about_chance_passes_both_ways():
    two_longest = [_key_at(n % 3, 7 if n < 2 else 4) for n in range(10)]
    assert list(key_longest([_bank_of_groups(*two_longest)])) == []


def test_options_of_equal_length_are_no_length_cue_either_way():
    assert list(key_longest([_bank_of_groups(*(_key_at(n % 3, 5, (5, 5)) for n in range(10)))])) == []


def test_the_real_banks_pass_the_lint_strictly():
    result = run_kb("lint", "--strict")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "path", sorted((REPO / "tests" / "fixtures" / "broken-banks").glob("*.y*ml")), ids=lambda p: p.name
)
def test_the_lint_never_raises_on_a_broken_bank(path):
    lint_paths([path])  # kb.py lint validates first; called directly, the lint still must not crash


def test_a_disable_that_excepts_nothing_is_a_finding_so_stale_exceptions_get_removed():
    assert lint("disable-unused.yml", "disable-unused-bank.yml") == [
        f"{WHERE}/disable-unused-bank.yml:1: 这条例外没有用：去掉它，tf-balance 也不会报告这个题库。请删掉这行注释。 [lint-disable]",
        f"{WHERE}/disable-unused.yml:4: [close-01] 这条例外没有用：去掉它，key-length 也不会报告这道题。请删掉这行注释。 [lint-disable]",
    ]
