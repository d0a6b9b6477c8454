#!/usr/bin/env bash
# Runs one command inside the project's .venv, creating and filling it first when needed, so the
# pre-commit hooks also work in a fresh clone: bash scripts/venv-run.sh COMMAND [ARGS...]
set -euo pipefail
# setup-env's progress lines go to stderr: stdout belongs to the command.
source "$(dirname "${BASH_SOURCE[0]}")/setup-env.sh" test >&2
exec "$@"
