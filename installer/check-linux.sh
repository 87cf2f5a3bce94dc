#!/usr/bin/env bash
# Checks the installers "mvn -Pinstaller verify" built: the app image's command-line launcher
# describes the sample; and, where dpkg is present and we are root (as in CI), the .deb installs,
# "atlas info" runs from the installed place, and the package is removed again.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "installer check FAILED: $*" >&2; exit 1; }

expect_sample() {  # $1: the atlas launcher to run
    local out
    out=$("$1" info) || fail "$1 info exited $?"
    grep -q "^Authority: Northmoor District Council (District)$" <<<"$out" || fail "$1 info did not name the sample: $out"
    grep -q "^Bodies: 70$" <<<"$out" || fail "$1 info did not count 70 bodies: $out"
    set +e
    "$1" check > /dev/null
    local code=$?
    set -e
    [ "$code" = 1 ] || fail "$1 check should exit 1 on the sample's high findings, exited $code"
    local pictures
    pictures=$(mktemp -d)
    "$1" export --format svg --out "$pictures/map.svg" > /dev/null || fail "$1 export --format svg failed"
    grep -q ">Safer Northmoor<" "$pictures/map.svg" || fail "$1 export wrote an SVG without the body names"
    "$1" export --format png --out "$pictures/map.png" > /dev/null || fail "$1 export --format png failed"
    head -c 8 "$pictures/map.png" | grep -q PNG || fail "$1 export wrote no PNG"
    "$1" export --pack --formats pdf,docx --appendices 1,2 --out "$pictures/pack" > /dev/null 2>&1 \
        || fail "$1 export --pack failed"
    ls "$pictures/pack/"*"cabinet appendices"*.pdf > /dev/null 2>&1 || fail "$1 export --pack wrote no PDF"
    "$1" export --format graphml --out "$pictures/map.graphml" > /dev/null || fail "$1 export --format graphml failed"
    "$1" import "$pictures/map.graphml" --into "$pictures/copy" > /dev/null || fail "$1 import of its GraphML failed"
    "$1" info "$pictures/copy.atlas.mv.db" | grep -q "^Bodies: 70$" || fail "$1 import did not bring in 70 bodies"
    rm -rf "$pictures"
    echo "ok: $1 info, check, export and import"
}

expect_sample "target/installer/Partnership Atlas/bin/atlas"

deb=$(ls target/installer/*.deb 2>/dev/null | head -1 || true)
if [ -z "$deb" ]; then
    echo "skipped: no .deb was built (fakeroot and dpkg-deb are needed)"
    exit 0
fi
if ! command -v dpkg >/dev/null || [ "$(id -u)" != 0 ]; then
    echo "skipped: installing the .deb needs dpkg and root"
    exit 0
fi
# xdg-desktop-menu, run by the package's postinst, needs these folders on a minimal system.
mkdir -p /usr/share/applications /usr/share/desktop-directories /usr/share/mime/packages \
    /etc/xdg/menus/applications-merged
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "./$deb" > target/installer/install.log 2>&1 || { cat target/installer/install.log; fail "the .deb did not install"; }
expect_sample /opt/partnership-atlas/bin/atlas
[ -f /usr/share/applications/partnership-atlas-Partnership_Atlas.desktop ] || fail "no start-menu entry"
grep -q '%f' /usr/share/applications/partnership-atlas-Partnership_Atlas.desktop || fail "menu entry does not pass the file"
apt-get remove -y -qq partnership-atlas > /dev/null 2>&1 || fail "the package did not remove"
[ ! -e /opt/partnership-atlas ] || fail "/opt/partnership-atlas is still there after removal"
echo "ok: the .deb installed, ran from /opt/partnership-atlas/bin/atlas and was removed"
