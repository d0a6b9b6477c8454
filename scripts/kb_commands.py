"""What each sub-command of ``scripts/kb.py`` does, with the same checks as the build.

``scripts/kb.py`` holds the command line itself (arguments, dispatch, exit on a settings error).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from kb.content.citations import load_topic_sections
from kb.content.sections import scan_docs
from kb.core.files import FILE_NAME, files_to_check, source_paths
from kb.core.problem import report_lines
from kb.project import REPO_ROOT, project_paths
from kb.quiz.catalog import Catalog, bank_paths, load_catalog
from kb.quiz.coverage import section_coverage, source_trace, uncovered_sections
from kb.quiz.lint.registry import CHECKS
from kb.quiz.lint.report import check_list, exception_lines, summary
from kb.quiz.lint.run import lint_paths, read_lint_banks
from kb.quiz.rules import RESERVED_BANK_IDS
from kb.quiz.scaffold import new_bank_text
from kb.quiz.types import TYPES, kind_counts
from kb.scenario.catalog import load_scenarios
from kb.scenario.lint import scenario_findings
from kb.site_check import site_problems

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _paths(args: argparse.Namespace):
    paths = project_paths()
    docs_dir = Path(args.docs_dir) if args.docs_dir else paths.docs_dir
    banks_dir = Path(args.banks_dir) if args.banks_dir else paths.banks_dir
    return docs_dir.resolve(), banks_dir.resolve()


def _scenario_files(args: argparse.Namespace) -> list[Path]:
    """Every scenario file of ``--scenarios-dir`` or of mkdocs.yml's ``extra.quiz.scenarios_dir`` (none if unset)."""
    folder = Path(args.scenarios_dir) if args.scenarios_dir else project_paths().scenarios_dir
    return source_paths(folder.resolve()) if folder is not None else []


def command_validate(args: argparse.Namespace) -> int:
    """``validate``: check all banks (or the named ones) and print the problems (at most 100)."""
    docs_dir, banks_dir = _paths(args)
    if not banks_dir.is_dir():
        print(f"找不到题库文件夹 {banks_dir}。/ No such banks folder.", file=sys.stderr)
        return EXIT_USAGE
    docs = scan_docs(docs_dir)
    named = [Path(name) for name in args.files]
    # Named files are checked together with the other banks, so a duplicate id across banks is
    # still caught; only the named files' problems are reported (what pre-commit wants).
    # Named files go last: a duplicate id is reported at its second use, i.e. in the named file.
    files = files_to_check(bank_paths(banks_dir), named)
    catalog = load_catalog(files, docs)
    errors = [error for error in catalog.errors if not named or error.path in named]
    for line in report_lines(errors, REPO_ROOT):  # at most MAX_REPORTED, then a count of the rest
        print(line)
    if errors:
        print(f"\n{len(errors)} 处问题 / {len(errors)} problem(s).", file=sys.stderr)
        return EXIT_PROBLEMS
    checked = len(set(named) & set(files)) if named else len(files)
    print(f"全部通过：检查了 {checked} 个题库文件。/ {checked} bank file(s) valid.", file=sys.stderr)
    return EXIT_OK


def _valid_catalog(args: argparse.Namespace, files: list[Path] | None = None) -> tuple[Catalog, object] | None:
    """All banks (or ``files``) and the docs index, or None after printing the problems (as validate does)."""
    docs_dir, banks_dir = _paths(args)
    docs = scan_docs(docs_dir)
    catalog = load_catalog(bank_paths(banks_dir) if files is None else files, docs)
    if catalog.errors:
        for line in report_lines(catalog.errors, REPO_ROOT):
            print(line)
        print(f"\n题库有 {len(catalog.errors)} 处问题，先运行 validate 修好。/ Fix the banks first.", file=sys.stderr)
        return None
    return catalog, docs


