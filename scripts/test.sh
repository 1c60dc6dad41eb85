#!/usr/bin/env bash
# The README's test command: installs what is missing, checks that the
# sources are clang-formatted, builds, and runs the whole suite twice — a RelWithDebInfo build with warnings as errors, then
# an AddressSanitizer + UndefinedBehaviorSanitizer build — and then runs
# every libFuzzer target of tests/fuzz briefly on its seed corpus (clang,
# ASan + UBSan). Any failure, sanitizer report or fuzzer finding fails the
# run. Steps by name: `scripts/test.sh format ci`, `scripts/test.sh asan fuzz`, …;
# `scripts/test.sh coverage` measures line and branch coverage (not by default).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# Paths inside the project are hashed relative to it, so a fresh clone
# anywhere (CI's) finds what another clone compiled.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
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

# Each fuzz target runs for a fixed time on a copy of its seed corpus (the
# committed corpus does not grow), with a fixed seed. A crash, sanitizer
# report, leak, timeout or out-of-memory fails the step; the reproducer is
# kept in build/fuzz/findings/.
fuzz_targets=(fuzz_import_json fuzz_import_csv fuzz_import_zip fuzz_gzip fuzz_blockgzip fuzz_backup_header fuzz_manifest fuzz_s3xml fuzz_davxml)
fuzz_seconds=${FUZZ_SECONDS:-20}

run_fuzz() {
  echo "== fuzz: configure and build"
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j "$jobs"
  echo "== fuzz: ${#fuzz_targets[@]} targets, ${fuzz_seconds} s each"
  local work findings=$PWD/build/fuzz/findings failed=0 t rc
  work=$(mktemp -d)
  mkdir -p "$findings"
  for t in "${fuzz_targets[@]}"; do
    cp -r "tests/fuzz/corpus/$t" "$work/$t"
    rc=0
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0" \
      "build/fuzz/tests/fuzz/$t" "$work/$t" -seed=1 -max_total_time="$fuzz_seconds" -max_len=65536 \
      -rss_limit_mb=1024 -timeout=10 -print_final_stats=1 -artifact_prefix="$findings/$t-" \
      >"$work/$t.log" 2>&1 || rc=$?
    if [ "$rc" -eq 0 ]; then
      echo "$t: ok, $(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$t.log") inputs"
    else
      failed=1
      tail -n 60 "$work/$t.log"
      echo "$t: FAILED (exit $rc); reproducer: $(ls -t "$findings/$t-"* 2>/dev/null | head -1)"
    fi
  done
  rm -rf "$work"
  return "$failed"
}

# Line and branch coverage of the ci tests (not in the default run: it is a
# third full build): build/coverage/coverage.txt (per file), .html, and the
# per-folder summary printed at the end (docs/QUALITY.md has the last one).
run_coverage() {
  find build/coverage -name '*.gcda' -delete 2>/dev/null || true
  run_suite coverage
  echo "== coverage: report"
  local out=build/coverage
  gcovr --root . --object-directory "$out" --filter 'core/' --filter 'ui/' --filter 'app/' \
    --exclude-unreachable-branches --exclude-throw-branches --gcov-ignore-parse-errors \
    --txt "$out/coverage.txt" --html-details "$out/coverage.html" --json-summary "$out/coverage-summary.json"
  python3 scripts/coverage_summary.py "$out/coverage-summary.json"
}

steps=("${@:-format ci asan fuzz}")
for step in ${steps[@]}; do
  if [ "$step" = format ]; then
    echo "== format and translations"
    bash scripts/check-format.sh
    bash scripts/check-translations.sh
  elif [ "$step" = fuzz ]; then
    run_fuzz
  elif [ "$step" = coverage ]; then
    run_coverage
  else
    run_suite "$step"
  fi
done
