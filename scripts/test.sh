#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs the
# whole suite twice — a RelWithDebInfo build with warnings as errors, then
# an AddressSanitizer + UndefinedBehaviorSanitizer build. Any failure or
# sanitizer report fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
jobs=$(nproc 2>/dev/null || echo 2)

run_suite() {
  local preset=$1
  echo "== ${preset}: configure and build"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  echo "== ${preset}: tests"
  # GUI tests use the offscreen platform (set per test); the keychain test
  # talks to a real gnome-keyring on a private D-Bus session.
  dbus-run-session -- bash scripts/with-keyring.sh \
    ctest --preset "$preset" -j "$jobs" --timeout 900
}

suites=("${@:-ci asan}")
for preset in ${suites[@]}; do
  run_suite "$preset"
done