def coverage_report(catalog: Catalog, docs, docs_dir: Path) -> dict:
    """Per section: items citing it; the uncovered sections; per source: items tracing to it."""
    coverage = section_coverage(catalog.banks, docs)
    topic_sections = load_topic_sections(docs_dir / "topics")
    return {
        "sections": [
            {
                "page": e.section.page,
                "id": e.section.anchor,
                "title": e.section.title,
                "items": [i.id for i in e.items],
                "kinds": {kind: n for kind, n in kind_counts(e.items).items() if n},
            }
            for e in coverage
        ],
        "uncovered": [f"{s.page}#{s.anchor}" for s in uncovered_sections(coverage)],
        "sources": source_trace(coverage, topic_sections),
    }


def command_coverage(args: argparse.Namespace) -> int:
    """``coverage``: which topic sections have items and which have none."""
    loaded = _valid_catalog(args)
    if loaded is None:
        return EXIT_PROBLEMS
    report = coverage_report(*loaded, _paths(args)[0])
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        page = None
        for row in report["sections"]:
            if row["page"] != page:
                page = row["page"]
                print(f"\n{page}")
            mark = "  ✗" if not row["items"] else "   "
            kinds = "、".join(f"{TYPES[kind].name} {n}" for kind, n in row["kinds"].items())
            print(f"{mark} {len(row['items']):>3} 题  #{row['id']}  {row['title']}" + (f"（{kinds}）" if kinds else ""))
        print("\n按原文 / per source:")
        for source, count in report["sources"].items():
            print(f"    {count:>3} 题  sources/{source}")
        print(f"\n没有题目的小节 / uncovered sections: {len(report['uncovered'])}")
        for name in report["uncovered"]:
            print(f"    {name}")
    return EXIT_PROBLEMS if report["uncovered"] else EXIT_OK


def command_stats(args: argparse.Namespace) -> int:
    """``stats``: item counts per bank, per type and per topic."""
    loaded = _valid_catalog(args)
    if loaded is None:
        return EXIT_PROBLEMS
    catalog, _ = loaded
    items = [item for bank in catalog.banks for item in bank.items]
    print(f"{len(catalog.banks)} 套题库 / banks, {len(items)} 道题 / items\n")
    print("按题库 / per bank:")
    for bank in catalog.banks:
        kinds = Counter(item.kind for item in bank.items)
        detail = "、".join(f"{kind} {count}" for kind, count in sorted(kinds.items()))
        print(f"  {len(bank.items):>4}  {bank.id}（{detail}）")
    print("\n按题型 / per type:")
    for kind, count in kind_counts(items).items():
        print(f"  {count:>4}  {kind}（{TYPES[kind].name}）")
    print("\n按专题 / per topic:")
    for page, count in sorted(Counter(item.citation.page for item in items).items()):
        print(f"  {count:>4}  {page}")
    parsed = {document.path: document for document in catalog.documents}  # not read a second time
    exceptions = exception_lines(
        read_lint_banks([bank.path for bank in catalog.banks], checked=parsed).banks, REPO_ROOT
    )
    print(f"\n出题检查的例外 / lint exceptions (# kb-lint: disable): {len(exceptions)}")
    print("\n".join(f"  {line}" for line in exceptions))
    return EXIT_OK


def command_lint(args: argparse.Namespace) -> int:
    """``lint``: item-writing cues (key position, length, true/false balance…); ``--strict`` fails on any."""
    if args.list:
        print("\n".join(check_list(CHECKS)))
        return EXIT_OK
    named = [Path(name) for name in args.files]
    files = files_to_check(bank_paths(_paths(args)[1]), named)
    loaded = _valid_catalog(args, files)  # the lint reads valid banks only
    if loaded is None:
        return EXIT_PROBLEMS
    parsed = {document.path: document for document in loaded[0].documents}  # not read a second time
    report = lint_paths(files, checked=parsed, docs_dir=_paths(args)[0])  # all banks together: some compare banks
    findings = [finding for finding in report.findings if not named or finding.path in named]
    for finding in findings:
        print(finding.format(REPO_ROOT))
    print(summary(findings), file=sys.stderr)
    return EXIT_PROBLEMS if args.strict and findings else EXIT_OK


