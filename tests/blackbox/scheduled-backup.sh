#!/usr/bin/env bash
# Black-box check of scheduled backups in the app: with a schedule set by
# `theprogram-cli backup schedule` for about a minute from now,
# `theprogram --minimized` (on an Xvfb display, no system tray there) makes a
# verified scheduled backup on time — not before, and within the minute
# its scheduler checks the clock. Usage: scheduled-backup.sh APP CLI
set -euo pipefail
app=$1
cli=$2

work=$(mktemp -d)
app_pid=
xvfb_pid=
cleanup() {
  # The app itself, then its display: nothing is left running.
  for pid in $app_pid $xvfb_pid; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
# A home of its own: settings, data, the single-instance socket.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_RUNTIME_DIR=$work/runtime LC_ALL=C.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM

db=$work/practice.db
folder=$work/backups
"$cli" --db "$db" demo-data --clients 20 >/dev/null

# The next whole minute at least 40 s away, in local time (schedules are).
now=$(date +%s)
due=$(( (now + 40 + 59) / 60 * 60 ))
at=$(date -d "@$due" +%H:%M)
"$cli" --db "$db" backup schedule "daily $at" --folder "$folder" --keep-last 5
echo "scheduled daily $at (in $(( due - now )) s)"

# A display of its own (Xvfb picks a free number and writes it to fd 3).
Xvfb -displayfd 3 -screen 0 1024x700x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "FAIL: Xvfb did not start"; cat "$work/xvfb.log"; exit 1; }
export DISPLAY=:$(head -1 "$work/display")
"$app" --db "$db" --minimized >"$work/app.log" 2>&1 &
app_pid=$!

count() { "$cli" backup list --folder "$folder" --json 2>/dev/null | jq 'length' 2>/dev/null || echo 0; }

# Nothing before its time.
while [ "$(date +%s)" -lt $(( due - 3 )) ]; do
  if [ "$(count)" != 0 ]; then echo "FAIL: a backup was made before $at"; exit 1; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then echo "FAIL: the app ended"; cat "$work/app.log"; exit 1; fi
  sleep 2
done
# On time: within the scheduler's minute (and the backup's few seconds).
deadline=$(( due + 75 ))
while [ "$(count)" = 0 ]; do
  if [ "$(date +%s)" -gt "$deadline" ]; then echo "FAIL: no backup by $(date -d "@$deadline" +%T)"; cat "$work/app.log"; exit 1; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then echo "FAIL: the app ended"; cat "$work/app.log"; exit 1; fi
  sleep 2
done
list=$("$cli" backup list --folder "$folder" --json)
made=$(jq -r '.[0].created_at' <<<"$list")
kind=$(jq -r '.[0].kind' <<<"$list")
check=$(jq -r '.[0].integrity_check' <<<"$list")
echo "backup made at $made: kind $kind, integrity check $check"
[ "$kind" = scheduled ] || { echo "FAIL: kind $kind"; exit 1; }
[ "$check" = ok ] || { echo "FAIL: not verified ($check)"; exit 1; }
made_s=$(date -d "$made" +%s)
[ "$made_s" -ge "$due" ] || { echo "FAIL: made before its time"; exit 1; }
"$cli" backup verify --all --folder "$folder" >/dev/null
# Recorded as the last run: the CLI sees nothing due now.
"$cli" backup run-scheduled | grep -q "No backup is due"
echo "PASS: a verified scheduled backup $(( made_s - due )) s after its time"
