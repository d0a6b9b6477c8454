#!/usr/bin/env bash
# Lints and type-checks, then runs the whole test suite, browser tests included:
# bash scripts/test.sh [extra pytest options]. A lint, format or type error fails it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup-env.sh" test
if [ ! -x /usr/bin/chromium ]; then
  echo "错误：浏览器测试需要 Debian 的 chromium（/usr/bin/chromium）。请先安装：sudo apt-get install chromium" >&2
  exit 1
fi
echo "==> ruff check"
ruff check .
echo "==> ruff format --check"
ruff format --check .
echo "==> mypy"
mypy
exec python -m pytest "$@"
