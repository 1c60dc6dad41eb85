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
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-httpserver-dev
  libqt6sql6-sqlite libqt6opengl6-dev libxkbcommon-dev libvulkan-dev
  qt6-qpa-plugins libgl1-mesa-dev
  qtkeychain-qt6-dev
  # formats and crypto
  libssl-dev libargon2-dev zlib1g-dev libdeflate-dev libzip-dev rapidjson-dev
  libsqlite3-dev libcurl4-openssl-dev
  # test tools
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools sqlite3 jq
  tzdata fontconfig fonts-dejavu-core unzip gnupg python3-jsonschema python3-cryptography python3-argon2
  python3-aiosmtpd
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "bootstrap: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
