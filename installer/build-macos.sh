#!/usr/bin/env bash
# Builds Partnership Atlas for macOS: an app bundle and a .dmg. Run on a Mac from the project
# folder with a JDK 17 and Maven:   bash installer/build-macos.sh
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(mvn -q help:evaluate -Dexpression=project.version -DforceStdout)
mvn -q -DskipTests package
rm -rf target/jpackage-input target/installer
mkdir -p target/jpackage-input/lib
cp target/atlas.jar target/jpackage-input/
cp target/lib/*.jar target/jpackage-input/lib/
jpackage --type app-image @installer/jpackage/app-image.txt --input target/jpackage-input \
    --icon installer/icons/atlas.icns --app-version "$version" --dest target/installer
jpackage --type dmg @installer/jpackage/macos-dmg.txt --app-image "target/installer/Partnership Atlas.app" \
    --icon installer/icons/atlas.icns --app-version "$version" --dest target/installer
echo "Built target/installer/Partnership Atlas-$version.dmg"
