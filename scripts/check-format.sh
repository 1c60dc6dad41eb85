#!/usr/bin/env bash
# Checks that every C++ source of the tree is formatted by .clang-format
# (Debian 12's clang-format 14; other versions format a little
# differently). `scripts/check-format.sh --fix` formats them in place.
set -euo pipefail
cd "$(dirname "$0")/.."

formatter=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$formatter" ]; then
  echo "check-format: clang-format is not installed (scripts/bootstrap.sh installs it)" >&2
  exit 1
fi
mapfile -t sources < <(git ls-files '*.cpp' '*.h' | grep -v '^tests/data/')
if [ "${1:-}" = --fix ]; then
  "$formatter" -i "${sources[@]}"
  exit 0
fi
if ! "$formatter" --dry-run --Werror "${sources[@]}" 2>/tmp/check-format.$$; then
  grep -E '^[^ ].*: (error|warning):' /tmp/check-format.$$ | cut -d: -f1,2 | sort -u | head -40
  echo "check-format: the files above are not formatted; run scripts/check-format.sh --fix" >&2
  rm -f /tmp/check-format.$$
  exit 1
fi
rm -f /tmp/check-format.$$
echo "check-format: ${#sources[@]} files formatted"
