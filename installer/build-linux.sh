#!/usr/bin/env bash
# Builds the app image (its own trimmed Java runtime) and, where fakeroot and dpkg-deb are present,
# a .deb, from target/atlas.jar and target/lib. Run by "mvn -Pinstaller package"; the arguments
# come from the pom: the version and the JDK whose jpackage to use.
set -euo pipefail
cd "$(dirname "$0")/.."
version="$1"
jdk="$2"
jpackage="$jdk/bin/jpackage"
rm -rf target/installer target/jpackage-input
mkdir -p target/jpackage-input/lib target/installer
cp target/atlas.jar target/jpackage-input/
cp target/lib/*.jar target/jpackage-input/lib/

start=$(date +%s)
"$jpackage" --type app-image @installer/jpackage/app-image.txt --input target/jpackage-input \
    --icon installer/icons/atlas.png --app-version "$version" --dest target/installer
echo "app image built in $(( $(date +%s) - start )) s: $(du -sh "target/installer/Partnership Atlas" | cut -f1)"

if command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null; then
    start=$(date +%s)
    "$jpackage" --type deb @installer/jpackage/linux-deb.txt --app-image "target/installer/Partnership Atlas" \
        --icon installer/icons/atlas.png --app-version "$version" --dest target/installer
    echo "deb built in $(( $(date +%s) - start )) s: $(ls -sh target/installer/*.deb)"
else
    echo "deb skipped: fakeroot and dpkg-deb are needed (apt-get install fakeroot dpkg-dev)"
fi
