#!/usr/bin/env bash
# Takes the user guide's pictures: the main window, every page of both
# wizards and the backup pages at 1024×700, light and dark, into docs/images/
# Builds the `ci` preset first (scripts/test.sh installs what it needs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$(nproc 2>/dev/null || echo 2)" --target tst_screenshots
mkdir -p docs/images
THEPROGRAM_SCREENSHOTS="$PWD/docs/images" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
  build/ci/tests/tst_screenshots
ls -1 docs/images
