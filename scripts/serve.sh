#!/usr/bin/env bash
# Builds and serves the site locally with live reload: bash scripts/serve.sh [extra mkdocs serve options]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup-env.sh" build
exec mkdocs serve --livereload "$@"
