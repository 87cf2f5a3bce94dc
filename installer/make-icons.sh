#!/usr/bin/env bash
# Makes the app icon in every format from one drawing: assets/icon.png (1024 px source),
# installer/icons/atlas.png (512 px, Linux), atlas.ico (Windows) and atlas.icns (macOS).
# Needs ImageMagick and icnsutils (apt-get install imagemagick icnsutils). The results are committed,
# so building the installers does not need either.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p installer/icons
convert -size 1024x1024 xc:none \
  -fill '#1a4f8b' -draw 'roundrectangle 40,40 984,984 180,180' \
  -fill '#24609f' -draw 'rectangle 40,380 984,640' \
  -stroke white -strokewidth 30 -fill none \
  -draw 'line 512,250 300,512' -draw 'line 512,250 724,512' \
  -draw 'line 300,512 180,790' -draw 'line 300,512 400,790' \
  -draw 'line 724,512 624,790' -draw 'line 724,512 844,790' \
  -stroke none -fill white \
  -draw 'roundrectangle 412,185 612,315 30,30' \
  -draw 'circle 300,512 300,432' -draw 'circle 724,512 724,432' \
  -fill '#ffd166' -draw 'polygon 180,730 240,790 180,850 120,790' -draw 'polygon 400,730 460,790 400,850 340,790' \
  -fill white -draw 'circle 624,790 624,730' -draw 'circle 844,790 844,730' \
  assets/icon.png
convert assets/icon.png -resize 512x512 installer/icons/atlas.png
convert assets/icon.png -define icon:auto-resize=256,128,64,48,32,16 installer/icons/atlas.ico
tmp=$(mktemp -d)
for size in 16 32 48 128 256 512; do convert assets/icon.png -resize ${size}x${size} "$tmp/icon_$size.png"; done
png2icns installer/icons/atlas.icns "$tmp"/icon_{16,32,48,128,256,512}.png > /dev/null
rm -rf "$tmp"
