"""Compile the quiz templates ahead of time: ``python -m scripts.templates`` (see kb/quiz/precompiled.py).

python -m scripts.templates           # kb/quiz/templates/ → kb/quiz/templates_compiled/ (commit both)
python -m scripts.templates --check   # exit 1 and name the files when the committed ones are out of date
"""

from __future__ import annotations

import argparse
import sys

from kb.quiz.markup import environment
from kb.quiz.precompiled import COMPILED_DIR, REBUILD_COMMAND, compiled_sources, write_compiled


def stale_files() -> list[str]:
    """The compiled files that differ from a fresh compile, are missing, or are left over."""
    fresh = compiled_sources(environment())
    committed = {path.name for path in COMPILED_DIR.glob("*") if path.is_file() and path.suffix in (".py", ".json")}
    stale = sorted(
        name
        for name, text in fresh.items()
        if not (COMPILED_DIR / name).is_file() or (COMPILED_DIR / name).read_text(encoding="utf-8") != text
    )
    return stale + sorted(committed - set(fresh))


def main(argv: list[str] | None = None) -> int:
    """Compile (or check) the templates; 0 when done or in step, 1 otherwise."""
    parser = argparse.ArgumentParser(prog=REBUILD_COMMAND, description=__doc__)
    parser.add_argument("--check", action="store_true", help="only compare the committed files with a fresh compile")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files()
        for name in stale:
            print(f"{COMPILED_DIR.name}/{name} 和模板不一致", file=sys.stderr)
        if stale:
            print(f"预编译的模板过期了：运行 {REBUILD_COMMAND}，再提交 kb/quiz/{COMPILED_DIR.name}/。", file=sys.stderr)
        return 1 if stale else 0
    write_compiled(environment())
    print(f"已编译到 kb/quiz/{COMPILED_DIR.name}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
