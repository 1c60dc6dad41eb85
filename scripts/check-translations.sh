#!/usr/bin/env bash
# The translations are complete and current: lupdate runs over the sources
# into copies of the committed .ts files (as the update_translations target
# does), and scripts/check_translations.py fails on anything unfinished,
# vanished, out of date or shown without tr(). Run by scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE="${LUPDATE:-$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp translations/theprogram_de.ts translations/theprogram_en.ts "$work/"
"$LUPDATE" -silent -locations none -no-obsolete -extensions cpp,h core ui app \
  -ts "$work/theprogram_de.ts" >/dev/null 2>&1
"$LUPDATE" -silent -locations none -no-obsolete -pluralonly -extensions cpp,h core ui app \
  -ts "$work/theprogram_en.ts" >/dev/null 2>&1
python3 scripts/check_translations.py "$work/theprogram_de.ts" "$work/theprogram_en.ts" \
  translations/theprogram_de.ts translations/theprogram_en.ts core ui app
