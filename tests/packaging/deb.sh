#!/usr/bin/env bash
# The Debian package, as a user gets it: cpack builds it from this build;
# lintian finds no error in it; unpacked into a throwaway root, its
# theprogram-cli makes a practice, exports it and backs it up, and its
# theprogram starts (offscreen) on that practice and keeps running; its
# desktop entry and AppStream metainfo validate; its file types recognise
# the export and the backup (shared-mime-info, as a file manager asks);
# its man pages render.
#   deb.sh BUILD_DIR
set -euo pipefail
build="$(realpath "$1")"
work="$(mktemp -d)"
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
step() { echo "== $*"; }

step "cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$work/cpack" >"$work/cpack.log") || { cat "$work/cpack.log"; exit 1; }
deb="$(ls "$work"/cpack/theprogram_*.deb)"
dpkg-deb --info "$deb" | grep -E "Package|Version|Depends"

step "lintian (no errors)"
# The package's first changelog entry closes no Debian bug: it is not one of Debian's.
lintian --fail-on error --suppress-tags initial-upload-closes-no-bugs "$deb" 2>&1 | grep -v "root privileges" || true
lintian --fail-on error --suppress-tags initial-upload-closes-no-bugs "$deb" >/dev/null 2>&1

step "unpacked into a throwaway root"
root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/theprogram usr/bin/theprogram-cli usr/share/man/man1/theprogram.1.gz \
         usr/share/man/man1/theprogram-cli.1.gz usr/share/applications/theprogram.desktop \
         usr/share/metainfo/app.theprogram.TheProgram.metainfo.xml usr/share/mime/packages/theprogram.xml \
         usr/share/icons/hicolor/scalable/apps/theprogram.svg usr/share/icons/hicolor/48x48/apps/theprogram.png \
         usr/lib/systemd/user/theprogram-backup.timer usr/share/doc/theprogram/copyright; do
  [ -e "$root/$f" ] || { echo "missing from the package: /$f"; exit 1; }
done

export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data"
export XDG_RUNTIME_DIR="$work/runtime" LC_ALL=C.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cli="$root/usr/bin/theprogram-cli"
step "theprogram-cli from the package"
"$cli" --version | grep -q "^theprogram-cli "
"$cli" --db "$work/practice.db" demo-data --clients 5 >/dev/null
"$cli" --db "$work/practice.db" export -o "$work/practice.json" >/dev/null
"$cli" --db "$work/practice.db" backup create --folder "$work/backups" >/dev/null
backup="$(ls "$work"/backups/TheProgram_*.db* | grep -v manifest | head -1)"
"$cli" backup keyfile new "$work/backup.key" >/dev/null
"$cli" --db "$work/practice.db" backup create --folder "$work/sealed" --encrypt --key-file "$work/backup.key" >/dev/null
sealed="$(ls "$work"/sealed/TheProgram_*.encrypted | head -1)"
"$cli" --db "$work/practice.db" info | grep -q "clients"

step "theprogram from the package (offscreen)"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/theprogram" --db "$work/practice.db" --minimized \
  >"$work/app.log" 2>&1 &
app_pid=$!
sleep 4
kill -0 "$app_pid" || { echo "theprogram ended at once:"; cat "$work/app.log"; exit 1; }
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
QT_QPA_PLATFORM=offscreen "$root/usr/bin/theprogram" --version | grep -q "0\."

step "desktop entry and AppStream metainfo"
desktop-file-validate "$root/usr/share/applications/theprogram.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/app.theprogram.TheProgram.metainfo.xml"

step "file types"
update-mime-database "$root/usr/share/mime" >/dev/null 2>&1
export XDG_DATA_DIRS="$root/usr/share:/usr/share"
type_of() { gio info -a standard::content-type "$1" | awk '/content-type/ {print $2}'; }
[ "$(type_of "$work/practice.json")" = application/x-theprogram-export ] \
  || { echo "export seen as $(type_of "$work/practice.json")"; exit 1; }
for file in "$backup" "$sealed"; do
  [ "$(type_of "$file")" = application/x-theprogram-backup ] \
    || { echo "$(basename "$file") seen as $(type_of "$file")"; exit 1; }
done

step "man pages"
for page in theprogram theprogram-cli; do
  MANWIDTH=80 man -l "$root/usr/share/man/man1/$page.1.gz" 2>/dev/null | grep -q "^NAME"
done
MANWIDTH=80 man -l "$root/usr/share/man/man1/theprogram-cli.1.gz" 2>/dev/null | grep -q -- "--check-records"
echo "deb: ok"