def command_new(args: argparse.Namespace) -> int:
    """``new``: write a bank template that already passes validation."""
    docs_dir, banks_dir = _paths(args)
    if not FILE_NAME.match(args.bank_id) or args.bank_id in RESERVED_BANK_IDS:
        print(
            f"题库 id“{args.bank_id}”只能用小写字母、数字和连字符，且不能是 {'、'.join(sorted(RESERVED_BANK_IDS))}。",
            file=sys.stderr,
        )
        return EXIT_USAGE
    target = banks_dir / f"{args.bank_id}.yml"
    if target.exists():
        print(f"{target} 已经存在，没有覆盖。/ Already exists, left unchanged.", file=sys.stderr)
        return EXIT_USAGE
    docs = scan_docs(docs_dir)
    page = args.topic or next(p for p in sorted(docs.pages) if p.startswith("topics/") and docs.pages[p])
    if page not in docs.pages or not docs.pages[page]:
        print(f"专题页 {page} 不存在或没有带 id 的标题。/ No such topic page.", file=sys.stderr)
        return EXIT_USAGE
    anchor = next(iter(docs.pages[page]))
    target.write_text(new_bank_text(args.bank_id, page.removeprefix("topics/"), anchor), encoding="utf-8")
    print(f"已创建 / created {target}（引用 {page}#{anchor}）。改完运行 validate。")
    return EXIT_OK


def command_scenarios(args: argparse.Namespace) -> int:
    """``scenarios``: check every scenario (or the named ones) and list each with its best score."""
    docs_dir, _banks_dir = _paths(args)
    named = [Path(name) for name in args.files]
    files = named or _scenario_files(args)
    catalog = load_scenarios(files, scan_docs(docs_dir))
    for line in report_lines(catalog.errors, REPO_ROOT):
        print(line)
    if catalog.errors:
        print(f"\n{len(catalog.errors)} 处问题 / {len(catalog.errors)} problem(s).", file=sys.stderr)
        return EXIT_PROBLEMS
    cues = [finding for scenario in catalog.scenarios for finding in scenario_findings(scenario)]
    for finding in cues:
        print("出题提示：" + finding.format(REPO_ROOT))
    for scenario in catalog.scenarios:
        steps, endings = len(scenario.steps), len(scenario.endings)
        print(f"{scenario.id}: {steps} 步、{endings} 个结局，最好 {scenario.best} 分 · {scenario.title}")
    print(f"全部通过：检查了 {len(files)} 个情景文件。/ {len(files)} scenario file(s) valid.", file=sys.stderr)
    return EXIT_PROBLEMS if args.strict and cues else EXIT_OK


def command_check_site(args: argparse.Namespace) -> int:
    """``check-site``: every bank and scenario has its page in the built site, with all its items."""
    docs_dir, banks_dir = _paths(args)
    docs = scan_docs(docs_dir)
    catalog = load_catalog(bank_paths(banks_dir), docs)
    scenarios = load_scenarios(_scenario_files(args), docs)
    errors = catalog.errors + scenarios.errors
    for line in report_lines(errors, REPO_ROOT):
        print(line)
    if errors:
        print(f"\n题库或情景有 {len(errors)} 处问题，先修好。/ Fix the sources first.", file=sys.stderr)
        return EXIT_PROBLEMS
    site_dir = Path(args.site_dir).resolve()
    problems = site_problems(site_dir, catalog.banks, scenarios.scenarios)
    for problem in problems:
        print(problem.format(Path.cwd()))
    if problems:
        print(f"\n网站有 {len(problems)} 处和题库、情景对不上。/ The site lacks quiz content.", file=sys.stderr)
        return EXIT_PROBLEMS
    items = sum(len(bank.items) for bank in catalog.banks)
    print(
        f"网站完整：{len(catalog.banks)} 个题库（{items} 道题）和 {len(scenarios.scenarios)} 个情景都在页面上。"
        f"/ Every bank and scenario is on the site.",
        file=sys.stderr,
    )
    return EXIT_OK
