#!/usr/bin/env bash
# Creates .venv and installs the pinned requirements (requirements-test.txt, which includes
# requirements-build.txt); a no-op when neither file changed.
# Sourced by scripts/serve.sh and scripts/test.sh.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$repo_root/.venv"
stamp="$venv/.requirements.sha256"

python_bin="${PYTHON:-python3}"
if ! command -v "$python_bin" >/dev/null 2>&1; then
  echo "错误：找不到 $python_bin。请先安装 Python 3.11 或更新的版本（Debian/Ubuntu：sudo apt-get install python3 python3-venv）。" >&2
  exit 1
fi

if [ ! -x "$venv/bin/python" ]; then
  echo "==> 创建虚拟环境 .venv"
  if ! "$python_bin" -m venv "$venv"; then
    echo "错误：无法创建虚拟环境。Debian/Ubuntu 请先安装：sudo apt-get install python3-venv" >&2
    rm -rf "$venv"
    exit 1
  fi
fi

requirements=("$repo_root/requirements-build.txt" "$repo_root/requirements-test.txt")
wanted="$(cat "${requirements[@]}" | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "==> 安装依赖（requirements-test.txt，含 requirements-build.txt）"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$repo_root/requirements-test.txt"
  echo "$wanted" > "$stamp"
fi

export PATH="$venv/bin:$PATH"
# Material 9.8 prints an end-of-life banner on every build; it is known and not actionable here.
export NO_MKDOCS_2_WARNING=1
cd "$repo_root"
