#!/usr/bin/env bash
# Runs a command with a private, unlocked gnome-keyring (a real Secret
# Service) on the current D-Bus session. Use inside dbus-run-session:
#   dbus-run-session -- scripts/with-keyring.sh ctest ...
set -euo pipefail

runtime=$(mktemp -d)
home=$(mktemp -d)
trap 'rm -rf "$runtime" "$home"' EXIT
export XDG_RUNTIME_DIR="$runtime"
export XDG_DATA_HOME="$home/data"
export XDG_CONFIG_HOME="$home/config"
chmod 700 "$runtime"
# A non-empty password makes the daemon create and unlock the login keyring
# without asking a prompter (there is no display for one).
eval "$(printf 'theprogram-test-keyring' | gnome-keyring-daemon --unlock --components=secrets --daemonize)" >/dev/null
"$@"
