#!/usr/bin/env python3
"""Trainer tools for the quiz banks: validate, coverage, new, stats (same rules as the build).

题库工具：validate（检查）、coverage（覆盖情况）、new（新建题库）、stats（统计）。规则与构建时完全相同。
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kb.content.sections import scan_docs  # noqa: E402
from kb.project import REPO_ROOT, project_paths  # noqa: E402
from kb.quiz.catalog import bank_paths, load_catalog  # noqa: E402

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def command_validate(args: argparse.Namespace) -> int:
    paths = project_paths()
    docs = scan_docs(paths.docs_dir)
    files = [Path(name) for name in args.files] or bank_paths(paths.banks_dir)
    if args.files:
        # Duplicate ids are checked across all banks, as in the build.
        files = sorted(set(bank_paths(paths.banks_dir)) | {file.resolve() for file in files})
    catalog = load_catalog(files, docs)
    for error in catalog.errors:
        print(error.format(REPO_ROOT))
    if catalog.errors:
        print(f"\n{len(catalog.errors)} 处问题 / {len(catalog.errors)} problem(s).", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"全部通过：{len(catalog.banks)} 套题库，{catalog.item_count()} 道题。/ All {len(catalog.banks)} bank(s) valid.", file=sys.stderr)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python scripts/kb.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    validate = commands.add_parser(
        "validate",
        help="检查题库，报告 文件:行:列: 问题 / check banks, print path:line:col: message; exit 1 on problems",
    )
    validate.add_argument("files", nargs="*", help="要检查的题库文件（默认全部）/ bank files (default: all in quizzes/)")
    validate.set_defaults(run=command_validate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
