#!/usr/bin/env bash
# Installs the system packages The Program needs to build and test, if any
# are missing. Safe to run again: it only calls apt-get when something is
# absent. Debian 12 / Ubuntu 22.04 or newer.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build ccache pkg-config git
  # fuzz targets (tests/fuzz): clang 14 and its libFuzzer/sanitizer runtimes;
  # clang-format for the format check (scripts/check-format.sh)
  clang libclang-rt-14-dev clang-format
  # Qt 6 and friends
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-networkauth-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  # Qt's own strings in German (standard buttons, file dialogs): qtbase_de.qm
  qt6-translations-l10n
  libqt6sql6-sqlite libqt6opengl6-dev libxkbcommon-dev libvulkan-dev
  qt6-qpa-plugins libgl1-mesa-dev
  qtkeychain-qt6-dev
  # formats and crypto
  libssl-dev libargon2-dev zlib1g-dev libdeflate-dev libzip-dev rapidjson-dev
  libsqlite3-dev libcurl4-openssl-dev
  # packages: man pages from --help, and what tests/packaging/deb.sh checks them with
  help2man dpkg-dev lintian desktop-file-utils appstream shared-mime-info libglib2.0-bin man-db
  # coverage (scripts/test.sh coverage)
  gcovr
  # test tools
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools sqlite3 jq
  tzdata fontconfig fonts-dejavu-core unzip gnupg python3-jsonschema python3-cryptography python3-argon2
  python3-aiosmtpd rclone
)
# Node.js runs the npm test peers (s3rver, oauth2-mock-server); a machine
# that has its own Node.js keeps it.
if ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

# The npm test peers, exactly as tests/peers/package-lock.json pins them.
install_peers() {
  local peers
  peers="$(cd "$(dirname "$0")/.." && pwd)/tests/peers"
  if [ ! -x "$peers/node_modules/.bin/s3rver" ] || [ "$peers/package-lock.json" -nt "$peers/node_modules/.package-lock.json" ]; then
    echo "bootstrap: installing the test peers in tests/peers (npm ci)"
    (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  install_peers
  exit 0
fi

echo "bootstrap: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
install_peers
