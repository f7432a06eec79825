#!/usr/bin/env bash
# Installs the Debian 12 packages IngotDesk builds, tests and runs with. Idempotent: does nothing
# when everything is already there. Needs root (or sudo).
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql postgresql qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl1-mesa-dev
    libspdlog-dev libsqlite3-dev sqlite3 libsodium-dev libxlsxwriter-dev libicu-dev
    libgtest-dev libgmock-dev libbenchmark-dev clang libclang-rt-14-dev
    xvfb xauth fonts-noto-cjk libpango1.0-dev libcairo2-dev poppler-utils unzip
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
