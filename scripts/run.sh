#!/usr/bin/env bash
# The README's run command: installs what is missing, builds a Release, and
# starts The Program on the default practice database (extra arguments, such
# as --db PATH, are passed on).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# Paths inside the project are hashed relative to it, so a fresh clone
# anywhere (CI's) finds what another clone compiled.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc 2>/dev/null || echo 2)"
exec build/release/app/theprogram "$@"
