#!/usr/bin/env bash
# Writes theprogram.1.gz and theprogram-cli.1.gz into OUT from the programs'
# own --help (help2man): the CLI's page carries every command's help, so the
# man pages say what the parsers say. Run by the build (packaging/CMakeLists.txt).
#   make-manpages.sh GUI CLI OUT
set -euo pipefail
gui="$1" cli="$2" out="$3"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE=en
# The default paths in the help read "~/…" (any folder made while asking is made in $work).
gui="$(realpath "$gui")" cli="$(realpath "$cli")" out="$(realpath "$out")"
cd "$work"
unset XDG_CONFIG_HOME XDG_DATA_HOME
export HOME="~" XDG_RUNTIME_DIR="$work"

{
  echo "[COMMANDS]"
  "$cli" --help | sed -n '/^Commands:/,/^$/p' | tail -n +2 | awk 'NF {print $1}' | while read -r command; do
    echo ".SS $command"
    echo ".nf"
    # The command's summary and its options (the usage line is the program's).
    "$cli" "$command" --help | tail -n +2 | sed 's/\\/\\\\/g; s/^\./\\\&./'
    echo ".fi"
  done
  echo "[FILES]"
  echo "The practice database, the settings and the backups live in the user's data and configuration"
  echo "folders (see \\fBtheprogram-cli info\\fR). The full documentation is in"
  echo "/usr/share/doc/theprogram and at the project's home page."
  echo "[SEE ALSO]"
  echo ".BR theprogram (1)"
} > "$work/cli.h2m"
{
  echo "[SEE ALSO]"
  echo ".BR theprogram-cli (1)"
} > "$work/gui.h2m"

help2man --no-info --no-discard-stderr --section 1 --include "$work/cli.h2m" \
  --name "the astrologer's practice database from the command line" "$cli" > "$work/theprogram-cli.1"
help2man --no-info --no-discard-stderr --section 1 --include "$work/gui.h2m" \
  --name "an astrologer's practice database" "$gui" > "$work/theprogram.1"
for page in theprogram theprogram-cli; do
  gzip -9n -c "$work/$page.1" > "$out/$page.1.gz"
done
