#!/usr/bin/env bash
# Sets up a Debian 12 machine for Gleaner, builds it, then either starts it on a
# demo library (`run`) or runs the whole test suite (`test`).
#
#   scripts/bootstrap.sh run    install what is missing, build, start Gleaner on a demo library
#   scripts/bootstrap.sh test   install what is missing, build with warnings as errors, run every test
set -euo pipefail

mode="${1:-}"
case "$mode" in
    run|test) ;;
    *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6svg6 libgl-dev
    postgresql openssl
    libxml2-dev libsqlite3-dev libdeflate-dev sqlite3
    fonts-noto-cjk xvfb xauth xdotool python3 qt6-translations-l10n
    dpkg-dev file desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

jobs="$(nproc)"
if [ "$mode" = run ]; then
    cmake --preset default >/dev/null
    cmake --build --preset default -j "$jobs"
    demo="$here/build/demo/demo.gleaner"
    if [ ! -f "$demo" ]; then
        mkdir -p "$(dirname "$demo")"
        ./build/app/gleaner import --library "$demo" --published 2026-11-20 \
            --url "https://circuit-ledger.example/northwind-canada" resources/samples/sample-article.txt
        ./build/app/gleaner import --library "$demo" --published 2026-11-18 \
            --url "https://tech-ledger.example/hokkai-cloud" resources/samples/sample-article-ja.txt
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found; starting Gleaner in a virtual one (xvfb-run)." >&2
        exec xvfb-run -a ./build/app/gleaner "$demo"
    fi
    exec ./build/app/gleaner "$demo"
fi

cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"
ctest --preset ci -j "$jobs"
# The engines' tests (recognizers and cleaning) again under ASan and UBSan, which
# catch memory errors that pass unnoticed in the build above.
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize -j "$jobs"
ctest --preset sanitize -j "$jobs"
