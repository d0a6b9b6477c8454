#!/usr/bin/env bash
# Creates .venv and installs the pinned requirements; a no-op when nothing changed.
#   source scripts/setup-env.sh build   # requirements-build.txt: what a preview or a build needs
#   source scripts/setup-env.sh test    # requirements-test.txt: the build set plus the test tools (default)
# Sourced by scripts/serve.sh (build), scripts/test.sh and scripts/venv-run.sh (test).
# Works in Git Bash on Windows (the venv's Python is .venv/Scripts/python.exe there) and on macOS.
set -euo pipefail

kb_wanted_set="${1:-test}"
case "$kb_wanted_set" in
  build | test) ;;
  *)
    echo "错误：setup-env.sh 只认 build 或 test，收到的是：$kb_wanted_set" >&2
    exit 2
    ;;
esac

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$repo_root/.venv"
minimum_python="3.11"

# Prints MAJOR.MINOR of a Python, or nothing when it does not run.
python_version() {
  "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null | tr -d '\r' || true
}

# True when version $1 (MAJOR.MINOR) is at least $minimum_python.
new_enough() {
  [ -n "$1" ] && [ "$(printf '%s\n%s\n' "$minimum_python" "$1" | sort -t. -k1,1n -k2,2n | head -n1)" = "$minimum_python" ]
}

# The venv's own Python: bin/ on Linux and macOS, Scripts/ on Windows.
venv_python() {
  if [ -x "$venv/bin/python" ]; then
    echo "$venv/bin/python"
  elif [ -x "$venv/Scripts/python.exe" ]; then
    echo "$venv/Scripts/python.exe"
  fi
}

python_bin="${PYTHON:-}"
if [ -z "$python_bin" ]; then
  for candidate in python3 python; do
    if command -v "$candidate" >/dev/null 2>&1; then
      python_bin="$candidate"
      break
    fi
  done
fi
if [ -z "$python_bin" ] || ! command -v "$python_bin" >/dev/null 2>&1; then
  echo "错误：找不到 Python。请先安装 Python $minimum_python 或更新的版本（README「在 Windows 和 macOS 上」一节说明怎么装）。" >&2
  exit 1
fi
found_version="$(python_version "$python_bin")"
if ! new_enough "$found_version"; then
  echo "错误：需要 Python $minimum_python 或更新的版本，$python_bin 是 ${found_version:-无法运行}。" >&2
  echo "       装好新版本后重新运行；也可以用 PYTHON=/path/to/python3.11 指定。" >&2
  exit 1
fi

# A venv made by another Python that no longer runs, or by one that is too old, is rebuilt:
# otherwise it keeps failing after the right Python has been installed.
existing="$(venv_python)"
if [ -n "$existing" ] && ! new_enough "$(python_version "$existing")"; then
  echo "==> .venv 是用另一个（或已经不在的）Python 建的，重新创建" >&2
  rm -rf "$venv"
  existing=""
fi
if [ -z "$existing" ]; then
  echo "==> 用 $python_bin（Python $found_version）创建虚拟环境 .venv"
  if ! "$python_bin" -m venv "$venv"; then
    echo "错误：无法创建虚拟环境。Debian/Ubuntu 请先安装：sudo apt-get install python3-venv" >&2
    rm -rf "$venv"
    exit 1
  fi
  existing="$(venv_python)"
fi

# One stamp per requirements set, holding the hash of the files it installed. The test set
# includes the build set, so an up-to-date test install also satisfies a preview.
requirements_hash() {
  local files=("$repo_root/requirements-build.txt")
  [ "$1" = test ] && files+=("$repo_root/requirements-test.txt")
  cat "${files[@]}" | tr -d '\r' | sha256sum | cut -d' ' -f1
}
stamp_matches() {
  [ -f "$venv/.requirements-$1.sha256" ] && [ "$(cat "$venv/.requirements-$1.sha256")" = "$(requirements_hash "$1")" ]
}
if ! stamp_matches "$kb_wanted_set" && ! { [ "$kb_wanted_set" = build ] && stamp_matches test; }; then
  echo "==> 安装依赖（requirements-$kb_wanted_set.txt）"
  if ! "$existing" -m pip install --quiet --disable-pip-version-check -r "$repo_root/requirements-$kb_wanted_set.txt"; then
    echo "错误：依赖没有装好（见上面 pip 的消息）。网络恢复或改好 requirements-$kb_wanted_set.txt 后重新运行。" >&2
    exit 1
  fi
  requirements_hash "$kb_wanted_set" > "$venv/.requirements-$kb_wanted_set.sha256"
fi

# Byte-compile the project's own Python, as pip does for every package it installs: a build then
# loads kb/ and hooks/ from .pyc instead of compiling them first (where PYTHONDONTWRITEBYTECODE is
# set, Python never writes them itself). Up-to-date files are skipped; Python ignores a .pyc whose
# source has changed since, so this can never run stale code.
"$existing" -m compileall -q "$repo_root/kb" "$repo_root/hooks" >/dev/null 2>&1 || true

export PATH="$(dirname "$existing"):$PATH"
# Material 9.8 prints an end-of-life banner on every build; it is known and not actionable here.
export NO_MKDOCS_2_WARNING=1
cd "$repo_root"
