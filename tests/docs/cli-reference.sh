#!/usr/bin/env bash
# docs/CLI_REFERENCE.md is what scripts/make-cli-reference.sh makes from
# this build's theprogram-cli: every command and option, no more, no less.
#   cli-reference.sh CLI SOURCE_DIR
set -euo pipefail
fresh="$(mktemp)"
trap 'rm -f "$fresh"' EXIT
bash "$2/scripts/make-cli-reference.sh" "$1" "$fresh"
diff -u "$2/docs/CLI_REFERENCE.md" "$fresh" \
  || { echo "docs/CLI_REFERENCE.md is out of date: run scripts/make-cli-reference.sh build/ci/app/theprogram-cli"; exit 1; }
echo "CLI reference: in sync"
