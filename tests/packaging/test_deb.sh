#!/bin/sh
# Builds the .deb with CPack, checks it, unpacks it into a scratch folder and
# runs the unpacked gleaner.
#
#   test_deb.sh BUILD_DIR CPACK GLEANER_BINARY FIXTURE.html VERSION APP_ID SCRATCH_DIR
set -eu

if [ "$#" -ne 7 ]; then
    echo "usage: $0 BUILD_DIR CPACK GLEANER_BINARY FIXTURE VERSION APP_ID SCRATCH_DIR" >&2
    exit 2
fi
build=$1 cpack=$2 binary=$3 fixture=$4 version=$5 appid=$6 scratch=$7

fail() { echo "FAIL: $*" >&2; exit 1; }

for tool in dpkg-deb dpkg-shlibdeps file; do
    command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool not found (apt-get install dpkg-dev file)"; exit 77; }
done
[ -x "$binary" ] || fail "$binary is not built; build the gleaner target first"

rm -rf "$scratch"
mkdir -p "$scratch/out" "$scratch/root"

# Build the package exactly as the package target does, into the scratch folder.
cd "$build"
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
    || { cat "$scratch/cpack.log" >&2; fail "cpack -G DEB failed"; }

arch=$(dpkg --print-architecture)
deb="$scratch/out/gleaner_${version}_${arch}.deb"
[ -f "$deb" ] || { ls -l "$scratch/out" >&2; fail "expected $deb"; }
echo "built $(basename "$deb")"

# Control fields: the name and version, and dependencies computed from the binary.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = gleaner ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)'"
depends=$(field Depends)
echo "Depends: $depends"
for dep in libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libxml2 libc6; do
    echo "$depends" | grep -Eq "(^|, )$dep( |,|$)" || fail "Depends lacks $dep"
done
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Homepage)" ] || fail "no Homepage"

# Contents.
dpkg-deb -x "$deb" "$scratch/root"
root="$scratch/root/usr"
for f in \
    bin/gleaner \
    "share/applications/$appid.desktop" \
    "share/metainfo/$appid.metainfo.xml" \
    "share/mime/packages/$appid.mime.xml" \
    share/man/man1/gleaner.1 \
    "share/icons/hicolor/scalable/apps/$appid.svg" \
    share/doc/gleaner/LICENSE \
    share/doc/gleaner/copyright
do
    [ -f "$root/$f" ] || fail "the package lacks /usr/$f"
done
for size in 16 24 32 48 64 128 256; do
    f="share/icons/hicolor/${size}x${size}/apps/$appid.png"
    [ -f "$root/$f" ] || fail "the package lacks /usr/$f"
done
if [ -f "$(dirname "$0")/../../README.md" ]; then
    [ -f "$root/share/doc/gleaner/README.md" ] || fail "the package lacks /usr/share/doc/gleaner/README.md"
fi

# The unpacked program runs (against the system's Qt).
out=$("$root/bin/gleaner" --version) || fail "gleaner --version exited with $?"
echo "gleaner --version: $out"
[ "$out" = "gleaner $version" ] || fail "gleaner --version printed '$out'"

text=$("$root/bin/gleaner" clean "$fixture") || fail "gleaner clean exited with $?"
echo "$text" | grep -q "Harbor Grid said on Wednesday it will invest \$3 billion in Kenya" \
    || { echo "$text" >&2; fail "gleaner clean did not print the article body"; }
echo "$text" | grep -q "Home" && fail "gleaner clean kept the navigation"

json=$("$root/bin/gleaner" clean --format json "$fixture") || fail "gleaner clean --format json exited with $?"
echo "$json" | grep -q '"byline":"Amina Otieno"' || fail "gleaner clean --format json lacks the byline"

rm -rf "$scratch"
echo "PASS"
