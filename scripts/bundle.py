"""Rebuild the browser bundle: ``python -m scripts.bundle`` (needs ``npm ci`` once; see kb/browser_bundle.py).

python -m scripts.bundle           # overrides/assets/kb/ → overrides/assets/kb-dist/ (commit both)
python -m scripts.bundle --check   # exit 1 and name the files when the committed bundle is out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kb.browser_bundle import DIST_DIR, REBUILD_COMMAND, BundleError, build, fresh_build_differences

REPO_ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    """Build (or check) the bundle; 0 when done or in step, 1 otherwise."""
    parser = argparse.ArgumentParser(prog=REBUILD_COMMAND, description=__doc__)
    parser.add_argument("--check", action="store_true", help="only compare the committed bundle with a fresh build")
    args = parser.parse_args(argv)
    try:
        if args.check:
            stale = fresh_build_differences(REPO_ROOT)
            for name in stale:
                print(f"{DIST_DIR}/{name} 和源码不一致", file=sys.stderr)
            if stale:
                print(f"打包结果过期了：运行 {REBUILD_COMMAND}，再提交 {DIST_DIR}/。", file=sys.stderr)
            return 1 if stale else 0
        build(REPO_ROOT)
    except BundleError as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    print(f"已打包到 {DIST_DIR}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
