#!/usr/bin/env python3
"""Trainer tools for the quiz banks: validate, coverage, new, stats (same rules as the build), check-site.

题库工具：validate（检查）、coverage（覆盖情况）、new（新建题库）、stats（统计）、check-site（检查构建好的网站）。规则与构建时完全相同。
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


from kb.settings import SettingsError  # noqa: E402
from scripts.kb_commands import (  # noqa: E402
    EXIT_OK,
    EXIT_USAGE,
    command_check_site,
    command_coverage,
    command_lint,
    command_new,
    command_scenarios,
    command_stats,
    command_validate,
)


def build_parser() -> argparse.ArgumentParser:
    """The trainer's command line with its sub-commands."""
    parser = argparse.ArgumentParser(
        prog="python scripts/kb.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--docs-dir", help="文档目录（默认读 mkdocs.yml）/ docs directory (default: from mkdocs.yml)")
    parser.add_argument("--banks-dir", help="题库目录（默认读 mkdocs.yml）/ banks directory (default: from mkdocs.yml)")
    parser.add_argument(
        "--scenarios-dir", help="情景目录（默认读 mkdocs.yml）/ scenarios directory (default: from mkdocs.yml)"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    validate = commands.add_parser(
        "validate",
        help="检查题库，报告 文件:行:列: 问题 / check banks, print path:line:col: message; exit 1 on problems",
    )
    validate.add_argument(
        "files", nargs="*", help="要检查的题库文件（默认全部）/ bank files (default: all in quizzes/)"
    )
    validate.set_defaults(run=command_validate)
    coverage = commands.add_parser(
        "coverage",
        help="每个专题小节有几道题、哪些小节没有题 / items per topic section, uncovered sections; exit 1 if any",
    )
    coverage.add_argument("--json", action="store_true", help="输出 JSON / machine-readable output")
    coverage.set_defaults(run=command_coverage)
    new = commands.add_parser(
        "new", help="新建题库模板（六种题型各一道示例）/ scaffold a valid bank with one example item per type"
    )
    new.add_argument("bank_id", help="题库 id，也是文件名，例如 first-visit / bank id and file name")
    new.add_argument("--topic", help="引用的专题页，例如 topics/chatting.md / topic page the examples cite")
    new.set_defaults(run=command_new)
    lint = commands.add_parser(
        "lint", help="出题检查：答案位置、长度、判断题对错比例等提示 / item-writing cues; --strict exits 1 on any"
    )
    lint.add_argument("files", nargs="*", help="只报告这些题库的提示（默认全部）/ report these banks only")
    lint.add_argument("--strict", action="store_true", help="有任何提示就以 1 退出（CI 用）/ exit 1 on any finding")
    lint.add_argument("--list", action="store_true", help="列出全部检查项和阈值 / list the checks and thresholds")
    lint.set_defaults(run=command_lint)
    scenarios = commands.add_parser(
        "scenarios", help="检查情景演练（scenarios/*.yml）并列出每个的最好得分 / check scenarios; exit 1 on problems"
    )
    scenarios.add_argument("files", nargs="*", help="要检查的情景文件（默认全部）/ scenario files (default: all)")
    scenarios.add_argument("--strict", action="store_true", help="有出题提示也以 1 退出（CI 用）/ exit 1 on any cue")
    scenarios.set_defaults(run=command_scenarios)
    check_site = commands.add_parser(
        "check-site",
        help="检查构建好的网站：每个题库、情景都有页面，题目一道不少 / built site holds every bank and scenario; exit 1 if not",
    )
    check_site.add_argument("site_dir", help="构建好的网站文件夹，例如 site/ / the built site folder")
    check_site.set_defaults(run=command_check_site)
    stats = commands.add_parser("stats", help="按题库、题型、专题统计题数 / items per bank, per type, per topic")
    stats.set_defaults(run=command_stats)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one sub-command and return its exit status."""
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except SettingsError as error:
        for problem in error.problems:
            print(f"mkdocs.yml: {problem}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # e.g. piped into `head`
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
