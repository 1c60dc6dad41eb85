#!/usr/bin/env bash
# The README's run command: installs what is missing, builds a Release, and
# starts The Program on the default practice database (extra arguments, such
# as --db PATH, are passed on).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc 2>/dev/null || echo 2)"
exec build/release/app/theprogram "$@"
