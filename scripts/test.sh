#!/usr/bin/env bash
# Lints and type-checks, then runs the whole test suite, browser tests included:
# bash scripts/test.sh [extra pytest options]. A lint, format or type error fails it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup-env.sh" test
if [ ! -x /usr/bin/chromium ]; then
  echo "错误：浏览器测试需要 Debian 的 chromium（/usr/bin/chromium）。请先安装：sudo apt-get install chromium" >&2
  exit 1
fi
# esbuild and yaml-language-server, pinned in package-lock.json: a test proves the committed browser
# bundle equals a fresh build of overrides/assets/kb/ (python -m scripts.bundle), another runs the
# editors' language server on broken files (tests/test_editor_diagnostics.py). A preview or a build needs no Node.
if ! command -v npm >/dev/null 2>&1; then
  echo "错误：测试要用 npm 装 esbuild（检查提交的浏览器端打包 overrides/assets/kb-dist/ 和源码一致）和 yaml-language-server（检查编辑器里的中文提示）。" >&2
  echo "       请先安装 Node.js 20 或更新的版本（带 npm），例如：sudo apt-get install nodejs npm" >&2
  exit 1
fi
lock_hash="$(tr -d '\r' < package-lock.json | sha256sum | cut -d' ' -f1)"
if [ ! -x node_modules/.bin/esbuild ] || [ "$(cat node_modules/.kb-lock.sha256 2>/dev/null)" != "$lock_hash" ]; then
  echo "==> npm ci（esbuild，见 package-lock.json）"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.kb-lock.sha256
fi
echo "==> ruff check"
ruff check .
echo "==> ruff format --check"
ruff format --check .
echo "==> mypy"
mypy
exec python -m pytest "$@"
